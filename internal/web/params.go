package web

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"chancery/internal/news"
)

// maxLimit caps a page of results, so that one request cannot ask the
// store for the whole database.
const maxLimit = 500

// page reads offset and limit from a query.
func (s *Server) page(q url.Values) (offset, limit int, err error) {
	offset, err = intParam(q, "offset", 0)
	if err != nil {
		return 0, 0, err
	}
	limit, err = intParam(q, "limit", s.opts.PageSize)
	if err != nil {
		return 0, 0, err
	}
	if offset < 0 || limit < 1 {
		return 0, 0, news.Errorf(news.EInvalid, "offset must be >= 0 and limit >= 1")
	}
	return offset, min(limit, maxLimit), nil
}

func intParam(q url.Values, name string, def int) (int, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n > 1<<30 {
		return 0, news.Errorf(news.EInvalid, "%s: not a number: %q", name, v)
	}
	return n, nil
}

// code validates an actor code (alpha-3, organization or bloc code) and
// normalizes it to upper case.
func code(v string) (string, error) {
	v = strings.ToUpper(strings.TrimSpace(v))
	if v == "" || len(v) > 24 {
		return "", news.Errorf(news.EInvalid, "bad actor code %q", v)
	}
	for _, r := range v {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return "", news.Errorf(news.EInvalid, "bad actor code %q", v)
		}
	}
	return v, nil
}

// date validates a date bound: YYYY, YYYY-MM or YYYY-MM-DD.
func date(v string, upper bool) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", nil
	}
	ok := len(v) == 4 || len(v) == 7 && v[4] == '-' || len(v) == 10 && v[4] == '-' && v[7] == '-'
	for i := 0; ok && i < len(v); i++ {
		if i != 4 && i != 7 && (v[i] < '0' || v[i] > '9') {
			ok = false
		}
	}
	if !ok {
		return "", news.Errorf(news.EInvalid, "bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", v)
	}
	// Dates compare as strings and events may have coarse dates ("2024-01"):
	// a coarse lower bound stays as it is (every date within it sorts after
	// it), a coarse upper bound becomes the last day it covers.
	if upper {
		switch len(v) {
		case 4:
			return v + "-12-31", nil
		case 7:
			return v + "-31", nil // no real date sorts after -31
		}
	}
	return v, nil
}

// eventFilter reads an EventFilter from a query: type, country, a and b
// (a dyad), person, article, lang, mode, from, to, offset, limit.
func (s *Server) eventFilter(q url.Values) (news.EventFilter, error) {
	var f news.EventFilter
	var err error
	if f.Offset, f.Limit, err = s.page(q); err != nil {
		return f, err
	}
	if t := strings.ToUpper(strings.TrimSpace(q.Get("type"))); t != "" {
		if !slices.Contains(news.EventTypes, t) {
			return f, news.Errorf(news.EInvalid, "unknown event type %q", t)
		}
		f.Type = t
	}
	if c := q.Get("country"); strings.TrimSpace(c) != "" {
		if f.Country, err = code(c); err != nil {
			return f, err
		}
	}
	a, b := strings.TrimSpace(q.Get("a")), strings.TrimSpace(q.Get("b"))
	if a != "" || b != "" {
		if a == "" || b == "" {
			return f, news.Errorf(news.EInvalid, "a dyad needs both a and b")
		}
		ca, err := code(a)
		if err != nil {
			return f, err
		}
		cb, err := code(b)
		if err != nil {
			return f, err
		}
		f.Dyad = []string{ca, cb}
	}
	f.Person = strings.TrimSpace(q.Get("person"))
	f.Article = strings.TrimSpace(q.Get("article"))
	f.Lang = strings.ToLower(strings.TrimSpace(q.Get("lang")))
	if len(f.Lang) > 8 {
		return f, news.Errorf(news.EInvalid, "bad language %q", f.Lang)
	}
	if m, ok := q["mode"]; ok && len(m) > 0 {
		mode, err := modeParam(m[0])
		if err != nil {
			return f, err
		}
		f.Mode = mode
	}
	if f.From, err = date(q.Get("from"), false); err != nil {
		return f, err
	}
	if f.To, err = date(q.Get("to"), true); err != nil {
		return f, err
	}
	return f, nil
}

// modeParam reads the mode filter: "" or "any" means no filter, "factual"
// (or "fact") events stated as having happened, else intend/future/negated.
func modeParam(v string) (*string, error) {
	v = strings.ToLower(strings.TrimSpace(v))
	var m string
	switch v {
	case "", "any", "all":
		return nil, nil
	case "factual", "fact":
		m = news.ModeFactual
	case news.ModeIntend, news.ModeFuture, news.ModeNegated:
		m = v
	default:
		return nil, news.Errorf(news.EInvalid, "unknown mode %q", v)
	}
	return &m, nil
}

func (s *Server) articleFilter(q url.Values) (news.ArticleFilter, error) {
	var f news.ArticleFilter
	var err error
	if f.Offset, f.Limit, err = s.page(q); err != nil {
		return f, err
	}
	f.Lang = strings.ToLower(strings.TrimSpace(q.Get("lang")))
	if c := q.Get("country"); strings.TrimSpace(c) != "" {
		if f.Country, err = code(c); err != nil {
			return f, err
		}
	}
	f.Entity = strings.TrimSpace(q.Get("entity"))
	f.Query = strings.TrimSpace(q.Get("q"))
	if f.From, err = date(q.Get("from"), false); err != nil {
		return f, err
	}
	if f.To, err = date(q.Get("to"), true); err != nil {
		return f, err
	}
	return f, nil
}

func (s *Server) entityFilter(q url.Values) (news.EntityFilter, error) {
	var f news.EntityFilter
	var err error
	if f.Offset, f.Limit, err = s.page(q); err != nil {
		return f, err
	}
	f.Kind = strings.ToLower(strings.TrimSpace(q.Get("kind")))
	if f.Kind != "" && f.Kind != news.KindPerson && f.Kind != news.KindOrganization {
		return f, news.Errorf(news.EInvalid, "unknown entity kind %q", f.Kind)
	}
	if c := q.Get("country"); strings.TrimSpace(c) != "" {
		if f.Country, err = code(c); err != nil {
			return f, err
		}
	}
	f.Query = strings.TrimSpace(q.Get("q"))
	return f, nil
}

// pager holds the links of a paged list.
type pager struct {
	Offset, Limit, Total int
	First, Last          int // 1-based positions shown
	Prev, Next           string
}

// newPager builds prev/next links that keep every other query parameter.
func newPager(path string, q url.Values, offset, limit, total, shown int) pager {
	p := pager{Offset: offset, Limit: limit, Total: total}
	if shown > 0 {
		p.First, p.Last = offset+1, offset+shown
	}
	link := func(off int) string {
		v := url.Values{}
		for k, vs := range q {
			if k != "offset" {
				v[k] = vs
			}
		}
		if off > 0 {
			v.Set("offset", strconv.Itoa(off))
		}
		if e := v.Encode(); e != "" {
			return path + "?" + e
		}
		return path
	}
	if offset > 0 {
		p.Prev = link(max(0, offset-limit))
	}
	if offset+shown < total {
		p.Next = link(offset + limit)
	}
	return p
}
