package format

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"factquiz/quiz"
)

// mxFile wraps questions in a Moodle XML file as Moodle's export writes
// it: the XML declaration on line 1, <quiz> on line 2, the questions from
// line 3 on.
func mxFile(questions string) string {
	return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questions + "\n</quiz>\n"
}

// TestMoodleXMLAsMoodle is the conformance table of the Moodle XML
// reader: each case is one question written by us in the manner of
// Moodle's export, and states what Moodle's importer
// (question/format/xml/format.php) makes of it: the type, the text the
// learner sees, the answers with their credit and feedback. Where the
// app cannot play what Moodle makes, the case states the warning.
func TestMoodleXMLAsMoodle(t *testing.T) {
	tests := []struct {
		name string
		in   string         // from line 3 of the file
		want *quiz.Question // nil: no question is played
		// problems as "line:col: message"
		problems []string
	}{
		// single defaults to true; fraction 100 is the right answer; the
		// HTML of the text keeps its formatting, as GIFT's [html].
		{"one right choice, html text", `<question type="multichoice">
<name><text>Longest river</text></name>
<questiontext format="html"><text><![CDATA[<p>Which is the <b>longest</b> river&nbsp;of Africa?</p>]]></text></questiontext>
<generalfeedback format="html"><text><![CDATA[<p>The Nile: about 6,650 km.</p>]]></text></generalfeedback>
<answer fraction="100" format="html"><text>Nile</text><feedback format="html"><text>Yes.</text></feedback></answer>
<answer fraction="0" format="html"><text><![CDATA[Congo &amp; Ubangi]]></text><feedback format="html"><text>Second longest.</text></feedback></answer>
<correctfeedback format="html"><text>Your answer is correct.</text></correctfeedback>
<incorrectfeedback format="html"><text>Your answer is incorrect.</text></incorrectfeedback>
</question>`,
			&quiz.Question{ID: "longest-river", Title: "Longest river", Type: quiz.Single, Prompt: "Which is the longest river\u00a0of Africa?",
				Explanation: "The Nile: about 6,650 km.", FeedbackRight: "Your answer is correct.", FeedbackWrong: "Your answer is incorrect.",
				Choices: []quiz.Choice{{Text: "Nile", Correct: true, Feedback: "Yes."}, {Text: "Congo & Ubangi", Feedback: "Second longest."}},
				Markup:  map[string]string{"Which is the longest river\u00a0of Africa?": "Which is the <b>longest</b> river\u00a0of Africa?"}}, nil},
		// One pick: 100 is right, other fractions are partial credit or a penalty.
		{"one pick with partial credit and a penalty", `<question type="multichoice">
<name><text>Bones</text></name>
<questiontext format="plain_text"><text>How many bones has an adult human?</text></questiontext>
<single>true</single>
<answer fraction="100"><text>206</text></answer>
<answer fraction="50"><text>about 200</text></answer>
<answer fraction="-25"><text>300</text></answer>
</question>`,
			&quiz.Question{ID: "bones", Title: "Bones", Type: quiz.Single, Prompt: "How many bones has an adult human?",
				Choices: []quiz.Choice{{Text: "206", Correct: true}, {Text: "about 200", Weight: 50}, {Text: "300", Weight: -25}}}, nil},
		// single false: every positive fraction is a right choice; the
		// credit is the sum of the picks, as in Moodle.
		{"select all with weights", `<question type="multichoice">
<name><text>Planets</text></name>
<questiontext format="moodle_auto_format"><text>Which are planets?</text></questiontext>
<single>false</single>
<answer fraction="50"><text>Mars</text></answer>
<answer fraction="50"><text>Venus</text></answer>
<answer fraction="0"><text>the Moon</text></answer>
</question>`,
			&quiz.Question{ID: "planets", Title: "Planets", Type: quiz.Multiple, Prompt: "Which are planets?",
				Choices: []quiz.Choice{{Text: "Mars", Correct: true, Weight: 50}, {Text: "Venus", Correct: true, Weight: 50}, {Text: "the Moon"}}}, nil},
		// Even shares with wrong picks taking as much back are the app's
		// default grading: no weights are kept.
		{"select all, even shares", `<question type="multichoice">
<name><text>Mammals</text></name>
<questiontext format="plain_text"><text>Which are mammals?</text></questiontext>
<single>false</single>
<answer fraction="33.33333"><text>whale</text></answer>
<answer fraction="33.33333"><text>bat</text></answer>
<answer fraction="33.33333"><text>cow</text></answer>
<answer fraction="-33.33333"><text>shark</text></answer>
</question>`,
			&quiz.Question{ID: "mammals", Title: "Mammals", Type: quiz.Multiple, Prompt: "Which are mammals?",
				Choices: []quiz.Choice{{Text: "whale", Correct: true}, {Text: "bat", Correct: true}, {Text: "cow", Correct: true}, {Text: "shark"}}}, nil},
		// Moodle compares with "false" in small letters: False is true.
		{"single False", `<question type="multichoice">
<name><text>Metals</text></name>
<questiontext format="plain_text"><text>Which is a metal?</text></questiontext>
<single>False</single>
<answer fraction="100"><text>iron</text></answer>
<answer fraction="0"><text>wood</text></answer>
</question>`,
			&quiz.Question{ID: "metals", Title: "Metals", Type: quiz.Single, Prompt: "Which is a metal?",
				Choices: []quiz.Choice{{Text: "iron", Correct: true}, {Text: "wood"}}},
			[]string{"6:1: warning: Moodle reads <single>False</single> as true, one pick (it knows only false in small letters): write <single>false</single> for \"select all that apply\""}},
		// Moodle leaves empty answers out (its export writes none).
		{"empty choice", `<question type="multichoice">
<name><text>Sky</text></name>
<questiontext format="plain_text"><text>Colour of the sky?</text></questiontext>
<answer fraction="100"><text>blue</text></answer>
<answer fraction="0"><text>green</text></answer>
<answer fraction="0"><text></text></answer>
</question>`,
			&quiz.Question{ID: "sky", Title: "Sky", Type: quiz.Single, Prompt: "Colour of the sky?",
				Choices: []quiz.Choice{{Text: "blue", Correct: true}, {Text: "green"}}},
			[]string{"8:1: warning: answer is empty, and Moodle leaves it out: remove it or write its text in <text>...</text>"}},
		// The name is what Moodle names the question; the ID number,
		// when there is one, gives the id.
		{"id number", `<question type="truefalse">
<name><text>Danube</text></name>
<questiontext format="plain_text"><text>The Danube flows into the Black Sea.</text></questiontext>
<idnumber>geo-12</idnumber>
<answer fraction="100"><text>true</text><feedback><text>It does, in Romania.</text></feedback></answer>
<answer fraction="0"><text>false</text><feedback><text>It does: look at a map.</text></feedback></answer>
</question>`,
			&quiz.Question{ID: "geo-12", Title: "Danube", Type: quiz.TrueFalse, Prompt: "The Danube flows into the Black Sea.", Truth: true,
				FeedbackRight: "It does, in Romania.", FeedbackWrong: "It does: look at a map."}, nil},
		// The false answer with 100: false is right, and its feedback is
		// the one for a right response.
		{"false", `<question type="truefalse">
<name><text>Bats</text></name>
<questiontext format="plain_text"><text>Bats are birds.</text></questiontext>
<answer fraction="0"><text>true</text><feedback><text>They are mammals.</text></feedback></answer>
<answer fraction="100"><text>false</text><feedback><text>Right, mammals.</text></feedback></answer>
</question>`,
			&quiz.Question{ID: "bats", Title: "Bats", Type: quiz.TrueFalse, Prompt: "Bats are birds.",
				FeedbackRight: "Right, mammals.", FeedbackWrong: "They are mammals."}, nil},
		// Old exports name the answers in the site's language: Moodle takes
		// the first as true and the second as false, and says so.
		{"true/false in another language", `<question type="truefalse">
<name><text>Ice</text></name>
<questiontext format="plain_text"><text>Eis schwimmt auf Wasser.</text></questiontext>
<answer fraction="100"><text>Wahr</text></answer>
<answer fraction="0"><text>Falsch</text></answer>
</question>`,
			&quiz.Question{ID: "ice", Title: "Ice", Type: quiz.TrueFalse, Prompt: "Eis schwimmt auf Wasser.", Truth: true},
			[]string{"6:1: warning: true/false answers should be <text>true</text> and <text>false</text>: as Moodle does, the first is read as true and the second as false, which makes true the right answer"}},
		// Short answers: credit per answer; "*" with no credit is Moodle's
		// "any other answer", whose feedback is the wrong-answer feedback;
		// \* is an asterisk.
		{"short answers", `<question type="shortanswer">
<name><text>Seine</text></name>
<questiontext format="html"><text>The river through Paris is the ____.</text></questiontext>
<usecase>0</usecase>
<answer fraction="100" format="moodle_auto_format"><text>Seine</text><feedback format="html"><text>Yes.</text></feedback></answer>
<answer fraction="50" format="moodle_auto_format"><text>Sein</text><feedback format="html"><text>Check the spelling.</text></feedback></answer>
<answer fraction="100" format="moodle_auto_format"><text>la Seine\*</text></answer>
<answer fraction="0" format="moodle_auto_format"><text>*</text><feedback format="html"><text>It starts with S.</text></feedback></answer>
</question>`,
			&quiz.Question{ID: "seine", Title: "Seine", Type: quiz.Text, Prompt: "The river through Paris is the ____.", FeedbackWrong: "It starts with S.",
				Accepted: []quiz.TextAnswer{{Text: "Seine", Feedback: "Yes."}, {Text: "Sein", Weight: 50, Feedback: "Check the spelling."}, {Text: "la Seine*"}}}, nil},
		{"short answer Moodle compares in capitals", `<question type="shortanswer">
<name><text>Chemistry</text></name>
<questiontext format="plain_text"><text>Symbol of sodium?</text></questiontext>
<usecase>1</usecase>
<answer fraction="100"><text>Na</text></answer>
<answer fraction="0"><text>S</text><feedback><text>That is sulphur.</text></feedback></answer>
<answer fraction="100"><text>Na*</text></answer>
</question>`,
			&quiz.Question{ID: "chemistry", Title: "Chemistry", Type: quiz.Text, Prompt: "Symbol of sodium?",
				Accepted: []quiz.TextAnswer{{Text: "Na"}, {Text: "Na*"}}},
			[]string{
				"6:1: warning: Moodle tells capitals apart in this question (usecase 1), and the app does not: it accepts \"paris\" for \"Paris\"",
				"8:1: warning: answer \"S\" with fraction 0% gives no credit and is skipped: the app accepts only answers with credit",
				"9:1: warning: in Moodle * in answer \"Na*\" stands for any characters; the app takes it as written",
			}},
		// Numerical: value and tolerance; units are not asked; "*" gives
		// the feedback for any other number.
		{"numerical", `<question type="numerical">
<name><text>Boiling</text></name>
<questiontext format="html"><text>Boiling point of water at sea level, in °C?</text></questiontext>
<answer fraction="100" format="moodle_auto_format"><text>100</text><feedback format="html"><text>Right.</text></feedback><tolerance>0</tolerance></answer>
<answer fraction="50" format="moodle_auto_format"><text>100</text><feedback format="html"><text>Close.</text></feedback><tolerance>5</tolerance></answer>
<answer fraction="0" format="moodle_auto_format"><text>*</text><feedback format="html"><text>Look it up.</text></feedback><tolerance>0</tolerance></answer>
<units><unit><multiplier>1</multiplier><unit_name>°C</unit_name></unit></units>
</question>`,
			&quiz.Question{ID: "boiling", Title: "Boiling", Type: quiz.Number, Prompt: "Boiling point of water at sea level, in °C?", FeedbackWrong: "Look it up.",
				Numbers: []quiz.NumberAnswer{{Value: 100, Feedback: "Right."}, {Value: 100, Tolerance: 5, Weight: 50, Feedback: "Close."}}},
			[]string{"9:1: warning: units (°C) are not used by the app: learners type the number alone, in the first unit"}},
		// Matching: a subquestion without text is an extra wrong match in
		// Moodle, offered to every item after the real ones.
		{"matching", `<question type="matching">
<name><text>Capitals</text></name>
<questiontext format="html"><text>Match each country with its capital.</text></questiontext>
<shuffleanswers>true</shuffleanswers>
<correctfeedback format="html"><text>Well done.</text></correctfeedback>
<partiallycorrectfeedback format="html"><text></text></partiallycorrectfeedback>
<incorrectfeedback format="html"><text>See the atlas.</text></incorrectfeedback>
<subquestion format="html"><text><![CDATA[<p>France</p>]]></text><answer><text>Paris</text></answer></subquestion>
<subquestion format="html"><text>Italy</text><answer><text>Rome</text></answer></subquestion>
<subquestion format="html"><text></text><answer><text>Lisbon</text></answer></subquestion>
</question>`,
			&quiz.Question{ID: "capitals", Title: "Capitals", Type: quiz.Matching, Prompt: "Match each country with its capital.",
				FeedbackRight: "Well done.", FeedbackWrong: "See the atlas.",
				Pairs: []quiz.Pair{{Item: "France", Match: "Paris"}, {Item: "Italy", Match: "Rome"}, {Match: "Lisbon"}}},
			nil},
		// Moodle's "matching" is also written "match".
		{"match", `<question type="match">
<name><text>Signs</text></name>
<questiontext format="plain_text"><text>Read the signs.</text></questiontext>
<subquestion><text>stop</text><answer><text>red</text></answer></subquestion>
<subquestion><text>go</text><answer><text>green</text></answer></subquestion>
</question>`,
			&quiz.Question{ID: "signs", Title: "Signs", Type: quiz.Matching, Prompt: "Read the signs.",
				Pairs: []quiz.Pair{{Item: "stop", Match: "red"}, {Item: "go", Match: "green"}}}, nil},
		// A picture the export embeds is shown, as a data: URL.
		{"picture", `<question type="truefalse">
<name><text>Flag</text></name>
<questiontext format="html"><text><![CDATA[<p>This is the flag of Japan: <img src="@@PLUGINFILE@@/flag.png" alt="flag"></p>]]></text>
<file name="flag.png" path="/" encoding="base64">iVBORw0KGgo=</file></questiontext>
<answer fraction="100"><text>true</text></answer>
<answer fraction="0"><text>false</text></answer>
</question>`,
			&quiz.Question{ID: "flag", Title: "Flag", Type: quiz.TrueFalse, Prompt: "This is the flag of Japan: flag", Truth: true,
				Markup: map[string]string{"This is the flag of Japan: flag": `This is the flag of Japan: <img src="data:image/png;base64,iVBORw0KGgo=" alt="flag">`}}, nil},
		// A file that is no picture the app shows (or not embedded) is
		// not shown; the text is, with a warning.
		{"picture not embedded", `<question type="truefalse">
<name><text>Map</text></name>
<questiontext format="html"><text><![CDATA[<p>Look at the map: <img src="@@PLUGINFILE@@/map.svg" alt="map"></p>]]></text>
<file name="map.svg" path="/" encoding="base64">PHN2Zz48L3N2Zz4=</file></questiontext>
<answer fraction="100"><text>true</text></answer>
<answer fraction="0"><text>false</text></answer>
</question>`,
			&quiz.Question{ID: "map", Title: "Map", Type: quiz.TrueFalse, Prompt: "Look at the map: map", Truth: true},
			[]string{"3:1: warning: this question has a picture or a file, which the app does not show: learners see the text only",
				`5:1: warning: formatting left out: <img src="moodle-file:map.svg">: only pictures in the quiz's folder or data:image URLs are shown`}},
		// The export writes the ID as the name of a question without a
		// title (Moodle needs a name): that is no title.
		{"name repeats the id number", `<question type="truefalse">
<name><text>q7</text></name>
<questiontext format="plain_text"><text>Snow is white.</text></questiontext>
<idnumber>q7</idnumber>
<answer fraction="100"><text>true</text></answer>
<answer fraction="0"><text>false</text></answer>
</question>`,
			&quiz.Question{ID: "q7", Type: quiz.TrueFalse, Prompt: "Snow is white.", Truth: true}, nil},

		// What Moodle makes and the app does not play: skipped, with a warning.
		{"description", `<question type="description">
<name><text>Part 2</text></name>
<questiontext format="html"><text>Answer the next questions.</text></questiontext>
</question>`, nil,
			[]string{"3:1: warning: question skipped: a description (text without an answer) is not shown in the app"}},
		{"essay", `<question type="essay">
<name><text>Town</text></name>
<questiontext format="html"><text>Describe your town.</text></questiontext>
<responseformat>editor</responseformat>
</question>`, nil,
			[]string{"3:1: warning: question skipped: an essay is marked by a teacher and cannot be played in the app"}},
		{"cloze", `<question type="cloze">
<name><text>Nile</text></name>
<questiontext format="html"><text>The {1:SHORTANSWER:=Nile} is long.</text></questiontext>
</question>`, nil,
			[]string{"3:1: warning: question skipped: a Cloze question (embedded answers) cannot be played in the app"}},
		{"calculated", `<question type="calculated">
<name><text>Area</text></name>
<questiontext format="html"><text>Area of a square of side {a}?</text></questiontext>
</question>`, nil,
			[]string{"3:1: warning: question skipped: a calculated question (numbers drawn at random) cannot be played in the app"}},
		{"drag and drop into text", `<question type="ddwtos">
<name><text>Fill</text></name>
<questiontext format="html"><text>The [[1]] is red.</text></questiontext>
</question>`, nil,
			[]string{"3:1: warning: question skipped: a drag-and-drop into text question cannot be played in the app"}},
		{"a plugin's type", `<question type="coderunner">
<name><text>Code</text></name>
<questiontext format="html"><text>Write a function.</text></questiontext>
</question>`, nil,
			[]string{"3:1: warning: question skipped: a question of type \"coderunner\" cannot be played in the app"}},

		// Mistakes, each at its place.
		{"fraction not a number", `<question type="multichoice">
<name><text>Q</text></name>
<questiontext format="plain_text"><text>Pick one.</text></questiontext>
<answer fraction="full"><text>a</text></answer>
<answer fraction="0"><text>b</text></answer>
</question>`, nil,
			[]string{"6:1: fraction=\"full\" is not a number: write the credit in percent, like fraction=\"100\" or fraction=\"50\""}},
		{"no right choice", `<question type="multichoice">
<name><text>Q</text></name>
<questiontext format="plain_text"><text>Pick one.</text></questiontext>
<answer fraction="50"><text>a</text></answer>
<answer fraction="0"><text>b</text></answer>
</question>`, nil,
			[]string{"3:1: multiple-choice question has no right answer: give the right one fraction=\"100\""}},
		{"empty prompt", `<question type="truefalse">
<name><text>Q</text></name>
<questiontext format="html"><text><![CDATA[<p></p>]]></text></questiontext>
<answer fraction="100"><text>true</text></answer>
<answer fraction="0"><text>false</text></answer>
</question>`, nil,
			[]string{"5:1: question has an empty prompt: write the question in <questiontext><text>...</text></questiontext>"}},
		{"no type", `<question>
<name><text>Q</text></name>
</question>`, nil,
			[]string{"3:1: <question> has no type: write type=\"multichoice\", \"truefalse\", \"shortanswer\", \"numerical\" or \"matching\""}},
		{"bad number and tolerance", `<question type="numerical">
<name><text>Year</text></name>
<questiontext format="plain_text"><text>Year of the battle?</text></questiontext>
<answer fraction="100"><text>1822 AD</text></answer>
<answer fraction="100"><text>1822</text><tolerance>-2</tolerance></answer>
</question>`, nil,
			[]string{
				"6:1: number \"1822 AD\" does not parse: write a number like 1822 or 3.14 in <text>",
				"7:41: tolerance -2 is negative: write how far from the answer is still right, like <tolerance>0.5</tolerance>",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ps := Parse("q.xml", []byte(mxFile(tt.in)))
			if got := problemStrings(ps); !reflect.DeepEqual(got, tt.problems) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.problems)
			}
			if tt.want == nil {
				if q != nil {
					t.Errorf("a question was played: %+v", q.Questions)
				}
				return
			}
			if q == nil || len(q.Questions) != 1 {
				t.Fatalf("want one question, got %+v", q)
			}
			if got := q.Questions[0]; !reflect.DeepEqual(got, *tt.want) {
				t.Errorf("\n got %+v\nwant %+v", got, *tt.want)
			}
		})
	}
}

