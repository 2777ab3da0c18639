// Package quiz is Factquiz's question model: quizzes, questions of every
// type the app plays, and the learner's responses to them. It imports
// nothing from go-app, so that it is tested natively and shared by the
// server, the command-line tools and the WebAssembly app.
package quiz

// Type is the kind of a question, which decides the answer widget and how
// a response is graded.
type Type string

const (
	// Single is a choice question with exactly one right choice.
	Single Type = "single"
	// Multiple is "select all that apply": one or more right choices.
	Multiple Type = "multiple"
	// TrueFalse asks whether a statement is true.
	TrueFalse Type = "truefalse"
	// Text is a short typed answer compared leniently with Accepted.
	Text Type = "text"
	// Number is a typed number compared with Numbers (exact, tolerance or range).
	Number Type = "number"
	// Matching asks for the partner of each item in Pairs.
	Matching Type = "matching"
)

// Types lists every question type, in the order a teacher's guide shows them.
var Types = []Type{Single, Multiple, TrueFalse, Text, Number, Matching}

// Quiz is one question file: a title, where its facts come from, and its
// questions in the order the author wrote them.
type Quiz struct {
	// ID names the quiz in URLs and local storage: the file name without
	// its extension for files in questions/, "user-…" for the learner's own.
	ID          string `json:"id,omitempty"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	// Source says where the facts come from (an article, a book, a URL).
	Source    string     `json:"source,omitempty"`
	Questions []Question `json:"questions"`
}

// Question is one question of any type. Only the fields of its Type are
// used; the others stay empty.
type Question struct {
	// ID is unique within the quiz; attempts refer to questions by it.
	ID string `json:"id"`
	// Title is the question's name in the author's question bank (GIFT's
	// ::title::), kept for export; it is not shown to learners.
	Title  string `json:"title,omitempty"`
	Type   Type   `json:"type"`
	Prompt string `json:"prompt"`

	// Choices of a Single or Multiple question, in the author's order
	// (the app shuffles them per attempt).
	Choices []Choice `json:"choices,omitempty"`
	// Truth is the right answer of a TrueFalse question.
	Truth bool `json:"truth,omitempty"`
	// Accepted answers of a Text question.
	Accepted []TextAnswer `json:"accepted,omitempty"`
	// Numbers accepted for a Number question.
	Numbers []NumberAnswer `json:"numbers,omitempty"`
	// Pairs of a Matching question: each Item goes with its Match. A
	// pair without an Item is a distractor (see Pair.Distractor); the
	// readers put the distractors after the real items.
	Pairs []Pair `json:"pairs,omitempty"`

	// Explanation says why the answer is right, shown after checking.
	Explanation string `json:"explanation,omitempty"`
	// Evidence is the sentence of the source that proves the answer,
	// exactly as it stands there.
	Evidence string `json:"evidence,omitempty"`
	// Fact is the kind of fact a generated question asks about
	// ("date", "leader", "count"); empty for hand-written questions.
	Fact string `json:"fact,omitempty"`
	// FeedbackRight and FeedbackWrong are shown after a right or a wrong
	// response (GIFT's true/false feedback and general feedback).
	FeedbackRight string `json:"feedbackRight,omitempty"`
	FeedbackWrong string `json:"feedbackWrong,omitempty"`

	// Markup holds the formatting of the question's texts that have
	// some (bold, lists, images: see quiz/richtext): it maps the plain
	// text, as it stands in Prompt, a Choice, a feedback or a Pair, to the
	// same text in the safe HTML that richtext keeps. Everything else
	// (grading, search, export as plain text) uses the plain fields.
	Markup map[string]string `json:"markup,omitempty"`
}

// Formatted returns the formatting of text, one of the question's plain
// texts, as richtext's safe HTML, or "" when it has none.
func (q Question) Formatted(text string) string { return q.Markup[text] }

// Choice is one option of a choice question.
type Choice struct {
	Text    string `json:"text"`
	Correct bool   `json:"correct,omitempty"`
	// Weight is the credit in percent for picking this choice (GIFT's
	// %50%, negative for penalties). Zero means "use the default":
	// 100 split evenly among the right choices, nothing for wrong ones.
	Weight   float64 `json:"weight,omitempty"`
	Feedback string  `json:"feedback,omitempty"`
}

// TextAnswer is one accepted answer of a Text question.
type TextAnswer struct {
	Text string `json:"text"`
	// Weight in percent; zero means 100.
	Weight   float64 `json:"weight,omitempty"`
	Feedback string  `json:"feedback,omitempty"`
}

// NumberAnswer accepts Value within ±Tolerance, or, when Min < Max, any
// number from Min to Max inclusive.
type NumberAnswer struct {
	Value     float64 `json:"value"`
	Tolerance float64 `json:"tolerance,omitempty"`
	Min       float64 `json:"min,omitempty"`
	Max       float64 `json:"max,omitempty"`
	// Weight in percent; zero means 100.
	Weight   float64 `json:"weight,omitempty"`
	Feedback string  `json:"feedback,omitempty"`
}

// IsRange reports whether the answer is a range rather than a value.
func (n NumberAnswer) IsRange() bool { return n.Min < n.Max }

// Pair is one item of a Matching question and its partner, or, when Item
// is empty, a distractor: one more partner offered for every item and
// right for none (Moodle's subquestion with an empty question text).
//
// Distractors live among the Pairs, as in Moodle, rather than in a list
// of their own, so that a partner is always an index into Pairs: the
// shuffled order of an attempt, Response.Matches and the checks of a
// stored attempt cover them with no change, and a learner who picks one
// keeps that pick (graded wrong) instead of having it dropped as out of
// range. What walks the Pairs as items skips them (see Items).
type Pair struct {
	Item  string `json:"item"`
	Match string `json:"match"`
}

// Distractor reports whether p is an extra partner with no item.
func (p Pair) Distractor() bool { return p.Item == "" }

// Items returns the indexes into Pairs of the real items of a Matching
// question, the ones the learner matches and that are graded, in order.
func (q Question) Items() []int {
	items := make([]int, 0, len(q.Pairs))
	for i, p := range q.Pairs {
		if !p.Distractor() {
			items = append(items, i)
		}
	}
	return items
}

// Response is what a learner answered to one question.
type Response struct {
	// Choices are indexes into Question.Choices (the author's order, not
	// the shuffled one) for Single and Multiple questions.
	Choices []int `json:"choices,omitempty"`
	// Bool is the answer to a TrueFalse question; nil when not answered.
	Bool *bool `json:"bool,omitempty"`
	// Text is the typed answer of a Text or Number question.
	Text string `json:"text,omitempty"`
	// Matches[i] is the index into Pairs of the Match chosen for
	// Pairs[i].Item, or -1 when none was chosen (always -1 for a
	// distractor, which has no item). The chosen index may be a
	// distractor's.
	Matches []int `json:"matches,omitempty"`
}
