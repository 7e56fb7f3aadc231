package event

import (
	"fmt"
	"strings"
	"testing"
)

func quoteSummary(lang, body string) []string {
	a := build(lang, body)
	extract(a, nil)
	var out []string
	for _, q := range a.Analysis.Quotes {
		if q.Text != body[q.Start:q.End] {
			out = append(out, "BAD SPAN")
		}
		out = append(out, fmt.Sprintf("%s%s: %s", q.Speaker, q.SpeakerCode, q.Text))
	}
	return out
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"en", `"We will keep working together," Lindgren said.`, []string{"p1: We will keep working together"}},
		{"en", `"We will keep working together," said Tomas Ferreira.`, []string{"p2: We will keep working together"}},
		{"en", `Lindgren tweeted that "our two countries share the same goals."`, []string{"p1: our two countries share the same goals."}},
		{"en", "Sorokin arrived on Monday. “The sanctions have failed,” he told reporters.", []string{"p3: The sanctions have failed"}},
		{"en", "Ferreira said the talks went well.\n\n“Brazil wants peace and trade with everyone.”", []string{"p2: Brazil wants peace and trade with everyone."}},
		{"en", `In turn, the Russian Foreign Ministry informed in a press release that "the sides agreed to meet again in spring."`, []string{"o3RUS: the sides agreed to meet again in spring."}},
		{"en", "Sorokin told reporters: “A year ago we set out a common plan.\n\nWe confirmed our interest in the next round,” he added.", []string{"p3: A year ago we set out a common plan.\n\nWe confirmed our interest in the next round"}},
		{"en", `Both said they would "advance in" the talks, Lindgren said.`, nil},
		{"en", `Russia's minister called it a 'historic step'.`, nil},
		{"de", `Der russische Minister Oleg Sorokin betonte: „Wir sind uns einig, dass die Zusammenarbeit wächst.“`, []string{"p3: Wir sind uns einig, dass die Zusammenarbeit wächst."}},
		{"de", `„Wir werden unsere Länder schützen“, sagte Ferreira.`, []string{"p2: Wir werden unsere Länder schützen"}},
		{"es", `"Cuba nunca aceptará presiones externas", dijo Lucía Quintana.`, []string{"p4: Cuba nunca aceptará presiones externas"}},
		{"es", `Quintana afirmó: «Nuestra relación con Rusia es estratégica».`, []string{"p4: Nuestra relación con Rusia es estratégica"}},
		{"es", "La canciller Lucía Quintana recibió al canciller Tomas Ferreira. La canciller, por su parte, habló de paz. «Hablamos con todos», dijo.", []string{"p4: Hablamos con todos"}},
		{"fr", `« Nous voulons renforcer nos liens », a déclaré Lúcia Quintana.`, []string{"p4: Nous voulons renforcer nos liens"}},
		{"ru", `«Мы договорились о новых шагах», — заявил Олег Сорокин.`, []string{"p3: Мы договорились о новых шагах"}},
		{"ru", `Сорокин подчеркнул: «Россия будет поддерживать партнеров в регионе».`, []string{"p3: Россия будет поддерживать партнеров в регионе"}},
		// A speech verb with no name after the quote: the person the text is about.
		{"es", "Lucía Quintana llegó el domingo a Moscú. La canciller visitó una fábrica.\n\n«Cuba no firmará contratos exclusivos con nadie», afirmó.", []string{"p4: Cuba no firmará contratos exclusivos con nadie"}},
		{"de", "Bei einem Treffen mit Mara Lindgren in Stockholm sagte Ferreira, sein Land brauche Hilfe. „Ohne neue Lieferungen werden wir den Winter kaum überstehen“, sagte der Minister.", []string{"p2: Ohne neue Lieferungen werden wir den Winter kaum überstehen"}},
		{"de", "Lindgren sprach von einem Erfolg. Die Ministerin betonte: „Wir wollen die Zusammenarbeit mit allen Partnern ausbauen.“", []string{"p1: Wir wollen die Zusammenarbeit mit allen Partnern ausbauen."}},
		// The role and demonym after the verb, in Romance order.
		{"fr", "Mara Lindgren a rencontré Tomas Ferreira. « Le Brésil n'oublie pas ses amis », a ajouté le ministre brésilien.", []string{"p2: Le Brésil n'oublie pas ses amis"}},
		// The speaker named after a role phrase.
		{"es", `"Suecia cumple siempre su palabra con los socios", afirmó el ministro de Asuntos Exteriores, Mara Lindgren.`, []string{"p1: Suecia cumple siempre su palabra con los socios"}},
		// „…" closed by a straight mark.
		{"de", "„Wir stehen an der Seite unserer Partner\", sagte Sorokin.", []string{"p3: Wir stehen an der Seite unserer Partner"}},
		// "a-t-il insisté": the participle alone is the speech verb.
		{"fr", "Tomas Ferreira a demandé plus de visas. « Nos étudiants méritent mieux que des files d'attente », a-t-il insisté.", []string{"p2: Nos étudiants méritent mieux que des files d'attente"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.body, func(t *testing.T) {
			got := quoteSummary(tt.lang, tt.body)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
