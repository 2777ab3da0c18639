package generate

import (
	"strings"
	"testing"
)

// TestHowManyRound9 checks the count clauses of round 9: shapes real pages
// showed that were asked only by a copy of their sentence. Each text must
// offer the want question with its answer, and no offered count question
// may start with a forbidden prefix.
func TestHowManyRound9(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   string // an offered question; "" for none required
		answer string
		forbid []string
	}{
		{"WHO is a subject, not a relative",
			"The WHO also confirmed 27 suspected cases in the province.",
			"How many suspected cases did the WHO confirm in the province?", "27", nil},
		{"also before a simple past is left out",
			"The agency also confirmed 27 cases in the province.",
			"How many cases did the agency confirm in the province?", "27", nil},
		{"an adverb between had and the participle",
			"The striker had previously scored 14 league goals for the club.",
			"How many league goals had the striker scored for the club?", "14", nil},
		{"only between the verb and the count",
			"The Liberal party won only 38 seats in the assembly.",
			"How many seats did the Liberal party win in the assembly?", "38", nil},
		{"between one month and another is no second clause",
			"The first wave of the fever killed 212 people in the delta between March and October 2019.",
			"How many people did the first wave of the fever kill in the delta between March and October 2019?", "212", nil},
		{"and after a between phrase still ends it",
			"The storm destroyed 40 barns between Hull and York and Oxford lost power.",
			"", "", []string{"How many barns"}},
		{"a past progressive after who said it",
			"A police spokeswoman, Ruth Kale, said the force was sending 12 officers to the town, while the army is standing by.",
			"How many officers was the force sending to the town?", "12", nil},
		{"the subject after said",
			"Officials said the flood destroyed 75 homes along the river.",
			"How many homes did the flood destroy along the river?", "75", nil},
		{"who said it is no subject after a relative",
			"A farmer who said he counted them reported 40 sheep on the road.",
			"", "", []string{"How many sheep did he"}},
		{"a part of the count in an aside after it",
			"Six climbers were brought down from the ridge, two of whom were taken to hospital.",
			"How many climbers were brought down from the ridge?", "6", nil},
		{"a part of the count without a verb",
			"More than 3,000 cases of cholera have been reported, 12 of them fatal.",
			"More than how many cases of cholera have been reported?", "3000", nil},
		{"the day between subject and verb is left out",
			"The ministry on Friday confirmed 23 deaths in the north.",
			"How many deaths did the ministry confirm in the north?", "23", []string{"How many deaths did the ministry on"}},
		{"the day is kept when another day may have another figure",
			"The ministry on Monday confirmed 23 deaths in the north. The ministry on Tuesday confirmed 31 deaths in the south.",
			"", "", []string{"How many deaths did the ministry confirm"}},
		{"parts between dashes are left out",
			"Seven people — four men and three children — died in the blaze.",
			"How many people died in the blaze?", "7", nil},
		{"parts between double hyphens are left out",
			"Nine climbers -- six Britons and three Swiss -- were rescued from the glacier.",
			"How many climbers were rescued from the glacier?", "9", nil},
		{"a list after a colon leaves the clause whole",
			"The council approved 4 projects in the east: a school, a clinic, a bridge and a park.",
			"How many projects did the council approve in the east?", "4", nil},
		{"there are after who says it",
			"The minister says there are 41 patients under treatment.",
			"How many patients are under treatment?", "41", nil},
		{"a closing time frame is asked with the count",
			"The clinic treated 140 patients last season, from March to June.",
			"How many patients did the clinic treat last season from March to June?", "140", nil},
		{"a closing phrase without a date is no time frame",
			"The clinic treated 140 patients last season, from Leeds and York.",
			"", "", []string{"How many patients did the clinic treat"}},
		{"joined counts with a closing time frame",
			"Dr. Rao said that 14 cases of typhoid and only two cases of cholera have been recorded this year, from January 1 to April 30.",
			"How many cases of cholera have been recorded this year from January 1 to April 30?", "2", nil},
		{"the noun keeps its of-phrase before the verb",
			"The ministry confirmed 24 new cases of typhoid in the region.",
			"How many new cases of typhoid did the ministry confirm in the region?", "24", nil},
		{"an of-phrase joined to another noun is not cut",
			"The agency recorded 40 cases of measles and mumps.",
			"", "", []string{"How many cases of measles did", "How many cases of measles and"}},
	}
	for _, tc := range tests {
		w := writeAll(t, tc.text)
		var prompts []string
		found := false
		for _, c := range w.offered {
			if c.q.Fact != string(Count) {
				continue
			}
			prompts = append(prompts, c.q.Prompt)
			if c.q.Prompt == tc.want {
				found = true
				if c.item.Answer != tc.answer {
					t.Errorf("%s: answer %q, want %q", tc.name, c.item.Answer, tc.answer)
				}
			}
			for _, f := range tc.forbid {
				if strings.HasPrefix(c.q.Prompt, f) {
					t.Errorf("%s: offered %q", tc.name, c.q.Prompt)
				}
			}
		}
		if tc.want != "" && !found {
			t.Errorf("%s: no question %q offered; got %q", tc.name, tc.want, prompts)
		}
	}
}
