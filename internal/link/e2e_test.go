//go:build e2e

package link_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"chancery/internal/news"
	"chancery/internal/pipeline"
	"chancery/internal/sqlite"
)

// TestE2ESeeds runs the whole pipeline on the shared seed articles and
// prints the entities and events the linker made, for a person to read
// (go test -tags e2e -run E2E -v ./internal/link). It asserts nothing that
// other stages decide.
func TestE2ESeeds(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "*.txt"))
	if len(seeds) == 0 {
		t.Skip("no shared seeds")
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "db.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := &pipeline.Runner{Store: st, Now: func() time.Time { return time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC) }}
	if _, err := r.Run(ctx, seeds); err != nil {
		t.Fatal(err)
	}
	st.EachEntity(ctx, func(e *news.Entity) error {
		t.Logf("entity %s %s %q %s %v aliases=%q", e.ID, e.Kind, e.Name, e.Country, e.Roles, e.Aliases)
		return nil
	})
	st.EachEvent(ctx, func(e *news.Event) error {
		var arts []string
		for _, m := range e.Mentions {
			arts = append(arts, m.Article[:4])
		}
		t.Logf("event %s %s/%s %v>%v %v %s %s arts=%d indep=%v [%s]", e.ID, e.Type, e.Mode, e.Source, e.Target, e.Persons, e.Date, e.Place, e.Articles, e.Independent, strings.Join(arts, " "))
		return nil
	})
	st.EachArticle(ctx, func(a *news.Article) error {
		t.Logf("article %s %s shares=%v dup=%q", a.ID[:4], filepath.Base(a.SourceFile), a.SharesTextWith, a.DuplicateOf)
		if a.Analysis != nil {
			for _, e := range a.Analysis.Events {
				t.Logf("   %s %s/%s %v>%v %v %s %s", e.ID, e.Type, e.Mode, e.Source, e.Target, e.Persons, e.Date, e.Place)
			}
		}
		return nil
	})
}
