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
	batch := fs.Int("batch", 256, "with --store: articles per write transaction")
	keep := fs.Bool("keep", false, "with --store: add to the database at --db instead of replacing it (to time the same articles into databases of different sizes)")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to this file")
	windowProfiles := fs.String("window-profiles", "", "with --store: write one CPU profile per report window into this folder (window-<articles>.prof), to compare where time goes as the database grows")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageError{"give files or folders to measure"}
	}
	if *cpuprofile != "" && *windowProfiles != "" {
		return usageError{"--cpuprofile and --window-profiles exclude each other"}
	}
	if *cpuprofile != "" {
		stop, err := startProfile(*cpuprofile)
		if err != nil {
			return err
		}
		defer stop()
	}
	if *store {
		return m.benchStore(ctx, *db, *every, *batch, *keep, *windowProfiles, paths)
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

func (m *Main) benchStore(ctx context.Context, db string, every, batch int, keep bool, profDir string, paths []string) error {
	if !keep {
		if err := replaceDB(db); err != nil {
			return usageError{err.Error()}
		}
	}
	// One profile per window: a profile of the whole run cannot show what
	// grows between the first window and the last.
	var stopProf func()
	window := func(name string) error {
		if profDir == "" {
			return nil
		}
		if stopProf != nil {
			stopProf()
			stopProf = nil
		}
		if name == "" {
			return nil
		}
		if err := os.MkdirAll(profDir, 0o755); err != nil {
			return fmt.Errorf("window profiles: %w", err)
		}
		stop, err := startProfile(filepath.Join(profDir, name))
		if err != nil {
			return fmt.Errorf("window profiles: %w", err)
		}
		stopProf = stop
		return nil
	}
	defer window("")
	var profErr error
	st, err := m.open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	ts := &timedStore{Store: st}
	r := &pipeline.Runner{Store: ts, Logger: m.logger(false), BatchSize: batch}
	var marks, storeMarks, cpuMarks []time.Duration
	var lastStore, lastCPU time.Duration
	lastW, _ := writtenBytes()
	next := every
	start := time.Now()
	lastT, lastN := start, 0
	r.Progress = func(p pipeline.Progress) {
		done := p.Stored + p.Present
		if done > lastN && (done >= next || p.Finished) {
			t := time.Now()
			n := time.Duration(max(1, done-lastN))
			per := t.Sub(lastT) / n
			perStore := (ts.d - lastStore) / n
			perCPU := (ts.cpu - lastCPU) / n
			marks = append(marks, per)
			storeMarks = append(storeMarks, perStore)
			cpuMarks = append(cpuMarks, perCPU)
			written := ""
			if w, ok := writtenBytes(); ok {
				written = fmt.Sprintf(", %.0f KiB written", float64(w-lastW)/1024/float64(n))
				lastW = w
			}
			fmt.Fprintf(m.Stdout, "%7d articles: %8.2f ms/article over the last %d (%.0f articles/s); link+store %.2f ms/article, %.2f ms CPU%s\n",
				done, float64(per.Microseconds())/1000, done-lastN, float64(done-lastN)/t.Sub(lastT).Seconds(),
				float64(perStore.Microseconds())/1000, float64(perCPU.Microseconds())/1000, written)
			lastT, lastN, lastStore, lastCPU = t, done, ts.d, ts.cpu
			for next <= done {
				next += every
			}
			name := fmt.Sprintf("window-%07d.prof", next)
			if p.Finished {
				name = ""
			}
			if err := window(name); err != nil && profErr == nil {
				profErr = err
			}
		}
	}
	if err := window(fmt.Sprintf("window-%07d.prof", every)); err != nil {
		return err
	}
	sum, err := r.Run(ctx, paths)
	if err != nil {
		return err
	}
	if profErr != nil {
		return profErr
	}
	fmt.Fprintf(m.Stdout, "stored %d, present %d, failed %d in %.1fs\n", sum.Stored, sum.Present, sum.Failed, time.Since(start).Seconds())
	if len(marks) >= 2 {
		ratio := func(ms []time.Duration) float64 { return float64(ms[len(ms)-1]) / float64(max(1, ms[0])) }
		fmt.Fprintf(m.Stdout, "per-article time, last window / first window: %.2f (link+store alone: %.2f; its CPU time: %.2f)\n",
			ratio(marks), ratio(storeMarks), ratio(cpuMarks))
	}
	return nil
}

// timedStore adds up the time spent in Update (linking and writing a
// batch), the part of ingest that could grow with the database; analysis
// costs the same per article whatever the database holds.
// cpu is the CPU time of the same (Linux: the thread running Update,
// which does all of SQLite's work, since modernc.org/sqlite runs on the
// caller's goroutine); it is steadier than wall time on a loaded machine.
type timedStore struct {
	news.Store
	d, cpu time.Duration
}

func (s *timedStore) Update(ctx context.Context, fn func(news.Tx) error) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	c0, ok0 := threadCPU()
	t := time.Now()
	err := s.Store.Update(ctx, fn)
	s.d += time.Since(t)
	if c1, ok1 := threadCPU(); ok0 && ok1 {
		s.cpu += c1 - c0
	}
	return err
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
