package generate

import "testing"

// TestCompanyDotDoer: a company named with its abbreviation and a dot
// ("Harbour Mines Ltd.") is a doer, named without the dot.
func TestCompanyDotDoer(t *testing.T) {
	checkActorLines(t, []actorLineCase{
		{"Ltd.", "Harbour Mines Ltd. signed a deal to buy Delta Resources on Monday.", "Harbour Mines Ltd|organisation|signed a deal to buy Delta Resources"},
		{"Inc.", "Orion Freight Inc. has bought two ferries from the harbour board.", "Orion Freight Inc|organisation|bought two ferries from the harbour board"},
	})
}
