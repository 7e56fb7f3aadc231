package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The headline is chosen among the short lines that precede the body.
// Pages put section labels ("Asia Pacific", "Africa | Nile", "В мире"),
// kickers and decks around it, so each candidate is scored on how much it
// reads like a headline: its length, its shape, and above all how many of
// its content words come back in the lead paragraphs — a headline
// summarizes the lead in any language, a section label does not.

// titleWindow bounds how many kept lines before the body are considered.
const titleWindow = 30

// titleCand is one line that might be the headline.
type titleCand struct {
	index int
	score float64
	label bool    // reads as a section label rather than a headline
	ov    float64 // share of its words that recur in the lead
}

// headlineLine chooses the headline among the lines before the body and
// returns its index, or -1.
func (d *doc) headlineLine() int {
	var cands []titleCand
	for i, l := range d.lines {
		if len(cands) >= titleWindow {
			break
		}
		if l.drop != "" || l.bullet {
			continue
		}
		if l.words > d.c.maxTitleWords() {
			break
		}
		if l.words < 2 {
			continue
		}
		lead := d.leadWords(i)
		ov := overlap(l.text, lead)
		c := titleCand{index: i, ov: ov, label: labelLike(l, ov) || (headlines(cands) == 0 && d.masthead(i))}
		// A long line shaped as a headline competes as one (penalized
		// below when a headline came before it: then it is the deck).
		if isSentence(l) && !longHeadline(l, ov, d.c.maxTitleWords()) {
			// The first body paragraph stops the search. It is a headline
			// itself only when nothing before it is (a dump that starts with
			// the headline written as a sentence), or when it is one short
			// sentence after mere labels.
			allLabels := true
			for _, p := range cands {
				allLabels = allLabels && p.label
			}
			if len(cands) == 0 {
				return i
			}
			// (A headline of two sentences, "X destroys Y. Z vows to go on",
			// ends without the stop a paragraph ends with.)
			if allLabels && l.words <= 25 && (len(boundaries(l.text, 1, len(l.text))) == 0 || !endsSentence(l.text) && l.words <= 20) && ov > 0 {
				c.score = 2*ov + lengthScore(l.words, false)
				cands = append(cands, c)
			} else if allLabels && d.notice(i) {
				continue
			}
			break
		}
		c.score = 2*ov + lengthScore(l.words, c.label) - 0.15*float64(headlines(cands))
		if d.deckOf(cands, l) {
			// A longer line right under a headline is its deck, which
			// restates the lead and so shares more of its words.
			c.score -= 0.6
		} else if isSentence(l) && hasHeadline(cands) {
			// A long line after a headline is more likely its deck.
			c.score -= 0.35
		}
		cands = append(cands, c)
	}
	best := -1
	for k, c := range cands {
		if best < 0 || c.score > cands[best].score {
			best = k
		}
	}
	if best < 0 {
		return -1
	}
	return cands[best].index
}

// deckOf reports a line that follows a headline-shaped candidate directly
// and runs longer than it: the deck (standfirst) that pages print under the
// headline, often without final punctuation ("X and Y: Berlin and Brasília
// move closer" over "Brazil's minister lobbies in Berlin for the trade deal
// – and brings a list"). A kicker of a few words above the headline is
// shorter than six words and does not make the headline a deck.
func (d *doc) deckOf(cands []titleCand, l *line) bool {
	if len(cands) == 0 {
		return false
	}
	p := cands[len(cands)-1]
	pl := d.lines[p.index]
	return !p.label && p.ov > 0 && pl.words >= 6 && l.words > pl.words
}

// notice reports a line between the masthead and the headline that reads
// as sentences but is a notice the marker lists do not know (a paywall
// counter, a banner): at most forty words and more than one sentence, and
// the next kept line is shaped as a headline (four to twenty-five words, no
// final punctuation) that shares most of its words with the lead under
// it.
func (d *doc) notice(i int) bool {
	l := d.lines[i]
	if l.words > 40 || len(boundaries(l.text, 1, len(l.text))) == 0 {
		return false
	}
	for j := i + 1; j < len(d.lines) && j <= i+3; j++ {
		n := d.lines[j]
		if n.drop != "" {
			continue
		}
		return n.words >= 4 && n.words <= 25 && !endsSentence(n.text) && overlap(n.text, d.leadWords(j)) >= 0.5
	}
	return false
}

