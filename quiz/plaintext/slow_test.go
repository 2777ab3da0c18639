package plaintext

import (
	"strings"
	"testing"
	"time"
)

// TestLinearTime feeds long runs of what could make a scan quadratic
// (tags never closed, comments never ended, quotes never matched).
func TestLinearTime(t *testing.T) {
	for _, unit := range []string{"</a ", "<!--", "<a x=\"", "<a x='\"", "<script>", "<nav>", "<p", "&amp", "<a\n", "</script", "<![CDATA[", "<!", "<pre>\n", "<li>", "\xe9", "<nav><aside><svg><form>"} {
		s := strings.Repeat(unit, 200000/len(unit))
		start := time.Now()
		Decode([]byte(s))
		if d := time.Since(start); d > 500*time.Millisecond {
			t.Errorf("%q x %d: %v", unit, 200000/len(unit), d)
		}
	}
}
