package review

import (
	"regexp"
	"testing"

	"factquiz/quiz"
)

func hashQuestion() quiz.Question {
	return quiz.Question{
		ID: "q7", Title: "ferry", Type: quiz.Single,
		Prompt:      "Which port did the night ferry leave from in March?",
		Choices:     []quiz.Choice{{Text: "Ardlow", Correct: true}, {Text: "Penmarth"}, {Text: "Kessick"}},
		Explanation: "The timetable names Ardlow.", Evidence: "The night ferry left Ardlow at ten.",
		Fact: "place",
	}
}

func TestHash(t *testing.T) {
	base := hashQuestion()
	tests := []struct {
		name string
		edit func(q *quiz.Question)
		same bool
	}{
		{"unchanged", func(q *quiz.Question) {}, true},
		{"ID", func(q *quiz.Question) { q.ID = "q8" }, true},
		{"title", func(q *quiz.Question) { q.Title = "boats" }, true},
		{"explanation", func(q *quiz.Question) { q.Explanation = "See the harbour notice." }, true},
		{"evidence", func(q *quiz.Question) { q.Evidence = "Boats left Ardlow." }, true},
		{"feedback", func(q *quiz.Question) { q.FeedbackWrong = "Look again."; q.Choices[1].Feedback = "No." }, true},
		{"fact kind", func(q *quiz.Question) { q.Fact = "" }, true},
		{"choice order", func(q *quiz.Question) { q.Choices[0], q.Choices[2] = q.Choices[2], q.Choices[0] }, true},
		{"spaces", func(q *quiz.Question) { q.Prompt = "  Which port did the night ferry\n leave from in March? " }, true},
		{"prompt", func(q *quiz.Question) { q.Prompt = "Which port did the day ferry leave from in March?" }, false},
		{"type", func(q *quiz.Question) { q.Type = quiz.Multiple }, false},
		{"choice text", func(q *quiz.Question) { q.Choices[1].Text = "Penmarr" }, false},
		{"right flag", func(q *quiz.Question) { q.Choices[0].Correct = false; q.Choices[1].Correct = true }, false},
		{"weight", func(q *quiz.Question) { q.Choices[1].Weight = 50 }, false},
		{"choice added", func(q *quiz.Question) { q.Choices = append(q.Choices, quiz.Choice{Text: "Tolbury"}) }, false},
		{"text moved between fields", func(q *quiz.Question) {
			q.Choices = nil
			q.Accepted = []quiz.TextAnswer{{Text: "Ardlow"}, {Text: "Penmarth"}, {Text: "Kessick"}}
		}, false},
	}
	want := Hash(base)
	if !regexp.MustCompile(`^[0-9a-f]{16}$`).MatchString(want) {
		t.Fatalf("Hash = %q, want 16 hex digits", want)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := hashQuestion()
			tt.edit(&q)
			if got := Hash(q); (got == want) != tt.same {
				t.Errorf("Hash after changing the %s: %s, before %s; want same=%v", tt.name, got, want, tt.same)
			}
		})
	}
}

func TestHashOtherTypes(t *testing.T) {
	tf := quiz.Question{Type: quiz.TrueFalse, Prompt: "The bridge opened in spring.", Truth: true}
	num := quiz.Question{Type: quiz.Number, Prompt: "How many arches?", Numbers: []quiz.NumberAnswer{{Value: 7}}}
	text := quiz.Question{Type: quiz.Text, Prompt: "Who drew the plans?", Accepted: []quiz.TextAnswer{{Text: "Mara Quell"}}}
	match := quiz.Question{Type: quiz.Matching, Prompt: "Match towns and rivers.", Pairs: []quiz.Pair{{Item: "Ardlow", Match: "Tane"}, {Item: "Kessick", Match: "Oul"}}}
	tests := []struct {
		name string
		a, b quiz.Question
		same bool
	}{
		{"truth", tf, func() quiz.Question { q := tf; q.Truth = false; return q }(), false},
		{"number value", num, func() quiz.Question { q := num; q.Numbers = []quiz.NumberAnswer{{Value: 8}}; return q }(), false},
		{"number tolerance", num, func() quiz.Question { q := num; q.Numbers = []quiz.NumberAnswer{{Value: 7, Tolerance: 1}}; return q }(), false},
		{"number range", num, func() quiz.Question { q := num; q.Numbers = []quiz.NumberAnswer{{Value: 7, Min: 6, Max: 8}}; return q }(), false},
		{"accepted text", text, func() quiz.Question { q := text; q.Accepted = []quiz.TextAnswer{{Text: "M. Quell"}}; return q }(), false},
		{"accepted added", text, func() quiz.Question {
			q := text
			q.Accepted = []quiz.TextAnswer{{Text: "Mara Quell"}, {Text: "Quell"}}
			return q
		}(), false},
		{"pair partner", match, func() quiz.Question {
			q := match
			q.Pairs = []quiz.Pair{{Item: "Ardlow", Match: "Oul"}, {Item: "Kessick", Match: "Tane"}}
			return q
		}(), false},
		{"pair order", match, func() quiz.Question {
			q := match
			q.Pairs = []quiz.Pair{match.Pairs[1], match.Pairs[0]}
			return q
		}(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Hash(tt.a) == Hash(tt.b); got != tt.same {
				t.Errorf("same hash = %v, want %v", got, tt.same)
			}
		})
	}
}
