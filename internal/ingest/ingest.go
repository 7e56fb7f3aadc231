// Package ingest reads files and folders into news.Raw documents: plain
// text, HTML pages, JSON Lines, RSS/Atom feeds and WARC archives, decoded to
// UTF-8 from whatever charset they came in. A file that cannot be read as an
// article is not a failure of the run: it becomes an Item carrying a
// *news.Error that names the file (and line) and the reason, and the walk
// goes on.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"chancery/internal/news"
)

// DefaultMaxSize is the per-file (and per-record) size limit when
// Reader.MaxSize is 0.
const DefaultMaxSize = 10 << 20

// DefaultMaxDepth is the deepest HTML element nesting read when
// Reader.MaxDepth is 0. Real pages stay under ~100; the limit guards the
// recursive HTML tree code against hostile pages.
const DefaultMaxDepth = 512

// Reader reads documents. Its zero value is ready to use.
type Reader struct {
	MaxSize  int64        // per file (per line or record in JSONL and WARC); 0 means 10 MiB
	MaxDepth int          // HTML element nesting refused beyond; 0 means 512
	Logger   *slog.Logger // nil means discard
}

// Item is one document or the failure to read one. Err is a *news.Error
// with Code EInvalid or ETooLarge, Path "file" or "file:LINE" and a human
// Message.
type Item struct {
	Raw *news.Raw
	Err error
}

func (r *Reader) maxSize() int64 {
	if r.MaxSize > 0 {
		return r.MaxSize
	}
	return DefaultMaxSize
}

func (r *Reader) maxDepth() int {
	if r.MaxDepth > 0 {
		return r.MaxDepth
	}
	return DefaultMaxDepth
}

func (r *Reader) logger() *slog.Logger {
	if r.Logger != nil {
		return r.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// Walk reads every path (files; folders recursively, in sorted order,
// skipping hidden files and folders) and calls fn for each item, in order.
// It stops early only if ctx is cancelled or fn returns an error, and
// returns that error.
func (r *Reader) Walk(ctx context.Context, paths []string, fn func(Item) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		fi, err := os.Stat(p)
		if err != nil {
			if err := fn(Item{Err: fileError(p, err)}); err != nil {
				return err
			}
			continue
		}
		if !fi.IsDir() {
			if err := r.ReadFile(ctx, p, fn); err != nil {
				return err
			}
			continue
		}
		if err := r.walkDir(ctx, p, fn); err != nil {
			return err
		}
	}
	return nil
}

// errStop carries an error from fn or ctx out of filepath.WalkDir.
type errStop struct{ err error }

func (e errStop) Error() string { return e.err.Error() }

// stopIf wraps a non-nil error from fn so that it passes through a loop
// that otherwise treats errors as input problems.
func stopIf(err error) error {
	if err != nil {
		return errStop{err}
	}
	return nil
}

func (r *Reader) walkDir(ctx context.Context, root string, fn func(Item) error) error {
	walkRoot := root
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		// WalkDir does not follow a symlinked root; a trailing separator
		// makes the system resolve it.
		walkRoot = root + string(filepath.Separator)
	}
	err := filepath.WalkDir(walkRoot, func(path string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return errStop{cerr}
		}
		if err != nil {
			if ferr := fn(Item{Err: fileError(path, err)}); ferr != nil {
				return errStop{ferr}
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != walkRoot && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() {
			// Symlinks to files are read; other special files are not documents.
			if d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
				return nil
			}
		}
		if rerr := r.ReadFile(ctx, path, fn); rerr != nil {
			return errStop{rerr}
		}
		return nil
	})
	var stop errStop
	if errors.As(err, &stop) {
		return stop.err
	}
	if err != nil {
		return fmt.Errorf("walk %s: %w", root, err)
	}
	return nil
}

