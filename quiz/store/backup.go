package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"factquiz/quiz/attempt"
	"factquiz/quiz/review"
)

// A backup is the file of Export: every Factquiz record by key. A record
// that is valid JSON is embedded as is, so the file stays readable; any
// other (a record kept aside as broken) is embedded as a JSON string, so
// nothing is lost. SHA256 is the check sum of the records (backupSum):
// a file damaged or changed after it was made is refused as a whole.
// Backups of the 2026-12-02 release have no check sum and are read
// without one.
type backup struct {
	V        int                        `json:"v"`
	App      string                     `json:"app"`
	Exported time.Time                  `json:"exported"`
	SHA256   string                     `json:"sha256,omitempty"`
	Records  map[string]json.RawMessage `json:"records"`
}

const backupApp = "factquiz"

// MaxBackupBytes is the largest backup file PlanImport reads: 32 MiB.
// A browser keeps 5 to 10 MB of local storage for a site (Chrome 135
// stopped at about 5 million characters in
// https://dev.to/tommykw/testing-storage-limits-of-localstorage-and-sessionstorage-in-chrome-21ab),
// and the backup of a full storage is at most about three times that
// (indented JSON, letters of up to 3 bytes in UTF-8 that count as one
// character, quoted records). A bigger file cannot be a backup whose
// records would fit, so it is refused before it is parsed.
const MaxBackupBytes = 32 << 20

// The reasons a backup file is refused as a whole. PlanImport, ApplyImport
// and Import return errors wrapping one of them, with a message saying
// what is wrong; nothing is changed.
var (
	// ErrNotBackup: the file is not a backup made by Factquiz (another
	// app's file, a quiz file, an empty file).
	ErrNotBackup = errors.New("this file is not a Factquiz backup")
	// ErrBackupDamaged: the file is a Factquiz backup but cut off, or
	// damaged or changed after it was made.
	ErrBackupDamaged = errors.New("this backup file is damaged")
	// ErrBackupTooBig: the file is bigger than MaxBackupBytes.
	ErrBackupTooBig = errors.New("this file is too big to be a Factquiz backup")
	// ErrBackupNewer: the backup was made by a newer version of the app.
	ErrBackupNewer = errors.New("this backup was made by a newer version of Factquiz")
)

// CheckBackupSize refuses a file of size bytes that is too big to be a
// backup. The UI calls it with the size the browser gives before reading
// the file; PlanImport calls it too.
func CheckBackupSize(size int64) error {
	if size <= MaxBackupBytes {
		return nil
	}
	return fmt.Errorf("%w: it is %s, and a backup is at most %s (a browser keeps 5 to 10 MB for a site)",
		ErrBackupTooBig, megabytes(size), megabytes(MaxBackupBytes))
}

func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

// Export returns every Factquiz record of the storage, including those
// kept aside as broken and those of other tabs, as one JSON backup file:
// results, quizzes in progress, the learner's own quizzes, review cards,
// review logs, settings, a teacher's class results and the records of
// the app's pages.
func (s *Store) Export() ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	records := map[string]json.RawMessage{}
	for _, key := range s.kv.Keys() {
		if _, _, ok := splitKey(key); !ok {
			continue
		}
		raw, ok := s.kv.Get(key)
		if !ok {
			continue
		}
		if json.Valid([]byte(raw)) {
			records[key] = json.RawMessage(raw)
			continue
		}
		quoted, err := jsonAsIs(raw)
		if err != nil {
			return nil, err
		}
		records[key] = quoted
	}
	return encodeBackup(records, s.clock().UTC())
}

// encodeBackup writes a backup file of the given records with its check
// sum.
func encodeBackup(records map[string]json.RawMessage, exported time.Time) ([]byte, error) {
	sum, err := backupSum(records)
	if err != nil {
		return nil, err
	}
	return jsonAsIs(backup{V: Version, App: backupApp, Exported: exported, SHA256: sum, Records: records}, "\t")
}

