package event

import (
	"strings"
	"testing"
)

// The fixtures below are written for these tests; persons are fictional.

func TestEventTypes(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		// English, one sentence per type.
		{"en", "Mara Lindgren met Tomas Ferreira in Stockholm.", []string{"CONSULT BRA,SWE in Stockholm [p1,p2]"}},
		{"en", "Russia held talks with Cuba.", []string{"CONSULT CUB,RUS"}},
		{"en", "Sweden and Brazil signed a trade agreement.", []string{"AGREE BRA,SWE"}},
		{"en", "Russia supports Cuba in its dispute.", []string{"SUPPORT RUS>CUB"}},
		{"en", "The United States eased sanctions on Cuba.", []string{"CONCEDE USA>CUB"}},
		{"en", "Sweden and Brazil will cooperate closely.", []string{"COOPERATE BRA,SWE future"}},
		{"en", "Sweden sent humanitarian aid to Ukraine.", []string{"AID SWE>UKR"}},
		{"en", "Russia withdrew its troops from Ukraine.", []string{"RETREAT RUS>UKR"}},
		{"en", "Brazil urged Russia to end the war.", []string{"REQUEST BRA>RUS"}},
		{"en", "Sorokin accused the West of hypocrisy.", []string{"ACCUSE RUS>WEST [p3]"}},
		{"en", "Cuba rejected the proposal of the United States.", []string{"REJECT CUB>USA"}},
		{"en", "Russia threatened Poland with retaliation.", []string{"THREATEN RUS>POL"}},
		{"en", "The EU imposed new sanctions on Russia.", []string{"SANCTION EU>RUS"}},
		{"en", "Russia deployed additional troops near Ukraine.", []string{"MOBILIZE RUS>UKR"}},
		{"en", "Poland expelled Russian diplomats.", []string{"COERCE POL>RUS"}},
		{"en", "Russia attacked Ukraine at dawn.", []string{"ASSAULT RUS>UKR"}},
		{"en", "Ukraine was attacked by Russia overnight.", []string{"ASSAULT RUS>UKR"}},
		{"en", "Cuba condemned the sanctions imposed by the United States.", []string{"ACCUSE CUB>USA"}},
		// No sides, no event.
		{"en", "The ministers discussed customs procedures.", nil},
		{"en", "Russia will support the wish of its partners.", nil},
		{"en", "Sweden and Sweden agreed.", nil},

		// German.
		{"de", "Lindgren traf sich in Genf mit Ferreira.", []string{"CONSULT BRA,SWE in Geneva [p1,p2]"}},
		{"de", "In Moskau fand ein Treffen zwischen Sorokin und seinem kubanischen Amtskollegen statt.", []string{"CONSULT CUB,RUS in Moscow [p3]"}},
		{"de", "Russland und Kuba vereinbarten eine engere Zusammenarbeit.", []string{"AGREE CUB,RUS"}},
		{"de", "Brasilien unterstützt die Ukraine.", []string{"SUPPORT BRA>UKR"}},
		{"de", "Schweden forderte Russland zum Rückzug auf.", []string{"REQUEST SWE>RUS"}},
		{"de", "Sorokin warf dem Westen Heuchelei vor.", []string{"ACCUSE RUS>WEST [p3]"}},
		{"de", "Kuba lehnte den Vorschlag der USA entschieden ab.", []string{"REJECT CUB>USA"}},
		{"de", "Die EU verhängte neue Sanktionen gegen Russland.", []string{"SANCTION EU>RUS"}},
		{"de", "Polen wies russische Diplomaten aus.", []string{"COERCE POL>RUS"}},

		// Spanish.
		{"es", "Lucía Quintana se reunió con Oleg Sorokin en Moscú.", []string{"CONSULT CUB,RUS in Moscow [p3,p4]"}},
		{"es", "Cuba y Rusia acordaron ampliar la cooperación.", []string{"AGREE CUB,RUS"}},
		{"es", "Brasil respalda a Ucrania.", []string{"SUPPORT BRA>UKR"}},
		{"es", "Cuba pidió a Estados Unidos levantar el bloqueo.", []string{"REQUEST CUB>USA"}},
		{"es", "Quintana acusó a Estados Unidos de agresión.", []string{"ACCUSE CUB>USA [p4]"}},
		{"es", "Rusia rechazó las acusaciones de Polonia.", []string{"REJECT RUS>POL"}},

		// French.
		{"fr", "Sorokin s'est entretenu avec Lúcia Quintana à La Havane.", []string{"CONSULT CUB,RUS in Havana [p3,p4]"}},
		{"fr", "La Russie et Cuba ont convenu de renforcer leurs liens.", []string{"AGREE CUB,RUS", "COOPERATE CUB,RUS"}},
		{"fr", "Le Brésil soutient l'Ukraine.", []string{"SUPPORT BRA>UKR"}},
		{"fr", "La Suède a appelé la Russie au dialogue.", []string{"REQUEST SWE>RUS"}},
		{"fr", "Cuba a accusé les États-Unis d'ingérence.", []string{"ACCUSE CUB>USA"}},
		{"fr", "La Pologne a expulsé des diplomates russes.", []string{"COERCE POL>RUS"}},

		// Russian.
		{"ru", "Олег Сорокин провел переговоры с Лусия Кинтана в Гаване.", []string{"CONSULT CUB,RUS in Havana [p3,p4]"}},
		{"ru", "Россия и Куба договорились о расширении сотрудничества.", []string{"AGREE CUB,RUS"}},
		{"ru", "Россия поддерживает Кубу.", nil}, // "Кубу" is not in the test dictionary: no target
		{"ru", "Сорокин обвинил Запад в лицемерии.", []string{"ACCUSE RUS>WEST [p3]"}},
		{"ru", "Польша выслала российский дипломатов.", []string{"COERCE POL>RUS"}},
		{"ru", "Россия отвергла обвинения США.", []string{"REJECT RUS>USA"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.body, func(t *testing.T) {
			a := run(t, tt.lang, tt.body, nil)
			got := summaries(a)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
