package web

import (
	"bufio"
	"chancery/internal/link"
	"context"
	"crypto/subtle"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"chancery/internal/news"
)

// list is a page of results.
type list[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
}

func newList[T any](items []T, total, offset, limit int) list[T] {
	if items == nil {
		items = []T{}
	}
	return list[T]{Items: items, Total: total, Offset: offset, Limit: limit}
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	_, err := w.Write(openapiJSON)
	return err
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) error {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		return err
	}
	if st.Languages == nil {
		st.Languages = map[string]int{}
	}
	if st.Outlets == nil {
		st.Outlets = map[string]int{}
	}
	writeJSON(w, http.StatusOK, st)
	return nil
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) error {
	limit, err := intParam(r.URL.Query(), "limit", 20)
	if err != nil {
		return err
	}
	q, hits, err := s.search(r, max(1, min(limit, 100)))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"q": q, "items": hits})
	return nil
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) error {
	f, err := s.eventFilter(r.URL.Query())
	if err != nil {
		return err
	}
	evs, total, err := s.st.Events(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newList(evs, total, f.Offset, f.Limit))
	return nil
}

func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) error {
	ev, err := s.st.Event(r.Context(), r.PathValue("id"))
	if err == nil && ev == nil {
		err = news.Errorf(news.ENotFound, "no event %s", r.PathValue("id"))
	}
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, ev)
	return nil
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) error {
	f, err := s.entityFilter(r.URL.Query())
	if err != nil {
		return err
	}
	es, total, err := s.st.Entities(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newList(es, total, f.Offset, f.Limit))
	return nil
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) error {
	e, err := s.st.Entity(r.Context(), r.PathValue("id"))
	if err == nil && e == nil {
		err = news.Errorf(news.ENotFound, "no entity %s", r.PathValue("id"))
	}
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, e)
	return nil
}

// articleSummary is an article in a list: everything but the text.
type articleSummary struct {
	ID             string   `json:"id"`
	Title          string   `json:"title"`
	Lang           string   `json:"lang"`
	Outlet         string   `json:"outlet,omitempty"`
	Published      string   `json:"published,omitempty"`
	URL            string   `json:"url,omitempty"`
	SourceFile     string   `json:"source_file"`
	Countries      []string `json:"countries"`
	SharesTextWith []string `json:"shares_text_with"`
	DuplicateOf    string   `json:"duplicate_of,omitempty"`
}

func summarize(a *news.Article) articleSummary {
	s := articleSummary{ID: a.ID, Title: a.Title, Lang: a.Lang, Outlet: a.Outlet, Published: a.Published,
		URL: a.URL, SourceFile: a.SourceFile, Countries: []string{}, SharesTextWith: a.SharesTextWith,
		DuplicateOf: a.DuplicateOf}
	if a.Analysis != nil && a.Analysis.Countries != nil {
		s.Countries = a.Analysis.Countries
	}
	if s.SharesTextWith == nil {
		s.SharesTextWith = []string{}
	}
	return s
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) error {
	f, err := s.articleFilter(r.URL.Query())
	if err != nil {
		return err
	}
	as, total, err := s.st.Articles(r.Context(), f)
	if err != nil {
		return err
	}
	items := make([]articleSummary, 0, len(as))
	for _, a := range as {
		items = append(items, summarize(a))
	}
	writeJSON(w, http.StatusOK, newList(items, total, f.Offset, f.Limit))
	return nil
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) error {
	a, err := s.st.Article(r.Context(), r.PathValue("id"))
	if err == nil && a == nil {
		err = news.Errorf(news.ENotFound, "no article %s", r.PathValue("id"))
	}
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

// timelineEvent is one event on a dyad's timeline.
type timelineEvent struct {
	ID          string   `json:"id"`
	Type        string   `json:"type"`
	Date        string   `json:"date,omitempty"`
	Mode        string   `json:"mode"`
	Source      []string `json:"source"`
	Target      []string `json:"target"`
	Cooperative bool     `json:"cooperative"`
}

func (s *Server) apiDyad(w http.ResponseWriter, r *http.Request) error {
	a, b, err := s.dyadCodes(r)
	if err != nil {
		return err
	}
	d, err := s.dyadDetail(r.Context(), a, b, false)
	if err != nil {
		return err
	}
	evs := make([]timelineEvent, 0, len(d.All))
	for _, e := range d.All {
		evs = append(evs, timelineEvent{ID: e.ID, Type: e.Type, Date: e.Date, Mode: e.Mode,
			Source: e.Source, Target: e.Target, Cooperative: news.Cooperative(e.Type)})
	}
	months := d.Timeline.Months
	if months == nil {
		months = []monthBar{}
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"a": d.A, "b": d.B, "total": d.Total, "cooperative": d.Coop, "conflict": d.Conflict,
		"events": evs, "months": months, "counts": d.Counts,
	})
	return nil
}

