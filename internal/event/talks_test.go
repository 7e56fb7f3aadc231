package event_test

// Through the real stages (text.Split, actor.Find, event.Extract); every
// sentence is fictional and written for these tests.

import (
	"slices"
	"strings"
	"testing"

	"chancery/internal/actor"
	"chancery/internal/event"
	"chancery/internal/news"
	"chancery/internal/text"
)

// TestPairTalks: talks that name no party, right after a pair's first act
// together, are that pair's; a list of meetings is no meeting.
func TestPairTalks(t *testing.T) {
	for _, c := range []struct {
		lang, body string
		want       string // an event that must be there ("" for none of CONSULT)
	}{
		{"it", "Il ministro degli Esteri polacco Marek Nowicki e il suo omologo ucraino Ostap Hnatiuk hanno firmato ieri a Varsavia un accordo sui valichi. La firma è arrivata al termine di un colloquio di oltre tre ore nella sede del ministero.",
			"CONSULT POL,UKR 2024-03-14 in Warsaw"},
		{"uk", "Міністр закордонних справ України Остап Гнатюк і глава польської дипломатії Марек Новицький вчора у Варшаві підписали угоду про митний контроль. Підписанню передували понад тригодинні переговори в будівлі міністерства.",
			"CONSULT POL,UKR 2024-03-14 in Warsaw"},
		{"es", "Panamá y Costa Rica firmaron el viernes un acuerdo sobre la frontera. El texto tardó once años de borradores y reuniones técnicas.",
			""},
	} {
		got := describe(analyse(c.lang, "2024-03-15", c.body))
		var consults []string
		for _, d := range got {
			if strings.HasPrefix(d, "CONSULT") {
				consults = append(consults, d)
			}
		}
		switch {
		case c.want == "" && len(consults) > 0:
			t.Errorf("%s: got %v, want no meeting", c.lang, consults)
		case c.want != "" && !hasEvent(got, c.want):
			t.Errorf("%s: got %v, want %s", c.lang, got, c.want)
		}
	}
}

// TestAcronymNoFunctionWord: an organization written in capitals is a
// name even where its letters spell a function word (WHO, "who").
func TestAcronymNoFunctionWord(t *testing.T) {
	got := describe(analyse("en", "2024-01-24", "Bolivia asked the WHO for help on Monday."))
	if !hasEvent(got, "REQUEST BOL>WHO") {
		t.Errorf("got %v, want REQUEST BOL>WHO", got)
	}
}

// TestPastVerbNextDay: a verb in the past dated the day after publication
// happened where the day had already come; two days on, or a verb without
// tense, is an announcement.
func TestPastVerbNextDay(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"O presidente brasileiro Paulo Rezende e o primeiro-ministro do Japão, Kenji Arai, assinaram nesta quarta-feira (5), pelo horário de Tóquio, onze acordos bilaterais.",
			"AGREE BRA,JPN 2024-06-05"},
		{"O presidente brasileiro Paulo Rezende e o primeiro-ministro do Japão, Kenji Arai, vão assinar na quinta-feira (6) onze acordos bilaterais.",
			"AGREE BRA,JPN future 2024-06-06"},
	} {
		got := describe(analyse("pt", "2024-06-04", c.body))
		if !hasEvent(got, c.want) {
			t.Errorf("%.60s: got %v, want %s", c.body, got, c.want)
		}
	}
}

// TestInstitutionSpeaks: "В МИД России заявили, что …" — an institution in
// the locative phrase a sentence opens with, before an impersonal speech
// verb, is who speaks; a city after it stays a place. And Ukrainian ґ
// reads as г ("нон ґрата").
func TestInstitutionSpeaks(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"ru", "В посольстве России в Кишиневе заявили, что этот недружественный шаг не останется без ответа.", "THREATEN RUS>MDA"},
		{"uk", "У посольстві Росії в Кишиневі заявили, що цей недружній крок не залишиться без відповіді.", "THREATEN RUS>MDA"},
		{"uk", "Міністерство закордонних справ Молдови сьогодні оголосило персонами нон ґрата двох співробітників посольства Росії.", "COERCE MDA>RUS 2024-02-28"},
	} {
		got := describe(analyse(c.lang, "2024-02-28", c.body))
		if !hasEvent(got, c.want) {
			t.Errorf("%.60s: got %v, want %s", c.body, got, c.want)
		}
	}
}

// TestDispatchedAid: dispatching supplies or a team of experts is aid;
// dispatching troops is not.
func TestDispatchedAid(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Japan dispatched a team of doctors and medical supplies to Peru on Monday.", "AID JPN>PER"},
		{"The World Health Organization is dispatching medical supplies to Bolivia.", "AID WHO>BOL"},
	} {
		got := describe(analyse("en", "2024-01-24", c.body))
		if !hasEvent(got, c.want) {
			t.Errorf("%q: got %v, want %s", c.body, got, c.want)
		}
	}
	for _, d := range describe(analyse("en", "2024-01-24", "Russia dispatched two battalions to the border on Monday.")) {
		if strings.HasPrefix(d, "AID") {
			t.Errorf("troops read as aid: %s", d)
		}
	}
}

// TestPairKeepsItsDay: talks the pair held, told after another act of a
// different day, keep the day the pair met or signed.
func TestPairKeepsItsDay(t *testing.T) {
	body := "Iran und Indien unterzeichneten am Dienstag in Teheran eine Vereinbarung über den Hafen.\n\n" +
		"Die neun Seeleute waren am Montag freigelassen worden. In Neu-Delhi hieß es, die Freilassung habe eine gute Atmosphäre für die Gespräche geschaffen."
	got := describe(analyse("de", "2025-04-16", body))
	for _, d := range got {
		if strings.HasPrefix(d, "CONSULT") && !strings.HasPrefix(d, "CONSULT IND,IRN 2025-04-15") {
			t.Errorf("got %s, want the talks on the day of the signing (2025-04-15)", d)
		}
	}
	if !hasEvent(got, "CONSULT IND,IRN 2025-04-15") {
		t.Errorf("got %v, want CONSULT IND,IRN 2025-04-15", got)
	}
}

