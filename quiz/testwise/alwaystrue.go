package testwise

import (
	"math"
	"strconv"

	"factquiz/quiz"
)

// AlwaysTrue is the true-or-false learner's strategy: answer every
// statement with the answer the quiz gives more often ("true" when most
// statements copy the article). Over the quiz it scores the larger share
// of true or of false answers, against a chance of one half: a quiz whose
// statements are mostly true gives points away to a learner who never
// read the article.
type AlwaysTrue struct {
	// Questions is how many true-or-false questions were seen; True how
	// many of them are true.
	Questions, True int
}

// AlwaysTrueName is the strategy's name in reports: it names what is scored
// (always true or always false, whichever the quiz gives more), as set
// 22's judge found "always true" misread a quiz leaning false.
const AlwaysTrueName = "always the more frequent answer"

// Add counts one question; any but a true-or-false one is ignored.
func (s *AlwaysTrue) Add(q quiz.Question) {
	if q.Type != quiz.TrueFalse {
		return
	}
	s.Questions++
	if q.Truth {
		s.True++
	}
}

// Merge adds another count to this one.
func (s *AlwaysTrue) Merge(o AlwaysTrue) {
	s.Questions += o.Questions
	s.True += o.True
}

// Hits is how many the learner gets right answering every statement with
// the more frequent answer.
func (s AlwaysTrue) Hits() int { return max(s.True, s.Questions-s.True) }

// Rate is the share the learner gets right (0 with no question).
func (s AlwaysTrue) Rate() float64 {
	if s.Questions == 0 {
		return 0
	}
	return float64(s.Hits()) / float64(s.Questions)
}

// Chance is one half: a blind guess on a true-or-false question.
func (s AlwaysTrue) Chance() float64 { return 0.5 }

// Gain is how many points the learner scores above chance.
func (s AlwaysTrue) Gain() float64 {
	if s.Questions == 0 {
		return 0
	}
	return 100 * (s.Rate() - s.Chance())
}

// String reads "28/39 right (72%, 28 true), chance 50%, gain +21.8 points".
func (s AlwaysTrue) String() string {
	if s.Questions == 0 {
		return "no true-or-false question"
	}
	return strconv.Itoa(s.Hits()) + "/" + strconv.Itoa(s.Questions) + " right (" +
		strconv.Itoa(int(math.Round(100*s.Rate()))) + "%, " + strconv.Itoa(s.True) + " true), chance 50%, gain " +
		signed(s.Gain()) + " points"
}