// TestMoodleXMLFile reads a whole file: the quiz's title from its
// category, the header comments, every problem of every question (not
// only the first), and the questions that are good.
func TestMoodleXMLFile(t *testing.T) {
	in := `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- description: Rivers of the world. -->
<!-- question: 0  -->
  <question type="category">
    <category>
      <text>$course$/top/Geography/Rivers and lakes</text>
    </category>
  </question>
  <question type="shortanswer">
    <name><text>Amazon</text></name>
    <questiontext format="html"><text>Largest river by volume?</text></questiontext>
    <answer fraction="100"><text>Amazon</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Bad</text></name>
    <questiontext format="html"><text>No right answer here.</text></questiontext>
    <answer fraction="0"><text>a</text></answer>
    <answer fraction="0"><text>b</text></answer>
  </question>
  <question type="essay">
    <name><text>Essay</text></name>
    <questiontext format="html"><text>Write about a river.</text></questiontext>
  </question>
  <question type="category">
    <category><text>$course$/top/Geography/Mountains</text></category>
  </question>
  <question type="shortanswer">
    <name><text>Amazon</text></name>
    <questiontext format="html"><text>Longest river of South America?</text></questiontext>
    <answer fraction="101"><text>Amazon</text></answer>
  </question>
  <note>not a question</note>
</quiz>
`
	q, ps := Parse("rivers.xml", []byte(in))
	want := []string{
		// No <single>: Moodle's default is one pick.
		"15:3: multiple-choice question has no right answer: give the right one fraction=\"100\"",
		"21:3: warning: question skipped: an essay is marked by a teacher and cannot be played in the app",
		"31:5: fraction=\"101\" is out of range: use a percentage from -100 to 100",
		"33:3: warning: <note> is not a question: Moodle reads only the <question> elements inside <quiz>, so it is ignored",
	}
	if got := problemStrings(ps); !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
	wantQuiz := &quiz.Quiz{ID: "rivers", Title: "Rivers and lakes", Description: "Rivers of the world.", Questions: []quiz.Question{
		{ID: "amazon", Title: "Amazon", Type: quiz.Text, Prompt: "Largest river by volume?", Accepted: []quiz.TextAnswer{{Text: "Amazon"}}},
	}}
	if !reflect.DeepEqual(q, wantQuiz) {
		t.Errorf("\n got %+v\nwant %+v", q, wantQuiz)
	}
}