// TestWherePlace: a place before ", where" is the place of what the clause
// after it tells, whatever preposition led to it; a trigger before the
// place is not placed there.
func TestWherePlace(t *testing.T) {
	got := describe(analyse("en", "2025-03-05", "Kazakhstan and Turkey held talks in Astana on Monday. The two foreign ministers then flew to Almaty, where they signed a memorandum on Tuesday."))
	for _, want := range []string{"CONSULT KAZ,TUR 2025-03-03 in Astana", "AGREE KAZ,TUR 2025-03-04 in Almaty"} {
		if !hasEvent(got, want) {
			t.Errorf("got %v, want %s", got, want)
		}
	}
}

// TestOpeningDate: a day the sentence opens with dates its main clause,
// not a day told inside it of something else.
func TestOpeningDate(t *testing.T) {
	got := describe(analyse("es", "2025-04-22", "Ayer, en la víspera de la cumbre de presidentes que se celebra hoy, el canciller argentino Tomás Ferrari y su par chilena Ana Rojas se reunieron durante tres horas y firmaron un acuerdo."))
	for _, want := range []string{"CONSULT ARG,CHL 2025-04-21", "AGREE ARG,CHL 2025-04-21"} {
		if !hasEvent(got, want) {
			t.Errorf("got %v, want %s", got, want)
		}
	}
}

// TestRecentDayInRelative: a recent day told in a relative clause of the
// lead ("X, who arrived in Kyiv on Thursday, met Y") is the story's day;
// a year there is background.
func TestRecentDayInRelative(t *testing.T) {
	got := describe(analyse("uk", "2025-03-21", "Міністр закордонних справ Японії Кендзі Арай, який у четвер прибув до Києва, зустрівся з міністром енергетики України Олегом Коваленком."))
	if !hasEvent(got, "CONSULT JPN,UKR 2025-03-20") {
		t.Errorf("got %v, want CONSULT JPN,UKR 2025-03-20", got)
	}
}

// TestWesternDirection: a singular Russian "западное" is a direction (the
// western border, the western region), not the West.
func TestWesternDirection(t *testing.T) {
	for _, d := range describe(analyse("ru", "2025-04-09", "Белоруссия перебросила дополнительные подразделения на западное направление.")) {
		if strings.Contains(d, "WEST") {
			t.Errorf("got %s: the western direction read as the West", d)
		}
	}
}

// TestRelativeClausePlace: a place told in a relative clause after the
// object ("a partnership, which provides for training in Freiberg") is no
// place of the signing; the story's place is.
func TestRelativeClausePlace(t *testing.T) {
	body := "Die deutsche Außenministerin Anna Keller hat am 12. Februar ihre mongolische Amtskollegin Saran Bold in Berlin empfangen. Im Anschluss an das Gespräch unterzeichneten die beiden Ministerinnen eine Absichtserklärung über eine Rohstoffpartnerschaft, die die Ausbildung von Ingenieuren in Freiberg und Aachen vorsieht."
	got := describe(analyse("de", "2025-02-13", body))
	if !hasEvent(got, "AGREE DEU,MNG 2025-02-12 in Berlin") {
		t.Errorf("got %v, want AGREE DEU,MNG 2025-02-12 in Berlin", got)
	}
}

// TestDialogueAfterNarration: a dash quote may open after a sentence of
// narration in the same paragraph.
func TestDialogueAfterNarration(t *testing.T) {
	a := analyse("pl", "2025-04-09", "Minister spraw zagranicznych Polski Jan Sternik odniósł się do tej decyzji krótko. – Wzmocnienie granicy to nasza odpowiedź na to, co dzieje się po drugiej stronie – stwierdził szef MSZ.")
	if len(a.Analysis.Quotes) == 0 || !strings.HasPrefix(a.Analysis.Quotes[0].Text, "Wzmocnienie granicy") {
		t.Errorf("quotes %+v, want the dialogue after the first sentence", a.Analysis.Quotes)
	}
}

// TestDayAfter: what happened "a day after" took place the day before the
// sentence's day.
func TestDayAfter(t *testing.T) {
	got := describe(analyse("en", "2025-04-11", "Tajik border units withdrew from two disputed posts on Friday, a day after delegations of Tajikistan and Kyrgyzstan agreed to separate their forces."))
	if !hasEvent(got, "AGREE KGZ,TJK 2025-04-10") {
		t.Errorf("got %v, want AGREE KGZ,TJK 2025-04-10", got)
	}
}

// TestNounOrVerb: a word that is a noun and a verb of one type reads as
// the noun after an article, capitalized in German, and where no subject
// stands before it.
func TestNounOrVerb(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"de", "Der polnische Außenminister Jan Nowak und sein ukrainischer Amtskollege Ostap Hnat unterzeichneten am Dienstag ein Abkommen. Bei einem Treffen am Vormittag hatten beide über die Grenze gesprochen.", "CONSULT POL,UKR"},
		{"it", "Il ministro degli Esteri polacco Marek Nowicki e il suo omologo ucraino Ostap Hnatiuk hanno firmato ieri a Varsavia un accordo sui valichi. La firma è arrivata al termine di un colloquio di oltre tre ore.", "CONSULT POL,UKR"},
	} {
		got := describe(analyse(c.lang, "2024-03-15", c.body))
		if !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.lang, got, c.want)
		}
	}
}

