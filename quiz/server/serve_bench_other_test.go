//go:build !wasm && !unix

package server

import "time"

// processCPU is not measured here: cpu-µs/req reads 0.
func processCPU() time.Duration { return 0 }
