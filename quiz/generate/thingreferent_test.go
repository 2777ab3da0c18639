package generate

import (
	"strings"
	"testing"
)

// TestThingReferent: "It" or "They" opening a sentence stands for the
// named thing the sentence just before defines as its subject, and for
// nothing when another thing may be meant.
func TestThingReferent(t *testing.T) {
	checkReferents(t, []referentCase{
		{"definition", "The Marlow Bridge project was the largest building scheme in the county. It opened to traffic in May 2011.", "traffic", "The Marlow Bridge project"},
		{"definition naming its owner", "The Harlan Space program was the second lunar program of the Republic of Ostland, run by the Ostland Space Agency (OSA) from 1990. It landed two rovers on the Moon in 1998.", "rovers", "The Harlan Space program"},
		{"passive with a place and a date", "The Treaty of Velden was signed in Vienna on 4 March 1921. It ended the border war between the two kingdoms.", "border", "The Treaty of Velden"},
		{"name with a link and its appositive", "The Accord on the Upper Valley, known as the Velden Pact, was signed in Vienna in 1921. It created three new districts.", "districts", "The Accord on the Upper Valley"},
		{"plural", "The Harwick Accords were a pair of trade agreements between the two states. They cut tariffs on 40 goods in 1994.", "tariffs", "The Harwick Accords"},
		{"auxiliary after the pronoun", "The Marlow Bridge project was the largest building scheme in the county. It had been planned since 1990.", "planned", "The Marlow Bridge project"},
		{"a modal and a verb", "The Marlow Bridge project was the largest building scheme in the county. It will open to traffic in May 2031.", "traffic", "The Marlow Bridge project"},
		// Refused.
		{"a description as the subject", "The company built the Selene lander under a contract with the agency. It launched on a rocket on 3 February 2024.", "launched", ""},
		{"another verb than a definition", "The Halden Space Company built the Selene lander under a contract. It launched on a rocket on 3 February 2024.", "launched", ""},
		{"a person as the subject", "Dana Reeve was the first conductor of the Marlow City Orchestra. It toured Japan in 1999.", "Japan", ""},
		{"another thing named in a passive", "The Treaty of Velden was drafted by the League of Nations in 1920. It ended the border war in 1921.", "border", ""},
		{"another thing the definition speaks of", "The Marlow Bridge project was the plan that created the Marlow Tunnel. It opened to traffic in May 2011.", "traffic", ""},
		{"the wrong number", "The Harwick Accords were a pair of trade agreements. It cut tariffs on 40 goods in 1994.", "tariffs", ""},
		{"an empty it", "The Marlow Bridge project was the largest building scheme in the county. It was clear that costs would rise by 2011.", "clear", ""},
		{"it of a reported clause", "The Marlow Bridge project was the largest building scheme in the county. It was reported that it opened in May 2011.", "reported", ""},
		{"it before a noun phrase", "The Marlow Bridge project was the largest building scheme in the county. It is the third scheme since 1990.", "third", ""},
		{"it of a time since", "The Marlow Bridge project was the largest building scheme in the county. It has been five years since 2011.", "five", ""},
		{"it of a time taken", "The Marlow Bridge project was the largest building scheme in the county. It took three years to build the towers in 2011.", "towers", ""},
		{"it of a clause after the verb", "The Marlow Bridge project was the largest building scheme in the county. It emerged that costs rose in 2011.", "costs", ""},
		{"a pronoun left pointing back", "The Marlow Bridge project was the largest building scheme in the county. It kept its budget in 2011.", "budget", ""},
		{"a new paragraph", "The Marlow Bridge project was the largest building scheme in the county.\n\nIt opened to traffic in May 2011.", "traffic", ""},
		{"one capitalised word after The", "The Marlow was the largest ship of the fleet. It sank in May 1911.", "sank", ""},
		{"two sentences back", "The Marlow Bridge project was the largest building scheme in the county. Work began on the north bank. It opened to traffic in May 2011.", "traffic", ""},
	})
}

