package clean

import (
	"strings"
	"testing"

	"chancery/internal/news"
)

// leads are fictional first paragraphs in several languages, long enough
// to be read as body text.
var leads = map[string]string{
	"en": "The foreign ministers of Uruguay and Brazil agreed on Monday to open a joint border post near Rivera, their ministries said in a statement.",
	"fr": "Les ministres des Affaires étrangères du Sénégal et de la Mauritanie ont convenu lundi d'ouvrir un poste frontière commun, selon un communiqué.",
	"es": "Los cancilleres de Uruguay y Brasil acordaron el lunes abrir un paso fronterizo conjunto cerca de Rivera, según un comunicado de ambos ministerios.",
	"de": "Die Außenminister Norwegens und Schwedens haben am Montag vereinbart, einen gemeinsamen Grenzübergang zu öffnen, teilten beide Ministerien mit.",
	"ru": "Министры иностранных дел Казахстана и Киргизии в понедельник договорились открыть новый пункт пропуска на границе, сообщили в ведомствах.",
	"it": "I ministri degli Esteri di Italia e Slovenia hanno concordato lunedì di aprire un nuovo valico comune, secondo una nota dei due ministeri.",
	"pt": "Os ministros dos Negócios Estrangeiros de Portugal e Cabo Verde acordaram na segunda-feira abrir um novo consulado, segundo um comunicado.",
	"nl": "De ministers van Buitenlandse Zaken van België en Luxemburg hebben maandag afgesproken een gezamenlijk grenskantoor te openen, meldden beide ministeries.",
	"tr": "Türkiye ve Gürcistan dışişleri bakanları pazartesi günü ortak bir sınır kapısı açma konusunda anlaştı, iki bakanlık ortak bir açıklama yaptı.",
}

// TestPublishedLines checks the publication date read from the lines
// around a headline: numeric dates in both orders, publication and update
// markers, and dates that share a line with the byline.
func TestPublishedLines(t *testing.T) {
	tests := []struct{ lang, header, want string }{
		{"fr", "Par Jean Dupont, envoyé spécial à Dakar - Publié le 09/10/2024 à 07h15 - Modifié le 11/10/2024 à 16h50", "2024-10-09"},
		{"fr", "Mis à jour le 11/10/2024 à 16h50", "2024-10-11"},
		{"fr", "Dernière mise à jour : 05/03/2025", "2025-03-05"},
		{"fr", "Le 05/03/2025 à 10h42, par Jean Dupont", "2025-03-05"},
		{"es", "Por María López | Madrid | Actualizado 05/03/2025 - 10:42", "2025-03-05"},
		{"es", "Madrid, 05/03/2025 - 10:42 h. Por María López Fernández de la Vega", "2025-03-05"},
		{"es", "Redacción Internacional\n5 de marzo de 2025 - 10:42 h", "2025-03-05"},
		{"en", "By Jane Roe | 03/05/2025 10:42 AM ET", "2025-03-05"},
		{"en", "By Jane Roe | 04/16/2025 10:42 AM ET", "2025-04-16"},
		{"en", "Published 5 March 2025\nUpdated 06/03/2025", "2025-03-05"},
		{"en", "Updated: 06/03/2025 09:10\nFirst published 5 March 2025", "2025-03-05"},
		{"en", "Jane Roe and John Doe, Reuters Published March 5, 2025 Updated 2 hours ago", "2025-03-05"},
		{"en", "By Jane Roe, Diplomatic Editor, in Lima on 05 March 2025", "2025-03-05"},
		{"de", "Von Max Muster, Berlin | 05.03.2025, 10:42 Uhr", "2025-03-05"},
		{"de", "Veröffentlicht am 5. März 2025 | Lesedauer: 2 Minuten", "2025-03-05"},
		{"de", "Stand: 05.03.2025 10:42 Uhr", "2025-03-05"},
		{"ru", "Иван Петров, 05.03.2025 10:42", "2025-03-05"},
		{"ru", "5 марта 2025, 10:42 — Иван Петров, корреспондент отдела политики", "2025-03-05"},
		{"it", "di Marco Rossi — 5 marzo 2025, 10:42", "2025-03-05"},
		{"it", "Pubblicato il 05/03/2025 alle 10:42 | Ultimo aggiornamento: 06/03/2025", "2025-03-05"},
		{"pt", "Por Ana Souza, da Redação | Publicado em 05/03/2025 às 10h42 | Atualizado há 2 horas", "2025-03-05"},
		{"pt", "05 mar 2025 - 10h42 Atualizado em 05 mar 2025 - 12h10", "2025-03-05"},
		{"nl", "Door Femke Jansen\nGepubliceerd: 05-03-2025, 09:15", "2025-03-05"},
		{"tr", "5 Mart 2025 Çarşamba, 10:42 | Güncelleme: 11:05", "2025-03-05"},
		// An agency and outlet credit beside the date.
		{"pt", "5 de março de 2025, 10:42 | Agência Sul / Diário do Exemplo", "2025-03-05"},
		{"tr", "17 Şubat 2026 Salı, 09:26", "2026-02-17"},
	}
	var c Cleaner
	for _, tt := range tests {
		text := "Headline words for the test page\n\n" + tt.header + "\n\n" + leads[tt.lang]
		a := c.Clean(news.Raw{Text: text})
		if a.Published != tt.want {
			t.Errorf("%s %q: published %q, want %q", tt.lang, tt.header, a.Published, tt.want)
		}
		if a.Body != leads[tt.lang] {
			t.Errorf("%s %q: body %q", tt.lang, tt.header, a.Body)
		}
	}
}

