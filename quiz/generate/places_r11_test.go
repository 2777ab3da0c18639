package generate

import (
	"strings"
	"testing"
)

// TestFuturePlaceQuestions checks "where" questions on what will happen,
// as news of visits and summits writes it (round 11): a plain subject
// before "will", a known verb, and the place; reported speech, a pronoun
// or a second verb give none.
func TestFuturePlaceQuestions(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		prompt string // "" when no place question may be written
		answer string
	}{
		{"visit", "Foreign Minister Amara Diallo will arrive in Kenya on 20 July for a three-day official visit.",
			"In which country will Foreign Minister Amara Diallo arrive?", "Kenya"},
		{"a time phrase kept", "The two foreign ministers will meet later this month in Geneva.",
			"In which city will the two foreign ministers meet later this month?", "Geneva"},
		{"an object", "The premier will hold talks with the chancellor in Munich on Monday.",
			"In which city will the premier hold talks with the chancellor?", "Munich"},
		{"a passive", "The next summit will be held in Vilnius in July.",
			"In which city will the next summit be held?", "Vilnius"},
		{"reported speech", "Officials said the next summit will be held in Vilnius in July.", "", ""},
		{"said before a future verb", "Officials said the ministers will meet in Geneva.", "", ""},
		{"a pronoun subject", "He will speak in Munich on Monday.", "", ""},
		{"two verbs", "The ministers will meet and sign the accord in Oslo.", "", ""},
		{"an infinitive holds the place", "The minister will agree to meet officials in Lyon.", "", ""},
		{"travel before a purpose clause", "The minister will travel to Paris to meet officials in Lyon.", "To which city will the minister travel?", "Paris"},
		// Where someone went, after a verb of travel.
		{"flew to", "The foreign minister flew to Brussels on Thursday for an EU summit.",
			"To which city did the foreign minister fly?", "Brussels"},
		{"flew on to", "The foreign minister flew on to Brussels for an EU summit.",
			"To which city did the foreign minister fly?", "Brussels"},
		{"a passive of travel", "The suspect was deported to Mexico last week.", "To which country was the suspect deported?", "Mexico"},
		{"will travel to", "The minister will travel to Washington later this month.", "To which city will the minister travel?", "Washington"},
		{"an infinitive of travel is not where the deed was", "Chancellor Helmut Kohl broke off his visit to fly to Berlin on 10 November.", "", ""},
		{"to after no verb of travel", "The army sent troops to Ukraine.", "", ""},
		{"a region is not asked as a destination", "The governor flew to the Florida Panhandle on Friday.", "", ""},
		// The place qualifies a plain subject ("Police in Lyon arrested …").
		{"a subject's place", "Flight controllers in Houston confirmed the touchdown at 5:34 p.m. EST, about 90 seconds after the lander went quiet.",
			"In which city did flight controllers confirm the touchdown?", "Houston"},
		{"a subject's place, an object", "Police in Lyon arrested a teenager on Saturday.",
			"In which city did police arrest a teenager?", "Lyon"},
		{"a subject's place before speech", "Officials in Kyiv said the attack had failed.", "", ""},
		{"a subject's place before an auxiliary", "Hospitals in England have been told to open extra beds.", "", ""},
		{"a subject's place in a list", "The health ministry in Damascus and rescuers in the north reported many dead.", "", ""},
		{"a named subject's place", "Mayor Ana Ruiz in Lyon arrested nobody.", "", ""},
		{"a subject's place without an object", "Protesters in Lyon marched.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := writeKind(headlineLine+tc.text, Place, (*writer).place)
			var got []string
			for _, c := range w.offered {
				if c.q.Fact == string(Place) {
					got = append(got, c.q.Prompt)
					if c.q.Prompt == tc.prompt {
						checkSingle(t, c.q, c.item, tc.answer, nil)
					}
				}
			}
			if tc.prompt == "" && len(got) > 0 || tc.prompt != "" && !strings.Contains(strings.Join(got, "|"), tc.prompt) {
				t.Errorf("questions %q, want %q", got, tc.prompt)
			}
		})
	}
}

// TestActorClauseStarts checks where a doer's clause begins and its
// object ends (round 11): after a subordinating conjunction ("while
// Michael Collins remained …"), after a date opening the sentence
// without a comma, and before "and then" with a second verb.
func TestActorClauseStarts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "Doer|kind|Action"
	}{
		{"after while", "Two astronauts walked on the surface, while Michael Collins remained in lunar orbit.",
			[]string{"Michael Collins|person|remained in lunar orbit"}},
		{"after after", "The findings come a year after the Pacific Reef Agency confirmed a fourth bleaching event.",
			[]string{"Pacific Reef Agency|organisation|confirmed a fourth bleaching event"}},
		{"a conjunction before a common noun gives none", "Prices rose after the storm damaged the harbour.", nil},
		{"his after a conjunction may be another's", "The boy was raised by a knight, while Bishop Ralph Stone oversaw his coronation at Exeter.", nil},
		{"his in a main clause is the doer's", "Bishop Ralph Stone oversaw his coronation at Exeter.",
			[]string{"Ralph Stone|person|oversaw his coronation at Exeter"}},
		{"an opening date", "On 2 May 1989 Hungary closed the border with Austria.",
			[]string{"Hungary|country|closed the border with Austria"}},
		{"an opening weekday", "On Tuesday Hungary closed the border with Austria.",
			[]string{"Hungary|country|closed the border with Austria"}},
		{"a date as the subject is no opening", "May 2 was the day Hungary closed the border.", nil},
		{"a second verb shares the subject", "Chancellor Olaf Scholz met Li Qiang on Monday and signed three agreements.",
			[]string{"Olaf Scholz|person|met Li Qiang", "Olaf Scholz|person|signed three agreements"}},
		{"a second verb after a pair", "Li Qiang and Olaf Scholz met the press and witnessed the signing of cooperation documents.",
			[]string{"Li Qiang and Olaf Scholz|person|met the press", "Li Qiang and Olaf Scholz|person|witnessed the signing of cooperation documents"}},
		{"a passive's second verb is not the subject's deed", "Mayor Ana Ruiz was forced out on 18 October and replaced by Tom Hale.", nil},
		{"a second verb after reported speech", "Olaf Scholz said the talks went well and praised the host.", nil},
		{"and then a second verb ends the object", "Governor Ana Ruiz toured the flooded farms and then flew to the capital.",
			[]string{"Ana Ruiz|person|toured the flooded farms", "Ana Ruiz|person|flew to the capital"}},
		{"and then without a verb keeps the object", "Governor Ana Ruiz visited the shelters and then the hospital.",
			[]string{"Ana Ruiz|person|visited the shelters and then the hospital"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := headlineLine + tc.text
			sents := splitSentences(text, tokenize(text))
			var got []string
			for _, f := range extract(text, sents) {
				if f.Kind == Actor {
					got = append(got, f.Doer+"|"+f.DoerKind+"|"+f.Action)
				}
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("actors %q, want %q", got, tc.want)
			}
		})
	}
}
