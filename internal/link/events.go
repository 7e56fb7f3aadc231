package link

import (
	"fmt"
	"slices"
	"sort"

	"chancery/internal/cluster"
	"chancery/internal/news"
)

// events merges the article's event mentions into stored events.
//
// A dated mention probes the events filed under its type, sides and month
// (cluster.ProbeKeys) and joins the best one cluster.SameEvent accepts
// (cluster.Score), unless the best two are equally good events on
// different days, when it cannot tell which and starts its own.
//
// An undated mention ("the ministers also discussed …") joins, first, an
// event this article already reported (the one dated nearest to its
// publication); else the one stored event of its type and sides dated in
// the week before publication; else it starts an undated event, which
// nothing joins later by date.
func events(tx news.Tx, a *news.Article) error {
	an := a.Analysis
	outlet := cluster.Outlet(a)
	touched := map[string]*news.Event{} // events this article joined or started
	var order []string
	var sharedWith map[string]bool // loaded on first need
	for i := range an.Events {
		e := an.Events[i]
		e.ID = ""
		e.Mentions = slices.Clone(e.Mentions)
		if len(e.Mentions) == 0 {
			e.Mentions = []news.Mention{{}}
		}
		for j := range e.Mentions {
			m := &e.Mentions[j]
			m.Article, m.Lang, m.Outlet = a.ID, a.Lang, outlet
			if m.Date == "" {
				m.Date = e.Date
			}
			if m.Place == "" {
				m.Place = e.Place
			}
		}
		var pick *news.Event
		var err error
		if e.Date != "" {
			pick, err = dated(tx, &e)
		} else {
			pick, err = undated(tx, &e, a.Published, touched, order)
		}
		if err != nil {
			return err
		}
		if pick == nil {
			id, err := tx.NewID("v")
			if err != nil {
				return fmt.Errorf("new event id: %w", err)
			}
			e.ID = id
			e.Independent = false
			cluster.Count(&e)
			pick = &e
		} else {
			before := articlesOf(pick)
			cluster.MergeEvent(pick, &e)
			if !pick.Independent {
				if sharedWith == nil {
					ids, err := tx.SharedWith(a.ID)
					if err != nil {
						return fmt.Errorf("shared with: %w", err)
					}
					sharedWith = map[string]bool{}
					for _, id := range append(ids, a.SharesTextWith...) {
						sharedWith[id] = true
					}
				}
				// The earlier reports all share text with each other (else
				// the event would be independent already); the event
				// becomes independent when this article shares no text
				// with one of them.
				for _, id := range before {
					if id != a.ID && !sharedWith[id] {
						pick.Independent = true
						break
					}
				}
			}
		}
		// PutEvent replaces the keys: a refined date files the event
		// under its new month.
		// An undated event is also filed under its report's publication
		// day, so that an undated report of it in another article finds it.
		keys := cluster.EventKeys(pick)
		if pick.Date == "" {
			keys = append(keys, cluster.PubKeys(pick, a.Published, 0, false)...)
		}
		if err := tx.PutEvent(pick, keys); err != nil {
			return fmt.Errorf("put event %s: %w", pick.ID, err)
		}
		if _, ok := touched[pick.ID]; !ok {
			order = append(order, pick.ID)
		}
		touched[pick.ID] = pick
		an.Events[i].ID = pick.ID
	}
	return nil
}

func articlesOf(ev *news.Event) []string {
	var out []string
	for _, m := range ev.Mentions {
		if !slices.Contains(out, m.Article) {
			out = append(out, m.Article)
		}
	}
	return out
}

