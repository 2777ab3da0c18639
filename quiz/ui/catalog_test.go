package ui

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"factquiz/quiz"
	"factquiz/quiz/format"
)

func TestQuestionFileCache(t *testing.T) {
	files := map[string]string{"/questions/a.yaml": "title: A\nquestions:\n  - {type: truefalse, prompt: Water is wet., answer: true}\n"}
	fetches := 0
	fail := false
	c := &questionFileCache{fetch: func(url string) ([]byte, error) {
		fetches++
		if fail {
			return nil, errors.New("offline")
		}
		return []byte(files[url]), nil
	}}

	first := c.load(listedFile{Name: "a.yaml", Hash: "h1"})
	if first.Quiz == nil || first.Quiz.Title != "A" || fetches != 1 {
		t.Fatalf("first load: quiz %+v after %d fetches", first.Quiz, fetches)
	}
	first.Quiz.ID = "renamed" // as uniqueIDs does
	again := c.load(listedFile{Name: "a.yaml", Hash: "h1"})
	if fetches != 1 {
		t.Errorf("an unchanged file was fetched again (%d fetches)", fetches)
	}
	if again.Quiz.ID != "a" {
		t.Errorf("a change to a loaded quiz reached the cache: ID %q", again.Quiz.ID)
	}

	files["/questions/a.yaml"] = "title: B\nquestions:\n  - {type: truefalse, prompt: Fire is cold., answer: false}\n"
	if changed := c.load(listedFile{Name: "a.yaml", Hash: "h2"}); changed.Quiz.Title != "B" || fetches != 2 {
		t.Errorf("a changed file: title %q after %d fetches, want B after 2", changed.Quiz.Title, fetches)
	}

	fail = true
	if broken := c.load(listedFile{Name: "b.yaml", Hash: "h3"}); broken.Quiz != nil || len(broken.Problems) != 1 {
		t.Errorf("a failed fetch gave %+v", broken)
	}
	fail = false
	files["/questions/b.yaml"] = files["/questions/a.yaml"]
	if retried := c.load(listedFile{Name: "b.yaml", Hash: "h3"}); retried.Quiz == nil || fetches != 4 {
		t.Errorf("a file that failed was not fetched again (%d fetches)", fetches)
	}

	c.load(listedFile{Name: "a.yaml", Hash: ""})
	c.load(listedFile{Name: "a.yaml", Hash: ""})
	if fetches != 6 {
		t.Errorf("files without a hash must always be fetched: %d fetches, want 6", fetches)
	}
}

// TestCatalogRead: only the files picked are fetched; one that fails (a
// timeout) or is listed over the size limit gets a card with a message
// while the others load; IDs and places stay as listed.
func TestCatalogRead(t *testing.T) {
	quizText := func(title string) string {
		return "title: " + title + "\nquestions:\n  - {type: truefalse, prompt: Water is wet., answer: true}\n"
	}
	var mu sync.Mutex
	var fetched []string
	saved := questionFiles
	defer func() { questionFiles = saved }()
	questionFiles = &questionFileCache{fetch: func(url string) ([]byte, error) {
		mu.Lock()
		fetched = append(fetched, url)
		mu.Unlock()
		if strings.Contains(url, "slow") {
			return nil, errors.New(url + ": it took longer than 20 seconds; try again later")
		}
		name := strings.TrimPrefix(url, "/questions/")
		return []byte(quizText(strings.TrimSuffix(name, ".yaml"))), nil
	}}
	list := func() catalog {
		var c catalog
		for _, l := range []listedFile{
			{Name: "a.yaml", Hash: "1", Title: "a", Questions: 1},
			{Name: "slow.yaml", Hash: "2", Title: "slow", Questions: 1},
			{Name: "huge.yaml", Hash: "3", Size: format.MaxSize + 1, Title: "huge", Questions: 1},
			{Name: "b.yaml", Hash: "4", Title: "b", Questions: 1},
		} {
			c.Files = append(c.Files, quizFile{ID: "id-" + l.Name, File: l.Name, Listed: &l})
		}
		return c
	}

	for _, tt := range []struct {
		name    string
		want    func(quizFile) bool
		fetched int
		read    string // the files read, in place: title or problem
	}{
		{"one", func(f quizFile) bool { return f.File == "b.yaml" }, 1, "listed listed listed b"},
		{"none", func(quizFile) bool { return false }, 0, "listed listed listed listed"},
		{"all", func(quizFile) bool { return true }, 3, "a slow:timeout huge:too-big b"},
	} {
		fetched = nil
		questionFiles.byName = nil
		c := list()
		c.read(tt.want)
		var got []string
		for i, f := range c.Files {
			if f.ID != "id-"+f.File || f.File != list().Files[i].File {
				t.Errorf("%s: file %d is %s with ID %s: out of place", tt.name, i, f.File, f.ID)
			}
			switch {
			case f.Listed != nil:
				got = append(got, "listed")
			case f.Quiz != nil:
				if f.Quiz.ID != f.ID {
					t.Errorf("%s: %s's quiz has ID %s", tt.name, f.File, f.Quiz.ID)
				}
				got = append(got, f.Quiz.Title)
			case strings.Contains(fmt.Sprint(f.Problems), "longer than"):
				got = append(got, "slow:timeout")
			case strings.Contains(fmt.Sprint(f.Problems), "over the 16 MiB limit"):
				got = append(got, "huge:too-big")
			default:
				got = append(got, fmt.Sprint(f.Problems))
			}
		}
		if strings.Join(got, " ") != tt.read || len(fetched) != tt.fetched {
			t.Errorf("%s: read %q after fetching %q; want %q after %d fetches", tt.name, got, fetched, tt.read, tt.fetched)
		}
	}
}

func TestQuizFileQuestionCount(t *testing.T) {
	for _, tt := range []struct {
		f        quizFile
		n        int
		playable bool
	}{
		{quizFile{Listed: &listedFile{Questions: 3}}, 3, true},
		{quizFile{Listed: &listedFile{Errors: 2}}, 0, false},
		{quizFile{Quiz: &quiz.Quiz{Questions: make([]quiz.Question, 2)}}, 2, true},
		{quizFile{}, 0, false},
	} {
		if n := tt.f.QuestionCount(); n != tt.n || tt.f.Playable() != tt.playable {
			t.Errorf("%+v: %d questions, playable %v; want %d, %v", tt.f, n, tt.f.Playable(), tt.n, tt.playable)
		}
	}
}
