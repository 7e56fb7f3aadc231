package clean

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chancery/internal/news"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden is what a fixture's .golden.json pins.
type golden struct {
	Lang      string         `json:"lang"`
	Title     string         `json:"title"`
	Published string         `json:"published"`
	Dateline  string         `json:"dateline"`
	Body      []string       `json:"body"` // paragraphs
	Dropped   []news.Dropped `json:"dropped"`
	Embeds    []news.Embed   `json:"embeds,omitempty"`
	Notes     []string       `json:"notes,omitempty"`
}

func toGolden(a *news.Article) golden {
	g := golden{Lang: a.Lang, Title: a.Title, Published: a.Published, Dateline: a.Dateline, Dropped: a.Dropped,
		Embeds: a.Embeds, Notes: a.Notes}
	if a.Body != "" {
		g.Body = strings.Split(a.Body, "\n\n")
	}
	return g
}

func fixtures(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	return files
}

// TestGolden cleans each fixture (fictional articles in several languages
// and layouts) and compares the result with its golden file; run with
// -update to rewrite them, then review the diff.
func TestGolden(t *testing.T) {
	var c Cleaner
	for _, f := range fixtures(t) {
		t.Run(f, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a := c.Clean(news.Raw{Format: news.FormatText, Text: string(text), SourceFile: filepath.Base(f)})
			got, err := json.MarshalIndent(toGolden(a), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run with -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from golden:\ngot:\n%s", f, got)
			}
		})
	}
}

