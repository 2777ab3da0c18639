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

// TestMoreRealQuestions checks the sentence shapes of real news that gave
// no real question before the sixth round, each in the project's own
// sentences: a second verb after "and" with its own date, a passive
// auxiliary lent to it, a long compound subject after an opening date, a
// count after "will", a company's chief executive, a relative clause on a
// name at the end of a longer clause, and a quiz that keeps the facts
// whose questions clash least with the others.
func TestMoreRealQuestions(t *testing.T) {
	const people = " Mayor Tim Alder, Senator Ruth Penn and Governor Carl Ostrow attended."
	tests := []struct {
		name   string
		text   string
		want   string
		answer string
	}{
		{"second verb after and", "The town museum opened in 1921 and was extended in 1968." + people,
			"When was the town museum extended?", "1968"},
		{"first verb before and", "The town museum opened in 1921 and was extended in 1968." + people,
			"When did the town museum open?", "1921"},
		{"passive auxiliary lent", "The mill company was founded in 1890 and renamed Harlow Textiles in 1925." + people,
			"When was the mill company renamed Harlow Textiles?", "1925"},
		{"event verb commence", "The siege commenced in May 1604 and served as a turning point in the war." + people,
			"When did the siege commence?", "May 1604"},
		{"long compound subject", "On March 3, 1802, Spanish prince Carlos and French King Louis XVIII signed a trade treaty." + people,
			"When did Spanish prince Carlos and French King Louis XVIII sign a trade treaty?", "March 3, 1802"},
		{"count after will", "The health board will buy 3 million doses to protect a further 800,000 people." + people,
			"How many doses will the health board buy?", "3000000"},
		{"company chief executive", "The deal was right for investors, Brill Market Chief Executive Jon Reyes said, while Acme Stores CEO Lena Ford called the vote a loss for shoppers." + people,
			"Who is Brill Market's Chief Executive, according to the article?", "Jon Reyes"},
		{"relative clause on a name", "The prize was founded with a bequest from Arthur Penn, who died in 1901." + people,
			"When did Arthur Penn die?", "1901"},
		{"relative clause on a name without a comma", "The museum holds a bequest by Arthur Penn who died in 1901." + people,
			"When did Arthur Penn die?", "1901"},
		{"count before a dash", "The health board will buy 4 million doses for the free jabs - each person needs two." + people,
			"How many doses will the health board buy for the free jabs?", "4000000"},
		{"date between subject and verb", "The city council in 2019 approved the new plan for the harbour." + people,
			"When did the city council approve the new plan for the harbour?", "2019"},
		{"date between subject and verb, after when", "When the state court in 1954 decided the land case, the judges were united." + people,
			"When did the state court decide the land case?", "1954"},
		{"date between subject and verb, case name", "When the state court in 1954 decided Dunn v. Ohio, the judges were united." + people,
			"", ""},
		{"a quotation's last sentence copied alone", "In September 1604, the treaty of Dover ended the war and the long siege.\"" + people,
			"Fill in the blank: In _____, the treaty of Dover ended the war and the long siege.", "September 1604"},
		{"which without a comma", "The two sides entered the final which kicked off on June 16." + people,
			"When did the final kick off?", "June 16"},
		{"where, present perfect", "The long drought has caused months of hardship in Kenya. Officials in France, Spain and Italy watched." + people,
			"In which country has the long drought caused months of hardship?", "Kenya"},
		{"where, progressive passive", "The new tidal gate is being built in Holland. Officials in France, Spain and Italy watched." + people,
			"In which country is the new tidal gate being built?", "Holland"},
		{"president without a body", "President Ana Ruiz opened the new port on Tuesday." + people,
			"Which of these people is a president, according to the article?", "Ana Ruiz"},
	}
	for _, tc := range tests {
		// Every question offered, before the quiz keeps one per fact.
		w := writeAll(t, tc.text)
		var prompts []string
		found := false
		for _, c := range w.offered {
			prompts = append(prompts, c.q.Prompt)
			if c.q.Prompt == tc.want {
				found = true
				if c.item.Answer != tc.answer {
					t.Errorf("%s: answer %q, want %q", tc.name, c.item.Answer, tc.answer)
				}
			}
		}
		if !found && tc.want != "" {
			t.Errorf("%s: no question %q offered; got %q", tc.name, tc.want, prompts)
		}
		if tc.want == "" {
			for _, p := range prompts {
				if strings.HasPrefix(p, "When") {
					t.Errorf("%s: offered %q, want no when-question", tc.name, p)
				}
			}
		}
		res, err := FromText("t", tc.text)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		for _, p := range qualityProblems(tc.text, res) {
			t.Errorf("%s: %s: %s", tc.name, p.id, p.msg)
		}
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
