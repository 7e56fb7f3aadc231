package lexicon

import (
	"strings"
	"testing"
	"time"
)

// TestTurkishApostrophe: the lexicon cuts a Turkish case suffix off a name
// at its apostrophe ("Rusya'nın" → "Rusya", "'", "nın"), so the bare name
// and the suffixed forms of tr/states.txt both reach the state.
func TestTurkishApostrophe(t *testing.T) {
	var keys []string
	for _, w := range Words("Rusya’nın Ankara Büyükelçisi", 0) {
		keys = append(keys, w.Key)
	}
	if got := strings.Join(keys, " "); got != "rusya ' nin ankara buyukelcisi" {
		t.Errorf("Words = %q", got)
	}
	if got := Fold("İstanbul Işık Şüşü Çağ"); got != "istanbul isik susu cag" {
		t.Errorf("Fold = %q", got)
	}
}

func TestTurkishActors(t *testing.T) {
	a, err := ActorLexicon()
	if err != nil {
		t.Fatal(err)
	}
	states := map[string]string{
		"Rusya": "RUS", "Rusya'nın": "RUS", "Rusya'ya": "RUS", "Rusya'da": "RUS", "Rusya'dan": "RUS", "Rusya'yı": "RUS",
		"Türkiye'nin": "TUR", "Türk": "TUR", "Türkler": "TUR", "Azerbaycan'ın": "AZE", "Azerbaycanlı": "AZE",
		"Gürcistan'a": "GEO", "Gürcü": "GEO", "ABD'nin": "USA", "ABD'li": "USA", "Amerikan": "USA", "Çin'e": "CHN",
		"Irak'ta": "IRQ", "Fas'tan": "MAR", "Birleşik Arap Emirlikleri": "ARE", "BAE'ye": "ARE", "Güney Kore'yi": "KOR",
		"Kuzey Koreli": "PRK", "Almanya": "DEU", "Alman": "DEU", "Yunanistan": "GRC", "Yunan": "GRC", "Ermeni": "ARM",
		"Fildişi Sahili": "CIV", "Kongo Demokratik Cumhuriyeti": "COD", "Macar": "HUN", "Ruslar": "RUS",
	}
	for form, code := range states {
		if got, ok := a.State(form); !ok || got != code {
			t.Errorf("State(%q) = %q, %v; want %s", form, got, ok, code)
		}
	}
	places := map[string]string{
		"Moskova": "Moscow", "Vaşington": "Washington", "Pekin": "Beijing", "Kiev": "Kyiv", "Kyiv": "Kyiv",
		"Brüksel": "Brussels", "Cenevre": "Geneva", "Atina": "Athens", "Varşova": "Warsaw", "Londra": "London",
		"Tahran": "Tehran", "Bakü": "Baku", "Tiflis": "Tbilisi", "Erivan": "Yerevan", "Şam": "Damascus",
		"Kahire": "Cairo", "Kudüs": "Jerusalem", "Lahey": "The Hague", "Halep": "Aleppo", "Gazze": "Gaza",
	}
	for form, name := range places {
		if got, _, ok := a.Place(form); !ok || got != name {
			t.Errorf("Place(%q) = %q, %v; want %s", form, got, ok, name)
		}
	}
	roles := map[string]string{
		"Dışişleri Bakanı": "foreign minister", "dışişleri bakanıyla": "foreign minister",
		"Dışişleri Bakanının": "foreign minister", "Dışişleri Bakan Yardımcısı": "deputy foreign minister",
		"Cumhurbaşkanı": "president", "Başbakan": "prime minister", "Başbakanı": "prime minister",
		"Savunma Bakanı": "defence minister", "İçişleri Bakanı": "interior minister", "Ticaret Bakanı": "trade minister",
		"Enerji ve Tabii Kaynaklar Bakanı": "energy minister", "Büyükelçisi": "ambassador", "Ankara Büyükelçisi": "ambassador",
		"Sözcüsü": "spokesperson", "Genel Sekreteri": "secretary-general", "mevkidaşı": "counterpart",
		"mevkidaşıyla": "counterpart", "Belediye Başkanı": "mayor",
	}
	for form, want := range roles {
		found := false
		for _, e := range a.Lookup(form) {
			if (e.Kind == KindRole || e.Kind == KindCounterpart) && e.Name == want && e.Lang == "tr" {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) = %+v, want role %q", form, a.Lookup(form), want)
		}
	}
	for _, form := range []string{"Sayın", "Bay", "Bayan"} {
		found := false
		for _, e := range a.Lookup(form) {
			found = found || e.Kind == KindTitle
		}
		if !found {
			t.Errorf("Lookup(%q): no title", form)
		}
	}
	// "Seul" is Seoul in Turkish (and a few others), never for all
	// languages; "Ottava" is an ordinal in Italian.
	for _, form := range []string{"Seul", "Ottava"} {
		tr := false
		for _, e := range a.Lookup(form) {
			if e.Kind == KindCapital && e.Lang == "" {
				t.Errorf("Lookup(%q): a capital in every language", form)
			}
			tr = tr || e.Kind == KindCapital && e.Lang == "tr"
		}
		if !tr {
			t.Errorf("Lookup(%q): no Turkish capital", form)
		}
	}
}

