package generate

import "testing"

// TestEachPartsGiveAway covers a count's parts after its blank shared out
// by "each" in groups that semicolons part (held-out set 22).
func TestEachPartsGiveAway(t *testing.T) {
	tests := []struct {
		prompt string
		n      int
		want   bool
	}{
		{"Fill in the number: So far _____ cases are being checked—four in Northland; two each in Otago and Tasman, and one each in Nelson, Marlborough and Southland.", 11, true},
		{"Fill in the number: So far _____ cases are being checked—four in Northland; two each in Otago and Tasman, and one each in Nelson, Marlborough and Southland.", 12, false},
		{"Fill in the number: So far _____ cases are being checked (three each in Otago and Tasman).", 6, false},
		{"Fill in the number: _____ teams, each with two coaches and three players, arrived.", 5, false},
		{"Fill in the number: So far _____ cases are being checked—four in Northland; two in Otago.", 6, true},
	}
	for _, tc := range tests {
		if got := partsGiveAway(tc.prompt, tc.n) != ""; got != tc.want {
			t.Errorf("partsGiveAway(%q, %d) = %v, want %v", tc.prompt, tc.n, got, tc.want)
		}
	}
}

// TestPartOfBracketedTotal covers a blank opening a bracket that breaks
// down a total of the same noun stated before it (held-out set 22).
func TestPartOfBracketedTotal(t *testing.T) {
	tests := []struct {
		prompt string
		want   bool
	}{
		{"Fill in the number: Yet eleven clubs may fold this year (_____ clubs and one league from the coast, plus Ardwick and Belford).", true},
		{"Fill in the number: Yet 11 clubs may fold this year (_____ clubs from the coast and one league).", true},
		{"Fill in the number: Yet eleven clubs may fold this year (_____ leagues and one cup).", false},
		{"Fill in the number: The council (_____ members and a clerk) met on Monday.", false},
		{"Fill in the number: Eleven clubs may fold; the league (_____ clubs and a cup) will meet.", false},
		{"Fill in the number: Yet eleven clubs may fold this year (_____ clubs from the coast).", false},
	}
	for _, tc := range tests {
		if got := inCountedList(tc.prompt); got != tc.want {
			t.Errorf("inCountedList(%q) = %v, want %v", tc.prompt, got, tc.want)
		}
	}
}
