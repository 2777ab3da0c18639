package generate

import (
	"strings"
	"testing"
)

func TestSharedDeed(t *testing.T) {
	cases := []struct {
		action string
		want   bool
	}{
		{"welcomed the truce", true},
		{"praised the agreement in a radio address", true},
		{"watched from the stands", true},
		{"will back the plan", false}, // "back" is not a past reaction
		{"condemned the attack", true},
		// A reaction to something named, and other deeds, are asked.
		{"welcomed Li on his first visit abroad", false},
		{"praised the 300 volunteers", false},
		{"chaired the final session of the talks", false},
		{"signed the truce for the northern faction", false},
	}
	for _, c := range cases {
		if got := sharedDeed(c.action); got != c.want {
			t.Errorf("sharedDeed(%q) = %v, want %v", c.action, got, c.want)
		}
	}
}

// truceArticle: the envoy welcomed the truce and the farmers' leader
// praised it; "Who welcomed the truce?" offering her has two right
// answers.
const truceArticle = "Rival factions agree truce in Marovia\n\n" +
	"The two rival factions of Marovia signed a truce in Kessel on Wednesday after nine days of talks.\n\n" +
	"General Osei Brandt signed the truce for the northern faction at the old customs house in Kessel.\n\n" +
	"Regional envoy Hana Lindqvist chaired the final session of the talks.\n\n" +
	"UN envoy Pavel Moreau welcomed the truce and said monitors would arrive within a week.\n\n" +
	"Farmers' leader Tove Halden praised the agreement in a radio address.\n\n" +
	"Marovia has seen four earlier truces collapse since 2015."

// TestSharedDeedNotAsked: the reactions to the truce are not asked; the
// chair of the talks is.
func TestSharedDeedNotAsked(t *testing.T) {
	res, err := FromText("", truceArticle)
	if err != nil {
		t.Fatal(err)
	}
	chaired := false
	for _, p := range prompts(res) {
		if strings.HasPrefix(p, "Who welcomed") || strings.HasPrefix(p, "Who praised") {
			t.Errorf("asked %q", p)
		}
		chaired = chaired || strings.HasPrefix(p, "Who chaired the final session")
	}
	if !chaired {
		t.Errorf("the chair is not asked: %q", prompts(res))
	}
}
