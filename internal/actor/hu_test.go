package actor

import (
	"strings"
	"testing"
)

// TestHungarianOrder: Hungarian writes the role after the name, and only
// an apposition after a comma names the holder after the role; a place in
// a case ending is no part of the name after it; Hungarian case forms hold
// only in Hungarian texts ("Kubát" is Cuba in the accusative there, a
// surname elsewhere).
func TestHungarianOrder(t *testing.T) {
	check(t, want{lang: "de", text: "Botschafter Tomáš Kubát traf in Prag den Minister.", persons: []string{"Tomáš Kubát"}, not: []string{"CUB"}})
	for text, want := range map[string]string{
		"Szabó Anna magyar külügyminiszter Kovács Péter nagykövettel tárgyalt.":                 "Szabó Anna=HUN:foreign minister Kovács Péter=:ambassador",
		"A szerb miniszterelnök, Marko Jović szerdán Pekingben Li Vej kínai elnökkel tárgyalt.": "Marko Jović=SRB:prime minister Li Vej=CHN:president",
		"Kovács Péter szóvivője, Nagy Éva szerint a tárgyalás hasznos volt.":                    "Nagy Éva=:spokesperson",
		"Szerdán Kijevben Volodimir Olijnik ukrán elnök fogadta a küldöttséget.":                "Volodimir Olijnik=UKR:president",
	} {
		a := analyse("hu", text)
		var got []string
		for _, e := range a.Analysis.Entities {
			if e.Kind == "person" {
				got = append(got, e.Name+"="+e.Country+":"+strings.Join(e.Roles, "/"))
			}
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%s\n got  %q\n want %q", text, strings.Join(got, " "), want)
		}
	}
}