func (s *Server) apiCountry(w http.ResponseWriter, r *http.Request) error {
	c, err := code(r.PathValue("code"))
	if err != nil {
		return err
	}
	d, err := s.countryDetail(r.Context(), c, false)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"country": d.Country, "events": d.Total, "partners": d.Partners,
	})
	return nil
}

// trackWriter records whether anything was written, so a failing export
// knows whether it can still answer with an error status.
type trackWriter struct {
	w       io.Writer
	written bool
}

func (t *trackWriter) Write(p []byte) (int, error) {
	t.written = t.written || len(p) > 0
	return t.w.Write(p)
}

// stream runs a long export: no write deadline, and a failure after the
// first byte aborts the connection so the client sees a truncated download
// rather than a complete-looking one.
func (s *Server) stream(w http.ResponseWriter, r *http.Request, ctype, filename string, fn func(context.Context, io.Writer) error) error {
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Time{}) // zero: no deadline; unsupported writers keep theirs
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	bw := bufio.NewWriterSize(w, 64<<10)
	tw := &trackWriter{w: bw}
	err := fn(r.Context(), tw)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		if !tw.written {
			w.Header().Del("Content-Disposition")
			return err
		}
		s.log.Error("export aborted", "path", r.URL.Path, "err", err)
		panic(http.ErrAbortHandler)
	}
	return nil
}

func (s *Server) apiExportJSONL(w http.ResponseWriter, r *http.Request) error {
	fn := s.opts.ExportJSONL
	if fn == nil {
		fn = s.exportJSONL
	}
	return s.stream(w, r, "application/x-ndjson; charset=utf-8", "chancery.jsonl", fn)
}

func (s *Server) apiEventsCSV(w http.ResponseWriter, r *http.Request) error {
	fn := s.opts.ExportCSV
	if fn == nil {
		fn = s.exportCSV
	}
	return s.stream(w, r, "text/csv; charset=utf-8", "events.csv", fn)
}

