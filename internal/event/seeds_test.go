package event

// Integration test: the real stages before this one (clean, lang, text,
// actor) on the seed articles of ../shared, scored against their gold. It
// reports the measures and fails only under a floor, so that it guards
// against regressions without fitting the seeds.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"chancery/internal/actor"
	"chancery/internal/clean"
	"chancery/internal/lang"
	"chancery/internal/lexicon"
	"chancery/internal/news"
	"chancery/internal/text"
)

type goldFile struct {
	Entities []struct {
		ID    string   `json:"id"`
		Names []string `json:"names"`
	} `json:"entities"`
	Documents []struct {
		File   string      `json:"file"`
		Events []goldEvent `json:"events"`
		Forbid []goldEvent `json:"forbidden"`
		Quotes []struct {
			Speaker  *string `json:"speaker"`
			Starts   string  `json:"starts"`
			Required bool    `json:"required"`
		} `json:"quotes"`
	} `json:"documents"`
}

type goldEvent struct {
	Type     string   `json:"type"`
	Actors   []string `json:"actors"`
	Source   []string `json:"source"`
	Target   []string `json:"target"`
	Persons  []string `json:"persons"`
	Dates    []string `json:"dates"`
	Place    []string `json:"place"`
	Required bool     `json:"required"`
}

func analyse(raw news.Raw) *news.Article {
	var c clean.Cleaner
	a := c.Clean(raw)
	if a.Lang == "" {
		a.Lang = lang.Detect(a.Title + "\n\n" + a.Body)
	}
	a.Analysis = &news.Analysis{Sentences: text.Split(a.Lang, a.Body), Countries: []string{}, Entities: []news.Entity{},
		Quotes: []news.Quote{}, Events: []news.Event{}}
	actor.Find(a)
	Extract(a)
	return a
}

func fold(s string) string {
	s = lexicon.Fold(s)
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x400 && r < 0x500 || r == ' ' {
			b.WriteRune(r)
		} else if r == '-' || r == '\n' {
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func TestSeeds(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared")
	data, err := os.ReadFile(filepath.Join(root, "gold", "seeds.gold.json"))
	if err != nil {
		t.Skip("no ../shared gold:", err)
	}
	var g goldFile
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	names := map[string][]string{}
	for _, e := range g.Entities {
		for _, n := range e.Names {
			names[e.ID] = append(names[e.ID], fold(n))
		}
	}
	var reqN, reqStrict, reqLoose, sys, fp, forb, qN, qAttr int
	for _, d := range g.Documents {
		raw, err := os.ReadFile(filepath.Join(root, "seeds", d.File))
		if err != nil {
			t.Fatal(err)
		}
		a := analyse(news.Raw{SourceFile: d.File, Format: news.FormatText, Text: string(raw)})
		ents := map[string]news.Entity{}
		for _, e := range a.Analysis.Entities {
			ents[e.ID] = e
		}
		isPerson := func(id, gid string) bool {
			e := ents[id]
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				for _, gn := range names[gid] {
					if fold(n) == gn {
						return true
					}
				}
			}
			return false
		}
		matches := func(e news.Event, ge goldEvent, strict bool) bool {
			if ge.Type != "*" && ge.Type != e.Type {
				return false
			}
			all := append(append([]string(nil), e.Source...), e.Target...)
			for _, c := range ge.Actors {
				if !has(all, c) {
					return false
				}
			}
			if len(ge.Source) > 0 && !anyOf(e.Source, ge.Source) || len(ge.Target) > 0 && !anyOf(e.Target, ge.Target) {
				return false
			}
			if !strict {
				return true
			}
			if len(ge.Dates) > 0 && !has(ge.Dates, e.Date) {
				return false
			}
			if len(ge.Place) > 0 {
				ok := false
				for _, p := range ge.Place {
					ok = ok || fold(p) == fold(e.Place)
				}
				if !ok {
					return false
				}
			}
			for _, p := range ge.Persons {
				ok := false
				for _, id := range e.Persons {
					ok = ok || isPerson(id, p)
				}
				if !ok {
					return false
				}
			}
			return true
		}
		t.Logf("== %s (%s) %d sentences, %d actors", d.File, a.Lang, len(a.Analysis.Sentences), len(a.Analysis.Actors))
		used := map[int]bool{}
		for _, e := range a.Analysis.Events {
			t.Logf("   %s  «%s» %q", summary(e), e.Mentions[0].Trigger, clip(e.Mentions[0].Text))
			for _, f := range d.Forbid {
				if matches(e, f, false) {
					forb++
					t.Logf("   FORBIDDEN")
				}
			}
			if e.Mode != "" {
				continue
			}
			sys++
			ok := false
			for i, ge := range d.Events {
				if !used[i] && matches(e, ge, false) {
					used[i], ok = true, true
					break
				}
			}
			if !ok {
				fp++
				t.Logf("   FALSE POSITIVE")
			}
		}
		for _, ge := range d.Events {
			if !ge.Required {
				continue
			}
			reqN++
			strict, loose := false, false
			for _, e := range a.Analysis.Events {
				if e.Mode == "" && matches(e, ge, true) {
					strict = true
				}
				if e.Mode == "" && matches(e, ge, false) {
					loose = true
				}
			}
			if strict {
				reqStrict++
			}
			if loose {
				reqLoose++
			}
			if !strict {
				t.Logf("   MISSED (strict) %s %v %v %v", ge.Type, ge.Actors, ge.Dates, ge.Place)
			}
		}
		for _, q := range d.Quotes {
			qN++
			found := false
			for _, sq := range a.Analysis.Quotes {
				if strings.Contains(fold(sq.Text), fold(q.Starts)) {
					found = true
					if q.Speaker == nil && sq.Speaker == "" || q.Speaker != nil && isPerson(sq.Speaker, *q.Speaker) {
						qAttr++
					} else {
						t.Logf("   QUOTE misattributed to %q/%q: %s", sq.Speaker, sq.SpeakerCode, clip(q.Starts))
					}
				}
			}
			if !found {
				t.Logf("   QUOTE not found: %s", clip(q.Starts))
			}
		}
	}
	prec := 1.0
	if sys > 0 {
		prec = float64(sys-fp) / float64(sys)
	}
	t.Logf("required strict %d/%d, loose %d/%d; factual events %d, false positives %d (precision %.2f); forbidden %d; quotes attributed %d/%d",
		reqStrict, reqN, reqLoose, reqN, sys, fp, prec, forb, qAttr, qN)
	if forb > 0 || prec < 0.7 || reqLoose*10 < reqN*7 {
		t.Errorf("below the floor: forbidden %d (want 0), precision %.2f (want ≥ 0.7), loose recall %d/%d (want ≥ 0.7)", forb, prec, reqLoose, reqN)
	}
}

func anyOf(have, want []string) bool {
	for _, w := range want {
		if w == "*" || has(have, w) {
			return true
		}
	}
	return false
}

func clip(s string) string {
	if len(s) > 90 {
		return s[:90] + "…"
	}
	return s
}
