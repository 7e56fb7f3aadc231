package web

import (
	"cmp"
	"context"
	"net/url"
	"slices"

	"chancery/internal/news"
)

// Bounds on the work behind one page: charts and partner rankings read at
// most this many events, an event page loads at most this many articles.
const (
	maxScanEvents    = 5000
	maxEventArticles = 100
	maxEntityQuotes  = 50 // newest first
	listPage         = 50 // events listed under a chart
)

// allEvents pages through f up to maxScanEvents. truncated reports whether
// there were more.
func (s *Server) allEvents(ctx context.Context, f news.EventFilter) (evs []*news.Event, total int, err error) {
	f.Offset, f.Limit = 0, maxLimit
	f.NoMentions = true // charts and rankings need the events, not their reports
	for {
		page, n, err := s.st.Events(ctx, f)
		if err != nil {
			return nil, 0, err
		}
		total = n
		evs = append(evs, page...)
		if len(page) == 0 || len(evs) >= n || len(evs) >= maxScanEvents {
			return evs, total, nil
		}
		f.Offset += len(page)
	}
}

// actorRef is an actor code with its display name.
type actorRef struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func actorRefs(codes []string) []actorRef {
	out := make([]actorRef, 0, len(codes))
	for _, c := range codes {
		out = append(out, actorRef{Code: c, Name: countryName(c)})
	}
	return out
}

// entityRef is an entity id with its name ("" when the entity is gone).
type entityRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// names looks up entity names; ids the store does not know keep their id.
func (s *Server) names(ctx context.Context, ids []string) ([]entityRef, error) {
	out := make([]entityRef, 0, len(ids))
	for _, id := range ids {
		e, err := s.st.Entity(ctx, id)
		switch {
		case err == nil && e != nil:
			out = append(out, entityRef{ID: e.ID, Name: e.Name})
		case err == nil || news.ErrorCode(err) == news.ENotFound:
			out = append(out, entityRef{ID: id, Name: id})
		default:
			return nil, err
		}
	}
	return out, nil
}

// eventDetail is an event with every report of it.
type eventDetail struct {
	Event      *news.Event
	Source     []actorRef
	Target     []actorRef
	Persons    []entityRef
	Groups     []mentionGroup
	Syndicated int // articles sharing text with another report of this event
	Missing    int // mentions of articles not loaded (over the cap)
}

// mentionGroup is the mentions of one event in one article.
type mentionGroup struct {
	ArticleID   string
	Article     *news.Article // nil when the article is missing
	Mentions    []news.Mention
	Snippets    []snippetView // the mentions in their paragraphs
	Quotes      []quoteView
	Duplicate   bool       // DuplicateOf another article
	SharesWith  []shareRef // other reporting articles with the same passages
	SharesOther int        // articles outside this event with the same passages
}

// shareRef names another report of the same event that shares text.
type shareRef struct {
	ID, Label string
}

// snippetView is a piece of an article with the mentions it shows; a
// mention whose span does not fit the article has a snippet of its own text.
type snippetView struct {
	snippet
	Mentions []news.Mention
	NoCtx    bool
}

type quoteView struct {
	news.Quote
	SpeakerName string
}

