package review

import (
	"strings"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"

	"factquiz/quiz"
)

// ReadingTime is the time given to read one word of a question before the
// answer time starts to count: a quarter of a second, the average adult's
// silent reading rate of about 240 words a minute (Brysbaert 2019, "How
// many words do we read per minute?", 238 words a minute for non-fiction).
const ReadingTime = 250 * time.Millisecond

// Answer allowances per question type, counted after the reading time: a
// right answer given within the fast allowance is Easy, one given after the
// slow allowance is Hard. Matching questions get theirs per pair.
const (
	// Single and true/false: recognise the answer and click once.
	FastChoice = 3 * time.Second
	SlowChoice = 15 * time.Second
	// Multiple ("select all that apply"): each choice is weighed on its own
	// and several are clicked.
	FastMultiple = 6 * time.Second
	SlowMultiple = 25 * time.Second
	// Text and number: the answer is recalled with nothing to recognise it
	// by, then typed.
	FastTyped = 8 * time.Second
	SlowTyped = 30 * time.Second
	// Matching, for each pair: one partner picked per item.
	FastPerPair = 3 * time.Second
	SlowPerPair = 10 * time.Second
)

// Thresholds returns the answer times of a question under which a right
// answer is fast (Easy) and over which it is slow (Hard): the time to read
// what the question shows (ReadingTime per word of the prompt, of the
// choices of a choice question and of the items and partners of a matching
// question) plus the allowance of its type.
func Thresholds(q quiz.Question) (fast, slow time.Duration) {
	n := len(strings.Fields(q.Prompt))
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		for _, c := range q.Choices {
			n += len(strings.Fields(c.Text))
		}
	case quiz.Matching:
		for _, p := range q.Pairs {
			n += len(strings.Fields(p.Item)) + len(strings.Fields(p.Match))
		}
	}
	read := time.Duration(n) * ReadingTime
	switch q.Type {
	case quiz.Multiple:
		return read + FastMultiple, read + SlowMultiple
	case quiz.Text, quiz.Number:
		return read + FastTyped, read + SlowTyped
	case quiz.Matching:
		// Per item matched; a distractor's words are read like the rest.
		pairs := time.Duration(max(len(q.Items()), 1))
		return read + pairs*FastPerPair, read + pairs*SlowPerPair
	}
	return read + FastChoice, read + SlowChoice // Single, TrueFalse
}

// Rate turns a graded answer into an FSRS rating:
//
//   - no answer, or an answer worth nothing: Again (forgotten);
//   - partly right (some credit, not all): Hard, however fast;
//   - right, in more than the slow threshold: Hard (recalled with effort);
//   - right, within the fast threshold: Easy;
//   - right otherwise, or when the time is not known (took ≤ 0): Good.
//
// The thresholds (Thresholds) are the time to read the question, a
// quarter of a second a word, plus an allowance per type:
//
//	type                 fast (Easy) up to   slow (Hard) over
//	single, true/false   3 s                 15 s
//	multiple             6 s                 25 s
//	text, number         8 s                 30 s
//	matching             3 s a pair          10 s a pair
//
// A right answer taking exactly a threshold is Easy at the fast one and
// Good at the slow one. The same table is in docs/learning.md.
func Rate(q quiz.Question, res quiz.Result, took time.Duration) fsrs.Rating {
	switch {
	case !res.Answered || res.Score <= 0:
		return fsrs.Again
	case !res.Correct:
		return fsrs.Hard
	case took <= 0:
		return fsrs.Good
	}
	fast, slow := Thresholds(q)
	switch {
	case took <= fast:
		return fsrs.Easy
	case took > slow:
		return fsrs.Hard
	}
	return fsrs.Good
}

// Override is the rating the learner gives after the feedback, in place of
// Rate's:
//
//   - "I knew it" (knew): Easy for a right answer (the time does not
//     count: the learner says there was no effort), Good for one that was
//     not fully right (a slip, not a lapse of memory);
//   - "I guessed" (!knew): Again, whatever the answer: a lucky guess is
//     not a recall, so the question comes back soon.
func Override(res quiz.Result, knew bool) fsrs.Rating {
	switch {
	case !knew:
		return fsrs.Again
	case res.Answered && res.Correct:
		return fsrs.Easy
	}
	return fsrs.Good
}
