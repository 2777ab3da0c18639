package generate

import (
	"strings"
	"testing"
)

// TestTallies covers the value of a tally named before its figure
// (round 11, development set 13): "the number of" before a name and its
// plural, and "stand at"; beside look-alikes that stay no count.
func TestTallies(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The total number of measles cases is now up to 312, officials said.", "312 measles cases"},
		{"The number of Ebola infections has reached 97 in the province.", "97 Ebola infections"},
		{"As of Friday evening, cumulative confirmed cases stand at 61, the ministry said.", "61 cumulative confirmed cases"},
		{"Recorded deaths stood at 19 on Monday.", "19 recorded deaths"},
		{"The share of voters stood at 40 in the last poll.", ""},
		{"Temperatures stood at 38 in the capital.", ""},
		{"The number of Smith stood at 12.", ""},
		// A verb after the plural ends the counted noun.
		{"In May, five nations joined forces against the duke.", "5 nations"},
		{"In May, seven ships carrying grain reached the port.", "7 ships"},
		{"In May, five armed groups signed the truce.", "5 armed groups"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Count), "|")
		if got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestOrdinalTallies covers a winner's tally written as an ordinal
// (development set 13's tennis pages): found after her, his or a name's,
// asked as the count it claims, and refused where the ordinal counts
// part of a career or no tally at all.
func TestOrdinalTallies(t *testing.T) {
	found := []struct{ in, want string }{
		{"The win gave Halep her second Grand Slam singles title.", "2 Grand Slam singles titles"},
		{"Djokovic's 24th major came in New York.", "24 majors"},
		{"She won her 15th Grand Slam as she beat Azarenka.", "15 Grand Slams"},
		{"Kane scored his 213th goal for the club on Sunday.", ""}, // "for the club": part of a career
		{"She won her third title of the year in Rome.", ""},
		{"He began his second term in March.", ""},
		{"The third summit opened in Hanoi.", ""},
		{"Her first title came in 2019.", ""},
	}
	for _, tc := range found {
		got := strings.Join(factTexts(tc.in, Count), "|")
		if got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
	checkCountOffers(t, []countOffer{
		{"her, after the name", "Simona Halep beat a local wildcard in Paris. The win gave Halep her second Grand Slam singles title.",
			"How many Grand Slam singles titles has Simona Halep won, according to the article?", "2", nil},
		{"a name's", "Novak Djokovic won in four sets. Djokovic's 24th major came in New York.",
			"How many majors has Novak Djokovic won, according to the article?", "24", nil},
		{"the subject", "Iga Swiatek won her fourth French Open title on Saturday.",
			"How many French Open titles has Iga Swiatek won, according to the article?", "4", nil},
		{"two people of one surname", "Venus Williams lost early. Serena Williams reached the final, and the win gave Williams her sixth Wimbledon title.",
			"", "", []string{"How many"}},
		{"another name before his", "Federer beat Nadal for his 20th major title.",
			"", "", []string{"How many"}},
		{"in a quotation", `"It is my fifth title," said Iga Swiatek, "and my fourth French Open title."`,
			"", "", []string{"How many"}},
	})
}
