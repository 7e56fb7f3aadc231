package link

import (
	"fmt"
	"slices"
	"time"

	"chancery/internal/news"
)

// fakeTx is an in-memory news.Tx: maps for tables, maps of sets for
// indexes. It copies values in and out, as a database would, so that the
// linker cannot rely on sharing pointers with the store.
type fakeTx struct {
	articles    map[string]*news.Article
	entities    map[string]*news.Entity
	entityKeys  map[string]map[string]bool // key → ids
	entityIdx   map[string][]string        // id → keys
	redirect    map[string]string
	bands       map[uint64]map[string]bool
	sigs        map[string][]uint32
	shared      map[string]map[string]bool
	events      map[string]*news.Event
	eventKeys   map[string]map[string]bool
	eventIdx    map[string][]string
	corrections []news.Correction
	next        int
	probes      int // index probes, to check the cost per article
}

var _ news.Tx = (*fakeTx)(nil)

func newFake() *fakeTx {
	return &fakeTx{
		articles:   map[string]*news.Article{},
		entities:   map[string]*news.Entity{},
		entityKeys: map[string]map[string]bool{},
		entityIdx:  map[string][]string{},
		redirect:   map[string]string{},
		bands:      map[uint64]map[string]bool{},
		sigs:       map[string][]uint32{},
		shared:     map[string]map[string]bool{},
		events:     map[string]*news.Event{},
		eventKeys:  map[string]map[string]bool{},
		eventIdx:   map[string][]string{},
	}
}

func cloneEntity(e *news.Entity) *news.Entity {
	c := *e
	c.Aliases = slices.Clone(e.Aliases)
	c.Roles = slices.Clone(e.Roles)
	return &c
}

func cloneEvent(e *news.Event) *news.Event {
	c := *e
	c.Source, c.Target, c.Persons = slices.Clone(e.Source), slices.Clone(e.Target), slices.Clone(e.Persons)
	c.Mentions = slices.Clone(e.Mentions)
	return &c
}

func (f *fakeTx) ArticleIDByHash(hash string) (string, error) {
	for id, a := range f.articles {
		if a.Hash == hash {
			return id, nil
		}
	}
	return "", nil
}

func (f *fakeTx) PutArticle(a *news.Article) error { f.articles[a.ID] = a; return nil }

func reindex(idx map[string]map[string]bool, rev map[string][]string, id string, keys []string) {
	for _, k := range rev[id] {
		delete(idx[k], id)
	}
	rev[id] = slices.Clone(keys)
	for _, k := range keys {
		if idx[k] == nil {
			idx[k] = map[string]bool{}
		}
		idx[k][id] = true
	}
}

func sortedIDs(idx map[string]map[string]bool, keys []string) []string {
	var ids []string
	for _, k := range keys {
		for id := range idx[k] {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

func (f *fakeTx) EntitiesByKeys(keys []string) ([]*news.Entity, error) {
	f.probes++
	var out []*news.Entity
	for _, id := range sortedIDs(f.entityKeys, keys) {
		out = append(out, cloneEntity(f.entities[id]))
	}
	return out, nil
}

func (f *fakeTx) PutEntity(e *news.Entity, keys []string) error {
	if e.ID == "" {
		return fmt.Errorf("entity without id")
	}
	f.entities[e.ID] = cloneEntity(e)
	reindex(f.entityKeys, f.entityIdx, e.ID, keys)
	return nil
}

func (f *fakeTx) NewID(prefix string) (string, error) {
	f.next++
	return fmt.Sprintf("%s%d", prefix, f.next), nil
}

func (f *fakeTx) ArticlesByBands(bands []uint64, limit int) ([]string, error) {
	f.probes++
	var ids []string
	for _, b := range bands {
		for id := range f.bands[b] {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if limit > 0 && len(ids) > limit {
		ids = ids[:limit]
	}
	return ids, nil
}

func (f *fakeTx) PutBands(id string, bands []uint64, sig []uint32) error {
	for _, b := range bands {
		if f.bands[b] == nil {
			f.bands[b] = map[string]bool{}
		}
		f.bands[b][id] = true
	}
	f.sigs[id] = slices.Clone(sig)
	return nil
}

func (f *fakeTx) Signature(id string) ([]uint32, error) { f.probes++; return f.sigs[id], nil }

func (f *fakeTx) LinkShared(a, b string, duplicate bool) error {
	for _, p := range [][2]string{{a, b}, {b, a}} {
		if f.shared[p[0]] == nil {
			f.shared[p[0]] = map[string]bool{}
		}
		f.shared[p[0]][p[1]] = true
	}
	return nil
}

func (f *fakeTx) SharedWith(id string) ([]string, error) {
	f.probes++
	var out []string
	for o := range f.shared[id] {
		out = append(out, o)
	}
	slices.Sort(out)
	return out, nil
}

func (f *fakeTx) EventsByKeys(keys []string) ([]*news.Event, error) {
	f.probes++
	var out []*news.Event
	for _, id := range sortedIDs(f.eventKeys, keys) {
		out = append(out, cloneEvent(f.events[id]))
	}
	return out, nil
}

func (f *fakeTx) PutEvent(e *news.Event, keys []string) error {
	if e.ID == "" {
		return fmt.Errorf("event without id")
	}
	f.events[e.ID] = cloneEvent(e)
	reindex(f.eventKeys, f.eventIdx, e.ID, keys)
	return nil
}

func (f *fakeTx) DeleteEvent(id string) error {
	delete(f.events, id)
	reindex(f.eventKeys, f.eventIdx, id, nil)
	return nil
}

func (f *fakeTx) Entity(id string) (*news.Entity, error) {
	for f.redirect[id] != "" {
		id = f.redirect[id]
	}
	if e := f.entities[id]; e != nil {
		return cloneEntity(e), nil
	}
	return nil, nil
}

func (f *fakeTx) ReplaceEntity(from, to string) error {
	delete(f.entities, from)
	reindex(f.entityKeys, f.entityIdx, from, nil)
	f.redirect[from] = to
	return nil
}

func (f *fakeTx) PutCorrection(c news.Correction) error {
	f.corrections = append(f.corrections, c)
	return nil
}

func (f *fakeTx) Corrections(id string) ([]news.Correction, error) {
	var out []news.Correction
	for _, c := range f.corrections {
		if c.Entity == id || c.Other == id {
			out = append(out, c)
		}
	}
	return out, nil
}

func (f *fakeTx) Now() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }
