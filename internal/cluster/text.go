// Package cluster finds articles that carry the same text (syndicated wire
// copy, reposts, partial rewrites) and decides when event mentions from
// different articles report one real-world event.
//
// Shared text is found by winnowing (Schleimer, Wilkerson, Aiken 2003):
// the body is folded into words, every run of Shingle words is hashed, and
// in every window of Window consecutive shingle hashes the smallest is
// kept. Two bodies that share any passage of at least Shingle+Window-1
// words are then guaranteed to keep a common fingerprint, whatever
// surrounds the passage, which is what partial reuse (three paragraphs of
// a wire story inside a longer article) needs and what a whole-document
// MinHash cannot promise. The kept hashes serve both as index keys (probed
// one by one, so the cost per article does not grow with the corpus) and,
// truncated to 32 bits and sorted, as the signature compared by Shared.
package cluster

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

const (
	// Shingle is the number of words hashed together. Five words rarely
	// repeat between independently written reports of one event except in
	// names and set phrases, which Shared's thresholds absorb.
	Shingle = 5
	// Window is the winnowing window in shingles: a shared run of
	// Shingle+Window-1 = 10 words always yields a common fingerprint, and
	// about 2/(Window+1) of the shingles are kept.
	Window = 6
	// MaxKeys bounds the fingerprints of one article so that a very long
	// input does not make one article cost like a hundred.
	MaxKeys = 2048
)

// Thresholds of Shared, measured on fixtures (see text_test.go): the
// independent reports of one meeting written for the tests share 0–3
// fingerprints (a title and a quoted sentence), an article that reuses
// three paragraphs (~120 words) of another shares 30 or more.
const (
	// MinShared is the number of common fingerprints (about 2.5 words
	// each) from which two articles carry the same passage: ~40 words, more
	// than a quoted sentence repeated by two independent reporters.
	MinShared = 16
	// MinSharedShort lets two short articles (a brief and its repost) count
	// as shared with fewer fingerprints when they cover half of the shorter.
	MinSharedShort = 8
	// DupRatio is the resemblance (common / union) from which two articles
	// are the same article: a repost with a changed headline, byline or a
	// corrected word.
	DupRatio = 0.8
)

// Words returns the folded words of body: lower case, without accents,
// letters and digits only. Cyrillic and other scripts are kept as they are
// (lower-cased): syndication is found within one language.
func Words(body string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range norm.NFD.String(strings.ToValidUTF8(body, " ")) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// "don't" and "l'article" stay one word in every copy.
		default:
			flush()
		}
	}
	flush()
	return words
}

// hashWord is FNV-1a over the word's bytes.
func hashWord(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// mix is the splitmix64 finalizer: shingle hashes must look random for
// winnowing's minimum to be a fair sample.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Fingerprint returns the winnowed fingerprints of body: keys are the
// 64-bit hashes to index and probe (in text order, without repeats); sig
// is the sorted set of their upper 32 bits, for Shared. A body shorter
// than one shingle gives one key for its whole text, so that two identical
// briefs still meet; an empty body gives nothing.
func Fingerprint(body string) (keys []uint64, sig []uint32) {
	words := Words(body)
	if len(words) == 0 {
		return nil, nil
	}
	wh := make([]uint64, len(words))
	for i, w := range words {
		wh[i] = hashWord(w)
	}
	if len(words) < Shingle {
		var h uint64
		for _, x := range wh {
			h = mix(h*31 + x)
		}
		return []uint64{h}, []uint32{uint32(h >> 32)}
	}
	n := len(words) - Shingle + 1
	sh := make([]uint64, n)
	for i := range n {
		var h uint64
		for _, x := range wh[i : i+Shingle] {
			h = mix(h ^ x + 0x9e3779b97f4a7c15)
		}
		sh[i] = h
	}
	seen := make(map[uint64]bool)
	last := -1
	w := min(Window, n)
	for start := 0; start+w <= n; start++ {
		// Rightmost minimum of the window (robust winnowing).
		m := start
		for i := start + 1; i < start+w; i++ {
			if sh[i] <= sh[m] {
				m = i
			}
		}
		if m == last {
			continue
		}
		last = m
		if !seen[sh[m]] {
			seen[sh[m]] = true
			keys = append(keys, sh[m])
			if len(keys) == MaxKeys {
				break
			}
		}
	}
	sig = make([]uint32, 0, len(keys))
	for _, k := range keys {
		sig = append(sig, uint32(k>>32))
	}
	slices.Sort(sig)
	sig = slices.Compact(sig)
	return keys, sig
}

// Common counts the values two sorted signatures share.
func Common(a, b []uint32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// Shared reports whether two articles carry the same passages, and whether
// they are (nearly) the same article. See MinShared and DupRatio.
func Shared(sigA, sigB []uint32) (shared bool, duplicate bool) {
	if len(sigA) == 0 || len(sigB) == 0 {
		return false, false
	}
	c := Common(sigA, sigB)
	small := min(len(sigA), len(sigB))
	union := len(sigA) + len(sigB) - c
	duplicate = float64(c) >= DupRatio*float64(union)
	shared = duplicate || c >= MinShared || (c >= MinSharedShort && 2*c >= small)
	return shared, duplicate
}
