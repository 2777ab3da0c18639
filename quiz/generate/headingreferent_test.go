package generate

import "testing"

// TestHeadingReferent: on a page of short lives, the name heading a
// section is the referent of the first "He" or "She" under it, across a
// bracketed line of birth and death and a line opening on its verb; a
// heading that is an office, a section's name, or a name the article
// never writes again, is no one's.
func TestHeadingReferent(t *testing.T) {
	const top = "Past Conductors\n\nThe city orchestra has had four conductors since 1950.\n\n"
	const tail = "\n\nIn 1970 Cole left the city orchestra for a post in Vienna."
	checkReferents(t, []referentCase{
		{"name, then he", top + "Tom Cole\n\nHe joined the city orchestra in 1958. He was named director on 3 May 1964." + tail, "director", "Tom Cole"},
		{"name, birth line, then he", top + "Tom Cole\n\n(Born in Leeds on 3 May 1931 - 9 June 2001.)\n\nHe joined the city orchestra in 1958." + tail, "joined", "Tom Cole"},
		{"name, verb line, then he", top + "Tom Cole\n\nWas the first Director of the City Orchestra (1958 - 1970).\n\nHe joined the city orchestra in 1958." + tail, "joined", "Tom Cole"},
		{"second section", top + "Tom Cole\n\nHe joined the city orchestra in 1958." + tail + "\n\nDana Reeve\n\nShe joined the city orchestra in 1971. Reeve left in 1990.", "1971", "Dana Reeve"},
		// Refused.
		{"an office heading", top + "Principal Conductor\n\nHe joined the city orchestra in 1958." + tail, "joined", ""},
		{"a section's heading", top + "Early Years\n\nHe joined the city orchestra in 1958." + tail, "joined", ""},
		{"a name never written again", top + "Sam Hart\n\nHe joined the city orchestra in 1958." + tail, "joined", ""},
		{"a verb line naming someone", top + "Tom Cole\n\nWas taught by Sam Hart in Leeds.\n\nHe joined the city orchestra in 1958." + tail, "joined", ""},
		{"a birth line with a pronoun", top + "Tom Cole\n\n(Born in Leeds, where his father taught.)\n\nHe joined the city orchestra in 1958." + tail, "joined", ""},
	})
}
