// Package actor recognizes, within one article, the states, organizations,
// places and persons it speaks of. States, organizations and places come
// from the lexicon (internal/lexicon); persons are found from context only —
// a role before a name, a role in apposition, a counterpart, a speech verb —
// and never from a list of names. Later mentions by surname resolve to the
// person named in full earlier or later in the same article.
package actor

import (
	"net/url"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"chancery/internal/lexicon"
	"chancery/internal/news"
)

// Find recognizes the states, organizations and persons of an analysed
// article (Sentences set, Lang set) and fills a.Analysis.Countries (alpha-3,
// sorted, unique), a.Analysis.Entities (local ids "p1"…, "o1"…) and
// a.Analysis.Actors (every mention, with its byte span in a.Body).
func Find(a *news.Article) {
	if a == nil {
		return
	}
	if a.Analysis == nil {
		a.Analysis = &news.Analysis{}
	}
	lex, err := lexicon.ActorLexicon()
	if err != nil {
		a.Notes = append(a.Notes, "actors: "+err.Error())
		return
	}
	sents := a.Analysis.Sentences
	if len(sents) == 0 {
		sents = paragraphs(a.Body)
	}
	f := newFinder(lex, a.Lang, a.Body, sents)
	if a.Dateline != "" {
		if _, code, ok := lex.Place(a.Dateline); ok {
			f.dateline = code
		}
	}
	f.titleStates = titleStates(lex, a.Lang, a.Title)
	f.home = lex.HomeStates(a.Lang)
	if code := outletState(lex, a); code != "" {
		f.home = []string{code}
	}
	f.run()
	fromCaptions(lex, a, f)
	sort.SliceStable(f.mentions, func(i, j int) bool { return f.mentions[i].Start < f.mentions[j].Start })
	a.Analysis.Actors = f.mentions
	a.Analysis.Entities = f.entities
	a.Analysis.Countries = f.countries()
}

// titleStates lists the states a title names, in order, once each.
func titleStates(lex *lexicon.Actors, lang, title string) []string {
	if strings.TrimSpace(title) == "" || len(title) > 1000 {
		return nil
	}
	t := newFinder(lex, lang, title, []news.Sentence{{Span: news.Span{Start: 0, End: len(title)}}})
	t.match()
	t.mergeRepublics()
	t.nameable()
	t.rejectNeighbours()
	var out []string
	for x := range t.items {
		code := t.stateOf(&t.items[x])
		if code == "" || slicesHas(out, code) {
			continue
		}
		if _, ok := lex.Country(code); ok {
			out = append(out, code)
		}
	}
	return out
}

// outletState returns the state whose press the article is, when its
// outlet says so: a masthead that names one state, its capital or its
// people ("The Harbour Times of Kenya", "Nairobi Evening Post"), or else
// a URL under a state's country-code domain. "" when neither tells. An
// English or Spanish paper has many possible homes; its own name is the
// surer guide to whose minister "the minister" is.
func outletState(lex *lexicon.Actors, a *news.Article) string {
	if a.Outlet != "" {
		if codes := namedStates(lex, a.Outlet); len(codes) == 1 {
			return codes[0]
		} else if len(codes) > 1 {
			return ""
		}
	}
	u, err := url.Parse(a.URL)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	tld := host[strings.LastIndexByte(host, '.')+1:]
	if len(tld) != 2 || genericTLD[tld] {
		return ""
	}
	code, _ := lex.Alpha2(strings.ToUpper(tld))
	return code
}

