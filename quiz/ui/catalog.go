package ui

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"sync"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/format"
	"factquiz/quiz/review"
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
	// Listed is what index.json says of a file that was not fetched: the
	// home page's cards need no more. Quiz then holds only the title and
	// description, no questions. nil once the file itself was read.
	Listed *listedFile
}

// listedFile is one file of /questions/index.json.
type listedFile struct {
	Name        string `json:"name"`
	Hash        string `json:"hash"`
	Size        int64  `json:"size"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Questions   int    `json:"questions"`
	Errors      int    `json:"errors"`
	Warnings    int    `json:"warnings"`
}

// Playable reports whether the quiz has questions to play.
func (f quizFile) Playable() bool { return f.QuestionCount() > 0 }

// QuestionCount is the number of questions, read or listed.
func (f quizFile) QuestionCount() int {
	switch {
	case f.Listed != nil:
		return f.Listed.Questions
	case f.Quiz != nil:
		return len(f.Quiz.Questions)
	}
	return 0
}

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

// Read returns the quizzes whose files were read (or are the learner's
// own): those with questions to count, chart or review.
func (c catalog) Read() []quizFile {
	var read []quizFile
	for _, f := range c.Files {
		if f.Listed == nil {
			read = append(read, f)
		}
	}
	return read
}

// questionsIndex is the server's /questions/index.json.
type questionsIndex struct {
	Version string       `json:"version"`
	Files   []listedFile `json:"files"`
}

// Limits on fetching one file, so that a slow or huge file shows as a
// card with a message and never holds the others.
var (
	fetchTimeout = 20 * time.Second
	// fetchParallel is how many question files are fetched at once: what
	// a browser sends to one host at a time anyway, so that the timeout
	// runs from the request sent, not from the queue.
	fetchParallel = 6
)

// listCatalog lists the quizzes from index.json and the learner's own,
// without fetching any question file. It blocks: call it from ctx.Async.
func listCatalog() catalog {
	var c catalog
	refreshLearner()
	raw, err := fetchLimited(appPath("/questions/index.json"), fetchTimeout, format.MaxSize)
	var index questionsIndex
	if err == nil {
		err = json.Unmarshal(raw, &index)
	}
	if err != nil {
		c.Err = fmt.Errorf("the list of quizzes could not be loaded: %v", err)
	}
	for _, l := range index.Files {
		f := quizFile{File: l.Name, ID: format.QuizID(l.Name), Listed: &l}
		f.Format, _ = format.FormatOf(l.Name)
		if l.Questions > 0 || l.Title != "" || l.Description != "" {
			f.Quiz = &quiz.Quiz{Title: l.Title, Description: l.Description}
		}
		c.Files = append(c.Files, f)
	}
	for _, own := range learnerStore().UserQuizzes() {
		q := own.Quiz
		q.ID = own.ID
		c.Files = append(c.Files, quizFile{ID: own.ID, File: own.FileName, Format: format.Format(own.Format), Quiz: &q, Own: true})
	}
	uniqueIDs(c.Files)
	return c
}

// loadCatalog lists and reads every question file (in parallel), then
// adds the learner's own quizzes. It blocks: call it from ctx.Async.
func loadCatalog() catalog {
	c := listCatalog()
	c.read(func(quizFile) bool { return true })
	return c
}

// loadQuiz lists the quizzes and reads the one file of quiz id.
func loadQuiz(id string) catalog {
	c := listCatalog()
	c.read(func(f quizFile) bool { return f.ID == id })
	return c
}

// loadForCards lists the quizzes and reads the files of those the
// learner has review cards or results for (ids adds more). When an active
// card's question is in none of them (its file was renamed, or the
// question moved to another file), every file is read, so that
// review.Reconcile can make the card follow its question.
func loadForCards(ids map[string]bool) catalog {
	c := listCatalog()
	cards := learnerStore().Cards()
	want := map[string]bool{}
	for id := range ids {
		want[id] = true
	}
	for _, card := range cards {
		want[card.QuizID] = true
	}
	c.read(func(f quizFile) bool { return want[f.ID] })
	questions := map[string]bool{}
	for _, f := range c.Read() {
		if f.Quiz == nil {
			continue
		}
		for _, q := range f.Quiz.Questions {
			questions[review.CardKey(f.ID, q.ID)] = true
		}
	}
	for _, card := range cards {
		if card.Retired.IsZero() && !questions[card.Key()] {
			c.read(func(quizFile) bool { return true })
			break
		}
	}
	return c
}

// read fetches and parses the listed files that want picks, a few at a
// time. Each keeps its place and ID; one that fails or times out gets a
// problem saying so, and the others go on.
func (c *catalog) read(want func(quizFile) bool) {
	sem := make(chan struct{}, fetchParallel)
	var wg sync.WaitGroup
	for i := range c.Files {
		f := c.Files[i]
		if f.Listed == nil || !want(f) {
			continue
		}
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			read := questionFiles.load(*f.Listed)
			read.ID = f.ID
			if read.Quiz != nil {
				read.Quiz.ID = f.ID
			}
			c.Files[i] = read
		})
	}
	wg.Wait()
}

// questionFiles keeps the files of questions/ read during this page load,
// by name and content hash (from index.json), so that going from page to
// page fetches and parses only the files that changed.
var questionFiles = &questionFileCache{fetch: func(url string) ([]byte, error) {
	return fetchLimited(url, fetchTimeout, format.MaxSize)
}}

type questionFileCache struct {
	fetch func(url string) ([]byte, error)

	mu     sync.Mutex // Async goroutines load catalogs concurrently
	byName map[string]cachedQuestionFile
}

type cachedQuestionFile struct {
	hash string
	file quizFile
}

// load returns the listed question file, reading it only when its
// content (by hash) is not known yet. A file that could not be fetched
// is not kept: the next page load tries again.
func (c *questionFileCache) load(l listedFile) quizFile {
	name, hash := l.Name, l.Hash
	c.mu.Lock()
	cached, ok := c.byName[name]
	c.mu.Unlock()
	if ok && hash != "" && cached.hash == hash {
		return cached.file.copy()
	}
	f := quizFile{File: name, ID: format.QuizID(name)}
	f.Format, _ = format.FormatOf(name)
	if l.Size > format.MaxSize {
		f.Problems = format.Problems{{File: name, Msg: fmt.Sprintf("could not be loaded: it is %d MiB, over the %d MiB limit for question files", l.Size>>20, format.MaxSize>>20)}}
		return f
	}
	raw, err := c.fetch(appPath("/questions/" + url.PathEscape(name)))
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
