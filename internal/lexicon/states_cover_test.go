package lexicon

import (
	"strings"
	"testing"
)

// TestStatesCover checks that every state of countries.tsv has a line in
// the states.txt of each language with full tables, so that inflected names
// and demonyms exist for all states, not only for the ones someone met.
func TestStatesCover(t *testing.T) {
	countries, err := Lines("countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "de", "es", "fr", "ru", "it", "pt", "nl", "pl", "uk"} {
		lines, err := Lines(lang + "/states.txt")
		if err != nil {
			t.Fatal(err)
		}
		have := map[string]bool{}
		for _, l := range lines {
			if code, _, ok := strings.Cut(l, "\t"); ok {
				have[code] = true
			}
		}
		if missing := missingStates(countries, have); len(missing) > 0 {
			t.Errorf("%s/states.txt: no line for %d states: %s", lang, len(missing), strings.Join(missing, " "))
		}
	}
}

// missingStates returns the alpha-3 codes of the countries.tsv lines that
// have is missing.
func missingStates(countries []string, have map[string]bool) []string {
	var missing []string
	for _, l := range countries {
		code, _, _ := strings.Cut(l, "\t")
		if !have[code] {
			missing = append(missing, code)
		}
	}
	return missing
}
