//go:build !wasm

package server

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testPicture is a small picture of 3×2 pixels encoded by encode.
func testPicture(t *testing.T, encode func(*bytes.Buffer, image.Image) error) []byte {
	t.Helper()
	img := image.NewPaletted(image.Rect(0, 0, 3, 2), color.Palette{color.White, color.Black})
	img.SetColorIndex(1, 1, 1)
	var b bytes.Buffer
	must(t, encode(&b, img))
	return b.Bytes()
}

// pictureFixture is newFixture's site with pictures in questions/ and
// its folders, good and bad, the scan's report of those it skipped, and
// the good ones' bytes by path.
func pictureFixture(t *testing.T) (f *fixture, skipped string, good map[string][]byte) {
	t.Helper()
	f = newFixture(t)
	pngData := testPicture(t, func(b *bytes.Buffer, m image.Image) error { return png.Encode(b, m) })
	good = map[string][]byte{
		"map.png":                   pngData,
		"pics/map.png":              pngData,
		"pics/été 2020/photo.jpg":   testPicture(t, func(b *bytes.Buffer, m image.Image) error { return jpeg.Encode(b, m, nil) }),
		"pics/anim.GIF":             testPicture(t, func(b *bytes.Buffer, m image.Image) error { return gif.Encode(b, m, nil) }),
		"pics/cell.webp":            append([]byte("RIFF\x10\x00\x00\x00WEBPVP8 "), make([]byte, 16)...),
		"a/b/c/d/e/f/g/deepest.png": pngData,
	}
	bad := map[string][]byte{
		".hidden.png":                 pngData,
		"pics/.hidden.png":            pngData,
		".secret/map.png":             pngData,
		"notes.png":                   []byte("a text file renamed .png"),
		"pics/photo.jpg":              pngData, // a PNG named .jpg
		"drawing.svg":                 []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`),
		"pics/what?.png":              pngData,
		"big.png":                     append(append([]byte(nil), pngData...), make([]byte, maxPictureSize)...),
		"a/b/c/d/e/f/g/h/tooDeep.png": pngData,
	}
	for _, files := range []map[string][]byte{good, bad} {
		for rel, data := range files {
			name := filepath.Join(f.questions, filepath.FromSlash(rel))
			must(t, os.MkdirAll(filepath.Dir(name), 0o755))
			must(t, os.WriteFile(name, data, 0o644))
		}
	}
	// Links, to a picture of the folder, to a dot-file, and a folder.
	must(t, os.Symlink("map.png", filepath.Join(f.questions, "alias.png")))
	must(t, os.Symlink(".hidden.png", filepath.Join(f.questions, "unhidden.png")))
	must(t, os.Symlink("pics", filepath.Join(f.questions, "linked")))
	must(t, os.Symlink(".secret", filepath.Join(f.questions, "notsecret")))

	_, report, err := newPictureFolder(f.questions).scan()
	must(t, err)
	_, err = f.site.refresh()
	must(t, err)
	return f, strings.Join(report, ""), good
}

// TestServePictures: pictures of questions/ and its folders are served
// with their format's type, nosniff and an ETag; dot-files, links,
// files whose bytes are not the picture their name says, SVG, names
// that are no addresses, files too big or too deep are 404.
func TestServePictures(t *testing.T) {
	f, _, good := pictureFixture(t)
	for _, tc := range []struct {
		path        string
		contentType string // "" for 404
	}{
		{"map.png", "image/png"},
		{"pics/map.png", "image/png"},
		{"pics/%C3%A9t%C3%A9%202020/photo.jpg", "image/jpeg"},
		{"pics/anim.GIF", "image/gif"},
		{"pics/cell.webp", "image/webp"},
		{"a/b/c/d/e/f/g/deepest.png", "image/png"},
		{".hidden.png", ""},
		{"pics/.hidden.png", ""},
		{".secret/map.png", ""},
		{"notsecret/map.png", ""},
		{"notes.png", ""},
		{"pics/photo.jpg", ""},
		{"drawing.svg", ""},
		{"pics/what%3F.png", ""},
		{"big.png", ""},
		{"a/b/c/d/e/f/g/h/tooDeep.png", ""},
		{"alias.png", ""},
		{"unhidden.png", ""},
		{"linked/map.png", ""},
		{"articles/karabakh.txt", ""},
	} {
		t.Run(tc.path, func(t *testing.T) {
			res, body := f.get(t, "/questions/"+tc.path)
			if tc.contentType == "" {
				if res.StatusCode != http.StatusNotFound {
					t.Fatalf("status %d (%s), want 404", res.StatusCode, res.Header.Get("Content-Type"))
				}
				return
			}
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d, want 200", res.StatusCode)
			}
			for header, want := range map[string]string{
				"Content-Type":           tc.contentType,
				"X-Content-Type-Options": "nosniff",
				"Cache-Control":          "no-cache",
			} {
				if got := res.Header.Get(header); got != want {
					t.Errorf("%s = %q, want %q", header, got, want)
				}
			}
			want := good[strings.ReplaceAll(strings.ReplaceAll(tc.path, "%C3%A9", "é"), "%20", " ")]
			if !bytes.Equal(body, want) {
				t.Errorf("body is %d bytes, want the picture's %d", len(body), len(want))
			}
			etag := res.Header.Get("ETag")
			if again, _ := f.get(t, "/questions/"+tc.path, "If-None-Match", etag); etag == "" || again.StatusCode != http.StatusNotModified {
				t.Errorf("If-None-Match %q: %d, want 304", etag, again.StatusCode)
			}
		})
	}
}

// TestScanPicturesSaysWhatItSkips: every picture not served that a
// teacher may have meant to show is named with the reason.
func TestScanPicturesSaysWhatItSkips(t *testing.T) {
	_, report, _ := pictureFixture(t)
	for _, want := range []string{
		"notes.png is not served: its bytes are not a PNG picture",
		"photo.jpg is not served: its bytes are not a JPG picture",
		"drawing.svg is not served: SVG pictures are not served",
		"what?.png is not served: rename it",
		"big.png is not served: it is larger than 8 MiB",
		"alias.png is not served: it is a symbolic link",
		"unhidden.png is not served: it is a symbolic link",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q:\n%s", want, report)
		}
	}
	for _, quiet := range []string{"/.hidden.png", "secret", "deepest", "/map.png"} {
		if strings.Contains(report, quiet) {
			t.Errorf("the report names %q:\n%s", quiet, report)
		}
	}
}

// TestPicturesAreCachedAndVersioned: the worker caches every picture
// served (offline quizzes show them), none refused, and a picture
// changed is a new version.
func TestPicturesAreCachedAndVersioned(t *testing.T) {
	f, _, _ := pictureFixture(t)
	_, worker := f.get(t, "/app-worker.js")
	for _, want := range []string{"/questions/map.png", "/questions/pics/map.png", "/questions/pics/%C3%A9t%C3%A9%202020/photo.jpg", "/questions/pics/cell.webp"} {
		if !bytes.Contains(worker, []byte(`"`+want+`"`)) {
			t.Errorf("app-worker.js does not cache %s", want)
		}
	}
	for _, refused := range []string{"hidden.png", "notes.png", "drawing.svg", "alias.png", "linked/", "big.png"} {
		if bytes.Contains(worker, []byte(refused)) {
			t.Errorf("app-worker.js caches %s", refused)
		}
	}
	before := f.site.current().version
	must(t, os.WriteFile(filepath.Join(f.questions, "pics", "map.png"), testPicture(t, func(b *bytes.Buffer, m image.Image) error {
		return png.Encode(b, image.NewGray(image.Rect(0, 0, 5, 5)))
	}), 0o644))
	if _, err := f.site.refresh(); err != nil || f.site.current().version == before {
		t.Errorf("a picture changed: version still %s (%v)", before, err)
	}
}

// TestStaticExportsPictures: `static` writes the pictures served, in
// their folders, and none of those refused.
func TestStaticExportsPictures(t *testing.T) {
	f, _, good := pictureFixture(t)
	out := filepath.Join(t.TempDir(), "dist")
	var stdout, stderr bytes.Buffer
	if code := runStatic([]string{"-o", out, "-web", f.web, "-questions", f.questions}, &stdout, &stderr); code != 0 {
		t.Fatalf("static: %d %s", code, stderr.String())
	}
	for rel, want := range good {
		if got, err := os.ReadFile(filepath.Join(out, "questions", filepath.FromSlash(rel))); err != nil || !bytes.Equal(got, want) {
			t.Errorf("questions/%s: %d bytes, %v; want the picture's %d", rel, len(got), err, len(want))
		}
	}
	for _, rel := range []string{".hidden.png", "pics/.hidden.png", ".secret", "notes.png", "drawing.svg", "big.png", "alias.png", "linked", "notsecret"} {
		if _, err := os.Lstat(filepath.Join(out, "questions", filepath.FromSlash(rel))); err == nil {
			t.Errorf("questions/%s should not be exported", rel)
		}
	}
	worker, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
	must(t, err)
	if !bytes.Contains(worker, []byte(`"/questions/pics/map.png"`)) {
		t.Errorf("the static site's worker does not cache /questions/pics/map.png")
	}
}

// TestPicturesStopAtTheTotalLimit: pictures are taken in the order of
// their paths until the next one would pass the limit; the others are
// named, and one that fits again (a picture before it removed) is taken.
func TestPicturesStopAtTheTotalLimit(t *testing.T) {
	dir := t.TempDir()
	pngData := testPicture(t, func(b *bytes.Buffer, m image.Image) error { return png.Encode(b, m) })
	for _, name := range []string{"a.png", "b.png", "c.png"} {
		must(t, os.WriteFile(filepath.Join(dir, name), pngData, 0o644))
	}
	folder := newPictureFolder(dir)
	folder.maxTotal = int64(2*len(pngData) + 1)
	for _, step := range []struct {
		remove, served, skipped string
	}{
		{"", "a.png b.png", "c.png"},
		{"a.png", "b.png c.png", ""},
	} {
		if step.remove != "" {
			must(t, os.Remove(filepath.Join(dir, step.remove)))
		}
		pictures, skipped, err := folder.scan()
		must(t, err)
		var served []string
		for _, p := range pictures {
			served = append(served, p.path)
		}
		if got := strings.Join(served, " "); got != step.served {
			t.Errorf("after removing %q: served %q, want %q", step.remove, got, step.served)
		}
		report := strings.Join(skipped, "")
		if (step.skipped == "") != (report == "") || (step.skipped != "" && !strings.Contains(report, step.skipped+" is not served: the pictures before it already make")) {
			t.Errorf("after removing %q: report %q, want one about %q", step.remove, report, step.skipped)
		}
	}
}
