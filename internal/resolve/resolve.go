// Package resolve decides when two entities, found in different articles,
// languages or scripts, are one real-world person or organization.
//
// Names are compared on skeletons (see Skeleton): folded, transliterated
// tokens in which the usual spelling conventions collapse. Two person names
// are compatible when they share a surname token and what stands before it
// (the given names) does not conflict; see compatible for the exact rule.
// Blocking keys (Keys) let a store find the few candidates of a new entity
// by index probes instead of scanning every entity.
package resolve

import (
	"sort"
	"strings"

	"chancery/internal/news"
)

// Keys returns the index keys of e, under which a store files it. For a
// person: "p:" + the skeleton of every token in surname position (all but
// the first word of a multi-word alias, or a lone word), and "f:" + the
// skeleton of the first word of a multi-word alias (usually a given name,
// but "Rodríguez Parrilla" starts with a surname). For an organization:
// "o:" + its code and "n:" + each folded alias.
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
			if t.initial || len(t.skel) < 2 {
				continue
			}
			first := i == 0 && len(toks) > 1
			switch {
			case probe && first:
				add("p:" + t.skel)
			case probe:
				add("p:" + t.skel)
				add("f:" + t.skel)
			case first:
				add("f:" + t.skel)
			default:
				add("p:" + t.skel)
			}
		}
	}
	sort.Strings(out)
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
	return out
}

// orgKey is the comparable form of an organization name: folded, with the
// skeleton of each word.
func orgKey(name string) string {
	toks := tokens(name)
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		parts = append(parts, t.skel)
	}
	return strings.Join(parts, " ")
}

// Same reports whether a and b are the same person or organization, and a
// score (higher is more certain) to choose among several candidates.
//
// Persons: same kind; some pair of their names compatible (a shared surname
// token, given names equal, an initial of each other, or absent on one
// side); countries equal or one unknown. Roles are not compared when both
// sides carry a given name, because people change offices and a report
// calls the same person "foreign minister" one year and "vice-president"
// the next. When the match rests on the surname alone, both countries must
// be known or the roles must overlap or be unknown on one side: "Díaz" the
// president is not "Díaz" the minister.
func Same(a, b *news.Entity) (score float64, ok bool) {
	if a == nil || b == nil || a.Kind != b.Kind {
		return 0, false
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return 0, false
	}
	if a.Kind == news.KindOrganization {
		return sameOrg(a, b)
	}
	best := 0.0
	for _, x := range names(a) {
		tx := tokens(x)
		for _, y := range names(b) {
			s := compatible(tx, tokens(y))
			if s > best {
				best = s
			}
		}
	}
	if best == 0 {
		return 0, false
	}
	ra, rb := roleSet(a.Roles), roleSet(b.Roles)
	overlap := false
	for r := range ra {
		if rb[r] {
			overlap = true
		}
	}
	if best < 2 && len(ra) > 0 && len(rb) > 0 && !overlap {
		// Surname-only evidence and two different offices.
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

// compatible scores whether two person names can name one person; 0 means
// no. It looks for a token t present in both (not an initial) and checks:
//   - the tokens before t on each side (given names, or earlier surnames)
//     agree at their first token when both are present: equal skeletons or
//     an initial of the other ("S. Lavrov" ~ "Sergey Lavrov");
//   - the tokens after t agree at their first token when both are present
//     ("Bruno Rodríguez Parrilla" ~ "Bruno Rodríguez", but not
//     "Bruno Rodríguez Díaz");
//   - t is not the first token of a multi-word name matched against a
//     one-word name: a lone word is a surname, the first word of a full
//     name a given name ("Bruno" does not name "Bruno Rodríguez").
//
// Scores: 3 when given names were compared and agree, 2.5 when two
// surname tokens agree in a row (double surnames), 1 when only the surname
// supports the match.
func compatible(a, b []token) float64 {
	best := 0.0
	for i, x := range a {
		if x.initial || len(x.skel) < 2 {
			continue
		}
		for j, y := range b {
			if y.initial || x.skel != y.skel {
				continue
			}
			if (len(a) == 1 && j == 0 && len(b) > 1) || (len(b) == 1 && i == 0 && len(a) > 1) {
				continue
			}
			s := 1.0
			if i > 0 && j > 0 {
				if !givenAgree(a[0], b[0]) {
					continue
				}
				s = 3
			}
			if i+1 < len(a) && j+1 < len(b) {
				agree := true
				for k := 1; i+k < len(a) && j+k < len(b); k++ {
					p, q := a[i+k], b[j+k]
					if p.skel != q.skel && !((p.initial || q.initial) && p.skel[0] == q.skel[0]) {
						agree = false
						break
					}
				}
				if !agree {
					continue
				}
				if s < 2.5 {
					s = 2.5
				}
			}
			if i == 0 && j == 0 && len(a) > 1 && len(b) > 1 && s < 2.5 {
				// Same first word, nothing after it on one side: the shared
				// word is probably a given name ("Bruno Mars" vs "Bruno").
				continue
			}
			if s > best {
				best = s
			}
		}
	}
	return best
}

// givenAgree compares two given names: equal skeletons, an initial of the
// other, or the same consonants (Aleksandr ~ Alexander, Yuri ~ Iouri).
func givenAgree(x, y token) bool {
	if x.skel == y.skel {
		return true
	}
	if x.initial || y.initial {
		return x.skel != "" && y.skel != "" && x.skel[0] == y.skel[0]
	}
	if len(x.skel) >= 4 && len(y.skel) >= 4 && x.skel[0] == y.skel[0] && consonants(x.skel) == consonants(y.skel) {
		return true
	}
	return false
}

func consonants(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("aeiou", rune(s[i])) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
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
