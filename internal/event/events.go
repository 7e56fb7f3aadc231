package event

import (
	"sort"
	"time"

	"chancery/internal/news"
)

// found is one event mention before merging.
type found struct {
	typ            string
	source, target []string
	persons        []string
	mode           string
	date           string
	dateOwn        bool // stated in the sentence itself, not inherited
	place          string
	placeOwn       bool
	st             *sent
	trigger        string
}

// events reads every trigger of every sentence into found mentions.
func (x *article) events() {
	for _, st := range x.sents {
		if !st.skip {
			for _, t := range st.trig {
				if f := x.event(st, t); f != nil {
					x.found = append(x.found, f)
					if news.Symmetric(f.typ) && f.mode == news.ModeFactual {
						x.dyad = append(append([]string(nil), f.source...), f.target...)
					}
				}
			}
		}
		x.noteSubject(st)
	}
}

// noteSubject remembers the first person named in a sentence as the
// referent of a later "he"/"she"/"er"/"он".
func (x *article) noteSubject(st *sent) {
	for _, sd := range st.sides {
		if sd.m.Kind == news.ActorPerson {
			m := sd.m
			x.subject = &m
			return
		}
	}
}

// event reads the sides, persons, mode, date and place of one trigger; nil
// when the sides cannot be identified.
func (x *article) event(st *sent, t match) *found {
	typ := t.p.class
	lo, hi, strong := x.clause(st, t)
	var before, after []side
	for _, sd := range st.sides {
		switch {
		case sd.pos >= lo && sd.end <= t.first():
			before = append(before, sd)
		case sd.pos > t.first() && sd.pos < hi:
			after = append(after, sd)
		}
	}
	if len(before) == 0 || news.Symmetric(typ) && len(addUnique(codes(before), codes(after)...)) < 2 {
		// Commas may set off an apposition within the subject ("Gil, the
		// minister, and his counterpart, Lavrov, met"): look back to the
		// last strong break.
		before = before[:0]
		for _, sd := range st.sides {
			if sd.pos >= strong && sd.end <= t.first() {
				before = append(before, sd)
			}
		}
		if len(before) > 0 {
			lo = strong
		}
	}
	// A passive ("was attacked by X", "the attack by X on Y"): the agent is
	// the first actor after the agent word, everyone else is acted upon.
	passive := false
	for _, m := range st.fn["@by"] {
		if m.first() > t.last() && m.first() <= t.last()+2 {
			var agent []side
			var rest []side
			for _, sd := range after {
				if len(agent) == 0 && sd.pos > m.last() {
					agent = append(agent, sd)
				} else {
					rest = append(rest, sd)
				}
			}
			if len(agent) > 0 {
				passive = true
				before, after = agent, append(before, rest...)
			}
			break
		}
	}
	src := codes(before)
	tgt := codes(after)
	var extraPersons []string

	// Anaphora: "both sides", "they" name the current pair; "he" the last
	// subject; with neither, the subject of the sentence's first clause.
	both := false
	for _, m := range st.fn["@both"] {
		if m.first() >= lo && m.last() < hi {
			both = true
		}
	}
	if len(src) == 0 && !passive {
		if both && len(x.dyad) > 0 {
			src = addUnique(src, x.dyad...)
		} else if p := x.pronoun(st, lo, t.first()); p != nil {
			src = addUnique(src, p.Code)
			if p.Entity != "" {
				extraPersons = append(extraPersons, p.Entity)
			}
		} else if near := x.nearestGroup(st, lo); len(near) > 0 {
			src = codes(near)
		} else if p := x.pronoun(st, 0, t.first()); p != nil {
			// "…, he added at a press conference following talks with X"
			src = addUnique(src, p.Code)
			if p.Entity != "" {
				extraPersons = append(extraPersons, p.Entity)
			}
		} else if x.bothBefore(st, t.first()) && len(x.dyad) > 0 {
			src = addUnique(src, x.dyad...)
			both = true
		}
	}
	var parties []string
	if news.Symmetric(typ) {
		parties = addUnique(addUnique(nil, src...), tgt...)
		if len(parties) < 2 && both {
			parties = addUnique(parties, x.dyad...)
		}
		if len(parties) < 2 {
			return nil
		}
		if len(src) == 0 || len(src) == len(parties) {
			src = parties[:1]
		}
		tgt = nil
		for _, c := range parties {
			if !has(src, c) {
				tgt = append(tgt, c)
			}
		}
	} else {
		if len(tgt) == 0 && (t.last()+1 >= len(st.toks) || st.toks[t.last()+1].punct) && len(before) >= 2 && !x.coordinated(st, before) {
			// A verb-final clause ("Schweden will Brasilien unterstützen"):
			// the first actor is the subject, the others its objects.
			src, tgt = codes(before[:1]), codes(before[1:])
		}
		var t2 []string
		for _, c := range tgt {
			if !has(src, c) {
				t2 = append(t2, c)
			}
		}
		tgt = t2
		if len(src) == 0 || len(tgt) == 0 {
			return nil
		}
		parties = addUnique(addUnique(nil, src...), tgt...)
	}

	f := &found{typ: typ, source: src, target: tgt, st: st}
	f.trigger = x.triggerText(st, t)
	f.mode = x.mode(st, t, lo, hi)
	f.persons = x.persons(st, lo, hi, parties, extraPersons)
	f.date, f.dateOwn = x.date(st, t)
	f.place, f.placeOwn = x.place(st, t)
	if f.dateOwn && f.mode == news.ModeFactual && later(f.date, x.a.Published) {
		f.mode = news.ModeFuture // "the summit on 5 December", reported before it
	}
	return f
}

