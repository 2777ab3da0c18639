//go:build !wasm

package server

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// benchClients is how many clients ask at once: a class, a school.
const benchClients = 200

// BenchmarkServe measures requests per second for index.json and a page
// with 4 and with 1,000 question files in the folder, 200 clients at once
// against an in-process server: `make bench`, or
//
//	go test -run '^$' -bench BenchmarkServe -benchtime 20000x .
//
// docs/serving.md has the figures.
func BenchmarkServe(b *testing.B) {
	for _, target := range []struct{ name, path string }{{"index.json", "/questions/index.json"}, {"page", "/"}} {
		for _, files := range []int{4, 1000} {
			b.Run(fmt.Sprintf("%s/files=%d", target.name, files), func(b *testing.B) {
				srv := benchServer(b, files)
				benchRequests(b, srv.URL+target.path)
			})
		}
	}
}

// benchServer serves a site with n question files of 20 questions each.
func benchServer(b *testing.B, n int) *httptest.Server {
	b.Helper()
	registerRoutes()
	dir := b.TempDir()
	web, questions := filepath.Join(dir, "web"), filepath.Join(dir, "questions")
	for _, d := range []string{web, questions} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			b.Fatal(err)
		}
	}
	for name, data := range map[string]string{"app.wasm": "\x00asm\x01\x00\x00\x00", "app.css": "body{}", "icon-192.png": "icon"} {
		if err := os.WriteFile(filepath.Join(web, name), []byte(data), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for i := range n {
		name := fmt.Sprintf("unit %04d.yaml", i)
		if err := os.WriteFile(filepath.Join(questions, name), []byte(quizYAML(fmt.Sprintf("Unit %d", i), 20)), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	s := newSite(web, questions, io.Discard)
	if _, err := s.refresh(); err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(s)
	b.Cleanup(srv.Close)
	return srv
}

// benchRequests sends b.N GETs of url from benchClients clients at once,
// as a browser asks (gzip and brotli accepted), reads each body whole, and
// reports requests per second.
func benchRequests(b *testing.B, url string) {
	client := benchClient(b)
	cpuBefore := processCPU()
	b.ResetTimer()
	err := sendRequests(client, url, b.N)
	b.StopTimer()
	cpu := processCPU() - cpuBefore
	if err != nil {
		b.Fatalf("GET %s: %v", url, err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
	// The machine is shared: the CPU this process spent (server and
	// clients) per request moves less with the others' load than req/s.
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/req")
}

// BenchmarkServeIndexRatio measures index.json with 1,000 files against
// 4 files in one run: batches of 1,000 requests to each server in turn
// (which one goes first alternating), so that both see the same load from
// the rest of a shared machine, whose swings make two separate runs
// differ by a factor of two. It reports each one's req/s over its own
// batches and the 1,000 files' share of the 4 files' req/s (the target
// is at least 80%), and the same share in the CPU this process spent per
// request (server and clients), which the machine's load moves less.
func BenchmarkServeIndexRatio(b *testing.B) {
	const batch = 1000
	servers := [2]string{benchServer(b, 4).URL + "/questions/index.json", benchServer(b, 1000).URL + "/questions/index.json"}
	client := benchClient(b)
	var spent, cpu [2]time.Duration
	sent := 0
	b.ResetTimer()
	for round := 0; sent < b.N; round++ {
		for i := range 2 {
			which := (i + round) % 2
			start, cpuStart := time.Now(), processCPU()
			if err := sendRequests(client, servers[which], batch); err != nil {
				b.Fatalf("GET %s: %v", servers[which], err)
			}
			spent[which] += time.Since(start)
			cpu[which] += processCPU() - cpuStart
		}
		sent += batch
	}
	b.StopTimer()
	small, large := float64(sent)/spent[0].Seconds(), float64(sent)/spent[1].Seconds()
	b.ReportMetric(small, "req/s-4-files")
	b.ReportMetric(large, "req/s-1000-files")
	b.ReportMetric(100*large/small, "%-of-4-files")
	if cpu[1] > 0 {
		b.ReportMetric(float64(cpu[0].Microseconds())/float64(sent), "cpu-µs/req-4-files")
		b.ReportMetric(float64(cpu[1].Microseconds())/float64(sent), "cpu-µs/req-1000-files")
		b.ReportMetric(100*cpu[0].Seconds()/cpu[1].Seconds(), "%-of-4-files-cpu")
	}
}

func benchClient(b *testing.B) *http.Client {
	tr := &http.Transport{MaxIdleConnsPerHost: benchClients, MaxConnsPerHost: benchClients, DisableCompression: true}
	b.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr}
}

// sendRequests sends n GETs of url from benchClients clients at once and
// reads each body whole; the error is the last failure.
func sendRequests(client *http.Client, url string, n int) error {
	var next atomic.Int64
	var failed atomic.Value
	var wg sync.WaitGroup
	for range benchClients {
		wg.Go(func() {
			for next.Add(1) <= int64(n) {
				req, _ := http.NewRequest(http.MethodGet, url, nil)
				req.Header.Set("Accept-Encoding", "gzip, deflate, br")
				res, err := client.Do(req)
				if err != nil {
					failed.Store(err.Error())
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != http.StatusOK {
					failed.Store(res.Status)
					return
				}
			}
		})
	}
	wg.Wait()
	if msg := failed.Load(); msg != nil {
		return fmt.Errorf("%v", msg)
	}
	return nil
}