// exportJSONL is the built-in export, following ../shared/eval/EXPORT.md.
func (s *Server) exportJSONL(ctx context.Context, w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	orNull := func(v string) any {
		if v == "" {
			return nil
		}
		return v
	}
	err := s.st.EachArticle(ctx, func(a *news.Article) error {
		rec := map[string]any{"kind": "article", "id": a.ID, "source_file": orNull(a.SourceFile),
			"url": orNull(a.URL), "lang": a.Lang, "title": a.Title, "published": orNull(a.Published),
			"body": a.Body, "countries": []string{}, "entities": []string{}, "quotes": []any{},
			"shares_text_with": nonNil(a.SharesTextWith), "outlet": a.Outlet}
		if an := a.Analysis; an != nil {
			rec["countries"] = nonNil(an.Countries)
			ids := make([]string, 0, len(an.Entities))
			for _, e := range an.Entities {
				ids = append(ids, e.ID)
			}
			rec["entities"] = ids
			qs := make([]any, 0, len(an.Quotes))
			for _, q := range an.Quotes {
				qs = append(qs, map[string]any{"speaker": orNull(q.Speaker), "text": q.Text})
			}
			rec["quotes"] = qs
		}
		return enc.Encode(rec)
	})
	if err != nil {
		return fmt.Errorf("export articles: %w", err)
	}
	err = s.st.EachEntity(ctx, func(e *news.Entity) error {
		return enc.Encode(map[string]any{"kind": "entity", "id": e.ID, "entity_kind": e.Kind, "name": e.Name,
			"aliases": nonNil(e.Aliases), "country": orNull(e.Country), "roles": nonNil(e.Roles)})
	})
	if err != nil {
		return fmt.Errorf("export entities: %w", err)
	}
	err = s.st.EachEvent(ctx, func(e *news.Event) error {
		ms := make([]any, 0, len(e.Mentions))
		for _, m := range e.Mentions {
			ms = append(ms, map[string]any{"article": m.Article, "text": m.Text})
		}
		return enc.Encode(map[string]any{"kind": "event", "id": e.ID, "type": e.Type,
			"source": nonNil(e.Source), "target": nonNil(e.Target), "persons": nonNil(e.Persons),
			"date": orNull(e.Date), "place": orNull(e.Place), "mode": e.Mode, "mentions": ms})
	})
	if err != nil {
		return fmt.Errorf("export events: %w", err)
	}
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// exportCSV writes one row per event.
func (s *Server) exportCSV(ctx context.Context, w io.Writer) error {
	cw := csv.NewWriter(w)
	head := []string{"id", "type", "source", "target", "persons", "date", "place", "mode",
		"articles", "outlets", "languages", "independent", "mentions", "first_mention"}
	if err := cw.Write(head); err != nil {
		return err
	}
	err := s.st.EachEvent(ctx, func(e *news.Event) error {
		first := ""
		if len(e.Mentions) > 0 {
			first = e.Mentions[0].Text
		}
		row := []string{e.ID, e.Type, strings.Join(e.Source, ";"), strings.Join(e.Target, ";"),
			strings.Join(e.Persons, ";"), e.Date, e.Place, e.Mode, strconv.Itoa(e.Articles),
			strconv.Itoa(e.Outlets), strconv.Itoa(e.Languages), strconv.FormatBool(e.Independent),
			strconv.Itoa(len(e.Mentions)), first}
		for i, c := range row {
			row[i] = csvSafe(c)
		}
		return cw.Write(row)
	})
	if err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe defuses spreadsheet formulas: a cell of article text starting
// with = + - @ would be evaluated by a spreadsheet that opens the file.
func csvSafe(c string) string {
	if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
		return "'" + c
	}
	return c
}

// authorize checks the bearer token of a write request.
func (s *Server) authorize(r *http.Request) error {
	if s.opts.Token == "" {
		return &news.Error{Code: news.EAuth, Op: opForbidden, Message: "writes are disabled on this server"}
	}
	h := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(h, "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.opts.Token)) != 1 {
		return news.Errorf(news.EAuth, "a valid bearer token is required")
	}
	return nil
}

// readJSON decodes a size-limited JSON body into v.
func (s *Server) readJSON(w http.ResponseWriter, r *http.Request, v any) error {
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return &news.Error{Code: news.ETooLarge, Message: fmt.Sprintf("body over %d bytes", tooBig.Limit)}
		}
		return &news.Error{Code: news.EInvalid, Message: "bad JSON body", Err: err}
	}
	if dec.More() {
		return news.Errorf(news.EInvalid, "bad JSON body: trailing data")
	}
	return nil
}

// mergeRequest merges entity Other into Entity.
type mergeRequest struct {
	Entity string `json:"entity"`
	Other  string `json:"other"`
}

// splitRequest moves Alias out of Entity into a new entity.
type splitRequest struct {
	Entity string `json:"entity"`
	Alias  string `json:"alias"`
}

func (s *Server) apiMerge(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r); err != nil {
		return err
	}
	var req mergeRequest
	if err := s.readJSON(w, r, &req); err != nil {
		return err
	}
	if req.Entity == "" || req.Other == "" {
		return news.Errorf(news.EInvalid, "merge needs entity and other")
	}
	// One implementation of a correction, shared with the CLI: link.Merge.
	var kept *news.Entity
	err := s.st.Update(r.Context(), func(tx news.Tx) error {
		if err := link.Merge(tx, req.Entity, req.Other); err != nil {
			return err
		}
		var err error
		kept, err = tx.Entity(req.Entity)
		return err
	})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"entity": kept})
	return nil
}

func (s *Server) apiSplit(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r); err != nil {
		return err
	}
	var req splitRequest
	if err := s.readJSON(w, r, &req); err != nil {
		return err
	}
	req.Alias = strings.TrimSpace(req.Alias)
	if req.Entity == "" || req.Alias == "" {
		return news.Errorf(news.EInvalid, "split needs entity and alias")
	}
	var from, created *news.Entity
	err := s.st.Update(r.Context(), func(tx news.Tx) error {
		id, err := link.Split(tx, req.Entity, req.Alias)
		if err != nil {
			return err
		}
		if from, err = tx.Entity(req.Entity); err != nil {
			return err
		}
		created, err = tx.Entity(id)
		return err
	})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"entity": from, "other": created})
	return nil
}
