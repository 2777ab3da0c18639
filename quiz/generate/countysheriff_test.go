package generate

import "testing"

// TestCountySheriff checks a county's sheriff read before the name, with
// the county as the office's body, and asked as "County Sheriff" among
// the county's other officers; a sheriff without a county, the sheriff's
// office and a former sheriff are not read.
func TestCountySheriff(t *testing.T) {
	tests := []struct {
		text, person, county string
	}{
		{"The road was closed for most of the day, Pike County Sheriff Dana Reed told a radio station.", "Dana Reed", "Pike County"},
		{"Volunteers searched the woods, said Red Hill County sheriff Omar Bell.", "Omar Bell", "Red Hill County"},
		{"The road was closed for most of the day, Sheriff Dana Reed told a radio station.", "", ""},
		{"The road was closed, a lieutenant of the Pike County Sheriff's Office told a radio station.", "", ""},
		{"The road was closed, former Pike County Sheriff Dana Reed told a radio station.", "", ""},
	}
	for _, tc := range tests {
		var got []leader
		toks := tokenize(tc.text)
		for i := range toks {
			if l, ok := countySheriff(toks, i); ok {
				got = append(got, l)
			}
		}
		if tc.person == "" {
			if len(got) > 0 {
				t.Errorf("%q: sheriff %+v read", tc.text, got[0])
			}
			continue
		}
		if len(got) != 1 || got[0].person != tc.person || got[0].office != "Sheriff" || got[0].country != tc.county {
			t.Errorf("%q: %+v, want %s | Sheriff | %s", tc.text, got, tc.person, tc.county)
		}
	}
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
