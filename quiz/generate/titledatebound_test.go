package generate

import (
	"testing"

	"factquiz/quiz"
)

// TestAfterTheTitleDate covers wrong days after the day a quiz's title
// dates the page, for a day before it (held-out set 22: an issue's
// obituary offered three days after the date).
func TestAfterTheTitleDate(t *testing.T) {
	const text = "Margaret Ellery, 81, professor of geology at the University of Leeds, died on March 12 of heart failure at her home in Harrogate. " +
		"Ellery was born in Whitby and studied at the University of Durham. " +
		"She led the Leeds department of geology for 14 years and wrote three books on coastal rocks."
	tests := []struct {
		title string
		after bool // a wrong day after April 2 may be offered
	}{
		{"Obituaries | April 2, 2012 Issue", false},
		{"Margaret Ellery, geologist", true},
	}
	for _, tc := range tests {
		res, err := FromText(tc.title, text)
		if err != nil {
			t.Fatal(err)
		}
		asked, after := false, false
		for _, q := range res.Quiz.Questions {
			if q.Type != quiz.Single {
				continue
			}
			right := false
			for _, c := range q.Choices {
				right = right || c.Correct && c.Text == "March 12"
			}
			if !right {
				continue
			}
			asked = true
			for _, c := range q.Choices {
				if d, ok := parseDate(c.Text); ok && dateKey(inYear(d, 2012)) > 20120402 {
					after = true
				}
			}
		}
		if !asked {
			t.Errorf("title %q: no question on March 12", tc.title)
			continue
		}
		if after != tc.after {
			t.Errorf("title %q: a wrong day after April 2 = %v, want %v", tc.title, after, tc.after)
		}
	}
}
