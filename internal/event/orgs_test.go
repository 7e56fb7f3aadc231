package event_test

import (
	"strings"
	"testing"

	"chancery/internal/actor"
	"chancery/internal/event"
	"chancery/internal/news"
	"chancery/internal/text"
)

// TestOrganizationsActing, through the real stages: suspension from an
// organization is a sanction; a definite noun from an organization's name
// ("the council") names it again; a threat with no target of its own aims
// where its source just acted; "between the two" names the pair.
// Written for this test.
func TestOrganizationsActing(t *testing.T) {
	for _, c := range []struct {
		lang, body string
		want       []string
	}{
		{"en", "The African Union on Monday suspended Mali from all its activities.", []string{"SANCTION AU>MLI 2026-03-09"}},
		{"fr", "L'Union africaine a décidé lundi de suspendre le Mali de toutes ses activités.", []string{"SANCTION AU>MLI 2026-03-09"}},
		{"en", "The African Union on Monday suspended Mali from all its activities. The decision came at a session of the AU Peace and Security Council. The council also warned that it would impose travel bans on the officers.",
			[]string{"SANCTION AU>MLI 2026-03-09", "THREATEN AU>MLI 2026-03-09"}},
		// A passive with its auxiliary after the participle names no doer.
		{"de", "Bereits am Sonntag war Chiles Botschafter ins Außenministerium einbestellt worden.", nil},
		// The partner of a with-phrase is no subject.
		{"uk", "Під час зустрічі з головою МЗС Туреччини Мехметом Озканом український міністр попросив турецьку сторону допомогти у поверненні цивільних.",
			[]string{"CONSULT TUR,UKR [Мехмет Озкан(TUR:foreign minister)]", "REQUEST UKR>TUR [Мехмет Озкан(TUR:foreign minister)]"}},
		// An attribution phrase holds no subject for a second verb.
		{"en", "According to the Somali presidency, President Ali Nur thanked the Emir of Qatar for the response and asked Doha to help finance the embankments.",
			[]string{"REQUEST SOM>QAT [Ali Nur(SOM:president)]"}},
		{"pt", "Os governos da Bolívia e do Paraguai assinaram na segunda-feira um acordo, depois de uma reunião de duas horas entre os dois.",
			[]string{"AGREE BOL,PRY 2026-03-09", "CONSULT BOL,PRY 2026-03-09"}},
	} {
		got := describe(analyse(c.lang, "2026-03-10", c.body))
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%q: got %q, want %q", c.body, got, c.want)
		}
	}
}

// TestPlaceOfOtherClause: a place in another clause of the sentence is that
// clause's; the event keeps the story's place (its dateline).
func TestPlaceOfOtherClause(t *testing.T) {
	a := &news.Article{Lang: "en", Published: "2026-03-10", Dateline: "Addis Ababa",
		Body: "The African Union on Monday suspended Mali from all its activities, ten days after soldiers seized power in Bamako."}
	a.Analysis = &news.Analysis{Sentences: text.Split("en", a.Body)}
	actor.Find(a)
	event.Extract(a)
	got := describe(a)
	if len(got) == 0 || got[0] != "SANCTION AU>MLI 2026-03-09 in Addis Ababa" {
		t.Errorf("got %q, want the sanction in Addis Ababa", got)
	}
}

// TestStoryDayCarriesOn: the same parties later in the story, in a new
// paragraph, keep the day of their first dated meeting, not the
// publication day.
func TestStoryDayCarriesOn(t *testing.T) {
	body := "Oslo, November 14, 2024 -- On November 13, 2024, the foreign ministers of Norway and Chile held talks in Oslo.\n\n" +
		"After the talks, Norway and Chile signed an agreement on fisheries."
	got := describe(analyse("en", "2024-11-14", body))
	for _, g := range got {
		if !strings.Contains(g, "2024-11-13") {
			t.Errorf("%q: want every event on 2024-11-13", got)
		}
	}
	if len(got) == 0 {
		t.Errorf("no events")
	}
}

// TestMinistrySeat: a state's ministry named in a locative phrase sits in
// its capital.
func TestMinistrySeat(t *testing.T) {
	got := describe(analyse("es", "2025-02-19", "La canciller Lucía Pardo recibió este martes en la sede de la Secretaría de Relaciones Exteriores a su homólogo guatemalteco, Héctor Ruiz Salgado."))
	if len(got) == 0 || !strings.Contains(got[0], "in Mexico City") {
		t.Errorf("got %q, want the meeting in Mexico City", got)
	}
}

// TestNextRound: "the next round of talks" is to come.
func TestNextRound(t *testing.T) {
	got := describe(analyse("en", "2024-11-20", "Ethiopia and Turkey agreed to hold the next round of political consultations in Ankara."))
	for _, g := range got {
		if strings.HasPrefix(g, "CONSULT") && !strings.Contains(g, " future") {
			t.Errorf("%q: the consultations are to come", got)
		}
	}
}