// jsonAsIs encodes v as JSON without escaping '<', '>' and '&' (records
// are written as they are stored, so that restoring gives back the same
// text), indented with indent when given.
func jsonAsIs(v any, indent ...string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if len(indent) > 0 {
		enc.SetIndent("", indent[0])
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// backupSum is the SHA-256, in hex, of the records in a form that does not
// depend on the file's layout: the keys in order, each as a JSON string,
// a colon, the record as compact JSON, and a newline. The indentation of
// Export, or of an editor that only re-indents the file, does not change
// it.
func backupSum(records map[string]json.RawMessage) (string, error) {
	keys := make([]string, 0, len(records))
	for k := range records {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	h := sha256.New()
	var buf bytes.Buffer
	for _, k := range keys {
		qk, err := json.Marshal(k)
		if err != nil {
			return "", err
		}
		buf.Reset()
		if err := json.Compact(&buf, records[k]); err != nil {
			return "", err
		}
		h.Write(qk)
		h.Write([]byte{':'})
		h.Write(buf.Bytes())
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// readBackup parses a backup file, refusing it as a whole when it is too
// big, not a backup, damaged, cut off or of a newer version.
func readBackup(data []byte) (*backup, error) {
	if err := CheckBackupSize(int64(len(data))); err != nil {
		return nil, err
	}
	text := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\ufeff")))
	if len(text) == 0 {
		return nil, fmt.Errorf("%w: the file is empty", ErrNotBackup)
	}
	if text[0] != '{' {
		return nil, fmt.Errorf("%w: a backup is a JSON file made by “Download a backup”", ErrNotBackup)
	}
	// One pass over the file: the records are copied once. A field of the
	// wrong type is left empty and checked below.
	var top struct {
		V        json.RawMessage            `json:"v"`
		App      json.RawMessage            `json:"app"`
		Exported json.RawMessage            `json:"exported"`
		SHA256   json.RawMessage            `json:"sha256"`
		Records  map[string]json.RawMessage `json:"records"`
	}
	if err := json.Unmarshal(text, &top); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) && syn.Offset >= int64(len(text)) {
			return nil, fmt.Errorf("%w: it is cut off (the file ends before the backup does); download it again or use another copy", ErrBackupDamaged)
		}
		if errors.As(err, &syn) {
			return nil, fmt.Errorf("%w: it cannot be read after byte %d of %d", ErrBackupDamaged, syn.Offset, len(text))
		}
	}
	b := backup{Records: top.Records}
	if json.Unmarshal(top.App, &b.App) != nil || b.App != backupApp {
		return nil, fmt.Errorf("%w: it was not made by Factquiz’s “Download a backup”", ErrNotBackup)
	}
	if json.Unmarshal(top.V, &b.V) != nil || b.V < 1 {
		return nil, fmt.Errorf("%w: it has no valid version number", ErrBackupDamaged)
	}
	if b.V > Version {
		return nil, fmt.Errorf("%w; reload the page to update the app, then restore it again", ErrBackupNewer)
	}
	if top.Exported != nil {
		_ = json.Unmarshal(top.Exported, &b.Exported) // only shown; a bad one is no harm
	}
	if b.Records == nil {
		return nil, fmt.Errorf("%w: its list of records is missing or not in the form Factquiz writes", ErrBackupDamaged)
	}
	if top.SHA256 != nil {
		if json.Unmarshal(top.SHA256, &b.SHA256) != nil {
			return nil, fmt.Errorf("%w: its check sum is not in the form Factquiz writes", ErrBackupDamaged)
		}
		sum, err := backupSum(b.Records)
		if err != nil || sum != b.SHA256 {
			return nil, fmt.Errorf("%w: it was damaged or changed after it was made (its check sum does not match), so nothing in it can be trusted; use another copy", ErrBackupDamaged)
		}
	}
	return &b, nil
}

// importKindOther stands for the records of the app's pages (any other
// kind, or settings other than the learner's): they are restored as they
// are.
const importKindOther = "other"

// importKindFinish marks a step of the plan that is no record of the
// backup: the quiz in progress here whose attempt the backup has
// finished is no longer in progress once that result is stored.
const importKindFinish = "finish"

// importKindAside marks an own quiz that fails the checks of a question
// file: it is written under BrokenPrefix, not where quizzes are played.
const importKindAside = "aside"

// What restoring does with a record of the backup.
type importAction int

const (
	importKeep    importAction = iota // already here (or newer here): left as it is
	importAdd                         // not here: written
	importReplace                     // here, but the backup's is newer: written over it
	importRemove                      // the quiz in progress here was finished in the backup
)

// importRecord is one record of a backup that can be restored.
type importRecord struct {
	key, kind, id string
	text          string // the text to store
	quizID        string // the quiz it belongs to, for the order of writing
	card          *review.Card
	progress      *attempt.Attempt
	class         *ClassResults
}

// SkippedRecord is a record of a backup that will not be restored.
type SkippedRecord struct {
	Key string
	// What names the record for the learner ("result", "review card").
	What string
	// Why says in plain words why it is skipped.
	Why string
}

// ImportCounts counts records of a backup by kind.
type ImportCounts struct {
	Attempts int // finished attempts (results)
	Quizzes  int // the learner's own quizzes
	Progress int // quizzes in progress
	// NewerProgress counts quizzes in progress that replace the one here,
	// being further along (more answers), or as far and newer. Always 0 in
	// ImportPlan.Here and ImportSummary.Here.
	NewerProgress int
	Cards         int // review cards
	// NewerCards counts review cards whose review state in the backup is
	// newer (later last review, then more reviews) and replaces the one
	// here. Always 0 in ImportPlan.Here and ImportSummary.Here.
	NewerCards int
	Logs       int // past reviews (review logs)
	Settings   int // the learner's settings: 0 or 1
	// Classes counts a teacher's class results at a quiz: added, or, in
	// Add and Written, merged with the ones here (the backup's results
	// not here are added; none here is dropped).
	Classes int
	Other   int // records of the app's pages, restored as they are
	// FinishedProgress counts quizzes in progress here whose attempt the
	// backup has finished: once its result is stored, the quiz is no
	// longer in progress (resuming it would replace that result with a
	// different one). Always 0 in ImportPlan.Here and ImportSummary.Here.
	FinishedProgress int
	// Aside counts own quizzes that fail the checks of a question file,
	// restored kept aside: never played, never lost.
	Aside int
}

// Total is the number of records counted.
func (c ImportCounts) Total() int {
	return c.Attempts + c.Quizzes + c.Progress + c.NewerProgress + c.Cards + c.NewerCards + c.Logs + c.Settings + c.Classes + c.Other +
		c.FinishedProgress + c.Aside
}

// ImportPlan is what restoring a backup will change, made by PlanImport
// before anything is written and shown to the learner (Lines); ApplyImport
// carries it out.
type ImportPlan struct {
	// Exported is when the backup was made (zero when the file does not
	// say).
	Exported time.Time
	// Add counts the records restoring will write: added where missing,
	// or replacing an older review card or a quiz in progress less far
	// along.
	Add ImportCounts
	// Here counts the records of the backup that are already here, or
	// older than what is here, and stay as they are. Here.Settings is 1
	// when the learner's settings here are kept and the backup's unused.
	Here ImportCounts
	// Aside lists the learner's own quizzes that fail the checks of a
	// question file, and why: they are restored kept aside (under
	// BrokenPrefix), not among the quizzes to play.
	Aside []SkippedRecord
	// Skipped lists the records that cannot be restored and why: ones
	// that cannot be read, or were saved by a newer version of Factquiz.
	Skipped []SkippedRecord
	// Broken is the number of records the backup holds that were kept
	// aside as unreadable before it was made; they are not restored.
	Broken int
	// Ignored is the number of entries of the backup that do not belong
	// to Factquiz (their key does not start with Prefix).
	Ignored int

	store   *Store
	records []importRecord // in the order ApplyImport writes them
}

// ImportSummary is what ApplyImport did.
type ImportSummary struct {
	// Written counts the records written.
	Written ImportCounts
	// Here counts the records of the backup found here when restoring,
	// left as they are.
	Here ImportCounts
	// Skipped is the number of records of the plan's Skipped list.
	Skipped int
	// NotWritten is the number of records that were to be written but
	// were not, because the storage filled up or, with Refused, because
	// it refused the write (site data blocked, a read-only storage).
	NotWritten int
	Refused    bool
}

// PlanImport reads a backup made by Export and works out what restoring
// it would change, without changing anything. The file is refused as a
// whole, with an error wrapping ErrBackupTooBig, ErrNotBackup,
// ErrBackupDamaged or ErrBackupNewer that says what is wrong, when it is
// bigger than MaxBackupBytes, is not a Factquiz backup, is cut off, or was
// damaged or changed after it was made (its check sum does not match), or
// was made by a newer version of the app.
//
// Within a file that is whole, a record that cannot be read (hand-edited,
// or written by a bug), or that was saved by a newer version of the app,
// is planned to be skipped and listed in Skipped with the reason, so the
// learner sees it before restoring and can choose not to; the rest of the
// backup can still be restored. Records the backup holds as kept aside
// (broken) are never restored.
//
// The merge rules, applied record by record:
//   - finished attempts, own quizzes, review logs and records of the
//     app's pages are added when their key is missing here, never
//     overwritten, so nothing is counted twice and restoring the same
//     backup twice adds nothing the second time;
//   - a review card stored on both sides: the newer review state wins
//     (the later FSRS.LastReview, then more FSRS.Reps); a tie keeps the
//     one here;
//   - the quiz in progress stored on both sides: the one with more
//     answers wins, then the one answered last; a tie keeps the one here.
//     A quiz in progress whose attempt is finished here, or among the
//     backup's results, is not brought back; the quiz in progress here
//     whose attempt is among the backup's results is no longer in
//     progress once that result is stored (resuming it would replace the
//     result with another one) (ImportCounts.FinishedProgress);
//   - the learner's settings here are kept; the backup's are used only
//     when none are stored here.
func (s *Store) PlanImport(data []byte) (*ImportPlan, error) {
	b, err := readBackup(data)
	if err != nil {
		return nil, err
	}
	p := &ImportPlan{Exported: b.Exported, store: s}
	keys := make([]string, 0, len(b.Records))
	for k := range b.Records {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		kind, id, ok := splitKey(key)
		switch {
		case !ok:
			p.Ignored++
			continue
		case kind == kindBroken:
			p.Broken++
			continue
		}
		rec, why := parseImportRecord(key, kind, id, b.Records[key])
		if qp := (*QuizProblemsError)(nil); errors.As(why, &qp) {
			// Kept aside as the Store keeps a stored quiz that fails the
			// checks: never played, never lost.
			p.Aside = append(p.Aside, SkippedRecord{Key: key, What: importNoun(kind, 1), Why: why.Error()})
			text, _ := recordText(b.Records[key])
			p.records = append(p.records, importRecord{key: BrokenPrefix + key, kind: importKindAside, id: id, text: text})
			continue
		}
		if why != nil {
			p.Skipped = append(p.Skipped, SkippedRecord{Key: key, What: importNoun(kind, 1), Why: why.Error()})
			continue
		}
		p.records = append(p.records, rec)
		if rec.kind == kindAttempt {
			p.records = append(p.records, importRecord{key: ProgressKey(rec.quizID), kind: importKindFinish, id: rec.id, quizID: rec.quizID})
		}
	}
	sortImportRecords(p.records)

	s.mu.Lock()
	defer s.mu.Unlock()
	finished := p.finishedIDs()
	pending := map[string]bool{} // keys the plan writes, in order
	for i := range p.records {
		r := &p.records[i]
		act := s.importDecide(r, finished, pending)
		if act == importKeep {
			p.Here.count(r, act)
			continue
		}
		p.Add.count(r, act)
		pending[r.key] = act != importRemove
	}
	return p, nil
}

// finishedIDs are the IDs of the backup's finished attempts.
func (p *ImportPlan) finishedIDs() map[string]bool {
	ids := map[string]bool{}
	for _, r := range p.records {
		if r.kind == kindAttempt {
			ids[r.id] = true
		}
	}
	return ids
}

// count adds one record with its action to c.
func (c *ImportCounts) count(r *importRecord, act importAction) {
	switch r.kind {
	case importKindFinish:
		if act == importRemove {
			c.FinishedProgress++
		}
	case kindAttempt:
		c.Attempts++
	case kindUserQuiz:
		c.Quizzes++
	case kindProgress:
		if act == importReplace {
			c.NewerProgress++
		} else {
			c.Progress++
		}
	case kindCard:
		if act == importReplace {
			c.NewerCards++
		} else {
			c.Cards++
		}
	case kindLog:
		c.Logs++
	case kindSettings:
		c.Settings++
	case kindClass:
		c.Classes++
	case importKindAside:
		c.Aside++
	default:
		c.Other++
	}
}

// ApplyImport restores what PlanImport planned, deciding again for each
// record against what is stored now (another tab, or this one, may have
// written since the plan was made: a card reviewed meanwhile is not
// replaced by an older one). Records already here are not written again,
// so applying a plan twice adds nothing the second time.
//
// Records are written one by one, each whole, in this order: the
// learner's settings, then quiz after quiz (in the order of their IDs)
// the learner's own quiz, its results, its quiz in progress (or, when the
// backup finished it, its removal), its review cards and its past
// reviews; last the records of the app's pages. When
// the storage fills up, ApplyImport stops at the first record that does
// not fit and returns what it wrote with an error wrapping ErrQuotaFull
// and ErrNotSaved. What was written is then consistent: every record is
// whole (a replaced card is the old one or the new one, never half), no
// record here was removed, an own quiz is always written before the
// results, cards and reviews that refer to it, the quizzes before the
// one being written are fully restored and those after it untouched.
// Restoring the same backup again after making room finishes the job
// without counting anything twice. Either way the Store is reloaded.
func (s *Store) ApplyImport(p *ImportPlan) (ImportSummary, error) {
	var sum ImportSummary
	if p == nil || p.store == nil {
		return sum, errors.New("there is no backup to restore: choose a backup file first")
	}
	if p.store != s {
		return sum, errors.New("this restore was planned for another storage; choose the backup file again")
	}
	sum.Skipped = len(p.Skipped)
	s.mu.Lock()
	defer s.mu.Unlock()
	defer s.load()
	finished := p.finishedIDs()
	for i := range p.records {
		r := &p.records[i]
		act := s.importDecide(r, finished, nil)
		if act == importKeep {
			sum.Here.count(r, act)
			continue
		}
		if act == importRemove {
			s.kv.Remove(r.key)
			sum.Written.count(r, act)
			continue
		}
		key := r.key
		if r.kind == importKindAside {
			key = s.asideKey(strings.TrimPrefix(r.key, BrokenPrefix))
		}
		if err := s.kv.Set(key, r.text); err != nil {
			for _, rest := range p.records[i:] {
				if act := s.importDecide(&rest, finished, nil); act == importAdd || act == importReplace {
					sum.NotWritten++
				}
			}
			sum.Refused = !errors.Is(err, ErrQuotaFull)
			return sum, &importError{written: sum.Written.Total(), notWritten: sum.NotWritten, err: err}
		}
		sum.Written.count(r, act)
	}
	return sum, nil
}

// importError is the error of an ApplyImport that could not write all
// it planned.
type importError struct {
	written, notWritten int
	err                 error
}

func (e *importError) Error() string {
	// Making room helps a full storage only: a refusing one (site data
	// blocked, read-only) has room, and "full" would send the learner
	// deleting results for nothing.
	why, then := e.err.Error(), "When the browser lets this site keep data again, restore the same backup"
	if errors.Is(e.err, ErrQuotaFull) {
		why, then = ErrQuotaFull.Error(), "Make room (delete old results or saved quizzes) and restore the same backup again"
	}
	return fmt.Sprintf("%s, so the restore stopped: %s restored, %s not. %s: what is already here is not added twice",
		why, importPlural(e.written, "record", "records"), importPlural(e.notWritten, "record", "records"), then)
}

// Unwrap lets errors.Is find ErrNotSaved, and ErrQuotaFull when the
// storage is full.
func (e *importError) Unwrap() []error { return []error{ErrNotSaved, e.err} }

// importDecide says what restoring r does given what is stored now.
// finished holds the IDs of the backup's finished attempts. pending, in
// PlanImport, holds the keys the plan writes before r (not stored yet).
func (s *Store) importDecide(r *importRecord, finished map[string]bool, pending map[string]bool) importAction {
	if r.kind == importKindAside {
		// Already kept aside, by an earlier restore of the same backup?
		for _, k := range s.kv.Keys() {
			if strings.HasPrefix(k, r.key+"@") {
				if text, _ := s.kv.Get(k); text == r.text {
					return importKeep
				}
			}
		}
		return importAdd
	}
	here, exists := s.kv.Get(r.key)
	switch r.kind {
	case kindClass:
		if !exists {
			return importAdd
		}
		mine, _, err := decode(kindClass, r.id, here)
		if err != nil {
			return importKeep // never overwrite what cannot be read
		}
		merged, more := mergeClass(mine.(*ClassResults), r.class)
		if !more {
			return importKeep
		}
		r.text = merged
		return importReplace
	case kindCard:
		if !exists {
			return importAdd
		}
		mine, _, err := decode(kindCard, r.id, here)
		if err != nil {
			return importKeep // never overwrite what cannot be read: it may be newer
		}
		if newerCard(*r.card, *mine.(*review.Card)) {
			return importReplace
		}
		return importKeep
	case kindProgress:
		if finished[r.progress.ID] {
			return importKeep
		}
		if _, done := s.kv.Get(AttemptKey(r.progress.ID)); done {
			return importKeep
		}
		if !exists {
			return importAdd
		}
		mine, _, err := decode(kindProgress, r.id, here)
		if err != nil {
			return importKeep
		}
		if finished[mine.(*attempt.Attempt).ID] || furtherProgress(r.progress, mine.(*attempt.Attempt)) {
			return importReplace // the one here is finished in the backup, or less far along
		}
		return importKeep
	case importKindFinish:
		// Only once the result is stored (it comes first), and while the
		// quiz in progress here is still that attempt.
		if _, stored := s.kv.Get(AttemptKey(r.id)); !exists || pending[r.key] || !(stored || pending[AttemptKey(r.id)]) {
			return importKeep
		}
		if mine, _, err := decode(kindProgress, r.quizID, here); err != nil || mine.(*attempt.Attempt).ID != r.id {
			return importKeep
		}
		return importRemove
	}
	if exists {
		return importKeep
	}
	return importAdd
}

// newerCard reports whether card a has a newer review state than b: a
// later last review, or the same one and more reviews.
func newerCard(a, b review.Card) bool {
	if !a.FSRS.LastReview.Equal(b.FSRS.LastReview) {
		return a.FSRS.LastReview.After(b.FSRS.LastReview)
	}
	return a.FSRS.Reps > b.FSRS.Reps
}

// furtherProgress reports whether attempt a in progress is further along
// than b: more answers, or as many and answered later.
func furtherProgress(a, b *attempt.Attempt) bool {
	if len(a.Answers) != len(b.Answers) {
		return len(a.Answers) > len(b.Answers)
	}
	return lastActivity(a).After(lastActivity(b))
}

// lastActivity is when an attempt was last answered, or started.
func lastActivity(a *attempt.Attempt) time.Time {
	t := a.Started
	for _, ans := range a.Answers {
		if ans.At.After(t) {
			t = ans.At
		}
	}
	return t
}

// sortImportRecords puts records in the order ApplyImport writes them:
// settings, then quiz by quiz its own quiz, results, quiz in progress,
// cards and past reviews, then the app's other records.
func sortImportRecords(rs []importRecord) {
	rank := func(r importRecord) (group int, order int) {
		switch r.kind {
		case kindSettings:
			return 0, 0
		case kindUserQuiz:
			return 1, 0
		case kindAttempt:
			return 1, 1
		case kindProgress:
			return 1, 2
		case importKindFinish:
			return 1, 3
		case kindCard:
			return 1, 4
		case kindLog:
			return 1, 5
		}
		return 2, 0
	}
	sort.SliceStable(rs, func(i, j int) bool {
		gi, oi := rank(rs[i])
		gj, oj := rank(rs[j])
		switch {
		case gi != gj:
			return gi < gj
		case rs[i].quizID != rs[j].quizID:
			return rs[i].quizID < rs[j].quizID
		case oi != oj:
			return oi < oj
		}
		return rs[i].key < rs[j].key
	})
}

// parseImportRecord reads one record of a backup as the Store reads it
// (decode), so that what is restored can be loaded. It returns why it
// cannot be restored, in the learner's words, when it cannot.
func parseImportRecord(key, kind, id string, m json.RawMessage) (importRecord, error) {
	r := importRecord{key: key, kind: kind, id: id}
	text, ok := recordText(m)
	if !ok {
		return r, errDamaged
	}
	if !storeKind(kind, id) {
		// The records of the app's pages are restored as they are.
		r.kind, r.text = importKindOther, text
		return r, nil
	}
	v, migrated, err := decode(kind, id, text)
	if errors.Is(err, errNewerVer) {
		return r, errors.New("it was saved by a newer version of Factquiz; reload the page to update the app, then restore the backup again")
	}
	if err != nil {
		return r, err
	}
	r.text = text
	if migrated != "" {
		r.text = migrated
	}
	switch v := v.(type) {
	case *attempt.Attempt:
		r.quizID = v.QuizID
		if kind == kindProgress {
			r.progress = v
		}
	case *UserQuiz:
		r.quizID = v.ID
	case *review.Card:
		r.card, r.quizID = v, v.QuizID
	case *review.Log:
		r.quizID = v.QuizID
	case *ClassResults:
		r.class = v
	}
	return r, nil
}

// Import restores a backup made by Export: PlanImport then ApplyImport. It
// returns how many records it wrote. A file refused as a whole changes
// nothing. When records were skipped, the error says how many and why,
// after the rest was restored; when the storage fills up, it returns the
// records written so far with an error wrapping ErrQuotaFull.
func (s *Store) Import(data []byte) (n int, err error) {
	p, err := s.PlanImport(data)
	if err != nil {
		return 0, err
	}
	sum, err := s.ApplyImport(p)
	n = sum.Written.Total()
	if err != nil {
		return n, err
	}
	if len(p.Skipped) > 0 {
		return n, fmt.Errorf("%s of the backup could not be restored: %s",
			importPlural(len(p.Skipped), "record", "records"), strings.Join(p.skipLines("skipped"), "; "))
	}
	return n, nil
}

// recordText turns a record of a backup back into the stored text: a
// JSON string is the text itself (a record that was not JSON), anything
// else is stored as compact JSON. A null is no record.
func recordText(m json.RawMessage) (string, bool) {
	m = bytes.TrimSpace(m)
	if len(m) == 0 || bytes.Equal(m, []byte("null")) {
		return "", false
	}
	var text string
	if err := json.Unmarshal(m, &text); err == nil {
		return text, true
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, m); err != nil {
		return "", false
	}
	return buf.String(), true
}

// Lines says in plain words what restoring will change, for the UI to
// show before the learner confirms: what will be added, what is already
// here and stays, and what cannot be restored and why.
//
//	12 results to add
//	3 review cards with newer progress
//	2 results already here
func (p *ImportPlan) Lines() []string {
	var lines []string
	if p.Add.Total() == 0 {
		lines = append(lines, "Nothing to add: everything in this backup that can be restored is already here")
	}
	a := p.Add
	lines = appendCount(lines, a.Attempts, "result to add", "results to add")
	lines = appendCount(lines, a.Quizzes, "own quiz to add", "own quizzes to add")
	lines = appendCount(lines, a.Progress, "quiz in progress to add", "quizzes in progress to add")
	lines = appendCount(lines, a.NewerProgress,
		"quiz in progress further along in the backup (it replaces the one here)",
		"quizzes in progress further along in the backup (they replace the ones here)")
	lines = appendCount(lines, a.Cards, "review card to add", "review cards to add")
	lines = appendCount(lines, a.NewerCards, "review card with newer progress", "review cards with newer progress")
	lines = appendCount(lines, a.Logs, "past review to add", "past reviews to add")
	if a.Settings > 0 {
		lines = append(lines, "Review settings from the backup (none are set here)")
	}
	lines = appendCount(lines, a.Classes, "set of class results to add (or to add to the one here)", "sets of class results to add (or to add to the ones here)")
	lines = appendCount(lines, a.Other, "other saved item to add", "other saved items to add")
	lines = appendCount(lines, a.FinishedProgress,
		"quiz in progress here was finished in the backup: it will no longer be in progress",
		"quizzes in progress here were finished in the backup: they will no longer be in progress")
	h := p.Here
	lines = appendCount(lines, h.Attempts, "result already here", "results already here")
	lines = appendCount(lines, h.Quizzes, "own quiz already here (kept as it is)", "own quizzes already here (kept as they are)")
	lines = appendCount(lines, h.Progress,
		"quiz in progress kept as it is here (as far along or newer)",
		"quizzes in progress kept as they are here (as far along or newer)")
	lines = appendCount(lines, h.Cards,
		"review card already as recent here", "review cards already as recent here")
	lines = appendCount(lines, h.Logs, "past review already here", "past reviews already here")
	if h.Settings > 0 {
		lines = append(lines, "Your review settings here are kept; the backup’s are not used")
	}
	lines = appendCount(lines, h.Classes, "set of class results already here", "sets of class results already here")
	lines = appendCount(lines, h.Other, "other saved item already here", "other saved items already here")
	for _, a := range p.Aside {
		lines = append(lines, "1 own quiz will be kept aside, not to be played: "+a.Why)
	}
	lines = append(lines, p.skipLines("cannot be restored and will be skipped")...)
	lines = appendCount(lines, p.Broken,
		"record that was already unreadable when the backup was made is not restored",
		"records that were already unreadable when the backup was made are not restored")
	lines = appendCount(lines, p.Ignored,
		"entry that does not belong to Factquiz is ignored",
		"entries that do not belong to Factquiz are ignored")
	return lines
}

// skipLines groups the skipped records by what they are and why, each
// line with the given verb: "3 past reviews <verb>: it has no time".
func (p *ImportPlan) skipLines(verb string) []string {
	type group struct{ what, why string }
	var order []group
	n := map[group]int{}
	for _, sk := range p.Skipped {
		g := group{importNounOf(sk.Key), sk.Why}
		if n[g] == 0 {
			order = append(order, g)
		}
		n[g]++
	}
	lines := make([]string, 0, len(order))
	for _, g := range order {
		lines = append(lines, fmt.Sprintf("%d %s %s: %s", n[g], importNoun(g.what, n[g]), verb, g.why))
	}
	return lines
}

// Lines says in plain words what ApplyImport did.
func (sum ImportSummary) Lines() []string {
	var lines []string
	if sum.Written.Total() == 0 && sum.NotWritten == 0 {
		lines = append(lines, "Nothing was added: everything in this backup that can be restored is already here")
	}
	w := sum.Written
	lines = appendCount(lines, w.Attempts, "result added", "results added")
	lines = appendCount(lines, w.Quizzes, "own quiz added", "own quizzes added")
	lines = appendCount(lines, w.Progress, "quiz in progress added", "quizzes in progress added")
	lines = appendCount(lines, w.NewerProgress, "quiz in progress replaced by one further along", "quizzes in progress replaced by ones further along")
	lines = appendCount(lines, w.Cards, "review card added", "review cards added")
	lines = appendCount(lines, w.NewerCards, "review card updated with newer progress", "review cards updated with newer progress")
	lines = appendCount(lines, w.Logs, "past review added", "past reviews added")
	if w.Settings > 0 {
		lines = append(lines, "Review settings taken from the backup")
	}
	lines = appendCount(lines, w.Classes, "set of class results added or completed", "sets of class results added or completed")
	lines = appendCount(lines, w.Other, "other saved item added", "other saved items added")
	lines = appendCount(lines, w.Aside,
		"own quiz kept aside, not to be played: it does not pass the checks of a question file",
		"own quizzes kept aside, not to be played: they do not pass the checks of a question file")
	lines = appendCount(lines, w.FinishedProgress,
		"quiz in progress was finished in the backup and is no longer in progress",
		"quizzes in progress were finished in the backup and are no longer in progress")
	if sum.Refused {
		lines = appendCount(lines, sum.NotWritten,
			"record not restored: the browser refused to save it", "records not restored: the browser refused to save them")
	} else {
		lines = appendCount(lines, sum.NotWritten,
			"record not restored: the storage is full", "records not restored: the storage is full")
	}
	lines = appendCount(lines, sum.Skipped,
		"record skipped: it cannot be restored", "records skipped: they cannot be restored")
	return lines
}

func appendCount(lines []string, n int, one, many string) []string {
	if n == 0 {
		return lines
	}
	return append(lines, importPlural(n, one, many))
}

func importPlural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// importNounOf is the kind of a key, for importNoun.
func importNounOf(key string) string {
	kind, _, _ := splitKey(key)
	return kind
}

// importNoun names n records of a kind for the learner.
func importNoun(kind string, n int) string {
	one, many := "saved item", "saved items"
	switch kind {
	case kindAttempt:
		one, many = "result", "results"
	case kindProgress:
		one, many = "quiz in progress", "quizzes in progress"
	case kindUserQuiz:
		one, many = "own quiz", "own quizzes"
	case kindCard:
		one, many = "review card", "review cards"
	case kindLog:
		one, many = "past review", "past reviews"
	case kindSettings:
		one, many = "set of review settings", "sets of review settings"
	case kindClass:
		one, many = "set of class results", "sets of class results"
	}
	if n == 1 {
		return one
	}
	return many
}
