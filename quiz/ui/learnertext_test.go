package ui

import "testing"

func TestLearnerSource(t *testing.T) {
	tests := []struct{ source, title, want string }{
		{"Article: Leaders meet (questions/articles/karabakh.txt)", "T", "Article: Leaders meet"},
		{"karabakh.txt", "Leaders meet in Sochi", "the article “Leaders meet in Sochi”"},
		{"questions/articles/karabakh.txt", "", "the article"},
		{"(karabakh.txt)", "", "the article"},
		{"An article pasted into Factquiz", "T", "An article pasted into Factquiz"},
		{"The CIA World Factbook (2024 edition)", "T", "The CIA World Factbook (2024 edition)"},
		{"Encyclopaedia, vol. 2", "T", "Encyclopaedia, vol. 2"},
	}
	for _, tt := range tests {
		if got := learnerSource(tt.source, tt.title); got != tt.want {
			t.Errorf("learnerSource(%q, %q) = %q, want %q", tt.source, tt.title, got, tt.want)
		}
	}
}

func TestLearnerDescription(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Questions written by factquiz generate from the facts of the article: dates.", "Questions made from the facts of the article: dates."},
		{"Capitals of Europe, written by a teacher.", "Capitals of Europe, written by a teacher."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := learnerDescription(tt.in); got != tt.want {
			t.Errorf("learnerDescription(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
