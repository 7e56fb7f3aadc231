package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cyrillic maps Cyrillic letters (Russian, Ukrainian, Belarusian, Bulgarian,
// Serbian) to one Latin spelling. The spelling chosen does not matter much:
// skeleton later folds the conventions of English (Sergey, Lavrov), German
// (Sergej, Lawrow), French (Sergueï) and Spanish (Serguéi) onto the same
// string, so the table only has to land in that family.
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "iu", 'я': "ia",
	// Ukrainian, Belarusian, Serbian, Macedonian.
	'є': "ie", 'і': "i", 'ї': "i", 'ґ': "g", 'ў': "u", 'ђ': "dj", 'ј': "j",
	'љ': "lj", 'њ': "nj", 'ћ': "c", 'џ': "dz", 'ѓ': "g", 'ќ': "k", 'ѕ': "dz",
}

// special folds Latin letters that do not decompose into a base letter and
// combining marks.
var special = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d", 'þ': "th",
	'ł': "l", 'ı': "i", 'ŀ': "l", 'ŧ': "t", 'ħ': "h",
}

// Fold lower-cases s, removes accents, transliterates Cyrillic to Latin and
// keeps letters and digits; every other run of characters becomes one space
// (hyphens and apostrophes included, so "Díaz-Canel" folds to "diaz canel").
// The result is the form names are compared in.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // suppress leading and repeated spaces
	for _, r := range norm.NFD.String(strings.ToValidUTF8(s, " ")) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if t, ok := cyrillic[r]; ok {
			b.WriteString(t)
			space = false
			continue
		}
		if t, ok := special[r]; ok {
			b.WriteString(t)
			space = false
			continue
		}
		if r == '\'' || r == '’' || r == 'ʼ' || r == '`' {
			// O'Brien, d'Estaing: apostrophes join, they do not split.
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// Latin reports whether the letters of s are mostly Latin script, so that a
// canonical display name is chosen among Latin forms.
func Latin(s string) bool {
	latin, other := 0, 0
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Latin, r):
			latin++
		default:
			other++
		}
	}
	return latin > 0 && latin >= other
}

// rewrites collapse transliteration conventions of one folded token, tried
// longest first at each position. The classes are deliberately coarse: a
// skeleton is compared together with given names and countries, so a rare
// collision costs little while a missed variant splits a person in two.
var rewrites = []struct{ from, to string }{
	{"shch", "S"}, {"schtsch", "S"}, {"tsch", "C"}, {"tch", "C"}, {"sch", "S"},
	{"zh", "S"}, {"sh", "S"}, {"kh", "H"}, {"ch", "C"}, {"tz", "Z"}, {"ts", "Z"},
	{"cz", "C"}, {"ph", "f"}, {"th", "t"}, {"ck", "k"}, {"qu", "k"},
	{"gue", "ge"}, {"gui", "gi"}, {"ou", "u"}, {"x", "ks"}, {"w", "v"},
	{"y", "i"}, {"j", "i"}, {"z", "s"}, {"dj", "d"},
}

// Skeleton reduces one folded name token to a key that is equal across the
// usual transliterations: Sergey, Sergei, Sergej, Serguei → "sergei";
// Lavrov, Lawrow, Lavroff → "lavrov"; Gorbachev, Gorbatschow → "gorbaCov".
// Upper-case letters in the result stand for sound classes (S: sh/sch/zh,
// C: ch/tsch, H: kh, Z: ts/tz).
func Skeleton(tok string) string {
	var b strings.Builder
	b.Grow(len(tok))
	for i := 0; i < len(tok); {
		matched := false
		for _, rw := range rewrites {
			if strings.HasPrefix(tok[i:], rw.from) {
				b.WriteString(rw.to)
				i += len(rw.from)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		c := tok[i]
		// c before a back vowel or a consonant sounds k (Nicolas/Nikolas,
		// Carlos/Karlos); before e and i it stays.
		if c == 'c' && (i+1 >= len(tok) || !strings.ContainsRune("eih", rune(tok[i+1]))) {
			b.WriteByte('k')
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(tok[i:])
		b.WriteString(tok[i : i+n])
		i += n
	}
	s := b.String()
	// Slavic surname endings: -ov/-ow/-off/-ev/-ew/-eff/-iev are one ending.
	for _, end := range []string{"ieff", "ief", "iev", "eff", "off", "ev", "ef", "of"} {
		if len(s) > len(end)+2 && strings.HasSuffix(s, end) {
			s = s[:len(s)-len(end)] + "ov"
			break
		}
	}
	// Collapse doubled letters (Gill/Gil, Jussupow/Yusupov) and "ii" from
	// transliterated -ий endings.
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}

// particles are the lower-case connecting words of names in the languages
// chancery reads (de, von, van, y …). They are language constants, not a
// list of people: they are skipped when names are compared.
var particles = map[string]bool{
	"de": true, "del": true, "della": true, "di": true, "da": true, "das": true,
	"do": true, "dos": true, "du": true, "la": true, "le": true, "las": true,
	"los": true, "van": true, "von": true, "der": true, "den": true, "ter": true,
	"zu": true, "y": true, "e": true, "al": true, "el": true, "bin": true,
	"ibn": true, "bint": true, "ben": true,
}

// token is one word of a name: its skeleton and whether it was written as
// a single letter (an initial, "S. Lavrov").
type token struct {
	skel    string
	initial bool
}

// tokens splits a surface name into comparable tokens, dropping particles.
func tokens(name string) []token {
	f := Fold(name)
	if f == "" {
		return nil
	}
	words := strings.Fields(f)
	out := make([]token, 0, len(words))
	for _, w := range words {
		if particles[w] && len(words) > 1 {
			continue
		}
		out = append(out, token{skel: Skeleton(w), initial: utf8.RuneCountInString(w) == 1})
	}
	return out
}