// TestArrivalPlace: the city a visitor arrived in is the place of the
// sentence's meeting, even told in a relative clause.
func TestArrivalPlace(t *testing.T) {
	got := describe(analyse("uk", "2025-03-21", "Міністр закордонних справ Японії Кендзі Арай, який у четвер прибув до Києва, зустрівся з міністром енергетики України Олегом Коваленком."))
	if !hasEvent(got, "CONSULT JPN,UKR 2025-03-20 in Kyiv") {
		t.Errorf("got %v, want CONSULT JPN,UKR 2025-03-20 in Kyiv", got)
	}
}

// TestTradeConcession: lifting or scrapping a duty is a concession.
func TestTradeConcession(t *testing.T) {
	got := describe(analyse("en", "2025-03-13", "Ankara scraps steel safeguard duty on Korean imports."))
	if !hasEvent(got, "CONCEDE TUR>KOR") {
		t.Errorf("got %v, want CONCEDE TUR>KOR", got)
	}
}

// TestRelationsTopic: "in the relations of Kyiv and Warsaw" is a topic, no
// place of an event.
func TestRelationsTopic(t *testing.T) {
	body := "Міністр закордонних справ України Олег Бондар у п'ятницю провів переговори з міністром закордонних справ Польщі Яном Ковалем. Сторони також обговорили транзит українського зерна. Питання ексгумацій роками залишалося одним із найчутливіших у відносинах Києва та Варшави."
	for _, d := range describe(analyse("uk", "2025-10-18", body)) {
		if strings.Contains(d, "in Kyiv") || strings.Contains(d, "in Warsaw") {
			t.Errorf("got %s: a place from 'in the relations of'", d)
		}
	}
}

// TestSpokeOf: "X spoke of «…»" quotes X.
func TestSpokeOf(t *testing.T) {
	a := analyse("it", "2024-03-15", "Il ministro degli Esteri polacco Jan Nowak e il suo omologo ucraino Ostap Hnat hanno firmato ieri un accordo. Hnat ha parlato di «una risposta pratica a un problema su cui la politica ha litigato troppo a lungo».")
	got := quoteSpeakers(a)
	if !slices.ContainsFunc(got, func(q string) bool { return strings.HasSuffix(q, "=Ostap Hnat") }) {
		t.Errorf("quotes %v, want one of Ostap Hnat", got)
	}
}

// TestTwoStopsOfATour: an envoy's talks in Muscat on Tuesday and in Cairo
// on Wednesday are two meetings, though the lead named both hosts.
func TestTwoStopsOfATour(t *testing.T) {
	body := "China's special envoy Li Wen held talks with Omani and Egyptian officials this week. On Tuesday he met Omani Deputy Foreign Minister Said al-Harthi in Muscat. On Wednesday he met Egyptian Deputy Defence Minister Karim Nabil in Cairo."
	got := describe(analyse("en", "2025-02-20", body))
	var cairo bool
	for _, d := range got {
		if strings.HasPrefix(d, "CONSULT CHN,EGY 2025-02-19") {
			cairo = true
		}
		if strings.HasPrefix(d, "CONSULT") && strings.Contains(d, "EGY") && strings.Contains(d, "OMN") && strings.Contains(d, "2025-02-19") {
			t.Errorf("got %s: the Cairo meeting merged with the Muscat one", d)
		}
	}
	if !cairo {
		t.Errorf("got %v, want CONSULT CHN,EGY 2025-02-19", got)
	}
}

// hasEvent reports whether one of the described events starts with want.
func hasEvent(got []string, want string) bool {
	return slices.ContainsFunc(got, func(d string) bool { return strings.HasPrefix(d, want) })
}

// TestDeclinedToComment: refusing to comment or to confirm rejects nothing.
func TestDeclinedToComment(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "The Chinese foreign ministry refused to comment on Oman's proposal on Tuesday."},
		{"ru", "Официальный представитель МИД Китая отказался уточнять, когда начнутся новые переговоры с Оманом."},
		{"fr", "Le ministère chinois des Affaires étrangères a refusé de commenter la proposition d'Oman."},
		{"pl", "Rzecznik chińskiego MSZ odmówił komentarza w sprawie propozycji Omanu."},
	} {
		for _, d := range describe(analyse(c.lang, "2025-02-20", c.body)) {
			if strings.HasPrefix(d, "REJECT") {
				t.Errorf("%s: got %s from a refusal to comment", c.lang, d)
			}
		}
	}
}

// TestWasDueTo: talks someone "was due to" fly on to are planned, not held.
func TestWasDueTo(t *testing.T) {
	body := "Chinese envoy Li Wen met Kuwaiti officials in Kuwait City on Tuesday. Li was due to travel to Amman on Wednesday for talks with Jordanian officials, the embassy said."
	for _, d := range describe(analyse("en", "2025-02-19", body)) {
		if strings.HasPrefix(d, "CONSULT CHN,JOR") && !strings.Contains(d, "future") {
			t.Errorf("got %s, want the Cairo talks as future", d)
		}
	}
}

// TestTopicPlace: the place of what was discussed ("обсудили ситуацию в
// секторе Газа") is not where the talks were.
func TestTopicPlace(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"ru", "Спецпосланник Китая Ли Вэнь во вторник провел переговоры в Маскате с заместителем министра иностранных дел Омана Саидом аль-Харти. Стороны обсудили ситуацию в Судане и перемирие в Газе."},
		{"pl", "Specjalny wysłannik Chin Li Wen we wtorek rozmawiał w Maskacie z wiceministrem spraw zagranicznych Omanu Saidem al-Harthim. Rozmawiali o sytuacji w Strefie Gazy."},
	} {
		got := describe(analyse(c.lang, "2025-02-19", c.body))
		for _, d := range got {
			if strings.Contains(d, "in Gaza") {
				t.Errorf("%s: got %s: the topic's place", c.lang, d)
			}
		}
		if !hasEvent(got, "CONSULT CHN,OMN 2025-02-18 in Muscat") {
			t.Errorf("%s: got %v, want CONSULT CHN,OMN 2025-02-18 in Muscat", c.lang, got)
		}
	}
}

