package event_test

// Through the real stages (text.Split, actor.Find, event.Extract); every
// sentence is fictional and written for these tests.

import "testing"

// TestMeasureIsNoAgent: a "by" word before a number measures ("ein Paket
// von 300 Millionen"); it names no agent and turns no sides around.
func TestMeasureIsNoAgent(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"de", "Deutschland hat am Dienstag ein Hilfspaket von 300 Millionen Euro für Tansania angekündigt.", "AID DEU>TZA"},
		{"de", "Die Niederlande haben am Dienstag Hilfsgüter im Wert von 12 Millionen Euro nach Moldau geliefert.", "AID NLD>MDA"},
		// A true agent still turns the sides: the passive.
		{"de", "Zwei russische Diplomaten wurden am Dienstag von Estland ausgewiesen.", "COERCE EST>RUS"},
	} {
		if got := describe(analyse(c.lang, "2025-06-11", c.body)); !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.body, got, c.want)
		}
	}
}

// TestAttackedPlace: the city an attack hits, named right after the verb,
// is its target's territory and where it happened, ahead of a state named
// further on.
func TestAttackedPlace(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "Russian drones struck the river port of Mykolaiv in southern Ukraine overnight, setting a Maltese-flagged tanker on fire, officials said on Wednesday.",
			"ASSAULT RUS>UKR,MLT 2025-06-11 in Mykolaiv"},
		{"uk", "Вночі російські дрони атакували порт Миколаєва, пошкодивши танкер під мальтійським прапором.",
			"ASSAULT RUS>UKR"},
		// The city's state is hit too, whoever else was aimed at.
		{"en", "Russian drones struck a UN warehouse in Zaporizhzhia on Tuesday night, officials said.",
			"ASSAULT RUS>UN,UKR"},
	} {
		if got := describe(analyse(c.lang, "2025-06-11", c.body)); !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.body, got, c.want)
		}
	}
}

// TestOrganizationOffice: wording that belongs to one organization's office
// ("EU-commissaris", "Hoge Vertegenwoordiger") makes its holder act for the
// organization, not for the state the sentence is about.
func TestOrganizationOffice(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"nl", "EU-commissaris Marieke van der Berg heeft dinsdag in Accra een steunpakket van 200 miljoen euro voor Ghana aangekondigd.", "AID EU>GHA"},
		{"nl", "De Hoge Vertegenwoordiger voor het buitenlands beleid, Joost Verbeek, heeft dinsdag in Nairobi een steunpakket van 90 miljoen euro voor Kenia aangekondigd.", "AID EU>KEN"},
	} {
		if got := describe(analyse(c.lang, "2025-06-11", c.body)); !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.body, got, c.want)
		}
	}
}

// TestPrisonersReturned: prisoners told as brought back from captivity, or
// handed over, are a concession between the two states.
func TestPrisonersReturned(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"uk", "У неділю Україна повернула з російського полону 62 людей, зокрема прикордонників і моряків.", "CONCEDE UKR>RUS"},
		{"ru", "Из подконтрольной Киеву территории в воскресенье возвращены 62 российских военнослужащих.", "CONCEDE UKR>RUS"},
	} {
		if got := describe(analyse(c.lang, "2025-06-11", c.body)); !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.body, got, c.want)
		}
	}
}

// TestTreasurySanctions: the US Treasury is a US body, and a participle
// in any gender ("sancionada") types a sanction.
func TestTreasurySanctions(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "The U.S. Treasury Department on Monday imposed sanctions on three Cuban officials accused of jailing protesters.", "SANCTION USA>CUB"},
		{"es", "La cubana Marta Ortiz, sancionada el lunes por el Tesoro estadounidense, no respondió a las preguntas de este diario.", "SANCTION USA>CUB"},
	} {
		if got := describe(analyse(c.lang, "2025-06-11", c.body)); !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.body, got, c.want)
		}
	}
}

