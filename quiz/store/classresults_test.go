package store

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"factquiz/quiz/share"
)

// classCode is the result code of a learner at sampleQuiz("k") who got
// the first `right` questions right.
func classCode(t *testing.T, name string, right int) string {
	t.Helper()
	q := sampleQuiz("k")
	r, err := share.NewResult(q, played(t, "k", 1, right, t0), name)
	if err != nil {
		t.Fatal(err)
	}
	code, err := r.Code()
	if err != nil {
		t.Fatal(err)
	}
	return code
}

func sampleFingerprint() string { return share.Fingerprint(sampleQuiz("k")) }

func TestClassResultsSaveAndReload(t *testing.T) {
	kv := NewMemKV(0)
	s, _ := Open(kv, t0)
	fp := sampleFingerprint()
	c := ClassResults{Fingerprint: fp, Title: "Quiz k", Codes: []string{classCode(t, "Anna", 2), classCode(t, "Ben", 1)}}
	if err := s.SaveClassResults(c); err != nil {
		t.Fatal(err)
	}
	raw, _ := kv.Get(ClassKey(fp))
	if !strings.Contains(raw, `"v":1`) {
		t.Errorf("record without its schema version: %s", raw)
	}
	again, notices := Open(kv, t0)
	got, ok := again.ClassResults(fp)
	if len(notices) != 0 || !ok || len(got.Codes) != 2 || got.Title != "Quiz k" || got.Saved.IsZero() {
		t.Fatalf("reloaded %+v, %v, notices %v", got, ok, notices)
	}
	es := got.Entries()
	if len(es) != 2 || es[0].Result.Name != "Anna" || es[0].Where != share.KeptWhere {
		t.Errorf("entries %+v", es)
	}
	if all := again.AllClassResults(); len(all) != 1 {
		t.Errorf("all class results %+v", all)
	}
	again.DeleteClassResults(fp)
	if _, ok := kv.Get(ClassKey(fp)); ok {
		t.Error("deleted class results still stored")
	}
}

