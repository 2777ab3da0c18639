package share

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
)

// A result is what a learner sends the teacher after a quiz: which quiz
// (its fingerprint), the learner's name, the score, the time taken and,
// for every question, right, partly right, wrong or not played, with the
// learner's answer to a missed question when it is short.
//
// It travels as a link, <deployment>/teacher#result=<data>, or as a bare
// code, FQR-<data>, to paste in a chat; <data> is the same in both:
// compact binary (below) in base64url without padding. A result is some
// 40 bytes before its answers, where deflate saves nothing (its header
// alone is 2 to 18 bytes) and JSON would triple it. The Karabakh quiz's
// result (19 questions) is 60 characters all right, and about 215 with
// half of it missed and the wrong answers carried: short enough to paste
// anywhere, and a QR code of version 10 at most (TestResultLengthsStockQuizzes).
//
// The layout, version 1:
//
//	1 byte    version (1)
//	8 bytes   quiz fingerprint (Fingerprint's 16 hex digits)
//	uvarint   finished, Unix seconds (which of two results is later)
//	uvarint   seconds taken
//	uvarint   questions in the quiz, N
//	⌈N/4⌉     a mark per question, 2 bits each, in the quiz's order
//	uvarint   score in tenths of a point
//	uvarint   name length, then the name (UTF-8)
//	uvarint   answers given, then for each: question index, length, text
//	4 bytes   the first 4 bytes of the SHA-256 of all the above
//
// The check sum catches a code cut or mangled on its way (a chat that
// breaks a line, a character retyped); it is no seal: anyone can edit a
// result and compute it again, so results are self-reported (see
// docs/sharing.md).
type Result struct {
	Fingerprint string
	Name        string
	Finished    time.Time // to the second
	Seconds     int
	// Marks has one mark per question of the quiz, in the quiz's order.
	Marks []Mark
	// Tenths is the score in tenths of a point (7.5 is 75): questions
	// right count 1, partly right ones their partial credit.
	Tenths int
	// Given is the learner's answer, in words, to missed questions whose
	// answer is at most MaxGiven bytes, by question index.
	Given map[int]string
}

// Mark is how a question of a result went.
type Mark byte

const (
	NotPlayed Mark = iota // not in the attempt
	Wrong                 // wrong, skipped or left blank
	Partly                // partly right
	Right                 // fully right
)

const (
	// ResultKey starts a result link's fragment: #result=<base64url>.
	ResultKey = "result="
	// CodePrefix starts a bare result code: FQR-<base64url>.
	CodePrefix = "FQR-"
	// MaxResult is the longest result link or code read, in characters.
	// A result of 1,000 questions with 100 answers of MaxGiven bytes
	// takes about 6,000; no quiz played in class comes near.
	MaxResult = 8 << 10
	// MaxName is the most characters a learner's name may have.
	MaxName = 40
	// MaxGiven is the longest answer carried, in bytes: a longer one is
	// left out (the teacher sees the question as wrong, without it), so
	// that a code stays short enough to paste.
	MaxGiven = 40
	// MaxQuestions is the most questions a result may mark.
	MaxQuestions = 1000

	resultVersion = 1
	sumBytes      = 4
)

// Played is how many questions were played: the score is out of it.
func (r Result) Played() int {
	n := 0
	for _, m := range r.Marks {
		if m != NotPlayed {
			n++
		}
	}
	return n
}

// Score is the score in points: 7.5.
func (r Result) Score() float64 { return float64(r.Tenths) / 10 }

