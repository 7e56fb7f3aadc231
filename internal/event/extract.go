// Package event finds PLOVER events and direct quotes in one analysed
// article. Triggers, speech verbs and mode markers are data
// (internal/lexicon/data/<lang>/events.txt, speech.txt, modes.txt); this
// package only knows how to match them against a sentence's tokens and how
// to read an event's sides, persons, mode, date and place from the actor
// mentions around a trigger.
//
// Precision comes first: an event is kept only when its sides can be read
// from the sentence (or from a clear anaphor such as "both sides" or "he"),
// and the mentions of one happening within the article merge into one Event.
package event

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"chancery/internal/lexicon"
	"chancery/internal/news"
)

// Extract finds the events and direct quotes of an analysed article. It
// needs a.Body, a.Lang, a.Published, a.Dateline, a.Analysis.Sentences and
// a.Analysis.Actors and .Entities; it fills a.Analysis.Events (one Event per
// distinct happening, one Mention per sentence stating it, local entity
// ids), a.Analysis.Quotes and a.Analysis.Dates.
func Extract(a *news.Article) {
	if a == nil || a.Analysis == nil {
		return
	}
	extract(a, timexDates(a))
}

// dateFinder returns the resolved dates of one sentence, spans in body
// coordinates. Tests pass their own.
type dateFinder func(s news.Sentence) []news.DateRef

func extract(a *news.Article, dates dateFinder) {
	an := a.Analysis
	t := tablesFor(a.Lang)
	for _, e := range t.errs {
		a.Notes = append(a.Notes, "event: "+e)
	}
	x := newArticle(a, t, dates)
	an.Dates = an.Dates[:0]
	for _, s := range x.sents {
		an.Dates = append(an.Dates, s.dates...)
	}
	x.mainDate = x.leadDate()
	x.mainPlace = x.tookPlace()
	x.events()
	x.splitHosts()
	an.Events = x.merged()
	an.Quotes = x.quotes()
	if an.Events == nil {
		an.Events = []news.Event{}
	}
	if an.Quotes == nil {
		an.Quotes = []news.Quote{}
	}
}

