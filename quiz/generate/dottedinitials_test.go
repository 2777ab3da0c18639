package generate

import "testing"

// TestDottedInitials: initials written with dots and spaces open a name
// ("Mayor J. L. Dawkins"); a post-nominal written so ("T. D.") ends it.
func TestDottedInitials(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"The road was shut for a day, Mayor J. L. Dawkins said.", "J. L. Dawkins | Mayor | "},
		{"Mayor R. Tomlin opened the bridge on Monday.", "R. Tomlin | Mayor | "},
		{"Minister for Justice, Ann Byrne T. D., has opened the court.", "Ann Byrne | Minister for Justice | "},
		{"The judge, Owen Price Q. C., said the case was closed.", "Owen Price | Judge | "},
		{"President Harry S. Truman signed the bill.", "Harry S. Truman | President | "},
	} {
		got := leaderIn(c.sentence)
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("%q: leaders %q, want %q first", c.sentence, got, c.want)
		}
	}
}
