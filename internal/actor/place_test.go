package actor

import (
	"strings"
	"testing"

	"chancery/internal/news"
)

// The sentences below are written for these tests; the people are
// invented.

// TestLocalRole: a role placed in a city ("his lawyer in X") takes the
// city's state; an ambassador in a capital serves another state.
func TestLocalRole(t *testing.T) {
	for _, w := range []want{
		{lang: "de", text: "Ihr Anwalt in Nowosibirsk, Oleg Ivanov, wies die Vorwürfe zurück. Sein Kollege in Jekaterinburg, Pawel Popov, schwieg.",
			persons: []string{"Pawel Popov|RUS"}},
		{lang: "en", text: "His lawyer in Lahore, Imran Qadir, said the charges were false.",
			persons: []string{"Imran Qadir|PAK|lawyer"}},
		{lang: "fr", text: "Le maire à Marseille, Paul Roux, a salué l'accord.",
			persons: []string{"Paul Roux|FRA"}},
	} {
		check(t, w)
	}
	a := analyse("en", "Germany's ambassador in Moscow, Hans Weber, was summoned.")
	for _, e := range a.Analysis.Entities {
		if e.Kind == news.KindPerson && e.Country == "RUS" {
			t.Errorf("ambassador in Moscow coded as Russian: %+v", e)
		}
	}
}

// TestCities: cities that are no capitals are places of their state.
func TestCities(t *testing.T) {
	for _, c := range []struct{ lang, text, place, code string }{
		{"en", "Shells hit the port of Mykolaiv at dawn.", "Mykolaiv", "UKR"},
		{"de", "Der Gipfel findet in Hamburg statt.", "Hamburg", "DEU"},
		{"es", "La reunión se celebró en Guayaquil el lunes.", "Guayaquil", "ECU"},
		{"ru", "Переговоры прошли в Екатеринбурге.", "Yekaterinburg", "RUS"},
		{"fr", "Le cargo a quitté Port-Soudan vendredi.", "Port Sudan", "SDN"},
	} {
		a := analyse(c.lang, c.text)
		found := false
		for _, m := range a.Analysis.Actors {
			if m.Kind == news.ActorPlace && m.Place == c.place && m.Code == c.code {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no place %s (%s) in %+v", c.text, c.place, c.code, a.Analysis.Actors)
		}
	}
}

// TestOrgRuns: a capitalized run headed by an institution word is no
// person, even after a role or before a speech verb.
func TestOrgRuns(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Norway's Coastal Administration said the tanker was towed away."},
		{"en", "Officers of the Rapid Response Unit flew to the capital."},
		{"de", "Sie beriet sich mit Mitgliedern des Ständigen Ausschusses des Landtags."},
		{"es", "\"Seguiremos en la calle\", afirmó Ana Ruiz, presidenta de la Confederación de Pescadores Artesanales."},
		{"fr", "Le secrétaire général de la Fédération Nationale Agricole a protesté."},
		{"es", "El Colegio Médico de Villa Alta advirtió que faltan enfermeras."},
	} {
		a := analyse(c.lang, c.text)
		for _, e := range a.Analysis.Entities {
			if e.Kind != news.KindPerson {
				continue
			}
			for _, w := range []string{"Administration", "Unit", "Ausschusses", "Confederación", "Fédération", "Colegio"} {
				if containsWord(e.Name, w) {
					t.Errorf("%q: got person %q", c.text, e.Name)
				}
			}
		}
	}
}

func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w {
			return true
		}
	}
	return false
}

// TestPlaceBeforeSpeech: a name after a locative preposition is where the
// speakers are, not a speaker, even right before a speech verb.
func TestPlaceBeforeSpeech(t *testing.T) {
	for _, c := range []struct{ lang, text, place string }{
		{"en", "Health officials in Puerto Alegre said the clinics were full.", "Puerto Alegre"},
		{"es", "Las autoridades en Villa Nueva dijeron que el puente estaba cerrado.", "Villa Nueva"},
		{"ru", "Чиновники в Нижней Слободе заявили, что мост закрыт.", "Нижней Слободе"},
	} {
		a := analyse(c.lang, c.text)
		for _, e := range a.Analysis.Entities {
			if e.Kind == news.KindPerson && containsWord(e.Name, strings.Fields(c.place)[0]) {
				t.Errorf("%q: got person %q", c.text, e.Name)
			}
		}
	}
	// A speaker after a speech verb and before one still counts.
	check(t, want{lang: "en", text: "In Geneva, Maria Lind said the talks would resume.", persons: []string{"Maria Lind"}})
}

// TestUnlistedTowns: a capitalized name after a word for a town is a place
// of the state an adjective there names, listed or not, and so are its
// other mentions in the article, declined or not. Not after a town word
// that is part of a name ("Kansas City").
func TestUnlistedTowns(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		places     []string // place|code, in order
	}{
		{"en", "The two delegations met in the Tajik town of Shurobod on Thursday. The talks in Shurobod lasted six hours.", []string{"Shurobod|TJK", "Shurobod|TJK"}},
		{"es", "Los cancilleres se reunieron ayer en la ciudad argentina de Villa Tunuyán.", []string{"Villa Tunuyán|ARG"}},
		{"ru", "Переговоры прошли в таджикском городе Шуробод. Делегации встретились в Шурободе повторно.", []string{"Шуробод|TJK", "Шуробод|TJK"}},
		{"de", "Die Minister trafen sich in der Stadt Ostrowiec.", []string{"Ostrowiec|"}},
		{"fr", "Les ministres se sont retrouvés dans la ville tadjike de Shurobod.", []string{"Shurobod|TJK"}},
	} {
		a := analyse(c.lang, c.text)
		var got []string
		for _, m := range a.Analysis.Actors {
			if m.Kind == news.ActorPlace {
				got = append(got, m.Place+"|"+m.Code)
			}
		}
		if strings.Join(got, " ") != strings.Join(c.places, " ") {
			t.Errorf("%q: places %v, want %v", c.text, got, c.places)
		}
	}
	a := analyse("en", "Kansas City Mayor Tom Riley welcomed the delegation.")
	for _, m := range a.Analysis.Actors {
		if m.Kind == news.ActorPlace && strings.Contains(m.Place, "Mayor") {
			t.Errorf("Kansas City: got place %q", m.Place)
		}
	}
}
