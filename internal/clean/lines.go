package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// counterRe matches follower and like counters ("4,846FansLike", "12K Followers").
var counterRe = regexp.MustCompile(`^[\d.,]+\s?[KkMmКкМм]?\s?\p{L}+(?:\s?\p{L}+)?$`)

var timeRe = regexp.MustCompile(`\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?`)

// classify gives each line a reason to drop it, from its own shape and the
// marker lists; context (position, repeats) comes later.
func (d *doc) classify() {
	list, pending := false, 0
	d.bodyAt = len(d.lines)
	for i, l := range d.lines {
		if isSentence(l) && l.words >= 8 && endsSentence(l.text) {
			d.bodyAt = i
			break
		}
	}
	d.tail = len(d.lines)
	for k := len(d.lines) - 1; k >= 0; k-- {
		if l := d.lines[k]; l.drop == "" && l.words >= 20 && endsSentence(l.text) && !bioShape(l.text, l.words) &&
			!bioWith(l.text, l.words, mk.get("expert")) && !aboutLine(l.text) {
			break
		}
		d.tail = k
	}
	for i, l := range d.lines {
		if l.drop != "" {
			continue
		}
		if isBareRelated(l.text) {
			l.drop, pending = "related", 3
			continue
		}
		k := d.kind(i, l)
		if k == "block" {
			// A "Most read" heading takes the headline links under it along.
			l.drop, pending = "related", 10
			continue
		}
		if pending > 0 {
			if k == "" && relatedHeadline(l) {
				l.drop = "related"
				pending--
				continue
			}
			pending = 0
		}
		if list && k == "" && l.words <= 12 && !endsSentence(l.text) {
			k = "tags"
		}
		l.drop = k
		list = k == "tags"
	}
	d.linkLists()
	// Breadcrumbs run together with the headline ("HomeNewsWorldTitle")
	// end with a line that follows them.
	for i := 0; i < len(d.lines) && i < 12; i++ {
		li := d.lines[i]
		for j := i + 1; j < len(d.lines) && j <= i+4; j++ {
			lj := d.lines[j]
			// A paragraph that merely ends like a short line ("... года.
			// Реклама Продолжение ниже") is no breadcrumb: crumbs have no
			// sentence punctuation.
			if lj.drop == "" && lj.words >= 2 && len(li.text) > len(lj.text) && strings.HasSuffix(li.text, lj.text) && li.drop == "" &&
				!strings.ContainsAny(li.text[:len(li.text)-len(lj.text)], ".!?;,") {
				li.drop = "navigation"
			}
		}
	}
}

func (d *doc) kind(i int, l *line) string {
	t := l.text
	if !hasLetter(t) {
		if strings.ContainsAny(t, "0123456789") {
			// "05.03.2025 10:42" is a date line, "1,234" a counter.
			if v, pub, upd, ok := dateLine(t, d.monthFirst); ok && l.words <= 8 {
				d.dates = append(d.dates, dateHit{value: v, published: pub, updated: upd, index: i})
				return "date"
			}
			return "counter"
		}
		return "separator"
	}
	if commentCounter(t) || commentLead(t) {
		return "comments"
	}
	if l.words <= 7 && readingTime(t) {
		// "02.09.2025, 17:10 Uhr | Lesezeit: 6 Min.": the reading time
		// shares its line with the publication date, which must be read.
		if v, pub, upd, ok := dateLine(t, d.monthFirst); ok {
			d.dates = append(d.dates, dateHit{value: v, published: pub, updated: upd, index: i})
			return "date"
		}
		return "readtime"
	}
	if l.words <= 3 && counterRe.MatchString(t) {
		return "share"
	}
	if l.words <= 24 {
		if v, pub, upd, ok := dateLine(t, d.monthFirst); ok {
			d.dates = append(d.dates, dateHit{value: v, published: pub, updated: upd, index: i})
			return "date"
		}
	}
	if l.words <= 8 && stampLine(t) {
		return "date"
	}
	if mk.get("line").whole(t) {
		return "label"
	}
	if l.words <= 10 && adSlot(t) {
		return "ad"
	}
	if mk.get("block").whole(t) {
		return "block"
	}
	if l.words <= 15 && (mk.get("end").prefix(t) > 0 || mk.get("disclaimer").within(t)) {
		l.end = true
		return "footer"
	}
	if endCredit(t, l.words) || (l.words <= 20 && mk.get("contrib").suffix(t)) {
		l.end = true
		return "credit"
	}
	if l.words <= 6 && agencyCredit(t) {
		return "credit"
	}
	if l.words <= 8 && allShare(t) {
		return "share"
	}
	// A news ticker or a teaser behind a kicker ("+++ A +++ B +++",
	// "WATCH: ...") is furniture inside or after the story; above it, the
	// same shape may be the headline ("LIVE: Leaders meet ...").
	if k := widgetKind(t, l.words); k != "" && (i >= d.bodyAt || k != "related" && k != "ticker") {
		return k
	}
	if mk.get("list").whole(t) || inlineList(t, l.words) {
		return "tags"
	}
	low := strings.ToLower(t)
	if l.words <= 80 && strings.Contains(low, "cookie") {
		return "cookie"
	}
	// Consent banners that say "trackers" instead ("Ce site utilise des
	// traceurs ..."): only above the story or after it, where such banners
	// sit, since the words may occur in news.
	if l.words <= 60 && (i <= d.bodyAt || i >= d.tail) && (endsSentence(t) || len(boundaries(t, 1, len(t))) > 0) &&
		mk.get("cookie").within(t) {
		return "cookie"
	}
	// A metered paywall's counter ("You have reached 3 of 5 free articles
	// this month"), wherever the page inserts it.
	if l.words <= 30 && mk.get("paywall").within(t) {
		return "promo"
	}
	if l.words <= 20 && (strings.Contains(low, "all rights reserved") || strings.Contains(low, "alle rechte vorbehalten") ||
		strings.Contains(low, "derechos reservados") || strings.Contains(low, "droits réservés") ||
		strings.Contains(low, "права защищены") || strings.HasPrefix(low, "copyright") || strings.HasPrefix(low, "© ")) {
		return "copyright"
	}
	// "Daily X © 2024. Reprints only with a hyperlink to us ...": a
	// copyright sign beside a year in the first sentence opens the
	// outlet's legal notice in any language (a photo credit's sign comes
	// without a year, after the caption).
	if l.words <= 40 && copyrightYearRe.MatchString(t[:sentenceEnd(t, 0)]) {
		return "copyright"
	}
	// "Newsletter" is the same word in most languages, and a short line
	// that mentions one is a sign-up prompt, not news.
	if l.words <= 30 && (mk.get("promo").prefix(t) > 0 || hasWord(low, "newsletter")) {
		return "promo"
	}
	if mk.get("bio").prefix(t) > 0 || bioShape(t, l.words) {
		return "bio"
	}
	// An analyst's bio under an opinion piece ("Ana Ruiz is a senior fellow
	// at ..."): the same shape names an expert quoted in the story, so only
	// after the last long paragraph.
	if i >= d.tail && (bioWith(t, l.words, mk.get("expert")) || aboutLine(t)) {
		return "bio"
	}
	if inlineLinks(t, l.words) {
		return "related"
	}
	if k := creditKind(t, l.words); k != "" {
		return k
	}
	if isByline(strings.TrimLeft(t, "(["), l.words) {
		return "byline"
	}
	// A short bulleted line is a menu item before or after the article but
	// a list item inside it; zones decides by position.
	if navSeparated(t) {
		return "navigation"
	}
	return ""
}

