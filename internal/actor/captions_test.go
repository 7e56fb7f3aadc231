package actor

import (
	"slices"
	"strings"
	"testing"

	"chancery/internal/news"
	"chancery/internal/text"
)

// TestCaptionPersons: a caption that names a person in full with a role
// lets the body's surname-only mentions count; a photographer's credit and
// a caption alone add no one. The people are invented.
func TestCaptionPersons(t *testing.T) {
	tests := []struct {
		name, body string
		captions   []string
		want       []string // person name|country
	}{
		{"surname in the body, full name in the caption",
			"The two governments plan to sign the accord in the spring. Okafor declined to give a date.",
			[]string{"Foreign Minister Chidi Okafor of Nigeria speaks to reporters in Abuja. (Photo by Ada Eze)"},
			[]string{"Chidi Okafor|NGA"}},
		{"a caption alone adds no one",
			"The two governments plan to sign the accord in the spring.",
			[]string{"Foreign Minister Chidi Okafor of Nigeria speaks to reporters in Abuja."},
			nil},
		{"a photographer is not a person of the story",
			"Eze took part in the talks, officials said.",
			[]string{"Soldiers on patrol near the border. (Photo by Ada Eze)"},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &news.Article{Lang: "en", Body: tc.body}
			for _, c := range tc.captions {
				a.Dropped = append(a.Dropped, news.Dropped{Text: c, Reason: "caption"})
			}
			a.Analysis = &news.Analysis{Sentences: text.Split("en", tc.body)}
			Find(a)
			var got []string
			for _, e := range a.Analysis.Entities {
				if e.Kind == news.KindPerson {
					got = append(got, e.Name+"|"+e.Country)
				}
			}
			if len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			for _, m := range a.Analysis.Actors {
				if m.End > len(a.Body) {
					t.Errorf("mention %q outside the body", m.Text)
				}
			}
		})
	}
}

// TestPluralRoleList: a plural role before "A and B" introduces both, and
// with no state named neither gets a guessed one.
func TestPluralRoleList(t *testing.T) {
	body := "Peru und Ecuador verhandeln. Die Außenminister beider Länder, Rodrigo Vílchez und Marta Chiriboga, trafen sich in Panama."
	a := &news.Article{Lang: "de", Body: body}
	a.Analysis = &news.Analysis{Sentences: text.Split("de", body)}
	Find(a)
	got := map[string]string{}
	for _, e := range a.Analysis.Entities {
		if e.Kind == news.KindPerson {
			got[e.Name] = e.Country
		}
	}
	for _, name := range []string{"Rodrigo Vílchez", "Marta Chiriboga"} {
		c, ok := got[name]
		if !ok || c != "" {
			t.Errorf("%s: found %v, country %q; want found, no country (all: %v)", name, ok, c, got)
		}
	}
}

// TestEnvoyPost: the host state of an envoy's post between the role and
// the name is where the envoy serves, not whom.
func TestEnvoyPost(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"ru", "Посол России в Финляндии Олег Зуев заявил, что Москва примет ответные меры."},
		{"en", "Russian Ambassador to Finland Oleg Zuev said Moscow would take countermeasures."},
		{"en", "The Russian ambassador in Helsinki, Oleg Zuev, said Moscow would take countermeasures."},
		{"de", "Der russische Botschafter in Finnland, Oleg Sujew, sagte, Moskau werde Gegenmaßnahmen ergreifen."},
		{"fr", "L'ambassadeur de Russie en Finlande, Oleg Zouïev, a déclaré que Moscou prendrait des contre-mesures."},
	} {
		a := &news.Article{Lang: c.lang, Body: c.text}
		a.Analysis = &news.Analysis{Sentences: text.Split(c.lang, c.text)}
		Find(a)
		n := 0
		for _, e := range a.Analysis.Entities {
			if e.Kind != news.KindPerson {
				continue
			}
			n++
			if e.Country != "RUS" || len(e.Roles) == 0 || e.Roles[0] != "ambassador" {
				t.Errorf("%s: %s %s %v, want RUS ambassador", c.lang, e.Name, e.Country, e.Roles)
			}
		}
		if n != 1 {
			t.Errorf("%s: %d persons, want 1", c.lang, n)
		}
	}
}

// TestOrgSeat: Brussels stands for the EU in a story about the EU that does
// not name Belgium; with Belgium named it stays Belgium's capital.
func TestOrgSeat(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The EU imposed sanctions. Moscow urged Brussels to reconsider.", "EU"},
		{"Belgium and the EU disagree. Moscow urged Brussels to reconsider.", "BEL"},
		{"Moscow urged Brussels to reconsider.", "BEL"},
	} {
		a := &news.Article{Lang: "en", Body: c.text}
		a.Analysis = &news.Analysis{Sentences: text.Split("en", c.text)}
		Find(a)
		got := ""
		for _, m := range a.Analysis.Actors {
			if m.Text == "Brussels" {
				got = m.Code
			}
		}
		if got != c.want {
			t.Errorf("%q: Brussels is %q, want %q", c.text, got, c.want)
		}
	}
}

