package generate

import "testing"

// TestOpeningTimeFrame: a count's time frame opening its sentence, no
// date of the fact list, is kept when the article gives another figure
// of the same noun (timeframe.go).
func TestOpeningTimeFrame(t *testing.T) {
	tests := []countOffer{
		{"a weekday frame beside a running total",
			"Governor Ana Lind has signed 480 bills into law since the session ended. On Friday, she signed 126 bills, with three days left to sign or veto the rest.",
			"How many bills did Ana Lind sign on Friday?", "126", []string{"How many bills did Ana Lind sign?"}},
		{"last week",
			"The Vell clinic has treated 2,400 patients since it opened. Last week, the clinic treated 310 patients.",
			"How many patients did the clinic treat last week?", "310", []string{"How many patients did the clinic treat?"}},
	}
	checkCountOffers(t, tests)
	checkCountOffersOff(t, tests, &timeFrameOff)
}