// longHeadline reports a line long enough to read as a paragraph that is
// still shaped as a headline: no final punctuation and no sentence break
// inside, at most max words, and words that come back in the lead. Body
// paragraphs end with punctuation; long headlines ("X accuses Y of ...,
// as Z hears ...", official titles of state agencies) do not.
func longHeadline(l *line, ov float64, max int) bool {
	return ov > 0 && l.words <= max && !endsSentence(l.text) && !strings.HasSuffix(l.text, ":") &&
		len(boundaries(l.text, 1, len(l.text))) == 0
}

// hasHeadline reports a candidate that is no label and shares words with
// the lead: a headline (a document number or a slogan shares none).
func hasHeadline(cands []titleCand) bool {
	for _, c := range cands {
		if !c.label && c.ov > 0 {
			return true
		}
	}
	return false
}

// masthead reports a line at the top of the page that precedes the site's
// navigation: the name of the outlet or institution ("Ministry of Foreign
// Affairs of ...", "Министерство иностранных дел ...") printed above its
// menu. A headline comes after the menu and the breadcrumb, not before.
func (d *doc) masthead(i int) bool {
	if i > 3 {
		return false
	}
	for j := i + 1; j < len(d.lines) && j <= i+2; j++ {
		n := d.lines[j]
		if n.drop == "navigation" || (n.drop == "" && (navSeparated(n.text) || separatedLabel(n.text))) {
			return true
		}
		// Only an all-capitals line or a second masthead line may sit
		// between the name and its menu.
		if n.drop != "" || !(allCaps(n.text) || n.words <= 4 && !isSentence(n)) {
			return false
		}
	}
	return false
}

// headlines counts the candidates that are not labels: among lines that
// read as headlines, the first is preferred (a deck follows its headline).
func headlines(cands []titleCand) int {
	n := 0
	for _, c := range cands {
		if !c.label {
			n++
		}
	}
	return n
}

// lengthScore favours lines of headline length.
func lengthScore(words int, label bool) float64 {
	switch {
	case label:
		return -1.5
	case words <= 3:
		return 0
	case words <= 5:
		// Kickers and topic labels ("Peru and Chile border") are noun
		// phrases of a few words; a headline says what happened.
		return 0.6
	case words <= 25:
		return 1
	}
	return 0.5
}

// labelLike reports a line that reads as a section label or kicker: a
// chain of short segments ("Africa | Nile", "World / Europe"), a line
// ending in a colon, or at most three words that are all capitalized or
// share nothing with the lead.
func labelLike(l *line, ov float64) bool {
	t := strings.TrimSpace(l.text)
	if strings.HasSuffix(t, ":") {
		return true
	}
	if separatedLabel(t) {
		return true
	}
	// A breadcrumb trail with a lead-in ("Vous êtes ici : Accueil /
	// Politique / Défense", "You are here: Home > World"): two or more
	// separators of one kind, every segment after the first short.
	for _, sep := range []string{" / ", " > ", " › ", " » "} {
		segs := strings.Split(t, sep)
		if len(segs) < 3 {
			continue
		}
		short := true
		for _, s := range segs[1:] {
			if wordCount(s) > 3 {
				short = false
			}
		}
		if short {
			return true
		}
	}
	// A masthead or ministry letterhead in capitals ("MINISTRY OF FOREIGN
	// AFFAIRS OF THE REPUBLIC OF ..."), a kicker ("BREAKING NEWS"). A
	// longer line in capitals that names no institution is a headline set
	// in capitals.
	if l.words >= 2 && l.words <= 4 && allCaps(t) || institutionName(t) {
		return true
	}
	if l.words > 3 {
		return false
	}
	if ov == 0 {
		return true
	}
	for _, w := range strings.Fields(t) {
		if unicode.IsLower(firstRune(w)) {
			return false
		}
	}
	return true
}

