package web

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"chancery/internal/news"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func newTestServer(t testing.TB, opts Options) (*httptest.Server, *fakeStore) {
	t.Helper()
	st := newFixture()
	ts := httptest.NewServer(New(st, opts).Handler())
	t.Cleanup(ts.Close)
	return ts, st
}

type response struct {
	status int
	header http.Header
	body   string
}

func do(t testing.TB, ts *httptest.Server, method, path, token, body string) response {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{res.StatusCode, res.Header, string(b)}
}

func get(t testing.TB, ts *httptest.Server, path string) response {
	t.Helper()
	return do(t, ts, "GET", path, "", "")
}

func TestPages(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	tests := []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{"Recent events", "Northern Wire", "German", `href="/events/v1"`, "CONSULT"}},
		{"/search?q=Halvorsen", 200, []string{`href="/articles/a1000000000000001"`, `href="/entities/e1"`}},
		{"/search?q=Zusammenarbeit", 200, []string{`href="/articles/a2000000000000002"`}},
		{"/search", 200, []string{"Type words"}},
		{"/events", 200, []string{"CONSULT", "AGREE", "ACCUSE", `name="type"`}},
		{"/events?type=ACCUSE", 200, []string{"ACCUSE", "Argentina"}},
		{"/events?a=nor&b=chl", 200, []string{"Timeline of NOR – CHL", `href="/dyads/NOR/CHL"`}},
		{"/events/v1", 200, []string{
			"Northern Wire", "Nordkurier", "Coastal Times", ">de<", ">en<",
			`<mark class="ev"`, "Tomás Ferrer", "Ingrid Halvorsen", "shares text with",
			"We share the same goals,", "Wir wollen mehr Handel", "3 articles", "2 languages",
		}},
		{"/events/v4", 200, []string{"A stale mention whose span is out of range.", "future"}},
		{"/events/nope", 404, []string{"no event nope"}},
		{"/dyads/NOR/CHL", 200, []string{"<svg", "<circle", `href="/events/v1"`, "CONSULT", "cooperation", "2024-02"}},
		{"/dyads/nor/chl", 200, []string{"<svg"}},
		{"/dyads/N%3COR/CHL", 400, []string{"bad actor code"}},
		{"/dyads/XXX/YYY", 200, []string{"No dated events."}},
		{"/entities", 200, []string{"Ingrid Halvorsen", "Tomás Ferrer", "Norwegian Foreign Ministry"}},
		{"/entities?kind=organization", 200, []string{"Norwegian Foreign Ministry"}},
		{"/entities?kind=robot", 400, []string{"unknown entity kind"}},
		{"/entities/e1", 200, []string{"foreign minister", "Ингрид Халворсен", "Cyrillic", "Latin", "Norway", `href="/events/v1"`, "We share the same goals,"}},
		{"/entities/e2", 200, []string{"Wir wollen mehr Handel", "Chile"}},
		{"/entities/zzz", 404, nil},
		{"/countries/NOR", 200, []string{"Norway", "<svg", `href="/dyads/NOR/CHL"`, "Chile"}},
		{"/countries/CHL", 200, []string{"Argentina", "Norway"}},
		{"/articles", 200, []string{"Norway and Chile agree", "Nordkurier", "shares text"}},
		{"/articles?lang=de", 200, []string{"Nordkurier"}},
		{"/articles/a1000000000000001", 200, []string{
			`<mark class="ev"`, `class="m m-person" href="/entities/e1"`, `m-date`, "Share on Facebook",
			"<details", "published date taken from the dateline", "Good talks today", `href="/events/v1"`,
		}},
		{"/articles/a2000000000000002", 200, []string{"Amtskollegen", "Wir wollen mehr Handel"}},
		{"/articles/missing", 404, nil},
		{"/no/such/page", 404, []string{"no such page"}},
		{"/static/style.css", 200, []string{"mark.ev"}},
		{"/static/app.js", 200, []string{"use strict"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			r := get(t, ts, tt.path)
			if r.status != tt.status {
				t.Fatalf("status: got %d, want %d; body:\n%s", r.status, tt.status, shorten(800, r.body))
			}
			if !strings.HasPrefix(tt.path, "/static/") {
				if got := r.header.Get("Content-Type"); got != "text/html; charset=utf-8" {
					t.Errorf("content type: got %q, want text/html", got)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(r.body, w) {
					t.Errorf("body lacks %q", w)
				}
			}
		})
	}
}

