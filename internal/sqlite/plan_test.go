package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestQueryPlans checks that the filters the timeline and lists rely on are
// index probes, not table scans, whatever the data.
func TestQueryPlans(t *testing.T) {
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "plan.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tests := []struct {
		name string
		sql  string
		args []any
	}{
		{"dyad", `SELECT count(*) FROM events v WHERE v.id IN (SELECT event FROM event_dyads WHERE lo = ? AND hi = ?)`, []any{"RUS", "VEN"}},
		{"person", `SELECT count(*) FROM events v WHERE v.id IN (SELECT event FROM event_persons WHERE entity = ?)`, []any{"e1"}},
		{"article", `SELECT count(*) FROM events v WHERE v.id IN (SELECT event FROM mentions
			WHERE article_n = coalesce((SELECT n FROM articles WHERE id = ?), (SELECT n FROM article_stubs WHERE id = ?)))`, []any{"a1", "a1"}},
		{"mentions of event", `SELECT ` + eventCols + ` FROM events v WHERE v.id = ?`, []any{"v1"}},
		{"article country", `SELECT count(*) FROM articles a WHERE a.n IN (SELECT article_n FROM article_countries WHERE code = ?)`, []any{"RUS"}},
		{"partners", `SELECT hi, type, count(*) FROM event_dyads WHERE lo = ?1 GROUP BY 1, 2
			UNION ALL SELECT lo, type, count(*) FROM event_dyads WHERE hi = ?1 GROUP BY 1, 2`, []any{"RUS"}},
		{"country events walk page", `SELECT v.id FROM events v WHERE EXISTS (SELECT 1 FROM event_actors WHERE code = ? AND event = v.id)
			ORDER BY v.date DESC, v.n DESC LIMIT 50`, []any{"RUS"}},
		{"quotes by speaker page", `SELECT q.text FROM quotes q JOIN articles a ON a.id = q.article WHERE q.speaker = ?
			ORDER BY q.published DESC, q.article DESC, q.start, q.n LIMIT 50`, []any{"e1"}},
		{"dyad oldest date page", `SELECT date FROM event_dyads WHERE lo = ? AND hi = ? ORDER BY date DESC LIMIT 1 OFFSET 49`, []any{"RUS", "VEN"}},
		{"country oldest date page", `SELECT date FROM event_actors WHERE code = ? ORDER BY date DESC LIMIT 1 OFFSET 49`, []any{"RUS"}},
		{"country type oldest date page", `SELECT date FROM event_actors WHERE code = ? AND type = ? ORDER BY date DESC LIMIT 1 OFFSET 49`, []any{"RUS", "AGREE"}},
		{"person oldest date page", `SELECT date FROM event_persons WHERE entity = ? ORDER BY date DESC LIMIT 1 OFFSET 49`, []any{"e1"}},
		{"dyad counts", `SELECT substr(date, 1, 7), type, count(*) FROM event_dyads WHERE lo = ? AND hi = ? GROUP BY 1, 2`, []any{"RUS", "VEN"}},
		{"country counts", `SELECT substr(date, 1, 7), type, count(*) FROM event_actors WHERE code = ? GROUP BY 1, 2`, []any{"RUS"}},
		{"events page", `SELECT v.id FROM events v ORDER BY v.date DESC, v.n DESC LIMIT 50`, nil},
		{"events by type page", `SELECT v.id FROM events v WHERE v.type = ? ORDER BY v.date DESC, v.n DESC LIMIT 50`, []any{"AGREE"}},
		{"articles page", `SELECT a.id FROM articles a ORDER BY a.published DESC, a.n DESC LIMIT 50`, nil},
		{"entities by kind page", `SELECT e.id FROM entities e WHERE e.kind = ? ORDER BY e.sort_name, e.n LIMIT 50`, []any{"person"}},
		{"entity keys", `SELECT k.entity FROM entity_keys k WHERE k.key IN (SELECT value FROM json_each(?))`, []any{`["a"]`}},
		{"bands", `SELECT DISTINCT article_n FROM bands WHERE band IN (SELECT value FROM json_each(?)) ORDER BY article_n`, []any{`[1]`}},
		{"shared with", `SELECT b_n FROM shared WHERE a_n = ?`, []any{1}},
		{"article shared", `SELECT ` + articleCols + ` FROM articles a WHERE a.id = ?`, []any{"a1"}},
		{"event keys", `SELECT k.event FROM event_keys k WHERE k.key IN (SELECT value FROM json_each(?))`, []any{`["a"]`}},
	}
	for _, tt := range tests {
		rows, err := st.rdb.Query("EXPLAIN QUERY PLAN "+tt.sql, tt.args...)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, notused int
			var detail string
			if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		for _, step := range plan {
			// SCAN of a json_each or of a subquery's rows is fine; a SCAN
			// of a table is not.
			if strings.HasPrefix(step, "SCAN ") && !strings.Contains(step, "json_each") && !strings.HasPrefix(step, "SCAN (subquery") && !strings.Contains(step, "USING INDEX") && !strings.Contains(step, "USING COVERING INDEX") {
				t.Errorf("%s: table scan %q in plan %q", tt.name, step, plan)
			}
			// A page of an ordered list is read in index order, not sorted.
			if strings.HasSuffix(tt.name, "page") && strings.Contains(step, "TEMP B-TREE") {
				t.Errorf("%s: sort %q in plan %q", tt.name, step, plan)
			}
		}
	}
}
