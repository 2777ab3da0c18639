package generate

import "testing"

// TestReferentDescribed: "He" or "She" after a sentence that names no one
// and opens on a person described by a role ("The jury foreman …", "The
// appellant's background …") is that description; a name, someone else
// after the role, another pronoun, a long quotation or a new paragraph
// refuses.
func TestReferentDescribed(t *testing.T) {
	const lead = "The trial of the former coach ended on Friday after nine days. "
	checkReferents(t, []referentCase{
		{"a role as the subject", lead + "The jury foreman read the counts and said “guilty” on six counts. He read all 48 counts.", "all 48", "The jury foreman"},
		{"a role owning the subject", lead + "The appellant's background is relevant to the sentence. He was born on 7 October 1969.", "born", "The appellant"},
		// Refused.
		{"a name in the sentence before", lead + "The jury foreman read the counts to Tom Cole. He read all 48 counts.", "all 48", ""},
		{"someone else owned by the role", lead + "The victim's mother spoke to the court for an hour. She was born on 7 October 1969.", "born", ""},
		{"another man after the role", lead + "The jury foreman looked at him for a minute. He read all 48 counts.", "all 48", ""},
		{"a long quotation", lead + "The jury foreman said “we are all agreed on every count here”. He read all 48 counts.", "all 48", ""},
		{"a new paragraph", lead + "The jury foreman read the counts.\n\nHe read all 48 counts.", "all 48", ""},
		{"no role", lead + "The verdict was read at noon. He read all 48 counts.", "all 48", ""},
	})
}

// TestReferentDescribedCut: a description whose role word does not close
// it ("The company's chief executive") is not cut short into a referent.
func TestReferentDescribedCut(t *testing.T) {
	const lead = "The trial of the former coach ended on Friday after nine days. "
	checkReferents(t, []referentCase{
		{"a role word inside a longer description", lead + "The company's chief executive read the statement at noon. He was born on 7 October 1969.", "born", ""},
		{"a role word before another noun", lead + "The jury foreman role was filled on Monday. He read all 48 counts.", "all 48", ""},
	})
}