// TestBareRole: a role with no state that opens a sentence or follows
// "the" stands for the one person holding it; after an organization or in
// the plural it does not.
func TestBareRole(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       int // mentions of the person
	}{
		{"ru", "Посол России в Финляндии Олег Зуев заявил, что Москва примет ответные меры. Посол назвал решение финских властей недружественным.", 2},
		{"en", "Kenya's ambassador to Norway, Amos Kibet, was summoned. The ambassador said Nairobi would respond.", 2},
		{"en", "Foreign Minister Amos Kibet met the press. European Union foreign ministers will gather in Luxembourg.", 1},
		// An organization's official has no state, and is still the one
		// holder of the role.
		{"fr", "La présidente de la Commission européenne, Hanne Smit, a atterri à Erevan. La présidente de la Commission a promis des fonds pour les routes.", 2},
		// Of two presidents, the bare "the President" is the state's, not
		// the European Commission's.
		{"en", "President Amos Kibet of Kenya arrived in Lisbon. He later met European Commission President Hanne Smit. The President also held talks with Spain's prime minister.", 2},
	} {
		a := &news.Article{Lang: c.lang, Body: c.text}
		a.Analysis = &news.Analysis{Sentences: text.Split(c.lang, c.text)}
		Find(a)
		n := 0
		for _, m := range a.Analysis.Actors {
			if m.Kind == news.ActorPerson && m.Entity == "p1" {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d mentions of p1, want %d", c.text, n, c.want)
		}
	}
}

// TestSurnameFirst: a person first known by a surname alone ("M. X",
// "X said") and later written in full with no context of their own takes
// the full name, and the full mention is theirs. Another surname gives
// the full name no such context.
func TestSurnameFirst(t *testing.T) {
	for _, c := range []struct {
		lang, text, want string
	}{
		{"fr", "M. Okonkwo a déclaré que le pays était prêt. La délégation a été reçue par Chidi Okonkwo au palais.", "Chidi Okonkwo"},
		{"en", "Mr. Okonkwo told reporters the talks went well. The delegation was received by Chidi Okonkwo at the palace.", "Chidi Okonkwo"},
		{"en", "Mr. Mensah told reporters the talks went well. The delegation was received by Chidi Okonkwo at the palace.", ""},
	} {
		a := &news.Article{Lang: c.lang, Body: c.text}
		a.Analysis = &news.Analysis{Sentences: text.Split(c.lang, c.text)}
		Find(a)
		got := ""
		for _, e := range a.Analysis.Entities {
			if e.Kind == news.KindPerson && strings.Contains(e.Name, " ") {
				got = e.Name
			}
		}
		if got != c.want {
			t.Errorf("%q: full name %q, want %q (%+v)", c.text, got, c.want, a.Analysis.Entities)
		}
	}
}

// TestAlsoRole: two roles joined by "and" before a name are both the
// person's.
func TestAlsoRole(t *testing.T) {
	body := "Regeringswoordvoerder en minister van Staat voor Communicatie Nabil Tahiri prees de overeenkomst."
	a := &news.Article{Lang: "nl", Body: body}
	a.Analysis = &news.Analysis{Sentences: text.Split("nl", body)}
	Find(a)
	for _, e := range a.Analysis.Entities {
		if e.Name == "Nabil Tahiri" {
			if !slices.Contains(e.Roles, "spokesperson") || !slices.Contains(e.Roles, "minister") {
				t.Errorf("roles %v, want spokesperson and minister", e.Roles)
			}
			return
		}
	}
	t.Errorf("no Nabil Tahiri in %+v", a.Analysis.Entities)
}

// TestInitialsNoTitle: another language's one-letter title ("M." for
// Monsieur) is an initial in an English text: "M. C. Diop" is written
// with two initials, not as "Mr C. Diop".
func TestInitialsNoTitle(t *testing.T) {
	body := "Portugal's trade minister and his Senegalese counterpart Marie Claire Diop opened a business forum in Lisbon on Monday. \"Trade must run both ways,\" Diop said.\n\n" +
		"Caption: Portugal's J. Matos Leal (right) and Senegal's M. C. Diop at the forum in Lisbon."
	a := &news.Article{Lang: "en", Body: body}
	a.Analysis = &news.Analysis{Sentences: text.Split("en", body)}
	Find(a)
	for _, e := range a.Analysis.Entities {
		if e.Kind == news.KindPerson && slices.Contains(e.Aliases, "C. Diop") {
			t.Errorf("%s has the alias %q, read past a title", e.Name, "C. Diop")
		}
	}
}
