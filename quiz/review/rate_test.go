package review

import (
	"testing"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"

	"factquiz/quiz"
)

// One question of each type; the word counts (what the learner reads) are
// in the comments, for the thresholds of TestThresholds.
var (
	// 8 words.
	rateTF = quiz.Question{ID: "tf", Type: quiz.TrueFalse, Prompt: "The harbour wall was rebuilt after the storm.", Truth: true}
	// 6 words of prompt + 4 of choices.
	rateSingle = quiz.Question{ID: "single", Type: quiz.Single, Prompt: "Which town hosted the spring fair?",
		Choices: []quiz.Choice{{Text: "Ardlow", Correct: true}, {Text: "Penmarth"}, {Text: "Kessick"}, {Text: "Tolbury"}}}
	// 6 words of prompt + 4 of choices.
	rateMultiple = quiz.Question{ID: "multiple", Type: quiz.Multiple, Prompt: "Which towns sent a brass band?",
		Choices: []quiz.Choice{{Text: "Ardlow", Correct: true}, {Text: "Penmarth", Correct: true}, {Text: "Kessick"}, {Text: "Tolbury"}}}
	// 8 words.
	rateText = quiz.Question{ID: "text", Type: quiz.Text, Prompt: "Who led the choir at the opening concert?",
		Accepted: []quiz.TextAnswer{{Text: "Mara Quell"}, {Text: "Quell", Weight: 50}}}
	// 4 words.
	rateNumber = quiz.Question{ID: "number", Type: quiz.Number, Prompt: "How many stalls opened?",
		Numbers: []quiz.NumberAnswer{{Value: 42}, {Value: 40, Tolerance: 5, Weight: 50}}}
	// 4 words of prompt + 3 pairs of 1 + 1 words.
	rateMatching = quiz.Question{ID: "matching", Type: quiz.Matching, Prompt: "Match towns to rivers.",
		Pairs: []quiz.Pair{{Item: "Ardlow", Match: "Tane"}, {Item: "Kessick", Match: "Oul"}, {Item: "Penmarth", Match: "Brede"}}}
)

