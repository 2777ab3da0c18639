package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// loaderLook is what the loader and the page's body look like.
type loaderLook struct {
	Opacity     string `json:"opacity"`
	Font        string `json:"font"`
	Color       string `json:"color"`
	Background  string `json:"background"`
	LabelFont   string `json:"labelFont"`
	LabelColor  string `json:"labelColor"`
	BodyFont    string `json:"bodyFont"`
	BodyColor   string `json:"bodyColor"`
	BodyBack    string `json:"bodyBack"`
	Label       string `json:"label"`
	Icon        string `json:"icon"`
	IconAlt     string `json:"iconAlt"`
	Top, Bottom float64
	Height      float64 `json:"height"`
	// Through is true when a click at the middle of the screen reaches the
	// prerendered page, not the loader.
	Through bool `json:"through"`
}

const loaderLookJS = `(() => {
	const l = document.getElementById("app-wasm-loader");
	const lab = document.getElementById("app-wasm-loader-label");
	const icon = document.getElementById("app-wasm-loader-icon");
	const s = getComputedStyle(l), ls = getComputedStyle(lab), b = getComputedStyle(document.body);
	const r = l.getBoundingClientRect();
	const mid = document.elementFromPoint(innerWidth / 2, innerHeight - r.height / 2);
	return {opacity: s.opacity, font: s.fontFamily, color: s.color, background: s.backgroundColor,
		labelFont: ls.fontFamily, labelColor: ls.color,
		bodyFont: b.fontFamily, bodyColor: b.color, bodyBack: b.backgroundColor,
		label: lab.textContent, icon: icon.getAttribute("src"), iconAlt: icon.getAttribute("alt"),
		Top: r.top, Bottom: r.bottom, height: innerHeight, through: !l.contains(mid)};
})()`

// TestLoader holds app.wasm back on a first visit, so that go-app's loader
// stays up, and checks it in light and dark mode: the app's font and
// colours (those of the page's body), the app's icon, the percentage, a bar
// at the foot of the screen that clicks go through (the prerendered page
// stays usable). Then the wasm comes and the app starts with no console
// error; a warm visit (the service worker serves the app) does not flash
// the loader (it shows only if the app takes over 3 s to start).
func TestLoader(t *testing.T) {
	srv := startServer(t, questionsDir(t, "short.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")

	paused := make(chan fetch.RequestID, 4)
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			paused <- e.RequestID
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{
		Patterns: []*fetch.RequestPattern{{URLPattern: "*app.wasm*"}}}); err != nil {
		t.Fatalf("holding app.wasm back: %v", err)
	}
	navigate(t, ctx, srv.URL+"/")
	var held fetch.RequestID
	select {
	case held = <-paused:
	case <-time.After(30 * time.Second):
		t.Fatal("the page did not ask for app.wasm")
	}
	p.until(`getComputedStyle(document.getElementById("app-wasm-loader")).opacity === "1"`, "the loader fades in")

	var seen []string
	for _, scheme := range []string{"light", "dark"} {
		p.colorScheme(scheme)
		l := eval[loaderLook](t, ctx, loaderLookJS)
		seen = append(seen, l.BodyBack)
		for _, c := range []struct{ what, got, want string }{
			{"the loader's font", l.Font, l.BodyFont},
			{"the label's font", l.LabelFont, l.BodyFont},
			{"the loader's text colour", l.Color, l.BodyColor},
			{"the label's colour", l.LabelColor, l.BodyColor},
			{"the loader's background", l.Background, l.BodyBack},
		} {
			if c.got != c.want {
				t.Errorf("%s mode: %s is %q, the page's is %q", scheme, c.what, c.got, c.want)
			}
		}
		if l.Label != "Loading Factquiz 0%" {
			t.Errorf("%s mode: the loader says %q, want the app's name and a percentage", scheme, l.Label)
		}
		if l.Icon != "/web/icon-192.png" || l.IconAlt != "" {
			t.Errorf("%s mode: the loader's icon is %q (alt %q), want the app's icon as decoration", scheme, l.Icon, l.IconAlt)
		}
		if l.Bottom != l.Height || l.Top < l.Height/2 {
			t.Errorf("%s mode: the loader spans %.0f–%.0f px of a %.0f px screen, want a bar at its foot", scheme, l.Top, l.Bottom, l.Height)
		}
		if !l.Through {
			t.Errorf("%s mode: a click on the loader does not reach the page under it", scheme)
		}
	}
	if seen[0] == seen[1] {
		t.Errorf("the page's background is %q in both modes: dark mode was not applied", seen[0])
	}
	p.colorScheme("light")

	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Call(tctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: held}); err != nil {
		t.Fatalf("letting app.wasm through: %v", err)
	}
	if _, err := chromedp.Call(tctx, fetch.Disable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	waitController(t, ctx)

	// A warm visit: record the loader's greatest opacity on every frame.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
		window.fqLoaderShownAt = 0;
		(function watch() {
			const l = document.getElementById("app-wasm-loader");
			if (l && !window.fqLoaderShownAt && +getComputedStyle(l).opacity > 0) { window.fqLoaderShownAt = performance.now(); }
			if (!l && document.readyState !== "loading") { return; }
			requestAnimationFrame(watch);
		})();`}); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	p.reload()
	t.Logf("warm visit: the app ran %v after the reload", time.Since(start).Round(time.Millisecond))
	if !strings.Contains(p.eval(`document.documentElement.className`), "fq-warm") {
		t.Error("a warm visit is not marked fq-warm on <html>")
	}
	// The loader may show on a warm visit only when the app is slow to
	// start (3 s: a busy machine), never as a flash at the start.
	if at := eval[float64](t, ctx, `window.fqLoaderShownAt`); at != 0 && at < 2900 {
		t.Errorf("a warm visit showed the loader %.0f ms after the page began", at)
	} else if at != 0 {
		t.Logf("warm visit: the app took so long that the loader showed after %.0f ms", at)
	}
	noConsoleErrors(t, ctx)
}
