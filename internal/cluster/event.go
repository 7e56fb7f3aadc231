package cluster

import (
	"net/url"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"chancery/internal/news"
)

// maxCodes bounds the codes per side used for keys, so that a summit with
// forty delegations does not write forty squared keys.
const maxCodes = 8

// sidePairs returns the side part of an event's keys: for symmetric types
// every unordered pair of the codes on either side ("RUS+VEN"), or the
// lone code; otherwise every source>target pair, "-" standing for an
// empty side. Events that SameEvent may join always share one.
func sidePairs(ev *news.Event) []string {
	var out []string
	if news.Symmetric(ev.Type) {
		codes := sideSet(ev)
		if len(codes) > maxCodes {
			codes = codes[:maxCodes]
		}
		switch len(codes) {
		case 0:
			return []string{"-"}
		case 1:
			return []string{codes[0]}
		}
		for i := range codes {
			for j := i + 1; j < len(codes); j++ {
				out = append(out, codes[i]+"+"+codes[j])
			}
		}
		return out
	}
	src, tgt := uniq(ev.Source), uniq(ev.Target)
	if len(src) == 0 {
		src = []string{"-"}
	}
	if len(tgt) == 0 {
		tgt = []string{"-"}
	}
	for _, s := range src[:min(len(src), maxCodes)] {
		for _, t := range tgt[:min(len(tgt), maxCodes)] {
			out = append(out, s+">"+t)
		}
	}
	// A one-sided report ("the EU imposed sanctions") may join a
	// two-sided one of the same day (see sidesCompatible): a two-sided
	// event is also filed under, and probes, each side alone.
	if src[0] != "-" && tgt[0] != "-" {
		for _, s := range src[:min(len(src), maxCodes)] {
			out = append(out, s+">-")
		}
		for _, t := range tgt[:min(len(tgt), maxCodes)] {
			out = append(out, "->"+t)
		}
	}
	return out
}

// sideSet is the sorted set of codes on either side.
func sideSet(ev *news.Event) []string {
	return uniq(append(append([]string(nil), ev.Source...), ev.Target...))
}

