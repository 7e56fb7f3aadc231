package ingest

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func FuzzDecode(f *testing.F) {
	f.Add([]byte("plain"), false)
	f.Add([]byte("\xef\xbb\xbfBOM"), false)
	f.Add([]byte("\xff\xfeh\x00i\x00"), false)
	f.Add([]byte(`<meta charset="koi8-r">`+"\xf0\xd2\xc9"), true)
	f.Add([]byte("caf\xe9 cr\xe8me"), false)
	f.Add([]byte("a\x00b\r\nc\rd"), false)
	if b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(ruText)); err == nil {
		f.Add(b, false)
	}
	f.Fuzz(func(t *testing.T, b []byte, html bool) {
		s, cs, err := Decode(b, html)
		if err != nil {
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 out of %q", b)
		}
		if cs == "" {
			t.Fatalf("no charset for %q", b)
		}
		for _, r := range s {
			if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f) {
				t.Fatalf("control %U left in %q", r, s)
			}
		}
		// Idempotent on its own output.
		if again, _, _ := Decode([]byte(s), false); again != strings.TrimPrefix(s, "\uFEFF") {
			t.Fatalf("not idempotent: %q then %q", s, again)
		}
	})
}

func FuzzJSONLine(f *testing.F) {
	f.Add([]byte(`{"url":"u","title":"t","text":"Some text."}`))
	f.Add([]byte(`{"html":"<p>a</p><p>b</p>","date":1712102400}`))
	f.Add([]byte(`{"content":["a","b"],"source":{"name":"X"}}`))
	f.Add([]byte(`{"text":"cut`))
	f.Add([]byte(`[1,2]`))
	r := &Reader{}
	f.Fuzz(func(t *testing.T, line []byte) {
		raw, err := r.parseRecord("f:1", 1, line)
		if err == nil && strings.TrimSpace(raw.Text) == "" {
			t.Fatalf("empty document from %q", line)
		}
		if err == nil && raw == nil {
			t.Fatal("nil Raw without error")
		}
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<html lang="de"><head><title>T</title></head><body><p>Ein Absatz.</p></body></html>`))
	f.Add([]byte(strings.Repeat("<div>", 600)))
	f.Add([]byte("<p>a\x00b<li>c<li>d"))
	f.Add([]byte(`<meta charset="windows-1251"><p>` + "\xcf\xf0\xe8\xe2\xe5\xf2"))
	r := &Reader{MaxDepth: 64}
	f.Fuzz(func(t *testing.T, b []byte) {
		raw, err := r.readHTML("f", b, "")
		if err != nil {
			return
		}
		if strings.TrimSpace(raw.Text) == "" || !utf8.ValidString(raw.Text) {
			t.Fatalf("bad text %q from %q", raw.Text, b)
		}
	})
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(`<rss><channel><title>F</title><item><title>a</title><link>u</link><description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div><p>x</p></div></content></entry></feed>`))
	f.Add([]byte(`<rss><item><title>unclosed`))
	r := &Reader{}
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = r.readFeed(context.Background(), "f", b, func(it Item) error {
			if it.Err == nil && strings.TrimSpace(it.Raw.Text) == "" {
				t.Fatalf("empty item from %q", b)
			}
			return nil
		})
	})
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte(warcRec("response", "https://a.example/", "application/http; msgtype=response", httpResp("200 OK", "text/html", "", "<p>Hello there, a paragraph.</p>"))))
	f.Add([]byte(warcRec("conversion", "u", "text/plain", "text")))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nab"))
	f.Add([]byte(warcRec("response", "u", "application/http", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\nzz\r\n")))
	r := &Reader{MaxSize: 1 << 16}
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = parseWARC(strings.NewReader(string(b)), 1<<16, func(n int, rec *warcRecord, err error) error {
			if rec != nil && int64(len(rec.Block)) > 1<<16 {
				t.Fatalf("block over the limit: %d", len(rec.Block))
			}
			return nil
		})
		_ = r.readWARC(context.Background(), "f", strings.NewReader(string(b)), func(Item) error { return nil })
	})
}