// institutionName reports a line that is only the name of an institution
// ("Ministry of Foreign Affairs of the Republic of X", "Embassy of X in
// Y", "Gobierno de la República de X"): it opens with an institution word
// and its longer words are capitalized, so it says nothing happened. A
// headline about a ministry has a verb in lower case ("Ministry denies
// ...").
func institutionName(t string) bool {
	if mk.get("institution").prefix(t) == 0 {
		if f := strings.Fields(t); len(f) < 2 || mk.get("institution").prefix(strings.Join(f[1:], " ")) == 0 {
			return false // "The Ministry of ...", "Le ministère ..."
		}
	}
	ws := strings.Fields(t)
	if len(ws) < 2 || strings.Contains(t, ": ") {
		return false // "Consulate in X: A and B move closer" is a headline
	}
	// Names in Romance languages and Russian keep one adjective in lower
	// case ("Ministère des Affaires étrangères", "Министерство иностранных
	// дел"); a headline has its verb and its object besides.
	lower := 0
	for _, w := range ws[1:] {
		if i := strings.LastIndexAny(w, "'’"); i >= 0 {
			w = w[i+1:] // "l'Europe"
		}
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if utf8.RuneCountInString(w) > 3 && !unicode.IsUpper(firstRune(w)) {
			lower++
		}
	}
	return lower <= 1 && len(ws) <= 16
}

// separatedLabel reports a chain of short segments ("Africa | Nile",
// "Sala de Prensa | Comunicados").
func separatedLabel(t string) bool {
	for _, sep := range []string{" | ", " > ", " › ", " » ", " / ", " · ", " • "} {
		if !strings.Contains(t, sep) {
			continue
		}
		short := true
		for _, s := range strings.Split(t, sep) {
			if wordCount(s) > 3 {
				short = false
			}
		}
		if short {
			return true
		}
	}
	return false
}

// leadWords returns the stems of the content words of the first body
// paragraphs after line i.
func (d *doc) leadWords(i int) map[string]bool {
	set := map[string]bool{}
	n := 0
	for _, l := range d.lines[i+1:] {
		if !isSentence(l) {
			continue
		}
		for _, s := range contentStems(l.text) {
			set[s] = true
		}
		n += l.words
		if n >= 120 {
			break
		}
	}
	return set
}

// overlap is the share of s's content words whose stem occurs in lead.
func overlap(s string, lead map[string]bool) float64 {
	stems := contentStems(s)
	if len(stems) == 0 {
		return 0
	}
	hit := 0
	for _, st := range stems {
		if lead[st] {
			hit++
		}
	}
	return float64(hit) / float64(len(stems))
}

// contentStems lists the words of s that are at least four letters long,
// folded to lower case and cut to their first five letters: a crude stem
// that needs no language data and survives inflection ("accuses" and
// "accused", "Brasilien" and "brasilianische" share theirs).
func contentStems(s string) []string {
	var out []string
	for _, w := range strings.Fields(foldKey(s)) {
		r := []rune(w)
		if len(r) < 4 {
			continue
		}
		if len(r) > 5 {
			r = r[:5]
		}
		out = append(out, string(r))
	}
	return out
}

// allCaps reports whether every letter of s that has case is upper case.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n > 0
}

var titleSeps = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " // "}

// trimSite removes an outlet's name (and section) appended to a page
// title: "Headline | Site", "Headline - Site", "Headline | Section |
// Site". The tail goes when it names the outlet known from the container,
// when it or the head stands alone elsewhere on the page (masthead,
// headline), or when it reads as a name that the story does not talk
// about: short, capitalized, sharing few words with the lead.
func (d *doc) trimSite(t string) string {
	for range 3 {
		head, ok := d.trimSiteOnce(t)
		if !ok {
			break
		}
		t = head
	}
	return t
}

