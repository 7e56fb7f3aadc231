package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"chancery/internal/demo"
	"chancery/internal/news"
	"chancery/internal/sqlite"
	"chancery/internal/synth"
)

var now = time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)

// corpus returns the demo corpus as raw documents.
func corpus(tb testing.TB) []news.Raw {
	tb.Helper()
	var out []news.Raw
	err := fs.WalkDir(demo.FS(), "articles", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(demo.FS(), p)
		if err != nil {
			return err
		}
		out = append(out, news.Raw{SourceFile: p, Format: news.FormatText, Charset: "utf-8", Text: string(b)})
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	if len(out) == 0 {
		tb.Fatal("empty demo corpus")
	}
	return out
}

func TestAnalyzeFillsEveryStage(t *testing.T) {
	var an Analyzer
	for _, raw := range corpus(t) {
		a := an.Analyze(raw, now)
		if len(a.ID) != IDLen || !strings.HasPrefix(a.Hash, a.ID) {
			t.Errorf("%s: id %q not derived from hash %q", raw.SourceFile, a.ID, a.Hash)
		}
		if a.Title == "" || a.Body == "" || a.Lang == "" {
			t.Errorf("%s: title %q, lang %q, body %d bytes", raw.SourceFile, a.Title, a.Lang, len(a.Body))
		}
		if a.Analysis == nil || len(a.Analysis.Sentences) == 0 || len(a.Analysis.Countries) == 0 {
			t.Errorf("%s: analysis incomplete: %+v", raw.SourceFile, a.Analysis)
			continue
		}
		for _, ev := range a.Analysis.Events {
			for _, m := range ev.Mentions {
				if m.Article != a.ID || m.Lang != a.Lang {
					t.Errorf("%s: mention not stamped with article and language: %+v", raw.SourceFile, m)
				}
				if m.End > len(a.Body) || a.Body[m.Start:m.End] != m.Text {
					t.Errorf("%s: mention span does not hold its sentence", raw.SourceFile)
				}
			}
		}
	}
}

// Analyze is deterministic: the same input gives the same article.
func TestAnalyzeDeterministic(t *testing.T) {
	var an Analyzer
	for _, raw := range corpus(t)[:5] {
		a, b := an.Analyze(raw, now), an.Analyze(raw, now)
		if a.Body != b.Body || len(a.Analysis.Events) != len(b.Analysis.Events) || len(a.Analysis.Entities) != len(b.Analysis.Entities) {
			t.Errorf("%s: two runs differ", raw.SourceFile)
		}
	}
}

func TestRunStoresAndSkipsKnownContent(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := demo.WriteCorpus(in); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := &Runner{Store: st, BatchSize: 4, Now: func() time.Time { return now }}
	sum, err := r.Run(ctx, []string{filepath.Join(in, "articles")})
	if err != nil {
		t.Fatal(err)
	}
	n := len(corpus(t))
	if sum.Stored != n || sum.Failed != 0 {
		t.Fatalf("first run: %+v, want %d stored", sum, n)
	}
	sum, err = r.Run(ctx, []string{filepath.Join(in, "articles")})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 0 || sum.Present != n {
		t.Fatalf("second run: %+v, want all %d present", sum, n)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != n || stats.Events == 0 || stats.Entities == 0 {
		t.Errorf("stats %+v", stats)
	}
}

// A cancelled run leaves what it stored consistent, and a re-run completes
// the work without duplicates.
func TestRunCancelledThenResumed(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := demo.WriteCorpus(in); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	r := &Runner{Store: st, BatchSize: 2, Now: func() time.Time { return now }}
	batches := 0
	r.Progress = func(p Progress) {
		batches++
		if batches == 2 {
			cancel()
		}
	}
	if _, err := r.Run(ctx, []string{filepath.Join(in, "articles")}); err == nil {
		t.Fatal("cancelled run returned no error")
	}
	r.Progress = nil
	sum, err := r.Run(context.Background(), []string{filepath.Join(in, "articles")})
	if err != nil {
		t.Fatal(err)
	}
	n := len(corpus(t))
	if sum.Stored+sum.Present != n {
		t.Fatalf("resumed run: %+v, want stored+present = %d", sum, n)
	}
	stats, _ := st.Stats(context.Background())
	if stats.Articles != n {
		t.Errorf("%d articles stored, want %d", stats.Articles, n)
	}
}

// TestOrderDoesNotMatter: ingest is incremental, so the articles of a corpus
// may come in any order, one run or several; the people and events the
// database ends with must not depend on it. Each order below is ingested one
// file per run, the hardest case for the linker (nothing is seen ahead).
func TestOrderDoesNotMatter(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := demo.WriteCorpus(in); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(in, "articles", "*"))
	if err != nil || len(files) < 10 {
		t.Fatalf("corpus files: %v, %v", files, err)
	}
	sort.Strings(files)
	reversed := slices.Clone(files)
	slices.Reverse(reversed)
	// Odd positions first, then even: reports of one story arrive apart.
	var interleaved []string
	for _, start := range []int{1, 0} {
		for i := start; i < len(files); i += 2 {
			interleaved = append(interleaved, files[i])
		}
	}
	var want partition
	for n, order := range [][]string{files, reversed, interleaved} {
		ctx := context.Background()
		st, err := sqlite.Open(ctx, filepath.Join(dir, fmt.Sprintf("o%d.db", n)))
		if err != nil {
			t.Fatal(err)
		}
		r := &Runner{Store: st, Now: func() time.Time { return now }}
		for _, f := range order {
			if _, err := r.Run(ctx, []string{f}); err != nil {
				t.Fatal(err)
			}
		}
		got := partitionOf(t, st)
		st.Close()
		if n == 0 {
			want = got
			continue
		}
		for _, d := range want.diff(got) {
			t.Errorf("order %d: %s", n, d)
		}
	}
}

// partition is what a database says is one: the names of each person, and
// the reports (file and sentence) of each event, in a form that does not
// depend on ids.
type partition struct{ people, events []string }

func partitionOf(t *testing.T, st *sqlite.Store) partition {
	t.Helper()
	ctx := context.Background()
	files := map[string]string{}
	var p partition
	st.EachArticle(ctx, func(a *news.Article) error {
		files[a.ID] = filepath.Base(a.SourceFile)
		return nil
	})
	st.EachEntity(ctx, func(e *news.Entity) error {
		if e.Kind == news.KindPerson {
			names := slices.Sorted(slices.Values(append([]string{e.Name}, e.Aliases...)))
			p.people = append(p.people, strings.Join(slices.Compact(names), " | "))
		}
		return nil
	})
	st.EachEvent(ctx, func(e *news.Event) error {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, fmt.Sprintf("%s@%d", files[m.Article], m.Start))
		}
		slices.Sort(ms)
		p.events = append(p.events, e.Type+" "+strings.Join(slices.Compact(ms), " "))
		return nil
	})
	slices.Sort(p.people)
	slices.Sort(p.events)
	return p
}

