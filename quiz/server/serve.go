//go:build !wasm

package server

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"maps"
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

	"github.com/andybalholm/brotli"
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
		fmt.Fprintf(stderr, "serve: warning: %s is missing, so pages say the app is not built: stop and run `make run` (or `make wasm`)\n", filepath.Join(*web, "app.wasm"))
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
// /web/ (app.wasm pre-compressed) and /questions/. Question files are read
// once into an index (their bytes, hash, title and counts) and served from
// it; the folders are looked at again only when they may have changed (see
// fresh). The go-app handler is rebuilt whenever what is served changes,
// since it caches its version.
type site struct {
	webDir       string
	questionsDir string
	log          io.Writer
	// checkEvery is how often, at most, every file of web/ and questions/
	// is stat'ed for a change in place. A file added, removed or renamed
	// changes its folder's time, which is looked at on every request.
	checkEvery time.Duration
	now        func() time.Time

	mu       sync.Mutex // serialises checks and guards webFiles, questions
	webFiles map[string]stampedHash
	// questions is the question folder as last read, pictures the
	// pictures in it and its sub-folders.
	questions *questionFolder
	pictures  *pictureFolder
	// skipped is the last report of question files not served, logged
	// when it changes so that no file is dropped without a word.
	skipped string
	cur     atomic.Pointer[snapshot]
	checked atomic.Pointer[checkStamp]
}

// checkStamp is when the folders were last looked at, and their own
// stamps then.
type checkStamp struct {
	at             time.Time
	questions, web fileStamp
}

// snapshot is one version of what is served.
type snapshot struct {
	version string
	files   []questionFile
	byName  map[string]*questionEntry
	// pictures are the pictures of questions/, by slash path.
	pictures map[string]*pictureEntry
	// index is /questions/index.json; indexBrotli and indexGzip are the
	// same compressed once per version, so that a request only writes
	// bytes. indexETag is its ETag header, in the form Header takes.
	index, indexBrotli, indexGzip []byte
	indexETag                     []string
	wasmSize                      int64
	handler                       *app.Handler
}

// indexHashBytes is how many bytes of a file's SHA-256 index.json gives.
const indexHashBytes = 4

