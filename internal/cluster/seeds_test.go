package cluster

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestSeedsShared checks the shared-text pairs of the shared gold file on
// the raw seed articles (with their web boilerplate), when the shared
// folder is present.
func TestSeedsShared(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared")
	raw, err := os.ReadFile(filepath.Join(dir, "gold", "seeds.gold.json"))
	if err != nil {
		t.Skip("no shared gold:", err)
	}
	var gold struct {
		Documents  []struct{ File string }
		SharedText [][]string `json:"shared_text"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	want := map[[2]string]bool{}
	for _, p := range gold.SharedText {
		if len(p) == 2 {
			want[[2]string{p[0], p[1]}] = true
			want[[2]string{p[1], p[0]}] = true
		}
	}
	sigs := map[string][]uint32{}
	for _, d := range gold.Documents {
		b, err := os.ReadFile(filepath.Join(dir, "seeds", d.File))
		if err != nil {
			t.Skip(err)
		}
		_, sigs[d.File] = Fingerprint(string(b))
	}
	for i, a := range gold.Documents {
		for _, b := range gold.Documents[i+1:] {
			got, _ := Shared(sigs[a.File], sigs[b.File])
			t.Logf("%s ~ %s: %d common", a.File, b.File, Common(sigs[a.File], sigs[b.File]))
			if got != want[[2]string{a.File, b.File}] {
				t.Errorf("Shared(%s, %s) = %v, want %v", a.File, b.File, got, !got)
			}
		}
	}
}
