package actor

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
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
		var starts []int // word index of each part
		for p < end {
			pj, ok := f.part(p, end)
			if !ok {
				break
			}
			starts = append(starts, p)
			r.parts = append(r.parts, partKey(f.words[p:pj]))
			r.j = pj
			p = pj
			// Particles between parts: "Luiz Inácio Lula da Silva".
			q := p
			for q < end && (f.particleAt(q) || q > p && articles[f.words[q].Key] && (f.words[q-1].Key == "von" || f.words[q-1].Key == "van") ||
				q > p && f.lex.Particle(f.words[q-1].Key+" "+f.words[q].Key)) && q-p < 2 { // (and "ван ден", a two-word particle)
				if f.lang == "de" && articles[f.words[q].Key] && q == p {
					break // "Hrdina den Vorschlag": an article, unless after "von" ("von der Leyen", "van den Heuvel")
				}
				q++
			}
			if q == p+1 && q < end && conjunctions[f.words[p].Key] && f.twoParts(q, end) {
				// "Andrade Cevallos y María Fernanda Restrepo": a
				// conjunction before two more name parts lists a second
				// person ("Ortega y Gasset" ends with one).
				break
			}
			if q > p && q < end {
				// "Jan Hoffmann von der Universität Leipzig": a
				// particle before an institution is a preposition.
				if _, ok := f.part(q, end); ok && !f.lex.NonName(f.words[q].Key) {
					p = q
					continue
				}
			}
			// A nickname in quotation marks inside the name: "Ramon
			// "Monching" D. Reyes", "Jericho «Jerry» Cruz".
			if p+3 < end && openQuote[f.words[p].Text] && f.words[p+1].Case == lexicon.CaseTitle && closeQuote[f.words[p+2].Text] {
				if _, ok := f.part(p+3, end); ok {
					p += 3
					continue
				}
			}
			if len(r.parts) >= 7 {
				break
			}
		}
		if len(r.parts) == 0 {
			k++
			continue
		}
		if f.thing(r) {
			// "viceministro polaco de Exteriores Marek X": the words
			// of a thing's name that open the run are no part of the
			// person's name after them.
			n := 0
			for n < len(starts) && f.lex.NonName(f.words[starts[n]].Key) {
				n++
			}
			// (A particle after it goes on with the thing's name:
			// "Polícia de Segurança Pública".)
			if n == 0 || len(r.parts)-n < 2 || starts[n] != starts[n-1]+1 {
				k = r.j
				continue
			}
			r = run{i: starts[n], j: r.j, parts: r.parts[n:]}
			if f.thing(r) {
				k = r.j
				continue
			}
		}
		f.runAt[r.i] = len(f.runs)
		f.runs = append(f.runs, r)
		k = r.j
	}
}

// twoParts reports whether two name parts follow each other from word q.
func (f *finder) twoParts(q, end int) bool {
	j, ok := f.part(q, end)
	if !ok || j >= end {
		return false
	}
	_, ok = f.part(j, end)
	return ok
}

// openQuote and closeQuote are the marks that may set off a nickname.
var (
	openQuote  = map[string]bool{`"`: true, "“": true, "«": true, "„": true, "'": true, "‘": true}
	closeQuote = map[string]bool{`"`: true, "”": true, "»": true, "“": true, "'": true, "’": true}
)

// particleAt reports whether word q may join two parts of a name: a
// lower-case particle of the text's language ("da Silva"), any language's
// particle written with a capital inside a name ("Salim Al Harthy" in
// Italian, where a lower-case "al" is a preposition), or a one-word
// honorific ("Sheikh").
func (f *finder) particleAt(q int) bool {
	w := f.words[q]
	switch w.Case {
	case lexicon.CaseAny:
		if f.lex.ParticleIn(w.Key, f.lang) {
			return true
		}
		// "Youssef al-Karimi" in Italian, where "al" alone is a
		// preposition: hyphened to a name, any language's particle is.
		return f.lex.Particle(w.Key) && q+2 < len(f.words) && f.words[q+1].Key == "-" && f.words[q+1].Glued &&
			f.words[q+2].Glued && f.words[q+2].Case == lexicon.CaseTitle
	case lexicon.CaseTitle:
		if f.lex.Particle(w.Key) {
			return true
		}
		// "Hassan Sheikh Mohamud": an honorific between two parts of
		// a name is part of it.
		t := f.itemStarting(q)
		return t != nil && t.is(lexicon.KindTitle) && t.j == q+1
	}
	return false
}

// genitiveLangs put a role's state in the genitive right after it, with no
// preposition.
var genitiveLangs = map[string]bool{"ru": true, "uk": true, "pl": true, "be": true, "bg": true, "cs": true, "sk": true}

// articles are German articles that are name particles only after
// "von" or "van".
var articles = map[string]bool{"der": true, "den": true, "des": true, "dem": true}

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
	case (f.lex.ParticleIn(w.Key, f.lang) || f.lex.Particle(w.Key)) && p+2 < end && f.words[p+1].Glued && f.words[p+1].Key == "-" && f.words[p+2].Glued && f.name[p+2]:
		// "al-Assad" (hyphened, any language's particle: Italian "al"
		// alone is a preposition)
	default:
		return p, false
	}
	q := p + 1
	if utf8.RuneCountInString(w.Text) == 1 && w.Case == lexicon.CaseUpper {
		if q < end && f.words[q].Glued && f.words[q].Text == "." {
			return q + 1, true
		}
		// "O'Brien", "D'Alema": a letter and an apostrophe open a name.
		if !(q+1 < end && f.words[q].Glued && f.words[q].Key == "'" && f.words[q+1].Glued && f.name[q+1]) {
			return p, false
		}
	}
	for q+1 < end && f.words[q].Glued && (f.words[q].Key == "-" || f.words[q].Key == "'") && f.words[q+1].Glued &&
		(f.name[q+1] || f.words[q+1].Case == lexicon.CaseTitle || f.syllable(q-1, q+1) || f.words[q].Key == "'" && cyrillic(f.words[q+1].Text)) {
		// (Ukrainian writes an apostrophe inside a word: "Мар'янов".)
		q += 2
	}
	return q, true
}

// syllable reports whether words a and b, joined by a hyphen, are the two
// syllables of a romanized Korean given name ("Ji-hoon", "Min-jae",
// "Jae-hyuk", "Seong-cheol"): a capitalized syllable of at most five
// letters, then one of at most six in lower case.
func (f *finder) syllable(a, b int) bool {
	wa, wb := f.words[a], f.words[b]
	na, nb := utf8.RuneCountInString(wa.Text), utf8.RuneCountInString(wb.Text)
	// Hungarian glues a case ending to the last syllable ("Vang
	// Csun-lejjel").
	return wa.Case == lexicon.CaseTitle && na >= 2 && na <= 5 && wb.Case == lexicon.CaseAny && nb >= 2 && (nb <= 6 || postposed[f.lang] && nb <= 10)
}

// arabicArticles are the forms of the Arabic article written before a
// name ("al-", "el-", "ad-", "ash-"; Russian "аль-", "ас-").
var arabicArticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true, "at": true, "az": true, "an": true,
	"аль": true, "эль": true, "ад": true, "ар": true, "ас": true, "аш": true, "ан": true, "ель": true}

