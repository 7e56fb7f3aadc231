package sqlite

import (
	"database/sql"
	"errors"
	"fmt"
)

// Article numbers. Signatures, bands, shared-text links and the mentions'
// article index are keyed by the article's row number (migration 011), so
// that a new article's rows are appended instead of landing on a random
// page of each b-tree. The linker writes them before PutArticle, so the
// number is reserved at the first write that names the id: one past the
// largest number of any article or stub. PutArticle stores the article
// under it; an id reserved but not stored when the transaction ends is
// kept in article_stubs, so that its rows keep resolving.

// maxNumbers bounds the store's id/number cache: about 100 bytes an entry.
const maxNumbers = 1 << 20

// articleN returns the number of article id: its row's, a stub's, or one
// reserved earlier in this transaction. With reserve, an id without one
// gets the next number; without, it gets 0. stored reports that the id
// has an article row.
func (t *tx) articleN(id string, reserve bool) (n int64, stored bool, err error) {
	if n, ok := t.nums[id]; ok {
		return n, t.stored[id], nil
	}
	if n, ok := t.s.nums[id]; ok {
		return n, t.s.storedN(n), nil
	}
	err = t.queryRow(`SELECT n, 1 FROM articles WHERE id = ?1 UNION ALL SELECT n, 0 FROM article_stubs WHERE id = ?1 LIMIT 1`, id).Scan(&n, &stored)
	switch {
	case err == nil:
		t.remember(id, n, stored)
		return n, stored, nil
	case !errors.Is(err, sql.ErrNoRows):
		return 0, false, fmt.Errorf("number of article %s: %w", id, err)
	case !reserve:
		return 0, false, nil
	}
	if t.next == 0 {
		if err := t.queryRow(`SELECT max((SELECT coalesce(max(n), 0) FROM articles),
			(SELECT coalesce(max(n), 0) FROM article_stubs))`).Scan(&t.next); err != nil {
			return 0, false, fmt.Errorf("number of article %s: %w", id, err)
		}
	}
	t.next++
	n = t.next
	t.remember(id, n, false)
	if t.pending == nil {
		t.pending = map[string]int64{}
	}
	t.pending[id] = n
	return n, false, nil
}

// remember records id's number for the rest of the transaction; the store
// caches it once the transaction commits.
func (t *tx) remember(id string, n int64, stored bool) {
	if t.nums == nil {
		t.nums, t.ids, t.stored = map[string]int64{}, map[int64]string{}, map[string]bool{}
	}
	t.nums[id], t.ids[n] = n, id
	t.stored[id] = stored
}

// articleIDs maps numbers to article ids, keeping their order.
func (t *tx) articleIDs(ns []int64) ([]string, error) {
	out := make([]string, 0, len(ns))
	for _, n := range ns {
		id, ok := t.ids[n]
		if !ok {
			id, ok = t.s.ids[n]
		}
		if !ok {
			var stored bool
			err := t.queryRow(`SELECT id, 1 FROM articles WHERE n = ?1 UNION ALL SELECT id, 0 FROM article_stubs WHERE n = ?1 LIMIT 1`, n).Scan(&id, &stored)
			if err != nil {
				return nil, fmt.Errorf("article number %d: %w", n, err)
			}
			t.remember(id, n, stored)
		}
		out = append(out, id)
	}
	return out, nil
}

// flushStubs keeps the numbers reserved in this transaction for ids whose
// article was not stored.
func (t *tx) flushStubs() error {
	for id, n := range t.pending {
		if _, err := t.exec(`INSERT INTO article_stubs(n, id) VALUES (?, ?)`, n, id); err != nil {
			return fmt.Errorf("article stub %s: %w", id, err)
		}
	}
	return nil
}

// int64s collects the single integer column of every row.
func (t *tx) int64s(q string, args ...any) ([]int64, error) {
	rows, err := t.query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var n int64
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// storedN reports whether the cached number n belongs to a stored article
// (not a stub).
func (s *Store) storedN(n int64) bool { return !s.stubs[n] }

// cacheNumbers remembers the numbers of a committed transaction: an
// article's number never changes, and a stub's changes only into the
// article's (same number).
func (s *Store) cacheNumbers(t *tx) {
	if len(s.nums)+len(t.nums) > maxNumbers {
		clear(s.nums)
		clear(s.ids)
		clear(s.stubs)
	}
	for id, n := range t.nums {
		s.nums[id], s.ids[n] = n, id
		if t.stored[id] {
			delete(s.stubs, n)
		} else {
			s.stubs[n] = true
		}
	}
}
