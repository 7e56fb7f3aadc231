package actor

// Ukrainian persons, roles, states and name declension
// (../lexicon/data/uk/). Every sentence and name is fictional and written for
// this test; people are found from roles, titles and verbs only.

import (
	"testing"

	"chancery/internal/lang"
	"chancery/internal/text"
)

func TestRolesUkrainian(t *testing.T) {
	for _, w := range []want{
		{lang: "uk", text: "Міністр оборони Польщі Марек Новак прибув до Вільнюса.",
			persons: []string{"Марек Новак|POL|defence minister"}},
		{lang: "uk", text: "Речниця МЗС Китаю Лі Мей заявила журналістам, що зустріч не планується.",
			persons: []string{"Лі Мей|CHN|spokesperson"}},
		{lang: "uk", text: "Начальник Генштабу Вірменії Артур Мелконян зустрівся з міністром енергетики Ірану Алі Рахімі.",
			persons: []string{"Артур Мелконян|ARM|general", "Алі Рахімі|IRN|energy minister"}},
		{lang: "uk", text: "Віцепрем'єр Сербії Ненад Петрович провів переговори в Пекіні.",
			persons: []string{"Ненад Петрович|SRB|deputy prime minister"}},
		{lang: "uk", text: "Прем’єр-міністр Чехії Петро Коваль зустрівся з канцлером Австрії.",
			persons: []string{"Петро Коваль|CZE|prime minister"}, countries: []string{"CZE", "AUT"}},
		{lang: "uk", text: "Президентка Молдови Марія Дорошенко провела телефонну розмову з президентом Латвії Андрісом Озолсом.",
			persons: []string{"Марія Дорошенко|MDA|president", "Андріс Озолс|LVA|president"}},
		{lang: "uk", text: "Посол Франції Жан Дюбуа відвідав Литву у вівторок.",
			persons: []string{"Жан Дюбуа|FRA|ambassador"}, countries: []string{"FRA", "LTU"}},
		{lang: "uk", text: "Глава МЗС Естонії Андрій Петров зустрівся з Маргаритою Петровою, речницею МЗС Латвії.",
			persons: []string{"Андрій Петров|EST|foreign minister", "Маргарита Петрова|LVA|spokesperson"}},
		{lang: "uk", text: "Заступник міністра закордонних справ Болгарії Дмитро Мельник прибув до Києва.",
			persons: []string{"Дмитро Мельник|BGR|deputy foreign minister"}},
		{lang: "uk", text: "Генеральний прокурор Словаччини Ян Горак відкинув звинувачення.",
			persons: []string{"Ян Горак|SVK|justice minister"}},
		{lang: "uk", text: "Американський держсекретар Джон Міллер прибув до Берліна.",
			persons: []string{"Джон Міллер|USA|secretary of state"}, countries: []string{"USA"}},
		{lang: "uk", text: "Сполучені Штати, Об'єднані Арабські Емірати та Південна Корея підписали декларацію.",
			countries: []string{"USA", "ARE", "KOR"}},
		{lang: "uk", text: "Делегації Туреччини, Угорщини та Єгипту прибули до Греції.",
			countries: []string{"TUR", "HUN", "EGY", "GRC"}},
	} {
		check(t, w)
	}
}

func TestUkrainianNominative(t *testing.T) {
	for _, c := range []struct {
		body, name string
		also       []string
	}{
		{"Міністр закордонних справ Молдови зустрівся з міністром закордонних справ України Олегом Шевченком.",
			"Олег Шевченко", []string{"Олегом Шевченком"}},
		{"Канцлер Австрії прийняв прем'єр-міністра Хорватії Петра Ковальського.",
			"Петро Ковальський", []string{"Петра Ковальського"}},
		{"Президент Польщі провів переговори з послом Литви Сергієм Ткачем.",
			"Сергій Ткач", []string{"Сергієм Ткачем"}},
		{"За словами посла Канади Ольги Левченко, Оттава підтримує Київ.",
			"Ольга Левченко", []string{"Ольги Левченко"}},
		{"За словами президента Фінляндії Мікко Лахті, санкції буде посилено.",
			"Мікко Лахті", nil},
		{"Міністр оборони Литви зустрівся з міністром оборони Польщі Томашем Новаком.",
			"Томаш Новак", []string{"Томашем Новаком"}},
		{"Речник МЗС Грузії Василь Бойко поспілкувався з послом Італії Наталею Шевчук.",
			"Наталя Шевчук", []string{"Наталею Шевчук"}},
	} {
		canonical(t, "uk", c.body, c.name, c.also...)
	}
}

// TestDetectUkrainian: the language detector reads Ukrainian as "uk", also
// without the letters і, ї, є, ґ it relies on first.
func TestDetectUkrainian(t *testing.T) {
	for _, s := range []string{
		"Міністр закордонних справ України провів переговори зі своїм колегою з Польщі.",
		"Прем'єр-міністр заявив, що уряд підтримає угоду про співпрацю.",
	} {
		if got := lang.Detect(s); got != "uk" {
			t.Errorf("Detect(%q) = %q, want uk", s, got)
		}
	}
}

// TestSplitUkrainian: abbreviations of uk/text_abbrev.txt end a sentence
// only before a word of uk/text_starters.txt.
func TestSplitUkrainian(t *testing.T) {
	for _, c := range []struct {
		body string
		n    int
	}{
		{"Угоду підписали у 2023 р. Він назвав її історичною.", 2},
		{"Делегація прибула до м. Одеса у вівторок.", 1},
		{"Збитки сягнули 5 млн. Однак уряд не відмовився від плану.", 2},
		{"Посли країн ЄС, США та ін. зустрілися з міністром.", 1},
		{"Президент заявив: «Ми готові». Прем'єр-міністр погодився.", 2},
	} {
		if got := len(text.Split("uk", c.body)); got != c.n {
			t.Errorf("%q: %d sentences, want %d", c.body, got, c.n)
		}
	}
}

func TestRolesUkrainianMore(t *testing.T) {
	for _, w := range []want{
		{lang: "uk", text: "Держсекретар Джон Міллер прибув до Варшави.",
			persons: []string{"Джон Міллер|USA|secretary of state"}},
		{lang: "uk", text: "Голова Верховної Ради Петро Стефанюк зустрівся з послом Швеції.",
			persons: []string{"Петро Стефанюк||speaker"}},
		{lang: "uk", text: "Лідер опозиції Грузії Ніка Абашідзе заявив про протести.",
			persons: []string{"Ніка Абашідзе|GEO|leader"}},
		{lang: "uk", text: "Верховний лідер Ірану Алі Мохаммаді засудив удари.",
			persons: []string{"Алі Мохаммаді|IRN|supreme leader"}},
		{lang: "uk", text: "Заступник міністра закордонних справ Туреччини Бурак Ердем прибув до Афін.",
			persons: []string{"Бурак Ердем|TUR|deputy foreign minister"}},
	} {
		check(t, w)
	}
}
