// Package link joins one analysed article to the database, inside the
// store's write transaction: its persons and organizations become global
// entities (internal/resolve), its text is checked against stored articles
// for shared passages (internal/cluster), and its event mentions join the
// events other articles reported, or start new ones.
//
// Every lookup is an index probe through news.Tx (entities by name keys,
// articles by fingerprint, events by type, sides and month), so linking an
// article costs the same in a database of a thousand articles as in one of
// a million; nothing is recomputed over the database.
package link

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"chancery/internal/cluster"
	"chancery/internal/news"
	"chancery/internal/resolve"
)

const (
	// maxPosting: a fingerprint found in more stored articles than this is
	// common; see syndication for what is done with common fingerprints.
	maxPosting = 16
	// maxProbes bounds the fingerprint probes of one article; a longer
	// article probes an even sample of its fingerprints (and still stores
	// all of them), which is enough to find a reused passage of a few
	// paragraphs.
	maxProbes = 256
	// maxVerify bounds the candidates whose signature is read.
	maxVerify = 64
	// undatedWindow is how many days before publication an undated event
	// mention may have happened for it to join a dated event.
	undatedWindow = 7
)

// Article links a (cleaned, analysed) article inside tx. It rewrites the
// local entity ids of a.Analysis to global ones, sets a.SharesTextWith and
// a.DuplicateOf, records the article's fingerprints, and merges its event
// mentions into stored events, setting each a.Analysis.Events[i].ID to the
// global event. The caller stores the article afterwards (tx.PutArticle).
func Article(tx news.Tx, a *news.Article) error {
	if a == nil {
		return nil
	}
	if a.Analysis != nil {
		if err := entities(tx, a.Analysis); err != nil {
			return fmt.Errorf("link %s: entities: %w", a.ID, err)
		}
	}
	if err := syndication(tx, a); err != nil {
		return fmt.Errorf("link %s: shared text: %w", a.ID, err)
	}
	if a.Analysis != nil {
		if err := events(tx, a); err != nil {
			return fmt.Errorf("link %s: events: %w", a.ID, err)
		}
	}
	return nil
}

// entities resolves every local entity and rewrites the references.
func entities(tx news.Tx, an *news.Analysis) error {
	ids := map[string]string{} // local → global
	var kept []news.Entity
	index := map[string]int{} // global id → position in kept
	for i := range an.Entities {
		local := an.Entities[i]
		if local.Name == "" && len(local.Aliases) == 0 {
			continue
		}
		g, joined, err := resolveOne(tx, &local)
		if err != nil {
			return err
		}
		for _, old := range joined {
			// A stored entity this one showed to be the same person
			// is gone; what this article already resolved to it moves.
			for l, gl := range ids {
				if gl == old {
					ids[l] = g.ID
				}
			}
			j, ok := index[old]
			if !ok {
				continue
			}
			delete(index, old)
			if k, ok := index[g.ID]; ok {
				resolve.Merge(&kept[k], &kept[j])
				kept[j].ID = "" // dropped below
			} else {
				kept[j].ID = g.ID
				index[g.ID] = j
			}
		}
		ids[local.ID] = g.ID
		out := local
		out.ID = g.ID
		if j, ok := index[g.ID]; ok {
			// Two local entities of one article are one person: keep one.
			resolve.Merge(&kept[j], &out)
			continue
		}
		index[g.ID] = len(kept)
		kept = append(kept, out)
	}
	an.Entities = slices.DeleteFunc(kept, func(e news.Entity) bool { return e.ID == "" })
	for i := range an.Actors {
		if g, ok := ids[an.Actors[i].Entity]; ok {
			an.Actors[i].Entity = g
		}
	}
	for i := range an.Quotes {
		if g, ok := ids[an.Quotes[i].Speaker]; ok {
			an.Quotes[i].Speaker = g
		}
	}
	for i := range an.Events {
		var ps []string
		for _, p := range an.Events[i].Persons {
			if g, ok := ids[p]; ok {
				p = g
			}
			if !slices.Contains(ps, p) {
				ps = append(ps, p)
			}
		}
		an.Events[i].Persons = ps
	}
	return nil
}

