// Package export writes a news.Store out as JSON Lines, in the shape of
// ../shared/eval/EXPORT.md, and as CSV. It streams: memory holds the set of
// entity ids, never the articles or events.
package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"chancery/internal/news"
)

// Article is an article line. Arrays are never null.
type Article struct {
	Kind           string       `json:"kind"`
	ID             string       `json:"id"`
	SourceFile     *string      `json:"source_file"`
	URL            *string      `json:"url"`
	Lang           string       `json:"lang"`
	Title          string       `json:"title"`
	Published      *string      `json:"published"`
	Body           string       `json:"body"`
	Countries      []string     `json:"countries"`
	Entities       []string     `json:"entities"`
	Quotes         []Quote      `json:"quotes"`
	SharesTextWith []string     `json:"shares_text_with"`
	Dateline       *string      `json:"dateline"`
	Outlet         *string      `json:"outlet"`
	Embeds         []news.Embed `json:"embeds"`
	DuplicateOf    *string      `json:"duplicate_of"`
}

// Quote is a quotation of an article line.
type Quote struct {
	Speaker *string `json:"speaker"`
	Text    string  `json:"text"`
}

// Entity is an entity line.
type Entity struct {
	Kind       string   `json:"kind"`
	ID         string   `json:"id"`
	EntityKind string   `json:"entity_kind"` // person or organization
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases"`
	Country    *string  `json:"country"`
	Roles      []string `json:"roles"`
	Code       *string  `json:"code"`
}

// Event is an event line.
type Event struct {
	Kind        string    `json:"kind"`
	ID          string    `json:"id"`
	Type        string    `json:"type"`
	Source      []string  `json:"source"`
	Target      []string  `json:"target"`
	Persons     []string  `json:"persons"`
	Date        *string   `json:"date"`
	Place       *string   `json:"place"`
	Mode        string    `json:"mode"`
	Mentions    []Mention `json:"mentions"`
	Articles    int       `json:"articles"`
	Outlets     int       `json:"outlets"`
	Languages   int       `json:"languages"`
	Independent bool      `json:"independent"`
}

// Mention is one report of an event line.
type Mention struct {
	Article string  `json:"article"`
	Text    string  `json:"text"`
	Lang    *string `json:"lang,omitempty"`
	Date    *string `json:"date,omitempty"`
	Place   *string `json:"place,omitempty"`
	Trigger *string `json:"trigger,omitempty"`
}

func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func orEmpty[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return v
}

// ids maps the entity ids an article or event names to live entity ids:
// known ids map to themselves, merged ids through the store's redirects,
// ids the store does not know (local ids of an unlinked article) to "".
type ids struct {
	ctx   context.Context
	st    news.Store
	known map[string]string
}

func (m *ids) get(id string) (string, error) {
	if id == "" {
		return "", nil
	}
	if g, ok := m.known[id]; ok {
		return g, nil
	}
	e, err := m.st.Entity(m.ctx, id)
	switch {
	case news.ErrorCode(err) == news.ENotFound:
		m.known[id] = ""
	case err != nil:
		return "", err
	default:
		m.known[id] = e.ID
	}
	return m.known[id], nil
}

