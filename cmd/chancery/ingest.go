package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"chancery/internal/pipeline"
)

func stderrIsTerminal() bool { return term.IsTerminal(int(os.Stderr.Fd())) }

func (m *Main) runIngest(ctx context.Context, args []string) error {
	fs := m.flags("ingest", "[--db PATH] [--max-size BYTES] [--batch N] PATH...")
	db := dbFlag(fs)
	maxSize := fs.Int64("max-size", 10<<20, "refuse files larger than this many bytes")
	batch := fs.Int("batch", 64, "articles per write transaction")
	workers := fs.Int("workers", 0, "analysis goroutines (0: one per core)")
	verbose := fs.Bool("v", false, "log every failure as it happens")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageError{"no input: give files or folders to read"}
	}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			// A missing input is a failure of that input, reported in the
			// summary; the run goes on with the others.
			continue
		}
	}
	st, err := m.open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *cpuprofile != "" {
		stop, err := startProfile(*cpuprofile)
		if err != nil {
			return err
		}
		defer stop()
	}

	r := &pipeline.Runner{Store: st, BatchSize: *batch, Workers: *workers, Logger: m.logger(*verbose), Now: m.Now}
	r.Reader.MaxSize = *maxSize
	p := newProgress(m.Stderr, m.IsTerminal != nil && m.IsTerminal(), m.Now)
	r.Progress = p.update
	sum, err := r.Run(ctx, paths)
	p.done()
	printSummary(m.Stdout, sum, *db)
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return exitError{exitFailed}
	}
	return nil
}

func printSummary(w io.Writer, s pipeline.Summary, db string) {
	rate := ""
	if secs := s.Elapsed.Seconds(); secs > 0 && s.Read > 0 {
		rate = fmt.Sprintf(" in %.1fs (%.0f articles/s)", secs, float64(s.Read)/secs)
	}
	fmt.Fprintf(w, "ingest into %s: %d stored, %d already present, %d failed%s\n", db, s.Stored, s.Present, s.Failed, rate)
	for _, f := range s.Failures {
		fmt.Fprintf(w, "  failed: %s: %s\n", f.Path, f.Reason)
	}
}

// progress draws a bar on a terminal and plain log lines elsewhere (at most
// one every few seconds, so a CI log stays readable).
type progress struct {
	w        io.Writer
	tty      bool
	now      func() time.Time
	last     time.Time
	drawn    bool
	lastLine string
}

func newProgress(w io.Writer, tty bool, now func() time.Time) *progress {
	return &progress{w: w, tty: tty, now: now, last: now()}
}

func (p *progress) update(pr pipeline.Progress) {
	t := p.now()
	rate := 0.0
	if s := pr.Elapsed.Seconds(); s > 0 {
		rate = float64(pr.Files) / s
	}
	if p.tty {
		if t.Sub(p.last) < 100*time.Millisecond && !pr.Finished {
			return
		}
		p.last = t
		spin := strings.Repeat("=", pr.Files/64%20) + ">"
		line := fmt.Sprintf("\r[%-21s] %d read, %d stored, %d present, %d failed, %.0f/s", spin, pr.Files, pr.Stored, pr.Present, pr.Failed, rate)
		fmt.Fprint(p.w, line+"\x1b[K")
		p.drawn = true
		return
	}
	if t.Sub(p.last) < 5*time.Second || pr.Finished {
		return
	}
	p.last = t
	fmt.Fprintf(p.w, "progress: %d read, %d stored, %d present, %d failed, %.0f articles/s\n", pr.Files, pr.Stored, pr.Present, pr.Failed, rate)
}

func (p *progress) done() {
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