// dated finds the stored event a dated mention reports, or nil.
func dated(tx news.Tx, e *news.Event) (*news.Event, error) {
	found, err := tx.EventsByKeys(cluster.ProbeKeys(e))
	if err != nil {
		return nil, fmt.Errorf("probe events: %w", err)
	}
	type cand struct {
		ev    *news.Event
		score float64
	}
	var cs []cand
	seen := map[string]bool{}
	for _, c := range found {
		// Two dated events the extractor kept apart in one article are
		// two events: a report does not repeat itself by mistake.
		if c == nil || seen[c.ID] || !cluster.SameEvent(c, e) || reports(c, e.Mentions[0].Article) {
			continue
		}
		seen[c.ID] = true
		cs = append(cs, cand{c, cluster.Score(c, e)})
	}
	if len(cs) == 0 {
		return undatedEarlier(tx, e)
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].ev.ID < cs[j].ev.ID
	})
	if len(cs) > 1 && cs[0].score == cs[1].score && cluster.OneSided(e) {
		return nil, nil // a one-sided report of one of two events that day
	}
	if len(cs) > 1 && cs[0].score == cs[1].score && cs[0].ev.Date != cs[1].ev.Date {
		if _, ok := cluster.Days(cs[0].ev.Date, cs[1].ev.Date); ok {
			return nil, nil // two meetings that month; a coarse date cannot choose
		}
	}
	return cs[0].ev, nil
}

// undated finds the event an undated mention belongs to, or nil.
func undated(tx news.Tx, e *news.Event, published string, touched map[string]*news.Event, order []string) (*news.Event, error) {
	var best *news.Event
	bestDist := 1 << 30
	for _, id := range order {
		c := touched[id]
		if !cluster.SameEvent(c, e) {
			continue
		}
		dist := 1 << 20 // undated events rank after dated ones
		if d, ok := cluster.Days(published, c.Date); ok {
			dist = max(d, -d)
		}
		if best == nil || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	if best != nil {
		return best, nil
	}
	keys := cluster.WindowKeys(e, published, undatedWindow)
	if len(keys) == 0 {
		return nil, nil
	}
	found, err := tx.EventsByKeys(keys)
	if err != nil {
		return nil, fmt.Errorf("probe events: %w", err)
	}
	var match *news.Event
	for _, c := range found {
		if c == nil || (match != nil && c.ID == match.ID) || !cluster.SameEvent(c, e) {
			continue
		}
		d, ok := cluster.Days(published, c.Date)
		if !ok || d < -1 || d > undatedWindow {
			continue
		}
		if match != nil {
			return nil, nil // two candidates: no evidence to choose
		}
		match = c
	}
	if match != nil {
		return match, nil
	}
	return undatedPeer(tx, e, published)
}

// undatedPeer finds the one undated event of another article published in
// the window before (or the day after) this one that an undated mention
// reports: same type, mode and sides (SameEvent), at least one person in
// common, and no second such candidate.
func undatedPeer(tx news.Tx, e *news.Event, published string) (*news.Event, error) {
	if len(e.Persons) == 0 {
		return nil, nil
	}
	return soleUndated(tx, cluster.PubKeys(e, published, undatedWindow, true), e, true)
}

// soleUndated returns the one undated event filed under keys that reports
// what e reports (from another article; sharing a person when person is
// set), or nil when there is none or more than one.
func soleUndated(tx news.Tx, keys []string, e *news.Event, person bool) (*news.Event, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	found, err := tx.EventsByKeys(keys)
	if err != nil {
		return nil, fmt.Errorf("probe events: %w", err)
	}
	var match *news.Event
	for _, c := range found {
		if c == nil || c.Date != "" || (match != nil && c.ID == match.ID) || reports(c, e.Mentions[0].Article) ||
			!cluster.SameEvent(c, e) || person && !cluster.SharePerson(c, e) {
			continue
		}
		if match != nil {
			return nil, nil // two candidates: no evidence to choose
		}
		match = c
	}
	return match, nil
}

// reports reports whether an article is among an event's mentions.
func reports(ev *news.Event, article string) bool {
	for _, m := range ev.Mentions {
		if m.Article == article {
			return true
		}
	}
	return false
}

// undatedEarlier finds the one undated event, reported by an article
// published from the day before to a week after a dated mention's day,
// that the dated mention reports: the same rule that joins an undated
// report to the one dated event of the week before it, for the other
// order of ingest.
func undatedEarlier(tx news.Tx, e *news.Event) (*news.Event, error) {
	return soleUndated(tx, cluster.PubDayKeys(e, e.Date, -1, undatedWindow), e, false)
}
