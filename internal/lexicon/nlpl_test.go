package lexicon

import (
	"io/fs"
	"strings"
	"testing"
	"time"
)

// TestDutchPolishFiles checks that Dutch and Polish have every table
// Italian has, each starting with a comment line, and that they load.
func TestDutchPolishFiles(t *testing.T) {
	model, err := fs.ReadDir(FS(), "it")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"nl", "pl"} {
		for _, e := range model {
			name := lang + "/" + e.Name()
			b, err := fs.ReadFile(FS(), name)
			if err != nil {
				t.Errorf("%s: missing (it has it)", name)
				continue
			}
			if !strings.HasPrefix(string(b), "# ") {
				t.Errorf("%s: does not start with a comment line", name)
			}
		}
		d := Dates(lang)
		if len(d.Months) < 12 || len(d.Weekdays) < 7 || d.Phrases.Next == nil {
			t.Errorf("%s: got %d month forms, %d weekday forms", lang, len(d.Months), len(d.Weekdays))
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
	// Every PLOVER type has triggers in both languages.
	for _, lang := range []string{"nl", "pl"} {
		rs, _ := EventRules(lang)
		have := map[string]bool{}
		for _, r := range rs {
			have[r.Class] = true
		}
		for _, c := range []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
			"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"} {
			if !have[c] {
				t.Errorf("%s: no %s trigger", lang, c)
			}
		}
	}
	ms, err := CleanMarkers()
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	for _, m := range ms {
		n[m.Lang]++
	}
	if n["nl"] == 0 || n["pl"] == 0 {
		t.Errorf("clean markers: got nl %d, pl %d", n["nl"], n["pl"])
	}
}