// list maps ids and drops unknown ones and repeats, keeping order.
func (m *ids) list(in []string) ([]string, error) {
	out := []string{}
	seen := map[string]bool{}
	for _, id := range in {
		g, err := m.get(id)
		if err != nil {
			return nil, err
		}
		if g != "" && !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out, nil
}

// JSONL writes every entity, then every article, then every event of st to
// w, one JSON object per line.
func JSONL(ctx context.Context, st news.Store, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	m := &ids{ctx: ctx, st: st, known: map[string]string{}}
	err := st.EachEntity(ctx, func(e *news.Entity) error {
		m.known[e.ID] = e.ID
		return enc.Encode(entityLine(e))
	})
	if err != nil {
		return fmt.Errorf("export entities: %w", err)
	}
	err = st.EachArticle(ctx, func(a *news.Article) error {
		line, err := articleLine(a, m)
		if err != nil {
			return err
		}
		return enc.Encode(line)
	})
	if err != nil {
		return fmt.Errorf("export articles: %w", err)
	}
	err = st.EachEvent(ctx, func(e *news.Event) error {
		line, err := eventLine(e, m)
		if err != nil {
			return err
		}
		return enc.Encode(line)
	})
	if err != nil {
		return fmt.Errorf("export events: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// entityLine is the export line of an entity. Every line's "kind" is the
// line kind (EXPORT.md, and what the scorer dispatches on), so the entity's
// own kind, person or organization, goes in "entity_kind".
func entityLine(e *news.Entity) Entity {
	return Entity{
		Kind:       "entity",
		ID:         e.ID,
		EntityKind: e.Kind,
		Name:       e.Name,
		Aliases:    orEmpty(e.Aliases),
		Country:    orNull(e.Country),
		Roles:      orEmpty(e.Roles),
		Code:       orNull(e.Code),
	}
}

// articleLine is the export line of an article; m maps entity ids to live
// ones.
func articleLine(a *news.Article, m *ids) (Article, error) {
	line := Article{
		Kind:           "article",
		ID:             a.ID,
		SourceFile:     orNull(a.SourceFile),
		URL:            orNull(a.URL),
		Lang:           a.Lang,
		Title:          a.Title,
		Published:      orNull(a.Published),
		Body:           a.Body,
		Countries:      []string{},
		Entities:       []string{},
		Quotes:         []Quote{},
		SharesTextWith: orEmpty(a.SharesTextWith),
		Dateline:       orNull(a.Dateline),
		Outlet:         orNull(a.Outlet),
		Embeds:         orEmpty(a.Embeds),
		DuplicateOf:    orNull(a.DuplicateOf),
	}
	an := a.Analysis
	if an == nil {
		return line, nil
	}
	line.Countries = orEmpty(an.Countries)
	var ents []string
	for _, e := range an.Entities {
		if e.Kind == news.KindPerson || e.Kind == news.KindOrganization || e.Kind == "" {
			ents = append(ents, e.ID)
		}
	}
	var err error
	if line.Entities, err = m.list(ents); err != nil {
		return line, err
	}
	for _, q := range an.Quotes {
		sp, err := m.get(q.Speaker)
		if err != nil {
			return line, err
		}
		line.Quotes = append(line.Quotes, Quote{Speaker: orNull(sp), Text: q.Text})
	}
	return line, nil
}

// eventLine is the export line of an event.
func eventLine(e *news.Event, m *ids) (Event, error) {
	persons, err := m.list(e.Persons)
	if err != nil {
		return Event{}, err
	}
	line := Event{
		Kind:        "event",
		ID:          e.ID,
		Type:        e.Type,
		Source:      orEmpty(e.Source),
		Target:      orEmpty(e.Target),
		Persons:     persons,
		Date:        orNull(e.Date),
		Place:       orNull(e.Place),
		Mode:        e.Mode,
		Mentions:    make([]Mention, 0, len(e.Mentions)),
		Articles:    e.Articles,
		Outlets:     e.Outlets,
		Languages:   e.Languages,
		Independent: e.Independent,
	}
	for _, mn := range e.Mentions {
		line.Mentions = append(line.Mentions, Mention{Article: mn.Article, Text: mn.Text,
			Lang: orNull(mn.Lang), Date: orNull(mn.Date), Place: orNull(mn.Place), Trigger: orNull(mn.Trigger)})
	}
	return line, nil
}

// CSV writes one row per event (what = "events") or per article (what =
// "articles") with a header row. Lists are joined with ";".
func CSV(ctx context.Context, st news.Store, w io.Writer, what string) error {
	cw := csv.NewWriter(w)
	m := &ids{ctx: ctx, st: st, known: map[string]string{}}
	join := func(v []string) string { return strings.Join(v, ";") }
	var err error
	switch what {
	case "events", "event":
		if err := cw.Write([]string{"id", "type", "source", "target", "persons", "date", "place", "mode",
			"articles", "outlets", "languages", "independent", "mentions", "article_ids", "text"}); err != nil {
			return fmt.Errorf("export csv: %w", err)
		}
		err = st.EachEvent(ctx, func(e *news.Event) error {
			persons, err := m.list(e.Persons)
			if err != nil {
				return err
			}
			var arts []string
			seen := map[string]bool{}
			text := ""
			for _, mn := range e.Mentions {
				if text == "" {
					text = mn.Text
				}
				if mn.Article != "" && !seen[mn.Article] {
					seen[mn.Article] = true
					arts = append(arts, mn.Article)
				}
			}
			return cw.Write([]string{e.ID, e.Type, join(e.Source), join(e.Target), join(persons), e.Date, e.Place,
				e.Mode, strconv.Itoa(e.Articles), strconv.Itoa(e.Outlets), strconv.Itoa(e.Languages),
				strconv.FormatBool(e.Independent), strconv.Itoa(len(e.Mentions)), join(arts), text})
		})
	case "articles", "article":
		if err := cw.Write([]string{"id", "source_file", "url", "lang", "title", "published", "outlet", "dateline",
			"countries", "entities", "quotes", "shares_text_with", "duplicate_of"}); err != nil {
			return fmt.Errorf("export csv: %w", err)
		}
		err = st.EachArticle(ctx, func(a *news.Article) error {
			line, err := articleLine(a, m)
			if err != nil {
				return err
			}
			return cw.Write([]string{a.ID, a.SourceFile, a.URL, a.Lang, a.Title, a.Published, a.Outlet, a.Dateline,
				join(line.Countries), join(line.Entities), strconv.Itoa(len(line.Quotes)),
				join(line.SharesTextWith), a.DuplicateOf})
		})
	default:
		return news.Errorf(news.EInvalid, "export csv: unknown table %q (want events or articles)", what)
	}
	if err != nil {
		return fmt.Errorf("export csv %s: %w", what, err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export csv %s: %w", what, err)
	}
	return nil
}
