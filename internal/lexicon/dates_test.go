package lexicon

import (
	"io/fs"
	"strings"
	"testing"
	"time"
)

// TestTextAndDateFiles checks that every text_ and date_ data file starts
// with a comment line and that each language's rules load.
func TestTextAndDateFiles(t *testing.T) {
	err := fs.WalkDir(FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		base := path[strings.LastIndex(path, "/")+1:]
		if !strings.HasPrefix(base, "text_") && !strings.HasPrefix(base, "date_") {
			return nil
		}
		b, err := fs.ReadFile(FS(), path)
		if err != nil {
			return err
		}
		if !strings.HasPrefix(string(b), "# ") {
			t.Errorf("%s: does not start with a comment line", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "de", "es", "fr", "ru"} {
		d := Dates(lang)
		if len(d.Months) < 12 || len(d.Weekdays) < 7 || d.Phrases.Next == nil {
			t.Errorf("%s: got %d months, %d weekdays", lang, len(d.Months), len(d.Weekdays))
		}
		if len(Text(lang).Abbrev) == 0 || len(Text(lang).Starters) == 0 {
			t.Errorf("%s: no abbreviations or starters", lang)
		}
	}
	if got, want := Dates("ru").Weekdays["среду"], time.Wednesday; got != want {
		t.Errorf("got %v, want %v", got, want)
	}
	if got := Text("es").Abbrev["ee.uu."]; !got {
		t.Errorf("got ee.uu. end=%v, want true", got)
	}
}
