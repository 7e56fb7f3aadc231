package link

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"chancery/internal/news"
)

func pe(id, country, role string, names ...string) news.Entity {
	e := news.Entity{ID: id, Kind: news.KindPerson, Name: names[0], Aliases: names, Country: country}
	if role != "" {
		e.Roles = []string{role}
	}
	return e
}

func consult(date, place string, persons ...string) news.Event {
	return news.Event{Type: news.Consult, Source: []string{"RUS"}, Target: []string{"VEN"}, Date: date, Place: place,
		Persons: persons, Mentions: []news.Mention{{Text: "The ministers held talks.", Span: news.Span{Start: 0, End: 25}}}}
}

func article(id, lang, pub, body string, ents []news.Entity, evs ...news.Event) *news.Article {
	a := &news.Article{ID: id, Lang: lang, Published: pub, Body: body, URL: "https://" + id + ".example/news",
		Analysis: &news.Analysis{Entities: ents, Events: evs}}
	for _, e := range ents {
		a.Analysis.Actors = append(a.Analysis.Actors, news.ActorMention{Kind: news.ActorPerson, Entity: e.ID, Text: e.Name})
		a.Analysis.Quotes = append(a.Analysis.Quotes, news.Quote{Text: "words", Speaker: e.ID})
	}
	return a
}

func mustLink(t testing.TB, tx *fakeTx, a *news.Article) {
	t.Helper()
	if err := Article(tx, a); err != nil {
		t.Fatal(err)
	}
	if err := tx.PutArticle(a); err != nil {
		t.Fatal(err)
	}
}

// body returns a distinct text for an article, so that the fixtures do not
// share passages unless a test wants them to.
func body(seed string) string {
	var b strings.Builder
	for i := range 60 {
		fmt.Fprintf(&b, "%s%d word%d ", seed, i, i*7)
	}
	return b.String()
}

func TestOneMeetingManyLanguages(t *testing.T) {
	tx := newFake()
	en := article("en1", "en", "2024-03-13", body("en"), []news.Entity{
		pe("p1", "RUS", "foreign minister", "Sergey Voronov"), pe("p2", "VEN", "foreign minister", "Iván Ortal", "Ortal"),
	}, consult("2024-03-12", "Kazan", "p1", "p2"))
	de := article("de1", "de", "2024-03", body("de"), []news.Entity{
		pe("p1", "RUS", "foreign minister", "Sergei Woronow", "Woronow"), pe("p2", "VEN", "", "Ivan Ortal"),
	}, consult("2024-03", "Kazan", "p1", "p2"))
	es := article("es1", "es", "2024-03-12", body("es"), []news.Entity{
		pe("p1", "RUS", "", "Serguéi Voronov"), pe("p2", "VEN", "", "Iván Ortal Mejías"),
	}, consult("2024-03-12", "", "p2", "p1"))
	ru := article("ru1", "ru", "2024-03-12", body("ru"), []news.Entity{
		pe("p1", "RUS", "", "Сергей Воронов"),
	}, consult("2024-03-12", "Казань", "p1"))
	// The same ministers two months earlier, in Geneva: another event.
	sep := article("en2", "en", "2024-01-18", body("sep"), []news.Entity{
		pe("p1", "RUS", "", "Voronov"), pe("p2", "VEN", "", "Ivan Ortal"),
	}, consult("2024-01-17", "Geneva", "p1", "p2"))
	// A different Ortal.
	other := article("es2", "es", "2024-03-15", body("ortal"), []news.Entity{
		pe("p1", "ESP", "mayor", "Carlos Ortal"),
	})
	for _, a := range []*news.Article{de, en, es, ru, sep, other} {
		mustLink(t, tx, a)
	}
	voronov := en.Analysis.Entities[0].ID
	ortal := en.Analysis.Entities[1].ID
	for _, a := range []*news.Article{de, es, ru, sep} {
		if got := a.Analysis.Entities[0].ID; got != voronov && got != ortal {
			t.Errorf("%s: first entity %s, want %s or %s", a.ID, got, voronov, ortal)
		}
	}
	if got := other.Analysis.Entities[0].ID; got == ortal {
		t.Errorf("Carlos Ortal merged with Iván Ortal (%s)", got)
	}
	if got, want := len(tx.entities), 3; got != want {
		var names []string
		for _, e := range tx.entities {
			names = append(names, e.ID+":"+strings.Join(e.Aliases, "/"))
		}
		t.Errorf("entities = %d, want %d: %v", got, want, names)
	}
	if e := tx.entities[voronov]; e == nil || len(e.Aliases) < 5 {
		t.Errorf("voronov = %+v, want every alias", e)
	}
	// References were rewritten.
	if got := en.Analysis.Quotes[1].Speaker; got != ortal {
		t.Errorf("quote speaker = %q, want %q", got, ortal)
	}
	if got := en.Analysis.Actors[0].Entity; got != voronov {
		t.Errorf("actor entity = %q, want %q", got, voronov)
	}
	nov := en.Analysis.Events[0].ID
	for _, a := range []*news.Article{de, es, ru} {
		if got := a.Analysis.Events[0].ID; got != nov {
			t.Errorf("%s: event %s, want %s", a.ID, got, nov)
		}
	}
	if got := sep.Analysis.Events[0].ID; got == nov {
		t.Errorf("September meeting merged into November's")
	}
	ev := tx.events[nov]
	if ev.Date != "2024-03-12" || ev.Articles != 4 || ev.Languages != 4 || ev.Outlets != 4 || !ev.Independent {
		t.Errorf("event = date %s, %d articles, %d languages, %d outlets, independent %v",
			ev.Date, ev.Articles, ev.Languages, ev.Outlets, ev.Independent)
	}
	if len(tx.events) != 2 {
		t.Errorf("events = %d, want 2", len(tx.events))
	}
	if !slices.Contains(ev.Persons, voronov) || !slices.Contains(ev.Persons, ortal) || len(ev.Persons) != 2 {
		t.Errorf("persons = %v, want %s and %s", ev.Persons, voronov, ortal)
	}
}