// TestAgentAdjective: the demonym that qualifies an act's noun is who
// acted, not the subject of the clause; a Slavic adjective after the noun
// opens its object.
func TestAgentAdjective(t *testing.T) {
	for _, c := range []struct{ lang, body, bad, want string }{
		{"ru", "Канадская сторона отправила Украине восемь автотрансформаторов для ремонта станций, поврежденных в результате российских обстрелов.", "ASSAULT CAN", ""},
		{"uk", "Це вже друга висилка російських консулів із Грузії за рік.", "COERCE RUS", ""},
		{"ru", "Российские ракетные удары по Харькову продолжались всю ночь.", "", "ASSAULT RUS>UKR"},
		{"en", "Russian drone strikes on Odesa continued through the night.", "", "ASSAULT RUS>UKR"},
	} {
		got := describe(analyse(c.lang, "2025-03-21", c.body))
		if c.bad != "" && hasEvent(got, c.bad) {
			t.Errorf("%s: got %v, want no %s", c.lang, got, c.bad)
		}
		if c.want != "" && !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.lang, got, c.want)
		}
	}
}

// TestLetterTo: "in a letter to X" names whom a request went to, not a
// place.
func TestLetterTo(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"en", "The Peruvian health minister, Rosa Quispe, formally asked for help with the outbreak on Monday in a letter to WHO headquarters."},
		{"ru", "Министр здравоохранения Перу Роса Киспе в понедельник попросила о помощи в письме в штаб-квартиру ВОЗ."},
	} {
		got := describe(analyse(c.lang, "2024-01-24", c.body))
		if !hasEvent(got, "REQUEST PER>WHO") {
			t.Errorf("%s: got %v, want REQUEST PER>WHO", c.lang, got)
		}
	}
}

// TestAidToACity: aid sent to a city, past the list of what was sent, went
// to its state.
func TestAidToACity(t *testing.T) {
	body := "L'Organizzazione mondiale della sanità ha accolto martedì l'appello del Perù: l'organizzazione ha inviato due medici, tre infermieri e un secondo carico di materiale sanitario ad Arequipa, dove l'epidemia è più grave."
	got := describe(analyse("it", "2024-01-25", body))
	if !hasEvent(got, "AID WHO>PER") {
		t.Errorf("got %v, want AID WHO>PER", got)
	}
}

// TestProtestAtAMinistry: people who protested outside a ministry, with no
// place of their own, did so where the story is, and are of that state; a
// protest noun of something planned is no protest.
func TestProtestAtAMinistry(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"es", "Los cancilleres de Chile y Brasil firmaron el martes un acuerdo en Santiago. Mientras tanto, cientos de estudiantes se manifestaron ante la Cancillería.", "PROTEST CHL> 2025-05-06"},
		{"pt", "Os chanceleres do Brasil e do Chile assinaram nesta terça-feira um acordo em Santiago. Diante da chancelaria chilena, dezenas de estudantes protestaram contra o acordo.", "PROTEST CHL> 2025-05-06"},
	} {
		got := describe(analyse(c.lang, "2025-05-07", c.body))
		if !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.lang, got, c.want)
		}
	}
	got := describe(analyse("de", "2025-03-01", "Die Außenminister Deutschlands und Polens trafen sich am Freitag in Kassel. Ein Bündnis von Vereinen hat für Sonntag eine Kundgebung vor dem Rathaus angekündigt."))
	if hasEvent(got, "PROTEST") {
		t.Errorf("got %v: a planned rally is no protest", got)
	}
}

// TestMetWhereOneActed: a meeting told with no place took place where one
// party acted for the other that day.
func TestMetWhereOneActed(t *testing.T) {
	body := "Il ministro degli Esteri italiano Marco Valli è arrivato ieri a Beirut con un carico di aiuti umanitari per le cliniche del sud del Libano.\n\nIn serata Valli e il premier libanese Karim Haddad hanno discusso della ricostruzione."
	got := describe(analyse("it", "2025-04-02", body))
	if !hasEvent(got, "CONSULT ITA,LBN 2025-04-01 in Beirut") {
		t.Errorf("got %v, want CONSULT ITA,LBN 2025-04-01 in Beirut", got)
	}
}

// TestSpeakerAfterAPhrase: "— заявил на совместной пресс-конференции X":
// the name after the phrase that says where he spoke is the speaker.
func TestSpeakerAfterAPhrase(t *testing.T) {
	body := "Министр иностранных дел Азербайджана Фарид Гасанов встретился в Баку с министром иностранных дел Турции Муратом Озаном.\n\n«Этот формат приносит результаты», — заявил журналистам на совместной итоговой пресс-конференции Фарид Гасанов."
	got := quoteSpeakers(analyse("ru", "2025-04-20", body))
	if !slices.ContainsFunc(got, func(q string) bool { return strings.HasSuffix(q, "=Фарид Гасанов") }) {
		t.Errorf("quotes %v, want one of Фарид Гасанов", got)
	}
}

// TestPartnerIsNoSpeaker: a person after "with" following the speech verb
// is the partner; the role before it names who spoke.
func TestPartnerIsNoSpeaker(t *testing.T) {
	body := "Міністр закордонних справ України Остап Коваль у Варшаві підписав угоду з міністром закордонних справ Польщі Мареком Новаком.\n\n«Ця угода заощадить час водіям», — наголосив міністр на спільній пресконференції з Мареком Новаком."
	got := quoteSpeakers(analyse("uk", "2025-04-20", body))
	if slices.ContainsFunc(got, func(q string) bool { return strings.HasSuffix(q, "=Марек Новак") }) {
		t.Errorf("quotes %v: the partner taken for the speaker", got)
	}
}

