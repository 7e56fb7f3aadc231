package clean

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	dps "github.com/markusmobius/go-dateparser"

	"chancery/internal/lexicon"
)

// date is a calendar date found in text; Year or Day may be 0 when the
// text does not give them.
type date struct {
	Year, Month, Day int
	Start, End       int // byte range of the match
	// order is how the text wrote day and month: 'd' day first ("5 March",
	// "16/04/2025"), 'm' month first ("March 5", "04/16/2025"), 0 when it
	// does not show (ISO dates, "March 2025", "05/03/2025").
	order byte
}

// value renders the date as YYYY, YYYY-MM or YYYY-MM-DD; "" without a year.
func (d date) value() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

var (
	isoRe = regexp.MustCompile(`\b((?:19|20)\d\d)[-/.](\d{1,2})(?:[-/.](\d{1,2})(?:T|\b)|\b)`)
	dmyRe = regexp.MustCompile(`\b(\d{1,2})([./-])(\d{1,2})[./-]((?:19|20)\d\d)\b`)
	// yearRe guards the go-dateparser fallback: without an explicit year a
	// string is relative or partial, and those resolve against the clock.
	yearRe = regexp.MustCompile(`\b(?:19|20)\d\d\b`)
)

// ParseDate reads one date written in any common format and supported
// language ("Published: 08:20, June 4, 2024", "3 de junio de 2024",
// "3 июня 2024 г.", "2024-06-03T10:00Z") and returns it as YYYY,
// YYYY-MM or YYYY-MM-DD. Relative dates ("yesterday") are refused: they
// need a reference time this function does not have.
func ParseDate(s string) (string, bool) { return parseDateOrder(s, false) }

// parseDateOrder is ParseDate with findDateOrder's reading of ambiguous
// numeric dates.
func parseDateOrder(s string, monthFirst bool) (string, bool) {
	if len(s) > 200 {
		s = s[:200]
		for len(s) > 0 && !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	if d, ok := findDateOrder(s, monthFirst); ok && d.Year != 0 {
		return d.value(), true
	}
	if !yearRe.MatchString(s) {
		return "", false
	}
	return parseFallback(s)
}

// fallbackTime is a fixed reference for go-dateparser: only dates with an
// explicit year reach it, so the reference never shows in a result.
var fallbackTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

func parseFallback(s string) (v string, ok bool) {
	defer func() {
		if recover() != nil { // a third-party parser must not take the pipeline down
			v, ok = "", false
		}
	}()
	cfg := &dps.Configuration{
		Languages:             []string{"en", "de", "es", "fr", "ru", "it", "pt", "nl", "pl", "uk", "tr", "hu"},
		CurrentTime:           fallbackTime,
		IgnoreSurroundingText: true,
		RequiredParts:         []string{"year"},
	}
	d, err := dps.Parse(cfg, s)
	if err != nil || d.IsZero() {
		return "", false
	}
	t := d.Time
	if t.Year() < 1900 || t.Year() > 2100 {
		return "", false
	}
	switch {
	case d.Period >= 6: // year
		return fmt.Sprintf("%04d", t.Year()), true
	case d.Period == 5: // month
		return fmt.Sprintf("%04d-%02d", t.Year(), int(t.Month())), true
	}
	return t.Format("2006-01-02"), true
}

// token is a word or number of a date search.
type token struct {
	text       string // lower case, without a final dot or ordinal suffix
	num        int    // value for numbers, -1 for words
	digits     int
	start, end int
	colon      bool // a ':' touches it (a time, not a day)
}

func tokenize(s string) []token {
	var out []token
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			j := i
			n, digits := 0, 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if digits < 6 {
					n = n*10 + int(s[j]-'0')
				}
				digits++
				j++
			}
			t := token{num: n, digits: digits, start: i}
			// ordinal suffixes: 1st, 2nd, 1er, 1º, 16-го
			k := j
			for k < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[k:])
				if !unicode.IsLetter(r2) && r2 != 'º' && r2 != 'ª' {
					break
				}
				k += w2
			}
			if suf := strings.ToLower(s[j:k]); k > j && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th" || suf == "er" || suf == "e" || suf == "º" || suf == "ª") {
				j = k
			}
			t.end = j
			t.colon = (i > 0 && s[i-1] == ':') || (j < len(s) && s[j] == ':')
			out = append(out, t)
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += w2
			}
			out = append(out, token{text: strings.ToLower(s[i:j]), num: -1, start: i, end: j})
			i = j
		default:
			i += w
		}
	}
	return out
}

// filler words may stand between the parts of a date.
var filler = map[string]bool{"de": true, "del": true, "of": true, "the": true, "le": true}