// copyrightYearRe matches a copyright sign with a year.
var copyrightYearRe = regexp.MustCompile(`©\s*(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*©`)

// statRe matches a page statistic: a label and a number ("Views: 3,210",
// "Просмотров: 1204").
var statRe = regexp.MustCompile(`^\p{L}+(?:\s\p{L}+)?\s?:\s?\d[\d.,\s]*$`)

// widgetKind tells lines of page widgets by shape, in any language: a page
// statistic, a market ticker ("USD 3.65 ▲ EUR 3.98 ▼"), a bare time stamp
// of a live blog ("14:35 GMT"), a timetable ("Fajr 04:12 Dhuhr 12:05 ..."),
// a news ticker ("+++ A +++ B +++"), a teaser behind a capitalized kicker
// ("WATCH: Storm hits the coast").
func widgetKind(t string, words int) string {
	if words <= 4 && statRe.MatchString(t) {
		return "counter"
	}
	if strings.Count(t, "+++") >= 2 {
		return "ticker"
	}
	if endsSentence(t) || words > 20 {
		return ""
	}
	if n := len(timeRe.FindAllStringIndex(t, -1)); n >= 3 {
		return "widget"
	} else if n == 1 && words <= 3 {
		rest := timeRe.ReplaceAllString(t, " ")
		short := true
		for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) {
			short = short && allCaps(w) && utf8.RuneCountInString(w) <= 5
		}
		if short {
			return "date"
		}
	}
	nums, caps := 0, 0
	for _, w := range strings.Fields(t) {
		switch r := firstRune(w); {
		case unicode.IsDigit(r) || r == '+' || r == '-' || r == '−':
			nums++
		case unicode.IsLetter(r):
			if !allCaps(w) || utf8.RuneCountInString(w) > 5 {
				caps = -100
			}
			caps++
		}
	}
	if nums >= 2 && caps >= 2 {
		return "widget"
	}
	if f := strings.Fields(t); len(f) >= 3 && words <= 12 && strings.HasSuffix(f[0], ":") &&
		utf8.RuneCountInString(f[0]) >= 5 && allCaps(f[0]) {
		return "related"
	}
	return ""
}