func uniq(codes []string) []string {
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// date is a parsed YYYY[-MM[-DD]]; prec is 0 (none), 1 (year), 2 (month)
// or 3 (day).
type date struct {
	t    time.Time
	prec int
}

func parseDate(s string) date {
	for _, f := range []struct {
		layout string
		prec   int
	}{{"2006-01-02", 3}, {"2006-01", 2}, {"2006", 1}} {
		if len(s) == len(f.layout) {
			if t, err := time.Parse(f.layout, s); err == nil {
				return date{t, f.prec}
			}
		}
	}
	return date{}
}

// dateBuckets returns the date part of an event's keys. A dated event is
// filed under its month ("m2023-11"; a day within one day of a month's end
// also under the neighbour month, since reports may differ by a day) and
// under its year ("Y2023"), which only year-only events probe. A
// year-only event is filed under "y2023", which dated events probe. An
// undated event is filed under "?".
func dateBuckets(d date, probe bool) []string {
	switch d.prec {
	case 3:
		out := []string{"m" + d.t.Format("2006-01")}
		if prev := d.t.AddDate(0, 0, -1); prev.Month() != d.t.Month() {
			out = append(out, "m"+prev.Format("2006-01"))
		}
		if next := d.t.AddDate(0, 0, 1); next.Month() != d.t.Month() {
			out = append(out, "m"+next.Format("2006-01"))
		}
		if probe {
			return append(out, "y"+d.t.Format("2006"))
		}
		return append(out, "Y"+d.t.Format("2006"))
	case 2:
		if probe {
			return []string{"m" + d.t.Format("2006-01"), "y" + d.t.Format("2006")}
		}
		return []string{"m" + d.t.Format("2006-01"), "Y" + d.t.Format("2006")}
	case 1:
		if probe {
			return []string{"Y" + d.t.Format("2006"), "y" + d.t.Format("2006")}
		}
		return []string{"y" + d.t.Format("2006")}
	}
	return []string{"?"}
}

// EventKeys returns the index keys of an event: type, sides and date
// bucket, e.g. "CONSULT|RUS+VEN|m2023-11". See ProbeKeys for lookup.
func EventKeys(ev *news.Event) []string {
	return eventKeys(ev, parseDate(ev.Date), false)
}

// ProbeKeys returns the keys under which the events that SameEvent may
// join with ev are filed. An undated event probes "?" only; the linker
// decides whether to look it up at all (see internal/link).
func ProbeKeys(ev *news.Event) []string {
	return eventKeys(ev, parseDate(ev.Date), true)
}

// WindowKeys returns probe keys for an undated event reported by an
// article published on pub (YYYY-MM-DD): the months of the days from
// pub-back to pub.
func WindowKeys(ev *news.Event, pub string, back int) []string {
	d := parseDate(pub)
	if d.prec != 3 || ev == nil {
		return nil
	}
	seen := map[string]bool{}
	var buckets []string
	for i := 0; i <= back; i++ {
		m := "m" + d.t.AddDate(0, 0, -i).Format("2006-01")
		if !seen[m] {
			seen[m] = true
			buckets = append(buckets, m)
		}
	}
	return join(ev, buckets)
}

func eventKeys(ev *news.Event, d date, probe bool) []string {
	if ev == nil {
		return nil
	}
	return join(ev, dateBuckets(d, probe))
}

func join(ev *news.Event, buckets []string) []string {
	var out []string
	mode := ev.Mode
	if mode != "" {
		mode = "/" + mode
	}
	for _, p := range sidePairs(ev) {
		for _, b := range buckets {
			out = append(out, ev.Type+mode+"|"+p+"|"+b)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// DatesCompatible reports whether two reported dates may be the same day:
// either unknown; two days at most one day apart (time zones, and reports
// that date an evening meeting by the next morning); or the coarser a
// prefix of the finer ("2023-11" ~ "2023-11-16", "2023" ~ "2023-11").
func DatesCompatible(a, b string) bool {
	da, db := parseDate(a), parseDate(b)
	if da.prec == 0 || db.prec == 0 {
		return true
	}
	if da.prec == 3 && db.prec == 3 {
		diff := da.t.Sub(db.t)
		return diff <= 24*time.Hour && diff >= -24*time.Hour
	}
	p := min(da.prec, db.prec)
	layout := [...]string{"", "2006", "2006-01", "2006-01-02"}[p]
	return da.t.Format(layout) == db.t.Format(layout)
}

// Days returns the number of days between two day-precision dates, and
// false when either is not a day.
func Days(a, b string) (int, bool) {
	da, db := parseDate(a), parseDate(b)
	if da.prec != 3 || db.prec != 3 {
		return 0, false
	}
	return int(da.t.Sub(db.t).Hours() / 24), true
}

// SameEvent reports whether a and b are reports of one event:
//   - same type and mode;
//   - same sides: for symmetric types (CONSULT, AGREE, COOPERATE) the codes
//     of either side as one set, equal, or one a subset of the other of at
//     least two codes (a report naming three of four delegations); for the
//     others the sources intersect and the targets intersect, an empty
//     side matching an empty side, or, when both are dated the same day,
//     a named one (a one-sided report of a two-sided event);
//   - dates compatible (DatesCompatible);
//   - places equal (case and accents folded) or one unknown, except that
//     two reports dated the same day, or a day apart and naming a person
//     in common, may disagree on the place, since a dateline city is
//     easily mistaken for the meeting's;
//   - persons: when both name two or more persons, they share one. Two
//     disjoint lists of the same day and sides are two meetings; lists
//     that share one person are taken as one, since a second person told
//     apart by a failed name match or a wrongly attached spokesman is
//     more common than two meetings of one minister with the same state
//     on one day.
func SameEvent(a, b *news.Event) bool {
	if a == nil || b == nil || a.Type != b.Type || a.Mode != b.Mode {
		return false
	}
	if !sidesCompatible(a, b) {
		return false
	}
	if !DatesCompatible(a.Date, b.Date) {
		return false
	}
	if d, ok := Days(a.Date, b.Date); ok && d != 0 && news.Symmetric(a.Type) && !slices.Equal(sideSet(a), sideSet(b)) {
		// A meeting a day apart with other partners is another meeting
		// (an envoy in Muscat on Tuesday and in Cairo on Wednesday).
		return false
	}
	if a.Place != "" && b.Place != "" && foldPlace(a.Place) != foldPlace(b.Place) {
		d, ok := Days(a.Date, b.Date)
		if !ok || d > 1 || d < -1 || (d != 0 && !SharePerson(a, b)) {
			return false
		}
	}
	return personsCompatible(a.Persons, b.Persons)
}

func sidesCompatible(a, b *news.Event) bool {
	if news.Symmetric(a.Type) {
		sa, sb := sideSet(a), sideSet(b)
		if slices.Equal(sa, sb) {
			return true
		}
		if len(sa) > len(sb) {
			sa, sb = sb, sa
		}
		return len(sa) >= 2 && subset(sa, sb)
	}
	as, bs, at, bt := uniq(a.Source), uniq(b.Source), uniq(a.Target), uniq(b.Target)
	if sideMatch(as, bs) && sideMatch(at, bt) {
		return true
	}
	// One report names one side only, the other both, on the same day:
	// the named sides must agree, and neither report may be one-sided on
	// both sides.
	if d, ok := Days(a.Date, b.Date); !ok || d != 0 {
		return false
	}
	if (len(as) == 0 && len(at) == 0) || (len(bs) == 0 && len(bt) == 0) {
		return false
	}
	oneSided := func(x, y []string) bool { return len(x) == 0 || len(y) == 0 }
	return (oneSided(as, bs) || sideMatch(as, bs)) && (oneSided(at, bt) || sideMatch(at, bt)) &&
		!(oneSided(as, bs) && oneSided(at, bt))
}

// OneSided reports whether a non-symmetric event names only one side.
func OneSided(ev *news.Event) bool {
	return !news.Symmetric(ev.Type) && (len(uniq(ev.Source)) == 0) != (len(uniq(ev.Target)) == 0)
}

func sideMatch(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func subset(small, big []string) bool {
	for _, x := range small {
		if !slices.Contains(big, x) {
			return false
		}
	}
	return true
}

func personsCompatible(a, b []string) bool {
	a, b = uniq(a), uniq(b)
	if len(a) < 2 || len(b) < 2 {
		return true
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

func foldPlace(s string) string {
	return strings.Join(Words(s), " ")
}

// Score orders the events SameEvent accepts for a new report: an equal
// day first, then shared persons, an equal place, fewer unknowns.
func Score(a, b *news.Event) float64 {
	s := 0.0
	if d, ok := Days(a.Date, b.Date); ok {
		if d == 0 {
			s += 4
		} else {
			s += 2
		}
	} else if a.Date != "" && b.Date != "" {
		s += 1
	}
	pa := uniq(a.Persons)
	for _, p := range uniq(b.Persons) {
		if slices.Contains(pa, p) {
			s += 1
		}
	}
	if a.Place != "" && foldPlace(a.Place) == foldPlace(b.Place) {
		s += 1
	}
	if slices.Equal(sideSet(a), sideSet(b)) {
		s += 0.5
	}
	return s
}

// MergeEvent adds src's reports to dst: mentions (each article sentence
// once), persons, the codes of both sides; the date becomes the sharpest
// one reported (a report that only says "in November" joins the meeting
// of 16 November, which keeps its day), the most often reported one
// among equally sharp dates, the earliest on a tie; the place likewise.
// Counts are recomputed (Independent is the linker's: it needs the store).
func MergeEvent(dst, src *news.Event) {
	if dst == nil || src == nil {
		return
	}
	type mk struct {
		article string
		start   int
		text    string
	}
	seen := map[mk]bool{}
	for _, m := range dst.Mentions {
		seen[mk{m.Article, m.Start, m.Text}] = true
	}
	for _, m := range src.Mentions {
		if m.Date == "" {
			m.Date = src.Date
		}
		if m.Place == "" {
			m.Place = src.Place
		}
		k := mk{m.Article, m.Start, m.Text}
		if !seen[k] {
			seen[k] = true
			dst.Mentions = append(dst.Mentions, m)
		}
	}
	dst.Persons = union(dst.Persons, src.Persons)
	if news.Symmetric(dst.Type) {
		// Keep the split the first report made, and add the codes that
		// are new to either side to the target.
		have := sideSet(dst)
		for _, c := range sideSet(src) {
			if !slices.Contains(have, c) {
				dst.Target = append(dst.Target, c)
			}
		}
	} else {
		dst.Source = union(dst.Source, src.Source)
		dst.Target = union(dst.Target, src.Target)
	}
	dst.Date = pickDate(dst.Date, src.Date, dst.Mentions)
	dst.Place = pickPlace(dst.Place, src.Place, dst.Mentions)
	Count(dst)
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, x := range b {
		if x != "" && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func pickDate(cur, other string, ms []news.Mention) string {
	votes := map[string]int{}
	best := 0
	for _, d := range append([]string{cur, other}, mentionDates(ms)...) {
		p := parseDate(d).prec
		if p == 0 {
			continue
		}
		if p > best {
			best = p
		}
	}
	if best == 0 {
		return cur
	}
	for _, m := range ms {
		if parseDate(m.Date).prec == best {
			votes[m.Date]++
		}
	}
	for _, d := range []string{cur, other} {
		if parseDate(d).prec == best && votes[d] == 0 {
			votes[d] = 1
		}
	}
	pick := ""
	for d, n := range votes {
		if pick == "" || n > votes[pick] || (n == votes[pick] && d < pick) {
			pick = d
		}
	}
	return pick
}

func mentionDates(ms []news.Mention) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.Date)
	}
	return out
}

func pickPlace(cur, other string, ms []news.Mention) string {
	votes := map[string]int{}
	first := map[string]string{} // folded → first spelling
	var order []string
	add := func(p string, vote int) {
		if p == "" {
			return
		}
		f := foldPlace(p)
		if _, ok := first[f]; !ok {
			first[f] = p
			order = append(order, f)
		}
		votes[f] += vote
	}
	// The current place comes first, to win a tie, but votes only
	// through the mentions that gave it: counted twice, the first
	// report's place would beat a second place that two reports agree on.
	add(cur, 0)
	for _, m := range ms {
		add(m.Place, 1)
	}
	if len(order) == 0 {
		return other
	}
	pick := order[0]
	for _, f := range order[1:] {
		if votes[f] > votes[pick] {
			pick = f
		}
	}
	return first[pick]
}

// Count recomputes Articles, Outlets and Languages from the mentions.
// A mention's outlet is Mention.Outlet, set by the linker from the
// article (see Outlet); a mention without one counts as its own outlet.
func Count(ev *news.Event) {
	arts, outs, langs := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, m := range ev.Mentions {
		arts[m.Article] = true
		if m.Outlet != "" {
			outs[m.Outlet] = true
		} else {
			outs["article:"+m.Article] = true
		}
		if m.Lang != "" {
			langs[m.Lang] = true
		}
	}
	ev.Articles, ev.Outlets, ev.Languages = len(arts), len(outs), len(langs)
}

// Outlet names the publisher of an article for counting: its Outlet when
// known, else the host of its URL (without "www."), else the folder its
// source file was found in.
func Outlet(a *news.Article) string {
	if a == nil {
		return ""
	}
	if o := strings.TrimSpace(a.Outlet); o != "" {
		return strings.ToLower(o)
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	if a.SourceFile != "" {
		dir := filepath.Dir(filepath.ToSlash(a.SourceFile))
		if dir != "." && dir != "/" {
			return "dir:" + path.Clean(dir)
		}
	}
	return ""
}

// PubKeys returns keys that file an undated event by the publication day
// of the article that reported it ("p2026-05-18"), or, with probe, the
// keys of the days from pub-back to pub+1, under which the undated events
// of other reports published in that window are filed. Two undated
// reports of one reply, published days apart, find each other so; the
// linker asks for more evidence than for a dated event (a shared person).
func PubKeys(ev *news.Event, pub string, back int, probe bool) []string {
	d := parseDate(pub)
	if d.prec != 3 || ev == nil || ev.Date != "" {
		return nil
	}
	if !probe {
		return join(ev, []string{"p" + d.t.Format("2006-01-02")})
	}
	return PubDayKeys(ev, pub, -back, 1)
}

// PubDayKeys returns the keys of the undated events of ev's type and
// sides filed under the publication days from day+lo to day+hi: a dated
// report of 16 November probes with (0, 7) the undated reports published
// in the week after it.
func PubDayKeys(ev *news.Event, day string, lo, hi int) []string {
	d := parseDate(day)
	if d.prec != 3 || ev == nil {
		return nil
	}
	var buckets []string
	for i := lo; i <= hi; i++ {
		buckets = append(buckets, "p"+d.t.AddDate(0, 0, i).Format("2006-01-02"))
	}
	return join(ev, buckets)
}

// SharePerson reports whether two events name at least one person in
// common.
func SharePerson(a, b *news.Event) bool {
	pa := uniq(a.Persons)
	for _, p := range uniq(b.Persons) {
		if slices.Contains(pa, p) {
			return true
		}
	}
	return false
}
