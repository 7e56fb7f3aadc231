package event

import (
	"strings"
	"sync"

	"chancery/internal/lexicon"
)

// tables are one language's compiled pattern tables. They are built once per
// language from the embedded lexicon and never change afterwards.
type tables struct {
	events *matcher // PLOVER triggers and NONE masks
	words  *matcher // function-word classes ("@loc", "@with", ...)
	speech *matcher
	modes  *matcher
	errs   []string // data errors, reported as article notes
	// v2 marks a verb-second language (one with @bracket words): a
	// subject may follow the finite verb ("Dinsdag trekt België zich
	// terug").
	v2 bool
	// subjectComma marks a language that sets the subject opening a
	// sentence off from a long predicate with a comma (an
	// "@subjectcomma" line in events.txt).
	subjectComma bool
	// noArticles marks a language with no articles (Polish, Russian,
	// Ukrainian): a noun that opens a sentence is as definite as "the
	// talks".
	noArticles bool
}

// articleless are the languages with no articles.
var articleless = map[string]bool{"pl": true, "ru": true, "uk": true, "be": true, "cs": true, "sk": true, "sl": true, "hr": true, "sr": true, "lt": true, "lv": true, "et": true, "fi": true}

var tableCache sync.Map // lang → *tables

// tablesFor returns the compiled tables of lang. For a language without
// data (or "") it merges every language's tables: a trigger in any of them
// is better than none for an undetected or mixed text.
func tablesFor(lang string) *tables {
	if t, ok := tableCache.Load(lang); ok {
		return t.(*tables)
	}
	langs := []string{lang}
	if lang == "" || !hasData(lang) {
		langs = lexicon.Languages()
	}
	var ev, fn, sp, mo []lexicon.Rule
	t := &tables{noArticles: len(langs) == 1 && articleless[lang]}
	for _, l := range langs {
		rs, err := lexicon.EventRules(l)
		if err != nil {
			t.errs = append(t.errs, err.Error())
		}
		for _, r := range rs {
			if strings.HasPrefix(r.Class, "@") {
				fn = append(fn, r)
				if r.Class == "@bracket" && len(langs) == 1 {
					t.v2 = true
				}
				if r.Class == "@subjectcomma" && len(langs) == 1 {
					t.subjectComma = true
				}

			} else {
				ev = append(ev, r)
			}
		}
		rs, err = lexicon.SpeechRules(l)
		if err != nil {
			t.errs = append(t.errs, err.Error())
		}
		sp = append(sp, rs...)
		rs, err = lexicon.ModeRules(l)
		if err != nil {
			t.errs = append(t.errs, err.Error())
		}
		mo = append(mo, rs...)
	}
	t.events, t.words, t.speech, t.modes = newMatcher(ev), newMatcher(fn), newMatcher(sp), newMatcher(mo)
	v, _ := tableCache.LoadOrStore(lang, t)
	return v.(*tables)
}

func hasData(lang string) bool {
	for _, l := range lexicon.Languages() {
		if l == lang {
			rs, _ := lexicon.EventRules(l)
			return len(rs) > 0
		}
	}
	return false
}
