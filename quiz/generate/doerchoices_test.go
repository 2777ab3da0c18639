package generate

import (
	"slices"
	"testing"
)

func TestDeedKeysLeaveOutPossessives(t *testing.T) {
	cases := []struct {
		action string
		want   []string
	}{
		{"met Wang Yi in Bangkok", []string{"wang", "bangkok"}},
		{"held a referendum on independence", []string{"referendum", "independence"}},
		{"forced his way over for a try", []string{"way", "try"}},
		{"scored second-half tries", []string{"second", "half", "try"}},
		{"resigned", nil},
	}
	for _, c := range cases {
		if got := deedKeys(c.action); !slices.Equal(got, c.want) {
			t.Errorf("deedKeys(%q) = %q, want %q", c.action, got, c.want)
		}
	}
}

func TestWordStem(t *testing.T) {
	for in, want := range map[string]string{"tries": "try", "referendums": "referendum", "try": "try", "press": "press", "bonus": "bonus", "was": "was"} {
		if got := wordStem(in); got != want {
			t.Errorf("wordStem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeyBesideName(t *testing.T) {
	cases := []struct {
		sent, name string
		keys       []string
		want       bool
	}{
		// A plural finds the deed's singular.
		{"cory hill and josh adams scored second half tries", "josh adams", []string{"way", "try"}, true},
		// The title before the name is no deed of his.
		{"vice president andrew johnson was there", "andrew johnson", []string{"president"}, false},
		{"abraham lincoln the 16th president dies", "abraham lincoln", []string{"president"}, true},
		// A sentence that does not name the person says nothing of him.
		{"booth entered the box", "andrew johnson", []string{"box"}, false},
		{"bosnia held its own referendum", "bosnia", []string{"referendum"}, true},
	}
	for _, c := range cases {
		if got := keyBesideName(c.sent, c.name, c.keys); got != c.want {
			t.Errorf("keyBesideName(%q, %q, %q) = %v, want %v", c.sent, c.name, c.keys, got, c.want)
		}
	}
}

func TestSharesNameWord(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool
	}{
		{"House Republicans", "Republicans", true},
		{"Labour Party", "Which organisation took the Wellington Central electorate from Labour?", true},
		{"House Democrats", "Republicans", false},
		{"The Greens", "The Labour Party", false},
		{"National Party", "Which organisation took the electorate from Labour?", false},
	}
	for _, c := range cases {
		if got := sharesNameWord(c.name, c.text); got != c.want {
			t.Errorf("sharesNameWord(%q, %q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

func TestAfterTitleWords(t *testing.T) {
	for in, want := range map[string]string{
		"City Councilman Ron Nirenberg": "Ron Nirenberg",
		"Ron Nirenberg":                 "Ron Nirenberg",
		"Prosecutor Tom Van De Rostyne": "Tom Van De Rostyne",
		"Councilman Nirenberg":          "",
		"":                              "",
	} {
		if got := afterTitleWords(in); got != want {
			t.Errorf("afterTitleWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAfterTitleWordsSpacing: a name without a title comes back as
// strings.Fields and one space would write it, however it was spaced.
func TestAfterTitleWordsSpacing(t *testing.T) {
	for in, want := range map[string]string{
		"Ron Nirenberg":           "Ron Nirenberg",
		"Ron  Nirenberg":          "Ron Nirenberg",
		" Ron Nirenberg":          "Ron Nirenberg",
		"Ron\u00a0Nirenberg":      "Ron Nirenberg",
		"Ann  Lee\tSmith":         "Ann Lee Smith",
		"Ron":                     "",
		"City Councilman Ron Lee": "Ron Lee",
	} {
		if got := afterTitleWords(in); got != want {
			t.Errorf("afterTitleWords(%q) = %q, want %q", in, got, want)
		}
	}
}
