package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"chancery/internal/news"
)

// DefaultLimit is the page size when a filter's Limit is 0.
const DefaultLimit = 50

// MaxLimit caps a page so one request cannot read the whole database.
const MaxLimit = 1000

func page(offset, limit int) (int, int) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	if limit > MaxLimit {
		limit = MaxLimit
	}
	if offset < 0 {
		offset = 0
	}
	return offset, limit
}

func notFound(kind, id string) error {
	return &news.Error{Code: news.ENotFound, Op: kind, Message: "no " + kind + " " + id}
}

// where accumulates the conditions and arguments of a filtered query.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// resolve follows entity merge redirects on the read pool.
func (s *Store) resolve(ctx context.Context, id string) (string, error) {
	for range maxRedirects {
		var to string
		err := s.rdb.QueryRowContext(ctx, `SELECT "to" FROM entity_redirects WHERE "from" = ?`, id).Scan(&to)
		if errors.Is(err, sql.ErrNoRows) {
			return id, nil
		}
		if err != nil {
			return "", err
		}
		id = to
	}
	return id, nil
}

// Article returns one article with its analysis and shared-text links.
func (s *Store) Article(ctx context.Context, id string) (*news.Article, error) {
	a, err := scanArticle(s.rdb.QueryRowContext(ctx, `SELECT `+articleCols+` FROM articles a WHERE a.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("article", id)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	return a, nil
}

// Articles returns a page of articles, newest published first, and the
// number of articles the filter selects.
func (s *Store) Articles(ctx context.Context, f news.ArticleFilter) ([]*news.Article, int, error) {
	var w where
	if f.Lang != "" {
		w.add("a.lang = ?", f.Lang)
	}
	if f.Country != "" {
		w.add("a.n IN (SELECT article_n FROM article_countries WHERE code = ?)", f.Country)
	}
	if f.Entity != "" {
		id, err := s.resolve(ctx, f.Entity)
		if err != nil {
			return nil, 0, fmt.Errorf("articles: %w", err)
		}
		w.add("a.n IN (SELECT article_n FROM article_entities WHERE entity = ?)", id)
	}
	if q := FTSQuery(f.Query, false); q != "" {
		w.add("a.n IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", q)
	}
	if f.From != "" {
		w.add("a.published >= ?", f.From)
	}
	if f.To != "" {
		w.add("a.published <> '' AND a.published <= ?", f.To+"~") // "~" sorts after digits: To "2023-11" keeps "2023-11-30"
	}
	var total int
	if err := s.rdb.QueryRowContext(ctx, `SELECT count(*) FROM articles a`+w.String(), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("articles: count: %w", err)
	}
	off, lim := page(f.Offset, f.Limit)
	rows, err := s.rdb.QueryContext(ctx, `SELECT `+articleCols+` FROM articles a`+w.String()+
		` ORDER BY a.published DESC, a.n DESC LIMIT ? OFFSET ?`, append(w.args, lim, off)...)
	if err != nil {
		return nil, 0, fmt.Errorf("articles: %w", err)
	}
	out, err := collect(rows, scanArticle)
	if err != nil {
		return nil, 0, fmt.Errorf("articles: %w", err)
	}
	return out, total, nil
}

func collect[T any](rows *sql.Rows, scan func(rowScanner) (T, error)) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// Entity returns an entity, following merge redirects: the entity returned
// may have another id than the one asked for.
func (s *Store) Entity(ctx context.Context, id string) (*news.Entity, error) {
	rid, err := s.resolve(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	e, err := scanEntity(s.rdb.QueryRowContext(ctx, `SELECT `+entityCols+` FROM entities e WHERE e.id = ?`, rid))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("entity", id)
	}
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	return e, nil
}

// Entities returns a page of entities ordered by name, and the total.
func (s *Store) Entities(ctx context.Context, f news.EntityFilter) ([]*news.Entity, int, error) {
	var w where
	if f.Kind != "" {
		w.add("e.kind = ?", f.Kind)
	}
	if f.Country != "" {
		w.add("e.country = ?", f.Country)
	}
	if q := FTSQuery(f.Query, true); q != "" {
		w.add("e.n IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?)", q)
	}
	var total int
	if err := s.rdb.QueryRowContext(ctx, `SELECT count(*) FROM entities e`+w.String(), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("entities: count: %w", err)
	}
	off, lim := page(f.Offset, f.Limit)
	rows, err := s.rdb.QueryContext(ctx, `SELECT `+entityCols+` FROM entities e`+w.String()+
		` ORDER BY e.sort_name, e.n LIMIT ? OFFSET ?`, append(w.args, lim, off)...)
	if err != nil {
		return nil, 0, fmt.Errorf("entities: %w", err)
	}
	out, err := collect(rows, scanEntity)
	if err != nil {
		return nil, 0, fmt.Errorf("entities: %w", err)
	}
	return out, total, nil
}

// Event returns one event with all its mentions.
func (s *Store) Event(ctx context.Context, id string) (*news.Event, error) {
	e, err := scanEvent(s.rdb.QueryRowContext(ctx, `SELECT `+eventCols+` FROM events v WHERE v.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("event", id)
	}
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", id, err)
	}
	return e, nil
}