// fileError turns an OS error on path into an Item error.
func fileError(path string, err error) error {
	msg := "cannot read file"
	switch {
	case errors.Is(err, fs.ErrNotExist):
		msg = "no such file"
	case errors.Is(err, fs.ErrPermission):
		msg = "permission denied"
	}
	return &news.Error{Code: news.EInvalid, Op: "read", Path: path, Message: msg, Err: err}
}

func invalid(path, format string, args ...any) error {
	return &news.Error{Code: news.EInvalid, Op: "read", Path: path, Message: fmt.Sprintf(format, args...)}
}

func tooLarge(path string, size, limit int64) error {
	return &news.Error{Code: news.ETooLarge, Op: "read", Path: path,
		Message: fmt.Sprintf("file is %s, over the %s limit", humanSize(size), humanSize(limit))}
}

// humanSize formats n bytes as "60.0 MiB" or, for whole MiB, "10 MiB".
func humanSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// kind is a container format as sniffed from a file.
type kind int

const (
	kindText kind = iota
	kindHTML
	kindJSONL
	kindJSON // one JSON object or an array of them
	kindFeed
	kindWARC
	kindWARCGzip
)

// sniffSize is how much of a file is looked at to tell its format.
const sniffSize = 8 << 10

// ReadFile reads one file and calls fn for each item it yields: one for
// most files, one per line, feed item or WARC record for containers. It
// returns only ctx's or fn's error.
func (r *Reader) ReadFile(ctx context.Context, path string, fn func(Item) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	log := r.logger().With("stage", "ingest", "file", path)
	f, err := os.Open(path)
	if err != nil {
		return fn(Item{Err: fileError(path, err)})
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fn(Item{Err: fileError(path, err)})
	}
	if fi.IsDir() {
		return r.walkDir(ctx, path, fn)
	}
	size := fi.Size()
	if size == 0 {
		return fn(Item{Err: invalid(path, "empty file")})
	}
	head := make([]byte, min(size, sniffSize))
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fn(Item{Err: fileError(path, err)})
	}
	head = head[:n]
	k, why := sniff(head, path)
	limit := r.maxSize()
	streamed := k == kindJSONL || k == kindWARC || k == kindWARCGzip
	if size > limit && !streamed {
		return fn(Item{Err: tooLarge(path, size, limit)})
	}
	if why != "" {
		return fn(Item{Err: invalid(path, "binary file (%s)", why)})
	}
	log.Debug("read", "format", k, "size", size)
	// Containers are streamed record by record, each record under the
	// limit; everything else is read whole, so it must fit.
	switch k {
	case kindJSONL:
		return r.readJSONL(ctx, path, io.MultiReader(bytes.NewReader(head), f), fn)
	case kindWARC:
		return r.readWARC(ctx, path, io.MultiReader(bytes.NewReader(head), f), fn)
	case kindWARCGzip:
		zr, err := gzip.NewReader(io.MultiReader(bytes.NewReader(head), f))
		if err != nil {
			return fn(Item{Err: invalid(path, "broken gzip: %v", err)})
		}
		defer zr.Close()
		return r.readWARC(ctx, path, zr, fn)
	}
	// Read the rest, but never beyond the limit even if the file grew.
	rest, err := io.ReadAll(io.LimitReader(f, limit-int64(len(head))+1))
	if err != nil {
		return fn(Item{Err: fileError(path, err)})
	}
	data := append(head, rest...)
	if int64(len(data)) > limit {
		return fn(Item{Err: tooLarge(path, int64(len(data)), limit)})
	}
	switch k {
	case kindHTML:
		raw, err := r.readHTML(path, data, "")
		if err != nil {
			return fn(Item{Err: err})
		}
		raw.SourceFile = path
		return fn(Item{Raw: raw})
	case kindFeed:
		return r.readFeed(ctx, path, data, fn)
	case kindJSON:
		return r.readJSON(ctx, path, data, fn)
	}
	raw, err := readText(path, data)
	if err != nil {
		return fn(Item{Err: err})
	}
	return fn(Item{Raw: raw})
}