// NewResult makes the result of a finished attempt a at quiz q, under the
// learner's name (spaces trimmed and collapsed). The first answer to each
// question counts, as in the score the learner sees.
func NewResult(q *quiz.Quiz, a *attempt.Attempt, name string) (Result, error) {
	name = CleanName(name)
	if err := checkName(name); err != nil {
		return Result{}, fmt.Errorf("your name %w", err)
	}
	if len(q.Questions) > MaxQuestions {
		return Result{}, fmt.Errorf("this quiz has %d questions, more than the %d a result can carry", len(q.Questions), MaxQuestions)
	}
	s := a.Summary(q)
	r := Result{
		Fingerprint: Fingerprint(q),
		Name:        name,
		Finished:    a.Finished.Truncate(time.Second),
		Seconds:     int(s.Duration.Round(time.Second) / time.Second),
		Marks:       make([]Mark, len(q.Questions)),
		Tenths:      int(math.Round(s.Score * 10)),
		Given:       map[int]string{},
	}
	if r.Finished.IsZero() {
		r.Finished = time.Now().Truncate(time.Second)
	}
	inPlay := map[string]bool{}
	for _, id := range a.Order {
		inPlay[id] = true
	}
	for i, qu := range q.Questions {
		if !inPlay[qu.ID] {
			continue
		}
		ans, ok := a.FirstAnswer(qu.ID)
		switch {
		case ok && ans.Correct:
			r.Marks[i] = Right
			continue
		case ok && ans.Score > 0:
			r.Marks[i] = Partly
		default:
			r.Marks[i] = Wrong
		}
		if ok {
			if g := attempt.DescribeResponse(qu, ans.Response); g != attempt.NoAnswer && len(g) <= MaxGiven && cleanText(g) {
				r.Given[i] = g
			}
		}
	}
	return r, nil
}

// CleanName trims a name and collapses its runs of spaces.
func CleanName(name string) string { return strings.Join(strings.Fields(name), " ") }

// checkName says what is wrong with a learner's name, or nil; the error
// reads after "the name" or "your name".
func checkName(name string) error {
	switch {
	case name == "":
		return errors.New("is empty: a result needs the learner's name")
	case !utf8.ValidString(name):
		return errors.New("is not valid text")
	case utf8.RuneCountInString(name) > MaxName:
		return fmt.Errorf("is %d characters long, over the %d a name may have", utf8.RuneCountInString(name), MaxName)
	}
	for _, c := range name {
		if !printable(c) {
			return fmt.Errorf("holds a control character (%U), which no typed name has", c)
		}
	}
	return nil
}

// printable rules out control characters and the marks that turn text
// around (bidirectional overrides), which could make one learner's row
// read as another's.
func printable(c rune) bool {
	switch {
	case unicode.IsControl(c), c == utf8.RuneError:
		return false
	case c >= 0x202A && c <= 0x202E, c >= 0x2066 && c <= 0x2069, c == 0x200E, c == 0x200F, c == 0x061C:
		return false
	}
	return true
}

// cleanText reports whether s is valid text with no control character.
func cleanText(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, c := range s {
		if !printable(c) {
			return false
		}
	}
	return true
}

// pack writes the binary form with its check sum.
func (r Result) pack() ([]byte, error) {
	fp, err := hex.DecodeString(r.Fingerprint)
	if err != nil || len(fp) != 8 {
		return nil, fmt.Errorf("the quiz's fingerprint %q is not 16 hex digits", r.Fingerprint)
	}
	var b []byte
	b = append(b, resultVersion)
	b = append(b, fp...)
	b = binary.AppendUvarint(b, uint64(max(r.Finished.Unix(), 0)))
	b = binary.AppendUvarint(b, uint64(max(r.Seconds, 0)))
	b = binary.AppendUvarint(b, uint64(len(r.Marks)))
	marks := make([]byte, (len(r.Marks)+3)/4)
	for i, m := range r.Marks {
		marks[i/4] |= byte(m&3) << (2 * (i % 4))
	}
	b = append(b, marks...)
	b = binary.AppendUvarint(b, uint64(max(r.Tenths, 0)))
	b = binary.AppendUvarint(b, uint64(len(r.Name)))
	b = append(b, r.Name...)
	b = binary.AppendUvarint(b, uint64(len(r.Given)))
	for i := range r.Marks {
		if g, ok := r.Given[i]; ok {
			b = binary.AppendUvarint(b, uint64(i))
			b = binary.AppendUvarint(b, uint64(len(g)))
			b = append(b, g...)
		}
	}
	sum := sha256.Sum256(b)
	return append(b, sum[:sumBytes]...), nil
}

