package share

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"factquiz/quiz"
	"factquiz/quiz/format"
)

// stockQuizzes reads every question file of questions/.
func stockQuizzes(t testing.TB) map[string]*quiz.Quiz {
	t.Helper()
	names, err := filepath.Glob("../../questions/*.*")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*quiz.Quiz{}
	for _, name := range names {
		if _, ok := format.FormatOf(name); !ok {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		q, ps := format.Parse(name, data)
		if q == nil || ps.HasErrors() {
			t.Fatalf("%s: %v", name, ps)
		}
		q.ID = ""
		out[filepath.Base(name)] = q
	}
	if len(out) < 4 {
		t.Fatalf("found %d stock quizzes, want at least 4", len(out))
	}
	return out
}

func TestRoundTripStockQuizzes(t *testing.T) {
	for name, want := range stockQuizzes(t) {
		frag, err := Encode(want)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		packed, err := Pack(want)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{frag, "#" + frag, Digits(packed), "#" + Digits(packed)} {
			got, ps := Decode(f)
			if len(ps) > 0 {
				t.Errorf("%s: %.20s…: problems %v", name, f, ps)
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %.20s… decodes to a different quiz:\n got %+v\nwant %+v", name, f, got, want)
			}
			if Fingerprint(got) != Fingerprint(want) {
				t.Errorf("%s: fingerprint changed through a link", name)
			}
		}
	}
}

// pack deflates any bytes, as a hostile link would.
func pack(t testing.TB, data []byte) []byte {
	t.Helper()
	var z bytes.Buffer
	w, _ := flate.NewWriter(&z, flate.BestSpeed)
	w.Write(data)
	w.Close()
	return z.Bytes()
}

func link(packed []byte) string { return Key + base64.RawURLEncoding.EncodeToString(packed) }

func TestDecodeRefuses(t *testing.T) {
	karabakh := stockQuizzes(t)["karabakh.yaml"]
	good, err := Pack(karabakh)
	if err != nil {
		t.Fatal(err)
	}
	goodLink := link(good)
	tests := []struct {
		name, fragment string
		want           string // in the one problem's message
	}{
		{"no key", "page=2", "holds no quiz"},
		{"nothing after the key", "quiz=", "cut off after #quiz="},
		{"nothing after the digits key", "#quizn=", "cut off after #quiz="},
		{"bad base64 character", goodLink[:40] + "$" + goodLink[41:], `character 36, "$", is not one a quiz link uses`},
		{"base64 with padding", goodLink + "==", "is not one a quiz link uses"},
		{"cut in the middle", goodLink[:len(goodLink)/2], "cut off"},
		{"cut in a base64 quantum", goodLink[:len(Key)+4*100+1], "cut off"},
		{"not deflate", link([]byte{0xff, 0xff, 0xff, 0xff}), "cannot be unpacked"},
		{"data after the quiz", link(append(append([]byte{}, good...), 1, 2, 3)), "something follows the end"},
		{"10 MB of data", Key + strings.Repeat("A", 10_000_000), "it is 9.5 MiB long, over the 64 KiB a quiz link may be"},
		{"zip bomb within the length", link(pack(t, make([]byte, 12<<20))), "unpacks to more than 256 KiB"},
		{"zip bomb of 1 GiB", link(bomb(1 << 30)), "over the 64 KiB a quiz link may be"},
		{"not a quiz: text", link(pack(t, []byte("hello, world"))), "quiz-link.json:1:1:"},
		{"not a quiz: a list", link(pack(t, []byte("[1, 2, 3]"))), "quiz-link.json:1:2: question 1 must be fields"},
		{"a quiz without questions", link(pack(t, []byte(`{"title": "Empty"}`))), "quiz-link.json"},
		{"digits: a letter", "quizn=12345a", `character 6, "a", is not a digit`},
		{"digits: cut off", Digits(good)[:len(Digits(good))-1], "cut off"},
		{"digits: a group too large", "quizn=999", "cannot be unpacked"},
		{"digits: 17 nines", "quizn=" + strings.Repeat("9", 17), "cannot be unpacked"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, ps := Decode(tc.fragment)
			if q != nil && !ps.HasErrors() {
				t.Fatalf("decoded a quiz %q with no error", q.Title)
			}
			if len(ps) == 0 || !strings.Contains(ps.Error(), tc.want) {
				t.Errorf("problems %q, want one containing %q", ps.Error(), tc.want)
			}
			if q != nil {
				t.Errorf("a quiz came back with errors: %q", q.Title)
			}
		})
	}
}

