package progress

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/generate"
	"factquiz/quiz/review"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"
)

// seriesText writes series as "quiz: percent@day percent@day; …", days
// counted from utc's day, for short comparisons.
func seriesText(ss []Series) string {
	var parts []string
	for _, s := range ss {
		var pts []string
		for _, p := range s.Points {
			pts = append(pts, fmt.Sprintf("%d/%d=%d%%@%d", int(p.Score), p.Max, p.Percent, int(p.At.Sub(utc).Hours()/24)))
		}
		parts = append(parts, s.QuizID+" ("+s.Title+"): "+strings.Join(pts, " "))
	}
	return strings.Join(parts, "; ")
}

func TestScores(t *testing.T) {
	q := valley()
	other := &quiz.Quiz{ID: "rivers", Title: "Rivers", Questions: []quiz.Question{choice("long", "count"), choice("mouth", "place")}}
	day := func(n int) time.Time { return utc.AddDate(0, 0, n) }
	old := func(a *attempt.Attempt) *attempt.Attempt { a.Mode = ""; return a }
	retitled := func(a *attempt.Attempt, title string) *attempt.Attempt { a.QuizTitle = title; return a }
	tests := []struct {
		name     string
		attempts func(t *testing.T) []*attempt.Attempt
		want     string
	}{
		{"no attempt", func(*testing.T) []*attempt.Attempt { return nil }, ""},
		{"full attempts oldest first, retries and practice left out", func(t *testing.T) []*attempt.Attempt {
			return []*attempt.Attempt{
				played(t, q, nil, review.ModeQuiz, false, day(2), "signed", "mayor", "villages", "where"),
				played(t, q, []string{"own"}, review.ModeRetry, false, day(3), "own"),
				played(t, q, nil, review.ModeQuiz, false, day(0), "signed"),
				played(t, q, []string{"mayor", "own"}, review.ModePractice, false, day(1), "mayor", "own"),
				played(t, q, nil, review.ModeQuiz, false, day(1), "signed", "mayor", "villages"),
			}
		}, "valley (The valley treaty): 1/5=20%@0 3/5=60%@1 4/5=80%@2"},
		{"old records without a mode: full when as long as the longest", func(t *testing.T) []*attempt.Attempt {
			return []*attempt.Attempt{
				old(played(t, q, nil, review.ModeQuiz, false, day(0), "signed", "mayor")),
				old(played(t, q, []string{"villages", "where", "own"}, review.ModeRetry, false, day(1), "villages", "where", "own")),
			}
		}, "valley (The valley treaty): 2/5=40%@0"},
		{"a missed question that came back counts its first answer", func(t *testing.T) []*attempt.Attempt {
			return []*attempt.Attempt{played(t, q, nil, review.ModeQuiz, true, day(0), "signed", "mayor", "villages")}
		}, "valley (The valley treaty): 3/5=60%@0"},
		{"one series per quiz, the latest played first, titled as last recorded", func(t *testing.T) []*attempt.Attempt {
			return []*attempt.Attempt{
				played(t, q, nil, review.ModeQuiz, false, day(0), "signed"),
				retitled(played(t, other, nil, review.ModeQuiz, false, day(1), "long"), "Old rivers"),
				played(t, other, nil, review.ModeQuiz, false, day(2), "long", "mouth"),
				retitled(played(t, q, nil, review.ModeQuiz, false, day(3)), "Valley, second edition"),
			}
		}, "valley (Valley, second edition): 1/5=20%@0 0/5=0%@3; rivers (Rivers): 1/2=50%@1 2/2=100%@2"},
		{"an unfinished attempt is no score", func(t *testing.T) []*attempt.Attempt {
			a := attempt.NewMode(q, nil, review.ModeQuiz, false, day(0), 1)
			return []*attempt.Attempt{a, nil}
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := seriesText(Scores(tt.attempts(t))); got != tt.want {
				t.Errorf("Scores:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func accText(as []Accuracy) string {
	var parts []string
	for _, a := range as {
		parts = append(parts, fmt.Sprintf("%s %d/%d %d%%", a.Label, a.Right, a.Asked, a.Percent()))
	}
	return strings.Join(parts, ", ")
}

func TestAccuracy(t *testing.T) {
	q := valley()
	day := func(n int) time.Time { return utc.AddDate(0, 0, n) }
	tests := []struct {
		name       string
		history    func(t *testing.T) History
		byKind     string
		byQuestion string
		weakest    string
	}{
		{"nothing answered", func(*testing.T) History { return History{Quizzes: []*quiz.Quiz{q}} }, "", "", ""},
		{"every mode, first answers only, reviews from logs, no log counted twice", func(t *testing.T) History {
			return History{
				Quizzes: []*quiz.Quiz{q},
				Attempts: []*attempt.Attempt{
					// signed, mayor right; villages, where, own wrong, then right when they come back.
					played(t, q, nil, review.ModeQuiz, true, day(0), "signed", "mayor"),
					played(t, q, []string{"villages"}, review.ModePractice, false, day(1), "villages"),
				},
				Logs: []review.Log{
					reviewLog("valley", "signed", review.ModeReview, false, day(2)),
					reviewLog("valley", "own", review.ModeReview, true, day(2)),
					// written for the quiz's answers: counted from the attempt.
					reviewLog("valley", "villages", review.ModePractice, true, day(1)),
					reviewLog("valley", "where", review.ModeQuiz, false, day(0)),
				},
			}
		}, "Dates 1/2 50%, Leaders 1/1 100%, Counts 1/2 50%, Places 0/1 0%, Hand-written 1/2 50%",
			"Question 1 1/2, Question 2 1/1, Question 3 1/2, Question 4 0/1, Question 5 1/2",
			"Question 4 0/1, Question 1 1/2"},
		{"a question gone from its quiz keeps its card's kind, and has no bar", func(t *testing.T) History {
			return History{
				Quizzes: []*quiz.Quiz{q},
				Cards:   []review.Card{card("valley", "gone", "quote", fsrs.Review, day(3))},
				Logs: []review.Log{
					reviewLog("valley", "gone", review.ModeReview, true, day(0)),
					reviewLog("valley", "gone", review.ModeReview, false, day(1)),
					reviewLog("valley", "mayor", review.ModeReview, false, day(1)),
					reviewLog("lost", "q1", review.ModeReview, true, day(1)),
				},
			}
		}, "Leaders 0/1 0%, Quotations 1/2 50%, Hand-written 1/1 100%", "Question 2 0/1", "Question 2 0/1"},
		{"an unknown kind is hand-written", func(t *testing.T) History {
			odd := &quiz.Quiz{ID: "odd", Questions: []quiz.Question{choice("a", "colour"), choice("b", "actor")}}
			return History{
				Quizzes:  []*quiz.Quiz{odd},
				Attempts: []*attempt.Attempt{played(t, odd, nil, review.ModeQuiz, false, day(0), "b")},
			}
		}, "Who did what 1/1 100%, Hand-written 0/1 0%", "Question 1 0/1, Question 2 1/1", "Question 1 0/1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := tt.history(t)
			answers := Answers(h)
			if got := accText(ByKind(answers, h.KindOf)); got != tt.byKind {
				t.Errorf("ByKind:\n got %s\nwant %s", got, tt.byKind)
			}
			qs := ByQuestion(answers, h.Quizzes)
			text := func(qs []QuestionAccuracy) string {
				var parts []string
				for _, qa := range qs {
					parts = append(parts, fmt.Sprintf("%s %d/%d", qa.Label, qa.Right, qa.Asked))
					if want := fmt.Sprintf("Question %s?", qa.QuestionID); qa.Prompt != want {
						t.Errorf("%s: prompt %q, want %q", qa.Label, qa.Prompt, want)
					}
				}
				return strings.Join(parts, ", ")
			}
			if got := text(qs); got != tt.byQuestion {
				t.Errorf("ByQuestion:\n got %s\nwant %s", got, tt.byQuestion)
			}
			if got := text(Weakest(qs, 2)); got != tt.weakest {
				t.Errorf("Weakest(2):\n got %s\nwant %s", got, tt.weakest)
			}
		})
	}
}

// TestKindsCoverTheGenerator fails when the generator learns a kind of
// fact the accuracy chart has no words for.
func TestKindsCoverTheGenerator(t *testing.T) {
	for _, k := range []generate.Kind{generate.Date, generate.Leader, generate.Count, generate.Place, generate.Quote, generate.Actor} {
		if !slices.Contains(Kinds, string(k)) {
			t.Errorf("kind %q of the generator is not in Kinds", k)
		}
		if KindName(string(k)) == KindName(Other) {
			t.Errorf("kind %q of the generator has no name of its own", k)
		}
	}
}

func TestPercent(t *testing.T) {
	tests := []struct{ part, whole, want int }{
		{0, 0, 0}, {0, 3, 0}, {1, 3, 33}, {2, 3, 67}, {1, 8, 13}, {1, 200, 1}, {1, 201, 0}, {5, 5, 100},
	}
	for _, tt := range tests {
		if got := Percent(tt.part, tt.whole); got != tt.want {
			t.Errorf("Percent(%d, %d) = %d, want %d", tt.part, tt.whole, got, tt.want)
		}
	}
}