// Fragment is the fragment of r's link: "result=…" (without the '#').
func (r Result) Fragment() (string, error) {
	b, err := r.pack()
	if err != nil {
		return "", err
	}
	return ResultKey + base64.RawURLEncoding.EncodeToString(b), nil
}

// Code is r as a bare code to paste in a chat: "FQR-…".
func (r Result) Code() (string, error) {
	f, err := r.Fragment()
	if err != nil {
		return "", err
	}
	return CodePrefix + f[len(ResultKey):], nil
}

// Why a result is refused, in a teacher's words.
var (
	errNoResult     = errors.New("it holds no result: a result link has #result= in it, and a result code starts with FQR-")
	errResultEmpty  = errors.New("the result is missing after #result= or FQR-: ask the learner to send it again")
	errResultCut    = errors.New("it is cut off: ask the learner to send it again, whole (a chat may have broken it over two lines)")
	errResultSum    = errors.New("it was changed after it was made, or a character is wrong or missing: ask the learner to send it again")
	errResultNewer  = errors.New("it was made by a newer version of Factquiz: reload this page to update the app")
	errResultExtra  = errors.New("it is damaged: something follows the end of the result; ask the learner to send it again")
	errResultBroken = errors.New("its parts do not fit together: it was not made by Factquiz's Send my result")
)

// DecodeResult reads a result from a result link ("https://…#result=…"),
// its fragment ("#result=…" or "result=…") or a bare code ("FQR-…"),
// with spaces around it trimmed. It checks everything that can be
// checked without the quiz: the check sum, the name (no control
// character), the score against the marks, the answers against the
// questions. The quiz's own check (the fingerprint, the number of
// questions) is Class's.
func DecodeResult(text string) (Result, error) {
	text = strings.TrimSpace(text)
	if len(text) > MaxResult {
		return Result{}, fmt.Errorf("it is %s long, over the %s a result may be: it was not made by Factquiz's Send my result", sizeText(len(text)), sizeText(MaxResult))
	}
	var body string
	if i := strings.Index(text, "#"+ResultKey); i >= 0 {
		body = text[i+1+len(ResultKey):]
	} else if rest, ok := strings.CutPrefix(text, ResultKey); ok {
		body = rest
	} else if len(text) >= len(CodePrefix) && strings.EqualFold(text[:len(CodePrefix)], CodePrefix) {
		body = text[len(CodePrefix):]
	} else {
		return Result{}, errNoResult
	}
	if body == "" {
		return Result{}, errResultEmpty
	}
	data, err := base64.RawURLEncoding.DecodeString(body)
	var bad base64.CorruptInputError
	if errors.As(err, &bad) {
		if int(bad) >= len(body) || len(body)%4 == 1 {
			return Result{}, errResultCut
		}
		return Result{}, fmt.Errorf("it is damaged: character %d, %q, is not one a result uses (letters, digits, - and _); ask the learner to send it again", int(bad)+1, body[bad:bad+1])
	}
	if err != nil {
		return Result{}, errResultCut
	}
	return unpackResult(data)
}

// resultReader reads the binary form; the first read past the end sets
// cut, and every later read gives zeros.
type resultReader struct {
	b   []byte
	cut bool
}

