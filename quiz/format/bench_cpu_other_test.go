//go:build !unix

package format

import "time"

// processCPU is not measured here: the cpu-s/MiB metric reads 0.
func processCPU() time.Duration { return 0 }
