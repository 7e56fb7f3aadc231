package ingest

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Decode converts b to UTF-8. It honours a byte-order mark (UTF-8, UTF-16),
// then, when htmlHint is set, a charset declared by the document itself
// (<meta charset>, http-equiv Content-Type, <?xml encoding?>); otherwise
// valid UTF-8 is taken as is and other bytes are matched against the legacy
// single-byte charsets news sites still use (Windows-125x, ISO-8859-x,
// KOI8-R) by how plausible the decoded letters are. The result has CRLF and
// lone CR turned into LF and NUL and other control characters (except \n
// and \t) removed; U+FFFD stays as it is. charset names the encoding found.
// err is non-nil only when a declared decoder fails, which the x/text
// single-byte decoders never do.
func Decode(b []byte, htmlHint bool) (text string, charset string, err error) {
	return decodeWith(b, htmlHint, "")
}

// decodeWith is Decode with a charset declared outside the document (an
// HTTP Content-Type header in a WARC record); the byte-order mark still wins.
func decodeWith(b []byte, htmlHint bool, declared string) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return sanitize(string(b[3:])), "utf-8", nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeUTF16(b, xunicode.LittleEndian, "utf-16le")
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b, xunicode.BigEndian, "utf-16be")
	}
	if e := utf16NoBOM(b); e != "" {
		if e == "utf-16le" {
			return decodeUTF16(b, xunicode.LittleEndian, e)
		}
		return decodeUTF16(b, xunicode.BigEndian, e)
	}
	if declared == "" && htmlHint {
		declared = declaredCharset(b)
	}
	if declared != "" {
		if enc, name := lookupCharset(declared); enc != nil {
			// A page declaring a legacy charset but written in UTF-8 is
			// common (templates copied along); valid multi-byte UTF-8 is
			// far too unlikely by chance to be anything else.
			switch {
			case utf8.Valid(b) && hasMultiByte(b):
				return fromUTF8(b), "utf-8", nil
			case name == "utf-8":
				// A wrong UTF-8 declaration over legacy bytes falls
				// through to the guess below.
				if looksUTF8(b) {
					return fromUTF8(b), "utf-8", nil
				}
			default:
				if out, err := enc.NewDecoder().Bytes(b); err == nil {
					return sanitize(string(out)), name, nil
				}
			}
		}
	}
	if looksUTF8(b) {
		return fromUTF8(b), "utf-8", nil
	}
	name, enc := guessLegacy(b)
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", err
	}
	return sanitize(string(out)), name, nil
}

func decodeUTF16(b []byte, order xunicode.Endianness, name string) (string, string, error) {
	out, err := xunicode.UTF16(order, xunicode.ExpectBOM).NewDecoder().Bytes(b)
	if err != nil {
		// Without BOM ExpectBOM falls back to the given order.
		out, err = xunicode.UTF16(order, xunicode.IgnoreBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", "", err
		}
	}
	return sanitize(string(out)), name, nil
}

// utf16NoBOM recognizes UTF-16 text written without a byte-order mark by
// its NUL bytes alternating with ASCII; it returns "" for anything else.
func utf16NoBOM(b []byte) string {
	n := min(len(b), 1024) &^ 1
	if n < 8 {
		return ""
	}
	var evenNUL, oddNUL int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 && b[i+1] != 0 {
			evenNUL++
		}
		if b[i+1] == 0 && b[i] != 0 {
			oddNUL++
		}
	}
	pairs := n / 2
	switch {
	case oddNUL*10 >= pairs*9:
		return "utf-16le"
	case evenNUL*10 >= pairs*9:
		return "utf-16be"
	}
	return ""
}

// fromUTF8 converts UTF-8 bytes, turning each broken sequence into U+FFFD.
func fromUTF8(b []byte) string {
	s := string(b)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return sanitize(s)
}

func hasMultiByte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// looksUTF8 reports whether b is UTF-8, allowing a few broken sequences
// (truncated emoji, a stray byte) when valid multi-byte sequences dominate:
// those become U+FFFD rather than turning the whole text into mojibake.
func looksUTF8(b []byte) bool {
	if utf8.Valid(b) {
		return true
	}
	var good, bad int
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			bad++
			i++
			continue
		}
		good++
		i += size
	}
	return good >= 4*bad && good > 0
}

// lookupCharset maps a declared label to an encoding and its canonical name.
// ISO-8859-1 and US-ASCII labels map to windows-1252 as browsers do.
func lookupCharset(label string) (encoding.Encoding, string) {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	if label == "" {
		return nil, ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return nil, ""
	}
	if name == "utf-16le" || name == "utf-16be" {
		// A page read as bytes cannot be UTF-16 without NULs we already
		// checked for; the declaration is wrong, so ignore it.
		return nil, ""
	}
	return enc, name
}

