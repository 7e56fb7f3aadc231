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
		{"en", "Italy handed over six patrol boats to the Tunisian National Guard on Monday.", "AID ITA>TUN"},
		{"en", "Germany donated twelve autotransformers to Ukraine.", "AID DEU>UKR"},
		{"en", "The Tunisian coast guard seized an Italian trawler off Sfax on Tuesday.", "COERCE TUN>ITA"},
		{"en", "Tunisia released the crew of the Italian fishing boat on Friday.", "CONCEDE TUN>ITA"},
		{"en", "Japan lifted its ban on imports of Chinese rice.", "CONCEDE JPN>CHN"},
		{"en", "Russia banned imports of Moldovan wine.", "SANCTION RUS>MDA"},
		{"en", "Italian Defence Minister Paolo Ferri handed over four ambulances to Tunisia on Monday.", "AID ITA>TUN"},
		{"en", "Poland expelled two Belarusian diplomats on Thursday.", "COERCE POL>BLR"},
		{"fr", "L'Italie a remis six vedettes à la Garde nationale tunisienne.", "AID ITA>TUN"},
		{"fr", "Les garde-côtes tunisiens ont arraisonné un chalutier italien au large de Sfax.", "COERCE TUN>ITA"},
		{"fr", "Les douze marins italiens ont été relâchés par les autorités tunisiennes.", "CONCEDE TUN>ITA"},
		{"fr", "La Tunisie a libéré l'équipage du chalutier italien.", "CONCEDE TUN>ITA"},
		{"fr", "Le Japon a levé l'interdiction des importations de riz chinois.", "CONCEDE JPN>CHN"},
		{"fr", "La Russie a interdit les importations de vin moldave.", "SANCTION RUS>MDA"},
		{"fr", "Le ministre Paul Mercier a annoncé que la France avait livré douze générateurs à l'Ukraine.", "AID FRA>UKR"},
		{"fr", "Le Maroc a levé les restrictions sur les importations de blé français.", "CONCEDE MAR>FRA"},
		{"it", "L'Italia ha consegnato alle autorità tunisine sei motovedette.", "AID ITA>TUN"},
		{"it", "La Guardia costiera tunisina ha sequestrato un motopeschereccio italiano.", "COERCE TUN>ITA"},
		{"it", "Le autorità tunisine hanno rilasciato l'equipaggio del peschereccio italiano.", "CONCEDE TUN>ITA"},
		{"it", "I pescatori italiani sono stati rilasciati dalle autorità tunisine.", "CONCEDE TUN>ITA"},
		{"it", "La Russia ha vietato le importazioni dalla Moldavia.", "SANCTION RUS>MDA"},
		{"it", "Il ministro Paolo Ferri ha annunciato che l'Italia ha donato quattro ambulanze alla Tunisia.", "AID ITA>TUN"},
		{"it", "La Tunisia ha revocato il divieto sulle importazioni di grano italiano.", "CONCEDE TUN>ITA"},
		{"es", "México entregó a Guatemala un donativo de 40 toneladas de alimentos.", "AID MEX>GTM"},
		{"es", "La Armada de Argentina apresó un pesquero chino.", "COERCE ARG>CHN"},
		{"es", "Argentina liberó a la tripulación del pesquero chino.", "CONCEDE ARG>CHN"},
		{"es", "Los pescadores chinos fueron liberados por las autoridades argentinas.", "CONCEDE ARG>CHN"},
		{"es", "Rusia prohibió las importaciones de vino moldavo.", "SANCTION RUS>MDA"},
		{"es", "El canciller Julián Ortega anunció que España donó cinco ambulancias a Marruecos.", "AID ESP>MAR"},
		{"es", "Marruecos levantó el veto a las importaciones de tomates españoles.", "CONCEDE MAR>ESP"},
		{"pt", "Portugal entregou a Moçambique seis lanchas de patrulha.", "AID PRT>MOZ"},
		{"pt", "O Japão doou ao Brasil cinco ambulâncias.", "AID JPN>BRA"},
		{"pt", "A Marinha de Angola apreendeu um pesqueiro chinês.", "COERCE AGO>CHN"},
		{"pt", "Angola libertou a tripulação do pesqueiro chinês.", "CONCEDE AGO>CHN"},
		{"pt", "A Rússia proibiu as importações de vinho moldavo.", "SANCTION RUS>MDA"},
		{"pt", "O Brasil levantou o embargo às importações de carne argentina.", "CONCEDE BRA>ARG"},
		{"pt", "Angola libertou os pescadores chineses detidos em março.", "CONCEDE AGO>CHN"},
		{"de", "Deutschland übergab der Ukraine zwölf Transformatoren.", "AID DEU>UKR"},
		{"de", "Deutschland hat der Ukraine zwölf Transformatoren übergeben.", "AID DEU>UKR"},
		{"de", "Die tunesische Küstenwache hat einen italienischen Fischkutter beschlagnahmt.", "COERCE TUN>ITA"},
		{"de", "Tunesien ließ die italienischen Fischer am Freitag frei.", "CONCEDE TUN>ITA"},
		{"de", "Russland verbot die Einfuhr von moldauischem Wein.", "SANCTION RUS>MDA"},
		{"de", "Die Ukraine erhielt von Deutschland keine Hilfe, aber Polen lieferte der Ukraine fünf Krankenwagen.", "AID POL>UKR"},
		{"de", "Die Türkei hob das Einfuhrverbot für russischen Weizen auf.", "CONCEDE TUR>RUS"},
		{"nl", "Nederland overhandigde Oekraïne twaalf transformatoren.", "AID NLD>UKR"},
		{"nl", "Nederland heeft Oekraïne twaalf transformatoren geleverd.", "AID NLD>UKR"},
		{"nl", "De Tunesische kustwacht heeft een Italiaanse kotter in beslag genomen.", "COERCE TUN>ITA"},
		{"nl", "Tunesië liet de Italiaanse vissers vrijdag vrij.", "CONCEDE TUN>ITA"},
		{"nl", "Rusland verbood de invoer van Moldavische wijn.", "SANCTION RUS>MDA"},
		{"nl", "België schonk Oekraïne vier ambulances.", "AID BEL>UKR"},
		{"nl", "Rusland hief het invoerverbod op Nederlandse bloemen op.", "CONCEDE RUS>NLD"},
		{"ru", "Германия передала Украине двенадцать автотрансформаторов.", "AID DEU>UKR"},
		{"ru", "Тунисские пограничники задержали итальянское рыболовецкое судно.", "COERCE TUN>ITA"},
		{"ru", "Власти Туниса освободили итальянских моряков.", "CONCEDE TUN>ITA"},
		{"ru", "Россия запретила ввоз молдавского вина.", "SANCTION RUS>MDA"},
		{"ru", "Министр Олег Сорокин сообщил, что Россия поставила Сербии шесть вертолетов.", "AID RUS>SRB"},
		{"ru", "Турция сняла запрет на ввоз российской пшеницы.", "CONCEDE TUR>RUS"},
		{"ru", "Польша выслала двух белорусских дипломатов.", "COERCE POL>BLR"},
		{"uk", "Німеччина передала Україні дванадцять автотрансформаторів.", "AID DEU>UKR"},
		{"uk", "Туніські прикордонники затримали італійське рибальське судно.", "COERCE TUN>ITA"},
		{"uk", "Туніс звільнив італійських моряків.", "CONCEDE TUN>ITA"},
		{"uk", "Росія заборонила ввезення молдовського вина.", "SANCTION RUS>MDA"},
		{"uk", "Литва відправила Україні двадцять генераторів.", "AID LTU>UKR"},
		{"uk", "Туреччина зняла заборону на ввезення українського зерна.", "CONCEDE TUR>UKR"},
		{"pl", "Polska przekazała Ukrainie dwanaście autotransformatorów.", "AID POL>UKR"},
		{"pl", "Tunezyjska straż przybrzeżna zatrzymała włoski kuter rybacki.", "COERCE TUN>ITA"},
		{"pl", "Tunezja uwolniła włoskich rybaków.", "CONCEDE TUN>ITA"},
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
		{"en", "The Italian ambassador handed over a letter to the Tunisian foreign minister on Monday."},
		{"en", "Italy handed over the chairmanship of the group to Tunisia."},
		{"fr", "L'ambassadeur d'Italie a remis ses lettres de créance au président tunisien."},
		{"it", "L'ambasciatore tunisino ha consegnato le credenziali al presidente italiano."},
		{"es", "El embajador de México entregó sus cartas credenciales al presidente de Guatemala."},
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
