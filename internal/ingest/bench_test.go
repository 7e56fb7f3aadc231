package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// benchPage builds a realistic news page: head metadata, scripts, a long
// navigation, the article, related links, a footer; about 60 KB.
func benchPage(i int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ministers meet in Vienna | Example Times</title>`)
	b.WriteString(`<meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2024-05-02T08:00:00Z">`)
	b.WriteString(`<link rel="canonical" href="https://times.example.com/world/` + fmt.Sprint(i) + `">`)
	for j := 0; j < 10; j++ {
		b.WriteString(`<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>`)
	}
	b.WriteString(`</head><body><header><nav><ul>`)
	for j := 0; j < 80; j++ {
		fmt.Fprintf(&b, `<li><a href="/section/%d">Section %d</a></li>`, j, j)
	}
	b.WriteString(`</ul></nav></header><div class="ad">Advertisement</div><main><article><h1>Ministers meet in Vienna</h1>`)
	for j := 0; j < 25; j++ {
		fmt.Fprintf(&b, `<p>Paragraph %d: the foreign ministers of Austria and Chile discussed trade, climate research and the situation in the region during talks in Vienna on Thursday, officials said, adding that a further round of consultations would follow in the autumn.</p>`, j)
	}
	b.WriteString(`</article><aside><h3>Related</h3><ul>`)
	for j := 0; j < 30; j++ {
		fmt.Fprintf(&b, `<li><a href="/story/%d">Another story about something else %d</a></li>`, j, j)
	}
	b.WriteString(`</ul></aside></main><footer><p>© Example Times</p>`)
	for j := 0; j < 40; j++ {
		fmt.Fprintf(&b, `<a href="/legal/%d">Legal %d</a> `, j, j)
	}
	b.WriteString(`</footer></body></html>`)
	return b.String()
}

func benchFile(b *testing.B, name string, data []byte, perFile int) {
	dir := b.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	r := &Reader{}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	start := time.Now()
	docs := 0
	for i := 0; i < b.N; i++ {
		err := r.ReadFile(context.Background(), path, func(it Item) error {
			if it.Err != nil {
				return it.Err
			}
			docs++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	if docs != b.N*perFile {
		b.Fatalf("got %d documents, want %d", docs, b.N*perFile)
	}
	b.ReportMetric(float64(docs)/time.Since(start).Seconds(), "articles/s")
}

func BenchmarkText(b *testing.B) {
	benchFile(b, "a.txt", []byte(strings.Repeat(frText+"\n\n", 40)), 1)
}

func BenchmarkTextKOI8(b *testing.B) {
	data, _ := charmap.KOI8R.NewEncoder().Bytes([]byte(strings.Repeat(ruText+"\n\n", 40)))
	benchFile(b, "a.txt", data, 1)
}

func BenchmarkHTML(b *testing.B) {
	benchFile(b, "a.html", []byte(benchPage(1)), 1)
}

func BenchmarkJSONL(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&sb, `{"url":"https://x.example/%d","title":"Story %d","date":"2024-05-0%d","text":%q}`+"\n", i, i, i%9+1, strings.Repeat(esText+"\n\n", 5))
	}
	benchFile(b, "a.jsonl", []byte(sb.String()), 100)
}

func BenchmarkFeed(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>`)
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&sb, `<item><title>Item %d</title><link>https://x.example/%d</link><pubDate>Thu, 02 May 2024 10:00:00 +0000</pubDate><description><![CDATA[<p>%s</p><p>%s</p>]]></description></item>`, i, i, deText, deText)
	}
	sb.WriteString(`</channel></rss>`)
	benchFile(b, "a.xml", []byte(sb.String()), 50)
}

func BenchmarkWARC(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 10; i++ {
		sb.WriteString(warcRec("response", fmt.Sprintf("https://times.example.com/%d", i), "application/http; msgtype=response", httpResp("200 OK", "text/html", "", benchPage(i))))
	}
	benchFile(b, "a.warc", []byte(sb.String()), 10)
}

// BenchmarkHTMLDir reads real saved pages from $INGEST_HTML_DIR (e.g.
// go-trafilatura's test-files/comparison in the module cache), to measure
// time per page on real markup; skipped when unset.
func BenchmarkHTMLDir(b *testing.B) {
	dir := os.Getenv("INGEST_HTML_DIR")
	if dir == "" {
		b.Skip("INGEST_HTML_DIR not set")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(files) == 0 {
		b.Skip("no .html files")
	}
	r := &Reader{}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	pages := 0
	for i := 0; i < b.N; i++ {
		f := files[i%len(files)]
		_ = r.ReadFile(context.Background(), f, func(Item) error { return nil })
		pages++
	}
	b.ReportMetric(float64(pages)/time.Since(start).Seconds(), "articles/s")
}
