package quiz

import (
	"math"
	"reflect"
	"testing"
)

func boolp(b bool) *bool { return &b }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

type gradeCase struct {
	name     string
	q        Question
	r        Response
	score    float64
	correct  bool
	answered bool
	feedback []string // checked when non-nil
}

func runGrade(t *testing.T, tests []gradeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Grade(tt.q, tt.r)
			if !near(got.Score, tt.score) || got.Correct != tt.correct || got.Answered != tt.answered {
				t.Errorf("Grade = score %v correct %v answered %v; want %v %v %v",
					got.Score, got.Correct, got.Answered, tt.score, tt.correct, tt.answered)
			}
			if tt.feedback != nil && !reflect.DeepEqual(got.Feedback, tt.feedback) {
				t.Errorf("Feedback = %q, want %q", got.Feedback, tt.feedback)
			}
		})
	}
}

var single = Question{ID: "s", Type: Single, Choices: []Choice{
	{Text: "September 27", Correct: true, Feedback: "Yes, 2020."},
	{Text: "November 10", Feedback: "That is when it ended."},
	{Text: "July 12"},
}, FeedbackRight: "Well done.", FeedbackWrong: "See the article."}

var singleWeighted = Question{ID: "sw", Type: Single, Choices: []Choice{
	{Text: "right", Correct: true},
	{Text: "half", Weight: 50},
	{Text: "penalty", Weight: -50},
	{Text: "too much", Weight: 150},
}}

func TestGradeSingle(t *testing.T) {
	runGrade(t, []gradeCase{
		{"right", single, Response{Choices: []int{0}}, 1, true, true, []string{"Yes, 2020.", "Well done."}},
		{"wrong", single, Response{Choices: []int{1}}, 0, false, true, []string{"That is when it ended.", "See the article."}},
		{"wrong no feedback", single, Response{Choices: []int{2}}, 0, false, true, []string{"See the article."}},
		{"none", single, Response{}, 0, false, false, nil},
		{"out of range", single, Response{Choices: []int{7, -1}}, 0, false, false, nil},
		{"first valid counts", single, Response{Choices: []int{9, 1, 0}}, 0, false, true, nil},
		{"half weight", singleWeighted, Response{Choices: []int{1}}, 0.5, false, true, nil},
		{"negative clamped", singleWeighted, Response{Choices: []int{2}}, 0, false, true, nil},
		{"over 100 clamped", singleWeighted, Response{Choices: []int{3}}, 1, true, true, nil},
		{"no choices", Question{Type: Single}, Response{Choices: []int{0}}, 0, false, false, nil},
	})
}

var multiple = Question{ID: "m", Type: Multiple, Choices: []Choice{
	{Text: "Putin", Correct: true},
	{Text: "Erdogan", Correct: true},
	{Text: "Macron"},
	{Text: "Biden"},
}}

var multipleWeighted = Question{ID: "mw", Type: Multiple, Choices: []Choice{
	{Text: "a", Correct: true, Weight: 50, Feedback: "a!"},
	{Text: "b", Correct: true, Weight: 50},
	{Text: "c", Weight: -100, Feedback: "not c"},
	{Text: "d", Correct: true}, // weight 0 on a right choice: default share
}}

