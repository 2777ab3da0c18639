package generate

import "testing"

// "A did X and B did Y": the second clause has its own doer.
func TestClauseAfterAndHasItsOwnDoer(t *testing.T) {
	cases := []actorLineCase{
		{"two clauses", "Sam Kerr crossed for the second try and Jonny Vane kicked two conversions.",
			"Sam Kerr|person|crossed for the second try; Jonny Vane|person|kicked two conversions"},
		// One subject of two names, two deeds: unchanged.
		{"a list is one subject", "Li Qiang and Olaf Scholz met the press and witnessed the signing.",
			"Li Qiang and Olaf Scholz|person|met the press; Li Qiang and Olaf Scholz|person|witnessed the signing"},
		// "and" before a name with no verb of its own joins objects.
		{"a list of objects", "Marta Kovac beat Elena Rossi and Sara Lind in Rome.", "Marta Kovac|person|beat Elena Rossi and Sara Lind in Rome"},
	}
	checkActorLines(t, cases)
}
