//go:build !unix

package sqlite_test

import "time"

// cpuTime is not measured here: benchmarks leave out what needs it.
func cpuTime() time.Duration { return 0 }
