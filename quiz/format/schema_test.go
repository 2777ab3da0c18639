package format

import (
	"encoding/json"
	"os"
	"reflect"
	"sort"
	"testing"
)

// The JSON Schema in docs/ lists exactly the fields the reader knows.
func TestSchemaMatchesReader(t *testing.T) {
	data, err := os.ReadFile("../../docs/question-file.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
			OneOf      []struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"oneOf"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]json.RawMessage) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	sorted := func(s []string) []string {
		out := append([]string(nil), s...)
		sort.Strings(out)
		return out
	}
	for _, c := range []struct {
		def  string
		alt  int // index in oneOf, or -1 for the definition itself
		want []string
	}{
		{"quiz", -1, quizKeys},
		{"question", -1, questionKeys},
		{"choice", 1, choiceKeys},
		{"textAnswer", 1, textKeys},
		{"numberAnswer", 1, numberKeys},
	} {
		d := schema.Defs[c.def]
		props := d.Properties
		if c.alt >= 0 {
			props = d.OneOf[c.alt].Properties
		}
		if got := keys(props); !reflect.DeepEqual(got, sorted(c.want)) {
			t.Errorf("%s: schema has %v, reader knows %v", c.def, got, sorted(c.want))
		}
	}
}
