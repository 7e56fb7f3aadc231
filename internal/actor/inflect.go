package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"chancery/internal/lexicon"
)

// Languages that decline names (Russian) often show a person only in an
// oblique case: "переговоры с коллегой Ерланом Сариевым". nominatives
// reads every mention of such a person with the language's declension
// table (lexicon.Inflections), the context of the mention (the case of the
// role word before it, a preposition, a verb that agrees with it) and the
// gender the other mentions show, and gives the person its nominative
// name as canonical name and alias.

// nameTokens are the letter words of a mention, with their readings.
type nameTokens struct {
	words    []int // word indices of letter words
	readings [][]lexicon.Reading
}

type joint struct {
	ok     bool
	cost   int
	gender byte
	kase   uint8 // the case all words were read in
	noms   []string
}

// caseOrder is the order in which cases are tried: among readings of
// equal cost the earlier case wins.
var caseOrder = []uint8{lexicon.CaseNom, lexicon.CaseGen, lexicon.CaseAcc, lexicon.CaseDat, lexicon.CaseIns, lexicon.CasePrep}

func (f *finder) nominatives() {
	tables := inflTables{}
	var declined []*person
	for _, p := range f.persons {
		in := f.inflectionOf(p, tables)
		if in == nil {
			continue
		}
		f.nominative(in, p)
		declined = append(declined, p)
	}
	if len(declined) == 0 {
		return
	}
	// The mentions were grouped by their surface forms; in a language
	// whose names decline, "Sobieckiego" and "Sobiecki" only meet
	// through their nominatives.
	changed := f.mergeDeclined(tables)
	for p := range f.declinedMentions(tables) {
		changed[p] = true
	}
	for _, p := range f.persons {
		if changed[p] {
			if in := f.inflectionOf(p, tables); in != nil {
				f.nominative(in, p)
			}
		}
	}
}

// inflTables caches, for one article, each language's declension table and
// the script its endings are written in.
type inflTables map[string]inflTable

type inflTable struct {
	in     *lexicon.Inflection
	script *unicode.RangeTable
}

func (t inflTables) get(lang string) inflTable {
	if x, ok := t[lang]; ok {
		return x
	}
	var x inflTable
	if in, err := lexicon.Inflections(lang); err == nil && in != nil {
		x = inflTable{in: in, script: tableScript(lang)}
	}
	t[lang] = x
	return x
}

// tableScript returns the script of the endings a name_cases file lists
// (Latin for Polish, Cyrillic for Russian): a table only reads names
// written in its own script.
func tableScript(lang string) *unicode.RangeTable {
	lines, _ := lexicon.Lines(lang + "/name_cases.txt")
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) < 3 || f[0] != "ending" {
			continue
		}
		for _, r := range f[2] {
			if s := scriptOf(r); s != nil {
				return s
			}
		}
	}
	return nil
}

func scriptOf(r rune) *unicode.RangeTable {
	for _, s := range []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek} {
		if unicode.Is(s, r) {
			return s
		}
	}
	return nil
}

// inflectionOf returns the declension table that fits a person's name.
func (f *finder) inflectionOf(p *person, tables inflTables) *lexicon.Inflection {
	if len(p.mentions) == 0 {
		return nil
	}
	m := p.mentions[0]
	for _, o := range p.mentions {
		if !o.anaphor {
			m = o
			break
		}
	}
	return f.inflectionFor(f.words[m.i].Text, tables)
}

// inflectionFor returns the table that reads a name starting with word: the
// article's language's when it is written in the name's script; for a
// Cyrillic name in a language without a Cyrillic table (a Russian name
// left untransliterated), Russian's.
func (f *finder) inflectionFor(word string, tables inflTables) *lexicon.Inflection {
	r, _ := utf8.DecodeRuneInString(word)
	s := scriptOf(r)
	if s == nil {
		return nil
	}
	if t := tables.get(f.lang); t.in != nil && t.script == s {
		return t.in
	}
	if s == unicode.Cyrillic {
		if t := tables.get("ru"); t.in != nil && t.script == s {
			return t.in
		}
	}
	return nil
}

// nomParts returns the folded words of a person's nominative name.
func nomParts(p *person) []string {
	var out []string
	for _, w := range lexicon.Words(p.canon, 0) {
		if !w.Punct {
			out = append(out, w.Key)
		}
	}
	return out
}