// TestPlaceOfTheDaysMeeting: what a party of the day's meeting says that
// day, it says where they met; a meeting of another day lends no place.
func TestPlaceOfTheDaysMeeting(t *testing.T) {
	body := "Le ministre turc des Affaires étrangères, Ali Demir, s'est entretenu mardi à Kiev avec son homologue ukrainien, Ivan Petrenko. " +
		"C'est leur deuxième rencontre cette année, après leurs entretiens du 12 mars à Ankara. " +
		"Les deux ministres ont fait le point sur les échanges de prisonniers. " +
		"« La Turquie soutient la souveraineté de l'Ukraine », a déclaré M. Demir lors d'une conférence de presse commune."
	got := describe(analyse("fr", "2025-07-09", body))
	for _, g := range got {
		if strings.HasPrefix(g, "SUPPORT") && !strings.Contains(g, "in Kyiv") {
			t.Errorf("%q: want the support stated in Kyiv", got)
		}
		if strings.Contains(g, "2025-07-08") && strings.Contains(g, "Ankara") {
			t.Errorf("%q: the meeting of 12 March lends its place to the day's events", got)
		}
	}
}

// TestPairAsObject: "the two countries" after the verb are the two states
// the sentence before names, not the accuser.
func TestPairAsObject(t *testing.T) {
	got := describe(analyse("en", "2026-05-11", "Peru and Ecuador held joint naval drills on Saturday. China's foreign ministry on Sunday accused the two countries of provoking tensions."))
	found := false
	for _, g := range got {
		found = found || strings.HasPrefix(g, "ACCUSE CHN>PER,ECU") || strings.HasPrefix(g, "ACCUSE CHN>ECU,PER")
	}
	if !found {
		t.Errorf("got %q, want China accusing Peru and Ecuador", got)
	}
}

// TestObjectNounPartners: a definite meeting noun's partners follow it
// closely; an organization further on belongs to another phrase.
func TestObjectNounPartners(t *testing.T) {
	got := describe(analyse("en", "2026-03-11", "Kenya and Chile signed a trade deal on Tuesday. Nairobi used the visit to lobby for its campaign for a seat on the UN Security Council."))
	for _, g := range got {
		if strings.Contains(g, "UN") {
			t.Errorf("%q: the UN is no party of the visit", got)
		}
	}
}

// TestPossessiveObject: "their candidacy" after the verb names the state the
// sentence named before the verb's clause.
func TestPossessiveObject(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"ru", "— Мы сказали нашим кенийским друзьям, что Индонезия поддерживает их кандидатуру, — сказал министр.", "SUPPORT IDN>KEN"},
		{"en", "He told his Kenyan hosts that Indonesia supports their candidacy.", "SUPPORT IDN>KEN"},
	} {
		got := describe(analyse(c.lang, "2026-03-11", c.body))
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, c.want)
		}
		if !found {
			t.Errorf("%q: got %q, want %s", c.body, got, c.want)
		}
	}
}

// TestDeadlinesAndOtherPhrases: a date after "until/до/bis" is a deadline,
// not the event's day; an actor in another noun's with-phrase is not a
// definite noun's party.
func TestDeadlinesAndOtherPhrases(t *testing.T) {
	got := describe(analyse("uk", "2025-10-18", "Україна та Польща в п'ятницю домовилися відкрити пункт пропуску до весни наступного року."))
	for _, g := range got {
		if strings.Contains(g, "2026") {
			t.Errorf("%q: the deadline dates the agreement", got)
		}
	}
	got = describe(analyse("nl", "2025-02-04", "Nederland trekt zich maandag terug uit Irak. De terugtrekking volgt op een akkoord tussen Irak en de Verenigde Staten."))
	for _, g := range got {
		if strings.HasPrefix(g, "RETREAT") && strings.Contains(g, "USA") {
			t.Errorf("%q: the United States are no party of the withdrawal", got)
		}
	}
}

// TestThanksAreNoSupport: thanking someone is no SUPPORT, in any language.
func TestThanksAreNoSupport(t *testing.T) {
	for _, c := range [][2]string{
		{"it", "Il ministro egiziano ha ringraziato l'Italia per l'accoglienza."},
		{"pl", "Minister Ukrainy dziękuje Polsce za pomoc."},
		{"uk", "Міністр подякував Польщі за підтримку."},
	} {
		for _, g := range describe(analyse(c[0], "2025-05-20", c[1])) {
			if strings.HasPrefix(g, "SUPPORT") {
				t.Errorf("%q: got %q", c[1], g)
			}
		}
	}
}

// TestAccusedOfIsPassive: "officials accused of supplying drones" names
// who is accused, not who accuses.
func TestAccusedOfIsPassive(t *testing.T) {
	for _, c := range [][2]string{
		{"pt", "A União Europeia aprovou sanções contra oito responsáveis iranianos acusados de fornecer drones à Rússia."},
		{"en", "The EU sanctioned eight Iranian officials accused of supplying drones to Russia."},
	} {
		for _, g := range describe(analyse(c[0], "2025-11-18", c[1])) {
			if strings.HasPrefix(g, "ACCUSE IRN") {
				t.Errorf("%q: got %q", c[1], g)
			}
		}
	}
}
