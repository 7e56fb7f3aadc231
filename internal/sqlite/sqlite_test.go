package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"chancery/internal/news"
	"chancery/internal/sqlite"
	"chancery/internal/storetest"
)

func open(t testing.TB) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "chancery.db"))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) news.Store { return open(t) })
}

// TestConformanceListPlan runs the suite with Events always listing and
// sorting the selected events (small test stores otherwise always walk the
// date index), so both plans are held to the same results.
func TestConformanceListPlan(t *testing.T) {
	defer sqlite.SetMaxWalk(-1)()
	storetest.Run(t, func(t *testing.T) news.Store { return open(t) })
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "chancery.db")
	for i := range 3 {
		st, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		err = st.Update(ctx, func(tx news.Tx) error {
			id, err := tx.NewID("e")
			if err != nil {
				return err
			}
			if want := fmt.Sprintf("e%d", i+1); id != want {
				return fmt.Errorf("NewID after reopen %d: got %s, want %s", i, id, want)
			}
			return tx.PutArticle(&news.Article{ID: fmt.Sprintf("a%d", i), Hash: fmt.Sprintf("h%d", i), Body: "x"})
		})
		if err != nil {
			t.Fatal(err)
		}
		s, err := st.Stats(ctx)
		if err != nil || s.Articles != i+1 {
			t.Errorf("open %d: got %d articles, %v, want %d", i, s.Articles, err, i+1)
		}
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
		if err := st.Close(); err != nil {
			t.Errorf("second Close: %v", err)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	for _, path := range []string{"", "a?b.db", filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")} {
		if st, err := sqlite.Open(ctx, path); err == nil {
			st.Close()
			t.Errorf("Open(%q): got nil error", path)
		}
	}
}

func TestNow(t *testing.T) {
	st := open(t)
	defer st.Close()
	fixed := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	st.Now = func() time.Time { return fixed }
	ctx := context.Background()
	err := st.Update(ctx, func(tx news.Tx) error {
		if got := tx.Now(); !got.Equal(fixed) {
			return fmt.Errorf("Tx.Now: got %v, want %v", got, fixed)
		}
		return tx.PutArticle(&news.Article{ID: "a1", Hash: "h1", Body: "x"}) // no IngestedAt: the store's clock
	})
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Article(ctx, "a1")
	if err != nil || !a.IngestedAt.Equal(fixed) {
		t.Errorf("IngestedAt: got %v, %v, want %v", a.IngestedAt, err, fixed)
	}
}

// Several writers and readers at once: writes serialize, reads never fail
// and never see half a batch.
func TestConcurrent(t *testing.T) {
	st := open(t)
	defer st.Close()
	ctx := context.Background()
	const writers, batches, per = 3, 5, 4
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				err := st.Update(ctx, func(tx news.Tx) error {
					for i := range per {
						id := fmt.Sprintf("w%d-b%d-%d", w, b, i)
						if err := tx.PutArticle(&news.Article{ID: id, Hash: id, Lang: "en", Body: "text"}); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 20 {
			s, err := st.Stats(ctx)
			if err != nil {
				errs <- err
				return
			}
			if s.Articles%per != 0 {
				errs <- fmt.Errorf("reader saw %d articles: half a batch", s.Articles)
			}
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	s, _ := st.Stats(ctx)
	if want := writers * batches * per; s.Articles != want {
		t.Errorf("got %d articles, want %d", s.Articles, want)
	}
}