// A quiz with script payloads is data: it comes back exactly, with its
// payloads as text, for the UI to show as text (quiz/e2e/share_test.go
// checks that none runs).
func TestDecodeKeepsPayloadsAsText(t *testing.T) {
	payload := `<img src=x onerror="document.title='pwned'"><script>alert(1)</script>`
	q := &quiz.Quiz{Title: payload, Source: `" onmouseover="alert(1)`, Questions: []quiz.Question{
		{ID: "q1", Type: quiz.TrueFalse, Prompt: payload, Truth: true},
	}}
	frag, err := Encode(q)
	if err != nil {
		t.Fatal(err)
	}
	got, ps := Decode(frag)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	if got.Title != payload || got.Questions[0].Prompt != payload || got.Source != q.Source {
		t.Errorf("payloads changed: %+v", got)
	}
}

// bomb hand-writes a deflate stream of n zero bytes: one literal, then
// back-references of 258 bytes at distance 1, in one fixed-Huffman
// block (13 bits for each 258 bytes: deflate's best ratio, about 1:1280).
func bomb(n int) []byte {
	var w bitWriter
	w.bits(1, 1)                     // BFINAL
	w.bits(1, 2)                     // BTYPE 01: fixed Huffman codes
	w.code(0b00110000, 8)            // literal 0
	match := reversed(0b11000101, 8) // length symbol 285: 258 bytes; then distance symbol 0 (5 zero bits): distance 1
	for left := n - 1; left >= 258; left -= 258 {
		w.bits(match, 13)
	}
	w.code(0, 7) // end of block (the last <258 bytes are left out)
	return w.flush()
}

type bitWriter struct {
	out  []byte
	acc  uint64
	nacc uint
}

// bits writes the n low bits of v, least significant first.
func (w *bitWriter) bits(v uint64, n uint) {
	w.acc |= v << w.nacc
	w.nacc += n
	for w.nacc >= 8 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.nacc -= 8
	}
}

// code writes a Huffman code, most significant bit first.
func (w *bitWriter) code(c uint64, n uint) { w.bits(reversed(c, n), n) }

func reversed(c uint64, n uint) uint64 {
	var r uint64
	for i := uint(0); i < n; i++ {
		r = r<<1 | (c>>i)&1
	}
	return r
}

func (w *bitWriter) flush() []byte {
	if w.nacc > 0 {
		w.out = append(w.out, byte(w.acc))
	}
	return w.out
}

// The bomb is a real one: it unpacks to zeros, at least 1 MiB of them.
func TestBombIsABomb(t *testing.T) {
	r := flate.NewReader(bytes.NewReader(bomb(4 << 20)))
	got, err := io.ReadAll(io.LimitReader(r, 1<<20))
	if err != nil || len(got) != 1<<20 || bytes.Count(got, []byte{0}) != len(got) {
		t.Fatalf("read %d bytes, err %v", len(got), err)
	}
}

// The bound holds on the stream itself: a 1 GiB bomb handed to inflate
// directly (past the fragment's length check) is read only until it has
// given MaxInflated bytes, a sliver of its packed bytes.
func TestInflateStopsEarly(t *testing.T) {
	packed := bomb(1 << 30)
	in := &countingReader{r: bytes.NewReader(packed)}
	_, err := inflateFrom(in)
	if err == nil || !strings.Contains(err.Error(), "unpacks to more than") {
		t.Fatalf("err %v", err)
	}
	// 256 KiB at 258 bytes for 13 bits is about 1.6 KiB of packed bytes;
	// flate reads ahead a little.
	t.Logf("read %d of the bomb's %d packed bytes", in.n, len(packed))
	if in.n > 16<<10 {
		t.Errorf("read %d of the bomb's %d packed bytes, want at most 16 KiB", in.n, len(packed))
	}
}

type countingReader struct {
	r *bytes.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

func BenchmarkDecodeBombWithinLength(b *testing.B) {
	frag := link(bomb(48 << 10 * 1280))
	if len(frag) > MaxFragment {
		b.Fatalf("fragment %d over the limit", len(frag))
	}
	for b.Loop() {
		if q, _ := Decode(frag); q != nil {
			b.Fatal("decoded")
		}
	}
}

func BenchmarkDecodeKarabakh(b *testing.B) {
	frag, err := Encode(stockQuizzes(b)["karabakh.yaml"])
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if q, ps := Decode(frag); q == nil || len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}

func FuzzDecode(f *testing.F) {
	for _, q := range stockQuizzes(f) {
		packed, _ := Pack(q)
		f.Add(link(packed))
		f.Add(Digits(packed))
	}
	f.Add("quiz=")
	f.Add(link(bomb(1 << 20)))
	f.Fuzz(func(t *testing.T, fragment string) {
		q, ps := Decode(fragment)
		if q == nil && !ps.HasErrors() {
			t.Fatalf("no quiz and no error for %.40q", fragment)
		}
		if q != nil {
			// What decodes encodes again to a link of the same quiz.
			again, err := Encode(q)
			if err != nil {
				t.Fatal(err)
			}
			q2, ps2 := Decode(again)
			if q2 == nil || Fingerprint(q2) != Fingerprint(q) {
				t.Fatalf("re-encoded quiz does not round-trip: %v", ps2)
			}
		}
	})
}

func (c *countingReader) Len() int { return c.r.Len() }