// readText decodes a plain-text file.
func readText(path string, data []byte) (*news.Raw, error) {
	text, cs, err := Decode(data, false)
	if err != nil {
		return nil, invalid(path, "cannot decode text: %v", err)
	}
	if strings.TrimSpace(text) == "" {
		return nil, invalid(path, "empty file")
	}
	return &news.Raw{SourceFile: path, Format: news.FormatText, Charset: cs, Text: text}, nil
}

// magic lists signatures of binary formats a news folder may hold by
// mistake.
var magic = []struct {
	sig  string
	what string
}{
	{"%PDF-", "PDF"},
	{"PK\x03\x04", "ZIP archive"},
	{"PK\x05\x06", "ZIP archive"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"\x7fELF", "ELF executable"},
	{"BZh", "bzip2 archive"},
	{"7z\xbc\xaf\x27\x1c", "7z archive"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"\x28\xb5\x2f\xfd", "zstd archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"},
	{"SQLite format 3\x00", "SQLite database"},
	{"\x00asm", "WebAssembly"},
	{"OggS", "Ogg media"},
	{"ID3", "MP3 audio"},
	{"\xfe\xed\xfa", "Mach-O executable"},
	{"\xcf\xfa\xed\xfe", "Mach-O executable"},
	{"\xce\xfa\xed\xfe", "Mach-O executable"},
	{"II*\x00", "TIFF image"},
	{"MM\x00*", "TIFF image"},
	{"wOFF", "font"},
	{"wOF2", "font"},
}

// sniff tells the format of a file from its first bytes, and its extension
// when the content does not decide. A non-empty why means binary.
func sniff(head []byte, path string) (kind, string) {
	for _, m := range magic {
		if bytes.HasPrefix(head, []byte(m.sig)) {
			return kindText, m.what
		}
	}
	if len(head) >= 12 && string(head[:4]) == "RIFF" {
		return kindText, "RIFF media"
	}
	if len(head) >= 12 && string(head[4:8]) == "ftyp" {
		return kindText, "MP4 media"
	}
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		if gzipHoldsWARC(head) {
			return kindWARCGzip, ""
		}
		return kindText, "gzip archive"
	}
	if why := binaryShare(head); why != "" {
		return kindText, why
	}
	ext := strings.ToLower(filepath.Ext(path))
	if k, ok := sniffContent(head); ok {
		return k, ""
	}
	switch ext {
	case ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx":
		return kindHTML, ""
	case ".jsonl", ".ndjson", ".jsonlines":
		return kindJSONL, ""
	case ".json":
		return kindJSON, ""
	case ".xml", ".rss", ".atom", ".rdf":
		return kindFeed, ""
	case ".warc":
		return kindWARC, ""
	}
	return kindText, ""
}

// gzipHoldsWARC reports whether a gzip stream starting with head begins
// with a WARC record.
func gzipHoldsWARC(head []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	buf := make([]byte, 8)
	n, _ := io.ReadFull(zr, buf)
	return bytes.HasPrefix(buf[:n], []byte("WARC/"))
}

// binaryShare reports binary content by control bytes: text has almost
// none besides whitespace. NUL is not counted, because pages with stray
// NULs are text to be cleaned, and UTF-16 is mostly NULs; a file of
// nothing but NULs and whitespace is binary.
func binaryShare(head []byte) string {
	if utf16NoBOM(head) != "" || bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return ""
	}
	var ctl, nul, other int
	for _, c := range head {
		switch {
		case c == 0:
			nul++
		case c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v' || c == 0x1b:
		case c < 0x20 || c == 0x7f:
			ctl++
		case c != ' ':
			other++
		}
	}
	if other == 0 && nul > 0 {
		return "only NUL bytes"
	}
	n := len(head) - nul
	if n > 0 && ctl*20 > n {
		return "control bytes"
	}
	return ""
}

