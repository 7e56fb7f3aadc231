package event_test

// Italian and Portuguese through the real stages: text.Split, actor.Find,
// timex (inside event.Extract) and event.Extract. Every sentence below is
// fictional and written for these tests.

import (
	"sort"
	"strings"
	"testing"
	"time"

	"chancery/internal/actor"
	"chancery/internal/event"
	"chancery/internal/news"
	"chancery/internal/text"
	"chancery/internal/timex"
)

// analyse runs the stages an article goes through after cleaning.
func analyse(lang, published, body string) *news.Article {
	a := &news.Article{Lang: lang, Published: published, Body: body}
	a.Analysis = &news.Analysis{Sentences: text.Split(lang, body)}
	actor.Find(a)
	event.Extract(a)
	return a
}

// describe renders each event as "TYPE SRC>TGT [mode] [date] [in place]
// [persons]": sides of symmetric types sorted and joined by ","; persons as
// "Name(country:role)".
func describe(a *news.Article) []string {
	ents := map[string]news.Entity{}
	for _, e := range a.Analysis.Entities {
		ents[e.ID] = e
	}
	var out []string
	for _, ev := range a.Analysis.Events {
		var sides string
		if news.Symmetric(ev.Type) {
			all := append(append([]string(nil), ev.Source...), ev.Target...)
			sort.Strings(all)
			sides = strings.Join(all, ",")
		} else {
			sides = strings.Join(ev.Source, ",") + ">" + strings.Join(ev.Target, ",")
		}
		s := ev.Type + " " + sides
		if ev.Mode != news.ModeFactual {
			s += " " + ev.Mode
		}
		if ev.Date != "" {
			s += " " + ev.Date
		}
		if ev.Place != "" {
			s += " in " + ev.Place
		}
		var ps []string
		for _, id := range ev.Persons {
			e := ents[id]
			ps = append(ps, e.Name+"("+e.Country+":"+strings.Join(e.Roles, "/")+")")
		}
		sort.Strings(ps)
		if len(ps) > 0 {
			s += " [" + strings.Join(ps, "; ") + "]"
		}
		out = append(out, s)
	}
	return out
}

// quoteSpeakers renders each quote as "text=Name".
func quoteSpeakers(a *news.Article) []string {
	names := map[string]string{}
	for _, e := range a.Analysis.Entities {
		names[e.ID] = e.Name
	}
	var out []string
	for _, q := range a.Analysis.Quotes {
		out = append(out, q.Text+"="+names[q.Speaker]+q.SpeakerCode)
	}
	return out
}

