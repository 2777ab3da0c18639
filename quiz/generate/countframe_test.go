package generate

import (
	"slices"
	"testing"
)

// TestCountFrame: a count question drops its date frame when the event's
// own words tell its figure from the article's others, so that the quiz
// asks the event's date and its toll apart; it keeps the frame when they
// do not.
func TestCountFrame(t *testing.T) {
	const ferries = "A bus overturned in northern Spain late on Monday, killing nine passengers and injuring many more, a regional official said on Tuesday. " +
		"Rescue teams worked through the night at the scene. " +
		"In March 1987, two ferries collided near the port of Dover, killing 61 people in one of the worst accidents at sea. " +
		"In 2009, a coach fell into a ravine outside the town of Grenoble, killing 23 people."
	const surgery = "Hospitals in the region are under strain, officials said on Friday. " +
		"In April, 5,100 patients were waiting for surgery at the city hospital. " +
		"At the end of May, 5,400 patients were waiting for surgery at the city hospital, the board said."
	cases := []struct {
		name, text string
		want       []string // prompts the quiz must hold
		refuse     []string // prompts it must not
	}{
		{"date and toll of one event", ferries,
			[]string{
				"When did two ferries collide near the port of Dover?",
				"How many people were killed when two ferries collided near the port of Dover?",
				"When did a coach fall into a ravine outside the town of Grenoble?",
				"How many people were killed when a coach fell into a ravine outside the town of Grenoble?",
			},
			[]string{
				"How many people were killed when two ferries collided near the port of Dover in March 1987?",
				"How many people were killed when a coach fell into a ravine outside the town of Grenoble in 2009?",
			}},
		{"same words, two lists", surgery,
			[]string{"How many patients were waiting for surgery at the city hospital in April?"},
			[]string{"How many patients were waiting for surgery at the city hospital?"}},
	}
	for _, tc := range cases {
		got := quizPrompts(t, tc.name, tc.text)
		for _, p := range tc.want {
			if !slices.Contains(got, p) {
				t.Errorf("%s: no %q in %q", tc.name, p, got)
			}
		}
		for _, p := range tc.refuse {
			if slices.Contains(got, p) {
				t.Errorf("%s: %q asked", tc.name, p)
			}
		}
	}
}

// TestCountFrameChecker: the quality checker's time-frame rule lets a
// count question leave its date out only when its words tell the figures
// apart.
func TestCountFrameChecker(t *testing.T) {
	const text = "In March 1987, two ferries collided near the port of Dover, killing 61 people. " +
		"In 2009, a coach fell into a ravine outside the town of Grenoble, killing 23 people. " +
		"In April, 5,100 patients were waiting for surgery. At the end of May, 5,400 patients were waiting for surgery."
	sents := splitSentences(text, tokenize(text))
	ferry := Fact{Kind: Count, Number: 61, Noun: "people", Sentence: "In March 1987, two ferries collided near the port of Dover, killing 61 people."}
	waiting := Fact{Kind: Count, Number: 5100, Noun: "patients", Sentence: "In April, 5,100 patients were waiting for surgery."}
	cases := []struct {
		f      Fact
		prompt string
		bad    bool
	}{
		{ferry, "How many people were killed when two ferries collided near the port of Dover?", false},
		{ferry, "How many people were killed?", true},
		{ferry, "How many people were killed outside the town?", true},
		{waiting, "How many patients were waiting for surgery?", true},
		{waiting, "How many patients were waiting for surgery in April?", false},
	}
	for _, tc := range cases {
		if got := timeFrameProblem(sents, tc.f, tc.prompt) != ""; got != tc.bad {
			t.Errorf("%q: problem %v, want %v", tc.prompt, got, tc.bad)
		}
	}
}
