package export_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"chancery/internal/export"
	"chancery/internal/news"
	"chancery/internal/sqlite"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// fill builds a small store through Update. The texts are fictional.
func fill(t *testing.T) news.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	at := time.Date(2024, 1, 17, 8, 0, 0, 0, time.UTC)
	err = st.Update(ctx, func(tx news.Tx) error {
		ents := []*news.Entity{
			{ID: "e1", Kind: news.KindPerson, Name: "Ivan Primerov", Aliases: []string{"Ivan Primerov", "Иван Примеров"},
				Country: "RUS", Roles: []string{"foreign minister"}},
			{ID: "e2", Kind: news.KindPerson, Name: "I. Primerov", Aliases: []string{"Primerov"}, Country: "RUS"},
			{ID: "e3", Kind: news.KindOrganization, Name: "Ministerio de Relaciones Exteriores", Country: "VEN", Code: "VEN"},
		}
		for _, e := range ents {
			if err := tx.PutEntity(e, nil); err != nil {
				return err
			}
		}
		if err := tx.ReplaceEntity("e2", "e1"); err != nil {
			return err
		}
		a1 := &news.Article{ID: "a1", Hash: "h1", SourceFile: "in/moscow.txt", URL: "https://example.org/1",
			Format: news.FormatText, Lang: "en", Title: "Ministers hold talks", Published: "2024-01-16",
			Dateline: "Moscow", Outlet: "Example Wire", IngestedAt: at,
			Body: "The ministers held talks in Moscow.\n\n\"We agree on everything,\" the minister said.",
			Analysis: &news.Analysis{
				Countries: []string{"RUS", "VEN"},
				// e2 was merged into e1 before this article was stored; p9 was never linked.
				Entities: []news.Entity{{ID: "e2", Kind: news.KindPerson, Name: "Primerov"},
					{ID: "e3", Kind: news.KindOrganization, Name: "the ministry"},
					{ID: "p9", Kind: news.KindPerson, Name: "an aide"}},
				Quotes: []news.Quote{{Text: "We agree on everything,", Speaker: "e2"}, {Text: "No comment"}},
			}}
		a2 := &news.Article{ID: "a2", Hash: "h2", SourceFile: "in/bare.txt", Format: news.FormatText,
			Title: "", Body: "Text without analysis.", IngestedAt: at}
		for _, a := range []*news.Article{a1, a2} {
			if err := tx.PutArticle(a); err != nil {
				return err
			}
		}
		if err := tx.LinkShared("a1", "a2", false); err != nil {
			return err
		}
		return tx.PutEvent(&news.Event{ID: "v1", Type: news.Consult, Source: []string{"RUS"}, Target: []string{"VEN"},
			Persons: []string{"e1"}, Date: "2024-01-16", Place: "Moscow",
			Mentions: []news.Mention{{Article: "a1", Text: "The ministers held talks in Moscow.", Lang: "en",
				Span: news.Span{Start: 0, End: 35}, Trigger: "held talks"}},
			Articles: 1, Outlets: 1, Languages: 1, Independent: true}, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run with -update after review):\ngot\n%s\nwant\n%s", name, got, want)
	}
}

func TestJSONL(t *testing.T) {
	st := fill(t)
	var buf bytes.Buffer
	if err := export.JSONL(context.Background(), st, &buf); err != nil {
		t.Fatal(err)
	}
	golden(t, "export.golden.jsonl", buf.Bytes())

	// The contract of ../shared/eval/EXPORT.md: every line has a kind, and
	// the required fields are there with the right JSON types.
	required := map[string]map[string]string{
		"article": {"id": "string", "source_file": "string|null", "url": "string|null", "lang": "string",
			"title": "string", "published": "string|null", "body": "string", "countries": "array",
			"entities": "array", "quotes": "array", "shares_text_with": "array"},
		"entity": {"id": "string", "name": "string", "aliases": "array", "country": "string|null", "roles": "array"},
		"event": {"id": "string", "type": "string", "source": "array", "target": "array", "persons": "array",
			"date": "string|null", "place": "string|null", "mode": "string", "mentions": "array"},
	}
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line map[string]any
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		kind, _ := line["kind"].(string)
		fields, ok := required[kind]
		if !ok {
			t.Errorf("line with kind %q", kind)
			continue
		}
		for f, typ := range fields {
			v, present := line[f]
			if !present {
				t.Errorf("%s %v: missing %q", kind, line["id"], f)
				continue
			}
			got := "string"
			switch v.(type) {
			case nil:
				got = "null"
			case []any:
				got = "array"
			case string:
			default:
				got = "other"
			}
			if got != typ && !(typ == "string|null" && (got == "string" || got == "null")) {
				t.Errorf("%s %v: %s is %s, want %s", kind, line["id"], f, got, typ)
			}
		}
	}
}

func TestCSV(t *testing.T) {
	st := fill(t)
	for _, what := range []string{"events", "articles"} {
		var buf bytes.Buffer
		if err := export.CSV(context.Background(), st, &buf, what); err != nil {
			t.Fatal(err)
		}
		golden(t, what+".golden.csv", buf.Bytes())
	}
	if err := export.CSV(context.Background(), st, &bytes.Buffer{}, "nope"); news.ErrorCode(err) != news.EInvalid {
		t.Errorf("CSV(nope): got %v, want invalid", err)
	}
}