// TestMoodleXMLBroken: a file that is not well-formed XML gets one
// problem, where the XML breaks, in a teacher's words (Moodle imports
// nothing from it).
func TestMoodleXMLBroken(t *testing.T) {
	const nothing = "; Moodle imports nothing from a file whose XML is broken"
	tests := []struct {
		name, in string
		want     []string
	}{
		{"html entity outside CDATA", mxFile("<question type=\"truefalse\">\n<name><text>Q</text></name>\n<questiontext format=\"html\"><text>Caf&eacute; au lait?</text></questiontext>"),
			[]string{"5:38: &eacute; is an HTML name that XML does not know: put the text inside <![CDATA[ ... ]]> as Moodle's export does, or write the character itself" + nothing}},
		{"bare ampersand", mxFile("<question type=\"truefalse\">\n<name><text>Salt & pepper</text></name>"),
			[]string{"4:18: a '&' in text must be written &amp; (or put the text inside <![CDATA[ ... ]]> as Moodle's export does)" + nothing}},
		{"less-than in text", mxFile("<question type=\"truefalse\">\n<name><text>1 < 2</text></name>"),
			[]string{"4:15: a '<' in text must be written &lt; (or put the text inside <![CDATA[ ... ]]> as Moodle's export does)" + nothing}},
		{"wrong closing tag", mxFile("<question type=\"truefalse\">\n<name><text>Q</name>\n</question>"),
			[]string{"4:14: <text> opened at 4:7 is closed by </name>: every <text> needs its own </text>" + nothing}},
		{"cut short", "<?xml version=\"1.0\"?>\n<quiz>\n<question type=\"truefalse\">\n<name><text>Q</text>",
			[]string{"4:21: the file ends inside <name> opened at 4:1: its closing </name> is missing, or the file was cut short" + nothing}},
		{"stray closing tag", "<?xml version=\"1.0\"?>\n<quiz>\n</quiz>\n</quiz>",
			[]string{"4:1: </quiz> closes no open element: remove it, or add the opening tag it belongs to" + nothing}},
		{"not xml at all", "Capital of France? {=Paris ~Rome}",
			[]string{"1:1: file has no XML elements: a Moodle XML file starts with <?xml version=\"1.0\" encoding=\"UTF-8\"?> and then <quiz>"}},
		{"another kind of XML", "<?xml version=\"1.0\"?>\n<assessment><item/></assessment>",
			[]string{"2:1: this XML file is not a Moodle question export: it starts with <assessment>, and Moodle's start with <quiz>"}},
		{"no questions", "<?xml version=\"1.0\"?>\n<quiz>\n</quiz>\n",
			[]string{"2:1: file has no questions: Moodle's export has a <question type=\"...\"> element for each question inside <quiz>"}},
		{"nested too deep", "<?xml version=\"1.0\"?>\n<quiz>\n" + strings.Repeat("<b>", maxXMLDepth) + "</quiz>",
			[]string{"3:" + strconv.Itoa(1+3*(maxXMLDepth-1)) + ": elements are nested more than 100 deep here (Moodle's export nests them 5 deep), under <quiz> at 2:1: look for tags opened and never closed" + nothing}},
		{"not questions, and broken", "<?xml version=\"1.0\"?>\n<quiz>\n<note/>\n<info>\n</quiz>",
			[]string{"5:1: <info> opened at 4:1 is closed by </quiz>: every <info> needs its own </info>" + nothing}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ps := Parse("q.xml", []byte(tt.in))
			if got := problemStrings(ps); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
			if q != nil {
				t.Errorf("questions read from a broken file: %+v", q.Questions)
			}
		})
	}
}