func TestDoubleSurnames(t *testing.T) {
	tx := newFake()
	var got []string
	for i, names := range [][]string{{"Julio Ramírez Soler"}, {"Julio Ramirez"}, {"Ramírez Soler"}, {"Marín-Ortega Vidal"}, {"Alberto Marín-Ortega"}} {
		a := article(fmt.Sprint("a", i), "en", "2024-06-04", body(fmt.Sprint("b", i)), []news.Entity{pe("p1", "UZB", "", names...)})
		mustLink(t, tx, a)
		got = append(got, a.Analysis.Entities[0].ID)
	}
	if got[0] != got[1] || got[0] != got[2] || got[3] != got[4] || got[0] == got[3] {
		t.Errorf("entity ids = %v, want three of one and two of another", got)
	}
}

func TestSurnameOnlyAmbiguous(t *testing.T) {
	tx := newFake()
	mustLink(t, tx, article("a1", "en", "2024-01-01", body("x"), []news.Entity{pe("p1", "VEN", "", "Iván Ortal")}))
	mustLink(t, tx, article("a2", "en", "2024-01-02", body("y"), []news.Entity{pe("p1", "VEN", "", "Carlos Ortal")}))
	lone := article("a3", "en", "2024-01-03", body("z"), []news.Entity{pe("p1", "VEN", "", "Ortal")})
	mustLink(t, tx, lone)
	id := lone.Analysis.Entities[0].ID
	if strings.Contains(strings.Join(tx.entities[id].Aliases, "|"), " ") {
		t.Errorf("lone surname joined a full name though two are compatible: %v", tx.entities[id].Aliases)
	}
	// With one compatible full name, it joins.
	tx2 := newFake()
	mustLink(t, tx2, article("a1", "en", "2024-01-01", body("x"), []news.Entity{pe("p1", "VEN", "", "Iván Ortal")}))
	lone = article("a3", "en", "2024-01-03", body("z"), []news.Entity{pe("p1", "VEN", "", "Ortal")})
	mustLink(t, tx2, lone)
	if len(tx2.entities) != 1 {
		t.Errorf("entities = %d, want 1", len(tx2.entities))
	}
}

