package event

// The persons taking part in an event: those of its parties named in its
// sentence, a counterpart, else the nearest person of a party.

import (
	"chancery/internal/news"
)

// personWindow is how many sentences after an event (and one before) a
// person of one of its parties may be named and still be its actor: "Poland
// expelled two diplomats. … Ministry spokesman X said …".
const personWindow = 3

// nearbyPersons gives a party of an event that names no person of its own
// the nearest person of that state named within the window: the
// spokesman or minister who announced or carried it out. The source of a
// one-sided event, every party of a symmetric one.
func (x *article) nearbyPersons(f *found) {
	parties := f.source
	if news.Symmetric(f.typ) {
		parties = append(append([]string(nil), f.source...), f.target...)
	}
	for _, code := range parties {
		if code == "" || x.personOf(f.persons, code) {
			continue
		}
		best, bestDist := "", 1<<30
		for d := -1; d <= personWindow; d++ {
			st := x.sentByIndex(f.st.i + d)
			if st == nil || st.skip {
				continue
			}
			ids := map[string]bool{}
			for _, sd := range st.sides {
				if sd.m.Kind == news.ActorPerson && sd.m.Entity != "" && sd.m.Code == code {
					ids[sd.m.Entity] = true
				}
			}
			dist := d
			if d < 0 {
				dist = 2 * -d // the sentence before counts as two after
			}
			if len(ids) == 1 && dist < bestDist {
				for id := range ids {
					best, bestDist = id, dist
				}
			}
		}
		if best != "" {
			f.persons = addUnique(f.persons, best)
		}
	}
}

// personOf reports whether one of the persons serves the state code.
func (x *article) personOf(persons []string, code string) bool {
	for _, id := range persons {
		if e := x.entities[id]; e != nil && e.Country == code {
			return true
		}
	}
	return false
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
			return "" // named: "his Cuban counterpart, Hugo Marchesi"
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
