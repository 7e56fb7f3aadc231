package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize unifies line ends and spaces and removes invisible characters,
// so that every later rule sees one spelling of the same text.
func normalize(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch r {
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case '\u00a0', '\u2007', '\u202f', '\t', '\u2009', '\u200a', '\u3000', '\v', '\f':
			b.WriteByte(' ')
		case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u2060', 0:
		case '\u2028', '\u2029', '\u0085':
			b.WriteByte('\n')
		default:
			if r < 0x20 && r != '\n' {
				b.WriteByte(' ')
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// squeeze collapses runs of spaces and trims.
func squeeze(s string) string {
	if !strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// closers may follow a sentence's final punctuation.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '“', '«':
		return true
	}
	return false
}

func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。':
		return true
	}
	return false
}

// endsSentence reports whether s ends with final punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return r == ' ' || isCloser(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return isTerminal(r)
}

// isBoundary reports whether a sentence may start at byte p of s: at the
// start, or after final punctuation (and closing quotes) and a space.
func isBoundary(s string, p int) bool {
	if p == 0 {
		return true
	}
	if p > len(s) || s[p-1] != ' ' {
		return false
	}
	q := strings.TrimRightFunc(s[:p], func(r rune) bool { return r == ' ' || isCloser(r) })
	r, _ := utf8.DecodeLastRuneInString(q)
	return isTerminal(r)
}

// boundaries lists the sentence starts of s in [lo, hi).
func boundaries(s string, lo, hi int) []int {
	var out []int
	if lo == 0 {
		out = append(out, 0)
	}
	for p := max(lo, 1); p < hi && p < len(s); p++ {
		if s[p-1] == ' ' && s[p] != ' ' && isBoundary(s, p) {
			out = append(out, p)
		}
	}
	return out
}

func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := r == ' ' || r == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// isSymbolLead reports runes that open an embedded post rather than prose:
// emoji, flags, replacement characters left by lost emoji, hashtags, handles.
func isSymbolLead(r rune) bool {
	return r == '\uFFFD' || r == '#' || r == '@' || r >= 0x1F000 ||
		unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || (r >= 0x2600 && r <= 0x27BF)
}

// foldKey reduces a line to letters and digits in lower case, for finding
// repeats whatever their punctuation or bullets.
func foldKey(s string) string {
	var b strings.Builder
	sp := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sp && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(unicode.ToLower(r))
			sp = false
		} else {
			sp = true
		}
	}
	return b.String()
}

// titleCase writes an all-capitals place name in title case ("NEW YORK" →
// "New York") and leaves mixed-case names as written.
func titleCase(s string) string {
	if hasLower(s) {
		return s
	}
	var b strings.Builder
	start := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if start {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			start = false
			continue
		}
		b.WriteRune(r)
		start = r == ' ' || r == '-'
	}
	return b.String()
}