// gapOK reports whether only spaces and light punctuation lie between two
// tokens of one date.
func gapOK(s string, a, b token) bool {
	if b.start-a.end > 4 {
		return false
	}
	for _, r := range s[a.end:b.start] {
		if r != ' ' && r != ',' && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// findDate returns the first date in s: numeric forms, "21 September
// 2023", "16 de noviembre de 2023", "November 17, 2023", "November 2023",
// and, without a year, "16 Nov" or "Nov 16".
func findDate(s string) (date, bool) { return findDateOrder(s, false) }

// findDateOrder is findDate reading an ambiguous numeric date with slashes
// or hyphens ("03/05/2025") month first when monthFirst is set, as US
// English pages write them; day first otherwise, as nearly everyone else
// does. A date with a day over 12 shows its order and is read that way.
func findDateOrder(s string, monthFirst bool) (date, bool) {
	var best date
	found := false
	consider := func(d date) {
		if d.Month < 1 || d.Month > 12 || d.Day < 0 || d.Day > 31 {
			return
		}
		if !found || d.Start < best.Start || (d.Start == best.Start && d.End > best.End) {
			best, found = d, true
		}
	}
	if m := isoRe.FindStringSubmatchIndex(s); m != nil {
		d := date{Year: atoi(s[m[2]:m[3]]), Month: atoi(s[m[4]:m[5]]), Start: m[0], End: m[1]}
		if m[6] >= 0 {
			d.Day = atoi(s[m[6]:m[7]])
		}
		consider(d)
	}
	if m := dmyRe.FindStringSubmatchIndex(s); m != nil && s[m[4]] == s[m[7]] { // one separator: "05.03-2025" is no date
		a, b := atoi(s[m[2]:m[3]]), atoi(s[m[6]:m[7]])
		d := date{Year: atoi(s[m[8]:m[9]]), Day: a, Month: b, Start: m[0], End: m[1]}
		dot := s[m[4]] == '.' // only day-first orders write dots
		switch {
		case a > 12 && b <= 12:
			d.order = 'd'
		case b > 12 && a <= 12 && !dot:
			d.Day, d.Month, d.order = b, a, 'm'
		case monthFirst && !dot:
			d.Day, d.Month = b, a
		}
		consider(d)
	}
	toks := tokenize(s)
	month := func(t token) int {
		if t.num >= 0 {
			return 0
		}
		return mk.months[t.text]
	}
	next := func(i int) int { // skip filler words
		j := i + 1
		for j < len(toks) && toks[j].num < 0 && filler[toks[j].text] && gapOK(s, toks[j-1], toks[j]) {
			j++
		}
		return j
	}
	isDay := func(t token) bool { return t.num >= 1 && t.num <= 31 && t.digits <= 2 && !t.colon }
	isYear := func(t token) bool { return t.digits == 4 && t.num >= 1900 && t.num <= 2100 && !t.colon }
	for i, t := range toks {
		if found && t.start > best.Start {
			break
		}
		if isDay(t) { // 21 September 2023
			j := next(i)
			if j < len(toks) && month(toks[j]) > 0 && gapOK(s, toks[j-1], toks[j]) {
				d := date{Day: t.num, Month: month(toks[j]), Start: t.start, End: toks[j].end, order: 'd'}
				if k := next(j); k < len(toks) && isYear(toks[k]) && gapOK(s, toks[k-1], toks[k]) {
					d.Year, d.End = toks[k].num, toks[k].end
				}
				consider(d)
				continue
			}
		}
		if m := month(t); m > 0 {
			j := next(i)
			if j < len(toks) && isDay(toks[j]) && gapOK(s, toks[j-1], toks[j]) { // November 17, 2023
				d := date{Day: toks[j].num, Month: m, Start: t.start, End: toks[j].end, order: 'm'}
				if k := j + 1; k < len(toks) && isYear(toks[k]) && gapOK(s, toks[k-1], toks[k]) {
					d.Year, d.End = toks[k].num, toks[k].end
				}
				consider(d)
				continue
			}
			if j < len(toks) && isYear(toks[j]) && gapOK(s, toks[j-1], toks[j]) { // November 2023
				consider(date{Year: toks[j].num, Month: m, Start: t.start, End: toks[j].end})
			}
		}
	}
	return best, found
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
		if n > 1e6 {
			break
		}
	}
	return n
}

// inferYear finds the year of a day and month written without one, as in
// wire datelines ("QUITO, 12 jun (Agency).-", "OSLO, Nov 8 (Wire) -")
// when the page gives no other date. A news report names weekdays ("on
// Friday", "este jueves") for the day it is filed and the day before, so
// among the years from the latest one the text mentions to seven after it,
// the one whose calendar puts those weekdays on that day (two points a
// mention) or the day before (one point) wins, the earliest on a tie. It
// returns 0 without a year in the text or a weekday that fits.
func inferYear(body, lang string, month, day int) int {
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return 0
	}
	wd := lexicon.Dates(lang).Weekdays
	var count [7]int
	latest := 0
	for _, w := range strings.FieldsFunc(body, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) == 4 && w[0] >= '1' && w[0] <= '2' {
			if y := atoi(w); y >= 1900 && y <= 2100 && y > latest {
				latest = y
			}
			continue
		}
		if d, ok := wd[lexicon.Fold(w)]; ok {
			count[d]++
		}
	}
	if latest == 0 {
		return 0
	}
	best, bestScore := 0, 1
	for y := latest; y <= latest+7; y++ {
		t := time.Date(y, time.Month(month), day, 12, 0, 0, 0, time.UTC)
		if t.Day() != day { // 29 February in a common year
			continue
		}
		score := 2*count[t.Weekday()] + count[t.AddDate(0, 0, -1).Weekday()]
		if score > bestScore {
			best, bestScore = y, score
		}
	}
	return best
}