func TestPagesNotFoundExcludesMissingFromBody(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	r := get(t, ts, "/events/v1")
	if strings.Contains(r.body, "A stale mention") {
		t.Error("event v1 shows a mention of another event")
	}
}

func decode(t *testing.T, r response, v any) {
	t.Helper()
	if got := r.header.Get("Content-Type"); !strings.HasPrefix(got, "application/json") {
		t.Fatalf("content type: got %q, want application/json", got)
	}
	if err := json.Unmarshal([]byte(r.body), v); err != nil {
		t.Fatalf("decode %q: %v", shorten(200, r.body), err)
	}
}

type listResp struct {
	Items  []map[string]any `json:"items"`
	Total  int              `json:"total"`
	Offset int              `json:"offset"`
	Limit  int              `json:"limit"`
}

func ids(l listResp) string {
	var s []string
	for _, it := range l.Items {
		s = append(s, fmt.Sprint(it["id"]))
	}
	return strings.Join(s, ",")
}

func TestAPIEventsFiltersAndPaging(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	tests := []struct {
		query     string
		wantIDs   string
		wantTotal int
	}{
		{"", "v1,v2,v3,v4,v5", 5},
		{"?limit=2", "v1,v2", 5},
		{"?limit=2&offset=2", "v3,v4", 5},
		{"?limit=2&offset=4", "v5", 5},
		{"?offset=10", "", 5},
		{"?type=consult", "v1", 1},
		{"?country=ARG", "v3", 1},
		{"?a=NOR&b=CHL", "v1,v2,v4,v5", 4},
		{"?person=e2", "v1,v2", 2},
		{"?lang=de", "v1,v2", 2},
		{"?article=a3000000000000003", "v1", 1},
		{"?mode=future", "v4", 1},
		{"?mode=factual", "v1,v2,v3,v5", 4},
		{"?from=2024-02&to=2024-02", "v1,v2", 2},
		{"?from=2024", "v1,v2,v3,v5", 4},
		{"?to=2023-12-31", "v4", 1},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r := get(t, ts, "/api/v1/events"+tt.query)
			if r.status != 200 {
				t.Fatalf("status: got %d, want 200: %s", r.status, r.body)
			}
			var l listResp
			decode(t, r, &l)
			if got := ids(l); got != tt.wantIDs {
				t.Errorf("ids: got %q, want %q", got, tt.wantIDs)
			}
			if l.Total != tt.wantTotal {
				t.Errorf("total: got %d, want %d", l.Total, tt.wantTotal)
			}
			if l.Items == nil {
				t.Error("items is null, want []")
			}
		})
	}
	for _, q := range []string{"?type=DANCE", "?from=yesterday", "?to=2024-13x", "?a=NOR", "?limit=0",
		"?offset=-1", "?limit=abc", "?mode=maybe", "?country=%3Cscript%3E"} {
		t.Run("bad"+q, func(t *testing.T) {
			r := get(t, ts, "/api/v1/events"+q)
			if r.status != 400 {
				t.Fatalf("status: got %d, want 400", r.status)
			}
			var e struct {
				Error struct{ Code, Message string }
			}
			decode(t, r, &e)
			if e.Error.Code != news.EInvalid || e.Error.Message == "" {
				t.Errorf("error: got %+v, want code invalid with a message", e.Error)
			}
		})
	}
	r := get(t, ts, "/api/v1/events?limit=100000")
	var l listResp
	decode(t, r, &l)
	if l.Limit != maxLimit {
		t.Errorf("limit: got %d, want the cap %d", l.Limit, maxLimit)
	}
}

func TestHTMLPager(t *testing.T) {
	ts, _ := newTestServer(t, Options{PageSize: 2})
	r := get(t, ts, "/events?type=&country=&limit=2&offset=2")
	for _, w := range []string{`rel="prev"`, `rel="next"`, "3–4 of 5", "offset=4", "limit=2"} {
		if !strings.Contains(r.body, w) {
			t.Errorf("pager lacks %q", w)
		}
	}
}

