//go:build !wasm

package server

import (
	_ "embed"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// appWorkerTemplate is Factquiz's service worker (see app-worker.tmpl.js).
// It is embedded, never served as a file: the only way to read it is the
// filled-in /app-worker.js.
//
//go:embed app-worker.tmpl.js
var appWorkerTemplate string

// App identity. These are fixed strings: nothing a teacher writes in a
// question file ever reaches the page head or the manifest (prerendered
// attributes are not HTML-escaped by go-app).
const (
	appName            = "Factquiz"
	appTitle           = "Factquiz"
	appDescription     = "Quizzes from the facts of an article: answer, check, and see the sentence each answer comes from. Works offline."
	appThemeColor      = "#2b59c3"
	appBackgroundColor = "#ffffff"
	appLoadingLabel    = "Loading Factquiz {progress}%"
)

// handlerFingerprint changes whenever the handler's settings change, so
// that a new build with other settings is a new Version even if app.wasm
// happened to be identical.
const handlerFingerprint = appName + "|" + appTitle + "|" + appDescription + "|" +
	appThemeColor + "|" + appBackgroundColor + "|" + appLoadingLabel + "|icons-v1|favicon|app.css|boot.js|" +
	staticSiteScript

// newHandler returns the go-app handler for one version of what is served.
// questionFiles are the slash paths of the files under questions/ (its
// question files and pictures): each one, and /questions/index.json, is
// cached by the service worker at install. The caller sets
// WasmContentLength.
func newHandler(version string, questionFiles []string) *app.Handler {
	// go-app's worker list has the PNG icons and Styles but not the SVG
	// icon, which the page uses as its favicon.
	cacheable := []string{"/web/icon.svg", "/favicon.ico", "/questions/index.json"}
	for _, name := range questionFiles {
		cacheable = append(cacheable, questionURL(name))
	}
	return &app.Handler{
		Name:            appName,
		ShortName:       appName,
		Title:           appTitle,
		Description:     appDescription,
		Lang:            "en",
		BackgroundColor: appBackgroundColor,
		ThemeColor:      appThemeColor,
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			SVG:      "/web/icon.svg",
			Maskable: "/web/icon-maskable-512.png",
		},
		Styles: []string{"/web/app.css"},
		// boot.js runs before app.js (go-app defers app.js): see AppBar.
		Scripts:               []string{"/web/boot.js"},
		LoadingLabel:          appLoadingLabel,
		CacheableResources:    cacheable,
		ServiceWorkerTemplate: appWorkerTemplate,
		Version:               version,
		// A resolver that is not an http.Handler: go-app then never serves
		// files itself (its LocalDir file server would clean "/web/../x"
		// into "/x" and serve the working directory). serve.go serves
		// /web/ and /questions/.
		Resources: webResolver{},
	}
}

// questionURL is the escaped URL path of a question file. The escaping
// matters: go-app splits resource strings on spaces.
func questionURL(name string) string {
	return (&url.URL{Path: "/questions/" + name}).EscapedPath()
}

// webResolver resolves "/web/x" to "/web/x", as app.LocalDir("") does,
// without being a file server.
type webResolver struct{}

func (webResolver) Resolve(location string) string {
	if location == "" || location == "/" {
		return "/"
	}
	if strings.HasPrefix(location, "https://") || strings.HasPrefix(location, "http://") {
		return location
	}
	if !strings.HasPrefix(location, "/web/") && !strings.HasPrefix(location, "web/") {
		return location
	}
	return "/" + strings.Trim(location, "/")
}

// securityHeaders are the headers every response of the app carries, for
// the server and for static hosts (_headers, the nginx snippet) alike;
// serve.go's setSecurityHeaders sets the same (TestSecurityHeadersAgree).
func securityHeaders() [][2]string {
	return [][2]string{
		{"Content-Security-Policy", contentSecurityPolicy},
		{"X-Content-Type-Options", "nosniff"},
		{"Referrer-Policy", "no-referrer"},
		{"X-Frame-Options", "DENY"},
		{"Permissions-Policy", permissionsPolicy},
		{"Cross-Origin-Opener-Policy", "same-origin"},
		{"Cross-Origin-Resource-Policy", "same-origin"},
	}
}
