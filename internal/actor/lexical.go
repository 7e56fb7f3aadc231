package actor

import (
	"sort"
	"strconv"

	"chancery/internal/lexicon"
	"chancery/internal/news"
)

// emitLexical turns the lexicon items into mentions and organization
// entities.
func (f *finder) emitLexical() {
	for x := range f.items {
		it := &f.items[x]
		if it.dead {
			continue
		}
		span := news.Span{Start: f.words[it.i].Start, End: f.words[it.j-1].End}
		m := news.ActorMention{Span: span, Text: f.body[span.Start:span.End], Code: it.e.Code}
		switch it.e.Kind {
		case lexicon.KindState:
			m.Kind = news.ActorState
		case lexicon.KindDemonym:
			m.Kind = news.ActorDemonym
		case lexicon.KindCapital:
			m.Kind, m.Place = news.ActorCapital, it.e.Name
			if seat, ok := orgSeats[it.e.Name]; ok && f.names(seat) && !f.namesState(it.e.Code) {
				// "попросил Брюссель отложить голосование" in a story
				// about the EU: the seat of an organization stands for it.
				m.Code = seat
			}
		case lexicon.KindPlace:
			m.Kind, m.Place = news.ActorPlace, it.e.Name
		case lexicon.KindBloc:
			m.Kind = news.ActorBloc
		case lexicon.KindOrg:
			m.Kind = news.ActorOrg
			m.Entity = f.org(it.e.Code, it.e.Name, "", m.Text)
		case lexicon.KindBody:
			m.Kind = news.ActorOrg
			m.Entity = f.org(it.e.Code, it.e.Name, it.e.Code, m.Text)
		case lexicon.KindMinistry:
			code := f.ministryCountry(it)
			// Widen the span over the state that owns the ministry.
			if p := f.itemEnding(it.i); p != nil && p.isStateLike() && p.e.Code == code {
				m.Start = f.words[p.i].Start
			} else if it.i >= 2 && f.possessive(it.i-2) {
				if p := f.itemEnding(it.i - 2); p != nil && p.e.Code == code {
					m.Start = f.words[p.i].Start
				}
			}
			m.Text = f.body[m.Start:m.End]
			m.Kind, m.Code = news.ActorOrg, code
			if code == "" && f.sentFirst(it.i) || code == "" && it.i > 0 && f.sentFirst(it.i-1) {
				// "Belarus rejected the decision. The foreign ministry
				// said …": a ministry of no stated state that opens a
				// sentence belongs to the subject of the one before.
				if c := f.subjectBefore(f.sent[it.i]); c != "" {
					if id, oc := f.soleOrg(it.e.Name); id == "" || oc != c {
						code = c
						it.skip = c // the persons it introduces serve that state
						name, _ := f.lex.Country(code)
						m.Kind, m.Code = news.ActorOrg, code
						m.Entity = f.org(code, it.e.Name+" of "+name, code, m.Text)
						f.mentions = append(f.mentions, m)
						continue
					}
				}
			}
			if code == "" {
				// "the Ministry added": the one ministry of that kind
				// already named, if there is exactly one.
				m.Entity, m.Code = f.soleOrg(it.e.Name)
				if m.Entity == "" {
					continue
				}
			} else {
				name, _ := f.lex.Country(code)
				m.Entity = f.org(code, it.e.Name+" of "+name, code, m.Text)
			}
		default:
			continue
		}
		if m.Kind == news.ActorState || m.Kind == news.ActorDemonym || m.Kind == news.ActorCapital {
			if _, ok := f.lex.Country(m.Code); ok {
				f.statesOf[m.Code] = true
			}
		}
		f.mentions = append(f.mentions, m)
	}
}