func codes(ss []side) []string {
	var out []string
	for _, s := range ss {
		out = addUnique(out, s.m.Code)
	}
	return out
}

func (x *article) triggerText(st *sent, t match) string {
	if t.first() == t.last() || len(t.idx) == t.last()-t.first()+1 {
		return x.text(st.toks, t.first(), t.last()+1)
	}
	s := ""
	for i, k := range t.idx {
		if i > 0 {
			s += " … "
		}
		s += x.text(st.toks, k, k+1)
	}
	return s
}

// clause returns the token range [lo, hi) around a trigger in which its
// sides are read: up to a clause break (punctuation other than a list comma
// or an abbreviation dot, a clause word, a speech verb) on the left, and up
// to a break or the next trigger on the right.
func (x *article) clause(st *sent, t match) (lo, hi, strong int) {
	stop := map[int]bool{}
	for _, m := range st.fn["@break"] {
		stop[m.first()] = true
	}
	for _, m := range st.speech {
		for _, k := range m.idx {
			stop[k] = true
		}
	}
	ends := map[int]bool{}
	endOf := map[int]int{}
	for _, sd := range st.sides {
		ends[sd.end] = true
		endOf[sd.pos] = sd.end
	}
	and := map[int]bool{}
	for _, m := range st.fn["@and"] {
		and[m.first()] = true
	}
	// listComma: "Russia, Cuba and Venezuela" — a comma between two actors
	// the second of which is followed by another comma or a conjunction.
	var listComma func(k int) bool
	listComma = func(k int) bool {
		e, ok := endOf[k+1]
		if !ends[k] || !ok || e >= len(st.toks) {
			return false
		}
		return and[e] || st.toks[e].fold == "," && listComma(e)
	}
	isBreak := func(k int) bool {
		tk := st.toks[k]
		if stop[k] {
			return true
		}
		if !clausePunct(tk) || tk.fold == "." {
			return false
		}
		return !(tk.fold == "," && listComma(k))
	}
	lo = t.first()
	for lo > 0 && !isBreak(lo-1) {
		lo--
	}
	strong = lo
	for strong > 0 && (!isBreak(strong-1) || st.toks[strong-1].fold == ",") {
		strong--
	}
	next := len(st.toks)
	for _, m := range st.trig {
		if m.first() > t.last() && m.first() < next {
			next = m.first()
		}
	}
	hi = t.last() + 1
	for hi < next && !isBreak(hi) {
		hi++
	}
	return lo, hi, strong
}

