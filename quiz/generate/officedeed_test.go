package generate

import (
	"strings"
	"testing"
)

// TestOfficeDeed: a question telling of a governor signing bills into
// law is not in a quiz beside the question on the governor's office
// among offices that sign no law (officedeed.go).
func TestOfficeDeed(t *testing.T) {
	if !signsLaws("how many bills has lind signed into law") || !signsLaws("lind vetoed 12 bills") || signsLaws("lind signed a deal with the union") {
		t.Errorf("signsLaws misreads a prompt")
	}
	if !lawSigner("Governor") || lawSigner("Lieutenant Governor") || lawSigner("Senator") || lawSigner("Vice President") {
		t.Errorf("lawSigner misreads an office")
	}
	if !officeDeedGivesAway("how many bills did ana lind sign on friday", "Ana Lind", "Governor", []string{"Mayor", "Senator", "Ambassador"}) ||
		officeDeedGivesAway("how many bills did ana lind sign on friday", "Ana Lind", "Governor", []string{"President", "Mayor"}) ||
		officeDeedGivesAway("how many roads did ana lind open", "Ana Lind", "Governor", []string{"Mayor", "Senator", "Ambassador"}) ||
		officeDeedGivesAway("how many bills did tom vell sign on friday", "Ana Lind", "Governor", []string{"Mayor", "Senator", "Ambassador"}) {
		t.Errorf("officeDeedGivesAway")
	}
	text := "Lind signs 700 bills\n\nNorland Gov. Ana Lind has signed more than 700 bills into law that were passed during the spring session. On Friday, she signed 126 bills, with three days left to sign or veto the rest. So far, Lind has signed 712 bills into law. The session ran for 140 days and ended in May."
	for _, off := range []bool{false, true} {
		officeDeedOff = off
		res, err := FromText("", text)
		if err != nil {
			t.Fatal(err)
		}
		office, deed := false, false
		for _, q := range res.Quiz.Questions {
			if strings.HasPrefix(q.Prompt, "What office does Ana Lind hold") {
				office = true
			}
			if p := normalize(q.Prompt); signsLaws(p) && strings.Contains(p, "lind") {
				deed = true
			}
		}
		if !off && office && deed {
			t.Errorf("the office question beside a deed that shows it: %q", prompts(res))
		}
		if off && !(office && deed) {
			t.Errorf("rule off: not both asked, the test shows nothing: %q", prompts(res))
		}
	}
	officeDeedOff = false
}
