package generate

import (
	"strings"
	"testing"
)

// TestQuotePhrasePieces: a piece of a quotation that is only a phrase
// (no finite verb, no verb in the present, no subject) is not offered as
// what someone said; a piece that is a clause still is.
func TestQuotePhrasePieces(t *testing.T) {
	for _, c := range []struct {
		name, quote string
		refused     []string // excerpts that must not be offered
		kept        string   // the excerpt expected ("" when none may be)
	}{
		{"opening phrase before the clause",
			"Through her years and her service, Ruth Ellery ... gave the harbour town patience, courage and most of all, loyalty to its fishermen",
			[]string{"Through her years and her service"}, ""},
		{"closing noun phrase after an ellipsis",
			"Across four decades Ruth Ellery gave the town ... patience, courage and above everything, devotion to the harbour",
			[]string{"devotion to the harbour"}, ""},
		{"participle phrase before an ellipsis",
			"Rebuilding and strengthening the old harbour wall, the council ... kept the fishing fleet safe",
			[]string{"Rebuilding and strengthening the old harbour wall"}, ""},
		{"kept: a clause in the present",
			"This repair delivers real safety for the boats, and the council hopes to finish the slipway by spring",
			nil, "This repair delivers real safety for the boats"},
		{"kept: a clause with a contracted verb",
			"I'm asking the harbour board for an early meeting, to make sure the wall is inspected every spring",
			nil, "I'm asking the harbour board for an early meeting"},
	} {
		got := quoteExcerpt(c.quote, tokenize(c.quote), "Nobody Here")
		for _, r := range c.refused {
			if got == r {
				t.Errorf("%s: excerpt %q is a phrase, not a saying", c.name, got)
			}
		}
		if c.kept != "" && got != c.kept {
			t.Errorf("%s: excerpt %q, want %q", c.name, got, c.kept)
		}
	}
}

// TestQuoteVerblessTail: a quotation that only continues the writer's
// sentence after a comma, in lower case and without a verb, is not asked
// as someone's saying; one with a verb is.
func TestQuoteVerblessTail(t *testing.T) {
	for _, c := range []struct {
		name, quote string
		asked       bool
	}{
		{"verbless tail", "thus staying within the permitted height for houses on the seafront", false},
		{"tail with a verb", "which means the wall will stay within the permitted height", true},
	} {
		text := `Merrow harbour flats approved

Architects for Seaview Homes told the council that the height of the block rose from 12m to 14m, “` + c.quote + `”.

Ruth Ellery, the mayor, said the council had approved the plan on Monday. Tom Hale, a councillor, voted against it.`
		res, err := FromText("", text)
		if err != nil {
			t.Fatal(err)
		}
		asked := false
		var ps []string
		for _, q := range res.Quiz.Questions {
			ps = append(ps, q.Prompt)
			if strings.Contains(q.Prompt, "permitted height") && (strings.Contains(q.Prompt, " said “") || strings.Contains(q.Prompt, "Who said")) {
				asked = true
			}
		}
		if asked != c.asked {
			t.Errorf("%s: asked %v, want %v; prompts: %q", c.name, asked, c.asked, ps)
		}
	}
}
