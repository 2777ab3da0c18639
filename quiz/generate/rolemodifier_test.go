package generate

import "testing"

// TestReferentPastThingsAndOpenings: a "He" or "She" stands for the
// subject of the sentence before when that sentence speaks of no one
// else: a role noun used as a thing or a modifier ("a coach containing
// 40 pupils", "head injuries", "the general election") is no one; a
// subject after an adverb and an opening phrase ("However, after seeing
// the plans in 2015, Cole …") is read as the subject. A role noun that is
// a person ("a new coach", "the head of the school", "the coach who …"),
// or a second name, still refuses.
func TestReferentPastThingsAndOpenings(t *testing.T) {
	const he = " He was sentenced at Leeds Crown Court on 3 May 2004."
	const she = " She was named the orchestra director on 3 May 2004."
	checkReferents(t, []referentCase{
		{"a coach that is a bus", "Tom Cole joined the orchestra in 1998. Cole narrowly avoided a collision with a coach containing 40 pupils." + he, "Crown Court", "Tom Cole"},
		{"head injuries", "Tom Cole joined the orchestra in 1998. Cole left a cyclist with head injuries in the crash." + he, "Crown Court", "Tom Cole"},
		{"the general election", "Dana Reeve joined the orchestra in 1998. Reeve lost her seat at the general election." + she, "director", "Dana Reeve"},
		{"adverb, then an opening phrase", "Dana Reeve joined the orchestra in 1998. However, after seeing the plans in 2015, Reeve questioned the route." + she, "director", "Dana Reeve"},
		{"adverb, then a short opening phrase", "Dana Reeve joined the orchestra in 1998. Meanwhile, in 2015 Reeve questioned the route." + she, "director", "Dana Reeve"},
		// Refused.
		{"a new coach", "Tom Cole joined the club in 1998. Cole hired a new coach." + he, "Crown Court", ""},
		{"the head of the school", "Tom Cole joined the club in 1998. Cole thanked the head of the school." + he, "Crown Court", ""},
		{"the coach who", "Tom Cole joined the club in 1998. Cole thanked the coach who trained him." + he, "Crown Court", ""},
		{"the chief executive", "Tom Cole joined the club in 1998. Cole met the chief executive." + he, "Crown Court", ""},
		{"a second name in the opening phrase", "Dana Reeve joined the orchestra in 1998. However, after Ann Hart saw the plans in 2015, Reeve questioned the route." + she, "director", ""},
	})
}
