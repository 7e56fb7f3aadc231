package clean

import (
	"strings"
	"unicode"
)

// Pages flattened to one line, and live blogs that print their widgets
// under each entry, run the page furniture into the paragraphs: "...
// said in a statement. Advertisement The post will open ...", "... both
// governments. Views: 3,210". Where a sentence may start, a few words that
// the line classifier would drop on a line of their own, followed by the
// start of another sentence (or the end), are cut out.

// gluedMax bounds the words of one piece of furniture inside a paragraph.
const gluedMax = 14

// cutGlued removes widgets run into paragraph s.
func (d *doc) cutGlued(s string) string {
	if wordCount(s) < 8 {
		return s
	}
	for iter := 0; iter < 20; iter++ {
		cut := false
		for _, b := range boundaries(s, 0, len(s)) {
			if from, to := d.gluedAt(s, b); to > from {
				d.drop(strings.TrimSpace(s[from:to]), "widget")
				s = strings.TrimSpace(s[:from] + s[to:])
				cut = true
				break
			}
		}
		if !cut {
			break
		}
	}
	// Furniture that closes the paragraph may hold sentences of its own
	// ("© 2025 Site. All rights reserved.", an author's bio).
	for iter := 0; iter < 5; iter++ {
		bs := boundaries(s, 1, len(s))
		if len(bs) == 0 {
			break
		}
		b := bs[len(bs)-1]
		for k := len(bs) - 2; k >= 0 && strings.HasPrefix(s[bs[k]:], "©"); k-- {
			b = bs[k]
		}
		if k := tailKind(s[b:]); k != "" {
			d.drop(strings.TrimSpace(s[b:]), k)
			s = strings.TrimSpace(s[:b])
			continue
		}
		break
	}
	return s
}

// gluedAt returns the byte range of furniture that starts at sentence
// start b of s, or two equal numbers.
func (d *doc) gluedAt(s string, b int) (int, int) {
	ws := splitWords(s, b, min(len(s), b+400))
	if len(ws) == 0 || !gluedStart(ws) {
		return b, b
	}
	best := b
	for k := 1; k <= gluedMax && k <= len(ws); k++ {
		frag := s[b:ws[k-1].end]
		if k < len(ws) && endsSentence(frag) {
			break // a sentence, not a widget
		}
		var next *word
		if k < len(ws) {
			next = &ws[k]
		}
		// An ad slot's words may come in any order, so the shortest one
		// that ends before a new sentence is taken.
		if next != nil && k <= 10 && adSlot(frag) && startsSentence(next.text) {
			return b, next.start
		}
		open, closed := gluedKind(frag, k)
		switch {
		case next == nil && (open || closed) && b+len(frag) >= len(s):
			return b, len(s) // the end of the paragraph
		case next == nil:
		case closed && startsSentence(next.text):
			best = ws[k].start
		case open && opensSentence(s, *next, d.fw):
			return b, ws[k].start
		}
	}
	if best > b && best < len(s) {
		return b, best
	}
	return b, b
}

// gluedStart is a cheap test that furniture may start at ws[0]: its first
// word opens a marker phrase, is a number, a symbol, a word in capitals or
// a label before a colon, or an advertisement word follows within ten
// words. Most sentence starts fail it, which keeps the scan linear and
// cheap.
func gluedStart(ws []word) bool {
	w := ws[0].text
	r := firstRune(w)
	switch {
	case !unicode.IsLetter(r), strings.HasSuffix(w, ":"), len(w) > 1 && allCaps(w):
		return true
	case mk.get("line").opens(w), mk.get("share").opens(w), mk.get("promo").opens(w), mk.get("comments").opens(w):
		return true
	}
	ad := mk.get("ad")
	for i := 0; i < len(ws) && i < 10; i++ {
		if ad.opens(ws[i].text) {
			return true
		}
	}
	return false
}

// startsSentence reports a word that may begin a sentence.
func startsSentence(w string) bool {
	r := firstRune(strings.TrimLeft(w, "\"'«„“(¡¿"))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// gluedKind tells whether frag, k words long, is furniture that ends by
// itself (closed: a label, share buttons, an ad slot, a counter, a market
// ticker) or that runs on until a new sentence starts (open: a newsletter
// or follow prompt).
func gluedKind(frag string, k int) (open, closed bool) {
	if unicode.IsLower(firstRune(frag)) {
		return false, false
	}
	switch {
	case k <= 4 && mk.get("line").whole(frag),
		k <= 8 && allShare(frag),
		k <= 4 && statRe.MatchString(frag),
		k <= 4 && commentCounter(frag):
		return false, true
	}
	if w := widgetKind(frag, k); w == "widget" || w == "counter" {
		return false, true
	}
	return mk.get("promo").prefix(frag) > 0, false
}

// tailKind tells furniture that ends a paragraph: a copyright line, an
// author's bio, a tag list, a credit, a promo.
func tailKind(t string) string {
	w := wordCount(t)
	if w > 40 {
		return ""
	}
	low := strings.ToLower(t)
	switch {
	case strings.HasPrefix(t, "©") || strings.HasPrefix(low, "copyright"):
		return "copyright"
	case bioShape(t, w) || mk.get("bio").prefix(t) > 0:
		return "bio"
	case w <= 15 && (mk.get("list").prefix(t) > 0 || inlineList(t, w)):
		return "tags"
	case w <= 20 && mk.get("end").prefix(t) > 0:
		return "footer"
	case w <= 15 && !endsSentence(t) && mk.get("promo").prefix(t) > 0:
		return "promo"
	case w <= 15 && creditKind(t, w) == "credit":
		return "credit"
	case !endsSentence(t) && (mk.get("block").prefix(t) > 0 || mk.get("related").prefix(t) > 0):
		return "related"
	case w <= 10 && adSlot(t):
		return "ad"
	}
	return ""
}
