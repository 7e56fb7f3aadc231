package event

import (
	"strings"
	"testing"
)

// TestQuotePatterns covers the ways articles in several languages tie a
// quote to its speaker. Sentences are fictional; the persons come from the
// test dictionary.
func TestQuotePatterns(t *testing.T) {
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		// The verb, then role, state and name: the name speaks, not the state.
		{"role-state-name", "en", `"Our borders stay open to honest trade," said Foreign Minister of Sweden Mara Lindgren.`,
			[]string{"p1: Our borders stay open to honest trade"}},
		{"role-state-name", "ru", `«Мы не примем односторонних решений», — заявил министр иностранных дел России Олег Сорокин.`,
			[]string{"p3: Мы не примем односторонних решений"}},
		{"role-state-name", "es", `"No aceptaremos chantajes de nadie", declaró el ministro de Exteriores de Rusia Oleg Sorokin.`,
			[]string{"p3: No aceptaremos chantajes de nadie"}},
		{"role-state-name", "de", `„Wir lassen uns nicht erpressen“, sagte der Außenminister Schwedens Mara Lindgren.`,
			[]string{"p1: Wir lassen uns nicht erpressen"}},
		{"role-state-name", "pl", `„Nie zgodzimy się na żadne ustępstwa” – powiedział minister spraw zagranicznych Ukrainy Oleg Sorokin.`,
			[]string{"p3: Nie zgodzimy się na żadne ustępstwa"}},
		// Dash dialogue: "– … – said X." and its continuation.
		{"dash", "pl", "Sorokin spotkał się z dziennikarzami.\n\n– Nasze stanowisko się nie zmieniło – powiedział Sorokin. – Będziemy rozmawiać dalej.",
			[]string{"p3: Nasze stanowisko się nie zmieniło", "p3: Będziemy rozmawiać dalej."}},
		{"dash", "ru", "Сорокин прибыл в Женеву.\n\n— Мы готовы к диалогу без предварительных условий, — сказал Сорокин журналистам.",
			[]string{"p3: Мы готовы к диалогу без предварительных условий"}},
		// The speaker in the sentence before, ending with a colon.
		{"colon-before", "en", "Lindgren met Ferreira in Stockholm. Ferreira told reporters:\n\n“We came here to listen and to find common ground.”",
			[]string{"p2: We came here to listen and to find common ground."}},
		{"colon-before", "fr", "Mara Lindgren a reçu Tomas Ferreira. Ferreira a ajouté :\n\n« Nous voulons une paix juste et durable pour tous. »",
			[]string{"p2: Nous voulons une paix juste et durable pour tous."}},
		{"colon-before", "pt", "Lindgren recebeu Ferreira em Estocolmo. Ferreira afirmou:\n\n“Queremos uma paz justa e duradoura para todos.”",
			[]string{"p2: Queremos uma paz justa e duradoura para todos."}},
		// A quote over several paragraphs, closed only at its end.
		{"multi-para", "en", "Ferreira spoke after the meeting. “We have waited long enough for this moment.\n\nNow our ministers must turn the words into deeds,” he said.",
			[]string{"p2: We have waited long enough for this moment.\n\nNow our ministers must turn the words into deeds"}},
		{"multi-para", "es", "Quintana habló tras la reunión. «Hemos esperado demasiado tiempo este momento.\n\nAhora los ministros deben convertir las palabras en hechos», dijo.",
			[]string{"p4: Hemos esperado demasiado tiempo este momento.\n\nAhora los ministros deben convertir las palabras en hechos"}},
		// "according to X", before and after the quote.
		{"per", "en", `According to Lindgren, "the region needs more trade and fewer walls."`,
			[]string{"p1: the region needs more trade and fewer walls."}},
		{"per", "fr", `Selon Ferreira, « le Brésil ne choisira pas de camp dans ce conflit ».`,
			[]string{"p2: le Brésil ne choisira pas de camp dans ce conflit"}},
		{"per", "es", `"La región necesita más comercio y menos muros", según Quintana.`,
			[]string{"p4: La región necesita más comercio y menos muros"}},
		{"per", "ru", `По словам Кинтана, «переговоры прошли в конструктивной атмосфере».`,
			[]string{"p4: переговоры прошли в конструктивной атмосфере"}},
		{"per", "pt", `Segundo Ferreira, "o Brasil não escolherá lados neste conflito".`,
			[]string{"p2: o Brasil não escolherá lados neste conflito"}},
		// A role alone stands for the person holding it.
		{"role-only", "en", "Lindgren received Amina Wafula in Stockholm. Wafula asked for more grain. \"Our farmers need water before they need words,\" the minister said.",
			[]string{"p7: Our farmers need water before they need words"}},
		{"role-only", "es", "Quintana recibió a Ferreira en La Habana. Ferreira pidió más visados. \"Nuestra gente quiere viajar de manera legal\", afirmó el canciller.",
			[]string{"p2: Nuestra gente quiere viajar de manera legal"}},
		{"role-only", "ru", "Сорокин встретился с Эрик Даль. Даль попросил о помощи. «Нам нужна помощь до наступления зимы», — сказал министр.",
			[]string{"p6: Нам нужна помощь до наступления зимы"}},
		{"role-only", "de", "Hugo Marchesi empfing Lindgren in Havanna. „Kuba wird seine Freunde nie vergessen“, sagte der Präsident.",
			[]string{"p5: Kuba wird seine Freunde nie vergessen"}},
		// A pronoun: the most recent person.
		{"pronoun", "en", "Lindgren welcomed the plan. Ferreira was more cautious. \"We will judge the plan by its results,\" he said.",
			[]string{"p2: We will judge the plan by its results"}},
		{"pronoun", "fr", "Lindgren a salué le plan. Ferreira s'est montré plus prudent. « Nous jugerons ce plan sur ses résultats », a-t-il dit.",
			[]string{"p2: Nous jugerons ce plan sur ses résultats"}},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.lang, func(t *testing.T) {
			got := quoteSummary(tt.lang, tt.body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQuotePronounPhrases covers "according to him" in several languages:
// the phrase names no one and stands for the person last named.
func TestQuotePronounPhrases(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"en", "Lindgren met Ferreira. Ferreira left early. According to him, \"nothing was decided today.\"", []string{"p2: nothing was decided today."}},
		{"ru", "Кинтана прибыла в Москву. По её словам, «Куба готова к переговорам».", []string{"p4: Куба готова к переговорам"}},
		{"fr", "Tomas Ferreira est arrivé à Genève. Selon lui, « le Brésil veut la paix ».", []string{"p2: le Brésil veut la paix"}},
		{"es", "Lucía Quintana llegó a Ginebra. Según ella, «Cuba quiere negociar».", []string{"p4: Cuba quiere negociar"}},
		{"pt", "Ferreira chegou a Genebra. Segundo ele, \"o Brasil quer negociar\".", []string{"p2: o Brasil quer negociar"}},
		{"de", "Ferreira kam nach Genf. Ihm zufolge \"will Brasilien verhandeln\".", []string{"p2: will Brasilien verhandeln"}},
		{"pl", "Sorokin przyjechał do Genewy. Jego zdaniem „Rosja chce negocjować”.", []string{"p3: Rosja chce negocjować"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := quoteSummary(tt.lang, tt.body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQuoteAfterColon: a whole paragraph of words after "X said:" is X's,
// even when it is short or opened by a dash.
func TestQuoteAfterColon(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"en", "Ferreira met Lindgren. Lindgren told reporters:\n\n“No deal yet.”", []string{"p1: No deal yet."}},
		{"pl", "Sorokin spotkał się z Ferreirą. Sorokin powiedział dziennikarzom:\n\n– Rozmowy będą kontynuowane w przyszłym tygodniu.", []string{"p3: Rozmowy będą kontynuowane w przyszłym tygodniu."}},
		{"ru", "Сорокин встретился с Кинтана. Сорокин заявил:\n\n— Переговоры продолжатся на следующей неделе.", []string{"p3: Переговоры продолжатся на следующей неделе."}},
		{"de", "Ferreira traf Lindgren. Lindgren sagte:\n\n„Keine Einigung.“", []string{"p1: Keine Einigung."}},
		// A dash opening a paragraph without a speech verb is a list item.
		{"pl", "Sorokin przedstawił plan.\n\n– pierwszy etap obejmuje granice,\n\n– drugi etap obejmuje handel.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := quoteSummary(tt.lang, tt.body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQuoteRoleOfState: a role tied to a state stands for the person of
// that state holding it, even when another person was named last.
func TestQuoteRoleOfState(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"en", "Oleg Sorokin met Mara Lindgren in Geneva. \"We want a lasting settlement,\" said Russia's foreign minister.", []string{"p3: We want a lasting settlement"}},
		{"es", "Oleg Sorokin recibió a Mara Lindgren en Moscú. \"Queremos un acuerdo duradero\", dijo el ministro de Exteriores de Rusia.", []string{"p3: Queremos un acuerdo duradero"}},
		{"ru", "Олег Сорокин встретился с Лусия Кинтана. «Мы хотим прочного урегулирования», — сказал министр иностранных дел России.", []string{"p3: Мы хотим прочного урегулирования"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := quoteSummary(tt.lang, tt.body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQuoteStraightSingle: straight single quotes count when a speech verb
// frames them; apostrophes and elisions never open one.
func TestQuoteStraightSingle(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"nl", "Ferreira bezocht de basis. 'Jullie hebben goed werk geleverd onder zware omstandigheden', zei hij.", []string{"p2: Jullie hebben goed werk geleverd onder zware omstandigheden"}},
		{"en", "'We will not accept any deal that ignores our farmers,' Lindgren said.", []string{"p1: We will not accept any deal that ignores our farmers"}},
		{"en", "The ministers' meeting in Sweden's capital was about Brazil's 'new export rules for grain and beef'.", nil},
		{"nl", "Het overleg duurde tot 's avonds laat en 't was volgens Ferreira een goed gesprek.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := quoteSummary(tt.lang, tt.body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQuoteTitleDots: an abbreviated title between the verb and the name.
func TestQuoteTitleDots(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"fr", "Paul Verrier a reçu Tomas Ferreira. « Le Brésil restera un ami fidèle de ce pays », a déclaré S.E. Tomas Ferreira.", []string{"p2: Le Brésil restera un ami fidèle de ce pays"}},
		{"en", "Paul Verrier met Tomas Ferreira. \"Brazil will remain a loyal friend of this region,\" said H.E. Tomas Ferreira.", []string{"p2: Brazil will remain a loyal friend of this region"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := quoteSummary(tt.lang, tt.body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQuoteNameColon: a name and a colon introduce the words, a headline
// habit that running text borrows.
func TestQuoteNameColon(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"ru", "Кинтана встретилась с Сорокин. Сорокин: «Переговоры были трудными, но полезными».", []string{"p3: Переговоры были трудными, но полезными"}},
		{"de", "Ferreira traf Lindgren. Lindgren: „Die Gespräche waren schwierig, aber nützlich.“", []string{"p1: Die Gespräche waren schwierig, aber nützlich."}},
		{"en", "Ferreira met Lindgren. Lindgren: \"The talks were hard but useful.\"", []string{"p1: The talks were hard but useful."}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := quoteSummary(tt.lang, tt.body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQuoteGender: a pronoun or a verb ending passes over the last person
// named when the text shows that person's gender differs.
func TestQuoteGender(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"en", "Mara Lindgren said she would travel to Brasília. Ferreira said he welcomed the visit. \"We are ready for a new start,\" she said.",
			[]string{"p1: We are ready for a new start"}},
		{"de", "Außenministerin Mara Lindgren reiste nach Brasilien. Ferreira sagte, er empfange den Gast gern. „Wir sind bereit für einen Neuanfang“, sagte sie.",
			[]string{"p1: Wir sind bereit für einen Neuanfang"}},
		{"es", "La canciller Lucía Quintana viajó a Brasil. El ministro Tomas Ferreira la recibió. «Estamos listos para un nuevo comienzo», dijo ella.",
			[]string{"p4: Estamos listos para un nuevo comienzo"}},
		{"ru", "Лусия Кинтана заявила, что прибудет в Москву. Олег Сорокин встретил гостью. «Мы готовы к новому этапу», — сказала она.",
			[]string{"p4: Мы готовы к новому этапу"}},
		{"ru", "Лусия Кинтана заявила, что прибудет в Москву. Олег Сорокин встретил гостью.\n\n«Мы готовы к новому этапу отношений», — сказала.",
			[]string{"p4: Мы готовы к новому этапу отношений"}},
		{"pl", "Lucía Quintana powiedziała, że przyjedzie do Moskwy. Oleg Sorokin przyjął gościa.\n\n– Jesteśmy gotowi na nowy etap – powiedziała ona.",
			[]string{"p4: Jesteśmy gotowi na nowy etap"}},
		// A role word's ending or a verb's ending tells which minister speaks.
		{"de", "Außenministerin Mara Lindgren empfing Tomas Ferreira. Ferreira sagte, er sei dankbar. „Unsere Länder stehen vor denselben Aufgaben“, erklärte er. Die Ministerin betonte: „Wir werden gemeinsam handeln.“",
			[]string{"p2: Unsere Länder stehen vor denselben Aufgaben", "p1: Wir werden gemeinsam handeln."}},
		{"ru", "Олег Сорокин встретился с Лусия Кинтана. Кинтана отметила, что Куба поддерживает проект. «Проект выгоден обеим сторонам», — сказала она. «Мы ждем решения до конца года», — добавил министр.",
			[]string{"p4: Проект выгоден обеим сторонам", "p3: Мы ждем решения до конца года"}},
		{"fr", "Mme Lucía Quintana est arrivée à Moscou. M. Oleg Sorokin l'a reçue. « Nous sommes prêts pour une nouvelle étape », a-t-elle déclaré.",
			[]string{"p4: Nous sommes prêts pour une nouvelle étape"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := quoteSummary(tt.lang, tt.body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQuoteRaya: the Spanish raya glued to the words opens and closes
// dialogue, and an aside closed by a raya lets the words resume.
func TestQuoteRaya(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"es", "Quintana llegó a Moscú.\n\n—Vamos a trabajar juntos con todos los socios —dijo Quintana—. Es lo que esperan nuestros pueblos.",
			[]string{"p4: Vamos a trabajar juntos con todos los socios", "p4: Es lo que esperan nuestros pueblos."}},
		{"es", "Ferreira llegó a Moscú.\n\n—No hay marcha atrás en este proceso —afirmó Ferreira.",
			[]string{"p2: No hay marcha atrás en este proceso"}},
		// A hyphenated compound opens nothing.
		{"es", "Ferreira llegó a Moscú.\n\n-Rusia-Brasil es el nombre del foro bilateral.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := quoteSummary(tt.lang, tt.body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQuoteOddInput: marks and dashes in odd places never break a span.
func TestQuoteOddInput(t *testing.T) {
	bodies := []string{
		"—", "– ", "—\n\n—", "— —", "—a —b—", "—a —b—.", "—a —b—. ", "\n\n– x – y. – ", "'", "'A", "'A'", "' '",
		"—Vamos —dijo—.—", "– Tak – powiedział Sorokin. –", "Sorokin: «", "Sorokin:\n\n«a»", "—\u00a0x\u00a0—\u00a0y",
	}
	for _, body := range bodies {
		for _, lang := range []string{"es", "pl", "ru", "en", ""} {
			for _, got := range quoteSummary(lang, body) {
				if got == "BAD SPAN" {
					t.Errorf("%s %q: bad span", lang, body)
				}
			}
		}
	}
}

// TestQuotePatternsMore fills in the languages TestQuotePatterns leaves out.
func TestQuotePatternsMore(t *testing.T) {
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		{"role-state-name", "fr", "« Nous ne céderons pas au chantage », a déclaré le ministre des Affaires étrangères de Russie Oleg Sorokin.",
			[]string{"p3: Nous ne céderons pas au chantage"}},
		{"role-state-name", "pt", "\"Não aceitaremos chantagem de ninguém\", disse o ministro das Relações Exteriores do Brasil Tomas Ferreira.",
			[]string{"p2: Não aceitaremos chantagem de ninguém"}},
		{"multi-para", "de", "Ferreira sprach nach dem Treffen. „Wir haben lange auf diesen Moment gewartet.\n\nJetzt müssen die Minister Taten folgen lassen“, sagte er.",
			[]string{"p2: Wir haben lange auf diesen Moment gewartet.\n\nJetzt müssen die Minister Taten folgen lassen"}},
		{"multi-para", "ru", "Сорокин выступил после встречи. «Мы долго ждали этого момента.\n\nТеперь министры должны перейти от слов к делу», — сказал он.",
			[]string{"p3: Мы долго ждали этого момента.\n\nТеперь министры должны перейти от слов к делу"}},
		{"multi-para", "pt", "Ferreira falou após a reunião. “Esperamos muito tempo por este momento.\n\nAgora os ministros devem passar das palavras aos atos”, disse ele.",
			[]string{"p2: Esperamos muito tempo por este momento.\n\nAgora os ministros devem passar das palavras aos atos"}},
		{"multi-para", "pl", "Sorokin przemawiał po spotkaniu. „Długo czekaliśmy na tę chwilę.\n\nTeraz ministrowie muszą przejść od słów do czynów” – powiedział.",
			[]string{"p3: Długo czekaliśmy na tę chwilę.\n\nTeraz ministrowie muszą przejść od słów do czynów"}},
		{"per", "de", `Laut Ferreira „will Brasilien keine Seite wählen“.`, []string{"p2: will Brasilien keine Seite wählen"}},
		{"per", "pl", `Według Quintana „rozmowy były konstruktywne”.`, []string{"p4: rozmowy były konstruktywne"}},
		{"role-only", "fr", "Quintana a reçu Ferreira à La Havane. Ferreira a demandé plus de visas. « Nos étudiants veulent voyager légalement », a affirmé le ministre.",
			[]string{"p2: Nos étudiants veulent voyager légalement"}},
		{"role-only", "pt", "Quintana recebeu Ferreira em Havana. Ferreira pediu mais vistos. \"Nossos estudantes querem viajar legalmente\", afirmou o ministro.",
			[]string{"p2: Nossos estudantes querem viajar legalmente"}},
		{"role-only", "pl", "Quintana przyjęła Ferreirę w Hawanie. Sorokin poprosił o wizy. „Nasi studenci chcą podróżować legalnie” – powiedział minister.",
			[]string{"p3: Nasi studenci chcą podróżować legalnie"}},
		{"pronoun", "de", "Lindgren begrüßte den Plan. Ferreira war vorsichtiger. „Wir werden den Plan an seinen Ergebnissen messen“, sagte er.",
			[]string{"p2: Wir werden den Plan an seinen Ergebnissen messen"}},
		{"pronoun", "es", "Lindgren celebró el plan. Ferreira fue más prudente. «Juzgaremos el plan por sus resultados», dijo él.",
			[]string{"p2: Juzgaremos el plan por sus resultados"}},
		{"pronoun", "ru", "Кинтана приветствовала план. Сорокин был осторожнее. «Мы будем судить о плане по результатам», — сказал он.",
			[]string{"p3: Мы будем судить о плане по результатам"}},
		{"pronoun", "pt", "Lindgren saudou o plano. Ferreira foi mais cauteloso. \"Vamos julgar o plano pelos resultados\", disse ele.",
			[]string{"p2: Vamos julgar o plano pelos resultados"}},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.lang, func(t *testing.T) {
			got := quoteSummary(tt.lang, tt.body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQuoteStandingAlone: a quote that stands alone continues the last
// speaker, unless the sentence right before it opens with someone else.
func TestQuoteStandingAlone(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"en", "\"We agreed on the next steps,\" Lindgren said.\n\n\"The border will stay open for trade.\"",
			[]string{"p1: We agreed on the next steps", "p1: The border will stay open for trade."}},
		{"en", "\"We agreed on the next steps,\" Lindgren said. Ferreira struck a warier tone.\n\n\"We need time to build trust between our peoples.\"",
			[]string{"p1: We agreed on the next steps", "p2: We need time to build trust between our peoples."}},
		{"de", "„Wir haben uns auf die nächsten Schritte geeinigt“, sagte Lindgren. Ferreira zeigte sich zurückhaltender.\n\n„Wir brauchen Zeit, um Vertrauen aufzubauen.“",
			[]string{"p1: Wir haben uns auf die nächsten Schritte geeinigt", "p2: Wir brauchen Zeit, um Vertrauen aufzubauen."}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			got := quoteSummary(tt.lang, tt.body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