func TestDutchPolishDateWords(t *testing.T) {
	tests := []struct {
		lang, word string
		month      int
		weekday    time.Weekday
	}{
		{"nl", "oktober", 10, -1},
		{"nl", "mrt", 3, -1},
		{"nl", "dinsdag", 0, time.Tuesday},
		{"nl", "donderdagavond", 0, time.Thursday},
		{"pl", "listopad", 11, -1},
		{"pl", "listopada", 11, -1},
		{"pl", "października", 10, -1},
		{"pl", "wrześniu", 9, -1},
		{"pl", "środę", 0, time.Wednesday},
		{"pl", "srode", 0, time.Wednesday},
		{"pl", "niedzielę", 0, time.Sunday},
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
	// Folding makes "się" of "sie." (sierpień): it must not be a month.
	if got, ok := Dates("pl").Months["sie"]; ok {
		t.Errorf("pl: \"sie\" is month %d", got)
	}
	// "zo" (so) is no Dutch weekday.
	if _, ok := Dates("nl").Weekdays["zo"]; ok {
		t.Errorf("nl: \"zo\" is a weekday")
	}
	for _, c := range []struct{ lang, abbr string }{{"nl", "dhr."}, {"nl", "mevr."}, {"nl", "o.a."}, {"pl", "m.in."}, {"pl", "tzw."}, {"pl", "prof."}} {
		if _, ok := Text(c.lang).Abbrev[c.abbr]; !ok {
			t.Errorf("%s: %q is not an abbreviation", c.lang, c.abbr)
		}
	}
	if got := Text("pl").Abbrev["r."]; !got {
		t.Errorf("pl: got r. end=%v, want true", got)
	}
}

func TestDutchPolishActors(t *testing.T) {
	lex, err := ActorLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		phrase, kind, code, name string
	}{
		{"Russische", KindDemonym, "RUS", ""},
		{"Duitse", KindDemonym, "DEU", ""},
		{"Oekraïense", KindDemonym, "UKR", ""},
		{"Verenigde Staten", KindState, "USA", ""},
		{"Moskou", KindCapital, "RUS", "Moscow"},
		{"Den Haag", KindPlace, "NLD", "The Hague"},
		{"Verenigde Naties", KindOrg, "UN", "United Nations"},
		{"Europese Unie", KindOrg, "EU", "European Union"},
		{"NAVO", KindOrg, "NATO", "NATO"},
		{"minister van Buitenlandse Zaken", KindRole, "", "foreign minister"},
		{"premier", KindRole, "", "prime minister"},
		{"staatssecretaris", KindRole, "", "minister"},
		{"woordvoerder", KindRole, "", "spokesperson"},
		{"ambtgenoot", KindCounterpart, "", "counterpart"},
		{"ministerie van Buitenlandse Zaken", KindMinistry, "", "Foreign Ministry"},

		{"Rosja", KindState, "RUS", ""},
		{"Rosji", KindState, "RUS", ""},
		{"Rosję", KindState, "RUS", ""},
		{"Rosją", KindState, "RUS", ""},
		{"Polsce", KindState, "POL", ""},
		{"Niemczech", KindState, "DEU", ""},
		{"Stanach Zjednoczonych", KindState, "USA", ""},
		{"rosyjski", KindDemonym, "RUS", ""},
		{"rosyjskiego", KindDemonym, "RUS", ""},
		{"rosyjska", KindDemonym, "RUS", ""},
		{"rosyjskiej", KindDemonym, "RUS", ""},
		{"Rosjanie", KindDemonym, "RUS", ""},
		{"niemieckim", KindDemonym, "DEU", ""},
		{"Moskwie", KindCapital, "RUS", "Moscow"},
		{"Warszawie", KindCapital, "POL", "Warsaw"},
		{"Kijowie", KindCapital, "UKR", "Kyiv"},
		{"Kijowa", KindCapital, "UKR", "Kyiv"},
		{"Unii Europejskiej", KindOrg, "EU", "European Union"},
		{"ONZ", KindOrg, "UN", "United Nations"},
		{"Kremla", KindBody, "RUS", "Kremlin"},
		{"MSZ", KindMinistry, "", "Foreign Ministry"},
		{"minister spraw zagranicznych", KindRole, "", "foreign minister"},
		{"ministrem spraw zagranicznych", KindRole, "", "foreign minister"},
		{"szef MSZ", KindRole, "", "foreign minister"},
		{"szefowa dyplomacji", KindRole, "", "foreign minister"},
		{"premier", KindRole, "", "prime minister"},
		{"premierem", KindRole, "", "prime minister"},
		{"prezydent", KindRole, "", "president"},
		{"prezydentem", KindRole, "", "president"},
		{"rzecznik", KindRole, "", "spokesperson"},
		{"rzeczniczka", KindRole, "", "spokesperson"},
		{"odpowiednikiem", KindCounterpart, "", "counterpart"},
		{"powiedział", KindSpeech, "", "said"},
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

// TestPolishNameCases reads Polish names in oblique cases back to their
// nominative with pl/name_cases.txt.
func TestPolishNameCases(t *testing.T) {
	in, err := Inflections("pl")
	if err != nil || in == nil {
		t.Fatalf("Inflections(pl) = %v, %v", in, err)
	}
	tests := []struct {
		word, nom string
		gender    byte
		cases     uint8
	}{
		{"Nowaka", "Nowak", GenderM, CaseGen},
		{"Nowakiem", "Nowak", GenderM, CaseIns},
		{"Nowakowi", "Nowak", GenderM, CaseDat},
		{"Sikorskiego", "Sikorski", GenderM, CaseGen},
		{"Sikorskim", "Sikorski", GenderM, CaseIns},
		{"Kowalskiej", "Kowalska", GenderF, CaseGen},
		{"Kowalską", "Kowalska", GenderF, CaseIns},
		{"Radosława", "Radosław", GenderM, CaseGen},
		{"Janem", "Jan", GenderM, CaseIns},
		{"Pawła", "Paweł", GenderM, CaseGen},
		{"Marka", "Marek", GenderM, CaseGen},
		{"Donaldzie", "Donald", GenderM, CasePrep},
		{"Anny", "Anna", GenderAny, CaseGen},
		{"Annę", "Anna", GenderAny, CaseAcc},
		{"Marii", "Maria", GenderAny, CaseGen},
		{"Agnieszce", "Agnieszka", GenderAny, CaseDat},
	}
	for _, tt := range tests {
		ok := false
		var got []string
		for _, r := range in.Readings(tt.word) {
			got = append(got, r.Nom+"/"+string(r.Gender))
			if r.Nom == tt.nom && r.Gender == tt.gender && r.Cases&tt.cases != 0 {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Readings(%q) = %v, want %s/%c", tt.word, got, tt.nom, tt.gender)
		}
	}
	if got := in.Governs("z"); got&CaseIns == 0 {
		t.Errorf("Governs(z) = %b, want instrumental", got)
	}
	// A nominative reads as itself at no cost.
	for _, w := range []string{"Nowak", "Sikorski", "Kowalska", "Anna"} {
		rs := in.Readings(w)
		if !hasCost0(rs) {
			t.Errorf("Readings(%q) = %v, want a nominative of cost 0", w, rs)
		}
	}
}

func hasCost0(rs []Reading) bool {
	for _, r := range rs {
		if r.Cost == 0 {
			return true
		}
	}
	return false
}
