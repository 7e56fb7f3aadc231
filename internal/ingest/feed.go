package ingest

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"chancery/internal/news"
)

// feedText is a text construct: RSS description, content:encoded, Atom
// title/content/summary. Atom "xhtml" content arrives as child elements
// (Inner); everything else as character data, HTML escaped or in CDATA.
type feedText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

// html returns the construct as an HTML or plain string.
func (t feedText) html() string {
	if strings.Contains(strings.ToLower(t.Type), "xhtml") || (strings.TrimSpace(t.Text) == "" && strings.Contains(t.Inner, "<")) {
		return t.Inner
	}
	return t.Text
}

type feedLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

// feedItem holds the fields of an RSS <item> or Atom <entry>, matched by
// local name so RSS 0.9x/1.0/2.0, Atom and Dublin Core all fit.
type feedItem struct {
	Lang        string     `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Title       feedText   `xml:"title"`
	Links       []feedLink `xml:"link"`
	GUID        string     `xml:"guid"`
	ID          string     `xml:"id"`
	PubDate     string     `xml:"pubDate"`
	Published   string     `xml:"published"`
	Issued      string     `xml:"issued"`
	Date        string     `xml:"date"`
	Updated     string     `xml:"updated"`
	Encoded     feedText   `xml:"encoded"`
	Contents    []feedText `xml:"content"`
	Description feedText   `xml:"description"`
	Summary     feedText   `xml:"summary"`
}

// readFeed reads an RSS or Atom document: one Raw per item.
func (r *Reader) readFeed(ctx context.Context, path string, data []byte, fn func(Item) error) error {
	text, cs, err := Decode(data, true)
	if err != nil {
		return fn(Item{Err: invalid(path, "cannot decode feed: %v", err)})
	}
	if strings.TrimSpace(text) == "" {
		return fn(Item{Err: invalid(path, "empty file")})
	}
	return r.parseFeed(ctx, path, cs, strings.NewReader(text), fn)
}

// parseFeed streams items out of a decoded feed.
func (r *Reader) parseFeed(ctx context.Context, path, charset string, rd io.Reader, fn func(Item) error) error {
	dec := xml.NewDecoder(rd)
	dec.Strict = false
	// No HTMLAutoClose: RSS <link> has content, unlike HTML's.
	dec.Entity = xml.HTMLEntity
	// The text is already UTF-8 whatever the declaration says.
	dec.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	var site, lang string
	n := 0
	seenFeed := false
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fn(Item{Err: xmlError(path, n+1, err)})
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(se.Name.Local) {
		case "rss", "feed", "rdf", "channel":
			seenFeed = true
			for _, a := range se.Attr {
				if a.Name.Local == "lang" && lang == "" {
					lang = a.Value
				}
			}
		case "title":
			if n == 0 && site == "" {
				var t feedText
				if err := dec.DecodeElement(&t, &se); err != nil {
					return fn(Item{Err: xmlError(path, n+1, err)})
				}
				site = collapseSpace(htmlFragmentText(t.html()))
			}
		case "language":
			if n == 0 && lang == "" {
				var s string
				if err := dec.DecodeElement(&s, &se); err == nil {
					lang = strings.TrimSpace(s)
				}
			}
		case "item", "entry":
			n++
			var it feedItem
			if err := dec.DecodeElement(&it, &se); err != nil {
				return fn(Item{Err: xmlError(path, n, err)})
			}
			raw, err := feedRaw(&it)
			if err != nil {
				if ferr := fn(Item{Err: invalid(fmt.Sprintf("%s:%d", path, n), "item %d: %v", n, err)}); ferr != nil {
					return ferr
				}
				continue
			}
			raw.SourceFile, raw.Item, raw.Charset, raw.Site = path, n, charset, site
			if raw.Lang == "" {
				raw.Lang = lang
			}
			if err := fn(Item{Raw: raw}); err != nil {
				return err
			}
		}
	}
	if n == 0 {
		if !seenFeed {
			return fn(Item{Err: invalid(path, "XML is not an RSS or Atom feed")})
		}
		return fn(Item{Err: invalid(path, "feed has no items")})
	}
	return nil
}

// xmlError reports a feed syntax error at its line.
func xmlError(path string, item int, err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return invalid(fmt.Sprintf("%s:%d", path, se.Line), "line %d: invalid XML in item %d: %s", se.Line, item, se.Msg)
	}
	return invalid(path, "invalid XML in item %d: %v", item, err)
}

// feedRaw maps an item to a Raw, preferring full content over summaries.
func feedRaw(it *feedItem) (*news.Raw, error) {
	raw := &news.Raw{Format: news.FormatFeed, Lang: strings.TrimSpace(it.Lang)}
	raw.Title = collapseSpace(htmlFragmentText(it.Title.html()))
	for _, l := range it.Links {
		href := strings.TrimSpace(l.Href)
		if href == "" {
			href = strings.TrimSpace(l.Text)
		}
		if href != "" && (l.Rel == "" || l.Rel == "alternate") {
			raw.URL = href
			break
		}
	}
	if raw.URL == "" {
		for _, id := range []string{it.GUID, it.ID} {
			if id = strings.TrimSpace(id); strings.HasPrefix(id, "http://") || strings.HasPrefix(id, "https://") {
				raw.URL = id
				break
			}
		}
	}
	for _, d := range []string{it.PubDate, it.Published, it.Issued, it.Date, it.Updated} {
		if d = strings.TrimSpace(d); d != "" {
			raw.Published = normalizeDate(d)
			break
		}
	}
	candidates := []feedText{it.Encoded}
	candidates = append(candidates, it.Contents...)
	candidates = append(candidates, it.Description, it.Summary)
	for _, c := range candidates {
		if t := htmlFragmentText(c.html()); len(t) > len(raw.Text) {
			raw.Text = t
		}
	}
	raw.Text = sanitize(raw.Text)
	if strings.TrimSpace(raw.Text) == "" {
		return nil, errors.New("no text")
	}
	return raw, nil
}

// dateLayouts are the date formats feeds and JSON exports use.
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC3339, time.RFC3339Nano, time.RFC822Z, time.RFC822,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700", "Mon, 02 Jan 2006", "2006-01-02T15:04:05", "2006-01-02T15:04:05Z0700",
	"2006-01-02 15:04:05", "2006-01-02 15:04:05-07:00", "2006-01-02T15:04", "2006-01-02",
}

// normalizeDate returns a date in a known machine format as YYYY-MM-DD (the
// day in the zone it was written in), anything else as given.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return s
}

// htmlFragmentText turns an HTML fragment (feed content, a JSON "content"
// field) into text: blocks become paragraphs separated by blank lines,
// scripts and styles go. Plain text passes through with its line breaks.
// Tokenizer only: no tree, no recursion.
func htmlFragmentText(s string) string {
	if !hasTag(s) {
		if strings.ContainsRune(s, '&') {
			s = html.UnescapeString(s)
		}
		return strings.TrimSpace(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var pb paraBuilder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return pb.String()
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			}
			if blockTags[string(name)] {
				pb.breakPara()
			} else if cellTags[string(name)] {
				pb.text(" ")
			}
		case html.TextToken:
			if skip == 0 {
				pb.text(string(z.Text()))
			}
		}
	}
}

// hasTag reports whether s contains something like an HTML tag or comment.
func hasTag(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		c := s[i+1]
		if c == '/' || c == '!' || c|0x20 >= 'a' && c|0x20 <= 'z' {
			return true
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}
