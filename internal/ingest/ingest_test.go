package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"chancery/internal/news"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenItem is what a golden file records of an Item: the Raw without the
// page HTML (kept small and reviewable), or the error's parts.
type goldenItem struct {
	Raw *news.Raw  `json:",omitempty"`
	Err *goldenErr `json:",omitempty"`
}

type goldenErr struct{ Code, Path, Message string }

func toGolden(it Item) goldenItem {
	if it.Err != nil {
		var ne *news.Error
		if !errors.As(it.Err, &ne) {
			return goldenItem{Err: &goldenErr{Code: "not a *news.Error", Message: it.Err.Error()}}
		}
		return goldenItem{Err: &goldenErr{ne.Code, filepath.ToSlash(ne.Path), ne.Message}}
	}
	raw := *it.Raw
	raw.SourceFile = filepath.ToSlash(raw.SourceFile)
	raw.HTML = ""
	return goldenItem{Raw: &raw}
}

func readAll(t testing.TB, r *Reader, paths ...string) []Item {
	t.Helper()
	var items []Item
	err := r.Walk(context.Background(), paths, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return items
}

// TestGolden reads every fixture and compares its items with
// testdata/golden/<file>.golden.json; run with -update to rewrite them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.*")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			var got []goldenItem
			for _, it := range readAll(t, &Reader{}, f) {
				got = append(got, toGolden(it))
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(got); err != nil {
				t.Fatal(err)
			}
			gotJSON := buf.Bytes()
			golden := filepath.Join("testdata", "golden", filepath.Base(f)+".golden.json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(gotJSON, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(gotJSON), bytes.TrimSpace(want)) {
				t.Errorf("items differ from %s:\ngot:\n%s\nwant:\n%s", golden, gotJSON, want)
			}
		})
	}
}

// Fictional texts for the charset tests.
const (
	ruText = "Министр иностранных дел заявил в среду, что переговоры с соседней страной продолжатся на следующей неделе. По его словам, стороны обсудили торговлю, энергетику и безопасность на границе."
	frText = "Le ministre a déclaré mercredi que les négociations reprendraient à Genève. « C'est une étape très importante », a-t-il ajouté après la réunion à l'Élysée."
	deText = "Die Außenministerin äußerte sich am Dienstag besorgt über die Lage. Gespräche über größere Hilfen für die Flüchtlinge würden fortgesetzt, hieß es."
	esText = "El canciller afirmó el jueves que la reunión en Bogotá fue «muy productiva» y que ambos países firmarán un acuerdo de cooperación energética."
	plText = "Minister spraw zagranicznych powiedział w środę, że rozmowy będą kontynuowane. Źródła rządowe podają, że współpraca gospodarcza się zacieśnia."
	csText = "Ministr zahraničí ve středu řekl, že jednání budou pokračovat příští týden. Obě země se dohodly na rozšíření obchodní spolupráce."
)

func encode(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %s: %v", cm, err)
	}
	return b
}

