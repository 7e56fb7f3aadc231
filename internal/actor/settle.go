package actor

import (
	"strings"

	"chancery/internal/lexicon"
)

// settlements finds the places no gazetteer lists: a capitalized name
// after a word for a town ("the Tajik town of Tarsk", "la ciudad
// argentina de Valdora", "в таджикском городе Тарск") is a place of the
// state an adjective names there, if any. The article's other mentions of
// that name ("talks in Tarsk", "в Тарске") are the same place.
func (f *finder) settlements() {
	type learned struct {
		name, code, key string
		n               int // words, hyphens included
	}
	var names []learned
	for x := range f.items {
		s := &f.items[x]
		if !s.is(lexicon.KindSettlement) {
			continue
		}
		// A common noun, written so: "Kansas City" names no town after it.
		if w := f.words[s.i]; w.Case != lexicon.CaseAny && !(f.lang == "de" || f.lang == "nl") {
			continue
		}
		code := ""
		if d := f.itemEnding(s.i); d != nil && d.is(lexicon.KindDemonym) && f.sameSent(d.i, s.i) {
			code = d.e.Code // "the Tajik town of", "в таджикском городе"
		}
		k := s.j
		if d := f.itemStarting(k); d != nil && d.is(lexicon.KindDemonym) && f.sameSent(k, s.i) {
			code, k = d.e.Code, d.j // "la ciudad argentina de"
		}
		if o := f.itemStarting(k); o != nil && o.is(lexicon.KindOf) && f.sameSent(k, s.i) {
			k = o.j
		}
		end := f.titleRun(k, s.i)
		if end == k {
			continue
		}
		name := f.body[f.words[k].Start:f.words[end-1].End]
		f.addPlace(k, end, name, code)
		names = append(names, learned{name, code, f.runKey(k, end), end - k})
	}
	for _, l := range names {
		key, n := l.key, l.n
		for k := 0; k+n <= len(f.words); k++ {
			if f.at[k] >= 0 || f.words[k].Case != lexicon.CaseTitle {
				continue
			}
			if f.titleRun(k, k) != k+n || !f.sameName(key, k, k+n) {
				continue
			}
			f.addPlace(k, k+n, l.name, l.code)
		}
	}
}

// titleRun returns the end of the run of up to three capitalized words
// from word k that no lexicon phrase covers, in k's sentence (ref's); k
// when there is none.
func (f *finder) titleRun(k, ref int) int {
	end := k
	for end < len(f.words) && end-k < 3 && f.sameSent(end, ref) && f.at[end] < 0 && f.words[end].Case == lexicon.CaseTitle {
		end++
		// "Sary-Tash": a hyphen inside the name
		if end+1 < len(f.words) && f.words[end].Key == "-" && f.words[end].Glued && f.words[end+1].Glued && f.words[end+1].Case == lexicon.CaseTitle {
			end += 2
		}
	}
	return end
}

// sameName reports whether words [i, j) spell the folded name key, allowing
// a case ending on the last word in languages that decline ("в Тарске",
// "w Tarsku" are Tarsk).
func (f *finder) sameName(key string, i, j int) bool {
	got := f.runKey(i, j)
	if got == key {
		return true
	}
	if !genitiveLangs[f.lang] {
		return false
	}
	a, b := []rune(got), []rune(key)
	if len(b) < 5 || len(a) < len(b)-1 || len(a) > len(b)+2 {
		return false
	}
	stem := b[:len(b)-1]
	return string(a[:len(stem)]) == string(stem)
}

// addPlace makes words [i, j) a place item.
func (f *finder) addPlace(i, j int, name, code string) {
	f.items = append(f.items, item{i: i, j: j, e: lexicon.Entry{Kind: lexicon.KindPlace, Code: code, Name: name}})
	for k := i; k < j; k++ {
		f.at[k] = len(f.items) - 1
	}
}

// runKey joins the folded words [i, j), hyphens left out.
func (f *finder) runKey(i, j int) string {
	var parts []string
	for k := i; k < j; k++ {
		if f.words[k].Key != "-" {
			parts = append(parts, f.words[k].Key)
		}
	}
	return strings.Join(parts, " ")
}
