package generate

import (
	"strings"
	"testing"
)

// offeredPrompts gives every prompt the writer offers for an article.
func offeredPrompts(t *testing.T, article string) []string {
	t.Helper()
	w := writeAll(t, article)
	var out []string
	for _, c := range w.offered {
		out = append(out, c.q.Prompt)
	}
	return out
}

// checkOffered fails when a prompt holding bad is offered, or when no
// prompt holds good ("" for none wanted).
func checkOffered(t *testing.T, article, good, bad string) {
	t.Helper()
	ps := offeredPrompts(t, article)
	found := good == ""
	for _, p := range ps {
		if bad != "" && strings.Contains(p, bad) {
			t.Errorf("offered %q", p)
		}
		found = found || strings.Contains(p, good)
	}
	if !found {
		t.Errorf("no prompt with %q among %q", good, ps)
	}
}

// TestQuotedSentenceStart (quotedstart.go): a subject that opens a quoted
// sentence loses its style-only capital in the question; a name keeps it.
func TestQuotedSentenceStart(t *testing.T) {
	tests := []struct{ article, good, bad string }{
		{"Harbour line opens to passengers\n\nOpening the new station, the transport minister said, \"The government created a rail authority in 2014 to rebuild the harbour line.\" Trains will run every hour.\n",
			"When did the government create a rail authority?", "did The government"},
		{"Harbour line opens to passengers\n\nOpening the new station, the transport minister said, “The council approved the plan in 2016 after a long debate.” Trains will run every hour.\n",
			"When did the council approve the plan?", "did The council"},
		{"Harbour line opens to passengers\n\nOpening the new station, the transport minister said, \"Anna Brandt approved the plan in 2016 after a long debate.\" Trains will run every hour.\n",
			"When did Anna Brandt approve the plan?", "did anna"},
	}
	for _, tc := range tests {
		checkOffered(t, tc.article, tc.good, tc.bad)
	}
}

// TestGappedCountCut (gappedcount.go): a second count listed after the
// asked one, its verb said once, is cut from the question.
func TestGappedCountCut(t *testing.T) {
	tests := []struct{ rest, want string }{
		{"over armed robbery and one suspect over kidnapping", "over armed robbery"},
		{"in Gao , and 12 in Kidal", "in Gao"},
		{"in the north and the south", "in the north and the south"},
		{"in 2019 and 2020", "in 2019 and 2020"},
		{"over two days and nights", "over two days and nights"},
	}
	for _, tc := range tests {
		if got := joinTokens(gappedCountCut(tokenize(tc.rest))); got != tc.want {
			t.Errorf("gappedCountCut(%q) = %q, want %q", tc.rest, got, tc.want)
		}
	}
	article := "Police arrest suspects in Jos\n\nThe police commissioner said on Monday that four suspects were arrested over cattle theft and one suspect over arson in the state. Investigations are continuing.\n"
	checkOffered(t, article, "How many suspects were arrested over cattle theft?", "")
}

// TestRelativePrepCut (relativeprep.go): a relative clause opened by a
// preposition is cut before the preposition, not after it.
func TestRelativePrepCut(t *testing.T) {
	tests := []struct{ rest, want string }{
		{"saved by an agreement under which staff will work unpaid hours", "saved by an agreement"},
		{"hurt in a crash in which two buses collided", "hurt in a crash"},
		{"killed in a fire which spread quickly", "killed in a fire"},
		{"injured in that town", "injured in that town"},
	}
	for _, tc := range tests {
		if got := joinTokens(subjectRestCut(tokenize(tc.rest))); got != tc.want {
			t.Errorf("subjectRestCut(%q) = %q, want %q", tc.rest, got, tc.want)
		}
	}
}

// TestBecauseOfExcerpt (becauseof.go): "because of" opens a phrase, not a
// clause: a long quotation's excerpt is the clause before it, whole, never
// the phrase after it cut to "of …".
func TestBecauseOfExcerpt(t *testing.T) {
	tests := []struct{ words, want string }{
		{"The plan to close the depot at our city site was a hard one because of its cost to our loyal drivers who live there",
			"The plan to close the depot at our city site was a hard one"},
	}
	for _, tc := range tests {
		if got := quoteExcerpt(tc.words, tokenize(tc.words), "Maria Ostrova"); got != tc.want {
			t.Errorf("quoteExcerpt(%q) = %q, want %q", tc.words, got, tc.want)
		}
	}
	article := "Cannery to close\n\nThe company said it would close its riverside cannery in March.\n\n“The plan to close the old cannery at our riverside site was a very hard choice because of its effect on our loyal workers who live nearby,” Maria Ostrova, vice president of operations, said in a statement.\n"
	checkOffered(t, article, "", "“of its")
}
