package quiz

import "testing"

func TestNormalizeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"Baku", "baku"},
		{"  Baku.  ", "baku"},
		{"«Shusha»", "shusha"},
		{`"Shusha"!`, "shusha"},
		{"Erdoğan", "erdogan"},
		{"ERDOĞAN", "erdogan"},
		{"Şuşa", "susa"},
		{"Ilham  \t Aliyev", "ilham aliyev"},
		{"İlham Əliyev", "ilham eliyev"},
		{"Çağırış", "cagiris"},
		{"Gödəkçə Ünlü", "godekce unlu"},
		{"café", "cafe"},
		{"cafe\u0301", "cafe"}, // decomposed accent
		{"Straße", "strasse"},
		{"Nagorno–Karabakh", "nagorno-karabakh"},
		{"O’Brien", "o'brien"},
		{"O'Brien", "o'brien"},
		{"the “Iron Fist” operation", `the "iron fist" operation`},
		{"St. Petersburg", "st. petersburg"},
		{"C#", "c#"},
		{"50%", "50%"},
		{"(1994)", "1994"},
		{"a\u00a0b", "a b"},
		{"Łódź", "lodz"},
	}
	for _, tt := range tests {
		if got := NormalizeText(tt.in); got != tt.want {
			t.Errorf("NormalizeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
