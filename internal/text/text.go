// Package text splits bodies into paragraphs, sentences and tokens for the
// languages chancery supports.
package text

import (
	"strings"

	"chancery/internal/news"
)

// Split returns the sentences of body, a text whose paragraphs are separated
// by blank lines. lang is an ISO 639-1 code ("" for unknown).
//
// This first version splits on sentence-final punctuation followed by a space
// and an upper-case letter or a quotation mark; it is replaced by a
// per-language splitter that knows abbreviations.
func Split(lang, body string) []news.Sentence {
	var out []news.Sentence
	para := 0
	start := 0
	flush := func(end int) {
		s, e := start, end
		for s < e && (body[s] == ' ' || body[s] == '\n') {
			s++
		}
		for e > s && (body[e-1] == ' ' || body[e-1] == '\n') {
			e--
		}
		if e > s {
			out = append(out, news.Sentence{Span: news.Span{Start: s, End: e}, Para: para})
		}
		start = end
	}
	for i := 0; i < len(body); i++ {
		switch {
		case strings.HasPrefix(body[i:], "\n\n"):
			flush(i)
			para++
			i++
		case (body[i] == '.' || body[i] == '!' || body[i] == '?') && i+2 < len(body) && body[i+1] == ' ' &&
			(body[i+2] >= 'A' && body[i+2] <= 'Z' || body[i+2] == '"'):
			flush(i + 1)
		}
	}
	flush(len(body))
	return out
}
