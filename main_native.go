//go:build !wasm

package main

import (
	"io"

	"factquiz/quiz/server"
)

// run is the command line: the server and the teachers' commands.
func run(args []string, stdout, stderr io.Writer) int { return server.Run(args, stdout, stderr) }
