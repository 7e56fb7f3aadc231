package lexicon

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// Grammatical cases, as bits of a mask.
const (
	CaseNom uint8 = 1 << iota
	CaseGen
	CaseDat
	CaseAcc
	CaseIns
	CasePrep
	AllCases = CaseNom | CaseGen | CaseDat | CaseAcc | CaseIns | CasePrep
)

var caseNames = map[string]uint8{"nom": CaseNom, "gen": CaseGen, "dat": CaseDat, "acc": CaseAcc, "ins": CaseIns, "prep": CasePrep}

// Genders of a reading: masculine, feminine, or either.
const (
	GenderM   = 'm'
	GenderF   = 'f'
	GenderAny = 'a'
)

// Reading is one way to read an inflected word: its nominative, the
// gender and the cases the surface form may have, and a cost (0 for a word
// that already looks nominative, 1 for a declined form, 2 or 4 for a word
// read as indeclinable).
type Reading struct {
	Nom    string
	Gender byte
	Cases  uint8
	Cost   int
}

type inflRule struct {
	nom, obl string // endings, lower case
	gender   byte
	cases    uint8
	after    string // letters that must stand before obl; "" for any
}

// Inflection holds a language's name declension (<lang>/name_cases.txt).
type Inflection struct {
	rules []inflRule
	preps map[string]uint8
}

var (
	inflMu    sync.Mutex
	inflCache = map[string]*Inflection{}
)

// Inflections returns the name declension of a language, or nil when the
// language has none (its names do not inflect, or nobody wrote the table).
func Inflections(lang string) (*Inflection, error) {
	inflMu.Lock()
	defer inflMu.Unlock()
	if in, ok := inflCache[lang]; ok {
		return in, nil
	}
	in, err := loadInflection(lang)
	if err != nil {
		return nil, err
	}
	inflCache[lang] = in
	return in, nil
}

func loadInflection(lang string) (*Inflection, error) {
	if lang == "" || strings.ContainsAny(lang, "/.") {
		return nil, nil
	}
	name := lang + "/name_cases.txt"
	lines, err := Lines(name)
	if err != nil {
		return nil, err
	}
	if len(lines) == 0 {
		return nil, nil
	}
	in := &Inflection{preps: map[string]uint8{}}
	macros := map[string][]string{}
	for _, l := range lines {
		if macroLine(l, macros) {
			continue
		}
		for _, l := range parallel(l, macros) {
			f := fields(l)
			if len(f) < 3 {
				return nil, fmt.Errorf("%s: bad line %q", name, l)
			}
			switch f[0] {
			case "prep":
				c, err := parseCases(f[2])
				if err != nil {
					return nil, fmt.Errorf("%s: %q: %w", name, l, err)
				}
				in.preps[Fold(f[1])] |= c
			case "ending":
				if len(f) < 5 {
					return nil, fmt.Errorf("%s: bad line %q", name, l)
				}
				c, err := parseCases(f[4])
				if err != nil {
					return nil, fmt.Errorf("%s: %q: %w", name, l, err)
				}
				g := f[3]
				if g != "m" && g != "f" && g != "a" {
					return nil, fmt.Errorf("%s: bad gender in %q", name, l)
				}
				r := inflRule{nom: dash(f[1]), obl: dash(f[2]), gender: g[0], cases: c}
				if len(f) > 5 {
					r.after = f[5]
				}
				in.rules = append(in.rules, r)
			default:
				return nil, fmt.Errorf("%s: unknown kind in %q", name, l)
			}
		}
	}
	return in, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return strings.ToLower(s)
}

func parseCases(s string) (uint8, error) {
	var c uint8
	for _, p := range strings.Split(s, ",") {
		b, ok := caseNames[strings.TrimSpace(p)]
		if !ok {
			return 0, fmt.Errorf("unknown case %q", p)
		}
		c |= b
	}
	return c, nil
}

// parallel expands "{@x}" groups of a line: one line per value of the
// macro, the same value in every field.
func parallel(line string, macros map[string][]string) []string {
	i := strings.Index(line, "{@")
	if i < 0 {
		return []string{line}
	}
	j := strings.IndexByte(line[i:], '}')
	if j < 0 {
		return []string{line}
	}
	group := line[i : i+j+1]
	var out []string
	for _, v := range macros[group[2:len(group)-1]] {
		out = append(out, parallel(strings.ReplaceAll(line, group, v), macros)...)
	}
	return out
}

