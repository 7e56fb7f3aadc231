package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one whitespace-separated word of a paragraph.
type word struct {
	text       string
	start, end int
}

func splitWords(s string, lo, hi int) []word {
	var out []word
	i := lo
	for i < hi {
		for i < hi && s[i] == ' ' {
			i++
		}
		j := i
		for j < hi && s[j] != ' ' {
			j++
		}
		if j > i {
			out = append(out, word{s[i:j], i, j})
		}
		i = j
	}
	return out
}

// sentenceEnd returns the end of the sentence starting at p: just after its
// final punctuation (and closing quotes) when a new sentence follows, or
// len(s).
func sentenceEnd(s string, p int) int {
	for q := p + 1; q < len(s); q++ {
		if s[q-1] == ' ' && s[q] != ' ' && isBoundary(s, q) {
			return strings.LastIndexFunc(s[:q], func(r rune) bool { return r != ' ' }) + 1
		}
	}
	return len(s)
}

// opensSentence reports whether w, a capitalized function word, can begin a
// new sentence here: it is not glued to a colon, quote, bracket or dash that
// would make it part of the phrase before.
func opensSentence(s string, w word, fw map[string]bool) bool {
	core := strings.TrimRightFunc(w.text, func(r rune) bool { return r == ',' })
	if !fw[core] {
		return false
	}
	prev := strings.TrimRight(s[:w.start], " ")
	r, _ := utf8.DecodeLastRuneInString(prev)
	switch r {
	case ':', ';', ',', '"', '“', '„', '«', '(', '-', '–', '—', '\'', '‘', '/':
		return false
	}
	return true
}

// headlineEnd returns where a headline that starts at byte from ends: at
// the last capitalized function word that opens a new sentence before the
// next final punctuation, else at that punctuation (or the end).
func headlineEnd(s string, from int, fw map[string]bool) int {
	t := sentenceEnd(s, from)
	ws := splitWords(s, from, t)
	for i := len(ws) - 1; i >= 2; i-- {
		if opensSentence(s, ws[i], fw) {
			return ws[i].start
		}
	}
	return t
}

// cutRelated removes "Read more: <headline>" markers with their headline
// wherever a sentence may start in s. It reports whether s ends with a bare
// marker, whose headline is then on the next line(s).
func (d *doc) cutRelated(s string) (string, bool) {
	rel := mk.get("related")
	for iter := 0; iter < 10; iter++ {
		hit := false
		for _, b := range boundaries(s, 0, len(s)) {
			n := rel.prefix(s[b:])
			if n == 0 {
				continue
			}
			after := b + n
			rest := strings.TrimLeft(s[after:], " ")
			sep := strings.TrimLeftFunc(rest, func(r rune) bool {
				return r == ':' || r == '-' || r == '–' || r == '—' || r == '|' || r == '»' || r == '>' || r == '›' || r == ' '
			})
			hasSep := len(sep) < len(rest)
			multi := strings.Contains(strings.TrimSpace(s[b:after]), " ")
			if sep == "" {
				// A bare marker: its headline follows on the next line.
				if hasSep || multi || b == 0 {
					d.drop(strings.TrimSpace(s[b:]), "related")
					return strings.TrimSpace(s[:b]), true
				}
				continue
			}
			r := firstRune(sep)
			if !hasSep && !(multi && (unicode.IsUpper(r) || isCloser(r) || unicode.IsDigit(r))) {
				continue
			}
			from := len(s) - len(sep)
			end := headlineEnd(s, from, d.fw)
			d.drop(strings.TrimSpace(s[b:end]), "related")
			s = strings.TrimSpace(strings.TrimSpace(s[:b]) + " " + strings.TrimSpace(s[end:]))
			hit = true
			break
		}
		if !hit {
			break
		}
	}
	return s, false
}

// cutFragments removes headlines pasted into a paragraph without a marker:
// after a sentence's final punctuation, a run of words with no punctuation
// of its own that reads as a headline (a colon or dash inside, or title
// case in languages that write headlines that way), followed by a
// capitalized word that opens sentences ("... stärken." Headline: Words Here
// Darüber hinaus ...).
func (d *doc) cutFragments(s string) string {
	for iter := 0; iter < 10; iter++ {
		cut := false
		bs := boundaries(s, 1, len(s))
		for _, b := range bs {
			t := sentenceEnd(s, b)
			ws := splitWords(s, b, t)
			k := -1
			for i := len(ws) - 1; i >= 3; i-- {
				if opensSentence(s, ws[i], d.fw) {
					k = i
					break
				}
			}
			if k < 0 || k > 16 || len(ws)-k < 3 {
				continue
			}
			frag := s[b:ws[k].start]
			if !d.headlineLike(frag, ws[:k]) {
				continue
			}
			d.drop(strings.TrimSpace(frag), "related")
			s = s[:b] + s[ws[k].start:]
			cut = true
			break
		}
		if !cut {
			break
		}
	}
	return s
}

// headlineLike judges a fragment cut from a paragraph.
func (d *doc) headlineLike(frag string, ws []word) bool {
	if strings.ContainsAny(frag, "\"“”„«»") && strings.Count(frag, "\"")%2 == 1 {
		return false
	}
	first := firstRune(frag)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if strings.HasSuffix(w.text, ":") || w.text == "-" || w.text == "–" || w.text == "—" || w.text == "|" {
			return true
		}
	}
	if d.lang == "de" || d.lang == "" {
		return false // nouns are capitalized: title case proves nothing
	}
	caps, long := 0, 0
	for _, w := range ws {
		if utf8.RuneCountInString(w.text) < 4 {
			continue
		}
		long++
		if unicode.IsUpper(firstRune(w.text)) {
			caps++
		}
	}
	return long >= 3 && caps*4 >= long*3 && d.lang == "en"
}
