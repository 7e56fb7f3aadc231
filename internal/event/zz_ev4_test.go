package event

import "testing"

func TestZZEv4(t *testing.T) {
	for _, c := range []struct{ lang, body string }{
		{"de", "Russland warf der Ukraine am Dienstag vor, ein Kraftwerk angegriffen zu haben, was Kiew zurückwies."},
		{"de", "Schweden, das im vergangenen Jahr der NATO beitrat, kündigte an, Truppen in die Ukraine zu schicken."},
		{"de", "Brasilien und Schweden unterzeichneten das Abkommen nicht."},
		{"de", "Kuba erklärte sich bereit, die Gespräche mit den USA wieder aufzunehmen."},
		{"de", "Polen verurteilte die Entscheidung Russlands, seine Diplomaten auszuweisen."},
		{"de", "Schweden wies einen russischen Diplomaten aus, woraufhin Russland einen schwedischen Diplomaten auswies."},
		{"de", "Nach Angaben des Außenministeriums traf Mara Lindqvist am Montag in Stockholm ihren brasilianischen Amtskollegen Tomas Ferreira."},
		{"fr", "La Russie a accusé mardi l'Ukraine d'avoir attaqué une centrale, ce que Kiev a démenti."},
		{"fr", "Le Brésil et la Suède n'ont pas signé l'accord."},
		{"fr", "Cuba s'est dite prête à reprendre les négociations avec les États-Unis."},
		{"es", "Rusia acusó el martes a Ucrania de atacar una central, algo que Kiev negó."},
		{"es", "Brasil y Suecia no firmaron el acuerdo."},
		{"es", "Suecia expulsó a un diplomático ruso y Rusia respondió expulsando a un diplomático sueco."},
		{"ru", "Россия во вторник обвинила Украину в атаке на электростанцию, что в Киеве опровергли."},
		{"ru", "Бразилия и Швеция не подписали соглашение."},
	} {
		a := run(t, c.lang, c.body, nil)
		t.Logf("%s %-100q %q", c.lang, c.body, summaries(a))
	}
}
