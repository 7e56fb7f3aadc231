// Package news holds chancery's domain types: articles, entities, events,
// quotes and the interfaces that connect the pipeline stages to storage.
// It imports nothing internal; every other package may import it.
package news

import "time"

// Format is the container a document was read from.
type Format string

const (
	FormatText  Format = "txt"
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
	FormatFeed  Format = "feed" // RSS or Atom item
	FormatWARC  Format = "warc"
)

// Raw is one document as read from an input, decoded to UTF-8 but not yet
// cleaned. Metadata given by the container (a JSON Lines record, an HTML
// page's meta tags, a feed item) is carried along; empty means unknown.
type Raw struct {
	SourceFile string // path as given on the command line or found in a folder
	Item       int    // 1-based line (JSONL) or record (feed, WARC) number; 0 for whole files
	Format     Format
	Charset    string // original encoding, e.g. "utf-8", "windows-1251"
	URL        string
	Title      string
	Published  string // as given by the container, not yet normalized
	Lang       string // as given by the container
	Site       string // site or outlet name from metadata, if any
	// Text is the document's text. For HTML it is the extracted main text,
	// one paragraph per line; HTML is the page itself, kept for the cleaner
	// to read metadata from.
	Text string
	HTML string
}

// Article is one cleaned, analysed news article.
type Article struct {
	ID         string    `json:"id"`   // stable: derived from Hash
	Hash       string    `json:"hash"` // sha256 of the decoded input text, hex
	SourceFile string    `json:"source_file"`
	Item       int       `json:"item,omitempty"`
	URL        string    `json:"url,omitempty"`
	Format     Format    `json:"format"`
	Charset    string    `json:"charset,omitempty"`
	Outlet     string    `json:"outlet,omitempty"` // publisher or agency when known
	Lang       string    `json:"lang"`             // ISO 639-1; "" when undetectable
	Title      string    `json:"title"`
	Published  string    `json:"published,omitempty"` // YYYY, YYYY-MM or YYYY-MM-DD
	Dateline   string    `json:"dateline,omitempty"`  // place of the dateline, English exonym
	Body       string    `json:"body"`                // paragraphs separated by "\n\n"
	Dropped    []Dropped `json:"dropped,omitempty"`   // what the cleaner removed, and why
	Embeds     []Embed   `json:"embeds,omitempty"`    // embedded social posts, kept aside
	Notes      []string  `json:"notes,omitempty"`     // bad input as data: what could not be done
	IngestedAt time.Time `json:"ingested_at"`

	// Filled by the analysis stages.
	Analysis *Analysis `json:"analysis,omitempty"`
	// SharesTextWith lists ids of other articles carrying the same passages.
	SharesTextWith []string `json:"shares_text_with,omitempty"`
	// DuplicateOf is the id of an earlier article with (nearly) the same text.
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// Dropped is a piece of the input the cleaner removed from the body.
type Dropped struct {
	Text   string `json:"text"`
	Reason string `json:"reason"` // e.g. "navigation", "related", "share", "credit", "bio", "tags", "comments"
}

// Embed is an embedded social-media post found in the article: evidence,
// not body.
type Embed struct {
	Author string `json:"author,omitempty"` // display name
	Handle string `json:"handle,omitempty"` // e.g. "@yvangil"
	Date   string `json:"date,omitempty"`   // YYYY-MM-DD when given
	Text   string `json:"text"`
	URL    string `json:"url,omitempty"`
}

// Span is a byte range [Start, End) in an article's Body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool { return t.Start >= s.Start && t.End <= s.End }

// Sentence is one sentence of a body.
type Sentence struct {
	Span
	Para int `json:"para"` // 0-based paragraph index
}
