package share

import (
	"errors"
	"image"
	"image/color"
	"maps"
	"slices"
	"strings"
	"testing"

	goqr "github.com/piglig/go-qr"
)

// An example deployment's link prefix, as long as a real one.
const testPrefix = "https://factquiz.example.org/shared#"

// render draws a code as an image, scale pixels a module, with the
// quiet zone of 4 modules the standard asks for.
func render(c *QRCode, scale int) image.Image {
	side := (c.Size + 8) * scale
	img := image.NewGray(image.Rect(0, 0, side, side))
	for y := 0; y < side; y++ {
		for x := 0; x < side; x++ {
			mx, my := x/scale-4, y/scale-4
			v := uint8(255)
			if c.Dark(mx, my) {
				v = 0
			}
			img.SetGray(x, y, color.Gray{v})
		}
	}
	return img
}

// Every stock quiz's QR code is read back by another library's decoder
// to the very link, which opens the very quiz; the table of sizes is
// docs/sharing.md's.
func TestQRStockQuizzes(t *testing.T) {
	quizzes := stockQuizzes(t)
	for _, name := range slices.Sorted(maps.Keys(quizzes)) {
		q := quizzes[name]
		packed, err := Pack(q)
		if err != nil {
			t.Fatal(err)
		}
		code, err := QR(testPrefix, packed)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		text, err := goqr.Decode(render(code, 2))
		if err != nil {
			t.Fatalf("%s: version %d does not decode: %v", name, code.Version, err)
		}
		want := testPrefix + Digits(packed)
		if text != want {
			t.Fatalf("%s: QR code reads %.60q…, want %.60q…", name, text, want)
		}
		got, ps := Decode(strings.TrimPrefix(text, testPrefix))
		if got == nil || len(ps) > 0 || Fingerprint(got) != Fingerprint(q) {
			t.Errorf("%s: the QR code's link does not open the quiz: %v", name, ps)
		}
		frag, _ := Encode(q)
		t.Logf("| %s | %d | %d | %d | %d | %d | %d×%d |", name, len(q.Questions), len(packed),
			len(testPrefix)+len(frag), len(want), code.Version, code.Size, code.Size)
	}
}

func TestQRVersions(t *testing.T) {
	tests := []struct {
		name    string
		packed  []byte
		version int
	}{
		{"nothing", nil, 3}, // the prefix: 348 bits; version 2 holds 272
		{"1 KB", make([]byte, 1000), 23},
		{"2 KB", make([]byte, 2000), 33},
	}
	for _, tc := range tests {
		code, err := QR(testPrefix, tc.packed)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if code.Version != tc.version || code.Size != 17+4*tc.version {
			t.Errorf("%s: version %d, size %d; want version %d", tc.name, code.Version, code.Size, tc.version)
		}
	}
	_, err := QR(testPrefix, make([]byte, 3000))
	var tooLong *QRTooLongError
	if !errors.As(err, &tooLong) || !strings.Contains(err.Error(), "too long for a QR code") {
		t.Errorf("3000 bytes: err %v, want a QRTooLongError", err)
	}
}

// Rules 1 and 3 of the standard's mask penalty, which choose the mask.
func TestLinePenalty(t *testing.T) {
	b := func(s string) []bool {
		out := make([]bool, len(s))
		for i := range s {
			out[i] = s[i] == '1'
		}
		return out
	}
	tests := []struct {
		line string
		want int
	}{
		{"1010101010", 0},
		{"11111", 3},
		{"1111111", 5},
		{"0000011111", 6},
		{"101110100000", 40 + 3}, // a finder look-alike then five light
		{"00001011101", 40},      // four light then a finder look-alike
		{"1011101", 40},          // the edges count as light
		{"0100101110101", 0},     // a look-alike with dark on both sides
	}
	for _, tc := range tests {
		if got := linePenalty(b(tc.line)); got != tc.want {
			t.Errorf("linePenalty(%s) = %d, want %d", tc.line, got, tc.want)
		}
	}
}
