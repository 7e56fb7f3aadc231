package resolve

import (
	"slices"
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
	'љ': "lj", 'њ': "nj", 'ћ': "ch", 'џ': "dzh", 'ѓ': "g", 'ќ': "k", 'ѕ': "dz",
}

// special folds Latin letters that do not decompose into a base letter and
// combining marks.
var special = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d", 'þ': "th",
	'ł': "l", 'ı': "i", 'ŀ': "l", 'ŧ': "t", 'ħ': "h", 'ə': "a",
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
			// ъ and ь write nothing and so do not end a space.
			if t != "" {
				b.WriteString(t)
				space = false
			}
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
// Besides English, German and French: Polish sz, cz, szcz and ie for е
// (Pieskow, Miedwiediew); Dutch tsj, zj and oe for у (Poetin); Italian
// gh (Serghei); ye, je and ie for е wherever it is written so (Yelena,
// Jelena, Elena; Sergeyev, Sergejew, Sergeev).
var rewrites = []struct{ from, to string }{
	{"shch", "S"}, {"schtsch", "S"}, {"szcz", "S"}, {"tsch", "C"}, {"tsj", "C"},
	{"tch", "C"}, {"sch", "S"}, {"zh", "S"}, {"sh", "S"}, {"sz", "S"},
	{"zj", "S"}, {"kh", "H"}, {"ch", "C"}, {"tz", "Z"}, {"ts", "Z"},
	{"cz", "C"}, {"ph", "f"}, {"th", "t"}, {"ck", "k"}, {"qu", "k"}, {"gh", "g"},
	{"gue", "ge"}, {"gui", "gi"}, {"ou", "u"},
	// Russian -оев is o+ev, not the Dutch oe of u: Kaloev, Kaloyev.
	{"oev", "oev"}, {"oe", "u"}, {"ie", "e"},
	{"ye", "e"}, {"je", "e"}, {"x", "ks"}, {"w", "v"},
	{"y", "i"}, {"j", "i"}, {"z", "s"},
	// Arabic q is k in Cyrillic and Turkish spelling (Qasim, Касим, Kasım).
	{"q", "k"},
	// The affricate дж as English (Japaridze, with the j reading of
	// readings), Russian (Джапаридзе), German (Dschaparidse), Dutch (dzj),
	// French and Serbian (Djaparidze, Djurić) and Polish (dż, spelled out
	// by phonetic) write it.
	{"dzh", "J"}, {"dsch", "J"}, {"dzj", "J"}, {"dj", "J"},
}

// byFirst holds the rewrites by their first byte, in rewrites order, so
// that Skeleton tries at each position only those that can match.
var byFirst = func() (t [256][]struct{ from, to string }) {
	for _, rw := range rewrites {
		t[rw.from[0]] = append(t[rw.from[0]], rw)
	}
	return t
}()

