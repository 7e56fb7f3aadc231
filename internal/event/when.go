package event

// When and where an event happened: its date from its own clause, the
// paragraph or the article's lead; its place from its sentence, the
// paragraph, the dateline or the next sentences.

import (
	"strconv"
	"strings"
	"time"

	"chancery/internal/lexicon"
	"chancery/internal/news"
)

// date returns the trigger's date: a date of its own sentence that is
// nearer to it than to any other trigger, else one standing before it in
// the sentence ("On Monday, X met Y and they agreed"), else the closest
// dated sentence before it in the paragraph, else the article's main date.
func (x *article) date(st *sent, t match, parties []string) (string, bool) {
	d, own := x.dateOf(st, t, parties)
	// "Eritrean units withdrew on Sunday, a day after the two sides
	// agreed in Assab": the act after "a day after" happened the day before the
	// sentence's day.
	for _, m := range st.fn["@dayafter"] {
		if m.last() < t.first() && t.first()-m.last() <= maxDayAfterGap && !x.trigBetween(st, m.last(), t.first()) && len(d) == 10 && !x.datedAfter(st, m.last()) {
			if day, err := time.Parse("2006-01-02", d); err == nil {
				return day.AddDate(0, 0, -1).Format("2006-01-02"), own
			}
		}
	}
	return d, own
}

// datedAfter reports whether a date of the sentence stands after token k:
// "a day after the leaders met in Paris on Wednesday" names its own day.
func (x *article) datedAfter(st *sent, k int) bool {
	for _, d := range st.own {
		if pos := tokenAt(st.toks, d.Start); pos > k {
			return true
		}
	}
	return false
}

// maxDayAfterGap is how far after "a day after" its event's trigger may
// stand ("a day after envoys of Eritrea and Djibouti agreed").
const maxDayAfterGap = 8

func (x *article) dateOf(st *sent, t match, parties []string) (string, bool) {
	bestOwn, bestBefore := -1, -1
	dOwn, dBefore := 1<<30, 1<<30
	beforeOther := false // the date before the trigger is another trigger's
	initial := -1        // a date opening the sentence ("Ayer, …"): the main clause's
	rel := st.rel
	for i, d := range st.own {
		pos := tokenAt(st.toks, d.Start)
		if pos < 0 {
			continue
		}
		if pos <= firstWord(st.toks)+1 {
			if e := tokenAt(st.toks, d.End-1); e >= 0 && e+1 < len(st.toks) && st.toks[e+1].fold == "," && e+1 < t.first() {
				initial = i
			}
		}
		if rel[pos] && !rel[t.first()] {
			continue // ", которые пройдут 28 сентября": the date of what the relative clause tells
		}
		if pos > 0 && x.isWord(st, "@since", pos-1) {
			continue // "idle since 2019", "seit 2022": how long something lasted, not when
		}
		if x.subordinateTime(st, t, pos) {
			continue // "solicitó una reunión después de que soldados dispararan el lunes": the shooting's day
		}
		if pos > 0 && x.isWord(st, "@until", pos-1) || pos > 1 && x.isWord(st, "@until", pos-2) {
			continue // "agreed to open the crossing by next spring": a deadline, not the day it was agreed
		}
		owner, od := -1, 1<<30
		for j, m := range st.trig {
			if dd := dist(pos, m); dd < od {
				owner, od = j, dd
			}
		}
		if owner >= 0 && st.trig[owner].first() == t.first() && od < dOwn {
			bestOwn, dOwn = i, od
		}
		if pos < t.first() && t.first()-pos < dBefore {
			bestBefore, dBefore = i, t.first()-pos
			beforeOther = owner >= 0 && st.trig[owner].first() != t.first()
		}
	}
	if bestOwn >= 0 {
		return st.own[bestOwn].Value, true
	}
	if initial >= 0 && (bestBefore < 0 || beforeOther) {
		// "Ayer, a pocas horas de la cumbre que se celebra hoy, los
		// cancilleres se reunieron": the day the sentence opens with,
		// not one told of another act inside it.
		return st.own[initial].Value, true
	}
	if bestBefore >= 0 {
		return st.own[bestBefore].Value, true
	}
	// No date of its own: the date of the nearest earlier event told in the
	// paragraph, else a full date of an earlier sentence of the paragraph
	// that is not after publication (a bare year there is background, "the
	// treaty of 1994"), else the article's main date.
	for i := len(x.found) - 1; i >= 0; i-- {
		f := x.found[i]
		if f.st.s.Para != st.s.Para || f.st.i >= st.i {
			if f.st.s.Para != st.s.Para {
				break
			}
			continue
		}
		if f.dateOwn {
			if d := x.pairDate(st, parties); d != "" && news.Symmetric(t.p.class) && (!news.Symmetric(f.typ) || !sameParties(f, parties)) {
				// "the release created a good atmosphere for the
				// talks": the talks keep the day the same pair met or
				// agreed, not the day of another act just told.
				return d, false
			}
			return f.date, false
		}
	}
	for i := st.i - 1; i >= 0; i-- {
		p := x.sentByIndex(i)
		if p == nil {
			continue
		}
		if p.s.Para != st.s.Para {
			break
		}
		if p.skip {
			continue
		}
		for _, d := range p.own {
			if len(d.Value) == 10 && !later(d.Value, x.a.Published) {
				if pd := x.pairDate(st, parties); pd != "" && news.Symmetric(t.p.class) {
					return pd, false // the pair's own day beats a day told of something else
				}
				return d.Value, false
			}
		}
	}
	// "On November 13 the ministers held talks. … During the talks, the
	// parties discussed …": the same parties later in the story go on
	// with the day of their first dated meeting or deal (the story's, not
	// a background one told after it).
	if d := x.pairDate(st, parties); d != "" {
		return d, false
	}
	return x.mainDate, false
}

