package generate

import "testing"

// TestCountySheriff checks a county's sheriff read before the name, with
// the county as the office's body, and asked as "County Sheriff" among
// the county's other officers; a sheriff without a county, the sheriff's
// office and a former sheriff are not read.
func TestCountySheriff(t *testing.T) {
	checkFinder(t, countySheriff, []finderCase{
		{"The road was closed for most of the day, Pike County Sheriff Dana Reed told a radio station.", "Dana Reed", "Sheriff", "Pike County"},
		{"Volunteers searched the woods, said Red Hill County sheriff Omar Bell.", "Omar Bell", "Sheriff", "Red Hill County"},
		{"The road was closed for most of the day, Sheriff Dana Reed told a radio station.", "", "", ""},
		{"The road was closed, a lieutenant of the Pike County Sheriff's Office told a radio station.", "", "", ""},
		{"The road was closed, former Pike County Sheriff Dana Reed told a radio station.", "", "", ""},
	})
	text := "Road closed after flood\n\n" +
		"Pike County Sheriff Dana Reed said the road was closed for most of the day on Tuesday.\n" +
		"Reed said two deputies and a dog searched the woods near the river until 11 p.m.\n"
	texts, got, ps := officeQuestionChoices(t, text, "Dana Reed")
	if !got {
		t.Fatalf("no office question for the county sheriff (questions %q)", ps)
	}
	if !containsString(texts, "County Sheriff") || containsString(texts, "County Coroner") || len(texts) != 4 {
		t.Errorf("sheriff's choices %q", texts)
	}
}

// finderCase is a sentence and the one leader a finder must read in it
// (person "" for none).
type finderCase struct{ text, person, office, country string }

// checkFinder runs find at every token of each case's sentence.
func checkFinder(t *testing.T, find func([]token, int) (leader, bool), cases []finderCase) {
	t.Helper()
	for _, tc := range cases {
		var got []leader
		toks := tokenize(tc.text)
		for i := range toks {
			if l, ok := find(toks, i); ok {
				got = append(got, l)
			}
		}
		if tc.person == "" {
			if len(got) > 0 {
				t.Errorf("%q: %+v read", tc.text, got[0])
			}
			continue
		}
		if len(got) != 1 || got[0].person != tc.person || got[0].office != tc.office || got[0].country != tc.country {
			t.Errorf("%q: %+v, want %s | %s | %s", tc.text, got, tc.person, tc.office, tc.country)
		}
	}
}