// TestThingReferentQuestions: the date and count questions of a sentence
// opening on a resolved "It" or "They" name the thing, and every question
// from that sentence in the quiz passes the checker and is no fill-in.
func TestThingReferentQuestions(t *testing.T) {
	const others = " Mayor Tim Alder opened the concert hall on 2 June 2001. Senator Ruth Penn spoke there on 5 April 2010."
	checkReferentQuestions(t, others, []referentQuestionCase{
		{"when", "The Harlan Space program was the second lunar program of the Republic of Ostland. It landed two rovers on the Moon in July 1998.",
			"When did the Harlan Space program land two rovers on the Moon?"},
		{"date statement", "The Marlow Bridge project was the largest building scheme in the county. It opened to traffic in May 2011.",
			"According to the article, the Marlow Bridge project opened to traffic in "},
		{"count statement, plural", "The Harwick Accords were a pair of trade agreements between the two states. They cut tariffs on 40 goods.",
			"According to the article, the Harwick Accords cut tariffs on "},
	}, func(sentence string) bool {
		return strings.HasPrefix(sentence, "It ") || strings.HasPrefix(sentence, "They ")
	}, "Marlow Bridge", "Harwick Accords", "Harlan Space")
}

// TestDescriptionReferent: "The <noun>" opening a sentence stands for the
// thing of that kind the sentence before has as its subject, through one
// sentence about it ("Its …"), and for nothing when another thing of the
// kind may be meant.
func TestDescriptionReferent(t *testing.T) {
	checkReferents(t, []referentCase{
		{"acronym spelt out", "The Harlow Green Party (HGP) won 12 seats. The HGP has made gains in every ward. The party won six seats in 2010.", "six", "The HGP"},
		{"through a sentence about it", "The Harlow Green Party (HGP) won 12 seats. The HGP has made gains in every ward. Its previous best was in 1974, when it won 11 seats. The party won six seats in 2010.", "six", "The HGP"},
		{"the kind as the name's last word", "The Harlow Green Party has made gains in every ward. The party won six seats in 2010.", "six", "The Harlow Green Party"},
		{"a place after the subject", "The Harlow Green Party has made gains in every ward of Manchester. The party won six seats in 2010.", "six", "The Harlow Green Party"},
		{"the kind after the name", "The Selene lander was built in Houston. The lander launched on a rocket on 3 February 2024.", "rocket", "The Selene lander"},
		// Refused.
		{"another thing of the kind named", "The Harlow Green Party beat the Labour Party in every ward. The party won six seats in 2010.", "six", ""},
		{"another thing named after the subject", "The Harlow Green Party formed a coalition with Labour in every ward. The party won six seats in 2010.", "six", ""},
		{"a subject of another kind", "The Harlow Green Party (HGP) won 12 seats. The Harlow Council has made gains in every ward. The party won six seats in 2010.", "six", ""},
		{"only described", "The Houston company built the lander. The company launched it on 3 February 2024.", "launched", ""},
		{"a nationality and the kind", "The British company built the lander. The company launched it on 3 February 2024.", "launched", ""},
		{"a sentence between about something else", "The Harlow Green Party has made gains in every ward. Voters stayed at home. The party won six seats in 2010.", "six", ""},
		{"two sentences between", "The Harlow Green Party has made gains in every ward. Its leader resigned. It lost a seat. The party won six seats in 2010.", "six", ""},
		{"a noun of no named kind", "The Harlow Green Party has made gains in every ward. The vote was held on 3 May 2010.", "vote", ""},
		{"the name without The", "Harlow Green Party has made gains in every ward. The party won six seats in 2010.", "six", ""},
		{"a new paragraph", "The Harlow Green Party has made gains in every ward.\n\nThe party won six seats in 2010.", "six", ""},
	})
}

