package event_test

// Russian, Ukrainian, Polish, German and Dutch event lexicons through the
// real stages (analyse, describe from itpt_test.go). Every sentence below is
// fictional and written for these tests.

import (
	"os"
	"strings"
	"testing"
)

// TestLexSlavgerProbe prints the events of blocks "lang published\ntext"
// read from the file LEXSLAVGER names; skipped without it.
func TestLexSlavgerProbe(t *testing.T) {
	f := os.Getenv("LEXSLAVGER")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	for _, blk := range strings.Split(string(b), "\n\n") {
		blk = strings.TrimSpace(blk)
		if blk == "" {
			continue
		}
		head, body, _ := strings.Cut(blk, "\n")
		lang, pub, _ := strings.Cut(head, " ")
		t.Logf("== %s: %s", lang, body)
		for _, d := range describe(analyse(lang, pub, body)) {
			t.Logf("   %s", d)
		}
	}
}

// TestLexSlavgerEvents: the ordinary ways Russian, Ukrainian, Polish,
// German and Dutch journalists state each kind of act, found with their
// sides; want is the whole describe() output, and never lists types that
// must not be found (the masks and near misses).
func TestLexSlavgerEvents(t *testing.T) {
	const published = "2025-03-12"
	for _, c := range []struct {
		lang, body string
		want       []string
		never      []string
	}{
		// Russian.
		{"ru", "Армения отвела подразделения от границы с Азербайджаном.", []string{"RETREAT ARM>AZE"}, nil},
		{"ru", "Азербайджан вывел своих солдат с территории Армении.", []string{"RETREAT AZE>ARM"}, nil},
		{"ru", "Франция завершила вывод военных из Нигера.", []string{"RETREAT FRA>NER"}, nil},
		{"ru", "Азербайджанские военные открыли огонь по армянским позициям.", []string{"ASSAULT AZE>ARM"}, nil},
		{"ru", "Индия и Пакистан обменялись огнем на линии контроля.", []string{"ASSAULT IND,PAK>PAK,IND"}, nil},
		{"ru", "Россия перебросила два батальона к границе с Финляндией.", []string{"MOBILIZE RUS>FIN"}, nil},
		{"ru", "Турецкие войска были переброшены к границе с Сирией.", []string{"MOBILIZE TUR>SYR"}, nil},
		{"ru", "Германия разместила в Литве бригаду.", []string{"MOBILIZE DEU>LTU"}, nil},
		{"ru", "Венесуэла привела вооруженные силы в состояние боевой готовности из-за угроз Гайаны.", []string{"MOBILIZE VEN>GUY"}, nil},
		{"ru", "Иран потребовал от дипломатов Азербайджана покинуть страну в течение 48 часов.", []string{"COERCE IRN>AZE"}, []string{"REQUEST"}},
		{"ru", "Туркмения отменила запрет на ввоз российского зерна.", []string{"CONCEDE TKM>RUS"}, []string{"SANCTION"}},
		{"ru", "МИД Польши вручил послу Белоруссии ноту протеста.", []string{"ACCUSE POL>BLR", "PROTEST POL>BLR"}, nil},
		{"ru", "Сербские фермеры провели акцию протеста у посольства Венгрии.", []string{"PROTEST SRB>HUN"}, nil},
		{"ru", "Армения обратилась к ОДКБ за помощью.", []string{"REQUEST ARM>CSTO"}, nil},
		{"ru", "Казахстан запросил у России помощь в тушении пожаров.", []string{"REQUEST KAZ>RUS"}, nil},
		{"ru", "Великобритания передала Украине танки и боеприпасы.", []string{"AID GBR>UKR"}, nil},
		{"ru", "Германия направила генераторы в Молдову.", []string{"AID DEU>MDA"}, nil},
		{"ru", "Иран принял предложение Катара о посредничестве.", []string{"AGREE IRN,QAT"}, []string{"CONSULT"}},
		{"ru", "Армения и Турция восстановят дипломатические отношения.", []string{"COOPERATE ARM,TUR future"}, nil},
		{"ru", "Венгрия заблокировала выделение помощи Украине.", []string{"REJECT HUN>UKR"}, []string{"AID"}},
		{"ru", "Эстония закрыла границу с Россией.", []string{"SANCTION EST>RUS"}, nil},
		{"ru", "Финляндия приостановила действие соглашения о реадмиссии с Россией.", []string{"SANCTION FIN>RUS"}, nil},
		// "вывод" is also a conclusion; "депортированные дети" are earlier victims.
		{"ru", "Вывод из этого простой: Россия не хочет переговоров с Украиной.", []string{"CONSULT RUS,UKR intend"}, []string{"RETREAT"}},
		{"ru", "Польша и Украина обсудили возвращение депортированных детей.", []string{"CONSULT POL,UKR"}, []string{"COERCE"}},
		{"ru", "Международная амнистия раскритиковала власти Ирана.", nil, []string{"CONCEDE"}},

		// Ukrainian.
		{"uk", "Вірменія відвела підрозділи від кордону з Азербайджаном.", []string{"RETREAT ARM>AZE"}, nil},
		{"uk", "Франція завершила виведення військових з Нігеру.", []string{"RETREAT FRA>NER"}, nil},
		{"uk", "Армія М'янми відкрила вогонь по території Бангладеш.", []string{"ASSAULT MMR>BGD"}, nil},
		{"uk", "Індія та Пакистан обмінялися вогнем на лінії контролю.", []string{"ASSAULT IND,PAK>PAK,IND"}, nil},
		{"uk", "Росія перекинула два батальйони до кордону з Фінляндією.", []string{"MOBILIZE RUS>FIN"}, nil},
		{"uk", "Турецькі війська були перекинуті до кордону з Сирією.", []string{"MOBILIZE TUR>SYR"}, nil},
		{"uk", "Німеччина розмістила в Литві бригаду.", []string{"MOBILIZE DEU>LTU"}, nil},
		{"uk", "Іран вимагав від дипломатів Азербайджану покинути країну протягом 48 годин.", []string{"COERCE IRN>AZE"}, []string{"REQUEST"}},
		{"uk", "Литва зняла обмеження на транзит до Росії.", []string{"CONCEDE LTU>RUS"}, nil},
		{"uk", "Туркменістан скасував заборону на ввезення російського зерна.", []string{"CONCEDE TKM>RUS"}, []string{"SANCTION"}},
		{"uk", "Сербські фермери протестували біля посольства Угорщини.", []string{"PROTEST SRB>HUN"}, nil},
		{"uk", "МЗС Польщі вручило послу Білорусі ноту протесту.", []string{"ACCUSE POL>BLR", "PROTEST POL>BLR"}, nil},
		{"uk", "Вірменія звернулася до ОДКБ по допомогу.", []string{"REQUEST ARM>CSTO"}, nil},
		{"uk", "Литва звернулася до НАТО із закликом посилити оборону.", []string{"REQUEST LTU>NATO"}, nil},
		{"uk", "Німеччина направила до Молдови генератори.", []string{"AID DEU>MDA"}, nil},
		{"uk", "Польща відправила до Туреччини групу рятувальників.", []string{"AID POL>TUR"}, nil},
		{"uk", "Іран прийняв пропозицію Катару про посередництво.", []string{"AGREE IRN,QAT"}, []string{"CONSULT"}},
		{"uk", "Вірменія та Туреччина відновлять дипломатичні відносини.", []string{"COOPERATE ARM,TUR future"}, nil},
		{"uk", "Фінляндія призупинила дію угоди про реадмісію з Росією.", []string{"SANCTION FIN>RUS"}, nil},

		// Polish.
		{"pl", "Armenia wycofała oddziały znad granicy z Azerbejdżanem.", []string{"RETREAT ARM>AZE"}, nil},
		{"pl", "Francja zakończyła wycofywanie żołnierzy z Mali.", []string{"RETREAT FRA>MLI"}, nil},
		{"pl", "Azerbejdżańscy żołnierze otworzyli ogień do armeńskich pozycji.", []string{"ASSAULT AZE>ARM"}, nil},
		{"pl", "Indie i Pakistan wymieniły ogień na linii kontroli.", []string{"ASSAULT IND,PAK>PAK,IND"}, nil},
		{"pl", "Rosja przerzuciła dwa bataliony do granicy z Finlandią.", []string{"MOBILIZE RUS>FIN"}, nil},
		{"pl", "Szwecja skierowała batalion na Łotwę.", []string{"MOBILIZE SWE>LVA"}, nil},
		{"pl", "Polska uznała trzech białoruskich dyplomatów za osoby niepożądane.", []string{"COERCE POL>BLR"}, nil},
		{"pl", "Iran nakazał dyplomatom Azerbejdżanu opuszczenie kraju w ciągu 48 godzin.", []string{"COERCE IRN>AZE"}, nil},
		{"pl", "Węgry wycofały się z decyzji o blokowaniu pomocy dla Ukrainy.", []string{"CONCEDE HUN>UKR"}, []string{"RETREAT"}},
		{"pl", "Serbscy rolnicy protestowali przed ambasadą Węgier.", []string{"PROTEST SRB>HUN"}, nil},
		{"pl", "MSZ Polski wręczyło ambasadorowi Białorusi notę protestacyjną.", []string{"ACCUSE POL>BLR", "PROTEST POL>BLR"}, nil},
		{"pl", "Kazachstan zwrócił się do Rosji o pomoc w gaszeniu pożarów.", []string{"REQUEST KAZ>RUS"}, nil},
		{"pl", "Japonia wysłała Turcji generatory i namioty.", []string{"AID JPN>TUR"}, nil},
		{"pl", "Słowacja wysłała do Ukrainy zespół ratowników.", []string{"AID SVK>UKR"}, nil},
		{"pl", "Armenia i Turcja przywrócą stosunki dyplomatyczne.", []string{"COOPERATE ARM,TUR future"}, nil},
		{"pl", "Estonia zamknęła granicę z Rosją.", []string{"SANCTION EST>RUS"}, nil},
		{"pl", "Łotwa wprowadziła zakaz wjazdu dla obywateli Rosji.", []string{"SANCTION LVA>RUS"}, nil},
		{"pl", "Pekin nazwał oskarżenia Waszyngtonu bezpodstawnymi.", []string{"REJECT CHN>USA"}, []string{"ACCUSE"}},
		// A way to an agreement blocked is a rejection, not a road blockade.
		{"pl", "Rosja zablokowała drogę do porozumienia z Ukrainą.", []string{"REJECT RUS>UKR"}, []string{"PROTEST"}},
		// A state that "demonstrowała siłę" shows strength; deported children are earlier victims.
		{"pl", "Chiny demonstrowały siłę u wybrzeży Tajwanu.", nil, []string{"PROTEST"}},
		{"pl", "Polska i Ukraina rozmawiały o powrocie deportowanych dzieci.", []string{"CONSULT POL,UKR"}, []string{"COERCE"}},

		// German.
		{"de", "Die Armee von Myanmar hat das Feuer auf Bangladesch eröffnet.", []string{"ASSAULT MMR>BGD"}, nil},
		{"de", "Frankreich hat den Abzug seiner Soldaten aus Niger abgeschlossen.", []string{"RETREAT FRA>NER"}, nil},
		{"de", "Schweden hat ein Bataillon nach Lettland geschickt.", []string{"MOBILIZE SWE>LVA"}, nil},
		{"de", "Deutschland entsandte eine Brigade nach Litauen.", []string{"MOBILIZE DEU>LTU"}, nil},
		{"de", "Moldau erklärte einen russischen Diplomaten zur Persona non grata.", []string{"COERCE MDA>RUS"}, nil},
		{"de", "Ein Gericht in Moskau verurteilte einen deutschen Staatsbürger zu zwölf Jahren Haft.", []string{"COERCE RUS>DEU"}, []string{"ACCUSE"}},
		{"de", "Litauen hob die Beschränkungen für den Transit nach Russland auf.", []string{"CONCEDE LTU>RUS"}, nil},
		{"de", "Polnische Bauern blockierten Straßen an der Grenze zur Ukraine.", []string{"PROTEST POL>UKR"}, nil},
		{"de", "Das polnische Außenministerium übergab dem belarussischen Botschafter eine Protestnote.", []string{"ACCUSE POL>BLR", "PROTEST POL>BLR"}, nil},
		{"de", "Litauen wandte sich an die NATO mit der Bitte um zusätzliche Luftabwehr.", []string{"REQUEST LTU>NATO"}, nil},
		{"de", "Japan lieferte Medikamente und Zelte an die Türkei.", []string{"AID JPN>TUR"}, nil},
		{"de", "China entsandte ein Expertenteam nach Pakistan.", []string{"AID CHN>PAK"}, nil},
		{"de", "Armenien und die Türkei wollen diplomatische Beziehungen aufnehmen.", []string{"COOPERATE ARM,TUR intend"}, nil},
		{"de", "Litauen brach die diplomatischen Beziehungen zu Belarus ab.", []string{"SANCTION LTU>BLR"}, nil},
		{"de", "Ungarn blockierte die Hilfe für die Ukraine.", []string{"REJECT HUN>UKR"}, []string{"AID"}},
		// "gab ... nach Angaben": a preposition, no giving in; an adjective
		// "blockierte"; a strait blocked is no street protest.
		{"de", "Es gab nach Angaben der Polizei keine Verletzten bei dem Treffen von Polen und Litauen.", nil, []string{"CONCEDE"}},
		{"de", "Auf der Tagesordnung stand auch das seit Monaten blockierte Fischereiabkommen zwischen Norwegen und Island.", nil, []string{"REJECT"}},
		{"de", "Iran blockierte die Straße von Hormus für Schiffe aus den USA.", nil, []string{"PROTEST"}},
		{"de", "Frankreich und Deutschland wollen in Brüssel Einigkeit gegenüber Russland demonstrieren.", nil, []string{"PROTEST"}},
		{"de", "Frankreich demonstrierte in Brüssel Geschlossenheit mit Polen gegenüber Russland.", nil, []string{"PROTEST"}},

		// Dutch.
		{"nl", "Het leger van Myanmar heeft het vuur geopend op Bangladesh.", []string{"ASSAULT MMR>BGD"}, nil},
		{"nl", "Frankrijk heeft de terugtrekking van zijn troepen uit Niger afgerond.", []string{"RETREAT FRA>NER"}, nil},
		{"nl", "Zweden heeft een bataljon naar Letland gestuurd.", []string{"MOBILIZE SWE>LVA"}, nil},
		{"nl", "Duitsland stuurde een brigade naar Litouwen.", []string{"MOBILIZE DEU>LTU"}, nil},
		{"nl", "Moldavië verklaarde een Russische diplomaat tot persona non grata.", []string{"COERCE MDA>RUS"}, nil},
		{"nl", "Een rechtbank in Moskou veroordeelde een Nederlander tot twaalf jaar cel.", []string{"COERCE RUS>NLD in Moscow"}, []string{"ACCUSE"}},
		{"nl", "Hongarije krabbelde terug en gaf zijn verzet tegen de hulp aan Oekraïne op.", []string{"CONCEDE HUN>UKR"}, nil},
		{"nl", "Servische boeren protesteerden voor de Hongaarse ambassade.", []string{"PROTEST SRB>HUN"}, nil},
		{"nl", "Het Poolse ministerie overhandigde de Wit-Russische ambassadeur een protestnota.", []string{"ACCUSE POL>BLR", "PROTEST POL>BLR"}, nil},
		{"nl", "Litouwen wendde zich tot de NAVO met het verzoek om extra luchtverdediging.", []string{"REQUEST LTU>NATO"}, nil},
		{"nl", "Japan stuurde generatoren en tenten naar Turkije.", []string{"AID JPN>TUR"}, nil},
		{"nl", "Slowakije stuurde een reddingsteam naar Oekraïne.", []string{"AID SVK>UKR"}, nil},
		{"nl", "Armenië en Turkije willen diplomatieke betrekkingen aanknopen.", []string{"COOPERATE ARM,TUR intend"}, nil},
		{"nl", "Estland sloot de grens met Rusland.", []string{"SANCTION EST>RUS"}, nil},
		{"nl", "Rusland wees de beschuldigingen van Estland van de hand.", []string{"REJECT RUS>EST"}, []string{"ACCUSE"}},
		{"nl", "De Indiase premier zal Japan bezoeken.", []string{"CONSULT IND,JPN future"}, nil},
		// "schieten niet op" is no shooting; "zonder" is no sending.
		{"nl", "De onderhandelingen tussen Rusland en Oekraïne schieten niet op.", []string{"CONSULT RUS,UKR"}, []string{"ASSAULT"}},
		{"nl", "Rusland trok zonder overleg troepen samen aan de grens met Oekraïne.", []string{"MOBILIZE RUS>UKR"}, []string{"AID"}},
		// "staking van de vijandelijkheden" is a ceasefire, no strike.
		{"nl", "Israël en Libanon spraken over een staking van de vijandelijkheden.", nil, []string{"PROTEST"}},
	} {
		got := describe(analyse(c.lang, published, c.body))
		if c.want != nil && strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%s %q:\n got  %q\n want %q", c.lang, c.body, got, c.want)
		}
		for _, g := range got {
			for _, n := range c.never {
				if strings.HasPrefix(g, n+" ") {
					t.Errorf("%s %q: %q found, want no %s", c.lang, c.body, g, n)
				}
			}
		}
	}
}
