package lexicon

import (
	"fmt"
	"strings"
)

// CleanMarker is one web-debris marker phrase for internal/clean: a kind
// (see data/clean_markers.txt), the language it belongs to ("" for the
// shared table) and the phrase in lower case.
type CleanMarker struct {
	Kind, Lang, Phrase string
}

// CleanMarkers returns the cleaner's marker phrases: the shared table
// data/clean_markers.txt, then each language's data/<lang>/clean_markers.txt.
func CleanMarkers() ([]CleanMarker, error) {
	var out []CleanMarker
	read := func(name, lang string) error {
		lines, err := Lines(name)
		if err != nil {
			return err
		}
		for _, l := range lines {
			kind, phrase, ok := strings.Cut(l, " ")
			if !ok || strings.TrimSpace(phrase) == "" {
				return fmt.Errorf("lexicon %s: line %q: want KIND PHRASE", name, l)
			}
			out = append(out, CleanMarker{Kind: kind, Lang: lang, Phrase: strings.TrimSpace(phrase)})
		}
		return nil
	}
	if err := read("clean_markers.txt", ""); err != nil {
		return nil, err
	}
	for _, lang := range Languages() {
		if err := read(lang+"/clean_markers.txt", lang); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// CleanMonths returns the cleaner's month table (data/clean_months.txt):
// one line per month, its number then every lower-case form in any
// language.
func CleanMonths() ([]string, error) { return Lines("clean_months.txt") }
