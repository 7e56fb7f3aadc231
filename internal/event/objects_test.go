package event_test

// Triggers made of a general verb and its object (data/<lang>/events_objects.txt),
// through the real stages. Every sentence is fictional and written for these tests.

import (
	"strings"
	"testing"
)

// TestObjectTriggers: handing over patrol boats is aid, seizing a trawler is
// coercion, releasing a crew or lifting a ban a concession, banning imports a
// sanction, in every language.
func TestObjectTriggers(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "Malta handed over two patrol boats to the Libyan Coast Guard on Monday.", "AID MLT>LBY"},
		{"en", "Germany donated nine autotransformers to Ukraine.", "AID DEU>UKR"},
		{"en", "The Libyan coast guard seized a Maltese trawler off Misrata on Tuesday.", "COERCE LBY>MLT"},
		{"en", "Libya released the crew of the Maltese fishing boat on Friday.", "CONCEDE LBY>MLT"},
		{"en", "Japan lifted its ban on imports of Chinese rice.", "CONCEDE JPN>CHN"},
		{"en", "Russia banned imports of Moldovan wine.", "SANCTION RUS>MDA"},
		{"en", "Maltese Health Minister Karl Borg handed over four ambulances to Libya on Monday.", "AID MLT>LBY"},
		{"en", "Poland expelled two Belarusian diplomats on Thursday.", "COERCE POL>BLR"},
		{"fr", "Malte a remis deux vedettes à la garde côtière libyenne.", "AID MLT>LBY"},
		{"fr", "Les garde-côtes libyens ont arraisonné un chalutier maltais au large de Misrata.", "COERCE LBY>MLT"},
		{"fr", "Les neuf marins maltais ont été relâchés par les autorités libyennes.", "CONCEDE LBY>MLT"},
		{"fr", "La Libye a libéré l'équipage du chalutier maltais.", "CONCEDE LBY>MLT"},
		{"fr", "Le Japon a levé l'interdiction des importations de riz chinois.", "CONCEDE JPN>CHN"},
		{"fr", "La Russie a interdit les importations de vin moldave.", "SANCTION RUS>MDA"},
		{"fr", "Le ministre Paul Mercier a annoncé que la France avait livré neuf générateurs à l'Ukraine.", "AID FRA>UKR"},
		{"fr", "Le Maroc a levé les restrictions sur les importations de blé français.", "CONCEDE MAR>FRA"},
		{"it", "Malta ha consegnato alla guardia costiera libica due motovedette.", "AID MLT>LBY"},
		{"it", "La Guardia costiera libica ha sequestrato un motopeschereccio maltese.", "COERCE LBY>MLT"},
		{"it", "Le autorità libiche hanno rilasciato l'equipaggio del peschereccio maltese.", "CONCEDE LBY>MLT"},
		{"it", "I pescatori maltesi sono stati rilasciati dalle autorità libiche.", "CONCEDE LBY>MLT"},
		{"it", "La Russia ha vietato le importazioni dalla Moldavia.", "SANCTION RUS>MDA"},
		{"it", "Il ministro Karl Borg ha annunciato che Malta ha donato quattro ambulanze alla Libia.", "AID MLT>LBY"},
		{"it", "L'Algeria ha revocato il divieto sulle importazioni di grano italiano.", "CONCEDE DZA>ITA"},
		{"es", "Colombia entregó a Haití un donativo de 25 toneladas de alimentos.", "AID COL>HTI"},
		{"es", "La Armada de Argentina apresó un pesquero chino.", "COERCE ARG>CHN"},
		{"es", "Argentina liberó a la tripulación del pesquero chino.", "CONCEDE ARG>CHN"},
		{"es", "Los pescadores chinos fueron liberados por las autoridades argentinas.", "CONCEDE ARG>CHN"},
		{"es", "Rusia prohibió las importaciones de vino moldavo.", "SANCTION RUS>MDA"},
		{"es", "El canciller Julián Ocampo anunció que España donó cinco ambulancias a Marruecos.", "AID ESP>MAR"},
		{"es", "Marruecos levantó el veto a las importaciones de tomates españoles.", "CONCEDE MAR>ESP"},
		{"pt", "Portugal entregou a Moçambique seis lanchas de patrulha.", "AID PRT>MOZ"},
		{"pt", "O Japão doou ao Brasil cinco ambulâncias.", "AID JPN>BRA"},
		{"pt", "A Marinha de Angola apreendeu um pesqueiro chinês.", "COERCE AGO>CHN"},
		{"pt", "Angola libertou a tripulação do pesqueiro chinês.", "CONCEDE AGO>CHN"},
		{"pt", "A Rússia proibiu as importações de vinho moldavo.", "SANCTION RUS>MDA"},
		{"pt", "O Brasil levantou o embargo às importações de carne argentina.", "CONCEDE BRA>ARG"},
		{"pt", "Angola libertou os pescadores chineses detidos em março.", "CONCEDE AGO>CHN"},
		{"de", "Deutschland übergab der Ukraine neun Transformatoren.", "AID DEU>UKR"},
		{"de", "Deutschland hat der Ukraine neun Transformatoren übergeben.", "AID DEU>UKR"},
		{"de", "Die libysche Küstenwache hat einen maltesischen Fischkutter beschlagnahmt.", "COERCE LBY>MLT"},
		{"de", "Libyen ließ die maltesischen Fischer am Freitag frei.", "CONCEDE LBY>MLT"},
		{"de", "Russland verbot die Einfuhr von moldauischem Wein.", "SANCTION RUS>MDA"},
		{"de", "Die Ukraine erhielt von Deutschland keine Hilfe, aber Polen lieferte der Ukraine fünf Krankenwagen.", "AID POL>UKR"},
		{"de", "Die Türkei hob das Einfuhrverbot für russischen Weizen auf.", "CONCEDE TUR>RUS"},
		{"nl", "Nederland overhandigde Oekraïne negen transformatoren.", "AID NLD>UKR"},
		{"nl", "Nederland heeft Oekraïne negen transformatoren geleverd.", "AID NLD>UKR"},
		{"nl", "De Libische kustwacht heeft een Maltese kotter in beslag genomen.", "COERCE LBY>MLT"},
		{"nl", "Libië liet de Maltese vissers vrijdag vrij.", "CONCEDE LBY>MLT"},
		{"nl", "Rusland verbood de invoer van Moldavische wijn.", "SANCTION RUS>MDA"},
		{"nl", "België schonk Oekraïne vier ambulances.", "AID BEL>UKR"},
		{"nl", "Rusland hief het invoerverbod op Nederlandse bloemen op.", "CONCEDE RUS>NLD"},
		{"ru", "Германия передала Украине девять автотрансформаторов.", "AID DEU>UKR"},
		{"ru", "Ливийские пограничники задержали мальтийское рыболовецкое судно.", "COERCE LBY>MLT"},
		{"ru", "Власти Ливии освободили мальтийских моряков.", "CONCEDE LBY>MLT"},
		{"ru", "Россия запретила ввоз молдавского вина.", "SANCTION RUS>MDA"},
		{"ru", "Министр Олег Сорокин сообщил, что Россия поставила Сербии шесть вертолетов.", "AID RUS>SRB"},
		{"ru", "Турция сняла запрет на ввоз российской пшеницы.", "CONCEDE TUR>RUS"},
		{"ru", "Польша выслала двух белорусских дипломатов.", "COERCE POL>BLR"},
		{"uk", "Німеччина передала Україні дев'ять автотрансформаторів.", "AID DEU>UKR"},
		{"uk", "Лівійські прикордонники затримали мальтійське рибальське судно.", "COERCE LBY>MLT"},
		{"uk", "Лівія звільнила мальтійських моряків.", "CONCEDE LBY>MLT"},
		{"uk", "Росія заборонила ввезення молдовського вина.", "SANCTION RUS>MDA"},
		{"uk", "Литва відправила Україні двадцять генераторів.", "AID LTU>UKR"},
		{"uk", "Туреччина зняла заборону на ввезення українського зерна.", "CONCEDE TUR>UKR"},
		{"pl", "Polska przekazała Ukrainie dziewięć autotransformatorów.", "AID POL>UKR"},
		{"pl", "Libijska straż przybrzeżna zatrzymała maltański kuter rybacki.", "COERCE LBY>MLT"},
		{"pl", "Libia uwolniła maltańskich rybaków.", "CONCEDE LBY>MLT"},
		{"pl", "Rosja zakazała importu mołdawskiego wina.", "SANCTION RUS>MDA"},
		{"pl", "Litwa wysłała Ukrainie dwadzieścia generatorów.", "AID LTU>UKR"},
		{"pl", "Turcja zniosła zakaz importu ukraińskiego zboża.", "CONCEDE TUR>UKR"},
		{"pl", "Polska wydaliła dwóch białoruskich dyplomatów.", "COERCE POL>BLR"},
	} {
		if got := describe(analyse(c.lang, "2024-05-10", c.body)); !hasEvent(got, c.want) {
			t.Errorf("%s %q: got %v, want %s", c.lang, c.body, got, c.want)
		}
	}
}

