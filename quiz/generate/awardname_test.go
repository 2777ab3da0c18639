package generate

import "testing"

// TestAwardNameNoPerson: an honour written with capitals is no person to
// offer as one who did something; people with such words in their names
// still are.
func TestAwardNameNoPerson(t *testing.T) {
	for _, c := range []struct {
		name string
		not  bool
	}{
		{"Most Valuable Player", true},
		{"Best Young Player", true},
		{"Golden Boot Award", true},
		{"George Best", false},
		{"Gary Player", false},
		{"Mostafa Karimi", false},
	} {
		if got := notPersonName("", c.name); got != c.not {
			t.Errorf("%q not a person %v, want %v", c.name, got, c.not)
		}
	}
}

// TestForceBeforeSpeaker: a force's name run into its officer's ("Defence
// Force Ross Russell", the page's own slip) leaves the officer's name to
// the speaker, and the force is a body that did something, not a person.
func TestForceBeforeSpeaker(t *testing.T) {
	text := headlineLine + "Central FC beat Defence Force 2-1 in the final of the cup on Friday evening.\n\n" +
		"Defence Force Ross Russell was disappointed over the result.\n\n" +
		"“It was a hard-fought game,” said Russell.\n\n" +
		"Defence Force played at a high tempo early in the game.\n"
	speaker := false
	for _, f := range extract(text, splitSentences(text, tokenize(text))) {
		switch f.Kind {
		case Quote:
			speaker = true
			if f.Speaker != "Ross Russell" {
				t.Errorf("speaker %q, want Ross Russell", f.Speaker)
			}
		case Actor:
			if f.Doer == "Defence Force" && f.DoerKind != "organisation" {
				t.Errorf("Defence Force is a %s", f.DoerKind)
			}
		}
	}
	if !speaker {
		t.Error("no quotation found")
	}
}
