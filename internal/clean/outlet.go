package clean

import (
	"strings"
	"unicode"
)

// mastheadOutlet names the outlet from the page's first line when the
// container gave no site name: "THE HARBOUR COURIER", "Diario Ejemplo |
// Inicio > Internacional", "Abendpost am Fluss". A dump of a news page
// keeps its masthead above the menu, and the outlet's name tells whose
// press it is (a "Nairobi" or "Kenya" in it is the paper's home), which
// the actor finder reads. Only a dropped first line of a few words, with a
// segment that holds a word naming a newspaper or an institution, is
// taken: a kept first line is the headline, and a section label
// ("Politik", "Schweiz") names no outlet.
func (d *doc) mastheadOutlet() string {
	if len(d.lines) == 0 {
		return ""
	}
	l := d.lines[0]
	if l.drop == "" || l.words > 16 {
		return ""
	}
	// "Ministry of Foreign Affairs | Republic of X", "The Y Courier |
	// Weekly Paper of the Z Valley": a name continued by a second segment
	// of the same kind keeps it.
	var name []string
	for _, seg := range segments(l.text) {
		if nameSegment(seg) {
			name = append(name, seg)
		} else if len(name) > 0 {
			break
		}
	}
	return strings.Join(name, ", ")
}

// nameSegment reports a segment of a masthead that names an outlet or an
// institution: a few words, one of which names a newspaper, or the
// opening of an institution's name. A lone "News" or "Nachrichten" is a
// section label.
func nameSegment(seg string) bool {
	n := len(strings.Fields(seg))
	if n == 0 || n > 7 {
		return false
	}
	if mk.get("institution").prefix(foldCase(seg)) > 0 {
		return true
	}
	return !mk.get("outlet").whole(seg) && outletWord(seg)
}

// segments splits a masthead line at the separators sites put between
// their name, motto and menu.
func segments(s string) []string {
	for _, sep := range []string{" | ", " — ", " – ", " • ", " · ", " - ", " > ", " › ", " » ", " / ", " :: "} {
		s = strings.ReplaceAll(s, sep, "\x00")
	}
	var out []string
	for _, p := range strings.Split(s, "\x00") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// outletWord reports whether a word of s names a newspaper or news
// agency, or, being a German or Dutch compound, ends with one
// ("Volksblatt", "Wochenkurier", "Dagblad").
func outletWord(s string) bool {
	p := mk.get("outlet")
	if p.set == nil {
		return false
	}
	for _, w := range strings.FieldsFunc(foldCase(s), func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		if strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "d'") {
			w = w[2:]
		}
		if w == "" {
			continue
		}
		if p.set[w] {
			return true
		}
		for k := range p.set {
			if len(k) >= 4 && len(w) > len(k)+2 && strings.HasSuffix(w, k) && !strings.Contains(k, " ") && compounding(w) {
				return true
			}
		}
	}
	return false
}

// compounding reports a word written in Latin letters: German and Dutch
// build outlet names as compounds, while a Cyrillic word that ends with
// "пресс" is no compound of the kind.
func compounding(w string) bool {
	for _, r := range w {
		if r > 0x24F {
			return false
		}
	}
	return true
}