// TestRoleBeforeAdjective: "sagte der Minister dem moldauischen Rundfunk":
// the adjective qualifies whom he spoke to; the minister spoke.
func TestRoleBeforeAdjective(t *testing.T) {
	body := "Es handle sich um eine „angemessene Reaktion“, sagte Außenamtssprecherin Irina Orlowa.\n\nAußenminister Tudor Rusu hatte die Ausweisung mit Spionage begründet.\n\nRusu blieb am Samstag gelassen. „Wir haben mit dieser Antwort gerechnet“, sagte der Minister dem moldauischen Rundfunk."
	got := quoteSpeakers(analyse("de", "2024-03-02", body))
	if !slices.ContainsFunc(got, func(q string) bool { return strings.HasPrefix(q, "Wir haben") && strings.HasSuffix(q, "=Tudor Rusu") }) {
		t.Errorf("quotes %v, want the second of Tudor Rusu", got)
	}
}

// TestDiscussedPlace: a place deep in what was discussed is a topic's; one
// right after the verb is where the talks were.
func TestDiscussedPlace(t *testing.T) {
	body := "Министр иностранных дел Армении Давид Саркисян провел во вторник в Астане переговоры с министром иностранных дел Казахстана Ерланом Сеитовым. Стороны обсудили транзитные перевозки, рост грузооборота в портах Актау и Баку. По итогам встречи министры подписали меморандум."
	got := describe(analyse("ru", "2025-05-28", body))
	for _, d := range got {
		if strings.Contains(d, "in Baku") {
			t.Errorf("got %s: the place of a topic", d)
		}
	}
	got = describe(analyse("en", "2025-05-28", "Armenian Foreign Minister David Sargsyan and his Kazakh counterpart Erlan Seitov discussed trade in Astana on Tuesday."))
	if !hasEvent(got, "CONSULT ARM,KAZ 2025-05-27 in Astana") {
		t.Errorf("got %v, want CONSULT ARM,KAZ 2025-05-27 in Astana", got)
	}
}

// TestVerbFinalModal: a modal ending a German subordinate clause governs
// the act told before it.
func TestVerbFinalModal(t *testing.T) {
	got := describe(analyse("de", "2025-03-25", "Diplomaten halten es für möglich, dass Minsk im Gegenzug Einreiseverbote gegen polnische Abgeordnete verhängen könnte."))
	for _, d := range got {
		if strings.HasPrefix(d, "SANCTION") && !strings.Contains(d, "intend") {
			t.Errorf("got %s, want the sanction as a possibility", d)
		}
	}
}

// TestPromisedResponse: a promised response or retaliation is a threat.
func TestPromisedResponse(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"fr", "Mardi, le porte-parole du ministère russe des Affaires étrangères, Oleg Sokolov, a promis « une réponse ferme » à la Moldavie."},
		{"ru", "Официальный представитель МИД России Олег Соколов пообещал Молдавии «жесткий ответ»."},
	} {
		if got := describe(analyse(c.lang, "2025-03-11", c.body)); !hasEvent(got, "THREATEN RUS>MDA") {
			t.Errorf("%s: got %v, want THREATEN RUS>MDA", c.lang, got)
		}
	}
}

// TestVisitToAForeignCity: a visit of one party, in a sentence that opens
// in a foreign city, is with that city's state; a minister of no stated
// state in an Italian paper that names Italy as often as Tunisia is
// Italian.
func TestVisitToAForeignCity(t *testing.T) {
	body := "Ieri, a Tunisi, si è parlato soprattutto della visita del ministro degli Esteri Chiara Bassi. Il ministro degli Esteri tunisino Karim Ben Salah ha parlato di «un passo avanti». Le navi sono state costruite in Italia."
	got := describe(analyse("it", "2025-10-16", body))
	if !hasEvent(got, "CONSULT ITA,TUN 2025-10-15") {
		t.Errorf("got %v, want CONSULT ITA,TUN 2025-10-15", got)
	}
	got = describe(analyse("pt", "2026-04-22", "A visita a Maputo ocorre dias depois de o ministro ter passado por Madri, onde assinou um acordo."))
	for _, d := range got {
		if strings.HasPrefix(d, "CONSULT") && strings.Contains(d, "ESP") {
			t.Errorf("got %s: the visit is not to Madrid", d)
		}
	}
}

// TestDateOfASubordinateAct: a day told in an "after …" clause past the
// trigger dates that clause's act, not the main one, nor the story.
func TestDateOfASubordinateAct(t *testing.T) {
	body := "Colombia pidió una sesión urgente del Consejo de Seguridad de la ONU después de que tropas venezolanas atacaran el domingo un puesto fronterizo.\n\nEl canciller colombiano, Andrés Vela, acusó este martes a Caracas de una «agresión»."
	for _, d := range describe(analyse("es", "2025-10-15", body)) {
		if strings.HasPrefix(d, "REQUEST COL>UN") && strings.Contains(d, "2025-10-12") {
			t.Errorf("got %s: the request dated by the shooting", d)
		}
	}
}

// TestSubjunctiveAttack: "después de que soldados dispararan": the Spanish
// subjunctive after "after" tells an attack that happened.
func TestSubjunctiveAttack(t *testing.T) {
	got := describe(analyse("es", "2025-10-15", "La alarma creció después de que milicianos venezolanos atacaran el lunes una patrulla de Colombia."))
	if !hasEvent(got, "ASSAULT VEN>COL 2025-10-13") {
		t.Errorf("got %v, want ASSAULT VEN>COL 2025-10-13", got)
	}
}

// TestAttackNotAtTheDateline: an attack told with no place hit the state
// it was aimed at, not the city the story is filed from.
func TestAttackNotAtTheDateline(t *testing.T) {
	a := &news.Article{Lang: "en", Published: "2025-10-15", Dateline: "Bogotá",
		Body: "On Monday Venezuelan troops fired on a Colombian border post, the army said."}
	a.Analysis = &news.Analysis{Sentences: text.Split("en", a.Body)}
	actor.Find(a)
	event.Extract(a)
	got := describe(a)
	if !hasEvent(got, "ASSAULT VEN>COL 2025-10-13 in Colombia") {
		t.Errorf("got %v, want ASSAULT VEN>COL 2025-10-13 in Colombia", got)
	}
}