func TestDecode(t *testing.T) {
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range "Grüße aus Köln" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	utf16be := []byte{0xFE, 0xFF}
	for _, r := range "Привет" {
		utf16be = append(utf16be, byte(r>>8), byte(r))
	}
	var utf16noBOM []byte
	for _, r := range "Plain ASCII text written as UTF-16." {
		utf16noBOM = append(utf16noBOM, byte(r), 0)
	}
	tests := []struct {
		name        string
		in          []byte
		html        bool
		wantText    string
		wantCharset string
	}{
		{"utf-8", []byte(ruText), false, ruText, "utf-8"},
		{"utf-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, frText...), false, frText, "utf-8"},
		{"utf-16le BOM", utf16le, false, "Grüße aus Köln", "utf-16le"},
		{"utf-16be BOM", utf16be, false, "Привет", "utf-16be"},
		{"utf-16le no BOM", utf16noBOM, false, "Plain ASCII text written as UTF-16.", "utf-16le"},
		{"latin-1 french", encode(t, charmap.ISO8859_1, frText), false, frText, "iso-8859-1"},
		{"latin-1 german", encode(t, charmap.ISO8859_1, deText), false, deText, "iso-8859-1"},
		{"latin-1 spanish", encode(t, charmap.ISO8859_1, esText), false, esText, "iso-8859-1"},
		{"windows-1252 quotes", encode(t, charmap.Windows1252, "Er sagte: „Nein“ – und ging."), false, "Er sagte: „Nein“ – und ging.", "windows-1252"},
		{"windows-1251", encode(t, charmap.Windows1251, ruText), false, ruText, "windows-1251"},
		{"koi8-r", encode(t, charmap.KOI8R, ruText), false, ruText, "koi8-r"},
		{"iso-8859-5", encode(t, charmap.ISO8859_5, ruText), false, ruText, "iso-8859-5"},
		{"windows-1251 short", encode(t, charmap.Windows1251, "Москва, 3 апреля"), false, "Москва, 3 апреля", "windows-1251"},
		{"koi8-r short", encode(t, charmap.KOI8R, "Москва, 3 апреля"), false, "Москва, 3 апреля", "koi8-r"},
		{"windows-1250 polish", encode(t, charmap.Windows1250, plText), false, plText, "windows-1250"},
		{"iso-8859-2 czech", encode(t, charmap.ISO8859_2, csText), false, csText, "iso-8859-2"},
		{"meta charset", append([]byte(`<html><head><meta charset="windows-1251"></head><body>`), encode(t, charmap.Windows1251, "Новости")...), true,
			`<html><head><meta charset="windows-1251"></head><body>Новости`, "windows-1251"},
		{"http-equiv koi8", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R"><p>`), encode(t, charmap.KOI8R, "да")...), true,
			`<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R"><p>да`, "koi8-r"},
		{"declared latin-1 but utf-8", []byte(`<meta charset="iso-8859-1"><p>Grüße</p>`), true, `<meta charset="iso-8859-1"><p>Grüße</p>`, "utf-8"},
		{"xml declaration", append([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss>`), encode(t, charmap.ISO8859_1, "été")...), true,
			`<?xml version="1.0" encoding="ISO-8859-1"?><rss>été`, "windows-1252"},
		{"declared utf-8 but windows-1251", append([]byte(`<meta charset="utf-8"><p>`), encode(t, charmap.Windows1251, ruText)...), true,
			`<meta charset="utf-8"><p>` + ruText, "windows-1251"},
		{"latin-1 single word", []byte("caf\xe9"), false, "café", "iso-8859-1"},
		{"windows-1251 single word", encode(t, charmap.Windows1251, "Москва"), false, "Москва", "windows-1251"},
		{"koi8-r single word", encode(t, charmap.KOI8R, "Москва"), false, "Москва", "koi8-r"},
		{"windows-1251 ukrainian", encode(t, charmap.Windows1251, "Міністр закордонних справ України заявив, що переговори тривають."), false,
			"Міністр закордонних справ України заявив, що переговори тривають.", "windows-1251"},
		{"windows-1252 english quotes", encode(t, charmap.Windows1252, "The minister’s “final offer” was rejected — again."), false,
			"The minister’s “final offer” was rejected — again.", "windows-1252"},
		{"controls removed", []byte("a\x00b\x01c\x7fd\u0085e\tf\r\ng\rh"), false, "abcde\tf\ng\nh", "utf-8"},
		{"replacement kept", []byte("bad \uFFFD char"), false, "bad \uFFFD char", "utf-8"},
		{"mostly utf-8 with a stray byte", []byte("Grüße, Köln, Zürich, Düsseldorf \xff"), false, "Grüße, Köln, Zürich, Düsseldorf \uFFFD", "utf-8"},
		{"empty", nil, false, "", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cs, err := Decode(tt.in, tt.html)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got != tt.wantText {
				t.Errorf("text: got %q, want %q", got, tt.wantText)
			}
			if cs != tt.wantCharset {
				t.Errorf("charset: got %q, want %q", cs, tt.wantCharset)
			}
		})
	}
}

func TestHumanSize(t *testing.T) {
	tests := []struct {
		in   int64
		want string
	}{{10 << 20, "10 MiB"}, {60 << 20, "60 MiB"}, {60*1000*1000 + 5, "57.2 MiB"}, {1536, "1.5 KiB"}, {12, "12 bytes"}}
	for _, tt := range tests {
		if got := humanSize(tt.in); got != tt.want {
			t.Errorf("humanSize(%d): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTMLDepth(t *testing.T) {
	sloppy := "<html><body>" + strings.Repeat("<p>para<li>item<li>item ", 2000) + "</body></html>"
	deep := strings.Repeat("<div>", 600) + "x"
	formatting := strings.Repeat("<b>", 600) + "x"
	tests := []struct {
		name    string
		page    string
		wantMax int // depth must not exceed this (≤ limit means accepted)
		wantMin int
	}{
		{"flat", "<html><head><title>t</title></head><body><p>a</p><p>b</p></body></html>", 4, 3},
		{"unclosed p and li", sloppy, 10, 3},
		{"nested div", deep, 1000, 513},
		{"nested b", formatting, 1000, 513},
		{"void elements", strings.Repeat("<br><img src=x><meta>", 1000), 1, 0},
	}
	for _, tt := range tests {
		got, _ := htmlDepth(tt.page, 512)
		if got > tt.wantMax || got < tt.wantMin {
			t.Errorf("%s: got depth %d, want %d..%d", tt.name, got, tt.wantMin, tt.wantMax)
		}
	}
}

// TestBadFolder reads a folder mixing good and bad files: each bad file
// must come out as an error naming it and its reason, the good ones (and
// the good line of a broken JSONL file) as documents, with no panic.
func TestBadFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 60 MB file")
	}
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a_good.txt", []byte("The foreign ministers of Chile and Peru met in Lima on Monday.\n"))
	write("b_empty.txt", nil)
	write("b_blank.txt", []byte(" \n\t\r\n  \n"))
	rnd := rand.New(rand.NewPCG(1, 2))
	bin := make([]byte, 4096)
	for i := range bin {
		bin[i] = byte(rnd.UintN(256))
	}
	write("c_random.bin", bin)
	write("c_report.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))
	write("d_truncated.jsonl", []byte(`{"url":"https://x.example/1","title":"Good line","text":"Kenya and Uganda agreed on a new rail link."}`+"\n"+`{"url":"https://x.example/2","text":"cut off`))
	write("e_latin1.txt", encode(t, charmap.ISO8859_1, frText))
	write("f_cp1251.txt", encode(t, charmap.Windows1251, ruText))
	write("f_koi8.txt", encode(t, charmap.KOI8R, ruText))
	// 60 MB of text, streamed so the test itself stays small in memory.
	big, err := os.Create(filepath.Join(dir, "g_huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	line := bytes.Repeat([]byte("Lorem ipsum news text that goes on and on. "), 23)
	line = append(line, '\n')
	for written := 0; written < 60<<20; written += len(line) {
		if _, err := big.Write(line); err != nil {
			t.Fatal(err)
		}
	}
	if err := big.Close(); err != nil {
		t.Fatal(err)
	}
	write("h_deep.html", []byte("<html><body>"+strings.Repeat("<div>", 200000)+"deep"+strings.Repeat("</div>", 200000)+"</body></html>"))
	nul := "<html><head><title>Stray\x00NULs</title></head><body><article>"
	for i := 0; i < 5; i++ {
		nul += "<p>Delegations from Ghana and Senegal\x00 met in Dakar to discuss\x00\x00 regional trade and security cooperation.</p>"
	}
	write("i_nul.html", []byte(nul+"</article></body></html>"))
	write(".hidden.txt", []byte("must be skipped"))
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(".git/config.txt", []byte("must be skipped"))

	items := readAll(t, &Reader{}, dir)
	type res struct{ code, path, msg, text, charset string }
	got := map[string][]res{}
	for _, it := range items {
		if it.Err != nil {
			var ne *news.Error
			if !errors.As(it.Err, &ne) {
				t.Fatalf("error is not a *news.Error: %v", it.Err)
			}
			base := filepath.Base(strings.SplitN(ne.Path, ":", 2)[0])
			got[base] = append(got[base], res{code: ne.Code, path: filepath.Base(ne.Path), msg: ne.Message})
			continue
		}
		base := filepath.Base(it.Raw.SourceFile)
		got[base] = append(got[base], res{text: it.Raw.Text, charset: it.Raw.Charset})
	}
	wantErr := map[string]struct{ code, path, msg string }{
		"b_empty.txt":  {news.EInvalid, "b_empty.txt", "empty file"},
		"b_blank.txt":  {news.EInvalid, "b_blank.txt", "empty file"},
		"c_random.bin": {news.EInvalid, "c_random.bin", "binary file"},
		"c_report.pdf": {news.EInvalid, "c_report.pdf", "binary file (PDF)"},
		"g_huge.txt":   {news.ETooLarge, "g_huge.txt", "file is 60.0 MiB, over the 10 MiB limit"},
		"h_deep.html":  {news.EInvalid, "h_deep.html", "HTML nested deeper than 512 elements"},
	}
	for name, w := range wantErr {
		g := got[name]
		if len(g) != 1 || g[0].code != w.code || g[0].path != w.path || !strings.HasPrefix(g[0].msg, w.msg) {
			t.Errorf("%s: got %+v, want one error %+v", name, g, w)
		}
	}
	if g := got["d_truncated.jsonl"]; len(g) != 2 || g[0].text == "" || g[1].path != "d_truncated.jsonl:2" || !strings.Contains(g[1].msg, "line 2: invalid JSON") {
		t.Errorf("truncated JSONL: got %+v, want the good line then an error for line 2", g)
	}
	for name, want := range map[string]struct{ text, charset string }{
		"a_good.txt":   {"The foreign ministers of Chile and Peru met in Lima on Monday.\n", "utf-8"},
		"e_latin1.txt": {frText, "iso-8859-1"},
		"f_cp1251.txt": {ruText, "windows-1251"},
		"f_koi8.txt":   {ruText, "koi8-r"},
	} {
		g := got[name]
		if len(g) != 1 || g[0].text != want.text || g[0].charset != want.charset {
			t.Errorf("%s: got %+v, want text %q in %s", name, g, want.text, want.charset)
		}
	}
	if g := got["i_nul.html"]; len(g) != 1 || g[0].msg != "" || strings.ContainsRune(g[0].text, 0) || !strings.Contains(g[0].text, "Delegations from Ghana and Senegal met in Dakar") {
		t.Errorf("NUL-laden HTML: got %+v, want its text without NULs", g)
	}
	for name := range got {
		if strings.HasPrefix(name, ".") || name == "config.txt" {
			t.Errorf("hidden file %s was read", name)
		}
	}
}

func TestWalkOrderAndStop(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a.txt", "sub/c.txt", "sub/a.txt"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("Text of "+name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, it := range readAll(t, &Reader{}, dir, filepath.Join(dir, "missing.txt")) {
		if it.Err != nil {
			got = append(got, "error: "+news.ErrorMessage(it.Err))
			continue
		}
		rel, _ := filepath.Rel(dir, it.Raw.SourceFile)
		got = append(got, filepath.ToSlash(rel))
	}
	want := []string{"a.txt", "b.txt", "sub/a.txt", "sub/c.txt", "error: " + filepath.Join(dir, "missing.txt") + ": read: no such file: stat " + filepath.Join(dir, "missing.txt") + ": no such file or directory"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}

	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(filepath.Join(dir, "sub"), link); err == nil {
		var got []string
		for _, it := range readAll(t, &Reader{}, link) {
			if it.Err != nil {
				t.Errorf("symlinked folder: %v", it.Err)
				continue
			}
			got = append(got, filepath.Base(it.Raw.SourceFile))
		}
		if strings.Join(got, "|") != "a.txt|c.txt" {
			t.Errorf("symlinked folder: got %q, want [a.txt c.txt]", got)
		}
	}

	stop := errors.New("stop")
	n := 0
	err := (&Reader{}).Walk(context.Background(), []string{dir}, func(Item) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("stop from fn: got err %v after %d items, want stop after 1", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = (&Reader{}).Walk(ctx, []string{dir}, func(Item) error { n++; return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v, want context.Canceled", err)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, path, head string
		want             kind
	}{
		{"text", "a.txt", "Hello world", kindText},
		{"html by content", "a.txt", "<!DOCTYPE html><html>", kindHTML},
		{"html by extension", "a.html", "Just words", kindHTML},
		{"html fragment", "a.dat", "Intro<p>one</p><p>two</p><br>", kindHTML},
		{"jsonl", "a.txt", "{\"a\":1}\n{\"b\":2}\n", kindJSONL},
		{"jsonl broken first", "x", "{\"a\":\n{\"a\":1}\n{\"b\":2}\n", kindJSONL},
		{"json doc", "a.json", "{\n  \"text\": \"x\"\n}\n", kindJSON},
		{"json array", "a", "[{\"text\": \"x\"}]", kindJSON},
		{"bracket text", "a.txt", "[Update] text", kindText},
		{"rss", "a", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", kindFeed},
		{"atom", "a", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", kindFeed},
		{"warc", "a", "WARC/1.1\r\nWARC-Type: warcinfo\r\n", kindWARC},
		{"rss ext", "feed.rss", "garbage", kindFeed},
	}
	for _, tt := range tests {
		got, why := sniff([]byte(tt.head), tt.path)
		if got != tt.want || why != "" {
			t.Errorf("%s: got %v %q, want %v", tt.name, got, why, tt.want)
		}
	}
}
