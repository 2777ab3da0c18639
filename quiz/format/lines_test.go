package format

import (
	"bytes"
	"strings"
	"testing"
)

// TestLineIndexPos: every offset of files of every shape maps to the
// line and column that counting from the start of the file gives.
func TestLineIndexPos(t *testing.T) {
	tests := []struct {
		name string
		data string
	}{
		{"empty", ""},
		{"one line", "abc"},
		{"lines", "a\nbc\n\ndef\n"},
		{"accents", "é\nàéî\nx"},
		{"long line of accents", strings.Repeat("é", 700) + "\n" + strings.Repeat("ab€", 300)},
		{"new lines only", strings.Repeat("\n", 3*lineBlock+5)},
		{"block size exactly", strings.Repeat("x", lineBlock-1) + "\n" + strings.Repeat("y", lineBlock)},
		{"four-byte characters across blocks", strings.Repeat("a𝄞", 200) + "\n𝄞"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.data)
			li := newLineIndex(data)
			if want := bytes.Count(data, []byte("\n")) + 1; li.lines != want {
				t.Errorf("lines = %d, want %d", li.lines, want)
			}
			for off := 0; off <= len(data); off++ {
				if off < len(data) && data[off]&0xC0 == 0x80 {
					continue // not the start of a character
				}
				line, col := li.pos(off)
				wl, wc := position(data, off)
				if line != wl || col != wc {
					t.Fatalf("pos(%d) = %d:%d, want %d:%d", off, line, col, wl, wc)
				}
			}
			start := 0
			for line := 1; line <= li.lines; line++ {
				if got := li.lineStart(line); got != start {
					t.Fatalf("lineStart(%d) = %d, want %d", line, got, start)
				}
				end := lineEnd(data, start)
				if want := bytes.IndexByte(data[start:], '\n'); (want < 0 && end != len(data)) || (want >= 0 && end != start+want) {
					t.Fatalf("lineEnd(%d) = %d", start, end)
				}
				start = end + 1
			}
			if got := li.lineStart(li.lines + 3); got != li.lineStart(li.lines) {
				t.Errorf("lineStart past the last line = %d, want the last line's start %d", got, li.lineStart(li.lines))
			}
			if l, c := li.pos(len(data) + 10); l != li.lines || c < 1 {
				t.Errorf("pos past the end = %d:%d, want line %d", l, c, li.lines)
			}
			if l, c := li.pos(-3); l != 1 || c != 1 {
				t.Errorf("pos(-3) = %d:%d, want 1:1", l, c)
			}
		})
	}
}

// The index of a file of new lines only is small: it grows with the
// file's size in blocks, not with its lines.
func TestLineIndexSize(t *testing.T) {
	for _, n := range []int{0, 1000, 1 << 20} {
		li := newLineIndex(bytes.Repeat([]byte("\n"), n))
		if want := n/lineBlock + 1; len(li.checks) != want {
			t.Errorf("%d new lines: %d checkpoints, want %d", n, len(li.checks), want)
		}
	}
}
