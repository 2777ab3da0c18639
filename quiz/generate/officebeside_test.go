package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestOfficeBeside: an office after the name behind a lesser title is
// another office of the person (no "What office does X hold?" answered
// by the lesser title); of two titles joined before the name, the office
// question says which one it leaves out.
func TestOfficeBeside(t *testing.T) {
	for _, c := range []struct {
		text  string
		after []string
		joint [][2]string
	}{
		{"Trade Minister Mara Delaney held talks with Senator Ruth Calder, Minister for Trade of Australia, in Darwin.",
			[]string{"Minister for Trade of Australia"}, nil},
		{"Senator Ruth Calder, the Minister for Foreign Affairs, hosted the lunch.", []string{"Minister for Foreign Affairs"}, nil},
		{"“Our results show the plan is working,” Ford President and CEO Ruth Calder said in a statement.", nil, [][2]string{{"President", "CEO"}}},
		// Refused: no office beside the name, a lower-case role after it,
		// two people joined by "and", a title of another person after.
		{"Senator Ruth Calder hosted the lunch in Perth.", nil, nil},
		{"Senator Ruth Calder, a minister for years, hosted the lunch.", nil, nil},
		{"President Mara Delaney and Senator Ruth Calder met in Perth.", nil, nil},
		{"Ruth Calder, who met the Minister for Trade, hosted the lunch.", nil, nil},
	} {
		sents := splitSentences(c.text, tokenize(c.text))
		if got := titlesAfterName(sents, "Ruth Calder"); !slices.Equal(got, c.after) {
			t.Errorf("titlesAfterName(%q) = %q, want %q", c.text, got, c.after)
		}
		if got := jointTitles(sents, "Ruth Calder"); !slices.Equal(got, c.joint) {
			t.Errorf("jointTitles(%q) = %q, want %q", c.text, got, c.joint)
		}
	}
	for _, c := range []struct{ title, text, person, prompt string }{
		{"Farm deal signed in Darwin", "Trade Minister Mara Delaney held talks with Senator Ruth Calder, Minister for Trade of Australia, in Darwin on Monday.\n" +
			"Both ministers welcomed the growing trade between Chile and Australia.\n" +
			"The two governments signed a framework agreement on farm exports after the meeting, officials said.\n" +
			"Senator Ruth Calder said the deal would help farmers in both countries sell more grain.\n", "Ruth Calder", ""},
		{"", "Profits rose at the carmaker in the first quarter, the company said on Wednesday.\n" +
			"“Our results show the plan is working,” Ford President and CEO Dan Ostrow said in a statement.\n" +
			"The company earned $1.2 billion in the quarter, up from $900 million a year earlier.\n" +
			"Sales in North America rose by 8 percent, while sales in Europe fell.\n", "Dan Ostrow",
			"What office does Dan Ostrow hold besides President, according to the article?"},
	} {
		res, err := FromText(c.title, c.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range res.Quiz.Questions {
			if strings.HasPrefix(q.Prompt, "What office does "+c.person) {
				got = append(got, q.Prompt)
			}
		}
		if want := []string{c.prompt}; c.prompt == "" && got != nil || c.prompt != "" && !slices.Equal(got, want) {
			t.Errorf("office questions on %s: %q, want %q", c.person, got, c.prompt)
		}
	}
}
