package web

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"chancery/internal/news"
)

// fakeStore is an in-memory news.Store for the handler tests. Filters follow
// the documented semantics closely enough for the pages; the real store is
// tested by internal/storetest.
type fakeStore struct {
	mu          sync.Mutex
	articles    []*news.Article
	entities    map[string]*news.Entity
	events      []*news.Event
	corrections []news.Correction
	nextID      int
	failWith    error         // when set, every read fails with it
	hits        []news.Hit    // when set, Search returns these
	stall       chan struct{} // when set, Stats waits for it to close
}

var _ news.Store = (*fakeStore)(nil)

func (f *fakeStore) Update(ctx context.Context, fn func(news.Tx) error) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	// Copy-on-write: a failing fn leaves the store unchanged.
	saved := map[string]*news.Entity{}
	for k, v := range f.entities {
		c := *v
		c.Aliases = slices.Clone(v.Aliases)
		c.Roles = slices.Clone(v.Roles)
		saved[k] = &c
	}
	tx := &fakeTx{f: f, ents: saved}
	if err := fn(tx); err != nil {
		return err
	}
	f.entities = saved
	f.corrections = append(f.corrections, tx.corr...)
	for from, to := range tx.replaced {
		for _, e := range f.events {
			for i, p := range e.Persons {
				if p == from {
					e.Persons[i] = to
				}
			}
		}
	}
	return nil
}

func (f *fakeStore) Article(ctx context.Context, id string) (*news.Article, error) {
	if f.failWith != nil {
		return nil, f.failWith
	}
	for _, a := range f.articles {
		if a.ID == id {
			return a, nil
		}
	}
	return nil, news.Errorf(news.ENotFound, "no article %s", id)
}

func pageOf[T any](all []T, off, lim int) ([]T, int) {
	if lim <= 0 {
		lim = 50
	}
	n := len(all)
	if off >= n {
		return nil, n
	}
	return all[off:min(n, off+lim)], n
}

func (f *fakeStore) Articles(ctx context.Context, fl news.ArticleFilter) ([]*news.Article, int, error) {
	if f.failWith != nil {
		return nil, 0, f.failWith
	}
	var out []*news.Article
	for _, a := range f.articles {
		if fl.Lang != "" && a.Lang != fl.Lang {
			continue
		}
		if fl.Country != "" && (a.Analysis == nil || !slices.Contains(a.Analysis.Countries, fl.Country)) {
			continue
		}
		if fl.Entity != "" {
			found := false
			if a.Analysis != nil {
				for _, e := range a.Analysis.Entities {
					found = found || e.ID == fl.Entity
				}
			}
			if !found {
				continue
			}
		}
		if fl.Query != "" && !strings.Contains(strings.ToLower(a.Title+" "+a.Body), strings.ToLower(fl.Query)) {
			continue
		}
		if fl.From != "" && a.Published < fl.From || fl.To != "" && a.Published > fl.To {
			continue
		}
		out = append(out, a)
	}
	p, n := pageOf(out, fl.Offset, fl.Limit)
	return p, n, nil
}

