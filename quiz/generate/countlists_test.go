package generate

import "testing"

// TestListAfterSubject checks listAfterSubject: each count of a list
// added with ", as well as" after a clause whose subject is a count is
// asked with that clause's verb, without the other counts; an item that
// counts two nouns at once or whose figure is hedged by words the reader
// does not know is not asked, and a list that holds something other than
// counts gives no question.
func TestListAfterSubject(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"the last item",
			"By Monday evening, more than 900 soldiers had reached the valley, as well as 60 medics and eight rescue dogs.",
			"How many rescue dogs had reached the valley?", "8", []string{"How many rescue dogs had reached the valley, as well"}},
		{"the first item",
			"By Monday evening, more than 900 soldiers had reached the valley, as well as 60 medics and eight rescue dogs.",
			"How many medics had reached the valley?", "60", nil},
		{"an item past one counting two nouns, and one hedged",
			"More than 900 soldiers had reached the valley, as well as 70 nurses and doctors, and close to 40 engineers and 15 rescue dogs.",
			"How many rescue dogs had reached the valley?", "15", []string{"How many nurses had", "How many engineers had"}},
		{"a list with a name in it",
			"More than 900 soldiers had reached the valley, as well as 60 medics and the Red Cross.",
			"", "", []string{"How many medics had"}},
		{"a subject that is no count",
			"The army had reached the valley, as well as 60 medics and eight rescue dogs.",
			"", "", []string{"How many medics had", "How many rescue dogs had"}},
	})
}

// TestVerbListObject checks verbListObject: a count that is the object of
// a later verb in a list of past verbs sharing the sentence's subject is
// asked with that subject and verb, without the list's other counts; a
// participle's phrase after it is left out. A new subject after a comma,
// a pronoun subject or a clause of its own between the verbs gives no
// such question.
func TestVerbListObject(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"the third verb of the list",
			"The summit adopted a joint statement on trade, approved nine new projects put forward by its members, formed 14 working groups and closed early.",
			"How many working groups did the summit form?", "14", nil},
		{"the second verb, its participle phrase left out",
			"The summit adopted a joint statement on trade, approved nine new projects put forward by its members, formed 14 working groups and closed early.",
			"How many new projects did the summit approve?", "9", []string{"How many new projects did the summit approve put"}},
		{"after and",
			"The council reviewed its budget and closed 11 libraries in the county.",
			"How many libraries did the council close in the county?", "11", nil},
		{"a new subject after the comma",
			"The summit adopted a joint statement, the delegates approved nine new projects and left.",
			"", "", []string{"How many new projects did the summit"}},
		{"a pronoun subject",
			"They adopted a joint statement, approved nine new projects and left.",
			"", "", []string{"How many new projects did they", "How many new projects did They"}},
		{"a clause of its own between the verbs",
			"The summit adopted a statement that members drafted, approved nine new projects and left.",
			"", "", []string{"How many new projects did the summit"}},
	})
}

// TestObjectList checks objectList: each count of a list of three or
// more objects of one verb is asked without the others, the phrase after
// the list kept; a pronoun subject, an item counting two nouns and a
// clause after the list give no such question.
func TestObjectList(t *testing.T) {
	const sent = "The relief agency sent 300 nurses, 400 engineers and 12 rescue dogs to the valley."
	checkCountOffers(t, []countOffer{
		{"the first item", sent, "How many nurses did the relief agency send to the valley?", "300", nil},
		{"the middle item", sent, "How many engineers did the relief agency send to the valley?", "400", nil},
		{"the last item", sent, "How many rescue dogs did the relief agency send to the valley?", "12", nil},
		{"a list joined by a serial comma",
			"The ministry recorded 120 new cases, 14 deaths, and 30 recoveries on Sunday.",
			"How many recoveries did the ministry record on Sunday?", "30", nil},
		{"a pronoun subject",
			"They sent 300 nurses, 400 engineers and 12 rescue dogs to the valley.",
			"", "", []string{"How many rescue dogs did", "How many engineers did"}},
		{"an item counting two nouns",
			"The relief agency sent 300 nurses and doctors, 400 engineers and 12 rescue dogs to the valley.",
			"", "", []string{"How many rescue dogs did", "How many engineers did"}},
		{"a clause after the list",
			"The relief agency sent 300 nurses, 400 engineers and 12 rescue dogs after the dam burst.",
			"", "", []string{"How many rescue dogs did", "How many engineers did"}},
	})
}
