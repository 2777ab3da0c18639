package generate

import "testing"

// TestFoundGuiltyIsAccused: a person a jury finds guilty ("took a day to
// find Ray Dunmore, 61, guilty") is the accused, so that no doer question
// offers the page's commentators for a deed of his; "guilty" elsewhere in
// the sentence makes no one accused.
func TestFoundGuiltyIsAccused(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       int
	}{
		{"The jury took a day to find Ray Dunmore, 61, guilty on nine counts.", "Ray Dunmore", roleAccused},
		{"The jury found Ray Dunmore guilty of bribery on Friday.", "Ray Dunmore", roleAccused},
		{"Lawyer Ann Rowe said the verdict of guilty was expected.", "Ann Rowe", roleNone},
	} {
		if got := personRole(c.text, c.name, []string{c.name}); got != c.want {
			t.Errorf("personRole(%q, %q) = %d, want %d", c.text, c.name, got, c.want)
		}
	}
}
