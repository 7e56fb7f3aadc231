// Package web serves chancery's database to people and programs: server-
// rendered HTML pages (readable without JavaScript) and a JSON API under
// /api/v1, both over a news.Store. Every asset is embedded; nothing is
// fetched from the network.
//
// Article text is untrusted input. It only ever reaches a page through
// html/template's contextual escaping; markup around evidence (<mark>) is
// produced by the templates, never by concatenating article text into HTML.
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"chancery/internal/news"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

//go:embed openapi.json
var openapiJSON []byte

// Options configure a Server. The zero value serves a read-only site.
type Options struct {
	// Token enables the write endpoints (entity merge and split) for requests
	// carrying "Authorization: Bearer <Token>". Empty means read-only: write
	// endpoints answer 403.
	Token string
	// Logger receives request errors; nil discards them.
	Logger *slog.Logger
	// ExportJSONL writes the whole database as JSON Lines (EXPORT.md). The
	// command wires internal/export here, since adapters do not import each
	// other; nil uses a built-in writer following the same contract.
	ExportJSONL func(ctx context.Context, w io.Writer) error
	// ExportCSV writes events as CSV; nil uses a built-in writer.
	ExportCSV func(ctx context.Context, w io.Writer) error
	// RequestTimeout bounds the store work of one page or API call (not the
	// exports, which stream). Zero means 30 seconds.
	RequestTimeout time.Duration
	// MaxBodyBytes limits POST bodies. Zero means 64 KiB.
	MaxBodyBytes int64
	// PageSize is the default number of items per page. Zero means 50.
	PageSize int
	// MaxInFlight bounds the pages and API calls (not the exports) served
	// at once; the others wait their turn in arrival order, within their
	// RequestTimeout. Zero means one per CPU (GOMAXPROCS), at least two.
	MaxInFlight int
}

// Server serves the UI and the API over a Store.
type Server struct {
	st    news.Store
	opts  Options
	log   *slog.Logger
	pages map[string]*template.Template
	mux   *http.ServeMux
	// gate admits MaxInFlight requests at a time. Requests are CPU work on
	// an in-process database: more at once only share the CPUs (and the
	// read connections) unevenly, so under load some wait for many others.
	// A full channel queues senders first come, first served, which keeps
	// the slowest responses close to the typical ones.
	gate chan struct{}
}

// route is one endpoint. The table is the single list of what the server
// answers; a test checks that every API route is in the OpenAPI document.
type route struct {
	method, pattern string
	h               func(w http.ResponseWriter, r *http.Request) error
	api             bool // JSON errors instead of an HTML page
	stream          bool // long-running response: no request timeout
}

// New returns a Server over st.
func New(st news.Store, opts Options) *Server {
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = 30 * time.Second
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = 64 << 10
	}
	if opts.PageSize <= 0 {
		opts.PageSize = 50
	}
	if opts.MaxInFlight <= 0 {
		opts.MaxInFlight = max(2, runtime.GOMAXPROCS(0))
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{st: st, opts: opts, log: log.With("component", "web"), mux: http.NewServeMux(),
		gate: make(chan struct{}, opts.MaxInFlight)}
	s.pages = mustParsePages()
	for _, rt := range s.routes() {
		s.mux.Handle(rt.method+" "+rt.pattern, s.wrap(rt))
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(fmt.Sprintf("web: embedded static files: %v", err)) // build-time invariant
	}
	files := http.FileServerFS(static)
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(files, 3600)))
	s.mux.Handle("/", s.wrap(route{h: s.notFound}))
	return s
}

func (s *Server) routes() []route {
	return []route{
		{method: "GET", pattern: "/{$}", h: s.home},
		{method: "GET", pattern: "/search", h: s.searchPage},
		{method: "GET", pattern: "/events", h: s.eventsPage},
		{method: "GET", pattern: "/events/{id}", h: s.eventPage},
		{method: "GET", pattern: "/dyads/{a}/{b}", h: s.dyadPage},
		{method: "GET", pattern: "/entities", h: s.entitiesPage},
		{method: "GET", pattern: "/entities/{id}", h: s.entityPage},
		{method: "GET", pattern: "/countries/{code}", h: s.countryPage},
		{method: "GET", pattern: "/articles", h: s.articlesPage},
		{method: "GET", pattern: "/articles/{id}", h: s.articlePage},

		{method: "GET", pattern: "/api/v1/openapi.json", h: s.apiOpenAPI, api: true},
		{method: "GET", pattern: "/api/v1/stats", h: s.apiStats, api: true},
		{method: "GET", pattern: "/api/v1/search", h: s.apiSearch, api: true},
		{method: "GET", pattern: "/api/v1/events", h: s.apiEvents, api: true},
		{method: "GET", pattern: "/api/v1/events/{id}", h: s.apiEvent, api: true},
		{method: "GET", pattern: "/api/v1/entities", h: s.apiEntities, api: true},
		{method: "GET", pattern: "/api/v1/entities/{id}", h: s.apiEntity, api: true},
		{method: "GET", pattern: "/api/v1/articles", h: s.apiArticles, api: true},
		{method: "GET", pattern: "/api/v1/articles/{id}", h: s.apiArticle, api: true},
		{method: "GET", pattern: "/api/v1/dyads/{a}/{b}/timeline", h: s.apiDyad, api: true},
		{method: "GET", pattern: "/api/v1/countries/{code}", h: s.apiCountry, api: true},
		{method: "GET", pattern: "/api/v1/export.jsonl", h: s.apiExportJSONL, api: true, stream: true},
		{method: "GET", pattern: "/api/v1/events.csv", h: s.apiEventsCSV, api: true, stream: true},
		{method: "POST", pattern: "/api/v1/entities/merge", h: s.apiMerge, api: true},
		{method: "POST", pattern: "/api/v1/entities/split", h: s.apiSplit, api: true},
	}
}

