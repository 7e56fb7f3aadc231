// Package clean turns a raw document into an article: it keeps the real
// paragraphs and drops web debris (navigation, share widgets, related
// links, credits, bios, comment counters), and reads the title, the
// publication date, the dateline and embedded social posts. It works on
// structure first (line length, punctuation, capitalization, repeats,
// position before or after the body) and on small per-language marker
// lists second (clean_markers.txt under internal/lexicon/data, shared and
// per language), so that it carries over to outlets and languages it has
// not seen.
package clean

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"chancery/internal/lang"
	"chancery/internal/news"
)

// Cleaner cleans raw documents. Its zero value is ready to use; it holds
// no state between calls and is safe for concurrent use.
type Cleaner struct {
	// MaxTitleWords is the longest line, in words, that may be taken as the
	// headline when the container gives none. Zero means 40.
	MaxTitleWords int
	// TweetWindow is how far, in bytes, before an embedded post's
	// attribution its text may start. Zero means 320 (a post's length plus
	// a link).
	TweetWindow int
}

func (c *Cleaner) maxTitleWords() int {
	if c == nil || c.MaxTitleWords <= 0 {
		return 40
	}
	return c.MaxTitleWords
}

func (c *Cleaner) tweetWindow() int {
	if c == nil || c.TweetWindow <= 0 {
		return 320
	}
	return c.TweetWindow
}

// line is one line of the input, the unit of the first pass.
type line struct {
	text   string
	bullet bool   // had a list bullet
	drop   string // reason it was removed; "" while kept
	end    bool   // end matter (wire credit, standards line): the story is over
	words  int
}

// doc is the state of one Clean call.
type doc struct {
	c     *Cleaner
	a     *news.Article
	lines []*line
	lang  string          // language of the longer lines, for function words
	fw    map[string]bool // capitalized sentence openers of lang
	// monthFirst reads ambiguous numeric dates ("03/05/2025") month first.
	monthFirst bool
	langLines  []*line // the lines lang was guessed from

	markerDate string // from a leading " date YYYY-MM[-DD] " marker
	dates      []dateHit
	first      int // index of the first body line, -1 if none
	tail       int // lines from here on follow the last long paragraph
	titleAt    int // index of the headline's line, -1 if none
	bodyAt     int // index of the first line that reads as a paragraph
	postEnd    int // end of the embedded post being cut
	dateline   dateline
}

// dateHit is a date line seen in the text.
type dateHit struct {
	value     string
	published bool // marked as the publication date
	updated   bool // marked as an update
	index     int  // line index
}

func (d *doc) drop(text, reason string) {
	if text == "" {
		return
	}
	d.a.Dropped = append(d.a.Dropped, news.Dropped{Text: text, Reason: reason})
}

// Clean turns a raw document into an article: SourceFile, Item, URL,
// Format, Charset, Outlet, Hash and ID from the container; Title,
// Published (YYYY, YYYY-MM or YYYY-MM-DD), Dateline (the first place of
// the dateline as written, title-cased), Body (kept paragraphs separated by
// "\n\n"), Dropped (each removed piece with its reason), Embeds and Notes.
// It never fails: what it cannot find is left empty with a note.
func (c *Cleaner) Clean(raw news.Raw) *news.Article {
	// Identity (Hash, ID) is the pipeline's to set, from the raw input.
	a := &news.Article{
		SourceFile: raw.SourceFile,
		Item:       raw.Item,
		URL:        strings.TrimSpace(raw.URL),
		Format:     raw.Format,
		Charset:    raw.Charset,
		Outlet:     outlet(raw),
	}
	d := &doc{c: c, a: a, titleAt: -1}
	d.split(normalize(raw.Text))
	d.leadingMarker()
	d.guessLang()
	d.dateOrder()
	d.posts()
	d.classify()
	d.pickTitle(raw.Title)
	d.repeats()
	d.zones()
	d.assemble()
	d.pickPublished(raw.Published)
	a.Lang = d.bodyLang(raw.Lang)
	if a.Outlet == "" {
		a.Outlet = d.mastheadOutlet()
	}
	if a.Title == "" {
		a.Notes = append(a.Notes, "clean: no headline found")
	}
	if a.Published == "" {
		a.Notes = append(a.Notes, "clean: no publication date found")
	}
	if strings.TrimSpace(a.Body) == "" {
		a.Notes = append(a.Notes, "clean: no body text kept")
	}
	return a
}

