package generate

import (
	"strings"
	"testing"
)

// TestStateSeatWording: a US senator or representative is "a Senator
// from Texas" (a state has several), a governor "the Governor of Texas";
// the seat's label is of the same form as other offices with a body, for
// the checker; offices of countries keep "of".
func TestStateSeatWording(t *testing.T) {
	for _, tc := range []struct{ office, body, label, article string }{
		{"Senator", "Texas", "Senator from Texas", "a"},
		{"Representative", "California", "Representative from California", "a"},
		{"Congresswoman", "New York", "Congresswoman from New York", "a"},
		{"State Senator", "Ohio", "State Senator from Ohio", "a"},
		{"Governor", "Texas", "Governor of Texas", "the"},
		{"Attorney General", "Florida", "Attorney General of Florida", "the"},
		{"Senator", "Kenya", "Senator of Kenya", "the"},
		{"President", "Georgia", "President of Georgia", "the"},
	} {
		l := officeLabel(tc.office, tc.body)
		if l != tc.label || officeArticle(l) != tc.article || !officeOfBody(l) || officeBody(l) != tc.body {
			t.Errorf("%s, %s: label %q article %q body %q, want %q %q %q", tc.office, tc.body, l, officeArticle(l), officeBody(l), tc.label, tc.article, tc.body)
		}
	}
	const text = "Senate passes the border bill\n\nThe Senate passed the border bill 61-39 on Thursday after two weeks of debate. " +
		"Sen. Tom Hale of Texas voted against the bill. Gov. Ann Byrd of Texas said the state would keep its own patrols. " +
		"Sen. Dana Reeve of Florida voted for it.\n\nRep. Sam Ortiz of Texas called the vote a first step. " +
		"The House will take up the bill in March, Speaker Tom Cole said on Friday."
	res, _ := FromText("", text)
	seen := false
	for _, q := range res.Quiz.Questions {
		all := q.Prompt
		for _, c := range q.Choices {
			all += " | " + c.Text
		}
		for _, bad := range []string{"Senator of", "Representative of", "the Senator from", "the Representative from"} {
			if strings.Contains(all, bad) {
				t.Errorf("wrote %q", all)
			}
		}
		seen = seen || strings.Contains(all, " from Texas") || strings.Contains(all, " from Florida")
	}
	if !seen {
		t.Errorf("no question names a seat from a state")
	}
	// The checker reads "Senator from Texas" and "Governor of Texas" as
	// one form.
	for _, p := range QualityProblems(res.Text, res) {
		if strings.Contains(p.Message, "form") {
			t.Errorf("checker: %v", p)
		}
	}
}
