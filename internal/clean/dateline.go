package clean

import (
	"regexp"
	"strings"
	"unicode"

	"chancery/internal/lexicon"
)

// placeWord is one word of a dateline place: capitalized, or a particle of
// a compound name ("Rio de Janeiro").
const placeWord = `\p{Lu}[\p{L}'’.\-]*`
const place = placeWord + `(?:[ \-](?:` + placeWord + `|de|del|la|el|di|da|do|am|an|sur|upon|on))?` + `(?:[ \-](?:` + placeWord + `|de|del|la|el|di|da|do))?` + `(?:[ ](?:` + placeWord + `))?`

// datelineRe matches the dateline that opens a wire story: place(s), an
// optional date, an optional agency in brackets and a dash or colon
// ("LIMA/MADRID -", "OSLO, Nov 8 (Reuters) -", "Lisbon, 14 May 2024
// (PNA):", "Moscú, 16 nov (EFE).-", "МОСКВА, 16 ноября. /ТАСС/.",
// "ТБИЛИСИ, 22 мая."). A bare full stop ends one only after a place in
// capitals and a date with a month.
var datelineRe = regexp.MustCompile(`^(` + place + `(?:\s*/\s*` + place + `)*)` +
	`(?:,\s*([^,()\-–—:/]{1,30}?))?` +
	`\s*(?:\(([^()]{1,40})\))?` +
	`\s*(?:\.?\s*(?:[-–—]+|:)|\.\s*/[^/]{1,25}/\.?|(\.))\s+`)

// datelineDashRe is datelineRe without the bare full stop, for a date
// whose own dot the lazy match took for the end ("Berlin, 12. März 2025 –").
var datelineDashRe = regexp.MustCompile(`^(` + place + `(?:\s*/\s*` + place + `)*)` +
	`(?:,\s*([^,()\-–—:/]{1,30}?))?` +
	`\s*(?:\(([^()]{1,40})\))?` +
	`\s*(?:\.?\s*(?:[-–—]+|:)|\.\s*/[^/]{1,25}/\.?)\s+`)

// agencyTailRe matches an agency name closing a dateline after its dash
// ("МОСКВА, 16 ноя — РИА Новости. ...").
var agencyTailRe = regexp.MustCompile(`^(?:\p{Lu}[\p{L}\-]*\.?\s?){1,3}\.\s+`)

type dateline struct {
	place string
	date  date
	cut   int // bytes of the paragraph taken by the dateline
}

// findDateline reads the dateline at the start of paragraph p.
func findDateline(p string) (dateline, bool) {
	if dl, ok := matchDateline(p, datelineRe.FindStringSubmatchIndex(p)); ok {
		return dl, true
	}
	return matchDateline(p, datelineDashRe.FindStringSubmatchIndex(p))
}

// matchDateline checks a dateline match m of paragraph p.
func matchDateline(p string, m []int) (dateline, bool) {
	if m == nil {
		return dateline{}, false
	}
	for len(m) < 10 {
		m = append(m, -1) // datelineDashRe has no full-stop group
	}
	places := p[m[2]:m[3]]
	var dt string
	if m[4] >= 0 {
		dt = strings.TrimSpace(p[m[4]:m[5]])
	}
	agency := ""
	if m[6] >= 0 {
		agency = strings.TrimSpace(p[m[6]:m[7]])
	}
	hasDigit := strings.ContainsAny(dt, "0123456789")
	if dt != "" && !hasDigit && agency == "" {
		return dateline{}, false
	}
	if agency != "" && wordCount(agency) > 4 {
		return dateline{}, false
	}
	caps := !hasLower(places)
	// "Bratislava. Die Slowakei will …": German papers open with the city
	// and a full stop; a known city alone before the stop is the dateline.
	cityStop := m[8] >= 0 && dt == "" && agency == "" && !strings.Contains(places, " ") && knownCity(places)
	if !caps && !hasDigit && agency == "" && !cityStop && !(m[8] < 0 && dashed(p[m[3]:m[1]]) && knownCity(places)) {
		// "Brussels — European Union ministers …" stands as a dateline
		// only when its place is a city the lexicon knows: "Update —"
		// and "Analysis –" are not.
		return dateline{}, false
	}
	first := strings.TrimSpace(strings.SplitN(places, "/", 2)[0])
	if len([]rune(first)) < 2 || !hasLetter(first) {
		return dateline{}, false
	}
	if mk.get("kicker").whole(first) {
		return dateline{}, false
	}
	rest := p[m[1]:]
	r := firstRune(rest)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || isCloser(r) || r == '«' || r == '„' || r == '“') {
		return dateline{}, false
	}
	dl := dateline{place: titleCase(strings.Trim(first, ".-' ")), cut: m[1]}
	if dt != "" {
		if d, ok := findDate(dt); ok {
			dl.date = d
		}
	}
	if m[8] >= 0 && !cityStop && (!caps || agency != "" || dl.date.Month == 0 || dl.date.Day == 0) {
		return dateline{}, false
	}
	// An agency named after the dash ("— РИА Новости.") goes with the dateline.
	if agency == "" {
		if a := agencyTailRe.FindString(rest); a != "" && len(a) <= 40 && !hasLowerStart(a) {
			dl.cut += len(a)
		}
	}
	return dl, true
}

// hasLowerStart reports whether any word of s starts with a lower-case letter.
func hasLowerStart(s string) bool {
	for _, w := range strings.Fields(s) {
		if unicode.IsLower(firstRune(w)) {
			return true
		}
	}
	return false
}

// dashed reports whether a dateline's tail is a dash (not a colon).
func dashed(tail string) bool {
	return strings.ContainsAny(tail, "-–—") && !strings.Contains(tail, ":")
}

// knownCity reports whether a place is one city or capital of the
// lexicon (not a state: "Russia — the country …" opens a sentence).
func knownCity(place string) bool {
	if strings.Contains(place, "/") {
		return false
	}
	lex, err := lexicon.ActorLexicon()
	if err != nil {
		return false
	}
	for _, e := range lex.Lookup(strings.TrimSpace(place)) {
		if e.Kind == lexicon.KindCapital || e.Kind == lexicon.KindPlace {
			return true
		}
	}
	return false
}
