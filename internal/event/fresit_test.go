package event_test

// French, Spanish and Italian triggers of every PLOVER type through the real
// stages (text.Split, actor.Find, event.Extract): finite forms, participles,
// nouns and passives with "par", "por" and "da". Every sentence below is
// fictional and written for these tests.

import (
	"strings"
	"testing"
	"time"

	"chancery/internal/news"
	"chancery/internal/timex"
)

func TestFrenchSpanishItalianEvents(t *testing.T) {
	const published = "2023-11-16" // a Thursday
	tests := []struct {
		lang, body string
		want       []string
	}{
		// French
		{"fr", "La Suède et la Norvège ont signé mardi un accord sur la pêche.", []string{"AGREE NOR,SWE 2023-11-14"}},
		{"fr", "Le Brésil a conclu un accord commercial avec le Chili.", []string{"AGREE BRA,CHL"}},
		{"fr", "Le ministre italien des Affaires étrangères, Paolo Benedetti, s'est entretenu mercredi avec son homologue chilien, Javier Rojas.",
			[]string{"CONSULT CHL,ITA 2023-11-15 [Javier Rojas(CHL:foreign minister); Paolo Benedetti(ITA:foreign minister)]"}},
		{"fr", "La Norvège soutient l'Ukraine, a déclaré le Premier ministre norvégien.", []string{"SUPPORT NOR>UKR"}},
		{"fr", "La Turquie a libéré lundi deux ressortissants grecs.", []string{"CONCEDE TUR>GRC 2023-11-13"}},
		{"fr", "Le Kenya et l'Éthiopie ont renforcé leur coopération militaire.", []string{"COOPERATE ETH,KEN"}},
		{"fr", "La Belgique a débloqué 5 millions d'euros d'aide pour le Tchad.", []string{"AID BEL>TCD"}},
		{"fr", "Le Japon a acheminé 40 tonnes d'aide au Népal.", []string{"AID JPN>NPL"}},
		{"fr", "La France a évacué ses troupes du Niger.", []string{"RETREAT FRA>NER"}},
		{"fr", "Le Canada a retiré ses soldats de Lettonie la semaine dernière.", []string{"RETREAT CAN>LVA 2023-11"}},
		{"fr", "Le Chili a sollicité l'aide de l'Argentine.", []string{"REQUEST CHL>ARG"}},
		{"fr", "La Pologne a vivement critiqué la décision de la Hongrie.", []string{"ACCUSE POL>HUN"}},
		{"fr", "Le Maroc a convoqué l'ambassadeur d'Espagne.", []string{"ACCUSE MAR>ESP"}},
		{"fr", "L'Iran rejette les accusations du Royaume-Uni.", []string{"REJECT IRN>GBR"}},
		{"fr", "La Corée du Nord a menacé le Japon de représailles.", []string{"THREATEN PRK>JPN"}},
		{"fr", "Des centaines de manifestants se sont rassemblés jeudi devant l'ambassade de Russie à Paris.", []string{"PROTEST FRA>RUS 2023-11-16 in Paris"}},
		{"fr", "Des milliers de personnes ont manifesté à Bruxelles contre la Hongrie.", []string{"PROTEST BEL>HUN in Brussels"}},
		{"fr", "Le Canada a imposé de nouvelles sanctions contre la Russie.", []string{"SANCTION CAN>RUS"}},
		{"fr", "La Lettonie a rompu ses relations diplomatiques avec la Géorgie.", []string{"SANCTION LVA>GEO"}},
		{"fr", "La Grèce a dépêché des soldats à la frontière avec la Turquie.", []string{"MOBILIZE GRC>TUR"}},
		{"fr", "La Lituanie a expulsé trois diplomates russes.", []string{"COERCE LTU>RUS"}},
		{"fr", "Le Soudan a été bombardé par le Tchad.", []string{"ASSAULT TCD>SDN"}},
		{"fr", "La Syrie a abattu un drone israélien.", []string{"ASSAULT SYR>ISR"}},
		// passives with "par", nouns, passé simple
		{"fr", "L'ambassadeur d'Espagne a été convoqué par le Maroc.", []string{"ACCUSE MAR>ESP"}},
		{"fr", "La Serbie a été critiquée par la Croatie.", []string{"ACCUSE HRV>SRB"}},
		{"fr", "Le Portugal a été reçu par l'Angola.", []string{"CONSULT AGO,PRT"}},
		{"fr", "La Pologne rejeta la proposition de la Russie.", []string{"REJECT POL>RUS"}},
		{"fr", "Le Japon a annoncé le déblocage d'une aide de 3 millions de dollars pour les Philippines.", []string{"AID JPN>PHL"}},
		{"fr", "Le ministre gambien a rencontré jeudi son homologue tanzanien.", []string{"CONSULT GMB,TZA 2023-11-16"}},
		{"fr", "Le Sénégal a reçu du Japon un don de riz.", nil},
		{"fr", "La France envisage de retirer ses troupes du Niger.", []string{"RETREAT FRA>NER intend"}},
		// a demonstrative names an event already told, not a new one
		{"fr", "La Belgique défendra cette demande auprès de la Suède.", nil},

		// Spanish
		{"es", "Perú y Bolivia suscribieron ayer un convenio de cooperación.", []string{"AGREE BOL,PER 2023-11-15"}},
		{"es", "El canciller peruano, Andrés Ocampo, se reunió el martes con su homólogo boliviano, Raúl Mendoza.",
			[]string{"CONSULT BOL,PER 2023-11-14 [Andrés Ocampo(PER:foreign minister); Raúl Mendoza(BOL:foreign minister)]"}},
		{"es", "Chile respaldó la candidatura de Uruguay.", []string{"SUPPORT CHL>URY"}},
		{"es", "Venezuela liberó a cinco ciudadanos colombianos.", []string{"CONCEDE VEN>COL"}},
		{"es", "México entregó a Honduras un donativo de 20 toneladas de alimentos.", []string{"AID MEX>HND"}},
		{"es", "España envió insumos médicos a Ecuador.", []string{"AID ESP>ECU"}},
		{"es", "Argentina retiró sus tropas de Haití.", []string{"RETREAT ARG>HTI"}},
		{"es", "Colombia solicitó a Panamá información sobre los buques.", []string{"REQUEST COL>PAN"}},
		{"es", "Cuba repudió las sanciones de Estados Unidos.", []string{"ACCUSE CUB>USA"}},
		{"es", "Bolivia rechazó la propuesta de Chile.", []string{"REJECT BOL>CHL"}},
		{"es", "Nicaragua amenazó a Costa Rica con represalias.", []string{"THREATEN NIC>CRI"}},
		{"es", "Cientos de pescadores protestaron frente a la embajada de Japón en Santiago.", []string{"PROTEST CHL>JPN in Santiago"}},
		{"es", "Canadá impuso nuevas sanciones a Irán.", []string{"SANCTION CAN>IRN"}},
		{"es", "Ecuador desplegó tropas en la frontera con Perú.", []string{"MOBILIZE ECU>PER"}},
		{"es", "Honduras deportó a doce ciudadanos guatemaltecos.", []string{"COERCE HND>GTM"}},
		{"es", "Ucrania fue atacada por Rusia durante la noche.", []string{"ASSAULT RUS>UKR"}},
		// "criticó" folds like the adjective "crítico": the verb still counts
		{"es", "Perú criticó a Bolivia por el cierre de la frontera.", []string{"ACCUSE PER>BOL"}},
		{"es", "Un periodista crítico del Gobierno de Chile fue premiado.", nil},
		{"es", "El embajador de Chile fue convocado por Perú.", []string{"ACCUSE PER>CHL", "PROTEST PER>CHL"}},
		{"es", "Los Estados Unidos Mexicanos firmaron un convenio con Guatemala.", []string{"AGREE GTM,MEX"}},
		{"es", "Brasil donó diez toneladas de alimentos a Haití.", []string{"AID BRA>HTI"}},
		{"es", "El canciller togolés se reunió con su homólogo gabonés.", []string{"CONSULT GAB,TGO"}},
		// a past tense that folds like its noun ("apoyó", "apoyo") is still a verb
		{"es", "Bolivia rechazó este lunes las acusaciones de Chile.", []string{"REJECT BOL>CHL 2023-11-13"}},
		{"es", "Colombia respaldó la candidatura de Ecuador.", []string{"SUPPORT COL>ECU"}},
		{"es", "México estudia enviar ayuda humanitaria a Cuba.", []string{"AID MEX>CUB intend"}},
		{"es", "Chile defenderá esta solicitud ante Perú.", nil},

		// Italian
		{"it", "L'Italia e la Grecia hanno firmato ieri un memorandum d'intesa.", []string{"AGREE GRC,ITA 2023-11-15"}},
		{"it", "La Grecia ha sostenuto la candidatura di Cipro.", []string{"SUPPORT GRC>CYP"}},
		{"it", "La Serbia ha rilasciato tre cittadini croati.", []string{"CONCEDE SRB>HRV"}},
		{"it", "L'Italia e la Croazia rafforzano la cooperazione nell'Adriatico.", []string{"COOPERATE HRV,ITA"}},
		{"it", "La Germania ha stanziato 10 milioni di euro per la Libia.", []string{"AID DEU>LBY"}},
		{"it", "La Francia ha ritirato i suoi soldati dal Niger.", []string{"RETREAT FRA>NER"}},
		{"it", "La Slovenia ha chiesto spiegazioni all'Austria.", []string{"REQUEST SVN>AUT"}},
		{"it", "La Farnesina ha convocato l'ambasciatore egiziano.", []string{"ACCUSE ITA>EGY", "PROTEST ITA>EGY"}},
		{"it", "L'Ungheria ha bocciato la proposta della Polonia.", []string{"REJECT HUN>POL"}},
		{"it", "La Turchia ha minacciato Cipro di ritorsioni.", []string{"THREATEN TUR>CYP"}},
		{"it", "Migliaia di persone hanno manifestato a Milano contro la Russia.", []string{"PROTEST ITA>RUS in Milan"}},
		{"it", "Il Regno Unito ha imposto sanzioni alla Bielorussia.", []string{"SANCTION GBR>BLR"}},
		{"it", "La Finlandia ha schierato soldati al confine con la Russia.", []string{"MOBILIZE FIN>RUS"}},
		{"it", "La Lituania ha espulso due diplomatici russi.", []string{"COERCE LTU>RUS"}},
		{"it", "Un drone turco è stato abbattuto dalla Siria.", []string{"ASSAULT SYR>TUR"}},
		// passives with "da"; "dal" after a withdrawal is where from, not the agent
		{"it", "L'ambasciatore russo è stato convocato dalla Farnesina.", []string{"ACCUSE ITA>RUS", "PROTEST ITA>RUS"}},
		{"it", "La Slovenia è stata criticata dalla Croazia.", []string{"ACCUSE HRV>SVN"}},
		{"it", "La Spagna ha ritirato i suoi militari dal Mali.", []string{"RETREAT ESP>MLI"}},
		{"it", "La Russia ha respinto la richiesta della Moldavia.", []string{"REJECT RUS>MDA"}},
		{"it", "Il presidente senegalese ha incontrato il premier ghanese.", []string{"CONSULT GHA,SEN"}},
		{"it", "La Russia ha richiamato il proprio ambasciatore da Roma.", []string{"SANCTION RUS>ITA"}},
		{"it", "Il premier greco incontrò il presidente cipriota a Nicosia.", []string{"CONSULT CYP,GRC in Nicosia"}},
		{"it", "L'Italia ha promesso di rafforzare la cooperazione con la Tunisia.", []string{"COOPERATE ITA,TUN intend"}},
		{"it", "La Grecia difenderà questa richiesta presso la Francia.", nil},
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

func TestFrenchSpanishItalianPersons(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string // "Name(country:role)"
	}{
		{"fr", "Le vice-Premier ministre gambien, Lamin Ceesay, a rencontré le ministre sénégalais des Forces armées.",
			[]string{"Lamin Ceesay(GMB:deputy prime minister)"}},
		{"fr", "Le président du Sénat tanzanien, Juma Mwita, est arrivé à Paris.", []string{"Juma Mwita(TZA:speaker)"}},
		{"es", "El viceministro togolés, Kofi Agbeko, llegó a Lima.", []string{"Kofi Agbeko(TGO:state secretary)"}},
		{"es", "El jefe de la Policía gabonesa, Paul Nguema, fue destituido.", []string{"Paul Nguema(GAB:police chief)"}},
		{"it", "Il generale ciadiano Ahmat Saleh è arrivato a Roma.", []string{"Ahmat Saleh(TCD:general)"}},
		{"it", "Il sottosegretario senegalese Amadou Fall ha incontrato il ministro.", []string{"Amadou Fall(SEN:state secretary)"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.body, func(t *testing.T) {
			a := analyse(tt.lang, "2023-11-16", tt.body)
			var got []string
			for _, e := range a.Analysis.Entities {
				if e.Kind == news.KindPerson {
					got = append(got, e.Name+"("+e.Country+":"+strings.Join(e.Roles, "/")+")")
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFrenchSpanishItalianDates(t *testing.T) {
	ref := timex.Ref{Time: time.Date(2023, 11, 16, 0, 0, 0, 0, time.UTC), Precision: timex.Day} // a Thursday
	tests := []struct {
		lang, s string
		want    []string // "text=value"
	}{
		{"fr", "Il y a deux jours, le ministre était à Dakar.", []string{"Il y a deux jours=2023-11-14"}},
		{"fr", "Il y a une semaine, les deux pays ont signé.", []string{"Il y a une semaine=2023-11"}},
		{"es", "Hace tres días el canciller viajó a Quito.", []string{"Hace tres días=2023-11-13"}},
		{"es", "El fin de semana pasado se reunieron.", []string{"El fin de semana pasado=2023-11"}},
		{"it", "Due giorni fa il ministro era a Tunisi.", []string{"Due giorni fa=2023-11-14"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.s, func(t *testing.T) {
			var got []string
			for _, d := range timex.Find(tt.lang, tt.s, ref) {
				got = append(got, tt.s[d.Start:d.End]+"="+d.Value)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
