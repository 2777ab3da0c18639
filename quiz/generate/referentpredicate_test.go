package generate

import "testing"

// TestReferentPredicate: the sentence before may say what its subject is
// after "was a" ("was also a former boxing champion of the county") or
// name an office after "an" ("was made an Honorary Alderman"): neither is
// another person, so "He" or "She" still takes the subject. Someone else
// after the verb, or a person named after "a", still refuses.
func TestReferentPredicate(t *testing.T) {
	const he = " He was named the orchestra director on 3 May 2004."
	const she = " She was named the orchestra director on 3 May 2004."
	checkReferents(t, []referentCase{
		{"what the subject was, after also and modifiers", "Tom Cole, 92, served in the navy and was also a former light heavyweight boxing champion of the county." + he, "director", "Tom Cole"},
		{"what the subject is now", "Dana Reeve is now a retired music teacher." + she, "director", "Dana Reeve"},
		{"an office in capitals after an", "Mr Tom Cole led the city council in 2004 and was later made an Honorary Alderman of the city." + he, "director", "Tom Cole"},
		// Refused.
		{"a champion the subject beat", "Tom Cole beat a former light heavyweight boxing champion of the county in 1998." + he, "director", ""},
		{"a teacher the subject hired", "Dana Reeve hired a retired music teacher from Leeds." + she, "director", ""},
		{"a person named after a", "Tom Cole met a friend, Sam Hart, in 1998." + he, "director", ""},
	})
}

// TestReferentIndefiniteName: a name after "a" that ends on no role is
// still a person ("hired a Sam Hart"), so "He" refuses.
func TestReferentIndefiniteName(t *testing.T) {
	checkReferents(t, []referentCase{
		{"a name after a", "Tom Cole joined the city orchestra in 1998 and hired a Sam Hart. He was named the orchestra director on 3 May 2004.", "director", ""},
	})
}
