package plaintext

import (
	"strings"
	"testing"
)

// TestRepairMojibake: UTF-8 read once as Windows-1252 and saved again is
// repaired, whole or with its undefined bytes dropped; text that only
// looks like it is left alone.
func TestRepairMojibake(t *testing.T) {
	tests := []struct {
		name, in, want string
		fixed          int
	}{
		{"apostrophe", "The minister\u00e2\u20ac\u2122s plan.", "The minister’s plan.", 1},
		{"quotes and a dash", "\u00e2\u20ac\u0153We are ready,\u00e2\u20ac\u009d he said \u00e2\u20ac\u201d twice.", "“We are ready,” he said — twice.", 3},
		{"closing quote, its last byte lost", "\u00e2\u20ac\u0153We are ready,\u00e2\u20ac he said.", "“We are ready,” he said.", 2},
		{"accented letters", "The caf\u00c3\u00a9 in S\u00c3\u00a3o Paulo sold cr\u00c3\u00aapes.", "The café in São Paulo sold crêpes.", 3},
		{"pound sign", "It cost \u00c2\u00a311.5 million.", "It cost £11.5 million.", 1},
		{"C1 controls kept", "\u00e2\u0080\u009cWe won,\u00e2\u0080\u009d she said.", "“We won,” she said.", 2},
		{"lone marks, bytes dropped", "\u00e2We are very excited,\u00e2 said Gilles Michel. It\u00e2s done.", "“We are very excited,” said Gilles Michel. It’s done.", 3},
		{"left: one lone mark", "The ch\u00e2teau opened on Monday.", "The château opened on Monday.", 0},
		{"left: real letters", "The château and the pâté, São Paulo, señor, naïve, café, Zürich.", "The château and the pâté, São Paulo, señor, naïve, café, Zürich.", 0},
		{"left: plain English", "The talks ended at 4 p.m. on Monday.", "The talks ended at 4 p.m. on Monday.", 0},
		{"left: a letter before a guillemet", "Le mot «été» est court.", "Le mot «été» est court.", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, n := repairMojibake(tc.in)
			if got != tc.want || n != tc.fixed {
				t.Errorf("repairMojibake(%q) = %q, %d; want %q, %d", tc.in, got, n, tc.want, tc.fixed)
			}
		})
	}
}

// TestMojibakeNote: FromString repairs with a note saying so, and says
// nothing of clean text.
func TestMojibakeNote(t *testing.T) {
	got := FromString("The minister\u00e2\u20ac\u2122s plan passed.")
	if got.Text != "The minister’s plan passed." || len(got.Notes) != 1 || !strings.Contains(got.Notes[0], "1 character garbled by a wrong encoding") {
		t.Errorf("FromString = %q, notes %q", got.Text, got.Notes)
	}
	if clean := FromString("The minister’s plan passed."); len(clean.Notes) != 0 {
		t.Errorf("clean text got notes %q", clean.Notes)
	}
}
