package lexicon

import (
	"io/fs"
	"strings"
	"testing"
)

func TestParseRule(t *testing.T) {
	tests := []struct {
		line      string
		class     string
		pattern   string
		flags     string
		wantError bool
	}{
		{"CONSULT held talks", "CONSULT", "held talks", "", false},
		{"CONSULT встретится [future]", "CONSULT", "встретится", "future", false},
		{"REJECT lehnte* ... ab [noun x]", "REJECT", "lehnte* ... ab", "noun x", false},
		{"@loc\tin", "@loc", "in", "", false},
		{"CONSULT", "", "", "", true},
		{"[future]", "", "", "", true},
	}
	for _, tt := range tests {
		r, err := ParseRule(tt.line)
		if (err != nil) != tt.wantError {
			t.Errorf("ParseRule(%q) error %v, want error %v", tt.line, err, tt.wantError)
			continue
		}
		if err != nil {
			continue
		}
		if got := r.Class + "|" + r.Pattern + "|" + strings.Join(r.Flags, " "); got != tt.class+"|"+tt.pattern+"|"+tt.flags {
			t.Errorf("ParseRule(%q) = %q, want %q", tt.line, got, tt.class+"|"+tt.pattern+"|"+tt.flags)
		}
	}
}

// TestEventTables loads every language's events.txt, speech.txt and
// modes.txt: each starts with a comment line and uses only known classes.
func TestEventTables(t *testing.T) {
	types := map[string]bool{"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true,
		"AID": true, "RETREAT": true, "REQUEST": true, "ACCUSE": true, "REJECT": true, "THREATEN": true,
		"PROTEST": true, "SANCTION": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true, "NONE": true,
		"@loc": true, "@with": true, "@by": true, "@both": true, "@pron": true, "@counterpart": true,
		"@break": true, "@took": true, "@skip": true, "@and": true, "@obj": true, "@withpron": true, "@finite": true, "@poss": true, "@until": true, "@aux": true, "@cond": true, "@rel": true, "@earlier": true, "@where": true, "@dayafter": true, "@pluperf": true, "@arrive": true,
		"@of": true, "@pass": true, "@seat": true, "@bracket": true, "@it": true, "@topic": true, "@def": true, "@since": true, "@nonstate": true, "@border": true, "@comment": true, "@message": true, "@discuss": true, "@visit": true, "@subtime": true, "@travel": true, "@subjectcomma": true, "@counter": true}
	classes := map[string]map[string]bool{
		"events.txt": types,
		"speech.txt": {"say": true, "per": true},
		"modes.txt":  {"future": true, "intend": true, "negated": true, "hypo": true},
	}
	load := map[string]func(string) ([]Rule, error){"events.txt": EventRules, "speech.txt": SpeechRules, "modes.txt": ModeRules}
	for _, lang := range Languages() {
		for file, ok := range classes {
			name := lang + "/" + file
			data, err := fs.ReadFile(FS(), name)
			if err != nil {
				t.Logf("%s: none (the language has no %s yet)", name, file)
				continue
			}
			if !strings.HasPrefix(string(data), "#") {
				t.Errorf("%s: does not start with a comment line", name)
			}
			rules, err := load[file](lang)
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
			if len(rules) == 0 {
				t.Errorf("%s: no rules", name)
			}
			for _, r := range rules {
				if !ok[r.Class] {
					t.Errorf("%s line %d: unknown class %q", name, r.Line, r.Class)
				}
				for _, f := range r.Flags {
					switch f {
					case "noun", "future", "intend", "negated", "near", "after", "before", "past", "mutual", "formal":
					default:
						t.Errorf("%s line %d: unknown flag %q", name, r.Line, f)
					}
				}
			}
		}
	}
}
