package share

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
)

var testStart = time.Date(2026, 12, 2, 14, 0, 0, 0, time.UTC)

// play runs a full attempt at q: questions whose index is in right are
// answered right, the others with wrong (a choice or a text), one
// question a step of 20 seconds.
func play(t testing.TB, q *quiz.Quiz, right map[int]bool, wrong string) *attempt.Attempt {
	t.Helper()
	a := attempt.New(q, nil, testStart, 1)
	now := testStart
	for i, qu := range q.Questions {
		now = now.Add(20 * time.Second)
		var r quiz.Response
		if right[i] {
			r = rightResponse(qu)
		} else {
			r = wrongResponse(qu, wrong)
		}
		if _, err := a.Check(q, r, now); err != nil {
			t.Fatalf("question %d: %v", i, err)
		}
		a.Next(now)
	}
	if !a.Done() {
		t.Fatal("attempt not finished")
	}
	return a
}

func rightResponse(qu quiz.Question) quiz.Response {
	var r quiz.Response
	switch qu.Type {
	case quiz.Single, quiz.Multiple:
		for i, c := range qu.Choices {
			if c.Correct {
				r.Choices = append(r.Choices, i)
			}
		}
	case quiz.TrueFalse:
		b := qu.Truth
		r.Bool = &b
	case quiz.Text:
		r.Text = qu.Accepted[0].Text
	case quiz.Number:
		r.Text = quiz.FormatNumber(qu.Numbers[0].Value)
	case quiz.Matching:
		for i := range qu.Pairs {
			r.Matches = append(r.Matches, i)
		}
	}
	return r
}

func wrongResponse(qu quiz.Question, text string) quiz.Response {
	var r quiz.Response
	switch qu.Type {
	case quiz.Single, quiz.Multiple:
		for i, c := range qu.Choices {
			if !c.Correct {
				r.Choices = []int{i}
				break
			}
		}
	case quiz.TrueFalse:
		b := !qu.Truth
		r.Bool = &b
	case quiz.Text, quiz.Number:
		r.Text = text
	}
	return r
}

func karabakh(t testing.TB) *quiz.Quiz {
	t.Helper()
	q := stockQuizzes(t)["karabakh.yaml"]
	if q == nil {
		t.Fatal("no karabakh.yaml among the stock quizzes")
	}
	return q
}

func TestResultRoundTrip(t *testing.T) {
	q := karabakh(t)
	a := play(t, q, map[int]bool{0: true, 2: true, 3: true, 7: true}, "1994")
	r, err := NewResult(q, a, "  Anna   Müller ")
	if err != nil {
		t.Fatal(err)
	}
	if r.Name != "Anna Müller" || r.Fingerprint != Fingerprint(q) || r.Tenths != int(a.Score()*10+0.5) || r.Played() != len(q.Questions) {
		t.Fatalf("result %+v: want Anna Müller, fingerprint %s, %v right of %d", r, Fingerprint(q), a.Score(), len(q.Questions))
	}
	for i, m := range r.Marks {
		ans, _ := a.FirstAnswer(q.Questions[i].ID)
		if (m == Right) != ans.Correct || ((i == 0 || i == 2 || i == 3 || i == 7) && m != Right) {
			t.Errorf("question %d marked %d, answered right: %v", i+1, m, ans.Correct)
		}
	}
	if r.Seconds != 20*len(q.Questions) {
		t.Errorf("seconds %d, want %d", r.Seconds, 20*len(q.Questions))
	}
	if len(r.Given) == 0 {
		t.Error("no short answer carried for the missed questions")
	}
	frag, err := r.Fragment()
	if err != nil {
		t.Fatal(err)
	}
	code, _ := r.Code()
	for _, text := range []string{frag, "#" + frag, "https://factquiz.example.org/teacher#" + frag, code, "  " + code + "\n", strings.ToLower(CodePrefix) + code[len(CodePrefix):]} {
		got, err := DecodeResult(text)
		if err != nil {
			t.Errorf("%.30s…: %v", text, err)
			continue
		}
		if !reflect.DeepEqual(got, r) {
			t.Errorf("%.30s… decodes to\n%+v\nwant\n%+v", text, got, r)
		}
	}
}

// A script in a name or an answer is text like any other: it comes back
// as it was sent, to be shown as text.
func TestResultScriptIsData(t *testing.T) {
	q := karabakh(t)
	payload := `<img src=x onerror=alert(1)>`
	a := play(t, q, nil, payload)
	r, err := NewResult(q, a, `<script>alert("x")</script>`)
	if err != nil {
		t.Fatal(err)
	}
	code, _ := r.Code()
	got, err := DecodeResult(code)
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != `<script>alert("x")</script>` {
		t.Errorf("name %q", got.Name)
	}
	found := false
	for _, g := range got.Given {
		found = found || g == payload
	}
	if !found {
		t.Errorf("the typed answer %q is not carried: %v", payload, got.Given)
	}
}

