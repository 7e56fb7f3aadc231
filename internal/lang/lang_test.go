package lang

import (
	"strings"
	"testing"

	"github.com/abadojack/whatlanggo"
)

// samples are short texts (one to three sentences) in each supported
// language, written for these tests in the register of news reports.
var samples = []struct{ lang, text string }{
	{"en", "The foreign minister arrived in Lisbon on Tuesday."},
	{"en", "Talks between the two delegations ended without an agreement, officials said."},
	{"en", "The ministry rejected the claims. It said the report was based on rumours."},
	{"en", "Both sides agreed to resume flights next month and to reopen their consulates."},
	{"de", "Der Außenminister ist am Dienstag in Lissabon eingetroffen."},
	{"de", "Die Gespräche zwischen den beiden Delegationen endeten ohne Einigung, sagten Beamte."},
	{"de", "Das Ministerium wies die Vorwürfe zurück. Der Bericht beruhe auf Gerüchten, hieß es."},
	{"de", "Beide Seiten vereinbarten, die Flüge im nächsten Monat wieder aufzunehmen."},
	{"de", "Kanzlerin reist nach Warschau und trifft dort den Präsidenten"},
	{"es", "El ministro de Exteriores llegó el martes a Lisboa."},
	{"es", "Las conversaciones entre las dos delegaciones terminaron sin acuerdo, según fuentes oficiales."},
	{"es", "El ministerio rechazó las acusaciones. Dijo que el informe se basaba en rumores."},
	{"es", "Ambas partes acordaron reanudar los vuelos el próximo mes."},
	{"es", "Presidente viaja a Quito para reunirse con su homólogo"},
	{"fr", "Le ministre des Affaires étrangères est arrivé mardi à Lisbonne."},
	{"fr", "Les discussions entre les deux délégations se sont terminées sans accord, selon des responsables."},
	{"fr", "Le ministère a rejeté les accusations. Il a déclaré que le rapport reposait sur des rumeurs."},
	{"fr", "Les deux parties ont convenu de reprendre les vols le mois prochain."},
	{"fr", "Visite du président à Dakar avec son homologue"},
	{"ru", "Министр иностранных дел прибыл во вторник в Лиссабон."},
	{"ru", "Переговоры между двумя делегациями завершились без соглашения, сообщили официальные лица."},
	{"ru", "Министерство отвергло обвинения. Там заявили, что доклад основан на слухах."},
	{"ru", "Стороны договорились возобновить полеты в следующем месяце."},
	{"ru", "Премьер посетит Минск на следующей неделе"},
	{"it", "Il ministro degli Esteri è arrivato martedì a Lisbona."},
	{"it", "Le due parti hanno concordato di riprendere i voli il mese prossimo."},
	{"pt", "O ministro dos Negócios Estrangeiros chegou na terça-feira a Lisboa."},
	{"pt", "As duas partes concordaram em retomar os voos no próximo mês."},
	{"nl", "De minister van Buitenlandse Zaken is dinsdag in Lissabon aangekomen."},
	{"nl", "Beide partijen zijn overeengekomen de vluchten volgende maand te hervatten."},
	{"pl", "Minister spraw zagranicznych przybył we wtorek do Lizbony."},
	{"pl", "Obie strony zgodziły się wznowić loty w przyszłym miesiącu."},
	{"uk", "Міністр закордонних справ прибув у вівторок до Лісабона."},
	{"uk", "Сторони домовилися відновити польоти наступного місяця."},
}

func TestDetect(t *testing.T) {
	for _, s := range samples {
		if got := Detect(s.text); got != s.lang {
			t.Errorf("Detect(%q) = %q, want %q", s.text, got, s.lang)
		}
	}
}

func TestDetectHeadline(t *testing.T) {
	// Four words with no function word: unsure is as good as right.
	if got := Detect("Prime minister visits Oslo"); got != "" && got != "en" {
		t.Errorf("Detect(headline) = %q, want \"\" or \"en\"", got)
	}
}

func TestDetectUnsure(t *testing.T) {
	for _, text := range []string{"", "12:30", "OK", "@handle https://t.co/x #tag", "¡¿!?"} {
		if got := Detect(text); got != "" {
			t.Errorf("Detect(%q) = %q, want \"\"", text, got)
		}
	}
}

// TestAccuracy reports, on the short samples, how often bare whatlanggo
// (restricted to the supported languages) and Detect are right.
func TestAccuracy(t *testing.T) {
	wl := map[whatlanggo.Lang]bool{}
	for _, l := range codes {
		wl[l] = true
	}
	per := map[string][2]int{}
	var bare, ours int
	for _, s := range samples {
		c := per[s.lang]
		if code(whatlanggo.DetectWithOptions(s.text, whatlanggo.Options{Whitelist: wl}).Lang) == s.lang {
			bare++
			c[0]++
		}
		if Detect(s.text) == s.lang {
			ours++
			c[1]++
		}
		per[s.lang] = c
	}
	var b strings.Builder
	for _, l := range supported {
		c := per[l]
		b.WriteString(l + ":" + itoa(c[0]) + "/" + itoa(c[1]) + " ")
	}
	t.Logf("short texts: whatlanggo %d/%d, Detect %d/%d (per language bare/ours: %s)", bare, len(samples), ours, len(samples), b.String())
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestSupported(t *testing.T) {
	got := Supported()
	if len(got) < 5 || got[0] != "en" {
		t.Errorf("Supported() = %v", got)
	}
	for _, c := range got {
		if _, ok := codes[c]; !ok {
			t.Errorf("Supported() has %q without a model", c)
		}
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range samples {
		f.Add(s.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Detect(s)
		if got == "" {
			return
		}
		if _, ok := codes[got]; !ok {
			t.Fatalf("Detect(%q) = %q, not supported", s, got)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat(samples[1].text+" ", 40)
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