// diff lists what one partition has and the other lacks.
func (p partition) diff(q partition) []string {
	var out []string
	for _, x := range [][3]any{{"person", p.people, q.people}, {"event", p.events, q.events}} {
		a, b := x[1].([]string), x[2].([]string)
		for _, s := range a {
			if !slices.Contains(b, s) {
				out = append(out, fmt.Sprintf("lost %s %s", x[0], s))
			}
		}
		for _, s := range b {
			if !slices.Contains(a, s) {
				out = append(out, fmt.Sprintf("new %s %s", x[0], s))
			}
		}
	}
	return out
}

// BenchmarkAnalyze is the per-article work on one core: clean, language,
// sentences, actors, events. Compare runs with benchstat.
func BenchmarkAnalyze(b *testing.B) {
	docs := corpus(b)
	if dir := os.Getenv("CHANCERY_BENCH_DIR"); dir != "" {
		docs = readDir(b, dir)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var an Analyzer
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		an.Analyze(docs[i%len(docs)], now)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkIngest adds storing and linking (one transaction per batch of
// 64) on a synthetic multilingual corpus with planted same-event reports,
// syndicated copies and duplicates (internal/synth), as a real feed has.
func BenchmarkIngest(b *testing.B) {
	var buf bytes.Buffer
	if err := synth.Write(&buf, synth.Options{N: 20000, Seed: 7}); err != nil {
		b.Fatal(err)
	}
	var docs []news.Raw
	for i, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var rec synth.Record
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, news.Raw{SourceFile: "synth.jsonl", Item: i + 1, Format: news.FormatJSONL,
			URL: rec.URL, Title: rec.Title, Published: rec.Published, Text: rec.Text})
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	var an Analyzer
	r := &Runner{Store: st}
	b.ReportAllocs()
	b.ResetTimer()
	batch := make([]*news.Article, 0, 64)
	for i := 0; i < b.N; i++ {
		raw := docs[i%len(docs)]
		if i >= len(docs) { // a later lap: new content, so each one is really stored
			raw.URL += "#" + strconv.Itoa(i/len(docs))
		}
		batch = append(batch, an.Analyze(raw, now))
		if len(batch) == cap(batch) || i == b.N-1 {
			if _, _, err := r.store(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func readDir(b *testing.B, dir string) []news.Raw {
	var out []news.Raw
	ents, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, news.Raw{SourceFile: e.Name(), Format: news.FormatText, Text: string(data)})
	}
	return out
}
