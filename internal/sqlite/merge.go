package sqlite

import (
	"encoding/json"
	"fmt"

	"chancery/internal/news"
)

// ReplaceEntity merges entity from into entity to: every reference is
// rewritten (article_entities, quotes.speaker, event_persons and the events'
// persons JSON, and the entity ids inside the stored analysis JSON of the
// articles that named from, so an exported article never lists a deleted
// id), from's aliases and roles are added to to, from's index keys move to
// to, from is deleted and a redirect from → to is recorded. Redirects that
// pointed at from now point at to, so chains stay one step long.
func (t *tx) ReplaceEntity(from, to string) error {
	if err := t.replaceEntity(from, to); err != nil {
		return fmt.Errorf("replace entity %s with %s: %w", from, to, err)
	}
	return nil
}

func (t *tx) replaceEntity(from, to string) error {
	to, err := t.resolve(to)
	if err != nil {
		return err
	}
	if from == to {
		return news.Errorf(news.EConflict, "an entity cannot be merged into itself")
	}
	src, err := t.Entity(from)
	if err != nil {
		return err
	}
	if src == nil || src.ID != from {
		return &news.Error{Code: news.ENotFound, Op: "replace entity", Message: "no entity " + from}
	}
	dst, err := t.Entity(to)
	if err != nil {
		return err
	}
	if dst == nil {
		return &news.Error{Code: news.ENotFound, Op: "replace entity", Message: "no entity " + to}
	}

	articles, err := t.strings(`SELECT a.id FROM article_entities x JOIN articles a ON a.n = x.article_n WHERE x.entity = ? ORDER BY a.n`, from)
	if err != nil {
		return err
	}
	for _, id := range articles {
		if err := t.rewriteAnalysis(id, from, to); err != nil {
			return err
		}
	}
	events, err := t.strings(`SELECT event FROM event_persons WHERE entity = ?`, from)
	if err != nil {
		return err
	}
	for _, id := range events {
		if err := t.rewriteEventPersons(id, from, to); err != nil {
			return err
		}
	}
	for _, q := range []string{
		`UPDATE OR IGNORE article_entities SET entity = ?2 WHERE entity = ?1`,
		`DELETE FROM article_entities WHERE entity = ?1`,
		`UPDATE quotes SET speaker = ?2 WHERE speaker = ?1`,
		`UPDATE OR IGNORE event_persons SET entity = ?2 WHERE entity = ?1`,
		`DELETE FROM event_persons WHERE entity = ?1`,
		`UPDATE OR IGNORE entity_keys SET entity = ?2 WHERE entity = ?1`,
		`UPDATE entity_redirects SET "to" = ?2 WHERE "to" = ?1`,
	} {
		if _, err := t.exec(q, from, to); err != nil {
			return err
		}
	}

	dst.Aliases = union(dst.Aliases, append([]string{src.Name}, src.Aliases...))
	dst.Roles = union(dst.Roles, src.Roles)
	if dst.Country == "" {
		dst.Country = src.Country
	}
	if err := t.writeEntity(dst); err != nil {
		return err
	}
	if _, err := t.exec(`DELETE FROM entities_fts WHERE rowid = (SELECT n FROM entities WHERE id = ?)`, from); err != nil {
		return err
	}
	// Remaining keys of from (those to already had) go by cascade.
	if _, err := t.exec(`DELETE FROM entities WHERE id = ?`, from); err != nil {
		return err
	}
	if _, err := t.exec(`INSERT OR REPLACE INTO entity_redirects("from", "to") VALUES (?, ?)`, from, to); err != nil {
		return err
	}
	return nil
}

// union appends to a the strings of b it lacks, keeping order.
func union(a, b []string) []string {
	seen := make(map[string]bool, len(a)+len(b))
	for _, s := range a {
		seen[s] = true
	}
	for _, s := range b {
		if s != "" && !seen[s] {
			seen[s] = true
			a = append(a, s)
		}
	}
	return a
}

func replaceIn(ids []string, from, to string) []string {
	out := ids[:0:0]
	seen := map[string]bool{}
	for _, id := range ids {
		if id == from {
			id = to
		}
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func (t *tx) rewriteEventPersons(id, from, to string) error {
	var s string
	if err := t.queryRow(`SELECT coalesce(persons, '[]') FROM events WHERE id = ?`, id).Scan(&s); err != nil {
		return fmt.Errorf("event %s: %w", id, err)
	}
	var persons []string
	if err := unmarshal(s, &persons); err != nil {
		return fmt.Errorf("event %s: persons: %w", id, err)
	}
	_, err := t.exec(`UPDATE events SET persons = ? WHERE id = ?`, jsonList(replaceIn(persons, from, to)), id)
	return err
}

// rewriteAnalysis replaces entity id from by to in an article's analysis:
// its entity list (merging the two entries if both are there), actor
// mentions, quote speakers and event persons.
func (t *tx) rewriteAnalysis(id, from, to string) error {
	var s string
	if err := t.queryRow(`SELECT coalesce(analysis, '') FROM articles WHERE id = ?`, id).Scan(&s); err != nil {
		return fmt.Errorf("article %s: %w", id, err)
	}
	if s == "" {
		return nil
	}
	var an news.Analysis
	if err := json.Unmarshal([]byte(s), &an); err != nil {
		return fmt.Errorf("article %s: analysis: %w", id, err)
	}
	var ents []news.Entity
	at := map[string]int{}
	for _, e := range an.Entities {
		if e.ID == from {
			e.ID = to
		}
		if i, ok := at[e.ID]; ok {
			ents[i].Aliases = union(ents[i].Aliases, append([]string{e.Name}, e.Aliases...))
			ents[i].Roles = union(ents[i].Roles, e.Roles)
			continue
		}
		at[e.ID] = len(ents)
		ents = append(ents, e)
	}
	an.Entities = ents
	for i := range an.Actors {
		if an.Actors[i].Entity == from {
			an.Actors[i].Entity = to
		}
	}
	for i := range an.Quotes {
		if an.Quotes[i].Speaker == from {
			an.Quotes[i].Speaker = to
		}
	}
	for i := range an.Events {
		an.Events[i].Persons = replaceIn(an.Events[i].Persons, from, to)
	}
	b, err := json.Marshal(&an)
	if err != nil {
		return fmt.Errorf("article %s: analysis: %w", id, err)
	}
	_, err = t.exec(`UPDATE articles SET analysis = ? WHERE id = ?`, string(b), id)
	return err
}