func TestItalianPortugueseEvents(t *testing.T) {
	const published = "2023-11-16" // a Thursday
	tests := []struct {
		lang, body string
		want       []string
	}{
		// Italian: roles with the state adjective inside or after them,
		// passato prossimo, passive with "da", synthetic future, negation.
		{"it", "Il ministro degli Esteri russo Sergej Morozov ha incontrato ieri a Roma il suo omologo italiano, Paolo Benedetti.",
			[]string{"CONSULT ITA,RUS 2023-11-15 in Rome [Paolo Benedetti(ITA:foreign minister); Sergej Morozov(RUS:foreign minister)]"}},
		{"it", "Il ministro degli Esteri italiano Paolo Benedetti è arrivato a Belgrado. Benedetti incontrerà il capo della diplomazia cubana, Lucía Quintana, il 5 dicembre a Ginevra.",
			[]string{"CONSULT CUB,ITA future 2023-12-05 in Geneva [Lucía Quintana(CUB:foreign minister); Paolo Benedetti(ITA:foreign minister)]"}},
		{"it", "La Russia e la Cina hanno firmato un accordo sul gas.", []string{"AGREE CHN,RUS"}},
		{"it", "La Francia non ha firmato l'accordo con il Brasile.", []string{"AGREE BRA,FRA negated"}},
		{"it", "Il premier polacco ha chiesto alla Germania di inviare più armi.", []string{"REQUEST POL>DEU"}},
		{"it", "Mosca ha respinto le accuse della Polonia.", []string{"REJECT RUS>POL"}},
		{"it", "La Turchia ha minacciato la Grecia di ritorsioni.", []string{"THREATEN TUR>GRC"}},
		{"it", "L'Ue ha imposto nuove sanzioni alla Russia martedì scorso.", []string{"SANCTION EU>RUS 2023-11-14"}},
		{"it", "La Polonia ha espulso tre diplomatici russi la settimana scorsa.", []string{"COERCE POL>RUS 2023-11"}},
		{"it", "L'Ucraina è stata attaccata dalla Russia nella notte.", []string{"ASSAULT RUS>UKR"}},
		{"it", "L'Italia sostiene l'Ucraina, ha dichiarato la presidente del Consiglio Giulia Ferri.", []string{"SUPPORT ITA>UKR [Giulia Ferri(ITA:prime minister)]"}},
		{"it", "Il Brasile ha inviato aiuti umanitari all'Ucraina.", []string{"AID BRA>UKR"}},
		{"it", "La Russia ha ritirato le truppe dall'Ucraina.", []string{"RETREAT RUS>UKR"}},
		{"it", "La Cina ha accusato gli Stati Uniti di interferenze.", []string{"ACCUSE CHN>USA"}},
		{"it", "Mosca e Kiev si sono riunite a Istanbul martedì scorso.", []string{"CONSULT RUS,UKR 2023-11-14 in Istanbul"}},

		// Portuguese: enclitic "reuniu-se", "vai se reunir", pretérito
		// perfeito, passive with "pela", Brazilian and European spellings.
		// "o Irão" is Iran, not the future "irão".
		{"pt", "O Irão rejeitou as novas sanções aprovadas pela União Europeia.", []string{"REJECT IRN>EU"}},
		{"pt", "O chanceler brasileiro, Tomás Ferreira, reuniu-se nesta terça-feira em Brasília com o ministro das Relações Exteriores da Rússia, Oleg Sorokin.",
			[]string{"CONSULT BRA,RUS 2023-11-14 in Brasília [Oleg Sorokin(RUS:foreign minister); Tomás Ferreira(BRA:foreign minister)]"}},
		{"pt", "O chanceler brasileiro, Tomás Ferreira, chegou a Havana. Ferreira vai se reunir com a homóloga cubana, Lucía Quintana, em 5 de dezembro em Genebra.",
			[]string{"CONSULT BRA,CUB future 2023-12-05 in Geneva [Lucía Quintana(CUB:foreign minister); Tomás Ferreira(BRA:foreign minister)]"}},
		{"pt", "O presidente brasileiro, Lula, e o presidente argentino, Carlos Matos, se reuniram ontem em Buenos Aires.",
			[]string{"CONSULT ARG,BRA 2023-11-15 in Buenos Aires [Carlos Matos(ARG:president); Lula(BRA:president)]"}},
		{"pt", "Brasil e Argentina assinaram ontem um acordo de cooperação.", []string{"AGREE ARG,BRA 2023-11-15"}},
		{"pt", "O Brasil não assinou o acordo com a Venezuela.", []string{"AGREE BRA,VEN negated"}},
		{"pt", "O Brasil pretende assinar um acordo com a Argentina.", []string{"AGREE ARG,BRA intend"}},
		{"pt", "A China rejeitou as acusações dos EUA.", []string{"REJECT CHN>USA"}},
		{"pt", "A Rússia ameaçou a Polônia com represálias.", []string{"THREATEN RUS>POL"}},
		{"pt", "A União Europeia impôs novas sanções à Rússia na semana passada.", []string{"SANCTION EU>RUS 2023-11"}},
		{"pt", "A Polônia expulsou diplomatas russos.", []string{"COERCE POL>RUS"}},
		{"pt", "A Ucrânia foi atacada pela Rússia.", []string{"ASSAULT RUS>UKR"}},
		{"pt", "O Brasil apoia a Argentina, afirmou o presidente Carlos Matos.", []string{"SUPPORT BRA>ARG [Carlos Matos(BRA:president)]"}},
		{"pt", "Portugal enviou ajuda humanitária a Moçambique.", []string{"AID PRT>MOZ"}},
		{"pt", "O Itamaraty criticou a decisão de Israel.", []string{"ACCUSE BRA>ISR"}},
		{"pt", "O ministro dos Negócios Estrangeiros de Portugal, João Cerqueira, visitou Luanda ontem.",
			[]string{"CONSULT AGO,PRT 2023-11-15 [João Cerqueira(PRT:foreign minister)]"}},
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

func TestItalianPortugueseQuotesAndPersons(t *testing.T) {
	tests := []struct {
		lang, body string
		quotes     []string // "text=speaker"
		persons    []string // "Name(country:role)"
	}{
		{"it", "«Vogliamo la pace», ha detto Paolo Benedetti, ministro degli Esteri italiano.",
			[]string{"Vogliamo la pace=Paolo Benedetti"}, []string{"Paolo Benedetti(ITA:foreign minister)"}},
		{"it", "La portavoce della Farnesina, Anna Greco, ha detto: «Non parteciperemo al vertice».",
			[]string{"Non parteciperemo al vertice=Anna Greco"}, []string{"Anna Greco(ITA:spokesperson)"}},
		{"pt", "\"Queremos a paz\", disse Tomás Ferreira, chanceler do Brasil.",
			[]string{"Queremos a paz=Tomás Ferreira"}, []string{"Tomás Ferreira(BRA:foreign minister)"}},
		{"pt", "A porta-voz do Itamaraty, Clara Dias, afirmou: \"O Brasil vai pedir explicações\".",
			[]string{"O Brasil vai pedir explicações=Clara Dias"}, []string{"Clara Dias(BRA:spokesperson)"}},
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

func TestItalianPortugueseDates(t *testing.T) {
	ref := timex.Ref{Time: time.Date(2023, 11, 16, 0, 0, 0, 0, time.UTC), Precision: timex.Day} // a Thursday
	tests := []struct {
		lang, s string
		want    []string // "text=value"
	}{
		{"it", "Il vertice si è tenuto ieri a Roma.", []string{"ieri=2023-11-15"}},
		{"it", "Oggi il ministro parte, l'altro ieri era a Parigi.", []string{"Oggi=2023-11-16", "l'altro ieri=2023-11-14"}},
		{"it", "Si sono incontrati martedì scorso.", []string{"martedì scorso=2023-11-14"}},
		{"it", "Si incontreranno il prossimo lunedì.", []string{"prossimo lunedì=2023-11-20"}},
		{"it", "Ha incontrato venerdì il collega; incontrerà venerdì il premier.", []string{"venerdì=2023-11-10", "venerdì=2023-11-17"}},
		{"it", "La settimana scorsa e il 5 dicembre.", []string{"settimana scorsa=2023-11", "5 dicembre=2023-12-05"}},
		{"it", "L'accordo del 16 ottobre 2023 entrerà in vigore a gennaio.", []string{"16 ottobre 2023=2023-10-16", "gennaio=2024-01"}},
		{"it", "L'anno scorso e quest'anno.", []string{"anno scorso=2022", "quest'anno=2023"}},
		{"it", "Fino ad oggi nessuna risposta.", nil},
		{"pt", "A reunião aconteceu ontem em Brasília.", []string{"ontem=2023-11-15"}},
		{"pt", "Hoje e anteontem.", []string{"Hoje=2023-11-16", "anteontem=2023-11-14"}},
		{"pt", "Eles se reuniram na terça-feira passada.", []string{"terça-feira passada=2023-11-14"}},
		{"pt", "Vão se reunir na próxima segunda-feira.", []string{"próxima segunda-feira=2023-11-20"}},
		{"pt", "Assinou na sexta-feira; vai assinar na sexta-feira.", []string{"sexta-feira=2023-11-10", "sexta-feira=2023-11-17"}},
		{"pt", "Na semana passada e em 5 de dezembro.", []string{"semana passada=2023-11", "5 de dezembro=2023-12-05"}},
		{"pt", "O acordo de 16 de outubro de 2023 vale a partir de janeiro de 2024.", []string{"16 de outubro de 2023=2023-10-16", "janeiro de 2024=2024-01"}},
		{"pt", "No ano passado, em março, o Brasil assinou o acordo.", []string{"ano passado=2022", "março=2023-03"}},
		{"pt", "Em março o Brasil vai assinar o acordo.", []string{"março=2024-03"}},
		{"pt", "Pela segunda vez em dez anos.", nil},
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

func TestItalianPortugueseSentences(t *testing.T) {
	tests := []struct {
		lang, body string
		want       int
	}{
		{"it", "Il Sig. Rossi ha incontrato il Dott. Bianchi a Roma. Poi è ripartito.", 2},
		{"it", "L'On. Verdi e il Prof. Neri hanno parlato.", 1},
		{"it", "Il contratto è stato firmato con la Alfa S.p.A. Il ministro ha detto che è un buon accordo.", 2},
		{"it", "Servono armi, munizioni ecc. per difendersi.", 1},
		{"pt", "O Sr. Teles e a Dra. Lemos chegaram a Lisboa. Depois seguiram para Madrid.", 2},
		{"pt", "A Petrobras S.A. O ministro disse que o contrato foi assinado.", 2},
		{"pt", "A Vale S.A. anunciou lucros.", 1},
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
