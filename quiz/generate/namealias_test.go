package generate

import "testing"

// TestReferentLongOpeningsAndOtherNames: a "He" after a longer opening
// phrase closed by its comma ("After service in the Mexican War, he …");
// a person given with another name of the same surname in brackets
// ("Tom Hale Cole (Thomas Cole, 1901–70)") is one person, and the
// surname alone then stands for the first name; a noun after
// "commissioned" says what the subject became. A person named in the
// opening phrase, a bracket naming someone else, or another person of
// that surname refuse.
func TestReferentLongOpeningsAndOtherNames(t *testing.T) {
	const he = " He was named the orchestra director on 3 May 2004."
	checkReferents(t, []referentCase{
		{"long opening phrase", "Tom Cole joined the orchestra in 1998. After six long years in the navy, he moved to Leeds in 2001.", "Leeds", "Tom Cole"},
		{"long opening phrase with a name", "Tom Cole joined the orchestra in 1998. After service in the Mexican War, he moved to Leeds in 2001.", "Leeds", "Tom Cole"},
		{"another name in brackets", "The second, Tom Hale Cole (Thomas Cole, 1901–70), was a farm boy from Leeds." + he, "director", "Tom Hale Cole"},
		{"the surname alone after the two names", "The second, Tom Hale Cole (Thomas Cole, 1901–70), was a farm boy from Leeds. Cole rose quickly in the orchestra." + he, "director", "Tom Hale Cole"},
		{"commissioned", "Tom Cole joined the army in 1998. Cole was commissioned major general." + he, "director", "Tom Cole"},
		// Refused.
		{"a person in the long opening phrase", "Tom Cole joined the orchestra in 1998. After meeting Sam Hart in the navy, he moved to Leeds in 2001.", "Leeds", ""},
		{"a bracket naming someone else", "The second, Tom Hale Cole (with Sam Hart, 1901–70), was a farm boy from Leeds." + he, "director", ""},
		{"a third person of the surname", "The second, Tom Hale Cole (Thomas Cole, 1901–70), was a farm boy from Leeds. Ann Cole sang in 1950. Cole rose quickly in the orchestra." + he, "director", ""},
		{"the general he met", "Tom Cole joined the army in 1998. Cole met the general." + he, "director", ""},
	})
}
