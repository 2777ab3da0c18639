package generate

import (
	"errors"
	"strconv"
	"strings"

	"factquiz/quiz/plaintext"
)

// FromInput writes a quiz from what a user uploaded or pasted, as bytes:
// UTF-8, UTF-16 with a byte order mark, or Windows-1252 (decoded with a
// note), HTML (reduced to its text, with a note), then FromText. Binary
// data is refused with ErrNotText and the reason; a text not in English
// with ErrNotEnglish, one written in capitals with ErrAllCaps. The notes
// are in Result.Notes, also when the article gives no quiz.
func FromInput(title string, raw []byte) (Result, error) {
	return FromInputWith(title, raw, Options{})
}

// FromInputWith is FromInput with options.
func FromInputWith(title string, raw []byte, opt Options) (Result, error) {
	t, err := plaintext.DecodeBytes(raw)
	if err != nil {
		var pe *plaintext.Error
		if errors.As(err, &pe) {
			return Result{}, &InputError{Problem: NotText, Detail: pe.Reason}
		}
		return Result{}, &InputError{Problem: NotText, Detail: err.Error()}
	}
	res, err := FromTextWith(title, t.Text, opt)
	if len(t.Notes) > 0 {
		res.Notes = append(t.Notes, res.Notes...)
	}
	return res, err
}

// prepareText makes a checked UTF-8 string ready to read: HTML (a page,
// or text pasted with tags) is reduced to its text with a note, and a
// text the rules cannot read is refused: one in another language (the
// rules know English words only, and would take a French year for a
// count) or in capitals (names are found by their capitals).
func prepareText(text string) (string, []string, error) {
	t := plaintext.FromString(text)
	if t.HTML && strings.TrimSpace(t.Text) == "" {
		return "", t.Notes, &InputError{Problem: Empty,
			Detail: "the HTML has no text outside its tags, scripts and styles (a page built by scripts): copy the text shown in the browser instead"}
	}
	if l := plaintext.Language(t.Text); !l.English {
		detail := "its most frequent short words are not English ones"
		switch {
		case l.Name != "" && len(l.Evidence) > 0:
			detail = "it seems to be in " + l.Name + " (" + inputAndList(curlyQuoted(l.Evidence)) + " are frequent in it)"
		case l.Name != "":
			detail = "it seems to be in " + l.Name
		}
		return "", t.Notes, &InputError{Problem: NotEnglish, Detail: detail}
	}
	if caps, words, mostly := plaintext.Capitals(t.Text); mostly {
		return "", t.Notes, &InputError{Problem: AllCaps,
			Detail: strconv.Itoa(caps) + " of its " + strconv.Itoa(words) + " words are in capitals; paste a version in normal case"}
	}
	return t.Text, t.Notes, nil
}

func curlyQuoted(ws []string) []string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = "“" + w + "”"
	}
	return q
}

// inputAndList joins "a", "b", "c" as "a, b and c".
func inputAndList(ws []string) string {
	if len(ws) <= 1 {
		return strings.Join(ws, "")
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}