// TestObjectTriggersNoEvent: a general verb with an object that makes no
// event (a letter, credentials, a chairmanship) stays no event.
func TestObjectTriggersNoEvent(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "The Maltese ambassador handed over a letter to the Libyan foreign minister on Monday."},
		{"en", "Malta handed over the chairmanship of the group to Libya."},
		{"fr", "L'ambassadeur de Malte a remis ses lettres de créance au président libyen."},
		{"it", "L'ambasciatore libico ha consegnato le credenziali al presidente maltese."},
		{"es", "El embajador de Colombia entregó sus cartas credenciales al presidente de Haití."},
		{"pt", "O embaixador de Portugal entregou uma carta ao presidente de Moçambique."},
		{"de", "Der deutsche Botschafter übergab dem ukrainischen Präsidenten sein Beglaubigungsschreiben."},
		{"nl", "De Nederlandse ambassadeur overhandigde de Oekraïense president zijn geloofsbrieven."},
		{"ru", "Посол Германии вручил верительные грамоты президенту Украины."},
		{"uk", "Посол Німеччини вручив вірчі грамоти президентові України."},
		{"pl", "Ambasador Polski przekazał prezydentowi Ukrainy list uwierzytelniający."},
	} {
		for _, d := range describe(analyse(c.lang, "2024-05-10", c.body)) {
			if strings.HasPrefix(d, "AID") || strings.HasPrefix(d, "CONCEDE") || strings.HasPrefix(d, "COERCE") {
				t.Errorf("%s %q: got %s", c.lang, c.body, d)
			}
		}
	}
}
