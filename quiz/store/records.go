package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/format"
	"factquiz/quiz/review"
)

// Version is the schema version written in every record as "v". Bump it
// when a record's shape changes, and add a migration from the old one.
const Version = 1

// Prefix starts every key of Factquiz in the storage it shares with other
// apps of the same origin.
const Prefix = "factquiz/"

// The kinds of record, the key segment after Prefix. Other kinds under
// Prefix (the UI's settings, say) are left alone by the Store.
const (
	kindAttempt  = "attempt"  // factquiz/attempt/<attempt ID>: a finished attempt
	kindProgress = "progress" // factquiz/progress/<quiz ID>: the attempt in progress
	kindUserQuiz = "userquiz" // factquiz/userquiz/<quiz ID>: a learner's own quiz
	kindCard     = "card"     // factquiz/card/<quiz ID>/<question ID>: a review card
	kindLog      = "log"      // factquiz/log/<log ID>: one rated answer to a card's question
	kindSettings = "settings" // factquiz/settings/learner: the learner's review settings
	kindBroken   = "broken"   // factquiz/broken/<key>@<unix>: unreadable records kept aside
)

// AttemptKey is the key of a finished attempt.
func AttemptKey(id string) string { return Prefix + kindAttempt + "/" + id }

// ProgressKey is the key of the attempt in progress at a quiz.
func ProgressKey(quizID string) string { return Prefix + kindProgress + "/" + quizID }

// UserQuizKey is the key of a learner's own quiz.
func UserQuizKey(id string) string { return Prefix + kindUserQuiz + "/" + id }

// CardKey is the key of the review card of a quiz's question.
func CardKey(quizID, questionID string) string {
	return Prefix + kindCard + "/" + review.CardKey(quizID, questionID)
}

// LogKey is the key of a review log.
func LogKey(id string) string { return Prefix + kindLog + "/" + id }

// settingsID is the ID of the learner's settings record; other records
// under factquiz/settings/ are left alone.
const settingsID = "learner"

// SettingsKey is the key of the learner's review settings.
const SettingsKey = Prefix + kindSettings + "/" + settingsID

// storeKind reports whether the Store reads the record of kind and id.
func storeKind(kind, id string) bool {
	switch kind {
	case kindAttempt, kindProgress, kindUserQuiz, kindCard, kindLog, kindClass:
		return true
	case kindSettings:
		return id == settingsID
	}
	return false
}

// BrokenPrefix starts the keys of records kept aside as unreadable.
const BrokenPrefix = Prefix + kindBroken + "/"

// splitKey returns the kind and ID of a Factquiz key.
func splitKey(key string) (kind, id string, ok bool) {
	rest, ok := strings.CutPrefix(key, Prefix)
	if !ok {
		return "", "", false
	}
	kind, id, _ = strings.Cut(rest, "/")
	return kind, id, true
}

// UserQuiz is a quiz the learner made from an article or opened from
// disk, kept so it can be played again.
type UserQuiz struct {
	ID   string    `json:"id"`
	Quiz quiz.Quiz `json:"quiz"`
	// FileName and Format are those of the file it came from ("notes.gift",
	// "gift"); empty for a quiz generated from an article.
	FileName string    `json:"fileName,omitempty"`
	Format   string    `json:"format,omitempty"`
	Saved    time.Time `json:"saved"`
}

// The records as stored. Each carries the schema version.
type (
	attemptRecord struct {
		V       int              `json:"v"`
		Attempt *attempt.Attempt `json:"attempt"`
	}
	userQuizRecord struct {
		V        int       `json:"v"`
		UserQuiz *UserQuiz `json:"userQuiz"`
	}
)

// Why a record is unreadable, in the learner's words.
var (
	errDamaged  = errors.New("it is cut off or damaged")
	errShape    = errors.New("it is not in the form Factquiz saves")
	errNoVer    = errors.New("it has no version number")
	errOldVer   = errors.New("it was saved by an old version of Factquiz that this one cannot read")
	errNewerVer = errors.New("it was saved by a newer version of Factquiz")
)

// migrations[v] turns a record of schema version v into one of version
// v+1. There is none yet: version 1 is the first. A record older than
// Version with no path of migrations up to it is unreadable.
var migrations = map[int]func(kind string, rec map[string]json.RawMessage) error{}

// upgrade reads the version of raw and migrates it to Version. It returns
// the record to decode and whether it was migrated (so it is rewritten).
func upgrade(kind, raw string) (string, bool, error) {
	return migrate(kind, raw, Version, migrations)
}

// migrate brings raw up to version target with the given migrations; it
// is upgrade with the schema as parameters, so tests can exercise a
// migration before any real one exists.
func migrate(kind, raw string, target int, migs map[int]func(string, map[string]json.RawMessage) error) (string, bool, error) {
	var rec map[string]json.RawMessage
	if err := json.Unmarshal([]byte(raw), &rec); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) { // includes a record cut off midway
			return "", false, errDamaged
		}
		return "", false, errShape
	}
	if rec == nil {
		return "", false, errShape // "null"
	}
	vraw, ok := rec["v"]
	if !ok {
		return "", false, errNoVer
	}
	var v int
	if err := json.Unmarshal(vraw, &v); err != nil {
		return "", false, errShape
	}
	switch {
	case v == target:
		return raw, false, nil
	case v > target:
		return "", false, errNewerVer
	case v < 1:
		return "", false, errShape
	}
	for ; v < target; v++ {
		m := migs[v]
		if m == nil {
			return "", false, errOldVer
		}
		if err := m(kind, rec); err != nil {
			return "", false, fmt.Errorf("%w (%v)", errOldVer, err)
		}
	}
	rec["v"] = json.RawMessage(strconv.Itoa(target))
	data, err := json.Marshal(rec)
	if err != nil {
		return "", false, errShape
	}
	return string(data), true, nil
}