// pronoun returns the person a subject pronoun in [lo, at) refers to: the
// nearest person named earlier in the sentence, else the last subject.
func (x *article) pronoun(st *sent, lo, at int) *news.ActorMention {
	for _, m := range st.fn["@pron"] {
		if m.first() < lo || m.first() >= at {
			continue
		}
		for i := len(st.sides) - 1; i >= 0; i-- {
			sd := st.sides[i]
			if sd.end <= m.first() && sd.m.Kind == news.ActorPerson && sd.m.Code != "" {
				return &st.sides[i].m
			}
		}
		if x.subject != nil && x.subject.Code != "" {
			return x.subject
		}
	}
	return nil
}

// mode returns the closest mode marker before the trigger in its clause
// (or just after it, for markers flagged so), "" when none. The pattern's
// own mode flag counts too.
func (x *article) mode(st *sent, t match, lo, hi int) string {
	mode := ""
	for _, f := range []string{news.ModeFuture, news.ModeIntend, news.ModeNegated} {
		if t.p.has(f) {
			mode = f
		}
	}
	bestDist, bestLen := 1<<30, 0
	for _, m := range st.modes {
		d := -1
		switch {
		case m.last() < t.first() && m.first() >= lo:
			d = t.first() - m.last() - 1
			limit := 6
			if m.p.has("near") {
				limit = 0
			}
			if d > limit {
				d = -1
			}
		case m.first() > t.last() && m.last() < hi && m.p.has("after"):
			d = m.first() - t.last() - 1
			if d > 3 {
				d = -1
			}
		}
		if d < 0 {
			continue
		}
		if d < bestDist || d == bestDist && len(m.idx) > bestLen {
			bestDist, bestLen = d, len(m.idx)
			mode = m.p.class
		}
	}
	if mode == "hypo" {
		mode = news.ModeIntend
	}
	switch mode {
	case news.ModeFactual, news.ModeFuture, news.ModeIntend, news.ModeNegated:
		return mode
	}
	return news.ModeFactual
}

// persons returns the local ids of the persons taking part: those named in
// the sentence who serve one of the parties (or, of unknown country, stand
// in the trigger's clause), and those the sentence calls "counterpart".
func (x *article) persons(st *sent, lo, hi int, parties, extra []string) []string {
	var out []string
	for _, sd := range st.sides {
		if sd.m.Kind != news.ActorPerson || sd.m.Entity == "" {
			continue
		}
		if has(parties, sd.m.Code) || sd.m.Code == "" && sd.pos >= lo && sd.pos < hi {
			out = addUnique(out, sd.m.Entity)
		}
	}
	out = addUnique(out, extra...)
	for _, m := range st.fn["@counterpart"] {
		if id := x.counterpart(st, m, out); id != "" && has(parties, x.entities[id].Country) {
			out = addUnique(out, id)
		}
	}
	return out
}

// counterpart resolves "his Cuban counterpart" when no name follows: the
// person of that country in the article who shares a role with a person
// already taking part, else the only person of that country.
func (x *article) counterpart(st *sent, m match, have []string) string {
	code := ""
	for _, sd := range st.sides {
		if sd.end <= m.first() && sd.end >= m.first()-3 && sd.m.Kind != news.ActorPerson {
			code = sd.m.Code
		}
		if sd.m.Kind == news.ActorPerson && sd.pos > m.last() && sd.pos <= m.last()+4 {
			return "" // named: "his Cuban counterpart, Bruno Rodríguez"
		}
	}
	if code == "" {
		return ""
	}
	roles := map[string]bool{}
	for _, id := range have {
		if e := x.entities[id]; e != nil {
			for _, r := range e.Roles {
				roles[r] = true
			}
		}
	}
	var cands []string
	shared := ""
	for _, e := range x.a.Analysis.Entities {
		if e.Kind != news.KindPerson || e.Country != code {
			continue
		}
		cands = append(cands, e.ID)
		for _, r := range e.Roles {
			if roles[r] && shared == "" {
				shared = e.ID
			}
		}
	}
	if shared != "" {
		return shared
	}
	if len(cands) == 1 {
		return cands[0]
	}
	return ""
}

