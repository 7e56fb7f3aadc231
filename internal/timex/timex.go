// Package timex finds time expressions in sentences and resolves them
// against an article's reference time: explicit dates ("16 October 2023",
// "am 16.10.2023", "16 октября"), months ("in October 2023", "im Oktober"),
// weekdays ("on Wednesday", "el lunes", "во вторник") and relative words
// ("yesterday", "la semaine dernière", "в прошлом месяце").
//
// Time is always passed in: nothing here reads the clock. The words are
// data (lexicon.Dates); the code knows only how dates are put together.
package timex

import (
	"strconv"
	"strings"
	"time"

	"chancery/internal/lexicon"
	"chancery/internal/news"
	"chancery/internal/text"
)

// Precision is how much of a date is known.
type Precision int

const (
	None  Precision = iota // nothing known
	Year                   // YYYY
	Month                  // YYYY-MM
	Day                    // YYYY-MM-DD
)

// Ref is the reference time of an article: relative expressions resolve
// against it. Time is midnight UTC of its first known day. The zero Ref
// knows nothing: only dates with an explicit year resolve against it.
type Ref struct {
	Time      time.Time
	Precision Precision
}

// Exact reports whether the reference day is known, so that weekdays and
// day-relative words ("yesterday") can be resolved.
func (r Ref) Exact() bool { return r.Precision == Day }

// Format returns the value of t at precision p: "2023", "2023-11" or
// "2023-11-16" ("" for None).
func Format(t time.Time, p Precision) string {
	switch p {
	case Year:
		return t.Format("2006")
	case Month:
		return t.Format("2006-01")
	case Day:
		return t.Format("2006-01-02")
	}
	return ""
}

// ParseISO parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time of day after a
// "T" or a space is ignored) and returns the date at midnight UTC with its
// precision. Years outside 1000–2999 and impossible days are rejected.
func ParseISO(s string) (time.Time, Precision, bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "T "); i == 10 {
		s = s[:i]
	}
	num := func(s string) int {
		if len(s) == 0 {
			return -1
		}
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	switch {
	case len(s) == 4:
		if y := num(s); y >= 1000 && y <= 2999 {
			return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Year, true
		}
	case len(s) == 7 && s[4] == '-':
		if y, m := num(s[:4]), num(s[5:]); y >= 1000 && y <= 2999 && m >= 1 && m <= 12 {
			return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), Month, true
		}
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		if t, ok := date(num(s[:4]), num(s[5:7]), num(s[8:])); ok && t.Year() >= 1000 && t.Year() <= 2999 {
			return t, Day, true
		}
	}
	return time.Time{}, None, false
}

