package event

import (
	"unicode"
	"unicode/utf8"

	"chancery/internal/lexicon"
)

// token is a word or a single punctuation mark of a sentence. Offsets are
// byte positions in the article body; fold is the matching key
// (lexicon.Fold for words, a normalized mark for punctuation).
type token struct {
	start, end int
	fold       string
	punct      bool
}

// tokenize cuts body[from:to] into words (runs of letters, digits and
// combining marks) and punctuation marks. Apostrophes and hyphens split
// words, so "s'est" gives "s", "est" and "Russia-Venezuela" two words;
// patterns are cut the same way. Quotation marks fold to `"`.
func tokenize(body string, from, to int) []token {
	if from < 0 {
		from = 0
	}
	if to > len(body) {
		to = len(body)
	}
	var out []token
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(body[i:to])
		switch {
		case isWord(r):
			j := i + n
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(body[j:to])
				if (r2 == '.' || r2 == ',' || r2 == '\u00a0' || r2 == '\u202f') && j+n2 < to && unicode.IsDigit(rune(body[j-1])) && unicode.IsDigit(rune(body[j+n2])) {
					j += n2 // "3.000", "1,500": one number, no clause break
					continue
				}
				if !isWord(r2) {
					break
				}
				j += n2
			}
			out = append(out, token{start: i, end: j, fold: lexicon.Fold(body[i:j])})
			i = j
		case unicode.IsSpace(r) || r == utf8.RuneError:
			i += n
		case r == '\'' || r == '’' || r == 'ʼ':
			i += n // elision and possessive apostrophes: "s'est", "Russia's"
		case (r == '-' || r == '‐' || r == '‑') && i > from && i+n < to && wordBefore(body[from:i]) && wordAfter(body[i+n:to]):
			i += n // a hyphen inside a compound ("Russia-Venezuela") is no clause break
		default:
			out = append(out, token{start: i, end: i + n, fold: punctKey(r), punct: true})
			i += n
		}
	}
	return out
}

func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '\u00AD'
}

// punctKey normalizes a punctuation mark: every quotation mark is `"`,
// every dash "-".
func punctKey(r rune) string {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‹', '›', '‟', '″':
		return `"`
	case '‘', '’', '\'', '‚', '`', '´':
		return "'"
	case '–', '—', '‒', '―', '‐', '‑':
		return "-"
	}
	return string(r)
}

// breaks reports whether a punctuation token ends a clause for the purpose
// of finding an event's sides.
func clausePunct(t token) bool {
	if !t.punct {
		return false
	}
	switch t.fold {
	case ",", ";", ":", "(", ")", `"`, "[", "]", "?", "!", ".", "…":
		return true
	case "-":
		return true
	}
	return false
}

func wordBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isWord(r)
}

func wordAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWord(r)
}

// startsWithDigit reports whether s begins with an ASCII digit ("300",
// "1,5").
func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
