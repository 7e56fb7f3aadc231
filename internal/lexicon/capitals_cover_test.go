package lexicon

import (
	"strings"
	"testing"
)

// TestCapitalsCover checks that every state of countries.tsv has a capital
// line in places.tsv, so that "у Джакарті", "w Nairobi" or "z Limy" give an
// event its place and a capital can stand for its government.
func TestCapitalsCover(t *testing.T) {
	countries, err := Lines("countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	places, err := Lines("places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, l := range places {
		if f := fields(l); len(f) >= 3 && f[2] == "capital" {
			have[f[1]] = true
		}
	}
	if missing := missingStates(countries, have); len(missing) > 0 {
		t.Errorf("places.tsv: no capital for %d states: %s", len(missing), strings.Join(missing, " "))
	}
}

// TestCapitalForms checks inflected and foreign forms of capitals through
// the place lookup.
func TestCapitalForms(t *testing.T) {
	a, err := ActorLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ form, name, code string }{
		// Ukrainian
		{"Джакарті", "Jakarta", "IDN"},
		{"Джакарти", "Jakarta", "IDN"},
		{"Лімі", "Lima", "PER"},
		{"Найробі", "Nairobi", "KEN"},
		{"Бішкеку", "Bishkek", "KGZ"},
		{"Кіншасі", "Kinshasa", "COD"},
		{"Кампалою", "Kampala", "UGA"},
		{"Аккрі", "Accra", "GHA"},
		{"Сінгапурі", "Singapore", "SGP"},
		// Russian
		{"Джакарте", "Jakarta", "IDN"},
		{"Лиме", "Lima", "PER"},
		{"Лусаке", "Lusaka", "ZMB"},
		{"Нджамене", "N'Djamena", "TCD"},
		{"Браззавиле", "Brazzaville", "COG"},
		{"Кишинёвом", "Chisinau", "MDA"},
		{"Афинами", "Athens", "GRC"},
		{"Додоме", "Dodoma", "TZA"},
		// Polish
		{"Dżakarcie", "Jakarta", "IDN"},
		{"Limy", "Lima", "PER"},
		{"Limie", "Lima", "PER"},
		{"Nairobi", "Nairobi", "KEN"},
		{"Akrze", "Accra", "GHA"},
		{"Kampali", "Kampala", "UGA"},
		{"Bogocie", "Bogotá", "COL"},
		{"Taszkencie", "Tashkent", "UZB"},
		{"Berna", "Bern", "CHE"},
		{"Chartumie", "Khartoum", "SDN"},
		{"Canberze", "Canberra", "AUS"},
		// German, French, Spanish, Italian, Portuguese, Dutch
		{"Peking", "Beijing", "CHN"},
		{"Pékin", "Beijing", "CHN"},
		{"Pequim", "Beijing", "CHN"},
		{"Pechino", "Beijing", "CHN"},
		{"Mogadischu", "Mogadishu", "SOM"},
		{"Yibuti", "Djibouti", "DJI"},
		{"Tananarive", "Antananarivo", "MDG"},
		{"Port-d'Espagne", "Port of Spain", "TTO"},
		{"Giacarta", "Jakarta", "IDN"},
		{"Lubiana", "Ljubljana", "SVN"},
		{"Zagabria", "Zagreb", "HRV"},
		{"Nicósia", "Nicosia", "CYP"},
		{"Bagdade", "Baghdad", "IRQ"},
		{"Kaboel", "Kabul", "AFG"},
		{"Manilla", "Manila", "PHL"},
		{"Ouagadougou", "Ouagadougou", "BFA"},
		{"Gitega", "Gitega", "BDI"},
		{"Honiara", "Honiara", "SLB"},
	} {
		name, code, ok := a.Place(c.form)
		if !ok || name != c.name || code != c.code {
			t.Errorf("Place(%q) = %q, %q, %v; want %q, %q", c.form, name, code, ok, c.name, c.code)
		}
	}
	// Forms that are common words are left out.
	for _, w := range []string{"Male", "Praia", "Victoria", "Bernie", "Tunisie"} {
		for _, e := range a.Lookup(w) {
			if e.Kind == KindCapital {
				t.Errorf("%q is a capital (%s); it is a common word", w, e.Name)
			}
		}
	}
}
