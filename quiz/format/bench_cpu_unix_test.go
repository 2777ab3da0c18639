//go:build unix

package format

import (
	"syscall"
	"time"
)

// processCPU is the user and system time this process has used: on a
// shared machine it moves less with the others' load than wall time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
