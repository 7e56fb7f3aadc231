package web

import (
	"fmt"
	"testing"

	"chancery/internal/news"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2024-02-13", "2024-02", true}, {"2024-02", "2024-02", true}, {"2024", "2024-06", true},
		{"", "", false}, {"20", "", false}, {"2024-13", "", false}, {"abcd", "", false}, {"2024x", "", false},
	}
	for _, tt := range tests {
		m, _, ok := parseDate(tt.in)
		if ok != tt.ok || ok && m.String() != tt.want {
			t.Errorf("parseDate(%q): got %v %v, want %q %v", tt.in, m, ok, tt.want, tt.ok)
		}
	}
}

func TestTimeline(t *testing.T) {
	if tl := newTimeline(nil); !tl.Empty {
		t.Error("timeline of nothing: not empty")
	}
	evs := []*news.Event{
		{ID: "1", Type: news.Consult, Date: "2023-01-05"},
		{ID: "2", Type: news.Accuse, Date: "2023-01-20"},
		{ID: "3", Type: news.Accuse, Date: "2023-06"},
		{ID: "4", Type: news.Agree},
		{ID: "5", Type: "CUSTOM", Date: "2023-03-01"},
	}
	tl := newTimeline(evs)
	if got, want := len(tl.Dots), 4; got != want {
		t.Errorf("dots: got %d, want %d", got, want)
	}
	if tl.Undated != 1 {
		t.Errorf("undated: got %d, want 1", tl.Undated)
	}
	var rows []string
	for _, r := range tl.Rows {
		rows = append(rows, r.Label)
	}
	if got, want := fmt.Sprint(rows), "[CONSULT ACCUSE CUSTOM]"; got != want {
		t.Errorf("rows: got %s, want %s", got, want)
	}
	for _, d := range tl.Dots {
		if d.X < float64(tl.Left) || d.X > float64(tl.W) || d.Y < 0 || d.Y > float64(tl.H) {
			t.Errorf("dot %s outside the chart: %v,%v", d.ID, d.X, d.Y)
		}
	}
	var jan monthBar
	for _, m := range tl.Months {
		if m.Month == "2023-01" {
			jan = m
		}
	}
	if jan.Cooperative != 1 || jan.Conflict != 1 {
		t.Errorf("January balance: got %+v, want 1 and 1", jan)
	}
	// A long span labels years, not months.
	long := newTimeline([]*news.Event{{Type: news.Aid, Date: "2001-01-01"}, {Type: news.Aid, Date: "2020-01-01"}})
	if len(long.Ticks) == 0 || len(long.Ticks) > 25 || len(long.Ticks[0].Label) != 4 {
		t.Errorf("long span ticks: got %+v", long.Ticks)
	}
}

func TestPartnersAndGraph(t *testing.T) {
	// Per-pair counts as the store gives them for NOR.
	cs := []news.PartnerCount{
		{Code: "CHL", Type: news.Consult, Events: 1},
		{Code: "CHL", Type: news.Accuse, Events: 1},
		{Code: "ARG", Type: news.Accuse, Events: 1},
		{Code: "CHL", Type: news.Agree, Events: 1},
	}
	ps := partners(cs)
	if got, want := fmt.Sprint(ps), "[{CHL 3 2 1} {ARG 1 0 1}]"; got != want {
		t.Errorf("partners: got %s, want %s", got, want)
	}
	g := newGraph("NOR", ps)
	if len(g.Nodes) != 2 || g.Nodes[0].Width <= g.Nodes[1].Width {
		t.Errorf("graph: got %+v", g.Nodes)
	}
	tests := []struct {
		coop, conf int
		want       string
	}{{1, 0, "#1b8a4a"}, {0, 1, "#c62828"}, {1, 1, "#888888"}, {0, 0, "#888888"}}
	for _, tt := range tests {
		if got := balanceColor(tt.coop, tt.conf); got != tt.want {
			t.Errorf("balanceColor(%d, %d): got %s, want %s", tt.coop, tt.conf, got, tt.want)
		}
	}
}

func TestCountryName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"RUS", "Russia"}, {"DEU", "Germany"}, {"VEN", "Venezuela"}, {"UN", "UN"}, {"NATO", "NATO"},
		{"WEST", "WEST"}, {"IMF", "IMF"}, {"WHO", "WHO"}, {"ICC", "ICC"}, {"OAS", "OAS"}, {"GCC", "GCC"}, {"CIS", "CIS"},
		{"SCO", "SCO"}, {"WTO", "WTO"}, {"", ""},
	}
	for _, tt := range tests {
		if got := countryName(tt.in); got != tt.want {
			t.Errorf("countryName(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkArticlePage(b *testing.B) {
	ts, _ := newTestServer(b, Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		get(b, ts, "/articles/a1000000000000001")
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkMarkup(b *testing.B) {
	a := newFixture().articles[0]
	marks := actorMarks(a)
	b.ReportAllocs()
	for b.Loop() {
		markup(a.Body, marks)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// Many events become one density mark per type and month, linked to the
// filtered list, and the balance still counts every event.
func TestTimelineFromCounts(t *testing.T) {
	cs := []news.EventCount{{Month: "2024-01", Type: news.Consult, Events: 40}, {Month: "2024-01", Type: news.Accuse, Events: 2},
		{Month: "2024-03", Type: news.Consult, Events: 1}, {Month: "", Type: news.Agree, Events: 5}}
	tl := layoutTimeline(countPoints(cs, "/events?a=NOR&b=CHL"))
	if got, want := len(tl.Dots), 3; got != want {
		t.Fatalf("dots: got %d, want %d", got, want)
	}
	if tl.Undated != 5 {
		t.Errorf("undated: got %d, want 5", tl.Undated)
	}
	if d := tl.Dots[0]; d.Href != "/events?a=NOR&b=CHL&type=CONSULT&from=2024-01&to=2024-01" || d.R <= 5 {
		t.Errorf("first mark: got %+v", d)
	}
	var jan monthBar
	for _, m := range tl.Months {
		if m.Month == "2024-01" {
			jan = m
		}
	}
	if jan.Cooperative != 40 || jan.Conflict != 2 {
		t.Errorf("January balance: got %+v, want 40 and 2", jan)
	}
}
