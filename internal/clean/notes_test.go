package clean

import (
	"strings"
	"testing"

	"chancery/internal/news"
)

// story is a fictional article body in several languages: three
// paragraphs, the first two long enough to count as the story's long
// paragraphs.
var story = map[string]string{
	"en": "The foreign ministers of Uruguay and Brazil agreed on Monday to open a joint border post near Rivera, their ministries said in a joint statement released in Montevideo.\n\n" +
		"The post will open in June and will process trucks and buses around the clock, cutting waiting times that now reach two days, the statement said.\n\n" +
		"The ministers will meet again in Brasília in September.",
	"fr": "Les ministres des Affaires étrangères du Sénégal et de la Mauritanie ont convenu lundi d'ouvrir un poste frontière commun à Rosso, selon un communiqué publié à Dakar.\n\n" +
		"Le poste ouvrira en juin et fonctionnera jour et nuit pour les camions et les autocars, ce qui devrait réduire des attentes qui atteignent deux jours.\n\n" +
		"Les deux ministres se retrouveront en septembre à Nouakchott.",
	"es": "Los cancilleres de Uruguay y Brasil acordaron el lunes abrir un paso fronterizo conjunto cerca de Rivera, según un comunicado conjunto difundido por ambos ministerios en Montevideo.\n\n" +
		"El paso abrirá en junio y atenderá camiones y autobuses las veinticuatro horas, lo que reducirá esperas que hoy llegan a dos días, añadió el comunicado.\n\n" +
		"Los cancilleres volverán a reunirse en Brasilia en septiembre.",
	"pt": "Os ministros dos Negócios Estrangeiros de Portugal e Cabo Verde acordaram na segunda-feira abrir um novo consulado na cidade da Praia, segundo um comunicado conjunto divulgado em Lisboa.\n\n" +
		"O consulado abrirá em junho e atenderá os pedidos de vistos de estudantes e trabalhadores sazonais, que hoje esperam até três meses, acrescentou a nota.\n\n" +
		"Os dois ministros voltam a reunir-se em setembro.",
	"de": "Die Außenminister Norwegens und Schwedens haben am Montag vereinbart, einen gemeinsamen Grenzübergang bei Svinesund zu öffnen, teilten beide Ministerien in einer gemeinsamen Erklärung mit.\n\n" +
		"Der Übergang soll im Juni öffnen und rund um die Uhr Lastwagen und Busse abfertigen, was Wartezeiten von bis zu zwei Tagen verkürzen soll, hieß es weiter.\n\n" +
		"Die Minister wollen sich im September in Oslo wieder treffen.",
}

