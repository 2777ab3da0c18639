package generate

import (
	"strings"
	"testing"
)

// TestStatementAfterConnectivePhrase: a statement drops a connective
// phrase opening its sentence ("As a result, …"), which points at the
// sentence before, unless its comma splits a preposition's phrase ("In
// addition, to …"); a number in words opening it takes a small letter.
func TestStatementAfterConnectivePhrase(t *testing.T) {
	tests := []struct {
		name, text, marker string
		want               string // the statement's opening; "" for none
	}{
		{"as a result", "The pier at Saltby was shut for repairs. As a result, the county council moved 14 wardens to the harbour in March 2019.", "wardens", "According to the article, the county council moved"},
		{"in addition", "The pier at Saltby was shut for repairs. In addition, the county council closed 14 beach huts at the harbour in March 2019.", "beach huts", "According to the article, the county council closed"},
		{"a comma splitting in addition to", "The pier at Saltby was shut for repairs. In addition, to its wardens, the county council sent 14 gardeners to the harbour in March 2019.", "gardeners", "According to the article, in addition, to its wardens"},
		{"a number in words before an acronym", "The pier at Saltby was shut for repairs. Two U.N. surveyors and one county engineer reached the pier in March 2019 after a week at sea.", "surveyors", "According to the article, two U.N. surveyors"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOn(writeAll(t, tc.text), tc.marker)
			if len(got) == 0 {
				t.Fatalf("no statement offered on %q", tc.marker)
			}
			for _, c := range got {
				if !strings.HasPrefix(c.q.Prompt, tc.want) {
					t.Errorf("statement %q, want it to open %q", c.q.Prompt, tc.want)
				}
			}
		})
	}
}
