package actor

import (
	"strconv"
	"strings"

	"chancery/internal/lexicon"
	"chancery/internal/news"
)

// maxCaptions bounds the photo captions read per article.
const maxCaptions = 8

// fromCaptions adds the persons a photo caption names in full with a role
// ("Trade Minister Nadia Fernandes during a visit to a port") when the
// body calls them by surname only ("Fernandes gave no figures"): a
// caption is no text to extract events from, but it introduces people the
// way a first sentence does. Nobody is taken from a caption alone, and a
// caption's unanchored names (photographers) never count.
func fromCaptions(lex *lexicon.Actors, a *news.Article, f *finder) {
	n := 0
	for _, d := range a.Dropped {
		if d.Reason != "caption" || n >= maxCaptions || len(d.Text) > 600 {
			continue
		}
		n++
		c := newFinder(lex, a.Lang, d.Text, []news.Sentence{{Span: news.Span{Start: 0, End: len(d.Text)}}})
		c.run()
		for _, e := range c.entities {
			if e.Kind != news.KindPerson || len(e.Roles) == 0 || !strings.Contains(e.Name, " ") {
				continue
			}
			f.surnameMentions(e)
		}
	}
}

// surnameMentions adds a person mention for each capitalized word of the
// body that is e's surname and not yet part of any mention.
func (f *finder) surnameMentions(e news.Entity) {
	parts := strings.Fields(e.Name)
	last := parts[len(parts)-1]
	if len([]rune(last)) < 3 {
		return
	}
	for _, p := range f.entities {
		if p.Kind == news.KindPerson && (p.Name == e.Name || strings.HasSuffix(p.Name, " "+last) || p.Name == last) {
			return // known already: the body's own mentions serve
		}
	}
	id := ""
	for k, w := range f.words {
		if w.Text != last || w.Case != lexicon.CaseTitle || f.covered(w.Start, w.End) {
			continue
		}
		if k+1 < len(f.words) && f.words[k+1].Glued && f.words[k+1].Key == "-" {
			continue // "Raghavan-led": part of a compound
		}
		if id == "" {
			id = "p" + strconv.Itoa(f.personCount()+1)
			f.entities = append(f.entities, news.Entity{ID: id, Kind: news.KindPerson, Name: e.Name,
				Aliases: []string{e.Name, last}, Country: e.Country, Roles: e.Roles})
			if e.Country != "" {
				f.statesOf[e.Country] = true
			}
		}
		f.mentions = append(f.mentions, news.ActorMention{Span: news.Span{Start: w.Start, End: w.End}, Text: w.Text,
			Kind: news.ActorPerson, Code: e.Country, Entity: id})
	}
}

// covered reports whether a mention already covers part of [start, end).
func (f *finder) covered(start, end int) bool {
	for _, m := range f.mentions {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}

// personCount is the number of person entities found so far.
func (f *finder) personCount() int {
	n := 0
	for _, e := range f.entities {
		if e.Kind == news.KindPerson {
			n++
		}
	}
	return n
}