// TestMoodleXMLRoundTrip writes every question type as Moodle XML and
// reads it back unchanged.
func TestMoodleXMLRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		q    quiz.Quiz
	}{
		{"every type", quiz.Quiz{ID: "all", Title: "Every type", Description: "One of each.", Source: "written for the test -- by us", Questions: []quiz.Question{
			{ID: "q1", Type: quiz.Single, Prompt: "Largest planet?", Explanation: "By far.", FeedbackRight: "Good.", FeedbackWrong: "No.",
				Choices: []quiz.Choice{{Text: "Jupiter", Correct: true, Feedback: "Yes."}, {Text: "Saturn", Weight: 50}, {Text: "Pluto", Weight: -50}}},
			{ID: "two-right", Title: "Two right", Type: quiz.Single, Prompt: "She works _____ a nurse.",
				Choices: []quiz.Choice{{Text: "as", Correct: true}, {Text: "like", Correct: true}, {Text: "for"}}},
			{ID: "q3", Type: quiz.Multiple, Prompt: "Which are mammals?",
				Choices: []quiz.Choice{{Text: "whale", Correct: true}, {Text: "bat", Correct: true}, {Text: "cow", Correct: true}, {Text: "shark", Feedback: "A fish."}}},
			{ID: "q4", Type: quiz.Multiple, Prompt: "Which are planets?",
				Choices: []quiz.Choice{{Text: "Mars", Correct: true, Weight: 50}, {Text: "Venus", Correct: true, Weight: 50}, {Text: "the Moon", Weight: -100}}},
			{ID: "q5", Type: quiz.TrueFalse, Prompt: "Bats are birds.", FeedbackRight: "Right.", FeedbackWrong: "They are mammals."},
			{ID: "q6", Type: quiz.TrueFalse, Prompt: "Snow is white.", Truth: true, FeedbackWrong: "Look outside."},
			{ID: "q7", Type: quiz.Text, Prompt: "River through Paris?", FeedbackWrong: "It starts with S.",
				Accepted: []quiz.TextAnswer{{Text: "Seine", Feedback: "Yes."}, {Text: "Sein", Weight: 50}, {Text: "*star*"}}},
			{ID: "q8", Type: quiz.Number, Prompt: "Year of the battle?", FeedbackWrong: "In the 1820s.",
				Numbers: []quiz.NumberAnswer{{Value: 1822, Feedback: "Yes."}, {Value: 1822, Tolerance: 2.5, Weight: 50}}},
			{ID: "q9", Type: quiz.Matching, Prompt: "Match the capital.", FeedbackRight: "All right.", FeedbackWrong: "See the atlas.",
				Pairs: []quiz.Pair{{Item: "France", Match: "Paris"}, {Item: "Italy", Match: "Rome"}, {Item: "Vatican", Match: "Rome"}, {Match: "Madrid"}}},
		}}},
		{"texts that mean something in XML", quiz.Quiz{ID: "odd", Title: "A/B tests & <tags>", Questions: []quiz.Question{
			{ID: "q1", Title: "x < y", Type: quiz.TrueFalse, Prompt: "Is 1 < 2 && 3 > 2 ]]> true?\nSecond line\twith a tab.", Truth: true,
				Explanation: "<![CDATA[ not a section ]]> &amp; literally"},
			{ID: "q2", Type: quiz.Text, Prompt: "Type <b>", Accepted: []quiz.TextAnswer{{Text: "<b>"}, {Text: `a\b`}}},
		}}},
		{"title Moodle's path cannot hold", quiz.Quiz{ID: "top", Title: "top", Questions: []quiz.Question{
			{ID: "q1", Type: quiz.TrueFalse, Prompt: "Snow is white.", Truth: true},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteMoodleXML(&b, &tt.q); err != nil {
				t.Fatal(err)
			}
			back, ps := Parse(tt.q.ID+".xml", b.Bytes())
			if len(ps) != 0 {
				t.Fatalf("reading back: %v\n%s", ps, b.String())
			}
			want := tt.q
			want.Source = strings.ReplaceAll(want.Source, "--", "- -")
			if !reflect.DeepEqual(back, &want) {
				t.Errorf("round trip changed the quiz:\n got %+v\nwant %+v\n%s", back, &want, b.String())
			}
		})
	}
}

