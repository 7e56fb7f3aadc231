package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"chancery/internal/lexicon"
	"chancery/internal/news"
)

// Split returns the sentences of body, a text whose paragraphs are separated
// by blank lines, in order and without overlap. Spans are byte offsets into
// body, trimmed of white space; Para counts non-empty paragraphs from 0.
// lang is an ISO 639-1 code ("" for unknown: every language's
// abbreviations apply).
//
// A sentence ends at a blank line, at the end of a paragraph (with or
// without final punctuation), and at ".", "?", "!" or "…" (with any closing
// quotes and brackets after them) followed by white space and a word that
// does not start in lower case, a digit, an opening quote or bracket. A dot
// does not end one after an abbreviation of the language ("Dr.", "z. B.",
// "т.е."), after a single letter ("J. R. Smith"), or inside a number; an
// abbreviation that may close a sentence ("U.S.", "etc.", "г.") and, in
// languages with ordinal dots, a number ("am 16. Oktober") end one only
// before a frequent sentence starter ("The", "Die", "Он"). A quotation that
// continues its sentence ("…," he said; „…“, sagte er; he said: "….") is
// not split inside; a quotation standing alone is.
func Split(lang, body string) []news.Sentence {
	rules := lexicon.Text(lang)
	var out []news.Sentence
	para := 0
	for ps := 0; ps < len(body); {
		pe, next := paragraphEnd(body, ps)
		if s, e := trimSpan(body, ps, pe); e > s {
			n := len(out)
			out = splitParagraph(out, body, s, e, rules)
			for i := n; i < len(out); i++ {
				out[i].Para = para
			}
			para++
		}
		ps = next
	}
	return out
}

