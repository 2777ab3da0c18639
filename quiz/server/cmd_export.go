//go:build !wasm

package server

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/format"
)

// runExport is "factquiz export [--format gift|moodlexml|yaml|json] [-o FILE]
// [--from gift|aiken|yaml|txt] [--force] FILE": it reads a question file
// in any format and writes it as GIFT (for Moodle, the default), Moodle
// XML, native YAML or JSON, to standard output or to -o FILE. A file with errors is
// not exported unless --force is given (then its readable questions are).
func runExport(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("export", flag.ContinueOnError)
	flags.SetOutput(stderr)
	to := flags.String("format", "gift", "format to write: gift (for Moodle), moodlexml (Moodle XML), yaml or json")
	from := flags.String("from", "", "format of FILE when its extension does not say: native, gift, aiken, txt or moodlexml")
	out := flags.String("o", "", "write to this file instead of standard output")
	force := flags.Bool("force", false, "export the readable questions of a file that has errors")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: factquiz export [--format gift|moodlexml|yaml|json] [-o FILE] [--from FORMAT] [--force] FILE")
		flags.PrintDefaults()
	}
	files, status, ok := parseFlags(flags, args)
	if !ok {
		return status
	}
	if len(files) != 1 {
		fmt.Fprintln(stderr, "export: give exactly one question file")
		flags.Usage()
		return 2
	}
	var write func(io.Writer, *quiz.Quiz) error
	switch strings.ToLower(*to) {
	case "gift", "moodle":
		write = format.WriteGIFT
	case "moodlexml", "xml":
		write = format.WriteMoodleXML
	case "yaml", "yml", "native":
		write = format.WriteNative
	case "json":
		write = format.WriteJSON
	default:
		fmt.Fprintf(stderr, "export: unknown --format %q: use gift, moodlexml, yaml or json\n", *to)
		return 2
	}
	name := files[0]
	info, err := os.Stat(name)
	if err == nil && info.Size() > format.MaxSize {
		fmt.Fprintln(stderr, tooBig(name, info.Size())[0].Error())
		return 1
	}
	data, err := os.ReadFile(name)
	if err != nil {
		fmt.Fprintf(stderr, "%s: cannot read: %s\n", name, errText(err))
		return 1
	}
	var q *quiz.Quiz
	var ps format.Problems
	if *from != "" {
		f, ok := format.ParseFormat(*from)
		if !ok {
			fmt.Fprintf(stderr, "export: unknown --from %q: use native, gift, aiken, txt or moodlexml\n", *from)
			return 2
		}
		q, ps = format.ParseAs(f, name, data)
	} else {
		q, ps = format.Parse(name, data)
	}
	for _, p := range ps {
		fmt.Fprintln(stderr, p.Error())
	}
	if q == nil {
		fmt.Fprintf(stderr, "%s: no question could be read: nothing exported\n", name)
		return 1
	}
	if ps.HasErrors() && !*force {
		fmt.Fprintf(stderr, "%s: not exported because of the errors above: fix them, or add --force to export the %d readable questions\n", name, len(q.Questions))
		return 1
	}
	var b bytes.Buffer
	if err := write(&b, q); err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	if *out == "" {
		if _, err := stdout.Write(b.Bytes()); err != nil {
			fmt.Fprintf(stderr, "export: %v\n", err)
			return 1
		}
	} else if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	if ps.HasErrors() {
		return 1
	}
	return 0
}