// TestDateOrder checks how ambiguous numeric dates are read: as the page
// writes its other dates, else month first in English only.
func TestDateOrder(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english default", "03/05/2025\n\n" + leads["en"], "2025-03-05"},
		{"english page writing day first", "03/05/2025\n\n" + leads["en"] + " They first met on 4 May 2025 in Lima.", "2025-05-03"},
		{"spanish", "03/05/2025\n\n" + leads["es"], "2025-05-03"},
		{"french hyphens", "03-05-2025\n\n" + leads["fr"], "2025-05-03"},
		{"dots are day first even in English", "03.05.2025\n\n" + leads["en"], "2025-05-03"},
		{"a day over twelve shows the order", "13/05/2025\n\n" + leads["en"], "2025-05-13"},
	}
	var c Cleaner
	for _, tt := range tests {
		a := c.Clean(news.Raw{Text: tt.text, Title: "A headline"})
		if a.Published != tt.want {
			t.Errorf("%s: published %q, want %q", tt.name, a.Published, tt.want)
		}
	}
}

// TestInferYear checks the year of a dateline without one, from the
// weekdays the report names.
func TestInferYear(t *testing.T) {
	tests := []struct {
		body, lang string
		month, day int
		want       int
	}{
		// 14 March 2025 is a Friday; the text has "este viernes" and "el jueves".
		{"Los cancilleres acordaron este viernes reabrir el paso, tras una reunión que comenzó el jueves. En 2024 hubo demoras.", "es", 3, 14, 2025},
		// 8 October 2024 is a Tuesday.
		{"The two ministers signed the deal on Tuesday. Exports rose in 2023.", "en", 10, 8, 2024},
		{"Die Minister trafen sich am Mittwoch. Seit 2022 gibt es Gespräche.", "de", 3, 5, 2025},
		// No year, or no weekday: nothing to go on.
		{"The two ministers signed the deal on Tuesday.", "en", 10, 8, 0},
		{"The two ministers signed the deal. Exports rose in 2023.", "en", 10, 8, 0},
		{"On Tuesday they met. In 2023 trade grew.", "en", 2, 30, 0},
	}
	for _, tt := range tests {
		if got := inferYear(tt.body, tt.lang, tt.month, tt.day); got != tt.want {
			t.Errorf("inferYear(%q, %d-%d) = %d, want %d", tt.body, tt.month, tt.day, got, tt.want)
		}
	}
}

