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

// snippet is a piece of one paragraph around one or more evidence spans.
type snippet struct {
	Para          para
	Before, After bool  // text of the paragraph was left out before / after
	Spans         []int // indices of the spans shown
}

// maxContext bounds the context kept on each side of the evidence, so a
// wall-of-text paragraph does not flood an event page.
const maxContext = 320

// excerpts cuts body into snippets around spans: the spans of one
// paragraph share one snippet with every span marked as evidence, widened
// by one sentence on each side (sents, when known) and at most maxContext
// bytes, cut at a space. inline marks (layer 1) inside a snippet are kept.
// Spans that do not fit the body are in bad.
func excerpts(body string, spans []news.Span, sents []news.Sentence, inline []mark) (out []snippet, bad []int) {
	paras := paragraphs(body)
	type group struct {
		para   news.Span
		lo, hi int
		idx    []int
	}
	type valid struct{ i, para int }
	var vs []valid
	for i, sp := range spans {
		c, ok := clampSpan(body, sp)
		if !ok || c != sp {
			bad = append(bad, i)
			continue
		}
		pi := -1
		for j, p := range paras {
			if sp.Start >= p.Start && sp.Start < p.End {
				pi = j
				break
			}
		}
		if pi < 0 {
			bad = append(bad, i)
			continue
		}
		vs = append(vs, valid{i, pi})
	}
	slices.SortStableFunc(vs, func(a, b valid) int { return cmp.Compare(spans[a.i].Start, spans[b.i].Start) })
	// Spans of one paragraph close to each other share a snippet; far apart
	// they get their own, so the text between them is not all shown.
	var groups []*group
	var last *group
	lastPara := -1
	for _, v := range vs {
		sp := spans[v.i]
		if last == nil || v.para != lastPara || sp.Start-last.hi > maxContext {
			last = &group{para: paras[v.para], lo: sp.Start, hi: sp.End}
			lastPara = v.para
			groups = append(groups, last)
		}
		last.lo, last.hi = min(last.lo, sp.Start), max(last.hi, sp.End)
		last.idx = append(last.idx, v.i)
	}
	slices.SortFunc(groups, func(a, b *group) int { return cmp.Compare(a.lo, b.lo) })
	for _, g := range groups {
		ps, pe := g.para.Start, max(g.para.End, g.hi)
		lo, hi := max(ps, g.lo-maxContext), min(pe, g.hi+maxContext)
		if len(sents) > 0 {
			// One sentence of context each side, within the byte cap.
			prev, next := g.lo, g.hi
			for _, st := range sents {
				if st.End < st.Start { // corrupt: ignore
					continue
				}
				if st.End <= g.lo && st.Start >= ps {
					prev = st.Start
				}
				if st.Start >= g.hi && st.End <= pe && next == g.hi {
					next = st.End
				}
			}
			lo, hi = max(lo, prev), min(hi, next)
		}
		lo, hi = min(lo, g.lo), max(hi, g.hi) // never cut the evidence
		if lo > ps && !(len(sents) > 0 && isSentenceStart(sents, lo)) {
			if k := strings.IndexByte(body[lo:g.lo], ' '); k >= 0 {
				lo += k + 1
			}
		}
		if hi < pe && !(len(sents) > 0 && isSentenceEnd(sents, hi)) {
			if k := strings.LastIndexByte(body[g.hi:hi], ' '); k >= 0 {
				hi = g.hi + k
			}
		}
		w, _ := clampSpan(body, news.Span{Start: lo, End: hi})
		lo, hi = w.Start, w.End
		pe = max(pe, hi)
		var ms []mark
		for _, i := range g.idx {
			ms = append(ms, mark{Span: news.Span{Start: spans[i].Start - lo, End: spans[i].End - lo}, Kind: "ev"})
		}
		for _, m := range inline {
			if m.Start >= lo && m.End <= hi {
				m.Start -= lo
				m.End -= lo
				ms = append(ms, m)
			}
		}
		sn := snippet{Para: para{Start: lo}, Spans: g.idx,
			Before: strings.TrimSpace(body[ps:lo]) != "", After: strings.TrimSpace(body[hi:pe]) != ""}
		for i, p := range markup(body[lo:hi], ms) {
			if i > 0 {
				sn.Para.Segs = append(sn.Para.Segs, seg{Text: "\n\n"})
			}
			sn.Para.Segs = append(sn.Para.Segs, p.Segs...)
		}
		out = append(out, sn)
	}
	return out, bad
}

func isSentenceStart(sents []news.Sentence, at int) bool {
	for _, s := range sents {
		if s.Start == at {
			return true
		}
	}
	return false
}

func isSentenceEnd(sents []news.Sentence, at int) bool {
	for _, s := range sents {
		if s.End == at {
			return true
		}
	}
	return false
}
