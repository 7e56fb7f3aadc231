package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chancery/internal/news"
	"chancery/internal/storetest"
)

func TestFTSQuery(t *testing.T) {
	tests := []struct {
		in     string
		prefix bool
		want   string
	}{
		{"", false, ""},
		{"   ", false, ""},
		{"Moskau", false, `"Moskau"`},
		{"Лавров  Москва", false, `"Лавров" "Москва"`},
		{"minist*", false, `"minist"*`},
		{"ivan pri", true, `"ivan"* "pri"*`},
		{`"held talks" Geneva`, false, `"held talks" "Geneva"`},
		{`"unbalanced phrase`, false, `"unbalanced phrase"`},
		{`a"b`, false, `"a" "b"`},
		{`NEAR(a b) OR NOT`, false, `"NEAR(a" "b)" "OR" "NOT"`},
		{`title:x`, false, `"title:x"`},
		{`- * ( ) "" :`, false, ""},
		{"x\x00y", false, `"x" "y"`},
		{"\xffbad", false, `"bad"`},
	}
	for _, tt := range tests {
		if got := FTSQuery(tt.in, tt.prefix); got != tt.want {
			t.Errorf("FTSQuery(%q, %v): got %s, want %s", tt.in, tt.prefix, got, tt.want)
		}
	}
}

// FuzzFTSQuery checks that no user text makes a full-text query fail, on a
// real database with every FTS table.
func FuzzFTSQuery(f *testing.F) {
	for _, q := range storetest.HostileQueries {
		f.Add(q)
	}
	f.Add("Лавров Москва")
	f.Add(`"held talks" minist*`)
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	err = st.Update(ctx, func(tx news.Tx) error {
		if err := tx.PutEntity(&news.Entity{ID: "e1", Kind: news.KindPerson, Name: "Émile Exemple", Aliases: []string{"Эмиль"}}, nil); err != nil {
			return err
		}
		return tx.PutArticle(&news.Article{ID: "a1", Hash: "h", Title: "AND OR NOT", Body: "held talks in Москва",
			Analysis: &news.Analysis{Quotes: []news.Quote{{Text: "we agree"}}}})
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := st.Search(ctx, q, 5); err != nil {
			t.Fatalf("Search(%q) [fts %s]: %v", q, FTSQuery(q, false), err)
		}
		if _, _, err := st.Entities(ctx, news.EntityFilter{Query: q}); err != nil {
			t.Fatalf("Entities(%q) [fts %s]: %v", q, FTSQuery(q, true), err)
		}
	})
}

// TestSearchRanksNewestMatches checks the bound on ranking: with more
// matches than maxRanked, the hits are the best of the newest matches; with
// fewer, every match is ranked.
func TestSearchRanksNewestMatches(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "search.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	err = st.Update(ctx, func(tx news.Tx) error {
		for i := range 6 {
			id := fmt.Sprintf("a%015d", i)
			body := "The grid operators met. " + strings.Repeat("Nothing else was said. ", i)
			if i == 0 {
				body = "grid grid grid" // the best match, and the oldest
			}
			if err := tx.PutArticle(&news.Article{ID: id, Hash: id, Lang: "en", Title: "Report " + id, Body: body}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ids := func() []string {
		hits, err := st.Search(ctx, "grid", 10)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range hits {
			out = append(out, h.ID)
		}
		slices.Sort(out)
		return out
	}
	if got := ids(); len(got) != 6 {
		t.Errorf("all matches ranked: got %v, want 6 hits", got)
	}
	old := maxRanked
	maxRanked = 2
	defer func() { maxRanked = old }()
	if got, want := ids(), []string{"a000000000000004", "a000000000000005"}; !slices.Equal(got, want) {
		t.Errorf("newest matches ranked: got %v, want %v", got, want)
	}
}