// namedStates lists the states a name holds a word or phrase for: the
// state itself, its people or its capital ("Kenya Morning Ledger",
// "Nairobi Evening Post"). The finder's rules are not used: inside a name,
// a state is part of the name, which is what is asked for here.
func namedStates(lex *lexicon.Actors, name string) []string {
	ws := lexicon.Words(name, 0)
	var out []string
	for i := range ws {
		for j := i + 1; j <= len(ws) && j <= i+3; j++ {
			for _, e := range lex.Lookup(name[ws[i].Start:ws[j-1].End]) {
				switch e.Kind {
				case lexicon.KindState, lexicon.KindDemonym, lexicon.KindCapital:
				default:
					continue
				}
				if _, ok := lex.Country(e.Code); ok && !slicesHas(out, e.Code) {
					out = append(out, e.Code)
				}
			}
		}
	}
	return out
}

// genericTLD lists country-code domains sold to anyone, which say nothing
// about where a site is published (.io, .tv, .me, ...).
var genericTLD = map[string]bool{"io": true, "tv": true, "me": true, "co": true, "fm": true, "ai": true,
	"ly": true, "gg": true, "cc": true, "ws": true, "to": true, "la": true, "sh": true, "ac": true, "eu": true,
	"am": true, "im": true, "nu": true, "tk": true, "ag": true, "vc": true, "gl": true}

// paragraphs stands in for sentences when the splitter did not run.
func paragraphs(body string) []news.Sentence {
	var out []news.Sentence
	start := 0
	for start < len(body) {
		end := strings.Index(body[start:], "\n\n")
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		if strings.TrimSpace(body[start:end]) != "" {
			out = append(out, news.Sentence{Span: news.Span{Start: start, End: end}, Para: len(out)})
		}
		start = end + 2
	}
	return out
}

// ownScript are languages whose forms of names hold only in their own
// texts: Turkish suffixes (-lı, -'da) fold into other languages' names, and
// so do Hungarian ones ("Kubát", "Malin").
var ownScript = map[string]bool{"tr": true, "hu": true}

// kindRank orders the entries a phrase may stand for: the first wins.
var kindRank = map[string]int{
	lexicon.KindOrg: 1, lexicon.KindBloc: 2, lexicon.KindBody: 3, lexicon.KindMinistry: 4,
	lexicon.KindState: 5, lexicon.KindDemonym: 6, lexicon.KindCapital: 7, lexicon.KindPlace: 8,
	lexicon.KindRole: 9, lexicon.KindCounterpart: 10, lexicon.KindTitle: 11, lexicon.KindSpeech: 12,
	lexicon.KindOf: 13, lexicon.KindDet: 14, lexicon.KindStop: 15, lexicon.KindRepublic: 16, lexicon.KindSettlement: 17,
}

// item is a lexicon phrase found in the text: words [i, j).
type item struct {
	i, j int
	e    lexicon.Entry
	// skip is a demonym found inside a role phrase ("ministre russe des
	// Affaires étrangères"); its code gives the role's state.
	skip string
	dead bool // rejected by context (part of a longer proper name)
}

func (it *item) is(kinds ...string) bool {
	if it == nil || it.dead {
		return false
	}
	for _, k := range kinds {
		if it.e.Kind == k {
			return true
		}
	}
	return false
}

// isStateLike reports whether an item names a state (by name, adjective or
// capital).
func (it *item) isStateLike() bool {
	return it.is(lexicon.KindState, lexicon.KindDemonym, lexicon.KindCapital)
}

type finder struct {
	counts map[string]int // how often each word is written (wordCounts)
	lex    *lexicon.Actors
	lang   string
	body   string
	words  []lexicon.Word
	sent   []int // sentence index per word
	first  []int // index of the sentence's first word, per sentence
	last   []int // index past the sentence's last word, per sentence
	items  []item
	at     []int // item index per word, -1 for none
	lower  map[string]bool
	name   []bool // word may be part of a person's name
	runs   []run
	runAt  []int // run index starting at word, -1
	// headline marks sentences written in title case ("Foreign Minister
	// Meets Russian Counterpart"), where capitals say nothing about names.
	headline []bool

	mentions []news.ActorMention
	entities []news.Entity
	persons  []*person
	orgs     map[string]int // code+name → entity index
	statesOf map[string]bool

	// dateline is the state of the article's dateline; titleStates the
	// states its title names, in order. Both hint at whose story it is.
	dateline    string
	titleStates []string
	// home lists the states whose press the article likely is: its
	// outlet's state, or else those of its language (home_states.tsv).
	home []string
	// quoted marks the words inside quotation marks: a state a speaker
	// names says little about whom the speaker serves.
	quoted []bool
}

