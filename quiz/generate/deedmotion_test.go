package generate

import (
	"strings"
	"testing"
)

func TestMotionDeed(t *testing.T) {
	for _, c := range []struct {
		action string
		want   bool
	}{
		{"arrived in the Capitol", true},
		{"came to Leeds", true},
		{"went to Harbour Lights directed by Ana Ruiz", true},
		{"returned to the chamber", true},
		// A motion with a purpose, or a deed that is no motion, is asked.
		{"went to Leeds to sign the lease", false},
		{"flew in from Oslo for the talks", false},
		{"cast the deciding vote", false},
		{"quickly left the scene to go to a hospital", false},
		{"won the tournament for a record fourth time", false},
	} {
		if got := motionDeed(c.action); got != c.want {
			t.Errorf("motionDeed(%q) = %v, want %v", c.action, got, c.want)
		}
	}
}

// councilArticle: the mayor arriving at the hall is what everyone at the
// vote did; the deciding vote is hers alone.
const councilArticle = "Harbour plan passes on mayor's vote\n\n" +
	"The Kelsey town council approved the harbour plan on Tuesday night after a tied vote of 6 to 6.\n\n" +
	"Mayor Ruth Ellery, who arrived in the council chamber shortly after 9 p.m., cast the deciding vote.\n\n" +
	"Councillor Peter Vance voted against the plan and warned that the cost would rise.\n\n" +
	"Councillor Hana Obi backed the plan and praised the fishermen for their patience.\n\n" +
	"Councillor Tom Reyes opened the debate with a long speech on the old harbour wall."

// TestMotionDeedNotAsked: the writer does not ask who arrived in the chamber.
func TestMotionDeedNotAsked(t *testing.T) {
	res, err := FromText("", councilArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range prompts(res) {
		if strings.Contains(p, "arrived") {
			t.Errorf("asked %q", p)
		}
	}
	t.Log(prompts(res))
}
