package timex

import (
	"strings"
	"time"

	"chancery/internal/lexicon"
)

// cueWindow is how many words around a weekday are searched for a tense cue.
const cueWindow = 8

// weekday matches a weekday with its modifiers: "on Wednesday", "last
// Monday", "mardi dernier", "el próximo lunes", "в прошлую среду", "Monday
// last week". A weekday followed by an explicit date ("Thursday, November
// 16") gives way to the date.
func (f *finder) weekday(i int) (match, int, bool) {
	t := f.toks[i]
	wd, ok := f.rules.Weekdays[t.Fold]
	if t.Punct || !ok {
		return match{}, 0, false
	}
	j := i + 1
	for j < len(f.toks) && (f.punct(j, ",") || f.link(j) || isArticle(f.toks[j].Fold)) && j < i+3 {
		j++
	}
	if _, _, ok := f.dayFirst(j); ok {
		return match{}, i + 1, true
	}
	if _, _, ok := f.monthFirst(j, false); ok {
		return match{}, i + 1, true
	}
	start, end := i, i+1
	dir := 0 // -1 strictly before, +1 strictly after
	if i > 0 && f.rules.Last[f.toks[i-1].Fold] {
		start, dir = i-1, -1
	} else if i > 0 && f.rules.Next[f.toks[i-1].Fold] {
		start, dir = i-1, 1
	}
	week, hasWeek := 0, false
	if p, pend := f.longest(end); p != nil && p.Unit == "week" {
		week, hasWeek, end = p.N, true, pend
	} else if end < len(f.toks) && f.rules.Last[f.toks[end].Fold] {
		dir, end = -1, end+1
	} else if end < len(f.toks) && f.rules.Next[f.toks[end].Fold] {
		dir, end = 1, end+1
	}
	// "na quarta-feira (5)": Brazilian papers give the day of the month
	// in parentheses; the weekday that has it near the reference is meant.
	if n, pend, ok := f.parenDay(end); ok && f.ref.Precision == Day {
		for back := 0; back <= 10; back++ {
			for _, d := range []time.Time{f.ref.Time.AddDate(0, 0, back), f.ref.Time.AddDate(0, 0, -back)} {
				if d.Day() == n && d.Weekday() == wd {
					return match{span: f.span(start, pend), value: Format(d, Day)}, pend, true
				}
			}
		}
	}
	mt := match{span: f.span(start, end)}
	if f.ref.Precision != Day {
		return mt, end, true
	}
	ref := f.ref.Time
	var d time.Time
	switch {
	case hasWeek:
		// The weekday of the week N weeks from the reference's (weeks start on Monday).
		monday := ref.AddDate(0, 0, -((int(ref.Weekday()) + 6) % 7))
		d = monday.AddDate(0, 0, 7*week+(int(wd)+6)%7)
	case dir < 0 || dir == 0 && f.tense(i) <= 0:
		back := (int(ref.Weekday()) - int(wd) + 7) % 7
		if back == 0 && dir < 0 {
			back = 7
		}
		d = ref.AddDate(0, 0, -back)
	default:
		ahead := (int(wd) - int(ref.Weekday()) + 7) % 7
		if ahead == 0 && dir > 0 {
			ahead = 7
		}
		d = ref.AddDate(0, 0, ahead)
	}
	mt.value = Format(d, Day)
	return mt, end, true
}

// parenDay reads a day of the month in parentheses at token j: "(5)".
func (f *finder) parenDay(j int) (day, end int, ok bool) {
	if j+2 >= len(f.toks) || !f.punct(j, "(") || !f.punct(j+2, ")") {
		return 0, 0, false
	}
	n := atoi(f.toks[j+1].Text, 2)
	if n < 1 || n > 31 {
		return 0, 0, false
	}
	return n, j + 3, true
}

// isArticle reports whether w is a short word that may stand between a
// weekday and its date ("jeudi le 16", "Donnerstag, den 16.").
func isArticle(w string) bool {
	switch w {
	case "the", "den", "der", "le", "el":
		return true
	}
	return false
}

// tense returns +1 when the expression at token w is in a future context,
// -1 in a past one, 0 when nothing tells: the nearest tense cue before it
// (within cueWindow words, or twice that within its clause) decides, or,
// with none before, the nearest after it.
func (f *finder) tense(w int) int {
	for k := w - 1; k >= 0 && k >= w-2*cueWindow; k-- {
		if c := f.cue(k); c != 0 {
			return c
		}
		if f.punct(k, ";") || f.punct(k, ":") {
			break
		}
		// Past the usual window, only within the clause: "were released
		// to consular staff at the port of Mombasa on Monday and are
		// expected to travel home" is told in the past.
		if k <= w-cueWindow && f.punct(k, ",") {
			break
		}
	}
	for k := w + 1; k < len(f.toks) && k <= w+cueWindow; k++ {
		if c := f.cue(k); c != 0 {
			return c
		}
		if f.punct(k, ";") {
			break
		}
	}
	return 0
}

// cue returns +1 for a future cue at token k, -1 for a past one, else 0.
func (f *finder) cue(k int) int {
	t := f.toks[k]
	if t.Punct {
		return 0
	}
	w := cueKey(t.Text)
	switch {
	case f.rules.Future[w]:
		return 1
	case f.rules.Past[w]:
		return -1
	}
	if t.Upper {
		return 0 // names and sentence starts: suffixes say nothing
	}
	n := len([]rune(w))
	for _, s := range f.rules.FutureSuffix {
		if strings.HasSuffix(w, s) && n >= len([]rune(s))+3 {
			return 1
		}
	}
	for _, s := range f.rules.PastSuffix {
		if strings.HasSuffix(w, s) && n >= len([]rune(s))+3 {
			return -1
		}
	}
	return 0
}

func cueKey(s string) string { return lexicon.CueKey(s) }
