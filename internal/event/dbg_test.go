package event

import (
	"os"
	"testing"

	"chancery/internal/news"
)

func TestDebugOne(t *testing.T) {
	f := os.Getenv("SEED")
	if f == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(f)
	a := analyse(news.Raw{SourceFile: f, Format: news.FormatText, Text: string(raw)})
	for _, s := range a.Analysis.Sentences {
		t.Logf("S%d %q", s.Para, a.Body[s.Start:s.End])
		for _, m := range a.Analysis.Actors {
			if m.Start >= s.Start && m.End <= s.End {
				t.Logf("     %s %s %s %s %s", m.Text, m.Kind, m.Code, m.Entity, m.Place)
			}
		}
	}
	for _, e := range a.Analysis.Events {
		t.Logf("%s", summary(e))
		for _, m := range e.Mentions {
			t.Logf("    «%s» %s", m.Trigger, clip(m.Text))
		}
	}
	for _, d := range a.Analysis.Dates {
		t.Logf("date %q %s", d.Text, d.Value)
	}
	for _, q := range a.Analysis.Quotes {
		t.Logf("quote %s/%s %q", q.Speaker, q.SpeakerCode, clip(q.Text))
	}
	for _, e := range a.Analysis.Entities {
		t.Logf("entity %+v", e)
	}
}
