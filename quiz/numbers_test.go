package quiz

import "testing"

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"3", 3, true},
		{" 3 ", 3, true},
		{"3.0", 3, true},
		{"3.", 3, true},
		{".5", 0.5, true},
		{"-2", -2, true},
		{"+2", 2, true},
		{"−2", -2, true},
		{"- 2", -2, true},
		{"1,822", 1822, true},
		{"12,345,678", 12345678, true},
		{"1,822.5", 1822.5, true},
		{"1 822", 1822, true},
		{"1\u00a0822", 1822, true},
		{"3,5", 3.5, true},
		{"1e3", 1000, true},
		{"1E-2", 0.01, true},
		{"zero", 0, true},
		{"Three", 3, true},
		{"twenty", 20, true},
		{"Twenty-One", 21, true},
		{"ninety nine", 99, true},
		{"nineteen", 19, true},
		{"", 0, false},
		{"   ", 0, false},
		{"abc", 0, false},
		{"NaN", 0, false},
		{"nan", 0, false},
		{"Inf", 0, false},
		{"-Inf", 0, false},
		{"infinity", 0, false},
		{"1e400", 0, false},
		{"0x10", 0, false},
		{"1_000", 0, false},
		{"1,82,2", 0, false},
		{"3 5", 0, false},
		{"1.2.3", 0, false},
		{"e5", 0, false},
		{"1e", 0, false},
		{"-", 0, false},
		{".", 0, false},
		{"twenty zero", 0, false},
		{"hundred", 0, false},
		// Counts as news writes them.
		{"5 million", 5e6, true},
		{"1.2 billion", 1.2e9, true},
		{"two million", 2e6, true},
		{"Twenty-one thousand", 21000, true},
		{"3.5bn", 3.5e9, true},
		{"850m", 850e6, true},
		{"40k", 40000, true},
		{"1,5 million", 1.5e6, true},
		{"2 trillion", 2e12, true},
		{"million", 0, false},
		{"5 m", 0, false},
		{"5km", 0, false},
		{"fivemillion", 0, false},
		{"5 million million", 0, false},
		{"1e300 trillion", 0, false},
		{"NaN million", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{3, "3"}, {0, "0"}, {-2, "-2"}, {0.5, "0.5"}, {1822, "1822"}, {1e20, "1e+20"},
	}
	for _, tt := range tests {
		if got := FormatNumber(tt.in); got != tt.want {
			t.Errorf("FormatNumber(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