func (r *resultReader) bytes(n uint64) []byte {
	if r.cut || n > uint64(len(r.b)) {
		r.cut = true
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *resultReader) uvarint() uint64 {
	if r.cut {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.cut = true // cut off (0) or too large for 64 bits (< 0)
		return 0
	}
	r.b = r.b[n:]
	return v
}

func unpackResult(data []byte) (Result, error) {
	if len(data) == 0 {
		return Result{}, errResultCut
	}
	if data[0] > resultVersion {
		return Result{}, errResultNewer
	}
	if data[0] != resultVersion {
		return Result{}, errResultBroken
	}
	if len(data) < 1+8+sumBytes {
		return Result{}, errResultCut
	}
	in := &resultReader{b: data[1:]}
	var r Result
	r.Fingerprint = hex.EncodeToString(in.bytes(8))
	finished := in.uvarint()
	seconds := in.uvarint()
	n := in.uvarint()
	if n > MaxQuestions {
		return Result{}, sumOr(data, fmt.Errorf("it marks %d questions, more than the %d a result may: it was not made by Factquiz", n, MaxQuestions))
	}
	marks := in.bytes((n + 3) / 4)
	tenths := in.uvarint()
	name := in.bytes(in.uvarint())
	given := in.uvarint()
	type answer struct {
		at   uint64
		text []byte
	}
	var answers []answer
	for i := uint64(0); i < given && !in.cut; i++ {
		if i >= n {
			return Result{}, sumOr(data, errResultBroken)
		}
		at := in.uvarint()
		answers = append(answers, answer{at, in.bytes(in.uvarint())})
	}
	if in.cut || len(in.b) < sumBytes {
		return Result{}, errResultCut
	}
	if len(in.b) > sumBytes {
		return Result{}, sumOr(data, errResultExtra)
	}
	body := data[:len(data)-sumBytes]
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:sumBytes], in.b) {
		return Result{}, errResultSum
	}
	// The check sum is right: from here on, a problem is a code made or
	// edited by something other than Factquiz, and each says what.
	if finished > math.MaxInt32*4 || seconds > math.MaxInt32 || tenths > 10*MaxQuestions {
		return Result{}, errResultBroken
	}
	r.Finished = time.Unix(int64(finished), 0).UTC()
	r.Seconds = int(seconds)
	r.Tenths = int(tenths)
	r.Name = string(name)
	if err := checkName(r.Name); err != nil {
		return Result{}, fmt.Errorf("the learner's name %w", err)
	}
	if CleanName(r.Name) != r.Name {
		return Result{}, errors.New("the learner's name has spaces at its ends or two in a row, which Factquiz trims: the result was edited")
	}
	r.Marks = make([]Mark, n)
	right, partly := 0, 0
	for i := range r.Marks {
		r.Marks[i] = Mark(marks[i/4]>>(2*(i%4))) & 3
		switch r.Marks[i] {
		case Right:
			right++
		case Partly:
			partly++
		}
	}
	if last := n % 4; last != 0 && marks[len(marks)-1]>>(2*last) != 0 {
		return Result{}, errResultBroken // marks past the last question
	}
	if r.Tenths < 10*right || r.Tenths > 10*(right+partly) {
		return Result{}, fmt.Errorf("its score, %s, does not match its answers (%d right, %d partly right): the result was edited", quiz.FormatNumber(r.Score()), right, partly)
	}
	r.Given = map[int]string{}
	for _, a := range answers {
		i := int(a.at)
		switch {
		case a.at >= n || (r.Marks[i] != Wrong && r.Marks[i] != Partly):
			return Result{}, fmt.Errorf("it gives an answer to question %d, which it does not mark as missed: the result was edited", a.at+1)
		case len(a.text) > MaxGiven || len(a.text) == 0:
			return Result{}, fmt.Errorf("its answer to question %d is empty or longer than the %d bytes a result carries: the result was edited", i+1, MaxGiven)
		case !cleanText(string(a.text)):
			return Result{}, fmt.Errorf("its answer to question %d holds a control character or is not valid text: the result was edited", i+1)
		}
		if _, dup := r.Given[i]; dup {
			return Result{}, fmt.Errorf("it gives two answers to question %d: the result was edited", i+1)
		}
		r.Given[i] = string(a.text)
	}
	return r, nil
}

// sumOr is errResultSum when data's check sum is wrong (the code was
// mangled), else err (it was made wrong, with a right sum).
func sumOr(data []byte, err error) error {
	body := data[:len(data)-sumBytes]
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:sumBytes], data[len(body):]) {
		return errResultSum
	}
	return err
}
