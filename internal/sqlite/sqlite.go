// Package sqlite implements news.Store on SQLite through modernc.org/sqlite
// (pure Go, no cgo).
//
// One connection writes: Update holds it for a BEGIN IMMEDIATE transaction
// and reuses prepared statements across transactions. Reads go through a
// small pool of query-only connections; WAL lets them run during a write and
// see the last committed state. A run killed at any moment leaves the last
// committed transaction and nothing of the one in flight.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"chancery/internal/news"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migration/*.sql
var migrations embed.FS

var _ news.Store = (*Store)(nil)
var _ news.Tx = (*tx)(nil)

// Store is a news.Store on one SQLite file.
type Store struct {
	// Now returns the current time for Tx.Now; tests fix it. Nil means
	// time.Now.
	Now func() time.Time

	path string
	rdb  *sql.DB // query-only pool
	wdb  *sql.DB // at most one connection, held by wc

	wmu    sync.Mutex // serializes Update
	wc     *sql.Conn
	stmts  map[string]*sql.Stmt // prepared on wc, reused across transactions
	closed bool

	// sigs caches decoded MinHash signatures (guarded by wmu): the linker
	// verifies each new article against stored ones, and the same stored
	// articles come back as candidates again and again (the copies of a
	// popular story, the first articles of a common fingerprint), so
	// reading them from the B-tree each time costs more and more as the
	// database outgrows the page cache. A signature is a function of the
	// article's text, so an entry only changes through PutBands; another
	// process writing the file is noticed through PRAGMA data_version,
	// which empties the cache.
	sigs        map[string][]uint32
	sigValues   int // uint32s held in sigs
	dataVersion int64

	// legacyBands is the last article stored before migration 008, whose
	// bands are not listed on its signatures row (0: none).
	legacyBands int64

	// nums and ids cache committed article numbers both ways (guarded by
	// wmu; see numbers.go): every fingerprint probe turns numbers into
	// ids, mostly of the same popular articles. stubs marks the numbers
	// of ids without an article row.
	nums  map[string]int64
	ids   map[int64]string
	stubs map[int64]bool
}

// maxSigValues bounds the signature cache: 16M values, 64 MiB.
const maxSigValues = 1 << 24

// busyTimeout is how long a connection waits for a lock held by another
// process (a second chancery on the same file) before failing.
const busyTimeout = 10 * time.Second

func dsn(path string, readOnly bool) string {
	q := []string{
		"_pragma=busy_timeout(" + strconv.Itoa(int(busyTimeout/time.Millisecond)) + ")",
		"_pragma=foreign_keys(1)",
		"_pragma=synchronous(NORMAL)", // safe with WAL: a crash loses at most the last commits, never consistency
		"_pragma=temp_store(MEMORY)",
		// Pages the cache does not hold are read through a shared memory
		// map instead of a read system call each: at 100,000 articles the
		// database is several times the cache, and the linker's probes
		// land all over its indexes. Up to 1 GiB of address space; the
		// OS page cache decides what stays in memory.
		"_pragma=mmap_size(1073741824)",
	}
	if readOnly {
		// A 64 MiB page cache per reading connection (the default is 2 MiB).
		q = append(q, "_pragma=cache_size(-65536)", "_pragma=query_only(1)")
	} else {
		q = append(q, "_pragma=journal_mode(WAL)",
			// The writer's cache is larger (256 MiB): the linker's index
			// probes and random-order inserts (fingerprints, article ids
			// and hashes) touch pages all over the indexes, and once those
			// outgrow the cache every probe and insert pays for reading
			// and decoding pages again, which made ingest slower as the
			// database grew.
			"_pragma=cache_size(-262144)",
			// Checkpoint every 16,384 pages (64 MiB of WAL) instead of
			// every 1,000: a batch of articles dirties index leaves all
			// over the database (ids are hashes), more of them the larger
			// it is, and a page dirtied by several batches between two
			// checkpoints is copied back to the database once.
			"_pragma=wal_autocheckpoint(16384)")
	}
	return path + "?" + strings.Join(q, "&")
}