// sniffContent recognizes formats by their first non-blank bytes.
func sniffContent(head []byte) (kind, bool) {
	s := head
	s = bytes.TrimPrefix(s, []byte{0xEF, 0xBB, 0xBF})
	s = bytes.TrimLeft(s, " \t\r\n\x00")
	if bytes.HasPrefix(s, []byte("WARC/1.")) || bytes.HasPrefix(s, []byte("WARC/0.")) {
		return kindWARC, true
	}
	if len(s) == 0 {
		return kindText, false
	}
	switch s[0] {
	case '{':
		line := s
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		// JSON Lines: the first line is a whole object, or is longer than
		// the sniff window, or several lines open an object (the first may
		// be broken). Otherwise it is one indented JSON document.
		if isJSONObjectLine(line) || bytes.IndexByte(s, '\n') < 0 || bytes.Count(s, []byte("\n{")) >= 2 {
			return kindJSONL, true
		}
		return kindJSON, true
	case '[':
		t := bytes.TrimLeft(s[1:], " \t\r\n")
		if len(t) > 0 && (t[0] == '{' || t[0] == ']') {
			return kindJSON, true
		}
		return kindText, false
	case '<':
	default:
		return looksLikeHTMLFragment(s)
	}
	low := bytes.ToLower(s[:min(len(s), 1024)])
	if bytes.HasPrefix(low, []byte("<?xml")) || bytes.HasPrefix(low, []byte("<rss")) || bytes.HasPrefix(low, []byte("<feed")) || bytes.HasPrefix(low, []byte("<rdf:rdf")) {
		if bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<feed")) || bytes.Contains(low, []byte("<rdf:rdf")) {
			return kindFeed, true
		}
		if bytes.Contains(low, []byte("<html")) {
			return kindHTML, true
		}
		return kindFeed, true
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<title", "<div", "<p>", "<p ", "<article", "<section", "<h1", "<h2", "<table", "<script", "<link", "<style", "<span", "<main", "<header", "<nav"} {
		if bytes.HasPrefix(low, []byte(p)) {
			return kindHTML, true
		}
	}
	return kindText, false
}

// looksLikeHTMLFragment recognizes text-first HTML (a fragment saved
// without a document wrapper) by its block tags.
func looksLikeHTMLFragment(s []byte) (kind, bool) {
	low := bytes.ToLower(s)
	n := bytes.Count(low, []byte("<p>")) + bytes.Count(low, []byte("<p ")) + bytes.Count(low, []byte("<br")) +
		bytes.Count(low, []byte("<div")) + bytes.Count(low, []byte("</p>"))
	if n >= 3 {
		return kindHTML, true
	}
	return kindText, false
}

// scanLines calls fn for each line of rd (without its line end), numbered
// from 1, reading at most max bytes of any line: a longer line is passed
// with tooLong set and its content dropped, so a huge file or line never
// sits in memory whole.
func scanLines(ctx context.Context, rd io.Reader, max int64, fn func(n int, line []byte, tooLong bool) error) error {
	br := bufio.NewReaderSize(rd, 64<<10)
	var buf []byte
	n := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		buf = buf[:0]
		tooLong := false
		var readErr error
		for {
			chunk, err := br.ReadSlice('\n')
			if !tooLong {
				if int64(len(buf)+len(chunk)) > max+1 {
					tooLong = true
					buf = buf[:0]
				} else {
					buf = append(buf, chunk...)
				}
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			readErr = err
			break
		}
		if len(buf) == 0 && !tooLong && readErr != nil {
			if readErr == io.EOF {
				return nil
			}
			return readErr
		}
		n++
		line := bytes.TrimRight(buf, "\r\n")
		if err := fn(n, line, tooLong); err != nil {
			return err
		}
		if readErr != nil {
			if readErr == io.EOF {
				return nil
			}
			return readErr
		}
	}
}

// sortedKeys returns the keys of m in order, for deterministic output.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
