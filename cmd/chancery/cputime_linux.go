package main

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// rusageThread is RUSAGE_THREAD (linux only): the calling thread's usage.
const rusageThread = 1

// threadCPU returns the CPU time (user and system) the calling OS thread
// has used; the caller locks its goroutine to the thread. Under a loaded
// machine it is steadier than wall time, which counts time spent waiting
// for a core.
func threadCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}

// writtenBytes returns the bytes this process has written through system
// calls (the WAL, checkpoints into the database), from /proc/self/io: how
// many pages a batch dirties does not depend on how loaded the machine is.
func writtenBytes() (int64, bool) {
	b, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "wchar:"); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			return n, err == nil
		}
	}
	return 0, false
}
