package generate

import (
	"strings"
	"testing"
)

// TestResignedLeaderTF: a leader whose sentence says he resigned (the
// idiom after his name, or a list of those who did) is stated in the
// past by the true-or-false writer; one who watched others resign, or
// who will resign, is stated in the present.
func TestResignedLeaderTF(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		past           bool
	}{
		{"put in their papers", "Among the ministers who put in their papers were Trade Minister Jon Reyes and Health Minister Ana Ruiz.", true},
		{"tendered their resignation", "Other ministers who tendered their resignation are Jon Reyes, Health Minister Ana Ruiz and Tom Hale.", true},
		{"resigned after the name", "Health Minister Ana Ruiz resigned after a row over hospital funding.", true},
		{"stepped down in a relative clause", "Health Minister Ana Ruiz, who stepped down after the vote, thanked her staff.", true},
		{"others resigned", "Health Minister Ana Ruiz watched as one minister resigned after another.", false},
		{"will resign", "Health Minister Ana Ruiz will resign after the vote, aides said.", false},
		{"no idiom", "Health Minister Ana Ruiz opened a new ward at the hospital.", false},
	} {
		text := headlineLine + "The cabinet of Norway met in Oslo on Wednesday.\n\n" + c.sentence + "\n\nThe new ministers will be named on Thursday, the office said.\n"
		w := writeKind(text, Leader, func(w *writer, fi int) bool {
			return w.facts[fi].Person == "Ana Ruiz" && w.leaderTF(fi, true)
		})
		var prompts []string
		for _, o := range w.offered {
			if strings.HasPrefix(o.q.Prompt, "According to the article, Ana Ruiz ") {
				prompts = append(prompts, o.q.Prompt)
			}
		}
		if len(prompts) == 0 {
			t.Errorf("%s: no statement on Ana Ruiz", c.name)
			continue
		}
		for _, p := range prompts {
			if past := strings.Contains(p, " Ana Ruiz was "); past != c.past {
				t.Errorf("%s: %q, want the past %v", c.name, p, c.past)
			}
		}
	}
}
