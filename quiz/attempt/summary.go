package attempt

import (
	"strings"
	"time"

	"factquiz/quiz"
)

// Summary is what the learner sees at the end of an attempt.
type Summary struct {
	// Score is the sum of the scores (half-right questions count half).
	Score float64
	// Max is the number of different questions played (a question that
	// came back counts once).
	Max int
	// Percent is Score out of Max, rounded.
	Percent  int
	Duration time.Duration
	// Missed are the questions not answered fully right, in play order.
	Missed []Missed
}

// Missed is a question the learner got wrong, partly right, or skipped.
type Missed struct {
	Question quiz.Question
	Response quiz.Response
	// Given is the learner's answer in words (NoAnswer when skipped).
	Given string
	// Correct is the right answer in words.
	Correct string
	// Score is the partial credit earned, 0 when wrong or skipped.
	Score float64
}

// NoAnswer is Given for a question skipped or left blank.
const NoAnswer = "no answer"

// Summary totals the attempt over first answers. Questions no longer in q
// (the file changed) still count in Max and Score but are left out of
// Missed, since there is nothing to show for them. A missed question shows
// the learner's first answer, the one that was scored.
func (a *Attempt) Summary(q *quiz.Quiz) Summary {
	s := Summary{Score: a.Score(), Max: a.Questions(), Percent: a.Percent()}
	end := a.Finished
	if end.IsZero() && len(a.Answers) > 0 {
		end = a.Answers[len(a.Answers)-1].At
	}
	if !end.IsZero() && end.After(a.Started) {
		s.Duration = end.Sub(a.Started)
	}
	for _, id := range a.MissedIDs() {
		qu, ok := find(q, id)
		if !ok {
			continue
		}
		ans, _ := a.FirstAnswer(id)
		s.Missed = append(s.Missed, Missed{
			Question: qu,
			Response: ans.Response,
			Given:    DescribeResponse(qu, ans.Response),
			Correct:  qu.CorrectAnswer(),
			Score:    ans.Score,
		})
	}
	return s
}

// DescribeResponse puts a response into words the way CorrectAnswer puts
// the right answer: "Putin, Erdogan", "True", "1,822", "a → b; c → ?".
// Indexes out of range are skipped; nothing answered gives NoAnswer.
func DescribeResponse(q quiz.Question, r quiz.Response) string {
	var out string
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		var names []string
		seen := map[int]bool{}
		for _, i := range r.Choices {
			if i >= 0 && i < len(q.Choices) && !seen[i] {
				seen[i] = true
				names = append(names, q.Choices[i].Text)
			}
			if q.Type == quiz.Single && len(names) == 1 {
				break // only the first pick is graded
			}
		}
		out = strings.Join(names, ", ")
	case quiz.TrueFalse:
		if r.Bool != nil {
			out = "False"
			if *r.Bool {
				out = "True"
			}
		}
	case quiz.Text, quiz.Number:
		out = strings.Join(strings.Fields(r.Text), " ")
	case quiz.Matching:
		var parts []string
		chosen := false
		for i, p := range q.Pairs {
			if p.Distractor() {
				continue // no item to answer: only ever a wrong partner
			}
			m := "?"
			if i < len(r.Matches) && r.Matches[i] >= 0 && r.Matches[i] < len(q.Pairs) {
				m = q.Pairs[r.Matches[i]].Match
				chosen = true
			}
			parts = append(parts, p.Item+" → "+m)
		}
		if chosen {
			out = strings.Join(parts, "; ")
		}
	}
	if out == "" {
		return NoAnswer
	}
	return out
}
