package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"chancery/internal/news"
)

func (m *Main) runArticles(ctx context.Context, args []string) error {
	fs := m.flags("articles", "[--db PATH] [--lang de] [--country RUS] [--q TEXT] [--limit N] [--offset N] [--json]")
	db := dbFlag(fs)
	var f news.ArticleFilter
	fs.StringVar(&f.Lang, "lang", "", "language (ISO 639-1)")
	fs.StringVar(&f.Country, "country", "", "articles about this state (alpha-3)")
	fs.StringVar(&f.Query, "q", "", "full-text search")
	fs.StringVar(&f.From, "from", "", "published on or after YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "published on or before YYYY-MM-DD")
	fs.IntVar(&f.Limit, "limit", 50, "at most this many")
	fs.IntVar(&f.Offset, "offset", 0, "skip this many")
	asJSON := fs.Bool("json", false, "JSON Lines instead of a table")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	st, err := m.openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	arts, total, err := st.Articles(ctx, f)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		for _, a := range arts {
			if err := enc.Encode(a); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tLANG\tCOUNTRIES\tTITLE\tFILE")
	for _, a := range arts {
		countries := []string(nil)
		if a.Analysis != nil {
			countries = a.Analysis.Countries
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", a.ID, dash(a.Published), dash(a.Lang), joinCodes(countries), clip(a.Title, 60), a.SourceFile)
	}
	tw.Flush()
	fmt.Fprintf(m.Stdout, "%d of %d articles\n", len(arts), total)
	return nil
}

func (m *Main) runEvents(ctx context.Context, args []string) error {
	fs := m.flags("events", "[--db PATH] [--country RUS] [--dyad RUS,VEN] [--type CONSULT] [--from DATE] [--to DATE] [--json]")
	db := dbFlag(fs)
	var f news.EventFilter
	fs.StringVar(&f.Type, "type", "", "PLOVER type, e.g. CONSULT")
	fs.StringVar(&f.Country, "country", "", "either side is this actor code")
	dyad := fs.String("dyad", "", "two actor codes, comma-separated: events between them")
	fs.StringVar(&f.Person, "person", "", "entity id of a person taking part")
	fs.StringVar(&f.Lang, "lang", "", "with a report in this language")
	fs.StringVar(&f.From, "from", "", "on or after YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "on or before YYYY-MM-DD")
	mode := fs.String("mode", "", "happened (empty), intend, future, negated, or 'any'")
	fs.IntVar(&f.Limit, "limit", 50, "at most this many")
	fs.IntVar(&f.Offset, "offset", 0, "skip this many")
	asJSON := fs.Bool("json", false, "JSON Lines with every mention")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	f.Type = strings.ToUpper(f.Type)
	f.Country = strings.ToUpper(f.Country)
	if *dyad != "" {
		parts := strings.Split(strings.ToUpper(*dyad), ",")
		if len(parts) != 2 {
			return usageError{"--dyad wants two codes, e.g. RUS,VEN"}
		}
		f.Dyad = parts
	}
	if *mode != "any" {
		md := *mode
		f.Mode = &md
	}
	st, err := m.openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	evs, total, err := st.Events(ctx, f)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		for _, e := range evs {
			if err := enc.Encode(e); err != nil {
				return err
			}
		}
		return nil
	}
	m.printEvents(ctx, st, m.Stdout, evs)
	fmt.Fprintf(m.Stdout, "%d of %d events\n", len(evs), total)
	return nil
}

func (m *Main) printEvents(ctx context.Context, st news.Store, w io.Writer, evs []*news.Event) {
	names := map[string]string{}
	name := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		n := id
		if e, err := st.Entity(ctx, id); err == nil {
			n = e.Name
		}
		names[id] = n
		return n
	}
	for _, e := range evs {
		mode := ""
		if e.Mode != "" {
			mode = " (" + e.Mode + ")"
		}
		fmt.Fprintf(w, "%s  %-9s %s -> %s  %s  %s%s\n", e.ID, e.Type, joinCodes(e.Source), joinCodes(e.Target), dash(e.Date), dash(e.Place), mode)
		if len(e.Persons) > 0 {
			ps := make([]string, len(e.Persons))
			for i, p := range e.Persons {
				ps[i] = name(p)
			}
			fmt.Fprintf(w, "    persons: %s\n", strings.Join(ps, "; "))
		}
		fmt.Fprintf(w, "    %d mentions in %d articles, %d languages", len(e.Mentions), e.Articles, e.Languages)
		if e.Articles > 1 && !e.Independent {
			fmt.Fprint(w, " (syndicated)")
		}
		fmt.Fprintln(w)
		for i, mn := range e.Mentions {
			if i == 3 {
				fmt.Fprintf(w, "    ... %d more\n", len(e.Mentions)-3)
				break
			}
			fmt.Fprintf(w, "    [%s %s] %s\n", mn.Article, mn.Lang, clip(mn.Text, 110))
		}
	}
}

func (m *Main) runShow(ctx context.Context, args []string) error {
	fs := m.flags("show", "[--db PATH] [--json] ID")
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print the stored record as JSON")
	ids, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(ids) != 1 {
		return usageError{"give one article, event or entity id"}
	}
	st, err := m.openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	id := ids[0]
	var rec any
	if a, err := st.Article(ctx, id); err == nil {
		rec = a
		if !*asJSON {
			m.printArticle(a)
			return nil
		}
	} else if !notFound(err) {
		return err
	} else if e, err := st.Event(ctx, id); err == nil {
		rec = e
		if !*asJSON {
			m.printEvents(ctx, st, m.Stdout, []*news.Event{e})
			return nil
		}
	} else if !notFound(err) {
		return err
	} else if en, err := st.Entity(ctx, id); err == nil {
		rec = en
		if !*asJSON {
			printEntity(m.Stdout, en)
			return nil
		}
	} else if !notFound(err) {
		return err
	}
	if rec == nil {
		return fmt.Errorf("no article, event or entity with id %q", id)
	}
	enc := json.NewEncoder(m.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(rec)
}

func (m *Main) printArticle(a *news.Article) {
	w := m.Stdout
	fmt.Fprintf(w, "%s\n%s\n", a.Title, strings.Repeat("=", min(utf8.RuneCountInString(a.Title), 80)))
	fmt.Fprintf(w, "id %s  lang %s  published %s  dateline %s\n", a.ID, dash(a.Lang), dash(a.Published), dash(a.Dateline))
	fmt.Fprintf(w, "file %s", a.SourceFile)
	if a.URL != "" {
		fmt.Fprintf(w, "  url %s", a.URL)
	}
	fmt.Fprintln(w)
	if a.Analysis != nil {
		fmt.Fprintf(w, "countries %s  entities %d  events %d  quotes %d\n", joinCodes(a.Analysis.Countries),
			len(a.Analysis.Entities), len(a.Analysis.Events), len(a.Analysis.Quotes))
	}
	if len(a.SharesTextWith) > 0 {
		fmt.Fprintf(w, "shares text with %s\n", strings.Join(a.SharesTextWith, ", "))
	}
	fmt.Fprintf(w, "\n%s\n", a.Body)
	if a.Analysis != nil && len(a.Analysis.Quotes) > 0 {
		fmt.Fprintln(w, "\nquotes:")
		for _, q := range a.Analysis.Quotes {
			fmt.Fprintf(w, "  %s: %q\n", dash(q.Speaker+q.SpeakerCode), clip(q.Text, 100))
		}
	}
	if len(a.Embeds) > 0 {
		fmt.Fprintln(w, "\nembedded posts:")
		for _, e := range a.Embeds {
			fmt.Fprintf(w, "  %s %s %s: %s\n", e.Author, e.Handle, e.Date, clip(e.Text, 100))
		}
	}
	if len(a.Dropped) > 0 {
		fmt.Fprintf(w, "\ndropped %d pieces of boilerplate (show --json to see them)\n", len(a.Dropped))
	}
	for _, n := range a.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
}

func printEntity(w io.Writer, e *news.Entity) {
	fmt.Fprintf(w, "%s  %s  %s  country %s\n", e.ID, e.Kind, e.Name, dash(e.Country))
	if len(e.Roles) > 0 {
		fmt.Fprintf(w, "    roles: %s\n", strings.Join(e.Roles, "; "))
	}
	if len(e.Aliases) > 0 {
		fmt.Fprintf(w, "    aliases: %s\n", strings.Join(e.Aliases, "; "))
	}
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
