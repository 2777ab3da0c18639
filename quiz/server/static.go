//go:build !wasm

package server

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"factquiz/quiz/format"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// staticMarker marks a folder written by "static", which a later run may
// empty and write again. Any other non-empty folder is refused.
const staticMarker = ".factquiz-static"

// staticPages are the routes written as HTML pages, besides /quiz/<id>.
var staticPages = []string{"/", "/review", "/progress", "/settings", "/new", "/open", "/teacher", "/shared"}

// runStatic is the "static" command: the whole app as files for any static
// host (GitHub Pages, a CDN, a school's web space): a folder with an
// index.html per route and per quiz (so that a direct link or a reload
// finds a page on any host), a 404.html that boots the app for hosts that
// use one, app.js, app-worker.js, the manifest, web/ (app.wasm and its .br
// and .gz copies, icons, app.css), questions/ with a generated index.json,
// and the security headers as a _headers file (Netlify, Cloudflare Pages)
// and an nginx snippet. -prefix serves it under a sub-path.
func runStatic(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("static", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("o", "dist", "output folder")
	prefix := fl.String("prefix", "", "the path the site is served under, as /quiz for https://example.org/quiz/ (GitHub Pages: /<repository>); empty for a domain's root")
	web, questions := siteFlags(fl)
	if !parseNoArgs(fl, args, stderr) {
		return 2
	}
	p, err := cleanPrefix(*prefix)
	if err != nil {
		fmt.Fprintf(stderr, "static: -prefix %q: %v\n", *prefix, err)
		return 2
	}
	n, err := writeStatic(*out, *web, *questions, p, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "static: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote the app to %s: %d pages for %s/; serve that folder from any web host (docs/deploying.md)\n", *out, n, p)
	return 0
}

// cleanPrefix turns "quiz", "/quiz/" or "/quiz" into "/quiz", and "" or
// "/" into "". A prefix is a URL path: letters, digits and . _ ~ - in
// each segment, nothing that needs escaping.
func cleanPrefix(prefix string) (string, error) {
	p := strings.Trim(prefix, "/")
	if p == "" {
		return "", nil
	}
	for seg := range strings.SplitSeq(p, "/") {
		if seg == "" || seg == "." || seg == ".." {
			return "", errors.New("write it as a path such as /quiz or /courses/quiz")
		}
		for _, r := range seg {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._~-", r)) {
				return "", fmt.Errorf("%q cannot be part of it: use letters, digits and . _ ~ - only", r)
			}
		}
	}
	return "/" + p, nil
}

// prefixResolver puts every path of the site under prefix ("" or
// "/quiz"): /web/app.wasm, /app.js, /questions/x.yaml and the prerendered
// links alike. The root is prefix + "/": GOAPP_ROOT_PREFIX, the worker's
// cached shell and the manifest's start_url, so that they name the page a
// static host serves without a redirect.
type prefixResolver struct{ prefix string }

func (r prefixResolver) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		return r.prefix + "/"
	case strings.HasPrefix(location, "web/"):
		return r.prefix + "/" + location
	case strings.HasPrefix(location, "/") && !strings.HasPrefix(location, "//"):
		return r.prefix + location
	}
	return location // a full URL, "#id", "mailto:"
}

// staticSiteScript runs before the app on a static host, %q being the
// site's root ("/" or "/quiz/"). A route written as a folder
// (quiz/x/index.html) is answered at "quiz/x/": hosts redirect "quiz/x"
// there. The app's routes have no trailing slash, so the address loses it
// before the app reads it (the root keeps its own: it is
// GOAPP_ROOT_PREFIX).
const staticSiteScript = `// Written by factquiz static (static.go: staticSiteScript).
(function () {
  var root = %q;
  var p = location.pathname;
  if (p !== root && p.length > 1 && p.charAt(p.length - 1) === "/") {
    history.replaceState(history.state, "", p.replace(/\/+$/, "") + location.search + location.hash);
  }
})();
`

// staticGoAppFiles are the files go-app's handler makes, written as they
// are (the manifest gets its scope).
var staticGoAppFiles = []string{"/app.js", "/app-worker.js", "/manifest.webmanifest", "/app.css", "/wasm_exec.js"}

