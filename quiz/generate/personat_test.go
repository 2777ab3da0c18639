package generate

import "testing"

// TestPersonAtRefusesThings: a trophy ("the Claret Jug trophy") and a
// sentence's "Fellow Hollywood stars" are no person's name; people named
// beside them still are.
func TestPersonAtRefusesThings(t *testing.T) {
	for _, tc := range []struct {
		text string
		at   int // token index where the name would start
		want string
	}{
		{"He waited to claim the Claret Jug trophy at the end.", 5, ""},
		{"Fellow Hollywood stars paid tribute to him.", 0, ""},
		{"Rival Tom Ware paid tribute to him.", 1, "Tom Ware"},
		{"He waited to claim the trophy from Tom Ware at the end.", 7, "Tom Ware"},
		{"The Webb Medal went to Ann Lee.", 1, ""},
	} {
		toks := tokenize(tc.text)
		if got, _ := personAt(tc.text, toks, tc.at); got != tc.want {
			t.Errorf("personAt(%q, %d) = %q, want %q", tc.text, tc.at, got, tc.want)
		}
	}
}
