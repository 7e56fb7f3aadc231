package web

import (
	"cmp"
	"net/http"
	"slices"
	"strings"
	"unicode/utf8"

	"chancery/internal/news"
)

// counted is a name with a count, for the home page's languages and outlets.
type counted struct {
	Key   string
	Count int
}

func sortedCounts(m map[string]int) []counted {
	out := make([]counted, 0, len(m))
	for k, n := range m {
		out = append(out, counted{k, n})
	}
	slices.SortFunc(out, func(a, b counted) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}

type homeView struct {
	Stats     news.Stats
	Languages []counted
	Outlets   []counted
	Recent    []*news.Event
	Actors    []counted // actors of the recent events, most frequent first
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) error {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		return err
	}
	recent, _, err := s.st.Events(r.Context(), news.EventFilter{Limit: 25, FirstMention: true})
	if err != nil {
		return err
	}
	actors := map[string]int{}
	for _, e := range recent {
		for _, c := range append(slices.Clone(e.Source), e.Target...) {
			actors[c]++
		}
	}
	return s.show(w, r, "home", "chancery", "home", homeView{
		Stats: st, Languages: sortedCounts(st.Languages), Outlets: sortedCounts(st.Outlets), Recent: recent,
		Actors: sortedCounts(actors),
	})
}

type searchView struct {
	Q    string
	Hits []hitView
}

type hitView struct {
	news.Hit
	Href string
}

// Snippet marks as the store writes them (internal/sqlite MarkStart and
// MarkEnd: plain brackets, so the store's text is never markup).
const (
	snipStart = "["
	snipEnd   = "]"
)

// snipPart is a run of snippet text, a matched term or not. The template
// escapes every part and writes the <mark> itself, so indexed text can
// never become markup.
type snipPart struct {
	Text string
	Hit  bool
}

// Parts splits the snippet at its marks: where the store says they are
// (Hit.Marks, exact when the text has brackets of its own), else at its
// brackets, where a mark left open is text.
func (h hitView) Parts() []snipPart {
	if p, ok := markedParts(h.Snippet, h.Marks); ok {
		return p
	}
	return snippetParts(h.Snippet)
}

// markedParts splits s at the byte ranges of its marked terms, each between
// its own brackets. ok is false when there are none, or when they do not
// fit s (out of order, out of range, not bracketed, inside a character).
func markedParts(s string, marks [][2]int) (out []snipPart, ok bool) {
	if len(marks) == 0 {
		return nil, false
	}
	at := 0
	for _, m := range marks {
		lo, hi := m[0]-len(snipStart), m[1]+len(snipEnd)
		if lo < at || m[0] > m[1] || hi > len(s) || s[lo:m[0]] != snipStart || s[m[1]:hi] != snipEnd ||
			!utf8.ValidString(s[m[0]:m[1]]) {
			return nil, false
		}
		if lo > at {
			out = append(out, snipPart{Text: s[at:lo]})
		}
		if m[1] > m[0] {
			out = append(out, snipPart{Text: s[m[0]:m[1]], Hit: true})
		}
		at = hi
	}
	if at < len(s) {
		out = append(out, snipPart{Text: s[at:]})
	}
	return out, true
}

func snippetParts(s string) []snipPart {
	var out []snipPart
	add := func(text string, hit bool) {
		if text == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Hit == hit {
			out[n-1].Text += text
			return
		}
		out = append(out, snipPart{Text: text, Hit: hit})
	}
	for s != "" {
		i := strings.Index(s, snipStart)
		if i < 0 {
			break
		}
		j := strings.Index(s[i+len(snipStart):], snipEnd)
		if j < 0 {
			break
		}
		add(s[:i], false)
		add(s[i+len(snipStart):i+len(snipStart)+j], true)
		s = s[i+len(snipStart)+j+len(snipEnd):]
	}
	add(s, false)
	return out
}

// hitHref links a search hit to its page. A quote hit's id names the
// article it was said in.
func hitHref(h news.Hit) string {
	switch h.Kind {
	case "event":
		return "/events/" + h.ID
	case "entity":
		return "/entities/" + h.ID
	case "article", "quote":
		return "/articles/" + h.ID
	}
	return ""
}

const maxQuery = 500