func TestGradeMultiple(t *testing.T) {
	runGrade(t, []gradeCase{
		{"exact set", multiple, Response{Choices: []int{1, 0}}, 1, true, true, nil},
		{"duplicates ignored", multiple, Response{Choices: []int{0, 0, 1, 1}}, 1, true, true, nil},
		{"one of two", multiple, Response{Choices: []int{0}}, 0.5, false, true, nil},
		{"one right one wrong", multiple, Response{Choices: []int{0, 2}}, 0, false, true, nil},
		{"all picked", multiple, Response{Choices: []int{0, 1, 2, 3}}, 0, false, true, nil},
		{"both right one wrong", multiple, Response{Choices: []int{0, 1, 3}}, 0.5, false, true, nil},
		{"only wrong", multiple, Response{Choices: []int{3}}, 0, false, true, nil},
		{"none", multiple, Response{}, 0, false, false, nil},
		{"out of range only", multiple, Response{Choices: []int{4, -3}}, 0, false, false, nil},
		{"out of range ignored", multiple, Response{Choices: []int{4, 0, 1}}, 1, true, true, nil},
		{"no right choice", Question{Type: Multiple, Choices: []Choice{{Text: "x"}}}, Response{Choices: []int{0}}, 0, false, true, nil},
		{"weights half", multipleWeighted, Response{Choices: []int{0}}, 0.5, false, true, []string{"a!"}},
		{"weights full", multipleWeighted, Response{Choices: []int{0, 1}}, 1, true, true, nil},
		{"weights penalty", multipleWeighted, Response{Choices: []int{0, 2}}, 0, false, true, []string{"a!", "not c"}},
		{"weights default share", multipleWeighted, Response{Choices: []int{3}}, 1.0 / 3, false, true, nil},
		{"weights over 100 clamped", multipleWeighted, Response{Choices: []int{0, 1, 3}}, 1, true, true, nil},
		{"thirds add up", Question{Type: Multiple, Choices: []Choice{
			{Text: "a", Weight: 33.33333}, {Text: "b", Weight: 33.33333}, {Text: "c", Weight: 33.33334}}},
			Response{Choices: []int{0, 1, 2}}, 1, true, true, nil},
	})
}

func TestGradeTrueFalse(t *testing.T) {
	q := Question{Type: TrueFalse, Truth: true, FeedbackWrong: "It did."}
	runGrade(t, []gradeCase{
		{"true", q, Response{Bool: boolp(true)}, 1, true, true, nil},
		{"false", q, Response{Bool: boolp(false)}, 0, false, true, []string{"It did."}},
		{"nil", q, Response{}, 0, false, false, nil},
		{"false statement", Question{Type: TrueFalse}, Response{Bool: boolp(false)}, 1, true, true, nil},
	})
}

var text = Question{Type: Text, Accepted: []TextAnswer{
	{Text: "Şuşa", Feedback: "Also spelt Shusha."},
	{Text: "Shusha"},
	{Text: "Shushi", Weight: 50, Feedback: "That is the Armenian name."},
	{Text: "O’Brien's town", Weight: 100},
	{Text: "Shusha", Weight: 20}, // a worse duplicate must not lower the best
}}

func TestGradeText(t *testing.T) {
	runGrade(t, []gradeCase{
		{"exact", text, Response{Text: "Şuşa"}, 1, true, true, []string{"Also spelt Shusha."}},
		{"no accents", text, Response{Text: "susa"}, 1, true, true, nil},
		{"case and spaces", text, Response{Text: "  SHUSHA. "}, 1, true, true, nil},
		{"partial weight", text, Response{Text: "shushi"}, 0.5, false, true, []string{"That is the Armenian name."}},
		{"straight apostrophe", text, Response{Text: "o'brien’s   town"}, 1, true, true, nil},
		{"wrong", text, Response{Text: "Baku"}, 0, false, true, nil},
		{"empty", text, Response{Text: "   "}, 0, false, false, nil},
		{"only punctuation", text, Response{Text: "..."}, 0, false, false, nil},
		{"NaN text", text, Response{Text: "NaN"}, 0, false, true, nil},
		{"no accepted", Question{Type: Text}, Response{Text: "x"}, 0, false, true, nil},
		{"negative weight", Question{Type: Text, Accepted: []TextAnswer{{Text: "x", Weight: -50}}}, Response{Text: "x"}, 0, false, true, nil},
	})
}

