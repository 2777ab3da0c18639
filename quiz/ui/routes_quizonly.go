//go:build quizonly

package ui

// toolRoutes registers nothing in the quizonly build, which weighs the
// quiz app without the article, file and teacher pages (see
// routes_tools.go).
func toolRoutes() {}
