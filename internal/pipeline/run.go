package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"chancery/internal/ingest"
	"chancery/internal/link"
	"chancery/internal/news"
)

// Failure is an input that could not be read or stored.
type Failure struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Summary is what an ingest run did.
type Summary struct {
	Read     int       `json:"read"`    // documents read
	Stored   int       `json:"stored"`  // new articles stored
	Present  int       `json:"present"` // already in the database (same content)
	Failed   int       `json:"failed"`
	Failures []Failure `json:"failures"`
	Elapsed  time.Duration
}

// Progress is reported after every batch.
type Progress struct {
	Files    int // documents read so far
	Stored   int
	Present  int
	Failed   int
	Current  string // last file read
	Elapsed  time.Duration
	Finished bool
}

// Runner reads inputs, analyses them and stores them. The zero value needs
// only Store.
type Runner struct {
	Store     news.Store
	Reader    ingest.Reader
	Analyzer  Analyzer
	BatchSize int // articles per write transaction; 0 means 64
	Workers   int // analysis goroutines; 0 means GOMAXPROCS
	Logger    *slog.Logger
	Progress  func(Progress)
	Now       func() time.Time
}

func (r *Runner) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

// Run ingests every path. Input failures are counted in the summary, not
// returned: the error is for infrastructure failure and cancellation.
func (r *Runner) Run(ctx context.Context, paths []string) (Summary, error) {
	start := r.now()
	var sum Summary
	log := r.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	size := r.BatchSize
	if size <= 0 {
		size = 64
	}
	var batch []news.Raw
	current := ""
	report := func(done bool) {
		if r.Progress != nil {
			r.Progress(Progress{Files: sum.Read + sum.Failed, Stored: sum.Stored, Present: sum.Present,
				Failed: sum.Failed, Current: current, Elapsed: r.now().Sub(start), Finished: done})
		}
	}
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		arts := r.analyze(batch)
		stored, present, err := r.store(ctx, arts)
		if err != nil {
			return err
		}
		sum.Stored += stored
		sum.Present += present
		batch = batch[:0]
		report(false)
		return nil
	}
	r.Reader.Logger = log
	err := r.Reader.Walk(ctx, paths, func(it ingest.Item) error {
		if it.Err != nil {
			sum.Failed++
			sum.Failures = append(sum.Failures, failure(it.Err))
			log.Warn("input failed", "err", it.Err)
			return nil
		}
		sum.Read++
		current = it.Raw.SourceFile
		batch = append(batch, *it.Raw)
		if len(batch) >= size {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	sum.Elapsed = r.now().Sub(start)
	report(true)
	return sum, err
}

func failure(err error) Failure {
	var e *news.Error
	if errors.As(err, &e) {
		msg := e.Message
		if msg == "" && e.Err != nil {
			msg = e.Err.Error()
		}
		if e.Op != "" {
			msg = e.Op + ": " + msg
		}
		return Failure{Path: e.Path, Reason: msg}
	}
	return Failure{Reason: err.Error()}
}

// analyze runs Analyze over a batch on several goroutines, keeping order so
// that ids handed out while linking are the same on every run.
func (r *Runner) analyze(batch []news.Raw) []*news.Article {
	out := make([]*news.Article, len(batch))
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	now := r.now()
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = r.analyzeOne(batch[i], now)
			}
		}()
	}
	for i := range batch {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// analyzeOne shields the run from a stage's bug: a panic on one article
// becomes a note, never a crash of the whole ingest.
func (r *Runner) analyzeOne(raw news.Raw, now time.Time) (a *news.Article) {
	defer func() {
		if p := recover(); p != nil {
			if a == nil {
				a = &news.Article{SourceFile: raw.SourceFile, Item: raw.Item, Format: raw.Format, Body: raw.Text}
				a.Hash = Hash(raw)
				a.ID = a.Hash[:IDLen]
				a.IngestedAt = now.UTC()
			}
			a.Analysis = &news.Analysis{Countries: []string{}, Entities: []news.Entity{}, Quotes: []news.Quote{}, Events: []news.Event{}}
			a.Notes = append(a.Notes, fmt.Sprintf("analysis failed: %v", p))
		}
	}()
	return r.Analyzer.Analyze(raw, now)
}

// store links and writes a batch in one transaction: all of it lands or
// none, so a run killed at any moment leaves a consistent database and a
// re-run completes the work.
func (r *Runner) store(ctx context.Context, arts []*news.Article) (stored, present int, err error) {
	err = r.Store.Update(ctx, func(tx news.Tx) error {
		stored, present = 0, 0
		seen := map[string]bool{}
		for _, a := range arts {
			if err := ctx.Err(); err != nil {
				return err
			}
			if seen[a.Hash] {
				present++
				continue
			}
			seen[a.Hash] = true
			id, err := tx.ArticleIDByHash(a.Hash)
			if err != nil {
				return fmt.Errorf("look up %s: %w", a.SourceFile, err)
			}
			if id != "" {
				present++
				continue
			}
			if err := link.Article(tx, a); err != nil {
				return fmt.Errorf("link %s: %w", a.SourceFile, err)
			}
			if err := tx.PutArticle(a); err != nil {
				return fmt.Errorf("store %s: %w", a.SourceFile, err)
			}
			stored++
		}
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("store batch: %w", err)
	}
	return stored, present, nil
}
