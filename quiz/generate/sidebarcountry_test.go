package generate

import (
	"strings"
	"testing"
)

// TestSidebarNamesNoPresidentsCountry: a bare "President X" takes the
// country the story names, not one a sidebar of other headlines names
// again and again.
func TestSidebarNamesNoPresidentsCountry(t *testing.T) {
	text := "Cabinet shake-up in Delhi\n\nNew Delhi: Prime Minister Arun Varma of India reshuffled his cabinet on Wednesday. President Ravi Menon accepted the resignation of 12 ministers on Wednesday evening.\n\nPakistan floods leave thousands homeless\nPakistan court frees opposition leader\nPakistan cricket team lands in Lahore\n"
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Facts {
		if f.Kind == Leader && f.Person == "Ravi Menon" && f.Country == "Pakistan" {
			t.Errorf("Ravi Menon read as Pakistan's president")
		}
	}
	for _, q := range res.Quiz.Questions {
		if strings.Contains(q.Prompt, "Pakistan") {
			t.Errorf("a question on the sidebar's country: %q", q.Prompt)
		}
	}
}
