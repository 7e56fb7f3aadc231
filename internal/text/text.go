// Package text splits bodies into paragraphs, sentences and tokens for the
// languages chancery supports, and folds words for lexicon matching.
//
// Language knowledge (abbreviations, frequent sentence starters, whether a
// number with a dot can be an ordinal) is data, loaded through
// lexicon.Text; the code here only knows scripts and punctuation.
package text

import (
	"strings"

	"chancery/internal/lexicon"
)

// Fold returns s in lower case without accents, for matching lexicons:
// "Díaz-Canel" → "diaz-canel", "Straße" → "strasse", "Ёлка" → "елка". It is
// lexicon.Fold (so text and data fold alike: combining marks are dropped,
// which also turns й into и) with typographic apostrophes made "'" and
// Unicode hyphens made "-". The byte length may change: take offsets from
// Tokens, not from a folded string.
func Fold(s string) string {
	f := lexicon.Fold(s)
	if strings.ContainsAny(f, "’ʼ\u2010\u2011") {
		f = foldMarks.Replace(f)
	}
	return f
}

var foldMarks = strings.NewReplacer("’", "'", "ʼ", "'", "\u2010", "-", "\u2011", "-")
