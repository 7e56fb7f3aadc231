package cluster

import (
	"fmt"
	"slices"
	"testing"

	"chancery/internal/news"
)

func ev(typ, date, place string, src, tgt []string, persons ...string) *news.Event {
	return &news.Event{Type: typ, Date: date, Place: place, Source: src, Target: tgt, Persons: persons,
		Mentions: []news.Mention{{Article: "a-" + date + place, Text: typ, Date: date, Place: place}}}
}

var rv = []string{"RUS"}
var ve = []string{"VEN"}

func TestSameEvent(t *testing.T) {
	tests := []struct {
		name string
		a, b *news.Event
		want bool
	}{
		{"same day", ev("CONSULT", "2024-03-12", "Kazan", rv, ve), ev("CONSULT", "2024-03-12", "Kazan", ve, rv), true},
		{"month joins day", ev("CONSULT", "2024-03-12", "Kazan", rv, ve), ev("CONSULT", "2024-03", "", rv, ve), true},
		{"next day", ev("CONSULT", "2024-03-12", "", rv, ve), ev("CONSULT", "2024-03-13", "", rv, ve), true},
		{"two days", ev("CONSULT", "2024-03-12", "", rv, ve), ev("CONSULT", "2024-03-14", "", rv, ve), false},
		{"two months apart", ev("CONSULT", "2024-01-17", "", rv, ve), ev("CONSULT", "2024-03-12", "", rv, ve), false},
		{"other month", ev("CONSULT", "2024-02", "", rv, ve), ev("CONSULT", "2024-03-12", "", rv, ve), false},
		{"other type", ev("CONSULT", "2024-03-12", "", rv, ve), ev("AGREE", "2024-03-12", "", rv, ve), false},
		{"other dyad", ev("CONSULT", "2024-03-12", "", rv, ve), ev("CONSULT", "2024-03-12", "", rv, []string{"UZB"}), false},
		{"multilateral subset", ev("CONSULT", "2024-03-12", "", rv, []string{"VEN", "UZB"}), ev("CONSULT", "2024-03-12", "", rv, ve), true},
		{"lone side", ev("CONSULT", "2024-03-12", "", rv, nil), ev("CONSULT", "2024-03-12", "", rv, ve), false},
		{"other place", ev("CONSULT", "2024-03", "Kazan", rv, ve), ev("CONSULT", "2024-03", "Lima", rv, ve), false},
		{"place folded", ev("CONSULT", "2024-03", "Kazan", rv, ve), ev("CONSULT", "2024-03", "KAZAN", rv, ve), true},
		{"directed reversed", ev("ACCUSE", "2024-03-12", "", rv, []string{"USA"}), ev("ACCUSE", "2024-03-12", "", []string{"USA"}, rv), false},
		// "Russia and Venezuela exchanged prisoners": each side is source
		// and target, so a report of either side's part joins it.
		{"mutual joins either part", ev("CONCEDE", "2024-03-12", "", []string{"RUS", "VEN"}, []string{"VEN", "RUS"}), ev("CONCEDE", "2024-03-12", "", ve, rv), true},
		{"mutual joins the other part", ev("CONCEDE", "2024-03-12", "", []string{"RUS", "VEN"}, []string{"VEN", "RUS"}), ev("CONCEDE", "2024-03-12", "", rv, ve), true},
		{"directed extra target", ev("ACCUSE", "2024-03-12", "", rv, []string{"USA"}), ev("ACCUSE", "2024-03-12", "", rv, []string{"USA", "WEST"}), true},
		{"persons disjoint pairs", ev("CONSULT", "2024-06-03", "Tashkent", rv, []string{"UZB"}, "e1", "e2"), ev("CONSULT", "2024-06-03", "Tashkent", rv, []string{"UZB"}, "e3", "e4"), false},
		{"persons share one", ev("CONSULT", "2024-06-03", "Tashkent", rv, []string{"UZB"}, "e1", "e2"), ev("CONSULT", "2024-06-03", "Tashkent", rv, []string{"UZB"}, "e1", "e3"), true},
		{"one-sided report same day", ev("SANCTION", "2026-05-18", "", []string{"EU"}, nil), ev("SANCTION", "2026-05-18", "", []string{"EU"}, []string{"BLR"}), true},
		{"one-sided target same day", ev("COERCE", "2026-05-18", "", nil, []string{"DEU"}), ev("COERCE", "2026-05-18", "", rv, []string{"DEU"}), true},
		{"one-sided report next day", ev("SANCTION", "2026-05-18", "", []string{"EU"}, nil), ev("SANCTION", "2026-05-19", "", []string{"EU"}, []string{"BLR"}), false},
		{"one-sided other source", ev("SANCTION", "2026-05-18", "", []string{"USA"}, nil), ev("SANCTION", "2026-05-18", "", []string{"EU"}, []string{"BLR"}), false},
		{"one-sided opposite sides", ev("SANCTION", "2026-05-18", "", []string{"EU"}, nil), ev("SANCTION", "2026-05-18", "", nil, []string{"BLR"}), false},
		{"expulsions a week apart", ev("COERCE", "2025-04-01", "", rv, []string{"DEU"}), ev("COERCE", "2025-04-08", "", rv, []string{"DEU"}), false},
		{"one-sided expulsion a week apart", ev("COERCE", "2025-04-01", "", rv, nil), ev("COERCE", "2025-04-08", "", rv, []string{"DEU"}), false},
		{"ministers meet months apart", ev("CONSULT", "2025-02-11", "", rv, ve, "e1", "e2"), ev("CONSULT", "2025-06-16", "", ve, rv, "e1", "e2"), false},
		{"other place next day, shared person", ev("CONSULT", "2024-03-12", "Kazan", rv, ve, "e1"), ev("CONSULT", "2024-03-13", "Lima", rv, ve, "e1", "e2"), true},
		{"other place next day, no person", ev("CONSULT", "2024-03-12", "Kazan", rv, ve), ev("CONSULT", "2024-03-13", "Lima", rv, ve), false},
		{"persons subset", ev("CONSULT", "2024-06-03", "", rv, []string{"UZB"}, "e1", "e2"), ev("CONSULT", "2024-06-03", "", rv, []string{"UZB"}, "e2"), true},
		{"mode", ev("CONSULT", "2024-03-12", "", rv, ve), &news.Event{Type: "CONSULT", Date: "2024-03-12", Source: rv, Target: ve, Mode: news.ModeFuture}, false},
	}
	for _, tt := range tests {
		if got := SameEvent(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: SameEvent = %v, want %v", tt.name, got, tt.want)
		}
		if got := SameEvent(tt.b, tt.a); got != tt.want {
			t.Errorf("%s: SameEvent reversed = %v, want %v", tt.name, got, tt.want)
		}
		if tt.want {
			if !overlap(ProbeKeys(tt.a), EventKeys(tt.b)) || !overlap(ProbeKeys(tt.b), EventKeys(tt.a)) {
				t.Errorf("%s: accepted pair shares no key: %v / %v", tt.name, ProbeKeys(tt.a), EventKeys(tt.b))
			}
		}
	}
}

