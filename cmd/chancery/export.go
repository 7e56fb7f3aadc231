package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"chancery/internal/export"
)

func (m *Main) runExport(ctx context.Context, args []string) error {
	fs := m.flags("export", "[--db PATH] --format jsonl|csv [--what events|articles] [-o FILE]")
	db := dbFlag(fs)
	format := fs.String("format", "jsonl", "jsonl (the export contract) or csv")
	what := fs.String("what", "events", "for csv: events or articles")
	out := fs.String("o", "", "output file (default: standard output)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *format != "jsonl" && *format != "csv" {
		return usageError{fmt.Sprintf("unknown format %q (want jsonl or csv)", *format)}
	}
	st, err := m.openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	write := func(w io.Writer) error {
		if *format == "csv" {
			return export.CSV(ctx, st, w, *what)
		}
		return export.JSONL(ctx, st, w)
	}
	if *out == "" || *out == "-" {
		bw := bufio.NewWriter(m.Stdout)
		if err := write(bw); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return bw.Flush()
	}
	// Write next to the target and rename, so a failed export never leaves
	// a truncated file in place of a good one.
	tmp, err := os.CreateTemp(filepath.Dir(*out), ".chancery-export-*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return fmt.Errorf("export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("export: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.Rename(tmp.Name(), *out); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
