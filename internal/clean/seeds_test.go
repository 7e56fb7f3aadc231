package clean

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
	"unicode"

	"chancery/internal/lang"
	"chancery/internal/news"
)

// shared is the project's shared folder, relative to this package.
const shared = "../../../shared"

type goldDoc struct {
	File            string   `json:"file"`
	Lang            string   `json:"lang"`
	Title           string   `json:"title"`
	Published       string   `json:"published"`
	BodyMustContain []string `json:"body_must_contain"`
	BodyMustNot     []string `json:"body_must_not_contain"`
}

var nonWord = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// fold mirrors score.py: lower case, no accents, punctuation to spaces.
func fold(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.Join(strings.Fields(nonWord.ReplaceAllString(b.String(), " ")), " ")
}

// TestSeeds cleans the shared seed articles and checks them against their
// hand annotation, the way the scorer does.
func TestSeeds(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(shared, "gold", "seeds.gold.json"))
	if err != nil {
		t.Skip("no shared gold:", err)
	}
	var gold struct {
		Documents []goldDoc `json:"documents"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatalf("read gold: %v", err)
	}
	var c Cleaner
	for _, g := range gold.Documents {
		text, err := os.ReadFile(filepath.Join(shared, "seeds", g.File))
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
			continue
		}
		a := c.Clean(news.Raw{Format: news.FormatText, Text: string(text), SourceFile: g.File})
		if got, want := fold(a.Title), fold(g.Title); got != want {
			t.Errorf("%s: title %q, want %q", g.File, a.Title, g.Title)
		}
		if want := g.Published; want != "" && !strings.HasPrefix(a.Published, want) || (len(want) == 10 && a.Published != want) {
			t.Errorf("%s: published %q, want %q", g.File, a.Published, want)
		}
		if got := lang.Detect(a.Body); got != g.Lang {
			t.Errorf("%s: lang %q, want %q", g.File, got, g.Lang)
		}
		body := fold(a.Body)
		for _, p := range g.BodyMustContain {
			if !strings.Contains(body, fold(p)) {
				t.Errorf("%s: body lost %q", g.File, p)
			}
		}
		for _, p := range g.BodyMustNot {
			if strings.Contains(body, fold(p)) {
				t.Errorf("%s: body kept %q", g.File, p)
			}
		}
		if testing.Verbose() {
			j, _ := json.MarshalIndent(struct {
				Title, Published, Dateline string
				Dropped                    []news.Dropped
				Embeds                     []news.Embed
				Notes                      []string
			}{a.Title, a.Published, a.Dateline, a.Dropped, a.Embeds, a.Notes}, "", " ")
			t.Logf("%s:\n%s\nBODY:\n%s", g.File, j, a.Body)
		}
	}
}
