package web

import (
	"context"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"chancery/internal/sqlite"
)

func BenchmarkZZ(b *testing.B) {
	p := os.Getenv("ZZDB")
	if p == "" {
		b.Skip()
	}
	st, err := sqlite.Open(context.Background(), p)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	h := New(st, Options{}).Handler()
	for _, u := range strings.Fields(os.Getenv("ZZURL")) {
		b.Run(u, func(b *testing.B) {
			for b.Loop() {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest("GET", u, nil))
				if w.Code != 200 {
					b.Fatal(w.Code)
				}
			}
		})
	}
}
