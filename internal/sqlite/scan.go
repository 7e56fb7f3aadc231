package sqlite

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"chancery/internal/news"
)

// rowScanner is *sql.Row or *sql.Rows.
type rowScanner interface {
	Scan(dest ...any) error
}

// articleCols selects an article with the ids it shares text with, in the
// order scanArticle reads them. The table must be aliased "a".
const articleCols = `a.id, a.hash, a.source_file, a.item, a.url, a.format, a.charset, a.outlet, a.lang,
	a.title, a.published, a.dateline, a.body, coalesce(a.dropped, ''), coalesce(a.embeds, ''),
	coalesce(a.notes, ''), coalesce(a.analysis, ''), a.duplicate_of, a.ingested_at,
	(SELECT json_group_array(id ORDER BY id) FROM (SELECT coalesce((SELECT x.id FROM articles x WHERE x.n = s.b_n),
		(SELECT x.id FROM article_stubs x WHERE x.n = s.b_n)) AS id FROM shared s WHERE s.a_n = a.n))`

func scanArticle(r rowScanner) (*news.Article, error) {
	var a news.Article
	var format, dropped, embeds, notes, analysis, ingested, shared string
	if err := r.Scan(&a.ID, &a.Hash, &a.SourceFile, &a.Item, &a.URL, &format, &a.Charset, &a.Outlet, &a.Lang,
		&a.Title, &a.Published, &a.Dateline, &a.Body, &dropped, &embeds, &notes, &analysis,
		&a.DuplicateOf, &ingested, &shared); err != nil {
		return nil, err
	}
	a.Format = news.Format(format)
	if err := unmarshal(dropped, &a.Dropped); err != nil {
		return nil, fmt.Errorf("article %s: dropped: %w", a.ID, err)
	}
	if err := unmarshal(embeds, &a.Embeds); err != nil {
		return nil, fmt.Errorf("article %s: embeds: %w", a.ID, err)
	}
	if err := unmarshal(notes, &a.Notes); err != nil {
		return nil, fmt.Errorf("article %s: notes: %w", a.ID, err)
	}
	if analysis != "" {
		a.Analysis = new(news.Analysis)
		if err := json.Unmarshal([]byte(analysis), a.Analysis); err != nil {
			return nil, fmt.Errorf("article %s: analysis: %w", a.ID, err)
		}
	}
	if err := unmarshal(shared, &a.SharesTextWith); err != nil {
		return nil, fmt.Errorf("article %s: shared: %w", a.ID, err)
	}
	if len(a.SharesTextWith) == 0 {
		a.SharesTextWith = nil
	}
	if ingested != "" {
		t, err := time.Parse(time.RFC3339Nano, ingested)
		if err != nil {
			return nil, fmt.Errorf("article %s: ingested_at: %w", a.ID, err)
		}
		a.IngestedAt = t
	}
	return &a, nil
}

// entityCols selects an entity; the table must be aliased "e".
const entityCols = `e.id, e.kind, e.name, coalesce(e.aliases, ''), e.country, coalesce(e.roles, ''), e.code, e.locked`

func scanEntity(r rowScanner) (*news.Entity, error) {
	var e news.Entity
	var aliases, roles string
	if err := r.Scan(&e.ID, &e.Kind, &e.Name, &aliases, &e.Country, &roles, &e.Code, &e.Locked); err != nil {
		return nil, err
	}
	if err := unmarshal(aliases, &e.Aliases); err != nil {
		return nil, fmt.Errorf("entity %s: aliases: %w", e.ID, err)
	}
	if err := unmarshal(roles, &e.Roles); err != nil {
		return nil, fmt.Errorf("entity %s: roles: %w", e.ID, err)
	}
	e.Aliases = nonNil(e.Aliases)
	e.Roles = nonNil(e.Roles)
	return &e, nil
}

