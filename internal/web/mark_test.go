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

func TestExcerpts(t *testing.T) {
	long := strings.Repeat("Filler words go here. ", 40)
	body := "First para.\n\nBefore it. Second para has the event. And more. Another one. The end.\n\n" + long + "Target sentence here. " + long
	at := func(sub string) news.Span { return span(body, sub) }
	sents := []news.Sentence{
		{Span: at("Before it.")}, {Span: at("Second para has the event.")}, {Span: at("And more.")},
		{Span: at("Another one.")}, {Span: at("The end.")},
	}
	tests := []struct {
		name  string
		spans []news.Span
		sents []news.Sentence
		want  []string
	}{
		{"one sentence of context", []news.Span{at("Second para has the event.")}, sents,
			[]string{"Before it. [Second para has the event.] And more. …"}},
		{"two spans, one paragraph", []news.Span{at("And more."), at("Second para has the event.")}, sents,
			[]string{"Before it. [Second para has the event.] [And more.] Another one. …"}},
		{"no sentences: byte window cut at spaces", []news.Span{at("Target sentence here.")}, nil, nil},
		{"bad span", []news.Span{{Start: 5, End: 1 << 20}}, nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sns, bad := excerpts(body, tt.spans, tt.sents, nil)
			var got []string
			for _, sn := range sns {
				s := flatten([]para{sn.Para})
				if sn.Before {
					s = "… " + s
				}
				if sn.After {
					s += " …"
				}
				got = append(got, s)
			}
			if tt.want == nil { // the byte cap
				if len(got) != 1 || len(got[0]) > 2*maxContext+60 || !strings.Contains(got[0], "[Target sentence here.]") {
					t.Errorf("got %q, want one capped snippet", got)
				}
				if strings.Contains(got[0], "…  ") || strings.HasPrefix(got[0], "… ords") {
					t.Errorf("cut inside a word: %q", got[0])
				}
				return
			}
			if len(tt.want) == 0 {
				if len(bad) != 1 || len(got) != 0 {
					t.Errorf("got snippets %q, bad %v; want none and one bad", got, bad)
				}
				return
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
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
		excerpts(body, []news.Span{sp(a, b), sp(c, d)}, []news.Sentence{{Span: sp(e, g)}}, marks)
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