// writeStatic writes the static site and returns the number of pages.
func writeStatic(out, webDir, questionsDir, prefix string, log io.Writer) (int, error) {
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
			pages = append(pages, "/quiz/"+id, "/progress/"+id)
		}
	}
	if err := writeStaticPages(out, staticHandler(snap, prefix), prefix, pages); err != nil {
		return 0, err
	}

	if err := copyTree(webDir, filepath.Join(out, "web")); err != nil {
		return 0, err
	}
	if err := os.WriteFile(filepath.Join(out, "web", "static-site.js"), fmt.Appendf(nil, staticSiteScript, prefix+"/"), 0o644); err != nil {
		return 0, err
	}
	if err := copyQuestions(filepath.Join(out, "questions"), snap); err != nil {
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
	if err := os.WriteFile(filepath.Join(out, "_headers"), []byte(staticHeaders(prefix)), 0o644); err != nil {
		return 0, err
	}
	if err := os.WriteFile(filepath.Join(out, staticNginxFile), []byte(nginxSnippet(prefix)), 0o644); err != nil {
		return 0, err
	}
	return len(pages), os.WriteFile(filepath.Join(out, staticMarker), nil, 0o644)
}

// staticHandler is the server's handler for snap with every URL under
// prefix and the static site's script.
func staticHandler(snap *snapshot, prefix string) *app.Handler {
	h := newHandler(snap.version, snap.servedPaths())
	h.WasmContentLength = strconv.FormatInt(snap.wasmSize, 10)
	h.Resources = prefixResolver{prefix}
	h.Scripts = append([]string{"/web/static-site.js"}, h.Scripts...)
	return h
}

// writeStaticPages writes go-app's files and a page per route: "/" as
// index.html, "/quiz/x" as quiz/x/index.html, and "/" again as 404.html.
func writeStaticPages(out string, h *app.Handler, prefix string, pages []string) error {
	srv := httptest.NewServer(h)
	defer srv.Close()
	get := func(p string) ([]byte, error) {
		res, err := http.Get(srv.URL + p)
		if err != nil {
			return nil, err
		}
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		if err == nil && res.StatusCode != http.StatusOK {
			err = fmt.Errorf("%s: %s", p, res.Status)
		}
		return body, err
	}
	write := func(name string, data []byte) error {
		name = filepath.Join(out, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		return os.WriteFile(name, data, 0o644)
	}
	for _, p := range staticGoAppFiles {
		data, err := get(p)
		if err != nil {
			return err
		}
		if p == "/manifest.webmanifest" {
			if data, err = scopeManifest(data, prefix+"/"); err != nil {
				return err
			}
		}
		if err := write(p, data); err != nil {
			return err
		}
	}
	// go-app routes a page after taking GOAPP_ROOT_PREFIX off its path, and
	// on the server it reads that from the process's environment, where the
	// handler put prefix + "/" above (for app.js). The pages are asked for
	// by their routes, without the prefix: "/quiz/x" under the prefix
	// "/quiz" would otherwise be routed as "/x".
	old, had := os.LookupEnv("GOAPP_ROOT_PREFIX")
	os.Setenv("GOAPP_ROOT_PREFIX", "/")
	defer func() {
		if had {
			os.Setenv("GOAPP_ROOT_PREFIX", old)
		} else {
			os.Unsetenv("GOAPP_ROOT_PREFIX")
		}
	}()
	for _, p := range pages {
		data, err := get(p)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(p, "/") + "/index.html"
		if err := write(name, data); err != nil {
			return err
		}
		if p == "/" {
			if err := write("404.html", data); err != nil {
				return err
			}
		}
	}
	return nil
}

// scopeManifest sets the manifest's scope (go-app always writes "/"), so
// that an app installed from a sub-path is that sub-path only.
func scopeManifest(data []byte, scope string) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("manifest.webmanifest: %w", err)
	}
	m["scope"] = scope
	return json.Marshal(m)
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

