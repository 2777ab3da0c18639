//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"factquiz/quiz/format"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// staticMarker marks a folder written by "static", which a later run may
// empty and write again. Any other non-empty folder is refused.
const staticMarker = ".factquiz-static"

// staticPages are the routes written as HTML pages, besides /quiz/<id>.
var staticPages = []string{"/", "/review", "/progress", "/settings", "/new", "/open", "/teacher"}

// runStatic is the "static" command: the whole app as files for any static
// host (GitHub Pages, a CDN, a school's web space): a page per route and
// per quiz, app.js, app-worker.js, the manifest, web/ (app.wasm and its .br
// and .gz copies, icons, app.css), questions/ with a generated index.json,
// and a _headers file with the security headers for hosts that read one.
func runStatic(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("static", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("o", "dist", "output folder")
	web, questions := siteFlags(fl)
	if !parseNoArgs(fl, args, stderr) {
		return 2
	}
	n, err := writeStatic(*out, *web, *questions, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "static: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote the app to %s: %d pages; serve that folder from any web host\n", *out, n)
	return 0
}

// writeStatic writes the static site and returns the number of pages.
func writeStatic(out, webDir, questionsDir string, log io.Writer) (int, error) {
	if _, err := os.Stat(filepath.Join(webDir, "app.wasm")); err != nil {
		return 0, fmt.Errorf("%w (run `make wasm` first)", err)
	}
	if err := prepareOutput(out); err != nil {
		return 0, err
	}
	s := newSite(webDir, questionsDir, log)
	snap, err := s.refresh()
	if err != nil {
		return 0, err
	}

	pages := append([]string(nil), staticPages...)
	seen := map[string]bool{}
	for _, f := range snap.files {
		id := format.QuizID(f.Name) // the app's own /quiz/<id>
		if id != "" && !seen[id] {
			seen[id] = true
			pages = append(pages, "/quiz/"+id)
		}
	}
	if err := app.GenerateStaticWebsite(out, snap.handler, pages...); err != nil {
		return 0, err
	}

	if err := copyTree(webDir, filepath.Join(out, "web")); err != nil {
		return 0, err
	}
	if err := copyQuestions(questionsDir, filepath.Join(out, "questions"), snap); err != nil {
		return 0, err
	}
	// The worker caches /favicon.ico, which the server answers with the icon.
	icon, err := os.ReadFile(filepath.Join(webDir, "icon-192.png"))
	if err == nil {
		err = os.WriteFile(filepath.Join(out, "favicon.ico"), icon, 0o644)
	}
	if err != nil {
		return 0, err
	}
	if err := os.WriteFile(filepath.Join(out, "_headers"), []byte(staticHeaders()), 0o644); err != nil {
		return 0, err
	}
	return len(pages), os.WriteFile(filepath.Join(out, staticMarker), nil, 0o644)
}

// prepareOutput creates out, or empties it when a previous run wrote it.
func prepareOutput(out string) error {
	entries, err := os.ReadDir(out)
	if errors.Is(err, fs.ErrNotExist) {
		return os.MkdirAll(out, 0o755)
	}
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, staticMarker)); err != nil {
		return fmt.Errorf("%s is not empty and was not written by `factquiz static`: choose another folder", out)
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(out, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

// copyTree copies the regular files of src (not dot-files, not symlinks)
// to dst.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if rel != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// copyQuestions copies the listed question files and writes index.json,
// exactly as the server answers /questions/index.json.
func copyQuestions(src, dst string, snap *snapshot) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	if len(snap.files) > 0 {
		root, err := os.OpenRoot(src)
		if err != nil {
			return err
		}
		defer root.Close()
		for _, f := range snap.files {
			data, err := readQuestionFile(root, f.Name)
			if err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
			if err := os.WriteFile(filepath.Join(dst, f.Name), data, 0o644); err != nil {
				return err
			}
		}
	}
	index, err := json.Marshal(struct {
		Version string         `json:"version"`
		Files   []questionFile `json:"files"`
	}{snap.version, snap.files})
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dst, "index.json"), index, 0o644)
}

// staticHeaders is a _headers file (Netlify, Cloudflare Pages) with the
// server's security headers; other hosts need them set in their own way.
func staticHeaders() string {
	var b strings.Builder
	b.WriteString("/*\n")
	for _, kv := range [][2]string{
		{"Content-Security-Policy", contentSecurityPolicy},
		{"X-Content-Type-Options", "nosniff"},
		{"Referrer-Policy", "no-referrer"},
		{"X-Frame-Options", "DENY"},
		{"Permissions-Policy", permissionsPolicy},
		{"Cross-Origin-Opener-Policy", "same-origin"},
		{"Cache-Control", "no-cache"},
	} {
		fmt.Fprintf(&b, "  %s: %s\n", kv[0], kv[1])
	}
	b.WriteString("/web/app.wasm\n  Content-Type: application/wasm\n")
	b.WriteString("/questions/*\n  Content-Type: text/plain; charset=utf-8\n")
	return b.String()
}
