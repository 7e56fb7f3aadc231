package event

import (
	"strings"
	"testing"
)

// TestWireSentences: one short wire-style English sentence per common way
// each type is told; the event must be among those found. The sentences
// are written for this test.
func TestWireSentences(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "Russia and Ukraine exchanged prisoners on Friday.", "CONCEDE"},
		{"en", "Sweden will send a field hospital to Ukraine, the government said.", "AID"},
		{"en", "Brazil recalled its ambassador to Sweden for consultations.", "SANCTION BRA>SWE"},
		{"en", "Poland closed its border with Belarus on Monday.", "SANCTION POL>BLR"},
		{"en", "Kenya and Sweden agreed to resume direct flights.", "AGREE KEN,SWE"},
		{"en", "Russia vetoed a resolution on Ukraine.", "REJECT"},
		{"en", "The United States welcomed the agreement between Kenya and Sweden.", "SUPPORT"},
		{"en", "Sweden summoned Russia's ambassador over the incident.", "ACCUSE SWE>RUS"},
		{"en", "Russian forces shelled Kharkiv overnight, Ukrainian officials said.", "ASSAULT RUS>UKR"},
		{"en", "Brazil's president hosted his Kenyan counterpart in Brasília.", "CONSULT BRA,KEN"},
		{"en", "Sweden pledged $50 million in humanitarian aid to Ukraine.", "AID SWE>UKR"},
		{"en", "Norway expelled three Russian diplomats, accusing them of espionage.", "COERCE NOR>RUS"},
		{"en", "Kenya urged Sweden to lift the restrictions.", "REQUEST KEN>SWE"},
		{"en", "Cuba rejected Washington's demands.", "REJECT CUB>USA"},
		{"en", "Russia warned Norway of consequences.", "THREATEN RUS>NOR"},
		{"en", "Thousands protested outside the Russian embassy in Stockholm.", "PROTEST SWE>RUS"},
		{"en", "Sweden and Norway held joint naval exercises in the Baltic.", "COOPERATE"},
		{"en", "Kenya withdrew its peacekeepers from Ukraine.", "RETREAT KEN>UKR"},
		{"en", "Russia moved troops to the border with Ukraine.", "MOBILIZE RUS"},
		{"en", "Brazil signed a trade deal with Sweden.", "AGREE BRA,SWE"},
		{"en", "Sweden's foreign minister met her Brazilian counterpart on Tuesday.", "CONSULT BRA,SWE"},
		{"en", "Russia imposed an embargo on Norwegian fish.", "SANCTION RUS>NOR"},
		{"en", "Kenya accused Sweden of interfering in its internal affairs.", "ACCUSE KEN>SWE"},
		{"en", "Sweden arrested two Russian nationals suspected of spying.", "COERCE SWE>RUS"},
		{"en", "Russia released two Swedish citizens in a prisoner swap.", "CONCEDE RUS>SWE"},
	} {
		a := run(t, c.lang, c.body, nil)
		got := summaries(a)
		ok := false
		for _, g := range got {
			if strings.HasPrefix(g, c.want) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: got %q, want %s", c.body, got, c.want)
		}
	}
}