func TestAPI(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	tests := []struct {
		path   string
		status int
		want   []string // substrings of the JSON
	}{
		{"/api/v1/stats", 200, []string{`"articles":4`, `"languages":{`, `"de":1`}},
		{"/api/v1/search?q=Halvorsen", 200, []string{`"kind":"article"`, `"kind":"entity"`}},
		{"/api/v1/search?q=", 200, []string{`"items":[]`}},
		{"/api/v1/search?q=" + strings.Repeat("x", 600), 400, []string{`"invalid"`}},
		{"/api/v1/events/v1", 200, []string{`"type":"CONSULT"`, `"mentions":[`, `"lang":"de"`}},
		{"/api/v1/events/nope", 404, []string{`"code":"not_found"`}},
		{"/api/v1/entities", 200, []string{`"total":5`, `"Ingrid Halvorsen"`}},
		{"/api/v1/entities?q=%D0%A2%D0%BE%D0%BC", 200, []string{`"id":"e2"`, `"total":1`}}, // Cyrillic prefix
		{"/api/v1/entities/e2", 200, []string{`"Томас Феррер"`}},
		{"/api/v1/entities/nope", 404, nil},
		{"/api/v1/articles", 200, []string{`"total":4`, `"countries":[`}},
		{"/api/v1/articles?country=ARG", 200, []string{`"total":1`, `"a1000000000000001"`}},
		{"/api/v1/articles/a2000000000000002", 200, []string{`"body":"Die norwegische`, `"analysis":`}},
		{"/api/v1/articles/nope", 404, nil},
		{"/api/v1/dyads/NOR/CHL/timeline", 200, []string{`"months":[`, `"month":"2024-02"`, `"cooperative":2`, `"total":4`}},
		{"/api/v1/dyads/NOR/$/timeline", 400, nil},
		{"/api/v1/countries/CHL", 200, []string{`"partners":[`, `"code":"NOR"`, `"code":"ARG"`}},
		{"/api/v1/nothing", 404, []string{`"not_found"`}},
		{"/api/v1/openapi.json", 200, []string{`"openapi":`}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			r := get(t, ts, tt.path)
			if r.status != tt.status {
				t.Fatalf("status: got %d, want %d: %s", r.status, tt.status, shorten(300, r.body))
			}
			var v any
			decode(t, r, &v)
			for _, w := range tt.want {
				if !strings.Contains(r.body, w) {
					t.Errorf("body lacks %q:\n%s", w, shorten(600, r.body))
				}
			}
		})
	}
}

// scriptish finds markup an attacker could use: a script element, an
// event-handler attribute or a javascript: URL inside a tag.
var scriptish = regexp.MustCompile(`(?i)<script>alert|<img src=x|<i>evil|<b>boss|href="javascript:|<[^>]*\son[a-z]+=`)

func TestXSS(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	for _, p := range []string{"/", "/articles", "/articles/a4000000000000004", "/events", "/events/v5",
		"/entities", "/entities/e5", "/countries/NOR", "/dyads/NOR/CHL",
		"/search?q=" + "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/search?q=Officials",
		"/events?person=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", "/no%3Cscript%3Ealert(1)%3C/script%3E"} {
		t.Run(p, func(t *testing.T) {
			r := get(t, ts, p)
			if m := scriptish.FindString(r.body); m != "" {
				i := strings.Index(r.body, m)
				t.Errorf("unescaped markup %q at …%s…", m, r.body[max(0, i-80):min(len(r.body), i+80)])
			}
		})
	}
	r := get(t, ts, "/articles/a4000000000000004")
	for _, w := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;", "&amp;"} {
		if !strings.Contains(r.body, w) {
			t.Errorf("article page lacks escaped %q", w)
		}
	}
	// The only <script> is our own file.
	if got := strings.Count(strings.ToLower(r.body), "<script"); got != 1 {
		t.Errorf("script elements: got %d, want 1 (app.js)", got)
	}
	// API: JSON escapes < and > so a mis-sniffed response cannot run.
	r = get(t, ts, "/api/v1/articles/a4000000000000004")
	if strings.Contains(r.body, "<script>") {
		t.Error("JSON carries a raw <script>")
	}
}

