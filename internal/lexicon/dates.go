package lexicon

import (
	"strconv"
	"strings"
	"sync"
	"time"
)

// DateRules is what the date finder (internal/timex) knows about a
// language. Every key is folded (Fold) and without dots.
type DateRules struct {
	Months   map[string]int          // "october", "okt", "octubre", "октября" → 10
	Weekdays map[string]time.Weekday // "wednesday", "mittwoch", "среду" → time.Wednesday
	// Phrases is a trie of relative expressions over folded words
	// ("the day before yesterday", "на прошлой неделе").
	Phrases *PhraseNode
	// Last and Next are words that move a weekday to the previous or the
	// next week ("last Monday", "mardi dernier", "el próximo lunes").
	Last, Next map[string]bool
	// Future and Past are tense cues near a weekday; FutureSuffix and
	// PastSuffix the same as word endings ("reunirá", "agreed"). They keep
	// their accents (CueKey), since "-rá" is a tense and "-ra" is not.
	Future, Past             map[string]bool
	FutureSuffix, PastSuffix []string
	// InMonth and InYear are prepositions that make a bare month or year a
	// time expression ("in October", "in 2022").
	InMonth, InYear map[string]bool
	// Link joins day, month and year ("16 de octubre de 2023", "16th of").
	Link map[string]bool
	// YearWord follows a year ("2023 года", "2023 г.").
	YearWord map[string]bool
	// Capitalized is set for languages that write month names with a
	// capital ("May", "März"): a bare month must then be capitalized, so
	// that "may" and "march" stay verbs.
	Capitalized bool
}

// PhraseNode is a node of the relative-expression trie.
type PhraseNode struct {
	Next   map[string]*PhraseNode
	Phrase *DatePhrase // set when a phrase ends here
}

// DatePhrase is a relative expression: Unit is "day", "week", "month",
// "year", or "skip" for phrases that look like dates but are not ("por la
// mañana" is not "tomorrow"); N the offset in units from the reference.
type DatePhrase struct {
	Unit string
	N    int
}

var dateCache sync.Map // lang → *DateRules

// Dates returns the date words of lang (every language merged when lang
// is empty or has no data), from <lang>/date_months.txt,
// date_weekdays.txt and date_relative.txt.
func Dates(lang string) *DateRules {
	if r, ok := dateCache.Load(lang); ok {
		return r.(*DateRules)
	}
	r := &DateRules{
		Months: map[string]int{}, Weekdays: map[string]time.Weekday{}, Phrases: &PhraseNode{},
		Last: map[string]bool{}, Next: map[string]bool{}, Future: map[string]bool{}, Past: map[string]bool{},
		InMonth: map[string]bool{}, InYear: map[string]bool{}, Link: map[string]bool{}, YearWord: map[string]bool{},
	}
	langs := []string{lang}
	if !known(lang) {
		langs = Languages()
	}
	for _, l := range langs {
		loadDates(r, l)
	}
	v, _ := dateCache.LoadOrStore(lang, r)
	return v.(*DateRules)
}

// CueKey is the key of a tense cue: lower case with accents kept, but ё
// written е and typographic apostrophes made "'".
func CueKey(s string) string {
	return cueRepl.Replace(strings.ToLower(s))
}

var cueRepl = strings.NewReplacer("ё", "е", "’", "'")

func dateKey(s string) string { return strings.TrimSuffix(Fold(s), ".") }

func loadDates(r *DateRules, lang string) {
	// date_months.txt: "10 october oct", and "!capitalized" for languages
	// that capitalize month names. date_weekdays.txt: "3 wednesday" (1 = Monday, 7 = Sunday).
	lines, _ := Lines(lang + "/date_months.txt")
	for _, l := range lines {
		if l == "!capitalized" {
			r.Capitalized = true
			continue
		}
		f := strings.Fields(l)
		if n, err := strconv.Atoi(f[0]); err == nil && n >= 1 && n <= 12 {
			for _, w := range f[1:] {
				r.Months[dateKey(w)] = n
			}
		}
	}
	lines, _ = Lines(lang + "/date_weekdays.txt")
	for _, l := range lines {
		f := strings.Fields(l)
		if n, err := strconv.Atoi(f[0]); err == nil && n >= 1 && n <= 7 {
			for _, w := range f[1:] {
				r.Weekdays[dateKey(w)] = time.Weekday(n % 7)
			}
		}
	}
	lines, _ = Lines(lang + "/date_relative.txt")
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) < 2 {
			continue
		}
		kind, rest := f[0], f[1:]
		words := map[string]map[string]bool{
			"wlast": r.Last, "wnext": r.Next, "future": r.Future, "past": r.Past,
			"inmonth": r.InMonth, "inyear": r.InYear, "link": r.Link, "yearword": r.YearWord,
		}
		switch kind {
		case "day", "week", "month", "year":
			n, err := strconv.Atoi(strings.TrimPrefix(rest[0], "+"))
			if err != nil || len(rest) < 2 {
				continue
			}
			r.Phrases.add(rest[1:], &DatePhrase{Unit: kind, N: n})
		case "skip":
			r.Phrases.add(rest, &DatePhrase{Unit: "skip"})
		case "future-suffix":
			r.FutureSuffix = append(r.FutureSuffix, CueKey(rest[0]))
		case "past-suffix":
			r.PastSuffix = append(r.PastSuffix, CueKey(rest[0]))
		case "future", "past":
			for _, w := range rest {
				words[kind][CueKey(w)] = true
			}
		default:
			if m, ok := words[kind]; ok {
				for _, w := range rest {
					m[dateKey(w)] = true
				}
			}
		}
	}
}

func (n *PhraseNode) add(words []string, p *DatePhrase) {
	for _, w := range words {
		k := dateKey(w)
		if n.Next == nil {
			n.Next = map[string]*PhraseNode{}
		}
		c := n.Next[k]
		if c == nil {
			c = &PhraseNode{}
			n.Next[k] = c
		}
		n = c
	}
	if n.Phrase == nil {
		n.Phrase = p
	}
}
