package clean

import (
	"regexp"
	"strings"
	"unicode"

	"chancery/internal/lang"
	"chancery/internal/news"
)

// postRe finds the attribution that closes an embedded post as pasted from
// a page: an optional media or short link, a dash, the display name, the
// handle in brackets and the date ("pic.twitter.com/x — Name (@name)
// November 16, 2023").
var postRe = regexp.MustCompile(`(?:((?:https?://)?(?:pic\.twitter\.com|t\.co|x\.com|twitter\.com)/[\w/?=.&%-]+)\s*)?(—|–|&mdash;|--|-)\s*([^()\n—–]{1,80}?)\s*\((@\w{1,30})\)\s*((?:\p{L}+\.? \d{1,2},? (?:19|20)\d\d)|(?:\d{1,2}\.? \p{L}+\.? (?:19|20)\d\d))`)

// cutPosts moves embedded posts out of s and returns what remains. prev,
// when not nil, is the line before s: a post whose attribution opens s has
// its text there, and prev is emptied.
func (d *doc) cutPosts(s string, prev *string) string {
	for iter := 0; iter < 20; iter++ {
		m := postRe.FindStringSubmatchIndex(s)
		if m == nil {
			return s
		}
		link := ""
		if m[2] >= 0 {
			link = s[m[2]:m[3]]
		}
		dash := s[m[4]:m[5]]
		if link == "" && (dash == "-" || dash == "--") {
			// a hyphen alone is too common to mark a post; skip this match
			rest := d.cutPosts(s[m[1]:], nil)
			return s[:m[1]] + rest
		}
		at := m[0] // where the link (or dash) starts
		end := m[1]
		e := news.Embed{
			Author: cleanAuthor(s[m[6]:m[7]]),
			Handle: s[m[8]:m[9]],
			URL:    link,
		}
		if e.URL != "" && !strings.HasPrefix(e.URL, "http") {
			e.URL = "https://" + e.URL
		}
		if v, ok := ParseDate(s[m[10]:m[11]]); ok {
			e.Date = v
		}
		d.postEnd = end
		start := d.postStart(s, at)
		e.Text = strings.TrimSpace(s[start:at])
		cut := strings.TrimSpace(s[start:end])
		if e.Text == "" && prev != nil && strings.TrimSpace(*prev) != "" && len(*prev) < 1200 {
			e.Text = strings.TrimSpace(*prev)
			cut = e.Text + "\n" + cut
			*prev = ""
		}
		d.a.Embeds = append(d.a.Embeds, e)
		d.drop(cut, "embed")
		s = strings.TrimSpace(strings.TrimSpace(s[:start]) + " " + strings.TrimSpace(s[end:]))
	}
	return s
}

// cleanAuthor trims emoji and lost-emoji marks around a display name.
func cleanAuthor(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ')' && r != '.' })
}

// postStart finds where the text of a post that ends at byte at begins.
// A post is at most a few hundred characters; within that window it starts
// at the earliest sentence that opens with an emoji, flag or hashtag; else
// it takes the sentences whose language differs from the paragraph's; else,
// when the paragraph has nothing else, the whole window.
func (d *doc) postStart(s string, at int) int {
	lo := at - d.c.tweetWindow()
	if lo < 0 {
		lo = 0
	}
	for lo > 0 && lo < len(s) && s[lo]&0xC0 == 0x80 {
		lo--
	}
	cands := boundaries(s, lo, at)
	if len(cands) == 0 {
		return at
	}
	for _, p := range cands {
		r := firstRune(s[p:])
		if isSymbolLead(r) {
			return p
		}
	}
	// A post that fills its paragraph (as pasted from a blockquote) starts
	// with it.
	if cands[0] == 0 && strings.TrimSpace(s[d.postEnd:]) == "" {
		return 0
	}
	home := d.lang
	if outside := strings.TrimSpace(s[:cands[0]] + " " + s[d.postEnd:]); wordCount(outside) >= 12 {
		if l := lang.Detect(outside); l != "" {
			home = l
		}
	}
	start := cands[len(cands)-1]
	if home == "" {
		return start
	}
	for i := len(cands) - 2; i >= 0; i-- {
		seg := s[cands[i]:start]
		if l := lang.Detect(seg); l != "" && l != home {
			start = cands[i]
			continue
		}
		break
	}
	return start
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}