func (s *Server) eventDetail(ctx context.Context, id string) (*eventDetail, error) {
	ev, err := s.st.Event(ctx, id)
	if err != nil {
		return nil, err
	}
	if ev == nil {
		return nil, news.Errorf(news.ENotFound, "no event %s", id)
	}
	d := &eventDetail{Event: ev, Source: actorRefs(ev.Source), Target: actorRefs(ev.Target)}
	if d.Persons, err = s.names(ctx, ev.Persons); err != nil {
		return nil, err
	}
	byArticle := map[string]int{}
	for _, m := range ev.Mentions {
		i, ok := byArticle[m.Article]
		if !ok {
			if len(d.Groups) >= maxEventArticles {
				d.Missing++
				continue
			}
			i = len(d.Groups)
			d.Groups = append(d.Groups, mentionGroup{ArticleID: m.Article})
			byArticle[m.Article] = i
		}
		d.Groups[i].Mentions = append(d.Groups[i].Mentions, m)
	}
	reporting := map[string]bool{}
	for i := range d.Groups {
		reporting[d.Groups[i].ArticleID] = true
	}
	for i := range d.Groups {
		g := &d.Groups[i]
		if g.ArticleID == "" {
			for _, m := range g.Mentions {
				g.Snippets = append(g.Snippets, noContext(m))
			}
			continue
		}
		a, err := s.st.Article(ctx, g.ArticleID)
		if err != nil {
			if news.ErrorCode(err) == news.ENotFound {
				for _, m := range g.Mentions {
					g.Snippets = append(g.Snippets, noContext(m))
				}
				continue
			}
			return nil, err
		}
		g.Article = a
		spans := make([]news.Span, len(g.Mentions))
		for j, m := range g.Mentions {
			spans[j] = m.Span
		}
		var sents []news.Sentence
		if a.Analysis != nil {
			sents = a.Analysis.Sentences
		}
		sns, bad := excerpts(a.Body, spans, sents, actorMarks(a))
		for _, sn := range sns {
			v := snippetView{snippet: sn}
			for _, j := range sn.Spans {
				v.Mentions = append(v.Mentions, g.Mentions[j])
			}
			g.Snippets = append(g.Snippets, v)
		}
		for _, j := range bad {
			g.Snippets = append(g.Snippets, noContext(g.Mentions[j]))
		}
		g.Duplicate = a.DuplicateOf != ""
		g.Quotes = quotesOf(a, "")
	}
	// Shared text is labelled by outlet once every report is loaded.
	label := map[string]string{}
	for _, g := range d.Groups {
		if a := g.Article; a != nil {
			label[a.ID] = cmp.Or(a.Outlet, shorten(40, a.Title), a.ID)
		}
	}
	for i := range d.Groups {
		g := &d.Groups[i]
		if g.Article == nil {
			continue
		}
		for _, o := range g.Article.SharesTextWith {
			if reporting[o] {
				g.SharesWith = append(g.SharesWith, shareRef{ID: o, Label: cmp.Or(label[o], o)})
			} else {
				g.SharesOther++
			}
		}
		if g.Duplicate || len(g.SharesWith) > 0 {
			d.Syndicated++
		}
	}
	// Groups are shown in date order of their articles, undated last, so the
	// first report comes first.
	slices.SortStableFunc(d.Groups, func(x, y mentionGroup) int {
		px, py := published(x.Article), published(y.Article)
		switch {
		case px == py:
			return 0
		case px == "":
			return 1
		case py == "":
			return -1
		case px < py:
			return -1
		}
		return 1
	})
	return d, nil
}

// noContext shows a mention by its own text, all of it evidence.
func noContext(m news.Mention) snippetView {
	return snippetView{NoCtx: true, Mentions: []news.Mention{m},
		snippet: snippet{Para: para{Segs: []seg{{Text: m.Text, Sent: &mark{Kind: "ev"}, Last: true}}}}}
}

func published(a *news.Article) string {
	if a == nil {
		return ""
	}
	return a.Published
}

// quotesOf lists an article's quotes with speaker names, only those of
// speaker when it is not "".
func quotesOf(a *news.Article, speaker string) []quoteView {
	if a == nil || a.Analysis == nil {
		return nil
	}
	names := map[string]string{}
	for _, e := range a.Analysis.Entities {
		names[e.ID] = e.Name
	}
	var out []quoteView
	for _, q := range a.Analysis.Quotes {
		if speaker != "" && q.Speaker != speaker {
			continue
		}
		out = append(out, quoteView{Quote: q, SpeakerName: names[q.Speaker]})
	}
	return out
}

