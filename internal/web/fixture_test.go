package web

import (
	"strings"
	"time"

	"chancery/internal/news"
)

// The fixture is fictional: two foreign ministers of real states, invented
// people, reported in English and German, one syndicated copy and one
// hostile article.

const (
	bodyEN = "OSLO - Norwegian Foreign Minister Ingrid Halvorsen met her Chilean counterpart Tomás Ferrer in Oslo on Tuesday.\n\n" +
		"The two ministers agreed to expand cooperation on fisheries and renewable energy. \"We share the same goals,\" Halvorsen said.\n\n" +
		"Chile accused Argentina of violating the fishing accord in January."
	bodyDE = "Die norwegische Außenministerin Ingrid Halvorsen hat sich am Dienstag in Oslo mit ihrem chilenischen Amtskollegen Tomás Ferrer getroffen.\n\n" +
		"Beide Seiten vereinbarten, die Zusammenarbeit auszubauen. „Wir wollen mehr Handel“, sagte Ferrer."
	bodyCopy = "Norwegian Foreign Minister Ingrid Halvorsen met her Chilean counterpart Tomás Ferrer in Oslo on Tuesday.\n\n" +
		"Both sides said the talks were constructive."
	xssTitle = `<script>alert(1)</script> Talks`
	bodyXSS  = "Officials met in <img src=x onerror=alert(1)> Oslo.\n\n" +
		`Norway protested "<script>alert(1)</script>" loudly against Chile.` + "\n\n" +
		`Click <a href="javascript:alert(1)">here</a> & "quotes" 'single'.`
)

// span returns the byte span of the first occurrence of sub in body.
func span(body, sub string) news.Span {
	i := strings.Index(body, sub)
	if i < 0 {
		panic("fixture: " + sub + " not in body")
	}
	return news.Span{Start: i, End: i + len(sub)}
}

func mention(id, lang, body, sentence string) news.Mention {
	return news.Mention{Article: id, Lang: lang, Text: sentence, Span: span(body, sentence)}
}

func actorAt(body, text, kind, code, entity string) news.ActorMention {
	return news.ActorMention{Span: span(body, text), Text: text, Kind: kind, Code: code, Entity: entity}
}

