package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"
)

// backup is the file of Export: every Factquiz record by key. A record
// that is valid JSON is embedded as is, so the file stays readable; any
// other (a record kept aside as broken) is embedded as a JSON string, so
// nothing is lost.
type backup struct {
	V        int                        `json:"v"`
	App      string                     `json:"app"`
	Exported time.Time                  `json:"exported"`
	Records  map[string]json.RawMessage `json:"records"`
}

const backupApp = "factquiz"

// Export returns every Factquiz record of the storage, including those
// kept aside as broken and those of other tabs, as one JSON backup file.
func (s *Store) Export() ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := backup{V: Version, App: backupApp, Exported: s.clock().UTC(), Records: map[string]json.RawMessage{}}
	for _, key := range s.kv.Keys() {
		if _, _, ok := splitKey(key); !ok {
			continue
		}
		raw, ok := s.kv.Get(key)
		if !ok {
			continue
		}
		if json.Valid([]byte(raw)) {
			b.Records[key] = json.RawMessage(raw)
			continue
		}
		quoted, err := json.Marshal(raw)
		if err != nil {
			return nil, err
		}
		b.Records[key] = quoted
	}
	return json.MarshalIndent(b, "", "\t")
}

// ErrNotBackup is returned by Import for a file that is not a backup.
var ErrNotBackup = errors.New("this file is not a Factquiz backup")

// Import merges a backup made by Export into the storage and returns how
// many records it added. A record whose key is already stored is skipped,
// so an attempt is never overwritten; records kept aside as broken are not
// brought back; a record that cannot be read is skipped and counted in the
// error. When the storage fills up, Import stops and returns the records
// added so far with an error wrapping ErrQuotaFull. Either way the Store
// is reloaded.
func (s *Store) Import(data []byte) (n int, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b backup
	if err := json.Unmarshal(data, &b); err != nil || b.App != backupApp || b.Records == nil {
		return 0, ErrNotBackup
	}
	if b.V > Version {
		return 0, fmt.Errorf("this backup was made by a newer version of Factquiz; reload the page to update the app, then import it again")
	}
	defer s.load()
	keys := make([]string, 0, len(b.Records))
	for k := range b.Records {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	unreadable := 0
	for _, key := range keys {
		kind, id, ok := splitKey(key)
		if !ok || kind == kindBroken {
			continue
		}
		if _, exists := s.kv.Get(key); exists {
			continue
		}
		raw, ok := recordText(b.Records[key])
		if !ok {
			unreadable++
			continue
		}
		switch kind {
		case kindAttempt, kindProgress, kindUserQuiz:
			_, migrated, err := decode(kind, id, raw)
			if err != nil {
				unreadable++
				continue
			}
			if migrated != "" {
				raw = migrated
			}
		}
		// Other kinds (the UI's own records) are restored as they are.
		if err := s.kv.Set(key, raw); err != nil {
			return n, &SaveError{What: "the rest of the backup", Err: err}
		}
		n++
	}
	if unreadable > 0 {
		return n, fmt.Errorf("%d records of the backup could not be read and were skipped", unreadable)
	}
	return n, nil
}

// recordText turns a record of a backup back into the stored text.
func recordText(m json.RawMessage) (string, bool) {
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