func newFinder(lex *lexicon.Actors, lang, body string, sents []news.Sentence) *finder {
	f := &finder{lex: lex, lang: lang, body: body, orgs: map[string]int{}, statesOf: map[string]bool{}}
	for si, s := range sents {
		if s.Start < 0 || s.End > len(body) || s.Start >= s.End {
			f.first = append(f.first, len(f.words))
			f.last = append(f.last, len(f.words))
			continue
		}
		ws := lexicon.Words(body[s.Start:s.End], s.Start)
		f.first = append(f.first, len(f.words))
		f.words = append(f.words, ws...)
		for range ws {
			f.sent = append(f.sent, si)
		}
		f.last = append(f.last, len(f.words))
	}
	for s := range f.first {
		f.headline = append(f.headline, f.titleCase(f.first[s], f.last[s]))
	}
	f.at = make([]int, len(f.words))
	f.runAt = make([]int, len(f.words))
	f.lower = map[string]bool{}
	for _, w := range f.words {
		if !w.Punct && w.Case == lexicon.CaseAny {
			f.lower[w.Key] = true
		}
	}
	return f
}

// titleCase reports whether words [i, j) look like a title-case headline:
// three capitalized words or more, most words capitalized, and no
// lower-case word but short function words ("Foreign Minister Meets
// Russian Counterpart in Moscow"; not "Foreign Minister Ana Ruiz met
// Ivan Petrov in Lima").
func (f *finder) titleCase(i, j int) bool {
	caps, words := 0, 0
	for _, w := range f.words[i:j] {
		switch {
		case w.Punct:
			continue
		case w.Case == lexicon.CaseAny && (utf8.RuneCountInString(w.Text) > 3 || !f.lex.MinorIn(w.Key, f.lang)):
			return false
		case w.Case == lexicon.CaseTitle || w.Case == lexicon.CaseUpper:
			caps++
		}
		words++
	}
	return caps >= 3 && caps*10 >= words*6
}

func (f *finder) run() {
	f.match()
	f.mergeRepublics()
	f.settlements()
	f.acronyms()
	f.nameable()
	f.rejectNeighbours()
	f.nameable()
	f.findRuns()
	f.markQuoted()
	f.emitLexical()
	f.findPersons()
	sort.SliceStable(f.mentions, func(i, j int) bool { return f.mentions[i].Start < f.mentions[j].Start })
}

// longest returns the longest phrase of the lexicon starting at word i and
// ending before end, with its best entry. A role phrase may have one
// state adjective inside it ("ministre russe des Affaires étrangères").
func (f *finder) longest(i, end int, allowSkip bool) (j int, best lexicon.Entry, skip string, ok bool) {
	n := f.lex.Root
	skipCode := ""
	skipFrom, skipTo := -1, -1
	for k := i; k < end; {
		next := n.Next(f.words[k].Key)
		if next == nil && allowSkip && skipCode == "" && k > i {
			if dj, de, _, dok := f.longest(k, end, false); dok && dj < end &&
				(de.Kind == lexicon.KindDemonym || de.Kind == lexicon.KindState) {
				if nn := n.Next(f.words[dj].Key); nn != nil {
					skipCode, skipFrom, skipTo = de.Code, k, dj
					k = dj
					next = nn
				}
			}
		}
		if next == nil {
			break
		}
		n = next
		k++
		var cand lexicon.Entry
		found := false
		for _, e := range n.Entries {
			if skipCode != "" && e.Kind != lexicon.KindRole && e.Kind != lexicon.KindMinistry && e.Kind != lexicon.KindCounterpart {
				continue
			}
			if !f.valid(e, i, skipFrom, skipTo) {
				continue
			}
			if !found || kindRank[e.Kind] < kindRank[cand.Kind] {
				cand, found = e, true
			}
		}
		if found {
			best, j, ok, skip = cand, k, true, skipCode
		}
	}
	return j, best, skip, ok
}

