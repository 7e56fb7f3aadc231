package clean

import (
	"testing"

	"chancery/internal/news"
)

func TestWidgetKind(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Views: 3,210", "counter"},
		{"Просмотров: 1204", "counter"},
		{"Lectores: 2.341", "counter"},
		{"USD 3.65 ▲ EUR 3.98 ▼ GBP 4.71 ▲", "widget"},
		{"14:35 GMT", "date"},
		{"17h20", "date"},
		{"Sunrise 06:12 Noon 12:20 Sunset 18:40", "widget"},
		{"+++ Ticker +++ Regierung tagt +++ Streik beendet +++", "ticker"},
		{"WATCH: Storm hits the northern coast", "related"},
		{"UPDATE: The minister has arrived in Lima.", ""},
		{"The talks lasted 3 hours and 20 minutes", ""},
		{"NATO 2030", ""},
		{"Uruguay and Brazil agree to open joint border post", ""},
	}
	for _, tt := range tests {
		if got := widgetKind(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("widgetKind(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestBodyFurniture checks furniture between and after paragraphs in
// several languages: widgets, disclaimers, bios, credits, related lists
// (fictional texts).
func TestBodyFurniture(t *testing.T) {
	p1 := map[string]string{
		"en": "The foreign ministers of Uruguay and Brazil agreed on Monday to open a joint border post near Rivera, their ministries said in a statement.",
		"es": "Los cancilleres de Uruguay y Brasil acordaron el lunes abrir un paso fronterizo conjunto cerca de Rivera, según un comunicado de ambos ministerios.",
		"fr": "Les ministres des Affaires étrangères du Sénégal et de la Mauritanie ont convenu lundi d'ouvrir un poste frontière commun, selon un communiqué.",
		"de": "Die Außenminister Norwegens und Schwedens haben am Montag vereinbart, einen gemeinsamen Grenzübergang zu öffnen, teilten beide Ministerien mit.",
		"ru": "Министры иностранных дел Казахстана и Киргизии в понедельник договорились открыть новый пункт пропуска на границе, сообщили в ведомствах.",
		"pt": "Os ministros dos Negócios Estrangeiros de Portugal e Cabo Verde acordaram na segunda-feira abrir um novo consulado, segundo um comunicado.",
	}
	p2 := map[string]string{
		"en": "The post will open in June and will process trucks and buses around the clock, the statement said.",
		"es": "El paso abrirá en junio y atenderá camiones y autobuses las veinticuatro horas, precisó el comunicado.",
		"fr": "Le poste ouvrira en juin et traitera les camions et les bus jour et nuit, a précisé le communiqué.",
		"de": "Der Übergang soll im Juni öffnen und rund um die Uhr Lastwagen und Busse abfertigen, hieß es in der Mitteilung.",
		"ru": "Пункт откроется в июне и будет круглосуточно пропускать грузовики и автобусы, говорится в сообщении.",
		"pt": "O consulado abrirá em junho e atenderá cidadãos dos dois países, precisou o comunicado.",
	}
	tests := []struct {
		lang, junk string
		between    bool // placed between the paragraphs, else after them
	}{
		{"en", "Share this post", true},
		{"en", "Views: 3,210", true},
		{"en", "USD 3.65 ▲ EUR 3.98 ▼ GBP 4.71 ▲", true},
		{"ru", "Просмотров: 1204", true},
		{"es", "Comparte esta noticia", true},
		{"fr", "Partager cet article", true},
		{"en", "This text is an unofficial translation. Check against delivery.", false},
		{"de", "Es gilt das gesprochene Wort.", false},
		{"en", "Anna Berg reports on European politics for the Northern Herald.", false},
		{"en", "Jane Roe is a senior fellow at the Institute for Andean Studies.", false},
		{"fr", "Jean Roux est chercheur associé à l'Institut des études andines.", false},
		{"ru", "Иван Петров — политолог, эксперт Центра евразийских исследований.", false},
		{"de", "Unsere Autorin Eva Roth war Korrespondentin in Riga.", false},
		{"en", "Reproduction of this material is allowed if the source is named and linked.", false},
		{"es", "Se autoriza la reproducción citando la fuente.", false},
		{"ru", "Перепечатка материалов возможна только с указанием источника.", false},
		{"pt", "Todos os direitos reservados.", false},
		{"fr", "Crédit photo : un camion au poste frontière lors de sa réouverture en mars dernier / DR", false},
		{"en", "This article was updated at 10:42 GMT to add a quote.", false},
		{"de", "Mehr aus diesem Heft:\nDänemark erneuert seine Fährflotte in der Ostsee\nIsland kauft Küstenradare in Kanada", false},
		{"en", "Also in this issue:\nBolivia reopens rail link to Arica\nGuyana names new envoy to Paramaribo", false},
	}
	var c Cleaner
	for _, tt := range tests {
		text := "Ministers agree on a new joint border post\n\n5 March 2025\n\n" + p1[tt.lang] + "\n\n"
		if tt.between {
			text += tt.junk + "\n\n" + p2[tt.lang] + "\n"
		} else {
			text += p2[tt.lang] + "\n\n" + tt.junk + "\n"
		}
		a := c.Clean(news.Raw{Text: text})
		if want := p1[tt.lang] + "\n\n" + p2[tt.lang]; a.Body != want {
			t.Errorf("%s %q: body %q", tt.lang, tt.junk, a.Body)
		}
	}
	// The same shape inside the story introduces a quoted expert.
	text := "Ministers agree on a new joint border post\n\n" + p1["en"] + "\n\nJane Roe is a senior fellow at the Institute for Andean Studies.\n\n" +
		"\"The post will cut waiting times for trucks by half, and both economies will gain from it,\" she said in an interview on Monday."
	if a := c.Clean(news.Raw{Text: text}); !containsLine(a.Body, "Jane Roe is a senior fellow") {
		t.Errorf("expert introduced in the story was dropped: %q", a.Body)
	}
}

func containsLine(body, s string) bool {
	for _, p := range splitParas(body) {
		if len(p) >= len(s) && p[:len(s)] == s {
			return true
		}
	}
	return false
}

func splitParas(s string) []string {
	var out []string
	for len(s) > 0 {
		i := indexOr(s, "\n\n")
		out = append(out, s[:i])
		if i == len(s) {
			break
		}
		s = s[i+2:]
	}
	return out
}

func indexOr(s, sep string) int {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return i
		}
	}
	return len(s)
}