// validDates drops date refs whose spans do not lie in the body or whose
// value is empty, so that bad finder output cannot break offsets.
func validDates(ds []news.DateRef, body string) []news.DateRef {
	out := ds[:0]
	for _, d := range ds {
		if d.Value == "" || d.Start < 0 || d.End > len(body) || d.Start > d.End {
			continue
		}
		out = append(out, d)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// article is the working state of one extraction.
type article struct {
	a         *news.Article
	t         *tables
	sents     []*sent
	entities  map[string]*news.Entity
	mainDate  string
	mainPlace string
	// dyad is the parties of the last symmetric event, for "both sides".
	dyad []string
	// subject is the last person who was the subject of a sentence, for "he".
	subject  *news.ActorMention
	top      []string // topPair, once counted ([] when there is none)
	found    []*found
	speakers []speakerAt // speech-verb subjects in body order, for quotes
}

// sent is one sentence with what was matched in it.
type sent struct {
	s      news.Sentence
	i      int
	toks   []token
	depth  []int // parenthesis depth of each token
	fn     map[string][]match
	trig   []match
	speech []match
	modes  []match
	sides  []side
	locs   []side // actors in a locative phrase: territory, not a side
	soft   []bool // quotation marks around a short phrase: no clause break
	rel    []bool // tokens of relative clauses set off by commas (relClauses)
	places []place
	dates  []news.DateRef
	own    []news.DateRef // dates not inside a parenthesis: the ones events use
	// content are the first tokens of acts a verb asks for or alleges
	// (dropped as triggers): the verb's object ends there.
	content []int
	// objects are the noun triggers read as a verb trigger's object
	// ("condemned the agreement"): what the verb is about.
	objects []match
	skip    bool
}

// side is an actor mention that may be a side of an event.
type side struct {
	m        news.ActorMention
	pos, end int // token range
}

// place is a locative place mention ("in Moscow").
type place struct {
	name string
	pos  int
	// where: the place is followed by ", where": the clause after it
	// is told of it (see whereAfter).
	where bool
	// arrive: the city a visitor arrived in (see arrivedAt), the place of
	// the sentence's events even from a relative clause.
	arrive bool
}

func newArticle(a *news.Article, t *tables, dates dateFinder) *article {
	x := &article{a: a, t: t, entities: map[string]*news.Entity{}}
	for i := range a.Analysis.Entities {
		e := &a.Analysis.Entities[i]
		x.entities[e.ID] = e
	}
	actors := append([]news.ActorMention(nil), a.Analysis.Actors...)
	sort.SliceStable(actors, func(i, j int) bool { return actors[i].Start < actors[j].Start })
	k := 0
	for i, s := range a.Analysis.Sentences {
		if s.Start < 0 || s.End > len(a.Body) || s.Start >= s.End {
			continue
		}
		st := &sent{s: s, i: i, toks: tokenize(a.Body, s.Start, s.End), fn: map[string][]match{}}
		for k < len(actors) && actors[k].Start < s.Start {
			k++
		}
		var in []news.ActorMention
		for j := k; j < len(actors) && actors[j].Start < s.End; j++ {
			if actors[j].End <= s.End && actors[j].End > actors[j].Start {
				in = append(in, actors[j])
			}
		}
		if dates != nil {
			st.dates = validDates(dates(st.s), a.Body)
		}
		x.analyse(st, in)
		st.own = outsideParens(st, st.dates)
		x.sents = append(x.sents, st)
	}
	return x
}

// analyse matches the tables against a sentence and sorts its actor
// mentions into sides and places.
func (x *article) analyse(st *sent, actors []news.ActorMention) {
	toks := st.toks
	st.depth = make([]int, len(toks))
	d := 0
	for i, tk := range toks {
		if tk.punct && (tk.fold == ")" || tk.fold == "]") && d > 0 {
			d--
		}
		st.depth[i] = d
		if tk.punct && (tk.fold == "(" || tk.fold == "[") {
			d++
			st.depth[i] = d
		}
	}
	// A sentence cut inside a parenthesis ("… (members: Armenia. Belarus and
	// Russia).") closes one it never opened: what stands before the
	// unmatched mark is inside too.
	open := 0
	for i, tk := range toks {
		if tk.punct && (tk.fold == "(" || tk.fold == "[") {
			open++
		}
		if tk.punct && (tk.fold == ")" || tk.fold == "]") {
			if open > 0 {
				open--
				continue
			}
			for k := 0; k <= i; k++ {
				st.depth[k]++
			}
		}
	}
	for _, m := range x.t.words.all(toks) {
		if m.first() == m.last() && x.acronym(toks[m.first()]) && !x.titleCase(st) {
			continue // "asked the WHO for help", "US troops": a name, not who or us
		}
		if m.p.class == "@by" && m.last()+1 < len(toks) && startsWithDigit(toks[m.last()+1].fold) {
			// "ein Hilfspaket von 300 Millionen Euro für Tansania", "un
			// pacchetto da 80 milioni": a measure, not the agent.
			continue
		}
		st.fn[m.p.class] = append(st.fn[m.p.class], m)
	}
	for _, m := range st.fn["@skip"] {
		if firstWord(toks) == m.first() {
			st.skip = true
		}
	}
	st.speech = best(x.t.speech.all(toks))
	st.modes = x.t.modes.all(toks)
	st.soft = softQuotes(toks)
	st.rel = x.relClauses(st)
	var trig []match
	for _, m := range best(x.nounOrVerb(st, x.t.events.all(toks))) {
		if m.p.class == "NONE" || st.depth[m.first()] > 0 {
			continue // a masked phrase, or a trigger inside a parenthesis
		}
		if x.inName(st, m) {
			continue // "the Rapid Support Forces": a word of a name
		}
		trig = append(trig, m)
	}
	st.trig = x.dropObjects(st, trig)
	isLoc, isTopic := x.locativeScope(st)
	speakerEnd := x.locSpeakerEnd(st)
	// Places named inside a quotation ("they will not be welcome in Oslo")
	// are the speaker's words, not where the event happened.
	quoted := make([]bool, len(st.toks))
	in := false
	for i, tk := range st.toks {
		if tk.punct && tk.fold == `"` && !(i < len(st.soft) && st.soft[i]) {
			in = !in
			continue
		}
		quoted[i] = in
	}
	for i, m := range actors {
		if within(actors, i) {
			continue // "Russian" inside "the Russian Foreign Ministry"
		}
		pos := tokenAt(toks, m.Start)
		if pos < 0 {
			continue
		}
		end := pos
		for end < len(toks) && toks[end].start < m.End {
			end++
		}
		if st.depth[pos] > 0 {
			continue // "(formed by Armenia, Belarus ...)": members, not sides
		}
		if m.Kind != news.ActorPerson && m.Kind != news.ActorOrg && x.nonState(st, pos, end) {
			continue // "Chile's opposition", "la oposición chilena": not the state
		}
		// "В МИД России заявили, что …": the institution a sentence
		// opens with, in a locative, before an impersonal speech verb,
		// is who speaks.
		loc := (isLoc[pos] || x.locativeCase(m)) && !(pos < speakerEnd && m.Kind != news.ActorPlace)
		// "a court in Kaliningrad", "the authorities in Minsk": the place
		// stands for its state's institution.
		seat := pos >= 2 && x.isWord(st, "@seat", pos-2) && x.isWord(st, "@loc", pos-1) && m.Code != ""
		if seat && m.Kind == news.ActorPlace {
			st.places = append(st.places, place{name: m.Place, pos: pos})
			st.sides = append(st.sides, side{m: m, pos: pos, end: end})
			continue
		}
		if m.Kind == news.ActorCapital && !loc && x.travelTo(st, pos) {
			// "Antes de embarcar para Caracas, X conversou com Y": where
			// someone went is no party to what the sentence tells.
			st.locs = append(st.locs, side{m: m, pos: pos, end: end})
			continue
		}
		if !loc && m.Place != "" && !quoted[pos] && (m.Kind == news.ActorPlace || m.Kind == news.ActorCapital) && x.arrivedAt(st, pos) {
			// "X, who arrived in Kyiv on Thursday, met Y": the visitor's
			// city is the place of the sentence's events.
			st.places = append(st.places, place{name: m.Place, pos: pos, arrive: true})
		}
		where := (x.whereAfter(st, end) || x.travelWhere(st, end)) && m.Place != "" && !quoted[pos] && (m.Kind == news.ActorPlace || m.Kind == news.ActorCapital)
		if where && !loc {
			// "went on to Da Nang, where they signed": the place of what
			// the clause after it tells, whatever led to it.
			st.places = append(st.places, place{name: m.Place, pos: pos, where: true})
		}
		if m.Kind == news.ActorPlace || (m.Kind == news.ActorCapital && loc) {
			if loc && m.Place != "" && !isTopic[pos] && !quoted[pos] {
				st.places = append(st.places, place{name: m.Place, pos: pos, where: where})
			}
			// A city as the object ("shelled Kharkiv") is territory too:
			// what an attack may be aimed at.
			if m.Code != "" {
				st.locs = append(st.locs, side{m: m, pos: pos, end: end})
			}
			continue
		}
		if loc && m.Kind != news.ActorPerson {
			// "in the Canadian city of", "within the framework of the OSCE": where,
			// not who; kept aside as the territory an attack or a
			// deployment may be aimed at ("in Afghanistan's Khost province").
			if m.Code != "" {
				st.locs = append(st.locs, side{m: m, pos: pos, end: end})
			}
			continue
		}
		st.sides = append(st.sides, side{m: m, pos: pos, end: end})
	}
}

// arrivedAt reports whether an arrival verb stands right before token pos,
// or before the preposition before it ("arrived in", "прибув до").
func (x *article) arrivedAt(st *sent, pos int) bool {
	for _, m := range st.fn["@arrive"] {
		if m.last() == pos-1 || m.last() == pos-2 && !st.toks[pos-1].punct {
			return true
		}
	}
	return false
}

// travelTo reports whether a travel verb stands one or two words before
// token pos ("flew to Caracas", "embarcar para Caracas", "вылетел в
// Каракас").
func (x *article) travelTo(st *sent, pos int) bool {
	for _, m := range st.fn["@travel"] {
		if m.last() == pos-2 || m.last() == pos-3 && !st.toks[pos-1].punct && !st.toks[pos-2].punct {
			return true
		}
	}
	return false
}

// whereAfter reports whether a place ending at token end is followed by a
// comma and "where": "went on to Da Nang, where they signed an accord" —
// the clause after it happened there, whatever preposition led to it.
func (x *article) whereAfter(st *sent, end int) bool {
	return end+1 < len(st.toks) && st.toks[end].fold == "," && x.isWordAt(st, "@where", end+1)
}

// travelWhere reports whether a travel verb follows the place at token k
// and a relative "where" clause follows the verb, in a language that puts
// the verb after its goal ("Belgrádba utazik, ahol …"): the clause tells
// what happens there.
func (x *article) travelWhere(st *sent, k int) bool {
	if !objectBefore[x.a.Lang] {
		return false
	}
	for _, c := range []string{"@travel", "@arrive"} {
		for _, m := range st.fn[c] {
			if m.first() == k && x.whereAfter(st, m.last()+1) {
				return true
			}
		}
	}
	return false
}

// locSpeakerEnd returns where the locative phrase that opens a sentence
// ends when a speech verb follows it before any trigger ("У посольстві
// Росії в Кишиневі заявили, що …": the phrase ends before "в"), or -1.
// Its institution and state speak; the city after a second locative
// word stays a place.
func (x *article) locSpeakerEnd(st *sent) int {
	k0 := firstWord(st.toks)
	if k0 < 0 || !x.isWord(st, "@loc", k0) {
		return -1
	}
	say := -1
	for _, m := range st.speech {
		if m.first() > k0 && m.first() <= k0+10 {
			say = m.first()
			break
		}
	}
	if say < 0 {
		return -1
	}
	for _, m := range st.trig {
		if m.first() < say {
			return -1
		}
	}
	end := k0 + 1
	for end < say && !st.toks[end].punct && !st.brk(end) && !x.isWord(st, "@loc", end) {
		end++
	}
	if say-end > 2 {
		// "In Brussels, EU ministers said": the verb has a subject of
		// its own; only an impersonal verb right after the phrase (and
		// a second place) makes the institution speak.
		return -1
	}
	return end
}

// locativeScope marks the tokens governed by a locative preposition: from
// "in" to the next clause break, partner word or trigger. Mentions there
// name where something happened, not who acted.
func (x *article) locativeScope(st *sent) (out, topic []bool) {
	out = make([]bool, len(st.toks))
	topic = make([]bool, len(st.toks))
	stop := map[int]bool{}
	for _, c := range []string{"@with", "@by", "@break", "@both", "@counterpart", "@message"} {
		for _, m := range st.fn[c] {
			stop[m.first()] = true
		}
	}
	for _, m := range st.trig {
		for _, k := range m.idx {
			stop[k] = true
		}
	}
	for _, m := range st.speech {
		stop[m.first()] = true
	}
	aux := map[int]bool{}
	for _, m := range st.fn["@aux"] {
		aux[m.first()] = true
	}
	// "In den frühen Morgenstunden des Freitags haben israelische
	// Kampfflugzeuge …": a finite
	// auxiliary ends the prepositional phrase; what follows is the clause.
	for _, m := range st.fn["@finite"] {
		stop[m.first()] = true
	}
	locs := st.fn["@loc"]
	for _, m := range st.fn["@with"] {
		// "near the border with Poland", "у границы с Польшей": territory,
		// not a partner.
		if m.first() > 0 && x.isWord(st, "@border", m.first()-1) {
			locs = append(locs, m)
		}
	}
	for _, m := range locs {
		if tk := st.toks[m.first()]; aux[m.first()] && m.first() == m.last() && !accented(x.a.Body[tk.start:tk.end]) {
			continue // French "a" (has) folds like "à" (in): only the accented one is a place word
		}
		if m.first() > 0 && x.isWord(st, "@seat", m.first()-1) {
			continue // "the government in Minsk": the capital names who governs
		}
		if k := m.last() + 1; k < len(st.toks) && x.inDate(st, k) {
			continue // "am Montag", "во вторник", "in March": when, not where
		}
		if x.dateSoon(st, m.last()+1) {
			continue // "в ночь на пятницу", "in the small hours of Friday"
		}
		// "the situation in Gaza", "la crise au Sahel": a topic's place,
		// not where the event happened.
		about := m.first() > 0 && x.isWord(st, "@topic", m.first()-1)
		// "у відносинах Києва та Варшави", "in the relations between": a
		// topic noun right after the preposition.
		about = about || m.last()+1 < len(st.toks) && x.isWordAt(st, "@topic", m.last()+1)
		for k := m.last() + 1; k < len(st.toks); k++ {
			if stop[k] || st.brk(k) || k-m.last() > 12 {
				break
			}
			out[k] = true
			topic[k] = about
		}
	}
	return out, topic
}

// locativeEndings are, for languages that say "in" with a case ending
// rather than a preposition, those endings, folded: Hungarian
// "Moszkvában", "Pekingben", "Budapesten", "Magyarországon".
var locativeEndings = map[string][]string{"hu": {"ban", "ben", "orszagon", "budapesten"}}

// locativeCase reports whether a place or state mention is in such a
// locative case: where, not who.
func (x *article) locativeCase(m news.ActorMention) bool {
	ends := locativeEndings[x.a.Lang]
	if len(ends) == 0 || m.Kind != news.ActorPlace && m.Kind != news.ActorCapital && m.Kind != news.ActorState {
		return false
	}
	key := lexicon.Fold(m.Text)
	for _, e := range ends {
		if strings.HasSuffix(key, e) {
			return true
		}
	}
	return false
}

// dateSoon reports whether a date starts within the four words from token
// k, no punctuation between: the phrase a locative opens there tells when
// ("в ночь на пятницу", "in the small hours of Friday").
func (x *article) dateSoon(st *sent, k int) bool {
	for j := k; j < len(st.toks) && j < k+4; j++ {
		if st.toks[j].punct || x.upper(st.toks[j]) && !x.inDate(st, j) {
			return false // a name first: "in Istanbul martedì scorso" is where
		}
		if x.inDate(st, j) {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the first token starting at or after off, or
// -1.
func tokenAt(toks []token, off int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].end > off })
	if i == len(toks) {
		return -1
	}
	return i
}

func firstWord(toks []token) int {
	for i, t := range toks {
		if !t.punct {
			return i
		}
	}
	return -1
}

// text returns the body text of a token range.
func (x *article) text(toks []token, from, to int) string {
	if from < 0 || to > len(toks) || from >= to {
		return ""
	}
	return x.a.Body[toks[from].start:toks[to-1].end]
}

func has(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func addUnique(list []string, s ...string) []string {
	for _, v := range s {
		if v != "" && !has(list, v) {
			list = append(list, v)
		}
	}
	return list
}

func trim(s string) string { return strings.TrimSpace(s) }

func punctBetween(toks []token, from, to int) bool {
	for k := from + 1; k < to && k < len(toks); k++ {
		if toks[k].punct {
			return true
		}
	}
	return false
}

// within reports whether actors[i] lies inside a longer mention.
func within(actors []news.ActorMention, i int) bool {
	m := actors[i]
	for j, o := range actors {
		if j != i && o.Start <= m.Start && o.End >= m.End && o.Len() > m.Len() {
			return true
		}
	}
	return false
}

// brk reports whether token k of the sentence ends a clause: clause
// punctuation other than a dot, unless it is a quotation mark around a
// short phrase ("threatened a \"merciless\" response").
func (st *sent) brk(k int) bool {
	tk := st.toks[k]
	if !clausePunct(tk) || tk.fold == "." {
		return false
	}
	return !(k < len(st.soft) && st.soft[k])
}

// maxSoftQuote is the longest quoted phrase, in words, that reads as part
// of its clause (a scare quote or a quoted adjective) rather than as a
// quotation of its own.
const maxSoftQuote = 4

// softQuotes marks the quotation marks that enclose a short phrase with no
// other punctuation: they do not break the clause around them.
func softQuotes(toks []token) []bool {
	out := make([]bool, len(toks))
	open := -1
	for k, t := range toks {
		if !t.punct {
			continue
		}
		if t.fold != `"` {
			open = -1
			continue
		}
		if open >= 0 && k-open-1 >= 1 && k-open-1 <= maxSoftQuote {
			out[open], out[k] = true, true
			open = -1
			continue
		}
		open = k
	}
	return out
}

// contentOf are the types whose verb takes an act as its content: the act
// a verb of these governs is not an event of its own.
var contentOf = map[string]bool{news.Request: true, news.Accuse: true}

// maxObjectGap is how far (in tokens) a noun trigger may stand after a verb
// trigger of its clause and still be read as its object ("accused Egypt of
// deliberately stalling negotiations").
const maxObjectGap = 14

// dropObjects removes the noun triggers that only name the object or topic
// of a verb trigger of the same clause: after it ("rejected the
// accusations", "condemned the attack", "accused X of stalling
// negotiations") or before a clause-final verb ("hat die Forderung …
// zurückgewiesen", "the demand was rejected"). They are part of that
// event, not events of their own.
func (x *article) dropObjects(st *sent, trig []match) []match {
	sameClause := func(a, b int) bool {
		if a > b {
			a, b = b, a
		}
		for k := a + 1; k < b; k++ {
			if st.brk(k) {
				return false
			}
		}
		return true
	}
	clauseFinal := func(m match) bool {
		k := m.last() + 1
		return k >= len(st.toks) || st.toks[k].punct && st.toks[k].fold != "'"
	}
	withAfter := func(k int) bool {
		for _, w := range st.fn["@with"] {
			if w.first() > k && w.first() <= k+3 {
				return true
			}
		}
		return false
	}
	// ownAct: the noun names its own agent and its own day ("a protest
	// note on Monday over the seizure of a trawler by Russian border
	// guards on Saturday"): an act of its own, not the verb's object.
	ownAct := func(m match) bool {
		by := false
		for _, b := range st.fn["@by"] {
			if b.first() > m.last() && b.first() <= m.last()+6 && !punctBetween(st.toks, m.last(), b.first()) {
				// (Before the sides are read: an actor named right
				// after it, an article aside.)
				if k := b.last() + 2; k < len(st.toks) {
					for _, am := range x.a.Analysis.Actors {
						if am.Start >= st.toks[b.last()+1].start && am.Start <= st.toks[k].start {
							by = true
						}
					}
				}
			}
		}
		if !by {
			return false
		}
		limit := min(m.last()+14, len(st.toks)-1)
		for _, d := range st.dates {
			if d.Start <= st.toks[m.last()].end || d.Start > st.toks[limit].end || punctBetween(st.toks, m.last(), tokenAt(st.toks, d.Start)) {
				continue
			}
			for _, e := range st.dates {
				if e.End <= st.toks[m.first()].start && e.Value != d.Value {
					return true
				}
			}
		}
		return false
	}
	var out []match
	content := -1 // the last act dropped as what a verb asks for or alleges
	for i, m := range trig {
		if content >= 0 && !m.p.has("noun") && m.first()-content <= 6 && x.andBetween(st, content, m.first()) && !punctBetween(st.toks, content, m.first()) {
			// "accusé la Russie de déployer des troupes près de Gotland et
			// de fournir des armes": the second act alleged too.
			st.content = append(st.content, m.first())
			content = m.last()
			continue
		}
		if i > 0 && trig[i-1].p.class == "THREATEN" && m.p.class != "THREATEN" && m.first()-trig[i-1].last() <= 4 &&
			!punctBetween(st.toks, trig[i-1].last(), m.first()) && !x.andBetween(st, trig[i-1].last(), m.first()) {
			continue // "threatened to expel", "amenazó con expulsar": the threat, not the act
		}
		if i > 0 && contentOf[trig[i-1].p.class] && !trig[i-1].p.has("noun") && m.p.class != trig[i-1].p.class && !m.p.has("noun") &&
			m.first()-trig[i-1].last() <= 6 && !punctBetween(st.toks, trig[i-1].last(), m.first()) && !x.andBetween(st, trig[i-1].last(), m.first()) {
			// "pidió a Estados Unidos reforzar la frontera", "a accusé le
			// Rwanda de déployer des troupes": what is asked for or
			// alleged, not an act. It still ends the asking verb's
			// object: "retirar sus tropas de Ucrania" names no one asked.
			st.content = append(st.content, m.first())
			content = m.last()
			continue
		}
		if !m.p.has("noun") {
			out = append(out, m)
			continue
		}
		object := false
		for j, v := range trig {
			if j == i-1 && v.p.has("noun") && m.first()-v.last() <= 3 && !punctBetween(st.toks, v.last(), m.first()) && !(v.p.class != m.p.class && ownAct(m)) {
				object = true // "talks on cooperation": one event, named twice
			}
			if j == i || v.p.has("noun") {
				continue
			}
			if j < i && sameClause(v.last(), m.first()) {
				// Right after the verb it is its object; further on only
				// when it names no parties of its own ("agreed on the
				// decisions of the meeting held between X and Y" keeps it).
				gap := m.first() - v.last()
				object = object || (gap <= 3 || gap <= maxObjectGap && !withAfter(m.last())) && !(v.p.class != m.p.class && ownAct(m))
			}
			if j > i && clauseFinal(v) && v.first()-m.last() <= 2*maxObjectGap && sameClause(m.last(), v.first()) {
				object = true
			}
		}
		if !object {
			out = append(out, m)
		} else {
			st.objects = append(st.objects, m)
		}
	}
	return out
}

// nounOrVerb settles words that are a verb and a noun of one type: the
// longer of two stems wins, and of one word ("la firma" the signing,
// "firma" signs) the reading nounReading gives, so that the noun in "La firma è
// giunta dopo un colloquio" does not take the talks for its object.
func (x *article) nounOrVerb(st *sent, ms []match) []match {
	out := ms[:0:0]
	for i, m := range ms {
		drop := false
		for j, o := range ms {
			if i == j || o.p.class != m.p.class || !slices.Equal(o.idx, m.idx) || o.p.has("noun") == m.p.has("noun") {
				continue
			}
			if a, b := specific(m.p.text), specific(o.p.text); a != b {
				// A whole word over a stem ("demande" over "demandé*"), a
				// longer stem over a shorter one ("підписанн*", the
				// signing, over "підписан*", signed).
				drop = drop || a < b
				continue
			}
			drop = drop || m.p.has("noun") != x.nounReading(st, m.first())
		}
		if !drop {
			out = append(out, m)
		}
	}
	return out
}

// nounReading reports whether a word that is a verb and a noun of one type
// reads as the noun: after a determiner ("la firma", "una minaccia",
// "ein Treffen"), capitalized inside a German sentence, and generally
// unless a name or actor stands right before it as its subject ("Roma
// firma", "Moscou attaque").
func (x *article) nounReading(st *sent, k int) bool {
	if k > 0 && x.isWord(st, "@def", k-1) {
		return true
	}
	if x.a.Lang == "de" && k != firstWord(st.toks) && x.upper(st.toks[k]) {
		return true
	}
	if k == 0 || st.toks[k-1].punct {
		return true
	}
	return !x.upper(st.toks[k-1])
}

// specific ranks a one-word pattern: a whole word above every stem, then
// stems by length.
func specific(pattern string) int {
	if !strings.HasSuffix(pattern, "*") {
		return 1 << 20
	}
	return len(pattern)
}

// outsideParens returns the dates of a sentence that do not stand inside a
// parenthesis ("(founded in 1992)"): those say nothing of its events.
func outsideParens(st *sent, ds []news.DateRef) []news.DateRef {
	var out []news.DateRef
	for _, d := range ds {
		if pos := tokenAt(st.toks, d.Start); pos >= 0 && st.depth[pos] > 0 {
			continue
		}
		out = append(out, d)
	}
	return out
}

// accented reports whether a word has a letter outside ASCII ("à", not
// "a").
func accented(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	return false
}

// andBetween reports whether a conjunction stands strictly between tokens
// a and b: "пригрозила ответными мерами и обвинила" coordinates two acts.
func (x *article) andBetween(st *sent, a, b int) bool {
	for _, m := range st.fn["@and"] {
		if m.first() > a && m.first() < b {
			return true
		}
	}
	return false
}

// inName reports whether a trigger is a word of a capitalized name ("the
// Rapid Support Forces", "Fuerzas de Apoyo Rápido" aside): in a language
// that writes common nouns in lower case, a capitalized trigger word that
// is not the sentence's first and stands next to another capitalized word
// names something. German capitalizes every noun, so there (and in a
// headline written in title case) capitals say nothing.
func (x *article) inName(st *sent, m match) bool {
	if x.a.Lang == "de" || x.a.Lang == "lb" {
		return false
	}
	toks := st.toks
	k := m.first()
	if k == firstWord(toks) || !x.upper(toks[k]) || x.titleCase(st) {
		return false
	}
	prev := k > 0 && !toks[k-1].punct && x.upper(toks[k-1]) && k-1 != firstWord(toks)
	next := m.last()+1 < len(toks) && !toks[m.last()+1].punct && x.upper(toks[m.last()+1])
	return prev || next
}

// acronym reports whether a word token is written in capitals only, two
// letters or more (WHO, US).
func (x *article) acronym(t token) bool {
	w := x.a.Body[t.start:t.end]
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// upper reports whether a word token starts with an upper-case letter.
func (x *article) upper(t token) bool {
	r, _ := utf8.DecodeRuneInString(x.a.Body[t.start:t.end])
	return unicode.IsUpper(r)
}

// titleCase reports whether most words of a sentence are capitalized, as in
// a headline written in title case.
func (x *article) titleCase(st *sent) bool {
	n, up := 0, 0
	for _, t := range st.toks {
		if t.punct || len(t.fold) < 4 {
			continue
		}
		n++
		if x.upper(t) {
			up++
		}
	}
	return n >= 3 && up*3 >= n*2
}

// inDate reports whether token k lies inside one of the sentence's dates.
func (x *article) inDate(st *sent, k int) bool {
	tk := st.toks[k]
	for _, d := range st.dates {
		if tk.start >= d.Start && tk.end <= d.End {
			return true
		}
	}
	return false
}

// nonState reports whether a state mention at tokens [pos, end) only
// qualifies a group that does not act for the state (class @nonstate:
// "Chile's opposition", "the Chilean opposition", "la oposición chilena",
// "российские СМИ").
func (x *article) nonState(st *sent, pos, end int) bool {
	k := end
	if k < len(st.toks) && st.toks[k].fold == "s" && !st.toks[k].punct {
		k++ // "Chile's": the tokenizer drops the apostrophe
	}
	if k < len(st.toks) && x.isWordAt(st, "@nonstate", k) {
		return true
	}
	return pos > 0 && x.isWord(st, "@nonstate", pos-1)
}

// isWordAt reports whether a match of function-word class c starts at
// token k.
func (x *article) isWordAt(st *sent, c string, k int) bool {
	for _, m := range st.fn[c] {
		if m.first() == k {
			return true
		}
	}
	return false
}
