package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
	"time"

	"chancery/internal/news"
	"chancery/internal/sqlite"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailed  = 1 // some inputs failed, or the command failed
	exitUsage   = 2
	defaultDB   = "chancery.db"
	envDB       = "CHANCERY_DB"
	usageHeader = `chancery turns news articles into a sourced database of political and diplomatic events.

usage: chancery <command> [flags] [args]

commands:
`
)

// Main is the program: the subcommands, their I/O and the clock.
type Main struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Now            func() time.Time
	// IsTerminal reports whether progress may be drawn as a bar.
	IsTerminal func() bool
	commands   map[string]command
}

type command struct {
	summary string
	run     func(ctx context.Context, args []string) error
}

// NewMain returns a Main wired to the process's standard streams.
func NewMain() *Main {
	m := &Main{Stdout: os.Stdout, Stderr: os.Stderr, Stdin: os.Stdin, Now: time.Now, IsTerminal: stderrIsTerminal}
	m.commands = map[string]command{
		"ingest":   {"read article files and folders into the database", m.runIngest},
		"export":   {"write the database as JSON Lines (the export contract) or CSV", m.runExport},
		"articles": {"list articles", m.runArticles},
		"show":     {"show one article, event or entity by id", m.runShow},
		"events":   {"list events, with filters", m.runEvents},
		"entities": {"list entities; merge or split them by hand", m.runEntities},
		"serve":    {"serve the web UI and the JSON API", m.runServe},
		"demo":     {"ingest the built-in demo corpus into a fresh database and serve it", m.runDemo},
		"bench":    {"time the ingest of a corpus and report articles per second", m.runBench},
		"synth":    {"write a synthetic multilingual corpus for benchmarks", m.runSynth},
	}
	return m
}

// usageError is a mistake on the command line: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitError carries a non-zero exit code without being a failure message
// (ingest's "some inputs failed").
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// Run runs one command line and returns the process exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		m.usage(m.Stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	cmd, ok := m.commands[args[0]]
	if !ok {
		fmt.Fprintf(m.Stderr, "chancery: unknown command %q\n\n", args[0])
		m.usage(m.Stderr)
		return exitUsage
	}
	err := cmd.run(ctx, args[1:])
	var ue usageError
	var ee exitError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(m.Stderr, "chancery %s: %s\n", args[0], ue.msg)
		return exitUsage
	case errors.As(err, &ee):
		return ee.code
	default:
		fmt.Fprintf(m.Stderr, "chancery %s: %v\n", args[0], err)
		return exitFailed
	}
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprint(w, usageHeader)
	names := make([]string, 0, len(m.commands))
	for n := range m.commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, m.commands[n].summary)
	}
	fmt.Fprintf(w, "\nThe database is ./%s unless --db or $%s says otherwise. 'chancery <command> -h' for flags.\n", defaultDB, envDB)
}

// flags returns a FlagSet for a subcommand that prints its usage to Stderr
// and returns errors instead of exiting.
func (m *Main) flags(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "usage: chancery %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags wherever they stand among the positional arguments
// ("chancery show ID --db x" as well as "chancery show --db x ID").
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv(envDB)
	if def == "" {
		def = defaultDB
	}
	return fs.String("db", def, "database file (SQLite)")
}

func (m *Main) open(ctx context.Context, path string) (*sqlite.Store, error) {
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	return st, nil
}

// openExisting opens a database that must already exist (reading commands
// should not create an empty file by mistake).
func (m *Main) openExisting(ctx context.Context, path string) (*sqlite.Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no database at %s (run 'chancery ingest --db %s FILES' first)", path, path)
	}
	return m.open(ctx, path)
}

func (m *Main) logger(verbose bool) *slog.Logger {
	level := slog.LevelWarn
	if verbose {
		level = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
}

func notFound(err error) bool { return news.ErrorCode(err) == news.ENotFound }

func joinCodes(codes []string) string {
	if len(codes) == 0 {
		return "-"
	}
	return strings.Join(codes, ",")
}

// replaceDB removes a database file (and its WAL and shared-memory files)
// that a command is about to create afresh. It refuses anything that is
// not a regular SQLite file, so a mistyped path ("--db /dev/null", a
// document) is never destroyed.
func replaceDB(path string) error {
	fi, err := os.Lstat(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file; refusing to replace it", path)
	}
	if fi.Size() > 0 {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		head := make([]byte, 16)
		n, _ := f.Read(head)
		f.Close()
		if string(head[:n]) != "SQLite format 3\x00" {
			return fmt.Errorf("%s is not an SQLite database; refusing to replace it", path)
		}
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}
