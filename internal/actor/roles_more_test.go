package actor

import (
	"strings"
	"testing"

	"chancery/internal/news"
)

// TestObliqueAfterBaseRole: a role noun in its base form may name a woman
// in any case ("wiceminister" before a genitive); a long declined ending
// ("-skiej") is read as declined, not as a masculine nominative that
// happens to end in a consonant, so the mention joins the person.
func TestObliqueAfterBaseRole(t *testing.T) {
	for _, c := range []struct{ body, name, also string }{
		{"Decyzję ogłosiła w środę wiceminister spraw zagranicznych Marta Kowalewska. Według wiceminister Kowalewskiej kolejne kroki są możliwe.",
			"Marta Kowalewska", "Kowalewskiej"},
		{"Rozmowy prowadziła premier Ewa Zawadzka. Propozycja premier Zawadzkiej nie spotkała się z odpowiedzią.",
			"Ewa Zawadzka", "Zawadzkiej"},
	} {
		a := analyse("pl", c.body)
		n := 0
		for _, e := range a.Analysis.Entities {
			if e.Kind == news.KindPerson {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d persons %+v, want one", c.body, n, a.Analysis.Entities)
		}
		canonical(t, "pl", c.body, c.name, c.also)
	}
}

// TestStateOfInstitution: a role "of" a state's institution ("chairman of
// Mongolia's Border Service") serves that state, whatever state the rest
// of the sentence names.
func TestStateOfInstitution(t *testing.T) {
	body := "Batbayar Gantulga, chairman of Mongolia's Border Service, and Li Weiguo, commander of China's border troops, met for five hours in Khovd."
	want := map[string]string{"Batbayar Gantulga": "MNG", "Li Weiguo": "CHN"}
	for _, e := range analyse("en", body).Analysis.Entities {
		if c, ok := want[e.Name]; ok {
			if e.Country != c {
				t.Errorf("%s: country %q, want %q", e.Name, e.Country, c)
			}
			delete(want, e.Name)
		}
	}
	for n := range want {
		t.Errorf("no person %q", n)
	}
}

// TestArabicNamesDeclined: "бен" joins an Arabic name in Russian as "бин"
// does; a role noun with a fleeting vowel ("посла" of "посол") tells the
// case of the name after it; a man's foreign surname in -і stays as
// written in Ukrainian while his given names decline.
func TestArabicNamesDeclined(t *testing.T) {
	canonical(t, "ru", "Министр принял посла Кувейта Салема бен Рашида аль-Азми.", "Салем бен Рашид аль-Азми")
	canonical(t, "ru", "Министр принял посла Кувейта Салема Азми.", "Салем Азми")
	canonical(t, "uk", "Міністр прийняв посла Катару Фарука бін Ахмеда аль-Хаджрі. Фарук бін Ахмед аль-Хаджрі подякував за зустріч.", "Фарук бін Ахмед аль-Хаджрі", "Фарука бін Ахмеда аль-Хаджрі")
}

// TestStateEnvoyNoOrgEnvoy: "Chile's ambassador", with no name, is not the
// one envoy of an organization the story names.
func TestStateEnvoyNoOrgEnvoy(t *testing.T) {
	body := "The EU special representative for the Andes, Lotte Verhoeven, urged calm. Peru on Friday summoned Chile's ambassador over the incident."
	a := analyse("en", body)
	for _, m := range a.Analysis.Actors {
		if m.Kind == news.ActorPerson && strings.Contains(m.Text, "Chile") && m.Code != "CHL" {
			t.Errorf("%q: mention %q as %q", body, m.Text, m.Code)
		}
	}
}

// TestOtherSuffixOtherPerson: two names one letter pair apart at the end
// are two surnames (Məmmədli, Məmmədov), not two spellings of one.
func TestOtherSuffixOtherPerson(t *testing.T) {
	body := "The deal was signed by Energy Minister Ilkin Huseynli. Deputy Foreign Minister Ilkin Huseynov also attended."
	n := 0
	for _, e := range analyse("en", body).Analysis.Entities {
		if e.Kind == news.KindPerson {
			n++
			if len(e.Aliases) != 1 {
				t.Errorf("%s: aliases %q, want its own name only", e.Name, e.Aliases)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d persons, want 2", n)
	}
}

// TestRoleAfterClauseEnd: a comma that closes a clause ends a role's reach;
// the name after it with an office of its own is that office's holder.
func TestRoleAfterClauseEnd(t *testing.T) {
	body := "Am Montag bestellte Vilnius den weißrussischen Botschafter ein, Außenministerin Rasa Jankauskienė sprach von einer Provokation."
	for _, e := range analyse("de", body).Analysis.Entities {
		if e.Name == "Rasa Jankauskienė" && (e.Country != "LTU" || len(e.Roles) != 1 || e.Roles[0] != "foreign minister") {
			t.Errorf("%s: %s %v, want LTU [foreign minister]", e.Name, e.Country, e.Roles)
		}
	}
}

// TestConjunctionListsTwo: "y" joins a double surname ("Ortega y Gasset")
// but before two more name parts it lists a second person.
func TestConjunctionListsTwo(t *testing.T) {
	body := "Los cancilleres de Uruguay y Bolivia, Juan Pablo Ferreira Olmos y Ana Lucía Quispe Mamani, firmaron el lunes un acuerdo."
	want := map[string]string{"Juan Pablo Ferreira Olmos": "URY", "Ana Lucía Quispe Mamani": "BOL"}
	for _, e := range analyse("es", body).Analysis.Entities {
		if e.Kind != news.KindPerson {
			continue
		}
		if c, ok := want[e.Name]; !ok || c != e.Country {
			t.Errorf("person %q %s, want %v", e.Name, e.Country, want)
		}
		delete(want, e.Name)
	}
	for n := range want {
		t.Errorf("no person %q", n)
	}
}

// TestPluralRoleOfTwoCountries: a plural role in the genitive ("заместителей
// министров … двух стран") introduces the two names after it.
func TestPluralRoleOfTwoCountries(t *testing.T) {
	for _, c := range [][2]string{
		{"ru", "Вчера состоялся телефонный разговор заместителей министров иностранных дел двух стран Яниса Озолса и Маргуса Тамма."},
		{"uk", "Учора відбулася телефонна розмова заступників міністрів закордонних справ двох країн Яніса Озолса і Маргуса Тамма."},
	} {
		n := 0
		for _, e := range analyse(c[0], c[1]).Analysis.Entities {
			if e.Kind == news.KindPerson && len(e.Roles) == 1 && e.Roles[0] == "deputy foreign minister" {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%s: %d deputy foreign ministers in %+v, want 2", c[0], n, analyse(c[0], c[1]).Analysis.Entities)
		}
	}
}

// TestGermanNounBeforeName: a German common noun before a name ("Gastgeber",
// "Behörden") is no part of it, nor a person.
func TestGermanNounBeforeName(t *testing.T) {
	body := "Außenminister Jānis Bērziņš war Gastgeber des Treffens. Gastgeber Jānis Bērziņš sagte, lettische Experten würden georgische Behörden beraten."
	for _, e := range analyse("de", body).Analysis.Entities {
		if e.Kind == news.KindPerson && e.Name != "Jānis Bērziņš" {
			t.Errorf("person %q, want only Jānis Bērziņš", e.Name)
		}
	}
}

// TestHonorificsAndForms: honorifics are no part of a name (Datuk Seri,
// Tan Sri, Khun), nor is a state in the genitive plural ("Филиппин").
func TestHonorificsAndForms(t *testing.T) {
	for _, c := range []struct{ lang, body, name string }{
		{"en", "Malaysia's Foreign Minister Datuk Seri Azlan Hashim met his Thai counterpart.", "Azlan Hashim"},
		{"ru", "Министр иностранных дел Филиппин Хосе Андрада прибыл в Пекин.", "Хосе Андрада"},
	} {
		found := false
		for _, e := range analyse(c.lang, c.body).Analysis.Entities {
			if e.Kind == news.KindPerson {
				found = found || e.Name == c.name
				if e.Name != c.name {
					t.Errorf("%q: person %q, want %q", c.body, e.Name, c.name)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person %q", c.body, c.name)
		}
	}
}

// TestLongAndNicknamedNames: a nickname in quotation marks stays inside
// the name; "binti" joins a Malay name; a South Asian name may run to six
// parts.
func TestLongAndNicknamedNames(t *testing.T) {
	for _, c := range []struct{ body, name string }{
		{`Foreign Secretary Ramon "Monching" D. Reyes met the Vietnamese ambassador on Monday.`, `Ramon "Monching" D. Reyes`},
		{"The observer team is led by Brigadier General Salmah binti Yusof of Malaysia.", "Salmah binti Yusof"},
		{"Commerce Minister Abul Kalam Mohammad Nurul Huda Talukder signed the agreement.", "Abul Kalam Mohammad Nurul Huda Talukder"},
	} {
		canonical(t, "en", c.body, c.name)
	}
}

// TestPhotographer: a photographer is named from that word, as a reporter is.
func TestPhotographer(t *testing.T) {
	canonical(t, "en", "Iran released the Italian photographer Marco Bellini on Thursday.", "Marco Bellini")
	canonical(t, "ru", "Иран освободил итальянского фотографа Марко Беллини.", "Марко Беллини")
}

// TestJudge: judges and prosecutors are named from their office.
func TestJudge(t *testing.T) {
	canonical(t, "en", "The sanctions hit Supreme Court justice Elena Marquez Soto and two police chiefs.", "Elena Marquez Soto")
	canonical(t, "es", "Entre los sancionados está la magistrada Elena Márquez Soto.", "Elena Márquez Soto")
}
