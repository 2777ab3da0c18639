//go:build !wasm

package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"factquiz/quiz/format"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// maxQuestionFileSize is the largest question file served or listed: the
// largest the readers take, so that the server and the checker agree.
const maxQuestionFileSize = format.MaxSize

// questionExts are the extensions of question files.
var questionExts = []string{".yaml", ".yml", ".json", ".gift", ".aiken", ".txt", ".xml"}

// siteFlags are the folders served, shared by "serve" and "static".
func siteFlags(fl *flag.FlagSet) (web, questions *string) {
	questions = fl.String("questions", "questions", "folder of question files")
	web = fl.String("web", "web", "folder of static files (app.wasm, icons, app.css)")
	return web, questions
}

// parseNoArgs parses a command's flags, which take no other argument,
// and says whether the command may go on.
func parseNoArgs(fl *flag.FlagSet, args []string, stderr io.Writer) bool {
	if err := fl.Parse(args); err != nil {
		return false
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n", fl.Name(), fl.Arg(0))
		return false
	}
	return true
}

// runServe is the "serve" command: the app, its question files and the
// service worker, until SIGINT or SIGTERM.
func runServe(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	addr := fl.String("addr", "localhost:8000", "address to listen on (host:port)")
	web, questions := siteFlags(fl)
	if !parseNoArgs(fl, args, stderr) {
		return 2
	}

	s := newSite(*web, *questions, stderr)
	if _, err := s.refresh(); err != nil {
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return 1
	}
	if _, err := os.Stat(filepath.Join(*web, "app.wasm")); err != nil {
		fmt.Fprintf(stderr, "serve: warning: %s is missing: run `make wasm`\n", filepath.Join(*web, "app.wasm"))
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return 1
	}
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		// app.wasm is several megabytes: leave time for a slow school line.
		WriteTimeout:   5 * time.Minute,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintf(stdout, "serving Factquiz on %s (questions: %s, web: %s)\n", serverURL(ln.Addr()), *questions, *web)

	select {
	case err := <-served:
		fmt.Fprintf(stderr, "serve: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	stop()
	fmt.Fprintln(stdout, "shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		fmt.Fprintf(stderr, "serve: shutdown: %v\n", err)
		return 1
	}
	return 0
}

// serverURL is the URL to open for a listener's address.
func serverURL(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return "http://" + a.String() + "/"
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// site serves Factquiz: the go-app handler for the pages and the PWA files,
// /web/ (app.wasm pre-compressed) and /questions/. The go-app handler is
// rebuilt whenever what is served changes, since it caches its version.
type site struct {
	webDir       string
	questionsDir string
	log          io.Writer

	mu       sync.Mutex // serialises refresh and guards webFiles
	webFiles map[string]stampedHash
	// skipped is the last report of question files not served, logged
	// when it changes so that no file is dropped without a word.
	skipped string
	cur     atomic.Pointer[snapshot]
}

// snapshot is one version of what is served.
type snapshot struct {
	version  string
	files    []questionFile
	wasmSize int64
	handler  *app.Handler
}

// questionFile is one entry of /questions/index.json.
type questionFile struct {
	Name string `json:"name"`
	Hash string `json:"hash"`
	Size int64  `json:"size"`
}

// stampedHash is the hash of a file with the size and time it had when it
// was hashed, so that app.wasm is hashed again only when it changes.
type stampedHash struct {
	size    int64
	modTime time.Time
	hash    string
}

func newSite(webDir, questionsDir string, log io.Writer) *site {
	return &site{webDir: webDir, questionsDir: questionsDir, log: log, webFiles: map[string]stampedHash{}}
}

// current is the latest snapshot, without a rescan.
func (s *site) current() *snapshot {
	if snap := s.cur.Load(); snap != nil {
		return snap
	}
	snap, err := s.refresh()
	if err != nil {
		fmt.Fprintf(s.log, "serve: %v\n", err)
	}
	return snap
}

// refresh rescans web/ and questions/ and, when the version changed,
// swaps in a new go-app handler. On error it keeps the previous snapshot.
func (s *site) refresh() (*snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.cur.Load()

	webHashes, wasmSize, err := s.scanWeb()
	if err != nil {
		if old != nil {
			return old, err
		}
		return s.store(nil, "", nil, 0), err
	}
	files, skipped, err := scanQuestions(s.questionsDir)
	if err != nil {
		fmt.Fprintf(s.log, "serve: %v\n", err)
	}
	if report := strings.Join(skipped, ""); report != s.skipped {
		s.skipped = report
		io.WriteString(s.log, report)
	}
	version := computeVersion(webHashes, files)
	if old != nil && old.version == version {
		return old, nil
	}
	if old != nil {
		fmt.Fprintf(s.log, "serve: new version %s (%d question files)\n", version, len(files))
	}
	return s.store(old, version, files, wasmSize), nil
}

func (s *site) store(old *snapshot, version string, files []questionFile, wasmSize int64) *snapshot {
	if version == "" {
		version = computeVersion(nil, files)
	}
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.Name
	}
	h := newHandler(version, names)
	if wasmSize > 0 {
		h.WasmContentLength = strconv.FormatInt(wasmSize, 10)
	}
	if files == nil {
		files = []questionFile{}
	}
	snap := &snapshot{version: version, files: files, wasmSize: wasmSize, handler: h}
	s.cur.Store(snap)
	return snap
}

// scanWeb hashes every regular file of web/ (re-reading only files whose
// size or time changed) and returns "rel\x00hash" lines, sorted.
func (s *site) scanWeb() ([]string, int64, error) {
	var lines []string
	var wasmSize int64
	seen := map[string]bool{}
	err := filepath.WalkDir(s.webDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == s.webDir {
				return err
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") && p != s.webDir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(s.webDir, p)
		if err != nil {
			return nil
		}
		rel = filepath.ToSlash(rel)
		info, err := d.Info()
		if err != nil {
			return nil
		}
		seen[rel] = true
		st, ok := s.webFiles[rel]
		if !ok || st.size != info.Size() || !st.modTime.Equal(info.ModTime()) {
			h, err := hashFile(p)
			if err != nil {
				return nil
			}
			st = stampedHash{size: info.Size(), modTime: info.ModTime(), hash: h}
			s.webFiles[rel] = st
		}
		if rel == "app.wasm" {
			wasmSize = info.Size()
		}
		lines = append(lines, rel+"\x00"+st.hash)
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("reading %s: %w", s.webDir, err)
	}
	for rel := range s.webFiles {
		if !seen[rel] {
			delete(s.webFiles, rel)
		}
	}
	slices.Sort(lines)
	return lines, wasmSize, nil
}

func hashFile(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// scanQuestions lists the question files directly in dir: regular files
// (no symlinks) with a recognised extension and a safe name, at most
// maxQuestionFileSize bytes, sorted by name. A missing dir is empty.
// skipped tells, a line each, why a file that looks like a question file
// is not served.
func scanQuestions(dir string) (files []questionFile, skipped []string, err error) {
	root, err := os.OpenRoot(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	defer root.Close()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	skip := func(name, why string) {
		skipped = append(skipped, fmt.Sprintf("serve: %s is not served: %s\n", filepath.Join(dir, name), why))
	}
	for _, e := range entries {
		name := e.Name()
		isQuestion := slices.Contains(questionExts, strings.ToLower(path.Ext(name))) && name != "index.json" && !strings.HasPrefix(name, ".")
		switch {
		case !isQuestion:
			continue
		case e.Type()&fs.ModeSymlink != 0:
			skip(name, "it is a symbolic link; copy the file into the folder instead")
			continue
		case !e.Type().IsRegular():
			continue
		case !validQuestionName(name):
			skip(name, "rename it with letters, digits, spaces and . _ - , ( ) ' & + ! only (it is also its address)")
			continue
		}
		data, err := readQuestionFile(root, name)
		if err != nil {
			why := err.Error()
			if errors.Is(err, errNotServed) {
				why = fmt.Sprintf("it is larger than %d MiB", maxQuestionFileSize>>20)
			}
			skip(name, why)
			continue
		}
		sum := sha256.Sum256(data)
		files = append(files, questionFile{Name: name, Hash: hex.EncodeToString(sum[:8]), Size: int64(len(data))})
	}
	slices.SortFunc(files, func(a, b questionFile) int { return strings.Compare(a.Name, b.Name) })
	return files, skipped, nil
}

var errNotServed = errors.New("not a servable question file")

// readQuestionFile reads a question file through root, so that nothing
// outside the questions folder is ever read: it must be a regular file (not
// a symlink) of at most maxQuestionFileSize bytes.
func readQuestionFile(root *os.Root, name string) ([]byte, error) {
	if !validQuestionName(name) {
		return nil, errNotServed
	}
	info, err := root.Lstat(name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() || info.Size() > maxQuestionFileSize {
		return nil, errNotServed
	}
	f, err := root.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return nil, errNotServed
	}
	data, err := io.ReadAll(io.LimitReader(f, maxQuestionFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxQuestionFileSize {
		return nil, errNotServed
	}
	return data, nil
}

// validQuestionName accepts a plain file name with a recognised
// extension, as teachers name them ("U7-p77-It is,there is.gift", "été
// 2020.yaml"): letters and digits of any script, spaces and the
// punctuation . _ - , ( ) ' & + ! ; not starting with '.' or a space, not
// index.json, at most 200 bytes. Characters that mean something in a URL
// or a path (/ \ % # ? : * " < > |) and control characters are left out:
// the name is also the file's address (escaped) and the quiz's ID (its
// slug, see format.QuizID).
func validQuestionName(name string) bool {
	if name == "" || len(name) > 200 || name == "index.json" || name[0] == '.' || name[0] == ' ' || !utf8.ValidString(name) {
		return false
	}
	for _, r := range name {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || strings.ContainsRune(" ._-,()'&+!", r)) {
			return false
		}
	}
	return slices.Contains(questionExts, strings.ToLower(path.Ext(name)))
}

// computeVersion hashes what is served: web/ files, question files (names
// and contents), the service worker template, the handler's settings and
// go-app's version. Any change is an update for the browsers.
func computeVersion(webHashes []string, files []questionFile) string {
	h := sha256.New()
	io.WriteString(h, "factquiz\n"+handlerFingerprint+"\n"+goAppVersion()+"\n")
	io.WriteString(h, appWorkerTemplate)
	for _, l := range webHashes {
		io.WriteString(h, "\nweb/"+l)
	}
	for _, f := range files {
		io.WriteString(h, "\nquestions/"+f.Name+"\x00"+f.Hash)
	}
	return hex.EncodeToString(h.Sum(nil))[:20]
}

var goAppVersion = sync.OnceValue(func() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, m := range info.Deps {
		if strings.HasPrefix(m.Path, "github.com/maxence-charriere/go-app/") {
			return m.Path + "@" + m.Version
		}
	}
	return ""
})

// contentSecurityPolicy lets the app run and nothing else: go-app's pages
// have no inline script (wasm_exec.js and app.js are files), the wasm
// needs 'wasm-unsafe-eval', and every style comes from a file.
const contentSecurityPolicy = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; " +
	"img-src 'self' data:; " +
	"font-src 'self'; " +
	"connect-src 'self'; " +
	"worker-src 'self'; " +
	"manifest-src 'self'; " +
	"object-src 'none'; " +
	"base-uri 'self'; " +
	"frame-ancestors 'none'; " +
	"form-action 'self'"

// permissionsPolicy turns off what a quiz never needs. Only features that
// Chromium knows are named: an unknown one is a console error.
const permissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Permissions-Policy", permissionsPolicy)
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
}

// goAppCachedPaths are served by go-app from memory and need no rescan.
var goAppCachedPaths = map[string]bool{
	"/app.js": true, "/goapp.js": true, "/wasm_exec.js": true, "/app.css": true,
	"/manifest.webmanifest": true, "/manifest.json": true,
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setSecurityHeaders(w.Header())
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if !safeURLPath(p) {
		http.NotFound(w, r)
		return
	}
	switch {
	case p == "/questions/index.json":
		s.serveIndex(w, r)
	case strings.HasPrefix(p, "/questions/"):
		s.serveQuestion(w, r, strings.TrimPrefix(p, "/questions/"))
	case p == "/web/app.wasm" || p == "/app.wasm" || p == "/goapp.wasm":
		s.serveWasm(w, r)
	case strings.HasPrefix(p, "/web/"):
		s.serveWeb(w, r, strings.TrimPrefix(p, "/web/"))
	case p == "/favicon.ico":
		// Browsers ask for it on pages that name no icon (a question file
		// opened as text): the app's icon, cached by the worker too.
		s.serveWeb(w, r, "icon-192.png")
	case p == "/robots.txt" || p == "/sitemap.xml" || p == "/ads.txt":
		// go-app would fetch these from http://<Host header>/web/...: a
		// request forgery. Serve them from web/ when they exist.
		s.serveWeb(w, r, strings.TrimPrefix(p, "/"))
	case goAppCachedPaths[p]:
		s.current().handler.ServeHTTP(w, r)
	default:
		// A page or /app-worker.js: rescan, so that a new or changed
		// question file is a new version at the next page load or at the
		// browser's next update check.
		snap, err := s.refresh()
		if err != nil {
			fmt.Fprintf(s.log, "serve: %v\n", err)
		}
		snap.handler.ServeHTTP(w, r)
	}
}

// safeURLPath refuses paths that could mean something else to a file
// system: "." or ".." segments, empty segments, backslashes, NUL and other
// control characters, and '%' left after decoding (double encoding).
func safeURLPath(p string) bool {
	if !strings.HasPrefix(p, "/") || len(p) > 1024 || !utf8.ValidString(p) {
		return false
	}
	for _, r := range p {
		if r < 0x20 || r == 0x7f || r == '\\' || r == '%' {
			return false
		}
	}
	if p == "/" {
		return true
	}
	for seg := range strings.SplitSeq(strings.TrimSuffix(p[1:], "/"), "/") {
		if seg == "" || seg == "." || seg == ".." {
			return false
		}
	}
	return true
}

func (s *site) serveIndex(w http.ResponseWriter, r *http.Request) {
	snap, err := s.refresh()
	if err != nil {
		fmt.Fprintf(s.log, "serve: %v\n", err)
	}
	body, err := json.Marshal(struct {
		Version string         `json:"version"`
		Files   []questionFile `json:"files"`
	}{snap.version, snap.files})
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

func (s *site) serveQuestion(w http.ResponseWriter, r *http.Request, name string) {
	if !validQuestionName(name) {
		http.NotFound(w, r)
		return
	}
	root, err := os.OpenRoot(s.questionsDir)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer root.Close()
	data, err := readQuestionFile(root, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256(data)
	etag := `"q-` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	if r.Method != http.MethodHead {
		w.Write(data)
	}
}

// webContentTypes are set explicitly: the system's mime table may lack
// some, and nosniff needs the right one.
var webContentTypes = map[string]string{
	".wasm": "application/wasm",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".json": "application/json",
	".txt":  "text/plain; charset=utf-8",
	".xml":  "application/xml",
	".br":   "application/octet-stream",
	".gz":   "application/octet-stream",
}

// serveWeb serves a regular file of web/ through an os.Root, so that no
// symlink or path leads out of it. Dot-files are not served.
func (s *site) serveWeb(w http.ResponseWriter, r *http.Request, rel string) {
	for seg := range strings.SplitSeq(rel, "/") {
		if seg == "" || strings.HasPrefix(seg, ".") {
			http.NotFound(w, r)
			return
		}
	}
	root, err := os.OpenRoot(s.webDir)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer root.Close()
	f, info, ok := openRegular(root, rel)
	if !ok {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	ct, ok := webContentTypes[strings.ToLower(path.Ext(rel))]
	if !ok {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, "", info.ModTime(), f)
}

func openRegular(root *os.Root, name string) (*os.File, os.FileInfo, bool) {
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, false
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, false
	}
	return f, info, true
}

// serveWasm serves app.wasm.br or app.wasm.gz, as the browser accepts,
// else app.wasm. A compressed copy older than app.wasm is ignored.
func (s *site) serveWasm(w http.ResponseWriter, r *http.Request) {
	root, err := os.OpenRoot(s.webDir)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer root.Close()
	raw, rawInfo, ok := openRegular(root, "app.wasm")
	if !ok {
		http.NotFound(w, r)
		return
	}
	defer raw.Close()
	w.Header().Set("Vary", "Accept-Encoding")
	w.Header().Set("Content-Type", "application/wasm")
	w.Header().Set("Cache-Control", "no-cache")
	accepted := acceptedEncodings(r.Header.Get("Accept-Encoding"))
	for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !accepted[enc.name] {
			continue
		}
		f, info, ok := openRegular(root, "app.wasm"+enc.ext)
		if !ok {
			continue
		}
		defer f.Close()
		if info.ModTime().Before(rawInfo.ModTime()) {
			continue
		}
		w.Header().Set("Content-Encoding", enc.name)
		http.ServeContent(w, r, "", info.ModTime(), f)
		return
	}
	http.ServeContent(w, r, "", rawInfo.ModTime(), raw)
}

// acceptedEncodings parses Accept-Encoding: the codings with q > 0 ("*"
// counts for br and gzip unless they are named).
func acceptedEncodings(header string) map[string]bool {
	acc := map[string]bool{}
	named := map[string]bool{}
	star := false
	for part := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		q := 1.0
		for param := range strings.SplitSeq(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(param), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		if name == "*" {
			star = q > 0
			continue
		}
		named[name] = true
		acc[name] = q > 0
	}
	if star {
		for _, n := range []string{"br", "gzip"} {
			if !named[n] {
				acc[n] = true
			}
		}
	}
	return acc
}
