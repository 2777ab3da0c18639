package generate

import "testing"

// TestSpeakerAfterForce: a "Force" closes the name of a body ("Defence
// Force", "Air Force"), so a person named right after it ("Defence Force
// Tom Vesey") is Tom Vesey, and the quotation is his, not "Force Tom
// Vesey"'s.
func TestSpeakerAfterForce(t *testing.T) {
	text := `Merrow beat Defence Force in the cup final

Merrow won the cup final 2-1 against Defence Force on Friday night.

Defence Force Tom Vesey was disappointed with the result but praised his players.

“It was a close game and we gave everything we had,” said Vesey.`
	toks := tokenize(text)
	fs, _ := findQuotes(text, splitSentences(text, toks), nil)
	if len(fs) != 1 {
		t.Fatalf("%d quotations found, want 1", len(fs))
	}
	if fs[0].Speaker != "Tom Vesey" {
		t.Errorf("speaker %q, want Tom Vesey", fs[0].Speaker)
	}
}
