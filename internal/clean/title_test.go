package clean

import (
	"strings"
	"testing"

	"chancery/internal/news"
)

// TestHeadline checks which line is taken as the headline when section
// labels, kickers, bylines and decks surround it (fictional texts).
func TestHeadline(t *testing.T) {
	lead := "The foreign ministers of Uruguay and Brazil agreed on Monday to open a joint border post near Rivera, their ministries said in a statement."
	tests := []struct {
		name, text, want string
	}{
		{"label above", "Americas\n\nUruguay and Brazil agree to open joint border post\n\n" + lead, "Uruguay and Brazil agree to open joint border post"},
		{"label pair", "World | Americas\n\nUruguay and Brazil agree to open joint border post\n\n" + lead, "Uruguay and Brazil agree to open joint border post"},
		{"title case label", "Latin America\n\nUruguay, Brazil Agree On Joint Border Post\n\n" + lead, "Uruguay, Brazil Agree On Joint Border Post"},
		{"label mentioned in lead", "Uruguay\n\nUruguay and Brazil agree to open joint border post\n\n" + lead, "Uruguay and Brazil agree to open joint border post"},
		{"many menu lines", "World News\nClimate Change\nMiddle East\nBusiness News\nSports Results\nTravel Deals\nUruguay and Brazil agree to open joint border post\n" + lead, "Uruguay and Brazil agree to open joint border post"},
		{"headline then deck", "Uruguay and Brazil agree to open joint border post\n\nThe post will cut waiting times for trucks on Route 5\n\n" + lead, "Uruguay and Brazil agree to open joint border post"},
		{"byline and date after", "Uruguay and Brazil agree to open joint border post\n\nBy Ana Ruiz\n\nMay 3, 2024\n\n" + lead, "Uruguay and Brazil agree to open joint border post"},
		{"sentence headline after label", "Americas\n\nUruguay and Brazil agree to open a joint border post near Rivera.\n\n" + lead, "Uruguay and Brazil agree to open a joint border post near Rivera."},
		{"sentence headline alone", "Uruguay and Brazil agree to open a joint border post near Rivera, ministries say.\n\n" + lead, "Uruguay and Brazil agree to open a joint border post near Rivera, ministries say."},
		{"short headline", "Uruguay, Brazil talks\n\n" + lead, "Uruguay, Brazil talks"},
		// A menu line is not joined with the date line under it.
		{"menu over a date", "GAZETA DO LITORAL\nInício | Nacional | Internacional | Negócios | Ciência | Sociedade | Vídeos\nquinta-feira, 9 de outubro de 2025\n\nUruguay and Brazil agree to open joint border post\n\n" + lead, "Uruguay and Brazil agree to open joint border post"},
		{"german label", "Ausland\n\nUruguay und Brasilien öffnen gemeinsamen Grenzposten\n\nDie Außenminister Uruguays und Brasiliens haben am Montag vereinbart, einen gemeinsamen Grenzposten bei Rivera zu öffnen.", "Uruguay und Brasilien öffnen gemeinsamen Grenzposten"},
		{"russian label", "В мире\n\nУругвай и Бразилия откроют общий пограничный пункт\n\nМинистры иностранных дел Уругвая и Бразилии в понедельник договорились открыть общий пограничный пункт у города Ривера.", "Уругвай и Бразилия откроют общий пограничный пункт"},
	}
	var c Cleaner
	for _, tt := range tests {
		a := c.Clean(news.Raw{Text: tt.text})
		if got := a.Title; got != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, got, tt.want)
		}
		if tt.name == "label above" || tt.name == "sentence headline after label" {
			if !strings.Contains(a.Body, "Rivera, their ministries said") {
				t.Errorf("%s: lead lost from body %q", tt.name, a.Body)
			}
		}
	}
}

