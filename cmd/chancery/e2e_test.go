//go:build e2e

// The browser test: build the demo database with the real pipeline, serve
// it, and drive headless Chromium through it as an analyst would. Behind
// the e2e build tag so that `go test ./...` stays fast:
//
//	CHANCERY_SCREENSHOTS=/tmp/shots go test -tags e2e -run Browser ./cmd/chancery
//
// It skips when Chromium is absent, unless CI=true.

package main

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"chancery/internal/browsertest"
	"chancery/internal/news"
	"chancery/internal/sqlite"
	"chancery/internal/web"
)

func TestBrowserDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if code, out, errOut := run(t, "demo", "--no-serve", "--db", db); code != 0 {
		t.Fatalf("demo: exit %d\n%s\n%s", code, out, errOut)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	// The meeting reported in English and German: the event to click.
	evs, _, err := st.Events(ctx, news.EventFilter{Type: news.Consult, Dyad: []string{"BRA", "IDN"}})
	if err != nil {
		t.Fatal(err)
	}
	var target *news.Event
	for _, e := range evs {
		langs := map[string]bool{}
		for _, m := range e.Mentions {
			langs[m.Lang] = true
		}
		if langs["en"] && langs["de"] {
			target = e
		}
	}
	if target == nil {
		t.Fatalf("no BRA-IDN meeting reported in English and German among %d events", len(evs))
	}

	ts := httptest.NewServer(web.New(st, web.Options{}).Handler())
	defer ts.Close()
	bctx := browsertest.Start(t, 90*time.Second)

	dir := os.Getenv("CHANCERY_SCREENSHOTS")
	shot := func(name string) chromedp.Action[chromedp.Void] { return browsertest.Shot(dir, "demo-"+name) }
	var hits, page string
	err = chromedp.Do(bctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		shot("01-home"),
		chromedp.SendKeys(chromedp.ID("q"), "Santoso"),
		chromedp.Submit(chromedp.ID("q")),
		chromedp.WaitVisible(chromedp.CSS(`ol.hits li`)),
		browsertest.Into(&hits, chromedp.Text(chromedp.CSS(`ol.hits`))),
		shot("02-search"),
		chromedp.Navigate(ts.URL+"/dyads/BRA/IDN"),
		chromedp.WaitVisible(chromedp.CSS(`svg.timeline`)),
		shot("03-dyad"),
		chromedp.Click(chromedp.CSS(`svg.timeline a[href="/events/`+target.ID+`"] circle`)),
		chromedp.WaitVisible(chromedp.CSS(`article.report`)),
		browsertest.Into(&page, chromedp.Text(chromedp.CSS(`main`))),
		shot("04-event"),
	)
	if err != nil {
		t.Fatalf("browse: %v", err)
	}
	if !strings.Contains(hits, "Santoso") {
		t.Errorf("search for Santoso found nothing with that name: %q", hits)
	}
	for _, want := range []string{"Jakarta", "zusammengetroffen", "met his Indonesian counterpart"} {
		if !strings.Contains(page, want) {
			t.Errorf("event page lacks %q (mentions in both languages)", want)
		}
	}
}