// declaredCharset finds a charset declared in the first 4 KiB of an HTML or
// XML document, or "".
func declaredCharset(b []byte) string {
	head := b[:min(len(b), 4096)]
	low := bytes.ToLower(head)
	if bytes.HasPrefix(bytes.TrimLeft(low, " \t\r\n"), []byte("<?xml")) {
		if i := bytes.Index(low, []byte("?>")); i > 0 {
			if v := attrValue(low[:i], "encoding"); v != "" {
				return v
			}
		}
	}
	for off := 0; ; {
		i := bytes.Index(low[off:], []byte("<meta"))
		if i < 0 {
			return ""
		}
		start := off + i
		end := bytes.IndexByte(low[start:], '>')
		if end < 0 {
			return ""
		}
		tag := low[start : start+end]
		off = start + end
		if v := attrValue(tag, "charset"); v != "" {
			return v
		}
		if strings.Contains(attrValue(tag, "http-equiv"), "content-type") {
			if v := charsetParam(attrValue(tag, "content")); v != "" {
				return v
			}
		}
	}
}

// attrValue returns the value of attribute name in a lower-cased tag.
func attrValue(tag []byte, name string) string {
	for off := 0; off < len(tag); {
		i := bytes.Index(tag[off:], []byte(name))
		if i < 0 {
			return ""
		}
		p := off + i + len(name)
		off = p
		// Must be a whole attribute name: preceded by space, followed by '='.
		if q := off - len(name) - 1; q >= 0 && !isSpace(tag[q]) {
			continue
		}
		for p < len(tag) && isSpace(tag[p]) {
			p++
		}
		if p >= len(tag) || tag[p] != '=' {
			continue
		}
		p++
		for p < len(tag) && isSpace(tag[p]) {
			p++
		}
		if p >= len(tag) {
			return ""
		}
		if q := tag[p]; q == '"' || q == '\'' {
			end := bytes.IndexByte(tag[p+1:], q)
			if end < 0 {
				return string(tag[p+1:])
			}
			return string(tag[p+1 : p+1+end])
		}
		end := p
		for end < len(tag) && !isSpace(tag[end]) && tag[end] != '/' && tag[end] != ';' {
			end++
		}
		return string(tag[p:end])
	}
	return ""
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// charsetParam extracts charset=... from a Content-Type value.
func charsetParam(ct string) string {
	ct = strings.ToLower(ct)
	i := strings.Index(ct, "charset=")
	if i < 0 {
		return ""
	}
	v := strings.TrimLeft(ct[i+len("charset="):], " \"'")
	if j := strings.IndexAny(v, " ;\"'"); j >= 0 {
		v = v[:j]
	}
	return v
}

// legacy lists the single-byte charsets tried on undeclared non-UTF-8
// text, in order of preference on a tie.
var legacy = []struct {
	name string
	enc  encoding.Encoding
}{
	{"windows-1252", charmap.Windows1252},
	{"windows-1251", charmap.Windows1251},
	{"koi8-r", charmap.KOI8R},
	{"iso-8859-2", charmap.ISO8859_2},
	{"windows-1250", charmap.Windows1250},
	{"iso-8859-5", charmap.ISO8859_5},
}

// guessLegacy picks the legacy charset under which b reads most like text.
// Only bytes >= 0x80 differ between the candidates, so only the letters
// they decode to are scored (see plausibility). Windows-1252 text without
// any byte in 0x80..0x9F is reported as iso-8859-1, its exact subset.
func guessLegacy(b []byte) (string, encoding.Encoding) {
	// Score a bounded sample: the statistics settle long before 64 KiB,
	// and this keeps detection linear with a small constant.
	sample := b[:min(len(b), 64<<10)]
	best, bestScore := 0, 0.0
	for i, c := range legacy {
		s := plausibility(sample, c.enc.(*charmap.Charmap))
		if i == 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	name, enc := legacy[best].name, legacy[best].enc
	if name == "windows-1252" && !hasC1Byte(b) {
		name = "iso-8859-1"
	}
	return name, enc
}

// plausibility scores how natural the non-ASCII characters of b look when
// decoded with cm. Cyrillic letters score by their frequency in Russian
// (so windows-1251, KOI8-R and ISO-8859-5 readings of the same bytes
// differ: a wrong one turns common lowercase letters into rare or capital
// ones); Latin accented letters score well alone inside an ASCII word but
// badly in long runs (Cyrillic bytes read as Latin-1 give runs of them);
// letters of one script glued to ASCII letters, symbols, and C1 controls
// score negative.
func plausibility(b []byte, cm *charmap.Charmap) float64 {
	tab := highTable(cm)
	var score float64
	runOfNonASCII := 0
	prevASCIILetter := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			runOfNonASCII = 0
			prevASCIILetter = isASCIILetter(c)
			continue
		}
		runOfNonASCII++
		e := tab[c-0x80]
		w := e.weight
		switch e.class {
		case classCyrillic:
			if prevASCIILetter || (i+1 < len(b) && isASCIILetter(b[i+1])) {
				w = -0.5
			}
		case classLatin:
			if runOfNonASCII >= 3 {
				w = -0.3
			}
		}
		score += w
		prevASCIILetter = false
	}
	return score
}

// Classes of the characters high bytes decode to.
const (
	classOther = iota
	classCyrillic
	classLatin
)

