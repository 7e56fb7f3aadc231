package event

import (
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
	'‹': "›",
	'‚': "‘’",
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
		q := qspan{open: i, close: end, in: trimSpan(body, i+n, end)}
		if r == '‘' && words(body[q.in.Start:q.in.End]) < 4 {
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
	if i == 0 {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(body[:i])
	switch r {
	case '"', '‘', '»':
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
			if c == '’' && j+n < len(body) {
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

// quotes attributes every quotation to a speaker.
func (x *article) quotes() []news.Quote {
	qs := findQuotes(x.a.Body)
	if len(qs) == 0 {
		return x.embedQuotes()
	}
	inQuote := func(off int) bool {
		for _, q := range qs {
			if off > q.open && off < q.close {
				return true
			}
		}
		return false
	}
	x.speakers = x.speakers[:0]
	for _, st := range x.sents {
		for _, m := range st.speech {
			if inQuote(st.toks[m.first()].start) {
				continue
			}
			if id, code := x.speakerOf(st, m, inQuote); id != "" || code != "" {
				x.speakers = append(x.speakers, speakerAt{pos: st.toks[m.first()].start, entity: id, code: code})
			}
		}
	}
	var out []news.Quote
	for _, q := range qs {
		text := x.a.Body[q.in.Start:q.in.End]
		id, code, adjacent := x.attribute(q, inQuote)
		if words(text) <= 3 && !adjacent {
			continue // a scare quote: 'advance in'
		}
		if q.orphan && !adjacent {
			continue
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
// ("…," Lavrov said), else one before it in its sentence (Gil tweeted that
// "…"), else the last speaker of the preceding sentences when the quote
// opens its sentence. adjacent is set when a speech verb frames the quote.
func (x *article) attribute(q qspan, inQuote func(int) bool) (id, code string, adjacent bool) {
	// After the closing mark, within its sentence.
	st := x.sentAt(q.close)
	k := -1
	if st != nil {
		k = tokenAt(st.toks, q.close+1)
		if k >= 0 && st.toks[k].start <= q.close {
			k++
		}
		if k < 0 || k >= len(st.toks) {
			// The quote closed its sentence: the attribution may open the next.
			next := x.sentAfter(st.s.End)
			if next != nil && next.s.Para != st.s.Para {
				next = nil
			}
			st, k = next, 0
		}
	} else {
		st, k = x.sentAfter(q.close), 0
	}
	if st != nil {
		for _, m := range st.speech {
			if k >= 0 && m.first() >= k && m.first() <= k+6 && !inQuote(st.toks[m.first()].start) && x.frames(st, k, m.first()) {
				if id, code := x.speakerOf(st, m, inQuote); id != "" || code != "" {
					return id, code, true
				}
				// "…», afirmó." "…", sagte der Minister: a speech verb
				// with no name after the quote has the person the text is
				// about for speaker.
				if id := x.subjectBefore(q.open); id != "" && words(x.a.Body[q.in.Start:q.in.End]) >= 4 {
					return id, "", true
				}
			}
		}
	}
	// Before the opening mark, within its sentence.
	if st := x.sentAt(q.open); st != nil && !q.orphan {
		for i := len(st.speech) - 1; i >= 0; i-- {
			m := st.speech[i]
			if st.toks[m.last()].end > q.open || inQuote(st.toks[m.first()].start) {
				continue
			}
			if id, code := x.speakerOf(st, m, inQuote); id != "" || code != "" {
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
	}
	// A quote standing alone continues the last speaker's words.
	last := speakerAt{}
	for _, s := range x.speakers {
		if s.pos < q.open {
			last = s
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

// speakerOf returns who speaks with the speech verb m of sentence st: the
// actor right before the verb (Lavrov said), else right after it (said
// Lavrov, according to Lavrov), else a pronoun's referent; none inside a
// quote.
func (x *article) speakerOf(st *sent, m match, inQuote func(int) bool) (string, string) {
	var before, after *side
	for i := range st.sides {
		sd := &st.sides[i]
		if inQuote(st.toks[sd.pos].start) {
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
		if after == nil && sd.m.Kind == news.ActorPerson && sd.m.Entity != "" && sd.pos > m.last() && sd.pos-m.last() <= 10 &&
			!x.brokenBetween(st, m.last()+1, sd.pos) && x.appositionOnly(st, m.last()+1, sd.pos) {
			// "afirmó el ministro de Asuntos Exteriores, Ignacio Arregui"
			after = sd
		}
	}
	pick := before
	if before != nil && after != nil && after.m.Kind == news.ActorPerson && after.pos == m.last()+1 && before.end < m.first() {
		// "Bei einem Treffen mit X in Berlin sagte Dowhaljuk", "said
		// Lavrov": a name right after the verb is its subject, the one
		// further before is not.
		pick = after
	} else if m.p.class == "per" || pick == nil {
		pick = after
		if m.p.class != "per" && pick == nil {
			pick = before
		}
	}
	if pick == nil {
		// "he said": a pronoun refers to the last person speaking or acting.
		for _, pm := range st.fn["@pron"] {
			if abs(pm.first()-m.first()) <= 3 {
				if p := x.lastPerson(st, pm.first()); p != nil {
					return p.Entity, ""
				}
			}
		}
		return "", ""
	}
	return x.speakerID(st, pick)
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
func (x *article) speakerID(st *sent, sd *side) (string, string) {
	switch sd.m.Kind {
	case news.ActorPerson:
		if sd.m.Entity != "" {
			return sd.m.Entity, ""
		}
		return "", sd.m.Code
	case news.ActorOrg:
		return sd.m.Entity, sd.m.Code
	case news.ActorDemonym:
		if p := x.lastPersonOf(st, sd.pos, sd.m.Code); p != "" && x.roleFollows(st, sd) {
			return p, ""
		}
	}
	return "", sd.m.Code
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
	for i := len(x.sents) - 1; i >= 0; i-- {
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
	for i := len(x.sents) - 1; i >= 0; i-- {
		s := x.sents[i]
		if s.s.Start > st.s.Start {
			continue
		}
		for j := len(s.sides) - 1; j >= 0; j-- {
			sd := s.sides[j]
			if s == st && sd.pos >= pos {
				continue
			}
			if sd.m.Kind == news.ActorPerson && sd.m.Code == code && sd.m.Entity != "" {
				return sd.m.Entity
			}
		}
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

// lastPerson returns the person a pronoun at token pos of st refers to:
// the last speaker if recent, else the first person named in the nearest
// sentence before (the subject).
func (x *article) lastPerson(st *sent, pos int) *news.ActorMention {
	for j := len(st.sides) - 1; j >= 0; j-- {
		if st.sides[j].end <= pos && st.sides[j].m.Kind == news.ActorPerson && st.sides[j].m.Entity != "" {
			return &st.sides[j].m
		}
	}
	at := st.toks[pos].start
	var last *speakerAt
	for i := range x.speakers {
		if x.speakers[i].pos < at && x.speakers[i].entity != "" {
			last = &x.speakers[i]
		}
	}
	if last != nil && x.sentencesBetween(last.pos, at) <= 3 {
		return &news.ActorMention{Entity: last.entity}
	}
	for i := len(x.sents) - 1; i >= 0; i-- {
		s := x.sents[i]
		if s.s.Start >= st.s.Start {
			continue
		}
		for _, sd := range s.sides {
			if sd.m.Kind == news.ActorPerson && sd.m.Entity != "" {
				m := sd.m
				return &m
			}
		}
	}
	return nil
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
// speech verb (token v) can only name the speaker: "," Lavrov said, — the
// Ministry added; not "advance in" the talks, Lavrov said.
func (x *article) frames(st *sent, k, v int) bool {
	words, seen := 0, false
	for i := k; i < v; i++ {
		tk := st.toks[i]
		if tk.punct {
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
