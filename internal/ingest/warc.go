package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"chancery/internal/news"
)

// warcRecord is one WARC record: its named fields (keys lower-cased) and
// its content block.
type warcRecord struct {
	Version string
	Header  map[string]string
	Block   []byte
}

// maxWARCHeader bounds the header section of a record: real ones are a
// few hundred bytes; anything huge is garbage.
const maxWARCHeader = 64 << 10

// warcError is a problem with one record (its number and whether it is a
// size problem); parsing goes on with the next record when it can.
type warcError struct {
	n        int
	tooLarge bool
	msg      string
}

func (e *warcError) Error() string { return fmt.Sprintf("record %d: %s", e.n, e.msg) }

// parseWARC reads records from rd and calls fn for each, numbered from 1.
// A record whose block exceeds maxBlock is skipped without being read into
// memory and reported as a *warcError, as are malformed records; after
// one, parsing resumes at the next line starting with "WARC/". It returns
// fn's error or a read error.
func parseWARC(rd io.Reader, maxBlock int64, fn func(n int, rec *warcRecord, err error) error) error {
	br := bufio.NewReaderSize(rd, 64<<10)
	n := 0
	resync := false
	for {
		line, err := readLineLimited(br, maxWARCHeader)
		if err == io.EOF && line == "" {
			return nil
		}
		if err != nil && err != io.EOF {
			if errors.Is(err, errLineTooLong) {
				resync = true
				continue
			}
			return err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			if err == io.EOF {
				return nil
			}
			continue
		}
		if !strings.HasPrefix(line, "WARC/") {
			if !resync {
				resync = true
				if ferr := fn(n+1, nil, &warcError{n: n + 1, msg: "expected a WARC/ version line"}); ferr != nil {
					return ferr
				}
			}
			if err == io.EOF {
				return nil
			}
			continue
		}
		resync = false
		n++
		rec := &warcRecord{Version: line, Header: map[string]string{}}
		size := 0
		last := ""
		for {
			h, herr := readLineLimited(br, maxWARCHeader)
			size += len(h)
			if herr != nil && herr != io.EOF {
				if errors.Is(herr, errLineTooLong) {
					herr = io.ErrUnexpectedEOF
				}
				return fn(n, nil, &warcError{n: n, msg: "header: " + herr.Error()})
			}
			if size > maxWARCHeader {
				return fn(n, nil, &warcError{n: n, msg: "header too long"})
			}
			h = strings.TrimRight(h, "\r\n")
			if h == "" {
				if herr == io.EOF {
					return fn(n, nil, &warcError{n: n, msg: "truncated header"})
				}
				break
			}
			if (h[0] == ' ' || h[0] == '\t') && last != "" {
				rec.Header[last] += " " + strings.TrimSpace(h)
				continue
			}
			k, v, ok := strings.Cut(h, ":")
			if ok {
				last = strings.ToLower(strings.TrimSpace(k))
				rec.Header[last] = strings.TrimSpace(v)
			}
			if herr == io.EOF {
				return fn(n, nil, &warcError{n: n, msg: "truncated header"})
			}
		}
		length, perr := strconv.ParseInt(rec.Header["content-length"], 10, 64)
		if perr != nil || length < 0 {
			resync = true
			if ferr := fn(n, nil, &warcError{n: n, msg: "missing or bad Content-Length"}); ferr != nil {
				return ferr
			}
			continue
		}
		if length > maxBlock {
			if _, err := io.CopyN(io.Discard, br, length); err != nil {
				return fn(n, nil, &warcError{n: n, msg: "truncated block"})
			}
			if ferr := fn(n, nil, &warcError{n: n, tooLarge: true,
				msg: fmt.Sprintf("record is %s, over the %s limit", humanSize(length), humanSize(maxBlock))}); ferr != nil {
				return ferr
			}
			continue
		}
		// Grow the buffer as bytes arrive rather than trusting the
		// declared length for the allocation.
		var buf bytes.Buffer
		got, err := io.CopyN(&buf, br, length)
		if err != nil || got != length {
			return fn(n, nil, &warcError{n: n, msg: "truncated block"})
		}
		rec.Block = buf.Bytes()
		if ferr := fn(n, rec, nil); ferr != nil {
			return ferr
		}
	}
}

var errLineTooLong = errors.New("line too long")

// readLineLimited reads one line including its end, failing with
// errLineTooLong (after discarding the rest of the line) beyond max bytes.
func readLineLimited(br *bufio.Reader, max int) (string, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > max {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			return "", errLineTooLong
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return string(buf), err
	}
}