// packRaw writes a result's binary form from its parts, with a right
// check sum, as an edited or hostile code would be.
func packRaw(version byte, n int, marks []byte, tenths int, name string, given [][2]any) string {
	b := []byte{version, 1, 2, 3, 4, 5, 6, 7, 8}
	b = binary.AppendUvarint(b, uint64(testStart.Unix()))
	b = binary.AppendUvarint(b, 60)
	b = binary.AppendUvarint(b, uint64(n))
	b = append(b, marks...)
	b = binary.AppendUvarint(b, uint64(tenths))
	b = binary.AppendUvarint(b, uint64(len(name)))
	b = append(b, name...)
	b = binary.AppendUvarint(b, uint64(len(given)))
	for _, g := range given {
		b = binary.AppendUvarint(b, uint64(g[0].(int)))
		s := g[1].(string)
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	sum := sha256.Sum256(b)
	return CodePrefix + base64.RawURLEncoding.EncodeToString(append(b, sum[:4]...))
}

func TestDecodeResultRefuses(t *testing.T) {
	q := karabakh(t)
	r, err := NewResult(q, play(t, q, map[int]bool{1: true}, "x"), "Anna")
	if err != nil {
		t.Fatal(err)
	}
	code, _ := r.Code()
	body := code[len(CodePrefix):]
	// marks: 4 questions, 2 right (3), 1 wrong (1), 1 partly (2): 0b10_01_11_11
	good := packRaw(1, 4, []byte{0b10011111}, 25, "Bob", [][2]any{{2, "Paris"}})
	if _, err := DecodeResult(good); err != nil {
		t.Fatalf("the well-made code is refused: %v", err)
	}
	flip := []byte(body)
	flip[len(flip)/2] ^= 1 // still a base64url letter
	if flip[len(flip)/2] == '-' || flip[len(flip)/2] == '_' {
		flip[len(flip)/2] = 'A'
	}
	tests := []struct {
		name, text, want string
	}{
		{"chat text", "Anna: here is my result", "holds no result"},
		{"empty code", "FQR-", "missing"},
		{"empty link", "https://x.example/teacher#result=", "missing"},
		{"bad base64", CodePrefix + body[:10] + "*" + body[11:], `character 11, "*"`},
		{"truncated", code[:len(code)-7], "cut off"},
		{"truncated to odd length", code[:len(CodePrefix)+9], "cut off"},
		{"one character changed", CodePrefix + string(flip), "changed after it was made"},
		{"too long", CodePrefix + strings.Repeat("A", MaxResult), "over the 8 KiB"},
		{"newer version", packRaw(2, 4, []byte{0xff}, 40, "Bob", nil), "newer version"},
		{"version 0", packRaw(0, 4, []byte{0xff}, 40, "Bob", nil), "not made by"},
		{"name with a bell", packRaw(1, 4, []byte{0xff}, 40, "Bo\ab", nil), "control character (U+0007)"},
		{"name with a new line", packRaw(1, 4, []byte{0xff}, 40, "Bob\nAnna 10/10", nil), "control character (U+000A)"},
		{"name turned around", packRaw(1, 4, []byte{0xff}, 40, "Bob\u202Eanna", nil), "control character (U+202E)"},
		{"empty name", packRaw(1, 4, []byte{0xff}, 40, "", nil), "name is empty"},
		{"long name", packRaw(1, 4, []byte{0xff}, 40, strings.Repeat("é", 41), nil), "41 characters long"},
		{"name not text", packRaw(1, 4, []byte{0xff}, 40, "Bob\xff", nil), "not valid text"},
		{"name with spaces", packRaw(1, 4, []byte{0xff}, 40, " Bob", nil), "trims"},
		{"score above its marks", packRaw(1, 4, []byte{0b10011111}, 40, "Bob", nil), "does not match its answers (2 right, 1 partly right)"},
		{"score below its marks", packRaw(1, 4, []byte{0xff}, 30, "Bob", nil), "does not match"},
		{"too many questions", packRaw(1, MaxQuestions+1, nil, 0, "Bob", nil), "more than the 1000"},
		{"marks past the end", packRaw(1, 3, []byte{0b11111111}, 30, "Bob", nil), "do not fit"},
		{"answer to a right question", packRaw(1, 4, []byte{0b10011111}, 25, "Bob", [][2]any{{0, "Paris"}}), "question 1, which it does not mark as missed"},
		{"answer past the questions", packRaw(1, 4, []byte{0b10011111}, 25, "Bob", [][2]any{{9, "Paris"}}), "question 10"},
		{"two answers to one question", packRaw(1, 4, []byte{0b10011111}, 25, "Bob", [][2]any{{2, "a"}, {2, "b"}}), "two answers to question 3"},
		{"long answer", packRaw(1, 4, []byte{0b10011111}, 25, "Bob", [][2]any{{2, strings.Repeat("a", MaxGiven+1)}}), "longer than the 40 bytes"},
		{"answer with a control character", packRaw(1, 4, []byte{0b10011111}, 25, "Bob", [][2]any{{2, "a\x1b[31m"}}), "control character"},
		{"more answers than questions", packRaw(1, 1, []byte{1}, 0, "Bob", [][2]any{{0, "a"}, {0, "b"}}), "do not fit"},
		{"something after the end", func() string {
			c := packRaw(1, 4, []byte{0xff}, 40, "Bob", nil)
			raw, _ := base64.RawURLEncoding.DecodeString(c[len(CodePrefix):])
			raw = append(raw[:len(raw)-4], 0)
			sum := sha256.Sum256(raw)
			return CodePrefix + base64.RawURLEncoding.EncodeToString(append(raw, sum[:4]...))
		}(), "something follows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeResult(tt.text)
			if err == nil {
				t.Fatalf("accepted, want an error with %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want it to say %q", err, tt.want)
			}
		})
	}
}

