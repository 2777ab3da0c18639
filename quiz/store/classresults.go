package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	"factquiz/quiz/share"
)

// ClassResults are the results a teacher collected for one quiz: the
// learners' result codes (share.Result), one per learner, kept as the
// codes themselves so that they are read, and checked, exactly as when
// they were pasted.
type ClassResults struct {
	// Fingerprint names the quiz (share.Fingerprint); it is the record's ID.
	Fingerprint string `json:"fingerprint"`
	// Title is the quiz's title when it was known, to name the record.
	Title string    `json:"title,omitempty"`
	Codes []string  `json:"codes"`
	Saved time.Time `json:"saved"`
}

// MaxClassCodes is the most results kept for one quiz: a school's year
// group, many times over; a record with more was not written by us.
const MaxClassCodes = 2000

// kindClass is factquiz/class/<fingerprint>: a class's results at a quiz.
const kindClass = "class"

// ClassKey is the key of the class results of the quiz with the given
// fingerprint.
func ClassKey(fingerprint string) string { return Prefix + kindClass + "/" + fingerprint }

type classRecord struct {
	V     int           `json:"v"`
	Class *ClassResults `json:"class"`
}

// Entries reads the kept codes back as share entries (Where
// share.KeptWhere), for share.NewClass.
func (c ClassResults) Entries() []share.Entry {
	out := make([]share.Entry, 0, len(c.Codes))
	for _, code := range c.Codes {
		if r, err := share.DecodeResult(code); err == nil {
			out = append(out, share.Entry{Where: share.KeptWhere, Code: code, Result: r})
		}
	}
	return out
}

// checkClass checks a record as it is read: every code a result of its
// quiz, so that what the table shows is what was pasted.
func checkClass(c *ClassResults) error {
	if len(c.Codes) > MaxClassCodes {
		return fmt.Errorf("it holds %d results, more than the %d kept for a quiz", len(c.Codes), MaxClassCodes)
	}
	for i, code := range c.Codes {
		r, err := share.DecodeResult(code)
		if err != nil {
			return fmt.Errorf("its result %d cannot be read: %v", i+1, err)
		}
		if r.Fingerprint != c.Fingerprint {
			return fmt.Errorf("its result %d is for another quiz", i+1)
		}
	}
	return nil
}

func decodeClass(raw, id string) (*ClassResults, error) {
	var rec classRecord
	if err := json.Unmarshal([]byte(raw), &rec); err != nil || rec.Class == nil {
		return nil, errShape
	}
	c := rec.Class
	if c.Fingerprint != id {
		return nil, errors.New("it is saved under the wrong name")
	}
	if err := checkClass(c); err != nil {
		return nil, err
	}
	return c, nil
}

// SaveClassResults keeps a class's results at a quiz, replacing what was
// kept for it. A zero c.Saved is set to now.
func (s *Store) SaveClassResults(c ClassResults) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.Saved.IsZero() {
		c.Saved = s.clock()
	}
	if c.Fingerprint == "" {
		return &SaveError{What: "the class results", Err: errors.New("they do not say which quiz they are for")}
	}
	if err := checkClass(&c); err != nil {
		return &SaveError{What: "the class results", Err: err}
	}
	if err := s.put(ClassKey(c.Fingerprint), classRecord{V: Version, Class: &c}, "the class results"); err != nil {
		return err
	}
	s.classes[c.Fingerprint] = &c
	return nil
}

// ClassResults returns the results kept for the quiz with the given
// fingerprint.
func (s *Store) ClassResults(fingerprint string) (ClassResults, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.classes[fingerprint]
	if !ok {
		return ClassResults{}, false
	}
	return *c, true
}

// AllClassResults returns every class's results kept, most recent first.
func (s *Store) AllClassResults() []ClassResults {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]ClassResults, 0, len(s.classes))
	for _, c := range s.classes {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Saved.Equal(out[j].Saved) {
			return out[i].Saved.After(out[j].Saved)
		}
		return out[i].Fingerprint < out[j].Fingerprint
	})
	return out
}

// DeleteClassResults forgets the results kept for a quiz.
func (s *Store) DeleteClassResults(fingerprint string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.kv.Remove(ClassKey(fingerprint))
	delete(s.classes, fingerprint)
}

// mergeClass is the record of the class results here (raw) with the
// backup's codes added that are not here yet, and whether it adds any:
// restoring never drops a result pasted here since the backup.
func mergeClass(here, backup *ClassResults) (string, bool) {
	have := map[string]bool{}
	for _, c := range here.Codes {
		have[c] = true
	}
	merged := *here
	merged.Codes = append([]string(nil), here.Codes...)
	for _, c := range backup.Codes {
		if !have[c] {
			have[c] = true
			merged.Codes = append(merged.Codes, c)
		}
	}
	if len(merged.Codes) == len(here.Codes) || len(merged.Codes) > MaxClassCodes {
		return "", false
	}
	if merged.Title == "" {
		merged.Title = backup.Title
	}
	data, err := json.Marshal(classRecord{V: Version, Class: &merged})
	if err != nil {
		return "", false
	}
	return string(data), true
}

// RemoveClassResult forgets one learner's result, by its code, from the
// results kept for the quiz with the given fingerprint, and says whether
// it was kept. A class left with no result is forgotten, like
// DeleteClassResults: no empty class is listed. A failed write (storage
// full) changes nothing.
func (s *Store) RemoveClassResult(fingerprint, code string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.classes[fingerprint]
	if !ok {
		return false, nil
	}
	rest := make([]string, 0, len(c.Codes))
	for _, kept := range c.Codes {
		if kept != code {
			rest = append(rest, kept)
		}
	}
	if len(rest) == len(c.Codes) {
		return false, nil
	}
	if len(rest) == 0 {
		s.kv.Remove(ClassKey(fingerprint))
		delete(s.classes, fingerprint)
		return true, nil
	}
	left := *c
	left.Codes, left.Saved = rest, s.clock()
	if err := s.put(ClassKey(fingerprint), classRecord{V: Version, Class: &left}, "the class results"); err != nil {
		return false, err
	}
	s.classes[fingerprint] = &left
	return true, nil
}
