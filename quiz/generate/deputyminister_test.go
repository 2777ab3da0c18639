package generate

import (
	"strings"
	"testing"
)

// TestDeputyMinister: a deputy minister named by the portfolio is asked
// which office he holds, among other deputy ministers; "Deputy
// Minister" read alone in the same words does not make them all close.
func TestDeputyMinister(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"Deputy Minister", "Minister of Health", "Deputy Minister of Health"}, "Minister of Health|Deputy Minister of Health"},
		{[]string{"Deputy Minister"}, "Deputy Minister"},
		{[]string{"Foreign Minister", "Prime Minister"}, "Foreign Minister|Prime Minister"},
	} {
		if got := strings.Join(withoutRankAlone(c.in), "|"); got != c.want {
			t.Errorf("withoutRankAlone(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	text := "Flu cases rise in the north\n\n" +
		"Deputy Minister of Health Tran Van Minh told the meeting that flu cases were rising in the north.\n" +
		"The ministry will send 200 doctors to the region in March.\n"
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range res.Quiz.Questions {
		if !strings.HasPrefix(q.Prompt, "What office does Tran Van Minh hold") {
			continue
		}
		found = true
		for _, ch := range q.Choices {
			if !strings.HasPrefix(ch.Text, "Deputy Minister of ") {
				t.Errorf("choice %q beside Deputy Minister of Health", ch.Text)
			}
		}
	}
	if !found {
		var ps []string
		for _, q := range res.Quiz.Questions {
			ps = append(ps, q.Prompt)
		}
		t.Errorf("no office question for Tran Van Minh in %q", ps)
	}
}
