package actor

import (
	"testing"

	"chancery/internal/news"
)

// TestOutletHome: an English paper may be published anywhere, so a head
// of state named with no nationality takes the state of the outlet, when
// its masthead or its web address names one, over the foreign state the
// sentence is about. Without that hint the sentence's state wins. The
// outlets and people are invented.
func TestOutletHome(t *testing.T) {
	body := "President Amani Odera yesterday signed a trade deal with Spain in Madrid.\n\n" +
		"Kenya hopes the agreement will open European markets to its farmers."
	for _, c := range []struct {
		name, outlet, url, want string
	}{
		{"masthead names the state", "The Kenya Morning Ledger", "", "KEN"},
		{"masthead names the capital", "Nairobi Evening Post", "", "KEN"},
		{"country-code domain", "", "https://www.example.co.ke/news/1", "KEN"},
		{"state's domain", "", "https://news.example.ke/politics/1", "KEN"},
		{"generic domain says nothing", "", "https://example.io/1", "ESP"},
		{"no outlet", "", "", "ESP"},
		{"masthead naming two states", "German-Kenyan Business Journal", "", "ESP"},
	} {
		a := &news.Article{Lang: "en", Title: "Trade deal signed", Body: body, Outlet: c.outlet, URL: c.url}
		Find(a)
		got := "?"
		for _, e := range a.Analysis.Entities {
			if e.Kind == news.KindPerson && e.Name == "Amani Odera" {
				got = e.Country
			}
		}
		if got != c.want {
			t.Errorf("%s: Amani Odera's state = %q, want %q", c.name, got, c.want)
		}
	}
}
