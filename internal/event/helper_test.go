package event

import (
	"sort"
	"strings"
	"testing"

	"chancery/internal/news"
)

// actorDef is how the test dictionary names an actor.
type actorDef struct {
	kind, code, entity, place string
	roles                     []string
}

// testActors stands in for internal/actor: fictional persons and a few
// real states, demonyms, capitals and organizations in several languages.
var testActors = map[string]actorDef{
	// persons (fictional)
	"Mara Lindgren":  {kind: news.ActorPerson, code: "SWE", entity: "p1", roles: []string{"foreign minister"}},
	"Lindgren":       {kind: news.ActorPerson, code: "SWE", entity: "p1"},
	"Tomas Ferreira": {kind: news.ActorPerson, code: "BRA", entity: "p2", roles: []string{"foreign minister"}},
	"Ferreira":       {kind: news.ActorPerson, code: "BRA", entity: "p2"},
	"Oleg Sorokin":   {kind: news.ActorPerson, code: "RUS", entity: "p3", roles: []string{"foreign minister"}},
	"Sorokin":        {kind: news.ActorPerson, code: "RUS", entity: "p3"},
	"Олег Сорокин":   {kind: news.ActorPerson, code: "RUS", entity: "p3", roles: []string{"foreign minister"}},
	"Сорокин":        {kind: news.ActorPerson, code: "RUS", entity: "p3"},
	"Lucía Quintana": {kind: news.ActorPerson, code: "CUB", entity: "p4", roles: []string{"foreign minister"}},
	"Quintana":       {kind: news.ActorPerson, code: "CUB", entity: "p4"},
	"Luisa Quintana": {kind: news.ActorPerson, code: "CUB", entity: "p4"},
	"Lúcia Quintana": {kind: news.ActorPerson, code: "CUB", entity: "p4"},
	"Лусия Кинтана":  {kind: news.ActorPerson, code: "CUB", entity: "p4"},
	"Кинтана":        {kind: news.ActorPerson, code: "CUB", entity: "p4"},
	"Hugo Marchesi":  {kind: news.ActorPerson, code: "CUB", entity: "p5", roles: []string{"president"}},
	// states
	"Russia": {kind: news.ActorState, code: "RUS"}, "Russland": {kind: news.ActorState, code: "RUS"},
	"Rusia": {kind: news.ActorState, code: "RUS"}, "Russie": {kind: news.ActorState, code: "RUS"},
	"Россия": {kind: news.ActorState, code: "RUS"}, "России": {kind: news.ActorState, code: "RUS"},
	"Cuba": {kind: news.ActorState, code: "CUB"}, "Kuba": {kind: news.ActorState, code: "CUB"},
	"Кубы": {kind: news.ActorState, code: "CUB"}, "Куба": {kind: news.ActorState, code: "CUB"},
	"Brazil": {kind: news.ActorState, code: "BRA"}, "Brasilien": {kind: news.ActorState, code: "BRA"},
	"Brasil": {kind: news.ActorState, code: "BRA"}, "Brésil": {kind: news.ActorState, code: "BRA"},
	"Sweden": {kind: news.ActorState, code: "SWE"}, "Schweden": {kind: news.ActorState, code: "SWE"},
	"Suecia": {kind: news.ActorState, code: "SWE"}, "Suède": {kind: news.ActorState, code: "SWE"},
	"Швеция": {kind: news.ActorState, code: "SWE"}, "Швецию": {kind: news.ActorState, code: "SWE"},
	"Ukraine": {kind: news.ActorState, code: "UKR"}, "Ucrania": {kind: news.ActorState, code: "UKR"},
	"Украину": {kind: news.ActorState, code: "UKR"}, "Украина": {kind: news.ActorState, code: "UKR"},
	"the United States": {kind: news.ActorState, code: "USA"}, "die USA": {kind: news.ActorState, code: "USA"},
	"Estados Unidos": {kind: news.ActorState, code: "USA"}, "les États-Unis": {kind: news.ActorState, code: "USA"},
	"США":  {kind: news.ActorState, code: "USA"},
	"U.S.": {kind: news.ActorState, code: "USA"}, "United States": {kind: news.ActorState, code: "USA"},
	"USA": {kind: news.ActorState, code: "USA"}, "Westen": {kind: news.ActorBloc, code: "WEST"},
	"russes": {kind: news.ActorDemonym, code: "RUS"}, "российских": {kind: news.ActorDemonym, code: "RUS"},
	"Armenia": {kind: news.ActorState, code: "ARM"}, "Belarus": {kind: news.ActorState, code: "BLR"},
	"Poland": {kind: news.ActorState, code: "POL"}, "Polen": {kind: news.ActorState, code: "POL"},
	"Polonia": {kind: news.ActorState, code: "POL"}, "Pologne": {kind: news.ActorState, code: "POL"},
	"Польша": {kind: news.ActorState, code: "POL"}, "Польшу": {kind: news.ActorState, code: "POL"},
	// demonyms
	"Russian": {kind: news.ActorDemonym, code: "RUS"}, "russische": {kind: news.ActorDemonym, code: "RUS"},
	"russischen": {kind: news.ActorDemonym, code: "RUS"}, "ruso": {kind: news.ActorDemonym, code: "RUS"},
	"russe": {kind: news.ActorDemonym, code: "RUS"}, "российский": {kind: news.ActorDemonym, code: "RUS"},
	"Cuban": {kind: news.ActorDemonym, code: "CUB"}, "kubanischen": {kind: news.ActorDemonym, code: "CUB"},
	"cubano": {kind: news.ActorDemonym, code: "CUB"}, "cubaine": {kind: news.ActorDemonym, code: "CUB"},
	"кубинским": {kind: news.ActorDemonym, code: "CUB"}, "кубинский": {kind: news.ActorDemonym, code: "CUB"},
	"Swedish": {kind: news.ActorDemonym, code: "SWE"}, "Brazilian": {kind: news.ActorDemonym, code: "BRA"},
	"brasilianischen": {kind: news.ActorDemonym, code: "BRA"},
	"Western":         {kind: news.ActorDemonym, code: "WEST"},
	// blocs and organizations
	"the West": {kind: news.ActorBloc, code: "WEST"}, "der Westen": {kind: news.ActorBloc, code: "WEST"},
	"Occidente": {kind: news.ActorBloc, code: "WEST"}, "l'Occident": {kind: news.ActorBloc, code: "WEST"},
	"Запад": {kind: news.ActorBloc, code: "WEST"},
	"NATO":  {kind: news.ActorOrg, code: "NATO", entity: "o1"}, "UN": {kind: news.ActorOrg, code: "UN", entity: "o2"},
	"the Russian Foreign Ministry": {kind: news.ActorOrg, code: "RUS", entity: "o3"},
	"EU":                           {kind: news.ActorOrg, code: "EU", entity: "o4"},
	// capitals and places
	"Moscow": {kind: news.ActorCapital, code: "RUS", place: "Moscow"}, "Moskau": {kind: news.ActorCapital, code: "RUS", place: "Moscow"},
	"Moscú": {kind: news.ActorCapital, code: "RUS", place: "Moscow"}, "Moscou": {kind: news.ActorCapital, code: "RUS", place: "Moscow"},
	"Москве": {kind: news.ActorCapital, code: "RUS", place: "Moscow"}, "Москва": {kind: news.ActorCapital, code: "RUS", place: "Moscow"},
	"Washington": {kind: news.ActorCapital, code: "USA", place: "Washington"}, "Kyiv": {kind: news.ActorCapital, code: "UKR", place: "Kyiv"},
	"Havana": {kind: news.ActorCapital, code: "CUB", place: "Havana"}, "Havanna": {kind: news.ActorCapital, code: "CUB", place: "Havana"},
	"La Habana": {kind: news.ActorCapital, code: "CUB", place: "Havana"}, "La Havane": {kind: news.ActorCapital, code: "CUB", place: "Havana"},
	"Гаване":    {kind: news.ActorCapital, code: "CUB", place: "Havana"},
	"Brasília":  {kind: news.ActorCapital, code: "BRA", place: "Brasília"},
	"Stockholm": {kind: news.ActorCapital, code: "SWE", place: "Stockholm"},
	"Geneva":    {kind: news.ActorPlace, code: "CHE", place: "Geneva"}, "Genf": {kind: news.ActorPlace, code: "CHE", place: "Geneva"},
	"Ginebra": {kind: news.ActorPlace, code: "CHE", place: "Geneva"}, "Genève": {kind: news.ActorPlace, code: "CHE", place: "Geneva"},
	"Женеве":   {kind: news.ActorPlace, code: "CHE", place: "Geneva"},
	"New York": {kind: news.ActorPlace, code: "USA", place: "New York"},

	// more states, capitals, places and fictional persons for the golden
	// articles under testdata/
	"Norway": {kind: news.ActorState, code: "NOR"}, "Norwegen": {kind: news.ActorState, code: "NOR"},
	"Noruega": {kind: news.ActorState, code: "NOR"}, "Norvège": {kind: news.ActorState, code: "NOR"},
	"Норвегия": {kind: news.ActorState, code: "NOR"}, "Норвегии": {kind: news.ActorState, code: "NOR"},
	"Norwegian": {kind: news.ActorDemonym, code: "NOR"}, "norwegischen": {kind: news.ActorDemonym, code: "NOR"},
	"Oslo":  {kind: news.ActorCapital, code: "NOR", place: "Oslo"},
	"Kenya": {kind: news.ActorState, code: "KEN"}, "Kenia": {kind: news.ActorState, code: "KEN"},
	"Nairobi": {kind: news.ActorCapital, code: "KEN", place: "Nairobi"},
	"Chile":   {kind: news.ActorState, code: "CHL"}, "Chili": {kind: news.ActorState, code: "CHL"},
	"chileno": {kind: news.ActorDemonym, code: "CHL"}, "chilien": {kind: news.ActorDemonym, code: "CHL"},
	"Santiago": {kind: news.ActorCapital, code: "CHL", place: "Santiago"},
	"Mombasa":  {kind: news.ActorPlace, code: "KEN", place: "Mombasa"},
	"Grodno":   {kind: news.ActorPlace, code: "BLR", place: "Grodno"},
	"Belarús":  {kind: news.ActorState, code: "BLR"}, "Bélarus": {kind: news.ActorState, code: "BLR"},
	"Беларусь": {kind: news.ActorState, code: "BLR"}, "Белоруссии": {kind: news.ActorState, code: "BLR"},
	"Украины": {kind: news.ActorState, code: "UKR"}, "Ukraina": {kind: news.ActorState, code: "UKR"},
	"Kubas": {kind: news.ActorState, code: "CUB"}, "Schwedens": {kind: news.ActorState, code: "SWE"},
	"Erik Dahl":    {kind: news.ActorPerson, code: "NOR", entity: "p6", roles: []string{"foreign minister"}},
	"Dahl":         {kind: news.ActorPerson, code: "NOR", entity: "p6"},
	"Эрик Даль":    {kind: news.ActorPerson, code: "NOR", entity: "p6", roles: []string{"foreign minister"}},
	"Даль":         {kind: news.ActorPerson, code: "NOR", entity: "p6"},
	"Amina Wafula": {kind: news.ActorPerson, code: "KEN", entity: "p7", roles: []string{"foreign minister"}},
	"Wafula":       {kind: news.ActorPerson, code: "KEN", entity: "p7"},
	"Polish":       {kind: news.ActorDemonym, code: "POL"}, "Warsaw": {kind: news.ActorCapital, code: "POL", place: "Warsaw"},
	"Ukrainian": {kind: news.ActorDemonym, code: "UKR"}, "Kenyan": {kind: news.ActorDemonym, code: "KEN"},
	"Kharkiv": {kind: news.ActorPlace, code: "UKR", place: "Kharkiv"}, "Kaliningrad": {kind: news.ActorPlace, code: "RUS", place: "Kaliningrad"},
	"schwedische": {kind: news.ActorDemonym, code: "SWE"}, "norwegische": {kind: news.ActorDemonym, code: "NOR"},
	"norvégien": {kind: news.ActorDemonym, code: "NOR"}, "Норвегию": {kind: news.ActorState, code: "NOR"},
	"Javier Rojas": {kind: news.ActorPerson, code: "CHL", entity: "p8", roles: []string{"foreign minister"}},
	"Rojas":        {kind: news.ActorPerson, code: "CHL", entity: "p8"},
	// a person whose country the actor stage could not tell
	"Paul Verrier": {kind: news.ActorPerson, entity: "p9", roles: []string{"foreign minister"}},
	"Verrier":      {kind: news.ActorPerson, entity: "p9"},
	"Suédois":      {kind: news.ActorDemonym, code: "SWE"}, "suédois": {kind: news.ActorDemonym, code: "SWE"},
	"la Suède": {kind: news.ActorState, code: "SWE"}, "Stockholm.": {kind: news.ActorCapital, code: "SWE", place: "Stockholm"},
	"brésilien": {kind: news.ActorDemonym, code: "BRA"},
}

