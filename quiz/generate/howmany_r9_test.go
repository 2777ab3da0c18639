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
		{"sentenced on a weekday, the name before an appositive",
			"Jo Marsh, former treasurer of the village of Holt, was sentenced on Thursday to four years in prison for theft.",
			"How many years in prison was Jo Marsh sentenced to?", "4", nil},
		{"sentenced on a weekday, active",
			"A judge sentenced Jo Marsh on Thursday to four years in prison.",
			"How many years in prison was Jo Marsh sentenced to?", "4", []string{"How many years in prison was Jo Marsh on"}},
		{"a part of the count in an aside after it",
			"Six climbers were brought down from the ridge, two of whom were taken to hospital.",
			"How many climbers were brought down from the ridge?", "6", nil},
		{"a part of the count without a verb",
			"More than 3,000 cases of cholera have been reported, 12 of them fatal.",
			"More than how many cases of cholera have been reported?", "3000", nil},
		{"much to the delight of",
			"Lena Forde has scored 9 goals in 15 games, much to the relief of her coach.",
			"How many goals has Lena Forde scored in 15 games?", "9", nil},
		{"the day between subject and verb goes after",
			"The ministry on Friday confirmed 23 deaths in the north.",
			"How many deaths did the ministry confirm in the north on Friday?", "23", []string{"How many deaths did the ministry on"}},
		{"an acronym in brackets is left out",
			"The ministry confirmed 23 deaths in Northern Province (NP) since the start of the year.",
			"How many deaths did the ministry confirm in Northern Province since the start of the year?", "23", nil},
		{"what follows following is left out",
			"The ministry confirmed 23 deaths in the north following a cholera outbreak in the spring.",
			"How many deaths did the ministry confirm in the north?", "23", []string{"How many deaths did the ministry confirm in the north following"}},
		{"a bare plural after after",
			"Volunteers searched the hills through the night after heavy floods destroyed at least 130 homes.",
			"At least how many homes did heavy floods destroy?", "130", nil},
		{"a pronoun after after is no subject",
			"The market fell after they sold 40 shares.",
			"", "", []string{"How many shares did they"}},
		{"led to keeps its preposition last",
			"The blast led to at least 17 deaths.",
			"At least how many deaths did the blast lead to?", "17", []string{"To at least"}},
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
		{"a second result after the count",
			"A strong quake struck the border region in 2011, killing at least 900 people and leaving 30,000 homeless.",
			"At least how many people were killed when a strong quake struck the border region in 2011?", "900", nil},
		{"a closing time frame is asked with the count",
			"The clinic treated 140 patients last season, from March to June.",
			"How many patients did the clinic treat last season from March to June?", "140", nil},
		{"a closing phrase without a date is no time frame",
			"The clinic treated 140 patients last season, from Leeds and York.",
			"", "", []string{"How many patients did the clinic treat"}},
		{"joined counts with a closing time frame",
			"Dr. Rao said that 14 cases of typhoid and only two cases of cholera have been recorded this year, from January 1 to April 30.",
			"How many cases of cholera have been recorded this year from January 1 to April 30?", "2", nil},
		{"had to before the verb",
			"Each bidder had to gather 75 signatures from the 140 members present.",
			"How many signatures did each bidder have to gather from the 140 members present?", "75", nil},
		{"the month May is no modal in a count's clause",
			"Health officials confirmed 36 new cases in the district since May.",
			"How many new cases did health officials confirm in the district since May?", "36", nil},
		{"a list of clauses, each with its count",
			"At least 12 people were found dead, more than 40 remained missing and 30 homes were buried after the mudslide.",
			"At least how many people were found dead?", "12", nil},
		{"a count after the comma without a verb is no clause",
			"At least 12 people were found dead, 40 of the 60 in the village.",
			"", "", []string{"At least how many people were found dead"}},
		{"the noun keeps its of-phrase before the verb",
			"The ministry confirmed 24 new cases of typhoid in the region.",
			"How many new cases of typhoid did the ministry confirm in the region?", "24", nil},
		{"an of-phrase with a name before its head noun",
			"The agency has obtained 9,000 doses of Marburg vaccine.",
			"How many doses of Marburg vaccine has the agency obtained?", "9000", nil},
		{"an of-phrase with a name and its noun",
			"The clinic has treated 60 cases of Lassa fever.",
			"How many cases of Lassa fever has the clinic treated?", "60", nil},
		{"an of-phrase of a name alone",
			"The clinic has treated 60 cases of Ebola.",
			"How many cases of Ebola has the clinic treated?", "60", nil},
		{"an of-phrase joined to another noun is not cut",
			"The agency recorded 40 cases of measles and mumps.",
			"", "", []string{"How many cases of measles did", "How many cases of measles and"}},
		{"a time between subject and verb goes after",
			"Police last night arrested 12 fans in the city centre.",
			"How many fans did police arrest in the city centre last night?", "12", []string{"How many fans did police last"}},
		{"a time opening the sentence goes after",
			"Last night police arrested 12 fans at the ground.",
			"How many fans did police arrest at the ground last night?", "12", []string{"How many fans did last"}},
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
