// Package lexicon holds chancery's language data: countries, demonyms,
// capitals, organizations, roles, speech verbs, event patterns, month and
// weekday names, abbreviations. The data lives in embedded text files under
// data/ (one folder per language, plus shared tables); this package loads
// and indexes them. A new language is a new folder plus tests, not new code.
package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

//go:embed data
var files embed.FS

// FS returns the embedded data files, rooted at data/.
func FS() fs.FS {
	sub, err := fs.Sub(files, "data")
	if err != nil {
		panic(err) // cannot happen: data/ is embedded
	}
	return sub
}

// Lines returns the non-empty lines of a data file, without comments
// (from "#" to the end of a line) and surrounding space. A missing file
// gives no lines and no error, so a language may leave a table out.
func Lines(name string) ([]string, error) {
	f, err := FS().Open(name)
	if err != nil {
		if strings.Contains(err.Error(), "file does not exist") {
			return nil, nil
		}
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line != "" {
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", name, err)
	}
	return out, nil
}

// Languages lists the languages that have a data folder.
func Languages() []string {
	ents, _ := fs.ReadDir(FS(), ".")
	var out []string
	for _, e := range ents {
		if e.IsDir() {
			out = append(out, e.Name())
		}
	}
	return out
}
