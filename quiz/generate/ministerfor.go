package generate

import "strings"

// ministerForTitles are ministers written "Minister for Health", as
// Australian and British governments title them: the wrong choices for
// such an office are other portfolios written the same way, never
// "Minister of …" beside it (the odd one out by its form).
var ministerForTitles = func() []string {
	var out []string
	for _, t := range ministerOfTitles {
		out = append(out, strings.Replace(t, "Minister of ", "Minister for ", 1))
	}
	return out
}()

// ministerFor reports an office written "Minister for X" (not "Minister
// for State", nor a junior "Minister of State for X").
func ministerFor(office string) bool {
	return strings.HasPrefix(office, "Minister for ") && !strings.HasPrefix(office, "Minister for State")
}
