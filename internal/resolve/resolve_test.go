package resolve

import (
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
		{"double surname both short", person("CUB", "", "Rodríguez Parrilla"), person("CUB", "", "Bruno Rodriguez"), true},
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
