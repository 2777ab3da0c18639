package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestChiefOfficerWithoutBody checks that a chief executive whose company
// is not named beside the title is asked which office among the other
// chief officers, in the article's form of the title, and that none the
// article gives the person is offered; other bare titles stay unasked.
func TestChiefOfficerWithoutBody(t *testing.T) {
	tests := []struct {
		name, text, person string
		answer             string   // "" when no office question may be asked
		wrong              []string // the wrong choices, in any order
	}{
		{"chief executive of an unnamed company",
			"Cloud sales lift profit at software maker\n\nThe software maker beat estimates for quarterly profit on Tuesday. Under Chief Executive Dana Morrow, the company has spent the past four years moving to cloud services. Revenue rose 12 percent to $30 billion in the quarter.",
			"Dana Morrow", "Chief Executive", []string{"Chief Financial Officer", "Chief Operating Officer", "Chief Economist"}},
		{"a CEO is offered other officers' short forms",
			"Telecom group agrees merger\n\nThe telecom group agreed to buy the satellite firm on Sunday. \"This is a unique chance to build a stronger company,\" said Chairman and CEO Rory Bannon in a statement. The deal is worth $48 billion.",
			"Rory Bannon", "CEO", []string{"CFO", "COO", "CTO"}},
		{"an office the article gives the person is no wrong choice",
			"Retailer names new boss\n\nThe retailer named Chief Executive Ana Pires on Monday. Ana Pires was Chief Operating Officer until 2019. Shares rose 4 percent on the news.",
			"Ana Pires", "Chief Executive", []string{"Chief Financial Officer", "Chief Economist"}},
		{"a bare president of no named body stays unasked",
			"Group backs new plan\n\nThe group backed the plan on Friday. President Lena Hart said the plan would help members. About 300 members attended the meeting.",
			"Lena Hart", "", nil},
	}
	for _, tc := range tests {
		res, err := FromText("", tc.text)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		asked := false
		for i, q := range res.Quiz.Questions {
			if !strings.HasPrefix(q.Prompt, "What office does "+tc.person) {
				continue
			}
			asked = true
			it := res.Items[i]
			if tc.answer == "" {
				t.Errorf("%s: asked %q", tc.name, q.Prompt)
				continue
			}
			got := slices.Clone(it.Wrong)
			want := slices.Clone(tc.wrong)
			slices.Sort(got)
			slices.Sort(want)
			if it.Answer != tc.answer || !slices.Equal(got, want) {
				t.Errorf("%s: answer %q among %v, want %q among %v", tc.name, it.Answer, it.Wrong, tc.answer, tc.wrong)
			}
		}
		if tc.answer != "" && !asked {
			t.Errorf("%s: no office question on %s; got %v", tc.name, tc.person, prompts(res))
		}
	}
}
