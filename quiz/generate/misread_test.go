package generate

import (
	"strings"
	"testing"
)

// TestMisreadClauses: shapes of real sentences that the clause readers
// misread into questions without sense (judged rejections, rewritten in
// the project's own words). No question offered may hold the misreading.
func TestMisreadClauses(t *testing.T) {
	tests := []struct {
		name, text string
		never      []string
	}{
		{"an aside before who", "Hale has scored nine goals in ten games, much to the delight of coach Dan Price, who replaced Ian Moss in October.",
			[]string{"did much to", "article, much to"}},
		{"led by, a participle", "A team led by the University of Ohio in USA found the tomb of a priest on Tuesday.", []string{"did a team lead"}},
		{"first in a span of years", "Ortiz denied Walsh her first major title in seven years, a win that would have made her the oldest champion.", []string{"how many years"}},
		{"a second count without a comma", "About 800 unwounded prisoners were taken about 900 wounded.", []string{"how many unwounded prisoners were taken about"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := writeAll(t, "Headline of the story\n\n"+tc.text)
			for _, c := range w.offered {
				for _, never := range tc.never {
					if strings.Contains(strings.ToLower(c.q.Prompt), never) {
						t.Errorf("offered %q", c.q.Prompt)
					}
				}
			}
		})
	}
}

// TestFewerWrongReadings checks readings that real pages showed wrong:
// a portfolio does not open on the last word of a name, a company's
// officer gets no "which office" question (no wrong office of a company
// is known), "his" in a clause after "while" is not the clause's own
// subject's, and a capitalised word is never a clause's verb.
func TestFewerWrongReadings(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		forbid string
	}{
		{"portfolio after a name", "The group comprised Environment Minister Ibra Tan, the party whip Mohd Redzuan Md Yusof, Agriculture and Food Industry Minister Ron Kiandee and Trade Minister Tom Hale.",
			"yusof, agriculture"},
		{"company officer's office", "Brill Market Chief Executive Jon Reyes said the deal was fair. Senator Ruth Penn and Governor Carl Ostrow attended.",
			"What office does Jon Reyes"},
		{"his in a while clause", "The boy was raised by a knight, Hugh Dunn, who trained him, while Bishop Ralph Stone oversaw his coronation on 12 May 1302 at Exeter. Senator Ruth Penn and Governor Carl Ostrow attended.",
			"oversee his coronation"},
		{"year of another person's clause, after brackets", "The court said that Senior Judge Ann Cole ordered the release of former Rep. Tom Barr (D-Ohio), who was convicted in 2011, because of a later ruling. Senator Ruth Penn and Governor Carl Ostrow attended.",
			"Ann Cole hold in 2011"},
		{"an entry's fragment", "Scottish painter, born at Perth on the 4th of May 1851, and educated at Perth and Edinburgh. Senator Ruth Penn and Governor Carl Ostrow attended.",
			"Fill in the blank: Scottish painter"},
		{"a judge of a place", "In 1984, Federal Judge Mark Dunn of Nevada was convicted of fraud, and in 1986, Federal Judge Ann Lowe of Iowa was convicted of perjury. Senator Ruth Penn and Governor Carl Ostrow attended.",
			"Nevada's Judge"},
		{"a name is no verb", "The pact was ended by the Harlow Accord, initialled in the United States on 21 November 1995 and signed in Paris on 14 December 1995. Senator Ruth Penn and Governor Carl Ostrow attended.",
			"When did initialled"},
	}
	for _, tc := range tests {
		// Every question offered, not only those the quiz keeps.
		w := writeAll(t, tc.text)
		for _, c := range w.offered {
			if strings.Contains(strings.ToLower(c.q.Prompt), strings.ToLower(tc.forbid)) {
				t.Errorf("%s: offered %q", tc.name, c.q.Prompt)
			}
		}
	}
}
