package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"chancery/internal/news"
)

// oldSchema creates a database at path as the migrations up to version v
// left it, so that tests can fill it the old way and open it with Open.
func oldSchema(t *testing.T, p string, v int) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", p+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	for _, name := range names {
		n, err := strconv.Atoi(strings.SplitN(path.Base(name), "_", 2)[0])
		if err != nil || n > v {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := db.Exec(`INSERT INTO schema_version VALUES (?, ?, '')`, n, path.Base(name)); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// TestMigrateFrom008: a database written at schema 008 keeps its pair,
// country and entity rows through migrations 009 (event_dyads keyed by
// date) and 010 (article rows keyed by row number), the reads that use
// them answer as before, and the store replaces and deletes them after.
func TestMigrateFrom008(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "old.db")
	db := oldSchema(t, p, 8)
	for _, q := range []string{
		`INSERT INTO articles(id, hash, published) VALUES ('a2', 'h2', '2024-01-02'), ('a1', 'h1', '2024-01-01')`,
		`INSERT INTO article_countries(article, code) VALUES ('a1', 'RUS'), ('a1', 'VEN'), ('a2', 'VEN')`,
		`INSERT INTO article_entities(article, entity) VALUES ('a1', 'e1'), ('a2', 'e1'), ('a2', 'e2')`,
		`INSERT INTO events(id, type, source, target, date) VALUES
			('v1', 'CONSULT', '["RUS"]', '["VEN"]', '2024-01-01'),
			('v2', 'AGREE', '["CUB"]', '["RUS","VEN"]', '2024-01-02')`,
		`INSERT INTO event_dyads(lo, hi, event, type, date) VALUES
			('RUS', 'VEN', 'v1', 'CONSULT', '2024-01-01'),
			('CUB', 'RUS', 'v2', 'AGREE', '2024-01-02'), ('CUB', 'VEN', 'v2', 'AGREE', '2024-01-02'),
			('RUS', 'VEN', 'v2', 'AGREE', '2024-01-02')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	st, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	articles := func(f news.ArticleFilter) []string {
		t.Helper()
		as, _, err := st.Articles(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range as {
			ids = append(ids, a.ID)
		}
		slices.Sort(ids)
		return ids
	}
	events := func(f news.EventFilter) []string {
		t.Helper()
		vs, _, err := st.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, v := range vs {
			ids = append(ids, v.ID)
		}
		return ids
	}
	check := func(when string, tests []struct {
		name      string
		got, want []string
	}) {
		t.Helper()
		for _, tt := range tests {
			if !slices.Equal(tt.got, tt.want) {
				t.Errorf("%s: %s: got %v, want %v", when, tt.name, tt.got, tt.want)
			}
		}
	}
	partners := func(code string) []string {
		t.Helper()
		ps, err := st.Partners(ctx, code)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s %s %d", p.Code, p.Type, p.Events))
		}
		slices.Sort(out)
		return out
	}
	check("migrated", []struct {
		name      string
		got, want []string
	}{
		{"country RUS", articles(news.ArticleFilter{Country: "RUS"}), []string{"a1"}},
		{"country VEN", articles(news.ArticleFilter{Country: "VEN"}), []string{"a1", "a2"}},
		{"entity e1", articles(news.ArticleFilter{Entity: "e1"}), []string{"a1", "a2"}},
		{"entity e2", articles(news.ArticleFilter{Entity: "e2"}), []string{"a2"}},
		{"dyad", events(news.EventFilter{Dyad: []string{"VEN", "RUS"}}), []string{"v2", "v1"}},
		{"dyad type", events(news.EventFilter{Dyad: []string{"RUS", "VEN"}, Type: "CONSULT"}), []string{"v1"}},
		{"dyad from", events(news.EventFilter{Dyad: []string{"RUS", "VEN"}, Limit: 1}), []string{"v2"}},
		{"partners VEN", partners("VEN"), []string{"CUB AGREE 1", "RUS AGREE 1", "RUS CONSULT 1"}},
	})

	// Written after the migration: replaced by row number and by pair.
	err = st.Update(ctx, func(tx news.Tx) error {
		a := &news.Article{ID: "a1", Hash: "h1", Published: "2024-01-01",
			Analysis: &news.Analysis{Countries: []string{"CUB"}, Entities: []news.Entity{{ID: "e2"}}}}
		if err := tx.PutArticle(a); err != nil {
			return err
		}
		if err := tx.PutEvent(&news.Event{ID: "v1", Type: "CONSULT", Source: []string{"RUS"}, Target: []string{"CUB"},
			Date: "2024-01-03"}, nil); err != nil {
			return err
		}
		return tx.DeleteEvent("v2")
	})
	if err != nil {
		t.Fatal(err)
	}
	check("rewritten", []struct {
		name      string
		got, want []string
	}{
		{"country RUS", articles(news.ArticleFilter{Country: "RUS"}), nil},
		{"country CUB", articles(news.ArticleFilter{Country: "CUB"}), []string{"a1"}},
		{"entity e1", articles(news.ArticleFilter{Entity: "e1"}), []string{"a2"}},
		{"entity e2", articles(news.ArticleFilter{Entity: "e2"}), []string{"a1", "a2"}},
		{"dyad old", events(news.EventFilter{Dyad: []string{"RUS", "VEN"}}), nil},
		{"dyad new", events(news.EventFilter{Dyad: []string{"CUB", "RUS"}}), []string{"v1"}},
		{"partners VEN", partners("VEN"), nil},
	})
}

// TestMigrateFrom010: a database written at schema 010 keeps its
// signatures, fingerprint lists, shared-text links and mentions through
// migration 011 (keyed by article number), ids named there without an
// article get a stub number after every article's, the reads answer as
// before (lists now in number order), and the store goes on writing them:
// a stub's article takes the stub's number, a new article the next one.
func TestMigrateFrom010(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "old.db")
	db := oldSchema(t, p, 10)
	for _, q := range []string{
		// a2 is article 1, a1 article 2; a9 is only named.
		`INSERT INTO articles(id, hash, published) VALUES ('a2', 'h2', '2024-01-02'), ('a1', 'h1', '2024-01-01')`,
		`INSERT INTO signatures(article, sig, bands) VALUES
			('a1', x'07000000', x'05000000000000000600000000000000'), ('a9', x'09000000', x'0500000000000000')`,
		`INSERT INTO bands(band, article) VALUES (5, 'a1'), (5, 'a2'), (5, 'a9'), (6, 'a1')`,
		`INSERT INTO shared(a, b, duplicate) VALUES ('a1', 'a2', 0), ('a2', 'a1', 0), ('a1', 'a9', 1), ('a9', 'a1', 1)`,
		`INSERT INTO events(id, type, date) VALUES ('v1', 'CONSULT', '2024-01-01'), ('v2', 'AGREE', '2024-01-02')`,
		`INSERT INTO mentions(event, article, text) VALUES ('v1', 'a1', 'met'), ('v1', 'a9', 'met'), ('v2', '', 'agreed')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	st, err := Open(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	events := func(article string) []string {
		t.Helper()
		vs, _, err := st.Events(ctx, news.EventFilter{Article: article})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, v := range vs {
			ids = append(ids, v.ID)
		}
		return ids
	}
	// read checks, inside a transaction, what the linker reads.
	read := func(when string, bands map[uint64][]string, shared map[string][]string, sigs map[string][]uint32) {
		t.Helper()
		err := st.Update(ctx, func(tx news.Tx) error {
			for band, want := range bands {
				got, err := tx.ArticlesByBands([]uint64{band}, 0)
				if err != nil || !slices.Equal(got, want) {
					return fmt.Errorf("band %d: got %v, %v, want %v", band, got, err, want)
				}
			}
			for id, want := range shared {
				got, err := tx.SharedWith(id)
				if err != nil || !slices.Equal(got, want) {
					return fmt.Errorf("shared with %s: got %v, %v, want %v", id, got, err, want)
				}
			}
			for id, want := range sigs {
				got, err := tx.Signature(id)
				if err != nil || !slices.Equal(got, want) {
					return fmt.Errorf("signature %s: got %v, %v, want %v", id, got, err, want)
				}
			}
			return nil
		})
		if err != nil {
			t.Errorf("%s: %v", when, err)
		}
	}
	read("migrated",
		map[uint64][]string{5: {"a2", "a1", "a9"}, 6: {"a1"}},
		map[string][]string{"a1": {"a2", "a9"}, "a2": {"a1"}, "a9": {"a1"}},
		map[string][]uint32{"a1": {7}, "a9": {9}, "a2": nil})
	for _, tt := range []struct {
		article string
		want    []string
	}{{"a1", []string{"v1"}}, {"a9", []string{"v1"}}, {"a2", nil}} {
		if got := events(tt.article); !slices.Equal(got, tt.want) {
			t.Errorf("migrated: events of %s: got %v, want %v", tt.article, got, tt.want)
		}
	}
	if a, err := st.Article(ctx, "a1"); err != nil || !slices.Equal(a.SharesTextWith, []string{"a2", "a9"}) {
		t.Errorf("migrated: article a1 shares text with: got %+v, %v, want [a2 a9]", a, err)
	}
	var stub int64
	if err := st.rdb.QueryRow(`SELECT n FROM article_stubs WHERE id = 'a9'`).Scan(&stub); err != nil || stub != 3 {
		t.Errorf("migrated: stub of a9: got %d, %v, want 3", stub, err)
	}

	// a9 is stored (taking its stub's number), a3 is new (number 4), and
	// a1's bands are replaced by the list on its migrated signature row.
	err = st.Update(ctx, func(tx news.Tx) error {
		if err := tx.PutBands("a3", []uint64{5}, []uint32{3}); err != nil {
			return err
		}
		if err := tx.PutArticle(&news.Article{ID: "a3", Hash: "h3"}); err != nil {
			return err
		}
		if err := tx.PutArticle(&news.Article{ID: "a9", Hash: "h9"}); err != nil {
			return err
		}
		return tx.PutBands("a1", []uint64{7}, []uint32{8})
	})
	if err != nil {
		t.Fatal(err)
	}
	read("rewritten",
		map[uint64][]string{5: {"a2", "a9", "a3"}, 6: nil, 7: {"a1"}},
		map[string][]string{"a9": {"a1"}},
		map[string][]uint32{"a1": {8}, "a3": {3}, "a9": {9}})
	for id, want := range map[string]int64{"a2": 1, "a1": 2, "a9": 3, "a3": 4} {
		var n int64
		if err := st.rdb.QueryRow(`SELECT n FROM articles WHERE id = ?`, id).Scan(&n); err != nil || n != want {
			t.Errorf("rewritten: number of %s: got %d, %v, want %d", id, n, err, want)
		}
	}
	var stubs int
	if err := st.rdb.QueryRow(`SELECT count(*) FROM article_stubs`).Scan(&stubs); err != nil || stubs != 0 {
		t.Errorf("rewritten: stubs: got %d, %v, want none", stubs, err)
	}
	if got := events("a9"); !slices.Equal(got, []string{"v1"}) {
		t.Errorf("rewritten: events of a9: got %v, want [v1]", got)
	}
}
