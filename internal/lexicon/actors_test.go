package lexicon

import (
	"slices"
	"testing"
)

func TestExpand(t *testing.T) {
	macros := map[string][]string{"a": {"e", "en"}}
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Russian{,s}", []string{"Russian", "Russians"}},
		{"russisch{@a}", []string{"russische", "russischen"}},
		{"Росси{я,и} Федераци{я,и}", []string{"Россия Федерация", "России Федерация", "Россия Федерации", "России Федерации"}},
		{"plain", []string{"plain"}},
		{"broken{a", []string{"broken{a"}},
	} {
		got := Expand(c.in, macros)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("Expand(%q) = %q, want %q", c.in, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	var got []string
	for _, w := range Words("Venezuela's U.S.-led Díaz-Canel, Quai d’Orsay", 10) {
		got = append(got, w.Key)
	}
	want := []string{"venezuela", "'", "s", "u", ".", "s", ".", "-", "led", "diaz", "-", "canel", ",", "quai", "d", "'", "orsay"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	ws := Words("Ёлка", 5)
	if ws[0].Start != 5 || ws[0].Key != "елка" || ws[0].Case != CaseTitle {
		t.Errorf("got %+v", ws[0])
	}
}

func FuzzWords(f *testing.F) {
	f.Add("Venezuela's U.S.-led Díaz-Canel")
	f.Add("Москве \u0301x")
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, w := range Words(s, 0) {
			if w.Start < end || w.End <= w.Start || w.End > len(s) || s[w.Start:w.End] != w.Text {
				t.Fatalf("bad word %+v in %q", w, s)
			}
			end = w.End
		}
	})
}