// readWARC reads the HTML (and plain-text) documents of a WARC file.
func (r *Reader) readWARC(ctx context.Context, path string, rd io.Reader, fn func(Item) error) error {
	records, docs := 0, 0
	limit := r.maxSize()
	err := parseWARC(rd, limit, func(n int, rec *warcRecord, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return errStop{cerr}
		}
		records++
		where := fmt.Sprintf("%s:%d", path, n)
		if err != nil {
			code := news.EInvalid
			var we *warcError
			if errors.As(err, &we) && we.tooLarge {
				code = news.ETooLarge
			}
			docs++
			return stopIf(fn(Item{Err: &news.Error{Code: code, Op: "read", Path: where, Message: err.Error()}}))
		}
		raw, err := r.warcDocument(where, rec)
		if err != nil {
			docs++
			return stopIf(fn(Item{Err: &news.Error{Code: news.EInvalid, Op: "read", Path: where,
				Message: fmt.Sprintf("record %d: %s", n, errMessage(err))}}))
		}
		if raw == nil {
			return nil // not a document: request, metadata, image, redirect…
		}
		docs++
		raw.SourceFile, raw.Item, raw.Format = path, n, news.FormatWARC
		return stopIf(fn(Item{Raw: raw}))
	})
	if err != nil {
		var stop errStop
		if errors.As(err, &stop) {
			return stop.err
		}
		return fn(Item{Err: &news.Error{Code: news.EInvalid, Op: "read", Path: path, Message: "cannot read WARC", Err: err}})
	}
	if docs == 0 {
		if records == 0 {
			return fn(Item{Err: invalid(path, "empty file")})
		}
		return fn(Item{Err: invalid(path, "WARC has no HTML or text records")})
	}
	return nil
}

// warcDocument turns a response, resource or conversion record holding
// HTML or text into a Raw; other records give nil, nil.
func (r *Reader) warcDocument(where string, rec *warcRecord) (*news.Raw, error) {
	typ := strings.ToLower(rec.Header["warc-type"])
	uri := strings.Trim(rec.Header["warc-target-uri"], "<> ")
	var body []byte
	var ctype string
	switch typ {
	case "response":
		if !strings.HasPrefix(strings.ToLower(rec.Header["content-type"]), "application/http") && !bytes.HasPrefix(rec.Block, []byte("HTTP/")) {
			body, ctype = rec.Block, ""
			break
		}
		status, hdr, payload, err := splitHTTP(rec.Block, r.maxSize())
		if err != nil {
			return nil, err
		}
		if status < 200 || status > 299 {
			return nil, nil
		}
		body, ctype = payload, hdr.Get("Content-Type")
	case "resource", "conversion":
		body, ctype = rec.Block, rec.Header["content-type"]
	default:
		return nil, nil
	}
	mt, params, _ := mime.ParseMediaType(ctype)
	charset := params["charset"]
	isHTML := mt == "text/html" || mt == "application/xhtml+xml"
	if mt == "" {
		k, why := sniff(body[:min(len(body), sniffSize)], uri)
		if why != "" {
			return nil, nil
		}
		isHTML = k == kindHTML
	} else if !isHTML && mt != "text/plain" {
		return nil, nil
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, nil
	}
	if isHTML {
		raw, err := r.readHTML(where, body, charset)
		if err != nil {
			return nil, err
		}
		if uri != "" && raw.URL == "" {
			raw.URL = uri
		}
		return raw, nil
	}
	text, cs, err := decodeWith(body, false, charset)
	if err != nil {
		return nil, fmt.Errorf("cannot decode text: %w", err)
	}
	if strings.TrimSpace(text) == "" {
		return nil, nil
	}
	return &news.Raw{Charset: cs, URL: uri, Text: text}, nil
}

// splitHTTP parses an HTTP response as archived: status, headers and the
// payload with chunked transfer coding and gzip/deflate content coding
// undone (at most max bytes).
func splitHTTP(block []byte, max int64) (int, http.Header, []byte, error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		// Archived headers are sometimes malformed; fall back to the blank
		// line that ends them.
		i := bytes.Index(block, []byte("\r\n\r\n"))
		sep := 4
		if i < 0 {
			i, sep = bytes.Index(block, []byte("\n\n")), 2
		}
		if i < 0 {
			return 0, nil, nil, errors.New("malformed HTTP response")
		}
		status := 200
		if f := strings.Fields(string(block[:min(i, 64)])); len(f) > 1 {
			if s, err := strconv.Atoi(f[1]); err == nil {
				status = s
			}
		}
		hdr := http.Header{}
		for _, l := range strings.Split(string(block[:i]), "\n")[1:] {
			if k, v, ok := strings.Cut(l, ":"); ok {
				hdr.Add(strings.TrimSpace(k), strings.TrimSpace(v))
			}
		}
		return status, hdr, block[i+sep:], nil
	}
	defer resp.Body.Close()
	var body io.Reader = resp.Body
	switch strings.ToLower(resp.Header.Get("Content-Encoding")) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return 0, nil, nil, fmt.Errorf("broken gzip payload: %w", err)
		}
		body = zr
	case "deflate":
		body = flate.NewReader(body)
	}
	payload, err := io.ReadAll(io.LimitReader(body, max+1))
	if err != nil && len(payload) == 0 {
		return 0, nil, nil, fmt.Errorf("broken HTTP payload: %w", err)
	}
	if int64(len(payload)) > max {
		return 0, nil, nil, fmt.Errorf("payload over the %s limit", humanSize(max))
	}
	return resp.StatusCode, resp.Header, payload, nil
}
