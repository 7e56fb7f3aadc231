package event

// Golden tests: short articles written for these tests (testdata/<lang>/
// <case>.txt, fictional persons) and the events and quotes extracted from
// them (<case>.golden.json). Actors come from the test dictionary and
// dates from internal/timex against a fixed publication date, so a golden
// changes only when extraction does. Run with -update to rewrite them after
// checking the difference.

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"chancery/internal/news"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// goldenPublished is the publication date of every golden article.
const goldenPublished = "2024-03-14"

type goldenEvent struct {
	Type     string   `json:"type"`
	Source   []string `json:"source"`
	Target   []string `json:"target"`
	Persons  []string `json:"persons,omitempty"`
	Date     string   `json:"date,omitempty"`
	Place    string   `json:"place,omitempty"`
	Mode     string   `json:"mode,omitempty"`
	Triggers []string `json:"triggers"`
}

type goldenQuote struct {
	Starts      string `json:"starts"`
	Speaker     string `json:"speaker,omitempty"`
	SpeakerCode string `json:"speaker_code,omitempty"`
}

type golden struct {
	Events []goldenEvent `json:"events"`
	Quotes []goldenQuote `json:"quotes"`
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden articles under testdata/")
	}
	for _, file := range files {
		lang := filepath.Base(filepath.Dir(file))
		name := strings.TrimSuffix(file, ".txt")
		t.Run(lang+"/"+filepath.Base(name), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			body := strings.TrimSpace(string(raw))
			a := build(lang, body)
			a.Published = goldenPublished
			extract(a, timexDates(a))
			got, err := json.MarshalIndent(goldenOf(a), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := name + ".golden.json"
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs:\ngot:\n%s\nwant:\n%s", path, got, want)
			}
		})
	}
}

func goldenOf(a *newsArticle) golden {
	g := golden{Events: []goldenEvent{}, Quotes: []goldenQuote{}}
	for _, e := range a.Analysis.Events {
		ge := goldenEvent{Type: e.Type, Source: e.Source, Target: e.Target, Persons: e.Persons, Date: e.Date,
			Place: e.Place, Mode: e.Mode}
		for _, m := range e.Mentions {
			ge.Triggers = append(ge.Triggers, m.Trigger)
		}
		g.Events = append(g.Events, ge)
	}
	for _, q := range a.Analysis.Quotes {
		s := q.Text
		if len(s) > 40 {
			s = s[:40]
			for len(s) > 0 && !validUTF8End(s) {
				s = s[:len(s)-1]
			}
		}
		g.Quotes = append(g.Quotes, goldenQuote{Starts: s, Speaker: q.Speaker, SpeakerCode: q.SpeakerCode})
	}
	return g
}

type newsArticle = news.Article

func validUTF8End(s string) bool { return utf8.ValidString(s) }