func TestTurkishDateWords(t *testing.T) {
	r := Dates("tr")
	for form, n := range map[string]int{"Nisan": 4, "Nisan'da": 4, "nisanda": 4, "Ocak'ta": 1, "ocağın": 1, "Şubat": 2,
		"Mayıs'ın": 5, "Temmuz'da": 7, "Ağustos'tan": 8, "Eylül'e": 9, "Ekim'de": 10, "Kasım'da": 11, "Aralık'ta": 12, "aralığa": 12} {
		if got := r.Months[dateKey(form)]; got != n {
			t.Errorf("Months[%q] = %d, want %d", form, got, n)
		}
	}
	if _, ok := r.Months["ara"]; ok {
		t.Errorf(`"ara" (between) read as a month`)
	}
	for form, d := range map[string]time.Weekday{"Pazartesi": time.Monday, "salı": time.Tuesday, "Çarşamba": time.Wednesday,
		"perşembe": time.Thursday, "Cuma": time.Friday, "Cumartesi'yi": time.Saturday, "Pazar": time.Sunday} {
		if got, ok := r.Weekdays[dateKey(form)]; !ok || got != d {
			t.Errorf("Weekdays[%q] = %v, %v; want %v", form, got, ok, d)
		}
	}
	if _, ok := r.Weekdays["pazara"]; ok {
		t.Errorf(`"pazara" (to the market) read as Sunday`)
	}
	if !r.Last["gecen"] || !r.Next["onumuzdeki"] || !r.YearWord["yilinda"] {
		t.Errorf("geçen / önümüzdeki / yılında missing")
	}
	tx := Text("tr")
	if _, ok := tx.Abbrev["prof."]; !ok {
		t.Errorf("Prof. is no abbreviation")
	}
	if !tx.Abbrev["vb."] || !tx.Starters["ancak"] {
		t.Errorf("vb. does not end a sentence before Ancak")
	}
}

// TestTurkishRules: the Turkish pattern tables load and carry modes on the
// verb forms; the flag checks of TestEventTables cover the rest.
func TestTurkishRules(t *testing.T) {
	ev, err := EventRules("tr")
	if err != nil {
		t.Fatal(err)
	}
	flags := map[string]string{}
	for _, r := range ev {
		flags[r.Class+" "+r.Pattern] = strings.Join(r.Flags, " ")
	}
	for rule, want := range map[string]string{
		"CONSULT görüştü*": "past", "CONSULT görüşecek*": "future", "CONSULT görüşmedi*": "negated",
		"AGREE imzalamayacak*": "negated", "COERCE sınır dışı etti*": "past", "COERCE istenmeyen kişi ilan etti*": "past",
		"REJECT kabul etmedi*": "past", "AID hava savunma sistem* ... gönderecek*": "future",
	} {
		if got, ok := flags[rule]; !ok || got != want {
			t.Errorf("rule %q: flags %q, %v; want %q", rule, got, ok, want)
		}
	}
	sp, err := SpeechRules("tr")
	if err != nil || len(sp) == 0 {
		t.Fatalf("speech: %v", err)
	}
	md, err := ModeRules("tr")
	if err != nil || len(md) == 0 {
		t.Fatalf("modes: %v", err)
	}
}
