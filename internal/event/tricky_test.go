package event

import (
	"strings"
	"testing"
)

// TestTrickyEnglish: subordinate, relative and coordinated clauses, negation,
// intention, retaliation; the full list of events is checked. Written for
// this test.
func TestTrickyEnglish(t *testing.T) {
	for _, c := range []struct {
		lang, body string
		want       []string
	}{
		{"en", "Russia on Tuesday accused Ukraine of attacking a power plant, a charge Kyiv denied.", []string{"ACCUSE RUS>UKR", "REJECT UKR>RUS"}},
		{"en", "Sweden, which joined NATO last year, said it would send troops to Ukraine.", []string{"MOBILIZE SWE>UKR future"}},
		{"en", "Kenya's foreign minister, who met Sweden's ambassador on Monday, criticized the decision.", []string{"CONSULT KEN,SWE"}},
		{"en", "The talks between Russia and Ukraine ended without an agreement.", []string{"CONSULT RUS,UKR"}},
		{"en", "Brazil and Sweden did not sign the agreement.", []string{"AGREE BRA,SWE negated"}},
		{"en", "Cuba said it was ready to resume talks with the United States.", []string{"CONSULT CUB,USA intend"}},
		{"en", "Poland and Sweden agreed to strengthen military cooperation and signed a defence pact.", []string{"AGREE POL,SWE"}},
		{"en", "Norway condemned Russia's decision to expel its diplomats.", []string{"ACCUSE NOR>RUS"}},
		{"en", "Ukraine thanked Sweden for its support and asked Norway for more weapons.", []string{"REQUEST UKR>NOR"}},
		{"en", "Moscow rejected Stockholm's request for consular access.", []string{"REJECT RUS>SWE"}},
		{"en", "Russian President Oleg Sorokin met Cuban Foreign Minister Lucía Quintana in Moscow.", []string{"CONSULT CUB,RUS in Moscow [p3,p4]"}},
		{"en", "Sweden expelled a Russian diplomat, and Russia retaliated by expelling a Swedish one.", []string{"COERCE SWE>RUS", "COERCE RUS>SWE"}},
	} {
		got := summaries(run(t, c.lang, c.body, nil))
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%q: got %q, want %q", c.body, got, c.want)
		}
	}
}
