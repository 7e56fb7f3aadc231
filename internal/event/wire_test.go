package event

import (
	"strings"
	"testing"
)

// TestWireSentences: one short wire-style sentence per common way each type
// is told, in English, German, Spanish, French and Russian; the event must
// be among those found. The sentences are written for this test.
func TestWireSentences(t *testing.T) {
	for _, c := range []struct{ lang, body, want string }{
		{"en", "Russia and Ukraine exchanged prisoners on Friday.", "CONCEDE"},
		{"en", "Sweden will send a field hospital to Ukraine, the government said.", "AID"},
		{"en", "Brazil recalled its ambassador to Sweden for consultations.", "SANCTION BRA>SWE"},
		{"en", "Poland closed its border with Belarus on Monday.", "SANCTION POL>BLR"},
		{"en", "Kenya and Sweden agreed to resume direct flights.", "AGREE KEN,SWE"},
		{"en", "Russia vetoed a resolution on Ukraine.", "REJECT"},
		{"en", "The United States welcomed the agreement between Kenya and Sweden.", "SUPPORT"},
		{"en", "Sweden summoned Russia's ambassador over the incident.", "ACCUSE SWE>RUS"},
		{"en", "Russian forces shelled Kharkiv overnight, Ukrainian officials said.", "ASSAULT RUS>UKR"},
		{"en", "Brazil's president hosted his Kenyan counterpart in Brasília.", "CONSULT BRA,KEN"},
		{"en", "Sweden pledged $50 million in humanitarian aid to Ukraine.", "AID SWE>UKR"},
		{"en", "Norway expelled three Russian diplomats, accusing them of espionage.", "COERCE NOR>RUS"},
		{"en", "Kenya urged Sweden to lift the restrictions.", "REQUEST KEN>SWE"},
		{"en", "Cuba rejected Washington's demands.", "REJECT CUB>USA"},
		{"en", "Russia warned Norway of consequences.", "THREATEN RUS>NOR"},
		{"en", "Thousands protested outside the Russian embassy in Stockholm.", "PROTEST SWE>RUS"},
		{"en", "Sweden and Norway held joint naval exercises in the Baltic.", "COOPERATE"},
		{"en", "Kenya withdrew its peacekeepers from Ukraine.", "RETREAT KEN>UKR"},
		{"en", "Russia moved troops to the border with Ukraine.", "MOBILIZE RUS"},
		{"en", "Brazil signed a trade deal with Sweden.", "AGREE BRA,SWE"},
		{"en", "Sweden's foreign minister met her Brazilian counterpart on Tuesday.", "CONSULT BRA,SWE"},
		{"en", "Russia imposed an embargo on Norwegian fish.", "SANCTION RUS>NOR"},
		{"en", "Kenya accused Sweden of interfering in its internal affairs.", "ACCUSE KEN>SWE"},
		{"en", "Sweden arrested two Russian nationals suspected of spying.", "COERCE SWE>RUS"},
		{"en", "Russia released two Swedish citizens in a prisoner swap.", "CONCEDE RUS>SWE"},
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
			t.Errorf("%q: got %q, want %s", c.body, got, c.want)
		}
	}
}
