// Command factquiz is the Factquiz quiz app. Built for GOOS=js GOARCH=wasm
// it is the app that runs in the browser; built natively it is the server
// and the teachers' commands (generate, check, export, static), whose code
// lives in package quiz/server, whose files are tagged !wasm so that none
// of it reaches app.wasm.
package main

import (
	"os"

	"factquiz/quiz/ui"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.Routes()
	// In the browser this starts the app and never returns; natively it
	// returns at once and the command line decides what to do.
	app.RunWhenOnBrowser()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
