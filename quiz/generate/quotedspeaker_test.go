package generate

import "testing"

// TestReferentSpeakerAfterQuotation: a quotation closed by "said" and the
// speaker's name ("“…,” said Reeve.") names the one person a "She" in
// the next sentence stands for, the quotation one sentence or several;
// a second speaker, a person in the speaker's description, or no
// quotation before the verb refuses.
func TestReferentSpeakerAfterQuotation(t *testing.T) {
	const she = " She was named the orchestra director on 3 May 2004."
	checkReferents(t, []referentCase{
		{"one sentence quoted", "Dana Reeve joined the orchestra in 1998. “The hall is cold,” said Reeve." + she, "director", "Dana Reeve"},
		{"several sentences quoted", "Dana Reeve joined the orchestra in 1998. “The hall is cold. We played well all the same,” said Reeve." + she, "director", "Dana Reeve"},
		{"the full name", "“The hall is cold. We played well all the same,” said Dana Reeve." + she, "director", "Dana Reeve"},
		{"the speaker, not the person named before", "Dana Reeve joined the orchestra in 1998. “The hall is cold,” said Ann Hart." + she, "director", "Ann Hart"},
		// Refused.
		{"two speakers", "“The hall is cold,” said Dana Reeve and Ann Hart." + she, "director", ""},
		{"the speaker names someone after", "“The hall is cold,” said Dana Reeve, the sister of Ann Hart." + she, "director", ""},
		{"no quotation before the verb", "Dana Reeve joined the orchestra in 1998. The manager said Reeve." + she, "director", ""},
	})
}
