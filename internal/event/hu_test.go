package event_test

// Hungarian through the real stages: lang.Detect, text.Split, actor.Find,
// timex (inside event.Extract) and event.Extract. Every sentence and
// every person below is invented for these tests.

import (
	"strings"
	"testing"
	"time"

	"chancery/internal/lang"
	"chancery/internal/timex"
)

func TestHungarianEvents(t *testing.T) {
	const published = "2023-11-16" // a Thursday
	tests := []struct {
		body string
		want []string
	}{
		// Home names put the surname first; the role follows the name,
		// with the partner's case ending on the role ("külügyminiszterrel");
		// "kedden" (on Tuesday), a place in the locative ("Budapesten").
		{"Szabó Anna magyar külügyminiszter kedden Budapesten tárgyalt Szergej Morozov orosz külügyminiszterrel.",
			[]string{"CONSULT HUN,RUS 2023-11-14 in Budapest [Szabó Anna(HUN:foreign minister); Szergej Morozov(RUS:foreign minister)]"}},
		// An apposition names the holder after the role and a comma; the
		// capital visited is the other party.
		{"A magyar külügyminiszter, Szabó Anna kedden Moszkvába látogatott.",
			[]string{"CONSULT HUN,RUS 2023-11-14 [Szabó Anna(HUN:foreign minister)]"}},
		// A state as possessor and a posting city before the role ("Japán
		// budapesti nagykövete"); a name in the instrumental meets the
		// full name of the sentence before ("Olijnikkal").
		{"Tanaka Hiroshi, Japán budapesti nagykövete pénteken Kovács Péter magyar államtitkárral találkozott.",
			[]string{"CONSULT HUN,JPN 2023-11-10 [Kovács Péter(HUN:state secretary); Tanaka Hiroshi(JPN:ambassador)]"}},
		{"A lengyel elnök szerdán Kijevben Volodimir Olijnik ukrán elnökkel tárgyalt. Olijnikkal a gabonaexportról is egyeztetett.",
			[]string{"CONSULT POL,UKR 2023-11-15 in Kyiv [Volodimir Olijnik(UKR:president)]"}},
		// Agreements: the verb prefix glued ("aláírta") or split off by the
		// focus ("erről írt alá"); a date with its case ending ("14-én").
		{"Magyarország és Kína kedden megállapodást írt alá.", []string{"AGREE CHN,HUN 2023-11-14"}},
		{"Szerbia és Magyarország november 14-én energetikai megállapodást kötött.", []string{"AGREE HUN,SRB 2023-11-14"}},
		{"Erről írt alá megállapodást tegnap Pekingben a magyar és a kínai külügyminiszter.", []string{"AGREE CHN,HUN 2023-11-15 in Beijing"}},
		// The object carries its case ending and may stand before the verb
		// ("Ukrajnát vádolta").
		{"Lengyelország kiutasított két orosz diplomatát.", []string{"COERCE POL>RUS"}},
		{"Oroszország Ukrajnát vádolta a támadással.", []string{"ACCUSE RUS>UKR"}},
		{"A román külügyminisztérium bekérette az orosz nagykövetet.", []string{"ACCUSE ROU>RUS", "PROTEST ROU>RUS"}},
		{"Grúzia elutasította Oroszország követeléseit.", []string{"REJECT GEO>RUS"}},
		{"Szerbia nem fogadta el Koszovó javaslatát.", []string{"REJECT SRB>XKX"}},
		{"Az Európai Unió új szankciókat vezetett be Oroszország ellen.", []string{"SANCTION EU>RUS"}},
		{"Észak-Korea katonai válaszlépéssel fenyegette meg Dél-Koreát.", []string{"THREATEN PRK>KOR"}},
		{"Irán kivonta csapatait Irakból.", []string{"RETREAT IRN>IRQ"}},
		{"Magyarország támogatja Szerbia uniós csatlakozását.", []string{"SUPPORT HUN>SRB"}},
		{"Brazília arra kérte Argentínát, hogy támogassa a tűzszünetet.", []string{"REQUEST BRA>ARG"}},
		{"Németország légvédelmi rendszereket küld Ukrajnának.", []string{"AID DEU>UKR"}},
		// Modes: "fog" with an infinitive, "nem" before the verb, "akarja".
		{"Szabó Anna magyar külügyminiszter jövő héten Pekingbe fog látogatni.",
			[]string{"CONSULT CHN,HUN future 2023-11 [Szabó Anna(HUN:foreign minister)]"}},
		{"Görögország nem írta alá a megállapodást Törökországgal.", []string{"AGREE GRC,TUR negated"}},
		{"Kazahsztán erősíteni akarja az együttműködést Kínával.", []string{"COOPERATE CHN,KAZ intend"}},
		// A Chinese name in Hungarian transcription with a hyphened given
		// name; the present tense with a weekday tells what is planned,
		// and "ahol" the place of the trip.
		{"Vang Hszin-jü kínai kereskedelmi miniszter szombaton Szófiába utazik, ahol Ivan Petrov bolgár miniszterelnökkel tárgyal.",
			[]string{"CONSULT BGR,CHN future 2023-11-18 in Sofia [Ivan Petrov(BGR:prime minister); Vang Hszin-jü(CHN:trade minister)]"}},
	}
	for _, tt := range tests {
		a := analyse("hu", published, tt.body)
		got := describe(a)
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%s\n got  %q\n want %q", tt.body, got, tt.want)
		}
	}
}

