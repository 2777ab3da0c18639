package format

import (
	"bytes"
	"reflect"
	"testing"

	"factquiz/quiz"
)

// TestGIFTAsMoodle is the conformance table: each case is one question
// written by us in the manner of teachers' files, and states what
// Moodle's GIFT importer (question/format/gift/format.php) makes of it:
// the type, the text the learner sees, the answers with their credit and
// feedback. Where Factquiz cannot play what Moodle makes, the case states
// the warning instead.
func TestGIFTAsMoodle(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *quiz.Question // nil: no question is played
		// problems as "line:col: message"
		problems []string
	}{
		// Moodle turns every = of a choice block into ~=, so "~=" leaves an
		// empty answer (not saved) before a fully right one.
		{"tilde equals marks the right choice", "Would you like {~=some~a few} rice?",
			&quiz.Question{Type: quiz.Single, Prompt: "Would you like _____ rice?",
				Choices: []quiz.Choice{{Text: "some", Correct: true}, {Text: "a few"}}}, nil},
		// Several = in a choice block: one pick (single = 1), each = fully right.
		{"several right choices", "She works {=as =like ~for} a nurse.",
			&quiz.Question{Type: quiz.Single, Prompt: "She works _____ a nurse.",
				Choices: []quiz.Choice{{Text: "as", Correct: true}, {Text: "like", Correct: true}, {Text: "for"}}}, nil},
		{"several right choices with tilde equals", "Pick a greeting: {~=hello~=hi~bye}",
			&quiz.Question{Type: quiz.Single, Prompt: "Pick a greeting:",
				Choices: []quiz.Choice{{Text: "hello", Correct: true}, {Text: "hi", Correct: true}, {Text: "bye"}}}, nil},
		// No = at all: several answers allowed, credit from the weights.
		{"select all with weights", "Which are planets? {~%50%Mars ~%50%Venus ~%-100%the Moon}",
			&quiz.Question{Type: quiz.Multiple, Prompt: "Which are planets?",
				Choices: []quiz.Choice{{Text: "Mars", Correct: true, Weight: 50}, {Text: "Venus", Correct: true, Weight: 50}, {Text: "the Moon", Weight: -100}}}, nil},
		// Moodle reads no weight after = in a choice block.
		{"weight after equals is text", "Largest ocean? {=%50%Pacific ~Atlantic}",
			&quiz.Question{Type: quiz.Single, Prompt: "Largest ocean?",
				Choices: []quiz.Choice{{Text: "%50%Pacific", Correct: true}, {Text: "Atlantic"}}},
			[]string{"1:17: warning: Moodle gives full credit to an answer marked = and shows %50% as part of its text: for partial credit write ~%50%Pacific"}},
		// An unescaped = inside a choice starts a new right answer.
		{"equals inside a choice", "Which sum is right? {~1+1=3 ~2+2=5}",
			&quiz.Question{Type: quiz.Single, Prompt: "Which sum is right?",
				Choices: []quiz.Choice{{Text: "1+1"}, {Text: "3", Correct: true}, {Text: "2+2"}, {Text: "5", Correct: true}}}, nil},
		// Text before the first mark is an answer: wrong in a choice block.
		{"unmarked first choice", "Capital of Peru? {Lima =Lima city ~Cusco}",
			&quiz.Question{Type: quiz.Single, Prompt: "Capital of Peru?",
				Choices: []quiz.Choice{{Text: "Lima"}, {Text: "Lima city", Correct: true}, {Text: "Cusco"}}},
			[]string{"1:19: warning: answer \"Lima\" has no = or ~ before it, and Moodle counts it as a wrong answer: mark right answers with = and wrong ones with ~"}},
		{"choice feedback and general feedback", "Red and blue make? {=purple#Yes. ~green#No, that is blue and yellow. ####Mixing paints.}",
			&quiz.Question{Type: quiz.Single, Prompt: "Red and blue make?", Explanation: "Mixing paints.",
				Choices: []quiz.Choice{{Text: "purple", Correct: true, Feedback: "Yes."}, {Text: "green", Feedback: "No, that is blue and yellow."}}}, nil},

		// An answer without = or ~: a short answer accepting it.
		{"bare short answer", "One, two, three: which comes first? {One}",
			&quiz.Question{Type: quiz.Text, Prompt: "One, two, three: which comes first?",
				Accepted: []quiz.TextAnswer{{Text: "One"}}}, nil},
		{"bare then marked short answers", "Spell the number 1. {one =One}",
			&quiz.Question{Type: quiz.Text, Prompt: "Spell the number 1.",
				Accepted: []quiz.TextAnswer{{Text: "one"}, {Text: "One"}}}, nil},
		{"short answers with credit", "The river through Paris is the {=Seine =%50%Sein#Check the spelling.}.",
			&quiz.Question{Type: quiz.Text, Prompt: "The river through Paris is the _____.",
				Accepted: []quiz.TextAnswer{{Text: "Seine"}, {Text: "Sein", Weight: 50, Feedback: "Check the spelling."}}}, nil},
		// Moodle keeps both; the first that matches grades, so the repeat never counts.
		{"repeated short answer", "Colour of grass? {=green =Green =green}",
			&quiz.Question{Type: quiz.Text, Prompt: "Colour of grass?",
				Accepted: []quiz.TextAnswer{{Text: "green"}, {Text: "Green"}}},
			[]string{"1:33: warning: answer \"green\" is listed twice: the first one counts, remove the other"}},
		// "->" without "=" is no matching question.
		{"arrow in a bare short answer", "Type the arrow for 'becomes': {->}",
			&quiz.Question{Type: quiz.Text, Prompt: "Type the arrow for 'becomes':",
				Accepted: []quiz.TextAnswer{{Text: "->"}}}, nil},

		{"true", "The Danube flows into the Black Sea. {T}",
			&quiz.Question{Type: quiz.TrueFalse, Prompt: "The Danube flows into the Black Sea.", Truth: true}, nil},
		{"false with feedbacks", "Bats are birds. {FALSE#They are mammals.#Right, they are mammals.}",
			&quiz.Question{Type: quiz.TrueFalse, Prompt: "Bats are birds.", FeedbackWrong: "They are mammals.", FeedbackRight: "Right, they are mammals."}, nil},
		// Moodle's check is case-sensitive: {true} is a short answer there.
		{"lower-case true", "Ice floats on water. {true}",
			&quiz.Question{Type: quiz.TrueFalse, Prompt: "Ice floats on water.", Truth: true},
			[]string{"1:23: warning: Moodle reads {true} as a short answer, not true/false: write {TRUE} in capitals"}},

		// Moodle's own export: "~#" is the feedback for any other answer.
		{"numerical catch-all inline", "How many sides has a triangle? {#3:0~#Completely wrong}",
			&quiz.Question{Type: quiz.Number, Prompt: "How many sides has a triangle?",
				Numbers: []quiz.NumberAnswer{{Value: 3}}, FeedbackWrong: "Completely wrong"}, nil},
		{"numerical catch-all on its own line", "Boiling point of water in °C? {#\n\t=%100%100:0#Right.\n\t=%50%100:5#Close.\n\t~#Look it up.\n}",
			&quiz.Question{Type: quiz.Number, Prompt: "Boiling point of water in °C?",
				Numbers:       []quiz.NumberAnswer{{Value: 100, Weight: 100, Feedback: "Right."}, {Value: 100, Tolerance: 5, Weight: 50, Feedback: "Close."}},
				FeedbackWrong: "Look it up."}, nil},
		// Moodle uses only the feedback of a ~ answer.
		{"numerical tilde with a number", "Legs of a spider? {#=8 ~%50%6#Insects have six.}",
			&quiz.Question{Type: quiz.Number, Prompt: "Legs of a spider?",
				Numbers: []quiz.NumberAnswer{{Value: 8}}, FeedbackWrong: "Insects have six."},
			[]string{"1:24: warning: Moodle reads ~ in a numerical question as \"any other answer\" and uses only its #feedback, so \"%50%6\" is not used: write =%50%1822:2 for partial credit"}},
		{"numerical bare then marked", "A number from 1 to 3? {#2:1 =10}",
			&quiz.Question{Type: quiz.Number, Prompt: "A number from 1 to 3?",
				Numbers: []quiz.NumberAnswer{{Value: 2, Tolerance: 1}, {Value: 10}}}, nil},
		{"numerical range", "A year of the 1990s? {#1990..1999}",
			&quiz.Question{Type: quiz.Number, Prompt: "A year of the 1990s?",
				Numbers: []quiz.NumberAnswer{{Value: 1994.5, Min: 1990, Max: 1999}}}, nil},

		{"matching", "Match the capital. {=France -> Paris =Italy -> Rome =Spain -> Madrid}",
			&quiz.Question{Type: quiz.Matching, Prompt: "Match the capital.",
				Pairs: []quiz.Pair{{Item: "France", Match: "Paris"}, {Item: "Italy", Match: "Rome"}, {Item: "Spain", Match: "Madrid"}}}, nil},
		// Moodle cuts a pair at its first arrow.
		{"matching arrow in the match", "Read the signs. {=stop -> red =go -> green -> walk}",
			&quiz.Question{Type: quiz.Matching, Prompt: "Read the signs.",
				Pairs: []quiz.Pair{{Item: "stop", Match: "red"}, {Item: "go", Match: "green -> walk"}}}, nil},

		// Escapes Moodle knows; any other backslash stays, as Moodle shows it.
		{"escapes", `Ratio 1\:2, set \{a\}, 50\% and a\\b? {=yes \= ok ~no \~ never}`,
			&quiz.Question{Type: quiz.Single, Prompt: `Ratio 1:2, set {a}, 50\% and a\b?`,
				Choices: []quiz.Choice{{Text: "yes = ok", Correct: true}, {Text: "no ~ never"}}}, nil},

		// [markdown] is shown after Moodle's markdown_to_html (Markdown
		// Extra): ** may open inside a word, _ only at a word's edge.
		{"markdown bold inside a word in a matching item", "[markdown]Match each verb to its tense. {=she**'s gone** -> present perfect =he **went** -> past simple}",
			&quiz.Question{Type: quiz.Matching, Prompt: "Match each verb to its tense.",
				Pairs:  []quiz.Pair{{Item: "she's gone", Match: "present perfect"}, {Item: "he went", Match: "past simple"}},
				Markup: map[string]string{"she's gone": "she<strong>&#39;s gone</strong>", "he went": "he <strong>went</strong>"}}, nil},
		{"markdown underscores around a hint", "[markdown]I {=went} _(go)_ home, not to a snake_case_file.",
			&quiz.Question{Type: quiz.Text, Prompt: "I _____ (go) home, not to a snake_case_file.",
				Accepted: []quiz.TextAnswer{{Text: "went"}},
				Markup:   map[string]string{"I _____ (go) home, not to a snake_case_file.": "I _____ <em>(go)</em> home, not to a snake_case_file."}}, nil},

		// What Moodle makes but the app does not play: skipped, with a warning.
		{"essay", "Describe your town. {}", nil,
			[]string{"1:21: warning: question skipped: an essay (empty {}) cannot be played in the app"}},
		{"description", "::Part 2::[markdown]Answer the *next* questions.", nil,
			[]string{"1:1: warning: question skipped: text without an answer block {...} is a description in Moodle, which the app does not show"}},
		{"title alone", "::Section A::", nil,
			[]string{"1:1: warning: question skipped: title \"Section A\" has no question after it, and Moodle makes an empty description of it: if the question follows, remove the blank line after the title"}},
		{"aiken pasted", "Largest planet?\nA) Earth\nB) Jupiter\nANSWER: B", nil,
			[]string{"1:1: warning: question skipped: this looks like an Aiken question; put it in a .txt file of its own or write it in GIFT as: Largest planet? {~Earth =Jupiter}"}},
		// Not GIFT at all: errors that say what the text is.
		// Moodle reads the first {...} only and keeps the Cloze code as an
		// answer ("1:SHORTANSWER:" right, "1:MC:" a wrong choice): refused.
		{"cloze", "The {1:SHORTANSWER:=Nile} is long.", nil,
			[]string{"1:5: this is a Cloze (embedded answers) question, which GIFT cannot hold: Moodle's GIFT import would grade only the first gap, with \"1:SHORTANSWER:\" as one of its answers, and show any other gap to learners as typed; write one question per gap, like: Paris is the capital of {=France ~Spain}, or import the Cloze question as Moodle XML"}},
		{"cloze with two gaps", "Tea comes from {1:MC:~=China~Peru} and coffee from {1:SA:=Ethiopia}.", nil,
			[]string{"1:16: this is a Cloze (embedded answers) question, which GIFT cannot hold: Moodle's GIFT import would grade only the first gap, with \"1:MC:\" as one of its answers, and show any other gap to learners as typed; write one question per gap, like: Paris is the capital of {=France ~Spain}, or import the Cloze question as Moodle XML"}},
		// Moodle takes the first {...} as the answers and leaves the second in
		// the text, so the learner reads "{~few~=much}": refused.
		{"second gap in one question", "I take {~=little~many} milk and too {~few~=much} sugar.", nil,
			[]string{"1:37: second answer block in one question: Moodle would grade only the first one and show this one to learners as typed, right answer included; make one question per gap (separate them with a blank line), or write \\{ \\} for braces in text"}},
		{"second gap after a format", "::Verbs::[html]{=Will=will} you {=open} the door? (<i>open</i>)", nil,
			[]string{"1:33: second answer block in one question: Moodle would grade only the first one and show this one to learners as typed, right answer included; make one question per gap (separate them with a blank line), or write \\{ \\} for braces in text"}},
		{"braces in text", "Is {} the empty set? {T}", nil,
			[]string{"1:4: braces in text must be written \\{ \\}: this {} and the answers in braces after it make no question"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ps := Parse("q.gift", []byte(tt.in))
			if got := problemStrings(ps); !reflect.DeepEqual(got, tt.problems) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.problems)
			}
			if tt.want == nil {
				if q != nil {
					t.Errorf("a question was played: %+v", q.Questions)
				}
				return
			}
			if q == nil || len(q.Questions) != 1 {
				t.Fatalf("want one question, got %+v", q)
			}
			want := *tt.want
			want.ID = "q1"
			if got := q.Questions[0]; !reflect.DeepEqual(got, want) {
				t.Errorf("\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

// TestGIFTExportAsMoodle checks that the GIFT written has only the escapes
// Moodle knows (no \> \[ \%), and reads back the same.
func TestGIFTExportAsMoodle(t *testing.T) {
	tests := []struct {
		name string
		q    quiz.Question
		want string // the question's line
	}{
		{"arrow alone", quiz.Question{ID: "q1", Type: quiz.Text, Prompt: "Arrow?", Accepted: []quiz.TextAnswer{{Text: "->"}}}, "Arrow? {->}\n"},
		{"arrow in a choice", quiz.Question{ID: "q1", Type: quiz.Single, Prompt: "Which?", Choices: []quiz.Choice{{Text: "a->b", Correct: true}, {Text: "c"}}}, "Which? {=a->b ~c}\n"},
		{"arrow in a match", quiz.Question{ID: "q1", Type: quiz.Matching, Prompt: "Pair", Pairs: []quiz.Pair{{Item: "a", Match: "b -> c"}, {Item: "d", Match: "e"}}}, "Pair {=a -> b -> c =d -> e}\n"},
		{"percent first", quiz.Question{ID: "q1", Type: quiz.Text, Prompt: "Rate?", Accepted: []quiz.TextAnswer{{Text: "%50%", Weight: 100}}}, "Rate? {=%100%%50%}\n"},
		{"format marker first", quiz.Question{ID: "q1", Type: quiz.Single, Prompt: "[html] is a marker", Choices: []quiz.Choice{{Text: "yes", Correct: true}, {Text: "no"}}}, "[moodle][html] is a marker {=yes ~no}\n"},
		{"several right choices", quiz.Question{ID: "q1", Type: quiz.Single, Prompt: "Works", Choices: []quiz.Choice{{Text: "as", Correct: true}, {Text: "like", Correct: true}, {Text: "for"}}}, "Works {=as =like ~for}\n"},
		{"number with catch-all", quiz.Question{ID: "q1", Type: quiz.Number, Prompt: "Sides?", Numbers: []quiz.NumberAnswer{{Value: 3}}, FeedbackWrong: "Count them."}, "Sides? {#3 ~#Count them.}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			quizIn := &quiz.Quiz{ID: "e", Title: "E", Questions: []quiz.Question{tt.q}}
			var b bytes.Buffer
			if err := WriteGIFT(&b, quizIn); err != nil {
				t.Fatal(err)
			}
			if want := "// title: E\n\n" + tt.want; b.String() != want {
				t.Errorf("wrote %q, want %q", b.String(), want)
			}
			back, ps := Parse("e.gift", b.Bytes())
			if len(ps) != 0 || back == nil || !reflect.DeepEqual(back.Questions, quizIn.Questions) {
				t.Errorf("read back %+v, problems %v", back, ps)
			}
		})
	}
}