// TestDemonstrativeReferent: "This <noun>" and "That <noun>" opening a
// sentence are read as "The <noun>" is, and refused where it is.
func TestDemonstrativeReferent(t *testing.T) {
	checkReferents(t, []referentCase{
		{"this", "The Harlow Peace Conference opened in Geneva. This conference followed the armistice of 11 November 1918.", "armistice", "The Harlow Peace Conference"},
		{"that", "The Selene lander was built in Houston. That lander launched on a rocket on 3 February 2024.", "rocket", "The Selene lander"},
		// Refused.
		{"the name not the subject", "The treaty was signed at the Harlow Peace Conference. This conference followed the armistice of 11 November 1918.", "armistice", ""},
		{"two things of the kind", "The Harlow Green Party beat the Labour Party in every ward. This party won six seats in 2010.", "six", ""},
		{"a person before", "Tom Cole opened the Harlow Peace Conference. This conference followed the armistice of 11 November 1918.", "armistice", ""},
		{"plural these", "The Harlow Green Party has made gains in every ward. These parties won six seats in 2010.", "six", ""},
		{"a plural noun after this", "The Harlow Green Party has made gains in every ward. This parties won six seats in 2010.", "six", ""},
		{"quoted", "The Harlow Green Party has made gains in every ward. \"This party won six seats in 2010,\" he said.", "six", ""},
		{"this as a pronoun", "The Harlow Green Party has made gains in every ward. This was its best result since 2010.", "best", ""},
	})
}

// TestDescriptionReferentQuestions: the count question of "The party …"
// names the party.
func TestDescriptionReferentQuestions(t *testing.T) {
	const others = " Mayor Tim Alder opened the concert hall on 2 June 2001. Senator Ruth Penn spoke there on 5 April 2010."
	checkReferentQuestions(t, others, []referentQuestionCase{
		{"how many", "The Harlow Green Party (HGP) won 12 seats in the city council. The HGP has made gains in every ward. The party won six seats in 2010.",
			"How many seats did the HGP win in 2010?"},
	}, func(sentence string) bool { return strings.HasPrefix(sentence, "The party ") }, "the HGP")
}

// TestPersonDescribed: a description opening a sentence ("The
// 69-year-old") stands for the one person the article describes so,
// named just before, and for nobody when two fit or the name is too
// short to take the description's words.
func TestPersonDescribed(t *testing.T) {
	checkReferents(t, []referentCase{
		{"age", "Tom Cole, 69, was re-elected in the city. The 69-year-old won 14 counties in March 2024.", "counties", "Tom Cole"},
		{"description after the name", "Tom Cole, a former congressman, was re-elected in the city. The congressman won 14 counties in March 2024.", "counties", "Tom Cole"},
		{"description before the name", "Former congressman Tom Cole was re-elected in the city. The congressman won 14 counties in March 2024.", "counties", "Tom Cole"},
		{"three words of a name for three", "Mary Ann Cole, a former congresswoman, was re-elected in the city. The former congresswoman won 14 counties in March 2024.", "counties", "Mary Ann Cole"},
		// Refused.
		{"two people of the age", "Tom Cole, 69, was re-elected in the city. Ruth Penn, 69, lost her seat. The 69-year-old won 14 counties in March 2024.", "counties", ""},
		{"another age", "Tom Cole, 68, was re-elected in the city. The 69-year-old won 14 counties in March 2024.", "counties", ""},
		{"two people described so", "Tom Cole, a congressman, met congressman Sam Hart in the city. The congressman won 14 counties in March 2024.", "counties", ""},
		{"a name shorter than the description", "Tom Cole, a former congressman, was re-elected in the city. The former congressman won 14 counties in March 2024.", "counties", ""},
		{"named too far before", "Tom Cole, 69, was re-elected in the city. Voters queued. Polls closed. Counting began. The 69-year-old won 14 counties in March 2024.", "counties", ""},
		{"a description the article does not give", "Tom Cole was re-elected in the city. The congressman won 14 counties in March 2024.", "counties", ""},
	})
}

// TestPersonDescribedQuestions: the count question of "The 69-year-old
// …" names the person.
func TestPersonDescribedQuestions(t *testing.T) {
	const others = " Mayor Tim Alder opened the concert hall on 2 June 2001. Senator Ruth Penn spoke there on 5 April 2010."
	checkReferentQuestions(t, others, []referentQuestionCase{
		{"how many", "Tom Cole, 69, was re-elected in the city. The 69-year-old won 14 counties in March 2024.",
			"How many counties did Tom Cole win in March 2024?"},
	}, func(sentence string) bool { return strings.HasPrefix(sentence, "The 69-year-old ") }, "Tom Cole")
}
