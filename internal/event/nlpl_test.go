package event_test

// Dutch and Polish through the real stages: text.Split, actor.Find, timex
// (inside event.Extract) and event.Extract. Every sentence below is
// fictional and written for these tests; analyse, describe and
// quoteSpeakers are in itpt_test.go.

import (
	"strings"
	"testing"
	"time"

	"chancery/internal/news"
	"chancery/internal/text"
	"chancery/internal/timex"
)

func TestDutchPolishEvents(t *testing.T) {
	const published = "2023-11-16" // a Thursday
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"nl", "De Russische minister van Buitenlandse Zaken Oleg Sorokin heeft gisteren in Den Haag zijn Nederlandse ambtgenoot Pieter de Vries ontmoet.",
			[]string{"CONSULT NLD,RUS 2023-11-15 in The Hague [Oleg Sorokin(RUS:foreign minister); Pieter de Vries(NLD:foreign minister)]"}},
		{"nl", "Pieter de Vries, de Nederlandse minister van Buitenlandse Zaken, kwam dinsdag in Brussel met zijn Belgische collega bijeen.",
			[]string{"CONSULT BEL,NLD 2023-11-14 in Brussels [Pieter de Vries(NLD:foreign minister)]"}},
		{"nl", "Nederland en België kwamen dinsdag in Brussel bijeen.", []string{"CONSULT BEL,NLD 2023-11-14 in Brussels"}},
		{"nl", "Rusland en China hebben een akkoord over gas ondertekend.", []string{"AGREE CHN,RUS"}},
		{"nl", "Frankrijk heeft het verdrag met Brazilië niet ondertekend.", []string{"AGREE BRA,FRA negated"}},
		{"nl", "Nederland zal volgende week een akkoord met België ondertekenen.", []string{"AGREE BEL,NLD future 2023-11"}},
		{"nl", "De Poolse premier riep Duitsland op meer wapens te leveren.", []string{"REQUEST POL>DEU"}},
		{"nl", "Moskou wees de beschuldigingen van Polen af.", []string{"REJECT RUS>POL"}},
		{"nl", "Turkije dreigde Griekenland met vergelding.", []string{"THREATEN TUR>GRC"}},
		{"nl", "De EU heeft vorige dinsdag nieuwe sancties tegen Rusland opgelegd.", []string{"SANCTION EU>RUS 2023-11-14"}},
		{"nl", "Polen heeft vorige week drie Russische diplomaten uitgewezen.", []string{"COERCE POL>RUS 2023-11"}},
		{"nl", "Oekraïne is aangevallen door Rusland.", []string{"ASSAULT RUS>UKR"}},
		{"nl", "Nederland stuurde humanitaire hulp naar Oekraïne.", []string{"AID NLD>UKR"}},
		{"nl", "China beschuldigde de Verenigde Staten van inmenging.", []string{"ACCUSE CHN>USA"}},
		{"nl", "Nederland steunt Oekraïne, zei premier Marieke Jansen.", []string{"SUPPORT NLD>UKR [Marieke Jansen(NLD:prime minister)]"}},
		{"nl", "Iran heeft twee Britse gevangenen vrijgelaten.", []string{"CONCEDE IRN>GBR"}},
		{"nl", "Nederland en Duitsland willen hun militaire samenwerking verdiepen.", []string{"COOPERATE DEU,NLD intend"}},
		{"nl", "Rusland heeft 10.000 militairen bij de grens met Oekraïne gestationeerd.", []string{"MOBILIZE RUS>UKR"}},
		{"nl", "Rusland heeft troepen naar de grens met Finland gestuurd.", []string{"MOBILIZE RUS>FIN"}},
		{"nl", "Rusland trok zijn troepen terug uit Syrië.", []string{"RETREAT RUS>SYR"}},
		{"nl", "Honderden Oekraïners protesteerden voor de Russische ambassade.", []string{"PROTEST UKR>RUS"}},
		{"nl", "Duitsland veroordeelde de aanval op Israël.", []string{"ACCUSE DEU>ISR"}},
		{"nl", "Rusland heeft het voorstel van Oekraïne afgewezen.", []string{"REJECT RUS>UKR"}},
		{"nl", "Rusland en Oekraïne zijn het eens geworden over een gevangenenruil.", []string{"AGREE RUS,UKR"}},
		{"nl", "Duitsland gaat met Frankrijk onderhandelen.", []string{"CONSULT DEU,FRA future"}},
		{"nl", "De Hongaarse premier blokkeerde de sancties tegen Rusland.", []string{"REJECT HUN>RUS"}},
		{"nl", "Israël heeft luchtaanvallen uitgevoerd op Libanon.", []string{"ASSAULT ISR>LBN"}},
		{"nl", "Polen heeft de Wit-Russische ambassadeur ontboden.", []string{"ACCUSE POL>BLR", "PROTEST POL>BLR"}},
		{"nl", "Premier Marieke Jansen van Nederland heeft de Franse president gebeld.",
			[]string{"CONSULT FRA,NLD [Marieke Jansen(NLD:prime minister)]"}},
		{"nl", "De Russische president Vladimir Orlov en de Chinese president Li Wen hebben in Moskou een verdrag ondertekend.",
			[]string{"AGREE CHN,RUS in Moscow [Li Wen(CHN:president); Vladimir Orlov(RUS:president)]", "CONSULT CHN,RUS in Moscow [Li Wen(CHN:president); Vladimir Orlov(RUS:president)]"}},
		{"nl", "De woordvoerder van het ministerie van Buitenlandse Zaken, Anna Jonker, zei dat Nederland de ambassadeur van Iran heeft ontboden.",
			[]string{"ACCUSE NLD>IRN [Anna Jonker(NLD:spokesperson)]", "PROTEST NLD>IRN [Anna Jonker(NLD:spokesperson)]"}},

		{"pl", "Minister spraw zagranicznych Rosji Oleg Sorokin i szef polskiej dyplomacji Jan Sowa spotkali się wczoraj w Warszawie.",
			[]string{"CONSULT POL,RUS 2023-11-15 in Warsaw [Jan Sowa(POL:foreign minister); Oleg Sorokin(RUS:foreign minister)]"}},
		{"pl", "Premier Polski Anna Wiśniewska spotka się z prezydentem Francji 5 grudnia w Paryżu.", []string{"CONSULT FRA,POL future 2023-12-05 in Paris [Anna Wiśniewska(POL:prime minister)]"}},
		{"pl", "Rosja i Chiny podpisały porozumienie gazowe.", []string{"AGREE CHN,RUS"}},
		// With no articles, a noun opening a sentence refers to the pair's meeting.
		{"pl", "Rosja i Chiny podpisały we wtorek porozumienie gazowe. Rozmowy trwały trzy godziny.", []string{"AGREE CHN,RUS 2023-11-14", "CONSULT CHN,RUS 2023-11-14"}},
		{"pl", "Francja nie podpisała umowy z Brazylią.", []string{"AGREE BRA,FRA negated"}},
		{"pl", "Polska zamierza podpisać umowę z Ukrainą.", []string{"AGREE POL,UKR intend"}},
		{"pl", "Premier Polski wezwał Niemcy do wysłania większej liczby broni.", []string{"REQUEST POL>DEU"}},
		{"pl", "Moskwa odrzuciła oskarżenia Polski.", []string{"REJECT RUS>POL"}},
		{"pl", "Turcja zagroziła Grecji odwetem.", []string{"THREATEN TUR>GRC"}},
		{"pl", "Unia Europejska nałożyła w zeszły wtorek nowe sankcje na Rosję.", []string{"SANCTION EU>RUS 2023-11-14"}},
		{"pl", "Polska wydaliła trzech rosyjskich dyplomatów w ubiegłym tygodniu.", []string{"COERCE POL>RUS 2023-11"}},
		{"pl", "Ukraina została zaatakowana przez Rosję.", []string{"ASSAULT RUS>UKR"}},
		{"pl", "Polska przekazała pomoc humanitarną Ukrainie.", []string{"AID POL>UKR"}},
		{"pl", "Chiny oskarżyły Stany Zjednoczone o ingerencję.", []string{"ACCUSE CHN>USA"}},
		{"pl", "Rosja wycofała wojska z Białorusi.", []string{"RETREAT RUS>BLR"}},
		{"pl", "Polska poparła Ukrainę.", []string{"SUPPORT POL>UKR"}},
		{"pl", "Iran zwolnił dwóch brytyjskich więźniów.", []string{"CONCEDE IRN>GBR"}},
		{"pl", "Iran uwolnił dwóch brytyjskich więźniów.", []string{"CONCEDE IRN>GBR"}},
		{"pl", "Polska i Litwa zacieśnią współpracę wojskową.", []string{"COOPERATE LTU,POL"}},
		{"pl", "Polska i Niemcy chcą zacieśnić współpracę wojskową.", []string{"COOPERATE DEU,POL intend"}},
		{"pl", "Rosja rozmieściła nowe wojska na Białorusi.", []string{"MOBILIZE RUS>BLR"}},
		{"pl", "Setki Ukraińców protestowały przed ambasadą Rosji.", []string{"PROTEST UKR>RUS"}},
		{"pl", "Niemcy potępiły atak na Izrael.", []string{"ACCUSE DEU>ISR"}},
		{"pl", "Rosja ostrzelała w nocy Kijów.", []string{"ASSAULT RUS>UKR in Kyiv"}},
		{"pl", "Niemcy będą rozmawiać z Francją o budżecie.", []string{"CONSULT DEU,FRA future"}},
		{"pl", "Węgry zablokowały sankcje wobec Rosji.", []string{"REJECT HUN>RUS"}},
		{"pl", "Izrael przeprowadził naloty na Liban.", []string{"ASSAULT ISR>LBN"}},
		{"pl", "Rosja zagroziła Polsce konsekwencjami.", []string{"THREATEN RUS>POL"}},
		{"pl", "Szef MSZ Polski Jan Sowa spotka się w przyszłym tygodniu w Berlinie ze swoim niemieckim odpowiednikiem.",
			[]string{"CONSULT DEU,POL future 2023-11 in Berlin [Jan Sowa(POL:foreign minister)]"}},
		{"pl", "Prezydent Rosji Władimir Orłow i prezydent Chin Li Wen podpisali w Moskwie traktat.",
			[]string{"AGREE CHN,RUS in Moscow [Li Wen(CHN:president); Władimir Orłow(RUS:president)]", "CONSULT CHN,RUS in Moscow [Li Wen(CHN:president); Władimir Orłow(RUS:president)]"}},
		{"pl", "Rzecznik MSZ Paweł Wiśniak powiedział, że Polska wezwała ambasadora Iranu.",
			[]string{"ACCUSE POL>IRN [Paweł Wiśniak(POL:spokesperson)]", "PROTEST POL>IRN [Paweł Wiśniak(POL:spokesperson)]"}},
		{"pl", "Polska przekazała Ukrainie czołgi, poinformował wicepremier Marek Lis.",
			[]string{"AID POL>UKR [Marek Lis(POL:deputy prime minister)]"}},
		{"pl", "Rosyjski minister obrony oświadczył, że Rosja nie zaatakuje Polski.", []string{"ASSAULT RUS>POL negated"}},
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

