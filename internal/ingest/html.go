package ingest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"chancery/internal/news"
)

// minExtracted is the shortest main text (in runes) taken from trafilatura;
// anything shorter means it missed the article and the simple extraction
// is tried instead.
const minExtracted = 80

// maxTreeElements is the largest page (in elements) given to trafilatura.
// News pages have a few thousand.
const maxTreeElements = 50_000

// readHTML decodes and extracts one HTML page. declared is a charset given
// by the container (HTTP header), "" if none. The returned Raw has Format
// FormatHTML and no SourceFile; errors name path.
func (r *Reader) readHTML(path string, data []byte, declared string) (*news.Raw, error) {
	page, cs, err := decodeWith(data, true, declared)
	if err != nil {
		return nil, invalid(path, "cannot decode HTML: %v", err)
	}
	raw, err := r.extractHTML(path, page)
	if err != nil {
		return nil, err
	}
	raw.Charset = cs
	return raw, nil
}

// extractHTML extracts the main text and metadata of a decoded page.
func (r *Reader) extractHTML(path, page string) (*news.Raw, error) {
	if strings.TrimSpace(page) == "" {
		return nil, invalid(path, "empty file")
	}
	limit := r.maxDepth()
	depth, elements := htmlDepth(page, limit)
	if depth > limit {
		return nil, invalid(path, "HTML nested deeper than %d elements", limit)
	}
	if elements > maxTreeElements {
		// trafilatura clones the tree several times: on a page this big
		// that costs hundreds of MB, so only the tokenizer pass runs.
		text := simpleText(page)
		if strings.TrimSpace(text) == "" {
			return nil, invalid(path, "no text in HTML page")
		}
		r.logger().Debug("huge HTML page: simple extraction only", "stage", "ingest", "file", path, "elements", elements)
		return &news.Raw{Format: news.FormatHTML, HTML: page, Text: text}, nil
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil, invalid(path, "cannot parse HTML: %v", err)
	}
	raw := &news.Raw{Format: news.FormatHTML, HTML: page}
	meta := pageMeta(doc)
	raw.Lang = meta.lang
	raw.Title = meta.title
	raw.URL = meta.url

	res, terr := extractMain(doc)
	if res != nil {
		m := res.Metadata
		if m.Title != "" {
			raw.Title = m.Title
		}
		if m.URL != "" {
			raw.URL = m.URL
		}
		raw.Site = m.Sitename
		if !m.Date.IsZero() {
			raw.Published = m.Date.Format("2006-01-02")
		}
		raw.Text = renderText(res.ContentNode)
	}
	if terr != nil {
		r.logger().Debug("trafilatura failed", "stage", "ingest", "file", path, "err", terr)
	}
	raw.Text = preferSimple(raw.Text, page)
	if strings.TrimSpace(raw.Text) == "" {
		return nil, invalid(path, "no text in HTML page")
	}
	return raw, nil
}

// preferSimple returns the simple extraction of page instead of the
// trafilatura text when that is too short to be the article, or when it is
// one flattened paragraph (trafilatura's baseline and JSON-LD rescue join
// the whole article) while the simple extraction holds about the same text
// with its paragraphs.
func preferSimple(extracted, page string) string {
	n := utf8.RuneCountInString(extracted)
	if n >= minExtracted && strings.Contains(extracted, "\n\n") {
		return extracted
	}
	simple := simpleText(page)
	m := utf8.RuneCountInString(simple)
	switch {
	case n < minExtracted && m > n:
		return simple
	case strings.Contains(simple, "\n\n") && m*10 >= n*8 && m*10 <= n*15:
		return simple
	}
	return extracted
}

// extractMain runs trafilatura, turning a panic inside it into an error:
// it is third-party code walking untrusted trees.
func extractMain(doc *html.Node) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("trafilatura: panic: %v", p)
		}
	}()
	return trafilatura.ExtractDocument(doc, trafilatura.Options{
		ExcludeComments: true,
		// Fast: publication date from metadata and markup, without the
		// slow multilingual text date parser (timex and clean do dates).
		HtmlDateMode: trafilatura.Fast,
	})
}

type meta struct {
	lang, title, url string
}

