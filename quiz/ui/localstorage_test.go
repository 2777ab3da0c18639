package ui

import (
	"errors"
	"strings"
	"testing"

	"factquiz/quiz/store"
)

// TestLocalStorageError: only a quota error is "storage is full"; a
// refusal for another reason (site data blocked, read-only storage) says
// the browser does not let the app save.
func TestLocalStorageError(t *testing.T) {
	for _, tt := range []struct {
		thrown string
		full   bool
	}{
		{"JavaScript error: Failed to execute 'setItem' on 'Storage': Setting the value of 'k' exceeded the quota.", true},
		{"QuotaExceededError: The quota has been exceeded.", true},
		{"NS_ERROR_DOM_QUOTA_REACHED", true},
		{"SecurityError: The operation is insecure.", false},
		{"JavaScript error: Access is denied for this document.", false},
		{"InvalidStateError: storage is read-only", false},
	} {
		err := localStorageError(tt.thrown)
		if errors.Is(err, store.ErrQuotaFull) != tt.full {
			t.Errorf("%q: %v, full storage %v; want %v", tt.thrown, err, !tt.full, tt.full)
		}
		if !tt.full && !strings.Contains(err.Error(), "this browser does not let the app save") {
			t.Errorf("%q: %q does not say the browser does not let the app save", tt.thrown, err)
		}
		saveErr := (&store.SaveError{What: "your result", Err: err}).Error()
		if strings.Contains(saveErr, "full") != tt.full {
			t.Errorf("%q: the learner reads %q", tt.thrown, saveErr)
		}
	}
}
