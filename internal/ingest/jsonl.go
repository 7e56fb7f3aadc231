package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"chancery/internal/news"
)

// Field names accepted in a JSON record, lower-cased, in order of
// preference. Scrapers and datasets name the same thing differently.
var (
	urlKeys   = []string{"url", "link", "canonical_url", "canonical", "href", "uri", "source_url", "article_url"}
	titleKeys = []string{"title", "headline", "name"}
	dateKeys  = []string{"published", "date", "published_at", "publishedat", "pubdate", "publish_date",
		"date_published", "datepublished", "published_date", "date_publish", "datetime", "time", "timestamp", "created_at", "seendate"}
	textKeys = []string{"text", "content", "body", "maintext", "article", "full_text", "fulltext",
		"article_text", "articlebody", "description", "summary"}
	htmlKeys = []string{"html", "raw_html", "content_html", "html_content", "page", "raw"}
	langKeys = []string{"lang", "language", "locale", "language_code"}
	siteKeys = []string{"site", "sitename", "site_name", "source", "outlet", "publisher", "domain", "source_name", "source_domain"}
)

// isJSONObjectLine reports whether line is one complete JSON object.
func isJSONObjectLine(line []byte) bool {
	line = bytes.TrimSpace(line)
	return len(line) >= 2 && line[0] == '{' && line[len(line)-1] == '}' && json.Valid(line)
}

// readJSONL reads one article per line. A broken line yields an Item with
// an error for that line only ("file:N"); blank lines are skipped.
func (r *Reader) readJSONL(ctx context.Context, path string, rd io.Reader, fn func(Item) error) error {
	limit := r.maxSize()
	yielded := 0
	err := scanLines(ctx, rd, limit, func(n int, line []byte, tooLong bool) error {
		where := fmt.Sprintf("%s:%d", path, n)
		if tooLong {
			yielded++
			return stopIf(fn(Item{Err: &news.Error{Code: news.ETooLarge, Op: "read", Path: where,
				Message: fmt.Sprintf("line %d is over the %s limit", n, humanSize(limit))}}))
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte{0xEF, 0xBB, 0xBF})
		}
		if len(bytes.TrimSpace(line)) == 0 {
			return nil
		}
		yielded++
		raw, err := r.parseRecord(where, n, line)
		if err != nil {
			return stopIf(fn(Item{Err: err}))
		}
		raw.SourceFile = path
		return stopIf(fn(Item{Raw: raw}))
	})
	if err != nil {
		var stop errStop
		if errors.As(err, &stop) {
			return stop.err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		// A read error mid-file: report it as the file's item and go on.
		return fn(Item{Err: &news.Error{Code: news.EInvalid, Op: "read", Path: path, Message: "cannot read file", Err: err}})
	}
	if yielded == 0 {
		return fn(Item{Err: invalid(path, "empty file")})
	}
	return nil
}

// parseRecord turns one JSON line into a Raw; where is "file:N".
func (r *Reader) parseRecord(where string, n int, line []byte) (*news.Raw, error) {
	charset := "utf-8"
	if !utf8.Valid(line) {
		// JSON is UTF-8 by definition, but exports from legacy systems are
		// not always; decode rather than turn every accent into U+FFFD.
		s, cs, _ := Decode(line, false)
		line, charset = []byte(s), cs
	}
	if t := bytes.TrimSpace(line); len(t) > 0 && t[0] != '{' && json.Valid(t) {
		return nil, lineError(where, n, "not a JSON object")
	}
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, lineError(where, n, "invalid JSON: %s", jsonReason(err))
	}
	if rec == nil {
		return nil, lineError(where, n, "not a JSON object")
	}
	raw, err := r.recordToRaw(where, rec)
	if err != nil {
		return nil, lineError(where, n, "%s", err.Error())
	}
	raw.Item = n
	if raw.Charset == "" {
		raw.Charset = charset
	}
	return raw, nil
}

func lineError(where string, n int, format string, args ...any) error {
	return &news.Error{Code: news.EInvalid, Op: "read", Path: where,
		Message: fmt.Sprintf("line %d: ", n) + fmt.Sprintf(format, args...)}
}

// jsonReason shortens encoding/json's messages for people.
func jsonReason(err error) string {
	s := err.Error()
	s = strings.TrimPrefix(s, "json: ")
	s = strings.Replace(s, "unexpected end of JSON input", "unexpected end", 1)
	return s
}

// recordToRaw maps a decoded JSON object to a Raw. An object without text
// or HTML is an error (returned as plain error; the caller adds the line).
func (r *Reader) recordToRaw(where string, rec map[string]json.RawMessage) (*news.Raw, error) {
	low := make(map[string]json.RawMessage, len(rec))
	for _, k := range sortedKeys(rec) {
		lk := strings.ToLower(k)
		if _, dup := low[lk]; !dup {
			low[lk] = rec[k]
		}
	}
	pick := func(keys []string) string {
		for _, k := range keys {
			if v, ok := low[k]; ok {
				if s := jsonString(v); s != "" {
					return s
				}
			}
		}
		return ""
	}
	text := pick(textKeys)
	page := pick(htmlKeys)
	raw := &news.Raw{Format: news.FormatJSONL}
	switch {
	case page != "" && (text == "" || looksHTML(page)):
		ext, err := r.extractHTML(where, sanitize(page))
		if err != nil {
			return nil, fmt.Errorf("%s", errMessage(err))
		}
		raw.Text, raw.HTML = ext.Text, ext.HTML
		raw.Title, raw.URL, raw.Published, raw.Lang, raw.Site = ext.Title, ext.URL, ext.Published, ext.Lang, ext.Site
		if text != "" && utf8.RuneCountInString(text) > utf8.RuneCountInString(raw.Text) {
			raw.Text = sanitize(text)
		}
	case text != "":
		text = sanitize(text)
		if looksHTML(text) {
			// "content" fields often hold the article's HTML.
			text = htmlFragmentText(text)
		}
		raw.Text = text
	default:
		return nil, fmt.Errorf("no text or html field")
	}
	if strings.TrimSpace(raw.Text) == "" {
		return nil, fmt.Errorf("empty text")
	}
	if v := pick(urlKeys); v != "" {
		raw.URL = v
	}
	if v := pick(titleKeys); v != "" {
		raw.Title = collapseSpace(sanitize(v))
	}
	for _, k := range dateKeys {
		if v, ok := low[k]; ok {
			if d := jsonDate(v); d != "" {
				raw.Published = normalizeDate(d)
				break
			}
		}
	}
	if v := pick(langKeys); v != "" {
		raw.Lang = v
	}
	if v := pick(siteKeys); v != "" {
		raw.Site = v
	}
	return raw, nil
}

