package event

import (
	"strings"
	"testing"
)

func TestModes(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"en", "Lindgren met Ferreira.", []string{"CONSULT BRA,SWE [p1,p2]"}},
		{"en", "Lindgren will meet Ferreira.", []string{"CONSULT BRA,SWE future [p1,p2]"}},
		{"en", "Lindgren plans to meet Ferreira.", []string{"CONSULT BRA,SWE intend [p1,p2]"}},
		{"en", "Sweden is willing to support Ukraine.", []string{"SUPPORT SWE>UKR intend"}},
		{"en", "Sweden and Brazil did not agree on the text.", []string{"AGREE BRA,SWE negated"}},
		{"en", "If Russia attacks Poland, NATO will respond.", []string{"ASSAULT RUS>POL intend"}},
		{"de", "Lindgren wird sich am Freitag mit Ferreira treffen.", []string{"CONSULT BRA,SWE future [p1,p2]"}},
		{"de", "Schweden will Brasilien unterstützen.", []string{"SUPPORT SWE>BRA intend"}},
		{"de", "Russland und Kuba einigten sich nicht.", []string{"AGREE CUB,RUS negated"}},
		{"es", "Quintana se reunirá con Sorokin.", []string{"CONSULT CUB,RUS future [p3,p4]"}},
		{"es", "Cuba y Rusia no acordaron nada.", []string{"AGREE CUB,RUS negated"}},
		{"es", "Brasil planea apoyar a Ucrania.", []string{"SUPPORT BRA>UKR intend"}},
		{"fr", "La Russie et Cuba n'ont pas signé l'accord.", []string{"AGREE CUB,RUS negated"}},
		{"fr", "Sorokin va rencontrer Lúcia Quintana.", []string{"CONSULT CUB,RUS future [p3,p4]"}},
		{"ru", "Сорокин встретится с Лусия Кинтана.", []string{"CONSULT CUB,RUS future [p3,p4]"}},
		{"ru", "Россия и Куба не договорились.", []string{"AGREE CUB,RUS negated"}},
		{"ru", "Россия намерена поддерживает Украина.", []string{"SUPPORT RUS>UKR intend"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.body, func(t *testing.T) {
			got := summaries(run(t, tt.lang, tt.body, nil))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDatesAndPlaces(t *testing.T) {
	tests := []struct {
		name, body string
		dates      map[string]string
		dateline   string
		want       []string
	}{
		{"own date and place",
			"Lindgren met Ferreira on Tuesday in Stockholm.",
			map[string]string{"on Tuesday": "2024-03-12"}, "",
			[]string{"CONSULT BRA,SWE @2024-03-12 in Stockholm [p1,p2]"}},
		{"inherited within the paragraph",
			"On Tuesday the ministers arrived in Geneva. Sweden and Brazil signed a trade deal.",
			map[string]string{"On Tuesday": "2024-03-12"}, "",
			[]string{"AGREE BRA,SWE @2024-03-12 in Geneva"}},
		{"main date from the lead, place from took place",
			"The meeting took place in Geneva on Monday.\n\nLater, Sweden accused Russia of meddling.",
			map[string]string{"on Monday": "2024-03-11"}, "",
			[]string{"ACCUSE SWE>RUS @2024-03-11 in Geneva"}},
		{"dateline as last resort, no date without one",
			"Sweden accused Russia of meddling.",
			nil, "Stockholm",
			[]string{"ACCUSE SWE>RUS in Stockholm"}},
		{"a capital after a locative is a place, not a side",
			"Sweden held talks in Moscow with Brazil.",
			nil, "",
			[]string{"CONSULT BRA,SWE in Moscow"}},
		{"dates go to the nearest trigger",
			"Sweden accused Russia on Monday.\n\nRussia and Cuba agreed to act on the decisions of the meeting held between Russia and Cuba on October 2.",
			map[string]string{"on October 2": "2023-10-02", "on Monday": "2024-03-11"}, "",
			[]string{"ACCUSE SWE>RUS @2024-03-11", "AGREE CUB,RUS @2024-03-11", "CONSULT CUB,RUS @2023-10-02"}},
		{"a future date makes a future event",
			"Sweden and Brazil hold talks on 20 March.",
			map[string]string{"on 20 March": "2024-03-20"}, "",
			[]string{"CONSULT BRA,SWE future @2024-03-20"}},
		{"members in parentheses are no sides",
			"NATO (formed by Sweden, Poland and others) condemned Russia.",
			nil, "",
			[]string{"ACCUSE NATO>RUS"}},
		{"mentions of one meeting merge",
			"Lindgren met Ferreira in Stockholm on Tuesday. The two ministers discussed trade.\n\nThe talks between Sweden and Brazil lasted three hours.",
			map[string]string{"on Tuesday": "2024-03-12"}, "",
			[]string{"CONSULT BRA,SWE @2024-03-12 in Stockholm [p1,p2]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := build("en", tt.body)
			a.Dateline = tt.dateline
			extract(a, fixedDates(tt.body, tt.dates))
			got := summaries(a)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMergeMentions(t *testing.T) {
	body := "Lindgren met Ferreira in Stockholm on Tuesday. The two ministers discussed trade.\n\nThe talks between Sweden and Brazil lasted three hours."
	a := run(t, "en", body, map[string]string{"on Tuesday": "2024-03-12"})
	if len(a.Analysis.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(a.Analysis.Events))
	}
	if got, want := len(a.Analysis.Events[0].Mentions), 3; got != want {
		t.Errorf("got %d mentions, want %d", got, want)
	}
}
