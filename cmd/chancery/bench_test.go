package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBenchStore runs synth and bench --store end to end on a tiny corpus:
// windows are reported with the link+store share, one CPU profile is
// written per window, and --keep adds to the database instead of
// replacing it.
func TestBenchStore(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "c.jsonl")
	if code, _, errs := run(t, "synth", "--n", "60", "-o", corpus); code != 0 {
		t.Fatalf("synth: exit %d: %s", code, errs)
	}
	db, prof := filepath.Join(dir, "b.db"), filepath.Join(dir, "prof")
	code, out, errs := run(t, "bench", "--store", "--db", db, "--every", "25", "--batch", "10", "--window-profiles", prof, corpus)
	if code != 0 {
		t.Fatalf("bench: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "link+store") || !strings.Contains(out, "last window / first window") {
		t.Errorf("bench output lacks the windows:\n%s", out)
	}
	files, _ := filepath.Glob(filepath.Join(prof, "window-*.prof"))
	if len(files) < 2 {
		t.Errorf("window profiles: got %v, want one per window", files)
	}
	for _, f := range files {
		if fi, err := os.Stat(f); err != nil || fi.Size() == 0 {
			t.Errorf("profile %s is empty (%v)", f, err)
		}
	}
	code, out, errs = run(t, "bench", "--store", "--keep", "--db", db, corpus)
	if code != 0 {
		t.Fatalf("bench --keep: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "stored 0, present 60") {
		t.Errorf("bench --keep on the same corpus should find every article present:\n%s", out)
	}
	if code, _, _ := run(t, "bench", "--store", "--cpuprofile", filepath.Join(dir, "c.prof"), "--window-profiles", prof, "--db", db, corpus); code != 2 {
		t.Errorf("--cpuprofile with --window-profiles: exit %d, want 2", code)
	}
}
