package lexicon

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// Kinds of actor lexicon entries. The first group names actors; the second
// is the context the actor finder reads around names.
const (
	KindState    = "state"    // "Russia", "Russland", "Россия"
	KindDemonym  = "demonym"  // "Russian", "russischen", "российский"
	KindCapital  = "capital"  // "Moscow", "Moskau"
	KindPlace    = "place"    // "Geneva", "Davos": cities that host diplomacy
	KindOrg      = "org"      // "United Nations", "NATO"
	KindBloc     = "bloc"     // "the West"
	KindBody     = "body"     // a state institution of a fixed state: "the Kremlin"
	KindMinistry = "ministry" // a state institution whose state comes from context: "Foreign Ministry"

	KindRole        = "role"        // "Foreign Minister", "Außenminister", "canciller"
	KindTitle       = "title"       // "Mr.", "Herr", "señor"
	KindCounterpart = "counterpart" // "counterpart", "Amtskollege", "homólogo"
	KindSpeech      = "speech"      // "said", "erklärte", "dijo"
	KindOf          = "of"          // "of the", "de la", "des": links a role to its state
	KindDet         = "det"         // "the", "his", "seinem": may stand before a role
	KindStop        = "stop"        // capitalized words that never start a name: "The", "Monday"
	KindParticle    = "particle"    // lower-case words inside names: "de", "von", "bin"
	KindNonName     = "nonname"     // words that make a capitalized run a thing, not a person: "Agency", "University"
	KindMinor       = "minor"       // short function words a title-case headline leaves lower-case: "of", "and", "in"
	KindGiven       = "given"       // state or place names that are also common given names ("Mauricio", "Jordan"): before a surname they are a person's name
	// KindRepublic is a word that, next to a state's name or adjective,
	// forms its formal name: "Republic" of Korea, "Республика" Таджикистан,
	// Кыргызская "Республика", "Royaume" du Maroc.
	KindRepublic = "republic"
	// KindSettlement is a word for a town ("the Tajik town of", "в городе",
	// "la ciudad de"): the capitalized name after it is a place, known or
	// not.
	KindSettlement = "settlement"
)

// Entry is what a phrase of the actor lexicon stands for.
type Entry struct {
	Kind string
	// Code is an alpha-3 state code for states, demonyms, capitals, places
	// and state bodies, an organization code ("UN"), or "WEST"; "" for a
	// ministry (its state comes from context) and for context words. A
	// role may carry the state its wording belongs to ("Foreign Secretary"
	// is British, "Bundeskanzler" German): a guess, used when the text
	// names no state for the person.
	Code string
	// Name is the English canonical form: the country's name, the place's
	// exonym, the organization's name, or the normalized role ("foreign
	// minister").
	Name string
	// Lang is the language the phrase belongs to; "" for names usable in any
	// language. Lower-case phrases of a language only match in articles of
	// that language (or of unknown language).
	Lang string
	// Case holds one case rule per token of the phrase (CaseAny, CaseTitle,
	// CaseUpper), from how the phrase is written in the data.
	Case []uint8
	// Base is the phrase's dictionary form: the data form with the first
	// alternative of every brace group ("министр{,а,у}" → "министр"), so
	// that the finder can tell the case a role word stands in.
	Base string
}

// Case rules and word cases.
const (
	CaseAny   uint8 = iota // lower-case in the data: any case in text
	CaseTitle              // capitalized: capitalized or all upper in text
	CaseUpper              // an acronym: all upper in text
	CaseNone               // digits and punctuation
)

// Word is one token of a text: a run of letters and digits, or one
// punctuation character. Spans are byte offsets.
type Word struct {
	Start, End int
	Text       string
	Key        string // Fold(Text); "'" for every apostrophe, "-" for dashes inside words
	Case       uint8  // CaseAny (lower), CaseTitle, CaseUpper, CaseNone
	Punct      bool
	Glued      bool // no space between this word and the previous one
}