// pairDate is the day of the first dated factual meeting or deal of the
// same two or more parties told before sentence st, or "".
func (x *article) pairDate(st *sent, parties []string) string {
	if len(parties) < 2 {
		return ""
	}
	for _, f := range x.found {
		if f.st.i >= st.i {
			break
		}
		if f.dateOwn && len(f.date) == 10 && news.Symmetric(f.typ) && f.mode == news.ModeFactual && sameParties(f, parties) {
			return f.date
		}
	}
	return ""
}

// sameParties reports whether the parties of f are exactly parties.
func sameParties(f *found, parties []string) bool {
	all := addUnique(addUnique(nil, f.source...), f.target...)
	if len(all) != len(addUnique(nil, parties...)) {
		return false
	}
	for _, c := range parties {
		if !has(all, c) {
			return false
		}
	}
	return true
}

func dist(pos int, m match) int {
	if pos < m.first() {
		return m.first() - pos
	}
	if pos > m.last() {
		return pos - m.last()
	}
	return 0
}

// place returns the trigger's place: the nearest locative place of its
// sentence, else that of the closest preceding sentence of the paragraph,
// else the article's "took place in" place, else the dateline.
func (x *article) place(st *sent, t match, parties []string, lo, hi int, date string) (string, bool) {
	if news.Symmetric(t.p.class) && len(st.places) > 0 {
		// A place outside the trigger's clause ("Deux ans après la
		// visite à Lomé, les deux ministres ont signé …") yields to the
		// place where the same parties were just reported meeting.
		inClause := false
		for _, p := range st.places {
			if p.where && p.pos > t.first() || st.rel[p.pos] && !st.rel[t.first()] && !p.arrive {
				continue // the place of the clause after it, or of a relative clause
			}
			if p.pos >= lo && p.pos < hi || p.where && p.pos < t.first() {
				inClause = true
			}
		}
		if !inClause {
			if p := x.recentPlace(st, parties, true, date); p != "" {
				return p, false
			}
		}
	}
	if t.p.class == news.Assault && !t.p.has("noun") {
		// "shelled the port of Reni overnight": the city hit is where
		// the attack happened.
		for _, sd := range st.locs {
			city := sd.m.Kind == news.ActorPlace || sd.m.Kind == news.ActorCapital
			if city && sd.m.Place != "" && sd.pos > t.last() && sd.pos-t.last() <= 6 && sd.pos < hi && !x.sideBetween(st, t.last(), sd.pos) {
				return sd.m.Place, true
			}
		}
	}
	discuss := false
	for _, k := range t.idx {
		discuss = discuss || x.isWordAt(st, "@discuss", k)
	}
	if len(st.places) > 0 {
		best, bd, in := "", 1<<30, false
		for _, p := range st.places {
			if p.where && p.pos > t.first() {
				continue
			}
			if discuss && p.pos > t.last()+4 && !p.arrive {
				// "обсудили энергетику, рост паромных перевозок в портах
				// Констанцы и Варны": a place deep in what
				// was discussed is a topic's ("discussed trade in
				// Brussels" is where).
				continue
			}
			if st.rel[p.pos] && !st.rel[t.first()] && !p.arrive {
				// "ein Abkommen, das Praktika in Salzburg und Mombasa
				// vorsieht": a place in a relative clause is what
				// the clause tells of.
				continue
			}
			inClause := p.pos >= lo && p.pos < hi || p.where && p.pos < t.first() || p.arrive
			if d := dist(p.pos, t); inClause && !in || inClause == in && d < bd {
				best, bd, in = p.name, d, inClause
			}
		}
		// (With best "", every place of the sentence belongs to another
		// clause: look further, as for a sentence with none.)
		if best != "" {
			if in || x.mainPlace == "" && x.a.Dateline == "" {
				return best, true
			}
			// "The OAS suspended Nicaragua on Monday, a week after officers
			// seized control of the parliament in Managua": a place in another
			// clause is that clause's; the story's place stands.
			if x.mainPlace != "" {
				return x.mainPlace, false
			}
			return x.a.Dateline, false
		}
	}
	// "llegó a la sede del Ministerio de Relaciones Exteriores de Chile": a
	// state's ministry named in a locative phrase sits in its capital.
	for _, sd := range st.locs {
		if sd.pos >= lo && sd.pos < hi && sd.m.Kind == news.ActorOrg && len(sd.m.Code) == 3 {
			if lex, err := lexicon.ActorLexicon(); err == nil && lex != nil {
				if c := lex.Capital(sd.m.Code); c != "" {
					return c, false
				}
			}
		}
	}
	for i := st.i - 1; i >= 0; i-- {
		p := x.sentByIndex(i)
		if p == nil {
			continue
		}
		if p.s.Para != st.s.Para {
			break
		}
		if len(p.places) > 0 && !otherDay(p, date) {
			// The place an event of that sentence took, if any: not the
			// place of a topic it discussed.
			for _, f := range x.found {
				if f.st == p && f.placeOwn {
					return f.place, false
				}
			}
			told := false
			for _, f := range x.found {
				if f.st == p && news.Symmetric(f.typ) && f.place != "" {
					return f.place, false
				}
				told = told || f.st == p
			}
			// A sentence whose triggers told no act names its places
			// as topics ("talks on the reconstruction of Kharkiv"): look
			// further back.
			if !told && len(p.trig) > 0 {
				continue
			}
			return p.places[0].name, false
		}
	}
	if p := x.recentPlace(st, parties, news.Symmetric(t.p.class), date); p != "" {
		return p, false
	}
	if news.Symmetric(t.p.class) && len(st.places) == 0 {
		if p := x.actedPlace(st, parties, date); p != "" {
			return p, false
		}
	}
	if x.mainPlace != "" {
		return x.mainPlace, false
	}
	if x.a.Dateline != "" {
		return x.a.Dateline, false
	}
	// No dateline: the next sentences of the paragraph may tell where a
	// party acted ("… bestellte den Botschafter ein. Staatssekretärin X
	// sagte am Montag in Berlin …").
	actors := parties // who acted: any party of a meeting, the source of a one-sided act
	if !news.Symmetric(t.p.class) && len(parties) > 0 {
		actors = parties[:1]
	}
	for i := st.i + 1; i <= st.i+3; i++ {
		p := x.sentByIndex(i)
		if p == nil || p.s.Para > st.s.Para+1 {
			break
		}
		if otherDay(p, date) {
			continue
		}
		if len(p.places) == 0 {
			continue
		}
		for _, sd := range p.sides {
			if has(actors, sd.m.Code) {
				return p.places[0].name, false
			}
		}
	}
	return "", false
}

