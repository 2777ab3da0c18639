package e2e

// BenchmarkLoad loads Factquiz and a go-app hello world side by side in
// headless Chromium (issue 11): bytes of a first visit, time to the first
// question cold and warm, on loopback, at 10 Mbit/s and with the CPU
// slowed 4x, the page's memory after load, and Factquiz with 1, 100 and
// 1,000 question files. `make bench` runs it:
//
//	go test -run '^$' -bench '^BenchmarkLoad$' -benchtime=1x ./quiz/e2e -args -loads=5 -loadtable=load.md
//
// The hello world (testdata/helloworld) is built as app.wasm is (the
// harness's go-app copy without net/http, the same flags, brotli) and
// served by the same `factquiz serve` over a copy of the same web/ with an
// empty questions folder: only the wasm differs, so its figures are the
// floor of the stack.

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

var (
	loadRounds = flag.Int("loads", 5, "BenchmarkLoad: cold loads of each app under each condition (interleaved rounds; medians are reported)")
	loadTable  = flag.String("loadtable", "", "BenchmarkLoad: also write the table of figures to this file (Markdown)")
)

// loadApp is one app under test: a server behind a byte-counting relay,
// the page to open and the element whose appearance is "ready".
type loadApp struct {
	name  string // "hello", "factquiz-100", …
	path  string // page opened, e.g. "/quiz/karabakh"
	ready string // CSS selector of the first thing the learner needs
	// press are buttons pressed as soon as they show, in this order of
	// preference, on the way to ready.
	press []string
	wire  *wireCounter
	// wasmBrotli is the size of its app.wasm.br, for the small run's checks.
	wasmBrotli int64
}

// loadCondition is how the browser is slowed.
type loadCondition struct {
	name string
	cpu  float64             // CPU slowdown, 1 for none
	net  *network.Conditions // nil for loopback as it is
}

var loadConditions = []loadCondition{
	{name: "loopback", cpu: 1},
	{name: "10mbit", cpu: 1, net: &network.Conditions{
		// A school's shared line: 10 Mbit/s down, 5 up, 40 ms.
		Latency: 40, DownloadThroughput: 10e6 / 8, UploadThroughput: 5e6 / 8,
	}},
	{name: "cpu4x", cpu: 4},
}

// loadSample is what one cold visit and the warm visit after it measured.
type loadSample struct {
	coldMS    float64 // navigation start to the ready element, first visit
	warmMS    float64 // the same on the second visit (worker installed)
	wireBytes float64 // every byte the server sent for the first visit, the worker's install included
	pageBytes float64 // the page's own transfers (CDP encodedDataLength), the worker's not included
	warmWire  float64 // every byte the server sent for the second visit
	cpuMS     float64 // the renderer's main thread busy until the first question, first visit (Performance.getMetrics TaskDuration)
	heapBytes float64 // JS heap in use after the first visit (Runtime.getHeapUsage)
	wasmBytes float64 // the wasm instance's linear memory after the first visit
}

// helloWeb is a copy of the harness's web/ with the hello world's wasm in
// place of Factquiz's, built once per run and only when a load benchmark
// or its test asks for it.
var helloWeb = sync.OnceValues(func() (string, error) {
	if buildErr != nil {
		return "", buildErr
	}
	dir := filepath.Join(filepath.Dir(webDir), "hello-web")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	entries, err := os.ReadDir(webDir)
	if err != nil {
		return "", err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), "app.wasm") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(webDir, e.Name()))
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			return "", err
		}
	}
	args := append(append([]string{"-modfile=" + wasmModfile}, wasmBuildFlags...), "-o", filepath.Join(dir, "app.wasm"), "./quiz/e2e/testdata/helloworld")
	if err := goBuild("go", []string{"GOOS=js", "GOARCH=wasm"}, args...); err != nil {
		return "", err
	}
	if out, err := exec.Command(binPath, "compress", filepath.Join(dir, "app.wasm")).CombinedOutput(); err != nil {
		return "", fmt.Errorf("compress: %v\n%s", err, out)
	}
	return dir, nil
})