// paragraphEnd returns the end of the paragraph starting at ps (the first
// line break of a blank line) and where the next one starts.
func paragraphEnd(body string, ps int) (end, next int) {
	for i := ps; i < len(body); i++ {
		if body[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(body) && (body[j] == ' ' || body[j] == '\t' || body[j] == '\r') {
			j++
		}
		if j < len(body) && body[j] == '\n' {
			k := j
			for k < len(body) && (body[k] == '\n' || body[k] == ' ' || body[k] == '\t' || body[k] == '\r') {
				k++
			}
			return i, k
		}
	}
	return len(body), len(body)
}

// splitParagraph appends the sentences of body[ps:pe] to out.
func splitParagraph(out []news.Sentence, body string, ps, pe int, rules *lexicon.TextRules) []news.Sentence {
	quotes := quoteSpans(body, ps, pe)
	q := 0 // first quote span that may still contain a candidate
	start := ps
	for i := ps; i < pe; {
		r, n := utf8.DecodeRuneInString(body[i:pe])
		if r == '\n' {
			if lineBreakEnds(body, start, i, pe) {
				start = emitSentence(&out, body, start, i)
			}
			i += n
			continue
		}
		if !isTerminal(r) {
			i += n
			continue
		}
		// The run of terminal marks, then closing quotes and brackets.
		j, onlyDot := i, true
		for j < pe {
			r2, n2 := utf8.DecodeRuneInString(body[j:pe])
			if !isTerminal(r2) {
				break
			}
			onlyDot = onlyDot && r2 == '.'
			j += n2
		}
		dots := j - i
		for j < pe {
			r2, n2 := utf8.DecodeRuneInString(body[j:pe])
			if !isCloser(r2) {
				break
			}
			j += n2
		}
		next := i + n
		i = j
		if r == '。' || r == '！' || r == '？' { // CJK marks need no space after
			start = emitSentence(&out, body, start, j)
			continue
		}
		k := j
		for k < pe {
			r2, n2 := utf8.DecodeRuneInString(body[k:pe])
			if !isSpace(r2) {
				break
			}
			k += n2
		}
		if k == j || k >= pe {
			continue // no space after, or the paragraph ends here anyway
		}
		nx, _ := utf8.DecodeRuneInString(body[k:pe])
		if !startsSentence(nx) {
			continue
		}
		for q < len(quotes) && quotes[q].End <= j {
			q++
		}
		if q < len(quotes) && quotes[q].Start < j && j < quotes[q].End {
			continue // inside a quotation that continues its sentence
		}
		if onlyDot && dots == 1 && !dotEnds(body, ps, next-1, k, pe, rules) {
			continue
		}
		if onlyDot && dots == 1 && listMarker(body, start, next-1) {
			continue // "1. The first point", "b. Second"
		}
		start = emitSentence(&out, body, start, j)
	}
	emitSentence(&out, body, start, pe)
	return out
}

// lineBreakEnds decides whether the single line break at body[nl] ends a
// sentence. Hard-wrapped prose does not; a short line without final
// punctuation before a capitalized line (a heading, a caption, a list item)
// or a line starting with a bullet does.
func lineBreakEnds(body string, start, nl, pe int) bool {
	k := nl + 1
	for k < pe && (body[k] == ' ' || body[k] == '\t' || body[k] == '\r') {
		k++
	}
	if k >= pe {
		return false
	}
	nx, _ := utf8.DecodeRuneInString(body[k:pe])
	if isBullet(nx) {
		return true
	}
	ls := strings.LastIndexByte(body[start:nl], '\n') + 1 + start
	s, e := trimSpan(body, ls, nl)
	if e == s {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(body[s:e])
	if !startsSentence(nx) || utf8.RuneCountInString(body[s:e]) > 50 {
		return false
	}
	return isWord(last) || isCloser(last) || last == ':'
}

func isBullet(r rune) bool {
	return r == '•' || r == '·' || r == '▪' || r == '■' || r == '►' || r == '*' || r == '–' || r == '—' || r == '-'
}

func emitSentence(out *[]news.Sentence, body string, s, e int) int {
	if s, e := trimSpan(body, s, e); e > s {
		*out = append(*out, news.Sentence{Span: news.Span{Start: s, End: e}})
	}
	return e
}

// dotEnds decides whether the dot at body[dot] ends a sentence, given the
// next word starting at k.
func dotEnds(body string, ps, dot, k, pe int, rules *lexicon.TextRules) bool {
	ws := wordStart(body, ps, dot)
	word := body[ws:dot]
	if word == "" {
		return true
	}
	letters, digits := 0, 0
	for _, r := range word {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	starter := func() bool {
		nx, _ := utf8.DecodeRuneInString(body[k:pe])
		if isOpener(nx) {
			return true
		}
		w := nextWord(body, k, pe)
		if k+len(w) < pe && body[k+len(w)] == '.' && utf8.RuneCountInString(w) == 1 {
			return false // another initial: "С. В. Лавров"
		}
		return rules.Starters[lexicon.Fold(w)]
	}
	if digits == 0 && letters == 1 && utf8.RuneCountInString(word) == 1 {
		return starter() // an initial, or "z." of "z. B."; "Plan B. The" ends
	}
	key := lexicon.AbbrevKey(body[ws : dot+1])
	if end, ok := rules.Abbrev[key]; ok {
		return end && starter()
	}
	// Two-part abbreviations written with a space: "EE. UU.", "т. е.".
	if pw := wordStart(body, ps, max(ws-1, ps)); pw < ws && ws > ps && isSpace(runeBefore(body, ws)) {
		key = lexicon.AbbrevKey(body[pw : dot+1])
		if end, ok := rules.Abbrev[key]; ok {
			return end && starter()
		}
	}
	if initials(body[ws : dot+1]) {
		return starter() // "В.В. Путин", "J.R. Smith"; "the E.U. The" ends
	}
	if rules.OrdinalDot && letters == 0 && digits > 0 && digits <= 3 && digits == len(word) {
		return starter()
	}
	return true
}

// initials reports whether w is single letters each followed by a dot.
func initials(w string) bool {
	n := 0
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsLetter(r) || i+size >= len(w) || w[i+size] != '.' {
			return false
		}
		i += size + 1
		n++
	}
	return n > 0
}

// listMarker reports whether the sentence so far, body[start:dot], is only a
// list number or letter: up to three digits or one letter.
func listMarker(body string, start, dot int) bool {
	s, e := trimSpan(body, start, dot)
	w := body[s:e]
	if w == "" || len(w) > 3 {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	for _, c := range []byte(w) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// wordStart returns where the word ending at end begins: after the last
// space, opening quote or bracket before it.
func wordStart(body string, ps, end int) int {
	i := end
	for i > ps {
		r, n := utf8.DecodeLastRuneInString(body[ps:i])
		if isSpace(r) || isOpener(r) || r == '(' || r == '[' {
			break
		}
		i -= n
	}
	return i
}

func runeBefore(body string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(body[:i])
	return r
}

// nextWord returns the letters starting at k.
func nextWord(body string, k, pe int) string {
	j := k
	for j < pe {
		r, n := utf8.DecodeRuneInString(body[j:pe])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return body[k:j]
}

func isTerminal(r rune) bool {
	return r == '.' || r == '?' || r == '!' || r == '…' || r == '。' || r == '！' || r == '？'
}

// startsSentence reports whether r may begin a sentence: a letter that is
// not lower case (scripts without case count), a digit, an opening quote,
// bracket or Spanish inverted mark.
func startsSentence(r rune) bool {
	switch {
	case unicode.IsLetter(r):
		return !unicode.IsLower(r)
	case unicode.IsDigit(r), unicode.Is(unicode.So, r), r >= 0x1F000 && r <= 0x1FAFF:
		return true
	}
	return isOpener(r) || r == '(' || r == '[' || r == '¿' || r == '¡'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '“', '»', '«', '›', '‹', '’', '‘', ')', ']', '}', '」', '』':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '„', '«', '»', '‹', '›', '‘', '‚', '「', '『':
		return true
	}
	return false
}

// closes reports whether c closes a quotation opened by o, in any of the
// conventions of the supported languages: "…", “…”, „…“, «…», »…«, ‹…›,
// ‘…’, ‚…‘.
func closes(o, c rune) bool {
	switch o {
	case '"', '\'':
		return c == o
	case '“':
		return c == '”' || c == '“'
	case '„':
		return c == '“' || c == '”'
	case '«':
		return c == '»'
	case '»':
		return c == '«'
	case '‹':
		return c == '›'
	case '›':
		return c == '‹'
	case '‘':
		return c == '’'
	case '‚':
		return c == '‘' || c == '’'
	case '「':
		return c == '」'
	case '『':
		return c == '』'
	}
	return false
}

// quoteSpans returns the outermost matched quotations of body[ps:pe] that
// continue their sentence (see Split), in order and disjoint. Marks that
// cannot open or close in their place (the apostrophe of "Venezuela’s")
// are ignored; a quotation left open at the end of the paragraph is
// ignored too, so an unbalanced mark cannot swallow sentences.
func quoteSpans(body string, ps, pe int) []news.Span {
	type open struct {
		r   rune
		pos int
	}
	var stack []open
	var out []news.Span
	prev := ' '
	for i := ps; i < pe; {
		r, n := utf8.DecodeRuneInString(body[i:pe])
		if isOpener(r) || isCloser(r) && r != ')' && r != ']' && r != '}' {
			next := ' '
			if i+n < pe {
				next, _ = utf8.DecodeRuneInString(body[i+n : pe])
			}
			canClose := !isWord(next)
			canOpen := !isWord(prev) && (!isSpace(next) || r == '«' || r == '»')
			closed := false
			if canClose {
				for d := len(stack) - 1; d >= 0; d-- {
					if closes(stack[d].r, r) {
						if d == 0 {
							if sp := (news.Span{Start: stack[0].pos, End: i + n}); continues(body, ps, pe, sp) {
								out = append(out, sp)
							}
						}
						stack = stack[:d]
						closed = true
						break
					}
				}
			}
			if !closed && canOpen && isOpener(r) && len(stack) < 16 {
				stack = append(stack, open{r, i})
			}
		}
		prev = r
		i += n
	}
	return out
}

// continues reports whether the quotation sp belongs to a longer sentence:
// text before it that does not end a sentence (he said: "…"), or text after
// it that is not a new sentence ("…," he said).
func continues(body string, ps, pe int, sp news.Span) bool {
	// After: the first non-space rune.
	k := sp.End
	for k < pe {
		r, n := utf8.DecodeRuneInString(body[k:pe])
		if !isSpace(r) {
			break
		}
		k += n
	}
	if k < pe {
		r, _ := utf8.DecodeRuneInString(body[k:pe])
		if !startsSentence(r) || r == '(' {
			return true
		}
	}
	// Inside, just before the closing mark: "…," he said.
	if r := runeBefore(body, sp.End-utf8.RuneLen(runeBefore(body, sp.End))); r == ',' {
		return true
	}
	// Before: the last non-space rune, skipping closing marks.
	j := sp.Start
	for j > ps {
		r, n := utf8.DecodeLastRuneInString(body[ps:j])
		if !isSpace(r) && !isCloser(r) {
			return !isTerminal(r)
		}
		j -= n
	}
	return false
}