// TestTroopsPassive: troops withdrawn or deployed, in the passive, were
// moved by their state.
func TestTroopsPassive(t *testing.T) {
	body := "Colombia accused Venezuela of a provocation at the border on Monday. Venezuela had sent two brigades to the border with Colombia. The Colombian defence minister said on Sunday that the Venezuelan brigades had been pulled back from the frontier."
	if got := describe(analyse("en", "2025-10-21", body)); !hasEvent(got, "RETREAT VEN>COL") {
		t.Errorf("got %v, want RETREAT VEN>COL", got)
	}
}

// TestTravelDestination: where someone was about to fly is no party to
// the call told in the same sentence.
func TestTravelDestination(t *testing.T) {
	body := "Antes de viajar para Lima, o chanceler brasileiro Rui Matoso conversou por telefone, na quinta-feira (16), com a chanceler chilena, Inés Varas."
	got := describe(analyse("pt", "2025-10-18", body))
	if !hasEvent(got, "CONSULT BRA,CHL 2025-10-16") {
		t.Errorf("got %v, want CONSULT BRA,CHL 2025-10-16", got)
	}
}

// TestExpectedIn: "is expected in Brussels today for talks" tells talks to
// come.
func TestExpectedIn(t *testing.T) {
	got := describe(analyse("en", "2025-03-28", "Ghana's President Kofi Asante signed two agreements with Germany. The President is expected in Brussels today for talks with European Union officials on cocoa."))
	for _, d := range got {
		if strings.HasPrefix(d, "CONSULT") && strings.Contains(d, "EU") && !strings.Contains(d, "future") {
			t.Errorf("got %s, want the talks as future", d)
		}
	}
}

// TestCounterpartOfNoKnownState: "sein ukrainischer Kollege sprach von …"
// after two ministers named with no state each: the one of no known state.
func TestCounterpartOfNoKnownState(t *testing.T) {
	body := "Die Außenminister Jan Nowak und Taras Kowal unterzeichneten das Abkommen. Polen und die Ukraine wollen die Kontrollen bündeln.\n\n„Die Wartezeiten werden kürzer“, sagte Nowak vor Journalisten. Sein ukrainischer Kollege sprach von einem „guten Tag für beide Länder“."
	got := quoteSpeakers(analyse("de", "2024-03-15", body))
	if !slices.ContainsFunc(got, func(q string) bool {
		return strings.HasPrefix(q, "guten Tag") && strings.HasSuffix(q, "=Taras Kowal")
	}) {
		t.Errorf("quotes %v, want the second of Taras Kowal", got)
	}
}

// TestRecipientBeforeWhatWasHanded: "a remis à la Garde nationale
// tunisienne six vedettes": the recipient stands between the verb and what
// it handed over.
func TestRecipientBeforeWhatWasHanded(t *testing.T) {
	got := describe(analyse("fr", "2025-10-17", "L'Espagne a remis à la marine marocaine quatre vedettes de surveillance."))
	if !hasEvent(got, "AID ESP>MAR") {
		t.Errorf("got %v, want AID ESP>MAR", got)
	}
}

// TestNightOfMonday: "в ночь на понедельник" tells when, and the troops
// after it are who struck.
func TestNightOfMonday(t *testing.T) {
	got := describe(analyse("ru", "2025-06-17", "В ночь на среду российские войска нанесли удар по порту Измаила."))
	if !hasEvent(got, "ASSAULT RUS>UKR") {
		t.Errorf("got %v, want ASSAULT RUS>UKR", got)
	}
}

// TestVerbFinalPassive: in a German or Dutch passive the agent phrase
// stands before the participle.
func TestVerbFinalPassive(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"de", "Zwei russische Diplomaten wurden am Dienstag von Polen ausgewiesen.", "COERCE POL>RUS"},
		{"de", "Die griechischen Seeleute wurden von den libyschen Behörden freigelassen.", "CONCEDE LBY>GRC"},
		{"nl", "De Griekse zeelieden werden door Libië vrijgelaten.", "CONCEDE LBY>GRC"},
	} {
		if got := describe(analyse(c.lang, "2025-10-17", c.body)); !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.lang, got, c.want)
		}
	}
}

// TestPluralSubjects: a plural noun for the people just named
// ("politicians", "the heads of state") is the pair that met, and signs
// for both states.
func TestPluralSubjects(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"pl", "Minister spraw zagranicznych Polski Marek Nowicki spotkał się we wtorek w Wilnie z litewskim ministrem spraw zagranicznych Jonasem Petraitisem. Politycy podpisali porozumienie o współpracy energetycznej.",
			"AGREE LTU,POL"},
		{"en", "Chilean President Tomás Ibarra received his Bolivian counterpart Marta Quispe in Santiago on Tuesday. The heads of state signed an agreement on water rights.",
			"AGREE BOL,CHL"},
		{"ru", "Президент Армении Арсен Петросян провел во вторник переговоры с президентом Грузии Леваном Беридзе в Тбилиси. Президенты подписали соглашение о транзите.",
			"AGREE ARM,GEO"},
	} {
		got := describe(analyse(c.lang, "2024-03-15", c.body))
		if !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.lang, got, c.want)
		}
	}
}

