package actor

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"chancery/internal/lexicon"
	"chancery/internal/news"
)

// run is a sequence of capitalized words that may be a person's name:
// words [i, j), made of parts ("Díaz-Canel" is one part).
type run struct {
	i, j  int
	parts []string // match keys of the parts
}

// findRuns groups nameable words into runs. Hyphens and apostrophes glue
// words into one part; particles ("de", "von", "al-") may stand inside.
func (f *finder) findRuns() {
	for k := range f.runAt {
		f.runAt[k] = -1
	}
	for k := 0; k < len(f.words); {
		if !f.name[k] {
			k++
			continue
		}
		s := f.sent[k]
		end := f.last[s]
		r := run{i: k}
		p := k
		for p < end {
			pj, ok := f.part(p, end)
			if !ok {
				break
			}
			r.parts = append(r.parts, partKey(f.words[p:pj]))
			r.j = pj
			p = pj
			// Particles between parts: "Luiz Inácio Lula da Silva".
			q := p
			for q < end && f.lex.Particle(f.words[q].Key) && f.words[q].Case == lexicon.CaseAny && q-p < 2 {
				q++
			}
			if q > p && q < end {
				if _, ok := f.part(q, end); ok {
					p = q
					continue
				}
			}
			if len(r.parts) >= 5 {
				break
			}
		}
		if len(r.parts) == 0 {
			k++
			continue
		}
		if f.thing(r) {
			k = r.j
			continue
		}
		f.runAt[r.i] = len(f.runs)
		f.runs = append(f.runs, r)
		k = r.j
	}
}

// thing reports whether a run names an agency, a newspaper, a company.
func (f *finder) thing(r run) bool {
	for _, w := range f.words[r.i:r.j] {
		if f.lex.NonName(w.Key) {
			return true
		}
	}
	return false
}

// part returns the end of the name part starting at word p: a nameable word
// with glued hyphen or apostrophe continuations, or an initial ("W.").
func (f *finder) part(p, end int) (int, bool) {
	w := f.words[p]
	switch {
	case f.name[p]:
	case f.lex.Particle(w.Key) && p+2 < end && f.words[p+1].Glued && f.words[p+1].Key == "-" && f.words[p+2].Glued && f.name[p+2]:
		// "al-Assad"
	default:
		return p, false
	}
	q := p + 1
	if utf8.RuneCountInString(w.Text) == 1 && w.Case == lexicon.CaseUpper {
		if q < end && f.words[q].Glued && f.words[q].Text == "." {
			return q + 1, true
		}
		return p, false
	}
	for q+1 < end && f.words[q].Glued && (f.words[q].Key == "-" || f.words[q].Key == "'") && f.words[q+1].Glued &&
		(f.name[q+1] || f.words[q+1].Case == lexicon.CaseTitle) {
		q += 2
	}
	return q, true
}

// partKey folds a name part and, for Cyrillic, strips case endings so that
// "Лаврова", "Лавровым" and "Лавров" meet.
func partKey(ws []lexicon.Word) string {
	var b strings.Builder
	for _, w := range ws {
		if w.Punct {
			continue
		}
		b.WriteString(w.Text)
	}
	raw := b.String()
	r, _ := utf8.DecodeRuneInString(raw)
	if r < 0x400 || r > 0x4ff {
		return lexicon.Fold(raw)
	}
	// Stem before folding: folding makes "й" an "и".
	return lexicon.Fold(stemName(strings.ReplaceAll(strings.ToLower(raw), "ё", "е")))
}

// ruEndings are the case endings stripped from a lower-case Cyrillic name,
// longest first; "Сергей", "Сергея", "Сергеем" all give "серге".
var ruEndings = []string{"ыми", "ими", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ой", "ою", "ей", "ею", "ую", "юю",
	"а", "у", "е", "ю", "я", "ы", "и", "й", "ь"}

// ruAdjective matches the stems of adjectival surnames ("Маевский",
// "Маевского"), whose endings would otherwise leave "маевски" and "маевск".
var ruAdjective = []string{"ский", "ского", "скому", "ским", "ском", "ская", "ской", "скую", "цкий", "цкого", "цкому", "цким", "цком", "цкая", "цкой", "цкую"}

