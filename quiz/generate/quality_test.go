package generate

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"factquiz/quiz"
)

type problem struct{ id, msg string }

// qualityProblems checks every question of a result against the rules of
// issue 3. It is independent of how the writer builds questions: it only
// reads the quiz, the items and the facts.
func qualityProblems(text string, res Result) []problem {
	var out []problem
	bad := func(id, msg string) { out = append(out, problem{id, msg}) }
	if len(res.Items) != len(res.Quiz.Questions) {
		return []problem{{"", "items and questions differ in number"}}
	}
	ids, prompts := map[string]bool{}, map[string]bool{}
	for qi, q := range res.Quiz.Questions {
		it := res.Items[qi]
		id := q.ID
		if it.QuestionID != id || it.Fact < 0 || it.Fact >= len(res.Facts) {
			bad(id, "item does not match its question")
			continue
		}
		f := res.Facts[it.Fact]
		// No duplicates.
		if ids[id] {
			bad(id, "duplicate id")
		}
		ids[id] = true
		if prompts[strings.ToLower(q.Prompt)] {
			bad(id, "duplicate prompt")
		}
		prompts[strings.ToLower(q.Prompt)] = true
		// Kind, evidence exactly as in the article, holding the fact.
		if q.Fact != string(f.Kind) {
			bad(id, "fact kind "+q.Fact+" is not "+string(f.Kind))
		}
		if q.Evidence != f.Sentence || !strings.Contains(text, q.Evidence) ||
			text[f.SentenceStart:f.SentenceStart+len(f.Sentence)] != f.Sentence ||
			f.Start < f.SentenceStart || f.End > f.SentenceStart+len(f.Sentence) {
			bad(id, "evidence is not the article's sentence holding the fact")
		}
		if text[f.Start:f.End] != f.Text {
			bad(id, "fact offsets do not give its text")
		}
		// The answer is in the evidence.
		if !answerInEvidence(f, q) {
			bad(id, "answer not in the evidence sentence")
		}
		// No giveaway.
		if q.Type != quiz.TrueFalse && containsWords(q.Prompt, it.Answer) {
			bad(id, "prompt gives its answer away")
		}
		if f.Kind == Count && q.Type == quiz.Number {
			for _, n := range []string{strconv.Itoa(f.Number), formatDigits(f.Number), numberWords(f.Number)} {
				if containsWords(q.Prompt, n) {
					bad(id, "prompt gives its number away")
				}
			}
		}
		if f.Kind == Leader && q.Type == quiz.Single && it.Answer == f.Person && containsWords(q.Prompt, surname(f.Person)) {
			bad(id, "prompt names the person asked for")
		}
		if !strings.HasPrefix(q.Explanation, "The article ") || !strings.HasSuffix(q.Explanation, ".") {
			bad(id, "no explanation sentence")
		}
		// Reads as English.
		if msg := englishProblem(q); msg != "" {
			bad(id, msg)
		}
		switch q.Type {
		case quiz.Single:
			out = append(out, choiceProblems(id, res, f, q, it)...)
		case quiz.Number:
			if len(q.Numbers) != 1 || q.Numbers[0].Value != float64(f.Number) || it.Answer != strconv.Itoa(f.Number) {
				bad(id, "number answer is not the fact's number")
			}
		case quiz.TrueFalse:
			if (it.Answer == "true") != q.Truth {
				bad(id, "item answer disagrees with the truth")
			}
			if !q.Truth && (len(it.Wrong) != 1 || !containsWords(q.Prompt, it.Wrong[0])) {
				bad(id, "false statement does not carry its wrong fact")
			}
			if !q.Truth && wrongIsRight(res, f, it.Wrong[0]) {
				bad(id, "false statement is true in the article")
			}
			if q.Truth && !trueStatementHolds(f, q.Prompt) {
				bad(id, "true statement does not state the fact")
			}
		default:
			bad(id, "unexpected type "+string(q.Type))
		}
	}
	return out
}

func containsWords(hay, needle string) bool {
	n := normalize(needle)
	return n != "" && strings.Contains(" "+normalize(hay)+" ", " "+n+" ")
}

func answerInEvidence(f Fact, q quiz.Question) bool {
	ev := f.Sentence
	switch f.Kind {
	case Date:
		return containsWords(ev, f.Text)
	case Count:
		return containsWords(ev, strconv.Itoa(f.Number)) || containsWords(ev, formatDigits(f.Number)) ||
			containsWords(ev, numberWords(f.Number)) || containsWords(ev, f.Text)
	case Leader:
		if !containsWords(ev, f.Person) || !containsWords(ev, strings.ReplaceAll(f.Office, "-", " ")) && !strings.Contains(strings.ToLower(ev), strings.ToLower(f.Office)) {
			return false
		}
		if f.Country == "" {
			return true
		}
		if containsWords(ev, f.Country) {
			return true
		}
		for adj, c := range nationalities {
			if c == f.Country && containsWords(ev, adj) {
				return true
			}
		}
		return false
	}
	return false
}

