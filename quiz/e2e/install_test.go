package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestInstallButton: Chromium offers the app for installation, and the app
// shows an Install button; the page says while it loads how far it got.
func TestInstallButton(t *testing.T) {
	s := startServer(t, copyQuestions(t, "karabakh.yaml"))
	ctx := newBrowser(t)

	_, body := httpGet(t, s.URL+"/")
	if !strings.Contains(string(body), "Loading Factquiz") {
		t.Errorf("the served page does not say it is loading:\n%.600s", body)
	}

	navigate(t, ctx, s.URL+"/")
	waitApp(t, ctx)
	do(t, ctx, 30*time.Second, chromedp.WaitVisible(chromedp.ID("install")))
	if n := eval[int](t, ctx, `document.querySelectorAll("#install-apple").length`); n != 0 {
		t.Errorf("Chromium is shown the Safari install steps")
	}
	noConsoleErrors(t, ctx)
}

// TestInstallOnSafari: Safari has no install prompt; the Install button
// explains how to add the app to the home screen instead, and nothing
// fails.
func TestInstallOnSafari(t *testing.T) {
	s := startServer(t, copyQuestions(t, "karabakh.yaml"))
	ctx := newBrowser(t)
	const iPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"
	if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: iPhone}); err != nil {
		t.Fatal(err)
	}
	navigate(t, ctx, s.URL+"/")
	waitApp(t, ctx)
	do(t, ctx, 30*time.Second, chromedp.WaitVisible(chromedp.ID("install-apple")))
	if n := eval[int](t, ctx, `document.querySelectorAll("#install").length`); n != 0 {
		t.Errorf("Safari is shown the install prompt button, which cannot work there")
	}
	if eval[bool](t, ctx, `!document.getElementById("apple-help").hidden`) {
		t.Errorf("the Safari steps show before the button is pressed")
	}
	do(t, ctx, 10*time.Second, chromedp.Click(chromedp.ID("install-apple")))
	do(t, ctx, 10*time.Second, chromedp.WaitVisible(chromedp.ID("apple-help")))
	help := eval[string](t, ctx, `document.getElementById("apple-help").innerText`)
	if !strings.Contains(help, "Share, then Add to Home Screen") {
		t.Errorf("Safari steps: %q", help)
	}
	if got := eval[string](t, ctx, `document.getElementById("install-apple").getAttribute("aria-expanded")`); got != "true" {
		t.Errorf("aria-expanded = %q after opening the steps, want true", got)
	}
	noAxeViolations(t, ctx, "home with the Safari steps")
	noConsoleErrors(t, ctx)
}
