package lexicon

import (
	"strings"
	"testing"
	"time"
)

// TestHungarianActors: Hungarian glues the case to a name ("Oroszországban",
// "Kínával", "Iránt"), so hu/states.txt, hu/places.txt and
// organizations.tsv list the suffixed forms, and hu/roles.txt the forms of
// a role after a name ("külügyminiszterrel", "nagykövete").
func TestHungarianActors(t *testing.T) {
	a, err := ActorLexicon()
	if err != nil {
		t.Fatal(err)
	}
	states := map[string]string{
		"Oroszország": "RUS", "Oroszországban": "RUS", "Oroszországgal": "RUS", "Oroszországot": "RUS", "Oroszországnak": "RUS",
		"Magyarországon": "HUN", "Magyarországra": "HUN", "magyar": "HUN", "magyarok": "HUN", "Kína": "CHN", "Kínával": "CHN",
		"Kínát": "CHN", "kínai": "CHN", "kínaiak": "CHN", "Ukrajnának": "UKR", "ukrán": "UKR", "Iránt": "IRN", "Iránnal": "IRN",
		"Irakkal": "IRQ", "Izraellel": "ISR", "izraeli": "ISR", "Egyesült Államokkal": "USA", "USA-val": "USA", "amerikai": "USA",
		"Egyesült Királyság": "GBR", "brit": "GBR", "Németországból": "DEU", "német": "DEU", "Szerbiához": "SRB", "szerb": "SRB",
		"Fülöp-szigeteken": "PHL", "Dél-Koreával": "KOR", "Észak-Korea": "PRK", "Svájccal": "CHE", "Belgiummal": "BEL",
		"Egyesült Arab Emírségek": "ARE", "Szaúd-Arábiában": "SAU", "török": "TUR", "törökök": "TUR", "Azerbajdzsánnal": "AZE",
	}
	for form, code := range states {
		if got, ok := a.State(form); !ok || got != code {
			t.Errorf("State(%q) = %q, %v; want %s", form, got, ok, code)
		}
	}
	places := map[string]string{
		"Moszkvában": "Moscow", "Moszkvába": "Moscow", "Budapesten": "Budapest", "Budapestre": "Budapest", "Pekingben": "Beijing",
		"Kijevben": "Kyiv", "Varsóban": "Warsaw", "Bécsben": "Vienna", "Belgrádba": "Belgrade", "Genfben": "Geneva",
		"Washingtonban": "Washington", "Brüsszelben": "Brussels", "Pozsonyban": "Bratislava", "Hágában": "The Hague",
	}
	for form, name := range places {
		if got, _, ok := a.Place(form); !ok || got != name {
			t.Errorf("Place(%q) = %q, %v; want %s", form, got, ok, name)
		}
	}
	orgs := map[string]string{"Európai Unióval": "EU", "EU-val": "EU", "NATO-hoz": "NATO", "ENSZ-szel": "UN", "ENSZ Biztonsági Tanácsa": "UN"}
	for form, code := range orgs {
		found := false
		for _, e := range a.Lookup(form) {
			found = found || e.Kind == KindOrg && e.Code == code && e.Lang == "hu"
		}
		if !found {
			t.Errorf("Lookup(%q) = %+v, want org %s", form, a.Lookup(form), code)
		}
	}
	roles := map[string]string{
		"külügyminiszter": "foreign minister", "külügyminiszterrel": "foreign minister", "külügyminisztert": "foreign minister",
		"külügyminisztere": "foreign minister", "külgazdasági és külügyminiszter": "foreign minister",
		"külügyminiszter-helyettes": "deputy foreign minister", "miniszterelnök": "prime minister", "miniszterelnökkel": "prime minister",
		"miniszterelnök-helyettes": "deputy prime minister", "államfő": "president", "elnök": "president", "elnökkel": "president",
		"nagykövet": "ambassador", "nagykövetet": "ambassador", "nagykövete": "ambassador", "budapesti nagykövete": "ambassador",
		"szóvivő": "spokesperson", "szóvivője": "spokesperson", "államtitkár": "state secretary", "védelmi miniszter": "defence minister",
		"honvédelmi miniszterrel": "defence minister", "kereskedelmi miniszter": "trade minister", "kancellár": "chancellor",
		"hivatali partnerével": "counterpart", "kollégájával": "counterpart",
	}
	for form, want := range roles {
		found := false
		for _, e := range a.Lookup(form) {
			if (e.Kind == KindRole || e.Kind == KindCounterpart) && e.Name == want && e.Lang == "hu" {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) = %+v, want role %q", form, a.Lookup(form), want)
		}
	}
	for _, form := range []string{"dr.", "Őexcellenciája"} {
		found := false
		for _, e := range a.Lookup(form) {
			found = found || e.Kind == KindTitle
		}
		if !found {
			t.Errorf("Lookup(%q): no title", form)
		}
	}
	if hs := a.HomeStates("hu"); len(hs) != 1 || hs[0] != "HUN" {
		t.Errorf("HomeStates(hu) = %v", hs)
	}
}