func choiceProblems(id string, res Result, f Fact, q quiz.Question, it Item) []problem {
	var out []problem
	bad := func(msg string) { out = append(out, problem{id, msg}) }
	if len(q.Choices) < 3 {
		bad("fewer than three choices")
	}
	seen := map[string]bool{}
	right := 0
	for _, c := range q.Choices {
		k := strings.ToLower(c.Text)
		if seen[k] {
			bad("choices are not distinct: " + c.Text)
		}
		seen[k] = true
		if c.Correct {
			right++
			if c.Text != it.Answer {
				bad("the correct choice is not the item's answer")
			}
		}
	}
	if right != 1 {
		bad("want exactly one correct choice")
	}
	for _, w := range it.Wrong {
		if wrongIsRight(res, f, w) {
			bad("wrong choice is also right: " + w)
		}
	}
	// Same kind and form.
	switch f.Kind {
	case Date:
		for _, c := range q.Choices {
			d, ok := parseDate(c.Text)
			if !ok || d.form != f.d.form {
				bad("choice is not a date of the answer's form: " + c.Text)
			}
		}
	case Leader:
		person := it.Answer == f.Person
		for _, c := range q.Choices {
			isPerson := false
			for _, g := range res.Facts {
				if g.Kind == Leader && g.Person == c.Text {
					isPerson = true
				}
			}
			if person != isPerson {
				bad("choice is not of the answer's kind: " + c.Text)
			}
			if !person && strings.Contains(c.Text, " of ") != strings.Contains(it.Answer, " of ") {
				bad("office choice is not of the answer's form: " + c.Text)
			}
		}
	}
	return out
}

// parseDate reads a choice back as a date.
func parseDate(s string) (date, bool) {
	for _, pre := range []string{"", "in "} {
		toks := tokenize(pre + s)
		ds := findDates(toks)
		if len(ds) == 1 && ds[0].end == len(toks) {
			return ds[0], true
		}
	}
	return date{}, false
}

// wrongIsRight reports whether a wrong choice (or a false statement's
// fact) is also right by the article.
func wrongIsRight(res Result, f Fact, wrong string) bool {
	switch f.Kind {
	case Date:
		d, ok := parseDate(wrong)
		if !ok {
			return true // cannot tell: count it against the question
		}
		for _, g := range res.Facts {
			if g.Kind == Date && (g.sent == f.sent || g.Event == f.Event) && g.d.overlaps(d) {
				return true
			}
		}
	case Leader:
		for _, g := range res.Facts {
			if g.Kind != Leader {
				continue
			}
			// A wrong person holding the office asked about.
			if g.Person == wrong && g.Office == f.Office && (g.Country == f.Country || f.Country == "") {
				return true
			}
			// A wrong office the person holds.
			if g.Person == f.Person && officeLabel(g.Office, g.Country) == wrong {
				return true
			}
		}
	case Count:
		n, err := strconv.Atoi(wrong)
		if err != nil {
			return true
		}
		for _, g := range res.Facts {
			if g.Kind == Count && g.Noun == f.Noun && g.Number == n && g.sent == f.sent {
				return true
			}
		}
	}
	return false
}

func trueStatementHolds(f Fact, prompt string) bool {
	switch f.Kind {
	case Leader:
		return containsWords(prompt, f.Person) && containsWords(prompt, officeLabel(f.Office, f.Country))
	case Count:
		return containsWords(prompt, f.Text)
	default:
		return containsWords(prompt, f.Text)
	}
}

var openings = []string{"Who is ", "Which of these people is ", "What office does ", "When did ", "When was ", "When were ",
	"How many ", "Fill in the blank: ", "Fill in the number: ", "According to the article, "}

