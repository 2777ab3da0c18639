package generate

import (
	"strings"
	"testing"
)

// TestSetFiveCauses checks the causes of held-out set 5's rejected
// questions (docs/generator.md), each in the project's own sentences: a
// bracket inside a quotation keeps its spacing, a deputy is no holder of
// the office, a year in another person's relative clause does not date a
// leader, a count's clause is not cut inside a relative clause, a
// quotation closed by a straight quote ends its paragraph's sentence,
// "whilst" opens a clause, a dateline closed by a colon after its agency
// is furniture, and a company is not asked among people.
func TestSetFiveCauses(t *testing.T) {
	const people = " Mayor Tim Alder, Senator Ruth Penn and Governor Carl Ostrow attended."
	tests := []struct {
		name   string
		text   string
		want   string // a prompt that must be written, or ""
		answer string
		forbid string // no prompt may contain this
		apart  string // two words no sentence of a fact may hold both of
	}{
		{"bracket in a quotation", "\"It is the worst flood since the [1953] surge on this coast,\" said Helen Marsh, the agency's chief scientist.\n\nHelen Marsh said the barrier would hold. \"We are ready,\" said Paul Ince, the town's engineer." + people,
			"", "", "the[ ", ""},
		{"bracket in a quotation, parentheses", "\"The judges were pleased with the finalists (and winners) this year,\" said Nora Kell, the gallery's director.\n\nTom Vance, the curator, said \"We had 900 entries.\"" + people,
			"", "", "finalists( ", ""},
		{"deputy mayor", "More than 90 guests came to the opening, including Dunmore deputy Mayor Rhys Parry and the artist Lena Moss." + people,
			"", "", "Rhys Parry hold", ""},
		{"year of another person's clause", "The court said that Senior Judge Ann Cole ordered the release of former Rep. Tom Barr, who was convicted in 2011, because of a later ruling." + people,
			"When was Tom Barr convicted?", "2011", "Ann Cole hold in 2011", ""},
		{"count cut inside a relative clause", "At least 60 people died in the province of Sindh where rescue teams and helicopters were searching for villagers, officials said." + people,
			"At least how many people died in the province of Sindh?", "60", "where rescue teams?", ""},
		{"quotation closing a paragraph", "Dr Lam said: 'We must order the vaccine early to be sure of a supply.'\nThe council will buy 3 million doses for the free programme." + people,
			"", "", "Dr Lam said", "supply council"},
		{"whilst", "The boy was raised by a knight, Hugh Dunn, who trained him, whilst Bishop Ralph Stone signed the new charter on 12 May 1302 at Exeter." + people,
			"When did Bishop Ralph Stone sign the new charter?", "12 May 1302", "whilst", ""},
		{"dateline with agency and colon", "CAIRO, June 3 (AFP): The new bridge over the canal will open to traffic in early September, the ministry said on Monday." + people,
			"", "", "CAIRO", ""},
		{"company among people", "Acme Stores later threatened to walk away after Brill Market shareholders twice delayed the vote. The Acme Stores deal was approved on Friday. Chief Executive Jon Reyes said the vote was fair." + people,
			"", "", "Who threatened", ""},
		{"age set off by commas", "Mr Tilden, 61, who was appointed by President Ford in 1975, could face five years in prison." + people,
			"When was Mr Tilden appointed by President Ford?", "1975", "When was 61", ""},
	}
	for _, tc := range tests {
		res, err := FromText("t", tc.text)
		if err != nil && tc.want != "" {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var prompts []string
		found := false
		if res.Quiz != nil {
			for i, q := range res.Quiz.Questions {
				prompts = append(prompts, q.Prompt)
				if tc.forbid != "" && strings.Contains(q.Prompt, tc.forbid) {
					t.Errorf("%s: wrote %q", tc.name, q.Prompt)
				}
				if q.Prompt == tc.want {
					found = true
					if res.Items[i].Answer != tc.answer {
						t.Errorf("%s: answer %q, want %q", tc.name, res.Items[i].Answer, tc.answer)
					}
				}
			}
		}
		if a := strings.Fields(tc.apart); len(a) == 2 {
			for _, f := range res.Facts {
				if strings.Contains(f.Sentence, a[0]) && strings.Contains(f.Sentence, a[1]) {
					t.Errorf("%s: one sentence %q", tc.name, f.Sentence)
					break
				}
			}
		}
		if tc.want != "" && !found {
			t.Errorf("%s: no question %q; got %q", tc.name, tc.want, prompts)
		}
	}
}