// TestIdempotent checks that cleaning a cleaned body changes nothing.
func TestIdempotent(t *testing.T) {
	var c Cleaner
	for _, f := range fixtures(t) {
		text, _ := os.ReadFile(f)
		a := c.Clean(news.Raw{Text: string(text)})
		b := c.Clean(news.Raw{Text: a.Body, Title: a.Title, Published: a.Published})
		if b.Body != a.Body {
			t.Errorf("%s: second clean changed the body:\nfirst:\n%s\nsecond:\n%s", f, a.Body, b.Body)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Published: 08:20, June 4, 2024 | Updated: 11:45, June 4, 2024", "2024-06-04"},
		{"Published 3 October 2024 (2 hours 15 minutes ago)", "2024-10-03"},
		{"Lisbon, 14 May 2024 (PNA):", "2024-05-14"},
		{"21. September 2023", "2023-09-21"},
		{"16 de noviembre de 2023", "2023-11-16"},
		{"16 ноября 2023 г.", "2023-11-16"},
		{"le 16 novembre 2023", "2023-11-16"},
		{"1er janvier 2024", "2024-01-01"},
		{"2023-11-16T10:00:00Z", "2023-11-16"},
		{"Nov. 16, 2023", "2023-11-16"},
		{"Sept. 3rd, 2022", "2022-09-03"},
		{"16.11.2023", "2023-11-16"},
		{"November 2023", "2023-11"},
		{"noviembre de 2023", "2023-11"},
		{"2023-11", "2023-11"},
		{"Thu, 16 Nov 2023 10:00:00 +0000", "2023-11-16"},
		{"12 березня 2024", "2024-03-12"},
		{"16 listopada 2023", "2023-11-16"},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if !ok || got != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{"", "yesterday", "3 hours ago", "10:55", "Comment 0", "the 31 countries"} {
		if got, ok := ParseDate(in); ok {
			t.Errorf("ParseDate(%q) = %q, want no date", in, got)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ in, place, rest string }{
		{"LIMA/MADRID - Peru and Spain agreed.", "Lima", "Peru and Spain agreed."},
		{"MOSCOW, Nov 16 (Reuters) - Russia said.", "Moscow", "Russia said."},
		{"Lisbon, 14 May 2024 (PNA): On Tuesday, the envoy spoke.", "Lisbon", "On Tuesday, the envoy spoke."},
		{"BERLIN (dpa) – Die Regierung teilte mit.", "Berlin", "Die Regierung teilte mit."},
		{"Moscú, 16 nov (EFE).- El canciller dijo.", "Moscú", "El canciller dijo."},
		{"NEW YORK — The council met.", "New York", "The council met."},
		{"МОСКВА, 5 мар — РИА Новости. Стороны договорились.", "Москва", "Стороны договорились."},
		{"МОСКВА, 16 ноября. /ТАСС/. Министр провел переговоры.", "Москва", "Министр провел переговоры."},
		{"ТБИЛИСИ, 22 мая. Министры договорились.", "Тбилиси", "Министры договорились."},
		{"Brussels — European Union ministers imposed sanctions.", "Brussels", "European Union ministers imposed sanctions."},
		{"Genf – Nach zweitägigen Gesprächen einigten sich die Minister.", "Genf", "Nach zweitägigen Gesprächen einigten sich die Minister."},
		{"Berlin, 12. März 2025 – Die Regierung teilte mit.", "Berlin", "Die Regierung teilte mit."},
		// German papers: a known city and a full stop.
		{"Kopenhagen. Dänemark hat den Botschafter einbestellt.", "Kopenhagen", "Dänemark hat den Botschafter einbestellt."},
	}
	for _, tt := range tests {
		dl, ok := findDateline(tt.in)
		if !ok || dl.place != tt.place || strings.TrimSpace(tt.in[dl.cut:]) != tt.rest {
			t.Errorf("findDateline(%q) = %q, %q, %v; want %q, %q", tt.in, dl.place, tt.in[min(dl.cut, len(tt.in)):], ok, tt.place, tt.rest)
		}
	}
	for _, in := range []string{
		"Moscow, however, rejected the claim - officials said.",
		"BREAKING - Talks collapse in Geneva.",
		"The minister - who arrived on Monday - said.",
		"Norway and Chile: a new chapter.",
		"NATO, 75. The alliance turns 75.",
		"Moscow, 22 May. The talks ended.",
		"EU. The bloc said.",
		"Russia — The country said.",
		"Update — The talks resumed.",
		"Russland. Das Land reagierte scharf.",
	} {
		if dl, ok := findDateline(in); ok {
			t.Errorf("findDateline(%q) = %q, want none", in, dl.place)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, p := range fixtures(f) {
		b, _ := os.ReadFile(p)
		f.Add(string(b))
	}
	f.Add("RELATED:\n\nRead more: X Y Z The end.")
	f.Add("a pic.twitter.com/x — N (@h) May 1, 2024")
	f.Add("MASTHEAD\nA notice. Another one.\nA B C D headline\nA B C D headline words in a sentence here.\nMost read: 1. A b 2. C d\n[Photo] x\nAbout X: a b c d e f.")
	var c Cleaner
	f.Fuzz(func(t *testing.T, s string) {
		a := c.Clean(news.Raw{Text: s})
		// The title is passed on, as a container would: without one, the
		// first short paragraph of a body may fairly be read as a headline.
		title := a.Title
		if title == "" {
			title = "Fuzz headline placeholder"
		}
		b := c.Clean(news.Raw{Text: a.Body, Title: title, Published: a.Published})
		if b.Body != a.Body {
			t.Fatalf("not idempotent:\nfirst:  %q\nsecond: %q", a.Body, b.Body)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"16 ноября 2023 г.", "Nov. 16, 2023", "2023-11-16", "le 1er mai 2024", "31/12/2023"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseDate(s)
		if ok && len(v) != 4 && len(v) != 7 && len(v) != 10 {
			t.Fatalf("ParseDate(%q) = %q", s, v)
		}
	})
}

func BenchmarkClean(b *testing.B) {
	var docs []string
	for _, p := range fixtures(b) {
		t, _ := os.ReadFile(p)
		docs = append(docs, string(t))
	}
	var c Cleaner
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		c.Clean(news.Raw{Text: docs[n%len(docs)]})
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

func TestBioShape(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Ana Ruiz is a senior reporter covering Latin America.", true},
		{"Max Muster ist Redakteur im Ressort Politik.", true},
		{"Jean Dupont est correspondant à Bruxelles depuis 2019.", true},
		{"María López es periodista y corresponsal en Quito.", true},
		{"Kari Dalen covers the Nordic countries for the paper.", true},
		{"Иван Петров — корреспондент издания в Киеве.", true},
		// Body sentences of the same length are not bios.
		{"Pavel Sorin is a veteran diplomat who has led the ministry since 2015.", false},
		{"The correspondent of the agency is said to have left the country.", false},
		{"Ana Ruiz said the talks were constructive and the reporters left.", false},
	}
	for _, tt := range tests {
		if got := bioShape(tt.line, len(strings.Fields(tt.line))); got != tt.want {
			t.Errorf("bioShape(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
