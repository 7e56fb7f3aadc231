package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"time"

	"chancery/internal/ingest"
	"chancery/internal/news"
	"chancery/internal/pipeline"
	"chancery/internal/synth"
)

// runBench measures what users feel: articles per second for the analysis
// stages on one core (with the share of each stage), and, with --store,
// incremental ingest into a database, reporting time per article as the
// database grows.
func (m *Main) runBench(ctx context.Context, args []string) error {
	fs := m.flags("bench", "[--repeat N] PATH... | --store --db PATH [--every N] CORPUS.jsonl")
	repeat := fs.Int("repeat", 1000, "analyse every document this many times")
	store := fs.Bool("store", false, "ingest into a database and report time per article as it grows")
	db := fs.String("db", "chancery-bench.db", "database for --store (replaced)")
	every := fs.Int("every", 10000, "with --store: report every this many articles")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to this file")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageError{"give files or folders to measure"}
	}
	if *cpuprofile != "" {
		stop, err := startProfile(*cpuprofile)
		if err != nil {
			return err
		}
		defer stop()
	}
	if *store {
		return m.benchStore(ctx, *db, *every, paths)
	}
	var docs []news.Raw
	var rd ingest.Reader
	if err := rd.Walk(ctx, paths, func(it ingest.Item) error {
		if it.Raw != nil {
			docs = append(docs, *it.Raw)
		}
		return nil
	}); err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("no readable documents in %v", paths)
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	an := &pipeline.Analyzer{Timings: map[string]time.Duration{}}
	now := m.Now()
	start := time.Now()
	n := 0
	var ms runtime.MemStats
	for i := 0; i < *repeat; i++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		for _, d := range docs {
			an.Analyze(d, now)
			n++
		}
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(m.Stdout, "analysed %d articles (%d documents x %d) on one core in %.2fs: %.0f articles/s\n",
		n, len(docs), *repeat, elapsed.Seconds(), float64(n)/elapsed.Seconds())
	var total time.Duration
	for _, d := range an.Timings {
		total += d
	}
	for _, s := range pipeline.Stages {
		d := an.Timings[s]
		fmt.Fprintf(m.Stdout, "  %-10s %5.1f%%  %8.1f µs/article\n", s, 100*float64(d)/float64(total), float64(d.Microseconds())/float64(n))
	}
	fmt.Fprintf(m.Stdout, "heap in use at end: %.1f MiB\n", float64(ms.HeapInuse)/(1<<20))
	return nil
}

func (m *Main) benchStore(ctx context.Context, db string, every int, paths []string) error {
	if err := replaceDB(db); err != nil {
		return usageError{err.Error()}
	}
	st, err := m.open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	r := &pipeline.Runner{Store: st, Logger: m.logger(false), BatchSize: 256}
	var marks []time.Duration
	next := every
	start := time.Now()
	lastT, lastN := start, 0
	r.Progress = func(p pipeline.Progress) {
		done := p.Stored + p.Present
		if done > lastN && (done >= next || p.Finished) {
			t := time.Now()
			per := t.Sub(lastT) / time.Duration(max(1, done-lastN))
			marks = append(marks, per)
			fmt.Fprintf(m.Stdout, "%7d articles: %8.2f ms/article over the last %d (%.0f articles/s)\n",
				done, float64(per.Microseconds())/1000, done-lastN, float64(done-lastN)/t.Sub(lastT).Seconds())
			lastT, lastN = t, done
			for next <= done {
				next += every
			}
		}
	}
	sum, err := r.Run(ctx, paths)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "stored %d, present %d, failed %d in %.1fs\n", sum.Stored, sum.Present, sum.Failed, time.Since(start).Seconds())
	if len(marks) >= 2 {
		fmt.Fprintf(m.Stdout, "per-article time, last window / first window: %.2f\n", float64(marks[len(marks)-1])/float64(marks[0]))
	}
	return nil
}

// runSynth writes a synthetic corpus (JSON Lines) for benchmarks.
func (m *Main) runSynth(ctx context.Context, args []string) error {
	fs := m.flags("synth", "[--n 100000] [--seed 1] -o FILE.jsonl")
	n := fs.Int("n", 100000, "articles")
	seed := fs.Uint64("seed", 1, "random seed (same seed, same corpus)")
	perDay := fs.Int("per-day", 50, "articles a day in the feed (time-ordered); -1 spreads dates uniformly over six years")
	out := fs.String("o", "", "output file")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usageError{"-o FILE is required"}
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := synth.Write(f, synth.Options{N: *n, Seed: *seed, PerDay: *perDay}); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "wrote %d synthetic articles to %s\n", *n, *out)
	return nil
}

// startProfile writes a CPU profile to path until stop is called.
func startProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
