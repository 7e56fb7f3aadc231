package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"chancery/internal/news"
	"chancery/internal/sqlite"
)

// TestSignatureCache holds the signature cache to the database: a rolled
// back write is never served, and a write by another process (another
// Store on the same file) is seen on the next transaction.
func TestSignatureCache(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "chancery.db")
	a, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	put := func(st *sqlite.Store, sig []uint32) error {
		return st.Update(ctx, func(tx news.Tx) error { return tx.PutBands("a1", []uint64{1}, sig) })
	}
	read := func(st *sqlite.Store) []uint32 {
		t.Helper()
		var got []uint32
		if err := st.Update(ctx, func(tx news.Tx) error {
			var err error
			got, err = tx.Signature("a1")
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return got
	}
	if err := put(a, []uint32{1, 2}); err != nil {
		t.Fatal(err)
	}
	if got := read(a); !slices.Equal(got, []uint32{1, 2}) {
		t.Fatalf("after put: got %v, want [1 2]", got)
	}
	rollback := errors.New("rollback")
	err = a.Update(ctx, func(tx news.Tx) error {
		if err := tx.PutBands("a1", []uint64{1}, []uint32{9}); err != nil {
			return err
		}
		if got, err := tx.Signature("a1"); err != nil || !slices.Equal(got, []uint32{9}) {
			return fmt.Errorf("inside the transaction: got %v, %v, want [9]", got, err)
		}
		return rollback
	})
	if !errors.Is(err, rollback) {
		t.Fatal(err)
	}
	if got := read(a); !slices.Equal(got, []uint32{1, 2}) {
		t.Errorf("after rollback: got %v, want [1 2]", got)
	}
	if err := put(b, []uint32{3}); err != nil {
		t.Fatal(err)
	}
	if got := read(a); !slices.Equal(got, []uint32{3}) {
		t.Errorf("after another store's write: got %v, want [3]", got)
	}
	// The caller owns what it gets.
	if err := a.Update(ctx, func(tx news.Tx) error {
		sig, err := tx.Signature("a1")
		if err != nil {
			return err
		}
		sig[0] = 42
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got := read(a); !slices.Equal(got, []uint32{3}) {
		t.Errorf("after the caller changed its copy: got %v, want [3]", got)
	}
}

// TestPutEventRefiling: an event stored again with the same filing (a new
// report) keeps its filter rows; with a new filing (another person, side or
// date) they follow.
func TestPutEventRefiling(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	defer st.Close()
	ev := &news.Event{ID: "v1", Type: news.Consult, Source: []string{"RUS"}, Target: []string{"VEN"},
		Persons: []string{"e1"}, Date: "2024-01-16", Mode: news.ModeFactual,
		Mentions: []news.Mention{{Article: "a1", Lang: "en", Text: "met", Trigger: "met"}}}
	keys := []string{"k2", "k1"}
	count := func(f news.EventFilter) int {
		t.Helper()
		_, n, err := st.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	steps := []struct {
		name string
		edit func(e *news.Event)
		keys []string
		want map[string]int // filter name → events
	}{
		{"first", func(*news.Event) {}, keys, map[string]int{"e1": 1, "e2": 0, "VEN": 1, "CUB": 0, "jan": 1, "feb": 0, "en": 1, "de": 0}},
		{"new report", func(e *news.Event) {
			e.Mentions = append(e.Mentions, news.Mention{Article: "a2", Lang: "de", Text: "trafen", Trigger: "trafen"})
		}, []string{"k1", "k2", "k1"}, map[string]int{"e1": 1, "VEN": 1, "jan": 1, "en": 1, "de": 1}},
		{"new person", func(e *news.Event) { e.Persons = append(e.Persons, "e2") }, keys, map[string]int{"e1": 1, "e2": 1}},
		{"new side", func(e *news.Event) { e.Target = []string{"CUB"} }, keys, map[string]int{"VEN": 0, "CUB": 1}},
		{"new date", func(e *news.Event) { e.Date = "2024-02-01" }, keys, map[string]int{"jan": 0, "feb": 1}},
		{"new keys", func(*news.Event) {}, []string{"k3"}, map[string]int{"k1": 0, "k3": 1}},
	}
	filters := map[string]news.EventFilter{
		"e1": {Person: "e1"}, "e2": {Person: "e2"}, "VEN": {Dyad: []string{"RUS", "VEN"}}, "CUB": {Country: "CUB"},
		"jan": {From: "2024-01-01", To: "2024-01-31"}, "feb": {Type: news.Consult, From: "2024-02-01"},
		"en": {Lang: "en"}, "de": {Lang: "de"},
	}
	for _, s := range steps {
		s.edit(ev)
		if err := st.Update(ctx, func(tx news.Tx) error { return tx.PutEvent(ev, s.keys) }); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		for name, want := range s.want {
			if k, ok := map[string]string{"k1": "k1", "k3": "k3"}[name]; ok {
				var n int
				if err := st.Update(ctx, func(tx news.Tx) error {
					got, err := tx.EventsByKeys([]string{k})
					n = len(got)
					return err
				}); err != nil {
					t.Fatal(err)
				}
				if n != want {
					t.Errorf("%s: EventsByKeys(%s): got %d, want %d", s.name, k, n, want)
				}
				continue
			}
			if got := count(filters[name]); got != want {
				t.Errorf("%s: Events(%s): got %d, want %d", s.name, name, got, want)
			}
		}
	}
}

// TestLegacyBands: an article stored before migration 008 (its bands not
// listed on its signatures row) loses its old bands when stored again.
func TestLegacyBands(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "chancery.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Update(ctx, func(tx news.Tx) error {
		return tx.PutArticle(&news.Article{ID: "a1", Hash: "h1", Body: "x"})
	}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	// What a database migrated from 007 holds: bands, a signature row
	// without the list, and the mark of the last legacy article.
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO article_stubs(n, id) VALUES (2, 'a2')`,
		`INSERT INTO bands(band, article_n) VALUES (5, 1), (6, 1), (5, 2)`,
		`INSERT INTO signatures(article_n, sig) VALUES (1, x'01000000')`,
		`UPDATE bands_legacy SET n = (SELECT n FROM articles WHERE id = 'a1')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	st, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	err = st.Update(ctx, func(tx news.Tx) error {
		if sig, err := tx.Signature("a1"); err != nil || !slices.Equal(sig, []uint32{1}) {
			return fmt.Errorf("legacy signature: got %v, %v, want [1]", sig, err)
		}
		if err := tx.PutBands("a1", []uint64{7}, []uint32{2}); err != nil {
			return err
		}
		for band, want := range map[uint64][]string{5: {"a2"}, 6: nil, 7: {"a1"}} {
			got, err := tx.ArticlesByBands([]uint64{band}, 0)
			if err != nil || !slices.Equal(got, want) {
				return fmt.Errorf("band %d after PutBands: got %v, %v, want %v", band, got, err, want)
			}
		}
		// Stored since: its bands are listed and replaced by key.
		if err := tx.PutBands("a1", []uint64{8}, nil); err != nil {
			return err
		}
		for band, want := range map[uint64][]string{7: nil, 8: {"a1"}} {
			got, err := tx.ArticlesByBands([]uint64{band}, 0)
			if err != nil || !slices.Equal(got, want) {
				return fmt.Errorf("band %d after second PutBands: got %v, %v, want %v", band, got, err, want)
			}
		}
		if sig, err := tx.Signature("a1"); err != nil || sig != nil {
			return fmt.Errorf("signature after PutBands without one: got %v, %v, want nil", sig, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