// recentPlace returns, for a symmetric event, the stated place of the
// latest symmetric event of the last few sentences between the same
// parties: "Les deux ministres ont signé …" right after their meeting in
// Lomé happened in Lomé.
func (x *article) recentPlace(st *sent, parties []string, sym bool, date string) string {
	return x.recentFound(st, func(f *found, all []string) bool {
		if len(f.date) == 10 && len(date) == 10 && !closeDates(f.date, date) {
			return false // "after their talks of 3 February in Athens": another day's place
		}
		if !f.placeOwn || f.mode != news.ModeFactual || !news.Symmetric(f.typ) {
			return false
		}
		// (Not symmetric: "La Grèce soutient …, a déclaré M. Pappas
		// devant les journalistes": what a party of the
		// day's meeting says or does to the other that day, it does
		// where they met.)
		return sym && (subset(parties, all) || subset(all, parties)) ||
			!sym && len(parties) >= 2 && len(date) == 10 && f.date == date && subset(parties, all)
	})
}

// recentFound returns the place of the latest event of the last six
// sentences before st that ok accepts (given the event and its parties),
// or "".
func (x *article) recentFound(st *sent, ok func(f *found, all []string) bool) string {
	for i := len(x.found) - 1; i >= 0; i-- {
		f := x.found[i]
		if f.st.i >= st.i {
			continue
		}
		if f.st.i < st.i-6 {
			break
		}
		if ok(f, addUnique(addUnique(nil, f.source...), f.target...)) {
			return f.place
		}
	}
	return ""
}

