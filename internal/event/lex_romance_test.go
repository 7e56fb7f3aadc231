package event_test

// Spanish, Portuguese, Italian and French event lexicons through the real
// stages (analyse, describe from itpt_test.go). Every sentence below is
// fictional and written for these tests.

import (
	"strings"
	"testing"
)

// TestLexRomanceEvents checks the Spanish, Portuguese, Italian and French
// phrasings of withdrawals, fire, deployments and alerts, persona non grata,
// concessions to protest, road blockades, appeals and aid in kind: each is
// found with its sides, and each mask or near miss is no event.
func TestLexRomanceEvents(t *testing.T) {
	const published = "2024-03-14"
	tests := []struct {
		lang, body string
		want       []string
	}{
		// Spanish. RETREAT: units, the passive with its auxiliary.
		{"es", "Venezuela retiró dos batallones de la frontera con Guyana.", []string{"RETREAT VEN>GUY"}},
		{"es", "Las tropas colombianas fueron retiradas de la frontera con Ecuador.", []string{"RETREAT COL>ECU"}},
		{"es", "Rusia retirará sus cascos azules de Líbano.", []string{"RETREAT RUS>LBN"}},
		{"es", "Los cargos contra los diplomáticos rusos fueron retirados por Chile.", nil},
		// ASSAULT: opening fire, firing on.
		{"es", "Soldados guatemaltecos abrieron fuego contra una patrulla de Belice.", []string{"ASSAULT GTM>BLZ"}},
		{"es", "La guardia costera china disparó contra un buque filipino.", []string{"ASSAULT CHN>PHL"}},
		// MOBILIZE: units deployed, sent or moved, the passive, alerts;
		// a civil team deployed is aid; a plan to reinforce is no deployment.
		{"es", "Colombia desplegó tres batallones en la frontera con Venezuela.", []string{"MOBILIZE COL>VEN"}},
		{"es", "Ecuador trasladó tropas a la frontera con Perú.", []string{"MOBILIZE ECU>PER"}},
		{"es", "Unos 2.000 soldados ecuatorianos fueron desplegados en la frontera con Colombia.", []string{"MOBILIZE ECU>COL"}},
		{"es", "Perú puso en alerta a sus fuerzas armadas ante la crisis con Chile.", []string{"MOBILIZE PER>CHL"}},
		{"es", "Guyana envió un batallón a la frontera con Venezuela.", []string{"MOBILIZE GUY>VEN"}},
		{"es", "Ecuador reforzó la frontera con Colombia con 3.000 militares.", []string{"MOBILIZE ECU>COL"}},
		{"es", "La OMS desplegó un equipo médico en Paraguay.", []string{"AID WHO>PRY"}},
		{"es", "México y Guatemala firmaron un plan para reforzar la seguridad en la frontera común.", []string{"AGREE GTM,MEX"}},
		// COERCE: persona non grata, plural and feminine.
		{"es", "Venezuela declaró personas non gratas a dos diplomáticos de Argentina.", []string{"COERCE VEN>ARG"}},
		{"es", "La embajadora argentina fue declarada persona non grata por Venezuela.", []string{"COERCE VEN>ARG"}},
		// CONCEDE: lifting restrictions, backing down, withdrawing a decree.
		{"es", "Mauritania levantó las restricciones a los pescadores de Senegal.", []string{"CONCEDE MRT>SEN"}},
		{"es", "Venezuela dio marcha atrás y retiró el decreto contra Guyana.", []string{"CONCEDE VEN>GUY"}},
		{"es", "Los campesinos bolivianos levantaron la voz contra las medidas de Chile.", nil},
		// PROTEST: road blockades; the police blocking roads is none.
		{"es", "Miles de agricultores bloquearon carreteras en Buenos Aires.", []string{"PROTEST ARG> in Buenos Aires"}},
		{"es", "La policía bloqueó las carreteras en Buenos Aires.", nil},
		// REQUEST: appealing to, the gerund.
		{"es", "Paraguay apeló a la OMS para frenar el sarampión.", []string{"REQUEST PRY>WHO"}},
		{"es", "Paraguay publicó un comunicado solicitando a la OMS el envío de expertos.", []string{"REQUEST PRY>WHO"}},
		// AID: teams of experts, medical supplies, generators; a special
		// envoy sends nothing.
		{"es", "La OMS envió un equipo de expertos a Paraguay.", []string{"AID WHO>PRY"}},
		{"es", "España envió suministros médicos a Cuba.", []string{"AID ESP>CUB"}},
		{"es", "Turquía entregó a Ucrania cuarenta generadores.", []string{"AID TUR>UKR"}},
		{"es", "El enviado especial de Estados Unidos pidió ayuda para Haití.", []string{"REQUEST USA>HTI"}},
		// REJECT: accusations called unfounded.
		{"es", "Colombia rechazó las acusaciones infundadas de Ecuador.", []string{"REJECT COL>ECU"}},

		// Portuguese.
		{"pt", "A Venezuela retirou dois batalhões da fronteira com a Guiana.", []string{"RETREAT VEN>GUY"}},
		{"pt", "As tropas venezuelanas foram retiradas da fronteira com a Guiana.", []string{"RETREAT VEN>GUY"}},
		{"pt", "Militares guatemaltecos abriram fogo contra uma lancha de Belize.", []string{"ASSAULT GTM>BLZ"}},
		{"pt", "Soldados guatemaltecos dispararam contra uma patrulha belizenha.", []string{"ASSAULT GTM>BLZ"}},
		{"pt", "A Rússia lançou uma ofensiva diplomática na África.", nil},
		{"pt", "A Guiana enviou um batalhão para a fronteira com a Venezuela.", []string{"MOBILIZE GUY>VEN"}},
		{"pt", "Cerca de 500 militares belizenhos foram deslocados para a fronteira com a Guatemala.", []string{"MOBILIZE BLZ>GTM"}},
		{"pt", "Milhares de pessoas foram deslocadas para o Brasil pela crise na Venezuela.", nil},
		{"pt", "O presidente do Suriname colocou as Forças Armadas em alerta máximo.", []string{"MOBILIZE SUR>"}},
		{"pt", "O Brasil enviou 400 militares para Roraima.", []string{"MOBILIZE BRA>"}},
		{"pt", "Angola declarou persona non grata o embaixador de Portugal.", []string{"COERCE AGO>PRT"}},
		{"pt", "O embaixador português foi declarado persona non grata por Angola.", []string{"COERCE AGO>PRT"}},
		{"pt", "A Mauritânia levantou as restrições impostas aos pescadores senegaleses.", []string{"CONCEDE MRT>SEN"}},
		{"pt", "A Venezuela voltou atrás e revogou o decreto contra a Guiana.", []string{"CONCEDE VEN>GUY"}},
		{"pt", "Agricultores bloquearam estradas em Lisboa.", []string{"PROTEST PRT> in Lisbon"}},
		{"pt", "A polícia bloqueou as estradas em Lisboa.", nil},
		{"pt", "Milhares de manifestantes protestaram em São Paulo contra os Estados Unidos.", []string{"PROTEST BRA>USA in São Paulo"}},
		{"pt", "O Paraguai divulgou uma nota solicitando à OMS o envio de especialistas.", []string{"REQUEST PRY>WHO"}},
		{"pt", "A OMS enviou uma equipa de especialistas ao Paraguai.", []string{"AID WHO>PRY"}},
		{"pt", "Espanha enviou material médico a Portugal.", []string{"AID ESP>PRT"}},
		{"pt", "A Turquia entregou à Ucrânia quarenta geradores.", []string{"AID TUR>UKR"}},
		{"pt", "A ministra portuguesa agradeceu o apoio espanhol.", nil},
		{"pt", "Portugal convocou o embaixador da Rússia.", []string{"ACCUSE PRT>RUS", "PROTEST PRT>RUS"}},
		{"pt", "A Rússia convocou o encarregado de negócios da Moldávia.", []string{"ACCUSE RUS>MDA", "PROTEST RUS>MDA"}},
		{"pt", "A China desmentiu as acusações dos Estados Unidos.", []string{"REJECT CHN>USA"}},
		{"pt", "O Brasil e a Argentina reforçaram a cooperação militar.", []string{"COOPERATE ARG,BRA"}},

		// Italian.
		{"it", "La Russia ha ritirato due battaglioni dal confine con la Georgia.", []string{"RETREAT RUS>GEO"}},
		{"it", "Le truppe russe sono state ritirate dal confine con la Georgia.", []string{"RETREAT RUS>GEO"}},
		{"it", "Soldati venezuelani hanno sparato contro una pattuglia della Guyana.", []string{"ASSAULT VEN>GUY"}},
		{"it", "Droni russi hanno colpito il porto di Mykolaiv.", []string{"ASSAULT RUS>UKR in Mykolaiv"}},
		{"it", "Le sanzioni europee hanno colpito duramente la Russia.", nil},
		{"it", "La Guyana ha schierato tre battaglioni al confine con il Venezuela.", []string{"MOBILIZE GUY>VEN"}},
		{"it", "Circa mille soldati della Guyana sono stati schierati al confine con il Venezuela.", []string{"MOBILIZE GUY>VEN"}},
		{"it", "Il Venezuela ha messo in allerta le forze armate.", []string{"MOBILIZE VEN>"}},
		{"it", "Il Nicaragua ha dichiarato l'ambasciatore del Costa Rica persona non grata.", []string{"COERCE NIC>CRI"}},
		{"it", "Il Venezuela ha fatto marcia indietro e ha ritirato il decreto sulla Guyana.", []string{"CONCEDE VEN>GUY"}},
		{"it", "Migliaia di agricoltori hanno bloccato le strade a Parigi.", []string{"PROTEST FRA> in Paris"}},
		{"it", "La polizia ha bloccato le strade a Roma.", nil},
		{"it", "Un corteo funebre ha attraversato Roma.", nil},
		{"it", "Il Venezuela ha fatto appello all'Onu.", []string{"REQUEST VEN>UN"}},
		{"it", "Il Paraguay ha diffuso una nota chiedendo all'Oms l'invio di esperti.", []string{"REQUEST PRY>WHO"}},
		{"it", "L'Oms ha inviato una squadra di esperti in Paraguay.", []string{"AID WHO>PRY"}},
		{"it", "La Turchia ha consegnato all'Ucraina quaranta generatori.", []string{"AID TUR>UKR"}},
		{"it", "L'inviato speciale degli Stati Uniti ha chiesto aiuti per Haiti.", []string{"REQUEST USA>HTI"}},
		{"it", "La Cina ha respinto le accuse infondate degli Stati Uniti.", []string{"REJECT CHN>USA"}},

		// French.
		{"fr", "La Russie a retiré deux bataillons de la frontière avec la Géorgie.", []string{"RETREAT RUS>GEO"}},
		{"fr", "Les troupes russes ont été retirées de la frontière avec la Géorgie.", []string{"RETREAT RUS>GEO"}},
		{"fr", "Les accusations contre les diplomates russes ont été retirées par la France.", nil},
		{"fr", "Des soldats vénézuéliens ont tiré contre une patrouille du Guyana.", []string{"ASSAULT VEN>GUY"}},
		{"fr", "Le Guyana a déployé trois bataillons à la frontière avec le Venezuela.", []string{"MOBILIZE GUY>VEN"}},
		{"fr", "Un millier de soldats guyaniens ont été déployés à la frontière avec le Venezuela.", []string{"MOBILIZE GUY>VEN"}},
		{"fr", "Le Venezuela a placé ses forces armées en alerte.", []string{"MOBILIZE VEN>"}},
		{"fr", "L'ambassadrice de France a été déclarée persona non grata par le Niger.", []string{"COERCE NER>FRA"}},
		{"fr", "La Mauritanie a levé les restrictions visant les pêcheurs sénégalais.", []string{"CONCEDE MRT>SEN"}},
		{"fr", "Le Venezuela a fait marche arrière et a abrogé le décret visant le Guyana.", []string{"CONCEDE VEN>GUY"}},
		{"fr", "Des milliers d'agriculteurs ont bloqué les routes à Paris.", []string{"PROTEST FRA> in Paris"}},
		{"fr", "La police a bloqué les routes à Paris.", nil},
		{"fr", "Le Paraguay a publié un communiqué demandant à l'OMS l'envoi d'experts.", []string{"REQUEST PRY>WHO"}},
		{"fr", "L'OMS a envoyé une équipe d'experts au Paraguay.", []string{"AID WHO>PRY"}},
		{"fr", "La France a envoyé son équipe de négociateurs au Maroc.", nil},
		{"fr", "La Turquie a livré des drones à l'Ukraine.", []string{"AID TUR>UKR"}},
		{"fr", "L'envoyé spécial des États-Unis a demandé de l'aide pour Haïti.", []string{"REQUEST USA>HTI"}},
		{"fr", "Le Rwanda a rejeté les accusations infondées de la RDC.", []string{"REJECT RWA>COD"}},
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

// TestLexRomanceMore checks the second pass over the types: cooperation
// resumed or reinforced (finite forms only: agreeing to expand it stays one
// agreement), aid offered, lent or mobilized as money, warnings of a
// response, reservists mobilized, packages blocked, orders to leave the
// country, sanctions adopted, naval and joint drills, and the masks for
// development agencies, sanctions packages blocked and diplomatic
// "mobilization" of partners.
func TestLexRomanceMore(t *testing.T) {
	const published = "2024-03-14"
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"es", "Colombia y Ecuador reanudaron la cooperación militar.", []string{"COOPERATE COL,ECU"}},
		{"es", "Cuba y Rusia acordaron ampliar la cooperación.", []string{"AGREE CUB,RUS"}},
		{"es", "Chile ofreció ayuda a Bolivia tras las inundaciones.", []string{"AID CHL>BOL"}},
		{"es", "Venezuela advirtió a Guyana de que responderá con firmeza.", []string{"THREATEN VEN>GUY"}},
		{"es", "Rusia movilizó a 300.000 reservistas.", []string{"MOBILIZE RUS>"}},
		{"es", "La Comisión Europea movilizó 3 millones de euros para los damnificados de Honduras.", []string{"AID EU>HND"}},
		{"es", "Venezuela movilizó a la comunidad internacional contra Guyana.", nil},
		{"es", "Hungría bloqueó el paquete de ayuda para Ucrania.", []string{"REJECT HUN>UKR"}},
		{"es", "Venezuela dio a los diplomáticos argentinos 72 horas para abandonar el país.", []string{"COERCE VEN>ARG"}},
		{"es", "La Unión Europea adoptó nuevas sanciones contra Irán.", []string{"SANCTION EU>IRN"}},
		{"es", "Chile y Perú iniciaron ejercicios militares conjuntos en el Pacífico.", []string{"COOPERATE CHL,PER"}},
		{"es", "España financia proyectos de agua en Paraguay a través de la Agencia Española de Cooperación Internacional.", nil},

		{"pt", "O Japão concedeu um empréstimo de 100 milhões de dólares a Moçambique.", []string{"AID JPN>MOZ"}},
		{"pt", "Os Estados Unidos suspenderam a ajuda à Guatemala.", []string{"SANCTION USA>GTM"}},
		{"pt", "A Venezuela advertiu a Guiana de que responderá com firmeza.", []string{"THREATEN VEN>GUY"}},
		{"pt", "A Marinha turca iniciou manobras navais no mar Egeu.", []string{"MOBILIZE TUR>"}},
		{"pt", "É a terceira vez que o Reino Unido adota sanções contra a Bielorrússia.", []string{"SANCTION GBR>BLR"}},
		{"pt", "A Nicarágua ordenou ao embaixador do Brasil que saísse do país.", []string{"COERCE NIC>BRA"}},
		{"pt", "A Hungria bloqueou o pacote de ajuda à Ucrânia.", []string{"REJECT HUN>UKR"}},

		{"it", "Italia e Francia rafforzeranno la cooperazione in materia di difesa.", []string{"COOPERATE FRA,ITA future"}},
		{"it", "Il Giappone ha concesso un prestito di 100 milioni di dollari all'Egitto.", []string{"AID JPN>EGY"}},
		{"it", "La Russia e l'Ucraina si sono scambiate prigionieri.", []string{"CONCEDE RUS,UKR>UKR,RUS"}},
		{"it", "Il Venezuela ha avvertito la Guyana che risponderà con fermezza.", []string{"THREATEN VEN>GUY"}},
		{"it", "La Russia ha mobilitato migliaia di riservisti.", []string{"MOBILIZE RUS>"}},
		{"it", "L'Italia ha mobilitato tre milioni di euro per il Malawi.", []string{"AID ITA>MWI"}},
		{"it", "L'Ungheria ha bloccato il pacchetto di aiuti all'Ucraina.", []string{"REJECT HUN>UKR"}},
		{"it", "L'Ungheria ha bloccato il nuovo pacchetto di sanzioni contro la Russia.", nil},
		{"it", "Il Niger ha ordinato all'ambasciatore francese di lasciare il paese.", []string{"COERCE NER>FRA"}},
		{"it", "Italia e Francia hanno avviato esercitazioni militari congiunte.", []string{"COOPERATE FRA,ITA"}},
		{"it", "L'Italia sostiene con l'Agenzia italiana per la cooperazione allo sviluppo progetti idrici in Etiopia.", nil},

		{"fr", "La France a mobilisé 300 réservistes.", []string{"MOBILIZE FRA>"}},
		{"fr", "La France a mobilisé 10 millions d'euros pour la Jordanie.", []string{"AID FRA>JOR"}},
		{"fr", "La France a mobilisé ses partenaires européens contre la Russie.", nil},
		{"fr", "Le Venezuela a averti le Guyana qu'il riposterait.", []string{"THREATEN VEN>GUY"}},
		{"fr", "Le Maroc a renvoyé deux diplomates algériens.", []string{"COERCE MAR>DZA"}},
		{"fr", "Le Niger a sommé l'ambassadeur de France de quitter le pays.", []string{"COERCE NER>FRA"}},
		{"fr", "Le Bénin et le Togo ont lancé des exercices militaires conjoints.", []string{"COOPERATE BEN,TGO"}},
		{"fr", "La Turquie a remis quarante générateurs à l'Ukraine.", []string{"AID TUR>UKR"}},
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