func TestSaveClassResultsRefuses(t *testing.T) {
	s, _ := Open(NewMemKV(0), t0)
	fp := sampleFingerprint()
	tests := []struct {
		name string
		c    ClassResults
		want string
	}{
		{"no quiz", ClassResults{Codes: []string{classCode(t, "Anna", 1)}}, "which quiz"},
		{"a code that cannot be read", ClassResults{Fingerprint: fp, Codes: []string{"FQR-AAAA"}}, "result 1 cannot be read"},
		{"another quiz's code", ClassResults{Fingerprint: "0123456789abcdef", Codes: []string{classCode(t, "Anna", 1)}}, "for another quiz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.SaveClassResults(tt.c)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "the class results could not be saved") {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
	full, _ := Open(NewMemKV(10), t0)
	if err := full.SaveClassResults(ClassResults{Fingerprint: fp, Codes: []string{classCode(t, "Anna", 1)}}); err == nil {
		t.Error("saved into a full storage")
	}
	if _, ok := full.ClassResults(fp); ok {
		t.Error("a failed save is seen")
	}
}

// Damaged class results are kept aside like any record, with a notice;
// a newer version's are left where they are.
func TestClassResultsDamaged(t *testing.T) {
	fp := sampleFingerprint()
	good := classCode(t, "Anna", 1)
	rec := func(c ClassResults) string {
		return record(t, classRecord{V: Version, Class: &c})
	}
	code := []rune(good)
	code[10] = code[10] ^ 1
	tests := []struct {
		name, key, raw, want string
		aside                bool
	}{
		{"cut off", ClassKey(fp), rec(ClassResults{Fingerprint: fp, Codes: []string{good}})[:30], "cut off or damaged", true},
		{"under the wrong name", ClassKey("0123456789abcdef"), rec(ClassResults{Fingerprint: fp, Codes: []string{good}}), "wrong name", true},
		{"a changed code", ClassKey(fp), rec(ClassResults{Fingerprint: fp, Codes: []string{string(code)}}), "result 1 cannot be read", true},
		{"no version", ClassKey(fp), `{"class":{"fingerprint":"` + fp + `","codes":[]}}`, "no version", true},
		{"newer version", ClassKey(fp), `{"v":99,"class":{}}`, "newer version", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kv := NewMemKV(0)
			mustSet(t, kv, tt.key, tt.raw)
			s, notices := Open(kv, t0)
			if len(notices) != 1 || !strings.Contains(notices[0].Message, tt.want) || !strings.Contains(notices[0].Message, "set of class results") {
				t.Fatalf("notices %+v, want one saying %q", notices, tt.want)
			}
			if got := notices[0].MovedTo != ""; got != tt.aside {
				t.Errorf("moved aside: %v, want %v", got, tt.aside)
			}
			if _, ok := kv.Get(tt.key); ok == tt.aside {
				t.Errorf("the record is still at its key: %v", ok)
			}
			if len(s.AllClassResults()) != 0 {
				t.Error("a damaged record is read")
			}
		})
	}
}

// Class results go into backups; restoring adds them where there are
// none and, where there are, adds the backup's results not here without
// dropping any pasted since; a backup made before class results existed
// restores as before and leaves the ones here alone.
func TestClassResultsBackup(t *testing.T) {
	fp := sampleFingerprint()
	anna, ben, cleo := classCode(t, "Anna", 2), classCode(t, "Ben", 1), classCode(t, "Cleo", 0)
	src, _ := Open(NewMemKV(0), t0)
	if err := src.SaveClassResults(ClassResults{Fingerprint: fp, Title: "Quiz k", Codes: []string{anna, ben}}); err != nil {
		t.Fatal(err)
	}
	backup, err := src.Export()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(backup), ClassKey(fp)) {
		t.Fatal("the backup does not hold the class results")
	}

	empty, _ := Open(NewMemKV(0), t0)
	p, err := empty.PlanImport(backup)
	if err != nil || p.Add.Classes != 1 {
		t.Fatalf("plan %+v, %v", p, err)
	}
	if _, err := empty.ApplyImport(p); err != nil {
		t.Fatal(err)
	}
	if got, _ := empty.ClassResults(fp); strings.Join(got.Codes, " ") != anna+" "+ben {
		t.Errorf("restored codes %v", got.Codes)
	}

	here, _ := Open(NewMemKV(0), t0)
	if err := here.SaveClassResults(ClassResults{Fingerprint: fp, Codes: []string{cleo, anna}}); err != nil {
		t.Fatal(err)
	}
	sum, err := here.ApplyImport(mustPlan(t, here, backup))
	if err != nil || sum.Written.Classes != 1 {
		t.Fatalf("summary %+v, %v", sum, err)
	}
	got, _ := here.ClassResults(fp)
	if strings.Join(got.Codes, " ") != cleo+" "+anna+" "+ben || got.Title != "Quiz k" {
		t.Errorf("merged %+v", got)
	}
	if !strings.Contains(strings.Join(sum.Lines(), "\n"), "1 set of class results added or completed") {
		t.Errorf("summary lines %q", sum.Lines())
	}
	if p := mustPlan(t, here, backup); p.Add.Classes != 0 || p.Here.Classes != 1 {
		t.Errorf("restored twice: plan adds %+v, here %+v", p.Add, p.Here)
	}

	var old backupFile
	if err := json.Unmarshal(backup, &old); err != nil {
		t.Fatal(err)
	}
	delete(old.Records, ClassKey(fp))
	records := map[string]string{}
	for k, v := range old.Records {
		records[k] = string(v)
	}
	p = mustPlan(t, here, bkBackup(t, records))
	if p.Add.Total() != 0 || len(p.Skipped) != 0 {
		t.Errorf("an old backup plans %+v, skipped %v", p.Add, p.Skipped)
	}
	if got, _ := here.ClassResults(fp); len(got.Codes) != 3 {
		t.Errorf("class results here after an old backup: %v", got.Codes)
	}
}

type backupFile struct {
	Records map[string]json.RawMessage `json:"records"`
}

