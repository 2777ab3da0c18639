package ui

import (
	"strings"
	"testing"
	"time"

	"factquiz/quiz/review"
)

func TestParseReviewSettings(t *testing.T) {
	backup := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	base := review.DefaultSettings()
	base.LastBackup = backup
	tests := []struct {
		name               string
		retention, maxDays string
		requeue            bool
		want               review.Settings // when no error
		field, errHas      string          // the field in error and a part of its message
	}{
		{name: "defaults", retention: "90", maxDays: "36500", requeue: true,
			want: review.Settings{Retention: 0.9, MaxIntervalDays: 36500, LastBackup: backup}},
		{name: "changed", retention: "85", maxDays: " 365 ", requeue: false,
			want: review.Settings{Retention: 0.85, MaxIntervalDays: 365, NoRequeue: true, LastBackup: backup}},
		{name: "lowest and highest", retention: "80%", maxDays: "1", requeue: true,
			want: review.Settings{Retention: 0.8, MaxIntervalDays: 1, LastBackup: backup}},
		{name: "97", retention: "97", maxDays: "36500", requeue: true,
			want: review.Settings{Retention: 0.97, MaxIntervalDays: 36500, LastBackup: backup}},
		{name: "retention too high", retention: "99", maxDays: "365", field: retentionField, errHas: "between 80% and 97%: 99% is not"},
		{name: "retention too low", retention: "50", maxDays: "365", field: retentionField, errHas: "between 80% and 97%"},
		{name: "retention as a fraction", retention: "0.9", maxDays: "365", field: retentionField, errHas: "whole number of percent"},
		{name: "no longest wait", retention: "90", maxDays: "", field: maxDaysField, errHas: "Enter the longest wait"},
		{name: "longest wait not a number", retention: "90", maxDays: "a year", field: maxDaysField, errHas: "“a year” is not"},
		{name: "longest wait zero", retention: "90", maxDays: "0", field: maxDaysField, errHas: "between 1 and 36500 days"},
		{name: "longest wait too long", retention: "90", maxDays: "40000", field: maxDaysField, errHas: "40000 is not"},
		{name: "longest wait in decimals", retention: "90", maxDays: "1.5", field: maxDaysField, errHas: "whole number of days"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, field, err := parseReviewSettings(tt.retention, tt.maxDays, tt.requeue, base)
			if tt.errHas != "" {
				if err == nil || field != tt.field || !strings.Contains(err.Error(), tt.errHas) {
					t.Fatalf("got field %q, error %v; want field %q and an error with %q", field, err, tt.field, tt.errHas)
				}
				if got != base {
					t.Errorf("an invalid input changed the settings: %+v, want %+v", got, base)
				}
				return
			}
			if err != nil || field != "" {
				t.Fatalf("error %v (field %q)", err, field)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestBackupDue(t *testing.T) {
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name               string
		persisted, hasData bool
		last               time.Time
		want               bool
	}{
		{"never, with data", false, true, time.Time{}, true},
		{"never, nothing to lose", false, false, time.Time{}, false},
		{"kept by the browser", true, true, time.Time{}, false},
		{"29 days ago", false, true, now.AddDate(0, 0, -29), false},
		{"30 days ago", false, true, now.AddDate(0, 0, -30), true},
		{"a year ago", false, true, now.AddDate(-1, 0, 0), true},
		{"a year ago, kept", true, true, now.AddDate(-1, 0, 0), false},
	}
	for _, tt := range tests {
		if got := backupDue(tt.persisted, tt.hasData, tt.last, now); got != tt.want {
			t.Errorf("%s: backupDue = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSettingsTexts(t *testing.T) {
	tests := []struct{ got, want string }{
		{daysText(1), "1 day"},
		{daysText(10), "10 days"},
		{daysText(21), "about 3 weeks"},
		{daysText(365), "about 12 months"},
		{daysText(1000), "about 3 years"},
		{daysText(36500), "about 100 years: no limit in practice"},
		{bytesText(1), "1 byte"},
		{bytesText(900), "900 bytes"},
		{bytesText(12.5 * 1024), "12.5 KiB"},
		{bytesText(3 << 20), "3.0 MiB"},
		{bytesText(1.5 * (1 << 30)), "1.5 GiB"},
		{spaceText(2048, 0), "Space used by this site (the app included): 2.0 KiB."},
		{spaceText(2048, 1<<30), "Space used by this site (the app included): 2.0 KiB of about 1.0 GiB available."},
		{retentionText("90")[:59], "A question comes back when you would still remember it 90 t"},
		{retentionText("abc"), ""},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

func TestUTF16Len(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0}, {"abc", 3}, {"é", 1}, {"Qarabağ", 7}, {"😀", 2}, {"\xff", 1},
	}
	for _, tt := range tests {
		if got := utf16Len(tt.s); got != tt.want {
			t.Errorf("utf16Len(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
