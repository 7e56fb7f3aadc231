package actor

import (
	"encoding/json"
	"errors"
	iofs "io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chancery/internal/lexicon"
	"chancery/internal/news"
	"chancery/internal/text"
)

// want describes what Find must find in one text: countries that must be
// among the article's, persons as "Name|COUNTRY|role" (country and role
// may be empty: not checked), organizations as "CODE", and countries that
// must not be found.
type want struct {
	lang      string
	text      string
	countries []string
	persons   []string
	orgs      []string
	not       []string
}

func analyse(lang, body string) *news.Article {
	a := &news.Article{Lang: lang, Body: body}
	a.Analysis = &news.Analysis{Sentences: text.Split(lang, body)}
	Find(a)
	return a
}

func check(t *testing.T, w want) {
	t.Helper()
	a := analyse(w.lang, w.text)
	got := a.Analysis
	for _, c := range w.countries {
		if !slices.Contains(got.Countries, c) {
			t.Errorf("%q: countries %v, want %s", w.text, got.Countries, c)
		}
	}
	for _, c := range w.not {
		if slices.Contains(got.Countries, c) {
			t.Errorf("%q: countries %v, want no %s", w.text, got.Countries, c)
		}
	}
	for _, p := range w.persons {
		f := strings.Split(p+"||", "|")
		name, country, role := f[0], f[1], f[2]
		var e *news.Entity
		for i := range got.Entities {
			x := &got.Entities[i]
			if x.Kind == news.KindPerson && (x.Name == name || slices.Contains(x.Aliases, name)) {
				e = x
			}
		}
		if e == nil {
			t.Errorf("%q: no person %q in %+v", w.text, name, got.Entities)
			continue
		}
		if country != "" && e.Country != country {
			t.Errorf("%q: %s country %q, want %q", w.text, name, e.Country, country)
		}
		if role != "" && !slices.Contains(e.Roles, role) {
			t.Errorf("%q: %s roles %v, want %q", w.text, name, e.Roles, role)
		}
	}
	for _, o := range w.orgs {
		found := false
		for _, e := range got.Entities {
			if e.Kind == news.KindOrganization && e.Code == o {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no organization %s in %+v", w.text, o, got.Entities)
		}
	}
	for _, m := range got.Actors {
		if a.Body[m.Start:m.End] != m.Text {
			t.Errorf("%q: mention %q has span text %q", w.text, m.Text, a.Body[m.Start:m.End])
		}
	}
}

func TestFindEnglish(t *testing.T) {
	for _, w := range []want{
		{lang: "en", text: "Chilean Foreign Minister Ana Castillo Mora met her Peruvian counterpart, Tomás Huanca, in Lima on Monday.",
			countries: []string{"CHL", "PER"}, persons: []string{"Ana Castillo Mora|CHL|foreign minister", "Tomás Huanca|PER|foreign minister"}},
		{lang: "en", text: "Norway's Prime Minister Erik Dalgaard said the talks went well. Dalgaard added that Oslo would host the next round.",
			countries: []string{"NOR"}, persons: []string{"Erik Dalgaard|NOR|prime minister"}},
		{lang: "en", text: "Lukas Pichler, Minister of Foreign Affairs of the Republic of Austria, arrived in Geneva.",
			countries: []string{"AUT"}, persons: []string{"Lukas Pichler|AUT|foreign minister"}},
		{lang: "en", text: "Helena Varga, the Hungarian foreign minister, spoke to reporters.",
			countries: []string{"HUN"}, persons: []string{"Helena Varga|HUN|foreign minister"}},
		{lang: "en", text: "The Egyptian Foreign Minister, Karim Mansour, and his Jordanian counterpart, Omar Nimri, held a meeting.",
			countries: []string{"EGY", "JOR"}, persons: []string{"Karim Mansour|EGY|foreign minister", "Omar Nimri|JOR|foreign minister"}},
		{lang: "en", text: "Kenyan FM Wafula said on Friday that Nairobi backs the African Union plan.",
			countries: []string{"KEN"}, persons: []string{"Wafula|KEN|foreign minister"}, orgs: []string{"AU"}},
		{lang: "en", text: "The Russian Foreign Ministry said NATO and the EU had ignored the UN General Assembly.",
			countries: []string{"RUS"}, orgs: []string{"RUS", "NATO", "EU", "UN"}},
		// A currency is no state: "US-Dollar", "долларов США".
		{lang: "de", text: "Südkorea hilft Kenia mit vier Millionen US-Dollar.",
			countries: []string{"KOR", "KEN"}, not: []string{"USA"}},
		{lang: "ru", text: "Южная Корея выделила Кении четыре миллиона долларов США.",
			countries: []string{"KOR", "KEN"}, not: []string{"USA"}},
		{lang: "en", text: "A Chinese Coast Guard cutter shadowed a research vessel off the atoll on Friday.",
			countries: []string{"CHN"}, orgs: []string{"CHN"}},
		{lang: "en", text: "China Daily reported that Michael Jordan watched a turkey race in Georgia Tech's stadium.",
			not: []string{"CHN", "JOR", "TUR", "GEO"}},
		{lang: "en", text: "Moscow and Caracas agreed to deepen ties, while the West imposed new sanctions on the U.S. rival.",
			countries: []string{"RUS", "VEN", "USA"}},
		{lang: "en", text: "Valentina Orlova told reporters that the plan was dead. \"It will not happen,\" Orlova said.",
			persons: []string{"Valentina Orlova"}},
		{lang: "en", text: "President of Brazil Carlos Leal Ribeiro received Mr. Tanaka. Leal Ribeiro thanked the Japanese envoy.",
			countries: []string{"BRA", "JPN"}, persons: []string{"Carlos Leal Ribeiro|BRA|president", "Tanaka"}},
		{lang: "en", text: "Photo: @KremlinPool. Follow @AndesDesk for updates from Latin America.",
			not: []string{"USA"}},
	} {
		check(t, w)
	}
}

func TestFindGerman(t *testing.T) {
	for _, w := range []want{
		{lang: "de", text: "Außenminister Jonas Bergmann traf seinen polnischen Amtskollegen Piotr Zielinski in Warschau.",
			countries: []string{"POL"}, persons: []string{"Jonas Bergmann||foreign minister", "Piotr Zielinski|POL|foreign minister"}},
		{lang: "de", text: "Der französische Präsident Julien Marchand reiste nach Berlin. Marchand sagte, Frankreich stehe bereit.",
			countries: []string{"FRA", "DEU"}, persons: []string{"Julien Marchand|FRA|president"}},
		{lang: "de", text: "Die russische Regierung kritisierte die westlichen Sanktionen scharf.",
			countries: []string{"RUS"}},
		{lang: "de", text: "Kremlchef Wladislaw Ostrow empfing den Präsidenten Kubas Miguel Gálvez Ruiz in Moskau.",
			countries: []string{"CUB", "RUS"}, persons: []string{"Miguel Gálvez Ruiz|CUB|president", "Wladislaw Ostrow||president"}},
		{lang: "de", text: "Laut dem Auswärtigen Amt wird die Bundesregierung den Botschafter einbestellen.",
			countries: []string{}},
		{lang: "de", text: "Die Vereinten Nationen und die Nato äußerten sich besorgt über die Lage in der Ukraine.",
			countries: []string{"UKR"}, orgs: []string{"UN", "NATO"}},
		{lang: "de", text: "Russlands Außenminister Pawel Sorin und der chinesische Chefdiplomat Li Wen trafen sich in Peking.",
			countries: []string{"RUS", "CHN"}, persons: []string{"Pawel Sorin|RUS|foreign minister", "Li Wen|CHN|foreign minister"}},
		{lang: "de", text: "Der Kreml wies die Kritik aus Washington zurück.",
			countries: []string{"RUS", "USA"}, orgs: []string{"RUS"}},
		{lang: "de", text: "Bundeskanzlerin Greta Holm sprach mit Herrn Kowalski über die Beziehungen zu Venezuela.",
			countries: []string{"VEN"}, persons: []string{"Greta Holm||chancellor", "Kowalski"}},
		{lang: "de", text: "Die Chefdiplomaten Irans und der Türkei vereinbarten eine Zusammenarbeit.",
			countries: []string{"IRN", "TUR"}},
	} {
		check(t, w)
	}
}

func TestFindSpanish(t *testing.T) {
	for _, w := range []want{
		{lang: "es", text: "El canciller venezolano, Andrés Pineda, se reunió con su homólogo ruso, Serguéi Lébedev, en Moscú.",
			countries: []string{"VEN", "RUS"}, persons: []string{"Andrés Pineda|VEN|foreign minister", "Serguéi Lébedev|RUS|foreign minister"}},
		{lang: "es", text: "El presidente de Cuba, Manuel Roque Cuesta, recibió al ministro de Relaciones Exteriores de Rusia.",
			countries: []string{"CUB", "RUS"}, persons: []string{"Manuel Roque Cuesta|CUB|president"}},
		{lang: "es", text: "Según la Agencia Venezolana de Noticias, el acuerdo se firmó en La Habana.",
			countries: []string{"CUB"}, not: []string{"VEN"}},
		{lang: "es", text: "Estados Unidos y la Unión Europea impusieron sanciones; Occidente insiste.",
			countries: []string{"USA"}, orgs: []string{"EU"}},
		{lang: "es", text: "La ministra de Defensa de Colombia, Lucía Herrera, viajó a Bogotá.",
			countries: []string{"COL"}, persons: []string{"Lucía Herrera|COL|defence minister"}},
		{lang: "es", text: "El gobierno mexicano y la OEA discutieron la crisis en Nicaragua.",
			countries: []string{"MEX", "NIC"}, orgs: []string{"OAS", "MEX"}},
		{lang: "es", text: "Los presidentes de Brasil y Argentina firmaron el acuerdo del Mercosur.",
			countries: []string{"BRA", "ARG"}, orgs: []string{"MERCOSUR"}},
		{lang: "es", text: "Raúl Quintana dijo que la ONU debe actuar. Quintana añadió que Caracas apoya la iniciativa.",
			countries: []string{"VEN"}, persons: []string{"Raúl Quintana"}, orgs: []string{"UN"}},
		{lang: "es", text: "La Cancillería venezolana rechazó las declaraciones del Departamento de Estado.",
			countries: []string{"VEN", "USA"}, orgs: []string{"VEN", "USA"}},
		{lang: "es", text: "El primer ministro español, Jorge Sanz, visitó Rusia y China.",
			countries: []string{"ESP", "RUS", "CHN"}, persons: []string{"Jorge Sanz|ESP|prime minister"}},
	} {
		check(t, w)
	}
}

func TestFindFrench(t *testing.T) {
	for _, w := range []want{
		{lang: "fr", text: "Le ministre russe des Affaires étrangères, Sergueï Orlov, a rencontré son homologue cubain à La Havane.",
			countries: []string{"RUS", "CUB"}, persons: []string{"Sergueï Orlov|RUS|foreign minister"}},
		{lang: "fr", text: "Le président français Louis Garnier a reçu le chancelier allemand à l'Élysée.",
			countries: []string{"FRA", "DEU"}, persons: []string{"Louis Garnier|FRA|president"}, orgs: []string{"FRA"}},
		{lang: "fr", text: "Selon le Quai d'Orsay, la France et l'Algérie ont repris le dialogue.",
			countries: []string{"FRA", "DZA"}, orgs: []string{"FRA"}},
		{lang: "fr", text: "L'Occident et l'OTAN ont condamné Moscou, a déclaré Claire Dubois.",
			countries: []string{"RUS"}, orgs: []string{"NATO"}, persons: []string{"Claire Dubois"}},
		{lang: "fr", text: "La cheffe de la diplomatie belge, Anne Leclercq, était à Bruxelles.",
			countries: []string{"BEL"}, persons: []string{"Anne Leclercq|BEL|foreign minister"}},
		{lang: "fr", text: "Le Premier ministre canadien Paul Tremblay a parlé avec M. Okafor.",
			countries: []string{"CAN"}, persons: []string{"Paul Tremblay|CAN|prime minister", "Okafor"}},
		{lang: "fr", text: "Les États-Unis et la Chine se sont affrontés à l'ONU.",
			countries: []string{"USA", "CHN"}, orgs: []string{"UN"}},
		{lang: "fr", text: "Le porte-parole du ministère des Affaires étrangères iranien a critiqué Israël.",
			countries: []string{"IRN", "ISR"}},
		{lang: "fr", text: "Le secrétaire général de l'ONU, Pedro Alves, s'est rendu à Genève.",
			persons: []string{"Pedro Alves||secretary-general"}, orgs: []string{"UN"}},
		{lang: "fr", text: "Les sanctions occidentales frappent le Venezuela, selon Caracas.",
			countries: []string{"VEN"}},
	} {
		check(t, w)
	}
}

func TestFindRussian(t *testing.T) {
	for _, w := range []want{
		{lang: "ru", text: "Министр иностранных дел России Сергей Орлов провел переговоры с венесуэльским коллегой Иваном Пинедой в Москве.",
			countries: []string{"RUS", "VEN"}, persons: []string{"Сергей Орлов|RUS|foreign minister"}},
		{lang: "ru", text: "Глава МИД РФ Сергей Орлов заявил, что Запад не добьется успеха. Орлов добавил, что Россия и Куба едины.",
			countries: []string{"RUS", "CUB"}, persons: []string{"Сергей Орлов|RUS|foreign minister", "Орлов"}},
		{lang: "ru", text: "Президент Кубы Мигель Ортис принял российскую делегацию в Гаване.",
			countries: []string{"CUB", "RUS"}, persons: []string{"Мигель Ортис|CUB|president"}},
		{lang: "ru", text: "США и Евросоюз ввели новые санкции против Ирана.",
			countries: []string{"USA", "IRN"}, orgs: []string{"EU"}},
		{lang: "ru", text: "В МИД России заявили, что НАТО угрожает безопасности.",
			countries: []string{"RUS"}, orgs: []string{"RUS", "NATO"}},
		{lang: "ru", text: "Официальный представитель МИД Мария Петрова сообщила о встрече в Женеве.",
			persons: []string{"Мария Петрова||spokesperson"}},
		{lang: "ru", text: "Китайский лидер и президент Франции обсудили ситуацию на Украине.",
			countries: []string{"CHN", "FRA", "UKR"}},
		{lang: "ru", text: "Кремль ответил Вашингтону через посольство в Москве.",
			countries: []string{"RUS", "USA"}, orgs: []string{"RUS"}},
		{lang: "ru", text: "Лидеры стран БРИКС и ШОС встретились в Казани.",
			orgs: []string{"BRICS", "SCO"}},
		{lang: "ru", text: "Премьер-министр Индии Раджив Шарма прибыл в Пекин.",
			countries: []string{"IND", "CHN"}, persons: []string{"Раджив Шарма|IND|prime minister"}},
	} {
		check(t, w)
	}
}

// TestFindSpans checks the mention kinds and spans of one sentence.
func TestFindSpans(t *testing.T) {
	body := "Venezuela's Foreign Minister Rosa Mendez flew to Moskau."
	a := analyse("en", body)
	var got []string
	for _, m := range a.Analysis.Actors {
		got = append(got, m.Kind+":"+m.Text+":"+m.Code+":"+m.Place)
	}
	want := []string{"state:Venezuela:VEN:", "person:Rosa Mendez:VEN:", "capital:Moskau:RUS:Moscow"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestPlace(t *testing.T) {
	lex, err := lexicon.ActorLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, exonym, code string }{
		{"Moskau", "Moscow", "RUS"}, {"Moscú", "Moscow", "RUS"}, {"Москве", "Moscow", "RUS"},
		{"La Habana", "Havana", "CUB"}, {"Genf", "Geneva", "CHE"}, {"New York", "New York", "USA"},
		{"Rusia", "Russia", "RUS"}, {"nowhere", "", ""},
	} {
		ex, code, _ := lex.Place(c.in)
		if ex != c.exonym || code != c.code {
			t.Errorf("Place(%q) = %q, %q, want %q, %q", c.in, ex, code, c.exonym, c.code)
		}
	}
}

// TestDataFiles loads every actor data file and checks that each starts
// with a comment saying what it holds.
func TestDataFiles(t *testing.T) {
	lex, err := lexicon.ActorLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(lex.Codes()); n < 190 {
		t.Errorf("got %d states, want at least 190", n)
	}
	names := []string{"countries.tsv", "places.tsv", "organizations.tsv"}
	for _, l := range lexicon.Languages() {
		names = append(names, l+"/states.txt", l+"/roles.txt", l+"/name_cases.txt")
	}
	for _, n := range names {
		b, err := fs(n)
		if err != nil && strings.Count(n, "/") == 1 && errors.Is(err, iofs.ErrNotExist) {
			continue // a language may leave a table out
		}
		if err != nil {
			t.Errorf("%s: %v", n, err)
			continue
		}
		if !strings.HasPrefix(b, "#") {
			t.Errorf("%s: does not start with a comment", n)
		}
	}
	// Every state has a name in the five main languages.
	for _, code := range lex.Codes() {
		name, _ := lex.Country(code)
		if got, ok := lex.State(name); !ok || got != code {
			t.Errorf("State(%q) = %q, want %q", name, got, code)
		}
	}
}

func fs(name string) (string, error) {
	b, err := readFS(name)
	return string(b), err
}

// TestSeeds runs Find over the seed articles (raw text, no cleaning) and
// checks the gold countries and persons.
func TestSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared")
	raw, err := os.ReadFile(filepath.Join(dir, "gold", "seeds.gold.json"))
	if err != nil {
		t.Skip("no shared gold:", err)
	}
	var gold struct {
		Entities []struct {
			ID      string   `json:"id"`
			Country string   `json:"country"`
			Names   []string `json:"names"`
		} `json:"entities"`
		Documents []struct {
			File      string   `json:"file"`
			Lang      string   `json:"lang"`
			Countries []string `json:"countries"`
			Persons   []string `json:"persons"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	fold := func(s string) string {
		return strings.Join(strings.Fields(lexicon.Fold(strings.ReplaceAll(s, "-", " "))), " ")
	}
	for _, d := range gold.Documents {
		body, err := os.ReadFile(filepath.Join(dir, "seeds", d.File))
		if err != nil {
			t.Errorf("%s: %v", d.File, err)
			continue
		}
		a := analyse(d.Lang, string(body))
		for _, c := range d.Countries {
			if !slices.Contains(a.Analysis.Countries, c) {
				t.Errorf("%s: countries %v, want %s", d.File, a.Analysis.Countries, c)
			}
		}
		for _, pid := range d.Persons {
			found := false
			for _, g := range gold.Entities {
				if g.ID != pid {
					continue
				}
				for _, e := range a.Analysis.Entities {
					for _, form := range append([]string{e.Name}, e.Aliases...) {
						for _, n := range g.Names {
							if fold(form) == fold(n) && (strings.Contains(n, " ") || e.Country == g.Country) {
								found = true
							}
						}
					}
				}
			}
			if !found {
				t.Errorf("%s: person %s not found in %+v", d.File, pid, a.Analysis.Entities)
			}
		}
	}
}

func BenchmarkFind(b *testing.B) {
	body := strings.Repeat("Russian Foreign Minister Pavel Sorin met his Venezuelan counterpart, Andrés Pineda, in Moscow on Thursday. "+
		"Pineda said sanctions would not break the partnership of the two countries, his ministry reported. "+
		"The United Nations and the European Union were not consulted, Sorin added.\n\n", 10)
	sents := text.Split("en", body)
	lexicon.ActorLexicon()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := &news.Article{Lang: "en", Body: body, Analysis: &news.Analysis{Sentences: sents}}
		Find(a)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func FuzzFind(f *testing.F) {
	f.Add("en", "Russian Foreign Minister Pavel Sorin met his Cuban counterpart, Manuel Roque.")
	f.Add("ru", "Глава МИД РФ Павел Сорин заявил, что Запад")
	f.Add("fr", "Le ministre russe des Affaires étrangères, M. X")
	f.Add("de", "Außenminister A-B'C von der D, Minister of of the")
	f.Fuzz(func(t *testing.T, lang, body string) {
		a := &news.Article{Lang: lang, Body: body}
		a.Analysis = &news.Analysis{Sentences: text.Split(lang, body)}
		Find(a)
		for _, m := range a.Analysis.Actors {
			if m.Start < 0 || m.End > len(body) || m.Start > m.End {
				t.Fatalf("bad span %+v", m)
			}
		}
		b := &news.Article{Lang: lang, Body: body}
		Find(b) // no sentences: paragraphs stand in
	})
}

// A state hyphenated to another names a pair ("Chile-Peru Joint
// Commission"): both are states of the sentence, even before a name.
func TestHyphenatedPair(t *testing.T) {
	a := analyse("en", "The talks followed a session of the Chile-Peru Joint Commission in Lima.")
	got := map[string]bool{}
	for _, m := range a.Analysis.Actors {
		if m.Kind == news.ActorState {
			got[m.Code] = true
		}
	}
	if !got["CHL"] || !got["PER"] {
		t.Errorf("states: got %v, want CHL and PER", got)
	}
}

// A state name that is also a given name starts a person's name before a
// surname, even right after a role; alone it is still the state.
func TestGivenNameNotState(t *testing.T) {
	tests := []struct {
		lang, body, code string
		want             bool
	}{
		{"es", "El canciller Mauricio Zapata pidió explicaciones a Ecuador.", "MUS", false},
		{"es", "Mauricio firmó un acuerdo con la India.", "MUS", true},
		{"en", "Senator Chad Miller visited Kenya on Monday.", "TCD", false},
		{"en", "Chad and Niger signed a border accord.", "TCD", true},
		// The accent makes the first name: Germán, not German.
		{"es", "según el sociólogo Germán Ruiz Arce, de la Universidad de Cuyo.", "DEU", false},
		{"en", "German Chancellor Olaf Bremer met Paul Girard.", "DEU", true},
		{"es", "El presidente paraguayo, Santiago Ferreyra, viajó a Brasilia.", "CHL", false},
		{"es", "El diputado Israel Montoya criticó el acuerdo con Bolivia.", "ISR", false},
		{"en", "Israel and Egypt signed a border accord in Cairo.", "ISR", true},
		// A pronoun that spells a state: "Того ж дня" (that same day).
		{"uk", "Того ж дня до Вільнюса прибув міністр оборони Естонії.", "TGO", false},
		{"ru", "Того же дня в Риге работала делегация Эстонии.", "TGO", false},
		{"ru", "Президент Того прибыл в Пекин с визитом.", "TGO", true},
	}
	for _, tt := range tests {
		a := analyse(tt.lang, tt.body)
		got := false
		for _, m := range a.Analysis.Actors {
			if m.Code == tt.code && (m.Kind == news.ActorState || m.Kind == news.ActorDemonym) {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: state %s found = %v, want %v", tt.body, tt.code, got, tt.want)
		}
	}
}
