package event_test

// Ukrainian events and quotes through the real stages (text.Split,
// actor.Find, timex inside event.Extract, event.Extract): one case per event
// type, verb form and mode the uk data files were written for. Every
// sentence is fictional and written for these tests; analyse, describe and
// quoteSpeakers are in itpt_test.go.

import (
	"strings"
	"testing"
)

func TestUkrainianEvents(t *testing.T) {
	const published = "2023-11-16" // a Thursday
	tests := []struct {
		body string
		want []string
	}{
		// CONSULT: masculine, feminine and plural past; synthetic future; nouns.
		{"Міністр закордонних справ України Олег Петренко провів у середу переговори з головою МЗС Швеції.",
			[]string{"CONSULT SWE,UKR 2023-11-15 [Олег Петренко(UKR:foreign minister)]"}},
		{"Прем'єр-міністр Чехії Петро Коваль зустрівся з канцлером Австрії.",
			[]string{"CONSULT AUT,CZE [Петро Коваль(CZE:prime minister)]"}},
		{"Президентка Молдови Марія Кожокару зустрілася з прем’єр-міністром Румунії.",
			[]string{"CONSULT MDA,ROU [Марія Кожокару(MDA:president)]"}},
		{"Посол Франції Жан Дюбуа відвідав Литву у вівторок.",
			[]string{"CONSULT FRA,LTU 2023-11-14 [Жан Дюбуа(FRA:ambassador)]"}},
		{"Азербайджан і Вірменія провели переговори.", []string{"CONSULT ARM,AZE"}},
		{"Фінляндія обговорюватиме з Норвегією енергетичну безпеку.", []string{"CONSULT FIN,NOR future"}},
		{"Президентка Естонії Кая Тамм провела телефонну розмову з президентом Латвії Андрісом Озолсом.",
			[]string{"CONSULT EST,LVA [Андріс Озолс(LVA:president); Кая Тамм(EST:president)]"}},
		{"Міністр оборони Литви зустрівся з міністром оборони Польщі Томашем Новаком.",
			[]string{"CONSULT LTU,POL [Томаш Новак(POL:defence minister)]"}},
		{"Канцлер Австрії прийняв прем'єр-міністра Хорватії Петра Ковальського.",
			[]string{"CONSULT AUT,HRV [Петро Ковальський(HRV:prime minister)]"}},
		{"Премʼєр-міністр Хорватії Іван Маркович зустрівся у пʼятницю з президентом Словенії.",
			[]string{"CONSULT HRV,SVN 2023-11-10 [Іван Маркович(HRV:prime minister)]"}},
		// AGREE.
		{"Польща і Литва підписали угоду про співпрацю в енергетиці.", []string{"AGREE LTU,POL"}},
		{"Україна та Молдова домовилися про спільний контроль на кордоні.", []string{"AGREE MDA,UKR"}},
		{"Румунія планує підписати угоду з Молдовою.", []string{"AGREE MDA,ROU intend"}},
		{"Франція і Німеччина домовилися поглибити співпрацю.", []string{"AGREE DEU,FRA", "COOPERATE DEU,FRA"}},
		// SUPPORT.
		{"Німеччина підтримала заявку Молдови на вступ.", []string{"SUPPORT DEU>MDA"}},
		{"Канада визнала незалежність Косова.", []string{"SUPPORT CAN>XKX"}},
		{"Латвія подякувала Данії за підтримку.", []string{"SUPPORT LVA>DNK"}},
		{"Японія висловила підтримку Тайваню.", []string{"SUPPORT JPN>TWN"}},
		{"Угорщина не підтримала пропозицію Австрії.", []string{"SUPPORT HUN>AUT negated"}},
		// CONCEDE.
		{"Іран звільнив двох громадян Франції.", []string{"CONCEDE IRN>FRA"}},
		{"Туреччина звільнила шведського журналіста.", []string{"CONCEDE TUR>SWE"}},
		// COOPERATE.
		{"Україна та Польща хочуть поглибити військову співпрацю.", []string{"COOPERATE POL,UKR intend"}},
		// AID.
		{"Японія надала гуманітарну допомогу Україні.", []string{"AID JPN>UKR"}},
		{"Італія передала Україні нову партію військової допомоги.", []string{"AID ITA>UKR"}},
		{"Румунія направила гуманітарну допомогу до Молдови.", []string{"AID ROU>MDA"}},
		{"Прем’єр-міністр Норвегії Ерік Гансен заявив, що Осло надасть Україні військову допомогу.",
			[]string{"AID NOR>UKR [Ерік Гансен(NOR:prime minister)]"}},
		// RETREAT.
		{"Росія вивела війська з Вірменії.", []string{"RETREAT RUS>ARM"}},
		// REQUEST.
		{"Туреччина закликала Грецію до діалогу.", []string{"REQUEST TUR>GRC"}},
		{"Китай закликав США скасувати мита.", []string{"REQUEST CHN>USA"}},
		// ACCUSE.
		{"Сербія звинуватила Хорватію у втручанні.", []string{"ACCUSE SRB>HRV"}},
		{"Грузія засудила обстріл вірменських сіл.", []string{"ACCUSE GEO>ARM"}},
		{"Вчора Естонія викликала посла Росії.", []string{"ACCUSE EST>RUS 2023-11-15", "PROTEST EST>RUS 2023-11-15"}},
		// REJECT.
		{"Мексика відхилила вимогу США.", []string{"REJECT MEX>USA"}},
		{"Речниця МЗС Китаю Лі Мей заявила, що Пекін відкидає звинувачення США.",
			[]string{"REJECT CHN>USA [Лі Мей(CHN:spokesperson)]"}},
		// THREATEN.
		{"Росія пригрозила Естонії відповідними заходами.", []string{"THREATEN RUS>EST"}},
		{"Іран пригрозив Ізраїлю відповіддю.", []string{"THREATEN IRN>ISR"}},
		// PROTEST.
		{"Українські фермери протестували біля посольства Польщі.", []string{"PROTEST UKR>POL"}},
		// SANCTION.
		{"Канада запровадила нові санкції проти Ірану.", []string{"SANCTION CAN>IRN"}},
		{"Сполучені Штати запровадили санкції проти Ірану.", []string{"SANCTION USA>IRN"}},
		{"США заморозили активи венесуельських посадовців.", []string{"SANCTION USA>VEN"}},
		{"Норвегія розірвала дипломатичні відносини з Іраном.", []string{"SANCTION NOR>IRN"}},
		// MOBILIZE.
		{"Росія перекинула війська до кордону з Фінляндією.", []string{"MOBILIZE RUS>FIN"}},
		{"Білорусь розмістила війська біля кордону з Литвою.", []string{"MOBILIZE BLR>LTU"}},
		// COERCE.
		{"Польща вислала трьох російських дипломатів.", []string{"COERCE POL>RUS"}},
		{"Литва вислала російського дипломата.", []string{"COERCE LTU>RUS"}},
		{"Поліція Грузії затримала двох громадян Вірменії.", []string{"COERCE GEO>ARM"}},
		{"Словаччина має намір вислати українського дипломата.", []string{"COERCE SVK>UKR intend"}},
		// ASSAULT.
		{"Росія завдала ракетного удару по Україні.", []string{"ASSAULT RUS>UKR"}},
		{"Ізраїль атакував позиції у Лівані.", []string{"ASSAULT ISR>LBN"}},
		// Modes and nouns told with "відбудеться", "відбулися"; a neuter subject (МЗС).
		{"Зустріч міністрів закордонних справ Польщі та Литви відбудеться у п'ятницю.", []string{"CONSULT LTU,POL future 2023-11-17"}},
		{"Переговори Вірменії та Азербайджану відбулися у вівторок.", []string{"CONSULT ARM,AZE 2023-11-14"}},
		{"МЗС Польщі повідомило, що Варшава вислала білоруського дипломата.", []string{"COERCE POL>BLR"}},
		{"Україна та Польща не змогли домовитися про експорт зерна.", []string{"AGREE POL,UKR negated"}},
		// A demand to stop aid is no report of aid.
		{"«Сполучені Штати мають припинити постачання зброї Тайваню», — сказала речниця МЗС Китаю.", nil},
		// Weapons handed over; closed borders; a blocked decision; alerts and drills.
		{"Данія передала Україні винищувачі F-16.", []string{"AID DNK>UKR"}},
		{"Німеччина виділить Україні 50 млн євро гуманітарної допомоги.", []string{"AID DEU>UKR"}},
		{"Литва закрила два пункти пропуску на кордоні з Білоруссю.", []string{"SANCTION LTU>BLR"}},
		{"Фінляндія повністю закрила кордон з Росією.", []string{"SANCTION FIN>RUS"}},
		{"Естонія оголосила російського дипломата персоною нон грата.", []string{"COERCE EST>RUS"}},
		{"Іспанія вибачилася перед Марокко.", []string{"CONCEDE ESP>MAR"}},
		{"Вірменія вимагає від Азербайджану вивести війська.", []string{"REQUEST ARM>AZE"}},
		{"Президент Азербайджану відмовився від зустрічі з прем'єр-міністром Вірменії.", []string{"REJECT AZE>ARM"}},
		{"Китай провів військові навчання біля Тайваню.", []string{"MOBILIZE CHN>TWN"}},
		{"Японія та Південна Корея відновили дипломатичні відносини.", []string{"COOPERATE JPN,KOR"}},
		// No event: keeping relations is no support.
		{"Польща підтримує відносини з Литвою.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			got := describe(analyse("uk", published, tt.body))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestUkrainianQuotes(t *testing.T) {
	tests := []struct{ body, want string }{
		{"Міністр закордонних справ Литви Йонас Петраускас заявив: «Ми не визнаємо результатів цих виборів».",
			"Ми не визнаємо результатів цих виборів=Йонас Петраускас"},
		{"«Ми готові до діалогу», — сказала речниця МЗС Польщі Анна Ковальська.",
			"Ми готові до діалогу=Анна Ковальська"},
		{"За словами президента Фінляндії Мікко Лахті, «санкції мають бути посилені».",
			"санкції мають бути посилені=Мікко Лахті"},
		{"Прем'єр-міністр Словаччини Ян Горак наголосив, що його уряд підтримає Київ. «Ми будемо поруч», — додав він.",
			"Ми будемо поруч=Ян Горак"},
		{"Посол Японії Кендзі Танака зустрівся з головою МЗС Грузії. За його словами, «переговори були продуктивними».",
			"переговори були продуктивними=Кендзі Танака"},
		{"„Ми не підемо на поступки“, — заявив міністр оборони Литви Вітаутас Балтрушас.",
			"Ми не підемо на поступки=Вітаутас Балтрушас"},
		{"Про це заявив прем'єр-міністр Бельгії Ян де Вос. «Ми підтримуємо Київ», — сказав він.",
			"Ми підтримуємо Київ=Ян де Вос"},
		{"Речник Кремля Дмитро Орлов заявив журналістам: «Жодних переговорів не буде».",
			"Жодних переговорів не буде=Дмитро Орлов"},
		{"Очільник МЗС Угорщини Ласло Сабо, своєю чергою, наголосив: «Ми проти нових санкцій».",
			"Ми проти нових санкцій=Ласло Сабо"},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			got := quoteSpeakers(analyse("uk", "2023-11-16", tt.body))
			if strings.Join(got, "|") != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
