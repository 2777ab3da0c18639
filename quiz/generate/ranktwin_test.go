package generate

import (
	"strings"
	"testing"
)

// leaderStatements writes page and returns the leader statements
// offered, each with its twin of the other truth.
func leaderStatements(t *testing.T, page string) []string {
	t.Helper()
	text, _, err := checkText(page)
	if err != nil {
		t.Fatal(err)
	}
	w := articleWriter(text, "")
	if w == nil {
		return nil // no fact found
	}
	w.write()
	var out []string
	for i := range w.offered {
		if c := w.offered[i]; strings.HasPrefix(c.idHint, "leader-tf") && c.twin == 0 {
			out = append(out, c.q.Prompt)
			if j := w.twinOf(i); j >= 0 {
				out = append(out, w.offered[j].q.Prompt)
			}
		}
	}
	return out
}

// TestRankTwin checks the office of the other rank given for a leader
// (rankTwin), and that none is given where it may be true or where the
// page names it.
func TestRankTwin(t *testing.T) {
	tests := []struct{ sentence, twin string }{
		{"Nairobi Governor Ann Cole has urged the traders to keep the new fish market clean.", "Deputy Governor of Nairobi"},
		{"Ohio Governor Ann Cole has urged the traders to keep the new fish market clean.", "Lieutenant Governor of Ohio"},
		{"Deputy Prime Minister Ann Cole has urged the traders to keep the new fish market clean.", "Prime Minister"},
		// The page names the other office: it may tell who holds it.
		{"Deputy Prime Minister Ann Cole has urged the traders to keep the new fish market clean.\n\nThe prime minister was abroad.", ""},
		// A past holder may have held both in turn.
		{"Former Deputy Prime Minister Ann Cole has urged the traders to keep the new fish market clean.", ""},
		// A class of ministers has no deputy of that name.
		{"Union Minister Ann Cole has urged the traders to keep the new fish market clean.", ""},
		// The sentence's count is the fact to ask.
		{"Deputy Prime Minister Ann Cole has urged the traders to keep the 12 new fish markets clean.", ""},
	}
	for _, tc := range tests {
		text, _, err := checkText("New market\n\n" + tc.sentence)
		if err != nil {
			t.Fatal(err)
		}
		w := articleWriter(text, "")
		got, found := "", false
		for fi, f := range w.facts {
			if f.Kind == Leader && f.Person == "Ann Cole" {
				found = true
				got = strings.Join(w.rankTwin(fi), "|")
			}
		}
		if !found || got != tc.twin {
			t.Errorf("%q: other rank %q (leader found: %v), want %q", tc.sentence, got, found, tc.twin)
		}
	}
	// Stated either way where no other question asks the leader.
	page := "New market\n\nDeputy Prime Minister Ann Cole has urged the traders to keep the new fish market clean."
	got := leaderStatements(t, page)
	a, b := "According to the article, Ann Cole is the Deputy Prime Minister.", "According to the article, Ann Cole is the Prime Minister."
	if len(got) != 2 || !(got[0] == a && got[1] == b || got[0] == b && got[1] == a) {
		t.Errorf("%q: leader statements %q, want %q and %q", page, got, a, b)
	}
}
