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
