package event_test

import "testing"

// TestQuoteSpeakersRealStages: speakers named by a role phrase and an
// apposition, a role with a demonym, a sentence subject before a colon,
// through the real stages. Written for this test.
func TestQuoteSpeakersRealStages(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "The AU suspended Mali. \"Africa has closed the era of coups,\" the chairperson of the AU Commission, Thomas Mbeki-Essola, told reporters after the session.", "Thomas Mbeki-Essola"},
		{"nl", "De EU nam sancties aan. \"Wie wapens levert, betaalt een prijs\", zei de hoge vertegenwoordiger van de EU voor buitenlands beleid, Sanna Rautio, na afloop van de vergadering.", "Sanna Rautio"},
		{"pt", "\"Estas sanções são ilegais\", afirmou o porta-voz do Ministério dos Negócios Estrangeiros iraniano, Reza Ghorbani, numa conferência de imprensa em Teerão.", "Reza Ghorbani"},
		{"en", "Qatar's Minister of State Khalid Al Nuaimi flew to Mogadishu. The minister of state had a clear message for reporters at the airport: \"Qatar stands with the Somali people in good times and bad.\"", "Khalid Al Nuaimi"},
		{"pt", "O ministro angolano, Domingos Neto, e o seu homólogo brasileiro, Carlos Sampaio, assinaram um acordo. \"O Brasil não vem a Angola como quem chega de fora\", disse o chefe da diplomacia brasileira, na conferência de imprensa.", "Carlos Sampaio"},
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