func (f *fakeStore) Entity(ctx context.Context, id string) (*news.Entity, error) {
	if f.failWith != nil {
		return nil, f.failWith
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if e, ok := f.entities[id]; ok {
		return e, nil
	}
	return nil, news.Errorf(news.ENotFound, "no entity %s", id)
}

func (f *fakeStore) Entities(ctx context.Context, fl news.EntityFilter) ([]*news.Entity, int, error) {
	if f.failWith != nil {
		return nil, 0, f.failWith
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*news.Entity
	for _, e := range f.entities {
		if fl.Kind != "" && e.Kind != fl.Kind || fl.Country != "" && e.Country != fl.Country {
			continue
		}
		if fl.Query != "" {
			ok := false
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				ok = ok || strings.HasPrefix(strings.ToLower(n), strings.ToLower(fl.Query))
			}
			if !ok {
				continue
			}
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *news.Entity) int { return strings.Compare(a.ID, b.ID) })
	p, n := pageOf(out, fl.Offset, fl.Limit)
	return p, n, nil
}

func (f *fakeStore) Event(ctx context.Context, id string) (*news.Event, error) {
	if f.failWith != nil {
		return nil, f.failWith
	}
	for _, e := range f.events {
		if e.ID == id {
			return e, nil
		}
	}
	return nil, news.Errorf(news.ENotFound, "no event %s", id)
}

func (f *fakeStore) Events(ctx context.Context, fl news.EventFilter) ([]*news.Event, int, error) {
	if f.failWith != nil {
		return nil, 0, f.failWith
	}
	var out []*news.Event
	for _, e := range f.events {
		sides := append(slices.Clone(e.Source), e.Target...)
		switch {
		case fl.Type != "" && e.Type != fl.Type,
			fl.Country != "" && !slices.Contains(sides, fl.Country),
			len(fl.Dyad) == 2 && !(slices.Contains(sides, fl.Dyad[0]) && slices.Contains(sides, fl.Dyad[1])),
			fl.Person != "" && !slices.Contains(e.Persons, fl.Person),
			fl.Mode != nil && e.Mode != *fl.Mode,
			fl.From != "" && e.Date < fl.From,
			fl.To != "" && e.Date > fl.To:
			continue
		}
		if fl.Article != "" || fl.Lang != "" {
			ok := false
			for _, m := range e.Mentions {
				ok = ok || (fl.Article == "" || m.Article == fl.Article) && (fl.Lang == "" || m.Lang == fl.Lang)
			}
			if !ok {
				continue
			}
		}
		out = append(out, e)
	}
	p, n := pageOf(out, fl.Offset, fl.Limit)
	return p, n, nil
}

func (f *fakeStore) Search(ctx context.Context, q string, limit int) ([]news.Hit, error) {
	if f.failWith != nil {
		return nil, f.failWith
	}
	if f.hits != nil {
		return f.hits[:min(len(f.hits), limit)], nil
	}
	q = strings.ToLower(q)
	var hits []news.Hit
	for _, a := range f.articles {
		if strings.Contains(strings.ToLower(a.Title+" "+a.Body), q) {
			hits = append(hits, news.Hit{Kind: "article", ID: a.ID, Title: a.Title, Snippet: shorten(80, a.Body), Lang: a.Lang})
		}
	}
	for _, e := range f.events {
		for _, m := range e.Mentions {
			if strings.Contains(strings.ToLower(m.Text), q) {
				hits = append(hits, news.Hit{Kind: "event", ID: e.ID, Title: e.Type, Snippet: m.Text, Lang: m.Lang})
				break
			}
		}
	}
	for _, e := range f.entities {
		if strings.Contains(strings.ToLower(e.Name+" "+strings.Join(e.Aliases, " ")), q) {
			hits = append(hits, news.Hit{Kind: "entity", ID: e.ID, Title: e.Name})
		}
	}
	return hits[:min(len(hits), limit)], nil
}

func (f *fakeStore) Stats(ctx context.Context) (news.Stats, error) {
	if f.stall != nil {
		<-f.stall
	}
	if f.failWith != nil {
		return news.Stats{}, f.failWith
	}
	st := news.Stats{Articles: len(f.articles), Entities: len(f.entities), Events: len(f.events),
		Languages: map[string]int{}, Outlets: map[string]int{}}
	for _, a := range f.articles {
		st.Languages[a.Lang]++
		st.Outlets[a.Outlet]++
		if a.Analysis != nil {
			st.Quotes += len(a.Analysis.Quotes)
		}
	}
	for _, e := range f.events {
		st.Mentions += len(e.Mentions)
	}
	return st, nil
}

func (f *fakeStore) EachArticle(ctx context.Context, fn func(*news.Article) error) error {
	for _, a := range f.articles {
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

func (f *fakeStore) EachEntity(ctx context.Context, fn func(*news.Entity) error) error {
	es, _, _ := f.Entities(ctx, news.EntityFilter{Limit: 1 << 20})
	for _, e := range es {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

func (f *fakeStore) EachEvent(ctx context.Context, fn func(*news.Event) error) error {
	for _, e := range f.events {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

func (f *fakeStore) Close() error { return nil }

// fakeTx implements the part of news.Tx the write endpoints use.
type fakeTx struct {
	f        *fakeStore
	ents     map[string]*news.Entity
	corr     []news.Correction
	replaced map[string]string
}

func (t *fakeTx) ArticleIDByHash(string) (string, error)           { return "", nil }
func (t *fakeTx) PutArticle(*news.Article) error                   { return nil }
func (t *fakeTx) EntitiesByKeys([]string) ([]*news.Entity, error)  { return nil, nil }
func (t *fakeTx) ArticlesByBands([]uint64, int) ([]string, error)  { return nil, nil }
func (t *fakeTx) PutBands(string, []uint64, []uint32) error        { return nil }
func (t *fakeTx) Signature(string) ([]uint32, error)               { return nil, nil }
func (t *fakeTx) LinkShared(a, b string, dup bool) error           { return nil }
func (t *fakeTx) SharedWith(string) ([]string, error)              { return nil, nil }
func (t *fakeTx) EventsByKeys([]string) ([]*news.Event, error)     { return nil, nil }
func (t *fakeTx) PutEvent(*news.Event, []string) error             { return nil }
func (t *fakeTx) DeleteEvent(string) error                         { return nil }
func (t *fakeTx) Corrections(id string) ([]news.Correction, error) { return nil, nil }
func (t *fakeTx) Now() time.Time                                   { return time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC) }
func (t *fakeTx) PutCorrection(c news.Correction) error            { t.corr = append(t.corr, c); return nil }
func (t *fakeTx) PutEntity(e *news.Entity, keys []string) error    { t.ents[e.ID] = e; return nil }
func (t *fakeTx) Entity(id string) (*news.Entity, error)           { return t.ents[id], nil }

func (t *fakeTx) NewID(prefix string) (string, error) {
	t.f.nextID++
	return fmt.Sprintf("%s%d", prefix, 100+t.f.nextID), nil
}

func (t *fakeTx) ReplaceEntity(from, to string) error {
	if t.replaced == nil {
		t.replaced = map[string]string{}
	}
	t.replaced[from] = to
	delete(t.ents, from)
	return nil
}

// EventCounts and Partners aggregate over what Events selects, as the
// real store does with grouped queries.
func (f *fakeStore) EventCounts(ctx context.Context, fl news.EventFilter) ([]news.EventCount, error) {
	fl.Offset, fl.Limit = 0, 1<<30
	evs, _, err := f.Events(ctx, fl)
	if err != nil {
		return nil, err
	}
	by := map[[2]string]int{}
	for _, e := range evs {
		m := ""
		if len(e.Date) >= 7 {
			m = e.Date[:7]
		}
		by[[2]string{m, e.Type}]++
	}
	out := []news.EventCount{}
	for k, n := range by {
		out = append(out, news.EventCount{Month: k[0], Type: k[1], Events: n})
	}
	slices.SortFunc(out, func(a, b news.EventCount) int {
		return strings.Compare(a.Month+a.Type, b.Month+b.Type)
	})
	return out, nil
}

func (f *fakeStore) Partners(ctx context.Context, code string) ([]news.PartnerCount, error) {
	evs, _, err := f.Events(ctx, news.EventFilter{Country: code, Limit: 1 << 30})
	if err != nil {
		return nil, err
	}
	by := map[[2]string]int{}
	for _, e := range evs {
		seen := map[string]bool{code: true}
		for _, c := range append(slices.Clone(e.Source), e.Target...) {
			if !seen[c] && c != "" {
				seen[c] = true
				by[[2]string{c, e.Type}]++
			}
		}
	}
	out := []news.PartnerCount{}
	for k, n := range by {
		out = append(out, news.PartnerCount{Code: k[0], Type: k[1], Events: n})
	}
	return out, nil
}

// QuotesBy reads the quotes from the articles, newest first, as the real
// store does from its quote index.
func (f *fakeStore) QuotesBy(ctx context.Context, speaker string, limit int) ([]news.SpeakerQuote, error) {
	arts, _, err := f.Articles(ctx, news.ArticleFilter{Limit: 1 << 30})
	if err != nil {
		return nil, err
	}
	out := []news.SpeakerQuote{}
	for _, a := range arts {
		if a.Analysis == nil {
			continue
		}
		for _, q := range a.Analysis.Quotes {
			if q.Speaker == speaker && len(out) < limit {
				out = append(out, news.SpeakerQuote{Quote: q, Article: &news.Article{ID: a.ID, Title: a.Title,
					Outlet: a.Outlet, Lang: a.Lang, Published: a.Published}})
			}
		}
	}
	return out, nil
}
