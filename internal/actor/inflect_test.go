package actor

import (
	"strings"
	"testing"
	"unicode"

	"chancery/internal/news"
)

// Any language with a name_cases file declines names from its data: a
// Polish surname in the genitive or instrumental joins the person named in
// the nominative, and the person keeps the nominative name. Every name
// below is fictional.
func TestDeclinedNames(t *testing.T) {
	for _, c := range []struct {
		lang, body, name string
		also             []string
	}{
		{"pl", "Minister spraw zagranicznych Polski Jan Sobiecki spotkał się z ministrem. Rozmowa z Janem Sobieckim trwała godzinę. Według Sobieckiego to sukces.",
			"Jan Sobiecki", []string{"Janem Sobieckim", "Sobieckiego"}},
		{"pl", "Premier Tomasz Gąsiorek przyjął ambasadora. Gąsiorka pytano o sankcje.",
			"Tomasz Gąsiorek", []string{"Gąsiorka"}},
		{"pl", "Rzeczniczka MSZ Anna Nowicka powiedziała, że rozmowy trwają. Nowickiej zadano pytanie o wizy.",
			"Anna Nowicka", []string{"Nowickiej"}},
		{"pl", "Prezydent rozmawiał z ministrem obrony Litwy Tomaszem Rudnickim. Rudnicki podkreślił wagę sojuszu.",
			"Tomasz Rudnicki", []string{"Tomaszem Rudnickim", "Rudnicki"}},
		// A title between the role and the name: the role and the
		// preposition before it still give the case.
		{"ru", "Министр иностранных дел Китая Ли Вэй провел переговоры с саудовским коллегой принцем Мансуром бин Насером.",
			"Мансур бин Насер", []string{"Мансуром бин Насером"}},
		{"pl", "Szef chińskiej dyplomacji Li Wei spotkał się z saudyjskim odpowiednikiem księciem Mansurem ibn Naserem.",
			"Mansur ibn Naser", []string{"Mansurem ibn Naserem"}},
		// A Cyrillic name in a Polish article is read with Russian's table.
		{"pl", "Ambasador Rosji Игорь Седов nie skomentował decyzji.", "Игорь Седов", nil},
		{"ru", "Глава МИД России Сергей Орлов заявил, что переговоры продолжатся. Орлову вручили ноту.",
			"Сергей Орлов", []string{"Орлову"}},
		// A woman's surname that ends in a consonant does not decline;
		// her given name does.
		{"ru", "Министр иностранных дел Литвы встретился с главой МИД Эстонии Майей Тамм.",
			"Майя Тамм", []string{"Майей Тамм"}},
		{"ru", "Президент Финляндии провел переговоры с Анной Смит, послом Канады.",
			"Анна Смит", []string{"Анной Смит"}},
		{"uk", "Міністр закордонних справ Польщі зустрівся з головою МЗС Естонії Майєю Тамм.",
			"Майя Тамм", []string{"Майєю Тамм"}},
		{"pl", "Minister spraw zagranicznych Polski rozmawiał z szefową dyplomacji Estonii Mają Tamm.",
			"Maja Tamm", []string{"Mają Tamm"}},
		// A foreign surname in -o does not decline.
		{"uk", "Міністр закордонних справ Польщі зустрівся з главою МЗС Перу Маріо Сальвадо в Лімі.", "Маріо Сальвадо", []string{"Маріо Сальвадо"}},
		{"uk", "Посол провів переговори з міністром економіки Бразилії Паулом Мачадо.", "Паул Мачадо", []string{"Паулом Мачадо"}},
		// A Spanish name declined in Polish keeps its accents out of the endings.
		{"pl", "Minister przyjął we wtorek szefową dyplomacji Peru Anę Maríę López Rivas.", "Ana Maria López Rivas", []string{"Anę Maríę López Rivas"}},
		// A surname in -e after a man's given name is no dative of -a;
		// a man's name stays masculine.
		{"ru", "Министры экономики Грузии и Азербайджана Ника Чхеидзе и Фуад Ализаде провели переговоры.", "Фуад Ализаде", nil},
		{"pl", "Premier gościł w środę szefa ukraińskiej dyplomacji Dmytra Kowala. Dmytro Kowal zaprosił go do Kijowa.", "Dmytro Kowal", []string{"Dmytra Kowala"}},
		{"pl", "Prezydent spotkał się z sekretarzem stanu USA Johnem Millerem.", "John Miller", []string{"Johnem Millerem"}},
		// A surname in -y declines as an adjective.
		{"pl", "Wicepremier rozmawiał w Astanie z ministrem energetyki Kazachstanu Erlanem Nurtazaułym.", "Erlan Nurtazauły", []string{"Erlanem Nurtazaułym"}},
		// A foreign consonant before a Polish ending declines as a Polish one.
		{"pl", "Minister rolnictwa rozmawiał w Ankarze z ministrem handlu Turcji Mehmetem Kılıçem.", "Mehmet Kılıç", []string{"Mehmetem Kılıçem"}},
		{"pl", "Premier rozmawiał z ministrem obrony Czech Tomášem Dvořákiem.", "Tomáš Dvořák", []string{"Tomášem Dvořákiem"}},
	} {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			canonical(t, c.lang, c.body, c.name, c.also...)
		})
	}
}

// Two persons with one surname stay apart; a bare oblique surname goes to
// the one mentioned last before it.
func TestDeclinedNamesApart(t *testing.T) {
	body := "Premier Jan Kowalski spotkał się z ministrem Piotrem Kowalskim. Później Piotr Kowalski wyjechał do Wilna. Kowalskiego pytano o wizy."
	a := analyse("pl", body)
	var got []string
	for _, e := range a.Analysis.Entities {
		if e.Kind == news.KindPerson {
			got = append(got, e.Name+"="+strings.Join(e.Aliases, ","))
		}
	}
	want := []string{"Jan Kowalski=Jan Kowalski", "Piotr Kowalski=Piotrem Kowalskim,Piotr Kowalski,Kowalskiego,Kowalski"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTableScript(t *testing.T) {
	for _, c := range []struct {
		lang string
		want *unicode.RangeTable
	}{
		{"pl", unicode.Latin}, {"ru", unicode.Cyrillic}, {"en", nil}, {"../x", nil},
	} {
		if got := tableScript(c.lang); got != c.want {
			t.Errorf("tableScript(%q) = %p, want %p", c.lang, got, c.want)
		}
	}
}