// startHello serves the hello world with an empty questions folder.
func startHello(tb testing.TB) *loadApp {
	tb.Helper()
	dir, err := helloWeb()
	if err != nil {
		tb.Fatalf("building the hello world: %v", err)
	}
	s := startServerOver(tb, dir, tb.TempDir())
	return &loadApp{name: "hello", path: "/", ready: "#hello-heading", wire: newWireCounter(tb, s.Addr), wasmBrotli: fileSize(tb, filepath.Join(dir, "app.wasm.br"))}
}

// startFactquiz serves Factquiz with karabakh.yaml and files-1 more
// question files of 15 questions each, and opens the Karabakh quiz: its
// first question shows once Start (Resume on the second visit) is
// pressed.
func startFactquiz(tb testing.TB, files int) *loadApp {
	tb.Helper()
	dir := copyQuestions(tb, "karabakh.yaml")
	for i := 1; i < files; i++ {
		name := fmt.Sprintf("unit-%04d.yaml", i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(unitQuiz(i, 15)), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	s := startServer(tb, dir)
	return &loadApp{name: fmt.Sprintf("factquiz-%d", files), path: "/quiz/karabakh", ready: "#question-prompt", press: []string{"#resume", "#start"}, wire: newWireCounter(tb, s.Addr), wasmBrotli: fileSize(tb, filepath.Join(webDir, "app.wasm.br"))}
}

// startServerOver is startServer over another web folder (the harness's
// server always serves webDir).
func startServerOver(tb testing.TB, web, questionsDir string) *server {
	tb.Helper()
	requireBuild(tb)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	s := &server{URL: "http://" + addr, Addr: addr, Questions: questionsDir, t: tb, out: &lockedBuffer{}}
	cmd := exec.Command(binPath, "serve", "-addr", addr, "-web", web, "-questions", questionsDir)
	cmd.Stdout, cmd.Stderr = s.out, s.out
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	s.mu.Lock()
	s.cmd = cmd
	s.mu.Unlock()
	tb.Cleanup(s.Stop)
	for deadline := time.Now().Add(15 * time.Second); ; {
		res, err := http.Get(s.URL + "/questions/index.json")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return s
			}
		}
		if time.Now().After(deadline) {
			tb.Fatalf("server did not answer on %s: %v\n%s", s.URL, err, s.out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// wireCounter is a TCP relay in front of a server that counts what the
// server sends, headers included: the bytes a visit costs, whoever asked
// for them (the page or its service worker, which DevTools reports on
// another target).
type wireCounter struct {
	URL  string
	sent atomic.Int64

	ln    net.Listener
	mu    sync.Mutex
	conns map[net.Conn]bool
}

func newWireCounter(tb testing.TB, target string) *wireCounter {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	w := &wireCounter{URL: "http://" + ln.Addr().String(), ln: ln, conns: map[net.Conn]bool{}}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go w.relay(c, target)
		}
	}()
	tb.Cleanup(func() {
		ln.Close()
		w.mu.Lock()
		defer w.mu.Unlock()
		for c := range w.conns {
			c.Close()
		}
	})
	return w
}

func (w *wireCounter) track(c net.Conn, open bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if open {
		w.conns[c] = true
	} else {
		delete(w.conns, c)
		c.Close()
	}
}

func (w *wireCounter) relay(client net.Conn, target string) {
	w.track(client, true)
	defer w.track(client, false)
	up, err := net.Dial("tcp", target)
	if err != nil {
		return
	}
	w.track(up, true)
	defer w.track(up, false)
	done := make(chan struct{}, 2)
	go func() { io.Copy(up, client); done <- struct{}{} }()
	go func() { io.Copy(wireWriter{client, &w.sent}, up); done <- struct{}{} }()
	<-done // either side closing ends the connection
}

type wireWriter struct {
	w io.Writer
	n *atomic.Int64
}

func (c wireWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n.Add(int64(n))
	return n, err
}

// quiet waits until the server has sent nothing for half a second (the
// worker's install and the page's late fetches are done), at most 2
// minutes, and returns what it sent since the last reset.
func (w *wireCounter) quiet() int64 {
	last := w.sent.Load()
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); {
		time.Sleep(500 * time.Millisecond)
		now := w.sent.Load()
		if now == last {
			break
		}
		last = now
	}
	return last
}

// loadProbeJS runs in every document before its own scripts. It notes
// when the ready element (the %q verb) first has text, in ms since the
// navigation started; once the wasm runs it presses the first button of
// the list (the %s verb, JSON; Factquiz's Resume and Start) that shows,
// at once, as a learner who does nothing else would; and it keeps the
// wasm instance that go-app's app.js starts, to read its memory.
const loadProbeJS = `(() => {
	const probe = window.__loadProbe = {ready: 0, instance: null};
	const press = %s || [], pressed = new Set();
	new MutationObserver((_, mo) => {
		const e = document.querySelector(%q);
		if (e && e.textContent.trim() !== "") {
			probe.ready = performance.now();
			mo.disconnect();
			return;
		}
		if (!probe.instance) return;
		for (const sel of press) {
			const b = document.querySelector(sel);
			if (b && !pressed.has(b)) {
				pressed.add(b);
				b.click();
				break;
			}
		}
	}).observe(document, {childList: true, subtree: true, characterData: true, attributes: true});
	for (const name of ["instantiateStreaming", "instantiate"]) {
		const original = WebAssembly[name];
		if (!original) continue;
		WebAssembly[name] = function (...args) {
			return original.apply(this, args).then(r => {
				probe.instance = r instanceof WebAssembly.Instance ? r : r.instance;
				return r;
			});
		};
	}
	probe.memory = () => probe.instance && probe.instance.exports.mem ? probe.instance.exports.mem.buffer.byteLength : 0;
})()`

// loadBrowser is a headless Chromium with a fresh profile (the harness's
// options), ended by the returned func rather than at the test's end, so
// that a benchmark of many cold loads does not keep every browser alive.
func loadBrowser(tb testing.TB) (context.Context, func()) {
	tb.Helper()
	profile, err := os.MkdirTemp("", "factquiz-load-")
	if err != nil {
		tb.Fatal(err)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(profile)...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	return ctx, func() {
		cancel()
		cancelAlloc()
		os.RemoveAll(profile)
	}
}

// measureLoad opens the app in a fresh browser under the condition: a
// first (cold) visit, then a second one in the same profile.
func measureLoad(tb testing.TB, a *loadApp, c loadCondition) (loadSample, error) {
	var s loadSample
	ctx, end := loadBrowser(tb)
	defer end()
	var pageBytes atomic.Int64
	// Listen starts the browser with a context without deadline.
	err := chromedp.Listen(ctx, func(ev any) {
		if ev, ok := ev.(*network.EventLoadingFinished); ok {
			pageBytes.Add(int64(ev.EncodedDataLength))
		}
	})
	if err != nil {
		return s, fmt.Errorf("starting chromium: %w", err)
	}
	tctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	if _, err := chromedp.Call(tctx, network.Enable, network.EnableParams{}); err != nil {
		return s, err
	}
	if _, err := chromedp.Call(tctx, performance.Enable, performance.EnableParams{}); err != nil {
		return s, err
	}
	if c.cpu > 1 {
		if _, err := chromedp.Call(tctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: c.cpu}); err != nil {
			return s, err
		}
	}
	if c.net != nil {
		if _, err := chromedp.Call(tctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{c.net},
		}); err != nil {
			// Chromium 148 refuses these parameters: the older command
			// throttles the page alike (goOffline).
			if _, err := chromedp.Call(tctx, emulateNetworkConditions, legacyNetworkConditions{
				Latency: c.net.Latency, DownloadThroughput: c.net.DownloadThroughput, UploadThroughput: c.net.UploadThroughput,
			}); err != nil {
				return s, err
			}
		}
	}
	pressJSON, err := json.Marshal(a.press)
	if err != nil {
		return s, err
	}
	if _, err := chromedp.Call(tctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: fmt.Sprintf(loadProbeJS, pressJSON, a.ready),
	}); err != nil {
		return s, err
	}

	visit := func() (float64, error) {
		if err := chromedp.Do(tctx, chromedp.Navigate(a.wire.URL+a.path)); err != nil {
			return 0, err
		}
		ms, err := chromedp.Run(tctx, chromedp.Poll[float64](`window.__loadProbe && window.__loadProbe.ready`, chromedp.WithPollingInterval(20*time.Millisecond)))
		if err != nil {
			return 0, fmt.Errorf("%s did not show %s: %w", a.name, a.ready, err)
		}
		return ms, nil
	}

	a.wire.sent.Store(0)
	if s.coldMS, err = visit(); err != nil {
		return s, err
	}
	metrics, err := chromedp.Call(tctx, performance.GetMetrics, cdp.Empty{})
	if err != nil {
		return s, err
	}
	for _, m := range metrics.Metrics {
		if m.Name == "TaskDuration" {
			s.cpuMS = m.Value * 1000
		}
	}
	if _, err := chromedp.Run(tctx, chromedp.Evaluate[bool](`navigator.serviceWorker.ready.then(() => true)`, chromedp.EvalAwaitPromise)); err != nil {
		return s, fmt.Errorf("%s: the service worker: %w (%s)", a.name, err, storageRoom(ctx))
	}
	s.wireBytes = float64(a.wire.quiet())
	s.pageBytes = float64(pageBytes.Load())
	heap, err := chromedp.Call(tctx, cdpruntime.GetHeapUsage, cdp.Empty{})
	if err != nil {
		return s, err
	}
	s.heapBytes = heap.UsedSize
	if s.wasmBytes, err = chromedp.Run(tctx, chromedp.Evaluate[float64](`window.__loadProbe.memory()`)); err != nil {
		return s, err
	}

	if err := chromedp.Do(tctx, chromedp.Navigate("about:blank")); err != nil {
		return s, err
	}
	a.wire.sent.Store(0)
	if s.warmMS, err = visit(); err != nil {
		return s, err
	}
	s.warmWire = float64(a.wire.quiet())
	return s, nil
}

