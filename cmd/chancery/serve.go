package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"chancery/internal/demo"
	"chancery/internal/export"
	"chancery/internal/news"
	"chancery/internal/pipeline"
	"chancery/internal/web"
)

func (m *Main) runServe(ctx context.Context, args []string) error {
	fs := m.flags("serve", "[--db PATH] [--addr 127.0.0.1:8080] [--token-file FILE]")
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address (loopback by default)")
	tokenFile := fs.String("token-file", "", "file holding the bearer token that enables the write endpoints (entity merge/split); also $CHANCERY_TOKEN")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	st, err := m.openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	token := os.Getenv("CHANCERY_TOKEN")
	if *tokenFile != "" {
		b, err := os.ReadFile(*tokenFile)
		if err != nil {
			return fmt.Errorf("read token: %w", err)
		}
		token = string(trimSpace(b))
	}
	return m.serve(ctx, st, *addr, token)
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r' || b[len(b)-1] == ' ') {
		b = b[:len(b)-1]
	}
	return b
}

func (m *Main) serve(ctx context.Context, st news.Store, addr, token string) error {
	srv := web.New(st, web.Options{
		Token:  token,
		Logger: m.logger(false),
		ExportJSONL: func(ctx context.Context, w io.Writer) error {
			return export.JSONL(ctx, st, w)
		},
		ExportCSV: func(ctx context.Context, w io.Writer) error {
			return export.CSV(ctx, st, w, "events")
		},
	})
	hs := srv.HTTPServer(addr)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	fmt.Fprintf(m.Stdout, "chancery: serving http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return hs.Shutdown(sctx)
	}
}

// runDemo ingests the demo corpus embedded in the binary into a fresh
// database and serves it: the quickest way to see what chancery does.
func (m *Main) runDemo(ctx context.Context, args []string) error {
	fs := m.flags("demo", "[--db PATH] [--addr 127.0.0.1:8080] [--no-serve]")
	db := fs.String("db", "chancery-demo.db", "database file to create (replaced if it exists)")
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	noServe := fs.Bool("no-serve", false, "only build the database")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "chancery-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := demo.WriteCorpus(dir); err != nil {
		return fmt.Errorf("demo corpus: %w", err)
	}
	if err := replaceDB(*db); err != nil {
		return usageError{err.Error()}
	}
	st, err := m.open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	r := &pipeline.Runner{Store: st, Logger: m.logger(false), Now: m.Now}
	sum, err := r.Run(ctx, []string{filepath.Join(dir, "articles")})
	if err != nil {
		return err
	}
	printSummary(m.Stdout, sum, *db)
	if *noServe {
		return nil
	}
	return m.serve(ctx, st, *addr, "")
}
