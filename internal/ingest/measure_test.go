package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

func TestMeasureTrafilatura(t *testing.T) {
	dir := os.Getenv("TRAF_DIR")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(files) > 150 {
		files = files[:150]
	}
	var durs []time.Duration
	r := &Reader{}
	errs, short := 0, 0
	var total int64
	for _, f := range files {
		st, _ := os.Stat(f)
		total += st.Size()
		start := time.Now()
		r.ReadFile(context.Background(), f, func(it Item) error {
			if it.Err != nil {
				errs++
				fmt.Println("ERR", it.Err)
				return nil
			}
			if false {
				short++
			}
			if false {
				tx := it.Raw.Text
				if len(tx) > 400 {
					tx = tx[:400]
				}
				fmt.Printf("%s title=%q pub=%s lang=%s site=%q url=%s cs=%s\n  %q\n", filepath.Base(f), it.Raw.Title, it.Raw.Published, it.Raw.Lang, it.Raw.Site, it.Raw.URL, it.Raw.Charset, tx)
			}
			return nil
		})
		durs = append(durs, time.Since(start))
	}
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	var sum time.Duration
	for _, d := range durs {
		sum += d
	}
	n := len(durs)
	fmt.Printf("pages=%d avgsize=%dKB mean=%v p50=%v p90=%v max=%v errs=%d short=%d\n", n, total/int64(n)/1024, sum/time.Duration(n), durs[n/2], durs[n*9/10], durs[n-1], errs, short)
}