// pageMeta reads what trafilatura does not give as declared: the page's
// own language (html lang, Content-Language, og:locale), and title and
// canonical URL as fallbacks.
func pageMeta(doc *html.Node) meta {
	var m meta
	var contentLang, locale, ogTitle, ogURL string
	// Iterative walk: the tree depth is bounded, but recursion is not needed.
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if v := attr(n, "lang"); v != "" && m.lang == "" {
					m.lang = strings.TrimSpace(v)
				} else if v := attr(n, "xml:lang"); v != "" && m.lang == "" {
					m.lang = strings.TrimSpace(v)
				}
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = collapseSpace(n.FirstChild.Data)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				name := strings.ToLower(attr(n, "name") + attr(n, "property") + attr(n, "http-equiv"))
				content := strings.TrimSpace(attr(n, "content"))
				switch name {
				case "content-language":
					contentLang = content
				case "og:locale":
					locale = content
				case "og:title":
					ogTitle = content
				case "og:url":
					ogURL = content
				}
			case atom.Body, atom.Script, atom.Style, atom.Svg:
				// Metadata lives in <head>; the body is not walked.
				continue
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	if m.lang == "" {
		m.lang = contentLang
	}
	if m.lang == "" && locale != "" {
		m.lang = strings.ReplaceAll(locale, "_", "-")
	}
	if m.title == "" {
		m.title = ogTitle
	}
	if m.url == "" {
		m.url = ogURL
	}
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// blockTags start a new paragraph when rendering extracted text: HTML's and
// the TEI-like names trafilatura converts them to.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "tr": true, "section": true, "article": true, "header": true,
	"footer": true, "figure": true, "figcaption": true, "aside": true, "main": true, "nav": true,
	"br": true, "hr": true, "address": true, "details": true, "summary": true, "form": true,
	"head": true, "item": true, "list": true, "quote": true, "row": true, "lb": true, "code": true,
	"fieldset": true, "center": true,
}

// cellTags separate table cells within a row.
var cellTags = map[string]bool{"td": true, "th": true, "cell": true}

// renderText turns an extracted tree into text, one paragraph per line,
// paragraphs separated by blank lines. It walks iteratively.
func renderText(root *html.Node) string {
	if root == nil {
		return ""
	}
	var pb paraBuilder
	type frame struct {
		n    *html.Node
		exit bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.exit {
			if blockTags[n.Data] {
				pb.breakPara()
			}
			continue
		}
		switch n.Type {
		case html.TextNode:
			pb.text(n.Data)
			continue
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe:
				continue
			}
			if blockTags[n.Data] {
				pb.breakPara()
			} else if cellTags[n.Data] {
				pb.text(" ")
			}
		}
		stack = append(stack, frame{n: n, exit: true})
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
	return pb.String()
}

// paraBuilder collects text into paragraphs with collapsed white space.
type paraBuilder struct {
	out   strings.Builder
	cur   strings.Builder
	space bool // a space is pending before the next word
}

func (p *paraBuilder) text(s string) {
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\u00a0', '\u200b':
			p.space = p.cur.Len() > 0
		default:
			if p.space {
				p.cur.WriteByte(' ')
				p.space = false
			}
			p.cur.WriteRune(r)
		}
	}
}

func (p *paraBuilder) breakPara() {
	p.space = false
	if p.cur.Len() == 0 {
		return
	}
	if p.out.Len() > 0 {
		p.out.WriteString("\n\n")
	}
	p.out.WriteString(p.cur.String())
	p.cur.Reset()
}

func (p *paraBuilder) String() string {
	p.breakPara()
	return p.out.String()
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// skipTags hold no article text; the simple extraction skips their content.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Header: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Svg: true,
	atom.Iframe: true, atom.Head: true,
}

// textTags are the elements whose text the simple extraction keeps.
var textTags = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.Li: true,
	atom.Blockquote: true,
}

// simpleText is the fallback extraction: the text of <p>, <h1..h3>, <li>
// and <blockquote> outside navigation, header, footer and scripts. It uses
// the tokenizer only, so it needs no tree and no recursion.
func simpleText(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var pb paraBuilder
	skip := 0 // depth inside skipped elements
	in := 0   // depth inside text elements
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return pb.String()
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if tt == html.SelfClosingTagToken {
				if a == atom.Br && in > 0 && skip == 0 {
					pb.breakPara()
				}
				continue
			}
			switch {
			case skipTags[a]:
				skip++
			case textTags[a]:
				if in > 0 {
					pb.breakPara()
				}
				in++
			case a == atom.Br && in > 0 && skip == 0:
				pb.breakPara()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case skipTags[a]:
				if skip > 0 {
					skip--
				}
			case textTags[a]:
				if in > 0 {
					in--
				}
				if skip == 0 {
					pb.breakPara()
				}
			}
		case html.TextToken:
			if in > 0 && skip == 0 {
				pb.text(string(z.Text()))
			}
		}
	}
}