// TestAfterStory checks notes that pages print under the story, in several
// languages: link lists under a heading that names the outlet or as one
// line, notes on the author or the outlet behind a label, captions behind
// a label, comment counters run into the comment policy, opinion
// disclaimers, copyright notices and paywall counters (fictional texts).
func TestAfterStory(t *testing.T) {
	tests := []struct {
		name, lang, tail string
		gone             []string
	}{
		{"related heading with outlet", "en", "ALSO ON THE ANDEAN COURIER\n- Belize and Honduras sign ferry service deal\n- Guyana names new envoy to Bogotá\n",
			[]string{"ALSO ON", "ferry service deal", "new envoy"}},
		{"arrow items with a question", "pt", "LEIA TAMBÉM\n» Angola e Namíbia reabrem a fronteira do Cunene\n» Teste: quanto sabe sobre as capitais africanas?\n",
			[]string{"Cunene", "capitais africanas"}},
		{"about the outlet", "en", "About the Andean Courier: a reader-owned weekly in English, printed in Lima since 1998.\n",
			[]string{"reader-owned weekly"}},
		{"about the author fr", "fr", "À propos de l'auteure : Marie Kaboré a été correspondante à Bamako et à Niamey avant de rejoindre la rédaction.\n",
			[]string{"correspondante à Bamako"}},
		{"author label fr", "fr", "L'auteur : Paul Ouédraogo, journaliste au service Afrique, a couvert la région pendant dix ans.\n",
			[]string{"service Afrique"}},
		{"about the author es", "es", "Sobre el autor: Mateo Ríos fue corresponsal en Quito y en La Paz durante una década.\n",
			[]string{"corresponsal en Quito"}},
		{"caption label en", "en", "Caption: Lorries queue at the border crossing near Rivera last winter. (Courier/Archive)\n",
			[]string{"Lorries queue at the border"}},
		{"caption label fr", "fr", "Légende : des camions au poste de Rosso l'hiver dernier.\n",
			[]string{"des camions au poste"}},
		{"comment counter with policy", "pt", "Comentários (14) — Cada comentário é da responsabilidade dos seus autores; o site pode apagar mensagens ofensivas.\n",
			[]string{"responsabilidade dos seus autores"}},
		{"comment counter with widget", "fr", "Réagir (3) | Imprimer | Envoyer\n", []string{"Réagir"}},
		{"opinion disclaimer es", "es", "Las opiniones expresadas en esta columna son responsabilidad de su autor.\n",
			[]string{"opiniones expresadas"}},
		{"opinion disclaimer pt", "pt", "As opiniões expressas neste artigo são da responsabilidade do autor.\n",
			[]string{"opiniões expressas"}},
		{"opinion disclaimer fr", "fr", "Les opinions exprimées dans cette tribune n'engagent que leur auteur.\n",
			[]string{"opinions exprimées"}},
		{"numbered most read", "es", "Lo más visto: 1. Clásico: horarios del domingo 2. El dólar cierra estable 3. Lluvias en la sierra\n",
			[]string{"horarios del domingo", "dólar cierra"}},
		{"quoted columns on one line", "es", "Otras columnas: «La cosecha y el granizo» · «¿Cuánto vale un tren?» · «Aduanas sin papel»\n",
			[]string{"La cosecha y el granizo"}},
		{"copyright with year", "en", "Andean Courier © 2024. Our texts may be quoted only with a hyperlink to this site. Licence No. 118 of the press council.\n",
			[]string{"Licence No. 118"}},
		{"paywall counter de", "de", "Sie haben 4 kostenlose Artikel in diesem Monat gelesen.\n", []string{"kostenlose Artikel"}},
		{"newsletter pitch", "en", "Join 12,000 readers: the Courier Briefing lands by e-mail before breakfast.\n", []string{"Courier Briefing"}},
	}
	var c Cleaner
	for _, tt := range tests {
		text := "Uruguay and Brazil agree to open joint border post\n\n" + story[tt.lang] + "\n\n" + tt.tail
		a := c.Clean(news.Raw{Text: text})
		for _, g := range tt.gone {
			if strings.Contains(a.Body, g) {
				t.Errorf("%s: kept %q in body:\n%s", tt.name, g, a.Body)
			}
		}
		last := story[tt.lang][strings.LastIndex(story[tt.lang], "\n")+1:]
		if !strings.Contains(a.Body, last) {
			t.Errorf("%s: lost the story's last paragraph from:\n%s", tt.name, a.Body)
		}
	}
}

// TestBodyLinesStay checks lines that share a shape or a word with the
// notes above but belong to the story.
func TestBodyLinesStay(t *testing.T) {
	tests := []struct{ lang, line string }{
		{"en", "About 300 people: that is how many cross the post every hour, the ministry said."},
		{"en", "The agreement covers three areas: trade, energy and security."},
		{"en", "Results: 1. the post opens in June. 2. the queues shrink."},
		{"fr", "L'auteur de l'attaque contre le poste frontière a été arrêté mardi à Rosso."},
		{"es", "Las opiniones expresadas por los transportistas fueron escuchadas por el ministro."},
		{"pt", "As opiniões expressas pelos estudantes foram levadas ao ministro."},
		{"de", "Die Polizei fand GPS-Tracker an zwei Lastwagen, die am Übergang warteten."},
	}
	var c Cleaner
	for _, tt := range tests {
		paras := strings.SplitN(story[tt.lang], "\n\n", 2)
		text := "Uruguay and Brazil agree to open joint border post\n\n" + paras[0] + "\n\n" + tt.line + "\n\n" + paras[1]
		a := c.Clean(news.Raw{Text: text})
		if !strings.Contains(a.Body, tt.line) {
			t.Errorf("%s: lost %q from:\n%s", tt.lang, tt.line, a.Body)
		}
	}
}

