package generate

import (
	"strings"
	"testing"
)

// TestCouncillorBeforeName: "Councillor" before a name is read past like
// "Cllr", so that the office written after the name is found
// ("Councillor Ann Cole, leader of Redford City Council,"); the title
// alone gives no office.
func TestCouncillorBeforeName(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Councillor Ann Cole, Leader of Redford City Council, said the plan was sound.", []string{"Ann Cole|Leader|Redford City Council"}},
		{"Councilor Tom Reed, leader of the Redford Conservative Group, said the plan was sound.", []string{"Tom Reed|Leader|Redford Conservative Group"}},
		{"Councillor Ann Cole said the plan was sound.", nil},
	} {
		got := leadersOf(t, tc.text)
		if strings.Join(got, ";") != strings.Join(tc.want, ";") {
			t.Errorf("%q: leaders %q, want %q", tc.text, got, tc.want)
		}
	}
}
