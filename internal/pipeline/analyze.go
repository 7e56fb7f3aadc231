// Package pipeline knows the order of chancery's stages. Analyze runs the
// per-article stages (clean, language, sentences, actors, events) as a pure
// function; Runner reads inputs, analyses them on several cores and stores
// them in batches, one write transaction per batch, linking each article to
// the database (entities, shared text, events) inside that transaction.
package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"chancery/internal/actor"
	"chancery/internal/clean"
	"chancery/internal/event"
	"chancery/internal/lang"
	"chancery/internal/lexicon"
	"chancery/internal/news"
	"chancery/internal/text"
)

// Hash returns the content hash of a raw document: the hex sha256 of what
// was read (the page for HTML, the text otherwise). Re-ingesting the same
// content finds the same hash and is a no-op.
func Hash(raw news.Raw) string {
	content := raw.Text
	if raw.HTML != "" {
		content = raw.HTML
	}
	h := sha256.New()
	h.Write([]byte(raw.URL))
	h.Write([]byte{0})
	h.Write([]byte(content))
	return hex.EncodeToString(h.Sum(nil))
}

// exonym gives a dateline place its English name ("Moskau", "Москва" →
// "Moscow"), the form events and the export use; unknown places stay as
// written.
func exonym(place string) string {
	if place == "" {
		return ""
	}
	lex, err := lexicon.ActorLexicon()
	if err != nil {
		return place
	}
	if name, _, ok := lex.Place(place); ok {
		return name
	}
	return place
}

// IDLen is the number of hex digits of the hash that make an article id.
const IDLen = 16

// Analyzer runs the per-article stages. The zero value is ready to use.
type Analyzer struct {
	Cleaner clean.Cleaner
	// Timings, when set, accumulates the time spent in each stage (for the
	// bench command). It is not safe for concurrent use.
	Timings map[string]time.Duration
}

// Stages names the per-article stages in order, as Timings reports them.
var Stages = []string{"clean", "lang", "sentences", "actors", "events"}

func (an *Analyzer) time(stage string, start time.Time) time.Time {
	now := time.Now()
	if an.Timings != nil {
		an.Timings[stage] += now.Sub(start)
	}
	return now
}

// Analyze cleans and analyses one raw document. It never fails: what a
// stage cannot do is a note on the article.
func (an *Analyzer) Analyze(raw news.Raw, now time.Time) *news.Article {
	t := time.Now()
	a := an.Cleaner.Clean(raw)
	t = an.time("clean", t)
	a.Hash = Hash(raw)
	a.ID = a.Hash[:IDLen]
	a.IngestedAt = now.UTC()
	if a.Lang == "" {
		a.Lang = lang.Detect(a.Title + "\n\n" + a.Body)
	}
	if a.Lang == "" {
		a.Notes = append(a.Notes, "language not detected")
	}
	a.Dateline = exonym(a.Dateline)
	t = an.time("lang", t)
	a.Analysis = &news.Analysis{
		Sentences: text.Split(a.Lang, a.Body),
		Countries: []string{},
		Entities:  []news.Entity{},
		Quotes:    []news.Quote{},
		Events:    []news.Event{},
	}
	t = an.time("sentences", t)
	actor.Find(a)
	t = an.time("actors", t)
	event.Extract(a)
	an.time("events", t)
	for i := range a.Analysis.Events {
		for j := range a.Analysis.Events[i].Mentions {
			m := &a.Analysis.Events[i].Mentions[j]
			m.Article = a.ID
			m.Lang = a.Lang
		}
	}
	return a
}
