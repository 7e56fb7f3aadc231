package event_test

// Russian, Portuguese and Polish events through the real stages
// (text.Split, actor.Find, timex inside event.Extract, event.Extract), one
// case per event type and per pattern the data files were extended for.
// Every sentence is fictional and written for these tests; analyse and
// describe are in itpt_test.go.

import (
	"strings"
	"testing"
)

func TestRussianPortuguesePolishEvents(t *testing.T) {
	const published = "2023-11-16" // a Thursday
	tests := []struct {
		lang, body string
		want       []string
	}{
		// Russian.
		{"ru", "Министр иностранных дел России Олег Сорокин провел в среду в Женеве переговоры с главой МИД Швеции.",
			[]string{"CONSULT RUS,SWE 2023-11-15 in Geneva [Олег Сорокин(RUS:foreign minister)]"}},
		{"ru", "Россия и Казахстан подписали соглашение о торговле.", []string{"AGREE KAZ,RUS"}},
		{"ru", "Москва отвергла беспочвенные обвинения Эстонии.", []string{"REJECT RUS>EST"}},
		{"ru", "Глава МИД Венгрии назвал обвинения Швеции абсурдными.", []string{"REJECT HUN>SWE"}},
		{"ru", "Россия закрыла въезд для двадцати граждан Новой Зеландии.", []string{"SANCTION RUS>NZL"}},
		{"ru", "МИД России включил в стоп-лист девять депутатов Ирландии.", []string{"SANCTION RUS>IRL"}},
		{"ru", "Норвегия закрыла свои порты для рыболовецких судов России.", []string{"SANCTION NOR>RUS"}},
		{"ru", "Россия ответит на решение Исландии о высылке дипломатов.", []string{"THREATEN RUS>ISL"}},
		{"ru", "Минск оставляет за собой право на ответные шаги в отношении Литвы.", []string{"THREATEN BLR>LTU"}},
		{"ru", "Польша выслала трех российских дипломатов.", []string{"COERCE POL>RUS"}},
		{"ru", "Россия нанесла удар по Украине.", []string{"ASSAULT RUS>UKR"}},
		{"ru", "Германия поддержала заявку Молдавии.", []string{"SUPPORT DEU>MDA"}},
		{"ru", "Иран освободил двух граждан Франции.", []string{"CONCEDE IRN>FRA"}},
		{"ru", "Китай направил гуманитарную помощь Кении.", []string{"AID CHN>KEN"}},
		{"ru", "Россия вывела войска из Армении.", []string{"RETREAT RUS>ARM"}},
		{"ru", "Турция призвала Грецию к диалогу.", []string{"REQUEST TUR>GRC"}},
		{"ru", "Сербия обвинила Хорватию во вмешательстве.", []string{"ACCUSE SRB>HRV"}},
		{"ru", "Россия перебросила войска к границе с Финляндией.", []string{"MOBILIZE RUS>FIN"}},
		{"ru", "Куба и Мексика договорились о расширении сотрудничества.", []string{"AGREE CUB,MEX"}},
		{"ru", "Претория поддерживает отношения с Киевом.", nil},

		// Portuguese.
		{"pt", "Na terça-feira, as marinhas do Quénia e da Tanzânia deram início a um exercício naval conjunto ao largo de Dar es Salaam.",
			[]string{"COOPERATE KEN,TZA 2023-11-14 in Dar es Salaam"}},
		{"pt", "Angola e Namíbia realizaram patrulhas conjuntas na fronteira.", []string{"COOPERATE AGO,NAM"}},

		{"pt", "O almirante Rui Magalhães, comandante da Marinha de Portugal, visitou Luanda na segunda-feira.",
			[]string{"CONSULT AGO,PRT 2023-11-13 [Rui Magalhães(PRT:general)]"}},
		{"pt", "Portugal e Cabo Verde assinaram um acordo de defesa.", []string{"AGREE CPV,PRT"}},
		{"pt", "O Brasil rejeitou o pedido da Argentina.", []string{"REJECT BRA>ARG"}},

		// Polish.
		{"pl", "Minister spraw zagranicznych Czech Petr Novotný spotkał się w czwartek w Rydze z łotewskim odpowiednikiem.",
			[]string{"CONSULT CZE,LVA 2023-11-16 in Riga [Petr Novotný(CZE:foreign minister)]"}},
		{"pl", "Niemcy poparły wniosek Ukrainy o członkostwo.", []string{"SUPPORT DEU>UKR"}},
		{"pl", "Rosja uwolniła dwóch obywateli Estonii.", []string{"CONCEDE RUS>EST"}},
		{"pl", "Polska wysłała pomoc humanitarną do Mołdawii.", []string{"AID POL>MDA"}},
		{"pl", "Rosja wycofała wojska z Armenii.", []string{"RETREAT RUS>ARM"}},
		{"pl", "Polska wezwała Niemcy do przekazania czołgów.", []string{"REQUEST POL>DEU"}},
		{"pl", "Litwa oskarżyła Białoruś o atak hybrydowy.", []string{"ACCUSE LTU>BLR"}},
		{"pl", "Polscy rolnicy protestowali przed ambasadą Ukrainy.", []string{"PROTEST POL>UKR"}},
		{"pl", "Rosja rozmieściła wojska przy granicy z Finlandią.", []string{"MOBILIZE RUS>FIN"}},
		{"pl", "Rosja zaatakowała Ukrainę dronami.", []string{"ASSAULT RUS>UKR"}},
		{"pl", "Polska i Ukraina chcą zacieśnić współpracę wojskową.", []string{"COOPERATE POL,UKR intend"}},
		{"pl", "Polska i Litwa podpisały umowę o współpracy.", []string{"AGREE LTU,POL"}},
		{"pl", "Polska wydaliła trzech rosyjskich dyplomatów.", []string{"COERCE POL>RUS"}},
		{"pl", "Unia Europejska nałożyła nowe sankcje na Rosję.", []string{"SANCTION EU>RUS"}},
		{"pl", "Rosja zagroziła Polsce odwetem.", []string{"THREATEN RUS>POL"}},
		{"pl", "Warszawa odrzuciła oskarżenia Mińska.", []string{"REJECT POL>BLR"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.body, func(t *testing.T) {
			got := describe(analyse(tt.lang, published, tt.body))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
