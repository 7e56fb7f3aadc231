package clean

import (
	"strings"
	"testing"

	"chancery/internal/news"
)

// TestMasthead checks that the name of an outlet or institution printed
// above its menu, a letterhead in capitals, a page title that starts with
// the site's name and a long headline without punctuation do not cost the
// headline (fictional texts).
func TestMasthead(t *testing.T) {
	en := "The foreign ministers of Uruguay and Brazil agreed on Monday to open a joint border post near Rivera, their ministries said in a statement.\n\nThe post will open in June and will process trucks around the clock, the statement said."
	ru := "Министры иностранных дел Казахстана и Киргизии в понедельник договорились открыть новый пункт пропуска на границе, сообщили в ведомствах."
	es := "Los cancilleres de Uruguay y Brasil acordaron el lunes abrir un paso fronterizo conjunto cerca de Rivera, según un comunicado de ambos ministerios."
	tests := []struct{ name, text, want string }{
		{"ministry above menu", "Ministry of Foreign Affairs of the Republic of Uruguay\nHome | About | News | Contact\n\nUruguay and Brazil agree to open joint border post near Rivera\n\n5 March 2025\n\n" + en,
			"Uruguay and Brazil agree to open joint border post near Rivera"},
		{"tagline between name and menu", "Ministry of Foreign Affairs of the Republic of Uruguay\nOfficial website\nHome | About | News | Contact\n\nUruguay and Brazil agree to open joint border post near Rivera\n\n" + en,
			"Uruguay and Brazil agree to open joint border post near Rivera"},
		{"letterhead without menu", "Ministry of Foreign Affairs of the Republic of Uruguay\n\n5 March 2025\n\nUruguay and Brazil agree to open joint border post near Rivera\n\n" + en,
			"Uruguay and Brazil agree to open joint border post near Rivera"},
		{"long headline after release number", "Ministry of Foreign Affairs of Uruguay\nNews > Press releases\n\nPress release No. 12/2025\n\nUruguay and Brazil agree to open a joint border post near Rivera to speed up cross-border trade and shorten the lines of lorries\n\n" + en,
			"Uruguay and Brazil agree to open a joint border post near Rivera to speed up cross-border trade and shorten the lines of lorries"},
		{"deck after headline", "Americas\n\nUruguay and Brazil agree to open joint border post\n\nThe deal ends years of disputes over truck queues at the busiest crossing between the two southern neighbours\n\n" + en,
			"Uruguay and Brazil agree to open joint border post"},
		{"headline in capitals", "URUGUAY AND BRAZIL AGREE TO OPEN JOINT BORDER POST\n\n" + en, "URUGUAY AND BRAZIL AGREE TO OPEN JOINT BORDER POST"},
		{"site first", "Andean Times | Uruguay and Brazil agree to open joint border post\n\n" + en, "Uruguay and Brazil agree to open joint border post"},
		{"russian ministry", "Министерство иностранных дел Республики Казахстан\nГлавная / Пресс-центр / Новости\n\nКазахстан и Киргизия откроют новый пункт пропуска\n\n5 марта 2025\n\n" + ru,
			"Казахстан и Киргизия откроют новый пункт пропуска"},
		{"spanish letterhead in capitals", "MINISTERIO DE RELACIONES EXTERIORES\nRepública Oriental del Uruguay\n\nPrensa | Comunicados\n\nUruguay y Brasil acuerdan abrir un paso fronterizo conjunto cerca de Rivera para facilitar el tránsito de mercaderías en la frontera\n\nMontevideo, 05/03/2025\n\n" + es,
			"Uruguay y Brasil acuerdan abrir un paso fronterizo conjunto cerca de Rivera para facilitar el tránsito de mercaderías en la frontera"},
		{"long official title", "STATE NEWS AGENCY\nHome | Politics | Economy\n\nPresident of the Republic of Moldavia Nova Ion Cerba held a telephone conversation with the President of the Republic of Lesotho on cooperation in trade, energy, education and regional security\n\n5 March 2025\n\n" +
			"President Ion Cerba held a telephone conversation on Tuesday with the President of the Republic of Lesotho, the presidential press service said. The two leaders discussed trade and energy.",
			"President of the Republic of Moldavia Nova Ion Cerba held a telephone conversation with the President of the Republic of Lesotho on cooperation in trade, energy, education and regional security"},
		{"kicker in capitals kept above the story", "Home | World\n\nLIVE: Uruguay and Brazil agree to open joint border post\n\n5 March 2025\n\n" + en, "LIVE: Uruguay and Brazil agree to open joint border post"},
		{"german ministry", "Außenministerium des Königreichs Norwegen\nStartseite | Presse | Mitteilungen\n\nNorwegen und Schweden vereinbaren neuen Grenzübergang\n\n05.03.2025\n\nDie Außenminister Norwegens und Schwedens haben am Montag vereinbart, einen gemeinsamen Grenzübergang zu öffnen, teilten beide Ministerien mit.",
			"Norwegen und Schweden vereinbaren neuen Grenzübergang"},
	}
	var c Cleaner
	for _, tt := range tests {
		a := c.Clean(news.Raw{Text: tt.text})
		if got := a.Title; got != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestRunInHeadline checks where a headline run into its story on one line
// ends, in languages that capitalize only names and in German.
func TestRunInHeadline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Uruguay and Brazil agree to open joint border post near Rivera The foreign ministers of Uruguay and Brazil agreed on Monday to open a joint border post.", "Uruguay and Brazil agree to open joint border post near Rivera"},
		{"Uruguay and Brazil open border post after talks in Montevideo The foreign ministers agreed on Monday to open a joint post near Rivera.", "Uruguay and Brazil open border post after talks in Montevideo"},
		{"Norway sends coast guard ships north after incident Norway's navy confirmed on Friday it had dispatched two more vessels to the area.", "Norway sends coast guard ships north after incident"},
		{"Uruguay y Brasil abrirán un paso fronterizo conjunto Los cancilleres de Uruguay y Brasil acordaron el lunes abrir un paso conjunto cerca de Rivera.", "Uruguay y Brasil abrirán un paso fronterizo conjunto"},
		{"Agricultores protestan ante el consulado de Brasil en Rivera por el precio del arroz Más de trescientos productores se reunieron el miércoles frente a la oficina consular.", "Agricultores protestan ante el consulado de Brasil en Rivera por el precio del arroz"},
		{"Norwegen und Schweden vereinbaren neuen Grenzübergang Die Außenminister Norwegens und Schwedens haben am Montag vereinbart, einen Übergang zu öffnen.", "Norwegen und Schweden vereinbaren neuen Grenzübergang"},
		{"Казахстан и Киргизия откроют новый пункт пропуска Министры иностранных дел двух стран в понедельник договорились открыть новый пункт.", "Казахстан и Киргизия откроют новый пункт пропуска"},
		// No place where a story starts: nothing is cut.
		{"The foreign ministers of Uruguay and Brazil agreed on Monday to open a joint border post near Rivera, their ministries said.", ""},
	}
	for _, tt := range tests {
		got := ""
		if k := runInHeadline(tt.text, mk.functionWords("")); k > 0 {
			got = strings.TrimSpace(tt.text[:k])
		}
		if got != tt.want {
			t.Errorf("runInHeadline(%.40q): got %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestInstitutionName(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Ministry of Foreign Affairs of the Republic of Uruguay", true},
		{"The Embassy of the Kingdom of Lesotho in Montevideo", true},
		{"Ministère de l'Europe et des Affaires étrangères", true},
		{"Министерство иностранных дел Республики Казахстан", true},
		{"MINISTERIO DE RELACIONES EXTERIORES", true},
		{"Ministerio de Relaciones Exteriores condena el ataque contra su embajada", false},
		{"Министерство иностранных дел вызвало посла Уругвая в Москве", false},
		{"Uruguay and Brazil agree to open joint border post", false},
		{"Ministry", false},
	}
	for _, tt := range tests {
		if got := institutionName(tt.line); got != tt.want {
			t.Errorf("institutionName(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestPublishedNearHeadline checks that the date under the headline wins
// over today's date printed in the page's top bar.
func TestPublishedNearHeadline(t *testing.T) {
	text := "Tuesday, 11 March 2025\nHome | World | Americas\n\nUruguay and Brazil agree to open joint border post\n\nBy Jane Roe | 5 March 2025\n\n" +
		"The foreign ministers of Uruguay and Brazil agreed on Monday to open a joint border post near Rivera, their ministries said in a statement."
	var c Cleaner
	if got := c.Clean(news.Raw{Text: text}).Published; got != "2025-03-05" {
		t.Errorf("published %q, want 2025-03-05", got)
	}
}
