package event

import (
	"chancery/internal/news"
	"chancery/internal/timex"
)

// timexDates returns the date finder of an article: internal/timex on each
// sentence against the article's reference time, spans moved to body
// coordinates.
func timexDates(a *news.Article) dateFinder {
	ref := timex.Reference(a)
	return func(s news.Sentence) []news.DateRef {
		if s.Start < 0 || s.End > len(a.Body) || s.Start >= s.End {
			return nil
		}
		ds := timex.Find(a.Lang, a.Body[s.Start:s.End], ref)
		for i := range ds {
			ds[i].Start += s.Start
			ds[i].End += s.Start
		}
		return ds
	}
}
