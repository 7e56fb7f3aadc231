package resolve

import (
	_ "embed"
	"strings"
)

//go:embed given.txt
var givenData string

// givenGroups maps the skeleton of every form listed in given.txt to the
// numbers of the groups it belongs to: Mykola and Nikolai are one given
// name although no transliteration rule joins them.
var givenGroups = func() map[string][]int {
	m := map[string][]int{}
	n := 0
	for _, line := range strings.Split(givenData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		n++
		for _, form := range strings.Fields(line) {
			for _, t := range tokens(form) {
				for _, sk := range t.skels {
					if g := m[sk]; len(g) == 0 || g[len(g)-1] != n {
						m[sk] = append(g, n)
					}
				}
			}
		}
	}
	return m
}()

// sameGiven reports whether two given-name tokens are forms of one name in
// given.txt.
func sameGiven(x, y token) bool {
	for _, a := range x.skels {
		for _, ga := range givenGroups[a] {
			for _, b := range y.skels {
				for _, gb := range givenGroups[b] {
					if ga == gb {
						return true
					}
				}
			}
		}
	}
	return false
}