func stemName(k string) string {
	n := utf8.RuneCountInString(k)
	if n < 4 {
		return k
	}
	for _, e := range ruAdjective {
		if strings.HasSuffix(k, e) && n-utf8.RuneCountInString(e) >= 2 {
			return k[:len(k)-len(e)+len("ск")]
		}
	}
	for _, e := range ruEndings {
		if strings.HasSuffix(k, e) && n-utf8.RuneCountInString(e) >= 3 {
			return k[:len(k)-len(e)]
		}
	}
	return k
}

// person is one person found in the article, with every mention.
type person struct {
	parts   []string
	name    string
	aliases []string
	country string
	roles   []string
	first   int // word index of the first anchored mention
	// canon is the name in the nominative, for languages that decline
	// names; "" when the longest alias serves.
	canon    string
	mentions []pmention
	id       string
}

type pmention struct {
	i, j        int // words of the name
	span        news.Span
	text        string
	sent        int
	counterpart bool
	// anaphor marks a role standing for a person named elsewhere ("the
	// Russian minister"): a mention, not a name.
	anaphor bool
}

// cand is a name found with context: a role, an apposition, a speech verb.
type cand struct {
	run         run
	role        string
	country     string
	counterpart bool
	weak        bool // found by a speech verb only
}

// findPersons finds the persons anchored by context, merges variants of
// one name, then resolves bare surnames to them.
func (f *finder) findPersons() {
	var cands []cand
	used := map[int]bool{}
	add := func(c cand) {
		if f.headline[f.sent[c.run.i]] {
			return
		}
		if used[c.run.i] {
			// A name seen twice in one context (role before and apposition
			// after): keep the first, add what the second knows.
			for x := range cands {
				if cands[x].run.i == c.run.i {
					if cands[x].country == "" {
						cands[x].country = c.country
					}
					if cands[x].role == "" {
						cands[x].role, cands[x].counterpart = c.role, c.counterpart
					}
				}
			}
			return
		}
		used[c.run.i] = true
		cands = append(cands, c)
	}
	f.roleAnchors(add)
	f.appositions(add)
	f.speechAnchors(add)

	// Longest names first, so that "Gil" finds "Yvan Gil Pinto".
	sort.SliceStable(cands, func(i, j int) bool { return len(cands[i].run.parts) > len(cands[j].run.parts) })
	for _, c := range cands {
		if c.weak && len(c.run.parts) < 2 {
			continue
		}
		p := f.owner(c.run.parts, c.country, c.run.i)
		if p == nil {
			p = &person{parts: c.run.parts, first: c.run.i}
			f.persons = append(f.persons, p)
		}
		if p.country == "" {
			p.country = c.country
		}
		if c.run.i < p.first {
			p.first = c.run.i
		}
		if c.role != "" && !c.counterpart {
			p.addRole(c.role)
		}
		p.add(f.pmentionOf(c.run, c.counterpart))
	}
	sort.SliceStable(f.persons, func(i, j int) bool { return f.persons[i].first < f.persons[j].first })

	// Bare names: any run that is a part of a known person's name.
	for _, r := range f.runs {
		if used[r.i] {
			continue
		}
		if p := f.owner(r.parts, "", r.i); p != nil {
			p.add(f.pmentionOf(r, false))
			continue
		}
		// A capitalized common noun may open a sentence before a name
		// ("Позиция Лаврова", "Laut Lawrow"): try the run without it.
		if len(r.parts) >= 2 && f.sentFirst(r.i) {
			k, ok := f.part(r.i, r.j)
			if ok && k < r.j && f.name[k] {
				r2 := run{i: k, j: r.j, parts: r.parts[1:]}
				if p := f.owner(r2.parts, "", k); p != nil {
					p.add(f.pmentionOf(r2, false))
				}
			}
		}
	}
	f.counterpartRoles(cands)
	f.fallbackCountries()
	f.roleMentions()
	f.nominatives()

	for n, p := range f.persons {
		p.id = "p" + strconv.Itoa(n+1)
		p.name = p.bestName()
		f.entities = append(f.entities, news.Entity{ID: p.id, Kind: news.KindPerson, Name: p.name,
			Aliases: p.aliases, Country: p.country, Roles: nonNil(p.roles)})
		if p.country != "" {
			f.statesOf[p.country] = true
		}
		for _, m := range p.mentions {
			f.mentions = append(f.mentions, news.ActorMention{Span: m.span, Text: m.text, Kind: news.ActorPerson,
				Code: p.country, Entity: p.id})
		}
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (f *finder) pmentionOf(r run, counterpart bool) pmention {
	span := news.Span{Start: f.words[r.i].Start, End: f.words[r.j-1].End}
	return pmention{i: r.i, j: r.j, span: span, text: f.body[span.Start:span.End], sent: f.sent[r.i], counterpart: counterpart}
}

func (p *person) add(m pmention) {
	for _, o := range p.mentions {
		if o.span == m.span {
			return
		}
	}
	p.mentions = append(p.mentions, m)
	if m.anaphor {
		return
	}
	for _, a := range p.aliases {
		if a == m.text {
			return
		}
	}
	p.aliases = append(p.aliases, m.text)
}

func (p *person) addRole(r string) {
	for _, o := range p.roles {
		if o == r {
			return
		}
	}
	// "minister" says less than "foreign minister": keep the precise one.
	for i, o := range p.roles {
		if strings.HasSuffix(r, " "+o) {
			p.roles[i] = r
			return
		}
		if strings.HasSuffix(o, " "+r) {
			return
		}
	}
	p.roles = append(p.roles, r)
}

// bestName is the alias with the most words (ties: the first seen).
func (p *person) bestName() string {
	if p.canon != "" {
		return p.canon
	}
	best := ""
	bn := 0
	for _, a := range p.aliases {
		n := len(strings.Fields(a))
		if n > bn {
			best, bn = a, n
		}
	}
	return best
}

// owner returns the known person whose name holds every part, of a
// compatible country; among several, the one last mentioned before word k.
func (f *finder) owner(parts []string, country string, k int) *person {
	var best *person
	bestAt := -1
	for _, p := range f.persons {
		if country != "" && p.country != "" && country != p.country {
			continue
		}
		if !subset(parts, p.parts) {
			continue
		}
		at := -1
		for _, m := range p.mentions {
			if m.span.Start <= f.words[k].Start && m.span.Start > at {
				at = m.span.Start
			}
		}
		if best == nil || at > bestAt {
			best, bestAt = p, at
		}
	}
	return best
}

// subset reports whether every part of a is in b, allowing transliteration
// variants ("Sergey" ~ "Sergei" ~ "Serguéi") as long as one part is equal.
func subset(a, b []string) bool {
	exact := false
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found, exact = true, true
				break
			}
		}
		if !found {
			for _, y := range b {
				if near(x, y) {
					found = true
					break
				}
			}
		}
		if !found {
			return false
		}
	}
	return exact
}