type highEntry struct {
	class  uint8
	weight float64
}

// highTables caches, per charmap, the class and weight of what each byte
// 0x80..0xFF decodes to; built once, read-only afterwards.
var highTables = func() map[*charmap.Charmap]*[128]highEntry {
	m := make(map[*charmap.Charmap]*[128]highEntry, len(legacy))
	for _, c := range legacy {
		cm := c.enc.(*charmap.Charmap)
		var tab [128]highEntry
		for i := range tab {
			r := cm.DecodeByte(byte(i + 0x80))
			switch {
			case r == utf8.RuneError || (r >= 0x80 && r <= 0x9F):
				tab[i] = highEntry{classOther, -3}
			case unicode.Is(unicode.Cyrillic, r):
				tab[i] = highEntry{classCyrillic, cyrillicWeight(r)}
			case unicode.IsLetter(r):
				tab[i] = highEntry{classLatin, latinWeight(r)}
			case strings.ContainsRune("«»“”„‘’‚–—…•·°€£§№¿¡\u00a0", r):
				// Punctuation used in every language.
				tab[i] = highEntry{classOther, 0.5}
			default:
				tab[i] = highEntry{classOther, -1}
			}
		}
		m[cm] = &tab
	}
	return m
}()

func highTable(cm *charmap.Charmap) *[128]highEntry { return highTables[cm] }

func hasC1Byte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 && c <= 0x9F {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// ruLetterFreq is the frequency of lowercase letters in Russian text.
var ruLetterFreq = map[rune]float64{
	'о': .110, 'е': .085, 'а': .080, 'и': .074, 'н': .067, 'т': .063, 'с': .055,
	'р': .047, 'в': .045, 'л': .044, 'к': .035, 'м': .032, 'д': .030, 'п': .028,
	'у': .026, 'я': .020, 'ы': .019, 'ь': .017, 'г': .017, 'з': .016, 'б': .016,
	'ч': .014, 'й': .012, 'х': .010, 'ж': .009, 'ш': .007, 'ю': .006, 'ц': .005,
	'щ': .004, 'э': .003, 'ф': .003, 'ё': .002, 'ъ': .001,
}

func cyrillicWeight(r rune) float64 {
	if f, ok := ruLetterFreq[r]; ok {
		return 0.3 + 12*f
	}
	if lr := unicode.ToLower(r); lr != r {
		if _, ok := ruLetterFreq[lr]; ok {
			// Capitals start sentences and names: plausible, but rare.
			return 0.3
		}
	}
	// Ukrainian, Belarusian, Serbian, Macedonian letters.
	if strings.ContainsRune("іїєґўђјљњћџѓќѕ", unicode.ToLower(r)) {
		return 0.4
	}
	return 0.05
}

// latinWeights are how expected each accented lowercase letter is in
// European text written in the candidate charsets (capitals count a bit
// less); letters not listed are rare and count against a reading.
var latinWeights = map[rune]float64{
	// Western (windows-1252 / ISO-8859-1).
	'é': 1, 'è': 1, 'à': 1, 'ç': 1, 'ü': 1, 'ö': 1, 'ä': 1, 'ß': 1, 'ñ': 1, 'á': 1, 'í': 1,
	'ó': 1, 'ú': 1, 'ù': .8, 'â': .8, 'ê': .8, 'î': .8, 'ô': .8, 'û': .8, 'ã': .9, 'õ': .8,
	'ë': .7, 'ï': .7, 'œ': .7, 'æ': .6, 'ø': .7, 'å': .7, 'ý': .6, 'ì': .5, 'ò': .5,
	// Central European (windows-1250 / ISO-8859-2).
	'č': 1, 'ř': 1, 'š': 1, 'ž': 1, 'ě': 1, 'ł': 1, 'ą': 1, 'ę': 1, 'ż': .9, 'ś': .9, 'ć': .9,
	'ů': .8, 'ő': .8, 'ű': .8, 'ă': .8, 'ń': .7, 'ź': .7, 'ş': .7, 'ţ': .5, 'ğ': .5,
	'ť': .4, 'ď': .4, 'ň': .4, 'ľ': .4,
}

func latinWeight(r rune) float64 {
	if w, ok := latinWeights[r]; ok {
		return w
	}
	if w, ok := latinWeights[unicode.ToLower(r)]; ok {
		return w / 2
	}
	return -0.5
}

// sanitize normalizes line ends to LF and removes NUL and other control
// characters (C0 except \n and \t, DEL, C1) and a leading BOM.
func sanitize(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c == 0xC2 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\r':
				if i < len(s) && s[i] == '\n' {
					continue // CRLF: the LF follows
				}
				sb.WriteByte('\n')
			case c == '\n' || c == '\t':
				sb.WriteByte(c)
			case c < 0x20 || c == 0x7F:
				// dropped
			default:
				sb.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x80 && r <= 0x9F {
			i += size
			continue
		}
		sb.WriteString(s[i : i+size])
		i += size
	}
	return sb.String()
}
