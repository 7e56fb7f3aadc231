package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// run runs one command line through Main, as the binary would.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain()
	m.Stdout, m.Stderr = &out, &errb
	m.Now = func() time.Time { return time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC) }
	m.IsTerminal = func() bool { return false }
	code = m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const enArticle = `News > World

Ministers of Norway and Chile Hold Talks in Oslo

Published 14 March 2023

OSLO - Norwegian Foreign Minister Kari Dalen met her Chilean counterpart, Tomas Ferrada, in Oslo on Monday to discuss fisheries and climate cooperation.

The two ministers agreed to set up a joint working group on ocean research, the Norwegian Foreign Ministry said in a statement.

"Our countries share a long coastline and a long friendship," Dalen told reporters after the meeting.

RELATED:
Stock markets close higher on Friday

Share on Facebook
`

const deArticle = `Chiles Außenminister in Oslo

Der chilenische Außenminister Tomas Ferrada ist am Montag in Oslo mit seiner norwegischen Amtskollegin Kari Dalen zusammengetroffen. Die beiden Minister vereinbarten eine engere Zusammenarbeit in der Meeresforschung.

Mehr zum Thema - Börsen schließen im Plus
`

func TestIngestExportEndToEnd(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, filepath.Join(in, "a_en.txt"), enArticle)
	write(t, filepath.Join(in, "sub", "b_de.txt"), deArticle)
	write(t, filepath.Join(in, "empty.txt"), "")
	write(t, filepath.Join(in, "lines.jsonl"),
		`{"url":"https://example.org/1","title":"Peru and Ecuador sign border accord","published":"2023-05-02","text":"Peru and Ecuador signed a border accord in Lima on Tuesday, the foreign ministries of both countries said."}`+"\n"+
			`{"url":"https://example.org/2","title":"broken`+"\n")
	db := filepath.Join(dir, "c.db")

	code, out, errOut := run(t, "ingest", "--db", db, in)
	if code != 1 {
		t.Fatalf("ingest exit code = %d, want 1 (some inputs failed)\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	for _, want := range []string{"3 stored", "2 failed", "empty.txt", "lines.jsonl:2"} {
		if !strings.Contains(out, want) {
			t.Errorf("ingest summary lacks %q:\n%s", want, out)
		}
	}

	// Re-ingesting the same content is a no-op.
	code, out, _ = run(t, "ingest", "--db", db, filepath.Join(in, "a_en.txt"))
	if code != 0 || !strings.Contains(out, "0 stored, 1 already present") {
		t.Fatalf("re-ingest: code %d, summary:\n%s", code, out)
	}

	exp := filepath.Join(dir, "export.jsonl")
	if code, _, errOut := run(t, "export", "--db", db, "--format", "jsonl", "-o", exp); code != 0 {
		t.Fatalf("export exit code %d: %s", code, errOut)
	}
	b, err := os.ReadFile(exp)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	byFile := map[string]map[string]any{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("export line is not JSON: %v\n%s", err, line)
		}
		kind, _ := rec["kind"].(string)
		kinds[kind]++
		if kind == "article" {
			sf, _ := rec["source_file"].(string)
			byFile[filepath.Base(sf)] = rec
			for _, f := range []string{"id", "lang", "title", "body", "countries", "entities", "quotes", "shares_text_with"} {
				if _, ok := rec[f]; !ok {
					t.Errorf("article %s lacks field %q", sf, f)
				}
			}
		}
	}
	if kinds["article"] != 3 {
		t.Fatalf("export has %d articles, want 3", kinds["article"])
	}
	en := byFile["a_en.txt"]
	if en == nil {
		t.Fatalf("a_en.txt not in export; have %v", byFile)
	}
	if got := en["title"]; got != "Ministers of Norway and Chile Hold Talks in Oslo" {
		t.Errorf("title = %q", got)
	}
	if got := en["published"]; got != "2023-03-14" {
		t.Errorf("published = %v, want 2023-03-14", got)
	}
	if got := en["lang"]; got != "en" {
		t.Errorf("lang = %v, want en", got)
	}
	body, _ := en["body"].(string)
	if !strings.Contains(body, "agreed to set up a joint working group") {
		t.Errorf("body lost its text:\n%s", body)
	}
	for _, junk := range []string{"Stock markets close higher", "Share on Facebook", "News > World"} {
		if strings.Contains(body, junk) {
			t.Errorf("body kept boilerplate %q", junk)
		}
	}
	if de := byFile["b_de.txt"]; de == nil || de["lang"] != "de" {
		t.Errorf("German article missing or wrong language: %v", de)
	}
	if byFile["lines.jsonl"] == nil {
		t.Errorf("the good JSON Lines record was not stored")
	}
	if kinds["event"] == 0 {
		t.Errorf("no events extracted")
	}
}

func TestUsageErrors(t *testing.T) {
	if code, _, _ := run(t); code != 2 {
		t.Errorf("no args: exit %d, want 2", code)
	}
	if code, _, _ := run(t, "frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
	if code, _, _ := run(t, "ingest", "--db", filepath.Join(t.TempDir(), "x.db")); code != 2 {
		t.Errorf("ingest without paths: exit %d, want 2", code)
	}
	if code, _, _ := run(t, "export", "--format", "xml", "--db", filepath.Join(t.TempDir(), "x.db")); code != 2 {
		t.Errorf("bad format: exit %d, want 2", code)
	}
}

// Commands that build a database afresh never delete what is not one.
func TestReplaceDBRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "notes.txt")
	write(t, doc, "precious")
	if code, _, _ := run(t, "bench", "--store", "--db", doc, doc); code != 2 {
		t.Errorf("bench --store over a text file: exit %d, want 2", code)
	}
	if b, err := os.ReadFile(doc); err != nil || string(b) != "precious" {
		t.Errorf("the file was touched: %q, %v", b, err)
	}
	if code, _, _ := run(t, "demo", "--no-serve", "--db", dir); code != 2 {
		t.Errorf("demo over a folder: exit %d, want 2", code)
	}
}