// mergeDeclined joins a person found only in an oblique case
// ("ministra Wierzbickiego") to the one whose nominative name holds its
// nominative name, when exactly one such person exists.
func (f *finder) mergeDeclined(tables inflTables) map[*person]bool {
	changed := map[*person]bool{}
	parts := make([][]string, len(f.persons))
	for x, p := range f.persons {
		if p.canon != "" && f.inflectionOf(p, tables) != nil {
			parts[x] = nomParts(p)
		}
	}
	gone := make([]bool, len(f.persons))
	for x, b := range f.persons {
		if len(parts[x]) == 0 {
			continue
		}
		into := -1
		for y, a := range f.persons {
			if y == x || gone[y] || len(parts[y]) < len(parts[x]) || len(parts[y]) == len(parts[x]) && y > x {
				continue
			}
			// One full name is one person whatever the countries the
			// contexts suggested; a shorter one needs agreeing ones.
			full := len(parts[x]) >= 2 && slices.Equal(parts[x], parts[y])
			if a.country != "" && b.country != "" && a.country != b.country && !full || !sameTail(parts[x], parts[y]) {
				continue
			}
			if into >= 0 {
				into = -2 // two persons could own it: leave it alone
				break
			}
			into = y
		}
		if into < 0 {
			continue
		}
		a := f.persons[into]
		for _, m := range b.mentions {
			a.add(m)
		}
		for _, r := range b.roles {
			a.addRole(r)
		}
		if a.country == "" {
			a.country = b.country
		}
		if a.prior == "" {
			a.prior = b.prior
		}
		a.first = min(a.first, b.first)
		gone[x], changed[a] = true, true
	}
	kept := f.persons[:0]
	for x, p := range f.persons {
		if !gone[x] {
			kept = append(kept, p)
		}
	}
	f.persons = kept
	return changed
}

// sameTail reports whether every word of a is a word of b and their last
// words (the surnames) agree.
func sameTail(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			found = found || x == y
		}
		if !found {
			return false
		}
	}
	return true
}

// declinedMentions finds the bare names no person holds yet that are an
// oblique case of a known person's name ("z Janem Sobieckim",
// "według Sobieckiego") and adds them as its mentions.
func (f *finder) declinedMentions(tables inflTables) map[*person]bool {
	changed := map[*person]bool{}
	covered := make([]bool, len(f.words))
	var known []*person
	var parts [][]string
	for _, p := range f.persons {
		for _, m := range p.mentions {
			for k := m.i; k < m.j && k < len(covered); k++ {
				covered[k] = true
			}
		}
		if p.canon != "" {
			if in := f.inflectionOf(p, tables); in != nil {
				known = append(known, p)
				parts = append(parts, nomParts(p))
			}
		}
	}
	if len(known) == 0 {
		return changed
	}
	for _, r := range f.runs {
		if r.j > len(covered) || covered[r.i] || covered[r.j-1] {
			continue
		}
		p, i := f.declinedOwner(r.i, r.j, known, parts, tables), r.i
		if p == nil && len(r.parts) >= 2 && f.sentFirst(r.i) {
			// "Według Wierzbickiego": the capital of a sentence's first
			// word says nothing.
			if k, ok := f.part(r.i, r.j); ok && k < r.j {
				p, i = f.declinedOwner(k, r.j, known, parts, tables), k
			}
		}
		if p == nil {
			continue
		}
		p.add(f.pmentionOf(run{i: i, j: r.j}, false))
		changed[p] = true
	}
	return changed
}

// declinedOwner returns the person whose nominative name holds a reading of
// every word of words[i:j], the last word reading as the surname; among
// several, the one mentioned last before.
func (f *finder) declinedOwner(i, j int, known []*person, parts [][]string, tables inflTables) *person {
	in := f.inflectionFor(f.words[i].Text, tables)
	if in == nil {
		return nil
	}
	t := f.tokens(in, i, j)
	if len(t.words) == 0 {
		return nil
	}
	var best *person
	bestAt := -1
	for x, p := range known {
		if f.inflectionOf(p, tables) != in || !readsAs(t, parts[x]) {
			continue
		}
		at := -1
		for _, m := range p.mentions {
			if m.i < i && m.span.Start > at {
				at = m.span.Start
			}
		}
		if best == nil || at > bestAt {
			best, bestAt = p, at
		}
	}
	return best
}

