package link

import (
	"fmt"
	"slices"
	"strings"

	"chancery/internal/news"
	"chancery/internal/resolve"
)

// Merge records a person's decision that entity other is entity keep:
// keep takes other's names and roles, every reference moves to keep, other
// redirects to keep, both are locked, and the decision is kept as a
// correction that later ingests respect.
func Merge(tx news.Tx, keep, other string) error {
	k, err := tx.Entity(keep)
	if err != nil {
		return fmt.Errorf("merge: entity %s: %w", keep, err)
	}
	o, err := tx.Entity(other)
	if err != nil {
		return fmt.Errorf("merge: entity %s: %w", other, err)
	}
	switch {
	case k == nil:
		return news.Errorf(news.ENotFound, "no entity %s", keep)
	case o == nil:
		return news.Errorf(news.ENotFound, "no entity %s", other)
	case k.ID == o.ID:
		return news.Errorf(news.EConflict, "%s and %s are already one entity", keep, other)
	case k.Kind != o.Kind:
		return news.Errorf(news.EConflict, "cannot merge a %s into a %s", o.Kind, k.Kind)
	}
	resolve.Merge(k, o)
	k.Locked = true
	if err := tx.ReplaceEntity(o.ID, k.ID); err != nil {
		return fmt.Errorf("merge %s into %s: %w", o.ID, k.ID, err)
	}
	if err := tx.PutEntity(k, resolve.Keys(k)); err != nil {
		return fmt.Errorf("merge: put %s: %w", k.ID, err)
	}
	if err := tx.PutCorrection(news.Correction{Kind: "merge", Entity: k.ID, Other: o.ID, At: tx.Now()}); err != nil {
		return fmt.Errorf("merge: correction: %w", err)
	}
	return nil
}

// Split records a person's decision that alias, one name of entity id,
// names somebody else: the alias moves to a new locked entity, whose id is
// returned, and the resolver never gives that name back to id (see
// resolveOne). Only names fold-equal to alias move.
func Split(tx news.Tx, id, alias string) (string, error) {
	alias = strings.TrimSpace(alias)
	e, err := tx.Entity(id)
	if err != nil {
		return "", fmt.Errorf("split: entity %s: %w", id, err)
	}
	if e == nil {
		return "", news.Errorf(news.ENotFound, "no entity %s", id)
	}
	key := resolve.Fold(alias)
	var moved, rest []string
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if resolve.Fold(n) == key {
			if !slices.Contains(moved, n) {
				moved = append(moved, n)
			}
		} else if !slices.Contains(rest, n) {
			rest = append(rest, n)
		}
	}
	if len(moved) == 0 || key == "" {
		return "", news.Errorf(news.EInvalid, "entity %s has no alias %q", e.ID, alias)
	}
	if len(rest) == 0 {
		return "", news.Errorf(news.EConflict, "%q is the only name of %s", alias, e.ID)
	}
	e.Aliases = rest
	e.Name = resolve.Canonical("", rest, e.Kind)
	e.Locked = true
	nid, err := tx.NewID("e")
	if err != nil {
		return "", fmt.Errorf("split: new id: %w", err)
	}
	n := &news.Entity{ID: nid, Kind: e.Kind, Name: moved[0], Aliases: moved, Roles: []string{}, Locked: true}
	if err := tx.PutEntity(e, resolve.Keys(e)); err != nil {
		return "", fmt.Errorf("split: put %s: %w", e.ID, err)
	}
	if err := tx.PutEntity(n, resolve.Keys(n)); err != nil {
		return "", fmt.Errorf("split: put %s: %w", n.ID, err)
	}
	if err := tx.PutCorrection(news.Correction{Kind: "split", Entity: e.ID, Other: nid, Alias: alias, At: tx.Now()}); err != nil {
		return "", fmt.Errorf("split: correction: %w", err)
	}
	return nid, nil
}
