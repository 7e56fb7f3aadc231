// Package resolve decides when two entities, found in different articles,
// languages or scripts, are one real-world person or organization.
//
// Names are compared on skeletons (see Skeleton): folded, transliterated
// tokens in which the usual spelling conventions collapse. A token may have
// several skeletons, one per plausible reading (French ch, Czech š, Russian
// spellings of Chinese and Japanese names), and two tokens are one when
// they share one. Two person names are compatible when they share a surname
// token and what stands before it (the given names) does not conflict; with
// agreeing given names the surnames may also agree only under Loose
// (Belarusian Kavalenka, Russian Kovalenko). See compatible for the exact
// rule, and testdata/pairs.tsv for the conventions covered and the
// namesakes kept apart. Blocking keys (Keys) let a store find the few
// candidates of a new entity by index probes instead of scanning every
// entity.
package resolve

import (
	"slices"
	"sort"
	"strings"

	"chancery/internal/news"
)

// Keys returns the index keys of e, under which a store files it. For a
// person: "p:" + the skeleton of every token in surname position (all but
// the first word of a multi-word alias, or a lone word), and "f:" + the
// skeleton of the first word of a multi-word alias (usually a given name,
// but "Rodríguez Parrilla" starts with a surname), each under every
// skeleton of the token; and "l:" + the Loose form of every later word of
// a multi-word alias, probed alike, for the loose surname match. For an
// organization: "o:" + its code and "n:" + each folded alias.
//
// ProbeKeys gives the keys to look a new entity up with. Together they
// guarantee that two entities Same may accept share a key, while a given
// name is never probed against the given names of every other person.
func Keys(e *news.Entity) []string {
	return keys(e, false)
}

// ProbeKeys returns the keys to find the candidates of e with: every token
// under "p:", and the surname-position tokens also under "f:".
func ProbeKeys(e *news.Entity) []string {
	return keys(e, true)
}

