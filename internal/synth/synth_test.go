package synth

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"
)

func records(t testing.TB, o Options) []Record {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, o); err != nil {
		t.Fatal(err)
	}
	var out []Record
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

func TestDeterministic(t *testing.T) {
	a, b := records(t, Options{N: 500, Seed: 7}), records(t, Options{N: 500, Seed: 7})
	if len(a) != 500 || len(b) != 500 {
		t.Fatalf("got %d and %d records, want 500", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("record %d differs between two runs with one seed", i)
		}
	}
}

// TestDensityConstant: the share of articles whose text repeats an earlier
// one is the planted share (Duplicate), early and late alike; a later
// article must not be intrinsically more work than an early one.
func TestDensityConstant(t *testing.T) {
	const n = 20000
	rs := records(t, Options{N: n, Seed: 1})
	seen := map[string]bool{}
	repeats := make([]int, 4)
	for i, r := range rs {
		if seen[r.Text] {
			repeats[i*len(repeats)/n]++
		}
		seen[r.Text] = true
	}
	for q, c := range repeats {
		share := float64(c) / float64(n/len(repeats))
		if share > 0.03 {
			t.Errorf("quarter %d: %.3f of articles repeat an earlier text, want about the planted 0.02", q, share)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, Options{N: 1000, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
