package lexicon

import (
	"io/fs"
	"strings"
	"testing"
	"time"
)

// TestItalianPortugueseFiles checks that Italian and Portuguese have every
// table the other languages have, each starting with a comment line, and
// that the tables load.
func TestItalianPortugueseFiles(t *testing.T) {
	model, err := fs.ReadDir(FS(), "es")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"it", "pt"} {
		for _, e := range model {
			name := lang + "/" + e.Name()
			b, err := fs.ReadFile(FS(), name)
			if err != nil {
				t.Errorf("%s: missing (es has it)", name)
				continue
			}
			if !strings.HasPrefix(string(b), "# ") {
				t.Errorf("%s: does not start with a comment line", name)
			}
		}
		d := Dates(lang)
		if got, want := len(d.Weekdays), 7; got < want {
			t.Errorf("%s: got %d weekday forms, want at least %d", lang, got, want)
		}
		if len(Text(lang).Abbrev) == 0 || len(Text(lang).Starters) == 0 {
			t.Errorf("%s: no abbreviations or starters", lang)
		}
		for _, load := range []func(string) ([]Rule, error){EventRules, SpeechRules, ModeRules} {
			rs, err := load(lang)
			if err != nil || len(rs) == 0 {
				t.Errorf("%s: %d rules, error %v", lang, len(rs), err)
			}
		}
	}
}

func TestItalianPortugueseDates(t *testing.T) {
	tests := []struct {
		lang, word string
		month      int
		weekday    time.Weekday
	}{
		{"it", "ottobre", 10, -1},
		{"it", "dicembre", 12, -1},
		{"it", "martedì", 0, time.Tuesday},
		{"it", "martedi", 0, time.Tuesday},
		{"pt", "outubro", 10, -1},
		{"pt", "março", 3, -1},
		{"pt", "terça-feira", 0, time.Tuesday},
		{"pt", "sábado", 0, time.Saturday},
	}
	for _, tt := range tests {
		d := Dates(tt.lang)
		k := dateKey(tt.word)
		if tt.month > 0 {
			if got := d.Months[k]; got != tt.month {
				t.Errorf("%s %q: got month %d, want %d", tt.lang, tt.word, got, tt.month)
			}
			continue
		}
		if got, ok := d.Weekdays[k]; !ok || got != tt.weekday {
			t.Errorf("%s %q: got weekday %v (%v), want %v", tt.lang, tt.word, got, ok, tt.weekday)
		}
	}
	// Ordinals are no weekdays in Portuguese ("pela segunda vez").
	if _, ok := Dates("pt").Weekdays["segunda"]; ok {
		t.Errorf("pt: bare \"segunda\" is a weekday")
	}
	for _, c := range []struct{ lang, abbr string }{{"it", "sig."}, {"it", "dott."}, {"it", "on."}, {"pt", "sr."}, {"pt", "dra."}} {
		if _, ok := Text(c.lang).Abbrev[c.abbr]; !ok {
			t.Errorf("%s: %q is not an abbreviation", c.lang, c.abbr)
		}
	}
	if got := Text("it").Abbrev["s.p.a."]; !got {
		t.Errorf("it: got s.p.a. end=%v, want true", got)
	}
}

func TestItalianPortugueseActors(t *testing.T) {
	lex, err := ActorLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		phrase, kind, code, name string
	}{
		{"russa", KindDemonym, "RUS", ""},
		{"russi", KindDemonym, "RUS", ""},
		{"tedeschi", KindDemonym, "DEU", ""},
		{"statunitense", KindDemonym, "USA", ""},
		{"Stati Uniti", KindState, "USA", ""},
		{"Usa", KindState, "USA", ""},
		{"brasileiros", KindDemonym, "BRA", ""},
		{"norte-americana", KindDemonym, "USA", ""},
		{"alemães", KindDemonym, "DEU", ""},
		{"Rússia", KindState, "RUS", ""},
		{"EUA", KindState, "USA", ""},
		{"Mosca", KindCapital, "RUS", "Moscow"},
		{"Pequim", KindCapital, "CHN", "Beijing"},
		{"Farnesina", KindBody, "ITA", "Farnesina"},
		{"Itamaraty", KindBody, "BRA", "Itamaraty"},
		{"Cremlino", KindBody, "RUS", "Kremlin"},
		{"Nazioni Unite", KindOrg, "UN", "United Nations"},
		{"União Europeia", KindOrg, "EU", "European Union"},
		{"ministro degli Esteri", KindRole, "", "foreign minister"},
		{"ministra degli Esteri", KindRole, "", "foreign minister"},
		{"capo della diplomazia", KindRole, "", "foreign minister"},
		{"presidente del Consiglio", KindRole, "ITA", "prime minister"}, // a role worded for one state carries its code
		{"premier", KindRole, "", "prime minister"},
		{"portavoce", KindRole, "", "spokesperson"},
		{"chanceler", KindRole, "", "foreign minister"},
		{"ministro das Relações Exteriores", KindRole, "", "foreign minister"},
		{"ministra dos Negócios Estrangeiros", KindRole, "PRT", "foreign minister"},
		{"porta-voz", KindRole, "", "spokesperson"},
		{"omologo", KindCounterpart, "", "counterpart"},
		{"homóloga", KindCounterpart, "", "counterpart"},
		{"ha dichiarato", KindSpeech, "", "said"},
		{"afirmou", KindSpeech, "", "said"},
		{"ministério das Relações Exteriores", KindMinistry, "", "Foreign Ministry"},
	}
	for _, tt := range tests {
		found := false
		var got []string
		for _, e := range lex.Lookup(tt.phrase) {
			got = append(got, e.Kind+"/"+e.Code+"/"+e.Name)
			if e.Kind == tt.kind && e.Code == tt.code && (tt.name == "" || e.Name == tt.name) {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) = %v, want %s/%s/%s", tt.phrase, got, tt.kind, tt.code, tt.name)
		}
	}
}
