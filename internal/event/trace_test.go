package event

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"chancery/internal/actor"
	"chancery/internal/clean"
	"chancery/internal/lang"
	"chancery/internal/news"
	"chancery/internal/text"
)

// traceFile names a text file whose analysis TestTrace prints trigger by
// trigger: a development aid for finding why an event is missed
// (go test ./internal/event -run TestTrace -why FILE -v).
var traceFile = flag.String("why", "", "print the event trace of this text file")

func TestTrace(t *testing.T) {
	if *traceFile == "" {
		t.Skip("no -why file")
	}
	b, err := os.ReadFile(*traceFile)
	if err != nil {
		t.Fatal(err)
	}
	var c clean.Cleaner
	a := c.Clean(news.Raw{SourceFile: *traceFile, Text: string(b), Format: news.FormatText})
	if a.Lang == "" {
		a.Lang = lang.Detect(a.Title + "\n\n" + a.Body)
	}
	a.Analysis = &news.Analysis{Sentences: text.Split(a.Lang, a.Body)}
	actor.Find(a)
	x := newArticle(a, tablesFor(a.Lang), timexDates(a))
	x.mainDate, x.mainPlace = x.leadDate(), x.tookPlace()
	fmt.Printf("lang %s published %s dateline %q mainDate %s mainPlace %s\n", a.Lang, a.Published, a.Dateline, x.mainDate, x.mainPlace)
	for _, st := range x.sents {
		fmt.Printf("\n[%d] %s\n", st.i, a.Body[st.s.Start:st.s.End])
		var sd []string
		for _, s := range st.sides {
			sd = append(sd, fmt.Sprintf("%s:%s(%s)@%d", s.m.Kind, s.m.Code, s.m.Text, s.pos))
		}
		var lc []string
		for _, s := range st.locs {
			lc = append(lc, fmt.Sprintf("%s(%s)@%d", s.m.Code, s.m.Text, s.pos))
		}
		fmt.Printf("   sides %s | locs %s | dates %v\n", strings.Join(sd, " "), strings.Join(lc, " "), st.own)
		if st.skip {
			fmt.Println("   (skipped)")
			continue
		}
		for _, tr := range st.trig {
			f := x.event(st, tr)
			if f == nil {
				fmt.Printf("   %s %q@%d -> none\n", tr.p.class, x.triggerText(st, tr), tr.first())
				continue
			}
			fmt.Printf("   %s %q@%d -> %v->%v mode=%q persons=%v date=%s place=%s pending=%v\n", f.typ, f.trigger, tr.first(), f.source, f.target, f.mode, f.persons, f.date, f.place, f.pending)
			x.found = append(x.found, f)
		}
		x.noteSubject(st)
	}
}
