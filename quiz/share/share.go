// Package share packs a quiz into a link and reads it back, so that a
// teacher can hand a quiz to a class with no server involved: the quiz
// travels in the URL fragment (#quiz=…), which browsers never send.
//
// A link holds the quiz's native JSON form (format.WriteJSON),
// deflate-compressed and base64url-encoded without padding. Reading a
// link is bounded (MaxFragment characters in, MaxInflated bytes
// unpacked) and then checked exactly like a question file, so a damaged
// or hostile link gets the same problem list a file would, and nothing
// else happens. The package imports no go-app: it is tested natively.
package share

import (
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/format"
)

const (
	// Key starts the fragment of a quiz link: #quiz=<base64url>.
	Key = "quiz="
	// DigitsKey starts the fragment of the same link spelt in decimal
	// digits (#quizn=<digits>), the form QR codes carry: a QR code stores
	// digits in its numeric mode at 3.3 bits each, so the same quiz takes
	// about a quarter fewer modules than base64url in byte mode.
	DigitsKey = "quizn="
	// MaxFragment is the longest fragment read, in characters: 64 KiB.
	// The Karabakh quiz of 19 questions takes about 3 KiB; a link ten
	// times longer would not be passed around by anyone.
	MaxFragment = 64 << 10
	// MaxInflated is the most a link may unpack to, in bytes: 256 KiB,
	// about 25 times the Karabakh quiz's JSON. Unpacking stops there, so
	// a link made to unpack to gigabytes (a zip bomb) costs nothing.
	MaxInflated = 256 << 10
	// FileName is the name a link's quiz is checked under: problems read
	// "quiz-link.json:12:5: …", lines of the JSON that WriteJSON writes.
	FileName = "quiz-link.json"
)

// Pack returns q's native JSON form, deflated: the bytes a link carries.
func Pack(q *quiz.Quiz) ([]byte, error) {
	var js bytes.Buffer
	if err := format.WriteJSON(&js, q); err != nil {
		return nil, err
	}
	var z bytes.Buffer
	w, err := flate.NewWriter(&z, flate.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(js.Bytes()); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return z.Bytes(), nil
}

// Encode returns the fragment of q's link, "quiz=…" (without the '#').
func Encode(q *quiz.Quiz) (string, error) {
	packed, err := Pack(q)
	if err != nil {
		return "", err
	}
	return Key + base64.RawURLEncoding.EncodeToString(packed), nil
}

// Fingerprint names a quiz by its content: the first 16 hex digits of
// the SHA-256 of its native JSON form. Two links of the same quiz have
// the same fingerprint, whatever their spelling.
func Fingerprint(q *quiz.Quiz) string {
	var js bytes.Buffer
	_ = format.WriteJSON(&js, q) // writing to a buffer does not fail
	sum := sha256.Sum256(js.Bytes())
	return hex.EncodeToString(sum[:8])
}

// Decode reads the fragment of a quiz link ("quiz=…" or "quizn=…", with
// or without its '#') and checks the quiz in it as format.ParseAs checks
// a native question file named FileName. It returns the quiz (nil when
// nothing in the link can be played) and every problem found; a link
// that cannot be unpacked gives a single problem that says why, in a
// learner's words. The quiz's ID is left empty.
func Decode(fragment string) (*quiz.Quiz, format.Problems) {
	data, err := unpack(fragment)
	if err != nil {
		return nil, format.Problems{{File: "this link", Msg: err.Error()}}
	}
	q, ps := format.ParseAs(format.Native, FileName, data)
	if q != nil {
		q.ID = ""
	}
	return q, ps
}

// Why a link is refused, in a learner's words.
var (
	errNoQuiz    = errors.New("it holds no quiz: a quiz link ends in #quiz= followed by the quiz; copy the whole link again")
	errEmpty     = errors.New("its quiz is missing: the link was cut off after #quiz=; copy the whole link again")
	errTruncated = errors.New("it is cut off: the quiz in it ends before it is complete; copy the whole link again")
	errDamaged   = errors.New("it is damaged: the quiz in it cannot be unpacked; copy the whole link again")
	errTrailing  = errors.New("it is damaged: something follows the end of the quiz in it; copy the whole link again")
)

// unpack returns the JSON a fragment carries.
func unpack(fragment string) ([]byte, error) {
	fragment = strings.TrimPrefix(fragment, "#")
	if len(fragment) > MaxFragment {
		return nil, fmt.Errorf("it is %s long, over the %s a quiz link may be: ask for the quiz as a file instead", sizeText(len(fragment)), sizeText(MaxFragment))
	}
	var packed []byte
	switch {
	case strings.HasPrefix(fragment, Key):
		body := fragment[len(Key):]
		if body == "" {
			return nil, errEmpty
		}
		var err error
		packed, err = base64.RawURLEncoding.DecodeString(body)
		var bad base64.CorruptInputError
		if errors.As(err, &bad) {
			return nil, badCharacter(body, int(bad))
		}
		if err != nil {
			return nil, errDamaged
		}
	case strings.HasPrefix(fragment, DigitsKey):
		body := fragment[len(DigitsKey):]
		if body == "" {
			return nil, errEmpty
		}
		var err error
		if packed, err = fromDigits(body); err != nil {
			return nil, err
		}
	default:
		return nil, errNoQuiz
	}
	return inflate(packed)
}

// badCharacter says where a base64url text goes wrong. CorruptInputError
// also points past the end of a text whose length no base64 text has,
// which is a link cut in the wrong place.
func badCharacter(body string, at int) error {
	if at >= len(body) || len(body)%4 == 1 {
		return errTruncated
	}
	return fmt.Errorf("it is damaged: character %d, %q, is not one a quiz link uses (letters, digits, - and _); copy the whole link again", at+1, body[at:at+1])
}

// inflate unpacks a deflate stream, reading at most MaxInflated bytes of
// its output: past that it stops, whatever the stream would go on to.
func inflate(packed []byte) ([]byte, error) {
	return inflateFrom(bytes.NewReader(packed))
}

// inflateFrom is inflate reading from a reader, which tests count.
func inflateFrom(in interface {
	io.ByteReader
	io.Reader
	Len() int
}) ([]byte, error) {
	r := flate.NewReader(in)
	defer r.Close()
	data, err := io.ReadAll(io.LimitReader(r, MaxInflated+1))
	switch {
	case len(data) > MaxInflated:
		return nil, fmt.Errorf("it unpacks to more than %s, more than any quiz link holds: it was not made by Factquiz's Share; ask for the quiz as a file instead", sizeText(MaxInflated))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return nil, errTruncated
	case err != nil:
		return nil, errDamaged
	case in.Len() > 0:
		return nil, errTrailing
	}
	return data, nil
}

// sizeText writes a size in bytes for people: "64 KiB", "10.0 MiB".
func sizeText(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