// TestLineKinds checks single lines of web debris in five languages, and
// body lines that look like them but must stay.
func TestLineKinds(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"Reporting by Jane Doe; Editing by Tom Roe", "credit"},
		{"Additional reporting by Ana Ruiz in Lima.", "credit"},
		{"(Reporting by Wire staff; Editing by Desk)", "credit"},
		{"Redaktion: Max Muster", "credit"},
		{"Mit Material von dpa und AFP", "credit"},
		{"Con información de EFE y Reuters.", "credit"},
		{"Avec AFP", "credit"},
		{"(Reportage Jean Dupont, édité par Marc Martin)", "credit"},
		{"При подготовке использованы материалы ТАСС", "credit"},
		{"Our Standards: The Trust Principles.", "footer"},
		{"Comments are closed.", "footer"},
		{"Kommentare sind geschlossen.", "footer"},
		{"Los comentarios están cerrados.", "footer"},
		{"Les commentaires sont fermés.", "footer"},
		{"Комментарии закрыты.", "footer"},
		{"3 min read", "readtime"},
		{"Lesezeit: 4 Min.", "readtime"},
		{"Tiempo de lectura: 3 min", "readtime"},
		{"Temps de lecture : 5 minutes", "readtime"},
		{"Время чтения: 2 минуты", "readtime"},
		{"Updated 2 hours ago", "date"},
		{"Aktualisiert vor 3 Stunden", "date"},
		{"Mis à jour il y a 3 heures", "date"},
		{"Обновлено 2 часа назад", "date"},
		{"By Jane Doe, Staff Writer", "byline"},
		{"By Jane Doe, staff writer", "byline"},
		{"Von Max Muster", "byline"},
		{"Por María López", "byline"},
		{"Par Jean Dupont, envoyé spécial à Kiev", "byline"},
		{"Автор: Иван Петров", "byline"},
		{"Getty Images", "credit"},
		{"REUTERS/Jane Roe", "credit"},
		{"John Doe/AFP via Getty Images", "credit"},
		{"The minister in Kyiv on Monday. (Photo: John Doe/Getty Images)", "caption"},
		{"Tags: Uruguay, Brazil, border", "tags"},
		{"Themen: Polen, Nato", "tags"},
		{"Advertisement", "label"},
		{"Publicité", "label"},
		{"Most read", "block"},
		{"Самое читаемое", "block"},
		// Body lines that must stay.
		{"The meeting lasted 40 minutes.", ""},
		{"Reporting by state media suggested the talks had stalled for weeks before the two sides met again in Geneva.", ""},
		{"Con información de inteligencia, el gobierno detuvo a tres personas.", ""},
		{"Published in 2019, the report found serious gaps.", ""},
		{"Reuters poll shows support", ""},
		{"It was the first such meeting this year.", ""},
		{"By then, the talks had collapsed.", ""},
		{"Avec ce texte, le gouvernement veut rassurer les marchés.", ""},
		{"Mit der Einigung endet ein monatelanger Streit.", ""},
	}
	for _, tt := range tests {
		d := &doc{c: &Cleaner{}, a: &news.Article{}}
		d.split(tt.line)
		if len(d.lines) != 1 {
			t.Fatalf("%q: %d lines", tt.line, len(d.lines))
		}
		if got := d.kind(0, d.lines[0]); got != tt.want {
			t.Errorf("kind(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestMarkersLoad(t *testing.T) {
	if markerErr != nil {
		t.Fatalf("markers: %v", markerErr)
	}
	for _, k := range []string{"related", "line", "share", "list", "comments", "credit", "byline", "bio", "promo",
		"published", "updated", "photo", "kicker", "endcredit", "end", "readtime", "block", "agency", "contrib", "ad", "continue"} {
		if len(mk.get(k).set) == 0 {
			t.Errorf("no markers of kind %q", k)
		}
	}
	if len(mk.months) < 100 {
		t.Errorf("months: %d forms", len(mk.months))
	}
	for _, l := range []string{"en", "de", "es", "fr", "ru"} {
		if len(mk.function[l]) == 0 {
			t.Errorf("no function words for %s", l)
		}
	}
}

func TestInlineCredit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The talks will resume in June, the ministry said. Reporting by Jane Doe; Editing by Tom Roe", "The talks will resume in June, the ministry said."},
		{"Die Gespräche sollen im Juni weitergehen. Mit Material von dpa", "Die Gespräche sollen im Juni weitergehen."},
		{"Les discussions reprendront en juin. (Avec AFP)", "Les discussions reprendront en juin."},
		{"Las conversaciones seguirán en junio. Con información de inteligencia, el gobierno actuó.", "Las conversaciones seguirán en junio. Con información de inteligencia, el gobierno actuó."},
	}
	for _, tt := range tests {
		d := &doc{c: &Cleaner{}, a: &news.Article{}}
		if got := d.cutCredit(tt.in); got != tt.want {
			t.Errorf("cutCredit(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestContributorCredit(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Associated Press writer Jane Doe in Reykjavik contributed to this report.", true},
		{"Max Muster in Wien hat zu diesem Bericht beigetragen.", true},
		{"Ana Ruiz colaboró en este informe.", true},
		{"Several ministries and agencies across the region said their analysts had contributed to this report over many months of work.", false},
	} {
		d := &doc{c: &Cleaner{}, a: &news.Article{}}
		d.split(tt.line)
		if got := d.kind(0, d.lines[0]) == "credit"; got != tt.want {
			t.Errorf("credit(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestLinkLists checks that a block of headline links under an unknown
// heading goes, and that subheadings and content lists stay.
func TestLinkLists(t *testing.T) {
	const lead = "Die Außenminister der beiden Nachbarländer haben sich am Montag in Wien getroffen und über Energie gesprochen.\n"
	tests := []struct {
		name, text string
		gone, kept []string
	}{
		{"unknown heading", lead + "Aus dem Ressort\nBahnstreik legt Fernverkehr lahm\nHitzewelle erreicht den Süden\nDie Gespräche sollen im Juni weitergehen.\n",
			[]string{"Aus dem Ressort", "Bahnstreik"}, []string{"im Juni weitergehen"}},
		{"subheading", lead + "Streit um Gaspreise\nBeide Seiten konnten sich nicht auf einen Preis einigen.\n",
			nil, []string{"Streit um Gaspreise", "nicht auf einen Preis"}},
		{"content list", lead + "Vereinbart wurden:\nein gemeinsamer Fonds für Netze\nein jährliches Treffen der Minister\n",
			nil, []string{"gemeinsamer Fonds", "jährliches Treffen"}},
	}
	var c Cleaner
	for _, tt := range tests {
		a := c.Clean(news.Raw{Text: tt.text, Title: "Österreich und Ungarn sprechen über Energie"})
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

// TestTwoSentenceHeadline: a headline of two sentences with no final stop
// under a masthead, a menu and a section path is the headline, not the
// masthead (fictional text).
func TestTwoSentenceHeadline(t *testing.T) {
	text := "Gazeta da Serra\nInício | Nacional | Internacional | Negócios | Ciência | Vídeos\n\n" +
		"A Gazeta da Serra usa cookies para personalizar conteúdos e medir audiências. Se continuar a ler, aceita esta utilização. [Concordo] [Configurar]\n\n" +
		"Internacional > África\n\n" +
		"Cheias no Malawi isolam três aldeias perto de Zomba. Engenheira cabo-verdiana Dalila Semedo diz que pontes serão reconstruídas\n\n" +
		"12 de janeiro de 2026, 09:40 | Agência Sul / Gazeta da Serra\n\n" +
		"As chuvas intensas da madrugada de domingo fizeram transbordar o rio Likangala, no sul do Malawi, isolando três aldeias perto de Zomba e arrastando duas pontes usadas por cerca de quatro mil pessoas.\n"
	var c Cleaner
	a := c.Clean(news.Raw{Text: text})
	if want := "Cheias no Malawi isolam três aldeias perto de Zomba. Engenheira cabo-verdiana Dalila Semedo diz que pontes serão reconstruídas"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
	if a.Published != "2026-01-12" {
		t.Errorf("published %q, want 2026-01-12", a.Published)
	}
}
