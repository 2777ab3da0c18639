package generate

import (
	"strings"
	"testing"
)

// TestFormerLeader checks a past holder ("former Riverton mayor X") read
// as a leader, asked "What office did X hold?" with no year and never
// "Who was …?"; a holder who died in office, one named by the office of
// then and an outgoing one stay unread.
func TestFormerLeader(t *testing.T) {
	tests := []struct {
		text, person string
		former       bool
	}{
		{"A jury on Monday convicted former Chicago mayor Dale Ortiz of bribery and fraud.", "Dale Ortiz", true},
		{"A jury on Monday convicted onetime Governor Dale Ortiz of bribery and fraud.", "Dale Ortiz", true},
		{"Former Prime Minister Nora Beck said in 2019 that the plan would fail.", "Nora Beck", true},
		{"Prime Minister Nora Beck said the plan would fail.", "Nora Beck", false},
		// The country before the word of the past (possessiveFormer).
		{"The panel included Kenya's former president Ada Wanjiru and two judges.", "Ada Wanjiru", true},
		{"Britain’s former deputy prime minister Tom Hale has died aged 86, his family said.", "Tom Hale", true},
		{"Ex-Foreign Minister Kari Holm said the harbour had waited for 20 years.", "Kari Holm", true},
		{"The company's former chief executive Ann Lee spoke on Monday.", "", false},
		{"The bridge was named after the late Senator Dale Ortiz in 2019.", "", false},
		{"The bridge was planned by then-Governor Dale Ortiz in 2019.", "", false},
		{"The bridge was opened by outgoing Governor Dale Ortiz in 2019.", "", false},
	}
	for _, tc := range tests {
		w := writeAll(t, tc.text)
		var got []string
		for fi, f := range w.facts {
			if f.Kind != Leader {
				continue
			}
			got = append(got, f.Person)
			if f.l.former != tc.former {
				t.Errorf("%q: %s former %v, want %v", tc.text, f.Person, f.l.former, tc.former)
			}
			if is, when, ok := w.leaderTense(fi); tc.former && (is != "was" || when != "" || !ok) {
				t.Errorf("%q: leaderTense(%s) = %q %q %v, want \"was\" \"\" true", tc.text, f.Person, is, when, ok)
			}
		}
		if want := tc.person; strings.Join(got, ";") != want {
			t.Errorf("%q: leaders %q, want %q", tc.text, got, want)
		}
	}

	// A past holder is no holder of the office now (a country has one
	// president at a time: the present one's questions stay), and is
	// stated in the past, never asked "Who was".
	text := "Election result confirmed\n\n" +
		"U.S. President Anton Varga won a second term on Sunday with 61 percent of the vote, the election commission said.\n" +
		"Former U.S. President Ilse Horvath won 35 percent of the vote and conceded on Monday.\n" +
		"Turnout was 68 percent, down from 72 percent in the last election, and 14 parties took part.\n"
	w := writeAll(t, text)
	var prompts []string
	for _, c := range w.offered {
		p := c.q.Prompt
		prompts = append(prompts, p)
		if strings.HasPrefix(p, "Who was") || strings.Contains(p, "Ilse Horvath is") || strings.HasPrefix(p, "What office does Ilse Horvath") {
			t.Errorf("past holder asked in the present or by office: %q", p)
		}
	}
	if hs := w.holders("President", "United States"); len(hs) != 1 || w.facts[hs[0]].Person != "Anton Varga" {
		t.Errorf("holders of the presidency %v, want Anton Varga alone", hs)
	}
	if !containsString(prompts, "According to the article, Ilse Horvath was the President of the United States.") {
		t.Errorf("no statement of the past holder's office in the past: %q", prompts)
	}
}

// TestFormerLeaderGuard checks every question a page with past holders
// offers: a past holder is never the answer of "Who is …?" nor the holder
// of a wrong choice, and a question on their office is in the past with
// offices as its wrong choices.
func TestFormerLeaderGuard(t *testing.T) {
	text := "Council votes on the harbour plan\n\n" +
		"Mayor Greta Lund of Bergen presented the harbour plan to the council on Tuesday, and 31 of the 67 members voted for it.\n" +
		"Former Bergen Mayor Odd Hauge, who opposed the plan, said it would cost 4 billion kroner.\n" +
		"Norwegian Prime Minister Ola Brekke backed the plan on Wednesday, and Finance Minister Siv Moen promised 2 billion kroner.\n" +
		"Ex-Foreign Minister Kari Holm said the harbour had waited for 20 years.\n" +
		"Health Minister Jon Dahl did not attend the vote.\n"
	w := writeAll(t, text)
	former := map[string]bool{}
	for _, f := range w.facts {
		if f.Kind == Leader && f.Former {
			former[f.Person] = true
		}
	}
	if !former["Odd Hauge"] || !former["Kari Holm"] {
		t.Fatalf("past holders read: %v, want Odd Hauge and Kari Holm", former)
	}
	asked := 0
	for _, c := range w.offered {
		p, f := c.q.Prompt, w.facts[c.item.Fact]
		if c.group == "" && f.Kind == Leader && f.Former {
			asked++
			if strings.HasPrefix(p, "Who") || strings.Contains(p, " does ") || strings.Contains(p, f.Person+" is ") ||
				!strings.Contains(p, " did "+f.Person+" hold") && !strings.Contains(p, f.Person+" was ") {
				t.Errorf("past holder %s asked out of the past: %q", f.Person, p)
			}
			for _, x := range c.item.Wrong {
				if containsString(strings.Fields(x), "Minister") == false && !strings.Contains(x, "Mayor") && !strings.Contains(x, "Governor") &&
					!strings.Contains(x, "Secretary") && !strings.Contains(x, "Senator") && !strings.Contains(x, "Ambassador") && !strings.Contains(x, "President") {
					t.Errorf("%q: wrong choice %q is no office", p, x)
				}
			}
		}
		// "Who opposed the plan?" may be theirs; "Who is the …?" never.
		if (strings.HasPrefix(p, "Who is the") || strings.HasPrefix(p, "Who was the") || strings.HasPrefix(p, "Which of these people")) && former[c.item.Answer] {
			t.Errorf("past holder %s is the answer of %q", c.item.Answer, p)
		}
		for _, x := range c.item.Wrong {
			if former[x] && (strings.HasPrefix(p, "Who is") || strings.HasPrefix(p, "Who was") || strings.HasPrefix(p, "Which of these people")) {
				t.Errorf("past holder %s is a wrong choice of %q", x, p)
			}
		}
	}
	if asked == 0 {
		t.Errorf("no question on a past holder's office")
	}
}