// decodeAttempt reads a finished attempt (finished) or one in progress,
// stored under the given ID (the attempt ID, or the quiz ID for progress).
func decodeAttempt(raw, id string, finished bool) (*attempt.Attempt, error) {
	var rec attemptRecord
	if err := json.Unmarshal([]byte(raw), &rec); err != nil || rec.Attempt == nil {
		return nil, errShape
	}
	a := rec.Attempt
	if err := checkAttempt(a, finished); err != nil {
		return nil, err
	}
	if (finished && a.ID != id) || (!finished && a.QuizID != id) {
		return nil, fmt.Errorf("it is saved under the wrong name")
	}
	return a, nil
}

// checkAttempt checks what can be checked without the quiz, so that a
// record that is read never makes the app index out of range.
func checkAttempt(a *attempt.Attempt, finished bool) error {
	switch {
	case a.ID == "":
		return fmt.Errorf("it has no ID")
	case a.QuizID == "":
		return fmt.Errorf("it does not say which quiz it is for")
	case a.Started.IsZero():
		return fmt.Errorf("it has no start time")
	case finished && !a.Done():
		return fmt.Errorf("it is not finished")
	case a.Current < 0 || a.Current > len(a.Order):
		return fmt.Errorf("its current question is out of range")
	}
	inOrder := map[string]bool{}
	for _, id := range a.Order {
		inOrder[id] = true
	}
	for _, ans := range a.Answers {
		if !inOrder[ans.QuestionID] || ans.Score < 0 || ans.Score > 1 {
			return fmt.Errorf("it has an answer that does not fit it")
		}
	}
	return nil
}

func decodeUserQuiz(raw, id string) (*UserQuiz, error) {
	var rec userQuizRecord
	if err := json.Unmarshal([]byte(raw), &rec); err != nil || rec.UserQuiz == nil {
		return nil, errShape
	}
	u := rec.UserQuiz
	switch {
	case u.ID != id:
		return nil, fmt.Errorf("it is saved under the wrong name")
	case len(u.Quiz.Questions) == 0:
		return nil, fmt.Errorf("it has no questions")
	}
	if ps := format.CheckQuiz(&u.Quiz); len(ps) > 0 {
		return nil, &QuizProblemsError{Title: u.Quiz.Title, Problems: ps}
	}
	return u, nil
}

// QuizProblemsError is why a learner's own quiz is kept aside and never
// played: it fails the checks of a question file (a choice question
// without choices or without a right answer, a matching question without
// pairs), as a quiz changed by hand, by another version or by a bug may.
type QuizProblemsError struct {
	Title    string
	Problems format.Problems
}

func (e *QuizProblemsError) Error() string {
	const shown = 3
	var msgs []string
	for _, p := range e.Problems[:min(shown, len(e.Problems))] {
		msgs = append(msgs, p.Msg)
	}
	if more := e.Problems.Count() - len(msgs); more > 0 {
		msgs = append(msgs, fmt.Sprintf("and %d more problems", more))
	}
	return fmt.Sprintf("“%s” does not pass the checks of a question file: %s", e.Title, strings.Join(msgs, "; "))
}

// decode reads a record of a known kind, upgrading it first. It returns
// the value (*attempt.Attempt, *UserQuiz, *review.Card, *review.Log,
// *review.Settings or *ClassResults) and the upgraded text when a
// migration changed it.
func decode(kind, id, raw string) (v any, migrated string, err error) {
	if id == "" {
		return nil, "", fmt.Errorf("it has no name")
	}
	text, changed, err := upgrade(kind, raw)
	if err != nil {
		return nil, "", err
	}
	switch kind {
	case kindAttempt:
		v, err = decodeAttempt(text, id, true)
	case kindProgress:
		v, err = decodeAttempt(text, id, false)
	case kindUserQuiz:
		v, err = decodeUserQuiz(text, id)
	case kindCard:
		v, err = decodeCard(text, id)
	case kindLog:
		v, err = decodeLog(text, id)
	case kindSettings:
		v, err = decodeSettings(text, id)
	case kindClass:
		v, err = decodeClass(text, id)
	default:
		return nil, "", errShape
	}
	if err != nil {
		return nil, "", err
	}
	if changed {
		migrated = text
	}
	return v, migrated, nil
}

// what names a kind of record for the learner.
func what(kind string) string {
	switch kind {
	case kindAttempt:
		return "saved result"
	case kindProgress:
		return "quiz in progress"
	case kindUserQuiz:
		return "saved quiz"
	case kindCard:
		return "review card"
	case kindLog:
		return "review record"
	case kindSettings:
		return "set of review settings"
	case kindClass:
		return "set of class results"
	}
	return "saved record"
}