// TestAboveHeadline checks the page top: a masthead in capitals over a
// notice that reads as sentences (a paywall counter, a consent banner, a
// notice no marker names), a date line that shares its line with the
// reading time, a deck under the headline and a live kicker before it.
func TestAboveHeadline(t *testing.T) {
	tests := []struct {
		name, lang, top, title, published string
		gone                              []string
	}{
		{"paywall counter under masthead fr", "fr",
			"LA GAZETTE DU FLEUVE\nSénégal | Afrique | Monde | Sport\nIl vous reste 2 lectures offertes sur 5 ce mois-ci. Passez à l'offre numérique pour tout lire.\n\nSénégal et Mauritanie ouvriront un poste frontière commun à Rosso\n\nLe 05/03/2025 à 10h42\n",
			"Sénégal et Mauritanie ouvriront un poste frontière commun à Rosso", "2025-03-05", []string{"lectures offertes"}},
		{"consent banner with trackers fr", "fr",
			"LA GAZETTE DU FLEUVE ET DES DEUX RIVES\nAccueil > Afrique > Sénégal\nNotre site dépose des traceurs de mesure. Si vous continuez à lire, vous consentez à leur usage. Réglages | Accepter\n\nSénégal et Mauritanie ouvriront un poste frontière commun à Rosso\n\n",
			"Sénégal et Mauritanie ouvriront un poste frontière commun à Rosso", "", []string{"traceurs"}},
		{"unknown notice under masthead en", "en",
			"THE ANDEAN COURIER\nWorld | Americas | Business\nOur offices are closed for the holiday. Deliveries resume on Monday.\n\nUruguay and Brazil agree to open joint border post near Rivera\n\n",
			"Uruguay and Brazil agree to open joint border post near Rivera", "", []string{"offices are closed"}},
		{"date beside reading time de", "de",
			"Norwegen und Schweden öffnen gemeinsamen Grenzübergang\n\n05.03.2025, 10:42 Uhr | Lesezeit: 3 Min.\n",
			"Norwegen und Schweden öffnen gemeinsamen Grenzübergang", "2025-03-05", nil},
		{"date beside reading time en", "en",
			"Uruguay and Brazil agree to open joint border post\n\nMarch 5, 2025 · 4 min read\n",
			"Uruguay and Brazil agree to open joint border post", "2025-03-05", nil},
		{"deck without punctuation de", "de",
			"Grenzverkehr: Oslo und Stockholm rücken zusammen\n\nDie Außenminister Norwegens und Schwedens vereinbaren einen gemeinsamen Grenzübergang – und die Spediteure hoffen auf kürzere Wartezeiten\n\nVon Max Muster\n",
			"Grenzverkehr: Oslo und Stockholm rücken zusammen", "", nil},
		{"deck without punctuation en", "en",
			"Southern neighbours: Uruguay and Brazil bury a border quarrel\n\nThe foreign ministers agree to open a joint border post near Rivera – and truckers hope for shorter queues\n\n",
			"Southern neighbours: Uruguay and Brazil bury a border quarrel", "", nil},
		{"live kicker es", "es",
			"EL DIARIO DEL SUR\nInicio » Nacional\n\nEN VIVO | Uruguay y Brasil abren un paso fronterizo conjunto cerca de Rivera\n\n",
			"EN VIVO | Uruguay y Brasil abren un paso fronterizo conjunto cerca de Rivera", "", nil},
		{"live kicker fr", "fr",
			"EN DIRECT | Le Sénégal et la Mauritanie ouvrent un poste frontière commun à Rosso\n\n",
			"EN DIRECT | Le Sénégal et la Mauritanie ouvrent un poste frontière commun à Rosso", "", nil},
	}
	var c Cleaner
	for _, tt := range tests {
		a := c.Clean(news.Raw{Text: tt.top + "\n" + story[tt.lang]})
		if a.Title != tt.title {
			t.Errorf("%s: title %q, want %q", tt.name, a.Title, tt.title)
		}
		if tt.published != "" && a.Published != tt.published {
			t.Errorf("%s: published %q, want %q", tt.name, a.Published, tt.published)
		}
		for _, g := range tt.gone {
			if strings.Contains(a.Body, g) {
				t.Errorf("%s: kept %q in body:\n%s", tt.name, g, a.Body)
			}
		}
		// The deck stays above the story, as in a printed page.
		first := story[tt.lang][:strings.Index(story[tt.lang], "\n")]
		if !strings.Contains(a.Body, first) {
			t.Errorf("%s: lost the lead from:\n%s", tt.name, a.Body)
		}
	}
}

// TestCaptionLines checks captions behind a bracketed photo label or with
// a credit run after a pipe.
func TestCaptionLines(t *testing.T) {
	tests := []struct{ line, want string }{
		{"[Photo] Lorries queue at the border crossing near Rivera last winter.", "caption"},
		{"[Фото] Грузовики у пункта пропуска прошлой зимой.", "caption"},
		{"(Foto) Lastwagen warten am Grenzübergang im vergangenen Winter.", "caption"},
		{"Lorries queue at the border crossing near Rivera last winter. PHOTO | FILE", "caption"},
		{"[Update] The ministry later confirmed the date.", ""},
	}
	for _, tt := range tests {
		d := &doc{c: &Cleaner{}, a: &news.Article{}}
		d.split(tt.line)
		d.tail = 1
		if got := d.kind(0, d.lines[0]); got != tt.want {
			t.Errorf("kind(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
