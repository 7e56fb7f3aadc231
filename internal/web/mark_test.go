package web

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"chancery/internal/news"
)

// render flattens paragraphs to a readable string: [sentence], {inline}.
func flatten(ps []para) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(" | ")
		}
		for _, r := range p.Runs() {
			if r.Sent != nil {
				b.WriteString("[")
			}
			for _, s := range r.Segs {
				if s.In != nil {
					b.WriteString("{" + s.Text + "}")
				} else {
					b.WriteString(s.Text)
				}
			}
			if r.Sent != nil {
				b.WriteString("]")
			}
		}
	}
	return b.String()
}

func sp(a, b int) news.Span { return news.Span{Start: a, End: b} }

func TestMarkup(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		marks []mark
		want  string
	}{
		{"plain", "One.\n\nTwo.", nil, "One. | Two."},
		{"sentence", "Alpha met Beta. Then left.", []mark{{Span: sp(0, 15)}}, "[Alpha met Beta.] Then left."},
		{"nested", "Alpha met Beta. Then left.", []mark{{Span: sp(0, 15)}, {Span: sp(0, 5), Layer: 1}, {Span: sp(10, 14), Layer: 1}},
			"[{Alpha} met {Beta}.] Then left."},
		{"inline crosses sentence end", "Ab cd. Ef", []mark{{Span: sp(0, 6)}, {Span: sp(3, 9), Layer: 1}}, "[Ab {cd.}]{ Ef}"},
		{"overlapping inline: first wins", "abcdef", []mark{{Span: sp(0, 4), Layer: 1}, {Span: sp(2, 6), Layer: 1}}, "{abcd}ef"},
		{"equal start: longer wins", "abcdef", []mark{{Span: sp(0, 2), Layer: 1}, {Span: sp(0, 4), Layer: 1}}, "{abcd}ef"},
		{"out of range dropped", "abc", []mark{{Span: sp(10, 20)}, {Span: sp(2, 1)}, {Span: sp(-5, 1), Layer: 1}}, "{a}bc"},
		{"span across paragraphs", "ab\n\ncd", []mark{{Span: sp(1, 5)}}, "a[b] | [c]d"},
		{"mid-rune span widened", "Ärger hier", []mark{{Span: sp(1, 3), Layer: 1}}, "{Är}ger hier"},
		{"blank paragraphs skipped", "\n\n\n\nx\n\n  \n\ny", nil, "x | y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := flatten(markup(tt.body, tt.marks)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExcerpt(t *testing.T) {
	body := "First para.\n\nSecond para has the event. And more.\n\nThird."
	s := strings.Index(body, "Second")
	p, ok := excerpt(body, sp(s, s+len("Second para has the event.")))
	if !ok {
		t.Fatal("excerpt: not ok")
	}
	if got, want := flatten([]para{p}), "[Second para has the event.] And more."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, ok := excerpt(body, sp(0, 1000)); ok {
		t.Error("excerpt of an out-of-range span: ok, want not ok")
	}
}

// FuzzMarkup checks that any body and any spans give segments that tile
// the body's paragraphs exactly, on rune boundaries, without panicking.
func FuzzMarkup(f *testing.F) {
	f.Add("Alpha met Beta.\n\nGamma.", 0, 15, 0, 5, 3, 40)
	f.Add("Ärger\n\nüber", 1, 3, -1, 2, 7, 8)
	f.Add("", 0, 0, 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, body string, a, b, c, d, e, g int) {
		marks := []mark{{Span: sp(a, b)}, {Span: sp(c, d), Layer: 1}, {Span: sp(e, g), Layer: 1}, {Span: sp(a, g)}}
		ps := markup(body, marks)
		var got strings.Builder
		for _, p := range ps {
			var pb strings.Builder
			for _, s := range p.Segs {
				if s.Text == "" {
					t.Fatal("empty segment")
				}
				pb.WriteString(s.Text)
			}
			if !strings.HasPrefix(body[p.Start:], pb.String()) {
				t.Fatalf("paragraph at %d does not match the body", p.Start)
			}
			got.WriteString(pb.String())
		}
		if utf8.ValidString(body) {
			for _, p := range ps {
				for _, s := range p.Segs {
					if !utf8.ValidString(s.Text) {
						t.Fatalf("segment %q splits a rune", s.Text)
					}
				}
			}
		}
		var want strings.Builder
		for _, p := range paragraphs(body) {
			want.WriteString(body[p.Start:p.End])
		}
		if got.String() != want.String() {
			t.Fatalf("segments %q do not tile paragraphs %q", got.String(), want.String())
		}
		excerpt(body, sp(a, b), marks...)
	})
}

// FuzzEventFilter feeds arbitrary query strings to the filter parser.
func FuzzEventFilter(f *testing.F) {
	f.Add("type=CONSULT&a=RUS&b=VEN&from=2023-11&to=2024&mode=factual&limit=5&offset=2")
	f.Add("mode=&limit=-1&country=%00")
	s := New(newFixture(), Options{})
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		fl, err := s.eventFilter(q)
		if err != nil {
			if news.ErrorCode(err) != news.EInvalid {
				t.Fatalf("error code: got %q, want invalid", news.ErrorCode(err))
			}
			return
		}
		if fl.Limit < 1 || fl.Limit > maxLimit || fl.Offset < 0 {
			t.Fatalf("page out of bounds: %+v", fl)
		}
		if len(fl.Dyad) != 0 && len(fl.Dyad) != 2 {
			t.Fatalf("dyad: %v", fl.Dyad)
		}
		s.articleFilter(q)
		s.entityFilter(q)
	})
}
