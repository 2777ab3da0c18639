package generate

import (
	"factquiz/quiz"
	"slices"
	"strings"
	"testing"
)

// A place a photo caption names first is found on the story's mention of
// it, so that a question can be asked there; a place only the caption
// names still counts, from the caption.
func TestCaptionPlaceMovesToStory(t *testing.T) {
	const caption = "Marta Silva (L) greets Ana Costa at the Estadio da Luz in Lisbon, Portugal on May 2, 2024. (Photo by JOAO REIS / AFP)\n\n"
	cases := []struct {
		name, text string
		want       []string // "Place|its sentence's first 12 bytes"
	}{
		{"story names the city again", caption + "Silva won her third title in Lisbon on Saturday.",
			[]string{"Portugal|Marta Silva ", "Lisbon|Silva won he"}},
		{"only the caption names it", caption + "Silva won her third title on Saturday.",
			[]string{"Lisbon|Marta Silva ", "Portugal|Marta Silva "}},
	}
	for _, c := range cases {
		text := headlineLine + c.text
		var got []string
		for _, f := range extract(text, splitSentences(text, tokenize(text))) {
			if f.Kind == Place {
				got = append(got, f.Place+"|"+f.Sentence[:min(12, len(f.Sentence))])
				if text[f.Start:f.End] != f.Text {
					t.Errorf("%s: place %q is not text[%d:%d]", c.name, f.Place, f.Start, f.End)
				}
			}
		}
		if strings.Join(got, ", ") != strings.Join(c.want, ", ") {
			t.Errorf("%s: places\n%q\nwant\n%q", c.name, got, c.want)
		}
	}
}

// TestSentenceCaseHeadline: a first line in sentence case without a full
// stop, before a line that plainly opens a sentence, is the headline; a
// first line of prose wrapped before its end runs on.
func TestSentenceCaseHeadline(t *testing.T) {
	tests := []struct {
		text     string
		headline string // the first sentence when it is a headline, "" when none is
	}{
		{"Minister to visit Lima this month to prepare for trade talks\nIn April this year, the two countries said they would meet again.",
			"Minister to visit Lima this month to prepare for trade talks"},
		{"Floods close roads across the north as rivers rise\nThe river burst its banks on Monday night.",
			"Floods close roads across the north as rivers rise"},
		// Wrapped prose: the line ends on a word that goes on.
		{"The minister will visit Lima this month to prepare for the\nThe talks open in May.", ""},
		{"The minister will visit Lima this month, and\nIn May the talks open.", ""},
		// The next line does not open a sentence plainly.
		{"Minister to visit Lima this month to prepare for trade talks\nLima is the capital.", ""},
	}
	for _, tc := range tests {
		sents := splitSentences(tc.text, tokenize(tc.text))
		got := ""
		if len(sents) > 1 && sents[0].headline {
			got = tc.text[sents[0].start:sents[0].end]
		}
		if got != tc.headline {
			t.Errorf("%q: headline %q, want %q", tc.text, got, tc.headline)
		}
	}
}

// TestPromptsWithoutLineBreaks: a page's hard line breaks inside a
// sentence are no part of any question's prompt; the evidence keeps them.
func TestPromptsWithoutLineBreaks(t *testing.T) {
	const text = "Grants for clinics\n\nThe health department will award $64 million in new grants to\n12 states and one territory to build clinics, officials said on Monday.\n"
	w := writerFor(text)
	fi := slices.IndexFunc(w.facts, func(f Fact) bool { return strings.Contains(f.Sentence, "\n") })
	if fi < 0 {
		t.Fatalf("no fact on the broken sentence: %+v", w.facts)
	}
	blank := "Fill in the blank: " + strings.Replace(w.facts[fi].Sentence, w.facts[fi].Text, "_____", 1)
	if !w.add(fi, quiz.Question{Type: quiz.Single, Prompt: blank}, "x", []string{"y", "z", "w"}, "t") {
		t.Fatalf("%q not added", blank)
	}
	c := w.offered[len(w.offered)-1]
	if strings.ContainsAny(c.q.Prompt, "\n\r\t") || !strings.Contains(c.q.Prompt, "grants to 12") && !strings.Contains(c.q.Prompt, "grants to _____") {
		t.Errorf("prompt %q", c.q.Prompt)
	}
	if !strings.Contains(c.q.Evidence, "\n") {
		t.Errorf("evidence %q lost its line break", c.q.Evidence)
	}
}

// TestEndsOnAbbreviation: a prompt ending on a word that opens a name or
// a date was cut at its full stop; a prompt ending on a name is whole.
func TestEndsOnAbbreviation(t *testing.T) {
	for _, tc := range []struct {
		prompt string
		want   bool
	}{
		{"More than how many cases have been reported from St?", true},
		{"Who was treated by Dr?", true},
		{"When did the talks open in Sept?", true},
		{"How many cases have been reported from St Michael's?", false},
		{"How many cases were reported in Bremerton?", false},
		{"Who founded Apple Inc?", false},
	} {
		if got := endsOnAbbreviation(tc.prompt); got != tc.want {
			t.Errorf("endsOnAbbreviation(%q) = %v, want %v", tc.prompt, got, tc.want)
		}
	}
}

// TestSpeakerWithoutCouncilTitle: "Council Member Tag Green said" is
// offered as Tag Green.
func TestSpeakerWithoutCouncilTitle(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Member Tag Green", "Tag Green"},
		{"Council Member Ann Lee", "Ann Lee"},
		{"Councilwoman Ann Lee", "Ann Lee"},
		{"Ann Lee", "Ann Lee"},
	} {
		if got := withoutTitle(tc.in); got != tc.want {
			t.Errorf("withoutTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