func mustPlan(t *testing.T, s *Store, data []byte) *ImportPlan {
	t.Helper()
	p, err := s.PlanImport(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// refusingKV is a storage whose writes all fail, as a full one's may.
type refusingKV struct{ *MemKV }

func (refusingKV) Set(key, value string) error { return ErrQuotaFull }

func TestRemoveClassResult(t *testing.T) {
	fp := sampleFingerprint()
	anna, ben, cleo := classCode(t, "Anna", 2), classCode(t, "Ben", 1), classCode(t, "Cleo", 0)
	tests := []struct {
		name        string
		kept        []string // nil: no class kept
		fingerprint string
		remove      string
		refuse      bool // the storage refuses writes
		wantRemoved bool
		wantErr     bool
		wantLeft    []string // nil: no class kept after
	}{
		{"one of three", []string{anna, ben, cleo}, fp, ben, false, true, false, []string{anna, cleo}},
		{"the first", []string{anna, ben}, fp, anna, false, true, false, []string{ben}},
		{"the last one left forgets the class", []string{cleo}, fp, cleo, false, true, false, nil},
		{"a result not kept", []string{anna, ben}, fp, cleo, false, false, false, []string{anna, ben}},
		{"a quiz with no class kept", nil, fp, anna, false, false, false, nil},
		{"another quiz's fingerprint", []string{anna}, "0123456789abcdef", anna, false, false, false, []string{anna}},
		{"a storage that refuses the write", []string{anna, ben}, fp, anna, true, false, true, []string{anna, ben}},
		{"the last one in a refusing storage", []string{anna}, fp, anna, true, true, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := NewMemKV(0)
			if tt.kept != nil {
				mustSet(t, mem, ClassKey(fp), record(t, classRecord{V: Version, Class: &ClassResults{Fingerprint: fp, Title: "Quiz k", Codes: tt.kept, Saved: t0}}))
			}
			var kv KV = mem
			if tt.refuse {
				kv = refusingKV{mem}
			}
			s, notices := Open(kv, t0.Add(time.Hour))
			if len(notices) != 0 {
				t.Fatalf("notices %v", notices)
			}
			before := snapshot(mem)
			removed, err := s.RemoveClassResult(tt.fingerprint, tt.remove)
			if removed != tt.wantRemoved || (err != nil) != tt.wantErr {
				t.Fatalf("removed %v, error %v; want %v, error %v", removed, err, tt.wantRemoved, tt.wantErr)
			}
			if err != nil {
				if !strings.HasPrefix(err.Error(), "the class results could not be saved") || !errors.Is(err, ErrQuotaFull) {
					t.Errorf("error %q", err)
				}
				if !sameKV(before, snapshot(mem)) {
					t.Error("a failed removal changed the storage")
				}
			}
			check := func(s *Store, when string) {
				got, ok := s.ClassResults(fp)
				if ok != (tt.wantLeft != nil) || strings.Join(got.Codes, " ") != strings.Join(tt.wantLeft, " ") {
					t.Errorf("%s: kept %v (%v), want %v", when, got.Codes, ok, tt.wantLeft)
				}
				if ok && got.Title != "Quiz k" {
					t.Errorf("%s: title %q", when, got.Title)
				}
			}
			check(s, "in the store")
			again, _ := Open(mem, t0.Add(2*time.Hour))
			check(again, "read again from the storage")
			if _, ok := mem.Get(ClassKey(fp)); ok != (tt.wantLeft != nil) {
				t.Errorf("record stored: %v, want %v", ok, tt.wantLeft != nil)
			}
			if got, _ := again.ClassResults(fp); tt.wantRemoved && tt.wantLeft != nil && !got.Saved.After(t0) {
				t.Errorf("saved %v, want the time of the removal, after %v", got.Saved, t0)
			}
		})
	}
}

// Restoring never removes: a backup made before a learner's result was
// removed brings that result back, and one made after it does not (what
// docs/backups.md says).
func TestRemovedClassResultAndBackups(t *testing.T) {
	fp := sampleFingerprint()
	anna, ben := classCode(t, "Anna", 2), classCode(t, "Ben", 1)
	s, _ := Open(NewMemKV(0), t0)
	if err := s.SaveClassResults(ClassResults{Fingerprint: fp, Codes: []string{anna, ben}}); err != nil {
		t.Fatal(err)
	}
	before, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	if removed, err := s.RemoveClassResult(fp, ben); !removed || err != nil {
		t.Fatalf("removed %v, %v", removed, err)
	}
	after, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		backup []byte
		want   []string
	}{
		{"a backup made after the removal", after, []string{anna}},
		{"a backup made before it", before, []string{anna, ben}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kv := NewMemKV(0)
			here, _ := Open(kv, t0)
			if err := here.SaveClassResults(ClassResults{Fingerprint: fp, Codes: []string{anna}}); err != nil {
				t.Fatal(err)
			}
			if _, err := here.ApplyImport(mustPlan(t, here, tt.backup)); err != nil {
				t.Fatal(err)
			}
			again, _ := Open(kv, t0)
			if got, _ := again.ClassResults(fp); strings.Join(got.Codes, " ") != strings.Join(tt.want, " ") {
				t.Errorf("after restoring: %d codes, want %d", len(got.Codes), len(tt.want))
			}
		})
	}
}
