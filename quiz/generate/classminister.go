package generate

import "strings"

// classMinister reports a minister's office named by the government it
// belongs to, not by a portfolio: "Union Minister", "Cabinet Minister",
// "Federal Minister", "State Minister". Every portfolio minister of that
// government is one too, so "Foreign Minister" or "Finance Minister" is
// no wrong choice for it, nor a false statement of its holder.
func classMinister(office string) bool {
	first, rest, ok := strings.Cut(office, " ")
	return ok && rest == "Minister" && (first == "Union" || first == "Cabinet" || first == "Federal" || first == "Central" || first == "State" || first == "Junior" || first == "Government")
}

// withoutMinisters keeps, for a class minister's office, the wrong
// offices that are no minister's; for any other office, all of them.
func withoutMinisters(office string, wrong []string) []string {
	if !classMinister(office) {
		return wrong
	}
	var kept []string
	for _, x := range wrong {
		if !strings.Contains(x, "Minister") {
			kept = append(kept, x)
		}
	}
	return kept
}
