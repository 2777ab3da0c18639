package generate

import "testing"

// TestFrontedIt: "it" before a past verb, or a possessive after the
// opening's comma, needs the sentence before and is not copied alone; an
// "it" of being or seeming, and a possessive inside the opening before
// the subject it stands for, read alone.
func TestFrontedIt(t *testing.T) {
	checkStandsAlone(t, []standsAloneCase{
		{"From 1998 to 2012 it hosted the Valley Cup relay every spring.", false},
		{"In its June update it said 214 patients were in the valley hospital.", false},
		{"On the 4th of May 1702, their great fleet sailed past the harbour walls.", false},
		{"In 2010 it was decided that the Valley Cup relay would move to Saltby.", true},
		{"By noon it seemed that 214 patients had left the valley hospital.", true},
		{"In its June update, the health agency said 214 patients were in hospital.", true},
		{"From 1998 to 2012 the town hosted the Valley Cup relay every spring.", true},
		{"On the 4th of May 1702, the great fleet sailed past the harbour walls.", true},
	})
}
