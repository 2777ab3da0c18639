package store

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestExportImport(t *testing.T) {
	src := NewMemKV(0)
	s, _ := Open(src, t0)
	a1 := played(t, "k", 1, 2, t0)
	a2 := played(t, "k", 2, 1, t0.Add(time.Hour))
	if err := s.SaveAttempt(a1); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveAttempt(a2); err != nil {
		t.Fatal(err)
	}
	u, err := s.SaveUserQuiz(UserQuiz{Quiz: *sampleQuiz(""), FileName: "notes.gift", Format: "gift"})
	if err != nil {
		t.Fatal(err)
	}
	mustSet(t, src, Prefix+"settings", `{"theme":"dark"}`)
	mustSet(t, src, BrokenPrefix+"factquiz/attempt/z@1", "{not json")
	mustSet(t, src, "otherapp/x", "not ours")

	data, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	var parsed map[string]any
	if err := json.Unmarshal(data, &parsed); err != nil {
		t.Fatalf("backup is not JSON: %v", err)
	}
	if strings.Contains(string(data), "otherapp") {
		t.Errorf("backup holds another app's key")
	}
	if !strings.Contains(string(data), `"{not json"`) {
		t.Errorf("broken record not kept in the backup as text")
	}

	// Into an empty storage: everything but the broken record comes back.
	dst := NewMemKV(0)
	d, _ := Open(dst, t0)
	n, err := d.Import(data)
	if err != nil || n != 4 {
		t.Fatalf("Import = %d, %v; want 4 records", n, err)
	}
	if got := d.Attempts("k"); len(got) != 2 || got[0].ID != a2.ID {
		t.Errorf("imported attempts %v", ids(got))
	}
	if got, ok := d.UserQuiz(u.ID); !ok || got.FileName != "notes.gift" || len(got.Quiz.Questions) != 2 {
		t.Errorf("imported user quiz %+v", got)
	}
	if v, _ := dst.Get(Prefix + "settings"); v != `{"theme":"dark"}` {
		t.Errorf("settings = %q", v)
	}
	for _, k := range dst.Keys() {
		if strings.HasPrefix(k, BrokenPrefix) {
			t.Errorf("broken record imported: %s", k)
		}
	}
	// Importing again adds nothing; an existing attempt is never overwritten.
	changed := a1.Clone()
	changed.QuizTitle = "kept"
	mustSet(t, dst, AttemptKey(a1.ID), record(t, attemptRecord{V: 1, Attempt: changed}))
	d.Reload()
	if n, err := d.Import(data); n != 0 || err != nil {
		t.Errorf("second Import = %d, %v", n, err)
	}
	if got := d.Attempts("k"); got[1].QuizTitle != "kept" {
		t.Errorf("existing attempt overwritten")
	}
}

func TestImportRejects(t *testing.T) {
	s, _ := Open(NewMemKV(0), t0)
	for _, data := range []string{``, `{`, `[]`, `{"v":1}`, `{"v":1,"app":"other","records":{}}`} {
		if _, err := s.Import([]byte(data)); !errors.Is(err, ErrNotBackup) {
			t.Errorf("Import(%q) err = %v", data, err)
		}
	}
	if _, err := s.Import([]byte(`{"v":2,"app":"factquiz","records":{}}`)); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("newer backup: %v", err)
	}
}

func TestImportSkipsUnreadable(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	a := played(t, "k", 1, 2, t0)
	backup := `{"v":1,"app":"factquiz","records":{
		"` + AttemptKey(a.ID) + `": ` + record(t, attemptRecord{V: 1, Attempt: a}) + `,
		"` + AttemptKey("bad") + `": {"v":1,"attempt":{"id":"bad"}},
		"` + AttemptKey("text") + `": "{cut off",
		"otherapp/x": "ignored"}}`
	n, err := s.Import([]byte(backup))
	if n != 1 || err == nil || !strings.Contains(err.Error(), "2 records") {
		t.Errorf("Import = %d, %v", n, err)
	}
	if len(kv.Keys()) != 1 || len(s.AllAttempts()) != 1 {
		t.Errorf("keys %v", kv.Keys())
	}
}

func TestImportWhenFull(t *testing.T) {
	src, _ := Open(NewMemKV(0), t0)
	for i := range 5 {
		if err := src.SaveAttempt(played(t, "k", uint64(i), 1, t0.Add(time.Duration(i)*time.Hour))); err != nil {
			t.Fatal(err)
		}
	}
	data, _ := src.Export()
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	one := played(t, "k", 99, 2, t0)
	if err := s.SaveAttempt(one); err != nil {
		t.Fatal(err)
	}
	kv.Quota = kv.Used() * 3 // room for two more
	n, err := s.Import(data)
	if n < 1 || n > 4 || !errors.Is(err, ErrQuotaFull) {
		t.Errorf("Import = %d, %v; want some added and ErrQuotaFull", n, err)
	}
	if got := len(s.AllAttempts()); got != 1+n {
		t.Errorf("after a partial import the store has %d attempts, want %d", got, 1+n)
	}
	if _, ok := kv.Get(AttemptKey(one.ID)); !ok {
		t.Errorf("existing attempt lost")
	}
}
