package event

import (
	"sort"
	"strings"
	"unicode/utf8"

	"chancery/internal/lexicon"
)

// maxGap is how many words a "..." in a pattern may skip: enough for a
// German separable verb around its object ("lehnte den Vorschlag ab").
const maxGap = 7

// elem is one word of a compiled pattern.
type elem struct {
	word string // folded
	stem bool   // matches any word starting with word
	gap  bool   // may be preceded by up to maxGap other words
}

// pattern is a compiled lexicon rule.
type pattern struct {
	class string
	elems []elem
	flags []string
	text  string // as written, for messages
}

func (p *pattern) has(f string) bool {
	for _, g := range p.flags {
		if g == f {
			return true
		}
	}
	return false
}

// matcher finds patterns in token sequences. Patterns are indexed by their
// first word (exact) or stem, so a scan costs a few map probes per token
// whatever the size of the table.
type matcher struct {
	exact   map[string][]*pattern
	stems   map[string][]*pattern
	maxStem int // longest stem in bytes, bounds the prefix probes
}

// match is one occurrence of a pattern: the indexes of the tokens its words
// matched (increasing).
type match struct {
	p   *pattern
	idx []int
}

func (m match) first() int { return m.idx[0] }
func (m match) last() int  { return m.idx[len(m.idx)-1] }

func newMatcher(rules []lexicon.Rule) *matcher {
	m := &matcher{exact: map[string][]*pattern{}, stems: map[string][]*pattern{}}
	for _, r := range rules {
		p := compile(r)
		if p == nil {
			continue
		}
		e := p.elems[0]
		if e.stem {
			m.stems[e.word] = append(m.stems[e.word], p)
			if len(e.word) > m.maxStem {
				m.maxStem = len(e.word)
			}
		} else {
			m.exact[e.word] = append(m.exact[e.word], p)
		}
	}
	return m
}

// compile turns a rule's pattern into elements; words are cut and folded as
// the tokenizer cuts text ("s'est" → "s", "est"). A rule with no word is
// skipped.
func compile(r lexicon.Rule) *pattern {
	p := &pattern{class: r.Class, flags: r.Flags, text: r.Pattern}
	gap := false
	for _, w := range strings.Fields(r.Pattern) {
		if w == "..." || w == "…" {
			gap = true
			continue
		}
		stem := strings.HasSuffix(w, "*")
		w = strings.TrimSuffix(w, "*")
		toks := tokenize(w, 0, len(w))
		words := toks[:0]
		for _, t := range toks {
			if !t.punct {
				words = append(words, t)
			}
		}
		for i, t := range words {
			p.elems = append(p.elems, elem{word: t.fold, stem: stem && i == len(words)-1, gap: gap && i == 0})
		}
		gap = false
	}
	if len(p.elems) == 0 {
		return nil
	}
	return p
}

func (e elem) ok(t token) bool {
	if t.punct {
		return false
	}
	if e.stem {
		return strings.HasPrefix(t.fold, e.word)
	}
	return t.fold == e.word
}

// all returns every occurrence of every pattern in toks, overlapping ones
// included, in order of first token.
func (m *matcher) all(toks []token) []match {
	if m == nil {
		return nil
	}
	var out []match
	for i, t := range toks {
		if t.punct {
			continue
		}
		for _, p := range m.exact[t.fold] {
			if idx := extend(p, toks, i); idx != nil {
				out = append(out, match{p: p, idx: idx})
			}
		}
		// Probe every prefix of the word that could be a stem.
		for n := 1; n <= len(t.fold) && n <= m.maxStem; n++ {
			if n < len(t.fold) && !utf8.RuneStart(t.fold[n]) {
				continue
			}
			for _, p := range m.stems[t.fold[:n]] {
				if idx := extend(p, toks, i); idx != nil {
					out = append(out, match{p: p, idx: idx})
				}
			}
		}
	}
	return out
}

// extend matches the rest of p after its first word at toks[i]. A gap skips
// words and quotation marks but no other punctuation: a pattern stays within
// a clause.
func extend(p *pattern, toks []token, i int) []int {
	idx := []int{i}
	j := i + 1
	for _, e := range p.elems[1:] {
		found := -1
		limit := 0
		if e.gap {
			limit = maxGap
		}
		for k := j; k < len(toks) && k <= j+limit; k++ {
			if toks[k].punct && (!e.gap || toks[k].fold != `"`) {
				break // a gap may pass quotation marks: "примет «иные меры»"
			}
			if toks[k].punct {
				continue
			}
			if e.ok(toks[k]) {
				found = k
				break
			}
		}
		if found < 0 {
			return nil
		}
		idx = append(idx, found)
		j = found + 1
	}
	return idx
}

// best keeps the longest of overlapping matches (more words first, then the
// earlier one): "held talks" wins over "talks", a masking pattern over the
// trigger it contains.
func best(ms []match) []match {
	sorted := append([]match(nil), ms...)
	sort.SliceStable(sorted, func(a, b int) bool {
		if len(sorted[a].idx) != len(sorted[b].idx) {
			return len(sorted[a].idx) > len(sorted[b].idx)
		}
		if sorted[a].first() != sorted[b].first() {
			return sorted[a].first() < sorted[b].first()
		}
		// On one word, a whole word is more telling than a stem: "NONE
		// críticos" (critical, critics) over "ACCUSE critic*".
		return specific(sorted[a].p.text) > specific(sorted[b].p.text)
	})
	used := map[int]bool{}
	var out []match
	for _, m := range sorted {
		clash := false
		for _, k := range m.idx {
			if used[k] {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		for _, k := range m.idx {
			used[k] = true
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].first() < out[b].first() })
	return out
}