// actedPlace returns, for a meeting told with no place, where one of its
// parties acted for the other the same day, as the last few sentences
// state it: "Bellandi è atterrato ieri ad Amman con 8 tonnellate di
// aiuti … i due hanno discusso".
func (x *article) actedPlace(st *sent, parties []string, date string) string {
	if len(date) != 10 {
		return ""
	}
	return x.recentFound(st, func(f *found, all []string) bool {
		return f.placeOwn && f.mode == news.ModeFactual && f.date == date && subset(parties, all) && subset(all, parties)
	})
}

// leadDate is the article's main event date: the first full date resolved
// in the lead paragraphs (the first three), else the first coarser one, not
// after the publication date.
func (x *article) leadDate() string {
	coarse := ""
	pub := x.a.Published
	for _, st := range x.sents {
		if st.s.Para > 2 {
			break
		}
		if st.skip {
			continue
		}
		rel := st.rel
		for _, d := range st.own {
			if later(d.Value, pub) {
				continue
			}
			if k := tokenAt(st.toks, d.Start); k >= 0 && x.midSubtime(st, k) {
				// "Belice pidió consultas después de que guardias
				// dispararan el lunes": the day of the act before the news.
				continue
			}
			if k := tokenAt(st.toks, d.Start); k >= 0 && rel[k] && !recentDay(d.Value, pub) {
				// "Sweden, which joined NATO last year, …": background;
				// but "X, who arrived in Kyiv on Thursday, met …" is the
				// story's day.
				continue
			}
			if len(d.Value) == 10 {
				return d.Value
			}
			// A coarse date is the lead's only when the story's own
			// period holds the publication ("in March", published 12
			// March), not "last year".
			if coarse == "" && (pub == "" || strings.HasPrefix(pub, d.Value)) {
				coarse = d.Value
			}
		}
	}
	return coarse
}

// recentDay reports whether day d falls in the week up to publication.
func recentDay(d, pub string) bool {
	if len(d) != 10 || len(pub) < 10 {
		return false
	}
	x, err1 := time.Parse("2006-01-02", d)
	y, err2 := time.Parse("2006-01-02", pub[:10])
	return err1 == nil && err2 == nil && !x.After(y) && y.Sub(x) <= 7*24*time.Hour
}

// tookPlace is the place of the article's first "took place in" / "was
// held in" sentence.
func (x *article) tookPlace() string {
	for _, st := range x.sents {
		if st.skip || len(st.places) == 0 {
			continue
		}
		for _, m := range st.fn["@took"] {
			if !x.afterEventNoun(st, m.first()) {
				continue // "sailors being held in a Libyan jail in Misrata": no event took place
			}
			for _, p := range st.places {
				if p.pos > m.last() {
					return p.name
				}
			}
		}
	}
	return ""
}

// afterEventNoun reports whether an event trigger ends at most five words
// before token k: "the talks, held in Geneva", "the meeting took place in".
func (x *article) afterEventNoun(st *sent, k int) bool {
	for _, t := range st.trig {
		if t.last() < k && k-t.last() <= 5 {
			return true
		}
	}
	return false
}

