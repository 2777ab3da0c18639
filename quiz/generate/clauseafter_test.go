package generate

import (
	"strings"
	"testing"
)

// TestClauseAfter: a main clause and a clause of its own subject opened
// by "after", "while" or "whereas" are cut there for a clause statement;
// "after being …", "after the storm" and a list of nouns are not.
func TestClauseAfter(t *testing.T) {
	tests := []struct {
		sentence string
		at       string // the word the sentence is cut at; "" for none at a subordinator
	}{
		{"In May, the governor closed the harbour after the port council rejected three plans proposed by the mayor.", "after"},
		{"As of Friday, 400 families were sheltered in schools, while another 120 families were staying with relatives.", "while"},
		{"The north reported 300 cases of measles, whereas the south counted 45 cases in the same month.", "whereas"},
		{"Ray was elected governor in 1968 and served 14 years after being re-elected four times.", ""},
		{"The port council met in Vell after the storm of 2019 to rebuild 40 homes.", ""},
		{"The museum opened 12 rooms in May while visiting experts studied the paintings.", ""},
		{"The council closed 12 schools in Vell two days after the storm destroyed the bridge on Monday.", ""},
		{"The council closed 12 schools in Vell shortly after the storm destroyed the bridge on Monday.", ""},
		{"The council rebuilt the bridge in Vell a century after the storm destroyed the old bridge in 1890.", ""},
		{"The council rebuilt the bridge in Vell a millennium after the Romans built the first bridge there.", ""},
		{"The council rebuilt the bridge in Vell a day after the storm destroyed the old bridge on Monday.", ""},
	}
	for _, tc := range tests {
		text := "Storm Alda hit the coast of Norland on Monday.\n\n" + tc.sentence + "\n\nSchools in Vell stayed closed."
		w := articleWriter(text, "Quiz")
		si := -1
		for i, s := range w.sents {
			if n := len(s.toks); n > 0 && w.text[s.toks[0].start:s.toks[n-1].end] == tc.sentence {
				si = i
			}
		}
		if si < 0 {
			t.Fatalf("%q: sentence not found", tc.sentence)
		}
		cut, ok := w.twoClauses(si)
		got := ""
		if ok && subordinateJoin(w.sents[si].toks, cut.k) {
			got = w.sents[si].toks[cut.k].lower()
		}
		if got != tc.at {
			t.Errorf("%q: cut at %q, want %q", tc.sentence, got, tc.at)
		}
	}
	// Both facts of the first sentence asked, neither copy showing the other.
	res, err := FromText("Quiz", "Storm Alda hit the coast of Norland on Monday.\n\nIn May, the governor closed the harbour after the port council rejected three plans proposed by the mayor.\n\nSchools in Vell stayed closed.")
	if err != nil {
		t.Fatal(err)
	}
	got := prompts(res)
	var clause, count bool
	for _, p := range got {
		clause = clause || strings.HasPrefix(p, "According to the article, in ") && strings.HasSuffix(p, ", the governor closed the harbour.")
		count = count || p == "How many plans proposed by the mayor did the port council reject?"
	}
	if !clause || !count {
		t.Errorf("want the main clause's statement and the count's question: %q", got)
	}
}