var number = Question{Type: Number, Numbers: []NumberAnswer{
	{Value: 3, Feedback: "Three wars."},
}}
var numberTol = Question{Type: Number, Numbers: []NumberAnswer{
	{Value: 1822, Tolerance: 5},
	{Value: 1800, Tolerance: 50, Weight: 50},
}}
var numberRange = Question{Type: Number, Numbers: []NumberAnswer{{Min: 1992, Max: 1994}}}

func TestGradeNumber(t *testing.T) {
	runGrade(t, []gradeCase{
		{"exact", number, Response{Text: "3"}, 1, true, true, []string{"Three wars."}},
		{"spaces", number, Response{Text: " 3 "}, 1, true, true, nil},
		{"decimal", number, Response{Text: "3.0"}, 1, true, true, nil},
		{"word", number, Response{Text: "Three"}, 1, true, true, nil},
		{"wrong", number, Response{Text: "4"}, 0, false, true, nil},
		{"not a number", number, Response{Text: "a few"}, 0, false, true, nil},
		{"NaN", number, Response{Text: "NaN"}, 0, false, true, nil},
		{"Inf", Question{Type: Number, Numbers: []NumberAnswer{{Value: 0, Tolerance: math.Inf(1)}}}, Response{Text: "Inf"}, 0, false, true, nil},
		{"empty", number, Response{}, 0, false, false, nil},
		{"thousands", numberTol, Response{Text: "1,822"}, 1, true, true, nil},
		{"within tolerance", numberTol, Response{Text: "1826"}, 1, true, true, nil},
		{"at tolerance edge", numberTol, Response{Text: "1817"}, 1, true, true, nil},
		{"second answer", numberTol, Response{Text: "1790"}, 0.5, false, true, nil},
		{"outside both", numberTol, Response{Text: "1700"}, 0, false, true, nil},
		{"range low", numberRange, Response{Text: "1992"}, 1, true, true, nil},
		{"range inside", numberRange, Response{Text: "1993.5"}, 1, true, true, nil},
		{"range high", numberRange, Response{Text: "1994"}, 1, true, true, nil},
		{"range out", numberRange, Response{Text: "1995"}, 0, false, true, nil},
		{"negative", Question{Type: Number, Numbers: []NumberAnswer{{Value: -2}}}, Response{Text: "-2"}, 1, true, true, nil},
		{"float rounding", Question{Type: Number, Numbers: []NumberAnswer{{Value: 0.1 + 0.2}}}, Response{Text: "0.3"}, 1, true, true, nil},
		{"tolerance 0.1", Question{Type: Number, Numbers: []NumberAnswer{{Value: 1.2, Tolerance: 0.1}}}, Response{Text: "1.3"}, 1, true, true, nil},
		{"no numbers", Question{Type: Number}, Response{Text: "1"}, 0, false, true, nil},
	})
}

var matching = Question{Type: Matching, Pairs: []Pair{
	{Item: "Baku", Match: "Azerbaijan"},
	{Item: "Yerevan", Match: "Armenia"},
	{Item: "Ganja", Match: "Azerbaijan"},
	{Item: "Tbilisi", Match: "Georgia"},
}}

// withDistractors is a matching question as Moodle may hold it: an extra
// partner before, between and after the items, right for none of them.
var withDistractors = Question{Type: Matching, Pairs: []Pair{
	{Match: "Turkey"},
	{Item: "Baku", Match: "Azerbaijan"},
	{Match: "Iran"},
	{Item: "Yerevan", Match: "Armenia"},
	{Match: "Russia"},
}}