// errMessage returns the human message of a *news.Error, or err's text.
func errMessage(err error) string {
	var ne *news.Error
	if errors.As(err, &ne) && ne.Message != "" {
		return ne.Message
	}
	return err.Error()
}

// jsonString returns a JSON string value trimmed, or the "name"/"title"/
// "url" of an object value (publisher objects), or "" for anything else.
func jsonString(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return ""
	}
	switch v[0] {
	case '"':
		var s string
		if json.Unmarshal(v, &s) == nil {
			return strings.TrimSpace(s)
		}
	case '{':
		var m map[string]json.RawMessage
		if json.Unmarshal(v, &m) == nil {
			for _, k := range []string{"name", "title", "url", "href", "text", "value"} {
				if s := jsonString(m[k]); s != "" {
					return s
				}
			}
		}
	case '[':
		// A list of paragraphs.
		var parts []string
		if json.Unmarshal(v, &parts) == nil {
			var kept []string
			for _, p := range parts {
				if p = strings.TrimSpace(p); p != "" {
					kept = append(kept, p)
				}
			}
			return strings.Join(kept, "\n\n")
		}
	}
	return ""
}

// jsonDate returns a date value as given (a string), or a Unix time
// (seconds or milliseconds) as YYYY-MM-DD in UTC.
func jsonDate(v json.RawMessage) string {
	if s := jsonString(v); s != "" {
		return s
	}
	f, err := strconv.ParseFloat(string(bytes.TrimSpace(v)), 64)
	if err != nil || math.IsNaN(f) || f <= 0 {
		return ""
	}
	switch {
	case f > 1e11 && f < 1e14: // milliseconds
		f /= 1000
	case f > 1e8 && f < 1e11: // seconds
	default:
		return ""
	}
	return time.Unix(int64(f), 0).UTC().Format("2006-01-02")
}

// looksHTML reports whether a string field holds markup rather than text.
func looksHTML(s string) bool {
	head := strings.ToLower(s[:min(len(s), 2048)])
	for _, t := range []string{"<p>", "<p ", "<div", "<br", "<html", "<body", "<!doctype", "</p>", "<h1", "<h2", "<article", "<span"} {
		if strings.Contains(head, t) {
			return true
		}
	}
	return false
}

// readJSON reads a file holding one JSON object or an array of them (item
// numbers count the array's elements from 1).
func (r *Reader) readJSON(ctx context.Context, path string, data []byte, fn func(Item) error) error {
	text, cs, err := Decode(data, false)
	if err != nil {
		return fn(Item{Err: invalid(path, "cannot decode: %v", err)})
	}
	if strings.TrimSpace(text) == "" {
		return fn(Item{Err: invalid(path, "empty file")})
	}
	dec := json.NewDecoder(strings.NewReader(text))
	tok, err := dec.Token()
	if err != nil {
		return fn(Item{Err: invalid(path, "invalid JSON: %s", jsonReason(err))})
	}
	one := func(n int, rec map[string]json.RawMessage) error {
		where := path
		if n > 0 {
			where = fmt.Sprintf("%s:%d", path, n)
		}
		raw, err := r.recordToRaw(where, rec)
		if err != nil {
			msg := err.Error()
			if n > 0 {
				msg = fmt.Sprintf("item %d: %s", n, msg)
			}
			return fn(Item{Err: invalid(where, "%s", msg)})
		}
		raw.SourceFile, raw.Item, raw.Charset = path, n, cs
		return fn(Item{Raw: raw})
	}
	switch tok {
	case json.Delim('{'):
		var rec map[string]json.RawMessage
		if err := json.Unmarshal([]byte(text), &rec); err != nil {
			return fn(Item{Err: invalid(path, "invalid JSON: %s", jsonReason(err))})
		}
		return one(0, rec)
	case json.Delim('['):
		n := 0
		for dec.More() {
			if err := ctx.Err(); err != nil {
				return err
			}
			n++
			var rec map[string]json.RawMessage
			if err := dec.Decode(&rec); err != nil {
				return fn(Item{Err: invalid(fmt.Sprintf("%s:%d", path, n), "item %d: invalid JSON: %s", n, jsonReason(err))})
			}
			if err := one(n, rec); err != nil {
				return err
			}
		}
		if n == 0 {
			return fn(Item{Err: invalid(path, "empty JSON array")})
		}
		return nil
	}
	return fn(Item{Err: invalid(path, "JSON holds no article object")})
}