// TestMoodleXMLWrite checks the elements Moodle's importer reads in what
// WriteMoodleXML writes, case by case.
func TestMoodleXMLWrite(t *testing.T) {
	tests := []struct {
		name string
		q    quiz.Question
		want []string // lines the question's XML holds
	}{
		// A number range is Moodle's middle and tolerance: it reads back so.
		{"range", quiz.Question{ID: "q1", Type: quiz.Number, Prompt: "A year of the 1990s?", Numbers: []quiz.NumberAnswer{{Value: 1994.5, Min: 1990, Max: 1999}}},
			[]string{`<question type="numerical">`, `<text>1994.5</text>`, `<tolerance>4.5</tolerance>`, `<showunits>3</showunits>`}},
		// Without weights, a wrong pick cancels a right one, as in the app.
		{"select all without weights", quiz.Question{ID: "q1", Type: quiz.Multiple, Prompt: "Primes?", Choices: []quiz.Choice{{Text: "2", Correct: true}, {Text: "3", Correct: true}, {Text: "5", Correct: true}, {Text: "4"}}},
			[]string{`<single>false</single>`, `<answer fraction="33.33333" format="plain_text">`, `<answer fraction="-33.33333" format="plain_text">`}},
		{"single", quiz.Question{ID: "q1", Type: quiz.Single, Prompt: "Pick", Choices: []quiz.Choice{{Text: "a", Correct: true}, {Text: "b"}}},
			[]string{`<single>true</single>`, `<answer fraction="100" format="plain_text">`, `<answer fraction="0" format="plain_text">`, `<name>`, `<text>q1</text>`, `<idnumber>q1</idnumber>`}},
		{"false", quiz.Question{ID: "q1", Type: quiz.TrueFalse, Prompt: "Bats are birds."},
			[]string{`<question type="truefalse">`, `<penalty>1</penalty>`, `<answer fraction="0" format="plain_text">`, `<text>true</text>`, `<answer fraction="100" format="plain_text">`, `<text>false</text>`}},
		{"asterisk in a short answer", quiz.Question{ID: "q1", Type: quiz.Text, Prompt: "Multiply sign?", Accepted: []quiz.TextAnswer{{Text: "*"}}},
			[]string{`<usecase>0</usecase>`, `<text>\*</text>`}},
		{"matching", quiz.Question{ID: "q1", Type: quiz.Matching, Prompt: "Pair", Pairs: []quiz.Pair{{Item: "a", Match: "b"}, {Item: "c", Match: "d"}}},
			[]string{`<question type="matching">`, `<subquestion format="plain_text">`, `<text>a</text>`, `<answer>`, `<text>b</text>`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			quizIn := &quiz.Quiz{ID: "w", Title: "W", Questions: []quiz.Question{tt.q}}
			var b bytes.Buffer
			if err := WriteMoodleXML(&b, quizIn); err != nil {
				t.Fatal(err)
			}
			lines := map[string]bool{}
			for _, l := range strings.Split(b.String(), "\n") {
				lines[strings.TrimSpace(l)] = true
			}
			for _, w := range tt.want {
				if !lines[w] {
					t.Errorf("no line %s in:\n%s", w, b.String())
				}
			}
			if _, ps := Parse("w.xml", b.Bytes()); len(ps) != 0 {
				t.Errorf("reading back: %v", ps)
			}
		})
	}
}