func TestSplitCorrectionHolds(t *testing.T) {
	tx := newFake()
	// A person split "Ortal" (a footballer) away from the minister.
	tx.PutEntity(&news.Entity{ID: "e1", Kind: news.KindPerson, Name: "Iván Ortal", Aliases: []string{"Iván Ortal"}, Country: "VEN", Locked: true}, []string{"p:ortal", "f:ivan"})
	tx.PutEntity(&news.Entity{ID: "e2", Kind: news.KindPerson, Name: "Ortal", Aliases: []string{"Ortal"}, Locked: true}, []string{"p:ortal"})
	tx.PutCorrection(news.Correction{Kind: "split", Entity: "e1", Other: "e2", Alias: "Ortal"})
	a := article("a1", "es", "2024-01-01", body("s"), []news.Entity{pe("p1", "VEN", "", "Ortal")})
	mustLink(t, tx, a)
	if got := a.Analysis.Entities[0].ID; got != "e2" {
		t.Errorf("split alias went to %s, want e2", got)
	}
	if slices.Contains(tx.entities["e1"].Aliases, "Ortal") {
		t.Errorf("split alias re-attached: %v", tx.entities["e1"].Aliases)
	}
	// A merged id redirects: new reports land on the kept entity.
	tx.ReplaceEntity("e2", "e1")
	if e, _ := tx.Entity("e2"); e == nil || e.ID != "e1" {
		t.Errorf("Entity(e2) = %v, want e1", e)
	}
}