func (d *doc) trimSiteOnce(t string) (string, bool) {
	var lead map[string]bool
	for _, sep := range titleSeps {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if wordCount(tail) > 6 || wordCount(head) < 2 || !hasLetter(tail) {
			continue
		}
		ft := strings.ReplaceAll(foldKey(tail), " ", "")
		fo := strings.ReplaceAll(foldKey(d.a.Outlet), " ", "")
		if ft != "" && fo != "" && (strings.Contains(fo, ft) || strings.Contains(ft, fo)) {
			return head, true
		}
		hk, tk := foldKey(head), foldKey(tail)
		for _, l := range d.lines {
			// The head stands alone elsewhere (the headline), or the tail
			// does (the masthead).
			if k := foldKey(l.text); k == hk || k == tk {
				return head, true
			}
		}
		if lead == nil {
			lead = d.leadWithout(foldKey(t))
		}
		if siteName(tail, sep, wordCount(head), lead) {
			return head, true
		}
	}
	// "Site | Headline": some pages put their name first. Only after a
	// pipe, which never joins two halves of a headline.
	for _, sep := range []string{" | ", " :: ", " // "} {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if wordCount(head) > 4 || wordCount(tail) < 4 || strings.Contains(tail, sep) {
			continue
		}
		// "LIVE | Leaders meet ...", "EN VIVO | ...": a kicker is part of
		// the headline as printed, not the site's name.
		if mk.get("kicker").whole(head) {
			continue
		}
		fh := strings.ReplaceAll(foldKey(head), " ", "")
		fo := strings.ReplaceAll(foldKey(d.a.Outlet), " ", "")
		if fh != "" && fo != "" && (strings.Contains(fo, fh) || strings.Contains(fh, fo)) {
			return tail, true
		}
		if lead == nil {
			lead = d.leadWithout(foldKey(t))
		}
		if siteName(head, sep, wordCount(tail), lead) {
			return tail, true
		}
	}
	return t, false
}

// siteName judges the tail of a page title with nothing else to go on. A
// pipe almost always closes a title with the site or section; a dash
// often joins two halves of a headline ("Ukraine - Russia talks resume"),
// so after a dash the tail must be shorter, look like a name and the head
// must carry a headline of its own.
func siteName(tail, sep string, headWords int, lead map[string]bool) bool {
	if endsSentence(tail) || strings.HasSuffix(tail, ":") {
		return false
	}
	if isDomain(tail) { // "lemonde.fr", "grenzblatt.de"
		return true
	}
	// A site name is not what the story is about: most of its words are
	// not in the lead ("The Andean Times", but not "Kremlin says").
	if len(lead) > 0 && overlap(tail, lead) > 0.5 {
		return false
	}
	if sep == " | " || sep == " :: " || sep == " // " {
		return headWords >= 3
	}
	if headWords < 4 || wordCount(tail) > 4 {
		return false
	}
	// "El Diario Andino", "Noticias de Perú", "RIA Novosti": every longer
	// word capitalized.
	for _, w := range strings.Fields(tail) {
		if utf8.RuneCountInString(w) > 3 && !unicode.IsUpper(firstRune(w)) && !unicode.IsDigit(firstRune(w)) {
			return false
		}
	}
	return true
}

// leadWithout is leadWords over the whole page, leaving out the lines
// whose key is skip (the page title being judged, when it is also a line).
func (d *doc) leadWithout(skip string) map[string]bool {
	set := map[string]bool{}
	n := 0
	for _, l := range d.lines {
		if !isSentence(l) || foldKey(l.text) == skip {
			continue
		}
		for _, s := range contentStems(l.text) {
			set[s] = true
		}
		n += l.words
		if n >= 120 {
			break
		}
	}
	return set
}

// isDomain reports a host name ("lemonde.fr", "www.example.co.uk").
func isDomain(s string) bool {
	if strings.ContainsAny(s, " /@") || !strings.Contains(s, ".") {
		return false
	}
	labels := strings.Split(strings.ToLower(s), ".")
	tld := labels[len(labels)-1]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for _, r := range tld {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
	}
	return true
}