func newFixture() *fakeStore {
	halv := &news.Entity{ID: "e1", Kind: news.KindPerson, Name: "Ingrid Halvorsen", Country: "NOR",
		Roles: []string{"foreign minister"}, Aliases: []string{"Ingrid Halvorsen", "Halvorsen", "Ингрид Халворсен"}}
	ferr := &news.Entity{ID: "e2", Kind: news.KindPerson, Name: "Tomás Ferrer", Country: "CHL",
		Roles: []string{"foreign minister"}, Aliases: []string{"Tomás Ferrer", "Tomas Ferrer", "Томас Феррер"}}
	ferr2 := &news.Entity{ID: "e4", Kind: news.KindPerson, Name: "T. Ferrer", Country: "CHL",
		Roles: []string{"minister"}, Aliases: []string{"T. Ferrer"}}
	min := &news.Entity{ID: "e3", Kind: news.KindOrganization, Name: "Norwegian Foreign Ministry", Country: "NOR",
		Code: "NOR", Aliases: []string{"Norwegian Foreign Ministry"}, Roles: []string{}}
	xssEnt := &news.Entity{ID: "e5", Kind: news.KindPerson, Name: `<img src=x onerror=alert(1)>`, Country: "NOR",
		Aliases: []string{`<script>alert(1)</script>`}, Roles: []string{`<b>boss</b>`}}

	s1 := "OSLO - Norwegian Foreign Minister Ingrid Halvorsen met her Chilean counterpart Tomás Ferrer in Oslo on Tuesday."
	s2 := "The two ministers agreed to expand cooperation on fisheries and renewable energy."
	s3 := "Chile accused Argentina of violating the fishing accord in January."
	d1 := "Die norwegische Außenministerin Ingrid Halvorsen hat sich am Dienstag in Oslo mit ihrem chilenischen Amtskollegen Tomás Ferrer getroffen."
	d2 := "Beide Seiten vereinbarten, die Zusammenarbeit auszubauen."
	c1 := "Norwegian Foreign Minister Ingrid Halvorsen met her Chilean counterpart Tomás Ferrer in Oslo on Tuesday."
	x1 := `Norway protested "<script>alert(1)</script>" loudly against Chile.`

	at := time.Date(2024, 2, 15, 8, 0, 0, 0, time.UTC)
	a1 := &news.Article{ID: "a1000000000000001", Hash: "h1", SourceFile: "in/en1.txt", Format: news.FormatText,
		Outlet: "Northern Wire", Lang: "en", Title: "Norway and Chile agree to expand cooperation", Published: "2024-02-13",
		Dateline: "Oslo", Body: bodyEN, IngestedAt: at, SharesTextWith: []string{"a3000000000000003"},
		Dropped: []news.Dropped{{Text: "Share on Facebook", Reason: "share"}, {Text: "Related: <b>Fishing</b> news", Reason: "related"}},
		Embeds:  []news.Embed{{Author: "Ingrid Halvorsen", Handle: "@ihalvorsen", Date: "2024-02-13", Text: "Good talks today with my Chilean colleague."}},
		Notes:   []string{"published date taken from the dateline"},
		Analysis: &news.Analysis{
			Countries: []string{"ARG", "CHL", "NOR"},
			Entities:  []news.Entity{*halv, *ferr},
			Actors: []news.ActorMention{
				actorAt(bodyEN, "Norwegian", news.ActorDemonym, "NOR", ""),
				actorAt(bodyEN, "Ingrid Halvorsen", news.ActorPerson, "NOR", "e1"),
				actorAt(bodyEN, "Chilean", news.ActorDemonym, "CHL", ""),
				actorAt(bodyEN, "Tomás Ferrer", news.ActorPerson, "CHL", "e2"),
				actorAt(bodyEN, "Argentina", news.ActorState, "ARG", ""),
			},
			Dates:  []news.DateRef{{Span: span(bodyEN, "on Tuesday"), Text: "on Tuesday", Value: "2024-02-13"}},
			Quotes: []news.Quote{{Span: span(bodyEN, "We share the same goals,"), Text: "We share the same goals,", Speaker: "e1"}},
		},
	}
	a2 := &news.Article{ID: "a2000000000000002", Hash: "h2", SourceFile: "in/de1.txt", Format: news.FormatText,
		Outlet: "Nordkurier", Lang: "de", Title: "Norwegen und Chile vereinbaren engere Zusammenarbeit", Published: "2024-02-14",
		Body: bodyDE, IngestedAt: at,
		Analysis: &news.Analysis{
			Countries: []string{"CHL", "NOR"},
			Entities:  []news.Entity{*halv, *ferr},
			Actors: []news.ActorMention{
				actorAt(bodyDE, "norwegische", news.ActorDemonym, "NOR", ""),
				actorAt(bodyDE, "Ingrid Halvorsen", news.ActorPerson, "NOR", "e1"),
				actorAt(bodyDE, "Tomás Ferrer", news.ActorPerson, "CHL", "e2"),
			},
			Quotes: []news.Quote{{Span: span(bodyDE, "Wir wollen mehr Handel"), Text: "Wir wollen mehr Handel", Speaker: "e2"}},
		},
	}
	a3 := &news.Article{ID: "a3000000000000003", Hash: "h3", SourceFile: "in/en2.txt", Format: news.FormatText,
		Outlet: "Coastal Times", Lang: "en", Title: "Ministers meet in Oslo", Published: "2024-02-13",
		Body: bodyCopy, IngestedAt: at, SharesTextWith: []string{"a1000000000000001"},
		Analysis: &news.Analysis{Countries: []string{"CHL", "NOR"}, Entities: []news.Entity{*halv, *ferr}},
	}
	ax := &news.Article{ID: "a4000000000000004", Hash: "h4", SourceFile: `in/<x>.txt`, Format: news.FormatHTML,
		Outlet: `<i>Evil</i> Daily`, Lang: "en", Title: xssTitle, Published: "2024-03-01",
		URL: "javascript:alert(1)", Body: bodyXSS, IngestedAt: at,
		Dropped: []news.Dropped{{Text: `<script>alert(1)</script>`, Reason: "comments"}},
		Embeds:  []news.Embed{{Author: `<img src=x onerror=alert(1)>`, Text: `<script>alert(1)</script>`, URL: "javascript:alert(1)"}},
		Notes:   []string{`<script>alert(1)</script>`},
		Analysis: &news.Analysis{
			Countries: []string{"CHL", "NOR"},
			Entities:  []news.Entity{*xssEnt},
			Actors:    []news.ActorMention{actorAt(bodyXSS, "Norway", news.ActorState, "NOR", "")},
			Quotes:    []news.Quote{{Span: span(bodyXSS, `<script>alert(1)</script>`), Text: `<script>alert(1)</script>`, Speaker: "e5"}},
		},
	}
	future := news.ModeFuture
	evs := []*news.Event{
		{ID: "v1", Type: news.Consult, Source: []string{"NOR"}, Target: []string{"CHL"}, Persons: []string{"e1", "e2"},
			Date: "2024-02-13", Place: "Oslo", Mode: news.ModeFactual, Articles: 3, Outlets: 3, Languages: 2, Independent: true,
			Mentions: []news.Mention{mention(a1.ID, "en", bodyEN, s1), mention(a2.ID, "de", bodyDE, d1), mention(a3.ID, "en", bodyCopy, c1)}},
		{ID: "v2", Type: news.Agree, Source: []string{"NOR"}, Target: []string{"CHL"}, Persons: []string{"e1", "e2"},
			Date: "2024-02-13", Place: "Oslo", Articles: 2, Outlets: 2, Languages: 2, Independent: true,
			Mentions: []news.Mention{mention(a1.ID, "en", bodyEN, s2), mention(a2.ID, "de", bodyDE, d2)}},
		{ID: "v3", Type: news.Accuse, Source: []string{"CHL"}, Target: []string{"ARG"}, Date: "2024-01",
			Articles: 1, Outlets: 1, Languages: 1, Mentions: []news.Mention{mention(a1.ID, "en", bodyEN, s3)}},
		{ID: "v4", Type: news.Threaten, Source: []string{"NOR"}, Target: []string{"CHL"}, Date: "2023-11-02", Mode: future,
			Articles: 1, Outlets: 1, Languages: 1, Mentions: []news.Mention{{Article: a1.ID, Lang: "en", Text: "A stale mention whose span is out of range.", Span: news.Span{Start: 5000, End: 5040}}}},
		{ID: "v5", Type: news.Protest, Source: []string{"NOR"}, Target: []string{"CHL"}, Persons: []string{"e5"}, Date: "2024-03-01",
			Articles: 1, Outlets: 1, Languages: 1, Mentions: []news.Mention{mention(ax.ID, "en", bodyXSS, x1)}},
	}
	a1.Analysis.Events = []news.Event{{Type: news.Consult, Mentions: []news.Mention{mention(a1.ID, "en", bodyEN, s1)}}}
	return &fakeStore{
		articles: []*news.Article{a1, a2, a3, ax},
		entities: map[string]*news.Entity{"e1": halv, "e2": ferr, "e3": min, "e4": ferr2, "e5": xssEnt},
		events:   evs,
	}
}