type candidate struct {
	e     *news.Entity
	score float64
	src   *news.Entity // what to merge into e: local without split-off names
}

// resolveOne finds the stored entity local is, merges local into it and
// stores it, or stores local as a new entity. Rules:
//   - candidates come from the index (resolve.ProbeKeys) and must pass
//     resolve.Same;
//   - a person's split correction is final: an entity a name was split
//     from never takes that name back, and the entity created by the split
//     is preferred for it;
//   - a name that is only a surname joins a full-name entity only when it
//     is the one compatible full-name candidate; with several it joins the
//     one surname-only entity of that name, or starts one.
func resolveOne(tx news.Tx, local *news.Entity) (*news.Entity, []string, error) {
	found, err := tx.EntitiesByKeys(resolve.ProbeKeys(local))
	if err != nil {
		return nil, nil, fmt.Errorf("probe %q: %w", local.Name, err)
	}
	names := map[string]bool{}
	for _, n := range append([]string{local.Name}, local.Aliases...) {
		if f := resolve.Fold(n); f != "" {
			names[f] = true
		}
	}
	seen := map[string]bool{}
	var cands []candidate
	for _, c := range found {
		if c == nil || seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		src := local
		bonus := 0.0
		if c.Locked {
			away, onto, err := corrections(tx, c.ID)
			if err != nil {
				return nil, nil, err
			}
			if len(away) > 0 {
				// Names split away from c never come back to it; the
				// rest of local may still be c.
				src = without(local, away)
				if src == nil {
					continue
				}
			}
			if len(onto) > 0 && within(names, onto) {
				bonus = 10
			}
		}
		score, ok := resolve.Same(src, c)
		if !ok {
			continue
		}
		cands = append(cands, candidate{c, score + bonus, src})
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].e.ID < cands[j].e.ID
	})
	var pick *candidate
	if resolve.SurnameOnly(local) && local.Kind == news.KindPerson {
		var full, bare []*candidate
		for i := range cands {
			if resolve.SurnameOnly(cands[i].e) {
				bare = append(bare, &cands[i])
			} else {
				full = append(full, &cands[i])
			}
		}
		switch {
		case len(full) == 1:
			pick = full[0]
		case len(bare) >= 1:
			pick = bare[0]
		}
	} else if len(cands) > 0 {
		pick = &cands[0]
	}
	if pick == nil {
		e := *local
		e.Aliases = nil
		e.Roles = nil
		e.Locked = false
		id, err := tx.NewID("e")
		if err != nil {
			return nil, nil, fmt.Errorf("new entity id: %w", err)
		}
		e.ID = id
		resolve.Merge(&e, local)
		if err := tx.PutEntity(&e, resolve.Keys(&e)); err != nil {
			return nil, nil, fmt.Errorf("put entity %s: %w", id, err)
		}
		return &e, nil, nil
	}
	before := snapshot(pick.e)
	resolve.Merge(pick.e, pick.src)
	joined, err := bridge(tx, local, pick, cands)
	if err != nil {
		return nil, nil, err
	}
	if len(joined) > 0 {
		// The store added the joined entities' names and roles to
		// pick; write local's on top of that.
		e, err := tx.Entity(pick.e.ID)
		if err != nil {
			return nil, nil, fmt.Errorf("entity %s: %w", pick.e.ID, err)
		}
		resolve.Merge(e, pick.src)
		pick.e = e
	} else if sameEntity(before, pick.e) {
		// Nothing new about a known entity (the usual case for a
		// minister named in every other article): rewriting its row,
		// keys and full-text entry would cost the most-named entities a
		// write per article for no change.
		return pick.e, nil, nil
	}
	if err := tx.PutEntity(pick.e, resolve.Keys(pick.e)); err != nil {
		return nil, nil, fmt.Errorf("put entity %s: %w", pick.e.ID, err)
	}
	return pick.e, joined, nil
}