// copyQuestions writes the listed question files, the pictures and
// index.json from the snapshot, exactly as the server answers them: the
// bytes the index hashed.
func copyQuestions(dst string, snap *snapshot) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	for _, f := range snap.files {
		if err := os.WriteFile(filepath.Join(dst, f.Name), snap.byName[f.Name].data, 0o644); err != nil {
			return err
		}
	}
	for _, p := range snap.pictures {
		target := filepath.Join(dst, filepath.FromSlash(p.path))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(target, p.data, 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dst, "index.json"), snap.index, 0o644)
}

// staticNginxFile is the nginx snippet written beside the site.
const staticNginxFile = "nginx-factquiz.conf"

// staticContentTypes are the types a static host must send for the files
// whose extension it may not know (nosniff makes a wrong one fatal).
var staticContentTypes = [][2]string{
	{"wasm", "application/wasm"},
	{"webmanifest", "application/manifest+json"},
	{"js", "text/javascript"},
	{"yaml", "text/plain"}, {"yml", "text/plain"}, {"gift", "text/plain"}, {"aiken", "text/plain"}, {"txt", "text/plain"},
}

// staticHeaders is a _headers file (Netlify, Cloudflare Pages) with the
// server's headers (staticResponseHeaders); other hosts need them set in
// their own way (docs/deploying.md).
func staticHeaders(prefix string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s/*\n", prefix)
	for _, kv := range staticResponseHeaders() {
		fmt.Fprintf(&b, "  %s: %s\n", kv[0], kv[1])
	}
	fmt.Fprintf(&b, "%s/web/app.wasm\n  Content-Type: application/wasm\n", prefix)
	fmt.Fprintf(&b, "%s/questions/*\n  Content-Type: text/plain; charset=utf-8\n", prefix)
	return b.String()
}

// staticResponseHeaders are the headers every file of the site needs:
// the server's security headers and no-cache (a host's own caching would
// keep an old app.js beside a new app.wasm; the worker revalidates).
func staticResponseHeaders() [][2]string {
	return append(securityHeaders(), [2]string{"Cache-Control", "no-cache"})
}

// nginxSnippet is a server-block snippet for nginx serving the site at
// prefix from a root that holds it: the headers, the types, app.wasm.br
// with Content-Encoding: br to browsers that take it (no brotli module
// needed), and the worker's scope.
func nginxSnippet(prefix string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `# Written by factquiz static: include it in a server block whose root
# holds this folder at %[1]s/ (docs/deploying.md).
# Its maps go in the http block, once:
#   map $http_accept_encoding $factquiz_br { default ""; "~*\bbr\b" ".br"; }
#   map $factquiz_br $factquiz_encoding { default ""; ".br" br; }
`, prefix)
	headers := func(indent string) {
		for _, kv := range staticResponseHeaders() {
			fmt.Fprintf(&b, "%sadd_header %s %q always;\n", indent, kv[0], kv[1])
		}
	}
	fmt.Fprintf(&b, "location %s/ {\n", prefix)
	b.WriteString("    types {\n        text/html html;\n        text/css css;\n        image/png png ico;\n        image/jpeg jpg jpeg;\n        image/gif gif;\n        image/webp webp;\n        image/svg+xml svg;\n        application/json json;\n")
	for _, kv := range staticContentTypes {
		fmt.Fprintf(&b, "        %s %s;\n", kv[1], kv[0])
	}
	b.WriteString("    }\n    charset utf-8;\n    charset_types text/plain text/css text/javascript application/json;\n")
	headers("    ")
	fmt.Fprintf(&b, "    error_page 404 %s/404.html;\n", prefix)
	fmt.Fprintf(&b, "    location = %s/web/app.wasm {\n", prefix)
	b.WriteString("        default_type application/wasm;\n        types { }\n")
	headers("        ")
	b.WriteString("        add_header Vary Accept-Encoding always;\n")
	b.WriteString("        add_header Content-Encoding $factquiz_encoding always;\n")
	fmt.Fprintf(&b, "        try_files %[1]s/web/app.wasm$factquiz_br %[1]s/web/app.wasm =404;\n", prefix)
	b.WriteString("    }\n}\n")
	return b.String()
}
