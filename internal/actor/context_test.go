package actor

import (
	"slices"
	"testing"

	"chancery/internal/news"
	"chancery/internal/text"
)

// The sentences below are written for these tests; the people are
// invented.

// TestRoleTail covers what may stand between a role and the name it
// introduces: a state's formal name ("Republic of…"), a ministry's long
// portfolio, honorifics, an apposed title, an "of" phrase.
func TestRoleTail(t *testing.T) {
	for _, w := range []want{
		{lang: "fr", text: "La ministre d'État aux Affaires étrangères de la République du Sénégal, Awa Mbaye Seck, a ouvert le forum jeudi.",
			countries: []string{"SEN"}, persons: []string{"Awa Mbaye Seck|SEN|foreign minister"}},
		{lang: "fr", text: "Le Ministre des Relations Extérieures de la République du Gabon, Son Excellence Monsieur Paul Mba Ondo, s'est entretenu vendredi à Libreville avec Son Excellence Monsieur Hans Keller, Ambassadeur Extraordinaire et Plénipotentiaire de la République fédérale d'Allemagne.",
			countries: []string{"GAB", "DEU"}, persons: []string{"Paul Mba Ondo|GAB|foreign minister", "Hans Keller|DEU|ambassador"}},
		{lang: "ru", text: "Министр иностранных дел Республики Казахстан Ерлан Садыков провел переговоры в Астане.",
			countries: []string{"KAZ"}, persons: []string{"Ерлан Садыков|KAZ|foreign minister"}},
		{lang: "ru", text: "Глава МИД провел переговоры с министром международного сотрудничества Индии Раджем Мехтой.",
			countries: []string{"IND"}, persons: []string{"Раджем Мехтой|IND|minister"}},
		{lang: "en", text: "The Foreign Minister of the Republic of Ghana, Kofi Asare, arrived in Accra.",
			countries: []string{"GHA"}, persons: []string{"Kofi Asare|GHA|foreign minister"}},
		{lang: "es", text: "La canciller viajará con el ministro de Industria, Comercio y Turismo, Pablo Herrera Soto, a Lima.",
			persons: []string{"Pablo Herrera Soto"}},
		{lang: "es", text: "La reunión incluye al ministro de Minería, Energía e Hidrocarburos, Julio Campos, en Quito.",
			persons: []string{"Julio Campos"}},
		{lang: "fr", text: "Le chef d'état-major des armées maliennes, le général Oumar Sangaré, a passé les troupes en revue.",
			countries: []string{"MLI"}, persons: []string{"Oumar Sangaré|MLI"}},
		{lang: "de", text: "Man habe um Zugang gebeten, sagte eine Sprecherin des Ministeriums, Petra Lindholm.",
			persons: []string{"Petra Lindholm||spokesperson"}},
		{lang: "en", text: "The talks were chaired by H.E. Mr. Omar Al-Rashidi, the Emirati envoy.",
			countries: []string{"ARE"}, persons: []string{"Omar Al-Rashidi|ARE|ambassador"}},
		{lang: "de", text: "Die Verteidigerin in Hamburg, Jana Kröger, sagte der Zeitung, ihr Mandant sei unschuldig.",
			persons: []string{"Jana Kröger"}},
		{lang: "de", text: "Geschäftsführer Tobias Wendt rechnet mit neuen Aufträgen.",
			persons: []string{"Tobias Wendt||executive"}},
		{lang: "es", text: "El jefe de la misión del FMI, Lars Nyberg, concluyó su visita a Quito.",
			persons: []string{"Lars Nyberg||head"}, orgs: []string{"IMF"}},
	} {
		check(t, w)
	}
}

