package event

import (
	"os"
	"testing"

	"chancery/internal/actor"
	"chancery/internal/news"
	"chancery/internal/text"
)

func TestZZModes(t *testing.T) {
	body := os.Getenv("MBODY")
	if body == "" {
		t.Skip()
	}
	a := &news.Article{Lang: os.Getenv("MLANG"), Published: "2025-02-20", Body: body}
	a.Analysis = &news.Analysis{Sentences: text.Split(a.Lang, body)}
	actor.Find(a)
	x := newArticle(a, tablesFor(a.Lang), timexDates(a))
	for _, st := range x.sents {
		for _, m := range st.modes {
			t.Logf("mode %s %q idx=%v", m.p.class, m.p.text, m.idx)
		}
		for i, tk := range st.toks {
			t.Logf("%d %q", i, tk.fold)
		}
	}
}