// actorMarks are the inline marks of an article's actors and dates.
func actorMarks(a *news.Article) []mark {
	if a.Analysis == nil {
		return nil
	}
	ms := make([]mark, 0, len(a.Analysis.Actors)+len(a.Analysis.Dates))
	for _, ac := range a.Analysis.Actors {
		m := mark{Span: ac.Span, Layer: 1, Kind: ac.Kind, Title: ac.Kind}
		if ac.Code != "" {
			m.Title += " " + ac.Code
			if name := countryName(ac.Code); name != ac.Code {
				m.Title += " (" + name + ")"
			}
		}
		if ac.Place != "" {
			m.Title += " · " + ac.Place
		}
		switch {
		case ac.Entity != "":
			m.Href = "/entities/" + ac.Entity
		case ac.Code != "" && (ac.Kind == news.ActorState || ac.Kind == news.ActorDemonym || ac.Kind == news.ActorCapital):
			m.Href = "/countries/" + ac.Code
		}
		ms = append(ms, m)
	}
	for _, dt := range a.Analysis.Dates {
		ms = append(ms, mark{Span: dt.Span, Layer: 1, Kind: "date", Title: "date " + dt.Value})
	}
	return ms
}

// articleDetail is an article with its marked-up body.
type articleDetail struct {
	Article  *news.Article
	Paras    []para
	Events   []*news.Event
	Entities []news.Entity
	Quotes   []quoteView
	Shares   []string
}

func (s *Server) articleDetail(ctx context.Context, id string) (*articleDetail, error) {
	a, err := s.st.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	if a == nil {
		return nil, news.Errorf(news.ENotFound, "no article %s", id)
	}
	d := &articleDetail{Article: a}
	evs, _, err := s.allEvents(ctx, news.EventFilter{Article: id})
	if err != nil {
		return nil, err
	}
	d.Events = evs
	marks := actorMarks(a)
	// Event sentences: the stored events' mentions of this article link to
	// the event; the analysis' own mentions cover what was not stored.
	for _, e := range evs {
		for _, m := range e.Mentions {
			if m.Article == id {
				marks = append(marks, mark{Span: m.Span, Kind: "ev", Title: e.Type + " " + modeTitle(e.Mode), Href: "/events/" + e.ID})
			}
		}
	}
	if a.Analysis != nil {
		for _, e := range a.Analysis.Events {
			for _, m := range e.Mentions {
				marks = append(marks, mark{Span: m.Span, Kind: "ev", Title: e.Type + " " + modeTitle(e.Mode)})
			}
		}
		d.Entities = a.Analysis.Entities
	}
	d.Paras = markup(a.Body, marks)
	d.Quotes = quotesOf(a, "")
	d.Shares = a.SharesTextWith
	return d, nil
}

func modeTitle(m string) string {
	if m == "" {
		return "(factual)"
	}
	return "(" + m + ")"
}

// entityDetail is an entity with its events and quotes.
type entityDetail struct {
	Entity      *news.Entity
	Aliases     []aliasView
	Events      []*news.Event
	EventsTotal int
	Quotes      []entityQuote
	MoreQuotes  bool // the speaker has quotes older than those shown
}

type aliasView struct {
	Name, Script string
}

type entityQuote struct {
	quoteView
	Article *news.Article
}

