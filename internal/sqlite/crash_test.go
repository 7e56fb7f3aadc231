package sqlite

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"chancery/internal/news"
)

const crashEnv = "CHANCERY_SQLITE_CRASH_DB"

// TestKilledWriter kills a process in the middle of writing batches and
// checks that the database it leaves is intact, holds only whole batches,
// and that its full-text indexes agree with their tables.
func TestKilledWriter(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(path)
		return
	}
	if testing.Short() {
		t.Skip("spawns a process")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWriter$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill a little after the child's first commit, mid-stream.
	deadline := time.Now().Add(20 * time.Second)
	for {
		if _, err := os.Stat(path + ".ready"); err == nil {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("child never committed")
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(150 * time.Millisecond)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()

	ctx := context.Background()
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var check string
	if err := st.rdb.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q, %v", check, err)
	}
	s, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Articles == 0 {
		t.Skip("the child wrote nothing before it was killed (slow machine)")
	}
	if s.Articles%crashBatch != 0 || s.Quotes != s.Articles || s.Events != s.Articles/crashBatch {
		t.Errorf("after kill: %+v, want whole batches of %d", s, crashBatch)
	}
	for _, fts := range []string{"articles_fts", "mentions_fts", "quotes_fts"} {
		if _, err := st.wc.ExecContext(ctx, fmt.Sprintf(`INSERT INTO %[1]s(%[1]s) VALUES ('integrity-check')`, fts)); err != nil {
			t.Errorf("%s: %v", fts, err)
		}
	}
	t.Logf("killed after %d articles", s.Articles)
}

const crashBatch = 10

func crashChild(path string) {
	ctx := context.Background()
	st, err := Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	for b := 0; ; b++ {
		err := st.Update(ctx, func(tx news.Tx) error {
			var ms []news.Mention
			for i := range crashBatch {
				id := fmt.Sprintf("b%d-%d", b, i)
				a := &news.Article{ID: id, Hash: id, Lang: "en", Title: "Batch " + id,
					Body:     "The delegations met and signed an agreement on grain exports.",
					Analysis: &news.Analysis{Quotes: []news.Quote{{Text: "A good day"}}}}
				if err := tx.PutArticle(a); err != nil {
					return err
				}
				ms = append(ms, news.Mention{Article: id, Text: "The delegations met."})
			}
			return tx.PutEvent(&news.Event{ID: fmt.Sprintf("v%d", b), Type: news.Agree, Mentions: ms}, nil)
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if b == 0 {
			os.WriteFile(path+".ready", nil, 0o644)
		}
	}
}