// Governs returns the cases a preposition governs (0 for a word that is
// none).
func (in *Inflection) Governs(word string) uint8 {
	if in == nil {
		return 0
	}
	return in.preps[Fold(word)]
}

// acute drops the acute accents of Spanish and Portuguese names, which no
// declension table writes (Polish ó is a letter of its own and stays).
var acute = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ú", "u")

// trimRunes returns s without its last n runes.
func trimRunes(s string, n int) string {
	for ; n > 0 && s != ""; n-- {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	return s
}

// Readings returns the ways to read word as a form of a nominative. The
// nominative keeps the word's own capitalization. A word no rule reads
// as a nominative also reads as indeclinable (itself, in any case).
func (in *Inflection) Readings(word string) []Reading {
	if in == nil || word == "" {
		return nil
	}
	lower := strings.ToLower(word)
	if len(lower) != len(word) || utf8.RuneCountInString(word) < 2 {
		return []Reading{{Nom: word, Gender: GenderAny, Cases: AllCases}}
	}
	var out []Reading
	nominative, bare := false, false
	longObl := 0 // the longest ending of a declined reading
	// Foreign names keep their acute accents when they decline
	// ("Anę Maríę"): endings are matched without them.
	key := acute.Replace(lower)
	for _, r := range in.rules {
		if !strings.HasSuffix(key, r.obl) {
			continue
		}
		stem := key[:len(key)-len(r.obl)]
		if utf8.RuneCountInString(stem) < 2 {
			continue
		}
		if r.after != "" {
			last, _ := utf8.DecodeLastRuneInString(stem)
			if !strings.ContainsRune(r.after, last) {
				continue
			}
		}
		cost := 1
		if r.obl == r.nom && r.cases == CaseNom {
			cost = 0
			nominative = true
			bare = bare || r.gender == GenderM
		} else {
			longObl = max(longObl, utf8.RuneCountInString(r.obl))
		}
		nom := trimRunes(word, utf8.RuneCountInString(r.obl)) + r.nom
		merged := false
		for k := range out {
			if out[k].Nom == nom && out[k].Gender == r.gender && out[k].Cost == cost {
				out[k].Cases |= r.cases
				out[k].Cost = min(out[k].Cost, cost)
				merged = true
			}
		}
		if !merged {
			out = append(out, Reading{Nom: nom, Gender: r.gender, Cases: r.cases, Cost: cost})
		}
	}
	if nominative && longObl >= 3 {
		// "Kowalskiej" ends in a consonant, as a masculine nominative
		// may, but a long ending a rule declines ("-skiej") says more
		// than one final letter: the bare reading yields to it.
		for k := range out {
			if out[k].Cost == 0 && out[k].Nom == word {
				out[k].Cost = 3
			}
		}
	}
	if !nominative {
		// Foreign names often stay undeclined ("Моди"); a word that some
		// rule reads as declined is less likely to be one ("Лаврову").
		cost := 2
		if len(out) > 0 {
			cost = 4
		}
		out = append(out, Reading{Nom: word, Gender: GenderAny, Cases: AllCases, Cost: cost})
	} else if !bare {
		// A foreign name that looks nominative may not decline at all
		// ("з Аріфом Вікаксоно"): the word as written, in any case, at
		// more than the cost of a declined reading.
		out = append(out, Reading{Nom: word, Gender: GenderAny, Cases: AllCases, Cost: 3})
	} else {
		// A woman's surname that ends in a consonant does not decline
		// ("с Кайей Каллис", "z Kają Kallis", "з Наталею Кравець"): a
		// word a table reads as a masculine nominative only is also a
		// feminine form of any case, at the cost of an undeclined word.
		cost := 2
		if longObl >= 3 {
			cost = 3 // "Kowalskiej" is no undeclined "Kowalskiej"
		}
		out = append(out, Reading{Nom: word, Gender: GenderF, Cases: AllCases, Cost: cost})
	}
	return out
}
