package event

import (
	"cmp"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"chancery/internal/lexicon"
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
	// pending marks a responsive event whose target is the source of an
	// event told after it ("Ankara rejected the demand. Athens had asked
	// …"); it is resolved once the article is read, or dropped.
	pending bool
	// earlier marks an event told as having come before ("had earlier
	// asked", "hatte zuvor aufgefordert"): what a pending one may answer.
	earlier bool
	// formal marks a disapproval made through diplomatic channels (an
	// envoy summoned, a protest note): also a formal protest.
	formal bool
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
	x.resolvePending()
	x.noEarlierThanClaim()
	x.formalProtests()
	x.impliedTalks()
	for _, f := range x.found {
		x.nearbyPersons(f)
	}
}

// impliedTalks adds the meeting an agreement between two named persons
// tells ("Szabó agreed in Belgrade with the Serbian transport minister
// Jovanović on a border crossing"), when the article tells no talks of that pair that day: the
// two sides' people met or spoke to agree.
func (x *article) impliedTalks() {
	n := len(x.found)
	for i := 0; i < n; i++ {
		f := x.found[i]
		if f.typ != news.Agree || f.mode != news.ModeFactual || len(f.persons) < 2 {
			continue
		}
		parties := addUnique(addUnique(nil, f.source...), f.target...)
		if len(parties) != 2 {
			continue
		}
		told := false
		for _, g := range x.found {
			if g.typ == news.Consult && sameParties(g, parties) && closeDates(g.date, f.date) {
				told = true
				break
			}
		}
		if told {
			continue
		}
		c := *f
		c.typ = news.Consult
		x.found = append(x.found, &c)
	}
}

// formalProtests adds a PROTEST beside each disapproval made through
// diplomatic channels: summoning an envoy or handing a protest note is an
// accusation and a state's formal protest, and annotators file it under
// either; a reader searching protests should find it.
func (x *article) formalProtests() {
	n := len(x.found)
	for i := 0; i < n; i++ {
		f := x.found[i]
		if !f.formal || f.typ != news.Accuse || f.mode != news.ModeFactual || len(f.target) == 0 {
			continue
		}
		p := *f
		p.typ = news.Protest
		x.found = append(x.found, &p)
	}
}

// noEarlierThanClaim moves a rejection that states no day of its own to
// the day of the claim it rejects, when the story dated that claim later
// than the day the rejection inherited: Lima cannot have rejected on
// Monday what Santiago said on Tuesday. The claim is the nearest event
// told before it with the sides the other way round.
func (x *article) noEarlierThanClaim() {
	for i, f := range x.found {
		if f.typ != news.Reject || f.dateOwn || len(f.date) != 10 || f.mode != news.ModeFactual {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			g := x.found[j]
			if g.typ == news.Reject || g.mode != news.ModeFactual || news.Symmetric(g.typ) ||
				!overlap(g.source, f.target) || !overlap(g.target, f.source) {
				continue
			}
			if len(g.date) == 10 && g.date > f.date && !later(g.date, x.a.Published) {
				f.date = g.date
			}
			break
		}
	}
}

