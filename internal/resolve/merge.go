package resolve

import (
	"strings"

	"chancery/internal/news"
)

// Merge adds what src knows to dst: every surface form (all scripts) as an
// alias, every role, the country and code when dst has none. dst keeps its
// id and its Locked flag.
//
// The canonical Name is the most informative Latin-script form: a form with
// a given name and a surname beats a lone surname, an initial or a form in
// another script; among full forms the one seen first is kept, so that a
// name does not flip with every new article (aliases keep first-seen
// order, and the store counts nothing per alias). See Canonical.
func Merge(dst, src *news.Entity) {
	if dst == nil || src == nil {
		return
	}
	seen := map[string]bool{}
	var aliases []string
	for _, a := range append(append(append([]string(nil), dst.Aliases...), dst.Name, src.Name), src.Aliases...) {
		a = strings.TrimSpace(a)
		if a == "" || seen[a] {
			continue
		}
		seen[a] = true
		aliases = append(aliases, a)
	}
	dst.Aliases = aliases
	rs := map[string]bool{}
	var roles []string
	for _, r := range append(append([]string(nil), dst.Roles...), src.Roles...) {
		r = strings.TrimSpace(r)
		if r == "" || rs[strings.ToLower(r)] {
			continue
		}
		rs[strings.ToLower(r)] = true
		roles = append(roles, r)
	}
	dst.Roles = roles
	if dst.Country == "" {
		dst.Country = src.Country
	}
	if dst.Code == "" {
		dst.Code = src.Code
	}
	if dst.Kind == "" {
		dst.Kind = src.Kind
	}
	dst.Name = Canonical(dst.Name, dst.Aliases, dst.Kind)
}

// Canonical chooses the display name among current and aliases: current
// when it is already of the best class, else the first alias of the best
// class. Classes, best first: Latin with a given name and a surname (two
// to four words besides particles, the first not an initial); Latin with
// more words; any Latin form; any form. For organizations the longest
// Latin form wins over an acronym ("United Nations" over "UN").
func Canonical(current string, aliases []string, kind string) string {
	class := func(s string) int {
		if s == "" {
			return 0
		}
		if !Latin(s) {
			return 1
		}
		var words []string
		for _, w := range strings.Fields(Fold(s)) {
			// "João Manuel dos Santos Vieira" is a full name of four
			// words, not five.
			if kind == news.KindOrganization || !particles[w] {
				words = append(words, w)
			}
		}
		if kind == news.KindOrganization {
			if len(words) > 1 {
				return 4
			}
			return 2
		}
		switch {
		case len(words) >= 2 && len(words) <= 4 && len([]rune(words[0])) > 1:
			return 4
		case len(words) >= 2:
			return 3
		}
		return 2
	}
	best, bc := current, class(current)
	for _, a := range aliases {
		if c := class(a); c > bc {
			best, bc = a, c
		}
	}
	return best
}
