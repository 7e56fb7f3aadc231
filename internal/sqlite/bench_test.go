package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"chancery/internal/news"
)

var codes = []string{"RUS", "VEN", "CUB", "USA", "DEU", "FRA", "CHN", "BRA", "IND", "TUR", "UN", "EU", "NATO"}

// synthEvents fills st with n events spread over codes, types, dates,
// languages and persons, each with two mentions.
func synthEvents(tb testing.TB, st *Store, n int) {
	tb.Helper()
	langs := []string{"en", "de", "es", "fr", "ru"}
	err := st.Update(context.Background(), func(tx news.Tx) error {
		for i := range n {
			a, b := codes[i%len(codes)], codes[(i/len(codes)+i+1)%len(codes)]
			ev := &news.Event{ID: fmt.Sprintf("v%d", i+1), Type: news.EventTypes[i%len(news.EventTypes)],
				Source: []string{a}, Target: []string{b}, Persons: []string{fmt.Sprintf("e%d", i%500)},
				Date: fmt.Sprintf("20%02d-%02d-%02d", 10+i%15, 1+i%12, 1+i%28)}
			for j := range 2 {
				ev.Mentions = append(ev.Mentions, news.Mention{Article: fmt.Sprintf("a%d", (i*2+j)%(n/2+1)),
					Lang: langs[(i+j)%len(langs)], Text: fmt.Sprintf("Report %d of event %d between %s and %s.", j, i, a, b)})
			}
			if err := tx.PutEvent(ev, []string{fmt.Sprintf("k%d", i%4000)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
}

func BenchmarkEvents(b *testing.B) {
	st, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	synthEvents(b, st, 20000)
	ctx := context.Background()
	filters := map[string]news.EventFilter{
		"all":          {},
		"type":         {Type: news.Consult},
		"dyad":         {Dyad: []string{"RUS", "VEN"}},
		"country+lang": {Country: "CUB", Lang: "de"},
		"person":       {Person: "e42"},
		"range":        {From: "2020-01-01", To: "2021-12-31", Offset: 100},
		"type+country": {Type: news.Consult, Country: "RUS"},
		"type+dyad":    {Type: news.Consult, Dyad: []string{"RUS", "VEN"}},
		"dyad first":   {Dyad: []string{"RUS", "VEN"}, FirstMention: true},
		"country page": {Country: "RUS", Limit: 30, FirstMention: true},
		"person page":  {Person: "e42", Limit: 50, FirstMention: true},
		"person deep":  {Person: "e42", Offset: 20, Limit: 10},
	}
	for name, f := range filters {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := st.Events(ctx, f); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
		})
	}
}

func BenchmarkPutArticle(b *testing.B) {
	st, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	body := strings.Repeat("The foreign minister held talks with his counterpart on trade and security. ", 40)
	const batch = 100
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		err := st.Update(context.Background(), func(tx news.Tx) error {
			for range batch {
				n++
				id := fmt.Sprintf("%016x", n)
				a := &news.Article{ID: id, Hash: id, Lang: "en", Title: "Talks " + id, Body: body, Published: "2024-01-02",
					Analysis: &news.Analysis{Countries: []string{"RUS", "VEN"},
						Entities: []news.Entity{{ID: "e1", Kind: news.KindPerson, Name: "N"}},
						Quotes:   []news.Quote{{Text: "We agree", Speaker: "e1"}}}}
				if err := tx.PutArticle(a); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkAggregates measures the chart and ranking queries: a dyad's
// counts by month and type, a country's partners, a speaker's quotes.
func BenchmarkAggregates(b *testing.B) {
	st, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	synthEvents(b, st, 20000)
	ctx := context.Background()
	err = st.Update(ctx, func(tx news.Tx) error {
		for i := range 2000 {
			id := fmt.Sprintf("%016x", i)
			a := &news.Article{ID: id, Hash: id, Lang: "en", Title: "Talks " + id, Body: "The minister said: we agree.",
				Published: fmt.Sprintf("20%02d-%02d-01", 10+i%15, 1+i%12),
				Analysis:  &news.Analysis{Quotes: []news.Quote{{Text: "We agree", Speaker: fmt.Sprintf("e%d", i%20)}}}}
			if err := tx.PutArticle(a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	queries := map[string]func() error{
		"dyad counts": func() error {
			_, err := st.EventCounts(ctx, news.EventFilter{Dyad: []string{"RUS", "VEN"}})
			return err
		},
		"partners":  func() error { _, err := st.Partners(ctx, "RUS"); return err },
		"quotes by": func() error { _, err := st.QuotesBy(ctx, "e7", 200); return err },
	}
	for name, q := range queries {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := q(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
		})
	}
}

// BenchmarkSearch measures full-text search for a word in every document
// (ranked among the newest matches, snippets for the kept hits only) and
// for a rare phrase.
func BenchmarkSearch(b *testing.B) {
	st, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	synthEvents(b, st, 20000)
	ctx := context.Background()
	err = st.Update(ctx, func(tx news.Tx) error {
		for i := range 5000 {
			id := fmt.Sprintf("%016x", i)
			body := fmt.Sprintf("The ministers held talks on trade in the capital (report %d). ", i) +
				strings.Repeat("They discussed energy, security and the border. ", 20)
			a := &news.Article{ID: id, Hash: id, Lang: "en", Title: fmt.Sprintf("Talks %d", i), Body: body,
				Published: fmt.Sprintf("20%02d-%02d-01", 10+i%15, 1+i%12),
				Analysis:  &news.Analysis{Quotes: []news.Quote{{Text: "We held good talks", Speaker: fmt.Sprintf("e%d", i%20)}}}}
			if err := tx.PutArticle(a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for name, q := range map[string]string{"common word": "talks", "every mention": "report", "rare phrase": `"report 4242"`} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				hits, err := st.Search(ctx, q, 100)
				if err != nil || len(hits) == 0 {
					b.Fatalf("Search(%q): %d hits, %v", q, len(hits), err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
		})
	}
}