func TestSecurityHeaders(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	for _, p := range []string{"/", "/events/v1", "/api/v1/stats", "/static/style.css", "/nope", "/api/v1/nope"} {
		r := get(t, ts, p)
		if got := r.header.Get("Content-Security-Policy"); got != csp {
			t.Errorf("%s: CSP: got %q, want %q", p, got, csp)
		}
		for _, d := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"} {
			if !strings.Contains(r.header.Get("Content-Security-Policy"), d) {
				t.Errorf("%s: CSP lacks %q", p, d)
			}
		}
		if got := r.header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options: got %q, want nosniff", p, got)
		}
		if got := r.header.Get("Referrer-Policy"); got == "" {
			t.Errorf("%s: no Referrer-Policy", p)
		}
	}
	// No inline scripts or styles: the CSP would block them anyway.
	r := get(t, ts, "/events/v1")
	if regexp.MustCompile(`<script>|<style|\sstyle="|\son\w+="`).MatchString(r.body) {
		t.Error("page has inline script or style")
	}
}

func TestWriteEndpoints(t *testing.T) {
	merge := `{"entity":"e2","other":"e4"}`
	t.Run("read-only server", func(t *testing.T) {
		ts, st := newTestServer(t, Options{})
		for _, p := range []string{"/api/v1/entities/merge", "/api/v1/entities/split"} {
			r := do(t, ts, "POST", p, "anything", merge)
			if r.status != http.StatusForbidden {
				t.Errorf("%s: got %d, want 403", p, r.status)
			}
		}
		if len(st.corrections) != 0 {
			t.Error("a refused request changed the store")
		}
	})
	ts, st := newTestServer(t, Options{Token: "s3cret", MaxBodyBytes: 256})
	tests := []struct {
		name, path, token, body string
		status                  int
	}{
		{"no token", "/api/v1/entities/merge", "", merge, 401},
		{"wrong token", "/api/v1/entities/merge", "guess", merge, 401},
		{"bad json", "/api/v1/entities/merge", "s3cret", `{"entity":`, 400},
		{"unknown field", "/api/v1/entities/merge", "s3cret", `{"entity":"e2","other":"e4","x":1}`, 400},
		{"too large", "/api/v1/entities/merge", "s3cret", `{"entity":"` + strings.Repeat("e", 400) + `","other":"e4"}`, 413},
		{"missing entity", "/api/v1/entities/merge", "s3cret", `{"entity":"e2","other":"e99"}`, 404},
		{"self", "/api/v1/entities/merge", "s3cret", `{"entity":"e2","other":"e2"}`, 409},
		{"kinds differ", "/api/v1/entities/merge", "s3cret", `{"entity":"e2","other":"e3"}`, 409},
		{"empty", "/api/v1/entities/merge", "s3cret", `{}`, 400},
		{"put not allowed", "/api/v1/entities/merge", "s3cret", merge, 405},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := "POST"
			if tt.status == 405 {
				method = "PUT"
			}
			r := do(t, ts, method, tt.path, tt.token, tt.body)
			if r.status != tt.status {
				t.Fatalf("got %d, want %d: %s", r.status, tt.status, r.body)
			}
		})
	}
	if len(st.corrections) != 0 {
		t.Fatal("failed requests changed the store")
	}
	r := do(t, ts, "POST", "/api/v1/entities/merge", "s3cret", merge)
	if r.status != 200 {
		t.Fatalf("merge: got %d, want 200: %s", r.status, r.body)
	}
	e2, _ := st.Entity(t.Context(), "e2")
	if !e2.Locked || !strings.Contains(strings.Join(e2.Aliases, "|"), "T. Ferrer") {
		t.Errorf("merged entity: got %+v, want locked with alias T. Ferrer", e2)
	}
	if _, err := st.Entity(t.Context(), "e4"); news.ErrorCode(err) != news.ENotFound {
		t.Errorf("merged-away entity: got err %v, want not found", err)
	}
	r = do(t, ts, "POST", "/api/v1/entities/split", "s3cret", `{"entity":"e2","alias":"Tomas Ferrer"}`)
	if r.status != 200 {
		t.Fatalf("split: got %d, want 200: %s", r.status, r.body)
	}
	var out struct{ Entity, Other news.Entity }
	decode(t, r, &out)
	// link.Split moves every spelling of the alias (accents, scripts folded).
	if !strings.Contains(strings.Join(out.Other.Aliases, "|"), "Tomas Ferrer") || out.Other.ID == "" || strings.Contains(strings.Join(out.Entity.Aliases, "|"), "Tomas Ferrer") {
		t.Errorf("split: got %+v", out)
	}
	if got, want := len(st.corrections), 2; got != want {
		t.Fatalf("corrections: got %d, want %d", got, want)
	}
	if c := st.corrections[1]; c.Kind != "split" || c.Alias != "Tomas Ferrer" || c.Entity != "e2" || c.At.IsZero() {
		t.Errorf("split correction: got %+v", c)
	}
	r = do(t, ts, "POST", "/api/v1/entities/split", "s3cret", `{"entity":"e3","alias":"no such alias"}`)
	if r.status != 400 {
		t.Errorf("split of an unknown alias: got %d, want 400", r.status)
	}
	r = do(t, ts, "POST", "/api/v1/entities/split", "s3cret", `{"entity":"e3","alias":"Norwegian Foreign Ministry"}`)
	if r.status != 409 {
		t.Errorf("split of the only name: got %d, want 409", r.status)
	}
}

