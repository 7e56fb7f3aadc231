// Package demo embeds chancery's demo corpus: short fictional articles in
// five languages, written for the project, with web boilerplate around
// them, covering every PLOVER type the engine extracts, some reporting the
// same event in two languages, and a gold annotation in the format of
// ../shared/eval/GOLD.md. `chancery demo` ingests it; CI scores it.
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed corpus
var corpus embed.FS

// FS returns the corpus: articles/*.txt and demo.gold.json.
func FS() fs.FS {
	sub, err := fs.Sub(corpus, "corpus")
	if err != nil {
		panic(err) // cannot happen: corpus/ is embedded
	}
	return sub
}

// WriteCorpus copies the corpus into dir (dir/articles/..., dir/demo.gold.json).
func WriteCorpus(dir string) error {
	return fs.WalkDir(FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(path))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := fs.ReadFile(FS(), path)
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		return os.WriteFile(dst, b, 0o644)
	})
}
