// Package plaintext turns what a user pastes or uploads into plain UTF-8
// text, and says in notes what it did: a file in UTF-16 or Windows-1252
// is decoded, a web page's HTML is reduced to its text, and binary data
// is refused with the reason. It also tells whether a text is in English
// (Language) and whether it is written in capitals (Capitals), which the
// quiz generator needs before it mines the text.
//
// It uses only the standard library, and runs the same natively and in
// the browser (the package is compiled into app.wasm).
package plaintext

import "strings"

// Text is an input made plain.
type Text struct {
	// Text is valid UTF-8 without a byte order mark.
	Text string
	// Notes say, in words a teacher understands, what was done to the
	// input to get Text ("The file was read as Windows-1252 …"). Empty
	// when the input was plain UTF-8 text already.
	Notes []string
	// Encoding is how the bytes were read: "UTF-8", "UTF-16LE",
	// "UTF-16BE" or "Windows-1252".
	Encoding string
	// HTML is true when the input was HTML and Text is its text.
	HTML bool
}

// Error says why an input is not text. Reason is a sentence fragment
// ("it is a PDF document; save or copy the article as plain text").
type Error struct {
	Reason string
}

func (e *Error) Error() string { return "the input is not text: " + e.Reason }

// Decode reads raw bytes (a file, or text pasted into a page) as text:
// UTF-8 (a byte order mark is dropped), UTF-16 with a byte order mark
// (or without one when the bytes show it clearly), else Windows-1252
// when the bytes are text but not UTF-8. HTML is then reduced to its
// text (see FromString). Binary data is refused with an *Error.
// Empty input gives an empty Text and no error.
func Decode(raw []byte) (Text, error) {
	d, err := DecodeBytes(raw)
	if err != nil {
		return Text{}, err
	}
	t := FromString(d.Text)
	t.Encoding = d.Encoding
	t.Notes = append(d.Notes, t.Notes...)
	return t, nil
}

// DecodeBytes is Decode without reducing HTML: the text of the bytes,
// HTML or not, for a caller that reduces it later with FromString.
func DecodeBytes(raw []byte) (Text, error) {
	s, enc, notes, err := decodeBytes(raw)
	if err != nil {
		return Text{}, err
	}
	for strings.HasPrefix(s, bom) {
		s = s[len(bom):]
	}
	return Text{Text: s, Notes: notes, Encoding: enc}, nil
}

// FromString makes a Go string plain: a leading byte order mark is
// dropped (several, when a file was saved badly) and, when the string is HTML (a whole page, or a fragment with
// tags such as <p> or <script>), it is reduced to its text with a note;
// mojibake (UTF-8 once read as Windows-1252: "donâ€™t") is repaired with
// a note.
// Plain text is returned as it is, even with a "<" in it ("a < b", "<3").
// s should be valid UTF-8; invalid bytes are left for the caller to judge.
func FromString(s string) Text {
	for strings.HasPrefix(s, bom) {
		s = s[len(bom):]
	}
	t := Text{Text: s, Encoding: "UTF-8"}
	if LooksHTML(s) {
		r := reduceHTML(s)
		t.Text, t.HTML = r.text, true
		t.Notes = append(t.Notes, r.note())
	}
	if repaired, n := repairMojibake(t.Text); n > 0 {
		t.Text = repaired
		t.Notes = append(t.Notes, mojibakeNote(n))
	}
	return t
}

const bom = "\uFEFF"