func overlap(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func TestEventKeysBoundary(t *testing.T) {
	got := EventKeys(ev("CONSULT", "2023-11-30", "", ve, rv))
	want := []string{"CONSULT|RUS+VEN|Y2023", "CONSULT|RUS+VEN|m2023-11", "CONSULT|RUS+VEN|m2023-12"}
	if !slices.Equal(got, want) {
		t.Errorf("EventKeys = %v, want %v", got, want)
	}
	if !overlap(ProbeKeys(ev("CONSULT", "2023-12-01", "", rv, ve)), got) {
		t.Errorf("Dec 1 does not find Nov 30")
	}
	if got := EventKeys(ev("ACCUSE", "", "", rv, nil)); !slices.Equal(got, []string{"ACCUSE|RUS>-|?"}) {
		t.Errorf("undated keys = %v", got)
	}
}

func TestMergeEvent(t *testing.T) {
	dst := ev("CONSULT", "2024-03", "", rv, ve, "e1")
	dst.Mentions[0].Lang, dst.Mentions[0].Outlet = "de", "zeit.de"
	src := ev("CONSULT", "2024-03-12", "Kazan", ve, rv, "e2", "e1")
	src.Mentions[0].Lang, src.Mentions[0].Outlet = "en", "tass.com"
	MergeEvent(dst, src)
	if dst.Date != "2024-03-12" || dst.Place != "Kazan" {
		t.Errorf("date, place = %q, %q, want 2024-03-12, Kazan", dst.Date, dst.Place)
	}
	if !slices.Equal(dst.Persons, []string{"e1", "e2"}) {
		t.Errorf("persons = %v", dst.Persons)
	}
	if dst.Articles != 2 || dst.Outlets != 2 || dst.Languages != 2 || len(dst.Mentions) != 2 {
		t.Errorf("counts = %d articles, %d outlets, %d languages, %d mentions", dst.Articles, dst.Outlets, dst.Languages, len(dst.Mentions))
	}
	// A coarser report does not blur the day.
	coarse := ev("CONSULT", "2024-03", "", rv, ve)
	coarse.Mentions[0].Article = "other"
	MergeEvent(dst, coarse)
	if dst.Date != "2024-03-12" {
		t.Errorf("date after month report = %q", dst.Date)
	}
	// Merging the same mention twice adds nothing.
	MergeEvent(dst, src)
	if len(dst.Mentions) != 3 {
		t.Errorf("mentions = %d, want 3", len(dst.Mentions))
	}
}

// TestOtherPartnersOtherDay: a meeting a day later with other partners is
// another meeting, even when one report named all the hosts together.
func TestOtherPartnersOtherDay(t *testing.T) {
	tour := ev("CONSULT", "2025-02-18", "", []string{"CHN"}, []string{"OMN", "EGY"})
	cairo := ev("CONSULT", "2025-02-19", "Cairo", []string{"EGY"}, []string{"CHN"})
	if SameEvent(tour, cairo) {
		t.Errorf("a meeting of other partners a day later joined the tour's")
	}
	muscat := ev("CONSULT", "2025-02-18", "Muscat", []string{"OMN"}, []string{"CHN"})
	if !SameEvent(tour, muscat) {
		t.Errorf("the same day's meeting with one of the partners did not join")
	}
	late := ev("CONSULT", "2025-02-19", "Muscat", []string{"OMN"}, []string{"CHN"})
	if !SameEvent(muscat, late) {
		t.Errorf("the same partners a day apart (two reports' days) did not join")
	}
}

// TestPlaceVotes: the place most reports give wins, whatever the order they
// came in; the first report's place only breaks a tie.
func TestPlaceVotes(t *testing.T) {
	report := func(article, place string) *news.Event {
		e := ev("REQUEST", "2025-03-12", place, []string{"UKR"}, []string{"TUR"})
		e.Mentions[0].Article = article
		return e
	}
	for _, order := range [][]string{{"Kyiv", "Ankara", "Ankara"}, {"Ankara", "Kyiv", "Ankara"}, {"Ankara", "Ankara", "Kyiv"}} {
		dst := report("a0", order[0])
		for i, p := range order[1:] {
			MergeEvent(dst, report(fmt.Sprint("a", i+1), p))
		}
		if foldPlace(dst.Place) != foldPlace("Ankara") {
			t.Errorf("reports %v: place %q, want Ankara", order, dst.Place)
		}
	}
	tie := report("a0", "Kyiv")
	MergeEvent(tie, report("a1", "Ankara"))
	if tie.Place != "Kyiv" {
		t.Errorf("tie: place %q, want the first report's Kyiv", tie.Place)
	}
}

func TestOutlet(t *testing.T) {
	tests := []struct {
		a    news.Article
		want string
	}{
		{news.Article{Outlet: "TASS", URL: "https://tass.com/x"}, "tass"},
		{news.Article{URL: "https://www.dw.com/de/a-1"}, "dw.com"},
		{news.Article{SourceFile: "corpus/prensa/a.txt"}, "dir:corpus/prensa"},
		{news.Article{SourceFile: "a.txt"}, ""},
	}
	for _, tt := range tests {
		if got := Outlet(&tt.a); got != tt.want {
			t.Errorf("Outlet(%+v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}

func TestOneSidedKeysMeet(t *testing.T) {
	one := ev("SANCTION", "2026-05-18", "", []string{"EU"}, nil)
	two := ev("SANCTION", "2026-05-18", "", []string{"EU"}, []string{"BLR"})
	for _, p := range [][2]*news.Event{{one, two}, {two, one}} {
		filed, probe := EventKeys(p[0]), ProbeKeys(p[1])
		hit := false
		for _, k := range probe {
			hit = hit || slices.Contains(filed, k)
		}
		if !hit {
			t.Errorf("probe %v misses filed %v", probe, filed)
		}
	}
}

func TestPubKeys(t *testing.T) {
	e := ev("REJECT", "", "", []string{"BLR"}, []string{"EU"})
	filed := PubKeys(e, "2026-05-18", 0, false)
	if !slices.Contains(filed, "REJECT|BLR>EU|p2026-05-18") {
		t.Errorf("filed %v", filed)
	}
	if p := PubKeys(e, "2026-05-19", 7, true); !slices.Contains(p, "REJECT|BLR>EU|p2026-05-18") {
		t.Errorf("probe %v misses %v", p, filed)
	}
	if p := PubKeys(e, "2026-05-30", 7, true); slices.Contains(p, "REJECT|BLR>EU|p2026-05-18") {
		t.Errorf("probe twelve days later hits %v", filed)
	}
	if PubKeys(ev("REJECT", "2026-05-18", "", []string{"BLR"}, []string{"EU"}), "2026-05-18", 0, false) != nil {
		t.Errorf("a dated event got publication keys")
	}
}
