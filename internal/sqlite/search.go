package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"chancery/internal/news"
)

// Snippet marks: matched terms in Hit.Snippet are wrapped in these, plain
// text that any front end can escape and restyle.
const (
	MarkStart = "["
	MarkEnd   = "]"
	ellipsis  = "…"
)

// FTSQuery turns user text into an FTS5 query that cannot be a syntax
// error: every word, or every "quoted phrase", becomes a quoted FTS5 string
// (with " doubled), so operators and punctuation are taken literally, and
// the terms are ANDed. A word ending in * (or every word, when prefix is
// set) matches as a prefix. Text without a letter or digit gives "", which
// callers treat as no full-text condition.
func FTSQuery(q string, prefix bool) string {
	// SQLite ends a string at NUL; control characters carry no words.
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(q, " "))
	var terms []string
	add := func(term string, star bool) {
		if !hasWordRune(term) {
			return
		}
		s := `"` + strings.ReplaceAll(term, `"`, `""`) + `"`
		if star || prefix {
			s += "*"
		}
		terms = append(terms, s)
	}
	for i := 0; i < len(q); {
		r, size := utf8.DecodeRuneInString(q[i:])
		switch {
		case isSpace(r):
			i += size
		case r == '"':
			j := strings.IndexByte(q[i+1:], '"')
			if j < 0 {
				add(q[i+1:], false)
				i = len(q)
				break
			}
			add(q[i+1:i+1+j], false)
			i += j + 2
		default:
			j := i
			for j < len(q) {
				r, size := utf8.DecodeRuneInString(q[j:])
				if isSpace(r) || r == '"' {
					break
				}
				j += size
			}
			word := q[i:j]
			star := strings.HasSuffix(word, "*")
			add(strings.TrimRight(word, "*"), star)
			i = j
		}
	}
	return strings.Join(terms, " ")
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == 0 }

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// maxRanked is how many of the newest matches of each kind Search ranks.
var maxRanked = 500 // a variable for tests

