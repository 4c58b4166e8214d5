//go:build !unix

package main

import "time"

// cpuTime is not measured outside Unix: the docs/cpu-s figure is left out.
func cpuTime() time.Duration { return 0 }