// valid reports whether an entry may stand for the words from i on, less
// the skipped words [skipFrom, skipTo): its language fits the article's and
// each word fits the case it has in the data.
func (f *finder) valid(e lexicon.Entry, i, skipFrom, skipTo int) bool {
	if e.Lang != "" && f.lang != "" && e.Lang != f.lang && len(e.Case) > 0 && e.Case[0] == lexicon.CaseAny {
		return false
	}
	if (e.Kind == lexicon.KindCapital || e.Kind == lexicon.KindPlace) && e.Lang != "" && f.lang != "" && e.Lang != f.lang {
		return false // "Seul" is Seoul in Portuguese, "alone" in French
	}
	// Another language's one-letter title is an initial here: French "M."
	// in "Senegal's M. C. Diop".
	if e.Kind == lexicon.KindTitle && e.Lang != "" && f.lang != "" && e.Lang != f.lang && utf8.RuneCountInString(f.words[i].Text) == 1 {
		return false
	}
	if ownScript[e.Lang] && e.Lang != f.lang {
		return false // Turkish "Iraklı" (Iraqi) folds to the Georgian name Irakli
	}
	// Another language's capitalized stop words are names here: Portuguese
	// "Março" folds to Italian "Marco". English ones hold everywhere.
	if e.Kind == lexicon.KindStop && e.Lang != "" && f.lang != "" && e.Lang != f.lang && e.Lang != "en" {
		return false
	}
	k := i
	for _, rule := range e.Case {
		if k == skipFrom {
			k = skipTo
		}
		if k >= len(f.words) || !lexicon.Accepts(rule, f.words[k]) {
			return false
		}
		k++
	}
	return true
}

func (f *finder) match() {
	for k := range f.at {
		f.at[k] = -1
	}
	for s := range f.first {
		end := f.last[s]
		for i := f.first[s]; i < end; {
			j, e, skip, ok := f.longest(i, end, true)
			if !ok {
				// "Regierungssprecher X": a compound whose head is a role.
				if w := f.words[i]; !w.Punct && f.at[i] < 0 {
					if e, ok := f.lex.CompoundRole(f.lang, w.Key); ok {
						f.items = append(f.items, item{i: i, j: i + 1, e: e})
						f.at[i] = len(f.items) - 1
					}
				}
				i++
				continue
			}
			f.items = append(f.items, item{i: i, j: j, e: e, skip: skip})
			for k := i; k < j; k++ {
				f.at[k] = len(f.items) - 1
			}
			i = j
		}
	}
}

// itemAt returns the live item covering word k, or nil.
func (f *finder) itemAt(k int) *item {
	if k < 0 || k >= len(f.words) || f.at[k] < 0 {
		return nil
	}
	it := &f.items[f.at[k]]
	if it.dead {
		return nil
	}
	return it
}

// itemStarting returns the live item starting at word k, or nil.
func (f *finder) itemStarting(k int) *item {
	it := f.itemAt(k)
	if it == nil || it.i != k {
		return nil
	}
	return it
}

// itemEnding returns the live item ending just before word k, or nil.
func (f *finder) itemEnding(k int) *item {
	it := f.itemAt(k - 1)
	if it == nil || it.j != k {
		return nil
	}
	return it
}

func (f *finder) sentFirst(k int) bool { return k == f.first[f.sent[k]] }

func (f *finder) sameSent(a, b int) bool {
	return a >= 0 && b >= 0 && a < len(f.words) && b < len(f.words) && f.sent[a] == f.sent[b]
}

