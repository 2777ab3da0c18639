package generate

import "testing"

// TestDateClausesMore: a name after "When" or "After" opening the
// sentence, a date read through "in the early hours of" or "on the
// evening of", and a phrase opening on "After" and a verb in -ing each
// give the date's own question; a quotation, a possessive subject, a
// pronoun with no one named before, and a part of a day without its day
// give none.
func TestDateClausesMore(t *testing.T) {
	const tail = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	checkWhenOffered(t, tail, []whenCase{
		{"When Marta Olsen was elected to the board in 1931, three members resigned.",
			"When was Marta Olsen elected to the board?"},
		{"After Abbey Mills closed in 1921, the town lost 300 jobs.",
			"When did Abbey Mills close?"},
		{"The fire was started in Kelso in the early hours of 12th March 1907.",
			"When was the fire started in Kelso?"},
		{"The bell tower collapsed on the evening of 3 June 1887.",
			"When did the bell tower collapse?"},
		{"After leaving the navy in 1877, Tom Reeve opened a boatyard at Leith.",
			"When did Tom Reeve leave the navy?"},
		{"Before joining the council in 1902, Ada Hale taught at the village school.",
			"When did Ada Hale join the council?"},
		{"Tom Reeve was a boatbuilder from Leith. After selling the yard in 1888, he moved to Perth.",
			"When did Tom Reeve sell the yard?"},
	})
	// Without other dates in the article: no When question at all.
	checkWhenOffered(t, " The crossing took nine days. The line had 40 ships.", []whenCase{
		// A possessive's noun is not the one who left.
		{"After leaving the navy in 1877, Tom Reeve's son opened a boatyard.", ""},
		// No one named before the pronoun.
		{"After leaving the navy in 1877, he opened a boatyard at Leith.", ""},
		// Inside a quotation.
		{"“After leaving the navy in 1877, Tom Reeve opened a boatyard,” the guide said.", ""},
		// "Britain's army" is no name.
		{"When Britain's army landed in 1915, the port was closed.", ""},
		// A part of a day without its day.
		{"The fire was started in Kelso in the early hours of March 1907.", ""},
	})
}
