package event

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"chancery/internal/lexicon"
	"chancery/internal/news"
)

// qspan is a quotation found in the body: marks at open and close (close
// may equal the end of a paragraph when the quote was never closed).
type qspan struct {
	open, close int // byte offsets of the opening mark and of the closing mark (or end)
	in          news.Span
	orphan      bool // a closing mark whose quote began with its paragraph
	dash        bool // dialogue: a paragraph opened by a dash ("– … – powiedział X.")
	single      bool // straight single quotes: kept only when framed by a speech verb
}

// speakerAt is a speaker named by a speech verb at a place in the body.
type speakerAt struct {
	pos    int
	entity string
	code   string
}

const (
	maxQuoteParas = 4
	maxQuoteBytes = 6000
)

// closers gives, for each opening mark, the marks that may close it.
var closers = map[rune]string{
	'"': `"`,
	'“': "”“",   // “…” and, in sloppy copy, “…“
	'„': "“”\"", // „…“ and, in sloppy copy, „…"
	'«': "»",
	'»': "«", // German »…«
	'‘': "’",
	// Straight single quotes (Dutch and some British copy): 'We agreed,'
	// he said. Only when a speech verb frames them, as ' is mostly an
	// apostrophe.
	'\'': "'’",
	'‹':  "›",
	'‚':  "‘’",
}

// isDash reports whether r is a dash that may open or close dialogue.
func isDash(r rune) bool { return r == '–' || r == '—' || r == '-' || r == '―' }

// dashAt reports whether a dialogue dash stands at i: a dash with a space
// (or the paragraph start) before it and a space after it, or a Spanish
// raya glued to the words it opens ("—Vamos") or to the verb it introduces
// (" —dijo"). Hyphens inside words ("Russia-Venezuela") never qualify.
func dashAt(body string, i, paraStart int) (int, bool) {
	r, n := utf8.DecodeRuneInString(body[i:])
	if !isDash(r) || i+n >= len(body) {
		return n, false
	}
	after, _ := utf8.DecodeRuneInString(body[i+n:])
	spaced := after == ' ' || after == '\u00a0'
	// The Spanish raya sits glued to the words: "—Vamos —dijo—."
	glued := r != '-' && unicode.IsLetter(after)
	if !spaced && !glued {
		return n, false
	}
	if i == paraStart {
		return n, true
	}
	before, _ := utf8.DecodeLastRuneInString(body[:i])
	if before != ' ' && before != '\u00a0' {
		return n, false
	}
	return n, spaced || unicode.IsLower(after)
}

// dashQuotes finds dialogue quotes, the Polish and Russian way of quoting:
// a paragraph opens with a dash, the words run to the next dash that
// introduces the attribution ("– Nie zgodzimy się – powiedział Sowa."),
// and a dash after the attribution's full stop resumes them ("… Sowa. –
// Będziemy rozmawiać."). Words with no closing dash run to the end of the
// paragraph.
func dashQuotes(body string) []qspan {
	var out []qspan
	for ps := 0; ps < len(body); {
		pe := strings.Index(body[ps:], "\n\n")
		if pe < 0 {
			pe = len(body)
		} else {
			pe += ps
		}
		i := ps
		for i < pe && (body[i] == ' ' || body[i] == '\n') {
			i++
		}
		if n, ok := dashAt(body, i, i); ok && i < pe {
			out = dialogue(body, i, n, pe, out)
		} else {
			// "… z niepokojem przyjmują sygnały. – Jak tylko coś się
			// dzieje – mówi X.": dialogue may open after a sentence of
			// narration in the same paragraph (a spaced dash, not a
			// hyphen, right after a full stop).
			for j := i; j+2 < pe; j++ {
				if c := body[j]; c != '.' && c != '!' && c != '?' {
					continue
				}
				k := j + 1
				if k >= pe || body[k] != ' ' {
					continue
				}
				k++
				if r, _ := utf8.DecodeRuneInString(body[k:pe]); r == '-' || !isDash(r) {
					continue
				}
				if n, ok := dashAt(body, k, -1); ok {
					out = dialogue(body, k, n, pe, out)
					break
				}
			}
		}
		ps = pe + 2
	}
	return out
}

// dialogue reads the quotes of one dash-opened paragraph body[open:pe).
func dialogue(body string, open, n, pe int, out []qspan) []qspan {
	for open >= 0 && open < pe {
		from := open + n
		end, cn := pe, 0
		for j := from; j < pe; {
			r, m := utf8.DecodeRuneInString(body[j:pe])
			if isDash(r) {
				if _, ok := dashAt(body, j, -1); ok && j > from {
					end, cn = j, m
					break
				}
			}
			j += m
		}
		for from < end && strings.IndexByte(".,;: ", body[from]) >= 0 {
			from++ // "—dijo—. Es lo que…": the stop closes the attribution
		}
		in := trimSpan(body, from, end)
		if in.End > in.Start {
			out = append(out, qspan{open: open, close: end, in: in, dash: true})
		}
		if end >= pe {
			break
		}
		// The attribution ends with its sentence, or with a raya glued to
		// its last word ("—dijo el ministro—."); a dash then resumes the
		// words.
		open = -1
		for j := end + cn; j+1 < pe; j++ {
			if r, m := utf8.DecodeRuneInString(body[j:pe]); r != '-' && isDash(r) && j > end+cn && body[j-1] != ' ' {
				k := j + m
				for k < pe && strings.IndexByte(".,;: ", body[k]) >= 0 {
					k++
				}
				if k < pe && k > j+m {
					open, n = j, m
				}
				break
			}
			if c := body[j]; c == '.' || c == '!' || c == '?' {
				k := j + 1
				for k < pe && body[k] == ' ' {
					k++
				}
				if k > j+1 && k < pe {
					if n2, ok := dashAt(body, k, -1); ok {
						open, n = k, n2
					}
				}
				break
			}
		}
	}
	return out
}

