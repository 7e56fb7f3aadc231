package text

import (
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string // token texts joined by "|"; punctuation prefixed with "~"
	}{
		{"Venezuela's envoy", "Venezuela|'s|envoy"},
		{"the countries' envoys", "the|countries|~'|envoys"},
		{"Díaz-Canel met O'Brien", "Díaz-Canel|met|O'Brien"},
		{"l’Ukraine et d'Italie, aujourd'hui", "l’|Ukraine|et|d'|Italie|~,|aujourd'hui"},
		{"the U.S.-Russia talks", "the|U.S.|~-|Russia|talks"},
		{"3.5 percent, 1,000 troops at 10:55", "3.5|percent|~,|1,000|troops|at|10:55"},
		{"am 16.10.2023 und 2023-10-16.", "am|16.10.2023|und|2023-10-16|~."},
		{"z. B. т.е. pic.twitter.com", "z|~.|B|~.|т.е.|pic|~.|twitter|~.|com"},
		{"«Мы — за», сказал он...", "~«|Мы|~—|за|~»|~,|сказал|он|~..."},
		{"@mfa_russia #LIVE", "~@|mfa|~_|russia|~#|LIVE"},
		{"", ""},
	}
	for _, tt := range tests {
		var parts []string
		for _, tk := range Tokens(tt.in, 0) {
			if tk.Punct {
				parts = append(parts, "~"+tk.Text)
			} else {
				parts = append(parts, tk.Text)
			}
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("Tokens(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenFields(t *testing.T) {
	toks := Tokens("Ёлка, Straße", 100)
	if len(toks) != 3 {
		t.Fatalf("got %d tokens, want 3", len(toks))
	}
	got, want := toks[0], Token{Text: "Ёлка", Fold: "елка", Upper: true}
	want.Start, want.End = 100, 108
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if !toks[1].Punct || toks[1].Start != 108 {
		t.Errorf("got %+v, want a comma at 108", toks[1])
	}
	if toks[2].Fold != "strasse" {
		t.Errorf("got fold %q, want %q", toks[2].Fold, "strasse")
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Díaz-Canel", "diaz-canel"},
		{"Straße", "strasse"},
		{"Ёлка", "елка"},
		{"Außenminister Lawrow", "aussenminister lawrow"},
		{"l’Élysée", "l'elysee"},
		{"Ministère", "ministere"},
		{"plain", "plain"},
		{"ÇA", "ca"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"", "U.S.", "l'", "'s", "a-", "3.", "т.е.", "\xff'", "d’\u0301x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, tk := range Tokens(s, 7) {
			if tk.Start-7 < end || tk.End-7 > len(s) || tk.End <= tk.Start || s[tk.Start-7:tk.End-7] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			end = tk.End - 7
		}
	})
}

func BenchmarkTokens(b *testing.B) {
	s := strings.Repeat("Venezuela's foreign minister met l’envoyé Díaz-Canel on Nov. 16, 2023 (3.5 hours). ", 13)[:1024]
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Tokens(s, 0)
	}
}