// englishProblem checks the surface of a prompt: a known opening, a
// capital, one final mark, no doubled or stray spaces, one blank in a
// fill-in, a "did" question in the base form.
func englishProblem(q quiz.Question) string {
	p := q.Prompt
	ok := false
	for _, o := range openings {
		if strings.HasPrefix(p, o) {
			ok = true
		}
	}
	if !ok {
		return "prompt has no known opening"
	}
	r, _ := utf8.DecodeRuneInString(p)
	if !unicode.IsUpper(r) {
		return "prompt does not start with a capital"
	}
	if strings.Contains(p, "  ") || strings.Contains(p, " ,") || strings.Contains(p, " .") || strings.Contains(p, " ?") || strings.Contains(p, "??") {
		return "prompt has stray spaces or marks"
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if !strings.ContainsRune("?.”\"", last) {
		return "prompt does not end a sentence"
	}
	fill := strings.HasPrefix(p, "Fill in")
	if fill != (strings.Count(p, blank) == 1) {
		return "fill-in prompt needs exactly one blank"
	}
	isQuestion := strings.HasPrefix(p, "Who") || strings.HasPrefix(p, "Which") || strings.HasPrefix(p, "What") || strings.HasPrefix(p, "When") || strings.HasPrefix(p, "How")
	if isQuestion != strings.HasSuffix(p, "?") {
		return "questions end with a question mark, statements do not"
	}
	if strings.HasPrefix(p, "When did ") || strings.HasPrefix(p, "How many ") && strings.Contains(p, " did ") {
		// After "did" no verb is in the past: "When did X erupted?" is wrong.
		for _, w := range strings.Fields(strings.TrimSuffix(p, "?")) {
			if base, ok := pastVerbs[strings.ToLower(w)]; ok && base != strings.ToLower(w) && w != "left" {
				return "past verb after did: " + w
			}
		}
	}
	if strings.HasPrefix(p, "According to the article, ") {
		rest := strings.TrimPrefix(p, "According to the article, ")
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			// Only names stay capitalised after the comma.
			w := strings.Fields(rest)[0]
			if notNames[w] {
				return "capital after the comma: " + w
			}
		}
	}
	return ""
}

// TestQualityRules applies the quality rules to every question written for
// every article.
func TestQualityRules(t *testing.T) {
	for _, a := range loadArticles(t) {
		t.Run(a.name, func(t *testing.T) {
			res, err := FromText("", a.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Quiz.Questions) < 5 {
				t.Errorf("only %d questions", len(res.Quiz.Questions))
			}
			for _, p := range qualityProblems(a.text, res) {
				t.Errorf("%s: %s", p.id, p.msg)
			}
			// Each fact kind present in the article is asked about.
			asked := map[string]bool{}
			for _, q := range res.Quiz.Questions {
				asked[q.Fact] = true
			}
			for _, k := range []Kind{Date, Leader, Count} {
				if res.Count(k) > 0 && !asked[string(k)] {
					t.Errorf("no question about the %ss found", k)
				}
			}
		})
	}
}

// TestQualityCheckerCatches makes sure the checker itself fails bad
// questions, so that a passing TestQualityRules means something.
func TestQualityCheckerCatches(t *testing.T) {
	text := mustRead(t, "testdata/karabakh.txt")
	tests := []struct {
		name   string
		spoil  func(r *Result)
		expect string
	}{
		{"answer given away", func(r *Result) {
			i := findQuestion(r, quiz.Single, Date)
			r.Quiz.Questions[i].Prompt = "When did it happen, on " + r.Items[i].Answer + "?"
		}, "gives its answer away"},
		{"wrong date of the same event", func(r *Result) {
			i := findQuestion(r, quiz.Single, Date)
			f := r.Facts[r.Items[i].Fact]
			r.Items[i].Wrong[0] = f.Text
			r.Quiz.Questions[i].Choices = append(r.Quiz.Questions[i].Choices, quiz.Choice{Text: f.Text + " "})
		}, "also right"},
		{"duplicate choice", func(r *Result) {
			i := findQuestion(r, quiz.Single, Leader)
			q := &r.Quiz.Questions[i]
			q.Choices = append(q.Choices, q.Choices[len(q.Choices)-1])
		}, "not distinct"},
		{"mixed forms", func(r *Result) {
			i := findQuestion(r, quiz.Single, Date)
			q := &r.Quiz.Questions[i]
			for j := range q.Choices {
				if !q.Choices[j].Correct {
					q.Choices[j].Text = "1999"
					r.Items[i].Wrong = []string{"1999"}
					break
				}
			}
		}, "form"},
		{"edited evidence", func(r *Result) {
			r.Quiz.Questions[0].Evidence = strings.ToUpper(r.Quiz.Questions[0].Evidence)
		}, "evidence"},
		{"duplicate", func(r *Result) {
			r.Quiz.Questions = append(r.Quiz.Questions, r.Quiz.Questions[0])
			r.Items = append(r.Items, r.Items[0])
		}, "duplicate"},
		{"past verb after did", func(r *Result) {
			i := findQuestion(r, quiz.Single, Date)
			r.Quiz.Questions[i].Prompt = "When did renewed clashes erupted?"
		}, "past verb"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := FromText("", text)
			if err != nil {
				t.Fatal(err)
			}
			tc.spoil(&res)
			found := false
			for _, p := range qualityProblems(text, res) {
				if strings.Contains(p.msg, tc.expect) {
					found = true
				}
			}
			if !found {
				t.Errorf("checker did not report %q", tc.expect)
			}
		})
	}
}

func findQuestion(r *Result, typ quiz.Type, k Kind) int {
	for i, q := range r.Quiz.Questions {
		if q.Type == typ && q.Fact == string(k) {
			return i
		}
	}
	panic("no " + string(typ) + " " + string(k) + " question")
}