// nameable marks the words that may be part of a person's name.
func (f *finder) nameable() {
	if f.name == nil {
		f.name = make([]bool, len(f.words))
	}
	for k, w := range f.words {
		ok := !w.Punct && (w.Case == lexicon.CaseTitle || w.Case == lexicon.CaseUpper && len(w.Text) == 1)
		if ok && f.itemAt(k) != nil {
			ok = false
		}
		if ok && k > 0 && w.Glued && (f.words[k-1].Text == "@" || f.words[k-1].Text == "#") {
			ok = false
		}
		if ok && f.sentFirst(k) && f.lower[w.Key] {
			ok = false
		}
		if ok && isDigitWord(w.Text) {
			ok = false
		}
		f.name[k] = ok
	}
}

func isDigitWord(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// rejectNeighbours drops states and places that are part of a longer
// proper name ("China Daily", "Michael Jordan", "Washington Post"), and
// lower-case adjectives written capitalized inside a name ("Agencia
// Venezolana de Noticias").
func (f *finder) rejectNeighbours() {
	for x := range f.items {
		it := &f.items[x]
		switch it.e.Kind {
		case lexicon.KindState, lexicon.KindCapital, lexicon.KindPlace:
		case lexicon.KindDemonym:
			if it.j-it.i == 1 && f.lex.Given(f.words[it.i].Text) && f.nameNeighbour(it.j, it.i) && !f.words[it.j].Glued {
				it.dead = true // "el sociólogo Germán Ruiz": a first name
				continue
			}
			if len(it.e.Case) == 0 || it.e.Case[0] != lexicon.CaseAny || f.words[it.i].Case == lexicon.CaseAny || f.sentFirst(it.i) {
				continue
			}
			if f.nameNeighbour(it.i-1, it.i) || f.nameNeighbour(it.j, it.i) || f.particleNeighbour(it.j) {
				it.dead = true
			}
			continue
		default:
			continue
		}
		if f.words[it.i].Case == lexicon.CaseUpper && it.j-it.i == 1 {
			continue // acronyms stand alone: "US", "UK"
		}
		if f.caseEnding(it) {
			continue // "kedden Kijevben Volodimir X": a case ending closes the name
		}
		prev := it.i - 1
		if f.sameSent(prev, it.i) && f.name[prev] && !f.sentFirst(prev) && !f.words[it.i].Glued {
			it.dead = true
		}
		// "el canciller Mauricio Zapata": a state name that is also a
		// given name, before a capitalized word, is a person's first name.
		if it.j-it.i == 1 && f.lex.Given(f.words[it.i].Text) && f.nameNeighbour(it.j, it.i) && !f.words[it.j].Glued {
			it.dead = true
			continue
		}
		// "the President of Cuba Díaz-Canel": a name may follow a state
		// that closes a role phrase.
		// So may a state that closes a ministry ("МИД России Мария
		// Петрова").
		if p := f.itemEnding(it.i); p != nil && p.is(lexicon.KindOf, lexicon.KindRole, lexicon.KindCounterpart, lexicon.KindMinistry) {
			continue
		}
		// "Russian Ambassador to Norway Nikolai X": an envoy's post.
		if prev > 0 && f.sameSent(prev, it.i) && f.words[prev].Case == lexicon.CaseAny && utf8.RuneCountInString(f.words[prev].Text) <= 4 {
			if p := f.itemEnding(prev); p != nil && p.is(lexicon.KindRole) && p.e.Name == "ambassador" {
				continue
			}
		}
		// Russian puts the state in the genitive after a portfolio:
		// "министр международного сотрудничества Индии Радж …".
		if genitiveLangs[f.lang] && prev >= 0 && f.sameSent(prev, it.i) && f.words[prev].Case == lexicon.CaseAny && !f.words[prev].Punct {
			continue
		}
		// "the Chile-Peru Joint Commission", "US-China talks": a
		// state hyphenated to another state names a pair, not a longer name.
		if f.hyphenPair(it.i) {
			continue
		}
		if f.nameNeighbour(it.j, it.i) && !f.words[it.j].Glued {
			it.dead = true
		}
	}
}

// caseEndings are, for languages that glue the case to a name, endings
// no name of a place ends with in the nominative, folded: Hungarian
// "Kijevben", "Moszkvából", "Pekinggel".
var caseEndings = map[string][]string{"hu": {"ban", "ben", "bol", "rol", "tol", "hoz", "hez", "nak", "nek", "val",
	"vel", "nal", "nel", "ert", "gal", "gel", "ral", "rel", "nal", "nel", "lal", "lel", "dal", "del", "tal", "tel"}}

// caseEnding reports whether a place or state item of the text's own
// language carries such a case ending.
func (f *finder) caseEnding(it *item) bool {
	if it.e.Lang == "" || it.e.Lang != f.lang {
		return false
	}
	w := f.words[it.j-1].Key
	for _, e := range caseEndings[f.lang] {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// hyphenPair reports whether word k is glued by a hyphen to a state or
// demonym before it.
func (f *finder) hyphenPair(k int) bool {
	if k < 2 || !f.words[k].Glued || f.words[k-1].Key != "-" || !f.words[k-1].Glued {
		return false
	}
	p := f.itemEnding(k - 1)
	return p != nil && p.is(lexicon.KindState, lexicon.KindDemonym)
}

func (f *finder) nameNeighbour(k, ref int) bool {
	return f.sameSent(k, ref) && f.name[k]
}

// particleNeighbour: "Venezolana de Noticias".
func (f *finder) particleNeighbour(k int) bool {
	return f.sameSent(k, k+1) && f.lex.ParticleIn(f.words[k].Key, f.lang) && f.words[k].Case == lexicon.CaseAny && f.name[k+1]
}

// mergeRepublics joins a state to the word that makes its formal name:
// "Republic of Korea", "République du Cameroun", "Республики Таджикистан",
// "Кыргызской Республики". The state item grows over the republic word (and
// the "of" between), so that no part of it is read as a person's name.
func (f *finder) mergeRepublics() {
	f.nationalBodies()
	for x := range f.items {
		st := &f.items[x]
		if !st.is(lexicon.KindState, lexicon.KindDemonym) {
			continue
		}
		// Before: "Republic (of the) X".
		k := st.i
		for n := 0; n < 2; n++ {
			if p := f.itemEnding(k); p != nil && p.is(lexicon.KindOf, lexicon.KindDet) && f.sameSent(p.i, st.i) && k > st.i-3 {
				k = p.i
			}
		}
		if p := f.itemEnding(k); p != nil && p.is(lexicon.KindRepublic) && f.sameSent(p.i, st.i) {
			// "the Federal Democratic Republic of Ethiopia", "the
			// Bolivarian Republic of Venezuela": capitalized words before
			// "Republic" belong to the official name, not to a person's.
			i := p.i
			for n := 0; n < 3 && i > 0 && f.sameSent(i-1, st.i) && f.at[i-1] < 0 && f.words[i-1].Case == lexicon.CaseTitle; n++ {
				i--
			}
			f.grow(x, i, st.j)
			continue
		}
		// After: "Кыргызская Республика", "République centrafricaine" is
		// a state phrase already.
		if n := f.itemStarting(st.j); n != nil && n.is(lexicon.KindRepublic) && f.sameSent(n.i, st.i) && st.is(lexicon.KindDemonym) {
			f.grow(x, st.i, n.j)
		}
	}
}

// nationalBodies makes an international organization's name that an "of"
// (or, in languages that decline, a genitive) and a state follow a body of
// that state: "the Security Council of Kazakhstan" is Kazakhstan's
// council, not the UN's.
func (f *finder) nationalBodies() {
	for x := range f.items {
		o := &f.items[x]
		if o.dead || !o.is(lexicon.KindOrg) {
			continue
		}
		if c := f.ownerBefore(o); c != "" {
			f.nationalBody(o, c)
			continue
		}
		k := o.j
		for n := 0; n < 2; n++ {
			if p := f.itemStarting(k); p != nil && p.is(lexicon.KindOf, lexicon.KindDet) && f.sameSent(p.i, o.i) {
				k = p.j
			}
		}
		if k == o.j && !genitiveLangs[f.lang] {
			continue // "Rady Bezpieczeństwa Kazachstanu": the genitive needs no "of"
		}
		if s := f.itemStarting(k); s != nil && s.is(lexicon.KindState) && f.sameSent(s.i, o.i) {
			// A body of that state: a role before it serves the state
			// ("sekretarz Rady Bezpieczeństwa Kazachstanu").
			f.nationalBody(o, s.e.Code)
		}
	}
}

// nationalBody makes organization item o a body of state code, named by
// its own words and the state ("Security Council of Kazakhstan"), so that it
// is not taken for the organization whose form it shares.
func (f *finder) nationalBody(o *item, code string) {
	o.e.Kind, o.e.Code = lexicon.KindBody, code
	name := f.body[f.words[o.i].Start:f.words[o.j-1].End]
	if state, ok := f.lex.Country(code); ok {
		name += " of " + state
	}
	o.e.Name = name
}

// ownerBefore returns the state an organization's spelled-out name is
// owned by, through a possessive or a demonym right before it: "Russia's
// Security Council", "the Belarusian Security Council", "белорусский
// Совбез" are national councils. An acronym ("Russia's UN envoy") names
// the organization itself.
func (f *finder) ownerBefore(o *item) string {
	if o.j-o.i < 2 && utf8.RuneCountInString(f.words[o.i].Text) < 8 {
		return "" // (one long word may be spelled out: "des belarussischen Sicherheitsrats")
	}
	for k := o.i; k < o.j; k++ {
		if acronym(f.words[k].Text) {
			return ""
		}
	}
	if d := f.itemEnding(o.i); d != nil && d.is(lexicon.KindDemonym) && f.sameSent(d.i, o.i) {
		return d.e.Code
	}
	if k := o.i - 2; k > 0 && f.possessive(k) {
		if s := f.itemEnding(k); s != nil && s.is(lexicon.KindState) && f.sameSent(s.i, o.i) {
			return s.e.Code
		}
	}
	return ""
}

// acronym reports whether a word is written in capitals, two letters or
// more ("UN", "ООН", "NATO").
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// grow makes item x cover words [i, j) as a state, absorbing the items
// there.
func (f *finder) grow(x, i, j int) {
	for k := i; k < j; k++ {
		if y := f.at[k]; y >= 0 && y != x {
			f.items[y].dead = true
		}
		f.at[k] = x
	}
	it := &f.items[x]
	it.i, it.j = i, j
	it.e.Kind = lexicon.KindState
}

// markQuoted sets f.quoted: words between quotation marks, within one
// paragraph.
func (f *finder) markQuoted() {
	f.quoted = make([]bool, len(f.words))
	open := false
	k := 0
	prevNL := false
	for i, r := range f.body {
		for k < len(f.words) && f.words[k].Start <= i {
			if f.words[k].Start == i && !f.words[k].Punct {
				f.quoted[k] = open
			}
			k++
		}
		switch r {
		case '"', '„', '«', '‹':
			if r == '"' {
				open = !open
			} else {
				open = true
			}
		case '»', '”', '›':
			open = false
		case '“':
			open = !open
		case '\n':
			if prevNL {
				open = false
			}
		}
		prevNL = r == '\n'
	}
	for ; k < len(f.words); k++ {
		f.quoted[k] = false
	}
}