// outlet names the publisher: the container's site name, else the host of
// the URL.
func outlet(raw news.Raw) string {
	if s := strings.TrimSpace(raw.Site); s != "" {
		return s
	}
	u, err := url.Parse(strings.TrimSpace(raw.URL))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

var bulletRe = regexp.MustCompile(`^(?:[•·▪►◦●■▸‣∙]|\*)\s*`)

// split cuts the text into lines, joining hard-wrapped lines back into
// paragraphs: a long line without final punctuation followed, with no
// blank line, by one that starts in lower case.
func (d *doc) split(text string) {
	var prev *line
	blank := true
	for _, raw := range strings.Split(text, "\n") {
		t := squeeze(raw)
		if t == "" {
			blank = true
			continue
		}
		// (A menu of " | " items is no wrapped sentence, nor is the
		// date line under it: "… | Sociedade | Vídeos" over "quinta-feira,
		// 9 de outubro de 2025".)
		if prev != nil && !blank && !prev.bullet && len(prev.text) >= 50 && !endsSentence(prev.text) &&
			unicode.IsLower(firstRune(t)) && strings.Count(prev.text, " | ") < 2 {
			prev.text += " " + t
			prev.words = wordCount(prev.text)
			blank = false
			continue
		}
		l := &line{text: t}
		if m := bulletRe.FindString(t); m != "" && len(m) < len(t) {
			l.bullet = true
			l.text = strings.TrimSpace(t[len(m):])
		}
		l.words = wordCount(l.text)
		d.lines = append(d.lines, l)
		prev = l
		blank = false
	}
}

var markerRe = regexp.MustCompile(`^date ((?:19|20)\d\d-\d\d(?:-\d\d)?)\b\s*`)

// leadingMarker reads a " date YYYY-MM[-DD] " marker that some dumps put
// before the headline.
func (d *doc) leadingMarker() {
	if len(d.lines) == 0 {
		return
	}
	l := d.lines[0]
	m := markerRe.FindStringSubmatch(l.text)
	if m == nil {
		return
	}
	if v, ok := ParseDate(m[1]); ok {
		d.markerDate = v
	}
	l.text = strings.TrimSpace(l.text[len(m[0]):])
	l.words = wordCount(l.text)
	if l.text == "" {
		l.drop = "date"
		return
	}
	// The marker stands before the headline; a dump flattened to one line
	// runs the story on after it.
	if l.words > d.c.maxTitleWords() || l.words >= 12 && endsSentence(l.text) {
		if k := runInHeadline(l.text, mk.functionWords("")); k > 0 {
			rest := &line{text: strings.TrimSpace(l.text[k:])}
			rest.words = wordCount(rest.text)
			l.text = strings.TrimSpace(l.text[:k])
			l.words = wordCount(l.text)
			d.lines = append(d.lines[:1], append([]*line{rest}, d.lines[1:]...)...)
		}
	}
}

// runInHeadline finds where a headline written without final punctuation
// ends when the story follows it on the same line ("Norway sends coast
// guard ships north after incident Norway's navy confirmed on Friday
// ..."): within the first sentence, after three to twenty words, the first
// capitalized word that opens sentences, or, in languages that do not
// capitalize nouns, the first capitalized word after a longer lower-case
// word that does not join a phrase to a name ("to", "of", "after"). It
// returns the byte offset of the story's first word, or -1.
func runInHeadline(t string, fw map[string]bool) int {
	end := sentenceEnd(t, 0)
	ws := splitWords(t, 0, end)
	nouns := lang.Detect(t) == "de" // German capitalizes every noun
	for k := 3; k < len(ws)-6 && k <= 20; k++ {
		prev, cur := ws[k-1].text, ws[k].text
		last, _ := utf8.DecodeLastRuneInString(prev)
		if !unicode.IsUpper(firstRune(cur)) || !unicode.IsLetter(last) {
			continue
		}
		joins := mk.get("joiner").whole(prev) || unicode.IsLower(firstRune(prev)) && utf8.RuneCountInString(prev) < 4
		if fw[strings.TrimRight(cur, ",")] && !joins {
			return ws[k].start // "... talks in Lima The ministers ..."
		}
		if nouns || joins || !unicode.IsLower(firstRune(prev)) {
			continue
		}
		return ws[k].start
	}
	return -1
}

// posts moves embedded social posts out of the lines.
func (d *doc) posts() {
	for i, l := range d.lines {
		if l.drop != "" || !strings.Contains(l.text, "(@") {
			continue
		}
		var prev *string
		if i > 0 && d.lines[i-1].drop == "" {
			prev = &d.lines[i-1].text
		}
		l.text = d.cutPosts(l.text, prev)
		l.words = wordCount(l.text)
		if l.text == "" {
			l.drop = "embed"
		}
		if prev != nil && *prev == "" {
			d.lines[i-1].drop = "embed"
			d.lines[i-1].words = 0
		}
	}
}

// guessLang finds the language of the longer lines, to pick the function
// words that open sentences.
func (d *doc) guessLang() {
	var b strings.Builder
	for _, l := range d.lines {
		if l.drop == "" && l.words >= 12 {
			d.langLines = append(d.langLines, l)
			b.WriteString(l.text)
			b.WriteByte('\n')
			if b.Len() > 4000 {
				break
			}
		}
	}
	d.lang = lang.Detect(b.String())
	d.fw = mk.functionWords(d.lang)
}

// bodyLang is the article's language, read on the kept body (with the
// title when the body is short) rather than on the page, whose menus and
// banners may be in another language; then the language of the page's
// long lines; then the container's, when it names a supported language.
// The language stage need not read the text again.
func (d *doc) bodyLang(container string) string {
	// When every line the first guess read is body, reading the body again
	// would only repeat it (and the trigram model is the cleaner's dearest
	// step).
	// Most of it is enough: a headline or a glued credit cut from one of
	// those lines does not change the language of the rest.
	kept, all := 0, 0
	for _, l := range d.langLines {
		all += len(l.text)
		if l.drop == "" || l.drop == "title" {
			kept += len(l.text)
		}
	}
	if d.lang != "" && all > 0 && kept*10 >= all*9 {
		return d.lang
	}
	sample := d.a.Body
	if len(sample) < 400 {
		sample = d.a.Title + "\n\n" + sample
	}
	if l := lang.Detect(sample); l != "" {
		return l
	}
	if d.lang != "" {
		return d.lang
	}
	c := strings.ToLower(strings.TrimSpace(container))
	if i := strings.IndexAny(c, "-_"); i > 0 {
		c = c[:i] // "fr-FR", "pt_BR"
	}
	for _, s := range lang.Supported() {
		if s == c {
			return c
		}
	}
	return ""
}

// dateOrder decides how to read numeric dates whose order does not show:
// as the page writes its other dates ("March 5" or "04/16/2025" month
// first; "5 March" or "16.04.2025" day first), else month first in
// English, the US habit, and day first in every other language.
func (d *doc) dateOrder() {
	md, dm := 0, 0
	for i, l := range d.lines {
		if i >= 200 {
			break
		}
		if !strings.ContainsAny(l.text, "0123456789") {
			continue
		}
		if dt, ok := findDate(l.text); ok {
			switch dt.order {
			case 'm':
				md++
			case 'd':
				dm++
			}
		}
	}
	d.monthFirst = md > dm || (md == dm && d.lang == "en")
}

// isSentence reports whether a kept line reads as body text.
func isSentence(l *line) bool {
	if l.drop != "" {
		return false
	}
	return l.words >= 15 || (l.words >= 3 && endsSentence(l.text) && hasLower(l.text))
}
