//go:build !linux

package main

import "time"

// threadCPU is not measured outside Linux; bench reports wall time only.
func threadCPU() (time.Duration, bool) { return 0, false }

// writtenBytes is not measured outside Linux.
func writtenBytes() (int64, bool) { return 0, false }
