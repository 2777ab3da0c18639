//go:build !quizonly

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// toolRoutes registers the pages for making and checking quizzes. The
// quizonly build tag leaves them out; it exists only to weigh the quiz app
// alone (quiz/e2e's TestWasmSize), never to ship.
func toolRoutes() {
	app.Route("/new", func() app.Composer { return &NewQuizPage{} })
	app.Route("/open", func() app.Composer { return &OpenFilePage{} })
	app.Route("/teacher", func() app.Composer { return &TeacherPage{} })
}