// bridge joins into pick the other stored candidates that local shows to be
// the same person: entities stored apart because no name of one matched a
// name of the other ("Kemal Yurtsever" and "Кемаль Юртсевер" before an
// article wrote both). Only full names on every side, matched in given name
// and surname (resolve.Strong) both with local and with pick as local
// completes it, join; an entity a person merged or split by hand is left
// alone. It returns the ids of the joined entities, which the store now
// redirects to pick.
func bridge(tx news.Tx, local *news.Entity, pick *candidate, cands []candidate) ([]string, error) {
	if local.Kind != news.KindPerson || pick.e.Locked || resolve.SurnameOnly(local) || resolve.SurnameOnly(pick.e) {
		return nil, nil
	}
	var joined []string
	for i := range cands {
		o := cands[i].e
		if o.ID == pick.e.ID || o.Locked || resolve.SurnameOnly(o) {
			continue
		}
		if !resolve.Strong(local, o) || !resolve.Strong(pick.e, o) {
			continue
		}
		if err := tx.ReplaceEntity(o.ID, pick.e.ID); err != nil {
			return joined, fmt.Errorf("join %s into %s: %w", o.ID, pick.e.ID, err)
		}
		joined = append(joined, o.ID)
	}
	return joined, nil
}

func snapshot(e *news.Entity) news.Entity {
	c := *e
	c.Aliases = slices.Clone(e.Aliases)
	c.Roles = slices.Clone(e.Roles)
	return c
}

// sameEntity reports whether b stores the same as a (its index keys are
// derived from these fields, so they are the same too).
func sameEntity(a news.Entity, b *news.Entity) bool {
	return a.ID == b.ID && a.Kind == b.Kind && a.Name == b.Name && a.Country == b.Country &&
		a.Code == b.Code && a.Locked == b.Locked && slices.Equal(a.Aliases, b.Aliases) && slices.Equal(a.Roles, b.Roles)
}

// corrections reads a locked entity's split corrections: the folded names
// split away from it, and those split onto it.
func corrections(tx news.Tx, id string) (away, onto map[string]bool, err error) {
	cs, err := tx.Corrections(id)
	if err != nil {
		return nil, nil, fmt.Errorf("corrections of %s: %w", id, err)
	}
	away, onto = map[string]bool{}, map[string]bool{}
	for _, c := range cs {
		if c.Kind != "split" {
			continue
		}
		f := resolve.Fold(c.Alias)
		switch id {
		case c.Entity:
			away[f] = true
		case c.Other:
			onto[f] = true
		}
	}
	return away, onto, nil
}

// without returns a copy of e without the names whose folded form is in
// drop, or nil when no name is left.
func without(e *news.Entity, drop map[string]bool) *news.Entity {
	c := *e
	c.Name, c.Aliases = "", nil
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if n == "" || drop[resolve.Fold(n)] {
			continue
		}
		if c.Name == "" {
			c.Name = n
		}
		if !slices.Contains(c.Aliases, n) {
			c.Aliases = append(c.Aliases, n)
		}
	}
	if c.Name == "" {
		return nil
	}
	return &c
}

// within reports whether every key of names is in set.
func within(names, set map[string]bool) bool {
	for n := range names {
		if !set[n] {
			return false
		}
	}
	return len(names) > 0
}