// voidTags never have content, so they do not nest.
var voidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
	atom.Keygen: true, atom.Basefont: true, atom.Bgsound: true, atom.Frame: true,
	atom.Image: true, atom.Menuitem: true,
}

// selfClosers are elements a new one of the same kind implicitly closes
// when it is the current element (<option>…<option>, <td>…<td>); closesP
// are the elements whose start closes an open <p>. Modelling these (and
// <li>, <dd>/<dt>, <a>, headings) as the HTML parser does keeps ordinary
// sloppy HTML well under the limit.
var selfClosers = map[atom.Atom]bool{
	atom.Option: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Tbody: true,
	atom.Thead: true, atom.Tfoot: true, atom.Rt: true, atom.Rp: true, atom.Optgroup: true,
}

var closesP = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Div: true, atom.Dl: true, atom.Fieldset: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hr: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Table: true,
	atom.Ul: true, atom.Li: true, atom.Dd: true, atom.Dt: true, atom.Figcaption: true,
	atom.Details: true, atom.Summary: true, atom.Menu: true, atom.Center: true, atom.Dir: true,
	atom.Hgroup: true, atom.Search: true,
}

var headings = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

// scopeStops end the search for an element to close implicitly (the
// parser's "scope" boundaries).
var scopeStops = map[atom.Atom]bool{
	atom.Html: true, atom.Table: true, atom.Td: true, atom.Th: true, atom.Caption: true,
	atom.Button: true, atom.Object: true, atom.Template: true, atom.Applet: true, atom.Marquee: true,
}

// depthStack is the open-element stack htmlDepth keeps.
type depthStack struct {
	atoms []atom.Atom
	names []string // for elements without an atom
}

func (s *depthStack) push(a atom.Atom, name []byte) {
	s.atoms = append(s.atoms, a)
	if a == 0 {
		s.names = append(s.names, string(name))
	} else {
		s.names = append(s.names, "")
	}
}

func (s *depthStack) truncate(i int) { s.atoms, s.names = s.atoms[:i], s.names[:i] }

// closeOpen pops down to and including the nearest open target, unless a
// scope boundary or an element in extra stops the search first.
func (s *depthStack) closeOpen(target atom.Atom, extra ...atom.Atom) {
	for i := len(s.atoms) - 1; i >= 0; i-- {
		a := s.atoms[i]
		if a == target {
			s.truncate(i)
			return
		}
		if scopeStops[a] {
			return
		}
		for _, e := range extra {
			if a == e {
				return
			}
		}
	}
}

// htmlDepth estimates the element nesting depth the HTML parser will build
// for page, stopping as soon as it exceeds limit (so the work is linear and
// the memory bounded by limit), and counts its elements. It errs on the
// deep side: implicit closes it does not model count as still open.
func htmlDepth(page string, limit int) (depth, elements int) {
	z := html.NewTokenizer(strings.NewReader(page))
	var st depthStack
	maxDepth := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return maxDepth, elements
		case html.SelfClosingTagToken:
			elements++
		case html.StartTagToken:
			elements++
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidTags[a] {
				continue
			}
			if closesP[a] {
				st.closeOpen(atom.P, atom.Li, atom.Dd, atom.Dt)
			}
			switch {
			case a == atom.Li:
				st.closeOpen(atom.Li, atom.Ul, atom.Ol)
			case a == atom.Dd || a == atom.Dt:
				st.closeOpen(atom.Dd, atom.Dl)
				st.closeOpen(atom.Dt, atom.Dl)
			case a == atom.A:
				st.closeOpen(atom.A)
			case headings[a] && len(st.atoms) > 0 && headings[st.atoms[len(st.atoms)-1]]:
				st.truncate(len(st.atoms) - 1)
			case selfClosers[a] && len(st.atoms) > 0 && st.atoms[len(st.atoms)-1] == a:
				st.truncate(len(st.atoms) - 1)
			}
			st.push(a, name)
			if len(st.atoms) > maxDepth {
				maxDepth = len(st.atoms)
				if maxDepth > limit {
					return maxDepth, elements
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			for i := len(st.atoms) - 1; i >= 0; i-- {
				if st.atoms[i] == a && (a != 0 || st.names[i] == string(name)) {
					st.truncate(i)
					break
				}
			}
		}
	}
}