// near reports whether two name parts are spellings of one name: an edit
// distance of one for names of four letters or more, two from seven.
func near(x, y string) bool {
	a, b := []rune(x), []rune(y)
	if len(a) < 4 || len(b) < 4 || a[0] != b[0] {
		return false
	}
	max := 1
	if len(a) >= 7 && len(b) >= 7 {
		max = 2
	}
	if d := len(a) - len(b); d > max || -d > max {
		return false
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)] <= max
}

// rolePhrase reads what surrounds a role word: a state before it ("Russian",
// "Russia's"), inside it, or after it ("venezolano", "of Cuba", "России").
// It returns the state's code and the word after the phrase.
func (f *finder) rolePhrase(r *item) (country string, left, right int) {
	left = r.i
	if p := f.itemEnding(r.i); p != nil && p.isStateLike() && f.sameSent(p.i, r.i) {
		country, left = p.e.Code, p.i
	} else if r.i >= 2 && f.words[r.i-1].Key == "s" && f.words[r.i-2].Key == "'" && f.words[r.i-1].Glued {
		if p := f.itemEnding(r.i - 2); p != nil && p.is(lexicon.KindState, lexicon.KindCapital) && f.sameSent(p.i, r.i) {
			country, left = p.e.Code, p.i
		}
	} else if p != nil && p.is(lexicon.KindMinistry, lexicon.KindBody) && f.sameSent(p.i, r.i) {
		// "Foreign Ministry spokesperson X": the ministry's state.
		country, left = f.ministryCountry(p), p.i
	}
	if r.skip != "" {
		country = r.skip
	}
	right = r.j
	if right >= len(f.words) || !f.sameSent(right, r.i) {
		return country, left, right
	}
	if n := f.itemStarting(right); n != nil {
		switch {
		case n.is(lexicon.KindDemonym):
			if country == "" {
				country = n.e.Code
			}
			right = n.j
		case n.is(lexicon.KindOf):
			k := n.j
			if d := f.itemStarting(k); d != nil && d.is(lexicon.KindDet) {
				k = d.j
			}
			if s := f.itemStarting(k); s != nil && s.isStateLike() && !f.possessive(s.j) {
				if country == "" {
					country = s.e.Code
				}
				right = s.j
			} else if s != nil && s.is(lexicon.KindOrg, lexicon.KindBody, lexicon.KindMinistry) {
				// "Secretary-General of the UN, X"; "spokesperson of the
				// Foreign Ministry X".
				if country == "" && !s.is(lexicon.KindOrg) {
					country = f.ministryCountry(s)
				}
				right = f.orgEnd(s)
			}
		case n.is(lexicon.KindOrg, lexicon.KindBody, lexicon.KindMinistry):
			// "официальный представитель МИД России Мария Петрова".
			if country == "" && !n.is(lexicon.KindOrg) {
				country = f.ministryCountry(n)
			}
			right = f.orgEnd(n)
		case n.is(lexicon.KindState) && !f.possessive(n.j):
			if country == "" {
				country = n.e.Code
			}
			right = n.j
		}
	}
	return country, left, right
}