func sec(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

func TestThresholds(t *testing.T) {
	tests := []struct {
		q          quiz.Question
		fast, slow time.Duration
	}{
		// reading time a quarter of a second a word, then the type's allowance
		{rateTF, sec(8*0.25 + 3), sec(8*0.25 + 15)},
		{rateSingle, sec(10*0.25 + 3), sec(10*0.25 + 15)},
		{rateMultiple, sec(10*0.25 + 6), sec(10*0.25 + 25)},
		{rateText, sec(8*0.25 + 8), sec(8*0.25 + 30)},
		{rateNumber, sec(4*0.25 + 8), sec(4*0.25 + 30)},
		{rateMatching, sec(10*0.25 + 3*3), sec(10*0.25 + 3*10)},
		// the allowance is per item: a distractor adds only its words
		{quiz.Question{Type: quiz.Matching, Pairs: append([]quiz.Pair{{Match: "Wyle river"}}, rateMatching.Pairs...), Prompt: rateMatching.Prompt},
			sec(12*0.25 + 3*3), sec(12*0.25 + 3*10)},
		// a matching question with no pairs still has an allowance
		{quiz.Question{Type: quiz.Matching}, sec(3), sec(10)},
	}
	for _, tt := range tests {
		t.Run(string(tt.q.Type), func(t *testing.T) {
			fast, slow := Thresholds(tt.q)
			if fast != tt.fast || slow != tt.slow {
				t.Errorf("Thresholds = %v, %v; want %v, %v", fast, slow, tt.fast, tt.slow)
			}
		})
	}
}

func TestRate(t *testing.T) {
	right := quiz.Result{Score: 1, Correct: true, Answered: true}
	wrong := quiz.Result{Score: 0, Answered: true}
	partial := quiz.Result{Score: 0.5, Answered: true}
	blank := quiz.Result{}
	for _, q := range []quiz.Question{rateTF, rateSingle, rateMultiple, rateText, rateNumber, rateMatching} {
		fast, slow := Thresholds(q)
		tests := []struct {
			name string
			res  quiz.Result
			took time.Duration
			want fsrs.Rating
		}{
			{"right, very fast", right, time.Second, fsrs.Easy},
			{"right, at the fast threshold", right, fast, fsrs.Easy},
			{"right, just over the fast threshold", right, fast + time.Millisecond, fsrs.Good},
			{"right, at the slow threshold", right, slow, fsrs.Good},
			{"right, just over the slow threshold", right, slow + time.Millisecond, fsrs.Hard},
			{"right, an hour", right, time.Hour, fsrs.Hard},
			{"right, time unknown", right, 0, fsrs.Good},
			{"right, negative time", right, -time.Second, fsrs.Good},
			{"wrong, fast", wrong, time.Second, fsrs.Again},
			{"wrong, slow", wrong, time.Hour, fsrs.Again},
			{"nothing answered", blank, fast, fsrs.Again},
			{"partly right, fast", partial, time.Second, fsrs.Hard},
			{"partly right, slow", partial, time.Hour, fsrs.Hard},
		}
		for _, tt := range tests {
			t.Run(string(q.Type)+"/"+tt.name, func(t *testing.T) {
				if got := Rate(q, tt.res, tt.took); got != tt.want {
					t.Errorf("Rate(%s, %+v, %v) = %v, want %v", q.Type, tt.res, tt.took, got, tt.want)
				}
			})
		}
	}
}

// TestRateGraded rates real grades of the types with partial credit.
func TestRateGraded(t *testing.T) {
	yes := true
	tests := []struct {
		name string
		q    quiz.Question
		r    quiz.Response
		want fsrs.Rating
	}{
		{"true/false right", rateTF, quiz.Response{Bool: &yes}, fsrs.Easy},
		{"single wrong choice", rateSingle, quiz.Response{Choices: []int{2}}, fsrs.Again},
		{"multiple, one of two right", rateMultiple, quiz.Response{Choices: []int{0}}, fsrs.Hard},
		{"multiple, both right", rateMultiple, quiz.Response{Choices: []int{0, 1}}, fsrs.Easy},
		{"text, half-credit answer", rateText, quiz.Response{Text: "Quell"}, fsrs.Hard},
		{"number, half-credit answer", rateNumber, quiz.Response{Text: "44"}, fsrs.Hard},
		{"number, nothing typed", rateNumber, quiz.Response{}, fsrs.Again},
		{"matching, one pair of three", rateMatching, quiz.Response{Matches: []int{0, 2, 1}}, fsrs.Hard},
		{"matching, all pairs", rateMatching, quiz.Response{Matches: []int{0, 1, 2}}, fsrs.Easy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Rate(tt.q, quiz.Grade(tt.q, tt.r), time.Second); got != tt.want {
				t.Errorf("Rate = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestOverride(t *testing.T) {
	right := quiz.Result{Score: 1, Correct: true, Answered: true}
	tests := []struct {
		name string
		res  quiz.Result
		knew bool
		want fsrs.Rating
	}{
		{"knew it, right", right, true, fsrs.Easy},
		{"knew it, wrong (a slip)", quiz.Result{Answered: true}, true, fsrs.Good},
		{"knew it, partly right", quiz.Result{Score: 0.5, Answered: true}, true, fsrs.Good},
		{"knew it, nothing answered", quiz.Result{}, true, fsrs.Good},
		{"guessed, right", right, false, fsrs.Again},
		{"guessed, partly right", quiz.Result{Score: 0.5, Answered: true}, false, fsrs.Again},
		{"guessed, wrong", quiz.Result{Answered: true}, false, fsrs.Again},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Override(tt.res, tt.knew); got != tt.want {
				t.Errorf("Override = %v, want %v", got, tt.want)
			}
		})
	}
}