// background reports whether an event dated d is a year or more older than
// an article published on pub: history the article recalls, not news it
// reports. Unknown dates are not background.
func background(d, pub string) bool {
	if len(d) < 4 || len(pub) < 7 {
		return false
	}
	dy, err1 := strconv.Atoi(d[:4])
	py, err2 := strconv.Atoi(pub[:4])
	pm, err3 := strconv.Atoi(pub[5:7])
	if err1 != nil || err2 != nil || err3 != nil {
		return false
	}
	if len(d) < 7 {
		return py-dy >= 2 || py-dy == 1 && pm >= 6 // a bare year
	}
	dm, err := strconv.Atoi(d[5:7])
	if err != nil {
		return false
	}
	return (py*12+pm)-(dy*12+dm) >= 12
}

// later reports whether date a (YYYY[-MM[-DD]]) is after b; false when
// either is unknown or they are not comparable at full precision.
// dayAfter reports whether day a is the day after day b (both
// YYYY-MM-DD; the publication may carry a time).
func dayAfter(a, b string) bool {
	if len(a) != 10 || len(b) < 10 {
		return false
	}
	x, err1 := time.Parse("2006-01-02", a)
	y, err2 := time.Parse("2006-01-02", b[:10])
	return err1 == nil && err2 == nil && x.Sub(y) == 24*time.Hour
}

func later(a, b string) bool {
	if len(a) < 7 || len(b) < 7 {
		return false
	}
	// At the coarser of the two precisions: "2025-05" is after
	// "2025-04-16", "2025-04" is not.
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	return a[:n] > b[:n]
}

// otherDay reports whether every day sentence p states is far from date:
// "after their talks of 12 March in Ankara" lends no place to a 8 July event.
func otherDay(p *sent, date string) bool {
	if len(date) != 10 {
		return false
	}
	n := 0
	for _, d := range p.own {
		if len(d.Value) != 10 {
			continue
		}
		n++
		if closeDates(d.Value, date) {
			return false
		}
	}
	return n > 0
}

// closeDates reports whether two dates may be the same happening's: equal,
// one unknown or coarser and containing the other, or one day apart (a
// visit over two days, a caption dated the next day).
func closeDates(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) < 10 {
		return a[:len(b)] == b
	}
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return false
	}
	d := ta.Sub(tb)
	return d <= 24*time.Hour && d >= -24*time.Hour
}

// placeCode returns the country of a city or capital named in the clause
// [lo, hi) as a place or as an actor, "" when none.
func (x *article) placeCode(st *sent, lo, hi int) string {
	for _, sd := range st.locs {
		if sd.pos >= lo && sd.pos < hi && (sd.m.Kind == news.ActorCapital || sd.m.Kind == news.ActorPlace) {
			return sd.m.Code
		}
	}
	for _, sd := range st.sides {
		if sd.pos >= lo && sd.pos < hi && sd.m.Kind == news.ActorCapital {
			return sd.m.Code
		}
	}
	return ""
}

// storyPlaceCode returns the state of the article's place: the place its
// lead tells things happened in, else its dateline, else that of the last
// event told with a place of its own.
func (x *article) storyPlaceCode() string {
	lex, err := lexicon.ActorLexicon()
	if err != nil || lex == nil {
		return ""
	}
	last := ""
	for i := len(x.found) - 1; i >= 0 && last == ""; i-- {
		if x.found[i].placeOwn {
			last = x.found[i].place
		}
	}
	for _, p := range []string{x.mainPlace, x.a.Dateline, last} {
		if p == "" {
			continue
		}
		if _, code, ok := lex.Place(p); ok {
			return code
		}
	}
	return ""
}

// subordinateTime reports whether a date at token pos stands in a clause
// of another time ("after", "después de que", "nachdem") that opens after
// trigger t: it dates the act that clause tells.
func (x *article) subordinateTime(st *sent, t match, pos int) bool {
	for _, m := range st.fn["@subtime"] {
		if m.first() > t.last() && m.last() < pos {
			return true
		}
	}
	return false
}

// midSubtime reports whether token k stands in a clause of another time
// that opens inside the sentence (not "After talks on Monday, …").
func (x *article) midSubtime(st *sent, k int) bool {
	for _, m := range st.fn["@subtime"] {
		if m.first() > firstWord(st.toks)+1 && m.last() < k {
			return true
		}
	}
	return false
}
