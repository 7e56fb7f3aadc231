package clean

import (
	"strings"
	"unicode"

	"chancery/internal/lexicon"
)

// phrases is a set of lower-case phrases matched on whole words.
type phrases struct {
	set      map[string]bool
	first    map[string]bool // first words of the phrases
	maxWords int
}

func (p *phrases) add(s string) {
	if p.set == nil {
		p.set = map[string]bool{}
		p.first = map[string]bool{}
	}
	s = strings.Join(strings.Fields(foldCase(s)), " ")
	p.set[s] = true
	if f := strings.Fields(s); len(f) > 0 {
		p.first[f[0]] = true
	}
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

// markerErr is set when the embedded marker tables cannot be read; a test
// checks that it stays nil, and the cleaner then works on structure alone.
var markerErr error

func loadMarkers() *markers {
	m := &markers{kinds: map[string]*phrases{}, function: map[string]map[string]bool{},
		allFunc: map[string]bool{}, months: map[string]int{}}
	list, err := lexicon.CleanMarkers()
	if err != nil {
		markerErr = err
	}
	for _, e := range list {
		if e.Kind == "function" {
			if m.function[e.Lang] == nil {
				m.function[e.Lang] = map[string]bool{}
			}
			for _, w := range strings.Fields(e.Phrase) {
				m.function[e.Lang][w] = true
				m.allFunc[w] = true
			}
			continue
		}
		if m.kinds[e.Kind] == nil {
			m.kinds[e.Kind] = &phrases{}
		}
		m.kinds[e.Kind].add(e.Phrase)
	}
	months, err := lexicon.CleanMonths()
	if err != nil && markerErr == nil {
		markerErr = err
	}
	for _, line := range months {
		f := strings.Fields(line)
		n := 0
		for _, c := range f[0] {
			if c < '0' || c > '9' {
				n = -1
				break
			}
			n = n*10 + int(c-'0')
		}
		if n < 1 || n > 12 {
			continue
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

// opens reports whether word w, ignoring case and trailing punctuation, is
// the first word of one of the phrases.
func (p *phrases) opens(w string) bool {
	w = strings.TrimRightFunc(foldCase(w), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' })
	return p.first[w]
}

// within reports whether one of the phrases occurs in s on word
// boundaries, ignoring case.
func (p *phrases) within(s string) bool {
	if p.set == nil {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' || s[i] == ' ' {
			continue
		}
		if p.prefix(s[i:]) > 0 {
			return true
		}
	}
	return false
}

// suffix reports whether s, ignoring case and final punctuation, ends with
// one of the phrases on a word boundary.
func (p *phrases) suffix(s string) bool {
	if p.set == nil {
		return false
	}
	s = strings.TrimRightFunc(foldCase(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	ws := strings.Fields(s)
	for k := 1; k <= p.maxWords && k <= len(ws); k++ {
		if p.set[strings.Join(ws[len(ws)-k:], " ")] {
			return true
		}
	}
	return false
}