// orgEnd returns the word after an organization and the state that owns
// it, if that follows ("МИД России", "Foreign Ministry of Russia").
func (f *finder) orgEnd(o *item) int {
	k := o.j
	if n := f.itemStarting(k); n != nil && f.sameSent(k, o.i) {
		switch {
		case n.is(lexicon.KindState) && !f.possessive(n.j), n.is(lexicon.KindDemonym):
			return n.j
		case n.is(lexicon.KindOf):
			k2 := n.j
			if d := f.itemStarting(k2); d != nil && d.is(lexicon.KindDet) {
				k2 = d.j
			}
			if s := f.itemStarting(k2); s != nil && s.is(lexicon.KindState) {
				return s.j
			}
		}
	}
	return k
}

// possessive reports whether words k, k+1 are "'s".
func (f *finder) possessive(k int) bool {
	return k+1 < len(f.words) && f.words[k].Key == "'" && f.words[k+1].Key == "s" && f.words[k+1].Glued
}

// roleAnchors: "Russian Foreign Minister Sergey Lavrov", "Außenminister
// Sergei Lawrow", "el canciller venezolano, Yván Gil", "Mr. Lavrov",
// "his Cuban counterpart, Bruno Rodríguez".
func (f *finder) roleAnchors(add func(cand)) {
	for x := range f.items {
		r := &f.items[x]
		if r.is(lexicon.KindMinistry) {
			f.ministryAnchor(r, add)
			continue
		}
		if !r.is(lexicon.KindRole, lexicon.KindCounterpart, lexicon.KindTitle) {
			continue
		}
		country, _, right := f.rolePhrase(r)
		k := right
		if !r.is(lexicon.KindTitle) {
			k = f.skipOfPhrase(k, r.i)
		}
		if k < len(f.words) && f.words[k].Text == "," && f.sameSent(k, r.i) && !r.is(lexicon.KindTitle) {
			k++
		}
		if k >= len(f.words) || !f.sameSent(k, r.i) || f.runAt[k] < 0 {
			continue
		}
		c := cand{run: f.runs[f.runAt[k]], role: r.e.Name, country: country, counterpart: r.is(lexicon.KindCounterpart)}
		if r.is(lexicon.KindTitle) {
			c.role = ""
		}
		add(c)
	}
}