// eventCols selects an event with all its mentions (one correlated probe of
// mentions_event per row); the table must be aliased "v".
const eventCols = `v.id, v.type, coalesce(v.source, ''), coalesce(v.target, ''), coalesce(v.persons, ''),
	v.date, v.place, v.mode, v.articles, v.outlets, v.languages, v.independent,
	(SELECT json_group_array(json_object('article', m.article, 'text', m.text, 'start', m.start, 'end', m."end",
		'lang', m.lang, 'date', m.date, 'place', m.place, 'trigger', m.trigger, 'outlet', m.outlet) ORDER BY m.n)
	 FROM mentions m WHERE m.event = v.id)`

// eventColsFirst is eventCols with only the first mention
// (EventFilter.FirstMention).
const eventColsFirst = `v.id, v.type, coalesce(v.source, ''), coalesce(v.target, ''), coalesce(v.persons, ''),
	v.date, v.place, v.mode, v.articles, v.outlets, v.languages, v.independent,
	coalesce((SELECT json_array(json_object('article', m.article, 'text', m.text, 'start', m.start, 'end', m."end",
		'lang', m.lang, 'date', m.date, 'place', m.place, 'trigger', m.trigger, 'outlet', m.outlet))
	 FROM mentions m WHERE m.event = v.id ORDER BY m.n LIMIT 1), '[]')`

// eventColsBare is eventCols without the mentions (EventFilter.NoMentions).
const eventColsBare = `v.id, v.type, coalesce(v.source, ''), coalesce(v.target, ''), coalesce(v.persons, ''),
	v.date, v.place, v.mode, v.articles, v.outlets, v.languages, v.independent, '[]'`

func scanEvent(r rowScanner) (*news.Event, error) {
	var e news.Event
	var source, target, persons, mentions string
	if err := r.Scan(&e.ID, &e.Type, &source, &target, &persons, &e.Date, &e.Place, &e.Mode,
		&e.Articles, &e.Outlets, &e.Languages, &e.Independent, &mentions); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		s string
		v *[]string
	}{{source, &e.Source}, {target, &e.Target}, {persons, &e.Persons}} {
		if err := unmarshal(f.s, f.v); err != nil {
			return nil, fmt.Errorf("event %s: %w", e.ID, err)
		}
		*f.v = nonNil(*f.v)
	}
	if err := unmarshal(mentions, &e.Mentions); err != nil {
		return nil, fmt.Errorf("event %s: mentions: %w", e.ID, err)
	}
	if e.Mentions == nil {
		e.Mentions = []news.Mention{}
	}
	return &e, nil
}

func unmarshal(s string, v any) error {
	if s == "" || s == "null" {
		return nil
	}
	return json.Unmarshal([]byte(s), v)
}

// jsonCol encodes v for a JSON column; empty slices and nil become NULL.
func jsonCol[T any](v []T) (any, error) {
	if len(v) == 0 {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// jsonList encodes a string list as a JSON array, never null, for json_each.
func jsonList(v []string) string {
	if len(v) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(v) // []string always marshals
	return string(b)
}

func nonNil(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}

func encodeSig(sig []uint32) []byte {
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// encodeBands stores fingerprints as little-endian int64s (the bands
// column's bit pattern); never nil, so the column is never NULL.
func encodeBands(bands []uint64) []byte {
	b := make([]byte, 8*len(bands))
	for i, v := range bands {
		binary.LittleEndian.PutUint64(b[8*i:], v)
	}
	return b
}

func decodeBands(b []byte) []int64 {
	out := make([]int64, len(b)/8)
	for i := range out {
		out[i] = int64(binary.LittleEndian.Uint64(b[8*i:]))
	}
	return out
}

func decodeSig(b []byte) []uint32 {
	sig := make([]uint32, len(b)/4)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sortKey folds case and strips accents so that "Émile" sorts with "emile"
// in every Latin, Cyrillic or Greek name; SQLite's own collation is bytewise.
func sortKey(name string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(name) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}
