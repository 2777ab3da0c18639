package share

import (
	"fmt"

	"rsc.io/qr/coding"
)

// QRLevel is the error correction of the QR codes drawn: L, the lowest.
// A code on a screen or a projector is not scratched or stained, which
// is what higher levels are for; L holds the most per module, so the
// same link gets fewer, larger modules, and module size is what decides
// whether a phone reads a code from the back of a classroom. (At M the
// Karabakh quiz would not fit any QR code.)
const QRLevel = coding.L

// DenseVersion is the largest QR version (25: 117 modules a side) that
// we expect a phone to read from a projected image across a classroom;
// a denser code is still drawn, with a word that it is best shown large.
const DenseVersion = 25

// QRCode is the module matrix of a QR code: Size modules a side,
// Dark(x, y) true for a dark module. Draw it with a quiet zone of 4
// light modules around it.
type QRCode struct {
	Version int
	Size    int
	code    *coding.Code
}

// Dark reports whether the module at column x, row y is dark.
func (c *QRCode) Dark(x, y int) bool { return c.code.Black(x, y) }

// QRTooLongError says that a link does not fit the largest QR code.
type QRTooLongError struct{ Bits, Capacity int }

func (e *QRTooLongError) Error() string {
	return fmt.Sprintf("this quiz is too long for a QR code: it needs %d bytes and the largest QR code holds %d; share the link or the file instead", (e.Bits+7)/8, e.Capacity/8)
}

// QR returns the QR code of the link prefix+Digits(packed), prefix being
// everything before the fragment's key ("https://example.org/shared#").
// The prefix goes in byte mode and the digits in numeric mode, in the
// smallest version that holds them, with the mask that scores best by
// the standard's penalty rules (ISO/IEC 18004, 7.8.3).
func QR(prefix string, packed []byte) (*QRCode, error) {
	return qrOf(coding.String(prefix+DigitsKey), coding.Num(Digits(packed)[len(DigitsKey):]))
}

// QRText returns the QR code of a short text in byte mode, as QR does:
// a result link, whose base64url would gain little from numeric mode.
func QRText(text string) (*QRCode, error) { return qrOf(coding.String(text)) }

// qrOf is the QR code of segs in the smallest version that holds them.
func qrOf(segs ...coding.Encoding) (*QRCode, error) {
	bits := 0
	for v := coding.MinVersion; v <= coding.MaxVersion; v++ {
		bits = 0
		for _, s := range segs {
			bits += s.Bits(coding.Version(v))
		}
		if bits > coding.Version(v).DataBytes(QRLevel)*8 {
			continue
		}
		var best *coding.Code
		bestScore := 0
		for m := coding.Mask(0); m < 8; m++ {
			plan, err := coding.NewPlan(coding.Version(v), QRLevel, m)
			if err != nil {
				return nil, err
			}
			c, err := plan.Encode(segs...)
			if err != nil {
				return nil, err
			}
			if s := penalty(c); best == nil || s < bestScore {
				best, bestScore = c, s
			}
		}
		return &QRCode{Version: v, Size: best.Size, code: best}, nil
	}
	return nil, &QRTooLongError{Bits: bits, Capacity: coding.Version(coding.MaxVersion).DataBytes(QRLevel) * 8}
}

// penalty scores a code by the standard's four rules: runs of five or
// more modules of one colour, 2x2 blocks of one colour, patterns that
// look like a finder, and an imbalance of dark and light. Scanners read
// the code with the lowest score most easily.
func penalty(c *coding.Code) int {
	n := c.Size
	score, dark := 0, 0
	line := make([]bool, n)
	for dir := 0; dir < 2; dir++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if dir == 0 {
					line[j] = c.Black(j, i)
				} else {
					line[j] = c.Black(i, j)
				}
			}
			score += linePenalty(line)
		}
	}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			d := c.Black(x, y)
			if d {
				dark++
			}
			if x+1 < n && y+1 < n && d == c.Black(x+1, y) && d == c.Black(x, y+1) && d == c.Black(x+1, y+1) {
				score += 3
			}
		}
	}
	percent := dark * 100 / (n * n)
	dev := percent - 50
	if dev < 0 {
		dev = -dev
	}
	return score + dev/5*10
}

// linePenalty scores one row or column for rules 1 and 3.
func linePenalty(line []bool) int {
	score, run := 0, 1
	for i := 1; i <= len(line); i++ {
		if i < len(line) && line[i] == line[i-1] {
			run++
			continue
		}
		if run >= 5 {
			score += 3 + run - 5
		}
		run = 1
	}
	// 1:1:3:1:1 dark-light-dark-light-dark with four light modules on
	// one side (outside the code counts as light).
	finder := []bool{true, false, true, true, true, false, true}
	light := func(i int) bool { return i < 0 || i >= len(line) || !line[i] }
	for i := 0; i+len(finder) <= len(line); i++ {
		match := true
		for k, f := range finder {
			if line[i+k] != f {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		before, after := true, true
		for k := 1; k <= 4; k++ {
			before = before && light(i-k)
			after = after && light(i+len(finder)-1+k)
		}
		if before || after {
			score += 40
		}
	}
	return score
}
