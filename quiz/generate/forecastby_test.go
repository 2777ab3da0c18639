package generate

import "testing"

// TestForecastByQuestions: a forecast with "will" or "could" and
// a date after "by" that closes its clause is asked "By when …?"; a past
// verb, "might" or a long tail after the verb is not.
func TestForecastByQuestions(t *testing.T) {
	const more = " The harbour board met on 3 May 2019. The survey was published in 2021."
	checkCoverageAfter(t, more, []coverageCase{
		{"The study found that there could be almost 900 tonnes of litter in the bay by 2040.", "By when could there be almost 900 tonnes of litter in the bay?", "2040"},
		{"The new ferry line will carry freight to the islands by 2030.", "By when will the new ferry line carry freight to the islands?", "2030"},
		{"Litter rose in the harbour, while the cost of the clean-up will likely far exceed the board's budget by 2035.", "By when will the cost of the clean-up likely far exceed the board's budget?", "2035"},
	}, "By when")
	checkCoverageAfter(t, more, []coverageCase{
		{"The harbour board cleared the beach by 2040.", "", "2040"},
		{"The new ferry line might carry freight to the islands by 2030.", "", "2030"},
		{"The new ferry line will not carry freight to the islands by 2030.", "", "2030"},
		{"The new ferry line will in time carry freight to the islands by 2030.", "", "2030"},
		{"The board said it will carry freight to the islands by 2030.", "", "2030"},
		{"The new ferry line will carry freight by 2030 to the islands.", "", "2030"},
		{"In 2003 a fisherman bet that the ferry line would carry freight to the islands by 2030.", "", "2030"},
	}, "By when", "When ")
}