// ministryCountry finds the state that owns a ministry: "the Russian
// Foreign Ministry", "Russia's Foreign Ministry", "the Foreign Ministry of
// Russia", "МИД России", "la Cancillería venezolana".
func (f *finder) ministryCountry(it *item) string {
	if it.e.Code != "" {
		return it.e.Code
	}
	if it.skip != "" {
		return it.skip
	}
	if p := f.itemEnding(it.i); p != nil && p.isStateLike() && f.sameSent(p.i, it.i) {
		return p.e.Code
	}
	if it.i >= 2 && f.possessive(it.i-2) {
		if p := f.itemEnding(it.i - 2); p != nil && p.is(lexicon.KindState) && f.sameSent(p.i, it.i) {
			return p.e.Code
		}
	}
	k := it.j
	if n := f.itemStarting(k); n != nil && f.sameSent(k, it.i) {
		switch {
		case n.is(lexicon.KindDemonym), n.is(lexicon.KindState) && !f.possessive(n.j):
			return n.e.Code
		case n.is(lexicon.KindOf):
			k = n.j
			if d := f.itemStarting(k); d != nil && d.is(lexicon.KindDet) {
				k = d.j
			}
			if s := f.itemStarting(k); s != nil && s.is(lexicon.KindState, lexicon.KindDemonym) {
				return s.e.Code
			}
		}
	}
	return ""
}

// org returns the local id of an organization entity, creating it.
func (f *finder) org(code, name, country, surface string) string {
	key := code + "\x00" + name
	if x, ok := f.orgs[key]; ok {
		e := &f.entities[x]
		for _, a := range e.Aliases {
			if a == surface {
				return e.ID
			}
		}
		e.Aliases = append(e.Aliases, surface)
		return e.ID
	}
	if country != "" {
		f.statesOf[country] = true
	}
	id := "o" + strconv.Itoa(len(f.orgs)+1)
	f.orgs[key] = len(f.entities)
	f.entities = append(f.entities, news.Entity{ID: id, Kind: news.KindOrganization, Name: name,
		Aliases: []string{surface}, Country: country, Roles: []string{}, Code: code})
	return id
}

// soleOrg returns the one organization entity whose name starts with a
// ministry's name, and its code.
func (f *finder) soleOrg(name string) (string, string) {
	id, code, n := "", "", 0
	prefix := name + " of "
	for _, e := range f.entities {
		if e.Kind == news.KindOrganization && len(e.Name) > len(prefix) && e.Name[:len(prefix)] == prefix {
			id, code = e.ID, e.Code
			n++
		}
	}
	if n != 1 {
		return "", ""
	}
	return id, code
}

// countries lists the states the article speaks of.
func (f *finder) countries() []string {
	out := make([]string, 0, len(f.statesOf))
	for c := range f.statesOf {
		if _, ok := f.lex.Country(c); ok {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// subjectBefore returns the state that opens sentence s-1 as its subject
// ("Belarus called …", "The Kremlin's …" aside: a state, its adjective or
// its capital as the sentence's first or second word), or "".
func (f *finder) subjectBefore(s int) string {
	if s <= 0 || s >= len(f.first) {
		return ""
	}
	lo, hi := f.first[s-1], f.last[s-1]
	for k := lo; k < hi && k <= lo+1; k++ {
		if it := f.itemStarting(k); it != nil && it.isStateLike() {
			if _, ok := f.lex.Country(it.e.Code); ok {
				return it.e.Code
			}
		}
	}
	return ""
}

// orgSeats are the capitals that stand for an organization seated there
// more often than for their state, when the story names the organization
// and not the state: Brussels for the European Union.
var orgSeats = map[string]string{"Brussels": "EU"}

// names reports whether the article names the organization with code c.
func (f *finder) names(c string) bool {
	for x := range f.items {
		if it := &f.items[x]; it.is(lexicon.KindOrg) && it.e.Code == c {
			return true
		}
	}
	return false
}

// namesState reports whether the article names the state c by name or
// adjective (its capital aside).
func (f *finder) namesState(c string) bool {
	for x := range f.items {
		if it := &f.items[x]; it.is(lexicon.KindState, lexicon.KindDemonym) && it.e.Code == c {
			return true
		}
	}
	return false
}
