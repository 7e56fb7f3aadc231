package lexicon

import (
	"fmt"
	"strings"
)

// Rule is one line of a pattern table (<lang>/events.txt, speech.txt,
// modes.txt): a class, a word pattern and optional flags, written
//
//	CLASS  word word* ... word  [flag flag]
//
// The class is the first field: a PLOVER type ("CONSULT"), a mode
// ("future"), a function-word class ("@loc") or, in speech.txt, the role of
// the verb. The pattern is the rest of the line up to an optional bracketed
// flag list. Its words are matched after folding (lexicon.Fold); a word
// ending in "*" matches any word starting with it, and "..." lets up to a
// few other words come in between ("lehnte ... ab").
type Rule struct {
	Class   string
	Pattern string
	Flags   []string
	Line    int // 1-based among the file's non-comment lines, for messages
}

// Has reports whether the rule carries flag f.
func (r Rule) Has(f string) bool {
	for _, g := range r.Flags {
		if g == f {
			return true
		}
	}
	return false
}

// EventRules returns the event patterns of lang: data/<lang>/events.txt,
// then data/<lang>/events_objects.txt (trigger verbs with the objects that
// make them one type: "handed over … patrol boats" is aid), if present.
func EventRules(lang string) ([]Rule, error) {
	out, err := rules(lang, "events.txt")
	if err != nil {
		return nil, err
	}
	more, err := rules(lang, "events_objects.txt")
	if err != nil {
		return nil, err
	}
	return append(out, more...), nil
}

// SpeechRules returns the speech-verb patterns of lang (data/<lang>/speech.txt).
func SpeechRules(lang string) ([]Rule, error) { return rules(lang, "speech.txt") }

// ModeRules returns the mode markers of lang (data/<lang>/modes.txt).
func ModeRules(lang string) ([]Rule, error) { return rules(lang, "modes.txt") }

func rules(lang, file string) ([]Rule, error) {
	if !known(lang) {
		return nil, nil
	}
	name := lang + "/" + file
	lines, err := Lines(name)
	if err != nil {
		return nil, err
	}
	out := make([]Rule, 0, len(lines))
	for i, l := range lines {
		r, err := ParseRule(l)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s line %d: %w", name, i+1, err)
		}
		r.Line = i + 1
		out = append(out, r)
	}
	return out, nil
}

// ParseRule reads one pattern line (see Rule).
func ParseRule(line string) (Rule, error) {
	line = strings.TrimSpace(line)
	var r Rule
	if i := strings.LastIndexByte(line, '['); i >= 0 && strings.HasSuffix(line, "]") {
		r.Flags = strings.Fields(line[i+1 : len(line)-1])
		line = strings.TrimSpace(line[:i])
	}
	class, pat, ok := strings.Cut(line, " ")
	if !ok {
		class, pat, ok = strings.Cut(line, "\t")
	}
	pat = strings.TrimSpace(pat)
	if !ok || class == "" || pat == "" {
		return Rule{}, fmt.Errorf("want \"CLASS pattern [flags]\", got %q", line)
	}
	r.Class, r.Pattern = class, pat
	return r, nil
}