func TestDutchPolishQuotesAndPersons(t *testing.T) {
	tests := []struct {
		lang, body string
		quotes     []string // "text=speaker"
		persons    []string // "Name(country:role)"
	}{
		{"nl", "\"We willen vrede\", zei Pieter de Vries, minister van Buitenlandse Zaken van Nederland.",
			[]string{"We willen vrede=Pieter de Vries"}, []string{"Pieter de Vries(NLD:foreign minister)"}},
		{"nl", "De woordvoerder van het Kremlin, Dmitri Orlov, verklaarde: \"Rusland zal niet deelnemen aan de top\".",
			[]string{"Rusland zal niet deelnemen aan de top=Dmitri Orlov"}, []string{"Dmitri Orlov(RUS:spokesperson)"}},
		{"pl", "„Chcemy pokoju” – powiedział Jan Sowa, minister spraw zagranicznych Polski.",
			[]string{"Chcemy pokoju=Jan Sowa"}, []string{"Jan Sowa(POL:foreign minister)"}},
		{"pl", "Rzeczniczka MSZ Polski Ewa Kowalska oświadczyła: „Polska nie weźmie udziału w szczycie”.",
			[]string{"Polska nie weźmie udziału w szczycie=Ewa Kowalska"}, []string{"Ewa Kowalska(POL:spokesperson)"}},
		{"pl", "„To historyczny dzień” – podkreślił szef polskiej dyplomacji Jan Sowa.",
			[]string{"To historyczny dzień=Jan Sowa"}, []string{"Jan Sowa(POL:foreign minister)"}},
		{"nl", "\"Dit is een historische dag\", verklaarde de Belgische premier Luc Peeters.",
			[]string{"Dit is een historische dag=Luc Peeters"}, []string{"Luc Peeters(BEL:prime minister)"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.body, func(t *testing.T) {
			a := analyse(tt.lang, "2023-11-16", tt.body)
			if got := quoteSpeakers(a); strings.Join(got, "|") != strings.Join(tt.quotes, "|") {
				t.Errorf("quotes: got %q, want %q", got, tt.quotes)
			}
			var got []string
			for _, e := range a.Analysis.Entities {
				if e.Kind == news.KindPerson {
					got = append(got, e.Name+"("+e.Country+":"+strings.Join(e.Roles, "/")+")")
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.persons, "|") {
				t.Errorf("persons: got %q, want %q", got, tt.persons)
			}
		})
	}
}

func TestDutchPolishDates(t *testing.T) {
	ref := timex.Ref{Time: time.Date(2023, 11, 16, 0, 0, 0, 0, time.UTC), Precision: timex.Day} // a Thursday
	tests := []struct {
		lang, s string
		want    []string // "text=value"
	}{
		{"nl", "De top vond gisteren plaats in Den Haag.", []string{"gisteren=2023-11-15"}},
		{"nl", "Vandaag vertrekt de minister, eergisteren was hij in Parijs.", []string{"Vandaag=2023-11-16", "eergisteren=2023-11-14"}},
		{"nl", "Ze ontmoetten elkaar vorige dinsdag.", []string{"vorige dinsdag=2023-11-14"}},
		{"nl", "Ze ontmoeten elkaar komende maandag.", []string{"komende maandag=2023-11-20"}},
		{"nl", "Dinsdagavond sprak hij met de premier.", []string{"Dinsdagavond=2023-11-14"}},
		{"nl", "Vorige week en op 5 december.", []string{"Vorige week=2023-11", "5 december=2023-12-05"}},
		{"nl", "Het akkoord van 16 oktober 2023 treedt in januari in werking.", []string{"16 oktober 2023=2023-10-16", "januari=2024-01"}},
		{"nl", "Vorig jaar en dit jaar.", []string{"Vorig jaar=2022", "dit jaar=2023"}},
		{"nl", "Hij werkt 's morgens thuis.", nil},
		{"pl", "Spotkanie odbyło się wczoraj w Warszawie.", []string{"wczoraj=2023-11-15"}},
		{"pl", "Dziś i przedwczoraj.", []string{"Dziś=2023-11-16", "przedwczoraj=2023-11-14"}},
		{"pl", "Spotkali się w zeszły wtorek.", []string{"zeszły wtorek=2023-11-14"}},
		{"pl", "Spotkają się w przyszły poniedziałek.", []string{"przyszły poniedziałek=2023-11-20"}},
		{"pl", "Minister przyleciał w środę.", []string{"środę=2023-11-15"}},
		{"pl", "W ubiegłym tygodniu i 5 grudnia.", []string{"W ubiegłym tygodniu=2023-11", "5 grudnia=2023-12-05"}},
		{"pl", "Umowa z 16 października 2023 r. wejdzie w życie w styczniu.", []string{"16 października 2023 r=2023-10-16", "styczniu=2024-01"}},
		{"pl", "W zeszłym roku i w tym roku.", []string{"W zeszłym roku=2022", "w tym roku=2023"}},
		{"pl", "Obie strony mają się spotkać.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range timex.Find(tt.lang, tt.s, ref) {
			got = append(got, d.Text+"="+d.Value)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s %q: got %q, want %q", tt.lang, tt.s, got, tt.want)
		}
	}
}

func TestDutchPolishSentences(t *testing.T) {
	tests := []struct {
		lang, body string
		want       int
	}{
		{"nl", "Dhr. Jansen en mevr. de Boer kwamen aan in Den Haag. Daarna reisden ze door.", 2},
		{"nl", "Prof. dr. Jonker sprak o.a. over de EU.", 1},
		{"nl", "Het contract werd getekend met Alfa B.V. De minister zei dat het een goed akkoord is.", 2},
		{"pl", "Prof. Sowa i dr Kowalska przylecieli do Warszawy. Potem pojechali do Krakowa.", 2},
		{"pl", "Umowę podpisano w 2023 r. Minister powiedział, że jest zadowolony.", 2},
		{"pl", "Rozmawiano m.in. o handlu, tzw. zielonej energii itp. sprawach.", 1},
	}
	for _, tt := range tests {
		if got := text.Split(tt.lang, tt.body); len(got) != tt.want {
			var ss []string
			for _, s := range got {
				ss = append(ss, tt.body[s.Start:s.End])
			}
			t.Errorf("%s %q: got %q, want %d sentences", tt.lang, tt.body, ss, tt.want)
		}
	}
}
