// Package synth generates synthetic news articles for benchmarks: short
// diplomatic reports in several languages, built from templates, with
// planted same-event reports in other languages, syndicated copies and
// exact duplicates, so that resolution, clustering and syndication do real
// work at scale. The output is JSON Lines, the format ingest reads.
package synth

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// Options control a corpus. The zero value generates nothing; set N.
type Options struct {
	N    int    // articles to write
	Seed uint64 // same seed, same corpus
	// Shares of articles that are planted copies of an earlier one.
	SameEvent  float64 // another language's report of an earlier event (default 0.15)
	Syndicated float64 // an earlier article's text under another outlet (default 0.05)
	Duplicate  float64 // byte-identical re-post (default 0.02)
	// PerDay is how many articles a day the feed carries (default 50):
	// articles come in time order, as a real feed does, so the density of
	// events per day stays the same however large the corpus. Negative
	// spreads all dates uniformly over six years instead (density grows
	// with N, a stress test for event blocking).
	PerDay int
}

// Record is one JSON Lines article.
type Record struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Lang      string `json:"lang,omitempty"`
	Text      string `json:"text"`
}

type state struct {
	code string
	name map[string]string // lang -> name
	adj  map[string]string // lang -> adjective (masculine / attributive form)
	cap  map[string]string // lang -> capital
}

// A small set of states with their names in the template languages. The
// generator only needs plausible, recognizable text.
var states = []state{
	{"RUS", m("en", "Russia", "de", "Russland", "es", "Rusia", "fr", "la Russie", "ru", "Россия"), m("en", "Russian", "de", "russische", "es", "ruso", "fr", "russe", "ru", "российский"), m("en", "Moscow", "de", "Moskau", "es", "Moscú", "fr", "Moscou", "ru", "Москве")},
	{"CHN", m("en", "China", "de", "China", "es", "China", "fr", "la Chine", "ru", "Китай"), m("en", "Chinese", "de", "chinesische", "es", "chino", "fr", "chinois", "ru", "китайский"), m("en", "Beijing", "de", "Peking", "es", "Pekín", "fr", "Pékin", "ru", "Пекине")},
	{"FRA", m("en", "France", "de", "Frankreich", "es", "Francia", "fr", "la France", "ru", "Франция"), m("en", "French", "de", "französische", "es", "francés", "fr", "français", "ru", "французский"), m("en", "Paris", "de", "Paris", "es", "París", "fr", "Paris", "ru", "Париже")},
	{"DEU", m("en", "Germany", "de", "Deutschland", "es", "Alemania", "fr", "l'Allemagne", "ru", "Германия"), m("en", "German", "de", "deutsche", "es", "alemán", "fr", "allemand", "ru", "германский"), m("en", "Berlin", "de", "Berlin", "es", "Berlín", "fr", "Berlin", "ru", "Берлине")},
	{"BRA", m("en", "Brazil", "de", "Brasilien", "es", "Brasil", "fr", "le Brésil", "ru", "Бразилия"), m("en", "Brazilian", "de", "brasilianische", "es", "brasileño", "fr", "brésilien", "ru", "бразильский"), m("en", "Brasilia", "de", "Brasília", "es", "Brasilia", "fr", "Brasilia", "ru", "Бразилиа")},
	{"IND", m("en", "India", "de", "Indien", "es", "India", "fr", "l'Inde", "ru", "Индия"), m("en", "Indian", "de", "indische", "es", "indio", "fr", "indien", "ru", "индийский"), m("en", "New Delhi", "de", "Neu-Delhi", "es", "Nueva Delhi", "fr", "New Delhi", "ru", "Нью-Дели")},
	{"TUR", m("en", "Turkey", "de", "die Türkei", "es", "Turquía", "fr", "la Turquie", "ru", "Турция"), m("en", "Turkish", "de", "türkische", "es", "turco", "fr", "turc", "ru", "турецкий"), m("en", "Ankara", "de", "Ankara", "es", "Ankara", "fr", "Ankara", "ru", "Анкаре")},
	{"EGY", m("en", "Egypt", "de", "Ägypten", "es", "Egipto", "fr", "l'Égypte", "ru", "Египет"), m("en", "Egyptian", "de", "ägyptische", "es", "egipcio", "fr", "égyptien", "ru", "египетский"), m("en", "Cairo", "de", "Kairo", "es", "El Cairo", "fr", "Le Caire", "ru", "Каире")},
	{"MEX", m("en", "Mexico", "de", "Mexiko", "es", "México", "fr", "le Mexique", "ru", "Мексика"), m("en", "Mexican", "de", "mexikanische", "es", "mexicano", "fr", "mexicain", "ru", "мексиканский"), m("en", "Mexico City", "de", "Mexiko-Stadt", "es", "Ciudad de México", "fr", "Mexico", "ru", "Мехико")},
	{"JPN", m("en", "Japan", "de", "Japan", "es", "Japón", "fr", "le Japon", "ru", "Япония"), m("en", "Japanese", "de", "japanische", "es", "japonés", "fr", "japonais", "ru", "японский"), m("en", "Tokyo", "de", "Tokio", "es", "Tokio", "fr", "Tokyo", "ru", "Токио")},
	{"ZAF", m("en", "South Africa", "de", "Südafrika", "es", "Sudáfrica", "fr", "l'Afrique du Sud", "ru", "ЮАР"), m("en", "South African", "de", "südafrikanische", "es", "sudafricano", "fr", "sud-africain", "ru", "южноафриканский"), m("en", "Pretoria", "de", "Pretoria", "es", "Pretoria", "fr", "Pretoria", "ru", "Претории")},
	{"ITA", m("en", "Italy", "de", "Italien", "es", "Italia", "fr", "l'Italie", "ru", "Италия"), m("en", "Italian", "de", "italienische", "es", "italiano", "fr", "italien", "ru", "итальянский"), m("en", "Rome", "de", "Rom", "es", "Roma", "fr", "Rome", "ru", "Риме")},
}

