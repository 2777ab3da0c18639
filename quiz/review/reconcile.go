package review

import (
	"fmt"
	"sort"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"

	"factquiz/quiz"
)

// Reconcile brings cards in line with the question files as they are now
// and returns the cards it changed (to be saved) with notes for the
// learner in plain words. Cards it does not return are unchanged.
//
//   - A card whose question is still there with the same Hash stays as it
//     is (a retired one becomes active again).
//   - A card whose question changed (another Hash under the same quiz and
//     question ID) starts again as new, with a note naming the question.
//
// When complete is true, quizzes are every quiz the learner has, so a card
// whose question is in none of them is known to be gone:
//
//   - if a question with the same Hash has no card yet (its file was
//     renamed, or its ID changed), the card follows it: a card for that
//     question with the same FSRS state is returned, and the old card is
//     retired;
//   - otherwise the card is retired, and one note says how many were.
//
// When complete is false, such cards are left alone: their quiz may not be
// loaded yet. Several questions with the same Hash, or several cards for
// one question, are taken in order; nothing here panics.
func Reconcile(cards []Card, quizzes []*quiz.Quiz, complete bool, now time.Time) (changed []Card, notes []string) {
	type place struct {
		quiz *quiz.Quiz
		q    quiz.Question
		hash string
	}
	at := map[string]place{}
	byHash := map[string][]string{}
	for _, qz := range quizzes {
		if qz == nil || qz.ID == "" {
			continue
		}
		for _, q := range qz.Questions {
			k := CardKey(qz.ID, q.ID)
			if _, dup := at[k]; dup || q.ID == "" {
				continue
			}
			h := Hash(q)
			at[k] = place{quiz: qz, q: q, hash: h}
			byHash[h] = append(byHash[h], k)
		}
	}

	// One card per key: the one reviewed last.
	byKey := map[string]Card{}
	for _, c := range cards {
		if c.QuizID == "" || c.QuestionID == "" {
			continue // not a card of any question
		}
		k := c.Key()
		if old, ok := byKey[k]; ok && !newer(c, old) {
			continue
		}
		byKey[k] = c
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	var orphans []Card
	for _, k := range keys {
		c := byKey[k]
		p, ok := at[k]
		switch {
		case !ok:
			orphans = append(orphans, c)
		case c.Hash == p.hash:
			if !c.Retired.IsZero() {
				c.Retired = time.Time{}
				changed = append(changed, c)
			}
		case c.Hash == "":
			// Nothing to compare with (a card saved without its hash):
			// take the question as the one it was scheduled for.
			c.Hash, c.Fact, c.Retired = p.hash, p.q.Fact, time.Time{}
			changed = append(changed, c)
		default:
			c.Hash, c.Fact, c.Retired = p.hash, p.q.Fact, time.Time{}
			c.FSRS = fsrs.NewCard(now)
			changed = append(changed, c)
			notes = append(notes, fmt.Sprintf(
				"The question “%s” (quiz “%s”) has changed since you last answered it, so its reviews start again.",
				short(p.q.Prompt), short(p.quiz.Title)))
		}
	}
	if !complete {
		return changed, notes
	}

	// Active cards first, then the ones reviewed last, so that they are
	// the ones that follow their question.
	sort.SliceStable(orphans, func(i, j int) bool {
		a, b := orphans[i], orphans[j]
		if a.Retired.IsZero() != b.Retired.IsZero() {
			return a.Retired.IsZero()
		}
		return newer(a, b)
	})
	retired := 0
	for _, c := range orphans {
		followed := false
		for _, k := range byHash[c.Hash] {
			if _, taken := byKey[k]; taken {
				continue
			}
			p := at[k]
			moved := c
			moved.QuizID, moved.QuestionID, moved.Fact = p.quiz.ID, p.q.ID, p.q.Fact
			moved.Retired = time.Time{}
			byKey[k] = moved
			changed = append(changed, moved)
			followed = true
			break
		}
		if c.Retired.IsZero() {
			c.Retired = now
			changed = append(changed, c)
			if !followed {
				retired++
			}
		}
	}
	switch {
	case retired == 1:
		notes = append(notes, "1 question you answered is no longer in any quiz, so it will not come back for review.")
	case retired > 1:
		notes = append(notes, fmt.Sprintf("%d questions you answered are no longer in any quiz, so they will not come back for review.", retired))
	}
	return changed, notes
}

// newer reports whether a was reviewed after b (then: more often).
func newer(a, b Card) bool {
	if !a.FSRS.LastReview.Equal(b.FSRS.LastReview) {
		return a.FSRS.LastReview.After(b.FSRS.LastReview)
	}
	if a.FSRS.Reps != b.FSRS.Reps {
		return a.FSRS.Reps > b.FSRS.Reps
	}
	return a.Key() < b.Key()
}

// short cuts s to 80 characters for a note.
func short(s string) string {
	s = words(s)
	r := []rune(s)
	if len(r) <= 80 {
		return s
	}
	return string(r[:79]) + "…"
}