// testSplit cuts a body into sentences at ". ", "! ", "? " (after a word of
// more than one letter) and blank lines; enough for hand-written fixtures.
func testSplit(body string) []news.Sentence {
	var out []news.Sentence
	para, start := 0, 0
	flush := func(end int) {
		s, e := start, end
		for s < e && (body[s] == ' ' || body[s] == '\n') {
			s++
		}
		for e > s && (body[e-1] == ' ' || body[e-1] == '\n') {
			e--
		}
		if e > s {
			out = append(out, news.Sentence{Span: news.Span{Start: s, End: e}, Para: para})
		}
		start = end
	}
	for i := 0; i < len(body); i++ {
		switch {
		case strings.HasPrefix(body[i:], "\n\n"):
			flush(i)
			para++
			i++
		case (body[i] == '.' || body[i] == '!' || body[i] == '?') && i+1 < len(body) && body[i+1] == ' ' &&
			i >= 2 && body[i-2] != ' ' && body[i-2] != '.':
			flush(i + 1)
		}
	}
	flush(len(body))
	return out
}

// build makes an analysed article out of a body, finding the test
// dictionary's actors in it (longest names first, whole words).
func build(lang, body string) *news.Article {
	a := &news.Article{Lang: lang, Body: body, Published: "2024-03-14"}
	a.Analysis = &news.Analysis{Sentences: testSplit(body)}
	names := make([]string, 0, len(testActors))
	for n := range testActors {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	taken := make([]bool, len(body))
	ents := map[string]*news.Entity{}
	for _, n := range names {
		d := testActors[n]
		for off := 0; ; {
			i := strings.Index(body[off:], n)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(n)
			off = e
			if s > 0 && isWordByte(body[s-1]) || e < len(body) && isWordByte(body[e]) {
				continue
			}
			free := true
			for k := s; k < e; k++ {
				if taken[k] {
					free = false
				}
			}
			if !free {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			a.Analysis.Actors = append(a.Analysis.Actors, news.ActorMention{Span: news.Span{Start: s, End: e},
				Text: n, Kind: d.kind, Code: d.code, Entity: d.entity, Place: d.place})
			if d.entity != "" {
				en := ents[d.entity]
				if en == nil {
					kind := news.KindPerson
					if d.kind == news.ActorOrg {
						kind = news.KindOrganization
					}
					en = &news.Entity{ID: d.entity, Kind: kind, Name: n, Country: d.code}
					ents[d.entity] = en
				}
				if len(d.roles) > 0 {
					en.Roles = d.roles
				}
				if d.kind == news.ActorPerson {
					en.Country = d.code
				}
			}
		}
	}
	sort.Slice(a.Analysis.Actors, func(i, j int) bool { return a.Analysis.Actors[i].Start < a.Analysis.Actors[j].Start })
	ids := make([]string, 0, len(ents))
	for id := range ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a.Analysis.Entities = append(a.Analysis.Entities, *ents[id])
	}
	return a
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// fixedDates is a date finder for tests: each listed phrase resolves to
// its value wherever it stands in a sentence.
func fixedDates(body string, phrases map[string]string) dateFinder {
	return func(s news.Sentence) []news.DateRef {
		var out []news.DateRef
		text := body[s.Start:s.End]
		for p, v := range phrases {
			for off := 0; ; {
				i := strings.Index(text[off:], p)
				if i < 0 {
					break
				}
				st := s.Start + off + i
				out = append(out, news.DateRef{Span: news.Span{Start: st, End: st + len(p)}, Text: p, Value: v})
				off += i + len(p)
			}
		}
		return out
	}
}

// summary renders an event compactly for comparisons:
// "TYPE src>tgt mode date place [persons]".
func summary(e news.Event) string {
	src := append([]string(nil), e.Source...)
	tgt := append([]string(nil), e.Target...)
	if news.Symmetric(e.Type) {
		all := append(src, tgt...)
		sort.Strings(all)
		src, tgt = all, nil
	}
	s := e.Type + " " + strings.Join(src, ",")
	if !news.Symmetric(e.Type) {
		s += ">" + strings.Join(tgt, ",")
	}
	if e.Mode != "" {
		s += " " + e.Mode
	}
	if e.Date != "" {
		s += " @" + e.Date
	}
	if e.Place != "" {
		s += " in " + e.Place
	}
	if len(e.Persons) > 0 {
		p := append([]string(nil), e.Persons...)
		sort.Strings(p)
		s += " [" + strings.Join(p, ",") + "]"
	}
	return s
}

func summaries(a *news.Article) []string {
	var out []string
	for _, e := range a.Analysis.Events {
		out = append(out, summary(e))
	}
	return out
}

func run(t *testing.T, lang, body string, dates map[string]string) *news.Article {
	t.Helper()
	a := build(lang, body)
	extract(a, fixedDates(body, dates))
	return a
}