// findQuotes scans the body for quotations. A quote may run over several
// paragraphs (the English habit of reopening each paragraph); a single ‘…’
// counts only when it holds several words, as ’ is also an apostrophe.
func findQuotes(body string) []qspan {
	var out []qspan
	paraStart := 0
	i := 0
	for i < len(body) {
		r, n := utf8.DecodeRuneInString(body[i:])
		if r == '\n' && strings.HasPrefix(body[i:], "\n\n") {
			paraStart = i + 2
			i += 2
			continue
		}
		cl, ok := closers[r]
		if !ok || !opens(body, i, n, r) {
			if isCloser(r) && closes(body, i, n) && r != '’' {
				// A closing mark with no opening in its paragraph: a quote
				// that began with the paragraph ("We agreed …," he said).
				if q, ok := orphan(body, paraStart, i, n); ok && (len(out) == 0 || out[len(out)-1].close < paraStart) {
					out = append(out, q)
				}
			}
			i += n
			continue
		}
		end, next := closeOf(body, i+n, r, cl)
		if end < 0 {
			i += n
			continue
		}
		q := qspan{open: i, close: end, in: trimSpan(body, i+n, end), single: r == '\''}
		if (r == '‘' || r == '\'') && words(body[q.in.Start:q.in.End]) < 4 {
			i += n
			continue
		}
		if q.in.End > q.in.Start {
			out = append(out, q)
		}
		if next <= i {
			next = i + n
		}
		// Keep track of the paragraph we end in.
		if k := strings.LastIndex(body[i:next], "\n\n"); k >= 0 {
			paraStart = i + k + 2
		}
		i = next
	}
	return out
}

// mergeQuotes puts dialogue quotes among the marked ones in body order;
// a quotation inside another one ("– To „nowy etap” – powiedział.") is
// part of it.
func mergeQuotes(marked, dashed []qspan) []qspan {
	if len(dashed) == 0 {
		return marked
	}
	all := append(append([]qspan(nil), marked...), dashed...)
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].open != all[j].open {
			return all[i].open < all[j].open
		}
		return all[i].close > all[j].close
	})
	out := all[:0]
	for _, q := range all {
		if len(out) > 0 && q.open < out[len(out)-1].close {
			continue
		}
		out = append(out, q)
	}
	return out
}

func isCloser(r rune) bool {
	return r == '"' || r == '”' || r == '“' || r == '»' || r == '«'
}