func TestGradeMatching(t *testing.T) {
	runGrade(t, []gradeCase{
		{"all right", matching, Response{Matches: []int{0, 1, 2, 3}}, 1, true, true, nil},
		{"identical partners swapped", matching, Response{Matches: []int{2, 1, 0, 3}}, 1, true, true, nil},
		{"half", matching, Response{Matches: []int{1, 0, 2, 3}}, 0.5, false, true, nil},
		{"some unanswered", matching, Response{Matches: []int{0, -1, -1, -1}}, 0.25, false, true, nil},
		{"none chosen", matching, Response{Matches: []int{-1, -1, -1, -1}}, 0, false, false, nil},
		{"nil", matching, Response{}, 0, false, false, nil},
		{"short list", matching, Response{Matches: []int{0}}, 0.25, false, true, nil},
		{"long list", matching, Response{Matches: []int{0, 1, 2, 3, 4, 5}}, 1, true, true, nil},
		{"out of range", matching, Response{Matches: []int{9, -5, 1, 3}}, 0.25, false, true, nil},
		{"no pairs", Question{Type: Matching}, Response{Matches: []int{0}}, 0, false, false, nil},
		{"distractors: items right", withDistractors, Response{Matches: []int{-1, 1, -1, 3, -1}}, 1, true, true, nil},
		{"distractors: one item on a distractor", withDistractors, Response{Matches: []int{-1, 2, -1, 3, -1}}, 0.5, false, true, nil},
		{"distractors: every item on a distractor", withDistractors, Response{Matches: []int{-1, 0, -1, 4, -1}}, 0, false, true, nil},
		{"distractors: picks on their rows count for nothing", withDistractors, Response{Matches: []int{1, -1, 3, -1, 1}}, 0, false, false, nil},
		{"distractors: items swapped", withDistractors, Response{Matches: []int{-1, 3, -1, 1, -1}}, 0, false, true, nil},
		{"distractor worded as a partner is still wrong", Question{Type: Matching, Pairs: []Pair{{"a", "b"}, {"c", "d"}, {"", "b"}}}, Response{Matches: []int{2, 1}}, 0.5, false, true, nil},
		{"only distractors", Question{Type: Matching, Pairs: []Pair{{"", "b"}, {"", "d"}}}, Response{Matches: []int{0, 1}}, 0, false, false, nil},
	})
}

func TestGradeUnknownType(t *testing.T) {
	got := Grade(Question{Type: "essay"}, Response{Text: "x"})
	if got.Answered || got.Score != 0 || got.Correct {
		t.Errorf("unknown type graded %+v", got)
	}
}

func TestCorrectAnswer(t *testing.T) {
	tests := []struct {
		name string
		q    Question
		want string
	}{
		{"single", single, "September 27"},
		{"single weights only", Question{Type: Single, Choices: []Choice{{Text: "a", Weight: 50}, {Text: "b", Weight: 100}}}, "b"},
		{"single two right", Question{Type: Single, Choices: []Choice{{Text: "a", Correct: true}, {Text: "b", Correct: true}}}, "a or b"},
		{"multiple", multiple, "Putin, Erdogan"},
		{"multiple weights", multipleWeighted, "a, b, d"},
		{"true", Question{Type: TrueFalse, Truth: true}, "True"},
		{"false", Question{Type: TrueFalse}, "False"},
		{"text", text, "Şuşa"},
		{"text best weight first", Question{Type: Text, Accepted: []TextAnswer{{Text: "half", Weight: 50}, {Text: "full"}, {Text: "also"}}}, "full"},
		{"numbers or", Question{Type: Number, Numbers: []NumberAnswer{{Value: 3}, {Value: 4}, {Value: 5, Weight: 50}}}, "3 or 4"},
		{"number", number, "3"},
		{"number tolerance", numberTol, "1822 ± 5"},
		{"range", numberRange, "1992 to 1994"},
		{"matching", Question{Type: Matching, Pairs: []Pair{{"a", "b"}, {"c", "d"}}}, "a → b; c → d"},
		{"matching leaves distractors out", withDistractors, "Baku → Azerbaijan; Yerevan → Armenia"},
		{"empty", Question{Type: Single}, ""},
		{"unknown", Question{Type: "essay"}, ""},
	}
	for _, tt := range tests {
		if got := tt.q.CorrectAnswer(); got != tt.want {
			t.Errorf("%s: CorrectAnswer() = %q, want %q", tt.name, got, tt.want)
		}
	}
}