func (s *Server) entityDetail(ctx context.Context, id string, limit int) (*entityDetail, error) {
	e, err := s.st.Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	if e == nil {
		return nil, news.Errorf(news.ENotFound, "no entity %s", id)
	}
	d := &entityDetail{Entity: e}
	for _, a := range e.Aliases {
		d.Aliases = append(d.Aliases, aliasView{Name: a, Script: scriptOf(a)})
	}
	slices.SortStableFunc(d.Aliases, func(a, b aliasView) int {
		if a.Script < b.Script {
			return -1
		}
		if a.Script > b.Script {
			return 1
		}
		return 0
	})
	d.Events, d.EventsTotal, err = s.st.Events(ctx, news.EventFilter{Person: e.ID, Limit: limit, FirstMention: true})
	if err != nil {
		return nil, err
	}
	// Quotes come from the store's quote index, not from reading every
	// article that names the entity.
	qs, err := s.st.QuotesBy(ctx, e.ID, maxEntityQuotes+1)
	if err != nil {
		return nil, err
	}
	if len(qs) > maxEntityQuotes {
		qs, d.MoreQuotes = qs[:maxEntityQuotes], true
	}
	names := map[string]string{e.ID: e.Name}
	for _, q := range qs {
		d.Quotes = append(d.Quotes, entityQuote{quoteView: quoteView{Quote: q.Quote, SpeakerName: names[q.Quote.Speaker]}, Article: q.Article})
	}
	return d, nil
}

// dyadDetail is every event between two actors, as a timeline.
type dyadDetail struct {
	A, B     actorRef
	Counts   []news.EventCount // by month and type, every event
	All      []*news.Event     // without mentions, plotted one by one (only when at most maxDots)
	Events   []*news.Event     // the latest page, with mentions
	Total    int
	Timeline timeline
	Coop     int
	Conflict int
}

// maxDots is how many events a timeline plots one by one; beyond it,
// each type and month is one density mark.
const maxDots = 300

// dyadDetail aggregates a dyad's events; list adds the latest page of them
// (the page shows it, the API does not).
func (s *Server) dyadDetail(ctx context.Context, a, b string, list bool) (*dyadDetail, error) {
	f := news.EventFilter{Dyad: []string{a, b}}
	counts, err := s.st.EventCounts(ctx, f)
	if err != nil {
		return nil, err
	}
	d := &dyadDetail{A: actorRef{a, countryName(a)}, B: actorRef{b, countryName(b)}, Counts: counts}
	for _, c := range counts {
		d.Total += c.Events
		if news.Cooperative(c.Type) {
			d.Coop += c.Events
		} else {
			d.Conflict += c.Events
		}
	}
	// The list under the charts shows one page, with a line of evidence.
	if list {
		if d.Events, _, err = s.st.Events(ctx, news.EventFilter{Dyad: f.Dyad, Limit: listPage, FirstMention: true}); err != nil {
			return nil, err
		}
	}
	if d.Total <= maxDots {
		all := f
		all.Limit, all.NoMentions = maxDots, true
		if d.All, _, err = s.st.Events(ctx, all); err != nil {
			return nil, err
		}
		d.Timeline = newTimeline(d.All)
		return d, nil
	}
	d.Timeline = layoutTimeline(countPoints(counts, "/events?a="+url.QueryEscape(a)+"&b="+url.QueryEscape(b)))
	return d, nil
}

// countryDetail is a country's partners and relations graph.
type countryDetail struct {
	Country  actorRef
	Total    int
	Partners []partner
	Graph    graph
	Recent   []*news.Event
}

// countryDetail ranks a country's partners; list adds its recent events.
func (s *Server) countryDetail(ctx context.Context, c string, list bool) (*countryDetail, error) {
	cs, err := s.st.Partners(ctx, c)
	if err != nil {
		return nil, err
	}
	d := &countryDetail{Country: actorRef{c, countryName(c)}}
	d.Partners = partners(cs)
	d.Graph = newGraph(c, d.Partners)
	// The list comes with the total; without it, the smallest page does
	// (counting a large country is the costly part of either).
	f := news.EventFilter{Country: c, Limit: 1, NoMentions: true}
	if list {
		f = news.EventFilter{Country: c, Limit: 30, FirstMention: true}
	}
	evs, total, err := s.st.Events(ctx, f)
	if err != nil {
		return nil, err
	}
	d.Total = total
	if list {
		d.Recent = evs
	}
	return d, nil
}