// date returns y-m-d at midnight UTC, if that day exists in a year
// 1000–2999.
func date(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2999 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// Reference picks the reference time of an article: its Published date
// when known to the day. When Published is only known to the month or
// year (or missing), the most plausible exact day within it: the latest
// date of an embedded post, else the latest full date written in the body
// (with its year); failing both, Published at its own precision.
func Reference(a *news.Article) Ref {
	if a == nil {
		return Ref{}
	}
	pt, pp, ok := ParseISO(a.Published)
	if ok && pp == Day {
		return Ref{Time: pt, Precision: Day}
	}
	within := func(t time.Time) bool {
		switch {
		case !ok:
			return true
		case pp == Year:
			return t.Year() == pt.Year()
		}
		return t.Year() == pt.Year() && t.Month() == pt.Month()
	}
	var best time.Time
	for _, e := range a.Embeds {
		if t, p, ok := ParseISO(e.Date); ok && p == Day && within(t) && t.After(best) {
			best = t
		}
	}
	if best.IsZero() {
		var sents []news.Sentence
		if a.Analysis != nil {
			sents = a.Analysis.Sentences
		}
		if len(sents) == 0 {
			sents = text.Split(a.Lang, a.Body)
		}
		f := finder{rules: lexicon.Dates(a.Lang)}
		for _, s := range sents {
			if s.Start < 0 || s.End > len(a.Body) || s.Start > s.End {
				continue
			}
			for _, m := range f.find(a.Body[s.Start:s.End]) {
				if t, p, ok := ParseISO(m.value); ok && p == Day && m.explicit && within(t) && t.After(best) {
					best = t
				}
			}
		}
	}
	if !best.IsZero() {
		return Ref{Time: best, Precision: Day}
	}
	if ok {
		return Ref{Time: pt, Precision: pp}
	}
	return Ref{}
}

// Find returns the time expressions of s (a sentence in language lang)
// resolved against ref, in order, with spans relative to s. Expressions
// that cannot be resolved at ref's precision are left out: a weekday or
// "yesterday" needs an exact reference day; "last month" a known month.
//
// Week-level expressions ("last week", "la semaine dernière") resolve to
// the month of the week's day seven days from the reference (YYYY-MM), as
// a week has no value of its own in YYYY[-MM[-DD]]. A weekday resolves to
// the latest such day on or before the reference day (an article of a
// Thursday saying "on Thursday" means that day), or, with a future cue
// near it ("will meet on Friday", "se reunirá el lunes"), the next one on
// or after; "last"/"next" words move it strictly before or after. A bare
// month ("in March") follows the tense around it the same way, and
// without a cue takes the nearest such month. A day and month without a
// year ("16 October", "el 16 de octubre") take the year that puts them
// nearest to the reference.
func Find(lang, s string, ref Ref) []news.DateRef {
	f := finder{rules: lexicon.Dates(lang), ref: ref}
	var out []news.DateRef
	for _, m := range f.find(s) {
		out = append(out, news.DateRef{Span: m.span, Text: s[m.span.Start:m.span.End], Value: m.value})
	}
	return out
}

// match is one resolved expression.
type match struct {
	span     news.Span
	value    string
	explicit bool // written with its year: independent of the reference
}

type finder struct {
	rules *lexicon.DateRules
	ref   Ref
	toks  []text.Token
}

func (f *finder) find(s string) []match {
	f.toks = text.Tokens(s, 0)
	var out []match
	for i := 0; i < len(f.toks); {
		m, end, ok := f.at(i)
		if !ok {
			i++
			continue
		}
		if m.value != "" {
			out = append(out, m)
		}
		i = end
	}
	return out
}

// at tries every pattern at token i; it returns the match (value "" for a
// recognized expression that does not resolve) and the index after it.
func (f *finder) at(i int) (match, int, bool) {
	if m, end, ok := f.numeric(i); ok {
		return m, end, true
	}
	if m, end, ok := f.dayFirst(i); ok {
		return m, end, true
	}
	if m, end, ok := f.monthFirst(i, f.hyphenMonth(i)); ok {
		return m, end, true
	}
	if m, end, ok := f.weekday(i); ok {
		return m, end, true
	}
	if m, end, ok := f.phrase(i); ok {
		return m, end, true
	}
	if m, end, ok := f.preposition(i); ok {
		return m, end, true
	}
	return match{}, 0, false
}

func (f *finder) span(i, end int) news.Span {
	return news.Span{Start: f.toks[i].Start, End: f.toks[end-1].End}
}

// adjacent reports whether token j follows token j-1 without space.
func (f *finder) adjacent(j int) bool {
	return j > 0 && j < len(f.toks) && f.toks[j].Start == f.toks[j-1].End
}

func (f *finder) punct(j int, p string) bool {
	return j < len(f.toks) && f.toks[j].Punct && f.toks[j].Text == p
}

// numeric matches dates written in digits: "2023-10-16", "2023-10",
// "16.10.2023", "16/10/2023" (day first unless the language writes the
// month first and the numbers allow it).
func (f *finder) numeric(i int) (match, int, bool) {
	t := f.toks[i].Text
	if f.toks[i].Punct || t[0] < '0' || t[0] > '9' {
		return match{}, 0, false
	}
	if tm, p, ok := ParseISO(t); ok && p >= Month && len(t) >= 7 {
		return match{span: f.span(i, i+1), value: Format(tm, p), explicit: true}, i + 1, true
	}
	if parts := strings.Split(t, "."); len(parts) == 3 && len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2 {
		d, _ := strconv.Atoi(parts[0])
		m, _ := strconv.Atoi(parts[1])
		y, _ := strconv.Atoi(parts[2])
		if tm, ok := date(y, m, d); ok {
			return match{span: f.span(i, i+1), value: Format(tm, Day), explicit: true}, i + 1, true
		}
	}
	// "am 16.10." (German): day and month with their dots, no year.
	if parts := strings.Split(t, "."); len(parts) == 2 && len(parts[0]) <= 2 && len(parts[1]) <= 2 && f.punct(i+1, ".") && f.adjacent(i+1) {
		d, m := atoi(parts[0], 2), atoi(parts[1], 2)
		if _, ok := date(2000, m, d); ok {
			return f.dayMonth(i, i+2, m, d), i + 2, true
		}
	}
	// 16/10/2023: five adjacent tokens.
	if i+4 < len(f.toks) && f.punct(i+1, "/") && f.punct(i+3, "/") && f.adjacent(i+1) && f.adjacent(i+2) && f.adjacent(i+3) && f.adjacent(i+4) {
		a, b, y := atoi(t, 2), atoi(f.toks[i+2].Text, 2), atoi(f.toks[i+4].Text, 4)
		if a > 0 && b > 0 && y >= 1000 {
			d, m := a, b
			if f.monthFirstNumbers() && a <= 12 || b > 12 {
				d, m = b, a
			}
			if tm, ok := date(y, m, d); ok {
				return match{span: f.span(i, i+5), value: Format(tm, Day), explicit: true}, i + 5, true
			}
		}
	}
	return match{}, 0, false
}

// monthFirstNumbers reports whether "10/16/2023" style is expected: the
// language capitalizes months and links with "of" — English. Kept as a
// property of the data rather than a language code.
func (f *finder) monthFirstNumbers() bool { return f.rules.Link["of"] && !f.rules.Link["de"] }

// atoi parses s as a number of at most max digits, or returns -1.
func atoi(s string, max int) int {
	if len(s) == 0 || len(s) > max {
		return -1
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// day reads a day of the month at token j: "16", "16th", "1er", "16-го",
// or the first of a range "16-17".
func (f *finder) day(j int) (int, bool) {
	if j >= len(f.toks) || f.toks[j].Punct {
		return 0, false
	}
	t := f.toks[j].Fold
	k := 0
	for k < len(t) && k < 3 && t[k] >= '0' && t[k] <= '9' {
		k++
	}
	if k == 0 || k > 2 {
		return 0, false
	}
	switch rest := t[k:]; rest {
	case "", "st", "nd", "rd", "th", "er", "re", "e", "eme", "-го", "-e", "-е", "º", "o":
	default:
		if rest[0] != '-' || atoi(rest[1:], 2) < 1 && !daySuffix[rest[1:]] { // "16-17", "4-én"
			return 0, false
		}
	}
	d, _ := strconv.Atoi(t[:k])
	return d, d >= 1 && d <= 31
}

// daySuffix are the case endings Hungarian writes after a day's number
// and a hyphen, folded: "november 4-én", "3-án", "1-jén", "5-i", "10-ig",
// "12-től".
var daySuffix = map[string]bool{"en": true, "an": true, "jen": true, "jan": true, "i": true, "ai": true, "ei": true,
	"jei": true, "jai": true, "ig": true, "aig": true, "eig": true, "jeig": true, "jaig": true, "tol": true, "atol": true,
	"etol": true, "jetol": true, "jatol": true, "ra": true, "re": true, "ara": true, "ere": true, "jere": true, "jara": true}

// year reads a year at token j (1000–2999 written with four digits) and
// returns the index after it and any year word ("2023 года", "2023 г.").
func (f *finder) year(j int) (int, int, bool) {
	if j >= len(f.toks) || f.toks[j].Punct {
		return 0, 0, false
	}
	y := atoi(f.toks[j].Text, 4)
	if len(f.toks[j].Text) != 4 || y < 1000 || y > 2999 {
		return 0, 0, false
	}
	end := j + 1
	if end < len(f.toks) && f.rules.YearWord[f.toks[end].Fold] {
		end++
		if f.punct(end, ".") && f.adjacent(end) && (f.toks[end-1].Fold == "г" || f.toks[end-1].Fold == "р") {
			end++
		}
	}
	return y, end, true
}

// month reads a month name at token j (with the dot of an abbreviation).
func (f *finder) month(j int) (int, int, bool) {
	if j >= len(f.toks) || f.toks[j].Punct {
		return 0, 0, false
	}
	m, ok := f.rules.Months[f.toks[j].Fold]
	if !ok && f.hyphenMonth(j) {
		k := strings.LastIndexByte(f.toks[j].Fold, '-')
		m, ok = f.rules.Months[f.toks[j].Fold[k+1:]]
	}
	if !ok {
		return 0, 0, false
	}
	end := j + 1
	// The dot of an abbreviation, when a day or year follows ("Oct. 16");
	// otherwise it may end the sentence ("in May.").
	if f.punct(end, ".") && f.adjacent(end) && end+1 < len(f.toks) {
		if c := f.toks[end+1].Text[0]; c >= '0' && c <= '9' {
			end++
		}
	}
	return m, end, true
}

// hyphenMonth reports whether token j is a month after a hyphenated
// preposition: "mid-November", "mi-octobre".
func (f *finder) hyphenMonth(j int) bool {
	w := f.toks[j].Fold
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || f.toks[j].Punct || !f.rules.InMonth[w[:k]] {
		return false
	}
	_, ok := f.rules.Months[w[k+1:]]
	return ok
}

func (f *finder) link(j int) bool {
	return j < len(f.toks) && !f.toks[j].Punct && f.rules.Link[f.toks[j].Fold]
}

// dayFirst matches "16 October 2023", "16. Oktober", "16 de octubre de
// 2023", "le 16 octobre", "16 октября 2023 года", "the 16th of October".
func (f *finder) dayFirst(i int) (match, int, bool) {
	d, ok := f.day(i)
	if !ok {
		return match{}, 0, false
	}
	j := i + 1
	if f.punct(j, ".") && f.adjacent(j) {
		j++
	}
	if f.link(j) {
		j++
	}
	m, j, ok := f.month(j)
	if !ok {
		return match{}, 0, false
	}
	end := j
	if f.punct(j, ",") {
		j++
	}
	if f.link(j) {
		j++
	}
	if y, yend, ok := f.year(j); ok {
		if t, ok := date(y, m, d); ok {
			return match{span: f.span(i, yend), value: Format(t, Day), explicit: true}, yend, true
		}
		return match{}, yend, true
	}
	return f.dayMonth(i, end, m, d), end, true
}

// dayMonth resolves a day and month written without a year to the year
// that puts it nearest to the reference.
func (f *finder) dayMonth(i, end, m, d int) match {
	mt := match{span: f.span(i, end)}
	y := f.ref.Time.Year()
	switch f.ref.Precision {
	case None:
		return mt
	case Year:
		if t, ok := date(y, m, d); ok {
			mt.value = Format(t, Day)
		}
		return mt
	}
	// "el pasado 24 de febrero", "last February 24": a day told as past is
	// the latest one not after the reference.
	past := i > 0 && f.rules.Last[f.toks[i-1].Fold] || i > 1 && f.rules.Last[f.toks[i-2].Fold]
	var best time.Time
	for _, cy := range []int{y, y - 1, y + 1} {
		t, ok := date(cy, m, d)
		if !ok || past && t.After(f.ref.Time) {
			continue
		}
		if best.IsZero() || distance(t, f.ref.Time) < distance(best, f.ref.Time) {
			best = t
		}
	}
	if !best.IsZero() {
		mt.value = Format(best, Day)
	}
	return mt
}

func distance(a, b time.Time) time.Duration {
	if a.After(b) {
		return a.Sub(b)
	}
	return b.Sub(a)
}

// monthFirst matches "October 16, 2023", "Oct. 16", "Nov 16, 2023",
// "October 2023", "octubre de 2023", "октябре 2023 года"; with bare set (a
// preposition came before) a lone month too: "in October", "im Oktober",
// resolved by the tense around it, else to the nearest such month.
func (f *finder) monthFirst(i int, bare bool) (match, int, bool) {
	m, j, ok := f.month(i)
	if !ok {
		return match{}, 0, false
	}
	if d, ok := f.day(j); ok && !f.adjacent(j) {
		k := j + 1
		end := k
		if f.punct(k, ",") {
			k++
		}
		if y, yend, ok := f.year(k); ok {
			if t, ok := date(y, m, d); ok {
				return match{span: f.span(i, yend), value: Format(t, Day), explicit: true}, yend, true
			}
			return match{}, yend, true
		}
		if _, _, isYear := f.year(j); !isYear {
			return f.dayMonth(i, end, m, d), end, true
		}
	}
	k := j
	if f.link(k) {
		k++
	}
	if y, yend, ok := f.year(k); ok {
		t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return match{span: f.span(i, yend), value: Format(t, Month), explicit: true}, yend, true
	}
	if !bare || f.rules.Capitalized && !f.capitalMonth(i) || len(f.toks[i].Fold) < 3 {
		return match{}, 0, false
	}
	mt := match{span: f.span(i, j)}
	if f.ref.Precision >= Month {
		// With a tense cue, the latest such month on or before the
		// reference's ("took effect in March") or the next on or after
		// ("will take effect in March"); without, the nearest (the past
		// one on a tie).
		y, rm := f.ref.Time.Year(), int(f.ref.Time.Month())
		switch tense := f.tense(i); {
		case tense > 0 && m < rm, tense == 0 && m-rm < -6:
			y++
		case tense < 0 && m > rm, tense == 0 && m-rm > 6:
			y--
		}
		mt.value = Format(time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), Month)
	}
	return mt, j, true
}

// capitalMonth reports whether the month at token i is capitalized (the
// part after the hyphen of "mid-November").
func (f *finder) capitalMonth(i int) bool {
	t := f.toks[i].Text
	if k := strings.LastIndexByte(t, '-'); k >= 0 {
		t = t[k+1:]
	}
	return t != "" && t[0] >= 'A' && t[0] <= 'Z' || f.toks[i].Upper
}

// preposition matches a bare month or year after a preposition: "in
// October", "en octobre", "в октябре", "in 2022", "im Jahr 2022".
func (f *finder) preposition(i int) (match, int, bool) {
	t := f.toks[i]
	if t.Punct {
		return match{}, 0, false
	}
	if f.rules.InMonth[t.Fold] {
		j := i + 1
		if f.link(j) {
			j++ // "a principios de octubre"
		}
		if m, end, ok := f.monthFirst(j, true); ok {
			return m, end, true
		}
	}
	if f.rules.InYear[t.Fold] {
		if y, end, ok := f.year(i + 1); ok {
			if _, _, isMonth := f.month(end); !isMonth && !f.punct(end, "-") {
				v := Format(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Year)
				return match{span: f.span(i+1, end), value: v, explicit: true}, end, true
			}
		}
	}
	return match{}, 0, false
}

// phrase matches the longest relative expression at i ("the day before
// yesterday", "на прошлой неделе").
func (f *finder) phrase(i int) (match, int, bool) {
	p, end := f.longest(i)
	if p == nil {
		return match{}, 0, false
	}
	mt := match{span: f.span(i, end)}
	r := f.ref
	switch p.Unit {
	case "day":
		if r.Precision == Day {
			mt.value = Format(r.Time.AddDate(0, 0, p.N), Day)
		}
	case "week":
		if r.Precision == Day {
			mt.value = Format(r.Time.AddDate(0, 0, 7*p.N), Month)
		}
	case "month":
		if r.Precision >= Month {
			mt.value = Format(time.Date(r.Time.Year(), r.Time.Month()+time.Month(p.N), 1, 0, 0, 0, 0, time.UTC), Month)
		}
	case "year":
		if r.Precision >= Year {
			mt.value = Format(time.Date(r.Time.Year()+p.N, 1, 1, 0, 0, 0, 0, time.UTC), Year)
		}
	}
	return mt, end, true
}

// longest walks the phrase trie from token i.
func (f *finder) longest(i int) (*lexicon.DatePhrase, int) {
	n := f.rules.Phrases
	var best *lexicon.DatePhrase
	end := 0
	for j := i; j < len(f.toks) && n != nil && n.Next != nil; j++ {
		n = n.Next[f.toks[j].Fold]
		if n != nil && n.Phrase != nil {
			best, end = n.Phrase, j+1
		}
	}
	return best, end
}
