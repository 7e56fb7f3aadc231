package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"chancery/internal/news"
)

// tx is the write side inside Store.Update. All statements run on the one
// write connection, prepared once and reused.
type tx struct {
	s   *Store
	ctx context.Context
	// sigs holds the signatures written in this transaction; they enter
	// the store's cache only when it commits.
	sigs map[string][]uint32
	// nums and ids map the article ids and numbers this transaction used
	// (stored: the id has an article row); pending holds the numbers it
	// reserved for ids not stored yet, and next the last one reserved
	// (see numbers.go).
	nums    map[string]int64
	ids     map[int64]string
	stored  map[string]bool
	pending map[string]int64
	next    int64
}

func (t *tx) exec(q string, args ...any) (sql.Result, error) {
	st, err := t.s.stmt(t.ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(t.ctx, args...)
}

func (t *tx) query(q string, args ...any) (*sql.Rows, error) {
	st, err := t.s.stmt(t.ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(t.ctx, args...)
}

func (t *tx) queryRow(q string, args ...any) *sql.Row {
	st, err := t.s.stmt(t.ctx, q)
	if err != nil {
		// A Row with the error: prepare failures surface at Scan.
		return t.s.wc.QueryRowContext(t.ctx, q, args...)
	}
	return st.QueryRowContext(t.ctx, args...)
}

// strings collects the single text column of every row.
func (t *tx) strings(q string, args ...any) ([]string, error) {
	rows, err := t.query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func (t *tx) Now() time.Time { return t.s.now() }

func (t *tx) ArticleIDByHash(hash string) (string, error) {
	var id string
	err := t.queryRow(`SELECT id FROM articles WHERE hash = ?`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("article by hash: %w", err)
	}
	return id, nil
}

// PutArticle upserts the article row (keeping its rowid, so the full-text
// index is updated in place) and replaces its countries, entities and quotes.
// Shared-text links, bands and event mentions are kept: they belong to the
// linker, which sets them through their own methods.
func (t *tx) PutArticle(a *news.Article) error {
	if a == nil || a.ID == "" {
		return news.Errorf(news.EInvalid, "put article: missing id")
	}
	if err := t.putArticle(a); err != nil {
		return fmt.Errorf("put article %s: %w", a.ID, err)
	}
	return nil
}

func (t *tx) putArticle(a *news.Article) error {
	dropped, err := jsonCol(a.Dropped)
	if err != nil {
		return err
	}
	embeds, err := jsonCol(a.Embeds)
	if err != nil {
		return err
	}
	notes, err := jsonCol(a.Notes)
	if err != nil {
		return err
	}
	var analysis any
	if a.Analysis != nil {
		b, err := json.Marshal(a.Analysis)
		if err != nil {
			return err
		}
		analysis = string(b)
	}
	ingested := a.IngestedAt
	if ingested.IsZero() {
		ingested = t.Now()
	}
	hash := a.Hash
	if hash == "" {
		hash = "id:" + a.ID // hash is UNIQUE; an article without one is keyed by its id
	}
	// n, the article's row number, keys its countries and entities (see
	// migration 010) and the linker's rows (011), which may have reserved
	// it already. A stored article keeps its row (the upsert below).
	n, stored, err := t.articleN(a.ID, true)
	if err != nil {
		return err
	}
	var newN any = n
	if stored {
		newN = nil
	}
	if err := t.queryRow(`INSERT INTO articles (n, id, hash, source_file, item, url, format, charset, outlet, lang,
			title, published, dateline, body, dropped, embeds, notes, analysis, duplicate_of, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, source_file = excluded.source_file,
			item = excluded.item, url = excluded.url, format = excluded.format, charset = excluded.charset,
			outlet = excluded.outlet, lang = excluded.lang, title = excluded.title,
			published = excluded.published, dateline = excluded.dateline, body = excluded.body,
			dropped = excluded.dropped, embeds = excluded.embeds, notes = excluded.notes,
			analysis = excluded.analysis, duplicate_of = excluded.duplicate_of,
			ingested_at = excluded.ingested_at
		RETURNING n`,
		newN, a.ID, hash, a.SourceFile, a.Item, a.URL, string(a.Format), a.Charset, a.Outlet, a.Lang,
		a.Title, a.Published, a.Dateline, a.Body, dropped, embeds, notes, analysis, a.DuplicateOf,
		ingested.UTC().Format(time.RFC3339Nano)).Scan(&n); err != nil {
		return err
	}
	if !stored {
		// The id is an article now: no longer a stub (a reservation of
		// this transaction never was one; the delete finds nothing).
		if _, err := t.exec(`DELETE FROM article_stubs WHERE n = ?`, n); err != nil {
			return err
		}
		delete(t.pending, a.ID)
		t.remember(a.ID, n, true)
	}
	for _, q := range []struct {
		sql string
		key any
	}{
		{`DELETE FROM article_countries WHERE article_n = ?`, n},
		{`DELETE FROM article_entities WHERE article_n = ?`, n},
		{`DELETE FROM quotes WHERE article = ?`, a.ID},
	} {
		if _, err := t.exec(q.sql, q.key); err != nil {
			return err
		}
	}
	for _, id := range a.SharesTextWith {
		if err := t.linkShared(a.ID, id, id == a.DuplicateOf); err != nil {
			return err
		}
	}
	if a.DuplicateOf != "" {
		if err := t.linkShared(a.ID, a.DuplicateOf, true); err != nil {
			return err
		}
	}
	an := a.Analysis
	if an == nil {
		return nil
	}
	for _, c := range an.Countries {
		if _, err := t.exec(`INSERT OR IGNORE INTO article_countries(article_n, code) VALUES (?, ?)`, n, c); err != nil {
			return err
		}
	}
	for _, e := range an.Entities {
		if e.ID == "" {
			continue
		}
		if _, err := t.exec(`INSERT OR IGNORE INTO article_entities(article_n, entity) VALUES (?, ?)`, n, e.ID); err != nil {
			return err
		}
	}
	for _, q := range an.Quotes {
		if _, err := t.exec(`INSERT INTO quotes(article, speaker, speaker_code, text, start, "end", published) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			a.ID, q.Speaker, q.SpeakerCode, q.Text, q.Start, q.End, a.Published); err != nil {
			return err
		}
	}
	return nil
}

func (t *tx) EntitiesByKeys(keys []string) ([]*news.Entity, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	rows, err := t.query(`SELECT `+entityCols+` FROM entities e WHERE e.id IN
		(SELECT k.entity FROM entity_keys k WHERE k.key IN (SELECT value FROM json_each(?))) ORDER BY e.n`, jsonList(keys))
	if err != nil {
		return nil, fmt.Errorf("entities by keys: %w", err)
	}
	defer rows.Close()
	var out []*news.Entity
	for rows.Next() {
		e, err := scanEntity(rows)
		if err != nil {
			return nil, fmt.Errorf("entities by keys: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("entities by keys: %w", err)
	}
	return out, nil
}

func (t *tx) PutEntity(e *news.Entity, keys []string) error {
	if e == nil || e.ID == "" {
		return news.Errorf(news.EInvalid, "put entity: missing id")
	}
	if err := t.writeEntity(e); err != nil {
		return fmt.Errorf("put entity %s: %w", e.ID, err)
	}
	if _, err := t.exec(`DELETE FROM entity_keys WHERE entity = ?`, e.ID); err != nil {
		return fmt.Errorf("put entity %s: %w", e.ID, err)
	}
	for _, k := range keys {
		if _, err := t.exec(`INSERT OR IGNORE INTO entity_keys(key, entity) VALUES (?, ?)`, k, e.ID); err != nil {
			return fmt.Errorf("put entity %s: key: %w", e.ID, err)
		}
	}
	return nil
}

// writeEntity upserts the entity row and its full-text row, leaving keys.
func (t *tx) writeEntity(e *news.Entity) error {
	aliases, err := jsonCol(e.Aliases)
	if err != nil {
		return err
	}
	roles, err := jsonCol(e.Roles)
	if err != nil {
		return err
	}
	var n int64
	if err := t.queryRow(`INSERT INTO entities(id, kind, name, sort_name, aliases, country, roles, code, locked)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
			sort_name = excluded.sort_name, aliases = excluded.aliases,
			country = excluded.country, roles = excluded.roles, code = excluded.code, locked = excluded.locked
		RETURNING n`,
		e.ID, e.Kind, e.Name, sortKey(e.Name), aliases, e.Country, roles, e.Code, boolInt(e.Locked)).Scan(&n); err != nil {
		return err
	}
	if _, err := t.exec(`DELETE FROM entities_fts WHERE rowid = ?`, n); err != nil {
		return err
	}
	if _, err := t.exec(`INSERT INTO entities_fts(rowid, name, aliases) VALUES (?, ?, ?)`,
		n, e.Name, joinLines(e.Aliases)); err != nil {
		return err
	}
	// An id stored again is live: it no longer redirects.
	if _, err := t.exec(`DELETE FROM entity_redirects WHERE "from" = ?`, e.ID); err != nil {
		return err
	}
	return nil
}

func joinLines(v []string) string {
	n := 0
	for _, s := range v {
		n += len(s) + 1
	}
	b := make([]byte, 0, n)
	for i, s := range v {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, s...)
	}
	return string(b)
}

// NewID returns prefix followed by the next number of that prefix's counter,
// skipping numbers already taken by an entity or event id.
func (t *tx) NewID(prefix string) (string, error) {
	if prefix == "" {
		return "", news.Errorf(news.EInvalid, "new id: empty prefix")
	}
	for range 1000 {
		var n int64
		if err := t.queryRow(`INSERT INTO counters(prefix, n) VALUES (?, 1)
			ON CONFLICT(prefix) DO UPDATE SET n = n + 1 RETURNING n`, prefix).Scan(&n); err != nil {
			return "", fmt.Errorf("new id %s: %w", prefix, err)
		}
		id := prefix + strconv.FormatInt(n, 10)
		var taken bool
		if err := t.queryRow(`SELECT EXISTS (SELECT 1 FROM entities WHERE id = ?1)
			OR EXISTS (SELECT 1 FROM events WHERE id = ?1)
			OR EXISTS (SELECT 1 FROM entity_redirects WHERE "from" = ?1)`, id).Scan(&taken); err != nil {
			return "", fmt.Errorf("new id %s: %w", prefix, err)
		}
		if !taken {
			return id, nil
		}
	}
	return "", news.Errorf(news.EInternal, "new id %s: no free id", prefix)
}

func (t *tx) ArticlesByBands(bands []uint64, limit int) ([]string, error) {
	if len(bands) == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	if len(bands) == 1 {
		// One posting list: a range of the primary key, read in order and
		// cut at limit, so a fingerprint common to many articles costs no
		// more than a rare one.
		ns, err := t.int64s(`SELECT article_n FROM bands WHERE band = ? ORDER BY article_n LIMIT ?`, int64(bands[0]), limit)
		if err != nil {
			return nil, fmt.Errorf("articles by bands: %w", err)
		}
		return t.bandIDs(ns)
	}
	ns, err := t.int64s(`SELECT DISTINCT article_n FROM bands WHERE band IN (SELECT value FROM json_each(?)) ORDER BY article_n LIMIT ?`,
		bandList(bands), limit)
	if err != nil {
		return nil, fmt.Errorf("articles by bands: %w", err)
	}
	return t.bandIDs(ns)
}

func (t *tx) bandIDs(ns []int64) ([]string, error) {
	if len(ns) == 0 {
		return nil, nil
	}
	ids, err := t.articleIDs(ns)
	if err != nil {
		return nil, fmt.Errorf("articles by bands: %w", err)
	}
	return ids, nil
}

func bandList(bands []uint64) string {
	b := make([]byte, 0, 2+len(bands)*21)
	b = append(b, '[')
	for i, v := range bands {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(v), 10)
	}
	return string(append(b, ']'))
}

func (t *tx) PutBands(articleID string, bands []uint64, sig []uint32) error {
	n, stored, err := t.articleN(articleID, true)
	if err != nil {
		return fmt.Errorf("put bands %s: %w", articleID, err)
	}
	if err := t.deleteBands(n, stored); err != nil {
		return fmt.Errorf("put bands %s: %w", articleID, err)
	}
	// A band's row is written only while fewer than news.BandsKept stored
	// articles were numbered before this one: ArticlesByBands reads a list
	// in number order up to its limit, so rows past the first BandsKept
	// are never read, and a new article (the largest number) writes
	// nothing to a full list. The check reads the same leaf the insert
	// would write, which the linker's probe of this band has just brought
	// into the cache.
	for _, b := range bands {
		if _, err := t.exec(`INSERT OR IGNORE INTO bands(band, article_n) SELECT ?1, ?2
			WHERE (SELECT count(*) FROM (SELECT 1 FROM bands WHERE band = ?1 AND article_n < ?2 LIMIT ?3)) < ?3`,
			int64(b), n, news.BandsKept); err != nil {
			return fmt.Errorf("put bands %s: %w", articleID, err)
		}
	}
	if t.sigs == nil {
		t.sigs = map[string][]uint32{}
	}
	if sig == nil && len(bands) == 0 {
		if _, err := t.exec(`DELETE FROM signatures WHERE article_n = ?`, n); err != nil {
			return fmt.Errorf("put bands %s: signature: %w", articleID, err)
		}
		t.sigs[articleID] = nil
		return nil
	}
	// The row also lists the bands, so that the next PutBands deletes them
	// by key (an empty sig blob stands for no signature).
	if _, err := t.exec(`INSERT OR REPLACE INTO signatures(article_n, sig, bands) VALUES (?, ?, ?)`,
		n, encodeSig(sig), encodeBands(bands)); err != nil {
		return fmt.Errorf("put bands %s: signature: %w", articleID, err)
	}
	if len(sig) == 0 {
		t.sigs[articleID] = nil
	} else {
		t.sigs[articleID] = slices.Clone(sig)
	}
	return nil
}

// deleteBands removes the bands an article was stored with: those listed
// on its signatures row, by primary key; for an article stored before
// migration 008 (no list), by a scan of the bands table.
func (t *tx) deleteBands(n int64, stored bool) error {
	var old []byte
	err := t.queryRow(`SELECT bands FROM signatures WHERE article_n = ?`, n).Scan(&old)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if err == nil && old != nil {
		for _, b := range decodeBands(old) {
			if _, err := t.exec(`DELETE FROM bands WHERE band = ? AND article_n = ?`, b, n); err != nil {
				return err
			}
		}
		return nil
	}
	if t.s.legacyBands == 0 {
		return nil // every article was stored since 008: none has unlisted bands
	}
	// Stubs are numbered after every article, so only a stored article
	// can be older than 008.
	if stored && n <= t.s.legacyBands {
		if _, err := t.exec(`DELETE FROM bands WHERE article_n = ?`, n); err != nil {
			return err
		}
	}
	return nil
}

// Signature reads through the store's cache (see Store.sigs); the caller
// gets its own copy.
func (t *tx) Signature(articleID string) ([]uint32, error) {
	if sig, ok := t.sigs[articleID]; ok {
		return slices.Clone(sig), nil
	}
	if sig, ok := t.s.sigs[articleID]; ok {
		return slices.Clone(sig), nil
	}
	n, _, err := t.articleN(articleID, false)
	if err != nil {
		return nil, fmt.Errorf("signature %s: %w", articleID, err)
	}
	if n == 0 {
		return nil, nil // never named: no signature
	}
	var b []byte
	err = t.queryRow(`SELECT sig FROM signatures WHERE article_n = ?`, n).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		// Not cached: the article may be stored later in this transaction
		// (then t.sigs answers), and a miss is cheap to repeat.
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("signature %s: %w", articleID, err)
	}
	var sig []uint32
	if len(b) > 0 {
		sig = decodeSig(b)
	}
	// Read outside this transaction's own writes (those are in t.sigs), so
	// it is committed state and safe to cache even if this one rolls back.
	t.s.cacheSig(articleID, sig)
	return slices.Clone(sig), nil
}

func (t *tx) LinkShared(a, b string, duplicate bool) error {
	if err := t.linkShared(a, b, duplicate); err != nil {
		return fmt.Errorf("link shared %s %s: %w", a, b, err)
	}
	return nil
}

// linkShared records the link both ways; a duplicate flag, once set, stays.
func (t *tx) linkShared(a, b string, duplicate bool) error {
	if a == "" || b == "" || a == b {
		return nil
	}
	na, _, err := t.articleN(a, true)
	if err != nil {
		return err
	}
	nb, _, err := t.articleN(b, true)
	if err != nil {
		return err
	}
	for _, p := range [][2]int64{{na, nb}, {nb, na}} {
		if _, err := t.exec(`INSERT INTO shared(a_n, b_n, duplicate) VALUES (?, ?, ?)
			ON CONFLICT(a_n, b_n) DO UPDATE SET duplicate = max(duplicate, excluded.duplicate)`,
			p[0], p[1], boolInt(duplicate)); err != nil {
			return err
		}
	}
	return nil
}

func (t *tx) SharedWith(id string) ([]string, error) {
	n, _, err := t.articleN(id, false)
	if err != nil || n == 0 {
		return nil, err
	}
	ns, err := t.int64s(`SELECT b_n FROM shared WHERE a_n = ?`, n)
	if err != nil {
		return nil, fmt.Errorf("shared with %s: %w", id, err)
	}
	ids, err := t.articleIDs(ns)
	if err != nil {
		return nil, fmt.Errorf("shared with %s: %w", id, err)
	}
	slices.Sort(ids)
	return ids, nil
}

func (t *tx) EventsByKeys(keys []string) ([]*news.Event, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	rows, err := t.query(`SELECT `+eventCols+` FROM events v WHERE v.id IN
		(SELECT k.event FROM event_keys k WHERE k.key IN (SELECT value FROM json_each(?))) ORDER BY v.n`, jsonList(keys))
	if err != nil {
		return nil, fmt.Errorf("events by keys: %w", err)
	}
	defer rows.Close()
	var out []*news.Event
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("events by keys: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events by keys: %w", err)
	}
	return out, nil
}

// PutEvent upserts the event row (keeping its rowid, hence its place in the
// date order) and replaces its keys, mentions, actors and persons.
func (t *tx) PutEvent(e *news.Event, keys []string) error {
	if e == nil || e.ID == "" {
		return news.Errorf(news.EInvalid, "put event: missing id")
	}
	if err := t.putEvent(e, keys); err != nil {
		return fmt.Errorf("put event %s: %w", e.ID, err)
	}
	return nil
}

func (t *tx) putEvent(e *news.Event, keys []string) error {
	src, tgt, persons := jsonList(e.Source), jsonList(e.Target), jsonList(e.Persons)
	same, err := t.sameFiling(e, src, tgt, persons, keys)
	if err != nil {
		return err
	}
	if _, err := t.exec(`INSERT INTO events(id, type, source, target, persons, date, place, mode,
			articles, outlets, languages, independent)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET type = excluded.type, source = excluded.source, target = excluded.target,
			persons = excluded.persons, date = excluded.date, place = excluded.place, mode = excluded.mode,
			articles = excluded.articles, outlets = excluded.outlets, languages = excluded.languages,
			independent = excluded.independent`,
		e.ID, e.Type, src, tgt, persons, e.Date, e.Place, e.Mode,
		e.Articles, e.Outlets, e.Languages, boolInt(e.Independent)); err != nil {
		return err
	}
	if same {
		// A new report of a known event changes its mentions and counts,
		// not how it is filed: rewriting its key, actor, pair and person
		// rows (a dozen index entries each) would be work for nothing.
		return t.putMentions(e)
	}
	for _, q := range []string{
		`DELETE FROM event_keys WHERE event = ?`,
		`DELETE FROM event_actors WHERE event = ?`,
		`DELETE FROM event_persons WHERE event = ?`,
		`DELETE FROM event_dyads WHERE event = ?`,
	} {
		if _, err := t.exec(q, e.ID); err != nil {
			return err
		}
	}
	for _, k := range keys {
		if _, err := t.exec(`INSERT OR IGNORE INTO event_keys(key, event) VALUES (?, ?)`, k, e.ID); err != nil {
			return err
		}
	}
	if err := t.putMentions(e); err != nil {
		return err
	}
	// One actor row per code, so that a country's rows count its events.
	for _, c := range union(slices.Clone(e.Source), e.Target) {
		side := "source"
		switch {
		case slices.Contains(e.Source, c) && slices.Contains(e.Target, c):
			side = "both"
		case !slices.Contains(e.Source, c):
			side = "target"
		}
		if _, err := t.exec(`INSERT OR IGNORE INTO event_actors(event, code, side, type, date) VALUES (?, ?, ?, ?, ?)`,
			e.ID, c, side, e.Type, e.Date); err != nil {
			return err
		}
	}
	codes := union(slices.Clone(e.Source), e.Target)
	for i, a := range codes {
		for _, b := range codes[i+1:] {
			lo, hi := min(a, b), max(a, b)
			if lo == hi {
				continue
			}
			if _, err := t.exec(`INSERT OR IGNORE INTO event_dyads(lo, hi, event, type, date) VALUES (?, ?, ?, ?, ?)`, lo, hi, e.ID, e.Type, e.Date); err != nil {
				return err
			}
		}
	}
	for _, p := range e.Persons {
		if _, err := t.exec(`INSERT OR IGNORE INTO event_persons(event, entity, date) VALUES (?, ?, ?)`, e.ID, p, e.Date); err != nil {
			return err
		}
	}
	return nil
}

// sameFiling reports whether the stored event e.ID has the type, sides,
// persons, date and index keys given, from which its key, actor, pair and
// person rows are derived.
func (t *tx) sameFiling(e *news.Event, src, tgt, persons string, keys []string) (bool, error) {
	var typ, oldSrc, oldTgt, oldPersons, date string
	err := t.queryRow(`SELECT type, coalesce(source, ''), coalesce(target, ''), coalesce(persons, ''), date
		FROM events WHERE id = ?`, e.ID).Scan(&typ, &oldSrc, &oldTgt, &oldPersons, &date)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if typ != e.Type || oldSrc != src || oldTgt != tgt || oldPersons != persons || date != e.Date {
		return false, nil
	}
	stored, err := t.strings(`SELECT key FROM event_keys WHERE event = ? ORDER BY key`, e.ID)
	if err != nil {
		return false, err
	}
	want := slices.Clone(keys)
	slices.Sort(want)
	return slices.Equal(stored, slices.Compact(want)), nil
}

func (t *tx) DeleteEvent(id string) error {
	// Child rows go by ON DELETE CASCADE.
	if _, err := t.exec(`DELETE FROM events WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete event %s: %w", id, err)
	}
	return nil
}

func (t *tx) Entity(id string) (*news.Entity, error) {
	id, err := t.resolve(id)
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	e, err := scanEntity(t.queryRow(`SELECT `+entityCols+` FROM entities e WHERE e.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	return e, nil
}

// maxRedirects bounds the redirect chain so a cycle cannot loop forever.
const maxRedirects = 32

// resolve follows merge redirects from id.
func (t *tx) resolve(id string) (string, error) {
	for range maxRedirects {
		var to string
		err := t.queryRow(`SELECT "to" FROM entity_redirects WHERE "from" = ?`, id).Scan(&to)
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

func (t *tx) PutCorrection(c news.Correction) error {
	at := c.At
	if at.IsZero() {
		at = t.Now()
	}
	if _, err := t.exec(`INSERT INTO corrections(kind, entity, other, alias, at) VALUES (?, ?, ?, ?, ?)`,
		c.Kind, c.Entity, c.Other, c.Alias, at.UTC().Format(time.RFC3339Nano)); err != nil {
		return fmt.Errorf("put correction: %w", err)
	}
	return nil
}

func (t *tx) Corrections(entityID string) ([]news.Correction, error) {
	rows, err := t.query(`SELECT kind, entity, other, alias, at FROM corrections
		WHERE entity = ?1 OR other = ?1 ORDER BY n`, entityID)
	if err != nil {
		return nil, fmt.Errorf("corrections %s: %w", entityID, err)
	}
	defer rows.Close()
	var out []news.Correction
	for rows.Next() {
		var c news.Correction
		var at string
		if err := rows.Scan(&c.Kind, &c.Entity, &c.Other, &c.Alias, &at); err != nil {
			return nil, fmt.Errorf("corrections %s: %w", entityID, err)
		}
		if c.At, err = time.Parse(time.RFC3339Nano, at); err != nil {
			return nil, fmt.Errorf("corrections %s: %w", entityID, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("corrections %s: %w", entityID, err)
	}
	return out, nil
}

// putMentions brings an event's stored mentions in line with e.Mentions,
// touching only what changed: a report joining a popular event inserts one
// row (and one full-text entry) instead of rewriting them all.
func (t *tx) putMentions(e *news.Event) error {
	type row struct {
		n                                         int64
		article, text, lang, date, place, trigger string
		outlet                                    string
		start, end                                int
	}
	key := func(r row) string {
		return strings.Join([]string{r.article, strconv.Itoa(r.start), strconv.Itoa(r.end), r.text, r.lang,
			r.date, r.place, r.trigger, r.outlet}, "\x00")
	}
	rows, err := t.query(`SELECT n, article, text, start, "end", lang, date, place, trigger, outlet FROM mentions WHERE event = ?`, e.ID)
	if err != nil {
		return err
	}
	have := map[string][]int64{}
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.n, &r.article, &r.text, &r.start, &r.end, &r.lang, &r.date, &r.place, &r.trigger, &r.outlet); err != nil {
			rows.Close()
			return err
		}
		k := key(r)
		have[k] = append(have[k], r.n)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, m := range e.Mentions {
		k := key(row{article: m.Article, text: m.Text, start: m.Start, end: m.End, lang: m.Lang, date: m.Date,
			place: m.Place, trigger: m.Trigger, outlet: m.Outlet})
		if ns := have[k]; len(ns) > 0 {
			have[k] = ns[1:] // kept as it is
			continue
		}
		var an int64 // 0: a mention of no article
		if m.Article != "" {
			if an, _, err = t.articleN(m.Article, true); err != nil {
				return err
			}
		}
		if _, err := t.exec(`INSERT INTO mentions(event, article, article_n, text, start, "end", lang, date, place, trigger, outlet)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			e.ID, m.Article, an, m.Text, m.Start, m.End, m.Lang, m.Date, m.Place, m.Trigger, m.Outlet); err != nil {
			return err
		}
	}
	for _, ns := range have {
		for _, n := range ns {
			if _, err := t.exec(`DELETE FROM mentions WHERE n = ?`, n); err != nil {
				return err
			}
		}
	}
	return nil
}