// Words splits s into words; offsets are shifted by offset so that a
// sentence's words carry body offsets. Data phrases are split the same way,
// which is what makes "U.S.", "Venezuela's" and "Quai d'Orsay" match.
func Words(s string, offset int) []Word {
	out := make([]Word, 0, len(s)/5+1)
	i := 0
	prevEnd := -1
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u00ad' || r == '\u200b' || r == '\ufeff' {
			i += n
			continue
		}
		start := i
		if isWordRune(r) {
			for i < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[i:])
				if !isWordRune(r2) {
					break
				}
				i += n2
			}
		} else {
			i += n
		}
		w := Word{Start: start + offset, End: i + offset, Text: s[start:i], Glued: prevEnd == start}
		if isWordRune(r) {
			w.Key = Fold(w.Text)
			w.Case = wordCase(w.Text)
		} else {
			w.Punct = true
			w.Case = CaseNone
			switch r {
			case '\'', '’', '‘', 'ʼ', '`', '´':
				w.Key = "'"
			case '-', '‐', '‑':
				w.Key = "-"
			default:
				w.Key = w.Text
			}
		}
		out = append(out, w)
		prevEnd = i
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func wordCase(s string) uint8 {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return CaseNone
	}
	if !unicode.IsUpper(r) && !unicode.IsTitle(r) {
		return CaseAny
	}
	letters, upper := 0, 0
	for _, c := range s {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				upper++
			}
		}
	}
	if letters > 1 && upper == letters {
		return CaseUpper
	}
	if letters == 1 {
		return CaseUpper // "U" in "U.S."
	}
	return CaseTitle
}

// Fold lower-cases s and removes accents ("Díaz" → "diaz", "Ёлка" → "елка",
// "Straße" → "strasse", Ukrainian "ґ" → "г"), so that spellings with and
// without accents meet.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ı':
			b.WriteRune('i')
		case r == 'ґ' || r == 'Ґ':
			// Ukrainian writes ґ and г for one sound in borrowed words
			// ("нон ґрата", "нон грата").
			b.WriteRune('г')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Accepts reports whether a text word satisfies a data case rule.
func Accepts(rule uint8, w Word) bool {
	switch rule {
	case CaseTitle:
		return w.Case == CaseTitle || w.Case == CaseUpper
	case CaseUpper:
		// Long acronyms are often written "Nato", "Opec"; short ones must
		// stay upper-case so that "us", "Who" and French "un" do not match.
		if utf8.RuneCountInString(w.Text) >= 4 {
			return w.Case == CaseUpper || w.Case == CaseTitle
		}
		return w.Case == CaseUpper
	}
	return true
}

// Node is a node of the actor trie: folded words lead to children; the
// phrase ending here stands for Entries.
type Node struct {
	next    map[string]*Node
	Entries []Entry
}

// Next returns the child reached by a folded word, or nil.
func (n *Node) Next(key string) *Node {
	if n == nil || n.next == nil {
		return nil
	}
	return n.next[key]
}

// Actors is the actor lexicon: every state, organization, place and role
// phrase of every language in one trie of folded words.
type Actors struct {
	Root      *Node
	countries map[string]string // alpha-3 → English name
	iso2      map[string]string // alpha-2 → alpha-3
	particles map[string]bool
	// particleLangs holds each language's particles.
	particleLangs map[string]map[string]bool
	minorLangs    map[string]map[string]bool
	home          map[string][]string   // language → home states
	roleHeads     map[string][]roleHead // language → one-word role forms, for compounds
	nonNames      map[string]bool
	// nonNameEnds are the endings of compound words that name things
	// ("Wahlkommission", "Außenministerium"), written "*kommission".
	nonNameEnds []string
	minor       map[string]bool
	given       map[string][]string // folded given name → its written forms, lower-case
	capitals    map[string]string   // alpha-3 → English name of the capital
	orgs        map[string]bool     // codes of international organizations
	// orgRoles lists, by code, the roles written "role@CODE" whose code
	// is no state's: they must be an organization's.
	orgRoles map[string][]string
}