// syndication finds stored articles that share passages with a.
func syndication(tx news.Tx, a *news.Article) error {
	keys, sig := cluster.Fingerprint(a.Body)
	if len(keys) == 0 {
		return nil
	}
	probes := keys
	if len(keys) > maxProbes {
		// An even sample, chosen by the hash itself so that two articles
		// carrying one passage sample the same fingerprints of it.
		mod := uint64((len(keys) + maxProbes - 1) / maxProbes)
		probes = nil
		for _, k := range keys {
			if (k>>17)%mod == 0 {
				probes = append(probes, k)
			}
		}
	}
	sampled := len(probes) < len(keys)
	hits := map[string]int{}
	var common []uint64 // probed keys found in more than maxPosting articles
	lists := make([][]string, 0, len(probes))
	for _, k := range probes {
		ids, err := tx.ArticlesByBands([]uint64{k}, maxPosting+1)
		if err != nil {
			return fmt.Errorf("probe fingerprints: %w", err)
		}
		if len(ids) > maxPosting {
			common = append(common, k)
			ids = ids[:maxPosting]
		}
		lists = append(lists, ids)
	}
	// Keys that many stored articles carry are either boilerplate (a
	// disclaimer, an agency's sign-off: a small part of the article) or a
	// wire story many outlets printed (most of the article). Boilerplate is
	// left out of the probe and of the comparison; a popular story is
	// still linked, to a bounded sample of its copies.
	boiler := len(common) > 0 && 2*len(common) < len(probes)
	drop := map[uint64]bool{}
	if boiler {
		for _, k := range common {
			drop[k] = true
		}
	}
	truncated := 0 // counted lists cut at maxPosting: a candidate may be missing from them
	for i, ids := range lists {
		if drop[probes[i]] {
			continue
		}
		if len(ids) == maxPosting {
			truncated++
		}
		for _, id := range ids {
			if id != a.ID {
				hits[id]++
			}
		}
	}
	cmp := sig
	if boiler {
		cmp = withoutKeys(sig, common)
	}
	need := minHits(len(cmp), truncated, sampled, len(keys), len(probes))
	type hit struct {
		id string
		n  int
	}
	var hs []hit
	for id, n := range hits {
		if n < need {
			// Too few common fingerprints for cluster.Shared to accept,
			// whatever the rest of the signatures hold: a set phrase or a
			// name, not a passage. Skipping it saves a signature read.
			continue
		}
		hs = append(hs, hit{id, n})
	}
	sort.Slice(hs, func(i, j int) bool {
		if hs[i].n != hs[j].n {
			return hs[i].n > hs[j].n
		}
		return hs[i].id < hs[j].id
	})
	if len(hs) > maxVerify {
		hs = hs[:maxVerify]
	}
	for _, h := range hs {
		other, err := tx.Signature(h.id)
		if err != nil {
			return fmt.Errorf("signature of %s: %w", h.id, err)
		}
		shared, dup := cluster.Shared(cmp, other)
		if !shared {
			continue
		}
		if err := tx.LinkShared(a.ID, h.id, dup); err != nil {
			return fmt.Errorf("link %s: %w", h.id, err)
		}
		if !slices.Contains(a.SharesTextWith, h.id) {
			a.SharesTextWith = append(a.SharesTextWith, h.id)
		}
		if dup && a.DuplicateOf == "" {
			a.DuplicateOf = h.id
		}
	}
	sort.Strings(a.SharesTextWith)
	if err := tx.PutBands(a.ID, keys, sig); err != nil {
		return fmt.Errorf("put fingerprints: %w", err)
	}
	return nil
}

// minHits is the number of probe hits below which a candidate cannot pass
// cluster.Shared against a signature of n values: it needs
// cluster.MinSharedShort common values, or DupRatio of the union (at least
// DupRatio·n). Hits count every common fingerprint exactly when all keys
// were probed and no posting list was cut; each cut list may hide one
// more, and an even sample of probes sees about probes/keys of them, so
// the bar is lowered accordingly (never below one).
func minHits(n, truncated int, sampled bool, keys, probes int) int {
	need := min(cluster.MinSharedShort, int(math.Ceil(cluster.DupRatio*float64(n))))
	if sampled && keys > 0 {
		// Half the expected share of a sample, for the sample's luck.
		need = need * probes / keys / 2
	}
	return max(1, need-truncated)
}

// withoutKeys returns sig without the 32-bit values of keys.
func withoutKeys(sig []uint32, keys []uint64) []uint32 {
	drop := make(map[uint32]bool, len(keys))
	for _, k := range keys {
		drop[uint32(k>>32)] = true
	}
	out := make([]uint32, 0, len(sig))
	for _, v := range sig {
		if !drop[v] {
			out = append(out, v)
		}
	}
	return out
}