// date returns the trigger's date: a date of its own sentence that is
// nearer to it than to any other trigger, else one standing before it in
// the sentence ("On Monday, X met Y and they agreed"), else the closest
// dated sentence before it in the paragraph, else the article's main date.
func (x *article) date(st *sent, t match) (string, bool) {
	bestOwn, bestBefore := -1, -1
	dOwn, dBefore := 1<<30, 1<<30
	for i, d := range st.dates {
		pos := tokenAt(st.toks, d.Start)
		if pos < 0 {
			continue
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
		}
	}
	if bestOwn >= 0 {
		return st.dates[bestOwn].Value, true
	}
	if bestBefore >= 0 {
		return st.dates[bestBefore].Value, true
	}
	for i := st.i - 1; i >= 0; i-- {
		p := x.sentByIndex(i)
		if p == nil {
			continue
		}
		if p.s.Para != st.s.Para {
			break
		}
		if len(p.dates) > 0 {
			return p.dates[0].Value, false
		}
	}
	return x.mainDate, false
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

func (x *article) sentByIndex(i int) *sent {
	// x.sents is in sentence order with gaps only for invalid spans.
	j := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].i >= i })
	if j < len(x.sents) && x.sents[j].i == i {
		return x.sents[j]
	}
	return nil
}

// place returns the trigger's place: the nearest locative place of its
// sentence, else that of the closest preceding sentence of the paragraph,
// else the article's "took place in" place, else the dateline.
func (x *article) place(st *sent, t match) (string, bool) {
	if len(st.places) > 0 {
		best, bd := "", 1<<30
		for _, p := range st.places {
			if d := dist(p.pos, t); d < bd {
				best, bd = p.name, d
			}
		}
		return best, true
	}
	for i := st.i - 1; i >= 0; i-- {
		p := x.sentByIndex(i)
		if p == nil {
			continue
		}
		if p.s.Para != st.s.Para {
			break
		}
		if len(p.places) > 0 {
			return p.places[0].name, false
		}
	}
	if x.mainPlace != "" {
		return x.mainPlace, false
	}
	return x.a.Dateline, false
}

// leadDate is the article's main event date: the first full date resolved
// in the lead paragraphs (the first three), else the first coarser one, not
// after the publication date.
func (x *article) leadDate() string {
	coarse := ""
	for _, st := range x.sents {
		if st.s.Para > 2 {
			break
		}
		if st.skip {
			continue
		}
		for _, d := range st.dates {
			if later(d.Value, x.a.Published) {
				continue
			}
			if len(d.Value) == 10 {
				return d.Value
			}
			if coarse == "" {
				coarse = d.Value
			}
		}
	}
	return coarse
}

// tookPlace is the place of the article's first "took place in" / "was
// held in" sentence.
func (x *article) tookPlace() string {
	for _, st := range x.sents {
		if st.skip || len(st.places) == 0 {
			continue
		}
		for _, m := range st.fn["@took"] {
			for _, p := range st.places {
				if p.pos > m.last() {
					return p.name
				}
			}
		}
	}
	return ""
}