// TestNoFalseTail: a verb or a preposition ends a role, and so does a
// participle after an indefinite role.
// person says whether the name is a person (with no role) or no person.
func TestNoFalseTail(t *testing.T) {
	for _, c := range []struct {
		lang, text, name string
		person           bool
	}{
		{"en", "He met the president in Kyiv, Olaf Berger said.", "Olaf Berger", true},
		{"fr", "Questionné sur la situation d'un chercheur turc emprisonné depuis mars, Thomas Weber a déclaré suivre le dossier de près.", "Thomas Weber", true},
		{"de", "Die Chefdiplomaten beider Staaten beschlossen, die Visaregeln zu lockern.", "Visaregeln", false},
	} {
		a := analyse(c.lang, c.text)
		for _, e := range a.Analysis.Entities {
			if e.Kind == news.KindPerson && e.Name == c.name && len(e.Roles) > 0 {
				t.Errorf("%q: got person %q with roles %v", c.text, e.Name, e.Roles)
			}
			if e.Kind == news.KindPerson && e.Name == c.name && !c.person {
				t.Errorf("%q: got person %q", c.text, e.Name)
			}
		}
	}
}

// analyseTitled is analyse with a title and a dateline.
func analyseTitled(lang, title, dateline, body string) *news.Article {
	a := &news.Article{Lang: lang, Title: title, Dateline: dateline, Body: body}
	a.Analysis = &news.Analysis{Sentences: text.Split(lang, body)}
	Find(a)
	return a
}