func fixture(t testing.TB, name string) string {
	b, err := os.ReadFile(filepath.Join("..", "cluster", "testdata", "syndication", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSyndicationAndIndependence(t *testing.T) {
	tx := newFake()
	ev := func() news.Event {
		return news.Event{Type: news.Agree, Source: []string{"PRT"}, Target: []string{"KAZ"}, Date: "2024-03-04",
			Mentions: []news.Mention{{Text: "Portugal and Kazakhstan agreed."}}}
	}
	wire := article("wire", "en", "2024-03-04", fixture(t, "wire.txt"), nil, ev())
	copy := article("copy", "en", "2024-03-04", fixture(t, "copy.txt"), nil, ev())
	reuse := article("reuse", "en", "2024-03-06", fixture(t, "reuse.txt"), nil)
	indep := article("indep", "en", "2024-03-05", fixture(t, "independent.txt"), nil, ev())
	mustLink(t, tx, wire)
	mustLink(t, tx, copy)
	if !slices.Equal(copy.SharesTextWith, []string{"wire"}) || copy.DuplicateOf != "wire" {
		t.Errorf("copy: shares %v, duplicate of %q, want [wire], wire", copy.SharesTextWith, copy.DuplicateOf)
	}
	id := wire.Analysis.Events[0].ID
	if e := tx.events[id]; e.Articles != 2 || e.Independent {
		t.Errorf("after a copy: %d articles, independent %v, want 2, false", e.Articles, e.Independent)
	}
	mustLink(t, tx, reuse)
	if !slices.Equal(reuse.SharesTextWith, []string{"copy", "wire"}) || reuse.DuplicateOf != "" {
		t.Errorf("reuse: shares %v, duplicate of %q, want [copy wire], none", reuse.SharesTextWith, reuse.DuplicateOf)
	}
	mustLink(t, tx, indep)
	if len(indep.SharesTextWith) != 0 {
		t.Errorf("independent report shares text with %v", indep.SharesTextWith)
	}
	if e := tx.events[id]; e.Articles != 3 || !e.Independent {
		t.Errorf("after an independent report: %d articles, independent %v, want 3, true", e.Articles, e.Independent)
	}
}

func TestUndatedMention(t *testing.T) {
	tx := newFake()
	a := article("a1", "en", "2024-06-04", body("u"), nil,
		news.Event{Type: news.Consult, Source: []string{"RUS"}, Target: []string{"UZB"}, Date: "2024-06-03", Place: "Tashkent"},
		news.Event{Type: news.Consult, Source: []string{"UZB"}, Target: []string{"RUS"}})
	mustLink(t, tx, a)
	if a.Analysis.Events[0].ID != a.Analysis.Events[1].ID {
		t.Errorf("undated mention in the same article started its own event")
	}
	b := article("b1", "es", "2024-06-05", body("w"), nil,
		news.Event{Type: news.Consult, Source: []string{"RUS"}, Target: []string{"UZB"}})
	mustLink(t, tx, b)
	if b.Analysis.Events[0].ID != a.Analysis.Events[0].ID {
		t.Errorf("undated report two days later did not join the one candidate")
	}
	late := article("c1", "es", "2024-09-04", body("v"), nil,
		news.Event{Type: news.Consult, Source: []string{"RUS"}, Target: []string{"UZB"}})
	mustLink(t, tx, late)
	if late.Analysis.Events[0].ID == a.Analysis.Events[0].ID {
		t.Errorf("undated report three months later joined the June event")
	}
	if e := tx.events[a.Analysis.Events[0].ID]; e.Date != "2024-06-03" || e.Place != "Tashkent" {
		t.Errorf("event date, place = %s, %s", e.Date, e.Place)
	}
}

func TestTwoMeetingsSameDay(t *testing.T) {
	tx := newFake()
	cub := func(persons ...string) news.Event {
		return news.Event{Type: news.Consult, Source: []string{"RUS"}, Target: []string{"UZB"}, Date: "2024-06-03", Place: "Tashkent", Persons: persons}
	}
	a := article("a1", "en", "2024-06-04", body("m"), []news.Entity{
		pe("p1", "RUS", "foreign minister", "Sergey Voronov"), pe("p2", "UZB", "foreign minister", "Julio Ramírez"),
		pe("p3", "UZB", "president", "Alberto Marín-Ortega"),
	}, cub("p1", "p2"), cub("p1", "p3"), cub("p1"))
	mustLink(t, tx, a)
	ids := []string{a.Analysis.Events[0].ID, a.Analysis.Events[1].ID}
	if ids[0] == ids[1] {
		t.Errorf("meetings with the foreign minister and with the president merged")
	}
}

func TestNoAnalysis(t *testing.T) {
	tx := newFake()
	if err := Article(tx, &news.Article{ID: "x"}); err != nil {
		t.Fatal(err)
	}
	if err := Article(tx, nil); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkArticle links a new article into stores of 1k and 10k articles:
// the time and the index probes per article should not grow.
func BenchmarkArticle(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			tx := newFake()
			for i := range n {
				a := article(fmt.Sprint("s", i), "en", fmt.Sprintf("2023-%02d-%02d", i%12+1, i%28+1), body(fmt.Sprint("s", i, "x")),
					[]news.Entity{pe("p1", "", "", fmt.Sprintf("Person%d Surname%d", i, i%500))},
					news.Event{Type: news.EventTypes[i%16], Source: []string{fmt.Sprintf("C%02d", i%40)}, Target: []string{fmt.Sprintf("C%02d", i%37)},
						Date: fmt.Sprintf("2023-%02d-%02d", i%12+1, i%28+1), Persons: []string{"p1"}})
				mustLink(b, tx, a)
			}
			wire := fixture(b, "wire.txt")
			b.ReportAllocs()
			tx.probes = 0
			i := 0
			for b.Loop() {
				// A new wire story each time (its own numbers), about one of
				// many meetings.
				ev := consult(fmt.Sprintf("2023-%02d-%02d", i%12+1, i%28+1), "Kazan", "p1", "p2")
				ev.Target = []string{fmt.Sprintf("C%02d", i%37)}
				a := article(fmt.Sprint("new", i), "en", "2024-03-13", fmt.Sprintf("%s\n\nUpdate %d: %s", wire, i, body(fmt.Sprint("n", i))), []news.Entity{
					pe("p1", "RUS", "foreign minister", "Sergey Voronov"), pe("p2", "VEN", "", "Iván Ortal"),
				}, ev)
				if err := Article(tx, a); err != nil {
					b.Fatal(err)
				}
				i++
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(tx.probes)/float64(b.N), "probes/article")
		})
	}
}

func TestMergeSplitSurviveReingest(t *testing.T) {
	tx := newFake()
	a := article("a1", "en", "2024-01-01", body("k"), []news.Entity{pe("p1", "VEN", "", "Iván Ortal", "Ortal")})
	mustLink(t, tx, a)
	minister := a.Analysis.Entities[0].ID
	created, err := Split(tx, minister, "Ortal")
	if err != nil {
		t.Fatal(err)
	}
	// Re-ingesting the same article: the full name goes to the minister,
	// the bare name to the entity split off.
	again := article("a1", "en", "2024-01-01", body("k"), []news.Entity{pe("p1", "VEN", "", "Iván Ortal", "Ortal"), pe("p2", "VEN", "", "Ortal")})
	mustLink(t, tx, again)
	if got := again.Analysis.Entities[0].ID; got != minister {
		t.Errorf("full name went to %s, want %s", got, minister)
	}
	if got := again.Analysis.Entities[1].ID; got != created {
		t.Errorf("split name went to %s, want %s", got, created)
	}
	if slices.Contains(tx.entities[minister].Aliases, "Ortal") {
		t.Errorf("split alias came back: %v", tx.entities[minister].Aliases)
	}
	// Merge two entities by hand: the old id redirects, new reports join.
	b := article("b1", "es", "2024-01-02", body("j"), []news.Entity{pe("p1", "", "", "Marisol Andreína")})
	mustLink(t, tx, b)
	if err := Merge(tx, minister, b.Analysis.Entities[0].ID); err != nil {
		t.Fatal(err)
	}
	if e, _ := tx.Entity(b.Analysis.Entities[0].ID); e == nil || e.ID != minister {
		t.Errorf("merged id does not redirect: %v", e)
	}
	if err := Merge(tx, minister, minister); news.ErrorCode(err) != news.EConflict {
		t.Errorf("self merge: got %v, want conflict", err)
	}
	if _, err := Split(tx, minister, "Nobody"); news.ErrorCode(err) != news.EInvalid {
		t.Errorf("split unknown alias: got %v, want invalid", err)
	}
}

func TestBoilerplateAndPopularWire(t *testing.T) {
	tx := newFake()
	disclaimer := "\n\nThis article was produced by our newsroom and may not be reproduced, distributed or broadcast in any form without the written permission of the publisher, who reserves all rights including the right to text and data mining under the applicable laws of the European Union and its member states."
	for i := range 20 {
		mustLink(t, tx, article(fmt.Sprint("own", i), "en", "2024-01-01", body(fmt.Sprint("own", i))+disclaimer, nil))
	}
	late := article("late", "en", "2024-01-02", body("late")+disclaimer, nil)
	mustLink(t, tx, late)
	if len(late.SharesTextWith) != 0 {
		t.Errorf("boilerplate links %v", late.SharesTextWith)
	}
	wire := fixture(t, "wire.txt")
	for i := range 20 {
		mustLink(t, tx, article(fmt.Sprint("copy", i), "en", "2024-03-04", wire+fmt.Sprintf("\n\nPosted by site %d.", i), nil))
	}
	last := article("last", "en", "2024-03-04", wire, nil)
	mustLink(t, tx, last)
	if len(last.SharesTextWith) == 0 || last.DuplicateOf == "" {
		t.Errorf("21st copy of a wire story: shares %v, duplicate of %q", last.SharesTextWith, last.DuplicateOf)
	}
}

func TestUndatedReportsAcrossArticles(t *testing.T) {
	tx := newFake()
	lz := []news.Entity{pe("p1", "BLR", "foreign minister", "Ivan Lazarchik")}
	reject := func() news.Event {
		return news.Event{Type: news.Reject, Source: []string{"BLR"}, Target: []string{"EU"}, Persons: []string{"p1"}}
	}
	a := article("a1", "de", "2026-05-18", body("r"), lz, reject())
	mustLink(t, tx, a)
	b := article("b1", "ru", "2026-05-19", body("s"), lz, reject())
	mustLink(t, tx, b)
	if b.Analysis.Events[0].ID != a.Analysis.Events[0].ID {
		t.Errorf("two undated reports of one reply a day apart did not merge")
	}
	// Months later: another reply.
	late := article("c1", "ru", "2026-08-19", body("q"), lz, reject())
	mustLink(t, tx, late)
	if late.Analysis.Events[0].ID == a.Analysis.Events[0].ID {
		t.Errorf("undated reply three months later joined the May one")
	}
	// No person in common: no evidence.
	nop := news.Event{Type: news.Reject, Source: []string{"BLR"}, Target: []string{"EU"}}
	d := article("d1", "en", "2026-05-19", body("z"), nil, nop)
	mustLink(t, tx, d)
	if d.Analysis.Events[0].ID == a.Analysis.Events[0].ID {
		t.Errorf("undated report without persons joined an undated event")
	}
}

func TestOneSidedReport(t *testing.T) {
	tx := newFake()
	sanc := func(tgt ...string) news.Event {
		return news.Event{Type: news.Sanction, Source: []string{"EU"}, Target: tgt, Date: "2026-05-18"}
	}
	a := article("a1", "en", "2026-05-18", body("o"), nil, sanc("BLR"))
	mustLink(t, tx, a)
	b := article("b1", "de", "2026-05-18", body("p"), nil, sanc())
	mustLink(t, tx, b)
	if b.Analysis.Events[0].ID != a.Analysis.Events[0].ID {
		t.Errorf("one-sided report of the same day did not join the two-sided one")
	}
	c := article("c1", "fr", "2026-05-18", body("k"), nil, sanc("RUS"))
	mustLink(t, tx, c)
	if c.Analysis.Events[0].ID == a.Analysis.Events[0].ID {
		t.Errorf("sanctions on another state joined")
	}
	d := article("d1", "es", "2026-05-18", body("j"), nil, sanc())
	mustLink(t, tx, d)
	if d.Analysis.Events[0].ID == a.Analysis.Events[0].ID || d.Analysis.Events[0].ID == c.Analysis.Events[0].ID {
		t.Errorf("one-sided report chose between two events of that day")
	}
}

func TestUndatedReportFirst(t *testing.T) {
	tx := newFake()
	und := article("u1", "es", "2024-06-05", body("f"), nil,
		news.Event{Type: news.Consult, Source: []string{"RUS"}, Target: []string{"UZB"}})
	mustLink(t, tx, und)
	a := article("a1", "en", "2024-06-04", body("g"), nil,
		news.Event{Type: news.Consult, Source: []string{"UZB"}, Target: []string{"RUS"}, Date: "2024-06-03", Place: "Tashkent"})
	mustLink(t, tx, a)
	if a.Analysis.Events[0].ID != und.Analysis.Events[0].ID {
		t.Errorf("dated report did not join the undated report published two days after it")
	}
	if e := tx.events[a.Analysis.Events[0].ID]; e.Date != "2024-06-03" {
		t.Errorf("event date = %q", e.Date)
	}
	// An undated report published months before a meeting is not that meeting.
	old := article("o1", "es", "2024-02-16", body("h"), nil,
		news.Event{Type: news.Consult, Source: []string{"RUS"}, Target: []string{"VEN"}})
	mustLink(t, tx, old)
	b := article("b1", "en", "2024-06-04", body("i"), nil,
		news.Event{Type: news.Consult, Source: []string{"RUS"}, Target: []string{"VEN"}, Date: "2024-06-03"})
	mustLink(t, tx, b)
	if b.Analysis.Events[0].ID == old.Analysis.Events[0].ID {
		t.Errorf("dated report joined an undated report published months before")
	}
}

// TestBridge: two entities stored apart because none of their names matched
// join when a later article writes a full name that matches both, and only
// then.
func TestBridge(t *testing.T) {
	jor := func(names ...string) news.Entity { return pe("p1", "JOR", "", names...) }
	cases := []struct {
		name   string
		stored []news.Entity // stored first, one article each
		locked bool          // a person merged or split the stored entities by hand
		local  news.Entity   // the bridging article's person
		want   int           // entities in the end
	}{
		// A script the resolver does not transliterate, written beside
		// the Latin form.
		{"full names in two scripts", []news.Entity{jor("Nabil Saadeh"), jor("نبيل سعادة")}, false, jor("Nabil Saadeh", "نبيل سعادة"), 1},
		{"corrected by hand", []news.Entity{jor("Nabil Saadeh"), jor("نبيل سعادة")}, true, jor("Nabil Saadeh", "نبيل سعادة"), 2},
		{"an initial joins one, bridges nobody", []news.Entity{jor("Sergey Voronov"), jor("Svetlana Voronova")}, false, jor("S. Voronov"), 2},
		{"a surname bridges nobody", []news.Entity{jor("Nabil Saadeh"), jor("Samir Saadeh")}, false, jor("Saadeh"), 3},
		{"two given names stay two people", []news.Entity{jor("Nabil Saadeh"), jor("نبيل سعادة")}, false, jor("Samir Saadeh", "نبيل سعادة"), 2},
		// A namesake of another country in another office.
		{"two countries and offices stay apart", []news.Entity{pe("p1", "JOR", "minister", "Nabil Saadeh"), pe("p1", "LBN", "ambassador", "Nabil Saadeh")}, false, pe("p1", "", "", "Nabil Saadeh"), 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx := newFake()
			for i, e := range c.stored {
				a := article(fmt.Sprintf("a%d", i), "en", "2024-01-01", body(fmt.Sprint("s", i)), []news.Entity{e})
				mustLink(t, tx, a)
				if c.locked {
					tx.entities[a.Analysis.Entities[0].ID].Locked = true
				}
			}
			if len(tx.entities) != len(c.stored) {
				t.Fatalf("stored %d entities, want %d apart", len(tx.entities), len(c.stored))
			}
			a := article("b", "en", "2024-01-02", body("b"), []news.Entity{c.local})
			mustLink(t, tx, a)
			if len(tx.entities) != c.want {
				var got []string
				for _, e := range tx.entities {
					got = append(got, fmt.Sprint(e.Name, e.Aliases))
				}
				t.Errorf("entities = %d %v, want %d", len(tx.entities), got, c.want)
			}
			if id := a.Analysis.Entities[0].ID; tx.entities[id] == nil {
				t.Errorf("article names %s, which is gone", id)
			}
		})
	}
}