// skipOfPhrase skips a short "of" phrase of common nouns that ends a role
// before a comma ("a spokeswoman for the ministry, Ada Obi"); it returns k
// unchanged when there is none.
func (f *finder) skipOfPhrase(k, ref int) int {
	o := f.itemStarting(k)
	if o == nil || !o.is(lexicon.KindOf) || !f.sameSent(k, ref) {
		return k
	}
	q := o.j
	if d := f.itemStarting(q); d != nil && d.is(lexicon.KindDet) {
		q = d.j
	}
	for n := 0; n < 2 && q < len(f.words) && f.sameSent(q, ref); n++ {
		w := f.words[q]
		if w.Punct || w.Case != lexicon.CaseAny || f.itemAt(q) != nil {
			break
		}
		q++
		if q < len(f.words) && f.words[q].Text == "," && f.sameSent(q, ref) {
			return q
		}
	}
	return k
}

// ministryAnchor: a full name right after a ministry serves it ("talks
// with the Venezuelan Foreign Ministry Ana Pérez", "МИД России Мария
// Петрова"): the ministry stands where a role would.
func (f *finder) ministryAnchor(m *item, add func(cand)) {
	k := f.orgEnd(m)
	if k >= len(f.words) || !f.sameSent(k, m.i) || f.runAt[k] < 0 {
		return
	}
	r := f.runs[f.runAt[k]]
	if len(r.parts) < 2 {
		return
	}
	add(cand{run: r, country: f.ministryCountry(m)})
}

// appositions: "Bruno Rodríguez, Minister of Foreign Affairs of Cuba",
// "Yván Gil, the Venezuelan foreign minister,", "Lavrov, his Russian
// counterpart".
func (f *finder) appositions(add func(cand)) {
	for _, r := range f.runs {
		k := r.j
		if k >= len(f.words) || f.words[k].Text != "," || !f.sameSent(k, r.i) {
			continue
		}
		k++
		for n := 0; n < 2; n++ {
			// German "der" reads as "of" as well as "the".
			if d := f.itemStarting(k); d != nil && d.is(lexicon.KindDet, lexicon.KindOf) {
				k = d.j
			}
		}
		country := ""
		if s := f.itemStarting(k); s != nil && s.isStateLike() {
			country = s.e.Code
			k = s.j
			if f.possessive(k) {
				k += 2
			}
		}
		role := f.itemStarting(k)
		if role == nil || !role.is(lexicon.KindRole, lexicon.KindCounterpart) || !f.sameSent(k, r.i) {
			continue
		}
		c2, _, right := f.rolePhrase(role)
		if country == "" {
			country = c2
		}
		// "X, Foreign Minister Y": the role belongs to Y.
		if right < len(f.words) && f.sameSent(right, r.i) && f.runAt[right] >= 0 {
			continue
		}
		add(cand{run: r, role: role.e.Name, country: country, counterpart: role.is(lexicon.KindCounterpart)})
	}
}

// speechAnchors: "Maria Zakharova said", "said Maria Zakharova". Weak: the
// name must have two parts.
func (f *finder) speechAnchors(add func(cand)) {
	for _, r := range f.runs {
		if len(r.parts) < 2 {
			continue
		}
		if s := f.itemStarting(r.j); s != nil && s.is(lexicon.KindSpeech) && f.sameSent(r.j, r.i) {
			add(cand{run: r, weak: true})
			continue
		}
		if s := f.itemEnding(r.i); s != nil && s.is(lexicon.KindSpeech) && f.sameSent(s.i, r.i) {
			if r.j >= f.last[f.sent[r.i]] || f.words[r.j].Punct {
				add(cand{run: r, weak: true})
			}
		}
	}
}

// counterpartRoles gives a counterpart the role of the person they meet:
// the counterpart of a foreign minister is a foreign minister.
func (f *finder) counterpartRoles(cands []cand) {
	for _, p := range f.persons {
		if len(p.roles) > 0 {
			continue
		}
		for _, m := range p.mentions {
			if !m.counterpart {
				continue
			}
			if role := f.roleNear(p, m.sent); role != "" {
				p.addRole(role)
				break
			}
		}
	}
}

// roleNear returns the role of another person mentioned in sentence s, or
// else the role most persons of the article hold.
func (f *finder) roleNear(self *person, s int) string {
	count := map[string]int{}
	best := ""
	for _, p := range f.persons {
		if p == self || len(p.roles) == 0 {
			continue
		}
		for _, m := range p.mentions {
			if m.sent == s {
				return p.roles[0]
			}
		}
		count[p.roles[0]]++
		if best == "" || count[p.roles[0]] > count[best] {
			best = p.roles[0]
		}
	}
	return best
}

