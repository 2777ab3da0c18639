// Package store keeps the learner's results, quizzes in progress and own
// quizzes in a string key-value storage (the browser's localStorage),
// one record per key, each JSON with a schema version. It survives what
// happens to localStorage in real life: records edited by hand or cut
// off, records from other versions of the app, a full quota, and two tabs
// writing at once.
package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
	"time"

	"factquiz/quiz/attempt"
	"factquiz/quiz/review"
)

// Store reads and writes Factquiz's records in a KV. It keeps what it
// read in memory and writes every change straight to its own key, so
// records written by another tab are never overwritten; call Reload to see
// them (on the window's "storage" event, or when the tab becomes visible).
// A Store is safe for concurrent use (go-app runs ctx.Async work on other
// goroutines); it cannot stop another tab from writing meanwhile, which
// is why each record has its own key.
type Store struct {
	mu    sync.Mutex
	kv    KV
	clock func() time.Time

	attempts map[string]*attempt.Attempt // by attempt ID
	progress map[string]*attempt.Attempt // by quiz ID
	users    map[string]*UserQuiz        // by quiz ID
	classes  map[string]*ClassResults    // by quiz fingerprint

	cards    map[string]review.Card // by review.CardKey
	logs     map[string]review.Log  // by log ID
	settings *review.Settings       // nil when none is saved
}

// Notice tells the learner about a record that could not be read.
type Notice struct {
	// Key is the record's key.
	Key string
	// Message says in plain words what happened and where the record is.
	Message string
	// MovedTo is the key the record was copied to, or "" when it was left
	// where it was.
	MovedTo string
}

// Open reads every Factquiz record of kv. A record that cannot be read is
// copied to BrokenPrefix+key+"@"+unix time and removed from its key, or
// left in place when the copy cannot be written, so nothing is ever lost;
// each gets a Notice. A record of a newer schema version is left in place
// untouched (a newer tab of the app reads it) and also reported. now
// stamps the keys of records kept aside.
func Open(kv KV, now time.Time) (*Store, []Notice) {
	s := &Store{kv: kv, clock: func() time.Time { return now }}
	notices := s.load()
	s.clock = time.Now
	return s, notices
}

// Reload reads the storage again, to see what another tab wrote. It keeps
// aside unreadable records like Open and returns the notices.
func (s *Store) Reload() []Notice {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.load()
}

func (s *Store) load() []Notice {
	s.attempts = map[string]*attempt.Attempt{}
	s.progress = map[string]*attempt.Attempt{}
	s.users = map[string]*UserQuiz{}
	s.classes = map[string]*ClassResults{}
	s.cards = map[string]review.Card{}
	s.logs = map[string]review.Log{}
	s.settings = nil
	var notices []Notice
	keys := s.kv.Keys()
	sort.Strings(keys)
	for _, key := range keys {
		kind, id, ok := splitKey(key)
		if !ok || !storeKind(kind, id) {
			continue
		}
		raw, ok := s.kv.Get(key)
		if !ok {
			continue // removed by another tab meanwhile
		}
		v, migrated, err := decode(kind, id, raw)
		if errors.Is(err, errNewerVer) {
			notices = append(notices, Notice{Key: key, Message: fmt.Sprintf(
				"A %s was saved by a newer version of Factquiz; it was left as it is. Reload the page to update the app.",
				what(kind))})
			continue
		}
		if err != nil {
			notices = append(notices, s.moveAside(key, raw, kind, err))
			continue
		}
		if migrated != "" {
			// Best effort: if the rewrite fails the old record stays and is
			// migrated again next time.
			_ = s.kv.Set(key, migrated)
		}
		switch kind {
		case kindAttempt:
			s.attempts[id] = v.(*attempt.Attempt)
		case kindProgress:
			s.progress[id] = v.(*attempt.Attempt)
		case kindUserQuiz:
			s.users[id] = v.(*UserQuiz)
		case kindClass:
			s.classes[id] = v.(*ClassResults)
		case kindCard:
			s.cards[id] = *v.(*review.Card)
		case kindLog:
			s.logs[id] = *v.(*review.Log)
		case kindSettings:
			s.settings = v.(*review.Settings)
		}
	}
	return notices
}

// moveAside copies an unreadable record under BrokenPrefix and removes
// it, unless the copy fails, in which case it stays where it is.
func (s *Store) moveAside(key, raw, kind string, why error) Notice {
	to := s.asideKey(key)
	if err := s.kv.Set(to, raw); err != nil {
		return Notice{Key: key, Message: fmt.Sprintf(
			"1 %s could not be read (%v). There was no room to keep a copy aside, so it was left as it is.",
			what(kind), why)}
	}
	s.kv.Remove(key)
	return Notice{Key: key, MovedTo: to, Message: fmt.Sprintf(
		"1 %s could not be read (%v); it was kept aside as %s.", what(kind), why, to)}
}

// asideKey is a free key under BrokenPrefix to keep the record at key
// aside under: "factquiz/broken/<key>@<unix time>".
func (s *Store) asideKey(key string) string {
	base := BrokenPrefix + key + "@" + strconv.FormatInt(s.clock().Unix(), 10)
	to := base
	for n := 2; ; n++ {
		if _, taken := s.kv.Get(to); !taken {
			return to
		}
		to = base + "-" + strconv.Itoa(n)
	}
}

// ErrNotSaved is wrapped by every error of a save that failed. Nothing
// stored before is changed or lost by a failed save.
var ErrNotSaved = errors.New("not saved")

// SaveError is the error of a failed save, with a message for the learner.
type SaveError struct {
	// What was being saved: "your result", "your progress", "the quiz".
	What string
	Err  error
}

func (e *SaveError) Error() string {
	if errors.Is(e.Err, ErrQuotaFull) {
		return fmt.Sprintf("%s could not be saved: %v. Delete old results or saved quizzes, or export a backup, then try again.",
			e.What, ErrQuotaFull)
	}
	return fmt.Sprintf("%s could not be saved: %v", e.What, e.Err)
}

// Unwrap lets errors.Is find ErrNotSaved, and ErrQuotaFull when the
// storage is full.
func (e *SaveError) Unwrap() []error { return []error{ErrNotSaved, e.Err} }

// put writes one record. On failure the KV is unchanged.
func (s *Store) put(key string, rec any, what string) error {
	data, err := json.Marshal(rec)
	if err != nil {
		return &SaveError{What: what, Err: err}
	}
	if err := s.kv.Set(key, string(data)); err != nil {
		return &SaveError{What: what, Err: err}
	}
	return nil
}
