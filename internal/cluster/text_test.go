package cluster

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "syndication", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestShared pins the thresholds: the counts logged with -v are how
// MinShared and DupRatio were chosen.
func TestShared(t *testing.T) {
	tests := []struct {
		a, b        string
		shared, dup bool
		why         string
	}{
		{"wire.txt", "reuse.txt", true, false, "three paragraphs reused inside other text"},
		{"wire.txt", "copy.txt", true, true, "repost with a changed dateline and one word"},
		{"wire.txt", "independent.txt", false, false, "independent report of the same meeting with the same quote"},
		{"wire.txt", "german.txt", false, false, "the same story in German"},
		{"independent.txt", "reuse.txt", false, false, "two reports that both differ from the wire"},
	}
	for _, tt := range tests {
		_, sa := Fingerprint(readFixture(t, tt.a))
		_, sb := Fingerprint(readFixture(t, tt.b))
		shared, dup := Shared(sa, sb)
		t.Logf("%s ~ %s: %d common of %d/%d", tt.a, tt.b, Common(sa, sb), len(sa), len(sb))
		if shared != tt.shared || dup != tt.dup {
			t.Errorf("%s: Shared(%s, %s) = %v, %v, want %v, %v", tt.why, tt.a, tt.b, shared, dup, tt.shared, tt.dup)
		}
		if s2, d2 := Shared(sb, sa); s2 != shared || d2 != dup {
			t.Errorf("Shared not symmetric for %s, %s", tt.a, tt.b)
		}
	}
}

func TestFingerprintPassage(t *testing.T) {
	// Any common run of Shingle+Window-1 words yields a common key,
	// whatever surrounds it.
	passage := "the committee agreed to publish its findings before the end of the next session"
	a := "Officials in the capital said on Monday that " + passage + " and left the building."
	b := "Entirely different words open this text, yet " + passage + ", a spokesman confirmed."
	ka, _ := Fingerprint(a)
	kb, _ := Fingerprint(b)
	set := map[uint64]bool{}
	for _, k := range ka {
		set[k] = true
	}
	found := false
	for _, k := range kb {
		found = found || set[k]
	}
	if !found {
		t.Errorf("no common key for a shared passage of %d words", len(strings.Fields(passage)))
	}
}

func TestFingerprintEdges(t *testing.T) {
	if k, s := Fingerprint(""); k != nil || s != nil {
		t.Errorf("Fingerprint(\"\") = %v, %v, want nil", k, s)
	}
	k1, _ := Fingerprint("Brief note.")
	k2, _ := Fingerprint("brief NOTE")
	if len(k1) != 1 || len(k2) != 1 || k1[0] != k2[0] {
		t.Errorf("short bodies: got %v and %v, want one equal key", k1, k2)
	}
	_, s := Fingerprint(strings.Repeat("word ", 100000))
	if len(s) > MaxKeys {
		t.Errorf("len(sig) = %d, want <= %d", len(s), MaxKeys)
	}
}

func FuzzFingerprint(f *testing.F) {
	f.Add("LISBON, March 4 — Portugal and Kazakhstan agreed on Tuesday to widen their cooperation.")
	f.Add("Министр провёл переговоры с коллегой.")
	f.Add("\xff\x00 a b c d e f g")
	f.Fuzz(func(t *testing.T, body string) {
		keys, sig := Fingerprint(body)
		if len(keys) > MaxKeys || len(sig) > len(keys) {
			t.Fatalf("got %d keys, %d sig", len(keys), len(sig))
		}
		for i := 1; i < len(sig); i++ {
			if sig[i-1] >= sig[i] {
				t.Fatalf("sig not sorted and unique at %d", i)
			}
		}
		keys2, _ := Fingerprint(body)
		if len(keys2) != len(keys) {
			t.Fatalf("not deterministic")
		}
		if len(sig) > 0 {
			if shared, dup := Shared(sig, sig); !shared || !dup {
				t.Fatalf("a body is not a duplicate of itself")
			}
		}
	})
}

func BenchmarkFingerprint(b *testing.B) {
	body := readFixture(b, "wire.txt")
	body = strings.Repeat(body+"\n\n", 3) // a long article, ~700 words
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Fingerprint(body)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
