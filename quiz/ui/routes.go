// Package ui holds Factquiz's go-app components, one per file, named after
// what they show. It is the only package under quiz/ that imports go-app;
// everything it shows comes from the domain packages beside it.
package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Routes registers every page. The server and the wasm call it alike, so
// that prerendered pages and client-side navigation agree.
func Routes() {
	app.Route("/", func() app.Composer { return &Home{} })
	app.RouteWithRegexp(`^/quiz/[A-Za-z0-9_.-]+$`, func() app.Composer { return &QuizPage{} })
	app.Route("/review", func() app.Composer { return &ReviewPage{} })
	app.Route("/progress", func() app.Composer { return &ProgressPage{} })
	app.RouteWithRegexp(`^/progress/[A-Za-z0-9_.-]+$`, func() app.Composer { return &ProgressPage{} })
	app.Route("/settings", func() app.Composer { return &SettingsPage{} })
	app.Route("/shared", func() app.Composer { return &SharedQuizPage{} })
	toolRoutes()
}
