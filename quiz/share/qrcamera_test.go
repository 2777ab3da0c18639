package share

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A view of a code as a phone's camera takes it off a projector screen in
// a lit room: so many camera pixels a module, the lens's blur (a Gaussian,
// in camera pixels), a small turn, washed-out blacks and greys (a dark
// module at 70, a light one at 205 of 255) and sensor noise.
type cameraView struct {
	pixelsPerModule float64
	blur            float64
	turnDegrees     float64
}

// TestQRThroughACamera reads the Karabakh quiz's code (version 36, the
// largest stock code) in simulated camera views with ZBar (zbarimg), the
// decoder of many scanning apps, to say how close a learner must sit
// (docs/sharing.md turns the pixels into metres). The views too coarse
// for any decoder must fail, so that the simulation is not too kind.
func TestQRThroughACamera(t *testing.T) {
	zbarimg, err := exec.LookPath("zbarimg")
	if err != nil {
		t.Fatal("zbarimg is missing: run `make zbar` (apt-get install zbar-tools)")
	}
	q := stockQuizzes(t)["karabakh.yaml"]
	packed, err := Pack(q)
	if err != nil {
		t.Fatal(err)
	}
	code, err := QR(testPrefix, packed)
	if err != nil {
		t.Fatal(err)
	}
	want := testPrefix + Digits(packed)
	tests := []struct {
		view  cameraView
		reads bool
	}{
		{cameraView{pixelsPerModule: 5, blur: 1.2, turnDegrees: 4}, true},
		{cameraView{pixelsPerModule: 4, blur: 1.2, turnDegrees: 0}, true},
		{cameraView{pixelsPerModule: 3, blur: 0.7, turnDegrees: 4}, true},
		{cameraView{pixelsPerModule: 1.5, blur: 0, turnDegrees: 0}, false},
		{cameraView{pixelsPerModule: 2, blur: 1.2, turnDegrees: 4}, false},
	}
	dir := t.TempDir()
	for _, tc := range tests {
		name := fmt.Sprintf("%.1fpx-blur%.1f-turn%.0f", tc.view.pixelsPerModule, tc.view.blur, tc.view.turnDegrees)
		path := filepath.Join(dir, name+".png")
		var b bytes.Buffer
		if err := png.Encode(&b, cameraImage(code, tc.view)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, _ := exec.Command(zbarimg, "-q", "--raw", path).Output()
		read := strings.TrimSpace(string(out)) == want
		if read != tc.reads {
			t.Errorf("version %d, %s: read %v, want %v (zbarimg said %.60q)", code.Version, name, read, tc.reads, out)
		}
	}
}

// cameraImage draws the code with its 4-module quiet zone as the view
// sees it; each pixel is the share of its area that is dark (4x4 samples).
func cameraImage(c *QRCode, v cameraView) *image.Gray {
	modules := float64(c.Size + 8)
	side := int(modules*v.pixelsPerModule) + 40
	center := float64(side) / 2
	sin, cos := math.Sincos(v.turnDegrees * math.Pi / 180)
	darkness := make([]float64, side*side)
	for py := range side {
		for px := range side {
			sum := 0.0
			for sy := range 4 {
				for sx := range 4 {
					x := float64(px) + (float64(sx)+.5)/4 - center
					y := float64(py) + (float64(sy)+.5)/4 - center
					mx := (x*cos-y*sin)/v.pixelsPerModule + modules/2
					my := (x*sin+y*cos)/v.pixelsPerModule + modules/2
					if c.Dark(int(math.Floor(mx))-4, int(math.Floor(my))-4) {
						sum++
					}
				}
			}
			darkness[py*side+px] = sum / 16
		}
	}
	if v.blur > 0 {
		darkness = gaussianBlur(darkness, side, v.blur)
	}
	noise := rand.New(rand.NewPCG(1, 2))
	img := image.NewGray(image.Rect(0, 0, side, side))
	for i, d := range darkness {
		grey := 205 - d*(205-70) + noise.NormFloat64()*8
		img.Pix[i] = uint8(math.Round(max(0, min(255, grey))))
	}
	return img
}

// gaussianBlur blurs a side x side image with a Gaussian of deviation
// sigma pixels, one direction then the other.
func gaussianBlur(img []float64, side int, sigma float64) []float64 {
	reach := int(math.Ceil(3 * sigma))
	weights := make([]float64, 2*reach+1)
	total := 0.0
	for i := range weights {
		d := float64(i - reach)
		weights[i] = math.Exp(-d * d / (2 * sigma * sigma))
		total += weights[i]
	}
	pass := func(src []float64, at func(x, y, d int) int) []float64 {
		dst := make([]float64, len(src))
		for y := range side {
			for x := range side {
				v := 0.0
				for i, w := range weights {
					v += src[at(x, y, i-reach)] * w
				}
				dst[y*side+x] = v / total
			}
		}
		return dst
	}
	clamp := func(n int) int { return min(max(n, 0), side-1) }
	across := pass(img, func(x, y, d int) int { return y*side + clamp(x+d) })
	return pass(across, func(x, y, d int) int { return clamp(y+d)*side + x })
}
