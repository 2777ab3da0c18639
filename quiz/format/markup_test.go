package format

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// TestSettleFormatted: in a question with formatting, the texts without
// any are read as HTML shows them (a run of spaces or tabs as one space),
// as the native format: html the question is written in reads them back;
// a question without formatting keeps its spaces. Found by FuzzParseGIFT
// (<B>0{00\t0}).
func TestSettleFormatted(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []string // prompt, then each answer or choice
		err              string   // a problem's words, when the question is refused
	}{
		{"GIFT short answer with a tab", "q.gift", "0<B>0{=00\t0}", []string{"00", "00 0"}, ""},
		{"GIFT short answer with two spaces", "q.gift", "0<B>0{=0  0}", []string{"00", "0 0"}, ""},
		{"GIFT plain answer in a formatted question", "q.gift", "[html]<i>Which</i>?{=[plain]a \t b ~c}", []string{"Which?", "a b", "c"}, ""},
		{"GIFT choice and feedback", "q.gift", "<b>Q</b>{=a  b#x\t\ty ~c}", []string{"Q", "a b", "c"}, ""},
		{"GIFT without formatting keeps spaces", "q.gift", "Q{=0  0}", []string{"Q", "0  0"}, ""},
		{"GIFT answers the same once settled", "q.gift", "<b>Q</b>{=a  b =a b}", nil, "is there twice once runs of spaces are read as one"},
		{"Moodle XML plain_text answer beside an HTML prompt", "q.xml", mxFile(`<question type="shortanswer"><questiontext format="html"><text><![CDATA[<b>Q</b>]]></text></questiontext>` +
			`<answer fraction="100" format="plain_text"><text>a	  b</text></answer></question>`), []string{"Q", "a b"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ps := Parse(tt.file, []byte(tt.data))
			if tt.err != "" {
				if !strings.Contains(ps.Error(), tt.err) {
					t.Fatalf("problems %v, want one saying %q", ps, tt.err)
				}
				return
			}
			if ps.HasErrors() || q == nil || len(q.Questions) != 1 {
				t.Fatalf("problems: %v", ps)
			}
			qu := q.Questions[0]
			got := []string{qu.Prompt}
			for _, a := range qu.Accepted {
				got = append(got, a.Text)
			}
			for _, c := range qu.Choices {
				got = append(got, c.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("texts %q, want %q", got, tt.want)
			}
			var b bytes.Buffer
			if err := WriteNative(&b, q); err != nil {
				t.Fatal(err)
			}
			back, bps := Parse(q.ID+".yaml", b.Bytes())
			if bps.HasErrors() || !reflect.DeepEqual(back, q) {
				t.Errorf("native round trip changed the quiz (%v):\n got %+v\nwant %+v\n%s", bps, back, q, b.String())
			}
		})
	}
}
