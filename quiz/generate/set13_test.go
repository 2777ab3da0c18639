package generate

import (
	"strings"
	"testing"
)

// TestSamePerson covers two names of one person, which must never be
// two choices of one question (held-out set 13: a president's birth name
// offered beside the name he took).
func TestSamePerson(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Hiram Ulysses Grant", "Ulysses Simpson Grant", true},
		{"Ulysses S. Grant", "Ulysses Grant", true},
		{"Venus Williams", "Serena Williams", false},
		{"John Smith", "Jane Smith", false},
		{"Grant", "Ulysses Grant", false},
		{"Ann Lowe", "Ann Reyes", false},
		{"Mohamed bin Zayed Al Nahyan", "Abdullah bin Zayed Al Nahyan", false},
	}
	for _, tc := range tests {
		if got := samePerson(tc.a, tc.b); got != tc.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestSpeakerChoicesNoLaboratory checks that an organisation named like a
// laboratory or a programme is no wrong choice for a person's words
// (held-out set 13: two of three wrong speakers were organisations).
func TestSpeakerChoicesNoLaboratory(t *testing.T) {
	text := "Probe leaves for Mars\n\n" +
		"\"Our probe is in fine health,\" said Ann Lowe, the mission manager. " +
		"\"The launch was flawless,\" said Harbour Propulsion Laboratory. " +
		"\"We are proud of the crew,\" said Deep Launch Program. " +
		"Mark Dale, the flight director, watched from the control room. Tom Reyes, the chief scientist, was there too."
	w := writeAll(t, text)
	asked := false
	for _, c := range w.offered {
		if c.q.Fact != string(Quote) || !strings.Contains(c.q.Prompt, "fine health") {
			continue
		}
		asked = true
		for _, ch := range c.q.Choices {
			if strings.Contains(ch.Text, "Laboratory") || strings.Contains(ch.Text, "Program") {
				t.Errorf("%q offers %q", c.q.Prompt, ch.Text)
			}
		}
	}
	if !asked {
		t.Errorf("no question on Ann Lowe's words")
	}
}

// TestSpeakerWithoutTitle checks a title written before a speaker's name
// is left out of the speaker (held-out set 13: only the answer carried
// "Presidential Aide"), and that a two-word name is kept whole.
func TestSpeakerWithoutTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Presidential Aide Yuri Ushakov", "Yuri Ushakov"},
		{"Deputy Foreign Minister Anna Berg", "Anna Berg"},
		{"Yuri Ushakov", "Yuri Ushakov"},
		{"Chief Joseph", "Chief Joseph"},
	}
	for _, tc := range tests {
		if got := withoutTitle(tc.in); got != tc.want {
			t.Errorf("withoutTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	text := "Summit date set\n\n\"We will announce it tomorrow,\" Russian Presidential Aide Yuri Ushakov told reporters. " +
		"\"It is a good day,\" said Anna Berg, the foreign minister. \"We agree,\" said Tom Lind, her deputy."
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	quotes := 0
	for _, f := range res.Facts {
		if f.Kind != Quote {
			continue
		}
		quotes++
		if strings.Contains(f.Speaker, "Aide") {
			t.Errorf("speaker %q keeps its title", f.Speaker)
		}
	}
	if quotes == 0 {
		t.Errorf("no quotation found in %q", text)
	}
}
