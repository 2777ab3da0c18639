package generate

import "testing"

// TestChainReferentSpeakersAndDescriptions: the sentence before names the
// person a "He" or "She" stands for as the speaker closing it after a
// phrase of when or how, or as the subject of a description made of
// several nouns or of a prize's name; another person of the pronoun's
// sex, a party's word taken into the name, or words that name someone
// refuse.
func TestChainReferentSpeakersAndDescriptions(t *testing.T) {
	const she = " She was named the orchestra director on 3 May 2004."
	const he = " He was named the orchestra director on 3 May 2004."
	checkReferents(t, []referentCase{
		{"speaker after an auxiliary, with a time adverb", "Tom Cole was elected mayor on Sunday. “The aim is fulfilled,” Cole had said earlier." + he, "director", "Tom Cole"},
		{"speaker, then when", "The hall will reopen in the autumn, Dana Reeve said on Friday." + she, "director", "Dana Reeve"},
		{"speaker, then how", "The hall will reopen in the autumn, Dana Reeve said in a statement." + she, "director", "Dana Reeve"},
		{"quotation, speaker, then when", "“The hall will reopen,” Dana Reeve told reporters on Friday." + she, "director", "Dana Reeve"},
		{"speaker after the verb, with a description", "“The hall is cold,” said Dana Reeve, who moved to Leeds in 2001." + she, "director", "Dana Reeve"},
		{"several nouns say what the subject is", "With a career of six decades, Dame Dana Reeve was a three-time nominee and five-time award winner." + she, "director", "Dana Reeve"},
		{"a prize's name in the description", "With a career of six decades, Dame Dana Reeve was a three-time Oscar nominee and five-time Tony Award winner." + she, "director", "Dana Reeve"},
		{"her as an owner", "Dana Reeve sold her house in Leeds in 1998." + she, "director", "Dana Reeve"},
		// Refused.
		{"speaker, then a name", "The hall will reopen in the autumn, Dana Reeve told Sam Hart." + she, "director", ""},
		{"speaker, then a clause", "The hall will reopen in the autumn, Dana Reeve said the players would stay." + she, "director", ""},
		{"speaker's description names someone", "“The hall is cold,” said Dana Reeve, who thanked her teacher." + she, "director", ""},
		{"speaker's description names another person", "“The hall is cold,” said Dana Reeve, who beat Sam Hart in 2001." + she, "director", ""},
		{"a second noun of its own", "Dana Reeve was a singer and her brother a drummer in 1998." + he, "director", ""},
		{"a person beside the prize", "Dana Reeve won a Tony Award with Tony Marsh in 1998." + she, "director", ""},
		{"him is another man", "Tom Cole told him the hall would reopen in the autumn." + he, "director", ""},
		{"her is another woman", "Dana Reeve beat her in the final in 1998." + she, "director", ""},
		{"him in a chain of the same pronoun", "Tom Cole joined the city orchestra in 1998. Within months he hired him." + he, "director", ""},
		{"a party's word read as the first name", "Conservative Tom Cole won the city election in 1998. Cole thanked his voters." + he, "director", ""},
	})
}

// TestChainReferentSpeakerDescribed: a speaker described after the name
// ("Tom Cole, the company's chief executive, said." or "…, said Tom Cole,
// the company's chief executive.") is the one person a "He" may stand
// for; a name in the description, or someone the sentence goes on to
// speak of, refuses. A "him" inside a later clause is the subject's own.
func TestChainReferentSpeakerDescribed(t *testing.T) {
	const he = " He was named the orchestra director on 3 May 2004."
	checkReferents(t, []referentCase{
		{"description between commas, then the verb", "The plant will close, Tom Cole, the company's chief executive, said." + he, "director", "Tom Cole"},
		{"verb, name, then a description to the end", "The plant will close, said Tom Cole, the company's chief executive." + he, "director", "Tom Cole"},
		{"him in a later clause", "Tom Cole was sentenced to six years in prison on Friday after a jury found him guilty." + he, "director", "Tom Cole"},
		// Refused.
		{"description naming a person", "The plant will close, said Tom Cole, the father of Sam Hart." + he, "director", ""},
		{"someone after the verb", "The plant will close, Tom Cole, the company's chief executive, told his son." + he, "director", ""},
		{"a name after the verb", "The plant will close, Tom Cole, the company's chief executive, told Sam Hart." + he, "director", ""},
	})
}
