//go:build wasm

package main

import "io"

// run is never reached in the browser: app.RunWhenOnBrowser does not return.
func run([]string, io.Writer, io.Writer) int { return 0 }
