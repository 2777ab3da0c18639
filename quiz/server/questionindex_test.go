//go:build !wasm

package server

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// quizYAML is a small valid question file of n true/false questions.
func quizYAML(title string, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nquestions:\n", title)
	for i := range n {
		fmt.Fprintf(&b, "  - {type: truefalse, prompt: \"Statement %d about %s.\", answer: true}\n", i+1, title)
	}
	return b.String()
}

func sumHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:indexHashBytes])
}

// TestQuestionIndex: the index follows files added, changed and removed,
// with each file's title, counts and the hash of the bytes served.
func TestQuestionIndex(t *testing.T) {
	f := newFixture(t)
	type step struct {
		name   string
		change func()
		file   string
		want   *questionFile // nil: not listed, 404
		body   string
	}
	two := quizYAML("Two", 2)
	three := quizYAML("Three", 3)
	broken := "title: Broken\nquestions:\n  - {type: truefalse, prompt: \"No answer\"}\n"
	for _, st := range []step{
		// A file with nothing usable has no title: the app shows its name.
		{"listed at start", func() {}, "karabakh.yaml",
			&questionFile{Name: "karabakh.yaml", Errors: 1}, "title: Karabakh\nquestions: []\n"},
		{"added", func() { f.writeQuestion(t, "two.yaml", two) }, "two.yaml",
			&questionFile{Name: "two.yaml", Title: "Two", Questions: 2}, two},
		{"changed in place", func() { f.writeQuestion(t, "two.yaml", three) }, "two.yaml",
			&questionFile{Name: "two.yaml", Title: "Three", Questions: 3}, three},
		{"broken", func() { f.writeQuestion(t, "bad.yaml", broken) }, "bad.yaml",
			&questionFile{Name: "bad.yaml", Errors: 1}, broken},
		{"removed", func() { must(t, os.Remove(filepath.Join(f.questions, "two.yaml"))) }, "two.yaml", nil, ""},
		{"renamed over", func() {
			tmp := filepath.Join(f.questions, ".bad.yaml.tmp")
			must(t, os.WriteFile(tmp, []byte(two), 0o644))
			must(t, os.Rename(tmp, filepath.Join(f.questions, "bad.yaml")))
		}, "bad.yaml", &questionFile{Name: "bad.yaml", Title: "Two", Questions: 2}, two},
	} {
		st.change()
		ix := f.index(t)
		var got *questionFile
		for i := range ix.Files {
			if ix.Files[i].Name == st.file {
				got = &ix.Files[i]
			}
		}
		res, body := f.get(t, "/questions/"+st.file)
		if st.want == nil {
			if got != nil || res.StatusCode != http.StatusNotFound {
				t.Errorf("%s: %s listed as %+v, served %d; want neither", st.name, st.file, got, res.StatusCode)
			}
			continue
		}
		if got == nil {
			t.Errorf("%s: %s not listed", st.name, st.file)
			continue
		}
		if got.Title != st.want.Title || got.Questions != st.want.Questions || (got.Errors > 0) != (st.want.Errors > 0) || got.Warnings != st.want.Warnings {
			t.Errorf("%s: listed %+v, want title %q, %d questions, errors %v", st.name, *got, st.want.Title, st.want.Questions, st.want.Errors > 0)
		}
		if string(body) != st.body || got.Hash != sumHash(body) || got.Size != int64(len(body)) || res.Header.Get("ETag") != `"q-`+got.Hash+`"` {
			t.Errorf("%s: served %q (ETag %s), listed hash %s size %d", st.name, body, res.Header.Get("ETag"), got.Hash, got.Size)
		}
	}
	if f.index(t).Files[0].Description != "" {
		t.Errorf("a description where the file has none")
	}
}

// TestQuestionIndexChecksAtMostOncePerInterval: a change in place is seen
// at the first request after checkEvery, not before; a new file (the
// folder's time changes) at once; files unchanged are never read again.
func TestQuestionIndexChecksAtMostOncePerInterval(t *testing.T) {
	f := newFixture(t)
	clock := time.Now()
	f.site.checkEvery = time.Second
	f.site.now = func() time.Time { return clock }
	f.site.refresh()

	before := f.index(t).Version
	f.writeQuestion(t, "karabakh.yaml", quizYAML("Karabakh", 1))
	if got := f.index(t).Version; got != before {
		t.Errorf("a change in place was seen before checkEvery: the files were stat'ed again")
	}
	clock = clock.Add(time.Second)
	if got := f.index(t).Version; got == before {
		t.Errorf("a change in place was not seen after checkEvery")
	}

	v := f.index(t).Version
	f.writeQuestion(t, "new.yaml", quizYAML("New", 1))
	if got := f.index(t).Version; got == v {
		t.Errorf("a new file was not seen at once")
	}
}

