package generate

import "testing"

// TestReferentIdentity: a sentence whose described subject is a person's
// role and whose "was" names who that is ("the youngest mayor since 1900
// was Tom Cole, …") gives its name to the next "He"; a clause or a verb
// inside the subject, a subject that is no person, or another person
// named still refuses.
func TestReferentIdentity(t *testing.T) {
	const he = " He was born on 19 April 1859 in the town."
	checkReferents(t, []referentCase{
		{"the role, a phrase of since, then the name", "Before the election of 2015, the youngest mayor since the Town Act of 1832 was Tom Cole who was elected on 25 June 1880." + he, "born", "Tom Cole"},
		{"the role is the name", "The town held its first election in 1880. The first mayor of the town was Tom Cole." + he, "born", "Tom Cole"},
		// Refused.
		{"a clause inside the subject", "The man who beat the mayor was Tom Cole." + he, "born", ""},
		{"no person's role", "The best album of the year was Tom Cole." + he, "born", ""},
		{"another person named", "The first mayor of the town was Tom Cole, who beat Sam Hart in 1880." + he, "born", ""},
	})
}
