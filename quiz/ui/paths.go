package ui

import (
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// appPath is the site's path p ("/review", "/questions/x.yaml") under the
// path the site is served from ("/quiz" for `factquiz static -prefix
// /quiz`): every link, navigation and fetch of the app goes through it.
// On the server it is p as it is: go-app's resource resolver already puts
// the prerendered href and src under the prefix, and would add it twice.
func appPath(p string) string {
	if app.IsServer {
		return p
	}
	return underRoot(browserRoot(), p)
}

// browserRoot is the prefix the browser was given, read once: go-app puts
// it in app.js as GOAPP_ROOT_PREFIX ("/" or "/quiz/").
var browserRoot = sync.OnceValue(func() string {
	return rootOf(app.Getenv("GOAPP_ROOT_PREFIX"))
})

// rootOf turns GOAPP_ROOT_PREFIX ("", "/", "/quiz/" or "/quiz") into the
// prefix without its trailing slash ("" or "/quiz").
func rootOf(env string) string {
	return strings.TrimRight(env, "/")
}

// underRoot puts the site path p under root. Anything else (a "#id", a
// data: or full URL, a "//host" one) is left as it is.
func underRoot(root, p string) string {
	if root == "" || !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") {
		return p
	}
	return root + p
}

// routePath is the page's route ("/quiz/karabakh"): its URL's path with
// the prefix taken off, as go-app did to route it. The environment is read
// each time: on the server `factquiz static` changes it between writing
// app.js and prerendering the pages.
func routePath(ctx app.Context) string {
	return withoutRoot(rootOf(app.Getenv("GOAPP_ROOT_PREFIX")), ctx.Page().URL().Path)
}

// withoutRoot takes root off path, at a path segment's boundary only:
// "/quizzes" is not under "/quiz".
func withoutRoot(root, path string) string {
	switch {
	case root == "":
		return path
	case path == root:
		return "/"
	case strings.HasPrefix(path, root+"/"):
		return path[len(root):]
	}
	return path
}
