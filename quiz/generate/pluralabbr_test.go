package generate

import (
	"strings"
	"testing"
)

// leadersOf lists the leaders read in an article as "person|office|country".
func leadersOf(t *testing.T, text string) []string {
	t.Helper()
	var got []string
	for _, f := range writeAll(t, text).facts {
		if f.Kind == Leader {
			got = append(got, f.Person+"|"+f.Office+"|"+f.Country)
		}
	}
	return got
}

// TestPluralAbbrTitles: "Sens." and "Reps." before a list make each full
// name a holder, with the state written "of <state>" after it; a name
// that runs into another title ("and Ohio Sen. Dan Reyes") ends the list
// there, and the title after it is read on its own.
func TestPluralAbbrTitles(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The measure passed with Sens. Ann Cole of Ohio, Tom Reed of Iowa and Mia Hart of Maine voting against it.",
			[]string{"Ann Cole|Senator|Ohio", "Tom Reed|Senator|Iowa", "Mia Hart|Senator|Maine"}},
		{"Two Democrats, Reps. Ann Cole and Tom Reed, voted against the measure.",
			[]string{"Ann Cole|Representative|", "Tom Reed|Representative|"}},
		{"Three Democrats joined them: Sens. Ann Cole and Tom Reed, and Ohio Sen. Dan Reyes.",
			[]string{"Ann Cole|Senator|", "Tom Reed|Senator|", "Dan Reyes|Senator|"}},
		// One name is no list; a word in capitals after "Sens" no name.
		{"The measure passed with Sens. Ann Cole voting against it.", nil},
		{"The SENS. PROGRAM was cut.", nil},
	} {
		got := leadersOf(t, tc.text)
		if strings.Join(got, ";") != strings.Join(tc.want, ";") {
			t.Errorf("%q: leaders %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSeatChoices: a senator from a state is offered only other states'
// seats (never "Senator of the United States", which she is too), and a
// national office is not offered a state's seat as a wrong choice.
func TestSeatChoices(t *testing.T) {
	text := "Senate passes the budget bill\n\n" +
		"The Senate approved President Dana Reed’s budget bill on Tuesday after a session of more than 20 hours. " +
		"Senators voted 51 to 49 with Sens. Ann Cole of Ohio, Tom Burke of Iowa and Mia Hart of Maine opposing the bill. " +
		"Vice President Leo Park did not need to cast a vote. " +
		"The bill now goes to the House, where leaders hope to pass it within two weeks."
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	seats := 0
	for _, q := range res.Quiz.Questions {
		var right string
		for _, c := range q.Choices {
			if c.Correct {
				right = c.Text
			}
		}
		seat := strings.HasPrefix(right, "Senator from ")
		for _, c := range q.Choices {
			if c.Correct {
				continue
			}
			if seat && !strings.HasPrefix(c.Text, "Senator from ") && strings.HasSuffix(c.Text, "United States") {
				t.Errorf("%q: wrong choice %q for %q", q.Prompt, c.Text, right)
			}
			if !seat && strings.Contains(right, " of ") && strings.HasPrefix(c.Text, "Senator from ") {
				t.Errorf("%q: wrong choice %q for %q", q.Prompt, c.Text, right)
			}
		}
		// A statement asks the seat too: with two seats told true, the
		// third senator's office question would leave one choice
		// (officetold.go).
		if seat || strings.Contains(q.Prompt, " is a Senator from ") {
			seats++
		}
	}
	if seats == 0 {
		var prompts []string
		for _, q := range res.Quiz.Questions {
			prompts = append(prompts, q.Prompt)
		}
		t.Errorf("no senator asked by state: %q", prompts)
	}
}
