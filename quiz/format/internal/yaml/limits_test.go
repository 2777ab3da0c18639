package yaml

import (
	"strings"
	"testing"
	"time"
)

// TestLimits: deep, wide and long inputs end quickly, without a panic,
// and in time linear in their size.
func TestLimits(t *testing.T) {
	long := strings.Repeat("x", 1<<20)
	json := "{" + strings.Repeat(`"k": [1, "v", {"a": null}], `, 40000) + `"z": 0}`
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"deep flow", strings.Repeat("[", 100000), false},
		{"deep flow closed", strings.Repeat("[", 900) + strings.Repeat("]", 900), true},
		{"deep block seq", strings.Repeat("- ", 100000) + "x", false},
		{"deep block map", func() string {
			var b strings.Builder
			for i := 0; i < 5000; i++ {
				b.WriteString(strings.Repeat(" ", i) + "k:\n")
			}
			return b.String()
		}(), false},
		{"deep flow maps", strings.Repeat("{a: ", 50000), false},
		{"long plain", "a: " + long, true},
		{"long quoted", `a: "` + long + `"`, true},
		{"long key", long + ": x", false},
		{"long flow line", json, true},
		{"many lines", strings.Repeat("- a\n", 200000), true},
		{"folded plain", "a: " + strings.Repeat("x\n  ", 200000), true},
		{"unclosed quote", `"` + strings.Repeat("a\n", 100000), false},
		{"unclosed flow", "[" + strings.Repeat("a, ", 100000), false},
		{"many docs", strings.Repeat("---\na: 1\n", 20000), true},
		{"block scalar", "a: |\n" + strings.Repeat("  line\n", 200000), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := stream([]byte(tt.in))
			if (err == nil) != tt.ok {
				t.Errorf("err = %v, want ok=%v", err, tt.ok)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
}