// opens reports whether the mark at i may open a quote: not glued to a word
// on its left, followed by text.
func opens(body string, i, n int, r rune) bool {
	if i+n >= len(body) {
		return false
	}
	after, _ := utf8.DecodeRuneInString(body[i+n:])
	if unicode.IsSpace(after) && r != '«' && r != '‹' {
		return false // French guillemets keep a space inside: « Nous … »
	}
	if r == '\'' && !unicode.IsUpper(after) {
		return false // 's avonds, 'n: elisions, not quotes
	}
	if i == 0 {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(body[:i])
	switch r {
	case '"', '‘', '»', '\'':
		return !unicode.IsLetter(before) && !unicode.IsDigit(before) && before != '.' && before != ','
	}
	return true
}

// closes reports whether a mark at i may close a quote: glued to text on
// its left.
func closes(body string, i, n int) bool {
	if i == 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(body[:i])
	return !unicode.IsSpace(before)
}

// closeOf finds the closing mark of a quote opened with r whose text starts
// at from. It returns the offset of the closing mark (or of the end of the
// last paragraph when an unclosed quote gives way to a new one) and where
// scanning resumes; -1 when there is no quote.
func closeOf(body string, from int, r rune, cl string) (end, next int) {
	paras := 0
	for j := from; j < len(body) && j-from < maxQuoteBytes; {
		c, n := utf8.DecodeRuneInString(body[j:])
		if c == '\n' && strings.HasPrefix(body[j:], "\n\n") {
			paras++
			k := j + 2
			for k < len(body) && (body[k] == ' ' || body[k] == '\n') {
				k++
			}
			if paras >= maxQuoteParas {
				return j, k
			}
			if k < len(body) {
				c2, n2 := utf8.DecodeRuneInString(body[k:])
				if c2 == r && opens(body, k, n2, r) {
					// The English habit: each paragraph of a long quote
					// reopens it; the quote goes on.
					j = k + n2
					continue
				}
			}
			j = k
			continue
		}
		if strings.ContainsRune(cl, c) && (r != '"' || closes(body, j, n)) && (c == '»' || c == '›' || closes(body, j, n) || r != '"') {
			if (c == '’' || c == '\'') && j+n < len(body) {
				if a, _ := utf8.DecodeRuneInString(body[j+n:]); unicode.IsLetter(a) {
					j += n // an apostrophe: "Russia’s"
					continue
				}
			}
			return j, j + n
		}
		if c == r && r == '"' && opens(body, j, n, r) && !closes(body, j, n) {
			// A new straight quote opens before this one closed: it ended
			// with its paragraph.
			p := strings.LastIndex(body[from:j], "\n\n")
			if p < 0 {
				return -1, j
			}
			return from + p, from + p
		}
		j += n
	}
	return -1, from
}

// orphan reads a quote from the start of a paragraph to a closing mark.
func orphan(body string, paraStart, i, n int) (qspan, bool) {
	if i <= paraStart {
		return qspan{}, false
	}
	in := trimSpan(body, paraStart, i)
	if words(body[in.Start:in.End]) < 4 {
		return qspan{}, false
	}
	return qspan{open: paraStart, close: i, in: in, orphan: true}, true
}

func trimSpan(body string, s, e int) news.Span {
	for s < e {
		r, n := utf8.DecodeRuneInString(body[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(body[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return news.Span{Start: s, End: e}
}

func words(s string) int { return len(strings.Fields(s)) }

// quoting is the state of one article's attribution: its quotations and
// what the text tells of its persons' gender, for pronouns.
type quoting struct {
	qs     []qspan
	gender map[string]byte // entity id → 'm' or 'f'
}

// in reports whether body offset off lies inside a quotation.
func (c *quoting) in(off int) bool {
	for _, q := range c.qs {
		if off > q.open && off < q.close {
			return true
		}
	}
	return false
}

// quotes attributes every quotation to a speaker.
func (x *article) quotes() []news.Quote {
	qs := mergeQuotes(findQuotes(x.a.Body), dashQuotes(x.a.Body))
	if len(qs) == 0 {
		return x.embedQuotes()
	}
	qc := &quoting{qs: qs}
	qc.gender = x.genders(qc)
	x.speakers = x.speakers[:0]
	for _, st := range x.sents {
		for _, m := range st.speech {
			if qc.in(st.toks[m.first()].start) {
				continue
			}
			if id, code := x.speakerOf(st, m, qc); id != "" || code != "" {
				x.speakers = append(x.speakers, speakerAt{pos: st.toks[m.first()].start, entity: id, code: code})
			}
		}
	}
	var out []news.Quote
	lastDash := -1 // close of the last dialogue quote kept, for its continuation
	for _, q := range qs {
		text := x.a.Body[q.in.Start:q.in.End]
		id, code, adjacent := x.attribute(q, qc)
		if q.dash && !adjacent {
			// A dash opens list items too: dialogue needs a speech verb,
			// or follows the dialogue quote of its paragraph.
			if lastDash < 0 || strings.Contains(x.a.Body[lastDash:q.open], "\n\n") || len(out) == 0 {
				continue
			}
			id, code, adjacent = out[len(out)-1].Speaker, out[len(out)-1].SpeakerCode, true
		}
		if words(text) <= 3 && !adjacent {
			continue // a scare quote: 'advance in'
		}
		if (q.orphan || q.single) && !adjacent {
			continue
		}
		if q.dash {
			lastDash = q.close
		}
		in := q.in
		for in.End > in.Start && strings.ContainsRune(",;:", rune(x.a.Body[in.End-1])) {
			in.End-- // the comma before "he said" belongs to the sentence, not the words
		}
		in = trimSpan(x.a.Body, in.Start, in.End)
		out = append(out, news.Quote{Span: in, Text: x.a.Body[in.Start:in.End], Speaker: id, SpeakerCode: code})
	}
	return append(out, x.embedQuotes()...)
}

// embedQuotes turns embedded posts whose author is a person of the article
// into quotes of that person: a minister's post is his own words. Their
// span is empty, as the post is not part of the body.
func (x *article) embedQuotes() []news.Quote {
	var out []news.Quote
	for _, e := range x.a.Embeds {
		text := strings.TrimFunc(e.Text, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '«'
		})
		if words(text) < 4 || e.Author == "" {
			continue
		}
		if id := x.personNamed(e.Author); id != "" {
			out = append(out, news.Quote{Text: text, Speaker: id})
		}
	}
	return out
}

// personNamed returns the person entity whose name or an alias is name
// (folded), or shares its first and last words.
func (x *article) personNamed(name string) string {
	key := strings.Fields(lexicon.Fold(name))
	if len(key) == 0 {
		return ""
	}
	for _, e := range x.a.Analysis.Entities {
		if e.Kind != news.KindPerson {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			f := strings.Fields(lexicon.Fold(n))
			if len(f) == 0 {
				continue
			}
			if strings.Join(f, " ") == strings.Join(key, " ") ||
				len(f) >= 2 && len(key) >= 2 && f[0] == key[0] && f[len(f)-1] == key[len(key)-1] {
				return e.ID
			}
		}
	}
	return ""
}

// attribute finds the speaker of a quote: a speech verb right after it
// ("…," Sorokin said), else one before it in its sentence (Ferreira tweeted that
// "…"), else the last speaker of the preceding sentences when the quote
// opens its sentence. adjacent is set when a speech verb frames the quote.
func (x *article) attribute(q qspan, qc *quoting) (id, code string, adjacent bool) {
	// After the closing mark, within its sentence.
	st := x.sentAt(q.close)
	k := -1
	next := false // the attribution would open the next sentence
	if st != nil {
		k = tokenAt(st.toks, q.close+1)
		if k >= 0 && st.toks[k].start <= q.close {
			k++
		}
		if k < 0 || k >= len(st.toks) {
			// The quote closed its sentence: the attribution may open the next.
			n := x.sentAfter(st.s.End)
			if n != nil && n.s.Para != st.s.Para {
				n = nil
			}
			st, k, next = n, 0, true
		}
	} else {
		st, k, next = x.sentAfter(q.close), 0, true
		if st != nil && strings.Contains(x.a.Body[q.close:st.s.Start], "\n\n") {
			st = nil // a quote that ran to the end of its paragraph
		}
	}
	if st != nil && next && x.introduced(q, qc) {
		// "Die Ministerin betonte: „…“ Lindgren erklärte, …": a quote
		// its own sentence introduces is not the next sentence's.
		st = nil
	}
	if st != nil {
		for _, m := range st.speech {
			if next && x.reports(st, m) {
				continue // "…" Sowa said the plan would fail: his own statement follows
			}
			if k >= 0 && m.first() >= k && m.first() <= k+12 && !qc.in(st.toks[m.first()].start) && x.frames(st, k, m.first()) {
				if id, code := x.speakerOf(st, m, qc); id != "" || code != "" {
					return id, code, true
				}
				// "…», afirmó." "…", sagte der Minister: a speech verb
				// with no name after the quote has the person the text is
				// about for speaker.
				if id := x.subjectBefore(q.open); id != "" && words(x.a.Body[q.in.Start:q.in.End]) >= 4 {
					// "— сказала.": the verb's ending may rule the subject out.
					if g := cuesFor(x.a.Lang).verbGender(st, m); !qc.fits(id, g) {
						if p := x.lastPerson(st, m.first(), qc, g); p != nil {
							return p.Entity, "", true
						}
					}
					return id, "", true
				}
			}
		}
	}
	// Before the opening mark, within its sentence.
	if st := x.sentAt(q.open); st != nil && !q.orphan {
		for i := len(st.speech) - 1; i >= 0; i-- {
			m := st.speech[i]
			if st.toks[m.last()].end > q.open || qc.in(st.toks[m.first()].start) {
				continue
			}
			if id, code := x.speakerOf(st, m, qc); id != "" || code != "" {
				return id, code, true
			}
			// "Die Ministerin betonte: „…“": a speech verb with no name
			// right before the quote.
			if open := tokenAt(st.toks, q.open); open >= 0 && open-m.last() <= 2 && words(x.a.Body[q.in.Start:q.in.End]) >= 4 {
				if id := x.subjectBefore(st.s.Start); id != "" {
					return id, "", true
				}
			}
		}
		// "Сорокин: «…»", "Sowa: „…“": a name and a colon introduce
		// the words.
		if open := tokenAt(st.toks, q.open); open >= 2 && st.toks[open-1].punct && st.toks[open-1].fold == ":" {
			for i := range st.sides {
				sd := &st.sides[i]
				if sd.end == open-1 && (sd.m.Kind == news.ActorPerson || sd.m.Kind == news.ActorOrg) && !qc.in(sd.m.Start) {
					if id, code := x.speakerID(st, sd, qc); id != "" || code != "" {
						return id, code, true
					}
				}
			}
			// "The minister had a short statement for the press: «…»":
			// the sentence's subject introduces the words.
			if id := x.subjectOf(st, qc); id != "" && words(x.a.Body[q.in.Start:q.in.End]) >= 4 {
				return id, "", true
			}
		}
	}
	// "Sowa told reporters:" and the quote after it, often in a new
	// paragraph.
	prev := x.sentBefore(q.open)
	if prev != nil && len(prev.toks) > 0 && prev.toks[len(prev.toks)-1].fold == ":" {
		for j := len(x.speakers) - 1; j >= 0; j-- {
			if sp := x.speakers[j]; sp.pos >= prev.s.Start && sp.pos < prev.s.End {
				return sp.entity, sp.code, true
			}
		}
	}
	// A quote standing alone continues the last speaker's words, unless
	// the sentence right before it is about someone else ("Sowa struck a
	// warier tone." and then the quote).
	last := speakerAt{}
	for _, s := range x.speakers {
		if s.pos < q.open {
			last = s
		}
	}
	if prev != nil && (last.pos < prev.s.Start || last.entity == "") && !q.orphan {
		if id := x.subjectOf(prev, qc); id != "" && id != last.entity {
			return id, "", false
		}
	}
	if last.entity == "" && last.code == "" {
		return "", "", false
	}
	if x.sentencesBetween(last.pos, q.open) > 4 {
		return "", "", false
	}
	return last.entity, last.code, false
}

// subjectOf returns the person a sentence opens with (its subject, within
// its first words), or "".
func (x *article) subjectOf(st *sent, qc *quoting) string {
	f := firstWord(st.toks)
	for _, sd := range st.sides {
		if sd.pos > f+2 || f < 0 {
			break
		}
		if sd.m.Kind == news.ActorPerson && sd.m.Entity != "" && !qc.in(sd.m.Start) {
			return sd.m.Entity
		}
	}
	return ""
}

// introduced reports whether a speech verb right before the opening mark
// of q, in its sentence, introduces it ("Sowa stressed: „…“").
func (x *article) introduced(q qspan, qc *quoting) bool {
	st := x.sentAt(q.open)
	if st == nil || q.orphan {
		return false
	}
	open := tokenAt(st.toks, q.open)
	if open < 0 {
		return false
	}
	for _, m := range st.speech {
		if m.last() < open && open-m.last() <= 2 && !qc.in(st.toks[m.first()].start) {
			return true
		}
	}
	return false
}

// reports reports whether the speech verb m opening the sentence after a
// quote goes on to report a statement of its own ("Sowa said his country
// would stay out of the talks") rather than closing the quote ("Sowa said
// on Monday.").
func (x *article) reports(st *sent, m match) bool {
	n := 0
	for k := m.last() + 1; k < len(st.toks); k++ {
		if !st.toks[k].punct {
			n++
		}
	}
	return n > 8
}

// speakerOf returns who speaks with the speech verb m of sentence st: the
// actor right before the verb (Sorokin said), else right after it (said
// Sorokin, according to Sorokin), else a pronoun's referent; none inside a
// quote.
func (x *article) speakerOf(st *sent, m match, qc *quoting) (string, string) {
	var before, after *side
	for i := range st.sides {
		sd := &st.sides[i]
		if qc.in(st.toks[sd.pos].start) {
			continue
		}
		if sd.end <= m.first() && m.first()-sd.end <= 8 && !x.brokenBetween(st, sd.end, m.first()) {
			if before == nil || better(sd, before) || sd.pos > before.pos && !(before.m.Kind == news.ActorPerson && sd.m.Kind != news.ActorPerson) {
				before = sd
			}
		}
		if sd.pos > m.last() && sd.pos-m.last() <= 4 && after == nil && !x.brokenBetween(st, m.last()+1, sd.pos) && !x.commaBetween(st, m.last()+1, sd.pos) {
			after = sd
		}
		if after == nil && sd.m.Kind == news.ActorPerson && sd.m.Entity != "" && sd.pos > m.last() && sd.pos-m.last() <= 16 &&
			!x.brokenBetween(st, m.last()+1, sd.pos) && x.appositionOnly(st, m.last()+1, sd.pos) {
			// "afirmó el ministro de Asuntos Exteriores, Julián Ocampo"
			after = sd
		}
	}
	if before == nil || before.m.Kind != news.ActorPerson {
		// "Sowa, who arrived in the Brazilian capital on Monday for
		// talks, said": a clause between commas after the name.
		if p := x.personBeforeClause(st, m, qc); p != nil {
			before = p
		} else if p := x.appositionBefore(st, m, qc); p != nil {
			// "the chairperson of the AU Commission, Samuel X, told"
			before = p
		}
	}
	if after != nil && after.m.Kind != news.ActorPerson {
		// "said Foreign Minister of Poland Jan Sowa", "заявил министр
		// иностранных дел России Олег Сорокин": the state belongs to the
		// role; the name it leads to speaks.
		if p := x.personAfterRole(st, after); p != nil {
			after = p
		}
	}
	if after != nil && after.m.Kind != news.ActorPerson && x.roleBetween(st, m.last()+1, after.pos) {
		// "sagte der Minister dem kroatischen Fernsehen": past a role
		// and another word than "of", the demonym qualifies something
		// else; the role is who spoke.
		after = nil
	}
	if after != nil {
		for _, w := range st.fn["@with"] {
			if w.first() > m.last() && w.last() < after.pos {
				// "— підкреслив міністр на пресконференції з Павлом
				// X": a partner after "with" is not who spoke.
				after = nil
				break
			}
		}
	}
	pick := before
	if before != nil && after != nil && after.m.Kind == news.ActorPerson && after.pos == m.last()+1 && before.end < m.first() {
		// "Bei einem Treffen mit X in Berlin sagte Sowa", "said
		// Sorokin": a name right after the verb is its subject, the one
		// further before is not.
		pick = after
	} else if m.p.class == "per" || pick == nil {
		pick = after
		if m.p.class != "per" && pick == nil {
			pick = before
		}
	}
	if pick == nil && m.p.class == "per" && (m.last()+1 >= len(st.toks) || st.toks[m.last()+1].punct) {
		// "по его словам, …", "selon lui, …": a phrase that names no one
		// holds its own pronoun, for the person last named.
		var g byte
		for _, k := range m.idx {
			if g == 0 {
				g = cuesFor(x.a.Lang).pronGender(st.toks[k].fold)
			}
		}
		if p := x.lastPerson(st, m.first(), qc, g); p != nil {
			return p.Entity, ""
		}
		return "", ""
	}
	if pick == nil {
		// "the minister said", "afirmó el canciller", "сказал министр": a
		// role alone stands for the person holding it.
		if id := x.roleSpeaker(st, m, qc); id != "" {
			return id, ""
		}
		// "he said": a pronoun refers to the last person speaking or acting
		// whose gender fits; "— сказала она": so does the verb's ending.
		c := cuesFor(x.a.Lang)
		for k := max(0, m.first()-3); k < len(st.toks) && k <= m.last()+3; k++ {
			tk := st.toks[k]
			if tk.punct || !x.isPron(st, k) && c.pron[tk.fold] == 0 {
				continue
			}
			g := c.pronGender(tk.fold)
			if g == 0 {
				g = c.verbGender(st, m)
			}
			if p := x.lastPerson(st, k, qc, g); p != nil {
				return p.Entity, ""
			}
		}
		// "«…», dijo." after "La canciller, por su parte, habló de paz …": a
		// verb with no subject at all (pro-drop) has the subject of the
		// sentence before, a role standing for its holder.
		if proDrop[x.a.Lang] && m.last()+1 < len(st.toks) && st.toks[m.last()+1].punct {
			if id := x.prevSubjectRole(st, m, qc); id != "" {
				return id, ""
			}
		}
		return "", ""
	}
	return x.speakerID(st, pick, qc)
}

// proDrop are the languages whose verbs go without a subject pronoun.
var proDrop = map[string]bool{"es": true, "it": true, "pt": true, "ru": true, "uk": true, "pl": true}

// prevSubjectRole returns the holder of the role that opens the sentence
// before st ("La canciller, …"), the role word's gender deciding between
// holders.
func (x *article) prevSubjectRole(st *sent, m match, qc *quoting) string {
	prev := x.sentBefore(st.s.Start)
	if prev == nil || prev.s.Para != st.s.Para && prev.s.Para != st.s.Para-1 {
		return ""
	}
	lex, err := lexicon.ActorLexicon()
	if err != nil || lex == nil {
		return ""
	}
	for i := 0; i < len(prev.toks) && i <= 2; i++ {
		if r, _, c := x.roleCodeAt(lex, prev, i); r != "" {
			g := cuesFor(x.a.Lang).roleWordGender(prev, i)
			if g == 0 {
				g = cuesFor(x.a.Lang).verbGender(st, m)
			}
			return x.holderOf(r, c, prev, i, qc, g)
		}
		if !x.functionWord(lex, prev.toks[i].fold) {
			return ""
		}
	}
	return ""
}

// personBeforeClause returns the person whose name a comma follows, when
// the clause it opens closes with a comma right before the speech verb m.
func (x *article) personBeforeClause(st *sent, m match, qc *quoting) *side {
	v := m.first()
	if v < 2 || !st.toks[v-1].punct || st.toks[v-1].fold != "," {
		return nil
	}
	var out *side
	for i := range st.sides {
		sd := &st.sides[i]
		if sd.end >= v-1 || v-sd.end > 20 || sd.m.Kind != news.ActorPerson || sd.m.Entity == "" || qc.in(sd.m.Start) {
			continue
		}
		if sd.end < len(st.toks) && st.toks[sd.end].punct && st.toks[sd.end].fold == "," && !x.brokenBetween(st, sd.end, v) {
			out = sd // the last such name is the nearest
		}
	}
	return out
}

// personSpans reports whether a person mention covers tokens [from, to)
// exactly.
func (x *article) personSpans(st *sent, from, to int) bool {
	for _, sd := range st.sides {
		if sd.pos == from && sd.end == to && sd.m.Kind == news.ActorPerson && sd.m.Entity != "" {
			return true
		}
	}
	return false
}

// appositionBefore returns the person named between two commas right
// before the speech verb m: "the chairperson of the Commission, Samuel X,
// told reporters".
func (x *article) appositionBefore(st *sent, m match, qc *quoting) *side {
	v := m.first()
	if v < 3 || st.toks[v-1].fold != "," {
		return nil
	}
	for i := range st.sides {
		sd := &st.sides[i]
		if sd.end != v-1 || sd.m.Kind != news.ActorPerson || sd.m.Entity == "" || qc.in(sd.m.Start) {
			continue
		}
		if sd.pos > 0 && st.toks[sd.pos-1].fold == "," {
			return sd
		}
	}
	return nil
}

// personAfterRole returns the person named right after the state or
// organization sd when only role words stand between them ("of Poland Jan
// Sowa", "России Олег Сорокин", "Schwedens, Mara Lindgren").
func (x *article) personAfterRole(st *sent, sd *side) *side {
	for i := range st.sides {
		p := &st.sides[i]
		if p.pos < sd.end || p.m.Kind != news.ActorPerson || p.m.Entity == "" {
			continue
		}
		if p.pos-sd.end > 6 || x.brokenBetween(st, sd.end, p.pos) || !x.appositionOnly(st, sd.end, p.pos) {
			return nil
		}
		return p
	}
	return nil
}

// roleSpeaker reads a role phrase right before the speech verb m ("die
// Ministerin betonte") or right after it, past determiners and titles
// ("said the minister", "сказал министр"), and returns the person of the
// article last named before the verb who holds that role.
func (x *article) roleSpeaker(st *sent, m match, qc *quoting) string {
	lex, err := lexicon.ActorLexicon()
	if err != nil || lex == nil {
		return ""
	}
	role, code, at, roleEnd := "", "", -1, -1
	// Before: a role phrase ending right before the verb.
	for i := max(0, m.first()-5); i < m.first() && role == ""; i++ {
		if r, end, c := x.roleCodeAt(lex, st, i); r != "" && end == m.first() && !qc.in(st.toks[i].start) {
			role, code, at, roleEnd = r, c, i, end
		}
	}
	// After: determiners and titles, then the role.
	for i := m.last() + 1; i < len(st.toks) && i <= m.last()+3 && role == ""; i++ {
		if st.toks[i].punct {
			break
		}
		if r, end, c := x.roleCodeAt(lex, st, i); r != "" {
			role, code, at, roleEnd = r, c, i, end
			break
		}
		if !x.functionWord(lex, st.toks[i].fold) {
			break
		}
	}
	if role == "" {
		return ""
	}
	if code == "" {
		// "disse o chefe da diplomacia portuguesa", "the Russian
		// minister said": a state or demonym beside the role.
		for _, sd := range st.sides {
			if (sd.m.Kind == news.ActorDemonym || sd.m.Kind == news.ActorState) && (sd.pos == roleEnd || sd.end == at) {
				code = sd.m.Code
			}
		}
	}
	// The person the text is about, when the role fits (or nothing is
	// known of the person's roles); else the last holder of the role.
	// The role word's ending or article ("die Ministerin", "la
	// canciller"), else the verb's ("сказала"), tells the gender.
	c := cuesFor(x.a.Lang)
	g := c.roleWordGender(st, at)
	if g == 0 {
		g = c.verbGender(st, m)
	}
	if id := x.subjectBefore(st.s.Start); id != "" && qc.fits(id, g) {
		if e := x.entities[id]; e != nil && (len(e.Roles) == 0 || holds(e.Roles, role)) && (code == "" || e.Country == code) {
			return id
		}
	}
	return x.holderOf(role, code, st, m.first(), qc, g)
}

// roleAt returns the longest role phrase of the article's language starting
// at token i, and the token after it.
func (x *article) roleAt(lex *lexicon.Actors, st *sent, i int) (string, int) {
	r, end, _ := x.roleCodeAt(lex, st, i)
	return r, end
}

// roleCodeAt is roleAt with the state a role's wording belongs to
// ("capo della Farnesina" is Italian), "" for most roles.
func (x *article) roleCodeAt(lex *lexicon.Actors, st *sent, i int) (role string, end int, code string) {
	n := lex.Root
	end = -1
	for k := i; k < len(st.toks) && k < i+6; k++ {
		if st.toks[k].punct {
			break
		}
		if n = n.Next(st.toks[k].fold); n == nil {
			break
		}
		for _, e := range n.Entries {
			if e.Kind == lexicon.KindRole && (e.Lang == "" || e.Lang == x.a.Lang) {
				role, end, code = e.Name, k+1, e.Code
			}
		}
	}
	return role, end, code
}

// functionWord reports whether a folded word is a determiner or a title,
// which may stand between a speech verb and a role ("said the minister").
func (x *article) functionWord(lex *lexicon.Actors, w string) bool {
	n := lex.Root.Next(w)
	if n == nil {
		return false
	}
	for _, e := range n.Entries {
		if e.Kind == lexicon.KindDet || e.Kind == lexicon.KindTitle {
			return true
		}
	}
	return false
}

// holderOf returns the person named last before token pos of st (in st,
// then in earlier sentences) whose roles include role; a bare "minister"
// stands for any minister.
func (x *article) holderOf(role, code string, st *sent, pos int, qc *quoting, g byte) string {
	id := x.lastNamed(st, pos, func(sd side) bool {
		if qc.in(sd.m.Start) {
			return false
		}
		e := x.entities[sd.m.Entity]
		return e != nil && holds(e.Roles, role) && (code == "" || e.Country == code) && qc.fits(sd.m.Entity, g)
	})
	if id != "" || code == "" || !strings.HasSuffix(role, "minister") {
		return id
	}
	// "disse o chefe da diplomacia portuguesa" after "o seu homólogo
	// brasileiro, X": a minister of that state known only as "minister"
	// (or with no role) holds the more precise title.
	return x.lastNamed(st, pos, func(sd side) bool {
		e := x.entities[sd.m.Entity]
		return e != nil && !qc.in(sd.m.Start) && e.Country == code && (len(e.Roles) == 0 || holds(e.Roles, "minister")) && qc.fits(sd.m.Entity, g)
	})
}

// lastNamed returns the last person named before token pos of st (in st,
// then in earlier sentences) that ok accepts, or "".
func (x *article) lastNamed(st *sent, pos int, ok func(side) bool) string {
	for i := x.lastStartingBefore(st.s.Start + 1); i >= 0; i-- {
		s := x.sents[i]
		if s.s.Start > st.s.Start {
			continue
		}
		for j := len(s.sides) - 1; j >= 0; j-- {
			sd := s.sides[j]
			if s == st && sd.pos >= pos || sd.m.Kind != news.ActorPerson || sd.m.Entity == "" {
				continue
			}
			if ok(sd) {
				return sd.m.Entity
			}
		}
	}
	return ""
}

func holds(roles []string, role string) bool {
	for _, r := range roles {
		if r == role || role == "minister" && strings.HasSuffix(r, "minister") && r != "prime minister" {
			return true
		}
	}
	return false
}

func better(a, b *side) bool {
	return a.m.Kind == news.ActorPerson && b.m.Kind != news.ActorPerson
}

// brokenBetween reports whether a clause break lies between two tokens
// (a quotation mark or a sentence-internal stop).
func (x *article) brokenBetween(st *sent, from, to int) bool {
	for k := from; k < to && k < len(st.toks); k++ {
		tk := st.toks[k]
		if tk.punct && (tk.fold == `"` || tk.fold == ";" || tk.fold == ":") {
			return true
		}
	}
	return false
}

// speakerID turns the actor naming a speaker into an entity id or code. A
// state or demonym in a person phrase ("the Russian minister") stands for
// the last person of that country named before.
func (x *article) speakerID(st *sent, sd *side, qc *quoting) (string, string) {
	switch sd.m.Kind {
	case news.ActorPerson:
		if sd.m.Entity != "" {
			return sd.m.Entity, ""
		}
		return "", sd.m.Code
	case news.ActorOrg:
		return sd.m.Entity, sd.m.Code
	}
	if sd.m.Code != "" && (sd.m.Kind == news.ActorState || sd.m.Kind == news.ActorDemonym) {
		// "said Russia's foreign minister", "dodał minister Litwy", "a
		// ajouté le ministre marocain": the holder of the role from that
		// state.
		if role := x.roleBeside(st, sd); role != "" {
			if id := x.holderOf(role, sd.m.Code, st, sd.pos, qc, 0); id != "" {
				return id, ""
			}
		}
	}
	switch sd.m.Kind {
	case news.ActorDemonym:
		if p := x.lastPersonOf(st, sd.pos, sd.m.Code); p != "" && x.roleFollows(st, sd) {
			return p, ""
		}
		if x.roleFollows(st, sd) {
			// "Die Außenminister Ivo X und Juraj Y …; sein slowakischer
			// Kollege sprach von …": no one is known to be of that
			// state, so the last person of no known state other than
			// the one just named (whose colleague this is).
			last := x.lastNamed(st, sd.pos, func(o side) bool { return !qc.in(o.m.Start) })
			if id := x.lastNamed(st, sd.pos, func(o side) bool {
				e := x.entities[o.m.Entity]
				return e != nil && e.ID != last && e.Kind == news.KindPerson && e.Country == "" && !qc.in(o.m.Start)
			}); id != "" {
				return id, ""
			}
		}
	}
	return "", sd.m.Code
}

// roleBeside returns a role phrase standing right after a state or demonym
// ("Russia's foreign minister", "russischer Außenminister") or right before
// it, maybe past one linking word ("minister of Russia", "ministre russe").
func (x *article) roleBeside(st *sent, sd *side) string {
	lex, err := lexicon.ActorLexicon()
	if err != nil || lex == nil {
		return ""
	}
	for i := sd.end; i < len(st.toks) && i <= sd.end+1; i++ {
		if st.toks[i].punct {
			break
		}
		if r, _ := x.roleAt(lex, st, i); r != "" {
			return r
		}
	}
	for i := max(0, sd.pos-6); i < sd.pos; i++ {
		if r, end := x.roleAt(lex, st, i); r != "" && (end == sd.pos || end == sd.pos-1 && !st.toks[end].punct) {
			return r
		}
	}
	return ""
}

// roleFollows reports whether a demonym is followed by a noun rather than
// by an organization word, so that "the Russian minister" may stand for a
// person; the actor stage names organizations itself.
func (x *article) roleFollows(st *sent, sd *side) bool {
	if sd.end < len(st.toks) && !st.toks[sd.end].punct {
		return true
	}
	// Romance order: "a ajouté le ministre marocain".
	return sd.pos > 1 && !st.toks[sd.pos-1].punct && !x.isSpeech(st, sd.pos-1)
}

func (x *article) isSpeech(st *sent, k int) bool {
	for _, m := range st.speech {
		for _, i := range m.idx {
			if i == k {
				return true
			}
		}
	}
	return false
}

// subjectBefore returns the person the sentences before body offset off
// are about: in the nearest earlier sentence naming a person, its speaker
// if a speech verb there has one, else its first person.
func (x *article) subjectBefore(off int) string {
	for i := x.lastStartingBefore(off); i >= 0; i-- {
		s := x.sents[i]
		if s.s.Start >= off {
			continue
		}
		if x.sentencesBetween(s.s.Start, off) > 4 {
			return ""
		}
		for j := len(x.speakers) - 1; j >= 0; j-- {
			sp := x.speakers[j]
			if sp.pos >= s.s.Start && sp.pos < s.s.End && sp.pos < off && sp.entity != "" {
				return sp.entity
			}
		}
		for _, sd := range s.sides {
			if sd.m.Kind == news.ActorPerson && sd.m.Entity != "" && st0(x, sd, off) {
				return sd.m.Entity
			}
		}
	}
	return ""
}

// st0 reports whether a side of some sentence lies before body offset off.
func st0(x *article, sd side, off int) bool { return sd.m.Start < off }

// lastPersonOf returns the last person of country code named before token
// pos of st (in st or earlier sentences).
func (x *article) lastPersonOf(st *sent, pos int, code string) string {
	if id := x.lastNamed(st, pos, func(sd side) bool { return sd.m.Code == code }); id != "" {
		return id
	}
	// Not named yet: the only person of that country in the article.
	id := ""
	for _, e := range x.a.Analysis.Entities {
		if e.Kind == news.KindPerson && e.Country == code {
			if id != "" {
				return ""
			}
			id = e.ID
		}
	}
	return id
}

// lastPerson returns the person a pronoun at token pos of st refers to: a
// person named before it in its sentence, else the person the nearest
// earlier sentence naming one is about (its speaker, else its first
// person). Sentences that open with a pronoun carry the same referent on,
// so they are passed over; names inside quotations are not referents.
func (x *article) lastPerson(st *sent, pos int, qc *quoting, g byte) *news.ActorMention {
	for j := len(st.sides) - 1; j >= 0; j-- {
		sd := st.sides[j]
		if sd.end <= pos && sd.m.Kind == news.ActorPerson && sd.m.Entity != "" && !qc.in(st.toks[sd.pos].start) && qc.fits(sd.m.Entity, g) {
			return &st.sides[j].m
		}
	}
	seen := 0
	for i := x.lastStartingBefore(st.s.Start); i >= 0 && seen < 5; i-- {
		s := x.sents[i]
		if s.s.Start >= st.s.Start {
			continue
		}
		seen++
		for j := len(x.speakers) - 1; j >= 0; j-- {
			sp := x.speakers[j]
			if sp.pos >= s.s.Start && sp.pos < s.s.End && sp.entity != "" && qc.fits(sp.entity, g) {
				return &news.ActorMention{Entity: sp.entity}
			}
		}
		if x.opensWithPronoun(s) {
			continue
		}
		for _, sd := range s.sides {
			if sd.m.Kind == news.ActorPerson && sd.m.Entity != "" && !qc.in(sd.m.Start) && qc.fits(sd.m.Entity, g) {
				m := sd.m
				return &m
			}
		}
	}
	return nil
}

// isPron reports whether token k of st is a subject pronoun of the event
// tables ("he", "она").
func (x *article) isPron(st *sent, k int) bool {
	for _, pm := range st.fn["@pron"] {
		if pm.first() == k {
			return true
		}
	}
	return false
}

// opensWithPronoun reports whether a sentence's first word is a subject
// pronoun ("He then met …").
func (x *article) opensWithPronoun(s *sent) bool {
	f := firstWord(s.toks)
	for _, pm := range s.fn["@pron"] {
		if pm.first() == f {
			return true
		}
	}
	return false
}

// lastStartingBefore returns the index of the last sentence starting
// before body offset off, or -1: where backward searches begin, so that
// they cost no more than the text they read.
func (x *article) lastStartingBefore(off int) int {
	return sort.Search(len(x.sents), func(i int) bool { return x.sents[i].s.Start >= off }) - 1
}

func (x *article) sentAt(off int) *sent {
	for _, st := range x.sents {
		if off >= st.s.Start && off < st.s.End {
			return st
		}
	}
	return nil
}

func (x *article) sentencesBetween(a, b int) int {
	n := 0
	for _, st := range x.sents {
		if st.s.Start > a && st.s.Start <= b {
			n++
		}
	}
	return n
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// sentBefore returns the last sentence ending at or before off.
func (x *article) sentBefore(off int) *sent {
	var out *sent
	for _, st := range x.sents {
		if st.s.End > off {
			break
		}
		out = st
	}
	return out
}

func (x *article) sentAfter(off int) *sent {
	for _, st := range x.sents {
		if st.s.Start >= off {
			if st.s.Start-off > 3 {
				return nil
			}
			return st
		}
	}
	return nil
}

func (x *article) commaBetween(st *sent, from, to int) bool {
	for k := from; k < to && k < len(st.toks); k++ {
		if st.toks[k].punct && st.toks[k].fold == "," || x.breakWord(st, k) {
			return true
		}
	}
	return false
}

// frames reports whether the words between a closing mark (token k) and a
// speech verb (token v) can only name the speaker: "," Sorokin said, — the
// Ministry added; not "advance in" the talks, Sorokin said.
func (x *article) frames(st *sent, k, v int) bool {
	words, seen := 0, false
	for i := k; i < v; i++ {
		tk := st.toks[i]
		if tk.punct && tk.fold == "," && x.personEndsAt(st, i) {
			// "…," Sowa, a former general, told reporters: the
			// apposition between commas describes the speaker.
			if j := x.appositionEnd(st, i, v); j > i {
				i = j
				continue
			}
		}
		if tk.punct {
			if seen && tk.fold == "," && v > 0 && st.toks[v-1].fold == "," && x.personSpans(st, i+1, v-1) {
				// "…," the chairperson of the Commission, Samuel X,
				// told: a role phrase, then its holder between commas.
				return words <= 8
			}
			if seen && tk.fold != "." {
				return false
			}
			continue
		}
		seen = true
		inSide := false
		for _, sd := range st.sides {
			if i >= sd.pos && i < sd.end {
				inSide = true
			}
		}
		if !inSide {
			words++
		}
	}
	return words <= 3
}

// personEndsAt reports whether a person mention of st ends right before
// token i.
func (x *article) personEndsAt(st *sent, i int) bool {
	for _, sd := range st.sides {
		if sd.end == i && sd.m.Kind == news.ActorPerson {
			return true
		}
	}
	return false
}

// appositionEnd returns the comma closing an apposition that opens with the
// comma at token i and ends before token v, or -1: a few words, no quotation
// mark or clause stop.
func (x *article) appositionEnd(st *sent, i, v int) int {
	for j := i + 1; j < v && j <= i+10; j++ {
		tk := st.toks[j]
		if !tk.punct {
			continue
		}
		if tk.fold == "," {
			if j > i+1 {
				return j
			}
			return -1
		}
		if tk.fold != "." && tk.fold != "-" {
			return -1
		}
	}
	return -1
}

// abbrev reports whether a token may be an abbreviation before its dot:
// a short word ("Dr", "S", "Mr").
func abbrev(t token) bool {
	return !t.punct && utf8.RuneCountInString(t.fold) <= 3
}

// appositionOnly reports whether tokens [from, to) are a role phrase that
// may stand before a name: no actor, speech verb or clause word, at most
// one comma.
func (x *article) appositionOnly(st *sent, from, to int) bool {
	commas := 0
	for k := from; k < to && k < len(st.toks); k++ {
		if x.breakWord(st, k) {
			return false
		}
		if st.toks[k].punct {
			if st.toks[k].fold == "." && k > from && abbrev(st.toks[k-1]) {
				continue // "S.E. Liu", "Dr. Sowa": a title's dot
			}
			if st.toks[k].fold != "," {
				return false
			}
			commas++
		}
	}
	for _, sd := range st.sides {
		if sd.pos >= from && sd.pos < to && sd.m.Kind == news.ActorPerson {
			return false
		}
	}
	return commas <= 1
}

// roleBetween reports whether a role phrase starts in [from, to) after
// function words only and ends before to with a word that is not "of"
// (a determiner or a preposition) in between.
func (x *article) roleBetween(st *sent, from, to int) bool {
	lex, err := lexicon.ActorLexicon()
	if err != nil || lex == nil {
		return false
	}
	for i := from; i < to && i <= from+3; i++ {
		if st.toks[i].punct {
			return false
		}
		if r, end, _ := x.roleCodeAt(lex, st, i); r != "" {
			return end < to && !x.ofWord(lex, st.toks[end].fold)
		}
		if !x.functionWord(lex, st.toks[i].fold) {
			return false
		}
	}
	return false
}

// ofWord reports whether a folded word links a role to its state ("of",
// "des", "de").
func (x *article) ofWord(lex *lexicon.Actors, w string) bool {
	n := lex.Root.Next(w)
	if n == nil {
		return false
	}
	for _, e := range n.Entries {
		if e.Kind == lexicon.KindOf && (e.Lang == "" || e.Lang == x.a.Lang) {
			return true
		}
	}
	return false
}
