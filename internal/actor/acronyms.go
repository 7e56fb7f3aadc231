package actor

import "chancery/internal/lexicon"

// acronyms learns the article's own acronyms for a state's institutions:
// "the Belize Defence Force (BDF)", "la Fuerza de Defensa de Belice (FDB)"
// define BDF and FDB as bodies of Belize, and their other mentions ("fired
// on a BDF patrol boat") stand for it.
func (f *finder) acronyms() {
	learned := map[string]string{} // acronym -> state code
	for k := 2; k+1 < len(f.words); k++ {
		w := f.words[k]
		if f.words[k-1].Text != "(" || f.words[k+1].Text != ")" || !acronym(w.Text) || f.at[k] >= 0 {
			continue
		}
		// The name before the parenthesis: capitalized words, particles
		// and lexicon phrases, one of which names a state.
		code := ""
		for q := k - 2; q >= 0 && q >= k-9 && f.sameSent(q, k); q-- {
			wq := f.words[q]
			if it := f.itemAt(q); it != nil {
				if it.isStateLike() && code == "" {
					code = it.e.Code
				}
				q = it.i // (the loop steps before it)
				continue
			}
			if wq.Case == lexicon.CaseTitle || wq.Case == lexicon.CaseUpper || f.lex.Particle(wq.Key) {
				continue
			}
			break
		}
		if code != "" {
			learned[w.Key] = code
		}
	}
	if len(learned) == 0 {
		return
	}
	for k, w := range f.words {
		if code, ok := learned[w.Key]; ok && f.at[k] < 0 && acronym(w.Text) {
			f.items = append(f.items, item{i: k, j: k + 1, e: lexicon.Entry{Kind: lexicon.KindBody, Code: code, Name: w.Text}})
			f.at[k] = len(f.items) - 1
		}
	}
}
