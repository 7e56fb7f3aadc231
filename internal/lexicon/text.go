package lexicon

import (
	"strings"
	"sync"
)

// TextRules is what the sentence splitter needs to know about a language.
// Keys are folded: lower case, without accents (see foldKey).
type TextRules struct {
	// Abbrev maps an abbreviation with its dots ("dr.", "u.s.", "z.b.") to
	// whether it may also end a sentence ("u.s.", "etc."): such an
	// abbreviation ends one only before a frequent sentence starter.
	Abbrev map[string]bool
	// Starters are words that often begin a sentence and rarely follow an
	// abbreviation inside one ("the", "he", "die", "он").
	Starters map[string]bool
	// OrdinalDot is set for languages that write ordinals as "16." (German):
	// a number with a dot before a word that is not a starter is not an end.
	OrdinalDot bool
}

var textCache sync.Map // lang → *TextRules; the data is embedded and immutable

// Text returns the splitting rules of lang, merged with the shared ones in
// data/text_abbrev.txt. For an unknown or empty lang it merges every
// language, so that mixed or undetected text still keeps "Dr." together.
func Text(lang string) *TextRules {
	if r, ok := textCache.Load(lang); ok {
		return r.(*TextRules)
	}
	r := &TextRules{Abbrev: map[string]bool{}, Starters: map[string]bool{}}
	langs := []string{lang}
	if !known(lang) {
		langs = Languages()
	}
	loadText(r, "text_abbrev.txt", "text_starters.txt")
	for _, l := range langs {
		loadText(r, l+"/text_abbrev.txt", l+"/text_starters.txt")
	}
	v, _ := textCache.LoadOrStore(lang, r)
	return v.(*TextRules)
}

func known(lang string) bool {
	if lang == "" || strings.ContainsAny(lang, "/.\\") {
		return false
	}
	for _, l := range Languages() {
		if l == lang {
			return true
		}
	}
	return false
}

// loadText reads an abbreviation file (lines "abbr." or "abbr. end", or the
// directive "!ordinal-dot") and a starter file (one word a line).
func loadText(r *TextRules, abbrev, starters string) {
	lines, _ := Lines(abbrev)
	for _, l := range lines {
		if l == "!ordinal-dot" {
			r.OrdinalDot = true
			continue
		}
		end := false
		if a, ok := strings.CutSuffix(l, " end"); ok {
			l, end = strings.TrimSpace(a), true
		}
		k := AbbrevKey(l)
		if k != "" {
			r.Abbrev[k] = r.Abbrev[k] || end
		}
		// The leading parts of "EE. UU." or "p. ej." never end a sentence.
		parts := strings.Fields(l)
		for i := range len(parts) - 1 {
			if p := AbbrevKey(strings.Join(parts[:i+1], "")); strings.HasSuffix(p, ".") {
				if _, ok := r.Abbrev[p]; !ok {
					r.Abbrev[p] = false
				}
			}
		}
	}
	lines, _ = Lines(starters)
	for _, l := range lines {
		r.Starters[foldKey(l)] = true
	}
}

// AbbrevKey is the lookup key of an abbreviation: folded, spaces removed
// ("z. B." → "z.b.").
func AbbrevKey(s string) string {
	return strings.ReplaceAll(foldKey(s), " ", "")
}

// foldKey folds a data word the way text.Fold folds a text word.
func foldKey(s string) string { return Fold(s) }
