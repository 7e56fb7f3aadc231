package web

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"chancery/internal/news"
)

// Marked-up article text is built as data: a list of paragraphs, each a
// list of plain-text segments with the marks that cover them. The template
// escapes every segment's text and writes the <mark> and <span> elements
// itself, so article text can never become markup.

// mark is one highlighted span of a body.
type mark struct {
	news.Span
	// Layer 0 holds sentences (event evidence), layer 1 inline marks
	// (actors, dates) that may lie inside a sentence.
	Layer int
	Kind  string // CSS class suffix: "ev", "state", "person", "date" …
	Title string // tooltip
	Href  string // link target, "" for none
}

// seg is a run of text under at most one mark of each layer.
type seg struct {
	Text string
	Sent *mark // layer 0, nil when outside every marked sentence
	In   *mark // layer 1
	Last bool  // the segment ends its sentence mark
}

// para is one paragraph of marked-up text.
type para struct {
	Start int // byte offset of the paragraph in the body
	Segs  []seg
}

// run is a stretch of a paragraph under one sentence mark (or none), so a
// sentence renders as one <mark> with its inline marks inside.
type run struct {
	Sent *mark
	Segs []seg
}

// Runs groups a paragraph's segments by sentence mark.
func (p para) Runs() []run {
	var out []run
	for _, s := range p.Segs {
		if n := len(out); n > 0 && out[n-1].Sent == s.Sent && !out[n-1].Segs[len(out[n-1].Segs)-1].Last {
			out[n-1].Segs = append(out[n-1].Segs, s)
			continue
		}
		out = append(out, run{Sent: s.Sent, Segs: []seg{s}})
	}
	return out
}

// clampSpan fits s into body and onto rune boundaries; ok is false when
// nothing is left. Spans come from the store and may be stale or corrupt.
func clampSpan(body string, s news.Span) (news.Span, bool) {
	s.Start = max(0, min(s.Start, len(body)))
	s.End = max(0, min(s.End, len(body)))
	for s.Start > 0 && s.Start < len(body) && !utf8.RuneStart(body[s.Start]) {
		s.Start--
	}
	for s.End < len(body) && !utf8.RuneStart(body[s.End]) {
		s.End++
	}
	return s, s.End > s.Start
}

// layer returns the marks of one layer, clamped, sorted and without
// overlaps: of two overlapping marks the one starting first (or, at equal
// starts, the longer) wins.
func layer(body string, marks []mark, n int) []mark {
	var out []mark
	for _, m := range marks {
		if m.Layer != n {
			continue
		}
		sp, ok := clampSpan(body, m.Span)
		if !ok {
			continue
		}
		m.Span = sp
		out = append(out, m)
	}
	slices.SortStableFunc(out, func(a, b mark) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.End, a.End)
	})
	kept := out[:0]
	end := -1
	for _, m := range out {
		if m.Start >= end {
			kept = append(kept, m)
			end = m.End
		}
	}
	return kept
}

// paragraphs returns the byte ranges of the non-blank paragraphs of body
// (separated by blank lines).
func paragraphs(body string) []news.Span {
	var out []news.Span
	start := 0
	for start <= len(body) {
		i := strings.Index(body[start:], "\n\n")
		end := len(body)
		if i >= 0 {
			end = start + i
		}
		if strings.TrimSpace(body[start:end]) != "" {
			out = append(out, news.Span{Start: start, End: end})
		}
		if i < 0 {
			break
		}
		start = end + 2
	}
	return out
}

// markup splits body into paragraphs of segments under marks. The
// concatenated segment texts of each paragraph are exactly its bytes.
// Work is linear in the body plus n log n in the number of marks.
func markup(body string, marks []mark) []para {
	l0, l1 := layer(body, marks, 0), layer(body, marks, 1)
	var out []para
	i0, i1 := 0, 0
	for _, p := range paragraphs(body) {
		pr := para{Start: p.Start}
		pos := p.Start
		for pos < p.End {
			for i0 < len(l0) && l0[i0].End <= pos {
				i0++
			}
			for i1 < len(l1) && l1[i1].End <= pos {
				i1++
			}
			next := p.End
			var s seg
			for _, cur := range []struct {
				m   []mark
				i   int
				dst **mark
			}{{l0, i0, &s.Sent}, {l1, i1, &s.In}} {
				if cur.i >= len(cur.m) {
					continue
				}
				m := &cur.m[cur.i]
				if m.Start <= pos {
					*cur.dst = m
					next = min(next, m.End)
				} else {
					next = min(next, m.Start)
				}
			}
			s.Text = body[pos:next]
			s.Last = s.Sent != nil && (next >= s.Sent.End || next >= p.End)
			pr.Segs = append(pr.Segs, s)
			pos = next
		}
		out = append(out, pr)
	}
	return out
}

// excerpt returns the paragraph of body that holds span, with the span
// marked as evidence; ok is false when the span does not fit the body.
func excerpt(body string, span news.Span, marks ...mark) (para, bool) {
	sp, ok := clampSpan(body, span)
	if !ok || sp != span {
		return para{}, false
	}
	start := strings.LastIndex(body[:sp.Start], "\n\n")
	if start < 0 {
		start = 0
	} else {
		start += 2
	}
	end := strings.Index(body[sp.End:], "\n\n")
	if end < 0 {
		end = len(body)
	} else {
		end += sp.End
	}
	text := body[start:end]
	ms := []mark{{Span: news.Span{Start: sp.Start - start, End: sp.End - start}, Kind: "ev"}}
	for _, m := range marks {
		if m.Start >= start && m.End <= end {
			m.Start -= start
			m.End -= start
			ms = append(ms, m)
		}
	}
	// The paragraph is one unit even if it holds no blank line; join every
	// paragraph markup finds (there is one unless the span crosses a blank
	// line, which a sentence never does).
	var out para
	out.Start = start
	for i, p := range markup(text, ms) {
		if i > 0 {
			out.Segs = append(out.Segs, seg{Text: "\n\n"})
		}
		out.Segs = append(out.Segs, p.Segs...)
	}
	return out, len(out.Segs) > 0
}
