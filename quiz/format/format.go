// Package format reads and writes Factquiz question files: the native
// YAML (or JSON) format, Moodle's GIFT, Aiken and XML formats. Parsers take
// bytes and return a quiz and every problem found, each at a line and
// column; they never panic, and nothing in a file is ever run. The
// package uses no os or net code, so the WebAssembly app uses it too.
package format

import (
	"bytes"
	"factquiz/quiz/plaintext"
	"fmt"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"factquiz/quiz"
)

// Format is a question file format.
type Format string

const (
	// Native is Factquiz's own format: YAML, or JSON with the same fields.
	Native Format = "native"
	// GIFT is Moodle's GIFT text format.
	GIFT Format = "gift"
	// Aiken is Moodle's Aiken format: one-line questions with A. B. C. options.
	Aiken Format = "aiken"
	// Text is a .txt file: read as GIFT, or as Aiken if that fits better.
	Text Format = "txt"
	// MoodleXML is Moodle's XML format, the question bank's full export.
	MoodleXML Format = "moodlexml"
)

// MaxSize is the largest question file read, in bytes: 16 MiB. A file
// of 10,000 questions is about 2 MB, so the limit only stops files that
// are not question files at all (or would make the browser struggle).
const MaxSize = 16 << 20

// Extensions are the file extensions Parse recognises, with their format.
var Extensions = map[string]Format{
	".yaml":  Native,
	".yml":   Native,
	".json":  Native,
	".gift":  GIFT,
	".aiken": Aiken,
	".txt":   Text,
	".xml":   MoodleXML,
}

// FormatOf returns the format of a file name by its extension (case does
// not matter), and false when the extension is not recognised.
func FormatOf(name string) (Format, bool) {
	f, ok := Extensions[strings.ToLower(path.Ext(name))]
	return f, ok
}

// ParseFormat turns a format name given on a command line ("yaml",
// "json", "native", "gift", "aiken", "txt", "moodlexml" or "xml") into a
// Format.
func ParseFormat(s string) (Format, bool) {
	switch strings.ToLower(strings.TrimPrefix(s, ".")) {
	case "native", "yaml", "yml", "json":
		return Native, true
	case "gift":
		return GIFT, true
	case "aiken":
		return Aiken, true
	case "txt", "text":
		return Text, true
	case "moodlexml", "xml":
		return MoodleXML, true
	}
	return "", false
}

// Parse reads a question file, choosing the format by the extension of
// name: .yaml, .yml and .json are native, .gift is GIFT, .aiken is
// Aiken, .txt is read as GIFT, or as Aiken when that fits better, and
// .xml is Moodle XML.
// It returns the quiz (nil when nothing in the file is usable) and every
// problem found, sorted by position. The quiz's ID is QuizID(name).
func Parse(name string, data []byte) (*quiz.Quiz, Problems) {
	f, ok := FormatOf(name)
	if !ok {
		return nil, Problems{{File: name, Msg: fmt.Sprintf("unknown file extension %q: name question files .yaml, .yml, .json, .gift, .aiken, .txt or .xml", path.Ext(name))}}
	}
	return ParseAs(f, name, data)
}

// ParseAs reads a question file in the given format, whatever its name.
func ParseAs(f Format, name string, data []byte) (q *quiz.Quiz, ps Problems) {
	defer func() {
		// Parsers are written (and fuzzed) not to panic; this is the last
		// line of defence, so that one bad file never takes the app down.
		if r := recover(); r != nil {
			q = nil
			ps = append(ps, Problem{File: name, Msg: fmt.Sprintf("internal error reading this file (please report it): %v", r)})
		}
	}()
	return parseAs(f, name, data)
}

// parseAs is ParseAs without the safety net, for the fuzz tests.
func parseAs(f Format, name string, data []byte) (q *quiz.Quiz, ps Problems) {
	if len(data) > MaxSize {
		return nil, Problems{{File: name, Msg: fmt.Sprintf("file is %s, over the %s limit for question files: split it into smaller files", sizeString(len(data)), sizeString(MaxSize))}}
	}
	data, p := checkEncoding(name, data)
	if p != nil && !p.Warning {
		return nil, Problems{*p}
	}
	defer func() {
		if p != nil {
			ps = append(ps, *p)
			ps.Sort()
		}
	}()
	data = LoneCRToLF(data)
	switch f {
	case Native:
		q, ps = parseNative(name, data)
	case GIFT:
		q, ps = parseGIFT(name, data)
	case Aiken:
		q, ps = parseAiken(name, data)
	case Text:
		q, ps = parseText(name, data)
	case MoodleXML:
		q, ps = parseMoodleXML(name, data)
	default:
		return nil, Problems{{File: name, Msg: fmt.Sprintf("unknown format %q: use native, gift, aiken or moodlexml", string(f))}}
	}
	if q != nil {
		q.ID = QuizID(name)
		if q.Title == "" {
			q.Title = titleFromName(name)
		}
	}
	ps.Sort()
	return q, ps
}

// parseText reads a .txt file as GIFT and, when that fails, as Aiken.
// When neither reads cleanly, the problems reported are those of the
// format the file looks like: Aiken if it has ANSWER: lines and no '{'.
func parseText(name string, data []byte) (*quiz.Quiz, Problems) {
	gq, gp := parseGIFT(name, data)
	if !gp.HasErrors() && gq != nil {
		return gq, gp
	}
	aq, ap := parseAiken(name, data)
	if !ap.HasErrors() && aq != nil {
		return aq, ap
	}
	if aikenLineRE.Match(data) && !bytes.Contains(data, []byte("{")) {
		return aq, ap
	}
	return gq, gp
}