// Events returns a page of events, latest date first (undated last), and
// the total. Every filter is an index probe: country and dyad go through
// event_actors and event_dyads, person through event_persons, article and
// language through mentions.
//
// A filter that selects a large share of the events (a big country, a
// common type) would cost one probe per selected event twice over: to count
// and to sort them. So the total is counted on the index tables alone when
// no column of events is filtered, and the page is found by walking the
// date (or type) index and probing each event's membership, which stops
// after the page; a selective filter keeps the list-then-sort plan.
func (s *Store) Events(ctx context.Context, f news.EventFilter) ([]*news.Event, int, error) {
	w, err := s.eventWhere(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	var total int
	if err := s.rdb.QueryRowContext(ctx, w.countSQL(), w.allArgs()...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("events: count: %w", err)
	}
	off, lim := page(f.Offset, f.Limit)
	if total == 0 || off >= total {
		return []*news.Event{}, total, nil
	}
	cols := eventCols
	switch {
	case f.NoMentions:
		cols = eventColsBare
	case f.FirstMention:
		cols = eventColsFirst
	}
	cond := w.inSQL()
	if len(w.subs) > 0 {
		var all int
		if err := s.rdb.QueryRowContext(ctx, `SELECT coalesce(max(n), 0) FROM events`).Scan(&all); err != nil {
			return nil, 0, fmt.Errorf("events: %w", err)
		}
		// Rows walked in date order before the page is full, if the
		// selected events are spread evenly over the dates; listing costs
		// one probe per selected event plus a sort, so walk only when
		// that is clearly more.
		if walk := (off + lim) * all / total; walk <= maxWalk && walk <= 2*total {
			cond = w.existsSQL()
		}
	}
	args := w.allArgs()
	// A dyad, a country or a person alone: their index rows carry the
	// events' dates, so the page's oldest date, read from the index, bounds
	// the list to about one page, which costs less than either plan.
	if len(w.conds) == 0 && len(w.subs) == 1 && dated(w.subs[0].conds[0]) {
		var oldest string
		err := s.rdb.QueryRowContext(ctx, `SELECT date FROM `+w.subs[0].conds[0]+` ORDER BY date DESC LIMIT 1 OFFSET ?`,
			append(slices.Clone(args), off+lim-1)...).Scan(&oldest)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, 0, fmt.Errorf("events: %w", err)
		}
		if err == nil {
			bounded := eventCond{subs: []where{{conds: []string{w.subs[0].conds[0] + " AND date >= ?"},
				args: append(slices.Clone(w.subs[0].args), oldest)}}}
			cond, args = bounded.inSQL(), bounded.allArgs()
		}
	}
	rows, err := s.rdb.QueryContext(ctx, `SELECT `+cols+` FROM events v`+cond+
		` ORDER BY v.date DESC, v.n DESC LIMIT ? OFFSET ?`, append(args, lim, off)...)
	if err != nil {
		return nil, 0, fmt.Errorf("events: %w", err)
	}
	out, err := collect(rows, scanEvent)
	if err != nil {
		return nil, 0, fmt.Errorf("events: %w", err)
	}
	return out, total, nil
}