// later reports whether date a (YYYY[-MM[-DD]]) is after b; false when
// either is unknown or they are not comparable at full precision.
func later(a, b string) bool {
	if len(a) != 10 || len(b) != 10 {
		return false
	}
	return a > b
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

// merged folds the found mentions of one happening into one Event: same
// type and mode, the same parties (one set within the other for symmetric
// types; overlapping sources and targets otherwise) and close dates.
func (x *article) merged() []news.Event {
	var evs []*news.Event
	var own []bool // whether an event's date was stated by one of its mentions
	var ownPlace []bool
	for _, f := range x.found {
		m := news.Mention{Text: x.a.Body[f.st.s.Start:f.st.s.End], Span: f.st.s.Span, Date: f.date, Place: f.place, Trigger: f.trigger}
		k := -1
		for i, e := range evs {
			if e.Type == f.typ && e.Mode == f.mode && sameSides(e, f) && closeDates(e.Date, f.date) {
				k = i
				break
			}
		}
		if k < 0 {
			evs = append(evs, &news.Event{Type: f.typ, Source: f.source, Target: f.target, Persons: f.persons,
				Date: f.date, Place: f.place, Mode: f.mode, Mentions: []news.Mention{m}})
			own = append(own, f.dateOwn)
			ownPlace = append(ownPlace, f.placeOwn)
			continue
		}
		e := evs[k]
		if !news.Symmetric(e.Type) {
			e.Source = addUnique(e.Source, f.source...)
			e.Target = addUnique(e.Target, f.target...)
		} else {
			for _, c := range append(append([]string(nil), f.source...), f.target...) {
				if !has(e.Source, c) && !has(e.Target, c) {
					e.Target = append(e.Target, c)
				}
			}
		}
		e.Persons = addUnique(e.Persons, f.persons...)
		if (f.dateOwn && !own[k]) || e.Date == "" || len(f.date) > len(e.Date) && closeDates(e.Date, f.date) && f.dateOwn == own[k] {
			if f.date != "" {
				e.Date, own[k] = f.date, own[k] || f.dateOwn
			}
		}
		if (f.placeOwn && !ownPlace[k]) || e.Place == "" {
			if f.place != "" {
				e.Place, ownPlace[k] = f.place, ownPlace[k] || f.placeOwn
			}
		}
		last := &e.Mentions[len(e.Mentions)-1]
		if last.Span == m.Span {
			continue // two triggers of one sentence: one report
		}
		e.Mentions = append(e.Mentions, m)
	}
	out := make([]news.Event, 0, len(evs))
	for _, e := range evs {
		if e.Persons == nil {
			e.Persons = []string{}
		}
		out = append(out, *e)
	}
	return out
}

func sameSides(e *news.Event, f *found) bool {
	if news.Symmetric(e.Type) {
		a := addUnique(addUnique(nil, e.Source...), e.Target...)
		b := addUnique(addUnique(nil, f.source...), f.target...)
		return subset(a, b) || subset(b, a)
	}
	return overlap(e.Source, f.source) && overlap(e.Target, f.target)
}

func subset(a, b []string) bool {
	for _, v := range a {
		if !has(b, v) {
			return false
		}
	}
	return true
}

func overlap(a, b []string) bool {
	for _, v := range a {
		if has(b, v) {
			return true
		}
	}
	return false
}

// nearestGroup returns the actors of the nearest clause before token lo
// that names any: the subject a trigger shares with its sentence's main
// clause ("Lavrov told reporters following talks with X").
func (x *article) nearestGroup(st *sent, lo int) []side {
	var out []side
	for k := lo - 1; k >= 0; k-- {
		for i := len(st.sides) - 1; i >= 0; i-- {
			if st.sides[i].pos == k {
				out = append(out, st.sides[i])
			}
		}
		if len(out) > 0 && k > 0 && clausePunct(st.toks[k-1]) && st.toks[k-1].fold != "." && st.toks[k-1].fold != "," {
			break
		}
		if len(out) > 0 && k > 0 && st.toks[k-1].fold == "," {
			// a list comma between two actors keeps the group together
			prevIsActor := false
			for _, sd := range st.sides {
				if sd.end == k-1 {
					prevIsActor = true
				}
			}
			if !prevIsActor {
				break
			}
		}
		if len(out) > 0 && x.breakWord(st, k) {
			break
		}
	}
	return out
}

func (x *article) breakWord(st *sent, k int) bool {
	for _, m := range st.fn["@break"] {
		if m.first() == k {
			return true
		}
	}
	for _, m := range st.speech {
		if m.first() == k {
			return true
		}
	}
	return false
}

// bothBefore reports whether "both sides", "they" … stands before token at.
func (x *article) bothBefore(st *sent, at int) bool {
	for _, m := range st.fn["@both"] {
		if m.last() < at {
			return true
		}
	}
	return false
}

// coordinated reports whether the actors are joined by a conjunction or a
// comma ("Russia and Cuba"), i.e. form one subject.
func (x *article) coordinated(st *sent, ss []side) bool {
	for i := 1; i < len(ss); i++ {
		for k := ss[i-1].end; k < ss[i].pos; k++ {
			if st.toks[k].fold == "," {
				return true
			}
			for _, m := range st.fn["@and"] {
				if m.first() == k {
					return true
				}
			}
		}
	}
	return false
}
