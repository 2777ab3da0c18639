package generate

import "testing"

// TestSpeakerBeforeDash: a name, a dash, a short title and an aside set
// off by commas before a speech verb ("Ann Reyes — the Harbour Trust's
// Board Chair, speaking after the vote, said:") names the speaker; a
// dash followed by a clause, or no name before the dash, does not.
func TestSpeakerBeforeDash(t *testing.T) {
	cases := []struct {
		sentence, speaker string
	}{
		{`Ann Reyes — Harbour Trust’s Board Chair, speaking after the vote, said: “The trust ran a careful and open process to weigh every offer for the slipway.”`, "Ann Reyes"},
		{`Owen Pryce — Chief Executive of Merrow Sailing, commenting on the sale, said: “The new owners will keep every boat and every member of staff this winter.”`, "Owen Pryce"},
		{`Ann Reyes — who chaired the trust for ten years, speaking after the vote, said: “The trust ran a careful and open process to weigh every offer for the slipway.”`, ""},
		{`On Monday — Board Chair, speaking after the vote, said: “The trust ran a careful and open process to weigh every offer for the slipway.”`, ""},
	}
	for _, c := range cases {
		text := "Merrow sailing club sold to new owners\n\nThe Merrow sailing club was sold to a group of local families on Monday for £2 million.\n\n" + c.sentence
		got := ""
		for _, f := range extract(text, splitSentences(text, tokenize(text))) {
			if f.Kind == Quote {
				got = f.Speaker
			}
		}
		if got != c.speaker {
			t.Errorf("%q: speaker %q, want %q", c.sentence, got, c.speaker)
		}
	}
}
