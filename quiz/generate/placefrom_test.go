package generate

import "testing"

// TestPlaceFrom checks where-questions on a place after "from" and a
// verb of leaving ("From which city did the minister return?"), the
// place after a launch site in the same clause, and the launch sites
// side by side that are never each other's wrong choice; "from" after
// a noun, an origin, a withdrawal, a base form that is a noun, a list,
// and "lifted" without "off" give no such question.
func TestPlaceFrom(t *testing.T) {
	tests := []struct {
		name, text, prompt, answer string
	}{
		{"returned", "The foreign minister returned from Paris on Monday.",
			"From which city did the foreign minister return?", "Paris"},
		{"fled, a country", "The Hale family fled from Syria in 2015.",
			"From which country did the Hale family flee?", "Syria"},
		{"flew back", "The prime minister flew back from Brussels after the summit.",
			"From which city did the prime minister fly back?", "Brussels"},
		{"a launch site", "The rocket lifted off from Vandenberg Space Force Base on Monday.",
			"From where did the rocket lift off?", "Vandenberg Space Force Base"},
		// The Kennedy Space Center and the Cape Canaveral Space Force
		// Station lie beside the cape: two wrong sites are left, too few.
		{"a launch site beside the others", "The rocket lifted off from Cape Canaveral on Monday.", "", ""},
		{"a state after the launch site", "The shuttle Vega was launched from the Ruiz Space Centre in Florida on Monday.",
			"In which state was the shuttle Vega launched?", "Florida"},
		{"an origin", "Tom Hale, a senator from Ohio, spoke on Monday.", "", ""},
		{"a source", "The data from Paris was published on Monday.", "", ""},
		{"a noun before from", "Engineers watched the launch from Cape Canaveral on Monday.", "", ""},
		{"a list", "The rocket lifted off from Cape Canaveral and two other sites.", "", ""},
		{"a withdrawal", "The army withdrew from Slovenia after a ten-day war.", "", ""},
		{"lifted without off", "The council lifted the ban from Paris on Monday.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPlaceQuestion(t, tc.text, tc.prompt, tc.answer, nil) })
	}
}
