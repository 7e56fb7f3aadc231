package clean

import (
	_ "embed"
	"strings"
	"unicode"
)

//go:embed data/markers.txt
var markerData string

//go:embed data/months.txt
var monthData string

// phrases is a set of lower-case phrases matched on whole words.
type phrases struct {
	set      map[string]bool
	maxWords int
}

func (p *phrases) add(s string) {
	if p.set == nil {
		p.set = map[string]bool{}
	}
	s = strings.Join(strings.Fields(foldCase(s)), " ")
	p.set[s] = true
	if n := len(strings.Fields(s)); n > p.maxWords {
		p.maxWords = n
	}
}

// whole reports whether s, ignoring case, edge punctuation and bullets, is
// one of the phrases.
func (p *phrases) whole(s string) bool {
	if p.set == nil {
		return false
	}
	s = strings.TrimFunc(foldCase(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' })
	return p.set[strings.Join(strings.Fields(s), " ")]
}

// prefix returns the byte length of the longest phrase that s starts with,
// ending on a word boundary, or 0.
func (p *phrases) prefix(s string) int {
	if p.set == nil {
		return 0
	}
	best := 0
	var key strings.Builder
	words := 0
	i := 0
	for i < len(s) && words < p.maxWords {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j == i {
			break
		}
		w := s[i:j]
		// A word may end with punctuation that separates the marker from
		// what follows ("Photo:", "READ:").
		core := strings.TrimRightFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' })
		if words > 0 {
			key.WriteByte(' ')
		}
		key.WriteString(foldCase(core))
		words++
		if p.set[key.String()] {
			best = i + len(core)
		}
		if len(core) < len(w) { // punctuation closes the phrase
			break
		}
		i = j
	}
	return best
}

func foldCase(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// markers holds the parsed marker table; built once, read-only.
type markers struct {
	kinds    map[string]*phrases
	function map[string]map[string]bool // lang -> capitalized sentence openers
	allFunc  map[string]bool
	months   map[string]int
}

var mk = loadMarkers()

func (m *markers) get(kind string) *phrases {
	if p := m.kinds[kind]; p != nil {
		return p
	}
	return &phrases{}
}

func loadMarkers() *markers {
	m := &markers{kinds: map[string]*phrases{}, function: map[string]map[string]bool{},
		allFunc: map[string]bool{}, months: map[string]int{}}
	for _, line := range strings.Split(markerData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.SplitN(line, " ", 3)
		if len(f) < 3 {
			continue
		}
		kind, lang, phrase := f[0], f[1], strings.TrimSpace(f[2])
		if kind == "function" {
			if m.function[lang] == nil {
				m.function[lang] = map[string]bool{}
			}
			for _, w := range strings.Fields(phrase) {
				m.function[lang][w] = true
				m.allFunc[w] = true
			}
			continue
		}
		if m.kinds[kind] == nil {
			m.kinds[kind] = &phrases{}
		}
		m.kinds[kind].add(phrase)
	}
	for _, line := range strings.Split(monthData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		n := 0
		for _, c := range f[0] {
			n = n*10 + int(c-'0')
		}
		for _, w := range f[1:] {
			m.months[w] = n
		}
	}
	return m
}

// functionWords returns the sentence openers of lang, or of every language
// when lang is unknown.
func (m *markers) functionWords(lang string) map[string]bool {
	if f := m.function[lang]; f != nil {
		return f
	}
	return m.allFunc
}