// resolvePending gives each pending responsive event the source of the
// nearest event within two sentences after it that acted on its source,
// when one of the two is told as prior ("Ankara rejected the demand …
// Athens had earlier asked"; "Algiers had criticised … Paris rejected the
// accusations"); else the target of the same source's act just before;
// and drops those it cannot resolve.
func (x *article) resolvePending() {
	out := x.found[:0]
	for i, f := range x.found {
		if f.pending {
			for j := i + 1; j < len(x.found) && x.found[j].st.i <= f.st.i+2; j++ {
				g := x.found[j]
				if g.pending || g.typ == f.typ || !overlap(g.target, f.source) || overlap(g.source, f.source) || !g.earlier && !f.earlier {
					continue
				}
				for _, c := range g.source {
					if !has(f.source, c) {
						f.target = addUnique(f.target, c)
					}
				}
				break
			}
			if len(f.target) == 0 {
				// "The AU suspended Guinea-Bissau … The council also
				// warned it would impose sanctions on the junta": the
				// same source goes on against the target it just acted
				// on.
				for j := i - 1; j >= 0 && x.found[j].st.i >= f.st.i-3; j-- {
					g := x.found[j]
					if g.pending || news.Symmetric(g.typ) || g.mode != news.ModeFactual || !overlap(g.source, f.source) || len(g.target) == 0 {
						continue
					}
					for _, c := range g.target {
						if !has(f.source, c) {
							f.target = addUnique(f.target, c)
						}
					}
					break
				}
			}
			if len(f.target) == 0 {
				continue
			}
			f.pending = false
		}
		out = append(out, f)
	}
	x.found = out
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
	if typ == news.Reject {
		// "refused to comment on the proposal", "отказался уточнять",
		// "odmówił komentarza": declining to speak rejects nothing.
		for k := t.last() + 1; k <= t.last()+3 && k < len(st.toks); k++ {
			if x.isWordAt(st, "@comment", k) {
				return nil
			}
		}
	}
	if k := t.first(); k > 0 && st.toks[k-1].fold == "," && !t.p.has("noun") {
		if f := x.lastIn(st); f != nil && f.typ == typ {
			// "held a call with X on Monday, discussing trade and BRICS":
			// the participle tells more of the same event; its objects
			// are topics.
			return nil
		}
	}
	lo, hi, strong := x.clause(st, t)
	var before, after []side
	relAt := st.rel
	for _, sd := range st.sides {
		if relAt[sd.pos] && !relAt[t.first()] {
			continue // "Schweden, das der NATO beitrat, kündigte an …": not the main clause's
		}
		switch {
		case sd.pos >= lo && sd.end <= t.first():
			before = append(before, sd)
		case sd.pos > t.first() && sd.pos < hi:
			after = append(after, sd)
		}
	}
	if len(codes(after)) == 0 && !t.p.has("noun") {
		after, hi = x.extendRight(st, t, hi, after)
	}
	definite := t.first() > 0 && x.isWord(st, "@def", t.first()-1) || t.first() == 0 && x.t.noArticles
	if t.p.has("noun") && definite && t.first() > 0 && news.Symmetric(typ) {
		// "Accra used the visit to campaign for a seat on the Human Rights
		// Council": an object noun's partners follow it closely ("the
		// visit of X", "the talks with Y"); an actor further on belongs
		// to another phrase.
		var near []side
		for _, sd := range after {
			if sd.pos-t.last() <= 4 {
				near = append(near, sd)
			}
		}
		after = near
	}
	if t.p.has("noun") && definite && t.first() > 0 {
		// "De opschorting volgt op een akkoord tussen Peru en Chili": an
		// actor past another trigger is that
		// trigger's.
		var own []side
		for _, sd := range after {
			if !x.trigBetween(st, t.last(), sd.pos) && !x.otherWith(st, t, sd.pos) {
				own = append(own, sd)
			}
		}
		after = own
	}
	if t.p.has("noun") && definite && len(codes(after)) == 0 && !x.withAfter(st, t, hi) {
		// "who chaired the meeting", "Minsk condemned the sanctions",
		// "Rozmowy trwały dwie godziny": a definite noun naming no party
		// refers to an event already told.
		// A meeting never told before ("sagte X nach dem Gespräch", after
		// the two ministers signed) is the one of the pair that just met.
		if !news.Symmetric(typ) || x.told(typ) || len(x.dyad) < 2 {
			return nil
		}
		return x.pairEvent(st, t, typ, lo, hi)
	}
	if t.p.has("noun") && !definite && typ == news.Consult && len(st.sides) == 0 && len(x.dyad) >= 2 && !x.told(typ) && !x.withAfter(st, t, hi) &&
		!(t.first() > 0 && x.isWord(st, "@and", t.first()-1)) {
		// "The signing came after two hours of talks", "Підписанню
		// передували переговори": talks that name no party, in a sentence
		// that names none, right after the pair's first act together are
		// that pair's, on that day unless the sentence gives another.
		// (Not one of a list: "years of studies and meetings" tell how
		// long something took, not a meeting.)
		return x.pairEvent(st, t, typ, lo, hi)
	}
	reached := false // the subject was looked for past a comma
	if len(before) == 0 || news.Symmetric(typ) && len(addUnique(codes(before), codes(after)...)) < 2 {
		// Commas may set off an apposition within the subject ("Ferreira, the
		// minister, and his counterpart, Sorokin, met"): look back to the
		// last strong break.
		before = before[:0]
		rel := st.rel
		if strong > 0 && rel[strong-1] {
			// Look past a relative clause to the subject it follows.
			k := strong - 1
			for k > 0 && (rel[k-1] || st.toks[k-1].fold == "," || !st.brk(k-1) && !x.breakWord(st, k-1)) {
				k--
			}
			strong = k
		}
		for _, m := range st.trig {
			if m.first() >= strong && m.last() < lo && !rel[m.first()] {
				// "Iran expelled X, accusing them …": the clause before
				// has an event of its own; its subject is found below.
				strong = lo
			}
		}
		for _, sd := range st.sides {
			// "Cuba, which signed a deal with Russia, condemned …": the
			// relative clause's actors are not the subject.
			if sd.pos >= strong && sd.end <= t.first() && !rel[sd.pos] {
				before = append(before, sd)
			}
		}
		if len(before) > 0 {
			lo = strong
			reached = true
		}
	}
	// "a été signé par la ministre de la Santé, X, et le secrétaire
	// d'État belge, Y": an agent phrase runs over its appositions.
	for _, m := range st.fn["@by"] {
		if m.first() != t.last()+1 {
			continue
		}
		for _, sd := range st.sides {
			if sd.pos >= hi && sd.pos <= m.last()+30 && !x.trigBetween(st, t.last(), sd.pos) {
				after = append(after, sd)
				hi = sd.end
			}
		}
	}
	// A passive ("was attacked by X", "the attack by X on Y"): the agent is
	// the first actor after the agent word, everyone else is acted upon.
	passive := false
	for _, m := range st.fn["@by"] {
		near := m.first() <= t.last()+2
		// Further on only after a passive auxiliary: "a été reçu mardi à
		// Rabat par …", not "condemned the sanctions imposed by …".
		// A participle set off by a comma is a passive too: "X,
		// sanctioned on Monday by the Treasury, …".
		appositive := t.first() > 0 && st.toks[t.first()-1].fold == "," && t.first() == t.last() && !t.p.has("noun")
		// A noun and its object ("the seizure of a trawler by …"): the
		// agent comes after the object.
		// (Only one told with a day of its own, an act reported, not
		// "the first seizure of a vessel by Russia since 2019".)
		nounOf := t.p.has("noun") && x.isWord(st, "@of", t.last()) && dayToldAfter(st, t, hi)
		far := m.first() <= t.last()+maxAgentGap && (x.passiveAux(st, t.first()) || appositive || nounOf) && (nounOf || !x.sideBetween(st, t.last(), m.first()))
		if m.first() > t.last() && m.first() < hi && (near || far) {
			agent, rest := splitAgent(after, m.last())
			if len(agent) > 0 {
				passive = true
				before, after = agent, append(before, rest...)
			}
			break
		}
	}
	if !passive && x.t.v2 && !news.Symmetric(typ) && (t.last()+1 >= len(st.toks) || st.toks[t.last()+1].punct || t.last()+1 >= hi) {
		// "Zwei Diplomaten wurden am Dienstag von Polen ausgewiesen",
		// "De vissers werden door Tunesië vrijgelaten": in a verb-final
		// passive the agent phrase stands before the participle.
		for _, m := range st.fn["@by"] {
			if m.first() < lo || m.last() >= t.first() || !x.passiveIn(st, lo, m.first()) {
				continue
			}
			agent, rest := splitAgent(before, m.last())
			if len(agent) > 0 {
				passive = true
				before, after = agent, append(rest, after...)
			}
			break
		}
	}
	var with []side
	if !passive && !news.Symmetric(typ) && len(before) >= 2 {
		// "During the meeting with Aksoy, the Ukrainian minister asked
		// …": the partner of a with-phrase is not the subject (but may
		// be the object: "lodged a protest with the embassy and
		// demanded").
		var kept []side
		end := x.withPhraseEnd(st, before)
		for _, sd := range before {
			if sd.pos < end[sd.pos] {
				with = append(with, sd)
				continue
			}
			kept = append(kept, sd)
		}
		if len(kept) > 0 && len(with) > 0 {
			before = kept
		} else {
			with = nil
		}
	}
	src := codes(before)
	tgt := codes(after)
	if typ == news.Assault && !passive {
		// "struck the river port of Reni, setting a Greek-flagged tanker
		// on fire": the place hit right after the verb is the target
		// ahead of whoever is named further on.
		for _, sd := range st.locs {
			if sd.pos > t.last() && sd.pos-t.last() <= 6 && sd.pos < hi && (len(after) == 0 || sd.pos < after[0].pos) &&
				sd.m.Code != "" && !has(src, sd.m.Code) && !x.sideBetween(st, t.last(), sd.pos) {
				tgt = addUnique([]string{sd.m.Code}, tgt...)
				break
			}
		}
	}
	if len(tgt) == 0 {
		for _, c := range codes(with) {
			if !has(src, c) {
				tgt = addUnique(tgt, c)
			}
		}
	}
	var extraPersons, inherited []string
	protesters := false // the source is the people of the place
	if typ == news.Protest && !x.hasState(before) {
		// "Thousands marched in Buenos Aires to the IMF offices": the
		// protesters are the people of the place they march in.
		c := x.placeCode(st, lo, hi)
		if c == "" {
			// "se reunieron frente a la embajada de Japón en el barrio de
			// X, en Quito": the city may stand past a comma.
			c = x.placeCode(st, 0, len(st.toks))
		}
		if c == "" && !t.p.has("noun") {
			// "decenas de pescadores se manifestaron ante la Cancillería":
			// people who protested, with no place of their
			// own, did so where the story is. (A noun names protests
			// planned or past as well: "kündigte eine Kundgebung an".)
			c = x.storyPlaceCode()
		}
		if c != "" {
			src = []string{c}
			protesters = true
			var rest []side
			for _, sd := range append(before, after...) {
				if sd.m.Code != c {
					rest = append(rest, sd)
				}
			}
			before, after, tgt = nil, rest, codes(rest)
			passive = true // the sides are settled
		}
	}
	if d := x.agentAdjective(st, t); d != nil && !passive && !news.Symmetric(typ) {
		// "больницы, поврежденные в результате российских обстрелов",
		// "Russian missile strikes", "frappes russes": the demonym that
		// qualifies the act's noun is who acted; the subject of the
		// clause did something else with it.
		src = []string{d.m.Code}
		var rest []side
		for _, sd := range after {
			if sd.pos != d.pos && sd.m.Code != d.m.Code {
				rest = append(rest, sd)
			}
		}
		before, after, tgt = []side{*d}, rest, codes(rest)
		passive = true // the sides are settled
	}
	if !passive && len(src) == 0 && subjective[typ] {
		// "le soutien de la Suède au projet …", "the support of Japan for
		// …": a subject without a country of its own (or none) leaves
		// the actor in the genitive after the trigger as the source.
		if g := x.genitive(st, t); g != nil {
			src = []string{g.m.Code}
			var rest []side
			for _, sd := range after {
				if sd.pos != g.pos {
					rest = append(rest, sd)
				}
			}
			after, tgt = rest, codes(rest)
			for _, sd := range before {
				if sd.m.Kind == news.ActorPerson && sd.m.Entity != "" {
					extraPersons = append(extraPersons, sd.m.Entity)
				}
			}
		}
	}
	if !passive && typ == news.Accuse && t.p.has("formal") && !t.p.has("noun") && len(before) > 0 &&
		(x.passiveAux(st, t.first()) || x.t.v2 && x.passiveIn(st, lo, t.first())) {
		// "Ambasador Iranu został wezwany do MSZ w Pradze", "was
		// summoned to the Foreign Ministry in Copenhagen", "wurde ins
		// Außenministerium in Wien einbestellt": the envoy's host
		// summoned them, the state of the ministry or capital named
		// after the verb, else of the dateline.
		host := ""
		for _, sd := range append(append([]side(nil), st.locs...), after...) {
			// (German puts the ministry before the closing participle.)
			near := sd.pos > t.last() && sd.pos-t.last() <= 8 || x.t.v2 && sd.pos >= lo && sd.pos < t.first()
			if near && (sd.m.Kind == news.ActorCapital || sd.m.Kind == news.ActorState || sd.m.Kind == news.ActorOrg && len(sd.m.Code) == 3) {
				host = sd.m.Code
				break
			}
		}
		if host == "" && x.a.Dateline != "" {
			if lex, err := lexicon.ActorLexicon(); err == nil && lex != nil {
				if _, code, ok := lex.Place(x.a.Dateline); ok {
					host = code
				}
			}
		}
		var guests []string
		for _, c := range codes(before) {
			if c != host {
				guests = addUnique(guests, c)
			}
		}
		if host != "" && len(guests) > 0 {
			src, tgt, passive = []string{host}, guests, true
		}
	}
	if !passive && !news.Symmetric(typ) && !t.p.has("noun") && x.passiveAux(st, t.first()) && typ != news.Retreat && typ != news.Mobilize {
		// "were barred from entering Canada", "fue expulsado": a
		// passive with no agent names who suffered the act,
		// never who did it. (Not troops: "the Peruvian battalion had
		// been pulled back" names the state that withdrew it.)
		return nil
	}
	// Coordinated verbs share their subject: in "Caracas rejected the
	// criticism of Washington and accused the United States …" the
	// second verb's subject is the first one's, not the actor between.
	if !passive && !news.Symmetric(typ) && t.first() > 0 && x.isWord(st, "@and", t.first()-1) || !passive && !news.Symmetric(typ) && t.first() > 1 && x.isWord(st, "@and", t.first()-2) && x.isWord(st, "@aux", t.first()-1) {
		// A meeting's subject too: "se reunió con su homólogo y respaldó
		// …" (its one source; never its other party as an object).
		if f := x.lastIn(st); f != nil && len(f.source) > 0 && (!news.Symmetric(f.typ) || len(f.source) == 1) {
			src = append([]string(nil), f.source...)
			before = nil
			extraPersons = append(extraPersons, f.persons...)
			if len(tgt) == 0 && !news.Cooperative(f.typ) && !news.Cooperative(typ) {
				// "summoned the Russian ambassador and condemned what it
				// called …": the second verb has the first one's object
				// (not across polarity: "rejected the accusations and
				// defended its decision").
				inherited = append(inherited, f.target...)
			}
		}
	}

	// Anaphora: "both sides", "they" name the current pair; "he" the last
	// subject; with neither, the subject of the sentence's first clause.
	both := false
	for _, m := range st.fn["@both"] {
		if m.first() >= lo && m.last() < hi && !x.namesItsOwn(st, m) {
			both = true
		}
	}
	// A relative clause ("any deal that threatens …", "Sorokin, who met
	// …") has its antecedent for subject: the actor right before the
	// relative word, or none — never the main clause's subject.
	relative := false
	var pronObj []string // the object of a pronoun subject's relative clause
	if len(src) == 0 && !passive && lo > 0 {
		for _, m := range st.fn["@rel"] {
			if m.last() != lo-1 || x.saidBefore(st, m.first()) {
				continue // "informó que había solicitado": that, not which
			}
			relative = true
			for _, sd := range st.sides {
				if sd.end == m.first() || sd.end == m.first()-1 && st.toks[sd.end].fold == "," {
					src = addUnique(src, sd.m.Code)
					if sd.m.Kind == news.ActorPerson && sd.m.Entity != "" {
						extraPersons = append(extraPersons, sd.m.Entity)
					}
				}
			}
		}
	}
	// "received his counterpart X, with whom he signed a plan": the
	// partner is the antecedent, the other party the main subject. The
	// relative word may open the clause or stand just before it.
	w := -1
	switch {
	case lo+1 < t.first() && x.isWord(st, "@with", lo) && x.isWord(st, "@rel", lo+1):
		w = lo
	case lo >= 2 && x.isWord(st, "@rel", lo-1) && x.isWord(st, "@with", lo-2):
		w = lo - 2
	}
	if len(src) == 0 && !passive && news.Symmetric(typ) && w >= 0 {
		for _, sd := range st.sides {
			if sd.end == w || sd.end == w-1 && st.toks[w-1].fold == "," {
				src = addUnique(src, sd.m.Code)
				extraPersons = append(extraPersons, sd.m.Entity)
			}
		}
		if len(src) > 0 {
			relative = true
			if near := x.nearestGroup(st, w); len(near) > 0 {
				for _, sd := range near[:1] {
					src = addUnique(src, sd.m.Code)
					extraPersons = append(extraPersons, sd.m.Entity)
				}
			}
		}
	}
	if len(src) == 0 && !passive && !relative && !both && x.t.v2 && !news.Symmetric(typ) && len(codes(after)) >= 2 &&
		x.pronoun(st, lo, t.first()) == nil && !x.sideBetween(st, -1, lo) {
		// Inversion in a verb-second language ("Dinsdag trekt België zich
		// terug uit de Malinese hoofdstad", "Am Montag wies Polen zwei
		// Diplomaten aus"): the first actor after the verb is its subject.
		src, tgt = codes(after[:1]), nil
		for _, c := range codes(after[1:]) {
			if !has(src, c) {
				tgt = addUnique(tgt, c)
			}
		}
		after = after[1:]
	}
	if len(src) == 0 && !passive && !relative {
		if both && len(x.pair(st)) > 0 {
			src = addUnique(src, x.pair(st)...)
		} else if p := x.pronoun(st, lo, t.first()); p != nil {
			src = addUnique(src, p.Code)
			if p.Entity != "" {
				extraPersons = append(extraPersons, p.Entity)
			}
		} else if c := x.itRef(st, lo, t.first()); c != "" {
			src = []string{c}
		} else if x.hasPron(st, lo, t.first()) && len(st.sides) > 0 && st.sides[0].m.Kind != news.ActorPerson && st.sides[0].end <= lo {
			// "Le gouvernement malien a rompu avec l'Algérie, qu'il accuse
			// de …": "il" is the sentence's subject, a government, not a
			// person; the actor just before the relative word is the
			// object.
			src = []string{st.sides[0].m.Code}
			for _, sd := range st.sides {
				// the antecedent: the actor ending just before the
				// relative word and its comma
				if sd.end <= lo && sd.end >= lo-3 && sd.m.Code != src[0] {
					pronObj = []string{sd.m.Code}
				}
			}
		} else if c := x.seatBefore(st, t.first()); c != "" {
			src = []string{c}
		} else if c := x.orgRef(st, lo, t.first()); c != "" {
			src = []string{c}
		} else if near := x.nearestGroup(st, lo); len(near) > 0 {
			src = codes(near)
		} else if p := x.pronoun(st, 0, t.first()); p != nil {
			// "…, she said at a news conference after meeting X"
			src = addUnique(src, p.Code)
			if p.Entity != "" {
				extraPersons = append(extraPersons, p.Entity)
			}
		} else if x.bothBefore(st, t.first()) && len(x.pair(st)) > 0 {
			src = addUnique(src, x.pair(st)...)
			both = true
		}
	}
	var parties []string
	pending := false
	if news.Symmetric(typ) {
		parties = addUnique(addUnique(nil, src...), tgt...)
		if len(parties) < 2 && both {
			parties = addUnique(parties, x.pair(st)...)
		}
		if len(parties) < 2 && x.withAfter(st, t, hi) && len(src) == 0 {
			// "Bei einem Treffen mit X … sagte Y", "During talks with X,
			// Y said": the other party is the person the main clause
			// is about.
			if p := x.mainPerson(st, t, hi); p != nil {
				parties = addUnique(parties, p.m.Code)
				extraPersons = append(extraPersons, p.m.Entity)
			}
		}
		if len(parties) == 1 && x.subject != nil && x.subject.Code != "" && !has(parties, x.subject.Code) && x.withPronoun(st, lo, hi) {
			// "Gospodarz wizyty, premier X, podpisał z nim umowę", "signed
			// it with him": the other party is the person the sentence
			// before was about.
			parties = append(parties, x.subject.Code)
			if x.subject.Entity != "" {
				extraPersons = append(extraPersons, x.subject.Entity)
			}
		}
		if len(parties) == 0 && x.codeless(st, lo, t.first()) >= 2 {
			// "the ministers of both countries, A and B, met": two
			// persons of no stated state meet for the article's pair.
			if pr := x.topPair(); len(pr) == 2 {
				parties = append(parties, pr...)
				for _, sd := range st.sides {
					if sd.pos >= lo && sd.pos < t.first() && sd.m.Kind == news.ActorPerson && sd.m.Code == "" {
						extraPersons = append(extraPersons, sd.m.Entity)
					}
				}
			}
		}
		if len(parties) == 1 && (x.unplaced(st, lo, hi) || t.p.has("noun") && x.withAfter(st, t, hi)) {
			// (Also "На переговорах с Сорокиным обсуждались …": talks with
			// one party, in an article about two states, are with the
			// other one.)
			// "X, ministre de l'Europe, a été reçu par son homologue
			// marocain": a party known only as a person of no stated
			// country is, in an article about two states, the other one.
			if pr := x.topPair(); len(pr) == 2 && has(pr, parties[0]) {
				for _, c := range pr {
					parties = addUnique(parties, c)
				}
			}
		}
		if len(parties) == 1 && x.visit(st, t) && !(t.first() > 0 && x.isWord(st, "@poss", t.first()-1)) {
			// "E domani, ad Algeri, … la visita del ministro degli Esteri
			// Marta Coletti": a visit of one party to a foreign city
			// of its clause is with the state of that city (not "his
			// first visit", told of a meeting already).
			c := x.placeCode(st, lo, hi)
			if c == "" {
				c = x.frontedPlace(st)
			}
			if c != "" && c != parties[0] {
				parties = append(parties, c)
			}
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
		// A second verb after "and" whose first verb told no event of
		// its own ("filed a complaint with the Turkish consulate and
		// asked that Ankara apologise") shares the main subject too.
		andVerb := t.first() > 0 && x.isWord(st, "@and", t.first()-1) && x.lastIn(st) == nil
		first := 0
		for first < len(st.sides) && x.inPer(st, st.sides[first].pos) {
			first++ // "According to the Somali presidency, X thanked … and asked": not the subject
		}
		if !passive && andVerb && first < len(st.sides) && st.sides[first].end <= t.first() && (len(before) == 0 || st.sides[first].pos < before[0].pos) {
			// Back to the sentence's subject, past the first verb's
			// object ("... with the Turkish consulate and asked").
			before = append([]side{st.sides[first]}, before...)
		}
		// "Bakanlık, büyükelçiyi çağırarak … protesto etti": the subject
		// set off by a comma, the actors after it its objects.
		commaSubject := x.t.subjectComma && len(before) >= 2 && before[0].pos == firstWord(st.toks) &&
			before[0].end < len(st.toks) && st.toks[before[0].end].fold == ","
		if !passive && (reached || andVerb || commaSubject) && len(before) >= 2 && (commaSubject || !x.coordinated(st, before[:2])) {
			// A participle clause ("Poland expelled two diplomats of the
			// Belarusian embassy, accusing Minsk of …") has the main
			// clause's subject, not the actors of its object.
			src = codes(before[:1])
			if len(tgt) == 0 || len(codes(after)) == 0 {
				tgt = addUnique(codes(before[1:]), tgt...)
			}
		} else if !passive && len(before) >= 2 && x.bracket(st, before) {
			// A verb bracket ("Die Regierung hat China für den Angriff
			// verantwortlich gemacht", "Österreich hat Serbien Unterstützung
			// zugesagt"): the actor before the finite auxiliary is the
			// subject, those inside the bracket its objects.
			src = codes(before[:1])
			tgt = addUnique(codes(before[1:]), tgt...)
		}
		if typ == news.Reject && len(t.idx) > 1 {
			// "Претензии литовской стороны безосновательны", "the
			// accusations of Poland are baseless": an actor inside the
			// rejecting phrase made the claim rejected.
			var in []string
			for _, sd := range st.sides {
				if sd.pos > t.first() && sd.pos < t.last() {
					in = addUnique(in, sd.m.Code)
				}
			}
			if len(in) > 0 {
				var rest []string
				for _, c := range addUnique(append([]string(nil), src...), tgt...) {
					if !has(in, c) {
						rest = addUnique(rest, c)
					}
				}
				if len(rest) > 0 {
					src, tgt = rest, in
				}
			}
		}
		if len(tgt) == 0 && (t.last()+1 >= len(st.toks) || st.toks[t.last()+1].punct || objectBefore[x.a.Lang]) && len(before) >= 2 && !x.coordinated(st, before) {
			// A verb-final clause ("Schweden will Brasilien unterstützen"):
			// the first actor is the subject, the others its objects. A
			// language that marks the object by its case sets it before
			// the verb anywhere in the clause ("Oroszország Ukrajnát
			// vádolta a támadással").
			src, tgt = codes(before[:1]), codes(before[1:])
		}
		var t2 []string
		for _, c := range tgt {
			if !has(src, c) {
				t2 = append(t2, c)
			}
		}
		tgt = t2
		if len(tgt) == 0 && subjective[typ] {
			// "le soutien de la Suède au projet brésilien", "envoyé de
			// l'aide à la Jordanie": after these a dative reads like a place
			// but names the recipient.
			for _, sd := range st.locs {
				city := sd.m.Kind == news.ActorPlace || sd.m.Kind == news.ActorCapital
				// A capital right after the verb's preposition is the
				// government asked ("a demandé à Paris de …").
				// Aid sent to a city went to its state ("ha inviato una
				// squadra a Cochabamba").
				reach := 8
				if typ == news.Aid {
					reach = 16 // past the list of what was sent
				}
				if sd.pos > t.last() && sd.pos < hi && sd.pos-t.last() <= reach && (!city || typ == news.Aid || sd.m.Kind == news.ActorCapital && sd.pos-t.last() <= 2) &&
					!has(src, sd.m.Code) {
					tgt = addUnique(tgt, sd.m.Code)
				}
				// "a remis à la marine sénégalaise quatre patrouilleurs":
				// the recipient between the verb and what it handed over.
				if typ == news.Aid && len(t.idx) > 1 && sd.pos > t.first() && sd.pos < t.last() && !city && !has(src, sd.m.Code) {
					tgt = addUnique(tgt, sd.m.Code)
				}
			}
		}
		if len(tgt) == 0 {
			for _, c := range inherited {
				if !has(src, c) {
					tgt = addUnique(tgt, c)
				}
			}
		}
		if len(tgt) == 0 && len(src) >= 2 && t.p.has("mutual") && x.coordinated(st, before) {
			// "Polish and Russian border guards exchanged fire": each
			// side did it to the other, so each is source and target, and
			// a report of one side's part ("Poland returned 40 Russian
			// prisoners") is a report of it.
			tgt = append([]string(nil), src[1:]...)
			tgt = append(tgt, src[0])
		}
		if len(tgt) == 0 {
			tgt = pronObj
		}
		if len(tgt) == 0 && len(src) > 0 && !t.p.has("noun") {
			// "Мы сказали нашим ганским партнерам, что Норвегия
			// поддерживает их кандидатуру", "told the Ghanaians that
			// Norway supports their bid": a possessive after the verb
			// stands for the state named before its clause.
			if c := x.possTarget(st, t, lo, src); c != "" {
				tgt = []string{c}
			}
		}
		if len(tgt) == 0 && len(src) > 0 && x.bothAfter(st, t) {
			// "accused the two countries of stoking tensions": the two states
			// the sentence before names, else the story's pair; never
			// the accuser.
			for _, c := range x.objectPair(st, src) {
				if !has(src, c) {
					tgt = addUnique(tgt, c)
				}
			}
		}
		if len(tgt) == 0 && len(src) > 0 {
			tgt = x.implicitTarget(st, t, src, hi)
		}
		if len(tgt) == 0 && len(src) == 1 && (typ == news.Retreat || typ == news.Aid) {
			// "wurden zwei Kompanien … zurückgezogen", "a procédé à la
			// remise d'un don": a withdrawal or a gift told without its
			// other side, in an article about two states, concerns the
			// other one (a strike may have come from anywhere: not so for
			// an attack).
			if pr := x.topPair(); len(pr) == 2 && has(pr, src[0]) {
				for _, c := range pr {
					if c != src[0] {
						tgt = []string{c}
					}
				}
			}
		}
		if typ == news.Protest && !t.p.has("noun") && len(tgt) == 0 && len(src) > 0 && onlyPlaces(before) {
			// "Diante da chancelaria hondurenha, centenas de pescadores
			// protestaram": the institution they gathered at is where,
			// its state the protesters'.
			protesters = true
		}
		if len(tgt) == 0 && len(src) > 0 && (oneSided[typ] && len(t.idx) > 1 || protesters) {
			// "Germany is moving 800 more soldiers to its brigade": a
			// deployment needs no one it is aimed at (but a bare verb,
			// "mobilized", may move money as well as troops).
			parties = addUnique(nil, src...)
		} else {
			pending = len(tgt) == 0 && len(src) > 0 && responsive[typ]
			if len(src) == 0 || len(tgt) == 0 && !pending {
				return nil
			}
			parties = addUnique(addUnique(nil, src...), tgt...)
		}
	}

	// "Dänemark unterstützt Jordanien mit elf Millionen Euro",
	// "backed Kyiv with €40 million": support counted in money is aid.
	if typ == news.Support && !t.p.has("noun") && len(tgt) > 0 && t.last()+1 < hi && hi <= len(st.toks) &&
		moneyRe.MatchString(x.a.Body[st.toks[t.last()+1].start:st.toks[hi-1].end]) {
		typ = news.Aid
	}
	f := &found{typ: typ, source: src, target: tgt, st: st, pending: pending, formal: t.p.has("formal")}
	for _, m := range st.fn["@earlier"] {
		if m.last() < t.first() && m.first() >= lo {
			f.earlier = true
		}
	}
	f.trigger = x.triggerText(st, t)
	f.mode = x.mode(st, t, lo, hi)
	if typ == news.Support && f.mode == news.ModeFuture && len(st.speech) > 0 {
		// "Canada would support Jamaica's application, the minister said":
		// support promised is support expressed on the day it was said;
		// the future is what it is for.
		f.mode = news.ModeFactual
	}
	f.persons = x.persons(st, lo, hi, parties, extraPersons)
	f.date, f.dateOwn = x.date(st, t, parties)
	if !f.dateOwn && x.pluperfect(st, t, lo) {
		// "Moldova had expelled two Russian diplomats days earlier": told
		// as before the story, with no day of its own, it did not happen
		// on the story's day; the linker finds its day among the reports.
		f.date = ""
	}
	if !f.dateOwn && st.rel != nil && st.rel[t.first()] && (typ == news.Accuse || typ == news.Reject) && !t.p.has("past") {
		// "called at the request of Lima, which accuses Chilean border
		// guards of detaining its fishermen": a claim a relative clause
		// recalls in the present has no day of the story; the linker
		// finds the claim's day.
		f.date = ""
	}
	f.place, f.placeOwn = x.place(st, t, parties, lo, hi, f.date)
	if !f.placeOwn && f.place != "" && (f.place == x.a.Dateline || f.place == x.mainPlace) && typ == news.Assault && len(f.target) == 1 && !t.p.has("mutual") {
		// "Peruvian soldiers fired on a Chilean patrol boat": with
		// no place told, an attack hit the state it was aimed at, not
		// the city the story is filed from.
		if lex, err := lexicon.ActorLexicon(); err == nil && lex != nil {
			if name, ok := lex.Country(f.target[0]); ok {
				f.place = name
			}
		}
	}
	if f.placeOwn && typ == news.Assault && len(f.source) > 0 && !t.p.has("mutual") {
		// "drones hit a Red Cross depot in Zaporizhzhia": an attack on
		// a city hits its state too, whoever else it was aimed at.
		if lex, err := lexicon.ActorLexicon(); err == nil && lex != nil {
			if _, code, ok := lex.Place(f.place); ok && code != "" && !has(f.source, code) && !has(f.target, code) {
				f.target = append(f.target, code)
			}
		}
	}
	if f.dateOwn && f.mode == news.ModeFactual && later(f.date, x.a.Published) && !(t.p.has("past") && dayAfter(f.date, x.a.Published)) {
		// "the summit on 5 December", reported before it. A verb in
		// the past on the day after publication tells of a place ahead
		// in time ("signed on Wednesday (5), Tokyo time", in a paper
		// dated Tuesday in Brasília).
		f.mode = news.ModeFuture
	}
	if f.dateOwn && background(f.date, x.a.Published) {
		return nil // "since the invasion of 2022": background, not news
	}
	return f
}

// splitAgent parts sides into the agent of a passive, the first side past
// the agent word ending at token by, and the rest, acted upon.
func splitAgent(ss []side, by int) (agent, rest []side) {
	for _, sd := range ss {
		if len(agent) == 0 && sd.pos > by {
			agent = append(agent, sd)
		} else {
			rest = append(rest, sd)
		}
	}
	return agent, rest
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
		if m.last() >= t.first() && m.first() <= t.last() {
			continue // "a réaffirmé … soutien": the speech verb is the trigger's own
		}
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
		if st.depth[k] > 0 || st.toks[k].fold == ")" {
			return false // "Katrin X (Greens) and her counterpart Y signed": an aside, no clause
		}
		if stop[k] {
			return true
		}
		if !st.brk(k) {
			return false
		}
		return !(st.toks[k].fold == "," && listComma(k))
	}
	// A conditional ("if Norway imposes sanctions") opens a clause whose
	// subject is its own, but a trigger before it may aim into it
	// ("threatened to respond if South Korea goes ahead"): it bounds the
	// left side only.
	cond := map[int]bool{}
	for _, m := range st.fn["@cond"] {
		cond[m.last()] = true
	}
	lo = t.first()
	for lo > 0 && !isBreak(lo-1) && !cond[lo-1] {
		lo--
	}
	if x.t.subjectComma && lo > 1 && st.toks[lo-1].fold == "," {
		// Turkish sets a long predicate off from the subject that opens
		// the sentence with a comma ("Dışişleri Bakanlığı, büyükelçiyi
		// bakanlığa çağırarak … protesto etti"): the subject is the
		// clause's.
		for _, sd := range st.sides {
			if sd.end == lo-1 && sd.pos == firstWord(st.toks) {
				lo = sd.pos
				break
			}
		}
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
	for _, k := range st.content {
		if k > t.last() && k < next {
			next = k
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

// withPronoun reports a "with him/her" in the clause [lo, hi).
func (x *article) withPronoun(st *sent, lo, hi int) bool {
	for _, m := range st.fn["@withpron"] {
		if m.first() >= lo && m.first() < hi {
			return true
		}
	}
	return false
}

// withPhraseEnd maps the position of each side that stands in a
// with-phrase ("with Aksoy", "з міністром Туреччини Ахметом Аксоєм")
// to the end of that phrase: from the partner word to the end of the
// first person after it, or of the first actor when no person follows
// within six words; sides outside map to 0.
func (x *article) withPhraseEnd(st *sent, ss []side) map[int]int {
	out := map[int]int{}
	for _, m := range st.fn["@with"] {
		end := -1
		for _, sd := range ss {
			if sd.pos <= m.last() || sd.pos-m.last() > 6 || x.commaBetween(st, m.last()+1, sd.pos) {
				continue
			}
			if sd.m.Kind == news.ActorPerson {
				end = sd.end
				break
			}
			if end < 0 {
				end = sd.end
			}
		}
		for _, sd := range ss {
			if sd.pos > m.last() && sd.end <= end {
				out[sd.pos] = end
			}
		}
	}
	return out
}

// inPer reports whether token k lies in an attribution phrase ("according
// to the presidency,", "selon le ministère,"): from a "per" speech phrase
// to the next comma.
func (x *article) inPer(st *sent, k int) bool {
	for _, m := range st.speech {
		if m.p.class != "per" || m.last() >= k {
			continue
		}
		comma := false
		for j := m.last() + 1; j < k; j++ {
			if st.toks[j].fold == "," {
				comma = true
				break
			}
		}
		if !comma {
			return true
		}
	}
	return false
}

// otherWith reports whether a partner word ("between", "tussen") stands
// between trigger t and token k without following t at once: "the
// withdrawal follows an agreement between Iraq and the United States".
func (x *article) otherWith(st *sent, t match, k int) bool {
	for _, m := range st.fn["@with"] {
		if m.first() > t.last()+2 && m.last() < k {
			return true
		}
	}
	return false
}

// possTarget returns the state a possessive right after the trigger stands
// for: the last state or demonym named before the trigger's clause that is
// not the subject's; "" when there is none.
func (x *article) possTarget(st *sent, t match, lo int, src []string) string {
	ok := false
	for _, m := range st.fn["@poss"] {
		if m.first() > t.last() && m.first()-t.last() <= 2 {
			ok = true
		}
	}
	if !ok {
		return ""
	}
	c := ""
	for _, sd := range st.sides {
		if sd.end <= lo && sd.m.Code != "" && len(sd.m.Code) == 3 && !has(src, sd.m.Code) &&
			(sd.m.Kind == news.ActorState || sd.m.Kind == news.ActorDemonym || sd.m.Kind == news.ActorCapital) {
			c = sd.m.Code
		}
	}
	return c
}

// bothAfter reports whether a pair phrase ("the two countries", "les deux
// pays") is the trigger's object, right after it.
func (x *article) bothAfter(st *sent, t match) bool {
	for _, m := range st.fn["@both"] {
		if m.first() > t.last() && m.first()-t.last() <= 2 && m.last()-m.first() >= 1 {
			return true
		}
	}
	return false
}

// objectPair returns the two states a pair phrase in object position
// stands for: the two states, other than the subject's, that the sentence
// before names ("Poland deployed troops on the border with Belarus. Chile
// urged the two countries …"), else pair.
func (x *article) objectPair(st *sent, src []string) []string {
	if prev := x.sentBefore(st.s.Start); prev != nil {
		var codes []string
		for _, sd := range append(append([]side(nil), prev.sides...), prev.locs...) {
			if len(sd.m.Code) == 3 && sd.m.Kind != news.ActorOrg && !has(src, sd.m.Code) {
				codes = addUnique(codes, sd.m.Code)
			}
		}
		if len(codes) == 2 {
			return codes
		}
	}
	return x.pair(st)
}

// inSide reports whether token k lies in an actor mention of the sentence.
func inSide(st *sent, k int) bool {
	for _, sd := range st.sides {
		if k >= sd.pos && k < sd.end {
			return true
		}
	}
	for _, sd := range st.locs {
		if k >= sd.pos && k < sd.end {
			return true
		}
	}
	return false
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
	// A finite past form ("urged", "traf", "se reunió") is no modal's
	// complement: "said the drills would go ahead and urged Pyongyang …".
	// English "-ed" forms are participles too, so an auxiliary right
	// before ("will be deployed", "would have agreed") restores the modal.
	finite := t.p.has("past") && !x.auxBefore(st, t.first())
	bestDist, bestLen := 1<<30, 0
	for _, m := range st.modes {
		if finite && (m.p.class == news.ModeFuture || m.p.class == news.ModeIntend) {
			continue
		}
		if x.isAux(st, m) {
			continue // French "a accusé": the auxiliary, not "à" before an infinitive
		}
		if inSide(st, m.first()) {
			continue // Portuguese "o Irão" is Iran, not "irão" (will)
		}
		d := -1
		switch {
		case m.last() < t.first() && (m.first() >= lo || m.last() == lo-1 && m.p.class == "hypo"):
			d = t.first() - m.last() - 1
			limit := 6
			if x.t.v2 && (t.last()+1 >= len(st.toks) || st.toks[t.last()+1].punct) {
				// "Deutschland und Kasachstan wollen bei … enger
				// zusammenarbeiten": a verb-second modal governs the
				// infinitive that ends its clause, however far.
				limit = t.first() - lo
			}
			if m.p.has("near") {
				limit = 0
			}
			if d > limit {
				d = -1
			}
		case m.first() > t.last() && m.last() < hi && m.p.has("after"):
			d = m.first() - t.last() - 1
			// "dass Caracas Einreiseverbote gegen argentinische Abgeordnete
			// verhängen könnte": a verb-final modal governs its whole clause.
			final := x.t.v2 && (m.last()+1 >= len(st.toks) || st.toks[m.last()+1].punct)
			if d > 3 && !final {
				d = -1
			}
		}
		if d < 0 {
			continue
		}
		if speechAct[t.p.class] && m.p.class == news.ModeIntend && m.p.has("near") {
			// "gathered outside the embassy to protest", "aprovechó el
			// encuentro para pedir": an act of words (or a protest) told
			// as a purpose is done in the telling.
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

// relClauses marks the tokens of relative clauses set off by commas
// (", which signed a deal with Russia,"), from the relative word to the
// next clause break.
func (x *article) relClauses(st *sent) []bool {
	out := make([]bool, len(st.toks))
	for _, m := range st.fn["@rel"] {
		if m.first() == 0 || st.toks[m.first()-1].fold != "," {
			continue
		}
		for k := m.first(); k < len(st.toks) && !st.brk(k); k++ {
			out[k] = true
		}
	}
	return out
}

// isWord reports whether a match of function-word class c ends at token k.
func (x *article) isWord(st *sent, c string, k int) bool {
	for _, m := range st.fn[c] {
		if m.last() == k {
			return true
		}
	}
	return false
}

// lastIn returns the last event found so far in sentence st, or nil.
func (x *article) lastIn(st *sent) *found {
	if n := len(x.found); n > 0 && x.found[n-1].st == st {
		return x.found[n-1]
	}
	return nil
}

// auxBefore reports whether an auxiliary stands just before token at (one
// adverb may come between: "has already agreed").
func (x *article) auxBefore(st *sent, at int) bool {
	for _, m := range st.fn["@aux"] {
		if m.last() == at-1 || m.last() == at-2 && !st.toks[at-1].punct {
			return true
		}
	}
	return false
}

// isAux reports whether a mode marker is, at the same place, an auxiliary.
func (x *article) isAux(st *sent, m match) bool {
	for _, a := range st.fn["@aux"] {
		if a.first() == m.first() && a.last() == m.last() {
			return true
		}
	}
	return false
}

func (x *article) sentByIndex(i int) *sent {
	// x.sents is in sentence order with gaps only for invalid spans.
	j := sort.Search(len(x.sents), func(k int) bool { return x.sents[k].i >= i })
	if j < len(x.sents) && x.sents[j].i == i {
		return x.sents[j]
	}
	return nil
}

// merged folds the found mentions of one happening into one Event: same
// type and mode, the same parties (one set within the other for symmetric
// types; overlapping sources and targets otherwise) and close dates.
func (x *article) merged() []news.Event {
	var evs []*news.Event
	var own []bool // whether an event's date was stated by one of its mentions
	var ownPlace []bool
	var guessed [][]int // per event, its mentions whose place was not stated
	for _, f := range x.found {
		m := news.Mention{Text: x.a.Body[f.st.s.Start:f.st.s.End], Span: f.st.s.Span, Date: f.date, Place: f.place, Trigger: f.trigger}
		k := -1
		for i, e := range evs {
			if e.Type == f.typ && e.Mode == f.mode && sameSides(e, f) && closeDates(e.Date, f.date) && !otherPartners(e, f) {
				if k < 0 {
					k = i
				}
				// The meeting of the very same parties before one that
				// merely includes them (see splitHosts).
				if news.Symmetric(e.Type) && sameParties(f, addUnique(addUnique(nil, e.Source...), e.Target...)) {
					k = i
					break
				}
			}
		}
		if k < 0 {
			evs = append(evs, &news.Event{Type: f.typ, Source: f.source, Target: f.target, Persons: f.persons,
				Date: f.date, Place: f.place, Mode: f.mode, Mentions: []news.Mention{m}})
			own = append(own, f.dateOwn)
			ownPlace = append(ownPlace, f.placeOwn)
			guessed = append(guessed, nil)
			if !f.placeOwn {
				guessed[len(guessed)-1] = []int{0}
			}
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
		if !f.placeOwn {
			guessed[k] = append(guessed[k], len(e.Mentions))
		}
		e.Mentions = append(e.Mentions, m)
	}
	out := make([]news.Event, 0, len(evs))
	for k, e := range evs {
		if ownPlace[k] {
			// The place one of its sentences states is the article's
			// word on where it happened; the places its other sentences
			// only inherited from the story do not vote against it when
			// reports are merged.
			for _, i := range guessed[k] {
				e.Mentions[i].Place = e.Place
			}
		}
		if e.Persons == nil {
			e.Persons = []string{}
		}
		out = append(out, *e)
	}
	return out
}

// splitHosts parts a meeting of one host with several guests into the
// host's meetings with each, when the article tells at least two of them
// apart: "the president receives the leaders of Peru and Bolivia … in the
// morning, talks with the Peruvian president … in the afternoon, he met
// the president of Bolivia" are two meetings, not one of three. Guests the
// article tells no meeting of stay together in one with the host.
func (x *article) splitHosts() {
	var out []*found
	for _, f := range x.found {
		if !news.Symmetric(f.typ) || f.mode != news.ModeFactual || len(f.source) != 1 || len(f.target) < 2 {
			out = append(out, f)
			continue
		}
		host := f.source[0]
		told := map[string]bool{} // guests met apart
		for _, g := range x.found {
			if g == f || g.typ != f.typ || g.mode != f.mode || !closeDates(f.date, g.date) {
				continue
			}
			parties := addUnique(addUnique(nil, g.source...), g.target...)
			if len(parties) != 2 || !has(parties, host) {
				continue
			}
			for _, c := range parties {
				if c != host && has(f.target, c) {
					told[c] = true
				}
			}
		}
		if len(told) < 2 {
			out = append(out, f)
			continue
		}
		var rest []string
		for _, c := range f.target {
			if told[c] {
				p := *f
				p.target = []string{c}
				p.persons = x.personsOf(f.persons, host, c)
				out = append(out, &p)
			} else {
				rest = append(rest, c)
			}
		}
		// (A single guest left over from a summary sentence, "a pact
		// with Portugal and a loan from the EU at the EU-CELAC summit", is
		// no meeting of its own; two or more are the gathering.)
		if len(rest) >= 2 {
			p := *f
			p.target = rest
			p.persons = x.personsOf(f.persons, append([]string{host}, rest...)...)
			out = append(out, &p)
		}
	}
	x.found = out
}

// personsOf keeps the persons of the given states, and those of no known
// state.
func (x *article) personsOf(persons []string, codes ...string) []string {
	state := map[string]string{}
	for _, e := range x.a.Analysis.Entities {
		state[e.ID] = cmp.Or(e.Country, e.Code)
	}
	var out []string
	for _, p := range persons {
		if c := state[p]; c == "" || has(codes, c) {
			out = append(out, p)
		}
	}
	return out
}

// otherPartners reports whether a meeting told for another day has other
// partners than the event: the envoy's talks in Kuala Lumpur on Tuesday
// and in Jakarta on Wednesday are two meetings, though a summary sentence named
// both hosts.
func otherPartners(e *news.Event, f *found) bool {
	if !news.Symmetric(e.Type) || len(e.Date) != 10 || len(f.date) != 10 || e.Date == f.date {
		return false
	}
	a := addUnique(addUnique(nil, e.Source...), e.Target...)
	b := addUnique(addUnique(nil, f.source...), f.target...)
	return !(subset(a, b) && subset(b, a))
}

func sameSides(e *news.Event, f *found) bool {
	if news.Symmetric(e.Type) {
		a := addUnique(addUnique(nil, e.Source...), e.Target...)
		b := addUnique(addUnique(nil, f.source...), f.target...)
		// Two states meeting on the margins of a summit of organizations
		// ("the EU-CELAC summit") meet on their own: the pair does not join
		// the gathering, nor the gathering the pair.
		if min(len(a), len(b)) == 2 && max(len(a), len(b)) >= 3 && (summit(a) && !summit(b) || summit(b) && !summit(a)) {
			return false
		}
		return subset(a, b) || subset(b, a)
	}
	if len(e.Target) == 0 || len(f.target) == 0 {
		// A one-sided report ("the protesters", "deployed troops") is
		// part of the same act told with its target.
		return overlap(e.Source, f.source)
	}
	return overlap(e.Source, f.source) && overlap(e.Target, f.target)
}

// summit reports parties that hold at least two international
// organizations (codes of no state).
func summit(parties []string) bool {
	lex, err := lexicon.ActorLexicon()
	if err != nil {
		return false
	}
	n := 0
	for _, c := range parties {
		if _, ok := lex.Country(c); !ok {
			n++
		}
	}
	return n >= 2
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

// territorial types act on a place: the state a locative phrase after the
// trigger names is their target when no other is given ("carried out
// airstrikes in Afghanistan's Khost province", "deployed troops in Belarus").
var territorial = map[string]bool{news.Assault: true, news.Mobilize: true, news.Retreat: true, news.Sanction: true, news.Threaten: true}

// responsive types answer an earlier event: with no target of their own
// ("rejected the accusations", "condemned the strikes", "threatened
// retaliation") they are aimed at whoever acted on their source just
// before (or, told after them, just after).
// oneSided are the types whose event stands without a target.
var oneSided = map[string]bool{news.Mobilize: true}

var responsive = map[string]bool{news.Reject: true, news.Accuse: true, news.Threaten: true}

// moneyRe finds a sum of money in the words of a clause, in the languages
// read: a currency sign or word after a number, or a number of millions or
// billions.
var moneyRe = regexp.MustCompile(`(?i)[$€£¥]\s?\d|\d[\d.,\s]*\s?(?:[$€£¥]|million|billion|milliard|millones|milioni|miliardi|milhões|milhão|bilhões|milion|miliard|миллион|миллиард|мільйон|мільярд|milyon|milyar|miljoen|miljard)|(?:^|\s)(?:million|milliard|millones|milioni|milhões|milion|миллион|мільйон|milyon|miljoen)\pL*\s+(?:de\s+|di\s+)?(?:US-|US\s)?(?:dollar|euro|dólar|долл|евро|долар|євро|dolar|avro)`)

// implicitTarget finds the target of a trigger whose clause names none: an
// object pronoun ("accusing them of") stands for the target of the event
// just before; a territorial event aims at the state of its locative
// phrase; a responsive one at the source of the event it answers.
func (x *article) implicitTarget(st *sent, t match, src []string, hi int) []string {
	minus := func(cs []string) []string {
		var out []string
		for _, c := range cs {
			if !has(src, c) {
				out = addUnique(out, c)
			}
		}
		return out
	}
	recent := func(f *found) bool { return f.st.i <= st.i && f.st.i >= st.i-2 }
	if !t.p.has("noun") {
		for _, m := range st.fn["@obj"] {
			// English objects follow the verb ("accusing them"), Romance
			// clitics precede it ("les a accusés"): flags say which.
			after := m.first() == t.last()+1 && !m.p.has("before")
			before := (m.last() == t.first()-1 || m.last() == t.first()-2 && x.isWord(st, "@aux", t.first()-1)) && !m.p.has("after")
			if after || before {
				for i := len(x.found) - 1; i >= 0 && recent(x.found[i]); i-- {
					if tg := minus(x.found[i].target); len(tg) > 0 {
						return tg
					}
				}
			}
		}
	}
	if territorial[t.p.class] {
		for _, sd := range st.locs {
			// A sanction's dative reads as a place ("impose des sanctions
			// à la Russie"), but a city after it is where it was decided.
			// (A capital right after the trigger is the host of the envoy
			// recalled: "rappelé son ambassadeur à Bamako".)
			if (t.p.class == news.Sanction || t.p.class == news.Threaten) && sd.m.Kind != news.ActorState && sd.m.Kind != news.ActorDemonym &&
				!(sd.m.Kind == news.ActorCapital && sd.pos-t.last() <= 2) {
				continue
			}
			// German and Dutch put the object before a clause-final
			// participle: "hat wegen … in Belarus neue Sanktionen
			// verhängt".
			before := x.t.v2 && sd.pos > st.sides0(src) && sd.pos < t.first() && (sd.m.Kind == news.ActorState || t.p.class == news.Mobilize)
			reach := 15
			if t.p.class == news.Mobilize {
				reach = 30 // "deployed 2,000 troops in Tumbes region, near the border with Ecuador"
			}
			inside := sd.pos > t.first() && sd.pos < t.last() // "militairen bij de grens met Oekraïne gestationeerd"
			if (sd.pos > t.last() && sd.pos-t.last() <= reach || before || inside) && !has(src, sd.m.Code) {
				return []string{sd.m.Code}
			}
		}
	}
	if responsive[t.p.class] {
		// "Die iranische Botschaft in Oslo kritisierte die Entscheidung": an
		// embassy answers the state it is accredited to.
		for _, sd := range st.sides {
			if !has(src, sd.m.Code) || sd.end > t.first() {
				continue
			}
			for _, l := range st.locs {
				if l.pos > sd.end && l.pos <= sd.end+2 && l.pos < t.first() && !has(src, l.m.Code) {
					return []string{l.m.Code}
				}
			}
		}
		// The event answered may lie a few sentences back ("Moscow
		// rejected the accusation on Friday" after a paragraph of detail).
		// The story's lead event, told in its first two sentences, is
		// what a reaction answers ahead of a detail told since ("Minsk
		// reacted: … the decision" after "Germany had urged more").
		// "выдвинул встречные обвинения", "counter-accusations": an act
		// answered in kind.
		counter := false
		for _, m := range st.fn["@counter"] {
			if m.last() == t.first()-1 || m.last() == t.first()-2 && st.toks[t.first()-1].fold == "-" {
				counter = true
			}
		}
		var recent []string
		for i := len(x.found) - 1; i >= 0 && x.found[i].st.i >= st.i-maxAnswerGap; i-- {
			f := x.found[i]
			if (f.typ != t.p.class || counter) && overlap(f.target, src) && !overlap(f.source, src) && f.mode == news.ModeFactual {
				if tg := minus(f.source); len(tg) > 0 && counter && f.typ == t.p.class {
					return tg // the act answered in kind, however far the lead
				}
				if tg := minus(f.source); len(tg) > 0 {
					if recent == nil {
						recent = tg
					}
					if f.st.i <= x.firstSent()+1 && st.i > f.st.i+1 {
						return tg
					}
				}
			}
		}
		if recent != nil {
			return recent
		}
		// "La Russia ha condannato l'intesa", "Moscow condemned the
		// deal": the parties of the event the object names, told
		// before.
		for _, o := range st.objects {
			if o.first() <= t.last() || o.first()-t.last() > 4 {
				continue
			}
			for i := len(x.found) - 1; i >= 0 && x.found[i].st.i >= st.i-maxAnswerGap; i-- {
				f := x.found[i]
				if f.typ == o.p.class && f.mode == news.ModeFactual {
					// Both parties of an agreement; the author of a
					// one-sided act ("condemned the sanctions").
					who := f.source
					if news.Symmetric(f.typ) {
						who = addUnique(append([]string(nil), f.source...), f.target...)
					}
					if tg := minus(who); len(tg) > 0 && len(tg) == len(who) {
						return tg
					}
				}
			}
		}
		return nil
	}
	return nil
}

// firstSent is the index of the article's first sentence that is not a
// link or a label.
func (x *article) firstSent() int {
	for _, st := range x.sents {
		if !st.skip {
			return st.i
		}
	}
	return 0
}

// nearestGroup returns the actors of the nearest clause before token lo
// that names any: the subject a trigger shares with its sentence's main
// clause ("Sorokin told reporters after his talks with X").
func (x *article) nearestGroup(st *sent, lo int) []side {
	var out []side
	rel := st.rel // a relative clause's actors are nobody's subject here
	for k := lo - 1; k >= 0; k-- {
		for i := len(st.sides) - 1; i >= 0; i-- {
			if st.sides[i].pos == k && !rel[k] {
				out = append(out, st.sides[i])
			}
		}
		if len(out) > 0 && k > 0 && st.brk(k-1) && st.toks[k-1].fold != "," {
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
	// The object of an earlier one-sided event of the sentence ("accused
	// Rwanda of …, during a meeting of the Council") is nobody's subject.
	for _, m := range st.trig {
		if m.last() >= lo || news.Symmetric(m.p.class) || len(out) == 0 {
			continue
		}
		var keep []side
		for _, sd := range out {
			if sd.pos < m.first() {
				keep = append(keep, sd)
			}
		}
		out = keep
	}
	// Of a clause with an event of its own ("Iran expelled British
	// diplomats, accusing them …"), only its subject carries over.
	if len(out) > 1 {
		from := out[len(out)-1].pos
		for _, m := range st.trig {
			if m.first() > from && m.first() < lo {
				var subj []side
				for _, sd := range out {
					if sd.end <= m.first() {
						subj = append(subj, sd)
					}
				}
				if len(subj) > 0 {
					out = subj
				}
				break
			}
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

// maxAgentGap is how far (in tokens) the agent word of a passive may stand
// after its participle: "a été reçu jeudi matin à Stockholm par son homologue".
const maxAgentGap = 8

// sideBetween reports whether an actor stands strictly between tokens a
// and b.
func (x *article) sideBetween(st *sent, a, b int) bool {
	for _, sd := range st.sides {
		if sd.pos > a && sd.pos < b {
			return true
		}
	}
	return false
}

// genitive returns the actor a genitive word right after the trigger
// introduces ("le soutien de la France", "die Unterstützung der
// Bundesregierung", "el apoyo de España"), or nil.
func (x *article) genitive(st *sent, t match) *side {
	for _, m := range st.fn["@of"] {
		if m.first() != t.last()+1 {
			continue
		}
		for i := range st.sides {
			sd := &st.sides[i]
			if sd.pos > m.last() && sd.pos <= m.last()+2 && sd.m.Code != "" && sd.m.Kind != news.ActorPerson &&
				!punctBetween(st.toks, m.last(), sd.pos) {
				return sd
			}
		}
	}
	return nil
}

// passiveAux reports whether a passive auxiliary stands right before token
// at (an adverb or a date word may come between: "were later expelled"),
// or, for one flagged [after], right after it.
func (x *article) passiveAux(st *sent, at int) bool {
	if x.a.Lang == "en" && strings.HasSuffix(st.toks[at].fold, "ing") {
		return false // "is dispatching": the progressive, not a passive
	}
	for _, m := range st.fn["@pass"] {
		if m.p.has("after") {
			// German "war … einbestellt worden": the passive
			// auxiliary after the participle.
			if m.first() == at+1 {
				return true
			}
			continue
		}
		if m.last() == at-1 || m.last() == at-2 && !st.toks[at-1].punct {
			return true
		}
		// "został w środę wezwany": a date between the auxiliary and
		// the participle.
		if m.last() < at-2 && at-m.last() <= 4 {
			dated := true
			for k := m.last() + 1; k < at; k++ {
				dated = dated && (x.inDate(st, k) || !st.toks[k].punct && utf8.RuneCountInString(st.toks[k].fold) <= 2)
			}
			if dated {
				return true
			}
		}
	}
	return false
}

// pair returns the two parties "both sides", "les deux ministres" refer
// to: the last symmetric event's, else the countries of the last two
// persons of different countries named so far, else the article's two
// most named states.
func (x *article) pair(st *sent) []string {
	if len(x.dyad) > 2 {
		return x.dyad[:2] // "both": the two first named, not a mediator added after
	}
	if len(x.dyad) > 0 {
		return x.dyad
	}
	var out []string
	for i := len(x.sents) - 1; i >= 0 && len(out) < 2; i-- {
		s := x.sents[i]
		if s.s.Start > st.s.Start || s.skip {
			continue
		}
		for j := len(s.sides) - 1; j >= 0 && len(out) < 2; j-- {
			sd := s.sides[j]
			if sd.m.Kind == news.ActorPerson && sd.m.Code != "" {
				out = addUnique(out, sd.m.Code)
			}
		}
	}
	if len(out) == 2 {
		return out
	}
	return x.topPair()
}

// topPair returns the two states the article names most, when they stand
// clearly above the rest; nil otherwise.
func (x *article) topPair() []string {
	// The sides never change once the sentences are read: count once.
	if x.top == nil {
		x.top = x.countPair()
		if x.top == nil {
			x.top = []string{}
		}
	}
	if len(x.top) == 0 {
		return nil
	}
	return x.top
}

func (x *article) countPair() []string {
	count := map[string]int{}
	var order []string
	for _, s := range x.sents {
		if s.skip {
			continue
		}
		for _, sd := range append(append([]side(nil), s.sides...), s.locs...) {
			if len(sd.m.Code) != 3 || sd.m.Kind == news.ActorOrg || sd.m.Kind == news.ActorBloc {
				continue
			}
			if count[sd.m.Code] == 0 {
				order = append(order, sd.m.Code)
			}
			count[sd.m.Code]++
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	if len(order) < 2 || count[order[1]] < 2 || len(order) > 2 && count[order[2]] >= count[order[1]] {
		return nil
	}
	return order[:2]
}

// withAfter reports whether a partner word ("with", "mit", "avec")
// follows a noun trigger in its clause.
func (x *article) withAfter(st *sent, t match, hi int) bool {
	for _, m := range st.fn["@with"] {
		if m.first() == t.last()+1 && m.first() < hi {
			return true
		}
	}
	return false
}

// mainPerson returns the first person with a country named after a noun
// trigger's clause in the same sentence (the main clause's subject).
func (x *article) mainPerson(st *sent, t match, hi int) *side {
	for i := range st.sides {
		sd := &st.sides[i]
		if sd.pos >= hi && sd.m.Kind == news.ActorPerson && sd.m.Code != "" && sd.m.Entity != "" {
			return sd
		}
	}
	return nil
}

// maxAnswerGap is how many sentences back a reply ("rejected the
// accusation") may find the event it answers.
const maxAnswerGap = 8

// extendRight reads past comma-set adverbials when a verb's clause names
// no actor after it ("a reçu ce jeudi, en son cabinet à Yaoundé, X,
// ambassadeur de Chine"): up to three segments, stopping at a clause word,
// a speech verb or another trigger.
func (x *article) extendRight(st *sent, t match, hi int, after []side) ([]side, int) {
	starts := map[int]bool{}
	for _, m := range st.trig {
		starts[m.first()] = true
	}
	k := hi
	for n := 0; n < 3 && k < len(st.toks) && st.toks[k].fold == ","; n++ {
		j := k + 1
		stop := false
		for j < len(st.toks) {
			if st.toks[j].fold == "(" {
				// "na quinta-feira (16)": an aside, no clause break
				for j < len(st.toks) && st.toks[j].fold != ")" {
					j++
				}
				j++
				continue
			}
			if st.brk(j) {
				break
			}
			if x.breakWord(st, j) || starts[j] {
				stop = true
				break
			}
			j++
		}
		j = min(j, len(st.toks))
		if stop {
			break
		}
		for _, sd := range st.sides {
			if sd.pos > k && sd.pos < j {
				after = append(after, sd)
			}
		}
		hi, k = j, j
		if len(codes(after)) > 0 {
			break
		}
	}
	return after, hi
}

func (x *article) hasState(ss []side) bool {
	for _, sd := range ss {
		if sd.m.Kind != news.ActorPerson && sd.m.Code != "" || sd.m.Kind == news.ActorPerson && sd.m.Code != "" {
			return true
		}
	}
	return false
}

// subjective types read an actor in the genitive after their noun as the
// one who acts ("le soutien de la France", "die Forderung der
// Regierung"); for the others it is the one acted upon ("the invasion of
// Ukraine").
var subjective = map[string]bool{news.Support: true, news.Aid: true, news.Request: true}

// unplaced reports whether the clause [lo, hi) names a person of no known
// country.
func (x *article) unplaced(st *sent, lo, hi int) bool {
	for _, sd := range st.sides {
		if sd.pos >= lo && sd.pos < hi && sd.m.Kind == news.ActorPerson && sd.m.Code == "" && sd.m.Entity != "" {
			return true
		}
	}
	return false
}

// bracket reports whether the first of the actors before a trigger is
// followed at once by a finite auxiliary that opens a verb bracket (class
// @bracket, in the languages that have one), with no conjunction or comma
// joining it to the next actor.
func (x *article) bracket(st *sent, before []side) bool {
	found := false
	// The actor may be an adjective before its noun ("ein russisches
	// Gericht hat …"): up to two words may stand before the auxiliary.
	for k := before[0].end; k < before[1].pos && k <= before[0].end+2 && !st.toks[k].punct; k++ {
		for _, m := range st.fn["@bracket"] {
			if m.first() == k {
				found = true
			}
		}
		if found {
			break
		}
	}
	return found && !x.coordinated(st, before[:2])
}

// itRef returns the actor a pronoun for a state or an institution ("it",
// class @it) in [lo, at) stands for: the last actor other than a person
// named before it in the sentence ("Thailand's army said it had
// deployed"). Across sentences "it" as often means a text or a plan as a
// state, so it is left alone there.
func (x *article) itRef(st *sent, lo, at int) string {
	rel := st.rel
	for _, m := range st.fn["@it"] {
		if m.first() < lo || m.first() >= at {
			continue
		}
		for i := len(st.sides) - 1; i >= 0; i-- {
			sd := st.sides[i]
			// not inside a relative clause: "Sweden, which joined NATO,
			// said it would …" means Sweden
			if sd.end <= m.first() && sd.m.Kind != news.ActorPerson && sd.m.Code != "" && !rel[sd.pos] {
				return sd.m.Code
			}
		}
	}
	return ""
}

// orgRef returns the organization a definite noun before the trigger
// names again by one word of its name: "the organization" after "the
// Organization of American States", "le Conseil" after "le Conseil de
// l'Europe", "the Commission". The word must be
// capitalized or follow "the"; the organization must be named in this
// sentence or one of the three before it.
func (x *article) orgRef(st *sent, lo, at int) string {
	for k := lo; k < at; k++ {
		tk := st.toks[k]
		if tk.punct || len([]rune(tk.fold)) < 4 {
			continue
		}
		if !(k > 0 && x.isWord(st, "@def", k-1)) && !startsUpper(x.a.Body[tk.start:tk.end]) {
			continue
		}
		for i := st.i; i >= 0 && i >= st.i-3; i-- {
			s := x.sents[i]
			if s.skip {
				continue
			}
			for _, sd := range append(append([]side(nil), s.sides...), s.locs...) {
				if sd.m.Kind != news.ActorOrg || sd.m.Code == "" || (i == st.i && sd.pos >= k) {
					continue
				}
				words := tokenize(sd.m.Text, 0, len(sd.m.Text))
				if len(words) < 2 {
					continue
				}
				if words[0].fold == tk.fold || words[len(words)-1].fold == tk.fold {
					return sd.m.Code
				}
			}
		}
	}
	return ""
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// codeless counts the persons of no stated state in tokens [lo, hi).
func (x *article) codeless(st *sent, lo, hi int) int {
	n := 0
	for _, sd := range st.sides {
		if sd.pos >= lo && sd.pos < hi && sd.m.Kind == news.ActorPerson && sd.m.Code == "" && sd.m.Entity != "" {
			n++
		}
	}
	return n
}

// saidBefore reports whether a speech verb ends right before token k.
func (x *article) saidBefore(st *sent, k int) bool {
	for _, m := range st.speech {
		if m.last() == k-1 {
			return true
		}
	}
	return false
}

// sides0 returns the token after the last side of the sentence whose code
// is one of codes, before any other token; -1 when there is none.
func (st *sent) sides0(codes []string) int {
	k := -1
	for _, sd := range st.sides {
		if has(codes, sd.m.Code) && sd.end > k {
			k = sd.end
		}
	}
	return k
}

// hasPron reports whether a subject pronoun (class @pron) stands in [lo, at).
func (x *article) hasPron(st *sent, lo, at int) bool {
	for _, m := range st.fn["@pron"] {
		if m.first() >= lo && m.first() < at {
			return true
		}
	}
	return false
}

// seatBefore returns the state of a capital in a locative phrase right
// before a trigger that has no subject ("что в Киеве опровергли", "in
// Moskau hieß es"): the government there acted.
func (x *article) seatBefore(st *sent, at int) string {
	for _, sd := range st.locs {
		if sd.m.Kind == news.ActorCapital && sd.end <= at && sd.end >= at-1 {
			return sd.m.Code
		}
	}
	return ""
}

// pluperfect reports whether a pluperfect auxiliary stands in the
// trigger's clause before it ("had expelled", "hatte … ausgewiesen").
func (x *article) pluperfect(st *sent, t match, lo int) bool {
	for _, m := range st.fn["@pluperf"] {
		if m.first() >= lo && m.last() < t.first() && !x.trigBetween(st, m.last(), t.first()) {
			return true
		}
	}
	return false
}

// pairEvent is a factual event of the pair that just met (x.dyad), told by
// a noun that names no party of its own.
func (x *article) pairEvent(st *sent, t match, typ string, lo, hi int) *found {
	f := &found{typ: typ, source: x.dyad[:1], target: x.dyad[1:2], st: st}
	f.trigger = x.triggerText(st, t)
	f.mode = news.ModeFactual
	f.date, f.dateOwn = x.date(st, t, x.dyad)
	f.place, f.placeOwn = x.place(st, t, x.dyad, lo, hi, f.date)
	return f
}

// told reports whether an event of type typ was found before in the article.
func (x *article) told(typ string) bool {
	for _, f := range x.found {
		if f.typ == typ {
			return true
		}
	}
	return false
}

// speechAct are the types done by saying (or protesting): told as a purpose
// ("to ask", "para pedir") they still happened.
var speechAct = map[string]bool{news.Protest: true, news.Request: true, news.Accuse: true, news.Support: true, news.Reject: true}

// trigBetween reports whether a trigger starts strictly between tokens a
// and b.
func (x *article) trigBetween(st *sent, a, b int) bool {
	for _, m := range st.trig {
		if m.first() > a && m.first() < b {
			return true
		}
	}
	return false
}

// objectBefore are the languages whose objects, marked by a case ending,
// stand before the verb whether or not it ends the clause.
var objectBefore = map[string]bool{"hu": true}

var romance = map[string]bool{"fr": true, "es": true, "it": true, "pt": true, "ro": true, "ca": true}

// agentAdjective returns the demonym that qualifies a noun trigger: right
// before it, or past one lower-case word ("Russian missile strikes",
// "российских ракетных обстрелов"), or, in Romance languages, right after it
// ("frappes russes", "ataques rusos"). Not "anti-Russian sanctions".
func (x *article) agentAdjective(st *sent, t match) *side {
	if !t.p.has("noun") {
		return nil
	}
	// (A demonym is never a place: "в результате российских обстрелов"
	// reads like a locative.)
	all := append(append([]side(nil), st.sides...), st.locs...)
	for i := range all {
		sd := &all[i]
		if sd.m.Kind != news.ActorDemonym {
			continue
		}
		w := strings.ToLower(x.a.Body[st.toks[sd.pos].start:st.toks[sd.end-1].end])
		if strings.HasPrefix(w, "anti") || strings.HasPrefix(w, "анти") || strings.HasPrefix(w, "проти") || strings.HasPrefix(w, "przeciw") {
			continue
		}
		switch {
		case sd.end == t.first():
			return sd
		case sd.pos == t.last()+1 && romance[x.a.Lang]:
			// (In Slavic languages the adjective after the noun opens its
			// object: "висилка російських дипломатів".)
			return sd
		case sd.end == t.first()-1:
			if tk := st.toks[sd.end]; !tk.punct && strings.ToLower(x.a.Body[tk.start:tk.end]) == x.a.Body[tk.start:tk.end] {
				return sd
			}
		}
	}
	return nil
}

// onlyPlaces reports whether sides name institutions and adjectives only,
// no state, capital or person: where people gathered, not who acted.
func onlyPlaces(ss []side) bool {
	for _, sd := range ss {
		if sd.m.Kind != news.ActorOrg && sd.m.Kind != news.ActorDemonym {
			return false
		}
	}
	return len(ss) > 0
}

// visit reports whether trigger t is a word for a visit.
func (x *article) visit(st *sent, t match) bool {
	for _, k := range t.idx {
		if x.isWordAt(st, "@visit", k) {
			return true
		}
	}
	return false
}

// frontedPlace returns the state of a place the sentence opens with, before
// any actor or trigger ("E domani, ad Algeri, la vicenda …"): the scene of
// the whole sentence.
func (x *article) frontedPlace(st *sent) string {
	first := len(st.toks)
	for _, sd := range st.sides {
		first = min(first, sd.pos)
	}
	for _, m := range st.trig {
		first = min(first, m.first())
	}
	for _, sd := range st.locs {
		if sd.pos < first && (sd.m.Kind == news.ActorCapital || sd.m.Kind == news.ActorPlace) && sd.pos <= 6 {
			return sd.m.Code
		}
	}
	return ""
}

// passiveIn reports whether a passive auxiliary stands in tokens [lo, hi).
func (x *article) passiveIn(st *sent, lo, hi int) bool {
	for _, m := range st.fn["@pass"] {
		if m.first() >= lo && m.last() < hi && !m.p.has("after") {
			return true
		}
	}
	return false
}

// dayToldAfter reports whether a day (a date of day precision) is told after
// trigger t and before token hi.
func dayToldAfter(st *sent, t match, hi int) bool {
	if hi > len(st.toks) {
		hi = len(st.toks)
	}
	for _, d := range st.dates {
		if len(d.Value) == 10 && d.Start > st.toks[t.last()].end && hi > 0 && d.Start < st.toks[hi-1].end {
			return true
		}
	}
	return false
}

// namesItsOwn reports whether a "both sides" word names its two parties
// right after it ("встретились министры Финляндии и Молдовы", "the
// ministers of Chile and Peru"): they are the parties, not the pair the
// story spoke of before.
func (x *article) namesItsOwn(st *sent, m match) bool {
	var first *side
	for i := range st.sides {
		sd := &st.sides[i]
		if sd.pos > m.last() && sd.pos <= m.last()+3 && sd.m.Kind != news.ActorPerson {
			first = sd
			break
		}
	}
	if first == nil {
		return false
	}
	for _, sd := range st.sides {
		if sd.pos >= first.end && sd.pos <= first.end+2 && sd.m.Code != first.m.Code && sd.m.Kind != news.ActorPerson &&
			(x.isWord(st, "@and", first.end) || st.toks[first.end].fold == ",") {
			return true
		}
	}
	return false
}