// loadResults are the samples of every app under every condition.
type loadResults struct {
	apps    []string
	samples map[string][]loadSample // key: condition + "/" + app
}

// runLoads runs rounds of cold loads, interleaved: in each round every
// condition and every app once, the apps' order turning from round to
// round, so that the machine's other work weighs on all of them alike.
func runLoads(tb testing.TB, apps []*loadApp, conds []loadCondition, rounds int) loadResults {
	tb.Helper()
	res := loadResults{samples: map[string][]loadSample{}}
	for _, a := range apps {
		res.apps = append(res.apps, a.name)
	}
	for r := range rounds {
		for _, c := range conds {
			for i := range apps {
				a := apps[(i+r)%len(apps)]
				s, err := measureLoad(tb, a, c)
				if err != nil {
					tb.Fatalf("round %d, %s, %s: %v", r+1, c.name, a.name, err)
				}
				key := c.name + "/" + a.name
				res.samples[key] = append(res.samples[key], s)
			}
		}
	}
	return res
}

// loadFigures are the medians of one app under one condition.
type loadFigures struct {
	cold, coldMin, coldMax, warm, warmMin, warmMax float64
	wire, page, warmWire, cpu, heap, wasm          float64
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func (r loadResults) figures(cond, app string) loadFigures {
	var cold, warm, wire, page, warmWire, cpu, heap, wasm []float64
	for _, s := range r.samples[cond+"/"+app] {
		cold = append(cold, s.coldMS)
		warm = append(warm, s.warmMS)
		wire = append(wire, s.wireBytes)
		page = append(page, s.pageBytes)
		warmWire = append(warmWire, s.warmWire)
		cpu = append(cpu, s.cpuMS)
		heap = append(heap, s.heapBytes)
		wasm = append(wasm, s.wasmBytes)
	}
	return loadFigures{
		cold: median(cold), coldMin: slices.Min(cold), coldMax: slices.Max(cold),
		warm: median(warm), warmMin: slices.Min(warm), warmMax: slices.Max(warm),
		wire: median(wire), page: median(page), warmWire: median(warmWire), cpu: median(cpu),
		heap: median(heap), wasm: median(wasm),
	}
}

// table is the figures as Markdown: a row per condition and app, with
// the ratio to the hello world under the same condition.
func (r loadResults) table(conds []loadCondition) string {
	var b strings.Builder
	b.WriteString("| condition | app | cold ms (min-max) | warm ms (min-max) | first visit bytes | page's own bytes | warm visit bytes | renderer CPU ms | JS heap | wasm memory | cold / hello | warm / hello | bytes / hello |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, c := range conds {
		hello := r.figures(c.name, "hello")
		for _, app := range r.apps {
			f := r.figures(c.name, app)
			fmt.Fprintf(&b, "| %s | %s | %.0f (%.0f-%.0f) | %.0f (%.0f-%.0f) | %s | %s | %s | %.0f | %s | %s | %.2fx | %.2fx | %.2fx |\n",
				c.name, app, f.cold, f.coldMin, f.coldMax, f.warm, f.warmMin, f.warmMax,
				thousands(f.wire), thousands(f.page), thousands(f.warmWire), f.cpu, thousands(f.heap), thousands(f.wasm),
				f.cold/hello.cold, f.warm/hello.warm, f.wire/hello.wire)
		}
	}
	return b.String()
}

// thousands writes 1234567 as 1,234,567.
func thousands(x float64) string {
	s := fmt.Sprintf("%.0f", x)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// loadMachine says where and when the figures were measured.
func loadMachine(rounds int) string {
	commit, _ := exec.Command("git", "-C", repoRoot, "rev-parse", "--short", "HEAD").Output()
	dirty, _ := exec.Command("git", "-C", repoRoot, "status", "--porcelain", "--untracked-files=no").Output()
	chromium, _ := exec.Command(chromiumPath, "--version").Output()
	load, _ := os.ReadFile("/proc/loadavg")
	state := ""
	if len(dirty) > 0 {
		state = " (with uncommitted changes)"
	}
	return fmt.Sprintf("%s, commit %s%s, %s, %d cores, %s; %d cold loads of each app under each condition, interleaved, medians; load average %s",
		time.Now().UTC().Format("2006-01-02 15:04 UTC"), strings.TrimSpace(string(commit)), state, runtime.Version(), runtime.NumCPU(),
		strings.TrimSpace(string(chromium)), rounds, strings.Join(strings.Fields(string(load))[:min(3, len(strings.Fields(string(load))))], " "))
}

// BenchmarkLoad: see the comment at the top of this file. -loads sets the
// number of cold loads (5 by default); the sub-benchmarks only report the
// figures, condition by condition, the hello world beside each Factquiz
// (-benchtime=1x keeps them from being repeated for nothing).
func BenchmarkLoad(b *testing.B) {
	requireBuild(b)
	apps := []*loadApp{startHello(b), startFactquiz(b, 1), startFactquiz(b, 100), startFactquiz(b, 1000)}
	rounds := max(*loadRounds, 1)
	before := loadMachine(rounds)
	res := runLoads(b, apps, loadConditions, rounds)
	after, _ := os.ReadFile("/proc/loadavg")
	report := fmt.Sprintf("%s (at the end: %s); app.wasm.br %s bytes, the hello world's %s\n\n%s",
		before, strings.Join(strings.Fields(string(after))[:3], " "),
		thousands(float64(apps[1].wasmBrotli)), thousands(float64(apps[0].wasmBrotli)), res.table(loadConditions))
	fmt.Println(report)
	if *loadTable != "" {
		if err := os.WriteFile(*loadTable, []byte(report), 0o644); err != nil {
			b.Error(err)
		}
	}
	for _, c := range loadConditions {
		hello := res.figures(c.name, "hello")
		for _, app := range res.apps {
			f := res.figures(c.name, app)
			b.Run(c.name+"/"+app, func(b *testing.B) {
				b.ReportMetric(0, "ns/op") // nothing is timed here: the loads ran above
				b.ReportMetric(f.cold, "ms/first-question")
				b.ReportMetric(f.warm, "warm-ms/first-question")
				b.ReportMetric(f.wire, "bytes/visit")
				b.ReportMetric(f.cpu, "cpu-ms/first-question")
				b.ReportMetric(f.heap, "heap-bytes")
				b.ReportMetric(f.wasm, "wasm-bytes")
				b.ReportMetric(f.cold/hello.cold, "cold/hello")
				b.ReportMetric(f.warm/hello.warm, "warm/hello")
				b.ReportMetric(f.wire/hello.wire, "bytes/hello")
			})
		}
	}
}

// TestLoadBenchmarkSmallRun runs BenchmarkLoad's measurement once for the
// hello world and Factquiz on loopback, so that the benchmark's code does
// not rot: each figure is there and means what it says.
func TestLoadBenchmarkSmallRun(t *testing.T) {
	requireBuild(t)
	apps := []*loadApp{startHello(t), startFactquiz(t, 1)}
	res := runLoads(t, apps, loadConditions[:1], 1)
	for _, a := range apps {
		s := res.samples["loopback/"+a.name][0]
		var problems []string
		if s.coldMS <= 0 || s.warmMS <= 0 {
			problems = append(problems, fmt.Sprintf("no time to the ready element: cold %v ms, warm %v ms", s.coldMS, s.warmMS))
		}
		// A first visit downloads the compressed wasm; the second has it
		// from the worker's cache.
		if s.wireBytes < float64(a.wasmBrotli) {
			problems = append(problems, fmt.Sprintf("first visit sent %.0f bytes, less than app.wasm.br (%d)", s.wireBytes, a.wasmBrotli))
		}
		if s.pageBytes < float64(a.wasmBrotli) || s.pageBytes > s.wireBytes {
			problems = append(problems, fmt.Sprintf("the page's own transfers are %.0f bytes: not between app.wasm.br (%d) and all the visit's bytes (%.0f)", s.pageBytes, a.wasmBrotli, s.wireBytes))
		}
		if s.warmWire <= 0 || s.warmWire >= float64(a.wasmBrotli) {
			problems = append(problems, fmt.Sprintf("second visit sent %.0f bytes: none, or the wasm again (%d)", s.warmWire, a.wasmBrotli))
		}
		// The renderer's busy time is part of the time to the question.
		if s.cpuMS <= 0 || s.cpuMS > s.coldMS {
			problems = append(problems, fmt.Sprintf("renderer CPU %.0f ms: none, or more than the %.0f ms to the first question", s.cpuMS, s.coldMS))
		}
		if s.heapBytes <= 0 || s.wasmBytes <= 0 {
			problems = append(problems, fmt.Sprintf("no memory figures: JS heap %.0f, wasm %.0f", s.heapBytes, s.wasmBytes))
		}
		if len(problems) > 0 {
			t.Errorf("%s: %s", a.name, strings.Join(problems, "; "))
		}
	}
	table := res.table(loadConditions[:1])
	t.Logf("one load each:\n%s", table)
	for _, want := range []string{"| loopback | hello |", "| loopback | factquiz-1 |", "| 1.00x | 1.00x | 1.00x |"} {
		if !strings.Contains(table, want) {
			t.Errorf("the table has no %q:\n%s", want, table)
		}
	}
}