var aikenLineRE = regexp.MustCompile(`(?im)^[ \t]*ANSWER[ \t]*:`)

// LoneCRToLF returns data with every carriage return that is not
// followed by a line feed (old Mac line ends) turned into a line feed, so
// that every reader counts lines alike. The length is unchanged, so byte
// offsets stay valid; data itself is not modified.
func LoneCRToLF(data []byte) []byte {
	i := bytes.IndexByte(data, '\r')
	if i < 0 {
		return data
	}
	out := bytes.Clone(data)
	for ; i < len(out); i++ {
		if out[i] == '\r' && (i+1 == len(out) || out[i+1] != '\n') {
			out[i] = '\n'
		}
	}
	return out
}

// checkEncoding reads the bytes of a file as text: UTF-8 as it is (a
// byte order mark dropped), UTF-16 with a byte order mark and
// Windows-1252 (Latin-1's superset, Notepad's "ANSI") decoded to UTF-8
// with a warning that names the encoding. Other bytes are refused at the
// first one that is not UTF-8. The same happens in `check`, on the server
// and in the browser, which all read bytes.
func checkEncoding(name string, data []byte) ([]byte, *Problem) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) && !bytes.HasPrefix(data, []byte("\xff\xfe")) && !bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return data, nil
	}
	if t, err := plaintext.DecodeBytes(data); err == nil && t.Encoding != "UTF-8" {
		return []byte(t.Text), &Problem{File: name, Line: 1, Col: 1, Warning: true,
			Msg: "file is not UTF-8: it was read as " + encodingWords(t.Encoding) + "; if letters look wrong, save it again as UTF-8"}
	}
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return nil, &Problem{File: name, Line: 1, Col: 1, Msg: "file is UTF-16 but not readable as text: save it again as UTF-8"}
	}
	i := 0
	for i < len(data) {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	line, col := position(data, i)
	return nil, &Problem{File: name, Line: line, Col: col, Msg: fmt.Sprintf("file is not UTF-8, nor Windows-1252 text (byte 0x%02X here): save it again as UTF-8", data[i])}
}

// DecodedText is the file's bytes as the readers see them: decoded to UTF-8 as
// checkEncoding does, or data itself when it cannot be read as text. The
// checker quotes lines from it, so that a quoted line and its column
// match what the readers saw.
func DecodedText(data []byte) []byte {
	if t, p := checkEncoding("", data); t != nil && (p == nil || p.Warning) {
		return t
	}
	return data
}

// encodingWords names an encoding for a teacher.
func encodingWords(enc string) string {
	switch enc {
	case "Windows-1252":
		return "Windows-1252 (Western European, the “ANSI” of Windows Notepad)"
	case "UTF-16LE", "UTF-16BE":
		return "UTF-16 (its byte order mark says so)"
	}
	return enc
}

// position returns the 1-based line and column (in runes) of byte offset
// off in data.
func position(data []byte, off int) (line, col int) {
	if off > len(data) {
		off = len(data)
	}
	line = 1 + bytes.Count(data[:off], []byte{'\n'})
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:off])
}

func sizeString(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// QuizID returns the ID of the quiz in a file: the base name without its
// extension, lowercased, with every run of characters other than a-z,
// 0-9, '-' and '_' turned into one '-' ("quiz" if nothing is left).
func QuizID(name string) string {
	base := baseName(name)
	if s := Slug(base); s != "" {
		return s
	}
	return "quiz"
}

func baseName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	base := path.Base(name)
	if base == "." || base == "/" {
		return ""
	}
	return strings.TrimSuffix(base, path.Ext(base))
}

// Slug lowercases s and keeps ASCII letters, digits, '-' and '_', turning
// every other run of characters into one '-', with no '-' at either end.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '_':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if b.Len() >= 64 {
			break
		}
	}
	return b.String()
}

// titleFromName makes a title from a file name: "moodle-sample.gift"
// becomes "Moodle sample".
func titleFromName(name string) string {
	t := strings.TrimSpace(strings.NewReplacer("-", " ", "_", " ").Replace(baseName(name)))
	if t == "" {
		return "Quiz"
	}
	r, n := utf8.DecodeRuneInString(t)
	return strings.ToUpper(string(r)) + t[n:]
}

// nearest returns the word of known closest to w, if it is close enough
// to be a likely typo.
func nearest(w string, known []string) string {
	best, bestD := "", 1<<30
	lw := strings.ToLower(w)
	for _, k := range known {
		d := editDistance(lw, k)
		if d < bestD {
			best, bestD = k, d
		}
	}
	limit := 2
	if len(w) > 6 {
		limit = 3
	}
	if bestD <= limit && bestD < len(w) {
		return best
	}
	return ""
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 1 << 20
	}
	// Optimal string alignment distance: insertions, deletions,
	// substitutions and transpositions of neighbours each cost 1.
	rows := [3][]int{make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		pp, prev, cur := rows[(i+1)%3], rows[(i+2)%3], rows[i%3]
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				c = min(c, pp[j-2]+1)
			}
			cur[j] = c
		}
	}
	return rows[len(ra)%3][len(rb)]
}
