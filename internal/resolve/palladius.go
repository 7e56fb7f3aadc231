package resolve

import "strings"

// Russian writes Chinese names in the Palladius system, English and most
// other languages in pinyin: Си Цзиньпин is Xi Jinping, Ван И is Wang Yi.
// The letter-by-letter table of Fold gives "si tszinpin" and "van i", which
// share nothing with the pinyin forms, so a Cyrillic word also gets a
// pinyin reading (see tokens). The rules are those of the system, not of
// any name; for a Russian word the reading is noise that matches nothing.

// soft are the vowels before which Palladius цз, ц and с stand for the
// pinyin palatals j, q and x.
const soft = "июяеё"

// ukrainianPalladius respells the Ukrainian letters of the system as
// Russian writes them.
var ukrainianPalladius = strings.NewReplacer("ї", "и", "і", "и", "є", "е")

// cyrVowels are the Cyrillic vowels, before which н begins a syllable.
const cyrVowels = "аеёиоуыэюя"

// pinyin returns the pinyin reading of one lower-case Cyrillic word, or ""
// when w holds a letter the system does not use.
func pinyin(w string) string {
	// Ukrainian writes the same system with its own letters: Сі
	// Цзіньпін, Тан Цзяці.
	w = ukrainianPalladius.Replace(w)
	rs := []rune(w)
	var b strings.Builder
	next := func(i int) rune {
		if i+1 < len(rs) {
			return rs[i+1]
		}
		return 0
	}
	for i := 0; i < len(rs); i++ {
		r, n := rs[i], next(i)
		switch r {
		case 'ц':
			switch {
			case n == 'з':
				if strings.ContainsRune(soft, next(i+1)) {
					b.WriteString("j")
				} else {
					b.WriteString("z")
				}
				i++
			case strings.ContainsRune(soft, n):
				b.WriteString("q")
			default:
				b.WriteString("c")
			}
		case 'ч':
			if n == 'ж' {
				b.WriteString("zh")
				i++
			} else {
				b.WriteString("ch")
			}
		case 'с':
			if strings.ContainsRune(soft, n) {
				b.WriteString("x")
			} else {
				b.WriteString("s")
			}
		case 'ш':
			b.WriteString("sh")
		case 'ж':
			b.WriteString("r")
		case 'х':
			b.WriteString("h")
		case 'в':
			b.WriteString("w")
		case 'н':
			switch {
			case n == 'ь':
				b.WriteString("n")
				i++
			case n != 0 && strings.ContainsRune(cyrVowels, n):
				b.WriteString("n")
			default:
				// A syllable-final н is pinyin -ng (-n is written нь).
				b.WriteString("ng")
			}
		case 'ь', 'ъ':
		case 'й', 'и', 'ы':
			b.WriteString("i")
		case 'а':
			b.WriteString("a")
		case 'э':
			b.WriteString("e")
		case 'е', 'ё':
			b.WriteString("ie")
		case 'ю':
			b.WriteString(yu(rs, i))
			if n == 'й' {
				i++
			}
		case 'я':
			b.WriteString("ia")
		case 'у':
			switch {
			case n == 'н' && (next(i+1) == 0 || !strings.ContainsRune(cyrVowels+"ь", next(i+1))):
				// ун closing a syllable is pinyin -ong (Дун, Dong).
				b.WriteString("o")
			case n == 'э' && next(i+1) == 'й':
				// уэй is -ui (Хуэй, Hui).
				b.WriteString("ui")
				i += 2
			case i == 0:
				b.WriteString("wu")
			default:
				b.WriteString("u")
			}
		case 'о':
			// Pinyin writes o after a consonant other than b, p, m, f as uo
			// (Го, Guo), except in ou and ong.
			if i > 0 && !strings.ContainsRune(cyrVowels+"бпмф", rs[i-1]) && n != 'у' && n != 'н' {
				b.WriteString("uo")
			} else {
				b.WriteString("o")
			}
		case 'б', 'п', 'м', 'ф', 'д', 'т', 'г', 'к', 'л', 'р', 'з':
			b.WriteString(cyrillic[r])
		default:
			return ""
		}
	}
	return b.String()
}

// yu spells the ю at rs[i]. Pinyin writes ü as u after j, q, x and y
// (Сюэ, Xue; Юань, Yuan) and ю alone as iu or you (Лю, Liu).
func yu(rs []rune, i int) string {
	var n, nn rune
	if i+1 < len(rs) {
		n = rs[i+1]
	}
	if i+2 < len(rs) {
		nn = rs[i+2]
	}
	// Before a syllable-final н (pinyin -ng) it is -io- (Сюн, Xiong).
	finalN := n == 'н' && (nn == 0 || !strings.ContainsRune(cyrVowels+"ь", nn))
	umlaut := n == 'й' || n == 'э' || n == 'а' || (n == 'н' && nn == 'ь')
	palatal := i > 0 && (rs[i-1] == 'с' || rs[i-1] == 'ц' || rs[i-1] == 'з')
	switch {
	case i == 0 && finalN:
		return "yo"
	case i == 0 && umlaut:
		return "yu"
	case i == 0:
		return "you"
	case palatal && finalN:
		return "io"
	case palatal && umlaut:
		return "u"
	}
	return "iu"
}

// Russian writes Japanese names in the Polivanov system (Кисида, Тиба,
// Симидзу), most other languages in Hepburn (Kishida, Chiba, Shimizu);
// hepburn gives a Cyrillic word its Hepburn reading.
func hepburn(w string) string {
	rs := []rune(w)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		var n rune
		if i+1 < len(rs) {
			n = rs[i+1]
		}
		// с and т before и, я, ю, ё are sh and ch (Си shi, Тя cha).
		if (r == 'с' || r == 'т') && strings.ContainsRune("ияюё", n) {
			if r == 'с' {
				b.WriteString("sh")
			} else {
				b.WriteString("ch")
			}
			b.WriteString(map[rune]string{'и': "i", 'я': "a", 'ю': "u", 'ё': "o"}[n])
			i++
			continue
		}
		switch r {
		case 'д':
			if n == 'з' {
				// дз is z, and j before и, я, ю, ё (Дзюн, Jun).
				if i+2 < len(rs) && strings.ContainsRune("ияюё", rs[i+2]) {
					b.WriteString("j")
					if rs[i+2] != 'и' {
						i++ // the vowel is written without its y
						b.WriteString(map[rune]string{'я': "a", 'ю': "u", 'ё': "o"}[rs[i+1]])
					}
				} else {
					b.WriteString("z")
				}
				i++
				continue
			}
			b.WriteString("d")
		case 'ц':
			b.WriteString("ts")
		case 'х':
			b.WriteString("h")
		case 'в':
			b.WriteString("w")
		case 'ё':
			b.WriteString("yo")
		case 'ю':
			b.WriteString("yu")
		case 'я':
			b.WriteString("ya")
		case 'э', 'е':
			b.WriteString("e")
		case 'й', 'ы':
			b.WriteString("i")
		case 'ь', 'ъ':
		default:
			t, ok := cyrillic[r]
			if !ok {
				return ""
			}
			b.WriteString(t)
		}
	}
	return b.String()
}