func TestHungarianQuotes(t *testing.T) {
	tests := []struct {
		body string
		want []string
	}{
		// The verb after the quote and a dash, the speaker after the verb.
		{"„A két ország kapcsolatai kiválóak” – mondta Szabó Anna magyar külügyminiszter.",
			[]string{"A két ország kapcsolatai kiválóak=Szabó Anna"}},
		{"„Nem fogadjuk el a vádakat” – jelentette ki Szergej Morozov orosz külügyminiszter.",
			[]string{"Nem fogadjuk el a vádakat=Szergej Morozov"}},
		// The speaker and the verb before the quote.
		{"Szabó Anna magyar külügyminiszter közölte: „Magyarország kész a párbeszédre.”",
			[]string{"Magyarország kész a párbeszédre.=Szabó Anna"}},
		// "X szerint": the speaker before the postposition.
		{"Szergej Morozov orosz külügyminiszter szerint „a tárgyalások jól haladnak”.",
			[]string{"a tárgyalások jól haladnak=Szergej Morozov"}},
	}
	for _, tt := range tests {
		a := analyse("hu", "2023-11-16", tt.body)
		if got := quoteSpeakers(a); strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%s\n got  %q\n want %q", tt.body, got, tt.want)
		}
	}
}

func TestHungarianDates(t *testing.T) {
	ref := timex.Ref{Time: time.Date(2023, 11, 16, 0, 0, 0, 0, time.UTC), Precision: timex.Day} // a Thursday
	tests := []struct{ s, want string }{
		{"A miniszter kedden Budapesten tárgyalt.", "kedden=2023-11-14"},
		{"A felek pénteken írták alá a szerződést.", "pénteken=2023-11-10"},
		{"A találkozóra november 14-én került sor.", "november 14-én=2023-11-14"},
		{"A felek 2023. október 3-án írták alá.", "október 3-án=2023-10-03"},
		{"2023. november 16., csütörtök", "november 16=2023-11-16 csütörtök=2023-11-16"},
		{"Szombaton Belgrádba utazik.", "Szombaton=2023-11-18"},
		{"A tárgyalás tegnap kezdődött.", "tegnap=2023-11-15"},
		{"Tegnapelőtt érkezett Moszkvába.", "Tegnapelőtt=2023-11-14"},
		{"Holnap tárgyalnak.", "Holnap=2023-11-17"},
		{"Múlt héten tárgyaltak.", "Múlt héten=2023-11"},
		{"Jövő kedden utazik.", "Jövő kedden=2023-11-21"},
		{"A szerződést tavaly írták alá.", "tavaly=2022"},
		{"Jövőre új tárgyalás lesz.", "Jövőre=2024"},
		{"A mai napig nem válaszoltak.", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range timex.Find("hu", tt.s, ref) {
			got = append(got, d.Text+"="+d.Value)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("timex.Find(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestHungarianDetected(t *testing.T) {
	for _, s := range []string{
		"Szabó Anna magyar külügyminiszter kedden Budapesten tárgyalt orosz hivatali partnerével. A két miniszter a gázszállításokról is egyeztetett.",
		"Magyarország és Kína kedden megállapodást írt alá a vasútvonal befejezéséről.",
		"Az Európai Unió új szankciókat vezetett be Oroszország ellen, és figyelmeztette Moszkvát.",
	} {
		if got := lang.Detect(s); got != "hu" {
			t.Errorf("lang.Detect(%q) = %q, want hu", s, got)
		}
	}
}