func keys(e *news.Entity, probe bool) []string {
	if e == nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	if e.Kind == news.KindOrganization {
		if e.Code != "" {
			add("o:" + e.Code)
		}
		for _, a := range names(e) {
			if f := orgKey(a); f != "" {
				add("n:" + f)
			}
		}
		sort.Strings(out)
		return out
	}
	for _, a := range names(e) {
		toks := tokens(a)
		for i, t := range toks {
			if t.initial || t.skel() == "" {
				continue
			}
			first := i == 0 && len(toks) > 1
			for _, sk := range t.skels {
				switch {
				case probe && first:
					add("p:" + sk)
				case probe:
					add("p:" + sk)
					add("f:" + sk)
				case first:
					add("f:" + sk)
				default:
					add("p:" + sk)
				}
			}
			if i == 0 {
				if k := joined(toks); k != "" {
					add("j:" + k)
				}
			}
			// A loose surname match needs given names on both sides, so
			// only the later words of a full name are filed and probed
			// under their loose form.
			if i > 0 {
				for _, r := range t.loose {
					if len([]rune(r.loose)) >= 3 {
						add("l:" + r.loose)
					}
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// joined is the skeleton of a name of two or more words written as one
// word, so that names spaced or hyphenated differently compare equal; ""
// for a shorter name or one with an initial.
func joined(toks []token) string {
	if len(toks) < 2 {
		return ""
	}
	var b strings.Builder
	for _, t := range toks {
		if t.initial {
			return ""
		}
		b.WriteString(t.word)
	}
	return Skeleton(b.String())
}

// tokenized is one name of an entity, ready to compare.
type tokenized struct {
	toks   []token
	joined string
	// oneWord: the name is one written word of several parts
	// ("Mohammad-Javad", "Rimsky-Korsakov"): a bare hyphened given name
	// or a double surname, never a given name and a surname.
	oneWord bool
}

// tokenize returns the tokens of every name of e, each distinct token
// list once: aliases often differ only in case or accents.
func tokenize(e *news.Entity) []tokenized {
	var out []tokenized
	seen := map[string]bool{}
	for _, n := range names(e) {
		// Names that fold alike read alike, unless a diacritic (š) or
		// the script (Palladius) adds a reading.
		f := Fold(n)
		if !Latin(n) {
			f = strings.ToLower(n)
		} else {
			for _, ph := range phonetic {
				if p := ph.Replace(n); p != n {
					f += "\x00" + Fold(p)
				}
			}
		}
		if seen[f] {
			continue
		}
		seen[f] = true
		toks := tokens(n)
		out = append(out, tokenized{toks, joined(toks), len(toks) >= 2 && len(strings.Fields(n)) == 1})
	}
	return out
}

// names returns the name and aliases of e, without duplicates.
func names(e *news.Entity) []string {
	out := make([]string, 0, len(e.Aliases)+1)
	seen := map[string]bool{}
	for _, s := range append([]string{e.Name}, e.Aliases...) {
		s = strings.TrimSpace(s)
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	if e.Kind == news.KindPerson && (e.Country == "CHN" || e.Country == "TWN") {
		// "Vang Csun-hua": a Chinese name in Hungarian transcription
		// also reads as its pinyin spellings (Wang Chunhua).
		for _, s := range out {
			for _, p := range hunPinyin(s) {
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// orgKey is the comparable form of an organization name: folded, with the
// skeleton of each word.
func orgKey(name string) string {
	toks := tokens(name)
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		parts = append(parts, t.skel())
	}
	return strings.Join(parts, " ")
}

// Same reports whether a and b are the same person or organization, and a
// score (higher is more certain) to choose among several candidates.
//
// Persons: same kind; some pair of their names compatible (a shared surname
// token, given names equal, an initial of each other, or absent on one
// side). Roles are not compared when both sides carry a given name,
// because people change offices and a report calls the same person
// "foreign minister" one year and "vice-president" the next. When the
// match rests on the surname alone, the roles must overlap or be unknown on
// one side ("Díaz" the president is not "Díaz" the minister), and no pair
// of full names may show two different given names: an entity that took
// the lone "Ruiz" from "Elena Ruiz" is still not "Tomás Ruiz".
//
// Countries must be equal or unknown on one side, except when a given
// name and a surname agree and the two share an office: the country of a
// person is inferred from context and is sometimes the other side's (a
// Belarusian spokesman quoted in a report on Poland). A bare namesake
// abroad stays apart.
func Same(a, b *news.Entity) (score float64, ok bool) {
	if a == nil || b == nil || a.Kind != b.Kind {
		return 0, false
	}
	countries := a.Country == "" || b.Country == "" || a.Country == b.Country
	if a.Kind == news.KindOrganization {
		if !countries {
			return 0, false
		}
		return sameOrg(a, b)
	}
	best, conflict := nameMatch(tokenize(a), tokenize(b))
	if best == 0 || (conflict && best < given) {
		return 0, false
	}
	ra, rb := roleSet(a.Roles), roleSet(b.Roles)
	overlap := false
	for r := range ra {
		if rb[r] {
			overlap = true
		}
		for q := range rb {
			if sameOffice(r, q) || sameOffice(q, r) {
				overlap = true
			}
		}
	}
	disjoint := len(ra) > 0 && len(rb) > 0 && !overlap
	// Two states: one person only on a given name and surname that agree,
	// and a shared office; or on the very full name when one report gives
	// no office at all: the state of a person named with no role is the
	// article's guess from context, the name is what was written.
	if !countries && (best < given || !overlap && !(best >= full && (len(ra) == 0) != (len(rb) == 0))) {
		return 0, false
	}
	if best < 2 && disjoint {
		// Surname-only evidence and two different offices.
		return 0, false
	}
	if best < 1 && !overlap {
		// A weak match (see compatible) needs a shared office.
		return 0, false
	}
	score = best
	if a.Country != "" && a.Country == b.Country {
		score += 1
	}
	if overlap {
		score += 0.5
	}
	return score, true
}

// sameOffice reports whether a general office may name a specific one: a
// bare "minister", as a report too short to name the portfolio writes it,
// is any minister's office; a "state secretary" (the lexicon's name for a
// deputy minister of no stated portfolio: "viceministro", "Vizeminister")
// any deputy minister's.
func sameOffice(general, specific string) bool {
	switch general {
	case "minister":
		return strings.HasSuffix(specific, " minister")
	case "state secretary":
		return strings.HasPrefix(specific, "deputy ") && strings.HasSuffix(specific, " minister")
	}
	return false
}

// Strong reports whether Same accepts a and b on the evidence of a full
// name: some pair of their names agrees in given name and surname. It is
// the bar for joining two entities already stored apart, which a third
// report shows to be one person.
//
// A name with an initial is no such evidence ("S. Lavrov" would bridge
// Sergey and Svetlana), and no pair of names may show two people.
func Strong(a, b *news.Entity) bool {
	if _, ok := Same(a, b); !ok || a.Kind != news.KindPerson {
		return false
	}
	if _, conflict := nameMatch(tokenize(a), tokenize(b)); conflict {
		return false
	}
	best, _ := nameMatch(spelledOut(tokenize(a)), spelledOut(tokenize(b)))
	return best >= given
}

// spelledOut keeps the names without an initial.
func spelledOut(ns []tokenized) []tokenized {
	return slices.DeleteFunc(ns, func(n tokenized) bool {
		return slices.ContainsFunc(n.toks, func(t token) bool { return t.initial })
	})
}

// nameMatch is the best compatible score over the pairs of names of two
// persons, and whether some pair shows two different people.
func nameMatch(ta, tb []tokenized) (best float64, conflict bool) {
	for _, nx := range ta {
		for _, ny := range tb {
			if nx.joined != "" && nx.joined == ny.joined {
				// One name spaced two ways: "Badr Abdel Aty" and
				// "Badr Abdelaty", "Cho Tae-yul" and "Cho Taeyul".
				best = max(best, full)
				continue
			}
			if nx.oneWord != ny.oneWord {
				// A one-word name of several parts is a surname: it
				// names a full name that holds it after the given name,
				// not one that opens with it ("Mohammad-Javad" is not
				// "Mohammad-Javad Rezaei").
				one, other := nx, ny
				if ny.oneWord {
					one, other = ny, nx
				}
				if !insideAfterFirst(other.toks, one.toks) {
					continue
				}
			}
			s, c := compatible(nx.toks, ny.toks)
			best = max(best, s)
			conflict = conflict || c
		}
	}
	return best, conflict
}

// insideAfterFirst reports whether b's tokens stand in a one by one, past
// a's first token: a surname after a given name ("Díaz-Canel" in "Miguel
// Díaz-Canel Bermúdez").
func insideAfterFirst(a, b []token) bool {
	for p := 1; p+len(b) <= len(a); p++ {
		ok := true
		for i, t := range b {
			ok = ok && a[p+i].same(t)
		}
		if ok {
			return true
		}
	}
	return false
}

func roleSet(roles []string) map[string]bool {
	m := make(map[string]bool, len(roles))
	for _, r := range roles {
		if r = strings.ToLower(strings.TrimSpace(r)); r != "" {
			m[r] = true
		}
	}
	return m
}

// sameOrg: an organization is the same when a pair of names folds equal, or
// when both carry the same code and one of them is named by that code
// ("UN" and "United Nations", code UN). Two bodies of one state (code RUS)
// with different names stay apart.
func sameOrg(a, b *news.Entity) (float64, bool) {
	na, nb := names(a), names(b)
	for _, x := range na {
		kx := orgKey(x)
		if kx == "" {
			continue
		}
		for _, y := range nb {
			if kx == orgKey(y) {
				return 3, true
			}
		}
	}
	if a.Code != "" && a.Code == b.Code {
		code := orgKey(a.Code)
		for _, x := range append(na, nb...) {
			if orgKey(x) == code {
				return 2, true
			}
		}
	}
	return 0, false
}

// Scores of compatible, weakest first.
const (
	// weak: the first word of a full name is the other's surname
	// ("Ferrer Camacho" ~ "Lucía Ferrer"); it may as well be a given name
	// that is also a surname ("Martín López" vs "Ana Martín").
	weak = 0.5
	// surname: only a surname supports the match.
	surname = 1.0
	// double: two surname tokens agree in a row.
	double = 2.5
	// given: given names agree and surnames agree under Loose.
	given = 2.75
	// full: given names agree and surnames share a skeleton.
	full = 3.0
)

// compatible scores whether two person names can name one person; 0 means
// no. It looks for a token t present in both (not an initial) and checks:
//   - the tokens before t on each side (given names, or earlier surnames)
//     agree at their first token when both are present: equal skeletons or
//     an initial of the other ("S. Lavrov" ~ "Sergey Lavrov"); when they
//     do not, conflict is set: the names show two different people;
//   - the tokens after t agree at their first token when both are present
//     ("Bruno Rodríguez Parrilla" ~ "Bruno Rodríguez", but not
//     "Bruno Rodríguez Díaz");
//   - t is not the first token of a multi-word name matched against a
//     one-word name: a lone word is a surname, the first word of a full
//     name a given name ("Bruno" does not name "Bruno Rodríguez").
//
// With given names on both sides that agree (not as initials), t may also
// match under Loose (Kavalenka ~ Kovalenko).
func compatible(a, b []token) (best float64, conflict bool) {
	if reordered(a, b) {
		return full, false
	}
	for i, x := range a {
		if x.initial || x.skel() == "" {
			continue
		}
		for j, y := range b {
			if y.initial {
				continue
			}
			exact := x.same(y)
			if !exact && !(i > 0 && j > 0 && x.near(y)) {
				continue
			}
			if (len(a) == 1 && j == 0 && len(b) > 1) || (len(b) == 1 && i == 0 && len(a) > 1) {
				continue
			}
			s := surname
			if i > 0 && j > 0 {
				if !givenAgree(a[0], b[0]) {
					// Two different first words are two given names
					// unless one of them is a surname of the other name
					// ("Rodríguez Parrilla" and "Bruno Rodríguez Parrilla").
					if exact && !has(b, a[0]) && !has(a, b[0]) {
						conflict = true
					}
					continue
				}
				switch {
				case !exact && (a[0].initial || b[0].initial):
					continue
				case exact:
					s = full
				default:
					s = given
				}
			}
			if i+1 < len(a) && j+1 < len(b) {
				agree := true
				for k := 1; i+k < len(a) && j+k < len(b); k++ {
					p, q := a[i+k], b[j+k]
					if !p.same(q) && !((p.initial || q.initial) && p.skel()[0] == q.skel()[0]) {
						agree = false
						break
					}
				}
				if !agree {
					continue
				}
				if s < double {
					s = double
				}
			}
			if i == 0 && j == 0 && len(a) > 1 && len(b) > 1 && s < double {
				// Same first word, nothing after it on one side: the shared
				// word is probably a given name ("Bruno Mars" vs "Bruno").
				continue
			}
			if s == surname && ((i == 0 && len(a) > 1) || (j == 0 && len(b) > 1)) {
				s = weak
			}
			if s > best {
				best = s
			}
		}
	}
	return best, conflict
}

// alike reports whether two given-name skeletons start alike: the same
// letter, two vowels (Oleksandr/Aleksandr, Yevhen/Evgeni: skeletons write
// y and j as i), or one loose class (Hennadiy/Gennadiy).
func alike(p, q string) bool {
	if p[0] == q[0] || (vowel(p[0]) && vowel(q[0])) {
		return true
	}
	lp, lq := Loose(p[:1]), Loose(q[:1])
	return lp != "" && lp == lq
}

// reordered reports whether a and b are the same two or more words in
// another order: Hungarian and East Asian names are written surname first
// at home and given name first abroad ("Szabó Anna", "Anna Szabó").
func reordered(a, b []token) bool {
	if len(a) < 2 || len(a) != len(b) {
		return false
	}
	used := make([]bool, len(b))
	for _, x := range a {
		if x.initial {
			return false
		}
		found := false
		for j, y := range b {
			if !used[j] && !y.initial && x.same(y) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// has reports whether some token of toks shares a skeleton with t.
func has(toks []token, t token) bool {
	for _, u := range toks {
		if u.same(t) {
			return true
		}
	}
	return false
}

// givenAgree compares two given names: a shared skeleton, an initial of
// the other, or the same loose form (Aleksandr ~ Alexander ~ Aliaksandr,
// Yuri ~ Iouri, Yevhen ~ Evgeni) starting alike (the same letter, or both
// a vowel) and not a feminine against a masculine form (Ivana, Ivan); or
// two forms of one name listed in given.txt (Mykola, Nikolai).
func givenAgree(x, y token) bool {
	if x.same(y) || sameGiven(x, y) {
		return true
	}
	if x.initial || y.initial {
		return x.skel() != "" && y.skel() != "" && x.skel()[0] == y.skel()[0]
	}
	for _, rx := range x.loose {
		for _, ry := range y.loose {
			p, q := rx.skel, ry.skel
			if len(p) < 4 || len(q) < 4 || rx.loose == "" || rx.loose != ry.loose {
				continue
			}
			if !alike(p, q) {
				continue
			}
			if !gendered(p, q, true) {
				return true
			}
		}
	}
	return false
}

// SurnameOnly reports whether every name of e is a single word, so that e
// may only join an entity that is the one compatible candidate.
func SurnameOnly(e *news.Entity) bool {
	for _, n := range names(e) {
		if len(tokens(n)) > 1 {
			return false
		}
	}
	return true
}
