package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"chancery/internal/link"
	"chancery/internal/news"
)

func (m *Main) runEntities(ctx context.Context, args []string) error {
	if verb, rest, ok := correctionVerb(args); ok {
		return m.runCorrection(ctx, verb, rest)
	}
	fs := m.flags("entities", "[--db PATH] [--kind person] [--country RUS] [--q NAME] [--json] | merge KEEP OTHER | split ID --alias NAME")
	db := dbFlag(fs)
	var f news.EntityFilter
	fs.StringVar(&f.Kind, "kind", "", "person or organization")
	fs.StringVar(&f.Country, "country", "", "alpha-3 of the state served")
	fs.StringVar(&f.Query, "q", "", "name or alias (any script)")
	fs.IntVar(&f.Limit, "limit", 100, "at most this many")
	fs.IntVar(&f.Offset, "offset", 0, "skip this many")
	asJSON := fs.Bool("json", false, "JSON Lines")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	st, err := m.openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	ents, total, err := st.Entities(ctx, f)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		for _, e := range ents {
			if err := enc.Encode(e); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tKIND\tCOUNTRY\tNAME\tROLES\tALIASES")
	for _, e := range ents {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", e.ID, e.Kind, dash(e.Country), e.Name, clip(strings.Join(e.Roles, "; "), 40), clip(strings.Join(e.Aliases, "; "), 70))
	}
	tw.Flush()
	fmt.Fprintf(m.Stdout, "%d of %d entities\n", len(ents), total)
	return nil
}

// runCorrection records a person's merge or split. Corrections are stored
// and respected by every later ingest.
func (m *Main) runCorrection(ctx context.Context, verb string, args []string) error {
	fs := m.flags("entities "+verb, map[string]string{"merge": "[--db PATH] KEEP OTHER", "split": "[--db PATH] ID --alias NAME"}[verb])
	db := dbFlag(fs)
	alias := fs.String("alias", "", "split: the alias (surface form) that names a different entity")
	ids, err := parse(fs, args)
	if err != nil {
		return err
	}
	st, err := m.openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	switch verb {
	case "merge":
		if len(ids) != 2 {
			return usageError{"merge wants two entity ids: KEEP OTHER"}
		}
		if err := st.Update(ctx, func(tx news.Tx) error { return link.Merge(tx, ids[0], ids[1]) }); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "merged %s into %s\n", ids[1], ids[0])
	case "split":
		if len(ids) != 1 || *alias == "" {
			return usageError{"split wants one entity id and --alias NAME"}
		}
		var created string
		if err := st.Update(ctx, func(tx news.Tx) error {
			var err error
			created, err = link.Split(tx, ids[0], *alias)
			return err
		}); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "split %q from %s into %s\n", *alias, ids[0], created)
	}
	return nil
}

// correctionVerb finds "merge" or "split" as the first positional argument,
// wherever the flags stand ("entities --db x merge A B").
func correctionVerb(args []string) (verb string, rest []string, ok bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") {
			if !strings.Contains(a, "=") && (a == "--db" || a == "-db" || a == "--alias" || a == "-alias") {
				i++ // the flag's value
			}
			continue
		}
		if a == "merge" || a == "split" {
			rest = append(append([]string{}, args[:i]...), args[i+1:]...)
			return a, rest, true
		}
		return "", nil, false
	}
	return "", nil, false
}
