package yaml

import (
	"bytes"
	"strings"
	"testing"
)

func addSeeds(f *testing.F) {
	for _, data := range corpus(f) {
		f.Add(data)
	}
	for _, s := range tricky {
		f.Add([]byte(s))
	}
	for _, s := range roundTripCases {
		f.Add([]byte(s))
	}
	for _, s := range refused {
		f.Add([]byte(s))
	}
}

// FuzzParse: no input makes the parser panic or hang; whatever yaml/v3
// refuses is refused; whatever yaml/v3 reads is read to the same tree,
// or refused for one of the documented reasons.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		if bytes.Contains(data, []byte(`\/`)) {
			// "\/" is read (JSON has it); yaml/v3 refuses it.
			stream(data)
			return
		}
		compare(t, "fuzz", data, false)
	})
}

// FuzzRoundTrip: every document read is written and read back to the
// same tree, by this package and by yaml/v3.
func FuzzRoundTrip(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		var doc Node
		if err := Unmarshal(data, &doc); err != nil || doc.Kind == 0 {
			return
		}
		for _, indent := range []int{2, 3} {
			var b bytes.Buffer
			enc := NewEncoder(&b)
			enc.SetIndent(indent)
			if err := enc.Encode(&doc); err != nil {
				if strings.Contains(err.Error(), "empty key") || strings.Contains(err.Error(), "too long") {
					return
				}
				t.Fatalf("Encode: %v\n%q", err, data)
			}
			roundTrip(t, &doc, indent)
		}
	})
}
