package event

import (
	"os"
	"path/filepath"
	"testing"

	"chancery/internal/news"
)

// FuzzExtract checks that no body, with any actors the test dictionary
// finds in it and any language, makes Extract panic or produce spans
// outside the body.
func FuzzExtract(f *testing.F) {
	f.Add("en", "Lindgren met Ferreira in Stockholm. \"We agree,\" he said.")
	f.Add("de", "„Wir sind uns einig“, sagte Sorokin. Russland lehnte den Vorschlag ab.")
	f.Add("fr", "« Nous voulons » a déclaré Quintana.\n\n«")
	f.Add("ru", "«Мы договорились», — заявил Сорокин. \"")
	f.Add("", "\"\"\"“”„«»‘’ (((( ))) , , ,")
	f.Fuzz(func(t *testing.T, lang, body string) {
		a := build(lang, body)
		extract(a, fixedDates(body, map[string]string{"Monday": "2024-03-11"}))
		for _, q := range a.Analysis.Quotes {
			if q.Start < 0 || q.End > len(body) || q.Start > q.End {
				t.Fatalf("quote span %v outside body of %d bytes", q.Span, len(body))
			}
		}
		for _, e := range a.Analysis.Events {
			if len(e.Mentions) == 0 {
				t.Fatalf("event without mentions: %+v", e)
			}
		}
	})
}

// BenchmarkExtract runs the extraction over the seed articles (already
// cleaned and with actors), when ../shared is there.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		b.Skip("no seeds")
	}
	var arts []*news.Article
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, analyse(news.Raw{SourceFile: f, Format: news.FormatText, Text: string(raw)}))
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		a := arts[i%len(arts)]
		Extract(a)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
