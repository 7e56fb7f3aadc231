package timex

import (
	"strings"
	"testing"
	"time"

	"chancery/internal/news"
)

func day(s string) Ref {
	t, p, ok := ParseISO(s)
	if !ok {
		panic("bad test date " + s)
	}
	return Ref{Time: t, Precision: p}
}

// values renders Find's result as "text=value; …".
func values(lang, s string, ref Ref) string {
	var parts []string
	for _, d := range Find(lang, s, ref) {
		if s[d.Start:d.End] != d.Text {
			return "bad span"
		}
		parts = append(parts, d.Text+"="+d.Value)
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		lang, ref, s, want string
	}{
		// Weekdays: the latest on or before the reference day.
		{"en", "2024-05-16", "The two envoys met on Wednesday in Vienna.", "Wednesday=2024-05-15"},
		{"en", "2023-11-17", "The foreign minister said on Thursday that trade had grown.", "Thursday=2023-11-16"},
		{"en", "2024-07-10", "On Monday, the envoy presented his credentials to the king.", "Monday=2024-07-08"},
		{"en", "2023-11-16", "Officials met on Thursday.", "Thursday=2023-11-16"},
		{"en", "2023-11-16", "The ministers will meet on Friday in Geneva.", "Friday=2023-11-17"},
		{"en", "2023-11-16", "On Friday, the delegations will sign the accord.", "Friday=2023-11-17"},
		{"en", "2023-11-16", "He said on Monday that the talks will resume.", "Monday=2023-11-13"},
		{"en", "2023-11-16", "They met last Thursday and will meet next Monday.", "last Thursday=2023-11-09; next Monday=2023-11-20"},
		{"en", "2023-11-16", "The envoy arrived on Monday last week.", "Monday last week=2023-11-06"},
		{"en", "2023-11-16", "On Thursday, November 16, 2023, they met.", "November 16, 2023=2023-11-16"},
		// "At the beginning of the month": the reference's month.
		{"uk", "2026-02-20", "На початку місяця в Ризі делегації узгодили графік консультацій.", "На початку місяця=2026-02"},
		{"fr", "2026-02-20", "Au début du mois, les délégations ont arrêté un calendrier de consultations.", "Au début du mois=2026-02"},
		// The verb that tells the weekday's tense may stand far before it.
		{"en", "2025-04-16", "The fishermen were released to consular staff at the port of Mombasa on Monday and are expected to travel home.", "Monday=2025-04-14"},
		// A day of the month in parentheses after the weekday, as
		// Brazilian papers write it, even past the reference day.
		{"pt", "2024-06-04", "Os presidentes assinaram nesta quarta-feira (5) onze acordos.", "quarta-feira (5)=2024-06-05"},
		{"pt", "2024-06-06", "Na terça-feira (4), os ministros se reuniram.", "terça-feira (4)=2024-06-04"},
		// Explicit dates.
		{"en", "2023-11-17", "The vote was taken on October 16, 2023.", "October 16, 2023=2023-10-16"},
		{"en", "2023-11-17", "Talks in Oslo on Nov 16, 2023 and on Oct. 5 ended.", "Nov 16, 2023=2023-11-16; Oct. 5=2023-10-05"},
		{"en", "2024-01-03", "The vote on December 28 was close.", "December 28=2023-12-28"},
		{"en", "2023-11-17", "Signed on 16 October 2023 and ratified on the 2nd of November.", "16 October 2023=2023-10-16; 2nd of November=2023-11-02"},
		{"en", "2023-11-17", "The law passed in October 2023 and took effect in March.", "October 2023=2023-10; March=2023-03"},
		{"en", "2023-11-17", "The law will take effect in March.", "March=2024-03"},
		{"en", "2023-11-17", "You may march on, he said.", ""},
		{"en", "2023-11-17", "The report (2023-10-16) was cited in 2022.", "2023-10-16=2023-10-16; 2022=2022"},
		{"en", "2023-11-17", "The accord dated 10/16/2023 was published.", "10/16/2023=2023-10-16"},
		{"en", "2023-11-17", "Talks began in mid-November and end in early December.", "mid-November=2023-11; December=2023-12"},
		{"es", "2023-11-17", "Las conversaciones comenzaron a principios de octubre.", "octubre=2023-10"},
		{"de", "2023-11-17", "Am 16.10. trafen sich die Minister; der Kurs lag bei 16.10 Euro.", "16.10.=2023-10-16"},
		{"fr", "2023-11-17", "Les pourparlers ont commencé mi-octobre.", "mi-octobre=2023-10"},
		// Relative words.
		{"en", "2023-11-17", "Yesterday the minister left; the day before yesterday he arrived.", "Yesterday=2023-11-16; the day before yesterday=2023-11-15"},
		{"en", "2023-11-17", "Trade grew last month and will grow next year.", "last month=2023-10; next year=2024"},
		{"en", "2023-11-17", "The ministers met last week.", "last week=2023-11"},
		{"en", "2023-11-03", "The ministers met last week.", "last week=2023-10"},
		{"de", "2023-11-17", "Die Delegationen berieten am Donnerstag über den Haushalt.", "Donnerstag=2023-11-16"},
		{"de", "2023-11-17", "Das Abkommen wurde am 16. Oktober 2023 und am 16.10.2023 unterzeichnet.", "16. Oktober 2023=2023-10-16; 16.10.2023=2023-10-16"},
		{"de", "2023-11-17", "Im Oktober trafen sich die Minister, gestern erneut.", "Oktober=2023-10; gestern=2023-11-16"},
		{"de", "2023-11-17", "Vorgestern und im vergangenen Monat gab es Gespräche.", "Vorgestern=2023-11-15; im vergangenen Monat=2023-10"},
		{"de", "2023-11-17", "Der Minister wird am Montag nach Berlin reisen.", "Montag=2023-11-20"},
		{"de", "2023-11-17", "Am Morgen sprach er, heute Morgen auch.", "heute Morgen=2023-11-17"},
		{"de", "2023-11-17", "Letzte Woche traf er am vergangenen Freitag den Kanzler.", "Letzte Woche=2023-11; vergangenen Freitag=2023-11-10"},
		{"es", "2023-11-17", "El canciller se reunió el lunes con su homólogo.", "lunes=2023-11-13"},
		{"es", "2023-11-17", "Ayer y anteayer hubo reuniones; el 16 de octubre de 2023 se firmó.", "Ayer=2023-11-16; anteayer=2023-11-15; 16 de octubre de 2023=2023-10-16"},
		{"es", "2023-11-17", "El ministro viajará el lunes a Asunción.", "lunes=2023-11-20"},
		{"es", "2023-11-17", "La reunión del 16 de octubre fue por la mañana; mañana habrá otra.", "16 de octubre=2023-10-16; mañana=2023-11-18"},
		{"es", "2023-11-17", "La semana pasada y el mes pasado hubo contactos.", "La semana pasada=2023-11; el mes pasado=2023-10"},
		{"es", "2023-11-17", "Firmado en octubre de 2023.", "octubre de 2023=2023-10"},
		{"fr", "2023-11-17", "Le ministre a rencontré son homologue mardi dernier.", "mardi dernier=2023-11-14"},
		{"fr", "2023-11-17", "Les ministres se sont rencontrés lundi, le 16 octobre 2023.", "16 octobre 2023=2023-10-16"},
		{"fr", "2023-11-17", "Hier et avant-hier, puis aujourd'hui, la semaine dernière.", "Hier=2023-11-16; avant-hier=2023-11-15; aujourd'hui=2023-11-17; la semaine dernière=2023-11"},
		{"fr", "2023-11-17", "Le président se rendra jeudi à Moscou.", "jeudi=2023-11-23"},
		{"fr", "2023-11-17", "Le sommet du 1er décembre.", "1er décembre=2023-12-01"},
		{"ru", "2023-11-17", "Министры провели переговоры в понедельник.", "понедельник=2023-11-13"},
		{"ru", "2023-11-17", "Во вторник и вчера министры встречались.", "вторник=2023-11-14; вчера=2023-11-16"},
		{"ru", "2023-11-17", "Соглашение подписано 16 октября 2023 года, а 5 ноября вступило в силу.", "16 октября 2023 года=2023-10-16; 5 ноября=2023-11-05"},
		{"ru", "2023-11-17", "Встреча состоится в пятницу.", "пятницу=2023-11-17"},
		{"ru", "2023-11-17", "На прошлой неделе и в прошлом месяце, позавчера, сегодня.", "На прошлой неделе=2023-11; в прошлом месяце=2023-10; позавчера=2023-11-15; сегодня=2023-11-17"},
		{"ru", "2023-11-17", "В октябре 2023 г. и в сентябре.", "октябре 2023 г.=2023-10; сентябре=2023-09"},
		{"ru", "2023-11-17", "Министр прибыл в прошлую среду.", "прошлую среду=2023-11-15"},
		// A reference known only to the month: no weekdays, months still work.
		{"en", "2023-11", "They met on Thursday and last month.", "last month=2023-10"},
		{"en", "", "They met on Thursday, on 5 May 2021 and in June.", "5 May 2021=2021-05-05"},
	}
	for _, tt := range tests {
		ref := Ref{}
		if tt.ref != "" {
			ref = day(tt.ref)
		}
		if got := values(tt.lang, tt.s, ref); got != tt.want {
			t.Errorf("%s %s %q:\n got %q\nwant %q", tt.lang, tt.ref, tt.s, got, tt.want)
		}
	}
}

