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
		{"en", "The Organization of American States on Monday suspended Nicaragua from all its activities.", []string{"SANCTION OAS>NIC 2026-03-09"}},
		{"fr", "L'Organisation des États américains a décidé lundi de suspendre le Nicaragua de toutes ses activités.", []string{"SANCTION OAS>NIC 2026-03-09"}},
		{"en", "The Organization of American States on Monday suspended Nicaragua from all its activities. The vote took place at an extraordinary meeting in Washington. The organization also threatened to impose travel bans on the officers.",
			[]string{"SANCTION OAS>NIC 2026-03-09", "THREATEN OAS>NIC 2026-03-09"}},
		// A passive with its auxiliary after the participle names no doer.
		{"de", "Perus Botschafter war schon am Freitag ins Außenministerium einbestellt worden.", nil},
		// The partner of a with-phrase is no subject.
		{"uk", "Під час зустрічі з головою МЗС Норвегії Ерлінгом Беккеном український міністр попросив норвезьку сторону допомогти з відновленням енергомереж.",
			[]string{"CONSULT NOR,UKR [Ерлінг Беккен(NOR:foreign minister)]", "REQUEST UKR>NOR [Ерлінг Беккен(NOR:foreign minister)]"}},
		// An attribution phrase holds no subject for a second verb.
		{"en", "According to the Malawian presidency, President Grace Phiri thanked the King of Morocco for the fertiliser shipment and asked Rabat to help build storage depots.",
			[]string{"REQUEST MWI>MAR [Grace Phiri(MWI:president)]"}},
		{"pt", "Os governos do Uruguai e do Paraguai assinaram na segunda-feira um tratado, depois de uma reunião de três horas entre os dois.",
			[]string{"AGREE PRY,URY 2026-03-09", "CONSULT PRY,URY 2026-03-09"}},
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
	a := &news.Article{Lang: "en", Published: "2026-03-10", Dateline: "Washington",
		Body: "The Organization of American States on Monday suspended Nicaragua from all its activities, a week after officers seized control of the parliament in Managua."}
	a.Analysis = &news.Analysis{Sentences: text.Split("en", a.Body)}
	actor.Find(a)
	event.Extract(a)
	got := describe(a)
	if len(got) == 0 || got[0] != "SANCTION OAS>NIC 2026-03-09 in Washington" {
		t.Errorf("got %q, want the sanction in Washington", got)
	}
}

// TestStoryDayCarriesOn: the same parties later in the story, in a new
// paragraph, keep the day of their first dated meeting, not the
// publication day.
func TestStoryDayCarriesOn(t *testing.T) {
	body := "Lima, June 5, 2024 -- On June 4, 2024, the foreign ministers of Peru and Finland held talks in Lima.\n\n" +
		"After the talks, Peru and Finland signed an agreement on forestry."
	got := describe(analyse("en", "2024-06-05", body))
	for _, g := range got {
		if !strings.Contains(g, "2024-06-04") {
			t.Errorf("%q: want every event on 2024-06-04", got)
		}
	}
	if len(got) == 0 {
		t.Errorf("no events")
	}
}

// TestMinistrySeat: a state's ministry named in a locative phrase sits in
// its capital.
func TestMinistrySeat(t *testing.T) {
	got := describe(analyse("es", "2025-02-19", "El canciller Ramón Ibarra y su homóloga salvadoreña, Marta Rivas Cañas, conversaron el jueves en la sede de la Secretaría de Relaciones Exteriores."))
	if len(got) == 0 || !strings.Contains(got[0], "in Mexico City") {
		t.Errorf("got %q, want the meeting in Mexico City", got)
	}
}

// TestNextRound: "the next round of talks" is to come.
func TestNextRound(t *testing.T) {
	got := describe(analyse("en", "2024-11-20", "Angola and Vietnam agreed to hold the next round of talks on trade in Hanoi."))
	for _, g := range got {
		if strings.HasPrefix(g, "CONSULT") && !strings.Contains(g, " future") {
			t.Errorf("%q: the consultations are to come", got)
		}
	}
}

// TestPlaceOfTheDaysMeeting: what a party of the day's meeting says that
// day, it says where they met; a meeting of another day lends no place.
func TestPlaceOfTheDaysMeeting(t *testing.T) {
	body := "Le ministre grec des Affaires étrangères, Nikos Pappas, s'est entretenu mardi à Nicosie avec son homologue chypriote, Andreas Kyprianou. " +
		"Il s'agit de leur troisième rencontre depuis janvier, après leurs entretiens du 3 février à Athènes. " +
		"Les deux hommes ont fait le point sur la libération de pêcheurs détenus. " +
		"« La Grèce soutient la souveraineté de Chypre », a déclaré M. Pappas devant les journalistes."
	got := describe(analyse("fr", "2025-07-09", body))
	for _, g := range got {
		if strings.HasPrefix(g, "SUPPORT") && !strings.Contains(g, "in Nicosia") {
			t.Errorf("%q: want the support stated in Nicosia", got)
		}
		if strings.Contains(g, "2025-07-08") && strings.Contains(g, "Athens") {
			t.Errorf("%q: the meeting of 3 February lends its place to the day's events", got)
		}
	}
	if !hasEvent(got, "SUPPORT GRC>CYP") {
		t.Errorf("%q: want SUPPORT GRC>CYP", got)
	}
}

// TestPairAsObject: "the two countries" after the verb are the two states
// the sentence before names, not the accuser.
func TestPairAsObject(t *testing.T) {
	got := describe(analyse("en", "2026-05-11", "Japan and Australia held joint air exercises on Saturday. Russia's defence ministry accused the two countries on Sunday of stoking tensions."))
	found := false
	for _, g := range got {
		found = found || strings.HasPrefix(g, "ACCUSE RUS>JPN,AUS") || strings.HasPrefix(g, "ACCUSE RUS>AUS,JPN")
	}
	if !found {
		t.Errorf("got %q, want Russia accusing Japan and Australia", got)
	}
}

// TestObjectNounPartners: a definite meeting noun's partners follow it
// closely; an organization further on belongs to another phrase.
func TestObjectNounPartners(t *testing.T) {
	got := describe(analyse("en", "2026-03-11", "Ghana and Norway signed a shipping deal on Tuesday. Accra used the visit to campaign for its bid to join the UN Human Rights Council."))
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
		{"ru", "— Мы сказали нашим ганским партнерам, что Норвегия поддерживает их кандидатуру, — сказал министр.", "SUPPORT NOR>GHA"},
		{"en", "She told her Ghanaian hosts that Norway supports their candidacy.", "SUPPORT NOR>GHA"},
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
	got = describe(analyse("nl", "2025-02-04", "België trekt zich dinsdag terug uit Mali. De terugtrekking volgt op een akkoord tussen Mali en Frankrijk."))
	for _, g := range got {
		if strings.HasPrefix(g, "RETREAT") && strings.Contains(g, "FRA") {
			t.Errorf("%q: France is no party of the withdrawal", got)
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