// Skeleton reduces one folded name token to a key that is equal across the
// usual transliterations: Sergey, Sergei, Sergej, Serguei → "sergei";
// Lavrov, Lawrow, Lavroff → "lavrov"; Gorbachev, Gorbatschow → "gorbaCov".
// Upper-case letters in the result stand for sound classes (S: sh/sch/zh,
// C: ch/tsch, H: kh, Z: ts/tz, J: dzh/dsch/dj).
func Skeleton(tok string) string {
	var b strings.Builder
	b.Grow(len(tok))
	for i := 0; i < len(tok); {
		matched := false
		for _, rw := range byFirst[tok[i]] {
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

// phonetic spells out the Latin letters whose diacritic marks a sound the
// bare letter does not have (Czech, Slovak, Croatian, Baltic, Turkish and
// Azerbaijani š, č, ž, ş, ç; Polish ż), as English and Russian-derived
// spellings write them. A name is compared both with the marks dropped
// (the way most foreign press writes it: "Cavusoglu") and spelled out
// ("Shevchenko" for "Ševčenko").
var phonetic = []*strings.Replacer{
	strings.NewReplacer(
		"š", "sh", "Š", "Sh", "č", "ch", "Č", "Ch", "ž", "zh", "Ž", "Zh",
		"ş", "sh", "Ş", "Sh", "ç", "ch", "Ç", "Ch", "ż", "zh", "Ż", "Zh",
		// Serbian and Croatian ć and đ are the soft ч and дж (Đurić,
		// Джурич); Polish ć is ч as well.
		"ć", "ch", "Ć", "Ch", "đ", "dj", "Đ", "Dj",
	),
	// French and Portuguese ç is s (Fayçal, Gonçalves).
	strings.NewReplacer("ç", "s", "Ç", "S"),
	// German and Turkish umlauts as Russian writes them: ü as ю
	// (Müller, Мюллер; Mevlüt, Мевлют), ö and ä as ё and э, folded e
	// (Schröder, Шрёдер; Gökçe, Гёкче).
	strings.NewReplacer("ü", "iu", "Ü", "Iu", "ö", "e", "Ö", "E", "ä", "e", "Ä", "E",
		"ş", "sh", "Ş", "Sh", "ç", "ch", "Ç", "Ch", "ğ", "", "ı", "y"),
	// Polish read aloud, as Russian and Ukrainian write Polish names:
	// nasal ą and ę (Wądołowski, Вондоловский), ó as u, rz as ж or ш
	// (Krzysztof, Кшиштоф), ś, ź, ć, ń soft, ch as х, cz as ч and c as
	// ц (Wójcik, Вуйцик). The replacer tries its pairs in this order.
	strings.NewReplacer("ą", "on", "ę", "en", "ó", "u", "rz", "zh", "Rz", "Zh", "ś", "sh", "ź", "zh", "ż", "zh", "ć", "ch", "ń", "n",
		"ch", "kh", "Ch", "Kh", "cz", "ch", "Cz", "Ch", "c", "ts", "C", "Ts"),
	// Romanian ș and ț (comma below, or the cedilla forms), ă as Russian
	// writes it, э (Bălan, Бэлан), â and î as ы.
	strings.NewReplacer("ș", "sh", "Ș", "Sh", "ş", "sh", "Ş", "Sh", "ț", "ts", "Ț", "Ts", "ţ", "ts", "Ţ", "Ts",
		"ă", "e", "Ă", "E", "â", "y", "Â", "Y", "î", "y", "Î", "Y"),
	// Azerbaijani ə as Russian writes it, е (Əkbərov, Акперов).
	strings.NewReplacer("ə", "e", "Ə", "E"),
}

// readings respell a folded word the way another language's convention
// reads a letter pair that Skeleton reads the English or German way, so
// that a word gets one skeleton per plausible reading: French ch for ш
// (Chipounov), German ch for х (Chassanow), Dutch sj for ш (Sjojgoe;
// German writes сья as sja, so Skeleton keeps s+j). A ch or sj after t or
// s is part of tch, sch or tsj and stays.
var readings = []func(string) string{
	func(w string) string { return respell(w, "ch", "sh") },
	func(w string) string { return respell(w, "ch", "kh") },
	func(w string) string { return respell(w, "sj", "sh") },
	// German v reads f (Vogel, Фогель); Spanish ñ is нь (Ibáñez,
	// Ибаньес), so a Cyrillic "ny" may be a bare n; Spanish c before e
	// and i is с (Cecilia, Сесилия).
	func(w string) string {
		if strings.HasPrefix(w, "v") {
			return "f" + w[1:]
		}
		return w
	},
	func(w string) string { return respell(w, "ny", "n") },
	func(w string) string { return respell(respell(w, "ci", "si"), "ce", "se") },
	// English j is дж (Japaridze, Rajji, Jeyhun), where German and
	// Polish j is й; Skeleton reads the German way.
	func(w string) string {
		if !strings.Contains(w, "j") {
			return w
		}
		var b strings.Builder
		for i := 0; i < len(w); i++ {
			if w[i] == 'j' && (i == 0 || w[i-1] != 'd') {
				b.WriteString("dzh")
				continue
			}
			b.WriteByte(w[i])
		}
		return b.String()
	},
	italian,
	// The Arabic diphthong ay is ai or ay in English and French, ei or
	// ey in Russian and German (Zubaidi, Zubeidi, Зубейди). Not in short
	// words, where ai and ei are two names (Lai, Lei).
	func(w string) string {
		if len(w) < 5 {
			return w
		}
		return respell(respell(w, "ei", "ai"), "ey", "ai")
	},
	// Spanish j is х and French j is ж (Jaime, Хайме; Jules, Жюль);
	// Skeleton reads it as the German y.
	func(w string) string {
		if !strings.Contains(w, "j") || strings.Contains(w, "dj") {
			return w
		}
		return strings.ReplaceAll(w, "j", "kh")
	},
	func(w string) string {
		if !strings.Contains(w, "j") || strings.Contains(w, "dj") {
			return w
		}
		return strings.ReplaceAll(w, "j", "zh")
	},
	// Spanish ll is ль (Villa, Вилья; Castillo, Кастильо).
	func(w string) string { return respell(w, "ll", "ly") },
	french,
	// French and Spanish write the Arabic w as ou or u before a vowel
	// (Abdelouahab, Abdeluahab, Abdelwahab; Ouattara, Wattara).
	func(w string) string {
		if len(w) < 5 {
			return w
		}
		for _, v := range []string{"a", "e", "i"} {
			w = respell(w, "ou"+v, "w"+v)
			w = respell(w, "u"+v, "w"+v)
		}
		return w
	},
	// An Arabic particle written glued to the name (Benlarbi, Ben Larbi;
	// Elamrani, El Amrani): the name without it.
	func(w string) string {
		for _, p := range []string{"ben", "bin", "el", "al"} {
			if strings.HasPrefix(w, p) && len(w)-len(p) >= 4 && !vowel(w[len(p)]) {
				return w[len(p):]
			}
		}
		return w
	},
	// Abd al- before a "sun letter" assimilates (Abdulrahman,
	// Abdurrahman, Абдуррахман; Abdulsalam, Abdussalam).
	func(w string) string {
		if len(w) > 6 && strings.HasPrefix(w, "abdul") && strings.IndexByte("rstdnz", w[5]) >= 0 {
			return "abdu" + w[5:6] + w[5:]
		}
		return w
	},
	// South Slavic -ić written without its mark is -ич (Djuric, Đurić,
	// Джурич).
	func(w string) string {
		if len(w) > 4 && strings.HasSuffix(w, "ic") {
			return w + "h"
		}
		return w
	},
	// Armenian h that Russian drops: Hayk, Айк; Hovhannes, Ованес.
	func(w string) string {
		if len(w) > 3 && w[0] == 'h' && vowel(w[1]) {
			w = w[1:]
		}
		return strings.ReplaceAll(w, "vh", "v")
	},
	// German h after a vowel is silent (Rohde, Роде; Kuhn, Кун).
	silentH,
	// Russian drops an h between vowels of Armenian and Persian names
	// (Anahit, Анаит); Polish zj is зь plus a vowel (Anastazja,
	// Анастасия), not the Dutch ж that Skeleton reads.
	func(w string) string {
		var b strings.Builder
		for i := 0; i < len(w); i++ {
			if w[i] == 'h' && i > 0 && i+1 < len(w) && vowel(w[i-1]) && vowel(w[i+1]) {
				continue
			}
			b.WriteByte(w[i])
		}
		return b.String()
	},
	func(w string) string { return respell(w, "zj", "zi") },
	// Vietnamese as Russian and Ukrainian write it: a final nh is нь
	// (Thanh, Тхань), kh is кх and u after it ю (Khuyên, Кхюєн).
	func(w string) string {
		if strings.HasSuffix(w, "nh") && len(w) > 3 {
			w = w[:len(w)-1]
		}
		return respell(respell(w, "iu", "u"), "kkh", "kh")
	},
	// Russian writes an initial h as х (Huy, Хюи; Hamid, Хамид) and
	// the Vietnamese tr as ч (Trần, Чан).
	func(w string) string {
		switch {
		case strings.HasPrefix(w, "h") && len(w) > 2:
			return "kh" + w[1:]
		case strings.HasPrefix(w, "tr") && len(w) > 3:
			return "ch" + w[2:]
		}
		return w
	},
	// Irish and Scottish Mc is Мак in Russian (McCarthy, Маккарти).
	func(w string) string {
		if strings.HasPrefix(w, "mc") && len(w) > 4 {
			return "mak" + w[2:]
		}
		return w
	},
	// Dutch and German vowel pairs as Russian writes them: ie is и
	// (Dieter, Дитер), eu is ей or ё in Dutch (Heuvel, Хейвел) and ой in
	// German (Neumann, Нойман), ij is ей (Dijk, Дейк). Skeleton reads ie
	// the Polish and Russian way, as е.
	func(w string) string { return respell(respell(w, "ie", "i"), "ij", "ei") },
	func(w string) string { return respell(respell(w, "eu", "ei"), "ie", "i") },
	func(w string) string { return respell(w, "eu", "e") },
	func(w string) string { return respell(w, "eu", "oi") },
	// French ou before a vowel is w (Ghazaoui, Ghazawi; Ouattara).
	func(w string) string {
		var b strings.Builder
		for i := 0; i < len(w); i++ {
			if strings.HasPrefix(w[i:], "ou") && i+2 < len(w) && vowel(w[i+2]) {
				b.WriteByte('w')
				i++
				continue
			}
			b.WriteByte(w[i])
		}
		return b.String()
	},
	// Arabic and Persian q is often written gh (Qanbari, Ghanbari);
	// Azerbaijani q is г (Quliyev, Guliyev).
	func(w string) string { return strings.ReplaceAll(w, "q", "g") },
	// Uzbek and Azerbaijani x is х (Baxtiyor, Bakhtiyor).
	func(w string) string { return strings.ReplaceAll(w, "x", "kh") },
	// Korean names as Russian writes them (the Kontsevich system): чж for
	// j, aspirates written with х (Чжун, Тхэ), х for h (Хён, Hyeon); ...
	func(w string) string {
		for _, r := range [][2]string{{"chzh", "j"}, {"chkh", "ch"}, {"tkh", "t"}, {"pkh", "p"}, {"kkh", "k"}, {"kh", "h"}} {
			w = strings.ReplaceAll(w, r[0], r[1])
		}
		return w
	},
	// ... and the vowels the Latin spelling writes with two letters: ae
	// for э (Tae, Тхэ), yeo and eo for ё and о (Yeol, Ёль; Seo, Со), oo
	// for у (Moon, Мун; Yoon, Юн).
	func(w string) string {
		for _, r := range [][2]string{{"yeo", "e"}, {"eo", "o"}, {"ae", "e"}, {"oo", "u"}} {
			w = strings.ReplaceAll(w, r[0], r[1])
		}
		return w
	},
	// Older Korean romanizations write u for eo, yu for yeo (Hyun-chul,
	// Hyeon-cheol; Sung, Seong): read them as the line above reads those.
	func(w string) string {
		for _, r := range [][2]string{{"yu", "e"}, {"u", "o"}} {
			w = strings.ReplaceAll(w, r[0], r[1])
		}
		return w
	},
	// English spelling writes ee for i (the Korean surname Lee, Ли).
	func(w string) string { return strings.ReplaceAll(w, "ee", "i") },
	// Hungarian: sz is с, cs ч, zs ж, gy дь, ny нь, ly й (Szabó, Сабо;
	// Szilágyi, Силади).
	func(w string) string {
		if !strings.ContainsAny(w, "szcgnl") {
			return w
		}
		for _, r := range [][2]string{{"sz", "s"}, {"cs", "ch"}, {"zs", "zh"}, {"gy", "d"}, {"ny", "n"}, {"ly", "i"}} {
			w = strings.ReplaceAll(w, r[0], r[1])
		}
		return w
	},
	// Greek and Italian gi before a vowel opens with a y sound (Giorgos,
	// Йоргос); Spanish g before e and i is х (Gil, Хиль; Gerardo, Херардо).
	func(w string) string {
		if len(w) > 3 && strings.HasPrefix(w, "gi") && vowel(w[2]) {
			return "i" + w[2:]
		}
		return w
	},
	func(w string) string {
		var b strings.Builder
		for i := 0; i < len(w); i++ {
			if w[i] == 'g' && i+1 < len(w) && (w[i+1] == 'e' || w[i+1] == 'i') && (i == 0 || w[i-1] != 'n') {
				b.WriteString("kh")
				continue
			}
			b.WriteByte(w[i])
		}
		return b.String()
	},
	// A name whose marks the foreign press dropped (Cavusoglu for
	// Çavuşoğlu, Vucic for Vučić, Cermak for Čermák) matches the spelled-out
	// form (Chavushoglu, Чавушоглу) once that loses its h: sh, ch and zh
	// read as the bare s, c and z.
	func(w string) string { return respell(respell(respell(w, "sh", "s"), "ch", "c"), "zh", "z") },
}

// french respells a French-written name the way Russian writes it: g
// before e and i is ж, and a final -ges too (Georges, Жорж; Gilbert,
// Жильбер); a final d, t, s or x is silent (Armand, Арман), and so is a
// final e after a vowel (Faye, Фай; Marie, Мари).
func french(w string) string {
	n := len(w)
	if n < 4 {
		return w
	}
	out := w
	if strings.HasSuffix(out, "ges") {
		out = out[:len(out)-3] + "zh"
	}
	switch last := out[len(out)-1]; {
	case strings.IndexByte("dtsx", last) >= 0 && len(out) > 4 && (vowel(out[len(out)-2]) || out[len(out)-2] == 'n' || out[len(out)-2] == 'r'):
		out = out[:len(out)-1]
	case last == 'e' && (vowel(out[len(out)-2]) || out[len(out)-2] == 'y'):
		out = out[:len(out)-1]
	}
	var b strings.Builder
	for i := 0; i < len(out); i++ {
		if out[i] == 'g' && i+1 < len(out) && (out[i+1] == 'e' || out[i+1] == 'i') && (i == 0 || out[i-1] != 'n') {
			b.WriteString("zh")
			if out[i+1] == 'e' && i+2 < len(out) && vowel(out[i+2]) {
				i++ // "geo": the e only softens the g
			}
			continue
		}
		b.WriteByte(out[i])
	}
	return b.String()
}

// silentH drops an h that follows a vowel and comes before a consonant
// or ends the word, as German writes a long vowel (Rohde, Kuhn, Brahms).
func silentH(w string) string {
	if !strings.Contains(w, "h") {
		return w
	}
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if w[i] == 'h' && i > 0 && vowel(w[i-1]) && (i+1 == len(w) || !vowel(w[i+1])) {
			continue
		}
		b.WriteByte(w[i])
	}
	return b.String()
}

// italian respells Italian transliteration the English way: sci and ci
// before a back vowel are ш and ч (Sciuvalov, Kravciuk), sc and c before e
// and i as well (Scevcenko).
func italian(w string) string {
	if !strings.Contains(w, "c") {
		return w
	}
	front := func(c byte) bool { return c == 'e' || c == 'i' }
	back := func(c byte) bool { return c == 'a' || c == 'o' || c == 'u' }
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		rest := w[i:]
		switch {
		case strings.HasPrefix(rest, "sci") && len(rest) > 3 && back(rest[3]):
			b.WriteString("sh")
			i += 2
		case strings.HasPrefix(rest, "sc") && len(rest) > 2 && front(rest[2]):
			b.WriteString("sh")
			i++
		case strings.HasPrefix(rest, "ci") && len(rest) > 2 && back(rest[2]) && (i == 0 || w[i-1] != 's'):
			b.WriteString("ch")
			i++
		case rest[0] == 'c' && len(rest) > 1 && front(rest[1]) && (i == 0 || w[i-1] != 's'):
			b.WriteString("ch")
		default:
			b.WriteByte(w[i])
		}
	}
	return b.String()
}

// respell replaces from by to in w where from does not follow t or s.
func respell(w, from, to string) string {
	if !strings.Contains(w, from) {
		return w
	}
	var b strings.Builder
	for i := 0; i < len(w); {
		if strings.HasPrefix(w[i:], from) && (i == 0 || (w[i-1] != 't' && w[i-1] != 's')) {
			b.WriteString(to)
			i += len(from)
			continue
		}
		b.WriteByte(w[i])
		i++
	}
	return b.String()
}

// particles are the lower-case connecting words of names in the languages
// chancery reads (de, von, van, y …). They are language constants, not a
// list of people: they are skipped when names are compared.
var particles = map[string]bool{
	"de": true, "del": true, "della": true, "di": true, "da": true, "das": true,
	"do": true, "dos": true, "du": true, "la": true, "le": true, "las": true,
	"los": true, "van": true, "von": true, "der": true, "den": true, "ter": true,
	"zu": true, "y": true, "e": true, "al": true, "el": true, "bin": true,
	"ibn": true, "bint": true, "binti": true, "ben": true,
}

// vietFamily are the particles that are also Vietnamese family names,
// folded (Lê, Đỗ, La).
var vietFamily = map[string]bool{"le": true, "do": true, "la": true}

// token is one word of a name: its skeletons (the first of the word as
// written, then one per other plausible reading: diacritics spelled out,
// another language's letter pairs, a Russian spelling of a Chinese or
// Japanese name), its loose readings, and whether it was written as a
// single letter (an initial, "S. Lavrov").
type token struct {
	word    string // the folded word
	skels   []string
	loose   []reading
	initial bool
}

// reading is one way to read a token under Loose: the skeleton read and
// its loose form.
type reading struct{ skel, loose string }

// skel is the main skeleton of t, the one of the name as written with its
// marks dropped.
func (t token) skel() string {
	if len(t.skels) == 0 {
		return ""
	}
	return t.skels[0]
}

// same reports whether two tokens share a skeleton.
func (t token) same(u token) bool {
	for _, x := range t.skels {
		for _, y := range u.skels {
			if x == y {
				return true
			}
		}
	}
	return false
}

// near reports whether two surname tokens are one name under the coarser
// conventions of Loose: the same consonant classes, at least three of
// them, vowels that differ only as unstressed vowels do (see vowels), and
// not a feminine form against a masculine one.
func (t token) near(u token) bool {
	if t.initial || u.initial {
		return false
	}
	for _, x := range t.loose {
		for _, y := range u.loose {
			if len(x.loose) >= 3 && x.loose == y.loose && !gendered(x.skel, y.skel, false) && vowels(x.skel) == vowels(y.skel) {
				return true
			}
		}
	}
	return false
}

// gendered reports whether two spellings of one stem differ as a feminine
// and a masculine form: one ends in -a and the other in a consonant
// (Ivana/Ivan, Petrova/Petrov, Daniela/Daniel) or, for given names, in -o
// (Maria/Mario). Belarusian surnames end in -a where Russian ones end in
// -o (Kavalenka/Kovalenko), so that pair is not gendered for surnames.
func gendered(x, y string, given bool) bool {
	if x == "" || y == "" {
		return false
	}
	fx, fy := x[len(x)-1], y[len(y)-1]
	if fx == fy {
		return false
	}
	if fy == 'a' {
		fx, fy = fy, fx
	}
	if fx != 'a' {
		return false
	}
	if fy == 'o' {
		return given
	}
	return !vowel(fy)
}

// vowels is the vowel outline of a skeleton: one group per run of vowels,
// a glide i before another vowel dropped (Siemionov, Kavaliou), and a, e, o
// one class, since Belarusian spelling writes unstressed o and e as a
// (Kavalenka, Marchanka for Kovalenko, Marchenko). It keeps i and u apart,
// so that Xuehui is not Xiaohui.
func vowels(skel string) string {
	var b strings.Builder
	prev := byte(0) // last class written in the current group
	in := false
	for i := 0; i < len(skel); i++ {
		c := skel[i]
		if !vowel(c) {
			if in {
				b.WriteByte('|')
			}
			in, prev = false, 0
			continue
		}
		if c == 'i' && i+1 < len(skel) && vowel(skel[i+1]) {
			continue
		}
		if c == 'e' || c == 'o' {
			c = 'a'
		}
		if c != prev {
			b.WriteByte(c)
		}
		in, prev = true, c
	}
	return b.String()
}

func vowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// tokens splits a surface name into comparable tokens, dropping particles.
func tokens(name string) []token {
	f := Fold(name)
	if f == "" {
		return nil
	}
	words := strings.Fields(f)
	var alts [][]string
	n := norm.NFC.String(name)
	for _, ph := range phonetic {
		if ph.Replace(n) != n {
			if a := strings.Fields(Fold(ph.Replace(n))); len(a) == len(words) {
				alts = append(alts, a)
			}
		}
	}
	// The lower-case Cyrillic words, when the name is written in
	// Cyrillic, for the pinyin and Hepburn readings of Russian spellings
	// of Chinese and Japanese names.
	latin := Latin(name)
	var cyr []string
	if !latin {
		var b strings.Builder
		for _, r := range strings.ToLower(name) {
			if unicode.IsLetter(r) {
				b.WriteRune(r)
			} else if r != '\'' && r != '’' {
				b.WriteByte(' ')
			}
		}
		if c := strings.Fields(b.String()); len(c) == len(words) {
			cyr = c
		}
	}
	out := make([]token, 0, len(words))
	for i, w := range words {
		// (Lê, Đỗ, La open a Vietnamese name as its family name: "Lê
		// Quang Minh" keeps its first word, "Marine Le Pen" drops hers.)
		familyFirst := i == 0 && len(words) >= 3 && vietFamily[w] && !particles[words[1]]
		if particles[w] && len(words) > 1 && !familyFirst {
			continue
		}
		// A single letter is an initial when the name has a full stop
		// ("S. Lavrov"); otherwise it is a one-letter name (Palladius И
		// for Yi).
		t := token{word: w, initial: utf8.RuneCountInString(w) == 1 && (latin || strings.Contains(name, "."))}
		t.skels = append(t.skels, Skeleton(w))
		for _, alt := range alts {
			if sk := Skeleton(alt[i]); alt[i] != w && !slices.Contains(t.skels, sk) {
				t.skels = append(t.skels, sk)
			}
		}
		for _, r := range readings {
			if v := r(w); v != w {
				if sk := Skeleton(v); !slices.Contains(t.skels, sk) {
					t.skels = append(t.skels, sk)
				}
			}
		}
		if cyr != nil {
			for _, v := range []string{pinyin(cyr[i]), hepburn(cyr[i])} {
				if sk := Skeleton(v); v != "" && !slices.Contains(t.skels, sk) {
					t.skels = append(t.skels, sk)
				}
			}
			// A name the article left in an oblique case ("Халидом",
			// "Белозерской"): the nominative its ending most often hides.
			for _, v := range nominatives(cyr[i]) {
				if sk := Skeleton(Fold(v)); !slices.Contains(t.skels, sk) {
					t.skels = append(t.skels, sk)
				}
			}
		}
		for _, s := range t.skels {
			t.loose = append(t.loose, reading{s, Loose(s)})
		}
		// Skeleton reads j as the y of German and Polish (Jurij); French
		// writes ж with it (Ryjenkov) and Spanish х (Jodorkovski).
		var more []string
		if strings.Contains(w, "j") && !strings.Contains(w, "dj") {
			more = append(more, strings.ReplaceAll(w, "j", "zh"), strings.ReplaceAll(w, "j", "kh"))
		}
		// Belarusian writes ў where Russian has в: Kavaliou, Ryzhankou
		// for Kovalev, Ryzhenkov; Haurylenka for Gavrilenko.
		if v := belarusianU(w); v != w {
			more = append(more, v)
		}
		for _, m := range more {
			sk := Skeleton(m)
			t.loose = append(t.loose, reading{sk, Loose(sk)})
		}
		out = append(out, t)
	}
	return out
}

// Loose reduces a skeleton to its consonant classes, for conventions too
// coarse to fold into Skeleton without merging different names: vowels go
// (Belarusian Kavalenka and Russian Kovalenko, Siemionov and Semyonov);
// sh, ch, zh, kh, h and g are one class (French ch for ш, German ch for х,
// Ukrainian and Belarusian h for г: Hrytsenko/Gritsenko, Hasanli/Gasanli);
// ts, tz and z are s (German Sawizki for Savitski); dz is d
// (Dzmitry/Dmitry). tokens adds readings of j and of a final ў.
// A loose match is accepted only with agreeing given names (see
// compatible).
func Loose(skel string) string {
	rs := []rune(skel)
	out := make([]rune, 0, len(rs))
	adjacent := false // the last rune kept is the previous rune of rs
	for i, c := range rs {
		switch {
		case c < utf8.RuneSelf && vowel(byte(c)):
			adjacent = false
			continue
		case c == 'S' || c == 'C' || c == 'H' || c == 'J' || c == 'g' || c == 'h' || c == 'k':
			// (k with them: Armenian and Arabic gh is Russian к or г,
			// Ghukasov, Кукасов.)
			c = 'X'
		case c == 'b':
			// Voiced and voiceless pairs a convention swaps: Azerbaijani
			// Ələkbərli, Russian Алекперли.
			c = 'p'
		case c == 'd':
			c = 't'
		case c == 'f':
			// Final devoicing and Arabic and Russian spellings: Yusuf,
			// Юсеф; Lavroff.
			c = 'v'
		case c == 'Z' || c == 'z':
			c = 's'
		case c == 'q':
			c = 'k'
		case c == 's' && i > 0 && rs[i-1] == 'd':
			continue
		}
		// Collapse a class written twice in a row (ts+s, kh+k), but keep
		// one repeated across a vowel (Saizew has two).
		if adjacent && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
		adjacent = true
	}
	return string(out)
}

// belarusianU reads as в the u that follows a vowel and ends the word
// (Kavaliou) or comes before a consonant after a or e (Haurylenka); "ou"
// inside a word is French u (Iouri) and stays.
func belarusianU(w string) string {
	b := []byte(w)
	for i := 1; i < len(b); i++ {
		if b[i] != 'u' || !vowel(b[i-1]) {
			continue
		}
		end := i == len(b)-1 && len(b) >= 4
		inner := i+1 < len(b) && !vowel(b[i+1]) && (b[i-1] == 'a' || b[i-1] == 'e')
		if end || inner {
			b[i] = 'v'
		}
	}
	return string(b)
}

// obliqueEndings are Russian and Ukrainian case endings of names, longest
// first, with the nominative ending they most often stand for.
var obliqueEndings = []struct{ obl, nom string }{
	{"ого", ""}, {"ому", ""}, {"ым", ""}, {"им", ""}, {"ом", ""}, {"ем", ""},
	{"ой", "а"}, {"ою", "а"}, {"ей", "а"}, {"ею", "а"}, {"ую", "ая"},
}

// nominatives returns the nominatives a lower-case Cyrillic word of five
// letters or more may be an oblique case of; none for other words.
func nominatives(w string) []string {
	if utf8.RuneCountInString(w) < 5 {
		return nil
	}
	var out []string
	for _, e := range obliqueEndings {
		if strings.HasSuffix(w, e.obl) {
			out = append(out, strings.TrimSuffix(w, e.obl)+e.nom)
			break
		}
	}
	return out
}