// readsAs reports whether each token has a declined reading among name's
// words, the last one as its last word.
func readsAs(t nameTokens, name []string) bool {
	for x, rs := range t.readings {
		ok := false
		for _, r := range rs {
			if r.Cost > 1 {
				continue
			}
			k := lexicon.Fold(r.Nom)
			if x == len(t.readings)-1 {
				ok = ok || k == name[len(name)-1]
				continue
			}
			for _, y := range name {
				ok = ok || k == y
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func (f *finder) nominative(in *lexicon.Inflection, p *person) {
	type mctx struct {
		toks   nameTokens
		mask   uint8
		gender byte
	}
	ms := make([]mctx, len(p.mentions))
	votes := map[byte]int{}
	for x, m := range p.mentions {
		if m.anaphor {
			continue
		}
		c := mctx{toks: f.tokens(in, m.i, m.j)}
		c.mask, c.gender = f.nameContext(in, m.i, m.j)
		ms[x] = c
		am := bestJoint(c.toks, c.mask, lexicon.GenderM)
		af := bestJoint(c.toks, c.mask, lexicon.GenderF)
		switch {
		case c.gender != 0:
			votes[c.gender] += 3
		case am.ok && !af.ok:
			votes[lexicon.GenderM] += 3
		case af.ok && !am.ok:
			votes[lexicon.GenderF] += 3
		case am.ok && af.ok && am.cost != af.cost:
			d := af.cost - am.cost
			if d > 0 {
				votes[lexicon.GenderM] += min(d, 2)
			} else {
				votes[lexicon.GenderF] += min(-d, 2)
			}
		}
	}
	g := byte(lexicon.GenderM)
	if votes[lexicon.GenderF] > votes[lexicon.GenderM] {
		g = lexicon.GenderF
	}
	// The longest mention gives the canonical name; the others are read
	// in agreement with its last word (the surname) when they can be.
	order := make([]int, len(p.mentions))
	for x := range order {
		order[x] = x
	}
	sort.SliceStable(order, func(a, b int) bool { return len(ms[order[a]].toks.words) > len(ms[order[b]].toks.words) })
	count := f.wordCounts()
	canon, surname := "", ""
	for _, x := range order {
		m, c := p.mentions[x], ms[x]
		if m.anaphor || len(c.toks.words) == 0 {
			continue
		}
		j := bestJoint(c.toks, c.mask, g)
		if !j.ok {
			j = bestJoint(c.toks, lexicon.AllCases, g)
		}
		if !j.ok {
			continue
		}
		if surname != "" {
			last := len(c.toks.readings) - 1
			for _, r := range c.toks.readings[last] {
				if r.Nom == surname && r.Nom != j.noms[last] && (len(c.toks.readings) == 1 || r.Cost <= 1) {
					j.noms[last] = r.Nom
					break
				}
			}
		}
		// "Dmytra Sobieckiego … Dmytro Sobiecki": of two readings, the
		// nominative the article also writes wins (Dmytro, not Dmytr).
		own := map[string]int{}
		for k := m.i; k < m.j; k++ {
			own[f.words[k].Text]++
		}
		seen := func(w string) bool { return count[w] > own[w] }
		seenIn := func(j joint) int {
			n := 0
			for _, nom := range j.noms {
				if seen(nom) {
					n++
				}
			}
			return n
		}
		// A reading in another case whose nominatives the article writes
		// elsewhere beats a cheaper one it never writes ("Dmytra
		// Kowala … Dmytro Kowal": genitive, not two nominatives in -a).
		for _, kc := range caseOrder {
			if c.mask&kc == 0 {
				continue
			}
			if alt := bestJoint(c.toks, kc, g); alt.ok && seenIn(alt) > seenIn(j) {
				j = alt
			}
		}
		for w, rs := range c.toks.readings {
			if seen(j.noms[w]) {
				continue
			}
			for _, r := range rs {
				if seen(r.Nom) && r.Cost <= 1 && r.Cases&j.kase != 0 && (r.Gender == g || r.Gender == lexicon.GenderAny) {
					j.noms[w] = r.Nom
					break
				}
			}
		}
		name := f.rebuild(m.i, m.j, c.toks, j.noms)
		p.addAlias(name)
		if canon == "" {
			canon, surname = name, j.noms[len(j.noms)-1]
		}
	}
	p.canon = canon
}

// wordCounts returns how often each word is written in the article,
// counted once per finder.
func (f *finder) wordCounts() map[string]int {
	if f.counts == nil {
		f.counts = make(map[string]int, len(f.words))
		for _, w := range f.words {
			f.counts[w.Text]++
		}
	}
	return f.counts
}

func (p *person) addAlias(a string) {
	for _, o := range p.aliases {
		if o == a {
			return
		}
	}
	p.aliases = append(p.aliases, a)
}

func (f *finder) tokens(in *lexicon.Inflection, i, j int) nameTokens {
	var t nameTokens
	for k := i; k < j && k < len(f.words); k++ {
		w := f.words[k]
		if w.Punct || f.lex.Particle(w.Key) && w.Case == lexicon.CaseAny {
			continue
		}
		t.words = append(t.words, k)
		t.readings = append(t.readings, in.Readings(w.Text))
	}
	// Only the last word of a foreign name may decline ("с Дун Цзюнем"):
	// a word before it that looks nominative may stay so in any case.
	for x := 0; x+1 < len(t.readings); x++ {
		for _, r := range t.readings[x] {
			if r.Cost == 0 {
				t.readings[x] = append(t.readings[x], lexicon.Reading{Nom: f.words[t.words[x]].Text,
					Gender: lexicon.GenderAny, Cases: lexicon.AllCases, Cost: 2})
				break
			}
		}
	}
	return t
}

// bestJoint reads all tokens of a name in one case and one gender (a name's
// words agree) at the least cost, trying the cases allowed by mask.
func bestJoint(t nameTokens, mask uint8, g byte) joint {
	var best joint
	for _, c := range caseOrder {
		if mask&c == 0 {
			continue
		}
		cur := joint{ok: true, gender: g, kase: c, noms: make([]string, len(t.readings))}
		for x, rs := range t.readings {
			pick := -1
			for y, r := range rs {
				if r.Cases&c == 0 || r.Gender != g && r.Gender != lexicon.GenderAny {
					continue
				}
				if pick < 0 || r.Cost < rs[pick].Cost {
					pick = y
				}
			}
			if pick < 0 {
				cur.ok = false
				break
			}
			cur.cost += rs[pick].Cost
			cur.noms[x] = rs[pick].Nom
		}
		if cur.ok && c != lexicon.CaseNom && mask == lexicon.AllCases {
			// With nothing in the context to ask for a case, a name is
			// most often the subject: an oblique reading must be
			// clearly cheaper ("Фуад Ализаде" is no dative of
			// "Ализада").
			cur.cost++
		}
		if cur.ok && (!best.ok || cur.cost < best.cost) {
			best = cur
		}
	}
	return best
}

// rebuild writes a name from its words with the tokens replaced by their
// nominatives, keeping hyphens and particles.
func (f *finder) rebuild(i, j int, t nameTokens, noms []string) string {
	var b strings.Builder
	x := 0
	for k := i; k < j && k < len(f.words); k++ {
		w := f.words[k]
		if k > i && !w.Glued {
			b.WriteByte(' ')
		}
		if x < len(t.words) && t.words[x] == k {
			b.WriteString(noms[x])
			x++
			continue
		}
		b.WriteString(w.Text)
	}
	return b.String()
}

// nameContext reads the cases and gender a mention's context allows: the
// case of a role word before it ("с коллегой Ерланом Сариевым"), a
// preposition, a past-tense verb that agrees with it ("Петрова заявила").
func (f *finder) nameContext(in *lexicon.Inflection, i, j int) (mask uint8, gender byte) {
	mask = lexicon.AllCases
	narrow := func(c uint8) {
		if c != 0 && mask&c != 0 {
			mask &= c
		}
	}
	k := i
	role := false
	for steps := 0; steps < 8; steps++ {
		it := f.itemEnding(k)
		if it == nil && !role {
			// "министром по иностранным делам Омана X": a portfolio of
			// lower-case words between the role and its state.
			for b := k - 1; b >= 0 && b >= k-4 && f.sameSent(b, i); b-- {
				w := f.words[b]
				if w.Punct || w.Case != lexicon.CaseAny {
					break
				}
				if r := f.itemEnding(b); r != nil && r.is(lexicon.KindRole) {
					it = r
					break
				}
			}
		}
		if it == nil || !f.sameSent(it.i, i) {
			break
		}
		if it.is(lexicon.KindState, lexicon.KindDemonym, lexicon.KindCapital, lexicon.KindOrg, lexicon.KindBody,
			lexicon.KindMinistry, lexicon.KindOf, lexicon.KindDet) {
			k = it.i
			continue
		}
		if it.is(lexicon.KindTitle) && !role {
			// "с коллегой принцем Мансуром": a title tells its case when
			// it can, and the role or preposition before it still
			// counts.
			if c := f.roleCase(in, it); c != lexicon.CaseNom {
				narrow(c)
			}
			k = it.i
			continue
		}
		if it.is(lexicon.KindRole, lexicon.KindCounterpart) && !role {
			if c := f.roleCase(in, it); c != lexicon.CaseNom || nominativeLike(in, f.words[i].Text) {
				// A role noun in its base form may name a woman
				// in any case ("przyjął ambasador Kanady Annę
				// Smith"): it narrows to the nominative only a
				// name that can be one.
				narrow(c)
			}
			role = true
			k = it.i
			continue
		}
		break
	}
	// A preposition before the name or its role, perhaps with one
	// adjective between: "с новым коллегой".
	for d := 1; d <= 2; d++ {
		p := k - d
		if p < 0 || !f.sameSent(p, i) || f.words[p].Punct {
			break
		}
		if c := in.Governs(f.words[p].Text); c != 0 {
			narrow(c)
			break
		}
		if f.words[p].Case != lexicon.CaseAny || !role {
			break
		}
	}
	// "Петрова заявила": a verb after the name agrees with its subject.
	if j < len(f.words) && f.sameSent(j, i) {
		if g := f.verbGender(j); g != 0 {
			narrow(lexicon.CaseNom)
			gender = g
		}
	}
	// "…, — заявила Мария Петрова.": a speech verb before a name that
	// ends its clause.
	if !role && i > 0 && f.sameSent(i-1, i) && (j >= f.last[f.sent[i]] || f.words[j].Punct) {
		if s := f.itemEnding(i); s != nil && s.is(lexicon.KindSpeech) {
			if g := f.verbGender(s.j - 1); g != 0 {
				narrow(lexicon.CaseNom)
				gender = g
			}
		}
	}
	return mask, gender
}

// nominativeLike reports whether a word has a nominative reading that is
// not merely the undeclined fallback.
func nominativeLike(in *lexicon.Inflection, word string) bool {
	for _, r := range in.Readings(word) {
		if r.Cases&lexicon.CaseNom != 0 && r.Cost <= 1 {
			return true
		}
	}
	return false
}

// verbGender reads word k as a past-tense verb ("заявил", "заявила",
// "встретилась") and returns the gender it agrees with, or 0.
func (f *finder) verbGender(k int) byte {
	w := f.words[k]
	if w.Punct || w.Case != lexicon.CaseAny {
		return 0
	}
	if it := f.itemAt(k); it != nil && !it.is(lexicon.KindSpeech) {
		return 0
	}
	s := strings.ToLower(w.Text)
	s = strings.TrimSuffix(strings.TrimSuffix(s, "ся"), "сь")
	g := byte(lexicon.GenderM)
	if strings.HasSuffix(s, "ла") {
		g, s = lexicon.GenderF, strings.TrimSuffix(s, "а")
	}
	if !strings.HasSuffix(s, "л") || utf8.RuneCountInString(s) < 4 {
		return 0
	}
	s = strings.TrimSuffix(s, "л")
	r, _ := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune("аеиоуыяэё", r) {
		return 0
	}
	return g
}

// roleCase returns the cases a role phrase stands in, from how its words
// differ from the role's dictionary form ("министра" of "министр": gen or
// acc); all cases when it cannot tell.
func (f *finder) roleCase(in *lexicon.Inflection, it *item) uint8 {
	if it.e.Base == "" || it.skip != "" {
		return lexicon.AllCases
	}
	base := lexicon.Words(it.e.Base, 0)
	if len(base) != it.j-it.i {
		return lexicon.AllCases
	}
	mask := lexicon.AllCases
	differs := false
	for x, b := range base {
		w := f.words[it.i+x]
		if w.Punct || b.Key == w.Key {
			continue
		}
		differs = true
		var u uint8
		fleeting := dropFleeting(b.Key)
		for _, r := range in.Readings(w.Text) {
			if k := lexicon.Fold(r.Nom); k == b.Key || k == fleeting {
				u |= r.Cases
			}
		}
		if u != 0 && mask&u != 0 {
			mask &= u
		}
	}
	if !differs {
		return lexicon.CaseNom
	}
	return mask
}

// dropFleeting returns a noun without the vowel its oblique cases drop
// ("посол", "посла"; "посланец", "посланца"; "ambasador" keeps it), or ""
// when it has none: a Cyrillic о, е or ё between the last two consonants.
func dropFleeting(w string) string {
	r := []rune(w)
	n := len(r)
	if n < 4 || !strings.ContainsRune("оеё", r[n-2]) || strings.ContainsRune("аеёиоуыэюяйь", r[n-1]) || strings.ContainsRune("аеёиоуыэюя", r[n-3]) {
		return ""
	}
	return string(r[:n-2]) + string(r[n-1])
}
