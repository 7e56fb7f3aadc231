package event

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chancery/internal/lexicon"
	"chancery/internal/news"
)

// genderCues are one language's words that tell a person's grammatical
// gender (internal/lexicon/data/<lang>/gender.txt): pronouns, titles,
// articles before a role, endings of role words and of past-tense verbs.
// They let "she said" pass over the man named last.
type genderCues struct {
	pron    map[string]byte // subject pronouns: he, sie, она
	other   map[string]byte // other pronoun forms: him, her, ihr, её
	title   map[string]byte
	det     map[string]byte
	role    []suffix // endings of a role's first word: Minister-in, ministr-a
	verb    []suffix // endings of a past-tense speech verb: сказал-а, powiedział-a
	hasData bool
}

type suffix struct {
	end string
	g   byte
}

var genderCache sync.Map // lang → *genderCues

// cuesFor returns the gender cues of lang, loaded once; none for a
// language without the file.
func cuesFor(lang string) *genderCues {
	if c, ok := genderCache.Load(lang); ok {
		return c.(*genderCues)
	}
	c := &genderCues{pron: map[string]byte{}, other: map[string]byte{}, title: map[string]byte{}, det: map[string]byte{}}
	if lang != "" {
		lines, _ := lexicon.Lines(lang + "/gender.txt")
		for _, l := range lines {
			f := strings.Fields(l)
			if len(f) < 3 || (f[1] != "m" && f[1] != "f") {
				continue
			}
			g := f[1][0]
			for _, w := range strings.Split(strings.Join(f[2:], " "), "|") {
				w = lexicon.Fold(strings.TrimSpace(w))
				if w == "" {
					continue
				}
				c.hasData = true
				switch f[0] {
				case "pron":
					c.pron[w] = g
				case "other":
					c.other[w] = g
				case "title":
					c.title[strings.TrimSuffix(w, ".")] = g
				case "det":
					c.det[w] = g
				case "role":
					c.role = append(c.role, suffix{w, g})
				case "verb":
					c.verb = append(c.verb, suffix{w, g})
				}
			}
		}
	}
	v, _ := genderCache.LoadOrStore(lang, c)
	return v.(*genderCues)
}

// ending returns the gender of the longest suffix of w in ss, or 0.
func ending(ss []suffix, w string) byte {
	var g byte
	best := 0
	for _, s := range ss {
		if len(s.end) > best && len(w) > len(s.end)+1 && strings.HasSuffix(w, s.end) {
			g, best = s.g, len(s.end)
		}
	}
	return g
}

// pronGender returns the gender of a pronoun token, 0 when it is none.
func (c *genderCues) pronGender(w string) byte {
	if g := c.pron[w]; g != 0 {
		return g
	}
	return c.other[w]
}

// verbGender returns the gender a speech verb's ending shows, or 0.
func (c *genderCues) verbGender(st *sent, m match) byte {
	if len(c.verb) == 0 {
		return 0
	}
	for _, k := range m.idx {
		if g := ending(c.verb, st.toks[k].fold); g != 0 {
			return g
		}
	}
	return 0
}