// allShare reports whether s is made only of share-button words.
func allShare(s string) bool {
	sh := mk.get("share")
	s = strings.TrimSpace(s)
	for s != "" {
		n := sh.prefix(s)
		if n == 0 {
			return false
		}
		s = strings.TrimLeftFunc(s[n:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	return true
}

// dateLine reads a line that is only a date with its trimmings
// ("Published: 08:20, June 4, 2024 | Updated: ...", "3 июня 2024,
// 14:35"), possibly beside the byline ("Par Jean Dupont - Publié le
// 23/09/2024 à 07h15 - Modifié le ...", "Jane Roe, Reuters Published March
// 5, 2025"): the chosen date, whether it was marked as the publication or
// update date.
func dateLine(t string, monthFirst bool) (v string, pub, upd, ok bool) {
	if !strings.ContainsAny(t, "0123456789") { // every date with a year has digits
		return "", false, false, false
	}
	var plain, upds string
	residue := 0
	for _, s := range dateSegments(t) {
		isPub, isUpd := false, false
		// A reading time beside the date is furniture of the same line.
		if readingTime(s) {
			if _, found := findDateOrder(s, monthFirst); !found {
				continue
			}
		}
		if n := mk.get("published").prefix(s); n > 0 {
			isPub, s = true, s[n:]
		} else if n := mk.get("updated").prefix(s); n > 0 {
			isUpd, s = true, s[n:]
		}
		// A byline, a comment counter or a credit ("Agência Sul / Gazeta
		// da Serra") beside the date leaves it a date line.
		if !isPub && !isUpd && (bylineSegment(s) || commentCounter(s) || creditSegment(s)) {
			if dt, found := findDateOrder(s, monthFirst); found && dt.Year != 0 && plain == "" {
				plain = dt.value() // "By Jane Roe in Lima on 5 March 2025"
			}
			continue
		}
		dt, found := findDateOrder(s, monthFirst)
		if found && dt.Year != 0 {
			switch {
			case isPub && v == "":
				v, pub = dt.value(), true
			case isUpd && upds == "":
				upds = dt.value()
			case !isPub && !isUpd && plain == "":
				plain = dt.value()
			}
			s = s[:dt.Start] + " " + s[dt.End:]
		}
		// An author's name, with a role or a place, beside the date
		// ("Иван Петров, корреспондент отдела политики").
		if !isPub && !isUpd && wordCount(s) <= 8 && authorLine(strings.TrimSpace(s)) {
			continue
		}
		residue += residueWords(s)
	}
	if residue > 3 {
		return "", false, false, false
	}
	switch {
	case v != "":
		return v, true, false, true
	case plain != "":
		return plain, false, false, true
	case upds != "":
		return upds, false, true, true
	}
	return "", false, false, false
}

// creditSegment reports a piece of a date line that names the agencies or
// outlets a story comes from, joined by slashes: "Agência Sul / Gazeta
// da Serra", "AFP/Reuters". Capitalized names and short joining words only.
func creditSegment(s string) bool {
	if !strings.Contains(s, "/") || strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, part := range strings.Split(s, "/") {
		ws := strings.Fields(part)
		if len(ws) == 0 || len(ws) > 4 {
			return false
		}
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && utf8.RuneCountInString(w) > 3 {
				return false
			}
		}
	}
	return true
}

// dateSeps part the pieces of a date line.
var dateSeps = []string{"|", " - ", " – ", " — ", " · ", " • ", "; "}

// dateSegments cuts a date line into its pieces: at separators, at
// sentence ends, and before a publication or update marker that starts a
// capitalized word ("... Reuters Published March 5, 2025 Updated ...").
func dateSegments(t string) []string {
	segs := []string{t}
	for _, sep := range dateSeps {
		var next []string
		for _, s := range segs {
			next = append(next, strings.Split(s, sep)...)
		}
		segs = next
	}
	var out []string
	for _, s := range segs {
		s = strings.TrimSpace(s)
		start := 0
		for _, b := range boundaries(s, 1, len(s)) {
			// "12. März 2024" is a German date, not two sentences.
			prev := strings.TrimRightFunc(s[:b], func(r rune) bool { return r == ' ' || isCloser(r) || isTerminal(r) })
			if r, _ := utf8.DecodeLastRuneInString(prev); !unicode.IsLetter(r) {
				continue
			}
			// Nor is "5 mar. 2025": the dot closes a month's abbreviation.
			if ws := strings.Fields(prev); len(ws) > 0 && mk.months[strings.ToLower(ws[len(ws)-1])] != 0 {
				continue
			}
			out = append(out, strings.TrimSpace(s[start:b]))
			start = b
		}
		s = s[start:]
		for {
			cut := -1
			for _, w := range splitWords(s, 0, len(s)) {
				if w.start == 0 || !unicode.IsUpper(firstRune(w.text)) {
					continue
				}
				if mk.get("published").prefix(s[w.start:]) > 0 || mk.get("updated").prefix(s[w.start:]) > 0 {
					cut = w.start
					break
				}
			}
			if cut < 0 {
				break
			}
			out = append(out, strings.TrimSpace(s[:cut]))
			s = s[cut:]
		}
		out = append(out, strings.TrimSpace(s))
	}
	return out
}

// bylineSegment reports a piece of a date line that is a byline: a byline
// marker, then a capitalized word that is not a month ("By Jane Roe,
// Diplomatic Editor", but not "By March 5, 2025, the ministry ..."), and
// no full stop.
func bylineSegment(s string) bool {
	n := mk.get("byline").prefix(s)
	if n == 0 || endsSentence(s) || wordCount(s) > 14 {
		return false
	}
	rest := strings.TrimLeft(s[n:], " :")
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := strings.TrimRight(f[0], ",")
	return unicode.IsUpper(firstRune(w)) && mk.months[strings.ToLower(strings.TrimRight(w, "."))] == 0
}

// residueWords counts the words of a date line that are not part of a
// time, a bracket or a time-zone abbreviation.
func residueWords(s string) int {
	s = timeRe.ReplaceAllString(s, " ")
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			s = s[:i]
			break
		}
		s = s[:i] + " " + s[i+j+1:]
	}
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch strings.ToLower(w) {
		case "am", "pm", "uhr", "gmt", "utc", "msk", "cet", "cest", "est", "edt", "pst", "h", "г", "гг", "года", "р", "року", "on", "at", "um", "le", "el", "à", "a", "de", "del", "в", "mez", "et", "the", "of":
			continue
		}
		n++
	}
	return n
}

// creditSuffix returns where a photo or source credit at the end of t
// starts ("... | Photo: X/@handle", "... (PHOTO / AP)", "... © NAME"), or -1.
func creditSuffix(t string) int {
	cr := mk.get("credit")
	if i := strings.LastIndex(t, "|"); i > 0 {
		after := strings.TrimSpace(t[i+1:])
		if cr.prefix(after) > 0 && wordCount(after) <= 8 {
			return i
		}
	}
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndex(t, "("); i > 0 {
			inner := t[i+1 : len(t)-1]
			if wordCount(inner) <= 6 {
				ph := mk.get("photo")
				for _, w := range strings.FieldsFunc(inner, func(r rune) bool { return !unicode.IsLetter(r) }) {
					if ph.whole(w) {
						return i
					}
				}
			}
		}
	}
	if i := strings.LastIndex(t, "©"); i > 0 && len(t)-i < 60 {
		return i
	}
	// "... Schloss Bellevue. Foto: dpa": a last sentence that is a photo credit.
	if bs := boundaries(t, max(1, len(t)-80), len(t)); len(bs) > 0 {
		b := bs[len(bs)-1]
		after := t[b:]
		if n := mk.get("photo").prefix(after); n > 0 && wordCount(after) <= 6 {
			rest := strings.TrimLeft(after[n:], " ")
			if rest != "" && strings.ContainsAny(rest[:1], ":/©|") { // "PHOTO | FILE"
				return b
			}
		}
	}
	return -1
}

