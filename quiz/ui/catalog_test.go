package ui

import (
	"errors"
	"testing"
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

	first := c.load("a.yaml", "h1")
	if first.Quiz == nil || first.Quiz.Title != "A" || fetches != 1 {
		t.Fatalf("first load: quiz %+v after %d fetches", first.Quiz, fetches)
	}
	first.Quiz.ID = "renamed" // as uniqueIDs does
	again := c.load("a.yaml", "h1")
	if fetches != 1 {
		t.Errorf("an unchanged file was fetched again (%d fetches)", fetches)
	}
	if again.Quiz.ID != "a" {
		t.Errorf("a change to a loaded quiz reached the cache: ID %q", again.Quiz.ID)
	}

	files["/questions/a.yaml"] = "title: B\nquestions:\n  - {type: truefalse, prompt: Fire is cold., answer: false}\n"
	if changed := c.load("a.yaml", "h2"); changed.Quiz.Title != "B" || fetches != 2 {
		t.Errorf("a changed file: title %q after %d fetches, want B after 2", changed.Quiz.Title, fetches)
	}

	fail = true
	if broken := c.load("b.yaml", "h3"); broken.Quiz != nil || len(broken.Problems) != 1 {
		t.Errorf("a failed fetch gave %+v", broken)
	}
	fail = false
	files["/questions/b.yaml"] = files["/questions/a.yaml"]
	if retried := c.load("b.yaml", "h3"); retried.Quiz == nil || fetches != 4 {
		t.Errorf("a file that failed was not fetched again (%d fetches)", fetches)
	}

	c.load("a.yaml", "")
	c.load("a.yaml", "")
	if fetches != 6 {
		t.Errorf("files without a hash must always be fetched: %d fetches, want 6", fetches)
	}
}