// genders reads, for each person of the article, the gender the text
// shows: a title before the name (Mrs, Frau), a role word before it
// (Außenministerin, la canciller), the speech verb after it (Захарова
// заявила), or the pronoun of a sentence naming no one else ("Sowa said
// she …"). Votes decide; unknown persons stay out of the map.
func (x *article) genders(qc *quoting) map[string]byte {
	c := cuesFor(x.a.Lang)
	out := map[string]byte{}
	if !c.hasData {
		return out
	}
	votes := map[string]int{} // > 0 feminine
	vote := func(id string, g byte) {
		switch g {
		case 'f':
			votes[id]++
		case 'm':
			votes[id]--
		}
	}
	lex, _ := lexicon.ActorLexicon()
	for _, st := range x.sents {
		var only string
		many := false
		for _, sd := range st.sides {
			if sd.m.Kind != news.ActorPerson || sd.m.Entity == "" || qc.in(sd.m.Start) {
				continue
			}
			id := sd.m.Entity
			if only != "" && only != id {
				many = true
			}
			only = id
			if sd.pos > 0 {
				vote(id, c.title[st.toks[sd.pos-1].fold])
				if sd.pos > 1 && st.toks[sd.pos-1].fold == "." {
					vote(id, c.title[st.toks[sd.pos-2].fold])
				}
			}
			if lex != nil {
				vote(id, x.roleGender(lex, c, st, sd.pos))
			}
			for _, m := range st.speech {
				if m.first() == sd.end || m.last()+1 == sd.pos {
					vote(id, c.verbGender(st, m))
				}
			}
			if len(c.verb) > 0 && sd.end < len(st.toks) {
				// "Сорокин встретил", "Sowa przyjęła": a past-tense verb
				// right after the name agrees with it.
				if tk := st.toks[sd.end]; !tk.punct && len(tk.fold) >= 6 && lowerAt(x.a.Body, tk.start) {
					vote(id, ending(c.verb, tk.fold))
				}
			}
		}
		if only == "" || many {
			continue
		}
		// One person in the sentence: a pronoun after the name is theirs.
		for _, tk := range st.toks {
			if tk.punct || qc.in(tk.start) || tk.start < x.firstMention(st, only) {
				continue
			}
			if g := c.pronGender(tk.fold); g != 0 {
				vote(only, g)
				break
			}
		}
	}
	for id, v := range votes {
		switch {
		case v > 0:
			out[id] = 'f'
		case v < 0:
			out[id] = 'm'
		}
	}
	return out
}

// firstMention returns the body offset of the first mention of entity id
// in st.
func (x *article) firstMention(st *sent, id string) int {
	for _, sd := range st.sides {
		if sd.m.Entity == id {
			return sd.m.Start
		}
	}
	return st.s.End
}

// roleGender reads the gender of a role phrase standing right before the
// name at token pos ("Außenministerin Mara Lindgren", "la canciller, Ana
// Quintana"): the ending of its first word, else the article before it.
func (x *article) roleGender(lex *lexicon.Actors, c *genderCues, st *sent, pos int) byte {
	for i := max(0, pos-6); i < pos; i++ {
		r, end := x.roleAt(lex, st, i)
		if r == "" || end > pos {
			continue
		}
		// Only a comma, a state or a short linking word ("of", "de") may
		// stand between the role and the name.
		ok := pos-end <= 4
		for k := end; k < pos && ok; k++ {
			tk := st.toks[k]
			switch {
			case tk.punct:
				ok = tk.fold == ","
			case x.inActor(st, k):
			default:
				ok = utf8.RuneCountInString(tk.fold) <= 3 && lowerAt(x.a.Body, tk.start)
			}
		}
		if !ok {
			continue
		}
		return c.roleWordGender(st, i)
	}
	return 0
}

// inActor reports whether token k lies in a state, demonym or
// organization mention of st.
func (x *article) inActor(st *sent, k int) bool {
	for _, sd := range st.sides {
		if k >= sd.pos && k < sd.end && sd.m.Kind != news.ActorPerson {
			return true
		}
	}
	return false
}

// roleWordGender reads the gender of the role phrase starting at token i
// from the ending of its first word, else from the article before it.
func (c *genderCues) roleWordGender(st *sent, i int) byte {
	if i < 0 || i >= len(st.toks) {
		return 0
	}
	if g := ending(c.role, st.toks[i].fold); g != 0 {
		return g
	}
	if i > 0 {
		return c.det[st.toks[i-1].fold]
	}
	return 0
}

// lowerAt reports whether the word at body offset i starts lower-case.
func lowerAt(body string, i int) bool {
	r, _ := utf8.DecodeRuneInString(body[i:])
	return unicode.IsLower(r)
}

// fits reports whether a person may be the referent of a pronoun or verb
// of gender g.
func (qc *quoting) fits(id string, g byte) bool {
	if g == 0 || qc == nil {
		return true
	}
	h := qc.gender[id]
	return h == 0 || h == g
}