// questionFile is one entry of /questions/index.json: what the home page
// shows of a quiz without fetching its file.
type questionFile struct {
	Name string `json:"name"`
	// Hash is the first 4 bytes of the SHA-256 of the bytes served, in
	// hex. It tells one version of a file from the next (a change goes
	// unseen once in 2^32), never one file from another. The hashes are
	// most of index.json's compressed bytes, which every page load fetches
	// (with 1,000 files, 8 bytes made it 11.5 KB brotli, 4 bytes 7,359
	// bytes: BenchmarkServeIndexRatio's index-br-bytes-1000-files).
	Hash        string `json:"hash"`
	Size        int64  `json:"size"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	Questions   int    `json:"questions"`
	Errors      int    `json:"errors"`
	Warnings    int    `json:"warnings"`
}

// stampedHash is the hash of a file with the size and time it had when it
// was hashed, so that app.wasm is hashed again only when it changes.
type stampedHash struct {
	size    int64
	modTime time.Time
	hash    string
}

// fileStamp is what tells cheaply that a file changed: its size and time.
type fileStamp struct {
	size    int64
	modTime time.Time
}

func stampOf(info fs.FileInfo) fileStamp {
	return fileStamp{size: info.Size(), modTime: info.ModTime()}
}

func (a fileStamp) equal(b fileStamp) bool {
	return a.size == b.size && a.modTime.Equal(b.modTime)
}

func newSite(webDir, questionsDir string, log io.Writer) *site {
	return &site{
		webDir: webDir, questionsDir: questionsDir, log: log,
		checkEvery: time.Second,
		now:        time.Now,
		webFiles:   map[string]stampedHash{},
		questions:  newQuestionFolder(questionsDir),
		pictures:   newPictureFolder(questionsDir),
	}
}

// current is the latest snapshot, without a check.
func (s *site) current() *snapshot {
	if snap := s.cur.Load(); snap != nil {
		return snap
	}
	return s.fresh()
}

// fresh is the snapshot to serve, after a look at the folders when one is
// due: every request stats the two folders (two system calls), and every
// file in them is stat'ed at most once per checkEvery. Files are read only
// when their stamp changed, so a request never waits on the files.
func (s *site) fresh() *snapshot {
	if snap := s.cur.Load(); snap != nil && !s.checkDue() {
		return snap
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// Another request may have checked while this one waited.
	if snap := s.cur.Load(); snap != nil && !s.checkDue() {
		return snap
	}
	snap, err := s.refreshLocked()
	if err != nil {
		fmt.Fprintf(s.log, "serve: %v\n", err)
	}
	return snap
}

func (s *site) checkDue() bool {
	last := s.checked.Load()
	if last == nil || s.now().Sub(last.at) >= s.checkEvery {
		return true
	}
	return !dirStamp(s.questionsDir).equal(last.questions) || !dirStamp(s.webDir).equal(last.web)
}

// dirStamp is the stamp of a folder, zero when it cannot be read.
func dirStamp(dir string) fileStamp {
	info, err := os.Stat(dir)
	if err != nil {
		return fileStamp{}
	}
	return stampOf(info)
}

// refresh looks at web/ and questions/ now and, when the version changed,
// swaps in a new go-app handler. On error it keeps the previous snapshot.
func (s *site) refresh() (*snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.refreshLocked()
}

func (s *site) refreshLocked() (*snapshot, error) {
	old := s.cur.Load()
	// The folders' stamps are taken before they are read: a change made
	// during the reading is seen at the next request.
	s.checked.Store(&checkStamp{at: s.now(), questions: dirStamp(s.questionsDir), web: dirStamp(s.webDir)})

	webHashes, wasmSize, err := s.scanWeb()
	if err != nil {
		if old != nil {
			return old, err
		}
		return s.store(nil, "", nil, nil, 0), err
	}
	entries, skipped, err := s.questions.scan(s.now())
	if err != nil {
		fmt.Fprintf(s.log, "serve: %v\n", err)
	}
	pictures, skippedPictures, err := s.pictures.scan()
	if err != nil {
		fmt.Fprintf(s.log, "serve: %v\n", err)
	}
	if report := strings.Join(append(skipped, skippedPictures...), ""); report != s.skipped {
		s.skipped = report
		io.WriteString(s.log, report)
	}
	version := computeVersion(webHashes, entries, pictures)
	if old != nil && old.version == version {
		return old, nil
	}
	if old != nil {
		fmt.Fprintf(s.log, "serve: new version %s (%d question files)\n", version, len(entries))
	}
	return s.store(old, version, entries, pictures, wasmSize), nil
}

func (s *site) store(old *snapshot, version string, entries []*questionEntry, pictures []*pictureEntry, wasmSize int64) *snapshot {
	if version == "" {
		version = computeVersion(nil, entries, pictures)
	}
	snap := &snapshot{version: version, files: []questionFile{}, byName: map[string]*questionEntry{}, pictures: map[string]*pictureEntry{}, wasmSize: wasmSize}
	for _, e := range entries {
		snap.files = append(snap.files, e.questionFile)
		snap.byName[e.Name] = e
	}
	for _, p := range pictures {
		snap.pictures[p.path] = p
	}
	snap.index = indexJSON(version, snap.files)
	snap.indexBrotli = brotliBytes(snap.index)
	snap.indexGzip = gzipBytes(snap.index)
	snap.indexETag = []string{`"i-` + version + `"`}
	snap.handler = newHandler(version, snap.servedPaths())
	if wasmSize > 0 {
		snap.handler.WasmContentLength = strconv.FormatInt(wasmSize, 10)
	}
	s.cur.Store(snap)
	return snap
}

// servedPaths are the paths under questions/ that the service worker
// caches: the question files, then the pictures (so that a quiz shows
// them offline too), each sorted.
func (snap *snapshot) servedPaths() []string {
	paths := make([]string, 0, len(snap.files)+len(snap.pictures))
	for _, f := range snap.files {
		paths = append(paths, f.Name)
	}
	return append(paths, slices.Sorted(maps.Keys(snap.pictures))...)
}

// indexJSON is /questions/index.json, as the server and `static` write it.
func indexJSON(version string, files []questionFile) []byte {
	body, err := json.Marshal(struct {
		Version string         `json:"version"`
		Files   []questionFile `json:"files"`
	}{version, files})
	if err != nil {
		panic(err) // strings and ints only: cannot fail
	}
	return body
}

// brotliBytes compresses at brotli's best quality up to 512 KiB (some
// 4,000 files: a fifth of a second) and at quality 5 beyond, so that a
// change in a very large folder is not held up by the index.
func brotliBytes(data []byte) []byte {
	quality := brotli.BestCompression
	if len(data) > 512<<10 {
		quality = 5
	}
	var b bytes.Buffer
	zw := brotli.NewWriterLevel(&b, quality)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

func gzipBytes(data []byte) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
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

// questionEntry is one question file as read: the bytes served, with
// their hash and what the index says of them.
type questionEntry struct {
	questionFile
	data []byte
	// stamp is the open file's when it was read: the directory entry's
	// matches it as long as the file is unchanged.
	stamp fileStamp
}

// questionFolder is the questions folder as last read, so that a check
// reads only the files that changed.
type questionFolder struct {
	dir string
	// settle is how long a file rewritten in place into an empty or
	// broken one is left alone before it replaces the good old copy: an
	// editor or a copy may still be writing it (emptied, or cut short).
	// A new file, or a rewrite that reads well, is taken at once.
	settle  time.Duration
	entries map[string]*questionEntry
	// pending is the stamp of a change not taken yet, and when it was
	// first seen (by the server's clock, which the file's time may not
	// follow: a network share).
	pending map[string]pendingChange
}

type pendingChange struct {
	stamp fileStamp
	since time.Time
}

func newQuestionFolder(dir string) *questionFolder {
	return &questionFolder{dir: dir, settle: time.Second, entries: map[string]*questionEntry{}, pending: map[string]pendingChange{}}
}

// scanQuestions reads the question files directly in dir once, as the
// server does at start.
func scanQuestions(dir string) (files []questionFile, skipped []string, err error) {
	entries, skipped, err := newQuestionFolder(dir).scan(time.Now())
	for _, e := range entries {
		files = append(files, e.questionFile)
	}
	return files, skipped, err
}

// scan lists the question files directly in the folder: regular files (no
// symlinks) with a recognised extension and a safe name, at most
// maxQuestionFileSize bytes, sorted by name. It reads only the files whose
// stamp changed since the last scan. A missing folder is empty. skipped
// tells, a line each, why a file that looks like a question file is not
// served.
func (q *questionFolder) scan(now time.Time) (entries []*questionEntry, skipped []string, err error) {
	root, err := os.OpenRoot(q.dir)
	if errors.Is(err, fs.ErrNotExist) {
		clear(q.entries)
		return nil, nil, nil
	}
	if err != nil {
		return q.sorted(), nil, err
	}
	defer root.Close()
	dirEntries, err := os.ReadDir(q.dir)
	if err != nil {
		return q.sorted(), nil, err
	}
	skip := func(name, why string) {
		skipped = append(skipped, fmt.Sprintf("serve: %s is not served: %s\n", filepath.Join(q.dir, name), why))
	}
	seen := map[string]bool{}
	for _, d := range dirEntries {
		name := d.Name()
		isQuestion := slices.Contains(questionExts, strings.ToLower(path.Ext(name))) && name != "index.json" && !strings.HasPrefix(name, ".")
		switch {
		case !isQuestion:
			continue
		case d.Type()&fs.ModeSymlink != 0:
			skip(name, "it is a symbolic link; copy the file into the folder instead")
			continue
		case !d.Type().IsRegular():
			continue
		case !validQuestionName(name):
			skip(name, "rename it with letters, digits, spaces and . _ - , ( ) ' & + ! only (it is also its address)")
			continue
		}
		info, err := d.Info()
		if err != nil {
			continue // removed meanwhile
		}
		old := q.entries[name]
		if old != nil && old.stamp.equal(stampOf(info)) {
			seen[name] = true
			continue
		}
		e, err := readQuestionEntry(root, name)
		switch {
		case errors.Is(err, errBeingWritten):
			// Changed while it was read: the old copy, if any, stays
			// until the next check reads it whole.
			seen[name] = old != nil
			continue
		case errors.Is(err, errTooLarge):
			skip(name, fmt.Sprintf("it is larger than %d MiB", maxQuestionFileSize>>20))
			continue
		case err != nil:
			skip(name, err.Error())
			continue
		}
		if old != nil && e.worseThan(old) && q.settling(name, e.stamp, now) {
			seen[name] = true
			continue
		}
		delete(q.pending, name)
		q.entries[name] = e
		seen[name] = true
	}
	for name := range q.entries {
		if !seen[name] {
			delete(q.entries, name)
			delete(q.pending, name)
		}
	}
	return q.sorted(), skipped, nil
}

// worseThan reports whether e looks like a copy of old caught while it
// was being written: empty, or with errors where old had none.
func (e *questionEntry) worseThan(old *questionEntry) bool {
	return (e.Size == 0 && old.Size > 0) || (e.Errors > 0 && old.Errors == 0)
}

// settling reports whether a change to a file is too recent to be taken:
// its time is within settle of now, and it has not been seen pending for
// settle already.
func (q *questionFolder) settling(name string, st fileStamp, now time.Time) bool {
	if now.Sub(st.modTime) >= q.settle {
		return false
	}
	p, ok := q.pending[name]
	if !ok || !p.stamp.equal(st) {
		q.pending[name] = pendingChange{stamp: st, since: now}
		return q.settle > 0
	}
	return now.Sub(p.since) < q.settle
}

func (q *questionFolder) sorted() []*questionEntry {
	entries := make([]*questionEntry, 0, len(q.entries))
	for _, e := range q.entries {
		entries = append(entries, e)
	}
	slices.SortFunc(entries, func(a, b *questionEntry) int { return strings.Compare(a.Name, b.Name) })
	return entries
}

// readQuestionEntry reads a question file once, and hashes and parses
// the bytes read: those are the bytes served.
func readQuestionEntry(root *os.Root, name string) (*questionEntry, error) {
	data, st, err := readQuestionFile(root, name)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	e := &questionEntry{data: data, stamp: st, questionFile: questionFile{Name: name, Hash: hex.EncodeToString(sum[:indexHashBytes]), Size: int64(len(data))}}
	qz, problems := format.Parse(name, data)
	if qz != nil {
		e.Title, e.Description, e.Questions = qz.Title, qz.Description, len(qz.Questions)
	}
	e.Errors, e.Warnings = problems.Errors().Count(), problems.Warnings().Count()
	return e, nil
}

var (
	errNotServed    = errors.New("not a servable question file")
	errTooLarge     = errors.New("question file too large")
	errBeingWritten = errors.New("question file changed while it was read")
)

// readQuestionFile reads a question file through root, so that nothing
// outside the questions folder is ever read (see readChecked).
func readQuestionFile(root *os.Root, name string) (data []byte, st fileStamp, err error) {
	if !validQuestionName(name) {
		return nil, st, errNotServed
	}
	return readChecked(root, name, maxQuestionFileSize)
}

// readChecked reads the file at rel, a slash path inside root. The file
// is opened once and checked on the open handle: a regular file of at
// most limit bytes, the very file the folder's entry names (not a
// symlink, which os.Root follows when it stays inside: alias.yaml ->
// .hidden.yaml), in folders that are no symlinks either, and unchanged
// while it was read. st is its stamp then.
func readChecked(root *os.Root, rel string, limit int64) (data []byte, st fileStamp, err error) {
	// O_NONBLOCK: a FIFO put in place of the file must not hang the open.
	f, err := root.OpenFile(rel, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, st, err
	}
	defer f.Close()
	before, err := f.Stat()
	if err != nil || !before.Mode().IsRegular() {
		return nil, st, errNotServed
	}
	// Checked after the open: a folder swapped for a link to a dot-folder
	// and back leaves the handle on a file that rel no longer names.
	for i := range len(rel) {
		if rel[i] == '/' {
			if dir, err := root.Lstat(rel[:i]); err != nil || !dir.IsDir() {
				return nil, st, errNotServed
			}
		}
	}
	if entry, err := root.Lstat(rel); err != nil || !entry.Mode().IsRegular() || !os.SameFile(before, entry) {
		return nil, st, errNotServed
	}
	if before.Size() > limit {
		return nil, st, errTooLarge
	}
	data, err = io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, st, err
	}
	if int64(len(data)) > limit {
		return nil, st, errTooLarge
	}
	after, err := f.Stat()
	if err != nil {
		return nil, st, err
	}
	if !stampOf(before).equal(stampOf(after)) || int64(len(data)) != after.Size() {
		return nil, st, errBeingWritten
	}
	return data, stampOf(after), nil
}

// validQuestionName accepts a plain file name with a recognised
// extension, as teachers name them (see safeFileName); not index.json.
func validQuestionName(name string) bool {
	return safeFileName(name) && name != "index.json" && slices.Contains(questionExts, strings.ToLower(path.Ext(name)))
}

// safeFileName accepts a file or folder name as teachers write them ("U7-p77-It
// is,there is.gift", "été 2020.yaml"): letters and digits of any script,
// spaces and the punctuation . _ - , ( ) ' & + ! ; not starting with '.'
// or a space, at most 200 bytes. Characters that mean something in a URL
// or a path (/ \ % # ? : * " < > |) and control characters are left out:
// the name is also part of the file's address (escaped) and of the quiz's
// ID (its slug, see format.QuizID).
func safeFileName(name string) bool {
	if name == "" || len(name) > 200 || name[0] == '.' || name[0] == ' ' || !utf8.ValidString(name) {
		return false
	}
	for _, r := range name {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || strings.ContainsRune(" ._-,()'&+!", r)) {
			return false
		}
	}
	return true
}

// computeVersion hashes what is served: web/ files, question files (names
// and contents), the service worker template, the handler's settings and
// go-app's version. Any change is an update for the browsers.
func computeVersion(webHashes []string, files []*questionEntry, pictures []*pictureEntry) string {
	h := sha256.New()
	io.WriteString(h, "factquiz\n"+handlerFingerprint+"\n"+goAppVersion()+"\n")
	io.WriteString(h, appWorkerTemplate)
	for _, l := range webHashes {
		io.WriteString(h, "\nweb/"+l)
	}
	for _, f := range files {
		io.WriteString(h, "\nquestions/"+f.Name+"\x00"+f.Hash)
	}
	for _, p := range pictures {
		io.WriteString(h, "\nquestions/"+p.path+"\x00"+p.hash)
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
	case p != "/app-worker.js" && !s.hasWasm():
		s.serveNotBuilt(w, r)
	default:
		// A page or /app-worker.js: from a fresh snapshot, so that a new
		// or changed question file is a new version at the next page load
		// or at the browser's next update check.
		s.fresh().handler.ServeHTTP(w, r)
	}
}

// hasWasm says whether web/app.wasm is there: `go run .` in a fresh clone
// serves pages whose app was never built.
func (s *site) hasWasm() bool {
	info, err := os.Stat(filepath.Join(s.webDir, "app.wasm"))
	return err == nil && info.Mode().IsRegular()
}

// notBuiltPage says, instead of a loader that would wait forever, that the
// app has not been built and how to build it.
const notBuiltPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Factquiz is not built yet</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Factquiz is not built yet</h1>
<p>This server has no <code>web/app.wasm</code>, the app that runs in your browser.
Stop the server and start it with <code>make run</code>, which builds the app first
(or run <code>make wasm</code>, then reload this page).</p>
</body></html>
`

func (s *site) serveNotBuilt(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusServiceUnavailable)
	if r.Method != http.MethodHead {
		io.WriteString(w, notBuiltPage)
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

// Header values of index.json, shared by every response (net/http only
// reads them): setting them allocates nothing per request.
var (
	headerJSON           = []string{"application/json"}
	headerNoCache        = []string{"no-cache"}
	headerAcceptEncoding = []string{"Accept-Encoding"}
	headerBrotli         = []string{"br"}
	headerGzip           = []string{"gzip"}
)

// serveIndex writes index.json from the snapshot, compressed ahead: with
// a thousand files the list is 122 KB, 16 KB gzipped, 11.5 KB in brotli,
// and what a request costs beyond a small file's is writing those bytes.
func (s *site) serveIndex(w http.ResponseWriter, r *http.Request) {
	snap := s.fresh()
	h := w.Header()
	h["Content-Type"] = headerJSON
	h["Cache-Control"] = headerNoCache
	h["Vary"] = headerAcceptEncoding
	h["Etag"] = snap.indexETag
	if etagMatches(r.Header.Get("If-None-Match"), snap.indexETag[0]) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := snap.index
	switch preferredEncoding(r.Header.Get("Accept-Encoding"), "br", "gzip") {
	case "br":
		body = snap.indexBrotli
		h["Content-Encoding"] = headerBrotli
	case "gzip":
		body = snap.indexGzip
		h["Content-Encoding"] = headerGzip
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// serveQuestion serves a question file or a picture from the snapshot:
// the bytes that were hashed, never a second read of the file.
func (s *site) serveQuestion(w http.ResponseWriter, r *http.Request, name string) {
	snap := s.fresh()
	e, ok := snap.byName[name]
	if !ok {
		if p, ok := snap.pictures[name]; ok {
			servePicture(w, r, p)
			return
		}
		http.NotFound(w, r)
		return
	}
	etag := `"q-` + e.Hash + `"`
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("ETag", etag)
	if etagMatches(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(e.data)))
	if r.Method != http.MethodHead {
		w.Write(e.data)
	}
}

// etagMatches reports whether an If-None-Match header names etag: "*",
// or one of a comma-separated list, weak (W/"...") or strong, compared
// weakly as RFC 9110 says for If-None-Match.
func etagMatches(header, etag string) bool {
	for tag := range strings.SplitSeq(header, ",") {
		tag = strings.TrimSpace(tag)
		if tag == "*" || strings.TrimPrefix(tag, "W/") == strings.TrimPrefix(etag, "W/") {
			return true
		}
	}
	return false
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

// serveWasm serves app.wasm.br or app.wasm.gz, as the browser prefers,
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
	ext := map[string]string{"br": ".br", "gzip": ".gz"}
	for _, enc := range acceptedEncodings(r.Header.Get("Accept-Encoding"), "br", "gzip") {
		f, info, ok := openRegular(root, "app.wasm"+ext[enc])
		if !ok {
			continue
		}
		defer f.Close()
		if info.ModTime().Before(rawInfo.ModTime()) {
			continue
		}
		w.Header().Set("Content-Encoding", enc)
		http.ServeContent(w, r, "", info.ModTime(), f)
		return
	}
	http.ServeContent(w, r, "", rawInfo.ModTime(), raw)
}

// preferredEncoding is the coding of have the browser prefers, or "".
func preferredEncoding(header string, have ...string) string {
	if acc := acceptedEncodings(header, have...); len(acc) > 0 {
		return acc[0]
	}
	return ""
}

// acceptedEncodings parses Accept-Encoding and returns the codings of
// have that the browser accepts, most preferred first by q-value (have's
// order among equals): "gzip;q=0.5, br;q=0.1" is gzip then br. "*" stands
// for the codings not named. A coding the browser likes less than
// "identity", named with its own q-value, is left out: it asked for the
// file as it is.
func acceptedEncodings(header string, have ...string) []string {
	named := map[string]float64{}
	star := 0.0
	identity := 0.0
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
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && f >= 0 && f <= 1 {
					q = f
				}
			}
		}
		switch name {
		case "*":
			star = q
		case "identity":
			identity = q
		default:
			named[name] = q
		}
	}
	type coding struct {
		name string
		q    float64
	}
	var acc []coding
	for _, name := range have {
		q, ok := named[name]
		if !ok {
			q = star
		}
		if q > 0 && q >= identity {
			acc = append(acc, coding{name, q})
		}
	}
	slices.SortStableFunc(acc, func(a, b coding) int { return cmp.Compare(b.q, a.q) })
	names := make([]string, len(acc))
	for i, c := range acc {
		names[i] = c.name
	}
	return names
}
