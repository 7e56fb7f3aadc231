// Package lang identifies the main language of a text among the languages
// chancery supports. It combines whatlanggo's trigram model, restricted to
// those languages, with two cheap guards that matter on short texts: the
// script (Cyrillic versus Latin, and letters unique to Russian or Ukrainian)
// and a vote of frequent function words.
package lang

import (
	_ "embed"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

//go:embed stopwords.txt
var stopwordData string

// codes maps the supported ISO 639-1 codes to whatlanggo's languages.
var codes = map[string]whatlanggo.Lang{
	"en": whatlanggo.Eng, "de": whatlanggo.Deu, "es": whatlanggo.Spa, "fr": whatlanggo.Fra,
	"ru": whatlanggo.Rus, "it": whatlanggo.Ita, "pt": whatlanggo.Por, "nl": whatlanggo.Nld,
	"pl": whatlanggo.Pol, "uk": whatlanggo.Ukr, "tr": whatlanggo.Tur, "hu": whatlanggo.Hun,
}

// supported lists the codes in a fixed order: the five main languages first.
var supported = []string{"en", "de", "es", "fr", "ru", "it", "pt", "nl", "pl", "uk", "tr", "hu"}

// Tables built once from immutable data; read-only afterwards.
var (
	latinWL    = whitelist(func(c string) bool { return c != "ru" && c != "uk" })
	cyrillicWL = whitelist(func(c string) bool { return c == "ru" || c == "uk" })
	stopwords  = parseStopwords(stopwordData) // word -> languages
)

func whitelist(keep func(string) bool) whatlanggo.Options {
	wl := map[whatlanggo.Lang]bool{}
	for c, l := range codes {
		if keep(c) {
			wl[l] = true
		}
	}
	return whatlanggo.Options{Whitelist: wl}
}

func parseStopwords(data string) map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		code, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		code = strings.TrimSpace(code)
		for _, w := range strings.Fields(words) {
			m[w] = append(m[w], code)
		}
	}
	return m
}

// Supported returns the ISO 639-1 codes Detect may return.
func Supported() []string { return append([]string(nil), supported...) }

// maxSample bounds the work: a few sentences decide, and whatlanggo's cost
// grows with every trigram it sorts (700 bytes: about 0.3 ms; 6 KB: 2 ms).
const maxSample = 700

// Detect returns the ISO 639-1 code of text's main language among
// Supported(), or "" when the text has too few letters or the evidence is
// too weak to decide.
func Detect(text string) string {
	if len(text) > maxSample {
		cut := maxSample
		for cut > 0 && !isRuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	text = stripNoise(text)
	var latin, cyr, ru, uk int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			switch unicode.ToLower(r) {
			case 'ы', 'э', 'ъ', 'ё':
				ru++
			case 'і', 'ї', 'є', 'ґ':
				uk++
			}
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	if latin+cyr < 12 {
		return ""
	}
	votes, total := vote(text)
	if cyr > latin {
		switch {
		case uk > 0 && ru == 0:
			return "uk"
		case ru > 0 && uk == 0:
			return "ru"
		}
		if best, ok := decisive(votes, total, cyrillicOnly); ok {
			return best
		}
		info := whatlanggo.DetectWithOptions(text, cyrillicWL)
		return code(info.Lang)
	}
	info := whatlanggo.DetectWithOptions(text, latinWL)
	got := code(info.Lang)
	best, ok := decisive(votes, total, latinOnly)
	switch {
	case ok && best != got && info.Confidence < 0.8:
		// On a sentence or two the trigram model is noisy while function
		// words are not: trust the vote.
		return best
	case got != "" && (info.Confidence >= 0.5 || got == best):
		return got
	case ok:
		return best
	case got != "" && votes[got] > 0:
		return got
	}
	return ""
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func code(l whatlanggo.Lang) string {
	for c, v := range codes {
		if v == l {
			return c
		}
	}
	return ""
}

func cyrillicOnly(c string) bool { return c == "ru" || c == "uk" }
func latinOnly(c string) bool    { return !cyrillicOnly(c) }

// stripNoise removes URLs, handles and hashtags, which carry no language.
func stripNoise(text string) string {
	if !strings.Contains(text, "http") && !strings.ContainsAny(text, "@#") {
		return text
	}
	f := strings.Fields(text)
	out := f[:0]
	for _, w := range f {
		if strings.HasPrefix(w, "http") || strings.HasPrefix(w, "@") || strings.HasPrefix(w, "#") ||
			strings.Contains(w, ".com/") {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// vote counts, per language, the tokens of text that are its function words.
func vote(text string) (map[string]int, int) {
	votes := map[string]int{}
	total := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		total++
		langs, ok := stopwords[strings.ToLower(w)]
		if !ok {
			continue
		}
		for _, l := range langs {
			votes[l]++
		}
	}
	return votes, total
}

// decisive returns the language with the most votes when it clearly leads:
// at least three hits and half again as many as the runner-up.
func decisive(votes map[string]int, total int, keep func(string) bool) (string, bool) {
	best, second := "", 0
	bestN := 0
	for _, c := range supported {
		if !keep(c) {
			continue
		}
		n := votes[c]
		if n > bestN {
			second, best, bestN = bestN, c, n
		} else if n > second {
			second = n
		}
	}
	if bestN >= 3 && bestN*2 >= second*3 {
		return best, true
	}
	return "", false
}
