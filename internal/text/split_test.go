package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"chancery/internal/news"
)

// sentences returns the texts of Split's sentences.
func sentences(lang, body string) []string {
	var out []string
	for _, s := range Split(lang, body) {
		out = append(out, body[s.Start:s.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		{"en basic", "en", "The ministers met in Geneva. They agreed on a plan! Will it hold? Nobody knows.",
			[]string{"The ministers met in Geneva.", "They agreed on a plan!", "Will it hold?", "Nobody knows."}},
		{"en abbreviations", "en", "Gen. Ortiz met Dr. Hale at 9 a.m. on Nov. 16 in St. Louis. The talks lasted two hours.",
			[]string{"Gen. Ortiz met Dr. Hale at 9 a.m. on Nov. 16 in St. Louis.", "The talks lasted two hours."}},
		{"en U.S. inside and at end", "en", "The U.S. envoy arrived. Sanctions were imposed by the U.S. The envoy left.",
			[]string{"The U.S. envoy arrived.", "Sanctions were imposed by the U.S.", "The envoy left."}},
		{"en initials", "en", "The report by J. R. Mendel was cited. It was long.",
			[]string{"The report by J. R. Mendel was cited.", "It was long."}},
		{"en number", "en", "Growth was 3.5 percent in 2022. In 2023 it fell.",
			[]string{"Growth was 3.5 percent in 2022.", "In 2023 it fell."}},
		{"en quote continues", "en", `"We will not give in. We never have," the minister said. He left.`,
			[]string{`"We will not give in. We never have," the minister said.`, "He left."}},
		{"en question in quote", "en", `"Why now?" asked the envoy. Nobody answered.`,
			[]string{`"Why now?" asked the envoy.`, "Nobody answered."}},
		{"en curly standalone quote", "en", "“We agreed. The work starts now.” The statement ended there.",
			[]string{"“We agreed.", "The work starts now.”", "The statement ended there."}},
		{"en said colon quote", "en", `She said: "We agreed. The work starts now." Then she left.`,
			[]string{`She said: "We agreed. The work starts now."`, "Then she left."}},
		{"en possessive apostrophe", "en", "The country’s envoy spoke. ‘It is done,’ he said. He smiled.",
			[]string{"The country’s envoy spoke.", "‘It is done,’ he said.", "He smiled."}},
		{"en no final punctuation", "en", "Talks resume\n\nThe delegations met again on Monday",
			[]string{"Talks resume", "The delegations met again on Monday"}},
		{"en lower case after dot", "en", "The figure rose to approx. seven million. It fell.",
			[]string{"The figure rose to approx. seven million.", "It fell."}},
		{"de ordinal date", "de", "Am 16. Oktober 2023 trafen sich die Minister. Sie sprachen über Handel.",
			[]string{"Am 16. Oktober 2023 trafen sich die Minister.", "Sie sprachen über Handel."}},
		{"de ordinal noun and number end", "de", "Es war das 3. Treffen. Die Zahl stieg auf 12. Die Polizei kam.",
			[]string{"Es war das 3. Treffen.", "Die Zahl stieg auf 12.", "Die Polizei kam."}},
		{"de abbreviations", "de", "Die Länder, z. B. Brasilien bzw. Indien, stimmten zu. Dr. Weber u. a. Experten waren da.",
			[]string{"Die Länder, z. B. Brasilien bzw. Indien, stimmten zu.", "Dr. Weber u. a. Experten waren da."}},
		{"de low quotes", "de", "„Wir sind uns einig. Das ist wichtig“, sagte der Minister. Dann reiste er ab.",
			[]string{"„Wir sind uns einig. Das ist wichtig“, sagte der Minister.", "Dann reiste er ab."}},
		{"de guillemets reversed", "de", "»Das ist gut.« Der Minister lächelte.",
			[]string{"»Das ist gut.«", "Der Minister lächelte."}},
		{"es abbreviations and inverted marks", "es", "La Sra. Gómez viajó a EE. UU. con el Dr. Ruiz. ¿Habrá acuerdo? ¡Sí!",
			[]string{"La Sra. Gómez viajó a EE. UU. con el Dr. Ruiz.", "¿Habrá acuerdo?", "¡Sí!"}},
		{"es EE. UU. at end", "es", "Las sanciones fueron impuestas por EE. UU. El ministro protestó.",
			[]string{"Las sanciones fueron impuestas por EE. UU.", "El ministro protestó."}},
		{"es guillemets continue", "es", "«Somos aliados. Lo seguiremos siendo», afirmó el canciller. Luego partió.",
			[]string{"«Somos aliados. Lo seguiremos siendo», afirmó el canciller.", "Luego partió."}},
		{"fr guillemets with spaces", "fr", "« Nous sommes d’accord. C’est un pas », a déclaré M. Durand. Mme Petit a approuvé.",
			[]string{"« Nous sommes d’accord. C’est un pas », a déclaré M. Durand.", "Mme Petit a approuvé."}},
		{"fr question lower case", "fr", "Pourquoi maintenant ? a demandé le ministre. Personne n'a répondu.",
			[]string{"Pourquoi maintenant ? a demandé le ministre.", "Personne n'a répondu."}},
		{"ru abbreviations", "ru", "Встреча прошла в г. Москве, т. е. в столице. Министры подписали соглашение.",
			[]string{"Встреча прошла в г. Москве, т. е. в столице.", "Министры подписали соглашение."}},
		{"ru year abbreviation at end", "ru", "Договор подписан в 2021 г. Он вступил в силу.",
			[]string{"Договор подписан в 2021 г.", "Он вступил в силу."}},
		{"ru nested quotes", "ru", "«Мы говорили о „новом порядке“. Это важно», — сказал министр. Затем он уехал.",
			[]string{"«Мы говорили о „новом порядке“. Это важно», — сказал министр.", "Затем он уехал."}},
		{"ru initials", "ru", "С. В. Лавров провёл переговоры. Они длились час.",
			[]string{"С. В. Лавров провёл переговоры.", "Они длились час."}},
		{"ru joined initials", "ru", "В.В. Путин провёл переговоры. Они длились час.",
			[]string{"В.В. Путин провёл переговоры.", "Они длились час."}},
		{"unbalanced quote does not swallow", "en", `He called it "a farce. The talks failed. Nobody came.`,
			[]string{`He called it "a farce.`, "The talks failed.", "Nobody came."}},
		{"ellipsis", "en", "They waited… Then the door opened.",
			[]string{"They waited…", "Then the door opened."}},
		{"heading line", "en", "RELATED:\nTalks in Geneva resume",
			[]string{"RELATED:", "Talks in Geneva resume"}},
		{"hard-wrapped prose", "en", "The ministers met on Monday in the capital and agreed on\nNew steps to expand trade.",
			[]string{"The ministers met on Monday in the capital and agreed on\nNew steps to expand trade."}},
		{"list numbers", "en", "1. The first point is trade. 2. The second is energy.",
			[]string{"1. The first point is trade.", "2. The second is energy."}},
		{"unknown language", "", "Dr. Weber traf Sr. Gómez. They met.",
			[]string{"Dr. Weber traf Sr. Gómez.", "They met."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(tt.lang, tt.body)
			if strings.Join(got, "\n|") != strings.Join(tt.want, "\n|") {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func TestSplitParagraphs(t *testing.T) {
	body := "  First one. Second one.\n\n\n \nThird one\n\nFourth.  \n"
	got := Split("en", body)
	want := []news.Sentence{
		{Span: news.Span{Start: 2, End: 12}, Para: 0},
		{Span: news.Span{Start: 13, End: 24}, Para: 0},
		{Span: news.Span{Start: 29, End: 38}, Para: 1},
		{Span: news.Span{Start: 40, End: 47}, Para: 2},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("sentence %d: got %v %q, want %v", i, got[i], body[got[i].Start:got[i].End], want[i])
		}
	}
}

// TestSplitSeeds checks the invariants on the real articles beside the
// repository, when present.
func TestSplitSeeds(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkSplit(t, "", string(b))
	}
}

func checkSplit(t *testing.T, lang, body string) {
	t.Helper()
	prev, para := 0, 0
	for i, s := range Split(lang, body) {
		if s.Start < prev || s.End <= s.Start || s.End > len(body) {
			t.Fatalf("sentence %d %v out of order or bounds (prev end %d, len %d)", i, s.Span, prev, len(body))
		}
		if s.Para < para || s.Para > para+1 {
			t.Fatalf("sentence %d: para %d after %d", i, s.Para, para)
		}
		if txt := body[s.Start:s.End]; strings.TrimSpace(txt) != txt && utf8.ValidString(txt) {
			t.Fatalf("sentence %d not trimmed: %q", i, txt)
		}
		if strings.Contains(body[s.Start:s.End], "\n\n") {
			t.Fatalf("sentence %d spans a paragraph break", i)
		}
		prev, para = s.End, s.Para
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"", "A. B", "“x. Y”, he said. Z.", "„A. B“ «C. „D.“ E» ‹F›", "Dr. X\n\nU.S. The", "am 16. Oktober. Die", "\n \n\n", "a\xffb. C"} {
		f.Add("en", s)
		f.Add("de", s)
	}
	f.Fuzz(func(t *testing.T, lang, body string) {
		checkSplit(t, lang, body)
		for _, s := range Split(lang, body) {
			for _, tk := range Tokens(body[s.Start:s.End], s.Start) {
				if tk.Start < s.Start || tk.End > s.End || tk.End <= tk.Start || body[tk.Start:tk.End] != tk.Text {
					t.Fatalf("token %+v outside sentence %v", tk, s.Span)
				}
			}
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	para := "The foreign ministers of both countries met in Geneva on Wednesday, the U.S. envoy said. " +
		"“We agreed on steps to expand trade. The work starts now,” Dr. Hale told reporters. " +
		"Talks will resume next month, according to a statement by the ministry (3.5 pages long)! "
	body := strings.Repeat(para+"\n\n", 4)[:1024]
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Split("en", body)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "KB/s")
}
