package testwise

import (
	"math"
	"strconv"

	"factquiz/quiz"
)

// SameAnswer is the true-or-false learner's strategy: answer every
// statement with the answer the quiz gives more often ("true" when most
// statements copy the article). Over the quiz it scores the larger share
// of true or of false answers, against a chance of one half: a quiz whose
// statements are mostly true gives points away to a learner who never
// read the article.
type SameAnswer struct {
	// Questions is how many true-or-false questions were seen; True how
	// many of them are true.
	Questions, True int
}

// SameAnswerName is the strategy's name in reports: always true or always
// false, whichever the quiz gives more.
const SameAnswerName = "always the more frequent answer"

// Add counts one question; any but a true-or-false one is ignored.
func (s *SameAnswer) Add(q quiz.Question) {
	if q.Type != quiz.TrueFalse {
		return
	}
	s.Questions++
	if q.Truth {
		s.True++
	}
}

// Hits is how many the learner gets right answering every statement with
// the more frequent answer.
func (s SameAnswer) Hits() int { return max(s.True, s.Questions-s.True) }

// Rate is the share the learner gets right (0 with no question).
func (s SameAnswer) Rate() float64 {
	if s.Questions == 0 {
		return 0
	}
	return float64(s.Hits()) / float64(s.Questions)
}

// Chance is one half: a blind guess on a true-or-false question.
func (s SameAnswer) Chance() float64 { return 0.5 }

// Gain is how many points the learner scores above chance.
func (s SameAnswer) Gain() float64 {
	if s.Questions == 0 {
		return 0
	}
	return 100 * (s.Rate() - s.Chance())
}

// String reads "28/39 right (72%, 28 true), chance 50%, gain +21.8 points".
func (s SameAnswer) String() string {
	if s.Questions == 0 {
		return "no true-or-false question"
	}
	return strconv.Itoa(s.Hits()) + "/" + strconv.Itoa(s.Questions) + " right (" +
		strconv.Itoa(int(math.Round(100*s.Rate()))) + "%, " + strconv.Itoa(s.True) + " true), chance 50%, gain " +
		signed(s.Gain()) + " points"
}
