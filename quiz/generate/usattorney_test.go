package generate

import "testing"

// TestUSAttorney checks a United States attorney read before the name and
// asked among the district's other federal officers written alike; the
// attorney general, the attorney's office and an assistant are not read.
func TestUSAttorney(t *testing.T) {
	checkFinder(t, usAttorney, []finderCase{
		{"The sentence sends a message, US Attorney Dana Whitfield said on Friday.", "Dana Whitfield", "US Attorney", ""},
		{"The sentence sends a message, U.S. Attorney Dana Whitfield said on Friday.", "Dana Whitfield", "U.S. Attorney", ""},
		{"The sentence sends a message, U.S. Attorney General Dana Whitfield said on Friday.", "", "", ""},
		{"The sentence sends a message, the U.S. Attorney's Office said on Friday.", "", "", ""},
		{"The sentence sends a message, Assistant U.S. Attorney Dana Whitfield said on Friday.", "", "", ""},
	})
	text := "Former official sentenced to 12 years\n\n" +
		"A former city official was sentenced on Friday to 12 years in prison for taking bribes from contractors.\n" +
		"\"The sentence sends a message to anyone who sells a public office,\" US Attorney Dana Whitfield said.\n" +
		"The official must also repay 400,000 dollars, the judge ruled.\n"
	texts, got, ps := officeQuestionChoices(t, text, "Dana Whitfield")
	if !got {
		t.Fatalf("no office question for the US attorney (questions %q)", ps)
	}
	if !containsString(texts, "US Attorney") || !containsString(texts, "US Marshal") || containsString(texts, "Prosecutor") {
		t.Errorf("US attorney's choices %q", texts)
	}
}
