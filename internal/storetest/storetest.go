// Package storetest is the conformance suite every news.Store passes. An
// implementation's tests call Run with a function that opens a fresh, empty
// store:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) news.Store { ... })
//	}
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"chancery/internal/news"
)

// Opener returns a fresh, empty store; the suite closes it.
type Opener func(t *testing.T) news.Store

// Run runs every conformance test against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, news.Store)
	}{
		{"ArticleRoundTrip", testArticleRoundTrip},
		{"ArticleReplace", testArticleReplace},
		{"ArticleNotFound", testNotFound},
		{"ArticlesFilter", testArticlesFilter},
		{"Entities", testEntities},
		{"EntitiesFilter", testEntitiesFilter},
		{"NewID", testNewID},
		{"BandsAndShared", testBandsAndShared},
		{"BandsKept", testBandsKept},
		{"Events", testEvents},
		{"EventsFilter", testEventsFilter},
		{"EventsPages", testEventsPages},
		{"EventAggregates", testEventAggregates},
		{"QuotesBy", testQuotesBy},
		{"ReplaceEntity", testReplaceEntity},
		{"Corrections", testCorrections},
		{"Search", testSearch},
		{"SearchHostileQueries", testSearchHostile},
		{"Rollback", testRollback},
		{"Stats", testStats},
		{"Each", testEach},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := open(t)
			t.Cleanup(func() {
				if err := st.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tt.fn(t, st)
		})
	}
}

var ingested = time.Date(2024, 3, 5, 10, 30, 0, 0, time.UTC)

func update(t *testing.T, st news.Store, fn func(news.Tx) error) {
	t.Helper()
	if err := st.Update(context.Background(), fn); err != nil {
		t.Fatalf("update: %v", err)
	}
}

func must(err error) {
	if err != nil {
		panic(err) // only inside test helpers run under update, which reports it
	}
}

// article builds a small analysed article. Texts are fictional.
func article(id, lang, published, title, body string, countries []string, ents ...news.Entity) *news.Article {
	return &news.Article{
		ID: id, Hash: "hash-" + id, SourceFile: "in/" + id + ".txt", Format: news.FormatText,
		Lang: lang, Title: title, Published: published, Body: body, IngestedAt: ingested,
		Analysis: &news.Analysis{Countries: countries, Entities: ents, Quotes: []news.Quote{}, Events: []news.Event{}},
	}
}

func person(id, name, country string, roles ...string) news.Entity {
	return news.Entity{ID: id, Kind: news.KindPerson, Name: name, Aliases: []string{name}, Country: country, Roles: roles}
}

func asJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func testArticleRoundTrip(t *testing.T, st news.Store) {
	ctx := context.Background()
	a := &news.Article{
		ID: "0123456789abcdef", Hash: "deadbeef", SourceFile: "feeds/wire.jsonl", Item: 3,
		URL: "https://example.org/news/1", Format: news.FormatJSONL, Charset: "windows-1251",
		Outlet: "Example Wire", Lang: "ru", Title: "Министр провёл переговоры в Женеве",
		Published: "2024-02-29", Dateline: "Geneva",
		Body:       "Министр иностранных дел провёл переговоры.\n\n«Мы договорились», — сказал он.",
		Dropped:    []news.Dropped{{Text: "Поделиться", Reason: "share"}},
		Embeds:     []news.Embed{{Author: "A. Writer", Handle: "@writer", Text: "post", URL: "https://x.example/1"}},
		Notes:      []string{"date: no year in dateline"},
		IngestedAt: ingested,
		Analysis: &news.Analysis{
			Sentences: []news.Sentence{{Span: news.Span{Start: 0, End: 79}}},
			Countries: []string{"CHE", "RUS"},
			Entities:  []news.Entity{person("e1", "Иван Петров", "RUS", "foreign minister")},
			Actors:    []news.ActorMention{{Span: news.Span{Start: 0, End: 10}, Text: "Министр", Kind: news.ActorPerson, Code: "RUS", Entity: "e1"}},
			Quotes:    []news.Quote{{Span: news.Span{Start: 85, End: 105}, Text: "Мы договорились", Speaker: "e1"}},
			Events:    []news.Event{{Type: news.Consult, Source: []string{"RUS"}, Persons: []string{"e1"}}},
			Dates:     []news.DateRef{{Text: "вчера", Value: "2024-02-28"}},
		},
		DuplicateOf: "",
	}
	update(t, st, func(tx news.Tx) error { return tx.PutArticle(a) })
	got, err := st.Article(ctx, a.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if !got.IngestedAt.Equal(a.IngestedAt) {
		t.Errorf("IngestedAt: got %v, want %v", got.IngestedAt, a.IngestedAt)
	}
	got.IngestedAt = a.IngestedAt
	if g, w := asJSON(t, got), asJSON(t, a); g != w {
		t.Errorf("round trip:\ngot  %s\nwant %s", g, w)
	}
	update(t, st, func(tx news.Tx) error {
		id, err := tx.ArticleIDByHash("deadbeef")
		if err != nil || id != a.ID {
			return fmt.Errorf("ArticleIDByHash: got %q, %v, want %q", id, err, a.ID)
		}
		id, err = tx.ArticleIDByHash("nope")
		if err != nil || id != "" {
			return fmt.Errorf("ArticleIDByHash(missing): got %q, %v, want \"\"", id, err)
		}
		return nil
	})
}

func testArticleReplace(t *testing.T, st news.Store) {
	ctx := context.Background()
	a := article("a1", "de", "2024-01-02", "Treffen in Berlin", "Die Ministerin traf ihren Amtskollegen.", []string{"DEU", "FRA"},
		person("e1", "Anna Beispiel", "DEU", "foreign minister"))
	a.Analysis.Quotes = []news.Quote{{Text: "Wir sind uns einig", Speaker: "e1"}}
	update(t, st, func(tx news.Tx) error { return tx.PutArticle(a) })
	b := article("a1", "de", "2024-01-03", "Gespräch in Paris", "Der Minister reiste nach Paris.", []string{"ITA"})
	update(t, st, func(tx news.Tx) error { return tx.PutArticle(b) })

	got, err := st.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != b.Title || got.Published != b.Published {
		t.Errorf("replace: got %q %q, want %q %q", got.Title, got.Published, b.Title, b.Published)
	}
	for _, f := range []news.ArticleFilter{{Country: "DEU"}, {Entity: "e1"}, {Query: "Berlin"}} {
		_, n, err := st.Articles(ctx, f)
		if err != nil || n != 0 {
			t.Errorf("Articles(%+v) after replace: got %d, %v, want 0 (old derived rows left)", f, n, err)
		}
	}
	for _, f := range []news.ArticleFilter{{Country: "ITA"}, {Query: "Paris"}} {
		_, n, err := st.Articles(ctx, f)
		if err != nil || n != 1 {
			t.Errorf("Articles(%+v) after replace: got %d, %v, want 1", f, n, err)
		}
	}
	s, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Articles != 1 || s.Quotes != 0 {
		t.Errorf("stats after replace: got %d articles %d quotes, want 1, 0", s.Articles, s.Quotes)
	}
}

func testNotFound(t *testing.T, st news.Store) {
	ctx := context.Background()
	_, err := st.Article(ctx, "missing")
	if got := news.ErrorCode(err); got != news.ENotFound {
		t.Errorf("Article(missing): got code %q (%v), want %q", got, err, news.ENotFound)
	}
	_, err = st.Entity(ctx, "e404")
	if got := news.ErrorCode(err); got != news.ENotFound {
		t.Errorf("Entity(missing): got code %q (%v), want %q", got, err, news.ENotFound)
	}
	_, err = st.Event(ctx, "v404")
	if got := news.ErrorCode(err); got != news.ENotFound {
		t.Errorf("Event(missing): got code %q (%v), want %q", got, err, news.ENotFound)
	}
	update(t, st, func(tx news.Tx) error {
		e, err := tx.Entity("e404")
		if err != nil || e != nil {
			return fmt.Errorf("Tx.Entity(missing): got %v, %v, want nil, nil", e, err)
		}
		return nil
	})
}

func ids[T any](v []T, id func(T) string) []string {
	out := []string{}
	for _, x := range v {
		out = append(out, id(x))
	}
	return out
}

func articleIDs(v []*news.Article) []string {
	return ids(v, func(a *news.Article) string { return a.ID })
}
func entityIDs(v []*news.Entity) []string { return ids(v, func(e *news.Entity) string { return e.ID }) }
func eventIDs(v []*news.Event) []string   { return ids(v, func(e *news.Event) string { return e.ID }) }

func testArticlesFilter(t *testing.T, st news.Store) {
	ctx := context.Background()
	arts := []*news.Article{
		article("a1", "en", "2024-01-10", "Ministers meet in Geneva", "The two foreign ministers held talks in Geneva on Tuesday.",
			[]string{"CHE", "USA"}, person("e1", "John Example", "USA", "secretary of state")),
		article("a2", "ru", "2024-01-12", "Переговоры в Москве", "Министры провели переговоры в Москве.",
			[]string{"RUS", "VEN"}, person("e2", "Пётр Образцов", "RUS", "foreign minister")),
		article("a3", "es", "2024-02-01", "Reunión en Caracas", "El canciller se reunió con su homólogo en México.",
			[]string{"VEN", "MEX"}, person("e1", "John Example", "USA")),
		article("a4", "en", "", "Undated note", "A statement without a date.", nil),
	}
	update(t, st, func(tx news.Tx) error {
		for _, a := range arts {
			if err := tx.PutArticle(a); err != nil {
				return err
			}
		}
		return nil
	})
	tests := []struct {
		name  string
		f     news.ArticleFilter
		want  []string
		total int
	}{
		{"all newest first", news.ArticleFilter{}, []string{"a3", "a2", "a1", "a4"}, 4},
		{"lang", news.ArticleFilter{Lang: "en"}, []string{"a1", "a4"}, 2},
		{"country", news.ArticleFilter{Country: "VEN"}, []string{"a3", "a2"}, 2},
		{"entity", news.ArticleFilter{Entity: "e1"}, []string{"a3", "a1"}, 2},
		{"query", news.ArticleFilter{Query: "geneva"}, []string{"a1"}, 1},
		{"query cyrillic case", news.ArticleFilter{Query: "МОСКВЕ"}, []string{"a2"}, 1},
		{"query without accent", news.ArticleFilter{Query: "mexico"}, []string{"a3"}, 1},
		{"query with accent", news.ArticleFilter{Query: "homólogo"}, []string{"a3"}, 1},
		{"from", news.ArticleFilter{From: "2024-01-11"}, []string{"a3", "a2"}, 2},
		{"to", news.ArticleFilter{To: "2024-01-12"}, []string{"a2", "a1"}, 2},
		{"to month", news.ArticleFilter{To: "2024-01"}, []string{"a2", "a1"}, 2},
		{"combined", news.ArticleFilter{Lang: "en", Country: "USA", From: "2024-01-01"}, []string{"a1"}, 1},
		{"page", news.ArticleFilter{Offset: 1, Limit: 2}, []string{"a2", "a1"}, 4},
		{"past end", news.ArticleFilter{Offset: 10}, []string{}, 4},
		{"nothing", news.ArticleFilter{Lang: "xx"}, []string{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, total, err := st.Articles(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if g := articleIDs(got); !slices.Equal(g, tt.want) || total != tt.total {
				t.Errorf("got %v (total %d), want %v (total %d)", g, total, tt.want, tt.total)
			}
		})
	}
}

func testEntities(t *testing.T, st news.Store) {
	ctx := context.Background()
	e := &news.Entity{ID: "e7", Kind: news.KindPerson, Name: "Maria Beispiel",
		Aliases: []string{"Maria Beispiel", "Мария Бейшпиль"}, Country: "ESP", Roles: []string{"president"}}
	org := &news.Entity{ID: "e8", Kind: news.KindOrganization, Name: "Ministry of Foreign Affairs of Spain",
		Aliases: []string{}, Country: "ESP", Roles: []string{}, Code: "ESP", Locked: true}
	update(t, st, func(tx news.Tx) error {
		if err := tx.PutEntity(e, []string{"n:beispiel", "n:maria beispiel"}); err != nil {
			return err
		}
		return tx.PutEntity(org, []string{"o:esp mfa"})
	})
	for _, want := range []*news.Entity{e, org} {
		got, err := st.Entity(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := asJSON(t, got), asJSON(t, want); g != w {
			t.Errorf("Entity(%s):\ngot  %s\nwant %s", want.ID, g, w)
		}
	}
	update(t, st, func(tx news.Tx) error {
		tests := []struct {
			keys []string
			want []string
		}{
			{[]string{"n:beispiel"}, []string{"e7"}},
			{[]string{"n:beispiel", "n:maria beispiel", "o:esp mfa"}, []string{"e7", "e8"}},
			{[]string{"none"}, []string{}},
			{nil, []string{}},
		}
		for _, tt := range tests {
			got, err := tx.EntitiesByKeys(tt.keys)
			if err != nil {
				return err
			}
			g := entityIDs(got)
			sort.Strings(g)
			if !slices.Equal(g, tt.want) {
				return fmt.Errorf("EntitiesByKeys(%v): got %v, want %v", tt.keys, g, tt.want)
			}
		}
		// Keys are replaced, not added.
		e2 := *e
		e2.Name = "María Beispiel"
		if err := tx.PutEntity(&e2, []string{"n:maria"}); err != nil {
			return err
		}
		if got, err := tx.EntitiesByKeys([]string{"n:beispiel"}); err != nil || len(got) != 0 {
			return fmt.Errorf("old key after PutEntity: got %v, %v, want none", entityIDs(got), err)
		}
		got, err := tx.Entity("e7")
		if err != nil || got == nil || got.Name != "María Beispiel" {
			return fmt.Errorf("Tx.Entity after replace: got %+v, %v", got, err)
		}
		return nil
	})
}

func testEntitiesFilter(t *testing.T, st news.Store) {
	ctx := context.Background()
	ents := []*news.Entity{
		{ID: "e1", Kind: news.KindPerson, Name: "Sergej Beispielow", Aliases: []string{"Сергей Примеров", "Sergei Primerov"}, Country: "RUS"},
		{ID: "e2", Kind: news.KindPerson, Name: "José Ejemplo", Aliases: []string{"Jose Ejemplo"}, Country: "VEN"},
		{ID: "e3", Kind: news.KindOrganization, Name: "Agencia Nacional", Country: "VEN", Code: "VEN"},
		{ID: "e4", Kind: news.KindPerson, Name: "Émile Exemple", Country: "FRA"},
	}
	update(t, st, func(tx news.Tx) error {
		for _, e := range ents {
			if err := tx.PutEntity(e, nil); err != nil {
				return err
			}
		}
		return nil
	})
	tests := []struct {
		name  string
		f     news.EntityFilter
		want  []string
		total int
	}{
		{"all by name", news.EntityFilter{}, []string{"e3", "e4", "e2", "e1"}, 4},
		{"kind", news.EntityFilter{Kind: news.KindOrganization}, []string{"e3"}, 1},
		{"country", news.EntityFilter{Country: "VEN"}, []string{"e3", "e2"}, 2},
		{"name prefix", news.EntityFilter{Query: "ejem"}, []string{"e2"}, 1},
		{"alias cyrillic prefix", news.EntityFilter{Query: "прим"}, []string{"e1"}, 1},
		{"alias latin", news.EntityFilter{Query: "primerov"}, []string{"e1"}, 1},
		{"accent folded", news.EntityFilter{Query: "emile"}, []string{"e4"}, 1},
		{"accent typed", news.EntityFilter{Query: "Émile"}, []string{"e4"}, 1},
		{"two words", news.EntityFilter{Query: "jose ejemplo"}, []string{"e2"}, 1},
		{"page", news.EntityFilter{Limit: 1, Offset: 1}, []string{"e4"}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, total, err := st.Entities(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if g := entityIDs(got); !slices.Equal(g, tt.want) || total != tt.total {
				t.Errorf("got %v (total %d), want %v (total %d)", g, total, tt.want, tt.total)
			}
		})
	}
}

func testNewID(t *testing.T, st news.Store) {
	var got []string
	for range 2 {
		update(t, st, func(tx news.Tx) error {
			for _, p := range []string{"e", "v", "e"} {
				id, err := tx.NewID(p)
				if err != nil {
					return err
				}
				got = append(got, id)
			}
			return nil
		})
	}
	want := []string{"e1", "v1", "e2", "e3", "v2", "e4"}
	if !slices.Equal(got, want) {
		t.Errorf("NewID: got %v, want %v", got, want)
	}
	// A rolled-back id may be handed out again; a stored one never.
	update(t, st, func(tx news.Tx) error {
		return tx.PutEntity(&news.Entity{ID: "e5", Kind: news.KindPerson, Name: "Taken"}, nil)
	})
	update(t, st, func(tx news.Tx) error {
		id, err := tx.NewID("e")
		if err != nil {
			return err
		}
		if id == "e5" || id == "" {
			return fmt.Errorf("NewID after e5 stored: got %q", id)
		}
		return nil
	})
}

func testBandsAndShared(t *testing.T, st news.Store) {
	update(t, st, func(tx news.Tx) error {
		if err := tx.PutBands("a1", []uint64{1, 2, 1 << 63, ^uint64(0)}, []uint32{7, 0, 1<<32 - 1}); err != nil {
			return err
		}
		if err := tx.PutBands("a2", []uint64{2, 3}, []uint32{1}); err != nil {
			return err
		}
		tests := []struct {
			bands []uint64
			want  []string
		}{
			{[]uint64{2}, []string{"a1", "a2"}},
			{[]uint64{^uint64(0)}, []string{"a1"}},
			{[]uint64{1 << 63, 3}, []string{"a1", "a2"}},
			{[]uint64{99}, []string{}},
		}
		for _, tt := range tests {
			got, err := tx.ArticlesByBands(tt.bands, 0)
			if err != nil {
				return err
			}
			sort.Strings(got)
			if got == nil {
				got = []string{}
			}
			if !slices.Equal(got, tt.want) {
				return fmt.Errorf("ArticlesByBands(%v): got %v, want %v", tt.bands, got, tt.want)
			}
		}
		sig, err := tx.Signature("a1")
		if err != nil || !slices.Equal(sig, []uint32{7, 0, 1<<32 - 1}) {
			return fmt.Errorf("Signature: got %v, %v", sig, err)
		}
		if sig, err := tx.Signature("none"); err != nil || sig != nil {
			return fmt.Errorf("Signature(missing): got %v, %v, want nil", sig, err)
		}
		// Bands are replaced.
		if err := tx.PutBands("a2", []uint64{4}, []uint32{2}); err != nil {
			return err
		}
		if got, err := tx.ArticlesByBands([]uint64{3}, 0); err != nil || len(got) != 0 {
			return fmt.Errorf("old band after PutBands: got %v, %v", got, err)
		}
		for _, l := range [][2]string{{"a1", "a2"}, {"a3", "a1"}, {"a1", "a2"}} {
			if err := tx.LinkShared(l[0], l[1], false); err != nil {
				return err
			}
		}
		for id, want := range map[string][]string{"a1": {"a2", "a3"}, "a2": {"a1"}, "a3": {"a1"}, "a9": nil} {
			got, err := tx.SharedWith(id)
			if err != nil {
				return err
			}
			sort.Strings(got)
			if len(got) != len(want) || (len(want) > 0 && !slices.Equal(got, want)) {
				return fmt.Errorf("SharedWith(%s): got %v, want %v", id, got, want)
			}
		}
		return nil
	})
	// The read side shows the links on the article.
	update(t, st, func(tx news.Tx) error {
		return tx.PutArticle(article("a1", "en", "2024-01-01", "T", "Body text.", nil))
	})
	a, err := st.Article(context.Background(), "a1")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.SharesTextWith, []string{"a2", "a3"}) {
		t.Errorf("SharesTextWith: got %v, want [a2 a3]", a.SharesTextWith)
	}
}

func event(id, typ, date string, src, dst []string, persons []string, ms ...news.Mention) *news.Event {
	return &news.Event{ID: id, Type: typ, Source: src, Target: dst, Persons: persons, Date: date, Mode: news.ModeFactual,
		Mentions: ms, Articles: len(ms), Outlets: 1, Languages: 1}
}

func mention(article, lang, text string) news.Mention {
	return news.Mention{Article: article, Lang: lang, Text: text, Span: news.Span{Start: 0, End: len(text)}, Trigger: "met"}
}

func testEvents(t *testing.T, st news.Store) {
	ctx := context.Background()
	ev := &news.Event{ID: "v1", Type: news.Consult, Source: []string{"RUS"}, Target: []string{"VEN", "CUB"},
		Persons: []string{"e1", "e2"}, Date: "2024-01-16", Place: "Moscow", Mode: news.ModeFactual,
		Mentions: []news.Mention{
			{Article: "a1", Text: "The ministers met in Moscow on Thursday.", Span: news.Span{Start: 10, End: 50},
				Lang: "en", Date: "2024-01-16", Place: "Moscow", Trigger: "met"},
			{Article: "a2", Text: "Die Minister trafen sich in Moskau.", Span: news.Span{Start: 0, End: 36},
				Lang: "de", Place: "Moscow", Trigger: "trafen sich"},
		},
		Articles: 2, Outlets: 2, Languages: 2, Independent: true}
	update(t, st, func(tx news.Tx) error { return tx.PutEvent(ev, []string{"k:consult:rus:2024-01", "k:x"}) })
	got, err := st.Event(ctx, "v1")
	if err != nil {
		t.Fatal(err)
	}
	if g, w := asJSON(t, got), asJSON(t, ev); g != w {
		t.Errorf("Event round trip:\ngot  %s\nwant %s", g, w)
	}
	update(t, st, func(tx news.Tx) error {
		got, err := tx.EventsByKeys([]string{"k:x", "k:consult:rus:2024-01", "k:none"})
		if err != nil {
			return err
		}
		if len(got) != 1 || got[0].ID != "v1" || len(got[0].Mentions) != 2 {
			return fmt.Errorf("EventsByKeys: got %v", eventIDs(got))
		}
		// Replace: fewer mentions, new keys.
		ev2 := *ev
		ev2.Mentions = ev.Mentions[:1]
		ev2.Target = []string{"VEN"}
		if err := tx.PutEvent(&ev2, []string{"k:y"}); err != nil {
			return err
		}
		if got, err := tx.EventsByKeys([]string{"k:x"}); err != nil || len(got) != 0 {
			return fmt.Errorf("old key after PutEvent: got %v, %v", eventIDs(got), err)
		}
		got, err = tx.EventsByKeys([]string{"k:y"})
		if err != nil || len(got) != 1 || len(got[0].Mentions) != 1 {
			return fmt.Errorf("EventsByKeys after replace: got %v, %v", eventIDs(got), err)
		}
		return nil
	})
	if _, n, _ := st.Events(ctx, news.EventFilter{Country: "CUB"}); n != 0 {
		t.Errorf("Events(CUB) after replace: got %d, want 0", n)
	}
	s, _ := st.Stats(ctx)
	if s.Mentions != 1 {
		t.Errorf("mentions after replace: got %d, want 1", s.Mentions)
	}
	update(t, st, func(tx news.Tx) error { return tx.DeleteEvent("v1") })
	if _, err := st.Event(ctx, "v1"); news.ErrorCode(err) != news.ENotFound {
		t.Errorf("Event after DeleteEvent: got %v, want not found", err)
	}
	s, _ = st.Stats(ctx)
	if s.Events != 0 || s.Mentions != 0 {
		t.Errorf("after DeleteEvent: got %d events %d mentions, want 0, 0", s.Events, s.Mentions)
	}
	update(t, st, func(tx news.Tx) error {
		if got, err := tx.EventsByKeys([]string{"k:y"}); err != nil || len(got) != 0 {
			return fmt.Errorf("keys after DeleteEvent: got %v, %v", eventIDs(got), err)
		}
		return nil
	})
}

func testEventsFilter(t *testing.T, st news.Store) {
	ctx := context.Background()
	evs := []*news.Event{
		event("v1", news.Consult, "2024-01-16", []string{"RUS"}, []string{"VEN"}, []string{"e1"},
			mention("a1", "en", "Ministers met in Moscow."), mention("a2", "ru", "Министры встретились в Москве.")),
		event("v2", news.Accuse, "2024-01-20", []string{"RUS"}, []string{"USA"}, nil,
			mention("a1", "en", "Moscow accused Washington.")),
		event("v3", news.Agree, "2024-02", []string{"VEN"}, []string{"RUS"}, []string{"e1", "e2"},
			mention("a3", "es", "Venezuela y Rusia firmaron un acuerdo.")),
		event("v4", news.Consult, "", []string{"CUB"}, []string{"VEN"}, []string{"e2"},
			mention("a3", "es", "Cuba y Venezuela conversaron.")),
	}
	intend := news.ModeIntend
	evs[1].Mode = intend
	update(t, st, func(tx news.Tx) error {
		for _, e := range evs {
			if err := tx.PutEvent(e, nil); err != nil {
				return err
			}
		}
		return nil
	})
	factual := news.ModeFactual
	tests := []struct {
		name  string
		f     news.EventFilter
		want  []string
		total int
	}{
		{"all latest first, coarse month before its days", news.EventFilter{}, []string{"v3", "v2", "v1", "v4"}, 4},
		{"type", news.EventFilter{Type: news.Consult}, []string{"v1", "v4"}, 2},
		{"country either side", news.EventFilter{Country: "VEN"}, []string{"v3", "v1", "v4"}, 3},
		{"dyad", news.EventFilter{Dyad: []string{"VEN", "RUS"}}, []string{"v3", "v1"}, 2},
		{"dyad reversed", news.EventFilter{Dyad: []string{"RUS", "VEN"}}, []string{"v3", "v1"}, 2},
		{"dyad none", news.EventFilter{Dyad: []string{"USA", "VEN"}}, []string{}, 0},
		{"person", news.EventFilter{Person: "e2"}, []string{"v3", "v4"}, 2},
		{"article", news.EventFilter{Article: "a1"}, []string{"v2", "v1"}, 2},
		{"lang", news.EventFilter{Lang: "ru"}, []string{"v1"}, 1},
		{"mode intend", news.EventFilter{Mode: &intend}, []string{"v2"}, 1},
		{"mode factual", news.EventFilter{Mode: &factual}, []string{"v3", "v1", "v4"}, 3},
		{"from", news.EventFilter{From: "2024-01-17"}, []string{"v3", "v2"}, 2},
		{"to", news.EventFilter{To: "2024-01-31"}, []string{"v2", "v1"}, 2},
		{"to month keeps days", news.EventFilter{To: "2024-01"}, []string{"v2", "v1"}, 2},
		{"combined", news.EventFilter{Type: news.Consult, Country: "RUS", Lang: "en"}, []string{"v1"}, 1},
		{"page", news.EventFilter{Offset: 1, Limit: 2}, []string{"v2", "v1"}, 4},
		{"page past the end", news.EventFilter{Offset: 10}, []string{}, 4},
		{"type and country", news.EventFilter{Type: news.Consult, Country: "VEN"}, []string{"v1", "v4"}, 2},
		{"type and dyad", news.EventFilter{Type: news.Agree, Dyad: []string{"RUS", "VEN"}}, []string{"v3"}, 1},
		{"type, country and dyad", news.EventFilter{Type: news.Consult, Country: "CUB", Dyad: []string{"VEN", "CUB"}}, []string{"v4"}, 1},
		{"type and person", news.EventFilter{Type: news.Agree, Person: "e1"}, []string{"v3"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, total, err := st.Events(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if g := eventIDs(got); !slices.Equal(g, tt.want) || total != tt.total {
				t.Errorf("got %v (total %d), want %v (total %d)", g, total, tt.want, tt.total)
			}
			for _, e := range got {
				if len(e.Mentions) == 0 {
					t.Errorf("event %s listed without its mentions", e.ID)
				}
			}
		})
	}
	// FirstMention keeps each event's first report only.
	got, _, err := st.Events(ctx, news.EventFilter{Dyad: []string{"RUS", "VEN"}, FirstMention: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range got {
		if len(e.Mentions) != 1 {
			t.Errorf("FirstMention: event %s has %d mentions, want 1", e.ID, len(e.Mentions))
		}
	}
	if len(got) == 2 && (got[1].Mentions[0].Text != "Ministers met in Moscow." || got[1].Mentions[0].Article != "a1") {
		t.Errorf("FirstMention: got %+v, want the first report of v1", got[1].Mentions)
	}
	// A changed type or date moves the event in every filter and aggregate.
	evs[3].Type, evs[3].Date = news.Agree, "2024-03-02"
	update(t, st, func(tx news.Tx) error { return tx.PutEvent(evs[3], nil) })
	if got, n, err := st.Events(ctx, news.EventFilter{Type: news.Consult, Country: "VEN"}); err != nil || n != 1 || eventIDs(got)[0] != "v1" {
		t.Errorf("type and country after a retype: got %v (total %d), %v, want [v1]", eventIDs(got), n, err)
	}
	if got, n, err := st.Events(ctx, news.EventFilter{Type: news.Agree, Dyad: []string{"CUB", "VEN"}}); err != nil || n != 1 || eventIDs(got)[0] != "v4" {
		t.Errorf("type and dyad after a retype: got %v (total %d), %v, want [v4]", eventIDs(got), n, err)
	}
	ps, err := st.Partners(ctx, "CUB")
	if err != nil || fmt.Sprint(ps) != "[{VEN AGREE 1}]" {
		t.Errorf("Partners(CUB) after a retype: got %v, %v, want [{VEN AGREE 1}]", ps, err)
	}
	for _, f := range []news.EventFilter{{Dyad: []string{"VEN", "CUB"}}, {Country: "CUB"}} {
		counts, err := st.EventCounts(ctx, f)
		if err != nil || fmt.Sprint(counts) != "[{2024-03 AGREE 1}]" {
			t.Errorf("EventCounts(%+v) after a retype: got %v, %v, want [{2024-03 AGREE 1}]", f, counts, err)
		}
	}
}

func testReplaceEntity(t *testing.T, st news.Store) {
	ctx := context.Background()
	a := article("a1", "en", "2024-01-10", "Talks", "The minister said: \"We agree.\"", []string{"RUS"},
		person("e1", "Ivan Example", "RUS", "foreign minister"), person("e2", "I. Example", "RUS"))
	a.Analysis.Quotes = []news.Quote{{Text: "We agree.", Speaker: "e2"}}
	a.Analysis.Actors = []news.ActorMention{{Text: "I. Example", Kind: news.ActorPerson, Code: "RUS", Entity: "e2"}}
	b := article("a2", "de", "2024-01-11", "Gespräche", "Der Minister sprach.", []string{"RUS"},
		person("e2", "I. Example", "RUS"))
	update(t, st, func(tx news.Tx) error {
		must(tx.PutEntity(&news.Entity{ID: "e1", Kind: news.KindPerson, Name: "Ivan Example", Aliases: []string{"Ivan Example"},
			Country: "RUS", Roles: []string{"foreign minister"}}, []string{"k:ivan"}))
		must(tx.PutEntity(&news.Entity{ID: "e2", Kind: news.KindPerson, Name: "I. Example", Aliases: []string{"Иван Пример"},
			Country: "RUS", Roles: []string{"minister"}}, []string{"k:i example"}))
		must(tx.PutEntity(&news.Entity{ID: "e0", Kind: news.KindPerson, Name: "Old", Country: "RUS"}, nil))
		must(tx.PutArticle(a))
		must(tx.PutArticle(b))
		must(tx.PutEvent(event("v1", news.Consult, "2024-01-09", []string{"RUS"}, nil, []string{"e1", "e2"},
			mention("a1", "en", "The minister met.")), nil))
		must(tx.PutEvent(event("v2", news.Consult, "2024-01-09", []string{"RUS"}, nil, []string{"e2"},
			mention("a2", "de", "Der Minister traf.")), nil))
		// An older merge into e2 must follow it to e1.
		must(tx.ReplaceEntity("e0", "e2"))
		return tx.ReplaceEntity("e2", "e1")
	})
	for _, id := range []string{"e2", "e0"} {
		got, err := st.Entity(ctx, id)
		if err != nil || got.ID != "e1" {
			t.Errorf("Entity(%s) after merge: got %+v, %v, want e1", id, got, err)
		}
	}
	e1, _ := st.Entity(ctx, "e1")
	for _, alias := range []string{"I. Example", "Иван Пример", "Ivan Example"} {
		if !slices.Contains(e1.Aliases, alias) {
			t.Errorf("merged aliases %v lack %q", e1.Aliases, alias)
		}
	}
	if _, n, _ := st.Entities(ctx, news.EntityFilter{}); n != 1 {
		t.Errorf("entities after merges: got %d, want 1", n)
	}
	if _, n, _ := st.Entities(ctx, news.EntityFilter{Query: "иван"}); n != 1 {
		t.Errorf("entity search by merged alias: got %d, want 1", n)
	}
	got, n, err := st.Articles(ctx, news.ArticleFilter{Entity: "e1"})
	if err != nil || n != 2 {
		t.Errorf("Articles(e1): got %v, %v, want a1 a2", articleIDs(got), err)
	}
	if _, n, _ := st.Articles(ctx, news.ArticleFilter{Entity: "e2"}); n != 2 {
		t.Errorf("Articles(e2) follows the redirect: got %d, want 2", n)
	}
	art, _ := st.Article(ctx, "a1")
	if len(art.Analysis.Entities) != 1 || art.Analysis.Entities[0].ID != "e1" {
		t.Errorf("analysis entities: got %+v, want one e1", art.Analysis.Entities)
	}
	if art.Analysis.Quotes[0].Speaker != "e1" || art.Analysis.Actors[0].Entity != "e1" {
		t.Errorf("analysis speaker/actor: got %q %q, want e1", art.Analysis.Quotes[0].Speaker, art.Analysis.Actors[0].Entity)
	}
	for _, id := range []string{"v1", "v2"} {
		ev, err := st.Event(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(ev.Persons, []string{"e1"}) {
			t.Errorf("event %s persons: got %v, want [e1]", id, ev.Persons)
		}
	}
	if qs, err := st.QuotesBy(ctx, "e2", 10); err != nil || len(qs) != 1 || qs[0].Quote.Speaker != "e1" {
		t.Errorf("QuotesBy(e2) follows the redirect: got %+v, %v, want one quote of e1", qs, err)
	}
	if _, n, _ := st.Events(ctx, news.EventFilter{Person: "e1"}); n != 2 {
		t.Errorf("Events(person e1): got %d, want 2", n)
	}
	update(t, st, func(tx news.Tx) error {
		got, err := tx.EntitiesByKeys([]string{"k:i example"})
		if err != nil || len(got) != 1 || got[0].ID != "e1" {
			return fmt.Errorf("merged keys: got %v, %v, want e1", entityIDs(got), err)
		}
		e, err := tx.Entity("e2")
		if err != nil || e == nil || e.ID != "e1" {
			return fmt.Errorf("Tx.Entity(e2): got %+v, %v, want e1", e, err)
		}
		if err := tx.ReplaceEntity("e1", "e1"); news.ErrorCode(err) != news.EConflict {
			return fmt.Errorf("self merge: got %v, want conflict", err)
		}
		if err := tx.ReplaceEntity("e1", "e2"); news.ErrorCode(err) != news.EConflict {
			return fmt.Errorf("merge into own redirect: got %v, want conflict", err)
		}
		return nil
	})
	hits, err := st.Search(ctx, "agree", 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.Kind == "quote" && h.Title != "Ivan Example" {
			t.Errorf("quote hit speaker: got %q, want merged name", h.Title)
		}
	}
}

func testCorrections(t *testing.T, st news.Store) {
	at := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	update(t, st, func(tx news.Tx) error {
		must(tx.PutCorrection(news.Correction{Kind: "merge", Entity: "e1", Other: "e2", At: at}))
		must(tx.PutCorrection(news.Correction{Kind: "split", Entity: "e3", Other: "e1", Alias: "J. Doe", At: at.Add(time.Hour)}))
		must(tx.PutCorrection(news.Correction{Kind: "merge", Entity: "e4", Other: "e5", At: at}))
		got, err := tx.Corrections("e1")
		if err != nil {
			return err
		}
		if len(got) != 2 || got[0].Other != "e2" || got[1].Alias != "J. Doe" || !got[1].At.Equal(at.Add(time.Hour)) {
			return fmt.Errorf("Corrections(e1): got %+v", got)
		}
		if got, err := tx.Corrections("e9"); err != nil || len(got) != 0 {
			return fmt.Errorf("Corrections(e9): got %+v, %v", got, err)
		}
		if !tx.Now().After(time.Time{}) {
			return errors.New("Tx.Now is zero")
		}
		return nil
	})
}

func testSearch(t *testing.T, st news.Store) {
	ctx := context.Background()
	a1 := article("a1", "ru", "2024-01-10", "Переговоры в Москве", "Министр иностранных дел провёл переговоры с коллегой.", []string{"RUS"},
		person("e1", "Пётр Образцов", "RUS"))
	a1.Analysis.Quotes = []news.Quote{{Text: "Сотрудничество развивается успешно", Speaker: "e1"}}
	a2 := article("a2", "fr", "2024-01-11", "Réunion à Genève", "Le ministre a rencontré son homologue à Genève.", []string{"CHE"})
	a3 := article("a3", "de", "2024-01-12", "Gespräche über Zölle", "Die Außenministerin kritisierte die Zölle scharf.", []string{"DEU"})
	update(t, st, func(tx news.Tx) error {
		must(tx.PutEntity(&news.Entity{ID: "e1", Kind: news.KindPerson, Name: "Pjotr Obraszow", Aliases: []string{"Пётр Образцов"}, Country: "RUS"}, nil))
		must(tx.PutArticle(a1))
		must(tx.PutArticle(a2))
		must(tx.PutArticle(a3))
		return tx.PutEvent(event("v1", news.Consult, "2024-01-10", []string{"RUS"}, []string{"VEN"}, nil,
			mention("a1", "ru", "Министр провёл переговоры в Москве."), mention("a1", "ru", "Переговоры прошли в Москве.")), nil)
	})
	tests := []struct {
		q    string
		want []string // kind:id, in any order
	}{
		{"москве", []string{"article:a1", "event:v1"}},
		{"ПЕРЕГОВОРЫ", []string{"article:a1", "event:v1"}},
		{"geneve", []string{"article:a2"}},
		{"Genève", []string{"article:a2"}},
		{"außenministerin", []string{"article:a3"}},
		{"zolle", []string{"article:a3"}},
		{"образцов", []string{"entity:e1"}},
		{"obraszow", []string{"entity:e1"}},
		{"сотрудничество", []string{"quote:a1"}},
		{"\"homologue à Genève\"", []string{"article:a2"}},
		{"minist*", []string{"article:a2"}},
		{"nothing-like-this", []string{}},
		{"", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			hits, err := st.Search(ctx, tt.q, 20)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, h := range hits {
				got = append(got, h.Kind+":"+h.ID)
				if h.Snippet == "" {
					t.Errorf("hit %s:%s without snippet", h.Kind, h.ID)
				}
			}
			sort.Strings(got)
			want := slices.Clone(tt.want)
			sort.Strings(want)
			if !slices.Equal(got, want) {
				t.Errorf("Search(%q): got %v, want %v", tt.q, got, want)
			}
		})
	}
	hits, err := st.Search(ctx, "переговоры", 1)
	if err != nil || len(hits) != 1 {
		t.Errorf("Search limit 1: got %d hits, %v", len(hits), err)
	}
}

// HostileQueries are user inputs that must never make a search fail.
var HostileQueries = []string{
	`"`, `""`, `"unbalanced`, `AND`, `OR NOT`, `a OR`, `NEAR(a b)`, `*`, `a*b*`, `-x`, `^start`, `col:value`,
	`title:Москва`, `(a`, `a)`, `{a b}`, `a + b`, `'`, `\`, "\x00", "\xff\xfe", `🙂`, `Ⅻ`, "a\u0301", `:`, `.`, `..`,
	`"a" "b"`, `a"b`, `ab"`, `NEAR`, `AND OR NOT`, `"*"`, `x*"`, `%`, `_`,
}

func testSearchHostile(t *testing.T, st news.Store) {
	ctx := context.Background()
	update(t, st, func(tx news.Tx) error {
		return tx.PutArticle(article("a1", "en", "2024-01-01", "AND OR NOT", "A body with col value and NEAR words.", nil))
	})
	for _, q := range HostileQueries {
		if _, err := st.Search(ctx, q, 5); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
		if _, _, err := st.Articles(ctx, news.ArticleFilter{Query: q}); err != nil {
			t.Errorf("Articles(Query %q): %v", q, err)
		}
		if _, _, err := st.Entities(ctx, news.EntityFilter{Query: q}); err != nil {
			t.Errorf("Entities(Query %q): %v", q, err)
		}
	}
}

func testRollback(t *testing.T, st news.Store) {
	ctx := context.Background()
	boom := errors.New("boom")
	err := st.Update(ctx, func(tx news.Tx) error {
		must(tx.PutArticle(article("a1", "en", "", "T", "Body.", []string{"USA"})))
		must(tx.PutEntity(&news.Entity{ID: "e1", Kind: news.KindPerson, Name: "N"}, []string{"k"}))
		must(tx.PutEvent(event("v1", news.Agree, "", nil, nil, nil, mention("a1", "en", "Body.")), nil))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("Update: got %v, want the callback's error", err)
	}
	func() {
		defer func() {
			if r := recover(); r == nil {
				t.Errorf("a panic in Update's callback was swallowed")
			}
		}()
		_ = st.Update(ctx, func(tx news.Tx) error {
			must(tx.PutArticle(article("a2", "en", "", "T", "Body.", nil)))
			panic("crash mid-batch")
		})
	}()
	s, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Articles+s.Entities+s.Events+s.Mentions != 0 {
		t.Errorf("after rollbacks: got %+v, want an empty store", s)
	}
	hits, err := st.Search(ctx, "body", 10)
	if err != nil || len(hits) != 0 {
		t.Errorf("search after rollback: got %v, %v", hits, err)
	}
	// The store stays usable.
	update(t, st, func(tx news.Tx) error { return tx.PutArticle(article("a3", "en", "", "T", "Body.", nil)) })
	if _, err := st.Article(ctx, "a3"); err != nil {
		t.Errorf("after rollbacks: %v", err)
	}
	// A cancelled context writes nothing.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := st.Update(cctx, func(tx news.Tx) error { return tx.PutArticle(article("a4", "en", "", "T", "B.", nil)) }); err == nil {
		t.Errorf("Update with a cancelled context: got nil error")
	}
	if _, err := st.Article(ctx, "a4"); news.ErrorCode(err) != news.ENotFound {
		t.Errorf("article written under a cancelled context: %v", err)
	}
}

func testStats(t *testing.T, st news.Store) {
	ctx := context.Background()
	a1 := article("a1", "en", "", "T", "B.", nil)
	a1.Outlet = "Wire One"
	a1.Analysis.Quotes = []news.Quote{{Text: "q1"}, {Text: "q2"}}
	a2 := article("a2", "ru", "", "T", "B.", nil)
	a2.Outlet = "Wire One"
	a3 := article("a3", "ru", "", "T", "B.", nil)
	update(t, st, func(tx news.Tx) error {
		must(tx.PutArticle(a1))
		must(tx.PutArticle(a2))
		must(tx.PutArticle(a3))
		must(tx.PutEntity(&news.Entity{ID: "e1", Kind: news.KindPerson, Name: "N"}, nil))
		return tx.PutEvent(event("v1", news.Agree, "", nil, nil, nil, mention("a1", "en", "x"), mention("a2", "ru", "y")), nil)
	})
	got, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := news.Stats{Articles: 3, Entities: 1, Events: 1, Mentions: 2, Quotes: 2,
		Languages: map[string]int{"en": 1, "ru": 2}, Outlets: map[string]int{"Wire One": 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Stats: got %+v, want %+v", got, want)
	}
}

func testEach(t *testing.T, st news.Store) {
	ctx := context.Background()
	const n = 25
	update(t, st, func(tx news.Tx) error {
		for i := range n {
			id := fmt.Sprintf("a%02d", i)
			must(tx.PutArticle(article(id, "en", "", "T", "Body.", nil)))
			must(tx.PutEntity(&news.Entity{ID: fmt.Sprintf("e%d", i), Kind: news.KindPerson, Name: "N"}, nil))
			must(tx.PutEvent(event(fmt.Sprintf("v%d", i), news.Agree, "", nil, nil, nil, mention(id, "en", "x")), nil))
		}
		return nil
	})
	var na, ne, nv int
	if err := st.EachArticle(ctx, func(a *news.Article) error { na++; return nil }); err != nil {
		t.Fatal(err)
	}
	if err := st.EachEntity(ctx, func(e *news.Entity) error { ne++; return nil }); err != nil {
		t.Fatal(err)
	}
	if err := st.EachEvent(ctx, func(e *news.Event) error {
		nv++
		if len(e.Mentions) != 1 {
			return fmt.Errorf("event %s: %d mentions", e.ID, len(e.Mentions))
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if na != n || ne != n || nv != n {
		t.Errorf("Each: got %d articles %d entities %d events, want %d each", na, ne, nv, n)
	}
	stop := errors.New("stop")
	calls := 0
	err := st.EachArticle(ctx, func(*news.Article) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("EachArticle stop: got %v after %d calls, want stop after 1", err, calls)
	}
	// Reads may run while the store is written.
	err = st.EachArticle(ctx, func(a *news.Article) error {
		if a.ID != "a00" {
			return nil
		}
		return st.Update(ctx, func(tx news.Tx) error { return tx.PutArticle(article("b1", "en", "", "T", "B.", nil)) })
	})
	if err != nil {
		t.Errorf("write during EachArticle: %v", err)
	}
}

// Every page of a filtered list is the same slice of the whole list, in
// date order, latest first: a store may find pages through indexes (a
// page's oldest date, a walk in date order) but not change what they hold.
// Dates repeat, some are coarse or missing, and a code may be on both sides.
func testEventsPages(t *testing.T, st news.Store) {
	ctx := context.Background()
	dates := []string{"2024-03-01", "2024-02-10", "2024-02", "2024-02-10", "", "2023-12-31", "2024-03-01", "2024"}
	types := []string{news.Consult, news.Agree, news.Accuse}
	var evs []*news.Event
	for i := range 40 {
		src, dst := []string{"RUS"}, []string{"VEN"}
		switch i % 5 {
		case 1:
			dst = []string{"USA"}
		case 2:
			src, dst = []string{"VEN", "RUS"}, []string{"RUS"} // RUS on both sides
		case 3:
			src = []string{"CUB"}
		}
		var persons []string
		if i%3 != 0 {
			persons = []string{"e1"}
		}
		evs = append(evs, event(fmt.Sprintf("v%02d", i), types[i%len(types)], dates[i%len(dates)], src, dst, persons,
			mention(fmt.Sprintf("a%d", i), "en", "Ministers met.")))
	}
	update(t, st, func(tx news.Tx) error {
		for _, e := range evs {
			if err := tx.PutEvent(e, nil); err != nil {
				return err
			}
		}
		return nil
	})
	filters := []news.EventFilter{
		{Person: "e1"},
		{Country: "RUS"},
		{Country: "RUS", Type: news.Consult},
		{Dyad: []string{"VEN", "RUS"}},
		{Dyad: []string{"RUS", "VEN"}, Type: news.Agree},
	}
	check := func(f news.EventFilter) {
		t.Helper()
		all := f
		all.Limit = 1000
		whole, total, err := st.Events(ctx, all)
		if err != nil {
			t.Fatal(err)
		}
		if len(whole) != total {
			t.Fatalf("%+v: listed %d of %d", f, len(whole), total)
		}
		for i := 1; i < len(whole); i++ {
			if whole[i-1].Date < whole[i].Date && whole[i].Date != "" || whole[i-1].Date == "" && whole[i].Date != "" {
				t.Errorf("%+v: %s (%q) before %s (%q)", f, whole[i-1].ID, whole[i-1].Date, whole[i].ID, whole[i].Date)
			}
		}
		want := eventIDs(whole)
		for _, lim := range []int{1, 3, 7} {
			for off := 0; off <= total; off++ {
				p := f
				p.Offset, p.Limit = off, lim
				got, n, err := st.Events(ctx, p)
				if err != nil {
					t.Fatal(err)
				}
				end := min(off+lim, total)
				if g, w := eventIDs(got), want[off:end]; !slices.Equal(g, w) || n != total {
					t.Errorf("%+v offset %d limit %d: got %v (total %d), want %v (total %d)", f, off, lim, g, n, w, total)
				}
			}
		}
	}
	for _, f := range filters {
		check(f)
	}
	// A new date moves an event on every index that lists it.
	moved := evs[1] // e1, RUS → USA
	moved.Date = "2025-01-01"
	update(t, st, func(tx news.Tx) error { return tx.PutEvent(moved, nil) })
	for _, f := range []news.EventFilter{{Person: "e1"}, {Country: "RUS"}, {Country: "USA"}} {
		f.Limit = 1
		got, _, err := st.Events(ctx, f)
		if err != nil || len(got) != 1 || got[0].ID != moved.ID {
			t.Errorf("%+v after a new date: got %v, %v, want [%s]", f, eventIDs(got), err, moved.ID)
		}
		check(f)
	}
}

// EventCounts and Partners count what Events selects, grouped.
func testEventAggregates(t *testing.T, st news.Store) {
	ctx := context.Background()
	evs := []*news.Event{
		event("v1", news.Consult, "2024-01-16", []string{"RUS"}, []string{"VEN"}, nil, mention("a1", "en", "Met.")),
		event("v2", news.Consult, "2024-01-20", []string{"VEN"}, []string{"RUS"}, nil, mention("a2", "en", "Met again.")),
		event("v3", news.Accuse, "2024-02", []string{"RUS"}, []string{"USA", "VEN"}, nil, mention("a3", "en", "Accused.")),
		event("v4", news.Agree, "", []string{"CUB"}, []string{"VEN"}, nil, mention("a4", "es", "Acordaron.")),
	}
	update(t, st, func(tx news.Tx) error {
		for _, e := range evs {
			if err := tx.PutEvent(e, nil); err != nil {
				return err
			}
		}
		return nil
	})
	counts, err := st.EventCounts(ctx, news.EventFilter{Dyad: []string{"VEN", "RUS"}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(counts), "[{2024-01 CONSULT 2} {2024-02 ACCUSE 1}]"; got != want {
		t.Errorf("EventCounts(dyad): got %s, want %s", got, want)
	}
	counts, err = st.EventCounts(ctx, news.EventFilter{Country: "VEN"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(counts), "[{ AGREE 1} {2024-01 CONSULT 2} {2024-02 ACCUSE 1}]"; got != want {
		t.Errorf("EventCounts(country): got %s, want %s", got, want)
	}
	ps, err := st.Partners(ctx, "VEN")
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(ps, func(a, b news.PartnerCount) int { return strings.Compare(a.Code+a.Type, b.Code+b.Type) })
	if got, want := fmt.Sprint(ps), "[{CUB AGREE 1} {RUS ACCUSE 1} {RUS CONSULT 2} {USA ACCUSE 1}]"; got != want {
		t.Errorf("Partners(VEN): got %s, want %s", got, want)
	}
}

// QuotesBy lists a speaker's quotes from the quote index, newest article
// first, with the article's list fields.
func testQuotesBy(t *testing.T, st news.Store) {
	ctx := context.Background()
	old := article("a1", "en", "2024-01-10", "Old talks", `She said: "First words." Then: "Second words."`, nil)
	old.Analysis.Quotes = []news.Quote{
		{Span: news.Span{Start: 11, End: 23}, Text: "First words.", Speaker: "e1"},
		{Span: news.Span{Start: 32, End: 45}, Text: "Second words.", Speaker: "e1"},
	}
	recent := article("a2", "de", "2024-02-01", "Neue Gespräche", `Sie sagte: "Neue Worte." Er: "Andere."`, nil)
	recent.Outlet = "Example Zeitung"
	recent.Analysis.Quotes = []news.Quote{
		{Span: news.Span{Start: 12, End: 22}, Text: "Neue Worte.", Speaker: "e1"},
		{Text: "Andere.", Speaker: "e2", SpeakerCode: "DEU"},
	}
	update(t, st, func(tx news.Tx) error {
		must(tx.PutArticle(old))
		return tx.PutArticle(recent)
	})
	qs, err := st.QuotesBy(ctx, "e1", 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range qs {
		got = append(got, fmt.Sprintf("%s %s %s %s %s %d", q.Article.ID, q.Article.Published, q.Article.Lang, q.Article.Outlet, q.Quote.Text, q.Quote.Start))
	}
	want := []string{"a2 2024-02-01 de Example Zeitung Neue Worte. 12", "a1 2024-01-10 en  First words. 11", "a1 2024-01-10 en  Second words. 32"}
	if !slices.Equal(got, want) {
		t.Errorf("QuotesBy(e1):\n got %q\nwant %q", got, want)
	}
	if len(qs) > 0 && qs[0].Article.Title != "Neue Gespräche" {
		t.Errorf("QuotesBy article title: got %q", qs[0].Article.Title)
	}
	if qs, err := st.QuotesBy(ctx, "e1", 1); err != nil || len(qs) != 1 || qs[0].Article.ID != "a2" {
		t.Errorf("QuotesBy(e1, 1): got %+v, %v, want the newest", qs, err)
	}
	if qs, err := st.QuotesBy(ctx, "e2", 10); err != nil || len(qs) != 1 || qs[0].Quote.SpeakerCode != "DEU" {
		t.Errorf("QuotesBy(e2): got %+v, %v, want one quote with its speaker code", qs, err)
	}
	if qs, err := st.QuotesBy(ctx, "e404", 10); err != nil || len(qs) != 0 {
		t.Errorf("QuotesBy(unknown): got %+v, %v, want none", qs, err)
	}
}

// testBandsKept: a long list answers exactly up to news.BandsKept ids, in
// the order their bands were first stored (not the ids' order), also after
// an article on it is stored again with other bands.
func testBandsKept(t *testing.T, st news.Store) {
	const n = news.BandsKept + 20
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("a%03d", i)
	}
	update(t, st, func(tx news.Tx) error {
		// Every order: the middle, then from the end, then from the start.
		order := append(append(slices.Clone(ids[n/2:n/2+5]), ids[n/2+5:]...), ids[:n/2]...)
		for _, id := range order {
			if err := tx.PutBands(id, []uint64{9, 10}, []uint32{1}); err != nil {
				return err
			}
		}
		for _, limit := range []int{1, news.BandsKept / 2, news.BandsKept} {
			for _, bands := range [][]uint64{{9}, {9, 10}} {
				got, err := tx.ArticlesByBands(bands, limit)
				if err != nil {
					return err
				}
				if want := order[:limit]; !slices.Equal(got, want) {
					return fmt.Errorf("ArticlesByBands(%v, %d): got %v, want %v", bands, limit, got, want)
				}
			}
		}
		// The first stored moves to band 11: band 9 still answers its
		// first BandsKept-1 ids.
		if err := tx.PutBands(order[0], []uint64{11}, []uint32{1}); err != nil {
			return err
		}
		got, err := tx.ArticlesByBands([]uint64{9}, news.BandsKept-1)
		if err != nil {
			return err
		}
		if want := order[1:news.BandsKept]; !slices.Equal(got, want) {
			return fmt.Errorf("after replacing %s: got %v, want %v", order[0], got, want)
		}
		return nil
	})
}
