package text

import (
	"unicode"
	"unicode/utf8"

	"chancery/internal/lexicon"
	"chancery/internal/news"
)

// Token is a word or a punctuation mark of a text.
type Token struct {
	news.Span        // byte range, shifted by the offset given to Tokens
	Text      string // as written
	Fold      string // lower-cased, accents removed (see Fold)
	Upper     bool   // starts with an upper-case letter
	Punct     bool   // a punctuation mark or symbol, not a word
}

// Tokens splits s into words and punctuation marks; offset is added to
// every span (pass a sentence's Start to get body offsets).
//
// A word is a run of letters, digits and combining marks, and keeps inside
// it: hyphens ("Díaz-Canel", "de-dollarization"), dots, commas and colons
// between digits ("3.5", "1,000", "10:55", "16.10.2023"), hyphens between
// digits ("2023-10-16"), dotted initialisms ("U.S.", "т.е." with their last
// dot) and apostrophes in names and words ("O'Brien", "aujourd'hui").
// Apostrophes split in two cases, so that lexicons see the bare name: the
// English possessive ("Venezuela's" → "Venezuela" + "'s") and a French or
// Italian elided article or preposition ("l'Ukraine" → "l'" + "Ukraine",
// "d’Ivoire" → "d’" + "Ivoire"). Each other mark is its own token, except a
// run of dots ("...").
func Tokens(s string, offset int) []Token {
	var out []Token
	emit := func(start, end int, punct bool) {
		t := s[start:end]
		r, _ := utf8.DecodeRuneInString(t)
		out = append(out, Token{
			Span:  news.Span{Start: offset + start, End: offset + end},
			Text:  t,
			Fold:  Fold(t),
			Upper: unicode.IsUpper(r) || unicode.IsTitle(r),
			Punct: punct,
		})
	}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpace(r):
			i += n
		case isWord(r):
			if end := initialism(s, i); end > i {
				emit(i, end, false)
				i = end
				continue
			}
			i = scanWord(s, i, func(a, b int) { emit(a, b, false) })
		case r == '.':
			j := i
			for j < len(s) && s[j] == '.' {
				j++
			}
			emit(i, j, true)
			i = j
		default:
			emit(i, i+n, true)
			i += n
		}
	}
	return out
}

// scanWord reads the word starting at i, calling emit for it (twice when
// an apostrophe splits it), and returns where it ends.
func scanWord(s string, i int, emit func(a, b int)) int {
	start := i
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWord(r) {
			i += n
			continue
		}
		next, nn := utf8.DecodeRuneInString(s[min(i+n, len(s)):])
		if i+n >= len(s) || !isWord(next) {
			break
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case isHyphen(r):
			i += n
		case (r == '.' || r == ',' || r == ':') && isDigit(prev) && isDigit(next):
			i += n
		case isApostrophe(r):
			// English possessive: "'s" followed by a non-letter.
			if (next == 's' || next == 'S') && (i+n+nn >= len(s) || !isWord(runeAt(s, i+n+nn))) {
				emit(start, i)
				emit(i, i+n+nn)
				return i + n + nn
			}
			if elision[lexicon.Fold(s[lastSeg(s, start, i):i])] {
				emit(start, i+n)
				return i + n
			}
			i += n
		default:
			emit(start, i)
			return i
		}
	}
	emit(start, i)
	return i
}

// lastSeg returns where the last hyphen-separated part of s[start:i] begins,
// so that "Jean-Baptiste d'" is not read as an elision but "c'est" is.
func lastSeg(s string, start, i int) int {
	for j := i; j > start; {
		r, n := utf8.DecodeLastRuneInString(s[start:j])
		if isHyphen(r) {
			return j
		}
		j -= n
	}
	return start
}

// elision lists the words French and Italian write joined to the next one
// by an apostrophe.
var elision = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true,
	"dell": true, "all": true, "nell": true, "sull": true, "dall": true, "un": true,
}

// initialism returns the end of a dotted initialism ("U.S.", "e.g.",
// "т.е.") starting at i: two or more single letters each followed by a dot.
// It returns i when there is none.
func initialism(s string, i int) int {
	j, parts := i, 0
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) || j+n >= len(s) || s[j+n] != '.' {
			break
		}
		j += n + 1
		parts++
	}
	if parts < 2 || j < len(s) && isWord(runeAt(s, j)) {
		return i
	}
	return j
}

func runeAt(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.In(r, unicode.Mn, unicode.Mc) ||
		r == '\u00ad' || r == '\u200d'
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

// trimSpan narrows [s, e) of body to exclude surrounding white space.
func trimSpan(body string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(body[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(body[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}