// fallbackCountries gives a person without a stated country the state named
// in the sentence of their first mention that no other person there holds
// ("Außenminister Sergei Lawrow … in der russischen Hauptstadt").
func (f *finder) fallbackCountries() {
	for _, p := range f.persons {
		if p.country != "" || len(p.mentions) == 0 || len(p.roles) == 0 {
			continue
		}
		first := p.mentions[0]
		for _, m := range p.mentions {
			if m.span.Start < first.span.Start {
				first = m
			}
		}
		s := first.sent
		taken := map[string]bool{}
		for _, o := range f.persons {
			if o != p && o.country != "" {
				for _, m := range o.mentions {
					if m.sent == s {
						taken[o.country] = true
					}
				}
			}
		}
		var free []string
		for x := range f.items {
			it := &f.items[x]
			if f.sent[it.i] != s || !it.is(lexicon.KindState, lexicon.KindDemonym, lexicon.KindCapital) || taken[it.e.Code] {
				continue
			}
			if len(free) == 0 || free[len(free)-1] != it.e.Code {
				free = append(free, it.e.Code)
			}
		}
		if len(free) > 0 && allSame(free) {
			p.country = free[0]
		}
	}
}

func allSame(s []string) bool {
	for _, x := range s {
		if x != s[0] {
			return false
		}
	}
	return true
}

// roleMentions links a role with a state but without a name ("the Russian
// minister", "der russische Chefdiplomat", "el canciller venezolano", "his
// Cuban counterpart") to the one person of the article who serves that
// state in that role, as a mention of that person.
func (f *finder) roleMentions() {
	taken := func(sp int, ep int) bool {
		for _, p := range f.persons {
			for _, m := range p.mentions {
				if m.span.Start < ep && sp < m.span.End {
					return true
				}
			}
		}
		return false
	}
	for x := range f.items {
		r := &f.items[x]
		if !r.is(lexicon.KindRole, lexicon.KindCounterpart) || f.headline[f.sent[r.i]] {
			continue
		}
		country, left, right := f.rolePhrase(r)
		if country == "" {
			continue
		}
		// A role that names someone ("minister Ana Ruiz", "minister, Ana
		// Ruiz") or describes a name before it ("Ana Ruiz, the minister")
		// is not a mention of its own.
		k := right
		if k < len(f.words) && f.words[k].Text == "," && f.sameSent(k, r.i) {
			k++
		}
		if k < len(f.words) && f.sameSent(k, r.i) && f.runAt[k] >= 0 {
			continue
		}
		b := left
		indefinite := false
		for n := 0; n < 2; n++ {
			if d := f.itemEnding(b); d != nil && d.is(lexicon.KindDet, lexicon.KindOf) && f.sameSent(d.i, r.i) {
				b = d.i
				indefinite = indefinite || d.is(lexicon.KindDet) && d.e.Name == "indefinite"
			}
		}
		// "the first visit by a Brazilian foreign minister": an indefinite
		// role is some holder of the office, not the person already named.
		if indefinite {
			continue
		}
		if b > 0 && f.sameSent(b-1, r.i) && f.words[b-1].Text == "," {
			continue
		}
		span := news.Span{Start: f.words[left].Start, End: f.words[right-1].End}
		if taken(span.Start, span.End) {
			continue
		}
		var match *person
		n := 0
		for _, p := range f.persons {
			if p.country != country && p.country != "" || !roleFits(r, p) {
				continue
			}
			// A fitting person of unknown state makes the role ambiguous.
			match = p
			n++
		}
		if match != nil && match.country == "" {
			continue
		}
		if n != 1 {
			continue
		}
		match.add(pmention{i: left, j: right, span: span, text: f.body[span.Start:span.End], sent: f.sent[r.i], anaphor: true})
	}
}

// roleFits reports whether a role item may stand for a person: the same
// role, "minister" for any minister, a counterpart for anyone.
func roleFits(r *item, p *person) bool {
	if r.is(lexicon.KindCounterpart) {
		return true
	}
	for _, o := range p.roles {
		if o == r.e.Name || strings.HasSuffix(o, " "+r.e.Name) {
			return true
		}
	}
	return false
}