// Handler returns the root handler: every route with the security headers.
func (s *Server) Handler() http.Handler { return secure(s.mux) }

// HTTPServer returns an http.Server for addr with timeouts and header limits
// set, so that a slow or hostile client cannot hold connections open. The
// exports lift the write deadline for themselves.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// csp forbids everything but our own scripts, styles and images: article
// text is untrusted, and even an escaping bug must not run a script.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.ServeHTTP(w, r)
	})
}

func cacheFor(h http.Handler, seconds int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", seconds))
		h.ServeHTTP(w, r)
	})
}

// wrap turns a route's handler into an http.Handler: request timeout, panic
// recovery and the one mapping from errors to responses.
func (s *Server) wrap(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !rt.stream {
			ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
			defer cancel()
			r = r.WithContext(ctx)
		}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				s.fail(w, r, rt.api, fmt.Errorf("panic: %v", v))
			}
		}()
		if !rt.stream {
			select {
			case s.gate <- struct{}{}:
				defer func() { <-s.gate }()
			case <-r.Context().Done():
				s.fail(w, r, rt.api, fmt.Errorf("waiting to be served: %w", context.Cause(r.Context())))
				return
			}
		}
		if err := rt.h(w, r); err != nil {
			s.fail(w, r, rt.api, err)
		}
	})
}

// status maps a domain error code to an HTTP status. It is the only place
// that does, for pages and API alike.
func status(err error) int {
	switch news.ErrorCode(err) {
	case news.ENotFound:
		return http.StatusNotFound
	case news.EInvalid:
		return http.StatusBadRequest
	case news.ETooLarge:
		return http.StatusRequestEntityTooLarge
	case news.EConflict:
		return http.StatusConflict
	case eMethod:
		return http.StatusMethodNotAllowed
	case news.EAuth:
		var e *news.Error
		if errors.As(err, &e) && e.Op == opForbidden {
			return http.StatusForbidden
		}
		return http.StatusUnauthorized
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// opForbidden marks an EAuth error that no credential can lift (writes on a
// read-only server): 403 rather than 401.
const opForbidden = "forbidden"

// fail writes err as a JSON error or an HTML error page. Internal errors are
// logged and shown without detail.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, api bool, err error) {
	code := status(err)
	msg := news.ErrorMessage(err)
	if code >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = http.StatusText(code)
	}
	if code == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="chancery"`)
	}
	if api {
		writeJSON(w, code, map[string]any{"error": map[string]string{
			"code": errCode(err), "message": msg,
		}})
		return
	}
	s.render(w, r, code, "error", errorPage{Status: code, Title: http.StatusText(code), Message: msg})
}

func errCode(err error) string {
	if status(err) == http.StatusServiceUnavailable {
		return "timeout"
	}
	return news.ErrorCode(err)
}

// eMethod is web's own error code for a known path asked with the wrong
// method; news has no such code since only HTTP has methods.
const eMethod = "method_not_allowed"

// notFound answers everything no route matches: 405 when another method
// would have matched, else 404; JSON under /api/, HTML elsewhere.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) error {
	api := strings.HasPrefix(r.URL.Path, "/api/")
	var allow []string
	for _, m := range []string{"GET", "POST"} {
		if m == r.Method {
			continue
		}
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, pat := s.mux.Handler(r2); pat != "" && pat != "/" {
			allow = append(allow, m)
		}
	}
	var err error
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		err = news.Errorf(eMethod, "method %s not allowed; use %s", r.Method, strings.Join(allow, " or "))
	} else if api {
		err = news.Errorf(news.ENotFound, "no such endpoint %s", r.URL.Path)
	} else {
		err = news.Errorf(news.ENotFound, "no such page %s", r.URL.Path)
	}
	s.fail(w, r, api, err)
	return nil
}
