package generate

import (
	"strings"
	"testing"
)

// TestSetOfOrdinal checks that "the second of three test launches planned
// ahead of …" is asked as the size of the set ("How many test launches
// were planned ahead of …?"), and that no question is made of a set with
// no participle after its noun, of an ordinal not below the count, or of a
// clause that runs on into a list.
func TestSetOfOrdinal(t *testing.T) {
	tests := []struct {
		name, text string
		prompt     string // "" when no such question may be asked
		answer     float64
	}{
		{"a set of planned launches",
			"Small rocket reaches orbit\n\nThe company's rocket reached orbit for the first time. It is the second of three test flights planned ahead of commercial service, and the first carrying paying cargo.",
			"How many test flights were planned ahead of commercial service?", 3},
		{"a set of scheduled hearings",
			"Inquiry resumes in capital\n\nThe inquiry resumed on Monday. The session was the third of five public hearings scheduled for the spring.",
			"How many public hearings were scheduled for the spring?", 5},
		{"no participle after the noun",
			"Family welcomes new baby\n\nThe family welcomed a baby girl. She is the second of three children in the house.",
			"", 0},
		{"an ordinal not below the count",
			"Club wins again\n\nThe club won on Saturday. It was the third of three matches played at home.",
			"", 0},
	}
	for _, tc := range tests {
		res, err := FromText("", tc.text)
		var got []string
		if err == nil {
			got = prompts(res)
		}
		found := false
		for i, p := range got {
			if !strings.HasPrefix(p, "How many") {
				continue
			}
			if tc.prompt == "" {
				t.Errorf("%s: asked %q", tc.name, p)
				continue
			}
			if p == tc.prompt {
				found = true
				if n := res.Quiz.Questions[i].Numbers; len(n) != 1 || n[0].Value != tc.answer {
					t.Errorf("%s: answer %v, want %v", tc.name, n, tc.answer)
				}
			}
		}
		if tc.prompt != "" && !found {
			t.Errorf("%s: no %q; got %v (%v)", tc.name, tc.prompt, got, err)
		}
	}
}
