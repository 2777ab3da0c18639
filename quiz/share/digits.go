package share

import (
	"fmt"
	"strconv"
	"strings"
)

// The digits form writes the packed bytes 7 at a time as 17 decimal
// digits (2^56 < 10^17), and a last group of k < 7 bytes as
// digitsFor[k] digits: 8.1 bits a byte in a QR code's numeric mode,
// against 10.7 for base64url in byte mode.
const groupBytes, groupDigits = 7, 17

var digitsFor = [groupBytes + 1]int{0, 3, 5, 8, 10, 13, 15, 17}

// Digits returns the fragment of a link spelt in digits: "quizn=…".
func Digits(packed []byte) string {
	var b strings.Builder
	b.Grow(len(DigitsKey) + (len(packed)+groupBytes-1)/groupBytes*groupDigits)
	b.WriteString(DigitsKey)
	for len(packed) > 0 {
		k := min(groupBytes, len(packed))
		var v uint64
		for _, c := range packed[:k] {
			v = v<<8 | uint64(c)
		}
		s := strconv.FormatUint(v, 10)
		b.WriteString(strings.Repeat("0", digitsFor[k]-len(s)))
		b.WriteString(s)
		packed = packed[k:]
	}
	return b.String()
}

// fromDigits reads what Digits wrote after its key.
func fromDigits(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return nil, fmt.Errorf("it is damaged: character %d, %q, is not a digit, and this kind of quiz link has only digits; copy the whole link again", i+1, s[i:i+1])
		}
	}
	lastK := -1
	rest := len(s) % groupDigits
	for k, n := range digitsFor[:groupBytes] {
		if n == rest {
			lastK = k
		}
	}
	if lastK < 0 {
		return nil, errTruncated
	}
	out := make([]byte, 0, len(s)/groupDigits*groupBytes+lastK)
	for len(s) > 0 {
		n, k := groupDigits, groupBytes
		if len(s) < groupDigits {
			n, k = len(s), lastK
		}
		v, err := strconv.ParseUint(s[:n], 10, 64)
		if err != nil || (k < 8 && v>>(8*k) != 0) {
			return nil, errDamaged // a group too large for its bytes
		}
		for i := k - 1; i >= 0; i-- {
			out = append(out, byte(v>>(8*i)))
		}
		s = s[n:]
	}
	return out, nil
}
