package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"chancery/internal/news"
)

// warcRec renders one WARC record with a correct Content-Length.
func warcRec(typ, uri, ctype, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-04-08T10:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, uri, ctype, len(block), block)
}

func httpResp(status, ctype, extra, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\n%sContent-Length: %d\r\n\r\n%s", status, ctype, extra, len(body), body)
}

const warcPage = `<html lang="it"><head><title>Italia e Grecia firmano un accordo</title>
<meta property="og:site_name" content="Giornale Esempio"></head><body><nav><a href="/">Home</a> <a href="/esteri">Esteri</a></nav>
<article><h1>Italia e Grecia firmano un accordo</h1>
<p>I ministri degli Esteri di Italia e Grecia hanno firmato martedì ad Atene un accordo sulla gestione dei porti e sulla cooperazione marittima nel Mediterraneo.</p>
<p>«È un passo importante per entrambi i Paesi», ha dichiarato il ministro italiano al termine dell'incontro.</p>
</article><footer>Copyright Giornale Esempio</footer></body></html>`

func sampleWARC(t testing.TB) string {
	chunked := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\nTransfer-Encoding: chunked\r\n\r\n"
	ru, err := charmap.Windows1251.NewEncoder().String("<html><body><article><p>" + ruText + "</p><p>" + ruText + "</p></article></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	chunked += fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(ru), ru)
	return warcRec("warcinfo", "", "application/warc-fields", "software: test\r\n") +
		warcRec("request", "https://giornale.example.it/esteri/1", "application/http; msgtype=request", "GET /esteri/1 HTTP/1.1\r\nHost: giornale.example.it\r\n\r\n") +
		warcRec("response", "https://giornale.example.it/esteri/1", "application/http; msgtype=response", httpResp("200 OK", "text/html; charset=utf-8", "", warcPage)) +
		warcRec("response", "https://giornale.example.it/missing", "application/http; msgtype=response", httpResp("404 Not Found", "text/html", "", "<p>not found</p>")) +
		warcRec("response", "https://giornale.example.it/logo.png", "application/http; msgtype=response", httpResp("200 OK", "image/png", "", "\x89PNG\r\n\x1a\n")) +
		warcRec("response", "https://vesti.example.ru/1", "application/http; msgtype=response", chunked) +
		warcRec("conversion", "https://giornale.example.it/esteri/2", "text/plain", "Testo semplice di un articolo convertito.")
}

func TestWARC(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "crawl.warc")
	if err := os.WriteFile(plain, []byte(sampleWARC(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	// .warc.gz: one gzip member per record, as crawlers write them.
	var gz bytes.Buffer
	recs := strings.Split(sampleWARC(t), "WARC/1.1\r\n")[1:]
	for _, rec := range recs {
		zw := gzip.NewWriter(&gz)
		zw.Write([]byte("WARC/1.1\r\n" + rec))
		zw.Close()
	}
	zipped := filepath.Join(dir, "crawl.warc.gz")
	if err := os.WriteFile(zipped, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{plain, zipped} {
		items := readAll(t, &Reader{}, path)
		var got []string
		for _, it := range items {
			if it.Err != nil {
				got = append(got, "error: "+it.Err.Error())
				continue
			}
			r := it.Raw
			if r.Format != news.FormatWARC || r.SourceFile != path {
				t.Errorf("%s: got format %q file %q", path, r.Format, r.SourceFile)
			}
			first, _, _ := strings.Cut(r.Text, "\n")
			got = append(got, fmt.Sprintf("%d %s %s %s %q %q", r.Item, r.URL, r.Charset, r.Lang, r.Title, first))
		}
		want := []string{
			`3 https://giornale.example.it/esteri/1 utf-8 it "Italia e Grecia firmano un accordo" "Italia e Grecia firmano un accordo"`,
			`6 https://vesti.example.ru/1 windows-1251  "" "` + ruText + `"`,
			`7 https://giornale.example.it/esteri/2 utf-8  "" "Testo semplice di un articolo convertito."`,
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\ngot:\n%s\nwant:\n%s", filepath.Base(path), strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

func TestWARCErrors(t *testing.T) {
	big := strings.Repeat("<p>A long paragraph of archived text.</p>", 100)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"too large record", warcRec("resource", "https://a.example/", "text/html", big) +
			warcRec("conversion", "https://a.example/t", "text/plain", "Small text."),
			[]string{"error too_large x.warc:1 record 1: record is 4.0 KiB, over the 1 KiB limit", "ok 2"}},
		{"truncated block", "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 500\r\n\r\nshort",
			[]string{"error invalid x.warc:1 record 1: truncated block"}},
		{"bad length then good", "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: abc\r\n\r\njunk\r\n\r\n" +
			warcRec("conversion", "u", "text/plain", "Fine text."),
			[]string{"error invalid x.warc:1 record 1: missing or bad Content-Length", "ok 2"}},
		{"only metadata", warcRec("warcinfo", "", "application/warc-fields", "x: y\r\n"),
			[]string{"error invalid x.warc WARC has no HTML or text records"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Reader{MaxSize: 1024}
			var got []string
			err := r.readWARC(context.Background(), "x.warc", strings.NewReader(tt.in), func(it Item) error {
				if it.Err != nil {
					ne := it.Err.(*news.Error)
					got = append(got, fmt.Sprintf("error %s %s %s", ne.Code, ne.Path, ne.Message))
				} else {
					got = append(got, fmt.Sprintf("ok %d", it.Raw.Item))
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
