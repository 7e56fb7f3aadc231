package event_test

import "testing"

// TestQuoteSpeakersRealStages: speakers named by a role phrase and an
// apposition, a role with a demonym, a sentence subject before a colon,
// through the real stages. Written for this test.
func TestQuoteSpeakersRealStages(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "The AU condemned the coup in Chad. \"Power taken by force will never be recognised,\" the chairperson of the AU Commission, Samuel Okafor-Lindi, told reporters in the evening.", "Samuel Okafor-Lindi"},
		{"nl", "De EU verlengde de maatregelen. \"Wie de regels breekt, draagt de gevolgen\", zei de hoge vertegenwoordiger van de EU voor buitenlands beleid, Pieter Vandamme, tijdens een persconferentie.", "Pieter Vandamme"},
		{"pt", "\"Não aceitaremos lições de ninguém\", afirmou o porta-voz do Ministério dos Negócios Estrangeiros venezuelano, Luis Mendoza Pérez, numa entrevista em Caracas.", "Luis Mendoza Pérez"},
		{"en", "Kuwait's Minister of State Fahad Al Sabah flew to Amman on Sunday. The minister of state had a short statement for the press waiting at the airport: \"Kuwait will always stand by its Jordanian brothers.\"", "Fahad Al Sabah"},
		{"pt", "O ministro moçambicano, Jorge Macuácua, e o seu homólogo português, Rui Figueira, assinaram um protocolo. \"Portugal quer ser um parceiro e não um padrinho\", disse o chefe da diplomacia portuguesa, na conferência de imprensa.", "Rui Figueira"},
	} {
		a := analyse(c.lang, "2026-03-10", c.body)
		names := map[string]string{}
		for _, e := range a.Analysis.Entities {
			names[e.ID] = e.Name
		}
		if len(a.Analysis.Quotes) == 0 {
			t.Errorf("%q: no quote", c.body)
			continue
		}
		if got := names[a.Analysis.Quotes[0].Speaker]; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.body, got, c.want)
		}
	}
}