func TestOpenAPICoversEveryRoute(t *testing.T) {
	var doc struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openapiJSON, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version: got %q, want 3.x", doc.OpenAPI)
	}
	s := New(newFixture(), Options{})
	seen := map[string]bool{}
	for _, rt := range s.routes() {
		if !rt.api {
			continue
		}
		p := rt.pattern
		seen[p] = true
		ops, ok := doc.Paths[p]
		if !ok {
			t.Errorf("route %s %s missing from openapi.json", rt.method, p)
			continue
		}
		op, ok := ops[strings.ToLower(rt.method)]
		if !ok {
			t.Errorf("route %s %s: method missing from openapi.json", rt.method, p)
			continue
		}
		if _, ok := op["responses"]; !ok {
			t.Errorf("route %s %s: no responses", rt.method, p)
		}
		// Every path parameter is declared.
		for _, m := range regexp.MustCompile(`\{(\w+)\}`).FindAllStringSubmatch(p, -1) {
			if !strings.Contains(fmt.Sprint(op["parameters"]), "name:"+m[1]) {
				t.Errorf("route %s: parameter %s undeclared", p, m[1])
			}
		}
	}
	for p := range doc.Paths {
		if !seen[p] {
			t.Errorf("openapi.json documents %s, which the server does not serve", p)
		}
	}
}

func TestStatusMapping(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{news.Errorf(news.ENotFound, "x"), 404},
		{fmt.Errorf("wrapped: %w", news.Errorf(news.ENotFound, "x")), 404},
		{news.Errorf(news.EInvalid, "x"), 400},
		{news.Errorf(news.EAuth, "x"), 401},
		{&news.Error{Code: news.EAuth, Op: opForbidden}, 403},
		{news.Errorf(news.EConflict, "x"), 409},
		{news.Errorf(news.ETooLarge, "x"), 413},
		{news.Errorf(news.EInternal, "x"), 500},
		{errors.New("disk on fire"), 500},
	}
	for _, tt := range tests {
		if got := status(tt.err); got != tt.want {
			t.Errorf("status(%v): got %d, want %d", tt.err, got, tt.want)
		}
	}
}

func TestInternalErrorsHideDetail(t *testing.T) {
	st := newFixture()
	st.failWith = errors.New("sqlite: secret path /var/db is corrupt")
	ts := httptest.NewServer(New(st, Options{}).Handler())
	defer ts.Close()
	for _, p := range []string{"/", "/api/v1/stats", "/events/v1", "/api/v1/events"} {
		r := get(t, ts, p)
		if r.status != 500 {
			t.Errorf("%s: got %d, want 500", p, r.status)
		}
		if strings.Contains(r.body, "secret") {
			t.Errorf("%s: internal detail leaked: %s", p, r.body)
		}
	}
}