// creditKind tells a credit line ("Quelle: Bildagentur © NAME") or a caption
// that ends with one from other lines.
func creditKind(t string, words int) string {
	// "[Photo] Delegates at the ministry ...", "(Фото) ...": a caption
	// under a label in brackets, as dumps print the image's place.
	if b := bracketLead(t); b != "" && words <= 60 && (mk.get("photo").whole(b) || mk.get("credit").whole(b)) {
		return "caption"
	}
	if n := mk.get("credit").prefix(t); n > 0 && words <= 30 {
		rest := strings.TrimLeft(t[n:], " ")
		// "Crédit photo : a drone at a parade in 2023 / DR": a credit
		// marker and a colon open a caption of any length, which a
		// paragraph never does; without the colon only a short line.
		colon := rest != "" && rest[0] == ':' && !endsSentence(rest)
		if words <= 15 && (rest == "" || strings.ContainsAny(rest[:1], ":/©|") || strings.HasPrefix(strings.ToLower(rest), "by ")) || colon {
			return "credit"
		}
	}
	if strings.Contains(t, "©") && words <= 15 {
		return "credit"
	}
	// A paragraph that ends with a credit is a caption; a long one is the
	// story run together with its caption (a page flattened to one line),
	// whose credit assemble cuts off.
	if words <= 60 && creditSuffix(t) > 0 {
		return "caption"
	}
	return ""
}

