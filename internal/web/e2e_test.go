//go:build e2e

// The end-to-end test drives the site in headless Chromium. It is behind
// the e2e build tag so that `go test ./...` stays fast:
//
//	CHANCERY_SCREENSHOTS=/tmp/shots go test -tags e2e -run E2E ./internal/web
//
// It skips when Chromium is absent, unless CI=true.

package web

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func chromiumPath(t *testing.T) string {
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found (CI=true)")
	}
	t.Skip("chromium not found")
	return ""
}

func TestE2EBrowse(t *testing.T) {
	bin := chromiumPath(t)
	ts := httptest.NewServer(New(newFixture(), Options{}).Handler())
	defer ts.Close()

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancel := chromedp.NewExecAllocator(t.Context(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// The first run starts the browser; the timeout applies to the steps.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	dir := os.Getenv("CHANCERY_SCREENSHOTS")
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			if dir == "" {
				return nil
			}
			buf, err := chromedp.FullScreenshot(100)(ctx, tg)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644)
		})
	}

	var bg, active, results, title, reports string
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		shot("01-home"),
		// The stylesheet loaded under the CSP: the header has its colour.
		into(&bg, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("header.top")).backgroundColor`)),
		// The script loaded under the CSP: "/" focuses the search box.
		chromedp.KeyEvent("/"),
		into(&active, chromedp.Evaluate[string](`document.activeElement ? document.activeElement.id : ""`)),
		// CDP's synthetic key events send "/" as a separate char event that
		// preventDefault on keydown cannot stop; clear it.
		into(new(bool), chromedp.Evaluate[bool](`(document.getElementById("q").value = "", true)`)),
		chromedp.SendKeys(chromedp.ID("q"), "Halvorsen"),
		chromedp.Submit(chromedp.ID("q")),
		chromedp.WaitVisible(chromedp.CSS(`ol.hits li`)),
		into(&results, chromedp.Text(chromedp.CSS(`ol.hits`))),
		shot("02-search"),
		chromedp.Navigate(ts.URL+"/dyads/NOR/CHL"),
		chromedp.WaitVisible(chromedp.CSS(`svg.timeline`)),
		shot("03-dyad"),
		chromedp.Click(chromedp.CSS(`svg.timeline a[href="/events/v1"] circle`)),
		chromedp.WaitVisible(chromedp.CSS(`article.report`)),
		into(&title, chromedp.Title()),
		into(&reports, chromedp.Text(chromedp.CSS(`main`))),
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

// into runs a for its value and stores it in dst.
func into[T any](dst *T, a chromedp.Action[T]) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		v, err := a(ctx, tg)
		*dst = v
		return err
	})
}
