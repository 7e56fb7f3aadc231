package clean

import (
	"testing"

	"chancery/internal/news"
)

// TestMastheadOutlet: a text dump keeps the page's masthead above the
// menu; when the container names no site, the cleaner takes the outlet's
// name from it, and only from a line that reads as a name. The outlets
// are invented.
func TestMastheadOutlet(t *testing.T) {
	story := "\nHome / World / Africa\n\nMinisters sign port agreement in Mombasa\n\nMarch 3, 2026\n\n" +
		"The foreign ministers of Kenya and Tanzania signed an agreement on Monday on the joint management of the port, " +
		"officials said after the talks, which ran late into the night in the coastal city.\n\n" +
		"The two governments will set up a joint committee to oversee the work, the statement said.\n"
	for _, c := range []struct{ first, site, want string }{
		{"THE HARBOUR MORNING LEDGER", "", "THE HARBOUR MORNING LEDGER"},
		{"The Highland Courier | Independent Weekly of the Plateau", "", "The Highland Courier, Independent Weekly of the Plateau"},
		{"Diario Ejemplo | Inicio > Internacional > África", "", "Diario Ejemplo"},
		{"Volksblatt am Fluss", "", "Volksblatt am Fluss"},
		{"ВЕЧЕРНИЙ ВЕСТНИК — новости региона", "", "ВЕЧЕРНИЙ ВЕСТНИК, новости региона"},
		{"Ministry of Foreign Affairs | Republic of Examplia", "", "Ministry of Foreign Affairs, Republic of Examplia"},
		// A section label or a lone word naming a kind of outlet is no name.
		{"NEWS", "", ""},
		{"Nachrichten › Politik › Ausland", "", ""},
		{"Politics", "", ""},
		// The container's site name comes first.
		{"THE HARBOUR MORNING LEDGER", "Harbour Ledger Online", "Harbour Ledger Online"},
	} {
		var cl Cleaner
		a := cl.Clean(news.Raw{SourceFile: "a.txt", Format: news.FormatText, Site: c.site, Text: c.first + "\n" + story})
		if a.Outlet != c.want {
			t.Errorf("%q: outlet %q, want %q", c.first, a.Outlet, c.want)
		}
	}
}