// TestContextCountry covers persons whose state no phrase names: the
// state comes from the article's context.
func TestContextCountry(t *testing.T) {
	for _, c := range []struct {
		lang, title, dateline, body string
		name, country               string
	}{
		// The sentence before names the state; the object after the
		// verb is the other side.
		{"es", "Paraguay reclama a Argentina por el cierre del puente", "",
			"Argentina cerró el puente internacional a los camiones, lo que irritó a la Cancillería paraguaya. El canciller Hugo Cardozo Sosa exigió el jueves a Argentina la reapertura inmediata.",
			"Hugo Cardozo Sosa", "PRY"},
		// A possessive role refers to the subject of the sentence before.
		{"fr", "N'Djamena accuse Khartoum", "",
			"Le Tchad a accusé le Soudan jeudi. Le gouvernement soudanais a démenti ces allégations. Son porte-parole, Khalid Idris, a parlé de mensonges.",
			"Khalid Idris", "SDN"},
		// A role's wording belongs to one state.
		{"en", "UK protests over arrests of reporters in Serbia", "",
			"Serbian police detained journalists in Belgrade. Serbia's interior ministry defended the arrests. \"These detentions are unacceptable,\" Foreign Secretary Alan Hurst said of the Serbian arrests.",
			"Alan Hurst", "GBR"},
		// The article's language leans to its own state.
		{"it", "Energia, protocollo tra Roma e Podgorica", "",
			"Il ministro degli Esteri Marco Ferri e il collega montenegrino Nikola Vuković hanno siglato a Podgorica un protocollo sull'energia. Il Montenegro e l'Italia collaboreranno.",
			"Marco Ferri", "ITA"},
		// The one state the sentence names before the person.
		{"en", "", "",
			"Nadia Rahal, who landed in Jakarta on Monday, is scheduled to see Trade Minister Agus Wibowo before flying on to Manila. Indonesia and Morocco signed a fisheries deal.",
			"Agus Wibowo", "IDN"},
		// A role without a name ends one sentence; the name opens the next.
		{"en", "", "",
			"Shelling damaged a water station overnight, the governor of the Kharkiv region said. Serhiy Lytvyn said repairs had begun.",
			"Serhiy Lytvyn", "UKR"},
		// A counterpart serves the other state.
		{"de", "", "",
			"Österreichs Außenministerin Klara Brunner traf ihre Amtskollegin Maja Horvat in Zagreb.",
			"Maja Horvat", "HRV"},
		// An aide serves the state of the person whose aide they are,
		// not the state named last.
		{"en", "", "",
			"German Chancellor Olaf Bremer met French President Paul Girard in Berlin. Bremer's spokesman Jan Vogler said the talks went well.",
			"Jan Vogler", "DEU"},
		{"en", "", "",
			"Russian Foreign Minister Pavel Orlov met Hungary's foreign minister in Moscow. Orlov's spokeswoman Oksana Demina said the talks were useful.",
			"Oksana Demina", "RUS"},
		{"de", "", "",
			"Bundeskanzler Olaf Bremer traf den französischen Präsidenten Paul Girard. Bremers Sprecher Jan Vogler sagte, die Gespräche seien gut verlaufen.",
			"Jan Vogler", "DEU"},
		{"de", "", "",
			"Der französische Präsident Paul Girard traf Bundeskanzler Olaf Bremer. Girards Sprecher Luc Moreau sagte, die Gespräche seien gut verlaufen.",
			"Luc Moreau", "FRA"},
		// An office held in one state is taken there: a second defence
		// minister serves the other state the article is about.
		{"pt", "Malaui retira tropas; Moçambique reforça fronteira", "",
			"O Malaui retirou tropas da fronteira com a Zâmbia, anunciou o ministro da Defesa malauiano, general Peter Banda. A Zâmbia pôs as suas forças em alerta e acusou Lilongwe. Moçambique também reagiu. Na quarta-feira, a ministra da Defesa, Helena Moura, enviou 300 militares para Tete.",
			"Helena Moura", "MOZ"},
		// An organization in the genitive after the role: its official,
		// of no state.
		{"ru", "", "",
			"Тегеран осудил решение. Глава дипломатии ЕС Анна Линдхольм назвала санкции вынужденной мерой.",
			"Анна Линдхольм", ""},
		// Dutch.
		{"nl", "Nederlands fregat terug uit de Middellandse Zee", "",
			"Minister van Defensie Anne de Groot ontving de bemanning in Den Helder. Nederland blijft de missie steunen.",
			"Anne de Groot", "NLD"},
	} {
		a := analyseTitled(c.lang, c.title, c.dateline, c.body)
		var got *news.Entity
		for i, e := range a.Analysis.Entities {
			if e.Kind == news.KindPerson && (e.Name == c.name || slices.Contains(e.Aliases, c.name)) {
				got = &a.Analysis.Entities[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no person %q in %+v", c.body, c.name, a.Analysis.Entities)
			continue
		}
		if got.Country != c.country {
			t.Errorf("%q: %s country %q, want %q", c.body, c.name, got.Country, c.country)
		}
	}
}

// TestInstitutions: bodies that name one state, and UN agencies.
func TestInstitutions(t *testing.T) {
	for _, w := range []want{
		{lang: "de", text: "Das Auswärtige Amt bestellte den Botschafter ein.", countries: []string{"DEU"}, orgs: []string{"DEU"}},
		{lang: "en", text: "MEA spokesperson Ravi Kulkarni said visas would resume.", countries: []string{"IND"}, persons: []string{"Ravi Kulkarni|IND|spokesperson"}},
		{lang: "en", text: "The UN refugee agency and UNICEF appealed for funds.", orgs: []string{"UN"}},
		{lang: "es", text: "La Casa Rosada respondió a las críticas.", countries: []string{"ARG"}},
		{lang: "nl", text: "Een meerderheid in de Tweede Kamer steunde het voorstel.", countries: []string{"NLD"}},
	} {
		check(t, w)
	}
	// "the Security Council of Kazakhstan" is Kazakhstan's, not the UN's;
	// a role before it serves Kazakhstan.
	for _, c := range []struct{ lang, text, name string }{
		{"en", "He met Aslan Bekov, the secretary of the Security Council of Kazakhstan, in Vienna.", "Aslan Bekov"},
		{"pl", "Sekretarz Rady Bezpieczeństwa Kazachstanu gen. mjr Asłan Bekow spotkał się w Astanie z ambasadorem Polski.", "Asłan Bekow"},
		// owned by a possessive or a demonym before it; the plain role
		// "secretary" introduces the name
		{"en", "Kazakhstan's Security Council secretary Aslan Bekov warned of drone smuggling.", "Aslan Bekov"},
		{"en", "The Kazakh Security Council secretary, Aslan Bekov, warned of drone smuggling.", "Aslan Bekov"},
		{"en", "The secretary of the Security Council of Kazakhstan, Aslan Bekov, warned of drone smuggling.", "Aslan Bekov"},
	} {
		a := analyse(c.lang, c.text)
		for _, m := range a.Analysis.Actors {
			if m.Code == "UN" {
				t.Errorf("%s: Security Council of Kazakhstan read as the UN: %+v", c.lang, m)
			}
		}
		for _, e := range a.Analysis.Entities {
			if e.Name == "United Nations" {
				t.Errorf("%s: Kazakhstan's council is an entity named the UN's: %+v", c.lang, e)
			}
		}
		check(t, want{lang: c.lang, text: c.text, persons: []string{c.name + "|KAZ|"}})
	}
	// An acronym names the organization itself, whoever's envoy it is.
	a := analyse("en", "Russia's UN envoy Pavel Orlov called for a vote in the Security Council.")
	un := false
	for _, m := range a.Analysis.Actors {
		un = un || m.Code == "UN"
	}
	if !un {
		t.Errorf("\"Russia's UN envoy\": the UN lost: %+v", a.Analysis.Actors)
	}
}

// TestArmyActsForItsState: a state's army is that state's organ, named by a
// genitive, an adjective or a possessive.
func TestArmyActsForItsState(t *testing.T) {
	for _, w := range []want{
		{lang: "de", text: "Die Armee Äthiopiens meldete am Morgen Kämpfe im Norden.", orgs: []string{"ETH"}},
		{lang: "en", text: "The Malian army said it had repelled the attack.", orgs: []string{"MLI"}},
		{lang: "fr", text: "L'armée malienne a repoussé l'attaque.", orgs: []string{"MLI"}},
	} {
		check(t, w)
	}
}

// TestPlaceFormsOfOneLanguage: a place form restricted to a language
// ("Seul/pt", "Seúl/es") is no place in another, where it is a common word
// (French "seul", alone).
func TestPlaceFormsOfOneLanguage(t *testing.T) {
	a := analyse("fr", "Seul le Mali a rejeté la proposition de la France.")
	for _, c := range a.Analysis.Countries {
		if c == "KOR" {
			t.Errorf("French \"Seul\" read as Seoul: %v", a.Analysis.Countries)
		}
	}
	b := analyse("pt", "O Brasil e o Japão assinaram um acordo em Seul.")
	found := false
	for _, m := range b.Analysis.Actors {
		found = found || m.Code == "KOR"
	}
	if !found {
		t.Errorf("Portuguese \"Seul\" not read as Seoul: %+v", b.Analysis.Actors)
	}
}

// TestArticleAcronyms: an acronym the article defines for a state's
// institution stands for that state where it is used again.
func TestArticleAcronyms(t *testing.T) {
	a := analyse("en", "Gunmen fired on a post of the Belize Defence Force (BDF) on Monday. The BDF said its patrols would go on.")
	n := 0
	for _, m := range a.Analysis.Actors {
		if m.Code == "BLZ" && m.Text == "BDF" {
			n++
		}
	}
	if n == 0 {
		t.Errorf("BDF not read as Belize's: %+v", a.Analysis.Actors)
	}
}

// TestTurkishFormsStayTurkish: a Turkish demonym ("Iraklı", folded irakli)
// is no state in another language's text, where it is a given name.
func TestTurkishFormsStayTurkish(t *testing.T) {
	check(t, want{lang: "de", text: "In Tiflis eröffnete Ministerpräsident Irakli Dolidze eine neue Brücke.", persons: []string{"Irakli Dolidze"}, not: []string{"IRQ"}})
}

// TestEuropeanCommissionInRussian: "Президент Европейской комиссии X"
// serves the EU, not Russia, the home state of Russian text.
func TestEuropeanCommissionInRussian(t *testing.T) {
	check(t, want{lang: "ru", text: "Президент Европейской комиссии Анук ван ден Гейвел в среду обсудила в Кишиневе с президентом Молдавии поставки газа.", orgs: []string{"EU"}})
	a := analyse("ru", "Президент Европейской комиссии Анук ван ден Гейвел в среду обсудила в Кишиневе с президентом Молдавии поставки газа.")
	for _, e := range a.Analysis.Entities {
		if e.Kind == news.KindPerson && e.Country == "RUS" {
			t.Errorf("got %+v: the Commission's president filed under Russia", e)
		}
	}
}
