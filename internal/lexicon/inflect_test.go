package lexicon

import (
	"slices"
	"testing"
)

func TestReadings(t *testing.T) {
	in, err := Inflections("ru")
	if err != nil || in == nil {
		t.Fatalf("Inflections(ru) = %v, %v", in, err)
	}
	has := func(rs []Reading, nom string, g byte, c uint8) bool {
		for _, r := range rs {
			if r.Nom == nom && (r.Gender == g || r.Gender == GenderAny) && r.Cases&c != 0 {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		word, nom string
		gender    byte
		cases     uint8
	}{
		{"Сариевым", "Сариев", GenderM, CaseIns},
		{"Лаврова", "Лавров", GenderM, CaseGen},
		{"Лаврова", "Лаврова", GenderF, CaseNom},
		{"Петровой", "Петрова", GenderF, CaseDat},
		{"Сергеем", "Сергей", GenderM, CaseIns},
		{"Юрия", "Юрий", GenderM, CaseGen},
		{"Марии", "Мария", GenderF, CaseGen},
		{"Игорю", "Игорь", GenderM, CaseDat},
		{"Маевского", "Маевский", GenderM, CaseGen},
		{"Маевской", "Маевская", GenderF, CaseIns},
		{"Ольги", "Ольга", GenderF, CaseGen},
		{"Викторовича", "Викторович", GenderM, CaseGen},
		{"министром", "министр", GenderM, CaseIns},
		{"Моди", "Моди", GenderM, CaseDat}, // indeclinable
	} {
		if got := in.Readings(c.word); !has(got, c.nom, c.gender, c.cases) {
			t.Errorf("Readings(%q) = %+v, want %s", c.word, got, c.nom)
		}
	}
	if got := in.Governs("с"); got != CaseIns {
		t.Errorf("Governs(с) = %b, want ins", got)
	}
	if in, _ := Inflections("en"); in != nil {
		t.Errorf("Inflections(en) = %+v, want nil", in)
	}
}

func TestFirstAlternative(t *testing.T) {
	macros := map[string][]string{"m": {"", "а", "у"}}
	for _, c := range []struct{ in, want string }{
		{"министр{@m} иностранных дел", "министр иностранных дел"},
		{"официальн{ый,ого} представител{ь,я}", "официальный представитель"},
		{"plain", "plain"},
		{"broken{a", "broken{a"},
	} {
		if got := firstAlternative(c.in, macros); got != c.want {
			t.Errorf("firstAlternative(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	got := parallel("ending\t{@x}\t{@x}а", map[string][]string{"x": {"ов", "ин"}})
	want := []string{"ending\tов\tова", "ending\tин\tина"}
	if !slices.Equal(got, want) {
		t.Errorf("parallel = %q, want %q", got, want)
	}
}

func FuzzReadings(f *testing.F) {
	f.Add("Сариевым")
	f.Add("Ё")
	f.Add("İstanbul")
	f.Fuzz(func(t *testing.T, s string) {
		in, err := Inflections("ru")
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range in.Readings(s) {
			if r.Cases == 0 || r.Nom == "" {
				t.Fatalf("bad reading %+v of %q", r, s)
			}
		}
		in.Governs(s)
	})
}