// TestRejectNotBeforeClaim: a rejection with no day of its own is not
// dated before the accusation it answers, though the story's lead is an
// earlier day and the rejection opens a paragraph of its own.
func TestRejectNotBeforeClaim(t *testing.T) {
	body := "It all began on Monday, when Surinamese soldiers fired on a Guyanese patrol boat on the river. " +
		"Guyana's foreign minister, Ravi Doobay, accused Paramaribo on Tuesday of a deliberate provocation. " +
		"\"We will answer with international law, not with weapons,\" Doobay told a news conference in Georgetown.\n\n" +
		"Suriname's foreign minister, Anouk Pinas, rejected the accusations from Georgetown."
	got := describe(analyse("en", "2024-03-14", body))
	if !hasEvent(got, "REJECT SUR>GUY 2024-03-12") {
		t.Errorf("got %v, want REJECT SUR>GUY 2024-03-12", got)
	}
}

// TestMarginsOfSummit: two states' talks on the margins of a summit of
// two organizations are a meeting of their own, not one more party of
// the summit.
func TestMarginsOfSummit(t *testing.T) {
	body := "Kenyan President Amani Odera on Thursday won a jobs deal with Spain and a loan from the European Union on the first day of the EU-African Union summit in Lisbon. " +
		"On the sidelines of the summit, Odera held talks with Spanish Prime Minister Lucía Ferrer."
	got := describe(analyse("en", "2026-03-20", body))
	if !hasEvent(got, "CONSULT ESP,KEN ") {
		t.Errorf("got %v, want CONSULT ESP,KEN on its own", got)
	}
}

// TestWithPronoun: "signed it with him" names the other party by the
// person the sentence before was about.
func TestWithPronoun(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "Georgian Foreign Minister Levan Beridze arrived in Yerevan on Tuesday. His host, Armenian Foreign Minister Narek Avagyan, signed a transit agreement with him.",
			"AGREE ARM,GEO"},
		{"pl", "Minister spraw zagranicznych Gruzji Lewan Beridze przebywał we wtorek z wizytą w Wilnie. Gospodarz, litewski minister spraw zagranicznych Jonas Petraitis, podpisał z nim porozumienie tranzytowe.",
			"AGREE GEO,LTU"},
	} {
		got := describe(analyse(c.lang, "2024-03-15", c.body))
		if !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.lang, got, c.want)
		}
	}
}

// TestFormalProtest: summoning an envoy or handing a protest note is both
// an accusation and a state's formal protest; a street protest is no
// accusation.
func TestFormalProtest(t *testing.T) {
	for _, c := range []struct {
		lang, body string
		want, not  []string
	}{
		{"en", "Poland summoned the Russian ambassador on Tuesday over the detention of a Polish consul.",
			[]string{"ACCUSE POL>RUS", "PROTEST POL>RUS"}, nil},
		{"de", "Das Auswärtige Amt hat am Dienstag den russischen Botschafter einbestellt.",
			[]string{"ACCUSE DEU>RUS", "PROTEST DEU>RUS"}, nil},
		// In the passive, the host summoned: the state of the ministry or
		// capital the envoy was summoned to.
		{"pl", "Ambasador Rosji został w środę wezwany do Ministerstwa Spraw Zagranicznych w Warszawie.",
			[]string{"ACCUSE POL>RUS", "PROTEST POL>RUS"}, nil},
		{"en", "The Russian ambassador was summoned to the foreign ministry in Tallinn on Monday.",
			[]string{"ACCUSE EST>RUS"}, nil},
		{"de", "Der russische Botschafter wurde am Mittwoch ins Außenministerium in Warschau einbestellt.",
			[]string{"ACCUSE POL>RUS"}, nil},
		{"en", "Poland accused Russia on Tuesday of jamming GPS signals over the Baltic.",
			[]string{"ACCUSE POL>RUS"}, []string{"PROTEST"}},
	} {
		got := describe(analyse(c.lang, "2024-03-15", c.body))
		for _, w := range c.want {
			if !hasEvent(got, w) {
				t.Errorf("%s %q: got %v, want %s", c.lang, c.body, got, w)
			}
		}
		for _, w := range c.not {
			if hasEvent(got, w) {
				t.Errorf("%s %q: got %v, want no %s", c.lang, c.body, got, w)
			}
		}
	}
}

// TestJointStatements: a joint statement, declaration or communiqué
// adopted or issued together is an agreement of the parties.
func TestJointStatements(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "The foreign ministers of Chile and Argentina met in Mendoza on Tuesday and adopted a joint declaration on water rights.", "AGREE ARG,CHL"},
		{"fr", "Les ministres du Sénégal et de la Gambie se sont réunis mardi à Banjul et ont adopté un communiqué conjoint sur la pêche.", "AGREE GMB,SEN"},
		{"ru", "Министры иностранных дел Казахстана и Киргизии провели во вторник переговоры и приняли совместное заявление о водных ресурсах.", "AGREE KAZ,KGZ"},
	} {
		got := describe(analyse(c.lang, "2024-03-15", c.body))
		if !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.lang, got, c.want)
		}
	}
}

// TestHostMeetsEach: a summary of one host's meetings with two guests,
// each then told apart, is two meetings, not one of three parties.
func TestHostMeetsEach(t *testing.T) {
	body := "Spanish Prime Minister Lucía Ferrer met the leaders of Ghana and Togo in Accra on Thursday. " +
		"In the morning, Ferrer held talks with Ghanaian President Kwame Asante. " +
		"In the afternoon, she met Togolese President Komi Agbo."
	got := describe(analyse("en", "2024-03-15", body))
	for _, want := range []string{"CONSULT ESP,GHA ", "CONSULT ESP,TGO "} {
		if !hasEvent(got, want) {
			t.Errorf("got %v, want %s", got, want)
		}
	}
	if hasEvent(got, "CONSULT ESP,GHA,TGO") {
		t.Errorf("got %v, want no meeting of three", got)
	}
}

// TestSupportPromised: support promised in reported speech is support
// expressed that day; a plain future stays a future.
func TestSupportPromised(t *testing.T) {
	got := describe(analyse("en", "2024-03-15", "Brazil would also support Ghana's candidacy for a seat on the UN Security Council, the Brazilian minister said on Thursday."))
	if !hasEvent(got, "SUPPORT BRA>GHA") || hasEvent(got, "SUPPORT BRA>GHA,UN future") {
		t.Errorf("got %v, want a factual SUPPORT BRA>GHA", got)
	}
}