// partKey folds a name part and, for Cyrillic, strips case endings so that
// "Лаврова", "Лавровым" and "Лавров" meet.
func partKey(ws []lexicon.Word) string {
	// "al-Qudsi", "Al-Qudsi": the article hyphened to a name is
	// dropped, as it is when the name is written "Qudsi" or the article
	// stands apart ("Al Qudsi").
	if len(ws) >= 3 && ws[1].Key == "-" && arabicArticles[lexicon.Fold(ws[0].Text)] {
		ws = ws[2:]
	}
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
	prior   string // the state a role's wording suggests, when none is named
	roles   []string
	first   int // word index of the first anchored mention
	// canon is the name in the nominative, for languages that decline
	// names; "" when the longest alias serves.
	canon    string
	mentions []pmention
	id       string
	open     bool   // no state is guessed for it (see cand.open)
	org      string // the organization its role serves (see cand.org)
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
	// open marks a name listed after a plural role ("the ministers of
	// both countries, A and B"): which state each serves the context
	// does not tell, so no guess is made.
	open bool
	// org is the international organization a role serves ("NATO
	// Secretary-General X", "Secretary-General of the UN"): such a
	// person serves no state.
	org string
	// prior is the state the role's wording belongs to ("Foreign
	// Secretary"), a guess for when the text names none.
	prior string
	// also is a second role joined to the first by "and": "government
	// spokesman and minister of state for media X" holds both.
	also string
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
		c.run = f.portfolioSplit(c.run)
		// "Le Finlandais Mikko X, représentant spécial …": a nationality
		// noun written capitalized opens the run; it is the person's
		// state, not a name.
		if code := f.demonymWord(c.run.i); code != "" && len(c.run.parts) >= 3 {
			if det := f.itemEnding(c.run.i); det != nil && det.is(lexicon.KindDet) {
				c.run = f.tailRun(c.run, len(c.run.parts)-1)
				if c.country == "" && c.org == "" {
					c.country = code // (an organization's envoy acts for it)
				}
			}
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
					if cands[x].prior == "" {
						cands[x].prior = c.prior
					}
				}
			}
			return
		}
		used[c.run.i] = true
		cands = append(cands, c)
	}
	f.postposedAnchors(add)
	f.roleAnchors(add)
	f.appositions(add)
	f.possessiveAnchors(add)
	f.parenAnchors(add)
	f.speechAnchors(add)
	f.demonymAnchors(add)

	// Longest names first, so that "Ruiz" finds "Germán Ruiz Arce".
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
		if p.prior == "" {
			p.prior = c.prior
		}
		p.open = p.open || c.open
		if p.org == "" && p.country == "" {
			p.org = c.org
		}
		if c.run.i < p.first {
			p.first = c.run.i
		}
		if c.role != "" && !c.counterpart {
			p.addRole(c.role)
		}
		if c.also != "" && !c.counterpart {
			p.addRole(c.also)
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
		if p := f.surnameOf(r); p != nil {
			p.parts = r.parts
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
		code := p.country
		if code == "" {
			code = p.org // "NATO Secretary-General X" acts for NATO
		}
		for _, m := range p.mentions {
			f.mentions = append(f.mentions, news.ActorMention{Span: m.span, Text: m.text, Kind: news.ActorPerson,
				Code: code, Entity: p.id})
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
// compatible country (or with the very same full name); among several, the one last mentioned before word k.
func (f *finder) owner(parts []string, country string, k int) *person {
	var best *person
	bestAt := -1
	for _, p := range f.persons {
		// One full name is one person in an article, whatever the
		// contexts say of its country; a shorter name needs a
		// compatible one.
		if country != "" && p.country != "" && country != p.country && !(len(parts) >= 2 && slices.Equal(parts, p.parts)) {
			continue
		}
		if !subset(parts, p.parts) && !subset(f.core(parts), f.core(p.parts)) {
			continue
		}
		at := -1
		for _, m := range p.mentions {
			if m.span.Start <= f.words[k].Start && m.span.Start > at {
				at = m.span.Start
			}
		}
		if len(parts) == 1 && len(p.parts) >= 2 && best != nil && len(best.parts) >= 2 && !slices.Equal(p.parts, best.parts) {
			// Two namesakes ("Dmytro X" the minister, later "Tomasz X"
			// his guest): a bare surname is the one the story
			// introduced first; the press names the other in full.
			continue
		}
		if best == nil || at > bestAt {
			best, bestAt = p, at
		}
	}
	return best
}

// surnameOf returns the one person known by a single name (from "M. X",
// "X said") that a longer name run ends with: "par Chidi X" after "M. X"
// is X's full name, which no context introduced. Nil when no such
// person, or several, or when the run names more than a given name and
// a surname.
func (f *finder) surnameOf(r run) *person {
	if len(r.parts) < 2 || len(r.parts) > 3 {
		return nil
	}
	var found *person
	for _, p := range f.persons {
		if len(p.parts) != 1 || p.parts[0] != r.parts[len(r.parts)-1] {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// core returns a name's parts less its particles ("Ben Salah" opening
// a name is "Salah", as inside "Karim Ben Salah"), unless nothing
// else is left.
func (f *finder) core(parts []string) []string {
	var out []string
	for _, p := range parts {
		if !f.lex.Particle(p) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return parts
	}
	return out
}

// subset reports whether every part of a is in b, allowing transliteration
// variants ("Dmitry" ~ "Dmitri" ~ "Dmitriy") as long as one part is equal.
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
	d := prev[len(b)]
	if d == 2 && a[len(a)-1] != b[len(b)-1] && a[len(a)-2] != b[len(b)-2] {
		// Two letters off, both at the end, make another suffix, so
		// another surname (Məmmədli, Məmmədov), not another spelling.
		return false
	}
	return d <= max
}

// rolePhrase reads what surrounds a role word: a state before it ("Russian",
// "Russia's"), inside it, or after it ("venezolano", "of Cuba", "России").
// It returns the state's code and the word after the phrase.
func (f *finder) rolePhrase(r *item) (country string, left, right int) {
	left = r.i
	if p := f.itemEnding(r.i); p != nil && p.isStateLike() && f.sameSent(p.i, r.i) && !f.afterPreposition(p) {
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
		case n.is(lexicon.KindState) && genitiveLangs[f.lang] && !f.possessive(n.j):
			// "ministra Litwy Jonasa X", "министр обороны Белоруссии": the
			// state in the genitive right after the role is the role's.
			if country == "" {
				country = n.e.Code
			}
			right = n.j
		case n.is(lexicon.KindOf):
			k := n.j
			if d := f.itemStarting(k); d != nil && d.is(lexicon.KindDet) {
				k = d.j
			}
			if s := f.itemStarting(k); s != nil && (s.isStateLike() || s.is(lexicon.KindPlace)) && !f.possessive(s.j) {
				if country == "" {
					country = s.e.Code
				}
				right = s.j
			} else if s != nil && s.isStateLike() && f.possessive(s.j) && s.j+2 < len(f.words) && f.sameSent(s.j+2, r.i) &&
				(f.itemStarting(s.j+2) == nil || !f.itemStarting(s.j+2).isStateLike() && !f.itemStarting(s.j+2).is(lexicon.KindRole)) {
				// "chairman of Mongolia's Border Service", "commander of
				// China's border troops": the state whose institution
				// the role heads.
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
	} else if country == "" && locative[f.words[right].Key] && r.e.Name != "ambassador" && right+1 < len(f.words) && f.opensClause(left) {
		// "die Verteidigerin in Hamburg, X": a local role works in the
		// city it names; an ambassador in a capital serves another state.
		if s := f.itemStarting(right + 1); s != nil && s.is(lexicon.KindPlace, lexicon.KindCapital) && f.sameSent(s.i, r.i) {
			country, right = s.e.Code, s.j
		}
	}
	return country, left, right
}

// opensClause reports whether the role phrase starting at word k starts
// its clause, after at most a determiner: "Seine Anwältin in X, Y" names
// Y by the role; "he met the president in Kyiv, Y said" does not.
func (f *finder) opensClause(k int) bool {
	if d := f.itemEnding(k); d != nil && d.is(lexicon.KindDet) && f.sameSent(d.i, k) {
		if d.e.Name == "possessive" {
			return true
		}
		k = d.i
	}
	return f.sentFirst(k) || k > 0 && f.sameSent(k-1, k) && f.words[k-1].Text == ","
}

// locative holds the prepositions that place a role in a city: "in", "à",
// "en", "em", "в".
var locative = map[string]bool{"in": true, "a": true, "à": true, "en": true, "em": true, "в": true, "во": true}

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

// roleAnchors: "Russian Foreign Minister Pavel Sorin", "Außenminister
// Pawel Sorin", "el canciller venezolano, Andrés Pineda", "Mr. Sorin",
// "his Cuban counterpart, Manuel Roque".
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
		country, left, right := f.rolePhrase(r)
		k := right
		if !r.is(lexicon.KindTitle) {
			k = f.skipOfPhrase(k, r.i)
		}
		k = f.skipPost(r, k)
		comma := false
		if k < len(f.words) && f.words[k].Text == "," && f.sameSent(k, r.i) && !r.is(lexicon.KindTitle) {
			k++
			comma = true
		}
		if postposed[f.lang] && !comma && !r.is(lexicon.KindTitle) {
			// "Szabó Anna külügyminiszter Kovács Péterrel tárgyalt": a
			// role belongs to the name before it; only an apposition
			// ("a külügyminiszter, Szabó Anna") names the one after.
			continue
		}
		k = f.skipTitles(k, r.i)
		if k < len(f.words) && f.sameSent(k, r.i) && f.runAt[k] >= 0 && !r.is(lexicon.KindTitle) {
			from := k
			k = f.skipPortfolio(k, r.i)
			for q := from; q < k && country == ""; q++ {
				// "… Industria y Turismo de Chile, Rojas X"
				if it := f.itemStarting(q); it != nil && it.is(lexicon.KindState) {
					country = it.e.Code
				}
			}
		}
		// "голова Херсонської обласної державної адміністрації Олег
		// X": a capitalized adjective, then genitives, is a portfolio.
		adjective := false
		if genitiveLangs[f.lang] && k < len(f.words) && f.runAt[k] >= 0 {
			if rn := f.runs[f.runAt[k]]; len(rn.parts) == 1 && rn.j < len(f.words) && f.sameSent(rn.j, r.i) &&
				f.words[rn.j].Case == lexicon.CaseAny && genitive(f.words[rn.j].Key) {
				adjective = true
			}
		}
		if (k >= len(f.words) || !f.sameSent(k, r.i) || f.runAt[k] < 0 || adjective) && !r.is(lexicon.KindTitle) {
			// "ministre d'État aux Affaires étrangères de la République
			// du Sénégal, Awa X"; "министром международных
			// отношений и сотрудничества ЮАР Тандо X".
			if k2, c2, ok := f.roleTail(right, r.i, f.indefinite(left)); ok {
				k = k2
				if country == "" {
					country = c2
				}
			}
		}
		if k >= len(f.words) || !f.sameSent(k, r.i) || f.runAt[k] < 0 {
			continue
		}
		c := cand{run: f.runs[f.runAt[k]], role: r.e.Name, country: country, counterpart: r.is(lexicon.KindCounterpart), prior: r.e.Code}
		// "Пресс-секретарь президента России X", "Sprecher des Präsidenten
		// X": a role in the genitive of another names whom the first
		// serves; the person holds the first.
		if p := f.itemEnding(r.i); p != nil && p.is(lexicon.KindRole) && f.sameSent(p.i, r.i) && !r.is(lexicon.KindTitle) {
			c.role, c.prior = p.e.Name, p.e.Code
		} else if p != nil && p.is(lexicon.KindDet, lexicon.KindOf) {
			if q := f.itemEnding(p.i); q != nil && q.is(lexicon.KindRole) && f.sameSent(q.i, r.i) && !r.is(lexicon.KindTitle) {
				c.role, c.prior = q.e.Name, q.e.Code
			}
		}
		if country == "" {
			c.org = f.roleOrg(r)
		}
		if r.is(lexicon.KindTitle) {
			c.role = ""
		}
		if q := r.i - 1; q > 0 && conjunctions[f.words[q].Key] && f.words[q].Case == lexicon.CaseAny && !r.is(lexicon.KindTitle) {
			if p := f.itemEnding(q); p != nil && p.is(lexicon.KindRole) && f.sameSent(p.i, r.i) {
				c.also = p.e.Name
			}
		}
		// "the foreign ministers of both countries, A and B": a plural
		// role introduces each name of the list; with no state named,
		// which one each serves is left open.
		if j := c.run.j; !r.is(lexicon.KindTitle) && j+1 < len(f.words) && f.sameSent(j+1, r.i) && conjunctions[f.words[j].Key] && f.runAt[j+1] >= 0 {
			if n := f.runs[f.runAt[j+1]]; len(n.parts) >= 2 {
				// "les chefs de la diplomatie serbe et croate, A et B":
				// two states named in the
				// role, in the order of the names.
				if a, b := f.twoStates(r.i, c.run.i); a != "" {
					c.country = a
					add(cand{run: n, role: r.e.Name, prior: r.e.Code, country: b})
				} else {
					c.open = country == ""
					add(cand{run: n, role: r.e.Name, prior: r.e.Code, open: country == ""})
				}
			}
		}
		add(c)
	}
}

// postposed are the languages that write a person's role after the name:
// Hungarian "Szabó Anna külügyminiszter", "Szergej Lavrov orosz
// külügyminiszterrel".
var postposed = map[string]bool{"hu": true}

// postposedAnchors: in a language that puts the role after the name, a run
// followed by a role is its holder. A nationality word ("orosz") and
// lower-case adjectives of a portfolio in -i ("kínai kereskedelmi
// minisztert") may stand between; the nationality is the role's state. A
// role in the possessive ("Szabó Anna tanácsadója", Anna Szabó's adviser) or
// a counterpart ("orosz hivatali partnerével", with her Russian
// counterpart) belongs to someone else.
func (f *finder) postposedAnchors(add func(cand)) {
	if !postposed[f.lang] {
		return
	}
	for _, rn := range f.runs {
		k, country := rn.j, ""
		for n := 0; n < 4 && k < len(f.words) && f.sameSent(k, rn.i); n++ {
			it := f.itemStarting(k)
			if it != nil && it.is(lexicon.KindRole) {
				break
			}
			if it != nil && it.is(lexicon.KindDemonym) && country == "" {
				country, k = it.e.Code, it.j
				continue
			}
			if w := f.words[k]; it == nil && !w.Punct && w.Case == lexicon.CaseAny && strings.HasSuffix(w.Key, "i") && len(w.Key) > 3 {
				k++
				continue
			}
			break
		}
		role := f.itemStarting(k)
		if role == nil || !role.is(lexicon.KindRole) || !f.sameSent(k, rn.i) || possessedRole(f.words[role.j-1].Key, role.e.Base) {
			continue
		}
		c2, _, _ := f.rolePhrase(role)
		if country == "" {
			country = c2
		}
		c := cand{run: rn, role: role.e.Name, country: country, prior: role.e.Code}
		if country == "" {
			c.org = f.roleOrg(role)
		}
		add(c)
	}
}

// huPlain are the endings a Hungarian role word takes without a possessor:
// cases and the plural ("minisztert", "miniszterrel", "elnökkel",
// "nagykövetnek", "miniszterként", "miniszterek").
var huPlain = map[string]bool{"": true, "t": true, "ot": true, "et": true, "oẗ": true, "rel": true, "ral": true,
	"lel": true, "lal": true, "val": true, "vel": true, "kel": true, "kal": true, "tel": true, "tal": true, "sel": true,
	"sal": true, "nal": true, "nel": true, "gal": true, "gel": true, "del": true, "dal": true, "szal": true, "szel": true,
	"nyal": true, "lyal": true, "nak": true, "nek": true, "hoz": true, "hez": true, "tol": true, "rol": true,
	"kent": true, "ek": true, "ok": true, "k": true, "eket": true, "okat": true, "ket": true, "kat": true, "ekkel": true,
	"okkal": true, "kkel": true, "kkal": true, "eknek": true, "oknak": true, "knek": true, "knak": true}

// possessedRole reports whether a Hungarian role word (folded) is its
// dictionary form base with a possessive ending ("külügyminisztere",
// "szóvivőjével", "vezetője").
func possessedRole(key, base string) bool {
	b := base
	if i := strings.LastIndexByte(b, ' '); i >= 0 {
		b = b[i+1:]
	}
	if i := strings.LastIndexByte(b, '-'); i >= 0 {
		b = b[i+1:]
	}
	b = lexicon.Fold(b)
	if !strings.HasPrefix(key, b) {
		return true
	}
	rest := key[len(b):]
	if rest == "" {
		return strings.HasSuffix(key, "je") || strings.HasSuffix(key, "ja")
	}
	return !huPlain[rest]
}

// demonymWord returns the state of the nationality word k is, or "": the
// lexicon's reading of the word alone, which a name run beside it may
// have taken in.
func (f *finder) demonymWord(k int) string {
	for _, e := range f.lex.Lookup(f.words[k].Text) {
		if e.Kind == lexicon.KindDemonym {
			return e.Code
		}
	}
	return ""
}

// demonymAnchors finds persons introduced by their nationality used as a
// noun, after a definite article, right before a full name: "ha salutato
// il ghanese Kwabena X", "el venezolano Rafael X", "the Kenyan Amani X".
// The nationality is their state.
func (f *finder) demonymAnchors(add func(cand)) {
	for x := range f.items {
		d := &f.items[x]
		if !d.is(lexicon.KindDemonym) || d.j >= len(f.words) || !f.sameSent(d.j, d.i) || f.runAt[d.j] < 0 {
			continue
		}
		det := f.itemEnding(d.i)
		if det == nil || !det.is(lexicon.KindDet) || det.e.Name == "indefinite" || det.e.Name == "possessive" || !f.sameSent(det.i, d.i) {
			continue
		}
		if r := f.runs[f.runAt[d.j]]; len(r.parts) >= 2 && !f.hasConjunction(r) {
			add(cand{run: r, country: d.e.Code, weak: true})
		}
	}
}

// twoStates returns the two states named, joined by "and", between a
// plural role at word i and the list of names at word k ("chefs de la
// diplomatie serbe et croate", "the foreign ministers of Serbia and
// Croatia"); "" when there are not exactly two so joined.
func (f *finder) twoStates(i, k int) (string, string) {
	var codes []string
	last := -1
	for x := range f.items {
		it := &f.items[x]
		if it.i <= i || it.j > k || !it.isStateLike() {
			continue
		}
		code := f.stateOf(it)
		if code == "" {
			continue
		}
		if last >= 0 && !(it.i == last+1 && conjunctions[f.words[last].Key]) {
			return "", ""
		}
		codes = append(codes, code)
		last = it.j
	}
	if len(codes) != 2 || codes[0] == codes[1] {
		return "", ""
	}
	return codes[0], codes[1]
}

// portfolioSplit returns a name run less a portfolio word that a role and
// an "of" lead into it: "minister van Onderwijs Wouter Kramer" names
// Wouter Kramer, "ministre de l'Agriculture Claire Fontaine" Claire
// Fontaine. Only
// a run of three parts or more, whose first part is one word, is split.
func (f *finder) portfolioSplit(rn run) run {
	k := rn.i
	if len(rn.parts) < 3 || k+1 >= rn.j || f.words[k+1].Glued || f.words[k+1].Punct {
		return rn // ("Saint-Pierre": one part of two words)
	}
	// "Minister voor Buitenlandse Handel en Wederopbouw Luc X": after a
	// role and "and", the first word goes on with the portfolio.
	if k > 1 && conjunctions[f.words[k-1].Key] && f.words[k-1].Case == lexicon.CaseAny {
		if r := f.itemEnding(k - 1); r != nil && r.is(lexicon.KindRole) && f.sameSent(r.i, k) {
			return run{i: k + 1, j: rn.j, parts: rn.parts[1:]}
		}
	}
	// "специальный представитель ООН по Западной Сахаре Матиас X": after
	// a Slavic portfolio's preposition, the run ends with the name, given
	// name and surname (and a patronymic between them).
	// ("minister van Staat voor Communicatie Nabil X": in Latin letters, the
	// portfolio is the run's first word.)
	if w := f.words[k-1]; k > 1 && portfolioFor[w.Key] && w.Case == lexicon.CaseAny {
		if !f.cyrillic(k) {
			return f.tailRun(rn, len(rn.parts)-1)
		}
		n := 2
		if len(rn.parts) >= 4 && patronymic(rn.parts[len(rn.parts)-2]) {
			n = 3
		}
		return f.tailRun(rn, n)
	}
	p := f.itemEnding(k)
	if p != nil && p.is(lexicon.KindDet) {
		p = f.itemEnding(p.i) // "de l'Agriculture"
	}
	if p == nil || !p.is(lexicon.KindOf) {
		return rn
	}
	if r := f.itemEnding(p.i); r == nil || !r.is(lexicon.KindRole) {
		return rn
	}
	return run{i: k + 1, j: rn.j, parts: rn.parts[1:]}
}

// tailRun returns the last n parts of a run, as a run of their words (a
// part starts at a word not glued to the one before: "Jean-Pierre" is
// one part of three words).
func (f *finder) tailRun(rn run, n int) run {
	var starts []int
	for k := rn.i; k < rn.j; k++ {
		if k == rn.i || !f.words[k].Glued {
			starts = append(starts, k)
		}
	}
	if n >= len(starts) || len(starts) != len(rn.parts) {
		return rn
	}
	return run{i: starts[len(starts)-n], j: rn.j, parts: rn.parts[len(rn.parts)-n:]}
}

// cyrillic reports whether word k is written in Cyrillic letters.
func (f *finder) cyrillic(k int) bool {
	for _, r := range f.words[k].Text {
		return unicode.Is(unicode.Cyrillic, r)
	}
	return false
}

// patronymic reports a folded Russian or Ukrainian patronymic ("викторович",
// "андреевна", "іванівна").
func patronymic(k string) bool {
	for _, e := range []string{"вич", "вна", "ична", "ичн", "івна", "вича", "вичем", "вичу", "вны", "вной", "вну", "овича", "евича"} {
		if strings.HasSuffix(k, e) {
			return true
		}
	}
	return false
}

// indefinite reports whether an indefinite article stands before word k
// ("a researcher", "eine Sprecherin").
func (f *finder) indefinite(k int) bool {
	d := f.itemEnding(k)
	return d != nil && d.is(lexicon.KindDet) && d.e.Name == "indefinite" && f.sameSent(d.i, k)
}

// skipTitles skips honorifics between a role and a name ("le ministre,
// Son Excellence Monsieur X"; "H.E. Mr. X").
func (f *finder) skipTitles(k, ref int) int {
	for n := 0; n < 4; n++ {
		t := f.itemStarting(k)
		if t == nil || !t.is(lexicon.KindTitle) || !f.sameSent(k, ref) {
			break
		}
		k = t.j
	}
	return k
}

// conjunctions join the words of a portfolio ("Economía, Comercio e
// Industria"), and rarely the parts of a name.
var conjunctions = map[string]bool{"and": true, "y": true, "e": true, "et": true, "und": true, "en": true, "i": true, "и": true, "і": true, "та": true, "oraz": true, "ve": true, "ed": true, "&": true}

// skipPortfolio skips the rest of a ministry's portfolio written as a
// list after the role ("ministra de Comercio, Pesca y Turismo, Han X"):
// a run holding a conjunction, or a one-word run, between commas,
// before another run. It returns k unchanged when there is none.
func (f *finder) skipPortfolio(k, ref int) int {
	orig := k
	for n := 0; n < 6; n++ {
		r, ok := f.portfolioWord(k)
		if !ok || n == 0 && !(len(r.parts) == 1 || f.hasConjunction(r)) {
			break
		}
		c := r.j
		// "ministro de Economía, Industria y Turismo de Chile,
		// Rojas X": the list ends in its state.
		if q := f.ofState(c, ref); q > 0 && f.hasConjunction(r) && q+1 < len(f.words) && f.words[q].Text == "," && f.sameSent(q+1, ref) && f.runAt[q+1] >= 0 {
			if n2 := f.runs[f.runAt[q+1]]; len(n2.parts) >= 2 && !f.hasConjunction(n2) {
				return q + 1
			}
		}
		if c+1 >= len(f.words) || !f.sameSent(c+1, ref) {
			break
		}
		if _, ok := f.portfolioWord(c + 1); !ok && !(n > 0 && f.portfolioPrep(c, ref) > c) {
			break
		}
		switch {
		case conjunctions[f.words[c].Key] && f.words[c].Case == lexicon.CaseAny:
			k = c + 1 // "Comercio e Industria"
		case n > 0 && f.portfolioPrep(c, ref) > c:
			// "Comércio Externo e Apoio para a Reconstrução, X":
			// a preposition goes on with the portfolio's last noun.
			k = f.portfolioPrep(c, ref)
		case f.words[c].Text == ",":
			k = c + 1
			if f.runAt[k] >= 0 {
				if n2 := f.runs[f.runAt[k]]; len(n2.parts) >= 2 && !f.hasConjunction(n2) {
					return k
				}
			}
		default:
			return orig
		}
	}
	return orig
}

// portfolioWord returns the name run at word k, or, for a capitalized
// word that is no name (a word like "Cooperação" that never starts one),
// a run of that one word: both may be a portfolio's nouns.
func (f *finder) portfolioWord(k int) (run, bool) {
	if f.runAt[k] >= 0 {
		return f.runs[f.runAt[k]], true
	}
	if w := f.words[k]; !w.Punct && (w.Case == lexicon.CaseTitle || w.Case == lexicon.CaseUpper) {
		return run{i: k, j: k + 1, parts: []string{w.Key}}, true
	}
	return run{}, false
}

// portfolioPrep returns the word after a portfolio's preposition and its
// article at word k ("para o", "for", "voor de"), when a capitalized run
// follows them; else k.
func (f *finder) portfolioPrep(k, ref int) int {
	w := f.words[k]
	if w.Case != lexicon.CaseAny || !portfolioFor[w.Key] {
		return k
	}
	q := k + 1
	if d := f.itemStarting(q); d != nil && d.is(lexicon.KindDet) && f.sameSent(q, ref) {
		q = d.j
	}
	if q < len(f.words) && f.sameSent(q, ref) {
		if _, ok := f.portfolioWord(q); ok {
			return q
		}
	}
	return k
}

// ofState returns the word after "of (the) <state>" starting at word k, or
// 0 when none starts there.
func (f *finder) ofState(k, ref int) int {
	o := f.itemStarting(k)
	if o == nil || !o.is(lexicon.KindOf) || !f.sameSent(k, ref) {
		return 0
	}
	q := o.j
	if d := f.itemStarting(q); d != nil && d.is(lexicon.KindDet) {
		q = d.j
	}
	if s := f.itemStarting(q); s != nil && s.isStateLike() && f.sameSent(q, ref) {
		return s.j
	}
	return 0
}

func (f *finder) hasConjunction(r run) bool {
	for k := r.i; k < r.j; k++ {
		if conjunctions[f.words[k].Key] && f.words[k].Case == lexicon.CaseAny {
			return true
		}
	}
	return false
}

// roleTail reads a longer phrase between a role and the name it
// introduces: "of" phrases, a portfolio of common and capitalized nouns,
// the state, an organization. It returns the name's first word and the
// state the phrase names. Lower-case words other than "of" are accepted
// only in a phrase closed by a comma before the name (in Russian, the
// genitive words of a portfolio: "министр международных отношений"), so
// that a verb ("the minister met Ana Ruiz") does not pass.
func (f *finder) roleTail(k, ref int, indefinite bool) (int, string, bool) {
	country := ""
	free := 0
	// prep: a portfolio's preposition was read; other: free words besides
	// it; named: a lexicon phrase (a region, a state) after it.
	prep, named, other := false, false, 0
	loose := 0 // free words before any "of": maybe a verb ("the minister met Ana Ruiz")
	hadOf, portfolio := false, false
	cyr := f.lang == "ru" || f.lang == "uk" || f.lang == "be" || f.lang == "bg"
	for n := 0; n < 12 && k < len(f.words) && f.sameSent(k, ref); n++ {
		w := f.words[k]
		if it := f.itemStarting(k); it != nil {
			named = named || prep && !it.is(lexicon.KindOf, lexicon.KindDet)
			switch {
			case it.is(lexicon.KindOf):
				hadOf = true
			case it.is(lexicon.KindDet, lexicon.KindRepublic, lexicon.KindStop):
			case it.isStateLike():
				if country == "" && !f.possessive(it.j) {
					country = it.e.Code
				}
			case it.is(lexicon.KindOrg, lexicon.KindBody, lexicon.KindMinistry, lexicon.KindPlace):
				if country == "" && !it.is(lexicon.KindOrg) {
					country = f.ministryCountry(it)
				}
			default:
				return 0, "", false
			}
			k = it.j
			continue
		}
		switch {
		case w.Text == "," && cyr && k+1 < len(f.words) && f.sameSent(k+1, ref) && f.words[k+1].Case == lexicon.CaseAny && genitive(f.words[k+1].Key):
			// "министр торговли, инвестиций и промышленности Республики
			// Корея Хан X": a portfolio listed in the genitive goes on.
			k++
			continue
		case w.Text == ",":
			if k+1 < len(f.words) && f.sameSent(k+1, ref) {
				j := k + 1
				titled := false
				// "…, le général Amadou X": an apposed title or role.
				for n := 0; n < 3; n++ {
					if it := f.itemStarting(j); it != nil && it.is(lexicon.KindRole) && it.e.Name != "general" && f.words[k-1].Case == lexicon.CaseAny && !f.words[k-1].Punct {
						// "bestellte den Botschafter ein, Außenminister X
						// sagte": after a clause's last lower-case word,
						// an office of its own starts a new phrase (a
						// rank, "…, le général X", stays apposed).
						return 0, "", false
					}
					if it := f.itemStarting(j); it != nil && it.is(lexicon.KindDet, lexicon.KindTitle, lexicon.KindRole, lexicon.KindDemonym) && f.sameSent(j, ref) {
						// (and a nationality: "dell'Unione Africana,
						// il keniano Samuel X")
						titled = titled || it.is(lexicon.KindTitle, lexicon.KindDemonym)
						if it.is(lexicon.KindDemonym) && country == "" {
							country = it.e.Code
						}
						j = it.j
					}
				}
				// "…para Asuntos Jurídicos, el cordobés Ignacio X":
				// after an article, one lower-case word of origin or
				// description before a full name.
				if j > k+1 && j+1 < len(f.words) && f.sameSent(j+1, ref) && f.words[j].Case == lexicon.CaseAny && !f.words[j].Punct &&
					f.itemStarting(j) == nil && f.runAt[j+1] >= 0 && len(f.runs[f.runAt[j+1]].parts) >= 2 {
					if d := f.itemEnding(j); d != nil && d.is(lexicon.KindDet) {
						j++
						titled = true
					}
				}
				if j < len(f.words) && f.sameSent(j, ref) && f.runAt[j] >= 0 {
					r := f.runs[f.runAt[j]]
					// "ministro de Industria, Comercio y Turismo, Pablo X":
					// a portfolio list goes on.
					if !titled && (f.hasConjunction(r) || len(r.parts) == 1) && r.j < len(f.words) && f.sameSent(r.j, ref) &&
						(f.words[r.j].Text == "," || conjunctions[f.words[r.j].Key]) {
						k = r.j
						continue
					}
					// "ministro de Economía, Industria y Turismo de
					// Chile, Rojas X": the list ends in the state.
					if o := f.itemStarting(r.j); !titled && f.hasConjunction(r) && o != nil && o.is(lexicon.KindOf) && f.sameSent(r.j, ref) {
						k = r.j
						continue
					}
					if len(r.parts) >= 2 || titled {
						return j, country, true
					}
				}
			}
			return 0, "", false
		case f.runAt[k] >= 0:
			r := f.runs[f.runAt[k]]
			// A name with no comma before it ends a phrase of capitalized
			// or genitive words only: "Minister of Trade Ana Ruiz".
			// ("l'inviato speciale per l'Asia Centrale Zhou X": after a
			// portfolio named by a lexicon phrase, no comma is needed.)
			// ("o professor de ciência política Jorge X": the
			// lower-case words after "of" are the portfolio.)
			apposed := r.j+1 < len(f.words) && f.words[r.j].Text == "," && f.sameSent(r.j+1, ref) && f.runAt[r.j+1] >= 0 &&
				len(f.runs[f.runAt[r.j+1]].parts) >= 2 // "para a Política Externa, Sanna X": the name is after the comma
			if len(r.parts) >= 2 && !f.hasConjunction(r) && (free == 0 || cyr || genitiveLangs[f.lang] || named && other == 0 || hadOf && loose == 0 && !apposed) && n > 0 {
				return k, country, true
			}
			if len(r.parts) > 2 {
				// "Minister voor Buitenlandse Handel en Wederopbouw Luc
				// X": right after "and", the run's first word ends the
				// portfolio (portfolioSplit cuts it off).
				if n == 1 && conjunctions[f.words[k-1].Key] && f.words[k-1].Case == lexicon.CaseAny && !f.hasConjunction(r) {
					return k, country, true
				}
				return 0, "", false
			}
			k = r.j
			continue
		case w.Text == "(" && f.acronymParen(k, ref) > k:
			// "… para a Infância (UNICEF), a dinamarquesa X": an
			// organization's acronym in brackets goes on with the phrase.
			k = f.acronymParen(k, ref)
			continue
		case w.Punct && w.Key != "'" && w.Key != "-":
			return 0, "", false
		case w.Case == lexicon.CaseAny:
			if cyr && portfolioFor[w.Key] {
				// "посланець України з питань …", "по вопросам …"
				hadOf, portfolio = true, true
				free++
				k++
				continue
			}
			if cyr && !genitive(w.Key) && !conjunctions[w.Key] && !portfolio {
				return 0, "", false
			}
			// "High Representative for Foreign Affairs, X", "alta
			// representante da UE para a Política Externa, X": a
			// portfolio after "for" belongs to the role, like one
			// after "of".
			if portfolioFor[w.Key] {
				hadOf, prep = true, true
			} else {
				other++
			}
			// "der Staatssekretär im Außenministerium, X", "secretary
			// at the Ministry of Foreign Affairs, X": a preposition
			// before the ministry served is part of the role.
			if m := f.itemStarting(k + 1); m != nil && m.is(lexicon.KindMinistry, lexicon.KindBody) && f.sameSent(k+1, ref) && !hadOf {
				hadOf = true
				k++
				continue
			}
			// "the president in Kyiv, X": a preposition other than "of"
			// leaves the role, unless a place and an apposition closed
			// by a comma follow ("der Sprecher des Verteidigungsministeriums
			// in Baku, Ramil X, nannte …").
			if !cyr && !hadOf && f.lex.MinorIn(w.Key, f.lang) && !conjunctions[w.Key] && !f.seatApposition(k, ref) {
				return 0, "", false
			}
			// "la situation d'un chercheur emprisonné depuis mars, X": after an
			// indefinite role, words before any "of" describe it; they
			// are no portfolio.
			if indefinite && !hadOf {
				return 0, "", false
			}
			free++
			if !hadOf {
				loose++
			}
			if free > 5 && !(cyr && free <= 8) {
				// (a Slavic portfolio runs longer: "із закордонних справ
				// і безпекової політики")
				return 0, "", false
			}
		}
		k++
	}
	return 0, "", false
}

// acronymParen returns the word after a bracketed acronym at k ("(PAM)",
// "(WFP)"), or k when there is none.
func (f *finder) acronymParen(k, ref int) int {
	if k+2 >= len(f.words) || f.words[k+2].Text != ")" || !f.sameSent(k+2, ref) {
		return k
	}
	if w := f.words[k+1]; w.Case != lexicon.CaseUpper || w.Punct {
		return k
	}
	return k + 3
}

// seatApposition reports a locative preposition at k followed by a place
// and an apposed full name closed by a comma: "in Baku, Ramil X, …".
func (f *finder) seatApposition(k, ref int) bool {
	if !locative[f.words[k].Key] {
		return false
	}
	p := f.itemStarting(k + 1)
	if p == nil || !(p.isStateLike() || p.is(lexicon.KindPlace)) || !f.sameSent(p.i, ref) {
		return false
	}
	q := p.j
	if q+1 >= len(f.words) || f.words[q].Text != "," || f.runAt[q+1] < 0 {
		return false
	}
	r := f.runs[f.runAt[q+1]]
	return len(r.parts) >= 2 && r.j < len(f.words) && f.words[r.j].Text == "," && f.sameSent(r.j, ref)
}

// portfolioFor holds the prepositions that introduce a role's portfolio
// ("for", "para", "pour", "voor", "für", "per"; Ukrainian "з питань",
// Russian "по вопросам"; "special envoy on climate affairs"), as
// folded keys ("für" is "fur").
var portfolioFor = map[string]bool{"for": true, "on": true, "para": true, "pour": true, "voor": true, "fur": true, "per": true, "з": true, "із": true, "зі": true, "по": true}

// genitive reports whether a lower-case Russian word may be a genitive
// noun or adjective of a portfolio ("международных отношений",
// "сотрудничества", "развития", "промышленности", "обороны"): no verb
// ends so.
func genitive(k string) bool {
	for _, e := range genitiveEnds {
		if strings.HasSuffix(k, e) {
			return true
		}
	}
	return false
}

// genitiveEnds are the endings genitive reads, folded as the words it is
// given are (й is и, ї is і). Ukrainian: "обласної військової
// адміністрації", "безпекової політики", "торгівлі та співпраці".
var genitiveEnds = func() []string {
	var out []string
	for _, e := range []string{"ых", "их", "ого", "его", "ой", "ей", "ния", "ия", "ства", "ов", "ев", "ки", "ты", "ры", "ии", "ий", "сти", "ны",
		"ої", "ії", "ів", "іх", "ння", "ти", "ав",
		// feminine -і and masculine -у nouns: "співпраці", "торгівлі",
		// "з питань розвитку", "торговли"
		"ці", "лі", "ку", "ту", "ли",
		// "заместителей министров двух стран X и Y", "обеих стран",
		// "двох країн": the genitive plural of a count.
		"двух", "обеих", "обоих", "трех", "стран", "государств", "двох", "обох", "країн", "держав"} {
		out = append(out, lexicon.Fold(e))
	}
	return out
}()

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

// appositions: "Manuel Roque, Minister of Foreign Affairs of Cuba",
// "Andrés Pineda, the Venezuelan foreign minister,", "Sorin, his Russian
// counterpart".
func (f *finder) appositions(add func(cand)) {
	for _, r := range f.runs {
		k := r.j
		if k >= len(f.words) || f.words[k].Text != "," || !f.sameSent(k, r.i) {
			continue
		}
		k++
		// "Samir X, 54, a former diplomat,": an age before the apposition.
		if k+1 < len(f.words) && isDigitWord(f.words[k].Text) && f.words[k+1].Text == "," && f.sameSent(k+1, r.i) {
			k += 2
		}
		for n := 0; n < 2; n++ {
			// German "der" reads as "of" as well as "the".
			if d := f.itemStarting(k); d != nil && d.is(lexicon.KindDet, lexicon.KindOf) {
				k = d.j
			}
		}
		country, org := "", ""
		if s := f.itemStarting(k); s != nil && s.isStateLike() {
			country = s.e.Code
			k = s.j
			if f.possessive(k) {
				k += 2
			}
		} else if s != nil && s.is(lexicon.KindOrg) && f.possessive(s.j) {
			// "X, WHO's director of emergencies, said": the
			// organization's official.
			org = s.e.Code
			k = s.j + 2
		} else if k < len(f.words) && f.itemStarting(k) == nil && f.words[k].Case == lexicon.CaseAny && !f.words[k].Punct && f.possessive(k+1) {
			k += 3 // "X, the country's foreign minister,": the state is the one in context
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
		if org == "" {
			org = f.roleOrg(role)
		}
		add(cand{run: r, role: role.e.Name, country: country, counterpart: role.is(lexicon.KindCounterpart), prior: role.e.Code, org: org})
	}
}

// speechAnchors: "Maria Zakharova said", "said Maria Zakharova". Weak: the
// name must have two parts.
func (f *finder) speechAnchors(add func(cand)) {
	for _, r := range f.runs {
		if len(r.parts) < 2 {
			continue
		}
		if r.i > 0 && locative[f.words[r.i-1].Key] && f.sameSent(r.i-1, r.i) {
			// "Health officials in Cochabamba said": a name after a
			// locative preposition is a place the speakers are in.
			continue
		}
		if s := f.itemStarting(r.j); s != nil && s.is(lexicon.KindSpeech) && f.sameSent(r.j, r.i) {
			add(cand{run: r, weak: true})
			continue
		}
		// "Seine Anwältin in Moskau, Anna X, sagte": an apposition
		// closed by a comma before the speech verb.
		if r.i > 0 && r.j+1 < len(f.words) && f.words[r.i-1].Text == "," && f.words[r.j].Text == "," && f.sameSent(r.i-1, r.j+1) {
			if s := f.itemStarting(r.j + 1); s != nil && s.is(lexicon.KindSpeech) && s.e.Name == "said" && !f.words[r.j+1].Punct {
				add(cand{run: r, weak: true})
				continue
			}
		}
		if s := f.itemEnding(r.i); s != nil && s.is(lexicon.KindSpeech) && f.sameSent(s.i, r.i) {
			if r.j >= f.last[f.sent[r.i]] || f.words[r.j].Punct {
				add(cand{run: r, weak: true})
			}
			continue
		}
		// "zei visser Kees Postma uit Urk", "dijo el
		// agricultor Juan Pérez": a common noun between the speech verb
		// and the name says what the speaker is.
		k := r.i - 1
		if k < 1 || !f.sameSent(k, r.i) || f.words[k].Punct || f.words[k].Case != lexicon.CaseAny || len([]rune(f.words[k].Key)) < 4 || f.itemAt(k) != nil {
			continue
		}
		s := f.itemEnding(k)
		if d := s; d != nil && d.is(lexicon.KindDet) {
			s = f.itemEnding(d.i)
		}
		if s != nil && s.is(lexicon.KindSpeech) && f.sameSent(s.i, r.i) && len(r.parts) >= 2 &&
			(r.j >= f.last[f.sent[r.i]] || f.words[r.j].Punct || f.words[r.j].Case == lexicon.CaseAny) {
			add(cand{run: r, weak: true})
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

// fallbackCountries gives a person whose state no phrase names the state
// the article's context points to. Each state scores by how the article
// presents it: mentions, the title (its first state most: the subject of
// the headline), the lead's first state, the dateline; a state named
// before the person in the sentence of their first mention counts more
// than one after it (which is more often the object: "X asked Ecuador");
// a role's wording may belong to one state ("Foreign Secretary"). States
// held in that sentence by another person or role are excluded: "his
// Moroccan counterpart" is not the person's state. A person without a
// role takes a state only when it dominates the article.
func (f *finder) fallbackCountries() {
	weight := map[string]int{}
	for x := range f.items {
		if code := f.stateOf(&f.items[x]); code != "" {
			weight[code]++
		}
	}
	for code, w := range weight {
		weight[code] = min(w, 6)
	}
	for n, code := range f.titleStates {
		if n == 0 {
			weight[code] += 3
		} else {
			weight[code]++
		}
	}
	if len(f.first) > 0 {
		for x := range f.items {
			it := &f.items[x]
			if f.sent[it.i] != 0 {
				break
			}
			if code := f.stateOf(it); code != "" {
				weight[code] += 2
				break
			}
		}
	}
	if f.dateline != "" {
		weight[f.dateline] += 2
	}
	// "la ministra de Exteriores" in a Spanish paper: a state of the
	// article's language, if the article names it.
	home := map[string]bool{}
	for _, code := range f.home {
		home[code] = true
		if weight[code] > 0 {
			weight[code] += 4
		}
	}
	type aide struct {
		p     *person
		first pmention
	}
	var aides []aide
	for _, p := range f.persons {
		if p.country != "" || len(p.mentions) == 0 || p.open || p.org != "" {
			continue
		}
		first := p.mentions[0]
		for _, m := range p.mentions {
			if m.span.Start < first.span.Start {
				first = m
			}
		}
		s := first.sent
		if _, ok := f.ownerState(p, first); ok && !first.counterpart && !f.isCounterpart(p) {
			// "Lavrov's spokeswoman X", "Merz' Sprecher X": the state of
			// the person whose aide X is, or none if that is unknown,
			// rather than the state the article names most. Taken once
			// the loop has given the owner one.
			aides = append(aides, aide{p, first})
			continue
		}
		if len(p.roles) == 0 && p.prior == "" {
			f.roleBefore(p, first)
		}
		if p.country != "" {
			continue
		}
		taken := f.takenIn(p, s)
		// A counterpart serves the other state of the meeting: the one
		// state of the sentence no one else holds.
		if first.counterpart || f.isCounterpart(p) || f.counterpartIn(p, s) {
			var free []string
			for x := range f.items {
				it := &f.items[x]
				if f.sent[it.i] != s || !it.isStateLike() || taken[it.e.Code] {
					continue
				}
				free = append(free, it.e.Code)
			}
			if len(free) > 0 && allSame(free) {
				p.country = free[0]
				continue
			}
		}
		score := map[string]int{}
		for code, w := range weight {
			score[code] = w
		}
		seen := map[string]bool{}
		for x := range f.items {
			it := &f.items[x]
			if f.sent[it.i] != s {
				continue
			}
			code := f.stateOf(it)
			if code == "" || seen[code] || f.quoted[it.i] {
				continue
			}
			seen[code] = true
			if it.j <= first.i {
				score[code] += 4
			} else {
				score[code]++
			}
		}
		// The sentence before sets the scene: its first state.
		if s > 0 {
			for x := range f.items {
				it := &f.items[x]
				if f.sent[it.i] == s-1 && !f.quoted[it.i] {
					if code := f.stateOf(it); code != "" {
						score[code] += 2
						break
					}
				}
			}
		}
		// "Son porte-parole, X": the subject of the sentence before.
		if f.possessiveRole(first) && s > 0 {
			for x := range f.items {
				it := &f.items[x]
				if f.sent[it.i] == s-1 {
					if code := f.stateOf(it); code != "" && !taken[code] {
						score[code] += 8
						break
					}
				}
			}
		}
		if p.prior != "" {
			score[p.prior] += 10
		}
		// "praised the South Korean minister", with no name: the one
		// holder of that office the article names.
		for code := range f.describedAs(p) {
			score[code] += 6
		}
		// "afirmó la ministra de Asuntos Exteriores, Elvira X" in a
		// Spanish paper filed at home: a minister named with no state is
		// most often the paper's own state's, however much the story
		// speaks of another (not a general: a junta's chief of staff).
		if holdsRole(p.roles, "minister") && (f.dateline == "" || home[f.dateline]) {
			for code := range home {
				if weight[code] > 0 {
					score[code] += 3
				}
			}
		}
		// An office one person holds in a state ("the defence minister",
		// "the president") is likely taken there: a second defence
		// minister more likely serves another state. A penalty, not a
		// bar: "the former foreign minister" may share the state.
		for code := range f.officesHeld(p) {
			score[code] -= 3
		}
		// "El canciller X" after "la Cancillería chilena": the ministry a
		// role heads, named just before.
		if code := f.ministryNear(p, first); code != "" && !taken[code] {
			score[code] += 5
		}
		best, second := "", 0
		for code, v := range score {
			if taken[code] || v <= 0 {
				continue
			}
			if _, ok := f.lex.Country(code); !ok {
				continue
			}
			if best == "" || v > score[best] || v == score[best] && (home[code] && !home[best] || home[code] == home[best] && code < best) {
				if best != "" {
					second = max(second, score[best])
				}
				best = code
			} else {
				second = max(second, v)
			}
		}
		// A tie is broken by the state of the article's language ("il
		// ministro degli Esteri" in an Italian paper that also names
		// Tunisia as often), when that state is alone in the tie.
		homeTie := best != "" && home[best] && score[best] == second
		for code, v := range score {
			if code != best && v == score[best] && home[code] {
				homeTie = false
			}
		}
		if best == "" || score[best] <= second && !homeTie || score[best] < 3 {
			continue
		}
		if len(p.roles) == 0 && p.prior == "" && (score[best] < 2*second || score[best] < 4) {
			continue
		}
		p.country = best
	}
	for _, a := range aides {
		a.p.country, _ = f.ownerState(a.p, a.first)
	}
}

// ownerState returns the state of the person named in the possessive
// right before the role that introduces p at m: "Orlov's spokeswoman X",
// "Merz' Sprecher X", German "Bremers Sprecher X". An aide serves the
// state of the one they speak or work for. ok is false when no such
// phrase is there; the state is "" when its owner has none.
func (f *finder) ownerState(p *person, m pmention) (state string, ok bool) {
	k := m.i
	if k > 0 && f.words[k-1].Text == "," {
		k--
	}
	r := f.itemEnding(k)
	if r == nil || !r.is(lexicon.KindRole) || !f.sameSent(r.i, m.i) {
		return "", false
	}
	b, name := r.i, ""
	switch {
	case b >= 3 && f.words[b-1].Key == "s" && f.words[b-1].Glued && f.words[b-2].Key == "'" && f.words[b-2].Glued:
		name = f.words[b-3].Text
	case b >= 2 && f.words[b-1].Key == "'" && f.words[b-1].Glued:
		name = f.words[b-2].Text
	case b >= 1 && f.lang == "de" && len(f.words[b-1].Text) > 3 && strings.HasSuffix(f.words[b-1].Text, "s"):
		name = strings.TrimSuffix(f.words[b-1].Text, "s")
	default:
		return "", false
	}
	if !f.sameSent(b-1, m.i) {
		return "", false
	}
	for _, o := range f.persons {
		if o == p {
			continue
		}
		for _, om := range o.mentions {
			if !om.anaphor && om.j > om.i && f.words[om.j-1].Text == name {
				return o.country, true
			}
		}
	}
	return "", false
}

// roleMinistry maps a role to the ministry it heads.
var roleMinistry = map[string]string{
	"foreign minister": "Foreign Ministry", "deputy foreign minister": "Foreign Ministry",
	"defence minister": "Defence Ministry",
}

// ministryNear returns the state of the last ministry or state body named
// in the two sentences before a person's first mention (or in its own,
// before it) that fits the person's role: the same kind of ministry, or
// any for a spokesperson.
func (f *finder) ministryNear(p *person, m pmention) string {
	want, spokes := "", false
	for _, r := range p.roles {
		if n, ok := roleMinistry[r]; ok {
			want = n
		}
		spokes = spokes || r == "spokesperson"
	}
	if want == "" && !spokes {
		return ""
	}
	code := ""
	for x := range f.items {
		it := &f.items[x]
		if it.i >= m.i {
			break
		}
		if f.sent[it.i] < m.sent-2 || f.quoted[it.i] || !it.is(lexicon.KindMinistry, lexicon.KindBody) {
			continue
		}
		if want != "" && !(it.is(lexicon.KindMinistry) && it.e.Name == want) && !(spokes && it.e.Name != "Government") {
			continue
		}
		if c := f.stateOf(it); c != "" {
			code = c
		}
	}
	return code
}

// counterpartIn reports whether another person of sentence s is called a
// counterpart ("X met his Kenyan counterpart Y in Seoul"): then p serves
// the other state of the meeting, as the counterpart does.
func (f *finder) counterpartIn(p *person, s int) bool {
	for _, q := range f.persons {
		if q == p {
			continue
		}
		for _, m := range q.mentions {
			if m.counterpart && m.sent == s {
				return true
			}
		}
	}
	return false
}

func (f *finder) isCounterpart(p *person) bool {
	for _, m := range p.mentions {
		if m.counterpart {
			return true
		}
	}
	return false
}

// stateOf returns the state an item names or owns: a state, demonym,
// capital or city, a state body, a ministry of a known state.
func (f *finder) stateOf(it *item) string {
	switch {
	case it.dead:
		return ""
	case it.isStateLike(), it.is(lexicon.KindPlace), it.is(lexicon.KindBody):
		return it.e.Code
	case it.is(lexicon.KindMinistry):
		return f.ministryCountry(it)
	}
	return ""
}

// takenIn returns the states that other persons, and roles with a state,
// hold in sentence s.
func (f *finder) takenIn(self *person, s int) map[string]bool {
	taken := map[string]bool{}
	for _, o := range f.persons {
		if o == self || o.country == "" {
			continue
		}
		for _, m := range o.mentions {
			if m.sent == s {
				taken[o.country] = true
			}
		}
	}
	for x := range f.items {
		r := &f.items[x]
		if f.sent[r.i] != s || !r.is(lexicon.KindRole, lexicon.KindCounterpart) {
			continue
		}
		c, _, right := f.rolePhrase(r)
		if c == "" || f.introduces(right, self) {
			continue
		}
		taken[c] = true
	}
	return taken
}

// officesHeld returns the states where another person of the article holds
// one of p's single-holder offices.
func (f *finder) officesHeld(p *person) map[string]bool {
	out := map[string]bool{}
	for _, o := range f.persons {
		if o == p || o.country == "" {
			continue
		}
		for _, r := range p.roles {
			if singleOffice(r) && slices.Contains(o.roles, r) {
				out[o.country] = true
			}
		}
	}
	return out
}

// singleOffice reports whether a role has one holder per state at a
// time: a president, a prime minister, a chancellor, a minister (not a
// deputy or a minister of state).
func singleOffice(role string) bool {
	switch role {
	case "president", "prime minister", "chancellor":
		return true
	}
	return strings.HasSuffix(role, " minister") && !strings.Contains(role, "deputy") && !strings.Contains(role, "vice") && !strings.Contains(role, "state")
}

// introduces reports whether the words from k lead, through commas,
// determiners, titles and roles only, to a mention of p: the role
// phrase ending at k is p's own.
func (f *finder) introduces(k int, p *person) bool {
	if p == nil {
		return false
	}
	for n := 0; n < 8 && k < len(f.words); n++ {
		for _, m := range p.mentions {
			if m.i == k {
				return true
			}
		}
		if f.words[k].Text == "," {
			k++
			continue
		}
		it := f.itemStarting(k)
		if it == nil || !it.is(lexicon.KindDet, lexicon.KindTitle, lexicon.KindRole, lexicon.KindOf) {
			return false
		}
		k = it.j
	}
	return false
}

// possessiveRole reports whether a mention follows a role after a
// possessive ("its spokeswoman, X"; "son porte-parole X").
func (f *finder) possessiveRole(m pmention) bool {
	k := m.i
	comma := k > 0 && f.words[k-1].Text == ","
	if comma {
		k--
	}
	r := f.itemEnding(k)
	if r == nil || !r.is(lexicon.KindRole) || !f.sameSent(r.i, m.i) {
		return false
	}
	d := f.itemEnding(r.i)
	if d == nil || !d.is(lexicon.KindDet) || !f.sameSent(d.i, m.i) {
		return false
	}
	// "Son porte-parole, X" anywhere; "Ein Sprecher, X" / "A spokesman, X"
	// when it opens the sentence: the spokesman of the one just named.
	return d.e.Name == "possessive" || comma && f.sentFirst(d.i)
}

// roleBefore gives a person first named, without a role, at the start of
// a sentence the role and state of a role without a name that ends the
// sentence before: "…, the governor of the Kharkiv region said. Serhiy X
// said …".
func (f *finder) roleBefore(p *person, m pmention) {
	if m.sent == 0 || !f.sentFirst(m.i) {
		return
	}
	prev := m.sent - 1
	var found *item
	country := ""
	for x := range f.items {
		r := &f.items[x]
		if f.sent[r.i] != prev || !r.is(lexicon.KindRole) {
			continue
		}
		c, left, right := f.rolePhrase(r)
		if c == "" {
			continue
		}
		if right < len(f.words) && f.sameSent(right, r.i) && f.runAt[right] >= 0 {
			continue // the role names someone
		}
		d := f.itemEnding(left)
		if d == nil || !d.is(lexicon.KindDet) || d.e.Name == "indefinite" {
			continue
		}
		if found != nil {
			return // two roles: which one?
		}
		found, country = r, c
	}
	if found == nil {
		return
	}
	for _, o := range f.persons {
		if o != p && slicesHas(o.roles, found.e.Name) && o.country == country {
			return // the role is someone else's
		}
	}
	p.addRole(found.e.Name)
	p.country = country
}

func slicesHas(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
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
		// With no state named, only a specific role ("the ambassador",
		// "посол") held by exactly one person of the article stands for
		// that person; "the minister" for the one minister of any
		// portfolio, when there is one.
		if country == "" && (r.e.Name == "" || r.is(lexicon.KindCounterpart) || !f.bareRole(r)) {
			continue
		}
		anyMinister := country == "" && r.e.Name == "minister"
		// A role that names someone ("minister Ana Ruiz", "minister, Ana
		// Ruiz", "посол России в Финляндии X") or describes a name before it
		// ("Ana Ruiz, the minister") is not a mention of its own.
		k := f.skipPost(r, right)
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
		if b > 1 && f.sameSent(b-2, r.i) && f.words[b-1].Text == "," && f.endsName(b-1) {
			continue // "Ana Ruiz, the minister": an apposition
		}
		span := news.Span{Start: f.words[left].Start, End: f.words[right-1].End}
		if taken(span.Start, span.End) {
			continue
		}
		var match, stateMatch *person
		n, nState := 0, 0
		for _, p := range f.persons {
			// "Serbia's ambassador" is no organization's envoy.
			if country != "" && (p.country != country && p.country != "" || p.country == "" && p.org != "") || !roleFits(r, p) {
				continue
			}
			if country == "" && !anyMinister && !slicesHas(p.roles, r.e.Name) {
				continue // with no state, the very role
			}
			if f.lex.IsOrg(r.e.Code) && p.org != r.e.Code {
				continue // "the High Representative": the organization's official
			}
			// A fitting person of unknown state makes the role ambiguous.
			match = p
			n++
			if p.org == "" {
				stateMatch = p
				nState++
			}
		}
		// "the President held talks with ...", in a story that also names
		// the European Commission's president: a bare role is the state's
		// office; an organization's head is called by the organization
		// ("the Commission President").
		if n > 1 && country == "" && !anyMinister && nState == 1 {
			match, n = stateMatch, 1
		}
		if match != nil && match.country == "" && match.org == "" {
			continue
		}
		if n != 1 {
			continue
		}
		match.add(pmention{i: left, j: right, span: span, text: f.body[span.Start:span.End], sent: f.sent[r.i], anaphor: true})
	}
}

// endsName reports whether a name run ends at word k.
func (f *finder) endsName(k int) bool {
	for _, r := range f.runs {
		if r.j == k {
			return true
		}
	}
	return false
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

// skipPost skips the host state of an envoy's post between the role and
// the name: "Russian Ambassador to Finland Oleg X", "посол России в
// Финляндии Олег X", "der russische Botschafter in Finnland, Oleg X".
// The host is where the envoy serves, not whom: the role's own state
// stays the person's. It returns k unchanged when there is none.
func (f *finder) skipPost(r *item, k int) int {
	if r.e.Name != "ambassador" || k+1 >= len(f.words) || !f.sameSent(k+1, r.i) {
		return k
	}
	w := f.words[k]
	// A preposition: a short lower-case word ("to", "in", "в", "à", "bei").
	if w.Punct || w.Case != lexicon.CaseAny || utf8.RuneCountInString(w.Text) > 4 {
		return k
	}
	q := k + 1
	if d := f.itemStarting(q); d != nil && d.is(lexicon.KindDet) {
		q = d.j
	}
	host := f.itemStarting(q)
	if host == nil || !host.is(lexicon.KindState, lexicon.KindCapital) || !f.sameSent(host.i, r.i) {
		return k
	}
	return host.j
}

// bareRole reports whether a role with no state stands alone as a
// definite mention: opening its sentence ("Посол назвал …") or after a
// definite article ("the ambassador said"), not after an organization
// ("EU foreign ministers") or anything else.
func (f *finder) bareRole(r *item) bool {
	if f.sentFirst(r.i) {
		return true
	}
	d := f.itemEnding(r.i)
	return d != nil && d.is(lexicon.KindDet) && d.e.Name == "the" && f.sameSent(d.i, r.i)
}

// roleOrg returns the code of the international organization a role
// serves: named right before it ("NATO Secretary-General", "UN envoy") or
// in an "of" phrase after it ("Secretary-General of the United Nations").
func (f *finder) roleOrg(r *item) string {
	if p := f.itemEnding(r.i); p != nil && p.is(lexicon.KindOrg) && f.sameSent(p.i, r.i) {
		return p.e.Code
	}
	// "présidente de la Commission européenne", one role phrase: the
	// organization its own words end with.
	for k := r.i + 1; k < r.j; k++ {
		if j, e, _, ok := f.longest(k, r.j, false); ok && j == r.j && e.Kind == lexicon.KindOrg {
			return e.Code
		}
	}
	// "EU-commissaris", "NAVO-chef", one role word: the organization it
	// starts with.
	for h := r.i + 1; h < r.j; h++ {
		if f.words[h].Key == "-" {
			if j, e, _, ok := f.longest(r.i, h, false); ok && j == h && e.Kind == lexicon.KindOrg {
				return e.Code
			}
			break
		}
	}
	if r.i >= 2 && f.possessive(r.i-2) { // "the EU's foreign policy chief"
		if p := f.itemEnding(r.i - 2); p != nil && p.is(lexicon.KindOrg) && f.sameSent(p.i, r.i) {
			return p.e.Code
		}
	}
	// "NATO-Generalsekretär", "UN-Botschafter": a hyphenated compound.
	if r.i > 1 && f.words[r.i].Glued && f.words[r.i-1].Key == "-" {
		if p := f.itemEnding(r.i - 1); p != nil && p.is(lexicon.KindOrg) && f.sameSent(p.i, r.i) {
			return p.e.Code
		}
	}
	// "Глава дипломатии ЕС", "szef dyplomacji UE": the organization in
	// the genitive right after the role.
	if n := f.itemStarting(r.j); n != nil && genitiveLangs[f.lang] && n.is(lexicon.KindOrg) && f.sameSent(n.i, r.i) {
		return n.e.Code
	}
	// "Secretary-General of the United Nations"; "présidente de
	// l'Assemblée de l'Union africaine": an organization's body on the way.
	k := r.j
	for hop := 0; hop < 2; hop++ {
		n := f.itemStarting(k)
		if n == nil || !n.is(lexicon.KindOf) || !f.sameSent(n.i, r.i) {
			break
		}
		k = n.j
		if d := f.itemStarting(k); d != nil && d.is(lexicon.KindDet) {
			k = d.j
		}
		if o := f.itemStarting(k); o != nil && o.is(lexicon.KindOrg) && f.sameSent(o.i, r.i) {
			return o.e.Code
		}
		// One or two capitalized words of a body ("Commission", "Consejo
		// Ejecutivo") before the next "of".
		q := k
		for q < len(f.words) && q < k+2 && f.sameSent(q, r.i) && f.words[q].Case != lexicon.CaseAny && !f.words[q].Punct && f.itemStarting(q) == nil {
			q++
		}
		if q == k {
			break
		}
		k = q
	}
	// "Hoge Vertegenwoordiger", "Eurocommissaris": wording that belongs
	// to one organization's office.
	if f.lex.IsOrg(r.e.Code) {
		return r.e.Code
	}
	return ""
}

// possessiveAnchors: "Sweden's Ebba X", "Russia's Oleg X": a full name
// right after a state's possessive serves that state.
func (f *finder) possessiveAnchors(add func(cand)) {
	for x := range f.items {
		st := &f.items[x]
		if !st.is(lexicon.KindState) || !f.possessive(st.j) {
			continue
		}
		k := st.j + 2
		if k >= len(f.words) || !f.sameSent(k, st.i) || f.runAt[k] < 0 {
			continue
		}
		if r := f.runs[f.runAt[k]]; len(r.parts) >= 2 && !f.hasConjunction(r) {
			add(cand{run: r, country: st.e.Code})
		}
	}
}

// parenAnchors: "Amara X (Sierra Leone) said": a full name followed by a
// state in parentheses, as UN meeting records name speakers.
func (f *finder) parenAnchors(add func(cand)) {
	for _, r := range f.runs {
		k := r.j
		if len(r.parts) < 2 || k+2 >= len(f.words) || f.words[k].Text != "(" || !f.sameSent(k, r.i) {
			continue
		}
		it := f.itemStarting(k + 1)
		if it == nil || !it.is(lexicon.KindState) || it.j >= len(f.words) || f.words[it.j].Text != ")" {
			continue
		}
		add(cand{run: r, country: it.e.Code})
	}
}

// afterPreposition reports whether a state or capital (not an adjective)
// follows a preposition ("przyjął w Warszawie ministra Litwy X", "met in
// Moscow Minister X"): a place, not the state of the role after it.
func (f *finder) afterPreposition(p *item) bool {
	if p.is(lexicon.KindDemonym) || p.i == 0 || !f.sameSent(p.i-1, p.i) {
		return false
	}
	w := f.words[p.i-1]
	return !w.Punct && w.Case == lexicon.CaseAny && utf8.RuneCountInString(w.Text) <= 3
}

// describedAs returns the states of the nameless descriptions of person
// p's office in the article: a demonym and a role with no name after it
// ("the South Korean minister", "le ministre marocain"), when p is the only
// person holding such a role.
func (f *finder) describedAs(p *person) map[string]bool {
	out := map[string]bool{}
	for x := range f.items {
		r := &f.items[x]
		if !r.is(lexicon.KindRole) || !holdsRole(p.roles, r.e.Name) {
			continue
		}
		if r.j < len(f.words) && f.sameSent(r.j, r.i) && f.runAt[r.j] >= 0 {
			continue // "Foreign Minister Hana X": a name follows
		}
		code := ""
		if d := f.itemEnding(r.i); d != nil && d.is(lexicon.KindDemonym) && f.sameSent(d.i, r.i) {
			code = d.e.Code
		} else if d := f.itemStarting(r.j); d != nil && d.is(lexicon.KindDemonym) && f.sameSent(d.i, r.i) {
			code = d.e.Code // "le ministre marocain"
		}
		if code == "" {
			continue
		}
		others := 0
		for _, q := range f.persons {
			if q != p && holdsRole(q.roles, r.e.Name) && (q.country == "" || q.country == code) {
				others++ // (the Italian minister is not "the South Korean minister")
			}
		}
		if others == 0 {
			out[code] = true
		}
	}
	return out
}

// holdsRole reports whether roles include role, a bare "minister" being
// any minister.
func holdsRole(roles []string, role string) bool {
	for _, r := range roles {
		if r == role || role == "minister" && strings.HasSuffix(r, "minister") && r != "prime minister" {
			return true
		}
	}
	return false
}

// cyrillic reports whether a word starts with a Cyrillic letter.
func cyrillic(w string) bool {
	for _, r := range w {
		return r >= 0x400 && r <= 0x4ff
	}
	return false
}
