package event

import (
	"strings"
	"testing"
)

// General patterns: passives with a distant agent, plural anaphora with no
// earlier pair, nominal triggers with a genitive source, light-verb
// constructions, coordinated verbs, threats governing an act, replies to
// an event told paragraphs before, and clause-bound places. Every sentence
// is written for these tests; the persons are fictional.
func TestGeneralPatterns(t *testing.T) {
	tests := []struct {
		name, lang, body string
		dates            map[string]string
		want             []string
	}{
		{"passive with distant agent", "fr",
			"Tomas Ferreira a été reçu jeudi matin à Stockholm par son homologue suédois, Mara Lindgren.",
			map[string]string{"jeudi": "2024-03-14"},
			[]string{"CONSULT BRA,SWE @2024-03-14 in Stockholm [p1,p2]"}},
		{"passive with no agent names no source", "en",
			"Russian diplomats were expelled from Poland on Monday.", nil, nil},
		{"plural subject with no earlier pair", "fr",
			"Mara Lindgren a parlé de Tomas Ferreira. Les deux ministres ont signé un protocole d'accord.", nil,
			[]string{"AGREE BRA,SWE [p1,p2]"}},
		{"German plural subject", "de",
			"Lindgren lobte Ferreira. Die beiden Ministerinnen unterzeichneten eine Absichtserklärung.", nil,
			[]string{"SUPPORT SWE>BRA [p1,p2]", "AGREE BRA,SWE [p1,p2]"}},
		{"genitive source after a codeless subject", "fr",
			"M. Verrier a réaffirmé le soutien de la Suède au projet brésilien.", nil,
			[]string{"SUPPORT SWE>BRA [p9]"}},
		{"codeless person meets a counterpart: the article's other state", "fr",
			"La Suède et le Brésil préparent un accord. La Suède veut investir au Brésil. " +
				"Paul Verrier a été reçu à Brasília par son homologue brésilien, Tomas Ferreira.", nil,
			[]string{"CONSULT BRA,SWE in Brasília [p2,p9]"}},
		{"German light verb around the object", "de",
			"Lindgren sicherte Brasilien die weitere Unterstützung der Regierung zu.", nil,
			[]string{"SUPPORT SWE>BRA [p1]"}},
		{"German request with um ... gebeten", "de",
			"Der schwedische Außenminister hat Russland um die Freilassung der Gefangenen gebeten.", nil,
			[]string{"REQUEST SWE>RUS"}},
		{"meeting phrase before the main clause's subject", "de",
			"Bei einem Treffen mit Mara Lindgren in Stockholm sagte Ferreira, sein Land brauche Hilfe.", nil,
			[]string{"CONSULT BRA,SWE in Stockholm [p1,p2]"}},
		{"coordinated verb keeps the object", "en",
			"Poland summoned the Russian ambassador and condemned what it called a provocation.", nil,
			[]string{"ACCUSE POL>RUS", "PROTEST POL>RUS"}},
		{"no object across polarity", "es",
			"Chile rechazó las acusaciones de Cuba y defendió su decisión.", nil,
			[]string{"REJECT CHL>CUB"}},
		{"a threat governs the act it threatens", "es",
			"Rusia amenazó el viernes con expulsar a los diplomáticos de Polonia.", nil,
			[]string{"THREATEN RUS>POL"}},
		{"a reply finds the event it answers paragraphs back", "en",
			"Poland accused Russia of jamming signals.\n\nThe incident affected two flights. Officials counted the losses. " +
				"Experts studied the data. Airlines changed routes.\n\nMoscow rejected the accusation.", nil,
			[]string{"ACCUSE POL>RUS", "REJECT RUS>POL"}},
		{"reception over comma-set adverbials", "fr",
			"Mara Lindgren a reçu ce jeudi, en son cabinet, Tomas Ferreira.", nil,
			[]string{"CONSULT BRA,SWE [p1,p2]"}},
		{"a date in a relative clause is not the event's", "ru",
			"Россия обвинила Польшу во вмешательстве в выборы, которые пройдут 28 сентября.",
			map[string]string{"28 сентября": "2025-09-28"},
			[]string{"ACCUSE RUS>POL"}},
		{"protest takes its source from the city", "es",
			"Cientos de estudiantes marcharon el sábado en Moscú contra NATO.", nil,
			[]string{"PROTEST RUS>NATO in Moscow"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := run(t, tc.lang, tc.body, tc.dates)
			got := summaries(a)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
