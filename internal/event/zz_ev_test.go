package event_test

import (
	"os"
	"strings"
	"testing"
)

// scratch: EVPROBE=file with blocks "lang pub\ntext\n\n"
func TestZZEv(t *testing.T) {
	f := os.Getenv("EVPROBE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	for _, blk := range strings.Split(string(b), "\n\n") {
		blk = strings.TrimSpace(blk)
		if blk == "" {
			continue
		}
		head, body, _ := strings.Cut(blk, "\n")
		lang, pub, _ := strings.Cut(head, " ")
		a := analyse(lang, pub, body)
		t.Logf("== %s: %.90s", lang, body)
		for _, d := range describe(a) {
			t.Logf("   %s", d)
		}
	}
}