var (
	actorsOnce sync.Once
	actorsLex  *Actors
	actorsErr  error
)

// ActorLexicon returns the actor lexicon, built once from the embedded data.
func ActorLexicon() (*Actors, error) {
	actorsOnce.Do(func() { actorsLex, actorsErr = loadActors() })
	return actorsLex, actorsErr
}

// Country returns the English name of a state by alpha-3 code.
func (a *Actors) Country(code string) (string, bool) {
	n, ok := a.countries[code]
	return n, ok
}

// Capital returns the English name of a state's capital, "" when unknown.
func (a *Actors) Capital(code string) string { return a.capitals[code] }

// Codes returns every state's alpha-3 code, sorted.
func (a *Actors) Codes() []string {
	out := make([]string, 0, len(a.countries))
	for c := range a.countries {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// Lookup returns the entries a whole phrase stands for, ignoring case rules
// ("moskau" finds Moscow).
func (a *Actors) Lookup(phrase string) []Entry {
	n := a.Root
	for _, w := range Words(phrase, 0) {
		n = n.Next(w.Key)
		if n == nil {
			return nil
		}
	}
	if n == a.Root {
		return nil
	}
	return n.Entries
}

// Place normalizes a place name in any language to its English exonym and
// the alpha-3 code of its country: "Moskau", "Moscú", "Москве" → "Moscow",
// "RUS"; "La Habana" → "Havana", "CUB". A state name gives the state's
// English name ("Rusia" → "Russia", "RUS").
func (a *Actors) Place(name string) (exonym, code string, ok bool) {
	var state *Entry
	for _, e := range a.Lookup(strings.TrimSpace(name)) {
		switch e.Kind {
		case KindCapital, KindPlace:
			return e.Name, e.Code, true
		case KindState:
			e := e
			state = &e
		}
	}
	if state != nil {
		return state.Name, state.Code, true
	}
	return "", "", false
}

// State returns the alpha-3 code of a state named in any language
// ("Venezuela's" is not a name; "Venezuela", "Венесуэлы" are).
func (a *Actors) State(name string) (string, bool) {
	for _, e := range a.Lookup(strings.TrimSpace(name)) {
		if e.Kind == KindState || e.Kind == KindDemonym {
			return e.Code, true
		}
	}
	return "", false
}

// Particle reports whether a folded word may stand inside a person's name
// ("de", "von", "bin").
func (a *Actors) Particle(key string) bool { return a.particles[key] }

// ParticleIn reports whether a folded word may stand inside a person's
// name in a text of language lang: German "des" is an article ("der Bau
// des Hafens Rostock"), French "des" a particle. A language
// without a particle list accepts every language's.
func (a *Actors) ParticleIn(key, lang string) bool {
	if a.particleLangs[lang][key] {
		return true
	}
	// Another language's particle ("van", "bin", "al" in a French text)
	// unless it is one of this language's function words.
	return a.particles[key] && !a.minorLangs[lang][key]
}

// HomeStates returns the states where lang is a main language of the
// press (home_states.tsv): an article in that language that names no
// state for a minister most likely speaks of one of them.
func (a *Actors) HomeStates(lang string) []string { return a.home[lang] }

// Alpha2 returns the alpha-3 code of the state with ISO 3166-1 alpha-2
// code two ("KE" → "KEN").
func (a *Actors) Alpha2(two string) (string, bool) {
	c, ok := a.iso2[two]
	return c, ok
}

// NonName reports whether a folded word marks a capitalized run as the name
// of a thing rather than a person ("agency", "university", "times").
func (a *Actors) NonName(key string) bool {
	if a.nonNames[key] {
		return true
	}
	for _, e := range a.nonNameEnds {
		if len(key) > len(e) && strings.HasSuffix(key, e) {
			return true
		}
	}
	return false
}

// Minor reports whether a folded word is a function word that title-case
// headlines leave lower-case ("of", "and", "in"); any other lower-case
// word shows that a sentence is prose.
func (a *Actors) Minor(key string) bool { return a.minor[key] }

// MinorIn is Minor for a text of language lang: that language's function
// words only ("met" is Dutch for "with", an English verb), or every
// language's when lang has no list.
func (a *Actors) MinorIn(key, lang string) bool {
	if m, ok := a.minorLangs[lang]; ok {
		return m[key]
	}
	return a.minor[key]
}

// Given reports whether a word as written is a place or demonym that is
// also a common given name (KindGiven).
func (a *Actors) Given(word string) bool {
	forms, ok := a.given[Fold(word)]
	if !ok {
		return false
	}
	// A written accent must be the given name's: "Germán" is a first
	// name, "German" a demonym.
	w := strings.ToLower(word)
	for _, f := range forms {
		if f == w || Fold(w) == w && Fold(f) == f {
			return true
		}
	}
	return false
}

func (a *Actors) add(form string, e Entry) {
	ws := Words(form, 0)
	if len(ws) == 0 {
		return
	}
	n := a.Root
	e.Case = make([]uint8, len(ws))
	for i, w := range ws {
		e.Case[i] = w.Case
		if w.Case == CaseNone {
			e.Case[i] = CaseAny
		}
		c := n.next[w.Key]
		if c == nil {
			if n.next == nil {
				n.next = make(map[string]*Node, 1)
			}
			c = &Node{}
			n.next[w.Key] = c
		}
		n = c
	}
	for _, old := range n.Entries {
		if old.Kind == e.Kind && old.Code == e.Code && old.Name == e.Name && old.Lang == e.Lang && sameCase(old.Case, e.Case) {
			return
		}
	}
	n.Entries = append(n.Entries, e)
}

func sameCase(a, b []uint8) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Expand turns a data form with brace groups into its forms:
// "russisch{e,en,er}" → russische, russischen, russischer; "Russian{,s}" →
// Russian, Russians; "{@adj}" uses a macro defined by a line "@adj = a,b".
func Expand(form string, macros map[string][]string) []string {
	i := strings.IndexByte(form, '{')
	if i < 0 {
		return []string{form}
	}
	j := strings.IndexByte(form[i:], '}')
	if j < 0 {
		return []string{form}
	}
	j += i
	var alts []string
	for _, p := range strings.Split(form[i+1:j], ",") {
		p = strings.TrimSpace(p)
		if strings.HasPrefix(p, "@") {
			alts = append(alts, macros[p[1:]]...)
			continue
		}
		alts = append(alts, p)
	}
	var out []string
	for _, rest := range Expand(form[j+1:], macros) {
		for _, a := range alts {
			out = append(out, form[:i]+a+rest)
		}
	}
	return out
}

// fields splits a data line at tabs (or runs of two or more spaces, for
// hand-edited files) and trims each field.
func fields(line string) []string {
	var out []string
	for _, f := range strings.Split(line, "\t") {
		f = strings.TrimSpace(f)
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// forms splits a "|"-separated list of forms and expands brace groups.
func forms(s string, macros map[string][]string) []string {
	var out []string
	for _, f := range strings.Split(s, "|") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		out = append(out, Expand(f, macros)...)
	}
	return out
}

// macroLine reads "@name = a,b,c" lines into macros; it reports whether the
// line was one.
func macroLine(line string, macros map[string][]string) bool {
	if !strings.HasPrefix(line, "@") {
		return false
	}
	name, vals, ok := strings.Cut(line[1:], "=")
	if !ok {
		return true
	}
	var vs []string
	for _, v := range strings.Split(vals, ",") {
		vs = append(vs, strings.TrimSpace(v))
	}
	macros[strings.TrimSpace(name)] = vs
	return true
}

// ActorLanguages are the languages whose CLDR country names are added to
// the lexicon, beside the hand-written tables.
var ActorLanguages = []string{"en", "de", "es", "fr", "ru", "it", "pt", "nl", "pl", "uk", "tr", "hu"}

func loadActors() (*Actors, error) {
	a := &Actors{Root: &Node{}, countries: map[string]string{}, iso2: map[string]string{}, particles: map[string]bool{}, particleLangs: map[string]map[string]bool{}, minorLangs: map[string]map[string]bool{}, home: map[string][]string{}, roleHeads: map[string][]roleHead{}, nonNames: map[string]bool{}, minor: map[string]bool{}, given: map[string][]string{}, orgs: map[string]bool{}, orgRoles: map[string][]string{}}

	// countries.tsv: alpha-3, alpha-2, English name.
	lines, err := Lines("countries.tsv")
	if err != nil {
		return nil, err
	}
	for _, l := range lines {
		f := fields(l)
		if len(f) < 3 {
			return nil, fmt.Errorf("countries.tsv: bad line %q", l)
		}
		a.countries[f[0]] = f[2]
		a.iso2[f[1]] = f[0]
		a.add(f[2], Entry{Kind: KindState, Code: f[0], Name: f[2]})
	}

	// CLDR names cover every state in many languages, in the nominative.
	for _, lang := range ActorLanguages {
		names := display.Regions(language.MustParse(lang))
		for two, three := range a.iso2 {
			r, err := language.ParseRegion(two)
			if err != nil {
				continue
			}
			n := names.Name(r)
			if n == "" || strings.ContainsAny(n, "()&-–,") {
				continue
			}
			a.add(n, Entry{Kind: KindState, Code: three, Name: a.countries[three]})
		}
	}

	for _, lang := range Languages() {
		if err := a.loadStates(lang); err != nil {
			return nil, err
		}
		if err := a.loadRoles(lang); err != nil {
			return nil, err
		}
	}
	if err := a.loadPlaces(); err != nil {
		return nil, err
	}
	if err := a.loadOrganizations(); err != nil {
		return nil, err
	}
	for c, roles := range a.orgRoles {
		if !a.orgs[c] {
			return nil, fmt.Errorf("roles.txt: role %q of unknown state or organization %q", roles[0], c)
		}
	}
	if err := a.loadHomes(); err != nil {
		return nil, err
	}
	return a, nil
}

// records reads a data file of tab-separated lines with macro
// definitions (see macroLine) and calls fn with the fields of every other
// line, after checking it has at least min of them; errors name the file.
func records(name string, min int, fn func(f []string, macros map[string][]string) error) error {
	lines, err := Lines(name)
	if err != nil {
		return err
	}
	macros := map[string][]string{}
	for _, l := range lines {
		if macroLine(l, macros) {
			continue
		}
		f := fields(l)
		if len(f) < min {
			return fmt.Errorf("%s: bad line %q", name, l)
		}
		if err := fn(f, macros); err != nil {
			return fmt.Errorf("%s: %w in %q", name, err, l)
		}
	}
	return nil
}

// loadStates reads <lang>/states.txt: alpha-3, names, demonyms.
func (a *Actors) loadStates(lang string) error {
	return records(lang+"/states.txt", 2, func(f []string, macros map[string][]string) error {
		en, ok := a.countries[f[0]]
		if !ok {
			return fmt.Errorf("unknown state %q", f[0])
		}
		for _, s := range forms(f[1], macros) {
			if s != "-" {
				a.add(s, Entry{Kind: KindState, Code: f[0], Name: en, Lang: lang})
			}
		}
		if len(f) > 2 {
			for _, s := range forms(f[2], macros) {
				if s == "-" {
					continue
				}
				a.add(s, Entry{Kind: KindDemonym, Code: f[0], Name: en, Lang: lang})
			}
		}
		return nil
	})
}

// loadRoles reads <lang>/roles.txt: kind, value, forms.
func (a *Actors) loadRoles(lang string) error {
	return records(lang+"/roles.txt", 3, func(f []string, macros map[string][]string) error {
		switch f[0] {
		case KindRole, KindTitle, KindCounterpart, KindSpeech, KindOf, KindDet, KindStop, KindParticle, KindNonName, KindMinor, KindGiven, KindRepublic, KindSettlement:
		default:
			return fmt.Errorf("unknown kind %q", f[0])
		}
		val := f[1]
		if val == "-" {
			val = ""
		}
		// "foreign secretary@GBR": a role whose wording belongs to one
		// state; the finder uses the code when the text names no state.
		code := ""
		// "High Representative@EU": an office of one organization,
		// checked once the organizations are read.
		if v, c, ok := strings.Cut(val, "@"); ok && f[0] == KindRole {
			if _, known := a.countries[c]; !known {
				a.orgRoles[c] = append(a.orgRoles[c], lang+": "+v)
			}
			val, code = v, c
		}
		for _, s := range baseForms(f[2], macros) {
			if f[0] == KindParticle {
				a.particles[Fold(s.form)] = true
				if a.particleLangs[lang] == nil {
					a.particleLangs[lang] = map[string]bool{}
				}
				a.particleLangs[lang][Fold(s.form)] = true
				continue
			}
			if f[0] == KindMinor {
				a.minor[Fold(s.form)] = true
				if a.minorLangs[lang] == nil {
					a.minorLangs[lang] = map[string]bool{}
				}
				a.minorLangs[lang][Fold(s.form)] = true
				continue
			}
			if f[0] == KindGiven {
				a.given[Fold(s.form)] = append(a.given[Fold(s.form)], strings.ToLower(s.form))
				continue
			}
			if f[0] == KindNonName {
				if k := Fold(strings.TrimPrefix(s.form, "*")); strings.HasPrefix(s.form, "*") && len(k) >= 4 {
					a.nonNameEnds = append(a.nonNameEnds, k) // "*kommission": any compound ending so
				} else {
					a.nonNames[k] = true
				}
				continue
			}
			e := Entry{Kind: f[0], Code: code, Name: val, Lang: lang, Base: s.base}
			a.add(s.form, e)
			if f[0] == KindRole && compounding[lang] && !strings.ContainsAny(s.form, " -'") && utf8.RuneCountInString(s.form) >= 6 {
				a.roleHeads[lang] = append(a.roleHeads[lang], roleHead{Fold(s.form), e})
			}
		}
		return nil
	})
}

// compounding lists the languages that write a role as the head of a
// compound ("Regierungssprecher", "regeringswoordvoerder").
var compounding = map[string]bool{"de": true, "nl": true}

// roleHead is a one-word role form a compound may end with.
type roleHead struct {
	key string
	e   Entry
}

// CompoundRole returns the role a compound word of lang ends with, when
// the lexicon lists the word's head but not the word: "Regierungssprecher"
// is a spokesperson, "noodhulpcoördinator" a coordinator. The longest head
// wins; the compound must add three letters or more.
func (a *Actors) CompoundRole(lang, key string) (Entry, bool) {
	best := -1
	for i, h := range a.roleHeads[lang] {
		if len(key) >= len(h.key)+3 && strings.HasSuffix(key, h.key) && (best < 0 || len(h.key) > len(a.roleHeads[lang][best].key)) {
			best = i
		}
	}
	if best < 0 {
		return Entry{}, false
	}
	return a.roleHeads[lang][best].e, true
}

type baseForm struct{ form, base string }

// baseForms is forms with, for each form, the dictionary form of its
// "|"-alternative.
func baseForms(s string, macros map[string][]string) []baseForm {
	var out []baseForm
	for _, f := range strings.Split(s, "|") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		base := firstAlternative(f, macros)
		for _, x := range Expand(f, macros) {
			out = append(out, baseForm{x, base})
		}
	}
	return out
}

// firstAlternative keeps the first alternative of every brace group.
func firstAlternative(form string, macros map[string][]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(form, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(form[i:], '}')
		if j < 0 {
			break
		}
		b.WriteString(form[:i])
		alt, _, _ := strings.Cut(form[i+1:i+j], ",")
		alt = strings.TrimSpace(alt)
		if strings.HasPrefix(alt, "@") {
			if vs := macros[alt[1:]]; len(vs) > 0 {
				alt = vs[0]
			} else {
				alt = ""
			}
		}
		b.WriteString(alt)
		form = form[i+j+1:]
	}
	b.WriteString(form)
	return b.String()
}

// loadPlaces reads places.tsv: exonym, alpha-3, capital or city, forms;
// then each language's <lang>/places.txt in the same format, whose forms
// belong to that language (Hungarian "Moszkvában", "Budapesten").
func (a *Actors) loadPlaces() error {
	if err := a.loadPlaceFile("places.tsv", ""); err != nil {
		return err
	}
	for _, lang := range Languages() {
		if err := a.loadPlaceFile(lang+"/places.txt", lang); err != nil {
			return err
		}
	}
	return nil
}

// loadPlaceFile reads one table of places; lang is the language of forms
// that name none.
func (a *Actors) loadPlaceFile(name, lang string) error {
	return records(name, 3, func(f []string, macros map[string][]string) error {
		if _, ok := a.countries[f[1]]; !ok {
			return fmt.Errorf("unknown state %q", f[1])
		}
		kind := KindPlace
		switch f[2] {
		case "capital":
			kind = KindCapital
		case "city":
		default:
			return fmt.Errorf("kind %q is neither capital nor city", f[2])
		}
		if kind == KindCapital && a.capitals[f[1]] == "" {
			if a.capitals == nil {
				a.capitals = map[string]string{}
			}
			a.capitals[f[1]] = f[0]
		}
		all := []string{f[0]}
		if len(f) > 3 {
			all = append(all, forms(f[3], macros)...)
		}
		for _, s := range all {
			// "Seul/pt": a form of one language only (French "seul" is
			// "alone").
			lg := lang
			if i := strings.LastIndexByte(s, '/'); i > 0 && len(s)-i == 3 {
				s, lg = s[:i], s[i+1:]
			}
			a.add(s, Entry{Kind: kind, Code: f[1], Name: f[0], Lang: lg})
		}
		return nil
	})
}

// loadOrganizations reads organizations.tsv: code, kind, English name, forms.
func (a *Actors) loadOrganizations() error {
	return records("organizations.tsv", 3, func(f []string, macros map[string][]string) error {
		code, kind, lang := f[0], f[1], ""
		if k, lg, ok := strings.Cut(kind, "/"); ok {
			kind, lang = k, lg
		}
		switch kind {
		case KindOrg, KindBloc, KindBody, KindMinistry:
		default:
			return fmt.Errorf("unknown kind %q", kind)
		}
		if kind == KindBody {
			if _, ok := a.countries[code]; !ok {
				return fmt.Errorf("body of unknown state %q", code)
			}
		}
		if code == "-" {
			code = ""
		}
		all := []string{f[2]}
		if len(f) > 3 {
			all = append(all, forms(f[3], macros)...)
		}
		for _, s := range all {
			// "westlichen/de": a form of one language only.
			lg := lang
			if i := strings.LastIndexByte(s, '/'); i > 0 && len(s)-i == 3 {
				s, lg = s[:i], s[i+1:]
			}
			a.add(s, Entry{Kind: kind, Code: code, Name: f[2], Lang: lg})
		}
		if kind == KindOrg {
			a.orgs[code] = true
		}
		return nil
	})
}

// IsOrg reports whether code is an international organization's.
func (a *Actors) IsOrg(code string) bool { return a.orgs[code] }

// loadHomes reads home_states.tsv: language, alpha-3 codes.
func (a *Actors) loadHomes() error {
	lines, err := Lines("home_states.tsv")
	if err != nil {
		return err
	}
	for _, l := range lines {
		f := fields(l)
		if len(f) < 2 {
			return fmt.Errorf("home_states.tsv: bad line %q", l)
		}
		for _, c := range strings.Split(f[1], "|") {
			c = strings.TrimSpace(c)
			if _, ok := a.countries[c]; !ok {
				return fmt.Errorf("home_states.tsv: unknown state %q", c)
			}
			a.home[f[0]] = append(a.home[f[0]], c)
		}
	}
	return nil
}