// Open opens (creating on first use) the database at path and applies any
// pending migrations.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, news.Errorf(news.EInvalid, "open db: empty path")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, news.Errorf(news.EInvalid, "open db: path %q must not contain ? or #", path)
	}
	s := &Store{path: path, stmts: map[string]*sql.Stmt{}, sigs: map[string][]uint32{},
		nums: map[string]int64{}, ids: map[int64]string{}, stubs: map[int64]bool{}}
	var err error
	s.wdb, err = sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	s.wdb.SetMaxOpenConns(1)
	s.wdb.SetMaxIdleConns(1)
	s.wdb.SetConnMaxLifetime(0)
	s.wc, err = s.wdb.Conn(ctx)
	if err != nil {
		s.wdb.Close()
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	if err := s.migrate(ctx); err != nil {
		s.wc.Close()
		s.wdb.Close()
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	if err := s.wc.QueryRowContext(ctx, `SELECT coalesce(max(n), 0) FROM bands_legacy`).Scan(&s.legacyBands); err != nil {
		s.wc.Close()
		s.wdb.Close()
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	s.rdb, err = sql.Open("sqlite", dsn(path, true))
	if err != nil {
		s.wc.Close()
		s.wdb.Close()
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	n := runtime.GOMAXPROCS(0) + 2
	s.rdb.SetMaxOpenConns(n)
	s.rdb.SetMaxIdleConns(n)
	return s, nil
}

// Close closes the database. It waits for a running Update.
func (s *Store) Close() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	// Let the query planner keep statistics for the indexes it uses.
	_, _ = s.wc.ExecContext(context.Background(), "PRAGMA optimize")
	var errs []error
	errs = append(errs, s.rdb.Close(), s.wc.Close(), s.wdb.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close db %s: %w", s.path, err)
	}
	return nil
}

func (s *Store) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// migrate applies, in file name order, every embedded migration newer than
// the recorded schema version, each in its own transaction.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.wc.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var cur int
	if err := s.wc.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&cur); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		base := path.Base(name)
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migrate: %s: file name must start with a version number", base)
		}
		if v <= cur {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return fmt.Errorf("migrate %s: %w", base, err)
		}
		if err := s.applyMigration(ctx, v, base, string(body)); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) applyMigration(ctx context.Context, v int, name, body string) (err error) {
	if _, err := s.wc.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			_, _ = s.wc.ExecContext(context.Background(), "ROLLBACK")
		}
	}()
	if _, err := s.wc.ExecContext(ctx, body); err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	if _, err := s.wc.ExecContext(ctx, `INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)`,
		v, name, s.now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("migrate %s: %w", name, err)
	}
	if _, err := s.wc.ExecContext(ctx, "COMMIT"); err != nil {
		return fmt.Errorf("migrate %s: commit: %w", name, err)
	}
	return nil
}

// Update runs fn in one write transaction (BEGIN IMMEDIATE, so it never
// fails half-way on a lock upgrade). An error or a panic in fn rolls back
// everything fn wrote; the panic then continues.
func (s *Store) Update(ctx context.Context, fn func(news.Tx) error) (err error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.closed {
		return news.Errorf(news.EInternal, "update: store is closed")
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("update: %w", err)
	}
	if _, err := s.wc.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return fmt.Errorf("update: begin: %w", err)
	}
	committed := false
	defer func() {
		if !committed {
			// Background: a cancelled ctx must still roll back. An error here
			// means SQLite already rolled back (e.g. after an interrupt).
			_, _ = s.wc.ExecContext(context.Background(), "ROLLBACK")
		}
	}()
	var v int64
	if err := s.wc.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		return fmt.Errorf("update: data version: %w", err)
	}
	if v != s.dataVersion {
		// Another connection (another process) committed since our last
		// transaction: what we cached may be stale.
		clear(s.sigs)
		s.sigValues = 0
		clear(s.nums)
		clear(s.ids)
		clear(s.stubs)
		s.dataVersion = v
	}
	t := &tx{s: s, ctx: ctx}
	if err := fn(t); err != nil {
		return err
	}
	if err := t.flushStubs(); err != nil {
		return fmt.Errorf("update: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("update: %w", err)
	}
	if _, err := s.wc.ExecContext(ctx, "COMMIT"); err != nil {
		return fmt.Errorf("update: commit: %w", err)
	}
	committed = true
	for id, sig := range t.sigs {
		s.cacheSig(id, sig)
	}
	s.cacheNumbers(t)
	return nil
}

// cacheSig remembers a committed signature (nil: the article has none).
func (s *Store) cacheSig(id string, sig []uint32) {
	if old, ok := s.sigs[id]; ok {
		s.sigValues -= len(old) + 1
		delete(s.sigs, id)
	}
	if s.sigValues+len(sig)+1 > maxSigValues {
		// Full: forget an arbitrary eighth (map order is random), cheaper
		// than keeping an LRU order on every hit.
		for k, v := range s.sigs {
			delete(s.sigs, k)
			s.sigValues -= len(v) + 1
			if s.sigValues <= maxSigValues*7/8 {
				break
			}
		}
	}
	s.sigs[id] = sig
	s.sigValues += len(sig) + 1 // +1: an entry costs something even when empty
}

// stmt returns the statement for q prepared on the write connection,
// preparing it on first use.
func (s *Store) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := s.stmts[q]; ok {
		return st, nil
	}
	st, err := s.wc.PrepareContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("prepare %.40q: %w", q, err)
	}
	s.stmts[q] = st
	return st, nil
}
