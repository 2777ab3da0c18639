package generate

import "strings"

// scopedDeed reports a deed whose sentence opens with an "Under …"
// phrase before the doer: "Under his leadership, Pakistan won 26
// matches" says what the country did under one captain, and "Which
// country won 26 matches?" without it is true of other countries too
// (a wrong choice also right).
func scopedDeed(f Fact) bool {
	s := strings.TrimSpace(f.Sentence)
	if !strings.HasPrefix(s, "Under ") {
		return false
	}
	comma := strings.IndexByte(s, ',')
	d := strings.Index(s, f.Doer)
	return comma > 0 && d > comma
}