// TestQuestionIndexSettles: a file emptied or cut short by a rewrite in
// progress is not served while it is fresh; the good copy is. Once it has
// stayed so for settle it is served, and a good rewrite is taken at once.
func TestQuestionIndexSettles(t *testing.T) {
	f := newFixture(t)
	clock := time.Now()
	f.site.now = func() time.Time { return clock }
	f.site.questions.settle = time.Second
	good := quizYAML("Good", 3)
	f.writeQuestion(t, "q.yaml", good)
	f.site.refresh()

	for _, partial := range []string{"", good[:len(good)-20]} {
		f.writeQuestion(t, "q.yaml", partial)
		clock = time.Now()
		if _, body := f.get(t, "/questions/q.yaml"); string(body) != good {
			t.Errorf("a rewrite in progress (%d bytes) was served: %q", len(partial), body)
		}
	}
	clock = clock.Add(time.Second)
	if _, body := f.get(t, "/questions/q.yaml"); len(body) == len(good) {
		t.Errorf("a broken file left alone for settle is still not served")
	}
	better := quizYAML("Better", 4)
	f.writeQuestion(t, "q.yaml", better)
	clock = clock.Add(time.Millisecond) // the file's time is now: within settle
	if _, body := f.get(t, "/questions/q.yaml"); string(body) != better {
		t.Errorf("a good rewrite was not taken at once: %q", body)
	}
}

// TestQuestionIndexServesWhatItHashed: while files are rewritten over and
// over (in place, truncated first, and by rename), every answer's body
// matches its ETag, and every file listed in index.json is served with the
// listed hash by the same snapshot.
func TestQuestionIndexServesWhatItHashed(t *testing.T) {
	f := newFixture(t)
	contents := []string{quizYAML("Short", 1), quizYAML("Long", 40), quizYAML("Middle", 7)}
	var stop atomic.Bool
	var wg sync.WaitGroup
	defer func() { stop.Store(true); wg.Wait() }()
	wg.Go(func() {
		for i := 0; !stop.Load(); i++ {
			data := []byte(contents[i%len(contents)])
			os.WriteFile(filepath.Join(f.questions, "inplace.yaml"), data, 0o644)
			tmp := filepath.Join(f.questions, ".renamed.tmp")
			os.WriteFile(tmp, data, 0o644)
			os.Rename(tmp, filepath.Join(f.questions, "renamed.yaml"))
		}
	})
	deadline := time.Now().Add(time.Second)
	checked := 0
	for time.Now().Before(deadline) {
		for _, name := range []string{"inplace.yaml", "renamed.yaml"} {
			res, body := f.get(t, "/questions/"+name)
			if res.StatusCode == http.StatusNotFound {
				continue
			}
			checked++
			if etag := res.Header.Get("ETag"); etag != `"q-`+sumHash(body)+`"` {
				t.Fatalf("%s: ETag %s for a body of hash %s (%d bytes)", name, etag, sumHash(body), len(body))
			}
		}
		snap := f.site.current()
		for _, qf := range snap.files {
			if e := snap.byName[qf.Name]; sumHash(e.data) != qf.Hash || int64(len(e.data)) != qf.Size {
				t.Fatalf("%s: listed hash %s, snapshot bytes hash %s", qf.Name, qf.Hash, sumHash(e.data))
			}
		}
	}
	if checked == 0 {
		t.Fatal("no file was served while it was rewritten")
	}
}

// TestQuestionIndexNeverServesADotFileThroughALink: a question file that
// is, or becomes, a symlink to a dot-file in the folder (which os.Root
// would follow) is never read; swapped back and forth under load, the
// secret never shows.
func TestQuestionIndexNeverServesADotFileThroughALink(t *testing.T) {
	f := newFixture(t)
	f.writeQuestion(t, ".secret.yaml", "title: "+secret+"\n")
	root, err := os.OpenRoot(f.questions)
	must(t, err)
	defer root.Close()
	must(t, os.Symlink(".secret.yaml", filepath.Join(f.questions, "swap.yaml")))
	if data, _, err := readQuestionFile(root, "swap.yaml"); !errors.Is(err, errNotServed) {
		t.Errorf("a symlink to a dot-file was read: %q, %v", data, err)
	}

	var stop atomic.Bool
	var wg sync.WaitGroup
	defer func() { stop.Store(true); wg.Wait() }()
	wg.Go(func() {
		regular := filepath.Join(f.questions, ".regular.tmp")
		link := filepath.Join(f.questions, ".link.tmp")
		for !stop.Load() {
			os.WriteFile(regular, []byte(quizYAML("Plain", 1)), 0o644)
			os.Rename(regular, filepath.Join(f.questions, "swap.yaml"))
			os.Symlink(".secret.yaml", link)
			os.Rename(link, filepath.Join(f.questions, "swap.yaml"))
		}
	})
	deadline := time.Now().Add(time.Second)
	for time.Now().Before(deadline) {
		for _, target := range []string{"/questions/swap.yaml", "/questions/index.json", "/questions/.secret.yaml"} {
			if _, body := f.get(t, target); strings.Contains(string(body), secret) {
				t.Fatalf("%s served the dot-file's content: %q", target, body)
			}
		}
		if data, _, err := readQuestionFile(root, "swap.yaml"); strings.Contains(string(data), secret) {
			t.Fatalf("readQuestionFile read the dot-file through the link: %q %v", data, err)
		}
	}
}
