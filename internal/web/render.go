package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"chancery/internal/news"
)

// view is what every page template receives.
type view struct {
	Title string
	Nav   string // the active section, for the navigation bar
	Query string // the search box's value
	D     any    // the page's own data
}

type errorPage struct {
	Status         int
	Title, Message string
}

var funcs = template.FuncMap{
	"country":  countryName,
	"langname": langName,
	"coop":     news.Cooperative,
	"typeclass": func(t string) string {
		if news.Cooperative(t) {
			return "coop"
		}
		return "conf"
	},
	"modename": func(m string) string {
		if m == "" {
			return "factual"
		}
		return m
	},
	"pe":     url.PathEscape,
	"join":   strings.Join,
	"add":    func(a, b int) int { return a + b },
	"short":  shorten,
	"types":  func() []string { return news.EventTypes },
	"script": scriptOf,
}

func mustParsePages() map[string]*template.Template {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		panic(err) // build-time invariant: the pattern is valid
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		base := strings.TrimSuffix(path.Base(n), ".html")
		if base == "layout" {
			continue
		}
		t := template.Must(template.New(base).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", n))
		pages[base] = t
	}
	return pages
}

// render executes a page into a buffer first, so that a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, v any) {
	t := s.pages[name]
	var buf bytes.Buffer
	if t == nil {
		s.log.Error("no template", "name", name)
		code = http.StatusInternalServerError
		buf.WriteString("internal error")
	} else {
		vw, ok := v.(view)
		if !ok {
			vw = view{D: v}
			if e, isErr := v.(errorPage); isErr {
				vw.Title = e.Title
			}
		}
		if err := t.ExecuteTemplate(&buf, "layout", vw); err != nil {
			s.log.Error("render", "template", name, "path", r.URL.Path, "err", err)
			code = http.StatusInternalServerError
			buf.Reset()
			buf.WriteString("internal error")
		}
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

func (s *Server) show(w http.ResponseWriter, r *http.Request, name, title, nav string, d any) error {
	s.render(w, r, http.StatusOK, name, view{Title: title, Nav: nav, Query: r.URL.Query().Get("q"), D: d})
	return nil
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code = http.StatusInternalServerError
		b = []byte(`{"error":{"code":"internal","message":"Internal Server Error"}}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	w.WriteHeader(code)
	w.Write(b)
	w.Write([]byte("\n"))
}

// countryName gives a state's English name for an alpha-3 code, and the
// code itself for organizations and blocs.
func countryName(code string) string {
	if len(code) != 3 {
		return code
	}
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() {
		return code
	}
	if n := display.English.Regions().Name(r); n != "" {
		return n
	}
	return code
}

func langName(code string) string {
	if code == "" {
		return "unknown"
	}
	t, err := language.Parse(code)
	if err != nil {
		return code
	}
	if n := display.English.Languages().Name(t); n != "" {
		return n
	}
	return code
}

// shorten cuts s to about n runes at a word boundary.
func shorten(n int, s string) string {
	if len(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			cut := s[:j]
			if k := strings.LastIndexByte(cut, ' '); k > j/2 {
				cut = cut[:k]
			}
			return cut + "…"
		}
		i++
	}
	return s
}

// scriptOf names the writing system of a name, by its first letter, so that
// the entity page can show aliases per script.
func scriptOf(s string) string {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		for _, sc := range []string{"Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Hiragana", "Katakana", "Hangul", "Devanagari", "Thai", "Georgian", "Armenian"} {
			if unicode.Is(unicode.Scripts[sc], r) {
				return sc
			}
		}
		return "other"
	}
	return "other"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