// isByline reports a short "By NAME" line.
func isByline(t string, words int) bool {
	if strings.HasSuffix(t, ")") || strings.HasSuffix(t, "]") {
		t = strings.TrimRight(t, ")]")
		if words <= 16 && mk.get("byline").prefix(t) > 0 {
			return true // "(Reporting by X; Editing by Y)"
		}
	}
	n := mk.get("byline").prefix(t)
	if n == 0 || words > 8 || (endsSentence(t) && words > 5) {
		return false
	}
	rest := strings.TrimLeft(t[n:], " :")
	if rest == "" {
		return false
	}
	// A role or place may follow the name after a comma ("By Jane Doe,
	// staff writer", "Par Jean Dupont, envoyé spécial à Kiev").
	if name, role, ok := strings.Cut(rest, ","); ok && !endsSentence(t) && wordCount(role) <= 6 {
		rest = name
	}
	for _, w := range strings.Fields(rest) {
		if strings.ContainsAny(w, "/&,") || hasUpper(w) {
			continue
		}
		switch strings.ToLower(w) {
		case "de", "da", "di", "van", "von", "der", "la", "le", "del", "y", "and", "und", "et", "и", "in", "en":
			continue
		}
		return false
	}
	return true
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// navSeparated reports a breadcrumb trail or menu ("News > World").
func navSeparated(t string) bool {
	for _, sep := range []string{" > ", " › ", " » ", " / ", " | ", " · "} {
		if !strings.Contains(t, sep) {
			continue
		}
		segs := strings.Split(t, sep)
		if sep == " | " && len(segs) < 3 {
			continue
		}
		ok := true
		for _, s := range segs {
			if wordCount(s) > 4 || endsSentence(s) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// pickTitle takes the container's title when there is one (without a
// trailing " | Site"), else the first line that reads as a headline.
func (d *doc) pickTitle(raw string) {
	raw = squeeze(normalize(raw))
	if raw != "" {
		d.a.Title = d.trimSite(raw)
	} else {
		if i := d.headlineLine(); i >= 0 {
			// A page <title> pasted into the dump carries the site's name.
			d.a.Title = d.trimSite(d.lines[i].text)
			d.lines[i].drop = "headline"
			d.titleAt = i
		}
	}
	if d.a.Title == "" {
		return
	}
	key := foldKey(d.a.Title)
	for i, l := range d.lines {
		if l.drop != "" && l.drop != "navigation" {
			continue
		}
		k := foldKey(l.text)
		if k == key {
			l.drop = "title"
			if d.titleAt < 0 {
				d.titleAt = i
			}
		} else if i < 12 && l.words <= 40 && !isSentence(l) && strings.HasSuffix(k, key) {
			l.drop = "navigation"
		}
	}
}

// repeats drops lines that occur more than once: photo captions printed
// twice (one with a credit or bullet), names repeated in bylines. A
// repeated sentence keeps its first copy.
func (d *doc) repeats() {
	groups := map[string][]int{}
	var order []string
	for i, l := range d.lines {
		if l.drop != "" && l.drop != "caption" {
			continue
		}
		t := l.text
		if c := creditSuffix(t); c > 0 {
			t = t[:c]
		}
		k := foldKey(t)
		if k == "" {
			continue
		}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	for _, k := range order {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		caption := false
		for _, i := range g {
			if d.lines[i].drop == "caption" || d.lines[i].bullet {
				caption = true
			}
		}
		for n, i := range g {
			l := d.lines[i]
			switch {
			case caption:
				l.drop = "caption"
			case n == 0 && isSentence(l):
			default:
				l.drop = "repeated"
			}
		}
	}
}

// zones drops what comes before the first and after the last line that
// reads as body text: menus, labels, bylines, tags, counters. Between them,
// short lines are kept as subheadings unless they are a lone word.
func (d *doc) zones() {
	d.furniture()
	first, last := -1, -1
	for i, l := range d.lines {
		if isSentence(l) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	// A notice above the headline (a paywall counter, a banner) reads as a
	// sentence but is no part of the story, which starts under its
	// headline. Only a few short lines just above it: a page whose
	// headline line comes late is not cut.
	if d.titleAt > first && first >= 0 && d.titleAt <= first+4 {
		n, short := 0, true
		for _, l := range d.lines[first:d.titleAt] {
			if isSentence(l) {
				n++
				short = short && l.words <= 40
			}
		}
		after := false
		for _, l := range d.lines[d.titleAt+1:] {
			if isSentence(l) && l.words >= 20 {
				after = true
				break
			}
		}
		if short && n <= 2 && after {
			for first = d.titleAt + 1; first < len(d.lines) && !isSentence(d.lines[first]); first++ {
			}
		}
	}
	d.first = first
	if first < 0 {
		return
	}
	// The article ends at a bio, a reporter credit, a copyright line, tags
	// or comments when no long paragraph follows: what comes after is page
	// furniture even if it reads as a sentence.
	for i := first + 1; i <= last; i++ {
		switch d.lines[i].drop {
		case "bio", "byline", "copyright", "tags", "comments":
		default:
			if !d.lines[i].end {
				continue
			}
		}
		long := false
		for _, l := range d.lines[i+1:] {
			if isSentence(l) && l.words >= 20 {
				long = true
				break
			}
		}
		if !long {
			for last = i - 1; last > first && !isSentence(d.lines[last]); last-- {
			}
			break
		}
	}
	last = d.closingList(last)
	for i, l := range d.lines {
		if l.drop != "" {
			continue
		}
		switch {
		case i < first:
			l.drop = "header"
		case i > last:
			l.drop = "footer"
		case l.words <= 1 && !endsSentence(l.text):
			l.drop = "label"
		}
	}
}

// assemble builds the body from the kept lines, cutting related links,
// pasted headlines and the dateline out of the paragraphs.
func (d *doc) assemble() {
	var paras []string
	pending := 0
	for _, l := range d.lines {
		if l.drop != "" {
			if l.drop != "embed" && l.drop != "headline" {
				d.drop(l.text, l.drop)
			}
			continue
		}
		if pending > 0 {
			if relatedHeadline(l) {
				d.drop(l.text, "related")
				pending--
				continue
			}
			pending = 0
		}
		t, bare := d.cutRelated(l.text)
		if bare {
			pending = 3
		}
		t = squeeze(d.cutFragments(t))
		t = d.cutCredit(t)
		t = d.cutAdSlot(t)
		t = d.cutShareTail(t)
		t = d.cutGlued(t)
		if t != "" && hasLetter(t) {
			paras = append(paras, t)
		}
	}
	for k := 0; k < len(paras) && k < 2; k++ {
		if dl, ok := findDateline(paras[k]); ok {
			d.a.Dateline = dl.place
			d.dateline = dl
			d.drop(strings.TrimSpace(paras[k][:dl.cut]), "dateline")
			paras[k] = strings.TrimSpace(paras[k][dl.cut:])
			// Nothing but the dateline and a number or a lone word, which a
			// second reading would drop as a label.
			if !hasLetter(paras[k]) || wordCount(paras[k]) <= 1 && !endsSentence(paras[k]) {
				d.drop(paras[k], "dateline")
				paras = append(paras[:k], paras[k+1:]...)
			}
			break
		}
		if wordCount(paras[k]) > 60 {
			break
		}
	}
	d.a.Body = strings.Join(paras, "\n\n")
}

// pickPublished chooses the publication date: the container's, a leading
// date marker, a date line before the body (one marked "published" first),
// the dateline's date, any other date line, an update date.
func (d *doc) pickPublished(raw string) {
	if raw = strings.TrimSpace(raw); raw != "" {
		if v, ok := parseDateOrder(raw, d.monthFirst); ok {
			d.a.Published = v
			return
		}
		d.a.Notes = append(d.a.Notes, "clean: unreadable container date "+quote(raw))
	}
	header := func(h dateHit) bool { return d.first < 0 || h.index < d.first }
	pick := func(ok func(dateHit) bool) string {
		for _, h := range d.dates {
			if ok(h) {
				return h.value
			}
		}
		return ""
	}
	v := d.markerDate
	if v == "" {
		v = pick(func(h dateHit) bool { return header(h) && h.published })
	}
	if v == "" {
		// A date above the headline is often the page's own (today's date
		// in the top bar); the story's stands with the byline under it.
		v = pick(func(h dateHit) bool { return header(h) && !h.updated && d.titleAt >= 0 && h.index > d.titleAt })
	}
	if v == "" {
		v = pick(func(h dateHit) bool { return header(h) && !h.updated })
	}
	if v == "" && d.dateline.date.Year != 0 {
		v = d.dateline.date.value()
	}
	if v == "" {
		v = pick(func(h dateHit) bool { return !h.updated })
	}
	if v == "" {
		v = pick(func(h dateHit) bool { return true })
	}
	// A dateline's day and month refine a coarser date of the same year.
	dl := d.dateline.date
	if dl.Month != 0 && dl.Day != 0 && dl.Year == 0 && len(v) >= 4 {
		if len(v) == 4 || (len(v) == 7 && atoi(v[5:]) == dl.Month) {
			v = date{Year: atoi(v[:4]), Month: dl.Month, Day: dl.Day}.value()
		}
	}
	if v == "" && dl.Month != 0 && dl.Day != 0 {
		if y := inferYear(d.a.Body, d.lang, dl.Month, dl.Day); y != 0 {
			v = date{Year: y, Month: dl.Month, Day: dl.Day}.value()
			d.a.Notes = append(d.a.Notes, "clean: publication year inferred from the weekdays in the text")
		}
	}
	d.a.Published = v
}

func quote(s string) string {
	if len(s) > 60 {
		s = s[:60]
	}
	return "\"" + strings.ToValidUTF8(s, "") + "\""
}

// relatedHeadline reports whether a line after a bare "Read more:" marker
// reads as the headline of a linked article.
func relatedHeadline(l *line) bool {
	if l.words > 20 {
		return false
	}
	if !endsSentence(l.text) {
		return true
	}
	u := stripListMark(l.text)
	t := strings.TrimRightFunc(u, isCloser)
	return l.words <= 12 && (strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")) && !isCloser(firstRune(u))
}

// listMarks open the items of link lists in dumps that keep them as text
// ("» Headline", "▶ Headline", "- Headline"); followed by a space, unlike a
// quotation mark ("»Wir ...«") or a minus sign.
var listMarks = []string{"» ", "▶ ", "► ", "→ ", "- ", "– ", "› ", "▸ ", "> ", "• "}

// stripListMark removes such a mark from the start of t.
func stripListMark(t string) string {
	for _, m := range listMarks {
		if strings.HasPrefix(t, m) {
			return strings.TrimSpace(t[len(m):])
		}
	}
	return t
}

// isBareRelated reports a line that is only a related-articles marker.
func isBareRelated(t string) bool {
	n := mk.get("related").prefix(t)
	if n == 0 {
		return false
	}
	rest := strings.TrimFunc(t[n:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if rest == "" {
		return true
	}
	// The marker and the outlet's name ("ALSO ON THE DAILY X", "More from
	// The Herald"): a heading of a few capitalized words, no colon and no
	// sentence, which a headline never is.
	return !strings.ContainsAny(t[n:], ":.!?") && wordCount(rest) <= 4 && allCapitalized(rest)
}

// stampLine reports a publication or update stamp without a full date
// ("Updated 2 hours ago", "Aktualisiert vor 3 Stunden", "Обновлено 14:20").
func stampLine(t string) bool {
	n := mk.get("updated").prefix(t)
	if n == 0 {
		n = mk.get("published").prefix(t)
	}
	if n == 0 {
		return false
	}
	rest := strings.TrimLeft(t[n:], " :")
	if rest == "" || !strings.ContainsAny(rest, "0123456789") {
		return false
	}
	// What is left besides numbers and times is at most a relative phrase
	// ("2 hours ago", "il y a 3 heures"), not a clause.
	return residueWords(rest) <= 3
}

// readingTime reports a reading-time line ("3 min read", "Lesezeit: 4
// Min.", "Время чтения: 5 минут"): a number, reading-time words and at
// most one other word.
func readingTime(t string) bool {
	if !strings.ContainsAny(t, "0123456789") {
		return false
	}
	rt := mk.get("readtime")
	hit, other := false, 0
	ws := strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	for i := 0; i < len(ws); {
		if n := rt.prefix(strings.Join(ws[i:], " ")); n > 0 {
			hit = true
			i += wordCount(strings.Join(ws[i:], " ")[:n])
			continue
		}
		other++
		i++
	}
	return hit && other <= 1
}

// endCredit reports a credit line that closes a wire story ("Reporting by
// X; Editing by Y", "(Reportage Z)", "Mit Material von dpa", "Con
// información de EFE", "Avec AFP", "При подготовке использованы материалы
// ТАСС"). A one-word marker ("Redaktion") needs a colon, brackets or only
// names after it.
func endCredit(t string, words int) bool {
	if words > 25 {
		return false
	}
	bracketed := strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") ||
		strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]")
	u := strings.TrimLeft(t, "([ ")
	n := mk.get("endcredit").prefix(u)
	if n == 0 {
		return false
	}
	rest := strings.TrimSpace(u[n:])
	multi := strings.Contains(strings.TrimSpace(u[:n]), " ")
	switch {
	case bracketed:
		return true
	case multi:
		// Credits rarely end with a full stop; a line that does must name
		// people or agencies rather than go on as a sentence ("Con
		// información de inteligencia, el gobierno detuvo ...").
		return !endsSentence(t) || namesOnly(rest)
	case strings.HasPrefix(rest, ":"):
		return words <= 12
	}
	return rest != "" && wordCount(rest) <= 4 && allCapitalized(strings.TrimRight(rest, ".)")) && !endsSentence(strings.TrimRight(rest, "."))
}

// allCapitalized reports whether every word of s starts with a capital or
// a digit.
func allCapitalized(s string) bool {
	for _, w := range strings.Fields(s) {
		r := firstRune(strings.TrimLeft(w, "(\"'«„“"))
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// agencyCredit reports a line that is only a picture credit ("Getty
// Images", "REUTERS/Jane Roe", "John Doe/AFP via Getty Images"): no final
// punctuation, an agency name, and a slash, "via" or names only.
func agencyCredit(t string) bool {
	if endsSentence(t) || !hasLetter(t) {
		return false
	}
	ag := mk.get("agency")
	words := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '/' || r == '|' || r == ',' })
	found, only := false, true
	for i := 0; i < len(words); {
		rest := strings.Join(words[i:], " ")
		if n := ag.prefix(rest); n > 0 {
			found = true
			i += wordCount(rest[:n])
			continue
		}
		only = false
		i++
	}
	if !found {
		return false
	}
	if only || strings.Contains(t, "/") || strings.Contains(t, "©") || strings.Contains(strings.ToLower(t), " via ") {
		return true
	}
	return len(words) <= 4 && allCapitalized(t)
}

// inlineList reports a label and its items on one line ("Tags: Japan,
// typhoon, aid", "Themen: Polen, Nato").
func inlineList(t string, words int) bool {
	n := mk.get("list").prefix(t)
	if n == 0 || words > 25 {
		return false
	}
	rest := strings.TrimLeft(t[n:], " ")
	return strings.HasPrefix(rest, ":") && !endsSentence(t)
}

// namesOnly reports whether most longer words of s are capitalized, as in
// a list of names or agencies.
func namesOnly(s string) bool {
	caps, long := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) < 4 {
			continue
		}
		long++
		if unicode.IsUpper(firstRune(w)) {
			caps++
		}
	}
	return long > 0 && caps*2 >= long
}

// cutCredit removes a wire credit run into the end of a paragraph ("...
// the ministry said. Reporting by Jane Doe; Editing by Tom Roe").
func (d *doc) cutCredit(t string) string {
	for _, b := range boundaries(t, max(1, len(t)-300), len(t)) {
		tail := t[b:]
		if endCredit(tail, wordCount(tail)) {
			d.drop(tail, "credit")
			return strings.TrimSpace(t[:b])
		}
	}
	return t
}

// linkLists drops blocks of headline links under a heading the marker
// lists do not know ("I più letti", "Weitere Meldungen"): a short heading
// without punctuation followed by at least two capitalized lines that read
// as headlines (three to twenty words, no final punctuation). A content
// list is introduced by a colon or a sentence, and its items rarely look
// like headlines.
func (d *doc) linkLists() {
	// Only between or after body paragraphs: before the body such lines are
	// the headline and its deck.
	start := len(d.lines)
	for i, l := range d.lines {
		if isSentence(l) && l.words >= 8 {
			start = i + 1
			break
		}
	}
	for i := start; i < len(d.lines); i++ {
		h := d.lines[i]
		if h.drop != "" || h.bullet || h.words > 4 || endsSentence(h.text) || strings.HasSuffix(h.text, ":") {
			continue
		}
		var run []int
		for j := i + 1; j < len(d.lines) && j <= i+40 && len(run) < 12; j++ {
			l := d.lines[j]
			if l.drop != "" {
				continue
			}
			if l.words < 3 || l.words > 20 || endsSentence(l.text) || strings.HasSuffix(l.text, ":") ||
				!unicode.IsUpper(firstRune(strings.TrimLeft(stripListMark(l.text), "\"'«„“"))) {
				break
			}
			run = append(run, j)
		}
		if len(run) < 2 {
			continue
		}
		h.drop = "related"
		for _, j := range run {
			d.lines[j].drop = "related"
		}
		i = run[len(run)-1]
	}
}

// closingList extends the body's last line over a list that ends the
// article: a kept line ending in a colon right after the last paragraph,
// and the short items under it.
func (d *doc) closingList(last int) int {
	j := last + 1
	for j < len(d.lines) && d.lines[j].drop != "" {
		switch l := d.lines[j]; {
		case l.end, l.drop == "bio", l.drop == "byline", l.drop == "copyright", l.drop == "tags", l.drop == "comments":
			return last
		}
		j++
	}
	if j >= len(d.lines) || d.lines[j].drop != "" || d.lines[j].words < 2 || !strings.HasSuffix(d.lines[j].text, ":") {
		return last
	}
	end, n, heads := j, 0, 0
	for k := j + 1; k < len(d.lines) && n < 15; k++ {
		l := d.lines[k]
		if l.drop != "" || l.words > 25 {
			break
		}
		end = k
		if l.words >= 2 { // a lone word is dropped as a label anyway
			n++
		}
		if headlineItem(l) {
			heads++
		}
	}
	// Under a short heading, items that all read as headlines are links to
	// other stories ("More from this issue:"), not the article's own list.
	if n == 0 || n >= 2 && heads == n && d.lines[j].words <= 6 {
		return last
	}
	return end
}

// headlineItem reports a list item shaped as another story's headline: four
// to sixteen words, capitalized, no final punctuation, and a capitalized
// word after the first (headlines name their places and people).
func headlineItem(l *line) bool {
	if l.bullet || l.words < 4 || l.words > 16 || endsSentence(l.text) || !unicode.IsUpper(firstRune(l.text)) {
		return false
	}
	for _, w := range strings.Fields(l.text)[1:] {
		if unicode.IsUpper(firstRune(w)) {
			return true
		}
	}
	return false
}

// bioShape recognizes an author bio that opens with the author's name:
// two or three capitalized words, a copula, and a newsroom occupation within
// the next few words ("Ana Ruiz is a senior reporter ...", "Max Muster ist
// Redakteur im Ressort Politik", "Jean Dupont est correspondant à ..."). The
// shape, not a name list, decides; a short line only.
func bioShape(t string, words int) bool { return bioWith(t, words, mk.get("occupation")) }

// bioWith is bioShape with its own list of occupations.
func bioWith(t string, words int, occ *phrases) bool {
	if words < 4 || words > 45 {
		return false
	}
	f := strings.Fields(t)
	for n := 2; n <= 3 && n < len(f); n++ {
		if !capitalizedName(f[:n]) {
			break
		}
		rest := strings.Join(f[n:], " ")
		if occ.prefix(rest) > 0 { // "Ana Ruiz covers the Baltics"
			return true
		}
		k := mk.get("copula").prefix(rest)
		for _, dash := range []string{"—", "–", "-"} { // "Иван Петров — корреспондент"
			if strings.HasPrefix(rest, dash+" ") {
				k = len(dash)
			}
		}
		if k == 0 {
			continue
		}
		after := strings.Fields(rest[k:])
		for i := 0; i < len(after) && i < 7; i++ {
			w := strings.TrimFunc(after[i], func(r rune) bool { return !unicode.IsLetter(r) })
			if occ.whole(w) || occ.whole(strings.TrimSuffix(w, "s")) {
				return true
			}
		}
	}
	return false
}

func capitalizedName(ws []string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") {
			return false
		}
	}
	return true
}

// hasWord reports whether lower-case s contains w as a whole word.
func hasWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if f == w {
			return true
		}
	}
	return false
}

// commentCounter reports a comment counter or prompt: a comments marker
// with a count before or after it, bare or in brackets ("37 comments",
// "Kommentare (12)", "Comentarios: 87", "(5) Réactions").
func commentCounter(t string) bool {
	t = strings.TrimFunc(t, func(r rune) bool {
		return unicode.IsDigit(r) || unicode.IsSpace(r) || strings.ContainsRune("()[]{},.:·|-–—", r)
	})
	return mk.get("comments").whole(t)
}

// adSlot reports the line a page leaves where an advertisement was cut
// out ("Article continues after the advertisement", "Weiter nach der
// Anzeige", "La suite après cette publicité", "Advertisement - Scroll to
// continue"): no final punctuation, a word for an advertisement and a word
// saying the story goes on. Either alone is not enough: "Werbung" may head a section.
func adSlot(t string) bool {
	if endsSentence(t) {
		return false
	}
	ad, cont := mk.get("ad"), mk.get("continue")
	hasAd, hasCont := false, false
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		hasAd = hasAd || ad.whole(w)
		hasCont = hasCont || cont.whole(w)
	}
	return hasAd && hasCont
}

// furnitureKinds are drop reasons of page furniture that sits around the
// headline and the byline block.
var furnitureKinds = map[string]bool{"date": true, "share": true, "navigation": true, "byline": true,
	"readtime": true, "label": true, "credit": true, "counter": true, "separator": true, "ad": true}

// furniture drops short lines that are furniture by their neighbours: an
// author's name without "By" beside the date line ("Jane Roe in Warsaw and
// agencies", "Nora Keller, Basel"), and a short widget label held between
// two furniture lines (a listen button between the date and the share
// bar). Both are told by shape and position, in any language.
func (d *doc) furniture() {
	near := func(i int) bool { return i >= 0 && i < len(d.lines) && furnitureKinds[d.lines[i].drop] }
	sentences := 0
	for i, l := range d.lines {
		if l.drop != "" {
			continue
		}
		if isSentence(l) {
			sentences++
		}
		if endsSentence(l.text) || strings.HasSuffix(l.text, ":") {
			continue
		}
		switch {
		// "Реклама" / "Продолжение ниже": an ad slot on two lines.
		case l.words <= 6 && (i > 0 && adLabel(d.lines[i-1]) && adSlot(d.lines[i-1].text+" "+l.text) ||
			i+1 < len(d.lines) && adLabel(d.lines[i+1]) && adSlot(l.text+" "+d.lines[i+1].text)):
			l.drop = "ad"
		case sentences <= 2 && l.words <= 8 && authorLine(l.text) &&
			(i > 0 && d.lines[i-1].drop == "date" || i+1 < len(d.lines) && d.lines[i+1].drop == "date"):
			l.drop = "byline"
		case l.words <= 5 && near(i-1) && near(i+1):
			l.drop = "label"
		}
	}
}

// authorLine reports a line that opens with a name: two capitalized words,
// the second not followed by a lower-case verb-like run longer than the
// name itself ("Ana Ruiz in Lima and agencies", "Jan Kowalski, Warszawa").
func authorLine(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || !capitalizedName([]string{f[0], strings.TrimSuffix(f[1], ",")}) {
		return false
	}
	lower := 0
	for _, w := range f[2:] {
		if unicode.IsLower(firstRune(w)) {
			lower++
		}
	}
	return lower <= 3 && !strings.ContainsAny(t, "0123456789")
}

// adLabel reports a line dropped as an advertisement label or slot.
func adLabel(l *line) bool {
	return (l.drop == "label" || l.drop == "ad") && l.words <= 6
}

// cutShareTail removes share buttons glued to the end of a paragraph, as
// live blogs print them under each entry ("... the minister said. Share
// this post").
func (d *doc) cutShareTail(t string) string {
	bs := boundaries(t, max(1, len(t)-80), len(t))
	if len(bs) == 0 {
		return t
	}
	b := bs[len(bs)-1]
	if tail := t[b:]; wordCount(tail) <= 8 && !endsSentence(tail) && allShare(tail) {
		d.drop(tail, "share")
		return strings.TrimSpace(t[:b])
	}
	return t
}

// cutAdSlot removes an ad slot run into the end of a paragraph ("...
// года. Реклама Продолжение ниже").
func (d *doc) cutAdSlot(t string) string {
	bs := boundaries(t, max(1, len(t)-120), len(t))
	if len(bs) == 0 {
		return t
	}
	b := bs[len(bs)-1]
	if tail := t[b:]; wordCount(tail) <= 8 && adSlot(tail) {
		d.drop(tail, "ad")
		return strings.TrimSpace(t[:b])
	}
	return t
}

// commentLead reports a comment counter that opens a line, run together
// with the comment policy or the next widget ("Comments (27) — Comments do
// not represent ...", "Réagir (8) | Imprimer"): the first piece is a
// counter with its number.
func commentLead(t string) bool {
	for _, sep := range []string{" — ", " – ", " - ", " | ", " · "} {
		head, _, ok := strings.Cut(t, sep)
		if ok && strings.ContainsAny(head, "0123456789") && commentCounter(head) {
			return true
		}
	}
	return false
}

// aboutLine reports a note on the author or the outlet under the story,
// opened by a short label and a colon ("About the author: ...", "À propos
// de l'auteure : ...", "L'auteur : ...", "About The Daily X: an
// independent daily ..."). The label words are the "about" markers; at
// most four words may follow them before the colon, and six or more after
// it.
func aboutLine(t string) bool {
	n := mk.get("about").prefix(t)
	if n == 0 {
		return false
	}
	head, note, ok := strings.Cut(t[n:], ":")
	// After the colon a note, not a byline's name ("Автор: Иван Петров").
	return ok && wordCount(head) <= 4 && !strings.ContainsAny(head, ".!?") && wordCount(note) >= 6
}

// numberedRe finds the numbers of a numbered list run into one line.
var numberedRe = regexp.MustCompile(`(?:^|\s)(\d{1,2})[.)]\s`)

// inlineLinks reports links to other stories run together on one line
// under a short label: "More columns: «A» · «B» · «C»", "Most read: 1. A
// 2. B 3. C". The items are parted by a separator or numbered in order
// from one, each at most sixteen words, none a sentence ending in a full
// stop, at least two of two words or more.
func inlineLinks(t string, words int) bool {
	label, rest, ok := strings.Cut(t, ":")
	if !ok || words > 60 || wordCount(label) == 0 || wordCount(label) > 4 {
		return false
	}
	rest = strings.TrimSpace(rest)
	var items []string
	if ms := numberedRe.FindAllStringSubmatchIndex(rest, -1); len(ms) >= 2 && ms[0][0] == 0 {
		for k, m := range ms {
			if atoi(rest[m[2]:m[3]]) != k+1 {
				break
			}
			end := len(rest)
			if k+1 < len(ms) {
				end = ms[k+1][0]
			}
			items = append(items, rest[m[1]:end])
		}
	} else {
		for _, sep := range []string{" · ", " • ", " | ", " ◦ "} {
			if strings.Contains(rest, sep) {
				items = strings.Split(rest, sep)
				break
			}
		}
	}
	if len(items) < 2 {
		return false
	}
	long := 0
	for _, it := range items {
		it = strings.TrimRightFunc(strings.TrimSpace(it), func(r rune) bool { return r == ' ' || isCloser(r) })
		n := wordCount(it)
		if n == 0 || n > 16 || strings.HasSuffix(it, ".") {
			return false
		}
		if n >= 2 {
			long++
		}
	}
	return long >= 2
}

// bracketLead returns the label in brackets that opens t ("[Photo] ...",
// "(Foto) ..."), or "".
func bracketLead(t string) string {
	for _, p := range []string{"[]", "()"} {
		if !strings.HasPrefix(t, p[:1]) {
			continue
		}
		if j := strings.Index(t, p[1:]); j > 1 && j < 30 && j+1 < len(t) {
			return t[1:j]
		}
	}
	return ""
}
