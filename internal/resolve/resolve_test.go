package resolve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chancery/internal/news"
)

func person(country, role string, names ...string) *news.Entity {
	e := &news.Entity{Kind: news.KindPerson, Name: names[0], Aliases: names, Country: country}
	if role != "" {
		e.Roles = []string{role}
	}
	return e
}

func TestSkeletonVariants(t *testing.T) {
	groups := [][]string{
		{"Sergey", "Sergei", "Sergej", "Serguéi", "Sergueï", "Сергей"},
		{"Lavrov", "Lawrow", "Lavroff", "Лавров"},
		{"Yván", "Yvan", "Iván", "Ivan", "Иван"},
		{"Gorbachev", "Gorbatschow", "Gorbachov", "Горбачёв"},
		{"Rodríguez", "Rodriguez", "RODRIGUEZ"},
		{"Zelensky", "Zelenskyy", "Selenskyj", "Зеленский"},
		{"Shoigu", "Schoigu", "Шойгу"},
		{"Yuri", "Juri", "Iouri", "Юрий"},
		{"Alexander", "Aleksander"},
		{"Peskov", "Peskow", "Песков"},
		{"Nebenzia", "Nebensja", "Небензя"},
		{"Peskov", "Pieskow"},
		{"Medvedev", "Miedwiediew", "Medwedew", "Медведев"},
		{"Putin", "Poetin", "Путин"},
		{"Shoigu", "Szojgu"},
		{"Sergei", "Serghei", "Sergiej"},
		{"Yelena", "Jelena", "Elena", "Елена"},
		{"Sergeyev", "Sergejew", "Sergeev", "Сергеев"},
		{"Yevgeny", "Jewgeni", "Evgueni", "Ievgueni", "Евгений"},
		{"Tchaikovsky", "Tsjaikovski", "Czajkowski", "Tschaikowski"},
	}
	for _, g := range groups {
		want := Skeleton(Fold(g[0]))
		for _, v := range g[1:] {
			if got := Skeleton(Fold(v)); got != want {
				t.Errorf("Skeleton(%q) = %q, want %q (as %q)", v, got, want, g[0])
			}
		}
	}
	apart := [][2]string{{"Gil", "Gal"}, {"Lavrov", "Lvov"}, {"Maduro", "Madero"}, {"Carlos", "Yván"}}
	for _, p := range apart {
		if Skeleton(Fold(p[0])) == Skeleton(Fold(p[1])) {
			t.Errorf("Skeleton(%q) == Skeleton(%q), want different", p[0], p[1])
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Díaz-Canel Bermúdez", "diaz canel bermudez"},
		{"Сергей Лавров", "sergei lavrov"},
		{"  O'Brien,  Jr. ", "obrien jr"},
		{"Straße", "strasse"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSame(t *testing.T) {
	tests := []struct {
		name string
		a, b *news.Entity
		want bool
	}{
		{"lavrov scripts", person("RUS", "foreign minister", "Sergey Lavrov"), person("RUS", "Außenminister", "Sergei Lawrow"), true},
		{"lavrov cyrillic", person("RUS", "", "Sergey Lavrov"), person("", "", "Сергей Лавров"), true},
		{"lavrov spanish", person("RUS", "", "Serguéi Lavrov"), person("RUS", "", "Sergej Lawrow"), true},
		{"patronymic", person("RUS", "", "Sergey Viktorovich Lavrov"), person("RUS", "", "Sergei Lavrov"), true},
		{"initial", person("RUS", "", "S. Lavrov"), person("RUS", "", "Sergei Lavrov"), true},
		{"surname only", person("RUS", "foreign minister", "Lavrov"), person("RUS", "foreign minister", "Sergey Lavrov"), true},
		{"double surname short", person("CUB", "", "Bruno Rodríguez Parrilla"), person("CUB", "", "Bruno Rodriguez"), true},
		{"double surname no given", person("CUB", "", "Rodríguez Parrilla"), person("CUB", "", "Bruno Rodríguez Parrilla"), true},
		{"double surname both short", person("CUB", "foreign minister", "Rodríguez Parrilla"), person("CUB", "foreign minister", "Bruno Rodriguez"), true},
		{"double surname both short no office", person("CUB", "", "Rodríguez Parrilla"), person("CUB", "", "Bruno Rodriguez"), false},
		{"hyphenated", person("CUB", "", "Díaz-Canel Bermúdez"), person("CUB", "", "Miguel Díaz-Canel"), true},
		{"hyphenated lone", person("CUB", "president", "Díaz-Canel"), person("CUB", "president", "Miguel Díaz-Canel Bermúdez"), true},
		{"given accent", person("VEN", "", "Yván Gil"), person("VEN", "", "Yvan Gil Pinto"), true},
		{"two gils", person("VEN", "", "Yván Gil"), person("VEN", "", "Carlos Gil"), false},
		{"two gils no country", person("", "", "Yván Gil"), person("", "", "Carlos Gil"), false},
		{"surname other country", person("ESP", "", "Gil"), person("VEN", "", "Yván Gil"), false},
		{"given name is not surname", person("", "", "Bruno"), person("", "", "Bruno Rodríguez"), false},
		{"shared given name", person("CUB", "", "Bruno Mars"), person("CUB", "", "Bruno Rodríguez"), false},
		{"other second surname", person("CUB", "", "Bruno Rodríguez Parrilla"), person("CUB", "", "Bruno Rodríguez Díaz"), false},
		{"surname only different office", person("CUB", "president", "Díaz"), person("CUB", "foreign minister", "Díaz"), false},
		{"full names roles change", person("VEN", "vice president", "Delcy Rodríguez"), person("VEN", "foreign minister", "Delcy Rodriguez"), true},
		{"kinds differ", person("RUS", "", "Lavrov"), &news.Entity{Kind: news.KindOrganization, Name: "Lavrov"}, false},
		{"org acronym", &news.Entity{Kind: news.KindOrganization, Name: "United Nations", Code: "UN"}, &news.Entity{Kind: news.KindOrganization, Name: "UN", Code: "UN"}, true},
		{"org state bodies", &news.Entity{Kind: news.KindOrganization, Name: "Foreign Ministry", Code: "RUS"}, &news.Entity{Kind: news.KindOrganization, Name: "Kremlin", Code: "RUS"}, false},
	}
	for _, tt := range tests {
		_, got := Same(tt.a, tt.b)
		if got != tt.want {
			t.Errorf("%s: Same(%v, %v) = %v, want %v", tt.name, tt.a.Aliases, tt.b.Aliases, got, tt.want)
		}
		_, rev := Same(tt.b, tt.a)
		if rev != got {
			t.Errorf("%s: Same not symmetric", tt.name)
		}
		if got {
			// Whatever Same accepts, the index must find.
			if !shareKey(ProbeKeys(tt.a), Keys(tt.b)) || !shareKey(ProbeKeys(tt.b), Keys(tt.a)) {
				t.Errorf("%s: accepted pair shares no key: %v / %v", tt.name, Keys(tt.a), Keys(tt.b))
			}
		}
	}
}

func shareKey(a, b []string) bool {
	m := map[string]bool{}
	for _, k := range a {
		m[k] = true
	}
	for _, k := range b {
		if m[k] {
			return true
		}
	}
	return false
}

func TestMerge(t *testing.T) {
	dst := person("", "", "Лавров")
	Merge(dst, person("RUS", "foreign minister", "Sergei Lawrow", "Lawrow"))
	Merge(dst, person("RUS", "Foreign Minister", "Sergey Lavrov"))
	if got, want := dst.Name, "Sergei Lawrow"; got != want {
		t.Errorf("Name = %q, want %q", got, want)
	}
	if got, want := strings.Join(dst.Aliases, "|"), "Лавров|Sergei Lawrow|Lawrow|Sergey Lavrov"; got != want {
		t.Errorf("Aliases = %q, want %q", got, want)
	}
	if got, want := strings.Join(dst.Roles, "|"), "foreign minister"; got != want {
		t.Errorf("Roles = %q, want %q", got, want)
	}
	if dst.Country != "RUS" {
		t.Errorf("Country = %q, want RUS", dst.Country)
	}
}

func FuzzSkeleton(f *testing.F) {
	for _, s := range []string{"Сергей Лавров", "Díaz-Canel Bermúdez", "Gorbatschow", "ß", "\xff\xfe", "tschtsch"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := Fold(s)
		if Fold(folded) != folded {
			t.Errorf("Fold not idempotent on %q: %q then %q", s, folded, Fold(folded))
		}
		for _, w := range strings.Fields(folded) {
			sk := Skeleton(w)
			if len(w) > 0 && sk == "" {
				t.Errorf("Skeleton(%q) empty", w)
			}
		}
		e := &news.Entity{Kind: news.KindPerson, Name: s, Aliases: []string{s, folded}}
		Keys(e)
		Same(e, e)
	})
}

// TestPairs reads testdata/pairs.tsv: fictional name pairs in many
// transliteration conventions that must resolve to one person, and pairs
// that share part of a name and must stay apart. Every accepted pair must
// also be found by the index (share a key).
func TestPairs(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "pairs.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	side := func(country, role, names string) *news.Entity {
		if country == "-" {
			country = ""
		}
		if role == "-" {
			role = ""
		}
		return person(country, role, strings.Split(names, ";")...)
	}
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			t.Errorf("line %d: %d fields, want 7", n+1, len(f))
			continue
		}
		a, b := side(f[1], f[2], f[3]), side(f[4], f[5], f[6])
		want := f[0] == "same"
		_, got := Same(a, b)
		if got != want {
			t.Errorf("line %d: Same(%q, %q) = %v, want %v", n+1, f[3], f[6], got, want)
		}
		if _, rev := Same(b, a); rev != got {
			t.Errorf("line %d: Same not symmetric", n+1)
		}
		if got && (!shareKey(ProbeKeys(a), Keys(b)) || !shareKey(ProbeKeys(b), Keys(a))) {
			t.Errorf("line %d: accepted pair shares no key: %v / %v", n+1, Keys(a), Keys(b))
		}
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct {
		current string
		aliases []string
		want    string
	}{
		{"Vieira", []string{"Vieira", "Joana Maria dos Santos Vieira", "Santos Vieira"}, "Joana Maria dos Santos Vieira"},
		{"Лавров", []string{"Лавров", "Lawrow", "Sergei Lawrow"}, "Sergei Lawrow"},
		{"S. Lavrov", []string{"S. Lavrov", "Lavrov"}, "S. Lavrov"},
	}
	for _, tt := range tests {
		if got := Canonical(tt.current, tt.aliases, news.KindPerson); got != tt.want {
			t.Errorf("Canonical(%q, %q) = %q, want %q", tt.current, tt.aliases, got, tt.want)
		}
	}
}

func BenchmarkSame(b *testing.B) {
	x := person("BLR", "foreign minister", "Maksim Ryzhankou", "Ryzhankou", "Максим Рыженков", "Рыженков",
		"Maxim Ryschenkow", "Ryschenkow", "Maxime Ryjenkov", "Maxim Ryzhenkov", "Ryzhenkov", "Максимом Рыженковым")
	y := person("BLR", "foreign minister", "Maksim Ryżankou", "Ryżankou")
	for b.Loop() {
		Same(x, y)
	}
}

func TestReadings(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) string
		in   string
		want string
	}{
		{"pinyin", pinyin, "цзяньпин", "jianping"},
		{"pinyin", pinyin, "чжоу", "zhou"},
		{"pinyin", pinyin, "сюэхуэй", "xuehui"},
		{"pinyin", pinyin, "го", "guo"},
		{"pinyin", pinyin, "дуншэн", "dongsheng"},
		{"pinyin", pinyin, "юань", "yuan"},
		{"pinyin", pinyin, "у", "wu"},
		{"pinyin", pinyin, "lavrov", ""},
		{"hepburn", hepburn, "симидзу", "shimizu"},
		{"hepburn", hepburn, "цутия", "tsuchiya"},
		{"hepburn", hepburn, "дзюнъити", "junichi"},
		{"hepburn", hepburn, "ёсико", "yoshiko"},
		{"Loose", Loose, Skeleton("kavalchuk"), "XvlXX"},
		{"Loose", Loose, Skeleton("kovalchuk"), "XvlXX"},
		{"Loose", Loose, Skeleton("hrytsenko"), "XrsnX"},
		{"Loose", Loose, Skeleton("saizew"), "ssv"},
		{"Loose", Loose, Skeleton("dzmitry"), "tmtr"},
		{"vowels", vowels, Skeleton("kavalenka"), "a|a|a|a"},
		{"vowels", vowels, Skeleton("kovalenko"), "a|a|a|a"},
		{"vowels", vowels, Skeleton("xiaohui"), "a|ui"},
		{"vowels", vowels, Skeleton("xuehui"), "ua|ui"},
	}
	for _, tt := range tests {
		if got := tt.f(tt.in); got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
