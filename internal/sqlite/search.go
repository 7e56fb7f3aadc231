package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
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

// markOpen and markClose delimit matches in FTS5 snippets: private-use
// characters, so that they cannot be confused with the text's own brackets.
const (
	markOpen  = "\ue000"
	markClose = "\ue001"
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

// searchKind is one full-text table Search looks in: rank finds the best
// candidates by score alone (rowid, score[, event]); show makes snippets
// and reads the rows of the candidates kept (see showSQL), each row
// starting with its rowid.
type searchKind struct {
	kind string
	rank string
	show string
	// over is how many candidates to rank per hit wanted: several mentions
	// of one event collapse into one hit.
	over int
}

// snip is the snippet() call for an FTS table. Matches are marked with
// private-use characters that article text does not carry, so that a
// literal bracket in the text is not taken for a mark (see marks).
func snip(table string, col int) string {
	return fmt.Sprintf("snippet(%s, %d, '%s', '%s', '%s', 16)", table, col, markOpen, markClose, ellipsis)
}

// Candidates are ranked inside the full-text module (ORDER BY rank with
// LIMIT lets FTS5 keep only the best rows, and reads no document), among
// the newest maxRanked matches only: bm25 costs a lookup per match, a
// common word matches thousands of rows, and news search favours recent
// reports. The rowid where those start is found by walking the match list
// by rowid, which needs no scoring.
func rankSQL(table, weights string) string {
	w := ""
	if weights != "" {
		w = ` AND rank MATCH '` + weights + `'`
	}
	return `SELECT rowid, rank FROM ` + table + ` WHERE ` + table + ` MATCH ?1 AND rowid >= coalesce((SELECT rowid FROM ` + table +
		` WHERE ` + table + ` MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ?3), 0)` + w + ` ORDER BY rank LIMIT ?2`
}

// showSQL reads the kept candidates of one FTS table (their rowids a JSON
// array ?2, between ?3 and ?4): one pass over the match list in that rowid
// range, making snippets for the kept rows alone. (A rowid IN (...)
// constraint would instead start the full-text query over for each row.)
// The matches are materialized so that each snippet is made once; cols
// and join read the rest of the row from "f".
func showSQL(table string, col int, cols, join string) string {
	return `WITH f AS MATERIALIZED (SELECT rowid, CASE WHEN rowid IN (SELECT value FROM json_each(?2)) THEN ` +
		snip(table, col) + ` END AS snip FROM ` + table + ` WHERE ` + table + ` MATCH ?1 AND rowid BETWEEN ?3 AND ?4)
		SELECT f.rowid, ` + cols + ` FROM f ` + join + ` WHERE f.snip IS NOT NULL`
}

var searchKinds = []searchKind{
	{kind: "article", rank: rankSQL("articles_fts", "bm25(4.0, 1.0)"),
		show: showSQL("articles_fts", -1, `a.id, a.title, f.snip, a.lang, ''`, `JOIN articles a ON a.n = f.rowid`)},
	{kind: "entity", rank: rankSQL("entities_fts", "bm25(2.0, 1.0)"),
		show: showSQL("entities_fts", -1, `e.id, e.name, f.snip, '', ''`, `JOIN entities e ON e.n = f.rowid`)},
	{kind: "event", over: 3,
		rank: `SELECT c.rowid, c.rank, m.event FROM (` + rankSQL("mentions_fts", "") + `) c JOIN mentions m ON m.n = c.rowid`,
		show: showSQL("mentions_fts", 0, `v.id, v.type, f.snip, m.lang, json_array(coalesce(v.source, '[]'), coalesce(v.target, '[]'))`,
			`JOIN mentions m ON m.n = f.rowid JOIN events v ON v.id = m.event`)},
	{kind: "quote", rank: rankSQL("quotes_fts", ""),
		show: showSQL("quotes_fts", 0, `q.article, coalesce(nullif(en.name, ''), nullif(q.speaker_code, ''), a.title), f.snip, a.lang, ''`,
			`JOIN quotes q ON q.n = f.rowid JOIN articles a ON a.id = q.article LEFT JOIN entities en ON en.id = q.speaker`)},
}

// Search looks q up in article titles and bodies, event mentions, entity
// names and aliases, and quotes. Each kind contributes its best candidates;
// all are ranked together by bm25 (lower is better) and cut to limit, and
// only then are the kept rows read and their snippets made: snippets
// re-read and re-tokenize each document, the costliest part of a search.
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
	type cand struct {
		kind  int
		rowid int64
		score float64
	}
	var all []cand
	for k, sk := range searchKinds {
		n := limit * max(sk.over, 1)
		rows, err := s.rdb.QueryContext(ctx, sk.rank, fq, n, maxRanked-1)
		if err != nil {
			return nil, fmt.Errorf("search %s: %w", sk.kind, err)
		}
		seen := map[string]bool{}
		err = func() error {
			defer rows.Close()
			for rows.Next() {
				c := cand{kind: k}
				dest := []any{&c.rowid, &c.score}
				var event string
				if sk.kind == "event" {
					dest = append(dest, &event)
				}
				if err := rows.Scan(dest...); err != nil {
					return err
				}
				if sk.kind == "event" {
					if seen[event] {
						continue
					}
					seen[event] = true
				}
				if sk.kind == "entity" {
					// A name match is what a person typing a name wants first.
					c.score -= 100
				}
				all = append(all, c)
			}
			return rows.Err()
		}()
		if err != nil {
			return nil, fmt.Errorf("search %s: %w", sk.kind, err)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score < all[j].score })
	if len(all) > limit {
		all = all[:limit]
	}
	// The kept candidates of each kind are read in one query.
	type key struct {
		kind  int
		rowid int64
	}
	hits := make([]news.Hit, len(all))
	at := make(map[key]int, len(all))
	ids := make([][]int64, len(searchKinds))
	for i, c := range all {
		at[key{c.kind, c.rowid}] = i
		ids[c.kind] = append(ids[c.kind], c.rowid)
	}
	for k, sk := range searchKinds {
		if len(ids[k]) == 0 {
			continue
		}
		list, _ := json.Marshal(ids[k]) // []int64 always marshals
		rows, err := s.rdb.QueryContext(ctx, sk.show, fq, string(list), slices.Min(ids[k]), slices.Max(ids[k]))
		if err != nil {
			return nil, fmt.Errorf("search %s: %w", sk.kind, err)
		}
		err = func() error {
			defer rows.Close()
			for rows.Next() {
				var rowid int64
				var h news.Hit
				var extra string
				if err := rows.Scan(&rowid, &h.ID, &h.Title, &h.Snippet, &h.Lang, &extra); err != nil {
					return err
				}
				h.Kind = sk.kind
				if sk.kind == "event" {
					h.Title = eventTitle(h.Title, extra)
				}
				h.Snippet, h.Marks = marks(h.Snippet)
				if i, ok := at[key{k, rowid}]; ok {
					hits[i] = h
				}
			}
			return rows.Err()
		}()
		if err != nil {
			return nil, fmt.Errorf("search %s: %w", sk.kind, err)
		}
	}
	// A row deleted between the two reads leaves an empty hit.
	return slices.DeleteFunc(hits, func(h news.Hit) bool { return h.Kind == "" }), nil
}

// marks turns the private-use marks of an FTS5 snippet into the brackets of
// Hit.Snippet, and returns where the marked terms are. A stray mark
// character (text that carries one) is dropped.
func marks(s string) (string, [][2]int) {
	var b strings.Builder
	var out [][2]int
	open := -1
	for _, r := range s {
		switch {
		case string(r) == markOpen && open < 0:
			b.WriteString(MarkStart)
			open = b.Len()
		case string(r) == markClose && open >= 0:
			out = append(out, [2]int{open, b.Len()})
			b.WriteString(MarkEnd)
			open = -1
		case string(r) == markOpen || string(r) == markClose:
		default:
			b.WriteRune(r)
		}
	}
	if open >= 0 { // a mark left open ends with the snippet
		out = append(out, [2]int{open, b.Len()})
		b.WriteString(MarkEnd)
	}
	return b.String(), out
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