// TestConsentWithdrawn: a mission closed by withdrawing the consent to its
// work is a sanction.
func TestConsentWithdrawn(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"pl", "Polska cofnęła w środę zgodę na działalność konsulatu Białorusi w Białymstoku.", "SANCTION POL>BLR"},
		{"ru", "Россия отозвала согласие на работу генконсульства Эстонии в Пскове.", "SANCTION RUS>EST"},
		{"uk", "Україна відкликала згоду на роботу генконсульства Угорщини в Берегові.", "SANCTION UKR>HUN"},
		{"hu", "Magyarország szerdán visszavonta a szlovák főkonzulátus működési engedélyét.", "SANCTION HUN>SVK"},
	} {
		if got := describe(analyse(c.lang, "2025-06-11", c.body)); !hasEvent(got, c.want) {
			t.Errorf("%s: got %v, want %s", c.body, got, c.want)
		}
	}
}

// TestSubjectComma: Turkish sets the subject that opens a sentence off from
// a long predicate with a comma; the actors after the comma are objects.
func TestSubjectComma(t *testing.T) {
	body := "Bulgaristan Dışişleri Bakanlığı, Rusya'nın Sofya Büyükelçisi Oleg Petrov'u bakanlığa çağırarak sınır ihlallerini protesto etti."
	got := describe(analyse("tr", "2025-06-11", body))
	if !hasEvent(got, "ACCUSE BGR>RUS") || hasEvent(got, "ACCUSE RUS") {
		t.Errorf("got %v, want ACCUSE BGR>RUS", got)
	}
}

// TestRecalledActInObject: a noun in a verb's object that names its own
// agent and its own day is an act of its own; one with neither stays the
// verb's object.
func TestRecalledActInObject(t *testing.T) {
	got := describe(analyse("en", "2025-06-11", "Latvia on Monday summoned Russia's ambassador over the seizure of a Latvian ship by Russian border guards on Saturday."))
	if !hasEvent(got, "COERCE RUS>LVA 2025-06-07") || !hasEvent(got, "ACCUSE LVA>RUS 2025-06-09") {
		t.Errorf("got %v, want COERCE RUS>LVA 2025-06-07 and ACCUSE LVA>RUS 2025-06-09", got)
	}
	got = describe(analyse("en", "2025-06-11", "It is the first seizure of a Latvian vessel by Russia since 2019."))
	if hasEvent(got, "COERCE") {
		t.Errorf("got %v, want no COERCE", got)
	}
}

// TestBothNamesItsOwn: "the ministers of X and Y" after a verb names the
// meeting's parties; it does not stand for the pair told before.
func TestBothNamesItsOwn(t *testing.T) {
	body := "Глава МИД Эстонии обсудил с латвийским коллегой транзит. Отдельно встретились министры Швеции и Норвегии."
	got := describe(analyse("ru", "2025-06-11", body))
	if !hasEvent(got, "CONSULT NOR,SWE") {
		t.Errorf("got %v, want CONSULT NOR,SWE", got)
	}
}

// TestCounterAct: "встречный" is counter-, no meeting; a counter-act
// answers the act of the same kind told before it.
func TestCounterAct(t *testing.T) {
	got := describe(analyse("ru", "2025-06-11", "МИД Японии в пятницу заявил встречный протест Китаю в связи с инцидентом."))
	if hasEvent(got, "CONSULT") || !hasEvent(got, "PROTEST JPN>CHN") {
		t.Errorf("got %v, want PROTEST JPN>CHN and no meeting", got)
	}
	got = describe(analyse("ru", "2025-06-11", "Глава МИД Германии посетил Москву. Ереван во вторник обвинил азербайджанских военных в провокации, Баку в среду выдвинул встречные обвинения."))
	if !hasEvent(got, "ACCUSE AZE>ARM") {
		t.Errorf("got %v, want ACCUSE AZE>ARM", got)
	}
}