func (s *Server) search(r *http.Request, limit int) (string, []news.Hit, error) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > maxQuery {
		return q, nil, news.Errorf(news.EInvalid, "query longer than %d bytes", maxQuery)
	}
	if q == "" {
		return q, []news.Hit{}, nil
	}
	hits, err := s.st.Search(r.Context(), q, limit)
	if hits == nil {
		hits = []news.Hit{}
	}
	return q, hits, err
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) error {
	q, hits, err := s.search(r, 100)
	if err != nil {
		return err
	}
	v := searchView{Q: q}
	for _, h := range hits {
		v.Hits = append(v.Hits, hitView{Hit: h, Href: hitHref(h)})
	}
	return s.show(w, r, "search", "Search: "+q, "", v)
}

type eventsView struct {
	F      news.EventFilter
	Mode   string
	From   string
	To     string
	A, B   string
	Events []*news.Event
	Pager  pager
}

func (s *Server) eventsPage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := s.eventFilter(q)
	if err != nil {
		return err
	}
	f.FirstMention = true // the table shows one line of evidence per event
	evs, total, err := s.st.Events(r.Context(), f)
	if err != nil {
		return err
	}
	v := eventsView{F: f, Mode: q.Get("mode"), From: q.Get("from"), To: q.Get("to"), Events: evs,
		Pager: newPager("/events", q, f.Offset, f.Limit, total, len(evs))}
	if len(f.Dyad) == 2 {
		v.A, v.B = f.Dyad[0], f.Dyad[1]
	}
	return s.show(w, r, "events", "Events", "events", v)
}

func (s *Server) eventPage(w http.ResponseWriter, r *http.Request) error {
	d, err := s.eventDetail(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	return s.show(w, r, "event", d.Event.Type+" "+joinCodes(d.Event.Source)+"–"+joinCodes(d.Event.Target), "events", d)
}

func (s *Server) dyadCodes(r *http.Request) (string, string, error) {
	a, err := code(r.PathValue("a"))
	if err != nil {
		return "", "", err
	}
	b, err := code(r.PathValue("b"))
	return a, b, err
}

func (s *Server) dyadPage(w http.ResponseWriter, r *http.Request) error {
	a, b, err := s.dyadCodes(r)
	if err != nil {
		return err
	}
	d, err := s.dyadDetail(r.Context(), a, b, true)
	if err != nil {
		return err
	}
	return s.show(w, r, "dyad", a+" – "+b, "events", d)
}

type entitiesView struct {
	F        news.EntityFilter
	Entities []*news.Entity
	Pager    pager
}

func (s *Server) entitiesPage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := s.entityFilter(q)
	if err != nil {
		return err
	}
	es, total, err := s.st.Entities(r.Context(), f)
	if err != nil {
		return err
	}
	return s.show(w, r, "entities", "Entities", "entities", entitiesView{F: f, Entities: es,
		Pager: newPager("/entities", q, f.Offset, f.Limit, total, len(es))})
}

func (s *Server) entityPage(w http.ResponseWriter, r *http.Request) error {
	d, err := s.entityDetail(r.Context(), r.PathValue("id"), listPage)
	if err != nil {
		return err
	}
	return s.show(w, r, "entity", d.Entity.Name, "entities", d)
}

func (s *Server) countryPage(w http.ResponseWriter, r *http.Request) error {
	c, err := code(r.PathValue("code"))
	if err != nil {
		return err
	}
	d, err := s.countryDetail(r.Context(), c, true)
	if err != nil {
		return err
	}
	return s.show(w, r, "country", d.Country.Name, "", d)
}

type articlesView struct {
	F        news.ArticleFilter
	From, To string
	Articles []*news.Article
	Pager    pager
}

func (s *Server) articlesPage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := s.articleFilter(q)
	if err != nil {
		return err
	}
	as, total, err := s.st.Articles(r.Context(), f)
	if err != nil {
		return err
	}
	return s.show(w, r, "articles", "Articles", "articles", articlesView{F: f, From: q.Get("from"), To: q.Get("to"),
		Articles: as, Pager: newPager("/articles", q, f.Offset, f.Limit, total, len(as))})
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) error {
	d, err := s.articleDetail(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	title := d.Article.Title
	if title == "" {
		title = "Article " + d.Article.ID
	}
	return s.show(w, r, "article", title, "articles", d)
}