func TestNewResultRefusesName(t *testing.T) {
	q := karabakh(t)
	a := play(t, q, nil, "x")
	for _, name := range []string{"", "   ", "Anna\aB", strings.Repeat("a", MaxName+1)} {
		if _, err := NewResult(q, a, name); err == nil || !strings.HasPrefix(err.Error(), "your name ") {
			t.Errorf("name %q: error %v, want one about your name", name, err)
		}
	}
}

// Result code lengths of the stock quizzes: the README's figures, for a
// learner named Anna Schmidt who gets every other question right
// (typed answers "1992"). The test fails if a code grows past 400
// characters, which no chat box refuses.
func TestResultLengthsStockQuizzes(t *testing.T) {
	quizzes := stockQuizzes(t)
	for _, name := range slices.Sorted(maps.Keys(quizzes)) {
		q := quizzes[name]
		right := map[int]bool{}
		for i := range q.Questions {
			right[i] = i%2 == 0
		}
		allRight := map[int]bool{}
		for i := range q.Questions {
			allRight[i] = true
		}
		half, err := NewResult(q, play(t, q, right, "1992"), "Anna Schmidt")
		if err != nil {
			t.Fatal(err)
		}
		full, _ := NewResult(q, play(t, q, allRight, ""), "Anna Schmidt")
		hc, _ := half.Code()
		fc, _ := full.Code()
		link := "https://factquiz.example.org/teacher#" + ResultKey + hc[len(CodePrefix):]
		qr, err := QRText(link)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%-24s %2d questions: code %3d characters all right, %3d half right (%d answers carried); link %3d, QR version %d",
			name, len(q.Questions), len(fc), len(hc), len(half.Given), len(link), qr.Version)
		if len(hc) > 400 {
			t.Errorf("%s: a result code of %d characters", name, len(hc))
		}
	}
}

// The decoder never panics, reads nothing past MaxResult, and anything
// it accepts packs back to the same code.
func FuzzDecodeResult(f *testing.F) {
	q := karabakh(f)
	r, _ := NewResult(q, play(f, q, map[int]bool{0: true, 5: true}, "Shusha"), "Anna")
	code, _ := r.Code()
	frag, _ := r.Fragment()
	f.Add(code)
	f.Add("#" + frag)
	f.Add("Anna: https://x.example/teacher#" + frag)
	f.Add(packRaw(1, 4, []byte{0b10011111}, 25, "Bob", [][2]any{{2, "Paris"}}))
	f.Add(code[:len(code)-3])
	f.Add("FQR-AQ")
	f.Fuzz(func(t *testing.T, text string) {
		got, err := DecodeResult(text)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an empty error message")
			}
			return
		}
		again, err := got.Code()
		if err != nil {
			t.Fatalf("an accepted result does not pack: %v", err)
		}
		back, err := DecodeResult(again)
		if err != nil || !reflect.DeepEqual(back, got) {
			t.Fatalf("an accepted result does not come back the same: %v\n%+v\n%+v", err, got, back)
		}
		if !cleanText(got.Name) || got.Name == "" || got.Tenths > 10*got.Played() {
			t.Fatalf("accepted a result that breaks its rules: %+v", got)
		}
	})
}
