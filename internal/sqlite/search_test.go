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

func TestMarks(t *testing.T) {
	o, c := markOpen, markClose
	tests := []struct {
		in, want string
		marks    [][2]int
	}{
		{"", "", nil},
		{"plain [text]", "plain [text]", nil},
		{"on " + o + "energy" + c + " [sic]", "on [energy] [sic]", [][2]int{{4, 10}}},
		{o + "a" + c + o + "b" + c, "[a][b]", [][2]int{{1, 2}, {4, 5}}},
		{"stray " + c + "x" + o + "open", "stray x[open]", [][2]int{{8, 12}}},
		{o + o + "x" + c + c, "[x]", [][2]int{{1, 2}}},
	}
	for _, tt := range tests {
		got, marks := marks(tt.in)
		if got != tt.want || fmt.Sprint(marks) != fmt.Sprint(tt.marks) {
			t.Errorf("marks(%q): got %q %v, want %q %v", tt.in, got, marks, tt.want, tt.marks)
		}
	}
}

// FuzzMarks checks that every mark marks returns is a bracketed range of
// the text it returns.
func FuzzMarks(f *testing.F) {
	f.Add("on " + markOpen + "energy" + markClose + " [sic]")
	f.Add(markClose + markOpen + "[x]" + markOpen)
	f.Fuzz(func(t *testing.T, s string) {
		got, ms := marks(s)
		at := 0
		for _, m := range ms {
			if m[0] < at+len(MarkStart) || m[1] < m[0] || m[1]+len(MarkEnd) > len(got) ||
				got[m[0]-len(MarkStart):m[0]] != MarkStart || got[m[1]:m[1]+len(MarkEnd)] != MarkEnd {
				t.Fatalf("marks(%q) = %q, %v: mark %v not bracketed in order", s, got, ms, m)
			}
			at = m[1] + len(MarkEnd)
		}
	})
}

// TestSearchMarks checks that the marks of a hit are where the matched
// term is, not at the text's own brackets, in every kind of hit.
func TestSearchMarks(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, filepath.Join(t.TempDir(), "marks.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	body := `The minister said [sic] that the pipeline deal "was [not] final".`
	err = st.Update(ctx, func(tx news.Tx) error {
		if err := tx.PutEntity(&news.Entity{ID: "e1", Kind: news.KindPerson, Name: "Pipeline [Works] Agency"}, nil); err != nil {
			return err
		}
		return tx.PutArticle(&news.Article{ID: "a1", Hash: "h1", Lang: "en", Title: "Talks [updated]", Body: body,
			Analysis: &news.Analysis{Quotes: []news.Quote{{Text: "the [pipeline] deal", Speaker: "e1"}}}})
	})
	if err != nil {
		t.Fatal(err)
	}
	hits, err := st.Search(ctx, "pipeline", 10)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	for _, h := range hits {
		kinds[h.Kind] = true
		if len(h.Marks) == 0 {
			t.Errorf("%s hit %q has no marks", h.Kind, h.Snippet)
		}
		for _, m := range h.Marks {
			if got := h.Snippet[m[0]:m[1]]; !strings.EqualFold(got, "pipeline") {
				t.Errorf("%s hit %q: mark %v on %q, want the matched term", h.Kind, h.Snippet, m, got)
			}
		}
	}
	for _, k := range []string{"article", "entity", "quote"} {
		if !kinds[k] {
			t.Errorf("no %s hit in %+v", k, hits)
		}
	}
}
