package ui

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"sync"

	"factquiz/quiz"
	"factquiz/quiz/format"
)

// quizFile is one quiz the learner can take: a file of the questions/
// folder or one of the learner's own quizzes kept in local storage.
type quizFile struct {
	ID       string
	File     string
	Format   format.Format
	Quiz     *quiz.Quiz // nil when the file could not be read at all
	Problems format.Problems
	Own      bool // the learner's own quiz, kept in this browser
}

// Playable reports whether the quiz has questions to play.
func (f quizFile) Playable() bool { return f.Quiz != nil && len(f.Quiz.Questions) > 0 }

// catalog is every quiz known to this page load.
type catalog struct {
	Files []quizFile
	// Err says why the questions folder could not be listed (offline
	// before the first visit, server down); own quizzes still show.
	Err error
}

// Find returns the quiz with the given ID.
func (c catalog) Find(id string) (quizFile, bool) {
	for _, f := range c.Files {
		if f.ID == id {
			return f, true
		}
	}
	return quizFile{}, false
}

// questionsIndex is the server's /questions/index.json.
type questionsIndex struct {
	Version string `json:"version"`
	Files   []struct {
		Name string `json:"name"`
		Hash string `json:"hash"`
		Size int64  `json:"size"`
	} `json:"files"`
}

// loadCatalog lists and parses every question file, then adds the
// learner's own quizzes. It blocks: call it from ctx.Async.
func loadCatalog() catalog {
	var c catalog
	refreshLearner()
	raw, err := fetchText("/questions/index.json")
	var index questionsIndex
	if err == nil {
		err = json.Unmarshal([]byte(raw), &index)
	}
	if err != nil {
		c.Err = fmt.Errorf("the list of quizzes could not be loaded: %v", err)
	}
	for _, f := range index.Files {
		c.Files = append(c.Files, questionFiles.load(f.Name, f.Hash))
	}
	for _, own := range learnerStore().UserQuizzes() {
		q := own.Quiz
		q.ID = own.ID
		c.Files = append(c.Files, quizFile{ID: own.ID, File: own.FileName, Format: format.Format(own.Format), Quiz: &q, Own: true})
	}
	uniqueIDs(c.Files)
	return c
}

// questionFiles keeps the files of questions/ read during this page load,
// by name and content hash (from index.json), so that going from page to
// page fetches and parses only the files that changed.
var questionFiles = &questionFileCache{fetch: fetchBytes}

type questionFileCache struct {
	fetch func(url string) ([]byte, error)

	mu     sync.Mutex // Async goroutines load catalogs concurrently
	byName map[string]cachedQuestionFile
}

type cachedQuestionFile struct {
	hash string
	file quizFile
}

// load returns the question file name whose content has the given hash,
// reading it only when it is not known yet. A file that could not be
// fetched is not kept: the next page load tries again.
func (c *questionFileCache) load(name, hash string) quizFile {
	c.mu.Lock()
	cached, ok := c.byName[name]
	c.mu.Unlock()
	if ok && hash != "" && cached.hash == hash {
		return cached.file.copy()
	}
	f := quizFile{File: name, ID: format.QuizID(name)}
	f.Format, _ = format.FormatOf(name)
	raw, err := c.fetch("/questions/" + url.PathEscape(name))
	if err != nil {
		f.Problems = format.Problems{{File: name, Msg: "could not be loaded: " + err.Error()}}
		return f
	}
	f.Quiz, f.Problems = format.Parse(name, raw)
	if hash != "" {
		c.mu.Lock()
		if c.byName == nil {
			c.byName = map[string]cachedQuestionFile{}
		}
		c.byName[name] = cachedQuestionFile{hash: hash, file: f.copy()}
		c.mu.Unlock()
	}
	return f
}

// copy is f with its own Quiz value, whose ID uniqueIDs may change; the
// questions themselves are shared and never changed.
func (f quizFile) copy() quizFile {
	if f.Quiz != nil {
		q := *f.Quiz
		f.Quiz = &q
	}
	return f
}

// uniqueIDs gives files that share an ID (karabakh.yaml and karabakh.gift)
// distinct ones, so every quiz has its own page and its own history.
func uniqueIDs(files []quizFile) {
	seen := map[string]int{}
	for i := range files {
		id := files[i].ID
		if id == "" {
			id = "quiz"
		}
		if n := seen[id]; n > 0 {
			seen[id] = n + 1
			id = fmt.Sprintf("%s-%d", id, n+1)
		} else {
			seen[id] = 1
		}
		files[i].ID = id
		if files[i].Quiz != nil {
			files[i].Quiz.ID = id
		}
	}
	sort.SliceStable(files, func(i, j int) bool { return files[i].Own != files[j].Own && !files[i].Own })
}
