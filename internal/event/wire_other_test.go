package event

import (
	"strings"
	"testing"
)

// TestWireSentencesOtherLanguages: the common ways of telling each type in
// German, Spanish, French and Russian wire copy. Written for this test.
func TestWireSentencesOtherLanguages(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"de", "Russland und die Ukraine tauschten am Freitag Gefangene aus.", "CONCEDE"},
		{"de", "Schweden schickt ein Feldlazarett in die Ukraine.", "AID SWE>UKR"},
		{"de", "Brasilien rief seinen Botschafter aus Schweden zurück.", "SANCTION BRA>SWE"},
		{"de", "Polen schloss am Montag die Grenze zu Belarus.", "SANCTION POL>BLR"},
		{"de", "Kuba verurteilte die neuen Sanktionen der USA.", "ACCUSE CUB>USA"},
		{"de", "Schweden bestellte den russischen Botschafter ein.", "ACCUSE SWE>RUS"},
		{"de", "Schweden sagte der Ukraine 50 Millionen Euro Hilfe zu.", "AID SWE>UKR"},
		{"de", "Polen wies drei russische Diplomaten aus.", "COERCE POL>RUS"},
		{"de", "Brasilien forderte Schweden auf, die Beschränkungen aufzuheben.", "REQUEST BRA>SWE"},
		{"de", "Russland drohte Schweden mit Konsequenzen.", "THREATEN RUS>SWE"},
		{"de", "Schweden und Polen hielten ein gemeinsames Manöver ab.", "COOPERATE"},
		{"de", "Russland verlegte Truppen an die Grenze zur Ukraine.", "MOBILIZE RUS"},
		{"de", "Brasilien unterzeichnete ein Handelsabkommen mit Schweden.", "AGREE BRA,SWE"},
		{"es", "Rusia y Ucrania intercambiaron prisioneros el viernes.", "CONCEDE"},
		{"es", "Suecia enviará un hospital de campaña a Ucrania.", "AID SWE>UKR"},
		{"es", "Brasil llamó a consultas a su embajador en Suecia.", "SANCTION BRA>SWE"},
		{"es", "Cuba condenó las nuevas sanciones de Estados Unidos.", "ACCUSE CUB>USA"},
		{"es", "Suecia convocó al embajador ruso.", "ACCUSE SWE>RUS"},
		{"es", "Cuba rechazó las exigencias de Washington.", "REJECT CUB>USA"},
		{"es", "Rusia amenazó a Suecia con represalias.", "THREATEN RUS>SWE"},
		{"es", "Brasil firmó un acuerdo comercial con Suecia.", "AGREE BRA,SWE"},
		{"fr", "La Russie et l'Ukraine ont échangé des prisonniers vendredi.", "CONCEDE"},
		{"fr", "La Suède va envoyer un hôpital de campagne en Ukraine.", "AID SWE>UKR"},
		{"fr", "Le Brésil a rappelé son ambassadeur en Suède.", "SANCTION BRA>SWE"},
		{"fr", "La Suède a convoqué l'ambassadeur russe.", "ACCUSE SWE>RUS"},
		{"fr", "La Pologne a expulsé trois diplomates russes.", "COERCE POL>RUS"},
		{"fr", "La Russie a menacé la Suède de représailles.", "THREATEN RUS>SWE"},
		{"ru", "Россия и Украина обменялись пленными в пятницу.", "CONCEDE"},
		{"ru", "Швеция направит на Украину полевой госпиталь.", "AID SWE>UKR"},
		{"ru", "Польша выслала трех российских дипломатов.", "COERCE POL>RUS"},
		{"ru", "Куба осудила новые санкции США.", "ACCUSE CUB>USA"},
	} {
		a := run(t, c.lang, c.body, nil)
		got := summaries(a)
		ok := false
		for _, g := range got {
			if strings.HasPrefix(g, c.want) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s %q: got %q, want %s", c.lang, c.body, got, c.want)
		}
	}
}