// dated reports whether an index table's rows carry their event's date,
// with an index on the filter's columns and date.
func dated(from string) bool {
	for _, p := range []string{"event_dyads ", "event_actors ", "event_persons "} {
		if strings.HasPrefix(from, p) {
			return true
		}
	}
	return false
}

// maxWalk bounds the index rows Events walks in date order looking for a
// page; beyond it, listing the selected events and sorting them is cheaper.
// A variable so that tests run the conformance suite on both plans.
var maxWalk = 20000

// eventCond is an event filter split into conditions on the events row
// and memberships in index tables (each "table WHERE key = ?", whose event
// column names the event).
type eventCond struct {
	where
	subs []where
}

func (c *eventCond) sub(from string, args ...any) {
	c.subs = append(c.subs, where{conds: []string{from}, args: args})
}

func (c *eventCond) allArgs() []any {
	args := slices.Clone(c.args)
	for _, s := range c.subs {
		args = append(args, s.args...)
	}
	return args
}

func (c *eventCond) sql(member func(from string) string) string {
	conds := slices.Clone(c.conds)
	for _, s := range c.subs {
		conds = append(conds, member(s.conds[0]))
	}
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

// inSQL lists the members of each index table first.
func (c *eventCond) inSQL() string {
	return c.sql(func(from string) string { return "v.id IN (SELECT event FROM " + from + ")" })
}

// existsSQL probes each row's membership.
func (c *eventCond) existsSQL() string {
	return c.sql(func(from string) string { return "EXISTS (SELECT 1 FROM " + from + " AND event = v.id)" })
}

// countSQL counts the selected events; with memberships alone, on the
// index tables without touching events (every indexed event exists:
// the tables reference events with ON DELETE CASCADE).
func (c *eventCond) countSQL() string {
	if len(c.conds) > 0 || len(c.subs) == 0 {
		return `SELECT count(*) FROM events v` + c.inSQL()
	}
	parts := make([]string, len(c.subs))
	for i, s := range c.subs {
		parts[i] = "SELECT event FROM " + s.conds[0]
	}
	return `SELECT count(*) FROM (` + strings.Join(parts, " INTERSECT ") + `)`
}

// EventCounts counts the events f selects by month and type, in one
// grouped pass over the filter's index range (offset and limit ignored).
func (s *Store) EventCounts(ctx context.Context, f news.EventFilter) ([]news.EventCount, error) {
	w, err := s.eventWhere(ctx, f)
	if err != nil {
		return nil, err
	}
	q := `SELECT substr(v.date, 1, 7), v.type, count(*) FROM events v` + w.inSQL() + ` GROUP BY 1, 2 ORDER BY 1, 2`
	// A dyad or a country alone is counted on its index range, which
	// carries each event's type and date, one row per event.
	if len(w.conds) == 0 && len(w.subs) == 1 {
		if from := w.subs[0].conds[0]; strings.HasPrefix(from, "event_dyads ") || strings.HasPrefix(from, "event_actors ") {
			q = `SELECT substr(date, 1, 7), type, count(*) FROM ` + from + ` GROUP BY 1, 2 ORDER BY 1, 2`
		}
	}
	rows, err := s.rdb.QueryContext(ctx, q, w.allArgs()...)
	if err != nil {
		return nil, fmt.Errorf("event counts: %w", err)
	}
	defer rows.Close()
	out := []news.EventCount{}
	for rows.Next() {
		var c news.EventCount
		if err := rows.Scan(&c.Month, &c.Type, &c.Events); err != nil {
			return nil, fmt.Errorf("event counts: %w", err)
		}
		if len(c.Month) < 7 { // a date known only to the year is not on a month axis
			c.Month = ""
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// QuotesBy returns a speaker's quotes, newest article first (articles of
// one day in id order), read in the order of the speaker's quote index,
// which carries each article's publication date: no sort, and only the
// quotes returned are joined with their articles.
func (s *Store) QuotesBy(ctx context.Context, speaker string, limit int) ([]news.SpeakerQuote, error) {
	_, limit = page(0, limit)
	id, err := s.resolve(ctx, speaker)
	if err != nil {
		return nil, fmt.Errorf("quotes by %s: %w", speaker, err)
	}
	rows, err := s.rdb.QueryContext(ctx, `SELECT q.text, q.start, q."end", q.speaker, q.speaker_code,
			a.id, a.title, a.outlet, a.lang, a.published
		FROM quotes q JOIN articles a ON a.id = q.article WHERE q.speaker = ?
		ORDER BY q.published DESC, q.article DESC, q.start, q.n LIMIT ?`, id, limit)
	if err != nil {
		return nil, fmt.Errorf("quotes by %s: %w", speaker, err)
	}
	defer rows.Close()
	out := []news.SpeakerQuote{}
	for rows.Next() {
		var q news.SpeakerQuote
		a := new(news.Article)
		if err := rows.Scan(&q.Quote.Text, &q.Quote.Start, &q.Quote.End, &q.Quote.Speaker, &q.Quote.SpeakerCode,
			&a.ID, &a.Title, &a.Outlet, &a.Lang, &a.Published); err != nil {
			return nil, fmt.Errorf("quotes by %s: %w", speaker, err)
		}
		q.Article = a
		out = append(out, q)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("quotes by %s: %w", speaker, err)
	}
	return out, nil
}

// Partners counts, for one actor code, the events shared with every other
// code by type, from the pair index alone (each pair row carries its
// event's type): no events row is read.
func (s *Store) Partners(ctx context.Context, code string) ([]news.PartnerCount, error) {
	// Each half groups in index order; a partner sorts either after code
	// (first half) or before it (second), never in both.
	rows, err := s.rdb.QueryContext(ctx, `SELECT hi, type, count(*) FROM event_dyads WHERE lo = ?1 GROUP BY 1, 2
		UNION ALL SELECT lo, type, count(*) FROM event_dyads WHERE hi = ?1 GROUP BY 1, 2`, code)
	if err != nil {
		return nil, fmt.Errorf("partners: %w", err)
	}
	defer rows.Close()
	out := []news.PartnerCount{}
	for rows.Next() {
		var c news.PartnerCount
		if err := rows.Scan(&c.Code, &c.Type, &c.Events); err != nil {
			return nil, fmt.Errorf("partners: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// eventWhere builds the conditions of an event filter. Every one is an
// index probe: country and dyad go through event_actors and event_dyads,
// person through event_persons, article and language through mentions.
func (s *Store) eventWhere(ctx context.Context, f news.EventFilter) (eventCond, error) {
	var w eventCond
	// The type is on the actor and pair rows too: with a country or a
	// dyad, it narrows that index range rather than being checked on
	// every selected event.
	typed := false
	if f.Mode != nil {
		w.add("v.mode = ?", *f.Mode)
	}
	if f.Country != "" {
		if f.Type != "" {
			w.sub("event_actors WHERE code = ? AND type = ?", f.Country, f.Type)
			typed = true
		} else {
			w.sub("event_actors WHERE code = ?", f.Country)
		}
	}
	// A dyad is every code of f.Dyad on the event, on either side: the
	// first two through the pair index, any further ones as countries.
	dyad := slices.Compact(slices.Clone(f.Dyad))
	if len(dyad) >= 2 {
		lo, hi := min(dyad[0], dyad[1]), max(dyad[0], dyad[1])
		if f.Type != "" && !typed {
			w.sub("event_dyads WHERE lo = ? AND hi = ? AND type = ?", lo, hi, f.Type)
			typed = true
		} else {
			w.sub("event_dyads WHERE lo = ? AND hi = ?", lo, hi)
		}
		dyad = dyad[2:]
	}
	if f.Type != "" && !typed {
		w.add("v.type = ?", f.Type)
	}
	for _, c := range dyad {
		w.sub("event_actors WHERE code = ?", c)
	}
	if f.Person != "" {
		id, err := s.resolve(ctx, f.Person)
		if err != nil {
			return w, fmt.Errorf("events: %w", err)
		}
		w.sub("event_persons WHERE entity = ?", id)
	}
	if f.Article != "" {
		// Mentions are indexed by the article's number (migration 011).
		w.sub("mentions WHERE article_n = coalesce((SELECT n FROM articles WHERE id = ?), (SELECT n FROM article_stubs WHERE id = ?))",
			f.Article, f.Article)
	}
	if f.Lang != "" {
		w.sub("mentions WHERE lang = ?", f.Lang)
	}
	if f.From != "" {
		w.add("v.date >= ?", f.From)
	}
	if f.To != "" {
		w.add("v.date <> '' AND v.date <= ?", f.To+"~")
	}
	return w, nil
}

// Stats counts what the database holds.
func (s *Store) Stats(ctx context.Context) (news.Stats, error) {
	st := news.Stats{Languages: map[string]int{}, Outlets: map[string]int{}}
	if err := s.rdb.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM entities), (SELECT count(*) FROM events),
		(SELECT count(*) FROM mentions), (SELECT count(*) FROM quotes)`).
		Scan(&st.Articles, &st.Entities, &st.Events, &st.Mentions, &st.Quotes); err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	for _, g := range []struct {
		q string
		m map[string]int
	}{
		{`SELECT lang, count(*) FROM articles GROUP BY lang`, st.Languages},
		{`SELECT outlet, count(*) FROM articles WHERE outlet <> '' GROUP BY outlet`, st.Outlets},
	} {
		if err := func() error {
			rows, err := s.rdb.QueryContext(ctx, g.q)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var k string
				var n int
				if err := rows.Scan(&k, &n); err != nil {
					return err
				}
				g.m[k] = n
			}
			return rows.Err()
		}(); err != nil {
			return st, fmt.Errorf("stats: %w", err)
		}
	}
	return st, nil
}

// each streams the rows of q through scan and fn on one read connection.
func each[T any](ctx context.Context, s *Store, what, q string, scan func(rowScanner) (T, error), fn func(T) error) error {
	rows, err := s.rdb.QueryContext(ctx, q)
	if err != nil {
		return fmt.Errorf("each %s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return fmt.Errorf("each %s: %w", what, err)
		}
		if err := fn(v); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("each %s: %w", what, err)
	}
	return nil
}

// EachArticle streams every article in insertion order.
func (s *Store) EachArticle(ctx context.Context, fn func(*news.Article) error) error {
	return each(ctx, s, "article", `SELECT `+articleCols+` FROM articles a ORDER BY a.n`, scanArticle, fn)
}

// EachEntity streams every entity in insertion order.
func (s *Store) EachEntity(ctx context.Context, fn func(*news.Entity) error) error {
	return each(ctx, s, "entity", `SELECT `+entityCols+` FROM entities e ORDER BY e.n`, scanEntity, fn)
}

// EachEvent streams every event with its mentions in insertion order.
func (s *Store) EachEvent(ctx context.Context, fn func(*news.Event) error) error {
	return each(ctx, s, "event", `SELECT `+eventCols+` FROM events v ORDER BY v.n`, scanEvent, fn)
}
