package ui

import (
	"testing"
	"time"
)

func TestPlural(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "0 questions"},
		{1, "1 question"},
		{15, "15 questions"},
	}
	for _, tt := range tests {
		if got := plural(tt.n, "question", "questions"); got != tt.want {
			t.Errorf("plural(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestRelativeTime(t *testing.T) {
	now := time.Date(2026, 11, 28, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		ago  time.Duration
		want string
	}{
		{10 * time.Second, "just now"},
		{time.Minute, "1 minute ago"},
		{42 * time.Minute, "42 minutes ago"},
		{3 * time.Hour, "3 hours ago"},
		{20 * time.Hour, "yesterday"},
		{30 * 24 * time.Hour, "on 29 Oct 2026"},
	}
	for _, tt := range tests {
		if got := relativeTime(now.Add(-tt.ago), now); got != tt.want {
			t.Errorf("relativeTime(now-%v) = %q, want %q", tt.ago, got, tt.want)
		}
	}
}

func TestDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{45 * time.Second, "45 s"},
		{3*time.Minute + 5*time.Second, "3 min 05 s"},
		{time.Hour + 2*time.Minute, "1 h 02 min"},
		{1400 * time.Millisecond, "1 s"},
	}
	for _, tt := range tests {
		if got := duration(tt.d); got != tt.want {
			t.Errorf("duration(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestSentenceAndFirstUpper(t *testing.T) {
	tests := []struct {
		in, sentence, upper string
	}{
		{"your new rating could not be saved: the storage is full", "your new rating could not be saved: the storage is full.", "Your new rating could not be saved: the storage is full"},
		{"Saved.", "Saved.", "Saved."},
		{"  done!  ", "done!", "  done!  "},
		{"école fermée?", "école fermée?", "École fermée?"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := sentence(tt.in); got != tt.sentence {
			t.Errorf("sentence(%q) = %q, want %q", tt.in, got, tt.sentence)
		}
		if got := firstUpper(tt.in); got != tt.upper {
			t.Errorf("firstUpper(%q) = %q, want %q", tt.in, got, tt.upper)
		}
	}
}