func TestReference(t *testing.T) {
	tests := []struct {
		name string
		a    news.Article
		want string
	}{
		{"day", news.Article{Published: "2023-11-17", Embeds: []news.Embed{{Date: "2023-11-16"}}}, "2023-11-17"},
		{"month with embed", news.Article{Lang: "de", Published: "2023-11", Body: "Am Donnerstag trafen sie sich.",
			Embeds: []news.Embed{{Date: "2023-11-16"}, {Date: "2023-10-30"}}}, "2023-11-16"},
		{"month with body date", news.Article{Lang: "en", Published: "2023-11",
			Body: "The talks on November 14, 2023 went well.\n\nAn accord of 3 March 2020 was cited."}, "2023-11-14"},
		{"month only", news.Article{Lang: "en", Published: "2023-11", Body: "Nothing dated here."}, "2023-11"},
		{"missing", news.Article{Lang: "en", Body: "Signed on 2 May 2021."}, "2021-05-02"},
		{"nothing", news.Article{Lang: "en"}, ""},
	}
	for _, tt := range tests {
		r := Reference(&tt.a)
		if got := Format(r.Time, r.Precision); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	// The seed case: a month-only German article with an embedded post.
	a := &news.Article{Lang: "de", Published: "2023-11", Body: "Sie erörterten am Donnerstag die Lage.",
		Embeds: []news.Embed{{Date: "2023-11-16"}}}
	if got := values("de", a.Body, Reference(a)); got != "Donnerstag=2023-11-16" {
		t.Errorf("got %q, want %q", got, "Donnerstag=2023-11-16")
	}
}

func TestParseISO(t *testing.T) {
	tests := []struct {
		in   string
		want string
		p    Precision
	}{
		{"2023", "2023", Year},
		{"2023-11", "2023-11", Month},
		{"2023-11-16", "2023-11-16", Day},
		{"2023-11-16T10:55:00Z", "2023-11-16", Day},
		{"2023-02-30", "", None},
		{"2023-13", "", None},
		{"23-11-16", "", None},
		{"", "", None},
		{"abcd", "", None},
	}
	for _, tt := range tests {
		tm, p, ok := ParseISO(tt.in)
		if got := Format(tm, p); got != tt.want || p != tt.p || ok != (tt.p != None) {
			t.Errorf("ParseISO(%q): got %q %v %v, want %q %v", tt.in, got, p, ok, tt.want, tt.p)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"on Wednesday", "16. Oktober 2023", "16/10/2023", "в прошлую среду", "el lunes pasado",
		"2023-02-30", "31 February", "Monday last week", "16-17 October", "am 16.10.", "\xff1 May"} {
		f.Add("", s, int64(0))
		f.Add("de", s, int64(1700000000))
	}
	f.Fuzz(func(t *testing.T, lang, s string, unix int64) {
		ref := Ref{Time: time.Unix(unix%4e9, 0).UTC().Truncate(24 * time.Hour), Precision: Precision(uint64(unix) % 4)}
		prev := 0
		for _, d := range Find(lang, s, ref) {
			if d.Start < prev || d.End > len(s) || d.End <= d.Start || s[d.Start:d.End] != d.Text {
				t.Fatalf("bad span %+v in %q", d, s)
			}
			if _, _, ok := ParseISO(d.Value); !ok {
				t.Fatalf("bad value %q for %q", d.Value, d.Text)
			}
			prev = d.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	s := strings.Repeat("The foreign ministers met on Wednesday in Geneva and agreed, the ministry said on October 16, 2023; "+
		"talks will resume next week, after a meeting held yesterday. ", 8)[:1024]
	ref := day("2023-11-17")
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find("en", s, ref)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "KB/s")
}

// TestPastDayMonth: "el pasado 24 de febrero", told in October, is the
// February before, though the next one is nearer.
func TestPastDayMonth(t *testing.T) {
	ref := Ref{Time: time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC), Precision: Day}
	got := Find("es", "Las dos delegaciones ya habían negociado el pasado 24 de febrero en Lima.", ref)
	if len(got) == 0 || got[0].Value != "2025-02-24" {
		t.Errorf("got %+v, want 2025-02-24", got)
	}
}