func TestExports(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	r := get(t, ts, "/api/v1/export.jsonl")
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "application/x-ndjson") {
		t.Fatalf("export: got %d %q", r.status, r.header.Get("Content-Type"))
	}
	kinds := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(r.body), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("line %q: %v", shorten(80, line), err)
		}
		kinds[fmt.Sprint(rec["kind"])]++
		if rec["kind"] == "event" {
			if ms, _ := rec["mentions"].([]any); len(ms) == 0 {
				t.Errorf("event %v without mentions", rec["id"])
			}
		}
	}
	if kinds["article"] != 4 || kinds["entity"] != 5 || kinds["event"] != 5 {
		t.Errorf("kinds: got %v, want 4 articles, 5 entities, 5 events", kinds)
	}

	r = get(t, ts, "/api/v1/events.csv")
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: got %d %q", r.status, r.header.Get("Content-Type"))
	}
	lines := strings.Split(strings.TrimSpace(r.body), "\n")
	if got, want := len(lines), 6; got != want {
		t.Errorf("csv lines: got %d, want %d", got, want)
	}
	if !strings.HasPrefix(lines[0], "id,type,source,target") {
		t.Errorf("csv header: got %q", lines[0])
	}

	called := false
	ts2, _ := newTestServer(t, Options{ExportJSONL: func(ctx context.Context, w io.Writer) error {
		called = true
		_, err := io.WriteString(w, "{\"kind\":\"article\"}\n")
		return err
	}})
	r = get(t, ts2, "/api/v1/export.jsonl")
	if !called || r.body != "{\"kind\":\"article\"}\n" {
		t.Errorf("injected exporter: called %v, body %q", called, r.body)
	}
	ts3, _ := newTestServer(t, Options{ExportJSONL: func(ctx context.Context, w io.Writer) error {
		return news.Errorf(news.EInternal, "boom")
	}})
	if r = get(t, ts3, "/api/v1/export.jsonl"); r.status != 500 {
		t.Errorf("failing exporter: got %d, want 500", r.status)
	}
}

func TestCSVSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=HYPERLINK(1)", "'=HYPERLINK(1)"}, {"+1", "'+1"}, {"-x", "'-x"}, {"@a", "'@a"}, {"plain", "plain"}, {"", ""},
	}
	for _, tt := range tests {
		if got := csvSafe(tt.in); got != tt.want {
			t.Errorf("csvSafe(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTTPServerLimits(t *testing.T) {
	srv := New(newFixture(), Options{}).HTTPServer("127.0.0.1:0")
	if srv.ReadHeaderTimeout == 0 || srv.ReadTimeout == 0 || srv.WriteTimeout == 0 || srv.IdleTimeout == 0 || srv.MaxHeaderBytes == 0 {
		t.Errorf("server limits not all set: %+v", srv)
	}
}

// TestGoldenArticle pins the marked-up article page: review its diff after
// `go test ./internal/web -run Golden -update`.
func TestGoldenArticle(t *testing.T) {
	ts, _ := newTestServer(t, Options{})
	for _, c := range []struct{ name, path string }{
		{"article_en", "/articles/a1000000000000001"},
		{"event_consult", "/events/v1"},
		{"dyad", "/dyads/NOR/CHL"},
	} {
		r := get(t, ts, c.path)
		got := r.body
		file := filepath.Join("testdata", c.name+".golden.html")
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (run with -update to create)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from %s; rerun with -update and review the diff", c.path, file)
		}
	}
}

func TestSnippetParts(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"", "[]"},
		{"no marks", "[{no marks false}]"},
		{"talks on [energy] and [gas]", "[{talks on  false} {energy true} { and  false} {gas true}]"},
		{"[Energy][politik] wins", "[{Energypolitik true} { wins false}]"},
		{"open [mark", "[{open [mark false}]"},
		{"stray ] then [x]", "[{stray ] then  false} {x true}]"},
		{"empty [] mark", "[{empty  mark false}]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(snippetParts(tt.in)); got != tt.want {
			t.Errorf("snippetParts(%q): got %s, want %s", tt.in, got, tt.want)
		}
	}
}

// Requests beyond MaxInFlight wait their turn; one that waits past its
// timeout is answered 503, and the next one is served once a slot frees.
func TestMaxInFlight(t *testing.T) {
	st := newFixture()
	st.stall = make(chan struct{})
	ts := httptest.NewServer(New(st, Options{MaxInFlight: 1, RequestTimeout: 200 * time.Millisecond}).Handler())
	defer ts.Close()
	first := make(chan response)
	go func() { first <- get(t, ts, "/") }() // holds the only slot in Stats
	time.Sleep(50 * time.Millisecond)
	if r := get(t, ts, "/api/v1/events"); r.status != http.StatusServiceUnavailable || !strings.Contains(r.body, "timeout") {
		t.Errorf("request behind a full gate: got %d %s, want 503 timeout", r.status, r.body)
	}
	close(st.stall)
	<-first
	if r := get(t, ts, "/api/v1/events"); r.status != http.StatusOK {
		t.Errorf("request after the gate freed: got %d, want 200", r.status)
	}
}

