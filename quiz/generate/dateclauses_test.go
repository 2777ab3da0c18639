package generate

import "testing"

// TestDateClausesMore: a name after "When" or "After" opening the
// sentence, a date read through "in the early hours of" or "on the
// evening of", a phrase opening on "After" and a verb in -ing, a "who"
// clause after "is a …", and "when he" after a named subject (past an
// age or an address), and "born" and a date after a name and its comma
// each give the date's own question; a quotation, a possessive subject,
// a pronoun with no one named before or with another name before it, "one of … who", an infinitive, and a part of a day
// without its day give none.
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
		{"Ruth Ames is a retired teacher who moved to Dunbar in 1990.",
			"When did Ruth Ames move to Dunbar?"},
		{"Tom Reeve, 38, of Mill Lane, did not enter a plea when he appeared at Leith Sheriff Court on Monday (March 4).",
			"When did Tom Reeve appear at Leith Sheriff Court?"},
		{"Ada Hale was 25 when she was elected to the council in May 1910.",
			"When was Ada Hale elected to the council?"},
		{"The oldest living member of the guild is Ruth Ames, born 24 August 1923.",
			"When was Ruth Ames born?"},
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
		// "one of the five who": the five moved.
		{"Ruth Ames is one of the five teachers who moved to Dunbar in 1990.", ""},
		// An infinitive's date may be its aim.
		{"Ruth Ames is a retired teacher who decided to move to Dunbar in 1990.", ""},
		// Another name before the pronoun, or in the sentence before.
		{"Tom Reeve thanked Sam Cole when he appeared at Leith Sheriff Court on March 4.", ""},
		{"Sam Cole was charged. Tom Reeve did not enter a plea when he appeared at Leith Sheriff Court on March 4.", ""},
		// An aside that is not an age or an address may name someone.
		{"Tom Reeve, a friend of Sam Cole, wept when he appeared at Leith Sheriff Court on March 4.", ""},
		// "born" after no name.
		{"The oldest living member of the guild is a weaver, born 24 August 1923.", ""},
		// A part of a day without its day.
		{"The fire was started in Kelso in the early hours of March 1907.", ""},
	})
}