// Search looks q up in article titles and bodies, event mentions, entity
// names and aliases, and quotes. Each kind contributes its best matches;
// all are ranked together by bm25 (lower is better) and cut to limit.
// Event hits are one per event, quote hits carry the article id.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]news.Hit, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	if limit > MaxLimit {
		limit = MaxLimit
	}
	fq := FTSQuery(q, false)
	if fq == "" {
		return nil, nil
	}
	type scored struct {
		hit   news.Hit
		score float64
	}
	var all []scored
	snip := func(table string, col int) string {
		return fmt.Sprintf("snippet(%s, %d, '%s', '%s', '%s', 16)", table, col, MarkStart, MarkEnd, ellipsis)
	}
	queries := []struct {
		kind string
		fts  string
		sql  string
	}{
		// Each kind ranks inside the full-text module first (ORDER BY rank
		// with LIMIT lets FTS5 keep only the best rows, and snippets are made
		// for those alone), then joins the few rows it keeps: a common word
		// matching thousands of rows stays cheap.
		{"article", "articles_fts", `SELECT a.id, a.title, f.snip, a.lang, '', f.score FROM (
				SELECT rowid, ` + snip("articles_fts", -1) + ` AS snip, rank AS score FROM articles_fts
				WHERE articles_fts MATCH ?1 AND rowid >= ?3 AND rank MATCH 'bm25(4.0, 1.0)' ORDER BY rank LIMIT ?2) f
			JOIN articles a ON a.n = f.rowid ORDER BY f.score`},
		{"entity", "entities_fts", `SELECT e.id, e.name, f.snip, '', '', f.score - 100 FROM (
				SELECT rowid, ` + snip("entities_fts", -1) + ` AS snip, rank AS score FROM entities_fts
				WHERE entities_fts MATCH ?1 AND rowid >= ?3 AND rank MATCH 'bm25(2.0, 1.0)' ORDER BY rank LIMIT ?2) f
			JOIN entities e ON e.n = f.rowid ORDER BY f.score`},
		{"event", "mentions_fts", `SELECT v.id, v.type, f.snip, m.lang,
				json_array(coalesce(v.source, '[]'), coalesce(v.target, '[]')), f.score FROM (
				SELECT rowid, ` + snip("mentions_fts", 0) + ` AS snip, rank AS score FROM mentions_fts
				WHERE mentions_fts MATCH ?1 AND rowid >= ?3 ORDER BY rank LIMIT ?2) f
			JOIN mentions m ON m.n = f.rowid JOIN events v ON v.id = m.event ORDER BY f.score`},
		{"quote", "quotes_fts", `SELECT q.article, coalesce(nullif(en.name, ''), nullif(q.speaker_code, ''), a.title),
				f.snip, a.lang, '', f.score FROM (
				SELECT rowid, ` + snip("quotes_fts", 0) + ` AS snip, rank AS score FROM quotes_fts
				WHERE quotes_fts MATCH ?1 AND rowid >= ?3 ORDER BY rank LIMIT ?2) f
			JOIN quotes q ON q.n = f.rowid JOIN articles a ON a.id = q.article
			LEFT JOIN entities en ON en.id = q.speaker ORDER BY f.score`},
	}
	for _, kq := range queries {
		n := limit
		if kq.kind == "event" {
			n = 3 * limit // several mentions of one event collapse into one hit
		}
		// A common word matches thousands of rows, and bm25 costs a
		// lookup per match: rank only the newest maxRanked matches of each
		// kind (news search favours recent reports). Walking the match
		// list by rowid to find where they start needs no scoring.
		var from int64
		err := s.rdb.QueryRowContext(ctx, `SELECT rowid FROM `+kq.fts+` WHERE `+kq.fts+` MATCH ?1
			ORDER BY rowid DESC LIMIT 1 OFFSET ?2`, fq, maxRanked-1).Scan(&from)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("search %s: %w", kq.kind, err)
		}
		rows, err := s.rdb.QueryContext(ctx, kq.sql, fq, n, from)
		if err != nil {
			return nil, fmt.Errorf("search %s: %w", kq.kind, err)
		}
		seen := map[string]bool{}
		err = func() error {
			defer rows.Close()
			for rows.Next() {
				var h scored
				var extra string
				if err := rows.Scan(&h.hit.ID, &h.hit.Title, &h.hit.Snippet, &h.hit.Lang, &extra, &h.score); err != nil {
					return err
				}
				h.hit.Kind = kq.kind
				if kq.kind == "event" {
					if seen[h.hit.ID] {
						continue
					}
					seen[h.hit.ID] = true
					h.hit.Title = eventTitle(h.hit.Title, extra)
				}
				all = append(all, h)
			}
			return rows.Err()
		}()
		if err != nil {
			return nil, fmt.Errorf("search %s: %w", kq.kind, err)
		}
	}
	// Entities were shifted ahead (score - 100): a name match is what a
	// person typing a name wants first.
	sort.SliceStable(all, func(i, j int) bool { return all[i].score < all[j].score })
	if len(all) > limit {
		all = all[:limit]
	}
	hits := make([]news.Hit, len(all))
	for i, h := range all {
		hits[i] = h.hit
	}
	return hits, nil
}

// eventTitle reads "CONSULT RUS, VEN → USA" from the type and the JSON pair
// [source-json, target-json].
func eventTitle(typ, sides string) string {
	var pair [2]string
	if json.Unmarshal([]byte(sides), &pair) != nil {
		return typ
	}
	var src, dst []string
	_ = unmarshal(pair[0], &src)
	_ = unmarshal(pair[1], &dst)
	t := typ
	if len(src) > 0 {
		t += " " + strings.Join(src, ", ")
	}
	if len(dst) > 0 {
		t += " → " + strings.Join(dst, ", ")
	}
	return t
}
