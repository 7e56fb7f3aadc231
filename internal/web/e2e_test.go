//go:build e2e

// The end-to-end test drives the site in headless Chromium. It is behind
// the e2e build tag so that `go test ./...` stays fast:
//
//	CHANCERY_SCREENSHOTS=/tmp/shots go test -tags e2e -run E2E ./internal/web
//
// It skips when Chromium is absent, unless CI=true.

package web

import (
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"chancery/internal/browsertest"
)

func TestE2EBrowse(t *testing.T) {
	ts := httptest.NewServer(New(newFixture(), Options{}).Handler())
	defer ts.Close()

	ctx := browsertest.Start(t, 90*time.Second)

	dir := os.Getenv("CHANCERY_SCREENSHOTS")
	shot := func(name string) chromedp.Action[chromedp.Void] { return browsertest.Shot(dir, name) }

	var bg, active, results, title, reports string
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		shot("01-home"),
		// The stylesheet loaded under the CSP: the header has its colour.
		browsertest.Into(&bg, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("header.top")).backgroundColor`)),
		// The script loaded under the CSP: "/" focuses the search box.
		chromedp.KeyEvent("/"),
		browsertest.Into(&active, chromedp.Evaluate[string](`document.activeElement ? document.activeElement.id : ""`)),
		// CDP's synthetic key events send "/" as a separate char event that
		// preventDefault on keydown cannot stop; clear it.
		browsertest.Into(new(bool), chromedp.Evaluate[bool](`(document.getElementById("q").value = "", true)`)),
		chromedp.SendKeys(chromedp.ID("q"), "Halvorsen"),
		chromedp.Submit(chromedp.ID("q")),
		chromedp.WaitVisible(chromedp.CSS(`ol.hits li`)),
		browsertest.Into(&results, chromedp.Text(chromedp.CSS(`ol.hits`))),
		shot("02-search"),
		chromedp.Navigate(ts.URL+"/dyads/NOR/CHL"),
		chromedp.WaitVisible(chromedp.CSS(`svg.timeline`)),
		shot("03-dyad"),
		chromedp.Click(chromedp.CSS(`svg.timeline a[href="/events/v1"] circle`)),
		chromedp.WaitVisible(chromedp.CSS(`article.report`)),
		browsertest.Into(&title, chromedp.Title()),
		browsertest.Into(&reports, chromedp.Text(chromedp.CSS(`main`))),
		shot("04-event"),
		chromedp.Navigate(ts.URL+"/countries/NOR"),
		chromedp.WaitVisible(chromedp.CSS(`svg.graph`)),
		shot("05-country"),
		chromedp.Navigate(ts.URL+"/articles/a1000000000000001"),
		chromedp.WaitVisible(chromedp.CSS(`mark.ev`)),
		shot("06-article"),
		chromedp.Navigate(ts.URL+"/entities/e1"),
		chromedp.WaitVisible(chromedp.CSS(`table.aliases`)),
		shot("07-entity"),
	)
	if err != nil {
		t.Fatalf("browse: %v", err)
	}
	if bg != "rgb(31, 58, 95)" {
		t.Errorf("header background: got %q, want the stylesheet's rgb(31, 58, 95)", bg)
	}
	if active != "q" {
		t.Errorf("after '/': focused %q, want the search box", active)
	}
	if !strings.Contains(results, "Norway and Chile") {
		t.Errorf("search results lack the English article: %q", results)
	}
	if !strings.HasPrefix(title, "CONSULT") {
		t.Errorf("event page title: got %q, want CONSULT …", title)
	}
	for _, w := range []string{"Northern Wire", "Nordkurier", "Amtskollegen", "counterpart", "DE", "EN"} {
		if !strings.Contains(reports, w) {
			t.Errorf("event page lacks %q", w)
		}
	}
}
