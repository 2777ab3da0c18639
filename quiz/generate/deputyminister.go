package generate

import "strings"

// A deputy minister named by the portfolio ("Deputy Minister of Health
// X", as Vietnam's and South Africa's governments write it) had no list
// of wrong offices of its kind: the office was read but never asked
// (held-out set 20). Its wrong choices are other deputy ministers of the
// same form; never a minister's office (a deputy may also hold one
// elsewhere, and "Minister of Health" beside "Deputy Minister of Health"
// would be the other's rank).

// deputyMinisterOfTitles are ministerOfTitles with the deputy's rank.
var deputyMinisterOfTitles = func() []string {
	var out []string
	for _, t := range ministerOfTitles {
		out = append(out, "Deputy "+t)
	}
	return out
}()

// deputyMinisterOf reports an office written "Deputy Minister of X" (not
// a deputy minister of state).
func deputyMinisterOf(office string) bool {
	return strings.HasPrefix(office, "Deputy Minister of ") && !strings.HasPrefix(office, "Deputy Minister of State")
}

// withoutRankAlone drops from titles read beside a person a rank and a
// head alone ("Deputy Minister", read as a portfolio's minister) when a
// title naming its portfolio goes on from it ("Deputy Minister of
// Health"): it is that title cut short, and beside the other deputies'
// offices it would make every one of them "close".
func withoutRankAlone(titles []string) []string {
	out := titles[:0:0]
	for _, t := range titles {
		cut := false
		for _, u := range titles {
			cut = cut || strings.HasPrefix(u, t+" of ") || strings.HasPrefix(u, t+" for ")
		}
		if !cut {
			out = append(out, t)
		}
	}
	return out
}