// TestTopicPlaceSkipped: a sentence whose trigger told no act names its
// place as a topic; an act after it takes the place told before.
func TestTopicPlaceSkipped(t *testing.T) {
	body := "Chilean Foreign Minister Ana Rojas arrived in Lima on Tuesday for talks with her Peruvian counterpart Luis Vega. " +
		"Negotiations on a hospital in Arequipa went on for hours. " +
		"The two ministers signed an agreement on fisheries."
	got := describe(analyse("en", "2024-03-15", body))
	if !hasEvent(got, "AGREE CHL,PER 2024-03-12 in Lima") {
		t.Errorf("got %v, want AGREE CHL,PER 2024-03-12 in Lima", got)
	}
}

// TestBackTheBid: the base form "back" with what is backed supports it.
func TestBackTheBid(t *testing.T) {
	got := describe(analyse("en", "2024-03-15", "Vilnius also pledged on Tuesday to back Astana's bid for visa facilitation with the European Union."))
	if !hasEvent(got, "SUPPORT LTU>KAZ") {
		t.Errorf("got %v, want SUPPORT LTU>KAZ", got)
	}
}

// TestRetrouves: French "se sont retrouvés" is a meeting.
func TestRetrouves(t *testing.T) {
	got := describe(analyse("fr", "2024-03-15", "Le ministre sénégalais Moussa Diallo et son homologue gambien Lamin Jallow se sont retrouvés mardi à Banjul."))
	if !hasEvent(got, "CONSULT GMB,SEN") {
		t.Errorf("got %v, want CONSULT GMB,SEN", got)
	}
}

// TestFiniteEndsPlace: a finite auxiliary ends a prepositional phrase;
// the demonym after it is the subject, not a place.
func TestFiniteEndsPlace(t *testing.T) {
	got := describe(analyse("de", "2025-11-16", "In der Nacht zum Sonntag haben russische Drohnen einen Hafen im Süden der Ukraine angegriffen."))
	if !hasEvent(got, "ASSAULT RUS>") {
		t.Errorf("got %v, want ASSAULT RUS>…", got)
	}
}

// TestPortugueseRelative: a Portuguese relative clause ("com quem
// assinou") has the actor right before it.
func TestPortugueseRelative(t *testing.T) {
	got := describe(analyse("pt", "2026-03-20", "Na quinta-feira, o presidente do Governo espanhol, Lucía Ferrer, reuniu-se com o presidente do Quénia, Amani Odera, com quem assinou um memorando sobre migração laboral, e, mais tarde, com o presidente do Gana, Kwame Asante."))
	for _, d := range got {
		if strings.HasPrefix(d, "AGREE") && !strings.Contains(d, "KEN") {
			t.Errorf("got %v, want the memorandum signed with Kenya", got)
		}
	}
	if !hasEvent(got, "AGREE") {
		t.Errorf("got %v, want an AGREE", got)
	}
}

// TestSupportInMoney: support counted in money is aid; support without a
// sum stays support.
func TestSupportInMoney(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"de", "Japan unterstützt die Mongolei nach dem harten Winter mit sechs Millionen US-Dollar.", "AID JPN>MNG"},
		{"ru", "Япония поддержала Монголию суммой в шесть миллионов долларов.", "AID JPN>MNG"},
		{"en", "Japan supports Mongolia's bid to join the trade pact.", "SUPPORT JPN>MNG"},
	} {
		got := describe(analyse(c.lang, "2025-03-04", c.body))
		if !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.lang, got, c.want)
		}
	}
}

// TestImpliedTalks: an agreement between two named persons tells a
// meeting of the two sides, unless the article tells one that day.
func TestImpliedTalks(t *testing.T) {
	got := describe(analyse("pl", "2025-06-14", "Szef dyplomacji Korei Południowej Park Min-jun uzgodnił w piątek w Pekinie z chińskim ministrem handlu Wang Lei utworzenie gorącej linii."))
	if !hasEvent(got, "AGREE CHN,KOR") || !hasEvent(got, "CONSULT CHN,KOR") {
		t.Errorf("got %v, want AGREE and CONSULT CHN,KOR", got)
	}
	got = describe(analyse("en", "2025-06-14", "Chile and Argentina agreed on Friday to reopen the border crossing."))
	if hasEvent(got, "CONSULT") {
		t.Errorf("got %v, want no meeting without persons", got)
	}
}

// TestSumAnnounced: a sum announced for the other side is aid.
func TestSumAnnounced(t *testing.T) {
	got := describe(analyse("en", "2026-03-20", "The Dutch trade minister Pieter de Groot announced on Thursday a 45 million euro package for solar plants in Kenya, the ministry said."))
	if !hasEvent(got, "AID NLD>KEN") {
		t.Errorf("got %v, want AID NLD>KEN", got)
	}
}

// TestRelativeClaimUndated: a claim a relative clause recalls in the
// present has no day of the story of its own (the people and the case are
// invented).
func TestRelativeClaimUndated(t *testing.T) {
	got := describe(analyse("ru", "2026-06-12", "В пятницу Совет Безопасности ООН провёл консультации по ситуации на границе Чили и Перу. Встреча прошла по просьбе Лимы, которая обвиняет чилийских пограничников в задержании своих рыбаков."))
	for _, d := range got {
		if strings.HasPrefix(d, "ACCUSE") && strings.Contains(d, "2026-06-12") {
			t.Errorf("got %v, want the accusation undated", got)
		}
	}
	if !hasEvent(got, "ACCUSE PER>CHL") {
		t.Errorf("got %v, want ACCUSE PER>CHL", got)
	}
}
