package event_test

import (
	"strings"
	"testing"
)

// Cases that need the Ukrainian lines of places.tsv and organizations.tsv.
func TestUkrainianPlaces(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"Міністр закордонних справ України Олег Петренко провів у середу в Женеві переговори з головою МЗС Швеції.", "CONSULT SWE,UKR 2023-11-15 in Geneva [Олег Петренко(UKR:foreign minister)]"},
		{"Київ відкинув безпідставні звинувачення Мінська.", "REJECT UKR>BLR"},
		{"Європейський Союз запровадив нові санкції проти Ірану.", "SANCTION EU>IRN"},
		{"ЄС запровадив нові санкції проти Ірану.", "SANCTION EU>IRN"},
		{"Латвія та Естонія зустрінуться наступного тижня у Ризі.", "CONSULT EST,LVA future 2023-11 in Riga"},
		{"Москва пригрозила Вашингтону відповіддю.", "THREATEN RUS>USA"},
		{"Берлін і Париж підписали угоду.", "AGREE DEU,FRA"},
		{"МЗС Польщі викликало посла Білорусі.", "ACCUSE POL>BLR|PROTEST POL>BLR"},
		{"Кремль звинуватив Вашингтон у втручанні.", "ACCUSE RUS>USA"},
		{"Міністр закордонних справ Польщі Марта Зелінська зустрілася у Брюсселі з верховним представником ЄС.", "CONSULT EU,POL in Brussels [Марта Зелінська(POL:foreign minister)]"},
	} {
		got := strings.Join(describe(analyse("uk", "2023-11-16", tt.body)), "|")
		if got != tt.want {
			t.Errorf("%s\n got %q\nwant %q", tt.body, got, tt.want)
		}
	}
}
