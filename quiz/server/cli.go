//go:build !wasm

// Package server is the native side of Factquiz: the web server that
// serves the app (serve), and the teachers' commands (generate, check,
// export, static, compress). Every file is tagged !wasm, so that none of
// it (net/http, the server's file handling) reaches app.wasm.
package server

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// command is one subcommand of the native binary.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"serve", "serve the app (default): serve [-addr :8000] [-questions dir] [-web dir]", runServe},
		{"generate", "write a quiz from an article's facts: generate ARTICLE.txt [-o FILE] [--format yaml|json]", runGenerate},
		{"check", "check question files and print every problem: check [FILES or folders]", runCheck},
		{"export", "write a question file in another format: export --format gift|yaml|json FILE", runExport},
		{"static", "write the whole app as static files for any web host: static -o DIR", runStatic},
		{"compress", "write brotli and gzip copies of a file: compress FILE...", runCompress},
	}
}

// Run is the factquiz command line: it runs the command args name (serve
// when there is none) and returns the process exit status.
func Run(args []string, stdout, stderr io.Writer) int { return run(args, stdout, stderr) }

// run dispatches the command line and returns the process exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return runServe(args, stdout, stderr)
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		return 0
	}
	fmt.Fprintf(stderr, "factquiz: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: factquiz [command] [arguments]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
}

// parseFlags parses args with fs, letting flags come before or after the
// file names (`generate a.txt -o q.yaml` as well as `generate -o q.yaml
// a.txt`), and returns the file names. When parsing fails it returns the
// exit status: 0 after -h, 2 for a bad flag (fs has said why).
func parseFlags(fs *flag.FlagSet, args []string) (names []string, status int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, 0, false
			}
			return nil, 2, false
		}
		if fs.NArg() == 0 {
			return names, 0, true
		}
		names = append(names, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