func m(kv ...string) map[string]string {
	out := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

var langs = []string{"en", "de", "es", "fr", "ru"}

var weekdays = map[string][]string{
	"en": {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	"de": {"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
	"es": {"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"},
	"fr": {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	"ru": {"воскресенье", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу"},
}

// Templates: %[1]s source adjective, %[2]s source minister, %[3]s target
// adjective, %[4]s target minister, %[5]s weekday, %[6]s place, %[7]s
// source state, %[8]s target state, %[9]s topic.
var templates = map[string][]string{
	"en": {
		"%[1]s Foreign Minister %[2]s met his %[3]s counterpart %[4]s in %[6]s on %[5]s.\n\nThe ministers discussed %[9]s and agreed to expand cooperation between %[7]s and %[8]s.\n\n\"We have opened a new page in our relations,\" %[2]s told reporters after the talks.",
		"%[7]s and %[8]s signed an agreement on %[9]s on %[5]s, %[1]s Foreign Minister %[2]s said after talks in %[6]s with %[4]s.\n\nRead more: Markets steady after central bank decision",
	},
	"de": {
		"Der %[1]s Außenminister %[2]s ist am %[5]s in %[6]s mit seinem %[3]sn Amtskollegen %[4]s zusammengetroffen.\n\nDie Minister erörterten %[9]s und vereinbarten, die Zusammenarbeit auszubauen.\n\nMehr zum Thema - Wetterdienst warnt vor Sturm",
	},
	"es": {
		"El canciller %[1]s, %[2]s, se reunió el %[5]s en %[6]s con su homólogo %[3]s, %[4]s.\n\nAmbos acordaron ampliar la cooperación en %[9]s.\n\nLeer más: La bolsa cierra con ganancias",
	},
	"fr": {
		"Le ministre %[1]s des Affaires étrangères, %[2]s, s'est entretenu %[5]s à %[6]s avec son homologue %[3]s, %[4]s.\n\nLes deux ministres ont convenu de renforcer la coopération dans le domaine de %[9]s.\n\nLire aussi : La météo du week-end",
	},
	"ru": {
		"Министр иностранных дел %[7]s %[2]s в %[5]s провел переговоры в %[6]s со своим коллегой %[4]s.\n\nСтороны договорились расширять сотрудничество в области %[9]s.\n\nЧитайте также: Курс рубля на торгах",
	},
}

var topics = map[string][]string{
	"en": {"energy", "trade", "security", "climate", "transport", "health"},
	"de": {"Energie", "Handel", "Sicherheit", "Klima", "Verkehr", "Gesundheit"},
	"es": {"energía", "comercio", "seguridad", "clima", "transporte", "salud"},
	"fr": {"l'énergie", "du commerce", "la sécurité", "du climat", "des transports", "de la santé"},
	"ru": {"энергетики", "торговли", "безопасности", "климата", "транспорта", "здравоохранения"},
}

var syll = []string{"ka", "lo", "mi", "ra", "te", "vo", "na", "si", "do", "ber", "gan", "tor", "vel", "mar", "lin", "dra", "sko", "pet"}

func name(r *rand.Rand) string {
	part := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(syll[r.IntN(len(syll))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	return part(2) + " " + part(3)
}

// details: one sentence of facts particular to a happening (how many
// journalists and photographers were accredited), in each template
// language. Without it two different meetings of the same ministers on the
// same weekday and topic read word for word alike, so the more articles a
// corpus holds the more of its new ones are (falsely) duplicates of an
// earlier one: a later article would do more linking work than an early
// one, and a benchmark over the corpus would measure that instead of the
// database. Reports of one happening in other languages carry the same
// figures, as real ones do.
var details = map[string]string{
	"en": "Some %d journalists and %d photographers were accredited.",
	"de": "Rund %d Journalisten und %d Fotografen waren akkreditiert.",
	"es": "Unos %d periodistas y %d fotógrafos estaban acreditados.",
	"fr": "Quelque %d journalistes et %d photographes étaient accrédités.",
	"ru": "Были аккредитованы около %d журналистов и %d фотографов.",
}

type happening struct {
	journalists, photographers int
	src, tgt                   int
	srcMin                     string
	tgtMin                     string
	date                       time.Time
	place                      int // index into states for the capital
	topic                      int
	firstLang                  string
	firstText                  string
	firstTitle                 string
}

// Write generates o.N articles to w as JSON Lines.
func Write(w io.Writer, o Options) error {
	if o.SameEvent == 0 {
		o.SameEvent = 0.15
	}
	if o.Syndicated == 0 {
		o.Syndicated = 0.05
	}
	if o.Duplicate == 0 {
		o.Duplicate = 0.02
	}
	if o.PerDay == 0 {
		o.PerDay = 50
	}
	r := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	// One foreign minister per state for the whole corpus, as in reality.
	ministers := make([]string, len(states))
	for i := range ministers {
		ministers[i] = name(r)
	}
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	var past []happening
	var records []Record
	for i := 0; i < o.N; i++ {
		var rec Record
		p := r.Float64()
		switch {
		case len(records) > 0 && p < o.Duplicate:
			rec = records[r.IntN(len(records))]
		case len(records) > 0 && p < o.Duplicate+o.Syndicated:
			src := records[r.IntN(len(records))]
			rec = src
			rec.URL = fmt.Sprintf("https://outlet%d.example/%d", r.IntN(50), i)
			rec.Title = src.Title + " (" + fmt.Sprint(r.IntN(9)+1) + ")"
			rec.Text = src.Text + "\n\nThis report was distributed by a news agency."
		case len(past) > 0 && p < o.Duplicate+o.Syndicated+o.SameEvent:
			// Other outlets report a happening within days.
			h := past[len(past)-1-r.IntN(min(len(past), 200))]
			lang := langs[r.IntN(len(langs))]
			for lang == h.firstLang {
				lang = langs[r.IntN(len(langs))]
			}
			rec = render(r, h, lang, i, ministers)
		default:
			var day int
			if o.PerDay < 0 {
				day = r.IntN(6 * 365)
			} else {
				// Today's news, or an event of the last few days.
				day = max(0, i/o.PerDay-r.IntN(3))
			}
			h := happening{src: r.IntN(len(states)), date: base.AddDate(0, 0, day), topic: r.IntN(6),
				journalists: 20 + r.IntN(180), photographers: 2 + r.IntN(28)}
			h.tgt = r.IntN(len(states) - 1)
			if h.tgt >= h.src {
				h.tgt++
			}
			h.srcMin, h.tgtMin = ministers[h.src], ministers[h.tgt]
			h.place = h.src
			if r.IntN(2) == 0 {
				h.place = h.tgt
			}
			h.firstLang = langs[r.IntN(len(langs))]
			rec = render(r, h, h.firstLang, i, ministers)
			past = append(past, h)
			if len(past) > 5000 {
				past = past[len(past)-5000:]
			}
		}
		records = append(records, rec)
		if len(records) > 5000 {
			records = records[len(records)-5000:]
		}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("synth: %w", err)
		}
	}
	return nil
}

func render(r *rand.Rand, h happening, lang string, i int, _ []string) Record {
	s, t := states[h.src], states[h.tgt]
	tpls := templates[lang]
	tpl := tpls[r.IntN(len(tpls))]
	// Reports come out the day of the event or the day after.
	pub := h.date.AddDate(0, 0, r.IntN(2))
	wd := weekdays[lang][h.date.Weekday()]
	text := fmt.Sprintf(tpl, s.adj[lang], h.srcMin, t.adj[lang], h.tgtMin, wd, states[h.place].cap[lang], s.name[lang], t.name[lang], topics[lang][h.topic])
	// The particular facts go after the lead paragraph.
	detail := fmt.Sprintf(details[lang], h.journalists, h.photographers)
	if lead, rest, ok := strings.Cut(text, "\n\n"); ok {
		text = lead + "\n\n" + detail + "\n\n" + rest
	} else {
		text += "\n\n" + detail
	}
	title := fmt.Sprintf("%s – %s", s.name[lang], t.name[lang])
	return Record{
		URL:       fmt.Sprintf("https://outlet%d.example/%s/%d", r.IntN(50), lang, i),
		Title:     title,
		Published: pub.Format("2006-01-02"),
		Text:      text,
	}
}
