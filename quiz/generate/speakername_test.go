package generate

import "testing"

// TestSpeakerWithoutHonours: a speaker introduced with a parliamentary
// style or honours ("RT Hon Jeremy Hunt MP", "Jane Roe KC") is offered
// by name alone, as the other people are; a name that would be left with
// one word keeps its words.
func TestSpeakerWithoutHonours(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Secretary of State for Health, RT Hon Jeremy Hunt MP, visited the ward on Monday. “We know demand has also increased,” said RT Hon Jeremy Hunt MP.", "Jeremy Hunt"},
		{"“The verdict was the only one open to the jury,” said Jane Roe KC, for the defence.", "Jane Roe"},
		{"“It is a great honour for the whole village,” said Tom Ware OBE.", "Tom Ware"},
		{"“We will appeal against the ruling,” Hon Mary Akers said.", "Mary Akers"},
		{"“We will appeal against the ruling,” said Mary Akers.", "Mary Akers"},
	} {
		checkOneSpeaker(t, tc.text, tc.want)
	}
}

// TestWithoutPostNominals keeps two words of a name at least.
func TestWithoutPostNominals(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Jeremy Hunt MP", "Jeremy Hunt"},
		{"Tom Ware OBE MBE", "Tom Ware"},
		{"Hunt MP", "Hunt MP"},
		{"Jeremy Hunt MP.", "Jeremy Hunt"},
		{"Ann Lee", "Ann Lee"},
	} {
		if got := withoutPostNominals(tc.in); got != tc.want {
			t.Errorf("withoutPostNominals(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSpeakerWithoutPartyLabel: "said Democratic Chris Coons" is Chris
// Coons; a party label is kept when one word of name would be left.
func TestSpeakerWithoutPartyLabel(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"“I am sick with regret,” said Democratic Chris Coons of Delaware.", "Chris Coons"},
		{"“We have restored the status quo,” said Republican Tom Ware of Texas.", "Tom Ware"},
		{"“We have restored the status quo,” said Tom Ware of Texas.", "Tom Ware"},
	} {
		checkOneSpeaker(t, tc.text, tc.want)
	}
	if got := withoutPartyLabelWord("Labour Smith"); got != "Labour Smith" {
		t.Errorf("withoutPartyLabelWord(%q) = %q, want it kept", "Labour Smith", got)
	}
}

// checkOneSpeaker checks that text quotes one speaker, named want.
func checkOneSpeaker(t *testing.T, text, want string) {
	t.Helper()
	got := quoteFacts(t, text)
	if len(got) != 1 || got[0].Speaker != want {
		var speakers []string
		for _, f := range got {
			speakers = append(speakers, f.Speaker)
		}
		t.Errorf("%q: speakers %q, want one, %q", text, speakers, want)
	}
}