// TestTrimSite checks that an outlet's name after a page title goes, with
// or without the outlet known, and that halves of a headline stay.
func TestTrimSite(t *testing.T) {
	kremlin := "Ukraine and Russia resumed talks in Istanbul on Monday, the Kremlin said, after a pause of three months."
	tests := []struct{ title, outlet, body, want string }{
		{"Uruguay and Brazil agree to open joint border post | The Andean Times", "", leads["en"], "Uruguay and Brazil agree to open joint border post"},
		{"Uruguay and Brazil agree to open joint border post - Andean Times", "", leads["en"], "Uruguay and Brazil agree to open joint border post"},
		{"Uruguay y Brasil abrirán un paso fronterizo conjunto - El Diario Andino", "", leads["es"], "Uruguay y Brasil abrirán un paso fronterizo conjunto"},
		{"Uruguay y Brasil abrirán un paso fronterizo conjunto | Internacional | Diario Andino", "", leads["es"], "Uruguay y Brasil abrirán un paso fronterizo conjunto"},
		{"Norwegen und Schweden öffnen gemeinsamen Grenzübergang – grenzblatt.de", "", leads["de"], "Norwegen und Schweden öffnen gemeinsamen Grenzübergang"},
		{"Le Sénégal et la Mauritanie ouvrent un poste frontière - Le Courrier", "lecourrier.sn", leads["fr"], "Le Sénégal et la Mauritanie ouvrent un poste frontière"},
		// Halves of a headline.
		{"Ukraine - Russia talks resume in Istanbul", "", kremlin, "Ukraine - Russia talks resume in Istanbul"},
		{"Talks resume in Istanbul - Kremlin", "", kremlin, "Talks resume in Istanbul - Kremlin"},
		{"Norwegen und Schweden – Grenzübergang geöffnet", "", leads["de"], "Norwegen und Schweden – Grenzübergang geöffnet"},
	}
	var c Cleaner
	for _, tt := range tests {
		a := c.Clean(news.Raw{Title: tt.title, Site: tt.outlet, Text: tt.body})
		if a.Title != tt.want {
			t.Errorf("title %q: got %q, want %q", tt.title, a.Title, tt.want)
		}
		// The same title pasted as the first line of a dump.
		a = c.Clean(news.Raw{Site: tt.outlet, Text: tt.title + "\n\n" + tt.body})
		if a.Title != tt.want {
			t.Errorf("title line %q: got %q, want %q", tt.title, a.Title, tt.want)
		}
	}
}

// TestKickerBeforeHeadline checks that a topic label of a few words that
// shares its words with the lead does not beat the headline under it.
func TestKickerBeforeHeadline(t *testing.T) {
	lead := leads["en"] + "\n\nThe post will open in June, officials said, and will cut waiting times for lorries on Route 5 by half."
	for _, kicker := range []string{"Brazil and Uruguay border", "Uruguay-Brazil relations", "EXCLUSIVE", "Analysis:", "Latin America | Uruguay"} {
		a := (&Cleaner{}).Clean(news.Raw{Text: kicker + "\n\nUruguay and Brazil agree to open joint border post\n\n" + lead})
		if want := "Uruguay and Brazil agree to open joint border post"; a.Title != want {
			t.Errorf("kicker %q: title %q, want %q", kicker, a.Title, want)
		}
	}
}

