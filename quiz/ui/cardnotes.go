package ui

import (
	"fmt"
	"time"
)

// cardNotes tells apart the home page's cards that share a title (a quiz
// kept twice from the same article, two files with one headline): an own
// quiz by when it was kept ("kept on 2 Dec, 14:05"), another by its
// place among them ("quiz 2 of this title"). A card whose title is its
// own gets no note. saved is when each own quiz was kept, by ID.
func cardNotes(files []quizFile, saved map[string]time.Time) map[string]string {
	byTitle := map[string][]quizFile{}
	for _, f := range files {
		byTitle[cardTitle(f)] = append(byTitle[cardTitle(f)], f)
	}
	notes := map[string]string{}
	for _, same := range byTitle {
		if len(same) < 2 {
			continue
		}
		for i, f := range same {
			if t, ok := saved[f.ID]; ok && f.Own && !t.IsZero() {
				notes[f.ID] = "kept on " + t.Local().Format("2 Jan, 15:04")
			} else {
				notes[f.ID] = fmt.Sprintf("quiz %d of this title", i+1)
			}
		}
	}
	return notes
}

// cardTitle is the title a card shows: the quiz's, or its file's.
func cardTitle(f quizFile) string {
	if f.Quiz != nil && f.Quiz.Title != "" {
		return f.Quiz.Title
	}
	return f.File
}