func TestMarkedParts(t *testing.T) {
	s := "He [said] the [deal] was [final]" // the store marked "deal" only
	tests := []struct {
		name  string
		s     string
		marks [][2]int
		want  string
		ok    bool
	}{
		{"none", s, nil, "[]", false},
		{"exact", s, [][2]int{{15, 19}}, "[{He [said] the  false} {deal true} { was [final] false}]", true},
		{"first and last", "[a] b [c]", [][2]int{{1, 2}, {7, 8}}, "[{a true} { b  false} {c true}]", true},
		{"empty term", "x [] y", [][2]int{{3, 3}}, "[{x  false} { y false}]", true},
		{"not bracketed", s, [][2]int{{16, 19}}, "[]", false},
		{"out of range", s, [][2]int{{30, 40}}, "[]", false},
		{"reversed", s, [][2]int{{19, 15}}, "[]", false},
		{"overlapping", "[a][b]", [][2]int{{4, 5}, {1, 2}}, "[]", false},
		{"negative", s, [][2]int{{-1, 2}}, "[]", false},
	}
	for _, tt := range tests {
		got, ok := markedParts(tt.s, tt.marks)
		if fmt.Sprint(got) != tt.want || ok != tt.ok {
			t.Errorf("%s: markedParts: got %v, %v, want %s, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzMarkedParts checks that no marks, however wrong, make the split
// panic, and that a split keeps every byte of the text outside the marks'
// own brackets.
func FuzzMarkedParts(f *testing.F) {
	f.Add("He [said] the [deal]", 15, 19, 0, 0)
	f.Add("[a][b]", 1, 2, 4, 5)
	f.Add("x", -3, 9, 1, 0)
	f.Fuzz(func(t *testing.T, s string, a, b, c, d int) {
		marks := [][2]int{{a, b}, {c, d}}
		parts, ok := markedParts(s, marks)
		if !ok {
			return
		}
		var n int
		for _, p := range parts {
			n += len(p.Text)
		}
		if want := len(s) - len(marks)*(len(snipStart)+len(snipEnd)); n != want {
			t.Errorf("markedParts(%q, %v): parts %v hold %d bytes, want %d", s, marks, parts, n, want)
		}
	})
}

// With the store's marks, a bracket of the text itself is text: only the
// matched term is in a <mark>, and everything is escaped.
func TestSearchSnippetExactMarks(t *testing.T) {
	ts, st := newTestServer(t, Options{})
	snip := `He [the minister] <b>signed</b> the [energy] deal`
	i := strings.Index(snip, "[energy]") + 1
	st.hits = []news.Hit{{Kind: "article", ID: "a1", Title: "Energy", Snippet: snip, Marks: [][2]int{{i, i + len("energy")}}}}
	r := get(t, ts, "/search?q=energy")
	for _, w := range []string{`He [the minister] &lt;b&gt;signed&lt;/b&gt; the <mark class="hit">energy</mark> deal`} {
		if !strings.Contains(r.body, w) {
			t.Errorf("search page lacks %q", w)
		}
	}
	if strings.Count(r.body, `<mark class="hit">`) != 1 {
		t.Errorf("want one mark, got %d", strings.Count(r.body, `<mark class="hit">`))
	}
}

// Matched terms are shown in a <mark>; everything around them, and in
// them, is escaped.
func TestSearchSnippetMarks(t *testing.T) {
	ts, st := newTestServer(t, Options{})
	st.articles = append(st.articles, &news.Article{ID: "a9000000000000009", Lang: "en", Title: "Grid talks",
		Body: `Grid [talks] <img src=x onerror=alert(1)> & [<b>boss</b>] end`})
	r := get(t, ts, "/search?q=grid")
	for _, w := range []string{`<mark class="hit">talks</mark>`, `&lt;img src=x onerror=alert(1)&gt; &amp; `,
		`<mark class="hit">&lt;b&gt;boss&lt;/b&gt;</mark>`} {
		if !strings.Contains(r.body, w) {
			t.Errorf("search page lacks %q", w)
		}
	}
	if m := scriptish.FindString(r.body); m != "" {
		t.Errorf("unescaped markup %q", m)
	}
}
