package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hungarian writes Chinese names in its own transcription of their sounds,
// syllable by syllable, with the given name's syllables joined by a hyphen:
// Vang Csun-hua is Wang Chunhua, Hszi Csin-ping Xi Jinping, Vang Ji
// Wang Yi. The spelling hides which pinyin initial it stands for (cs is
// zh, ch, j or q; t is d or t), so hunPinyin returns every pinyin spelling
// the transcription allows, written the way pinyin joins a given name.
// Like the Palladius readings, the rules are those of the system, not of
// any name; on a name the system did not write they read nothing useful.

// hunInitials maps the Hungarian spelling of a pinyin initial to the
// initials it may stand for, longest first.
var hunInitials = []struct {
	hu    string
	front []string // before i and ü
	other []string
}{
	{"hsz", []string{"x"}, []string{"x"}},
	{"cs", []string{"j", "q"}, []string{"zh", "ch"}},
	{"sz", []string{"s"}, []string{"s"}},
	{"zs", []string{"r"}, []string{"r"}},
	{"c", []string{"z", "c"}, []string{"z", "c"}},
	{"s", []string{"sh"}, []string{"sh"}},
	{"j", []string{"y"}, []string{"y"}},
	{"v", []string{"w"}, []string{"w"}},
	{"t", []string{"d", "t"}, []string{"d", "t"}},
	{"k", []string{"g", "k"}, []string{"g", "k"}},
	{"p", []string{"b", "p"}, []string{"b", "p"}},
}

// hunFinals maps Hungarian spellings of pinyin finals.
var hunFinals = strings.NewReplacer("iung", "iong", "ung", "ong", "ien", "ian", "uej", "ui", "ej", "ei", "aj", "ai", "uj", "ui", "ü", "u")

// hunPinyin returns the pinyin spellings of a name in the Hungarian
// transcription of Chinese, or nil when the name does not look like one:
// it must hold a hyphen before a lower-case syllable ("Ven-csiao") or a
// spelling pinyin never writes (cs, hsz, zs), and only short syllables.
func hunPinyin(name string) []string {
	low := strings.ToLower(name)
	hyphen := false
	for i := 0; i+1 < len(name); i++ {
		if name[i] == '-' {
			r, _ := utf8.DecodeRuneInString(name[i+1:])
			hyphen = hyphen || unicode.IsLower(r)
		}
	}
	if !hyphen && !strings.Contains(low, "cs") && !strings.Contains(low, "hsz") && !strings.Contains(low, "zs") {
		return nil
	}
	words := strings.Fields(low)
	if len(words) < 2 || len(words) > 3 {
		return nil
	}
	out := []string{""}
	for wi, w := range words {
		joined := []string{""}
		for _, syl := range strings.Split(w, "-") {
			if syl == "" || utf8.RuneCountInString(syl) > 6 {
				return nil
			}
			var next []string
			for _, p := range hunSyllable(syl) {
				for _, j := range joined {
					next = append(next, j+p)
				}
			}
			joined = next
		}
		var next []string
		for _, o := range out {
			for _, j := range joined {
				if wi > 0 {
					j = " " + j
				}
				next = append(next, o+j)
			}
		}
		if len(next) > 16 {
			return nil
		}
		out = next
	}
	return out
}

// hunSyllable returns the pinyin spellings of one Hungarian syllable.
func hunSyllable(s string) []string {
	init := []string{""}
	rest := s
	for _, in := range hunInitials {
		if strings.HasPrefix(s, in.hu) {
			rest = s[len(in.hu):]
			init = in.other
			if strings.HasPrefix(rest, "i") || strings.HasPrefix(rest, "ü") {
				init = in.front
			}
			break
		}
	}
	final := hunFinals.Replace(rest)
	out := make([]string, 0, len(init))
	for _, i := range init {
		out = append(out, i+final)
	}
	return out
}
