package generate

import "testing"

// TestNamedOrAsideDate: a year in a name or a span of years in brackets
// is not stated false; other dates are.
func TestNamedOrAsideDate(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The War of 1812 was fought between the United States and Britain.", true},
		{"The Class of 2019 held its reunion at the old school.", true},
		{"Anna Kowalski (1821–1893) founded the first village school.", true},
		{"The hearing was set for a Saturday morning (May 4) at the county court.", false},
		{"The bridge was rebuilt in the summer of 2014 after the flood.", false},
		{"The mill closed at the end of 1998 after a long strike.", false},
		{"The plant reopened in March of 2021 with a new owner.", false},
	}
	for _, tc := range tests {
		text, _, err := checkText(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		sents := splitSentences(text, tokenize(text))
		w := newWriter(text, sents, extract(text, sents))
		found := false
		for fi, f := range w.facts {
			if f.Kind != Date {
				continue
			}
			found = true
			if got := w.namedOrAsideDate(fi); got != tc.want {
				t.Errorf("%q: namedOrAsideDate(%q) = %v, want %v", tc.text, f.Text, got, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no date found", tc.text)
		}
	}
}

// TestPlaceSpeaker: a building is not stated as the speaker of words.
func TestPlaceSpeaker(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"W.C. Town Funeral Chapel", true},
		{"St. Mary's Hospital", true},
		{"Riverside Community Centre", true},
		{"Maria Chapel", false}, // two words may be a person's
		{"Frank Church", false},
		{"Tom Edwards", false},
		{"Kate Nicholls", false},
	}
	for _, tc := range tests {
		if got := placeSpeaker(tc.name); got != tc.want {
			t.Errorf("placeSpeaker(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestCommasAsWritten: a false date keeps the written date's want of a
// comma.
func TestCommasAsWritten(t *testing.T) {
	tests := []struct{ written, stated, want string }{
		{"July 13 2018", "August 14, 2018", "August 14 2018"},
		{"July 13, 2018", "August 14, 2018", "August 14, 2018"},
		{"13 July 2018", "14 August 2018", "14 August 2018"},
		{"Thursday, August 8", "Thursday, August 15", "Thursday, August 15"},
	}
	for _, tc := range tests {
		if got := commasAsWritten(tc.written, tc.stated); got != tc.want {
			t.Errorf("commasAsWritten(%q, %q) = %q, want %q", tc.written, tc.stated, got, tc.want)
		}
	}
}
