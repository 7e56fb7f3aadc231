package link

import (
	"testing"

	"chancery/internal/cluster"
)

// TestMinHits: the bar never rejects a candidate cluster.Shared could
// accept when every fingerprint was probed and no posting list was cut.
func TestMinHits(t *testing.T) {
	tests := []struct {
		name                   string
		n, truncated           int
		sampled                bool
		keys, probes, wantNeed int
	}{
		{"one-word brief", 1, 0, false, 1, 1, 1},
		{"short", 5, 0, false, 5, 5, 4},
		{"long", 200, 0, false, 200, 200, cluster.MinSharedShort},
		{"cut lists lower the bar", 200, 3, false, 200, 200, cluster.MinSharedShort - 3},
		{"never below one", 200, 50, false, 200, 200, 1},
		{"sampled", 600, 0, true, 600, 256, 1},
		{"sampled, lightly", 300, 0, true, 300, 256, 3},
	}
	for _, tt := range tests {
		got := minHits(tt.n, tt.truncated, tt.sampled, tt.keys, tt.probes)
		if got != tt.wantNeed {
			t.Errorf("%s: minHits = %d, want %d", tt.name, got, tt.wantNeed)
		}
	}
	// Exhaustive over small signatures: a candidate with fewer common
	// values than the bar is never shared.
	for n := 1; n <= 40; n++ {
		need := minHits(n, 0, false, n, n)
		for m := 1; m <= 60; m++ {
			for c := 0; c < need && c <= min(n, m); c++ {
				a, b := sigs(n, m, c)
				if shared, _ := cluster.Shared(a, b); shared {
					t.Fatalf("n=%d m=%d: %d common values are shared, but the bar is %d", n, m, c, need)
				}
			}
		}
	}
}

// sigs returns sorted signatures of n and m values with c in common.
func sigs(n, m, c int) (a, b []uint32) {
	for i := range n {
		a = append(a, uint32(i))
	}
	for i := range c {
		b = append(b, uint32(i))
	}
	for i := range m - c {
		b = append(b, uint32(1000+i))
	}
	return a, b
}