func TestHungarianDateWords(t *testing.T) {
	r := Dates("hu")
	for form, n := range map[string]int{"január": 1, "febr.": 2, "március": 3, "márc.": 3, "április": 4, "május": 5, "június": 6,
		"július": 7, "augusztus": 8, "szeptember": 9, "szept.": 9, "október": 10, "novemberben": 11, "december": 12} {
		if got := r.Months[dateKey(form)]; got != n {
			t.Errorf("Months[%q] = %d, want %d", form, got, n)
		}
	}
	for form, d := range map[string]time.Weekday{"hétfőn": time.Monday, "kedden": time.Tuesday, "szerdán": time.Wednesday,
		"csütörtökön": time.Thursday, "pénteken": time.Friday, "szombaton": time.Saturday, "vasárnap": time.Sunday} {
		if got, ok := r.Weekdays[dateKey(form)]; !ok || got != d {
			t.Errorf("Weekdays[%q] = %v, %v; want %v", form, got, ok, d)
		}
	}
	if !r.Last["mult"] || !r.Next["jovo"] {
		t.Errorf("múlt / jövő missing")
	}
	tx := Text("hu")
	if _, ok := tx.Abbrev["dr."]; !ok {
		t.Errorf("dr. is no abbreviation")
	}
	if !tx.Abbrev["stb."] || !tx.Starters["a"] {
		t.Errorf("stb. does not end a sentence before A")
	}
}

// TestHungarianRules: the Hungarian pattern tables load and carry modes and
// the split verb prefix ("írta alá", "utasította ki").
func TestHungarianRules(t *testing.T) {
	ev, err := EventRules("hu")
	if err != nil {
		t.Fatal(err)
	}
	flags := map[string]string{}
	for _, r := range ev {
		flags[r.Class+" "+r.Pattern] = strings.Join(r.Flags, " ")
	}
	for rule, want := range map[string]string{
		"CONSULT tárgyalt*": "past", "CONSULT tárgyalás*": "noun", "AGREE aláírta*": "past", "AGREE írt alá": "past",
		"COERCE kiutasította*": "past", "COERCE utasította ki": "past", "ACCUSE bekérette*": "past formal",
		"REJECT nem fogadta el": "past", "SANCTION szankciókat vezetett* be": "past", "AID generátor* ... adott* át": "past",
	} {
		if got, ok := flags[rule]; !ok || got != want {
			t.Errorf("rule %q: flags %q, %v; want %q", rule, got, ok, want)
		}
	}
	sp, err := SpeechRules("hu")
	if err != nil || len(sp) == 0 {
		t.Fatalf("speech: %v", err)
	}
	md, err := ModeRules("hu")
	if err != nil || len(md) == 0 {
		t.Fatalf("modes: %v", err)
	}
	in, err := Inflections("hu")
	if err != nil || in == nil {
		t.Fatalf("name cases: %v", err)
	}
	for word, want := range map[string]string{"Lavrovval": "Lavrov", "Annával": "Anna", "Péterrel": "Péter", "Kováccsal": "Kovács",
		"Szijjártót": "Szijjártó", "Lavrovot": "Lavrov", "Annának": "Anna", "Zelenszkijjel": "Zelenszkij"} {
		found := false
		for _, r := range in.Readings(word) {
			found = found || r.Nom == want && r.Cost == 1
		}
		if !found {
			t.Errorf("Readings(%q) = %+v, want %s", word, in.Readings(word), want)
		}
	}
}