// TestShortLang checks the article's language on short articles, where
// the page's furniture may be in another language than the story.
func TestShortLang(t *testing.T) {
	tests := []struct{ text, container, want string }{
		{"This website stores cookies to measure traffic and remember your settings. If you keep reading, you accept them and our data policy.\n\nFinnland schließt Fährhafen\n\nDie finnische Regierung hat am Montag den Fährhafen von Hanko für den Güterverkehr geschlossen.", "", "de"},
		{"Share on Facebook\nShare on Twitter\nNewsletter\nSign in\n\nMalaui retira a su embajador\n\nMalaui retiró el lunes a su embajador en Lusaka, informó la cancillería.", "en", "es"},
		{"Le Malawi rappelle son ambassadeur\n\nLe Malawi a rappelé lundi son ambassadeur à Lusaka.", "", "fr"},
		{"Малави отозвала посла\n\nМалави отозвала посла из Замбии.", "", "ru"},
		{"Il Malawi richiama l'ambasciatore\n\nIl Malawi ha richiamato lunedì il suo ambasciatore a Lusaka.", "", "it"},
		{"Malawi chama embaixador\n\nO Malawi chamou na segunda-feira o seu embaixador em Lusaca.", "", "pt"},
		{"Malawi roept ambassadeur terug\n\nMalawi heeft maandag zijn ambassadeur in Lusaka teruggeroepen.", "", "nl"},
		// Too little text: the container's language, when supported.
		{"Mali: 3-1\n\nOK.", "pt-BR", "pt"},
		{"Mali: 3-1\n\nOK.", "xx", ""},
	}
	var c Cleaner
	for _, tt := range tests {
		if got := c.Clean(news.Raw{Text: tt.text, Lang: tt.container}).Lang; got != tt.want {
			t.Errorf("lang of %.40q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestPageFurniture checks lines that are furniture by shape or by their
// neighbours, and body lines next to them that must stay.
func TestPageFurniture(t *testing.T) {
	tests := []struct {
		name, text string
		gone, kept []string
	}{
		{"ad slots", leads["en"] + "\n\nArticle continues below advertisement\n\n" + leads["en"][:60] + " again.\n\nAdvertisement\nScroll to continue reading\n\nThe talks will resume in June.",
			[]string{"continues below", "Scroll to"}, []string{"The talks will resume in June."}},
		{"ad slot run into a paragraph", leads["ru"] + " Реклама Продолжение ниже\n\nСтороны также обсудили торговлю.",
			[]string{"Реклама", "Продолжение"}, []string{"сообщили в ведомствах.", "обсудили торговлю"}},
		{"advertising as a subject stays", leads["de"] + "\n\nWerbung im Wahlkampf\n\nDie Parteien geben mehr Geld für Werbung aus als je zuvor.",
			nil, []string{"Werbung im Wahlkampf", "mehr Geld für Werbung"}},
		{"author beside the date", "Nora Keller, Basel\n19.03.2025, 11.35 Uhr\n\n" + leads["de"],
			[]string{"Nora Keller"}, []string{"Grenzübergang"}},
		{"author and agencies beside the date", "Jane Roe in Warsaw and agencies\nThu 4 Sep 2025 09.52 BST\n\n" + leads["en"],
			[]string{"Jane Roe"}, []string{"Rivera"}},
		{"widget between date and share bar", leads["de"] + "\n\nMax Muster\n19.03.2025, 11.35 Uhr\nBeitrag abspielen\nTeilen | Drucken | Merken\n\n" + leads["de"][:50] + " weiter.",
			[]string{"Beitrag abspielen", "Max Muster"}, []string{"Grenzübergang"}},
		{"comment counters", leads["fr"] + "\n\nCommentaires (5)\nLes commentaires sont modérés avant publication.",
			[]string{"Commentaires", "modérés"}, []string{"communiqué"}},
		{"caption with photograph credit", "Troops stand guard at a crossing near the river. Photograph: Ana Torres/Agency\n\n" + leads["en"],
			[]string{"Photograph"}, []string{"Rivera"}},
	}
	var c Cleaner
	for _, tt := range tests {
		a := c.Clean(news.Raw{Text: tt.text, Title: "A headline for the page"})
		for _, g := range tt.gone {
			if strings.Contains(a.Body, g) {
				t.Errorf("%s: kept %q in %q", tt.name, g, a.Body)
			}
		}
		for _, k := range tt.kept {
			if !strings.Contains(a.Body, k) {
				t.Errorf("%s: lost %q from %q", tt.name, k, a.Body)
			}
		}
	}
}
