package news

import (
	"context"
	"time"
)

// Store keeps articles, entities and events. internal/sqlite implements it;
// internal/storetest is the conformance suite every implementation passes.
type Store interface {
	// Update runs fn in one write transaction: all of its writes land, or
	// none. Ingest stores each batch of articles through one Update.
	Update(ctx context.Context, fn func(Tx) error) error

	// Read side, for the CLI, the web UI, the API and the export.
	Article(ctx context.Context, id string) (*Article, error) // ENotFound when missing
	Articles(ctx context.Context, f ArticleFilter) ([]*Article, int, error)
	Entity(ctx context.Context, id string) (*Entity, error)
	Entities(ctx context.Context, f EntityFilter) ([]*Entity, int, error)
	Event(ctx context.Context, id string) (*Event, error)
	Events(ctx context.Context, f EventFilter) ([]*Event, int, error)
	// EventCounts and Partners aggregate in the store, for charts over
	// more events than a page holds.
	EventCounts(ctx context.Context, f EventFilter) ([]EventCount, error)
	Partners(ctx context.Context, code string) ([]PartnerCount, error)
	// QuotesBy returns a speaker's quotes (merge redirects followed),
	// newest article first, at most limit, from the quote index: a
	// prolific speaker's page does not read every article naming them.
	QuotesBy(ctx context.Context, speaker string, limit int) ([]SpeakerQuote, error)
	Search(ctx context.Context, q string, limit int) ([]Hit, error)
	Stats(ctx context.Context) (Stats, error)
	// Each streams every article, entity and event (for the export) without
	// holding the database in memory.
	EachArticle(ctx context.Context, fn func(*Article) error) error
	EachEntity(ctx context.Context, fn func(*Entity) error) error
	EachEvent(ctx context.Context, fn func(*Event) error) error

	Close() error
}

// BandsKept is how many ids of one fingerprint's list (the first, in the
// order ArticlesByBands returns them) a store must keep. Past that, a list
// is only ever read to learn that the fingerprint is common, so a store
// need not write the ids that would come after them: with templated text
// most fingerprints are common, and those writes, landing all over the
// index, were the largest part of what ingest wrote per article in a large
// database. Replacing an article's bands may leave a list one id short of
// what it would hold uncapped; the margin above the linker's limit covers
// that.
const BandsKept = 32

// Tx is the write side, used inside Store.Update. The lookups serve the
// incremental linker (internal/link): each is an index probe, so the cost of
// linking a new article does not grow with the database.
type Tx interface {
	// ArticleIDByHash returns the id of a stored article with this content
	// hash, or "" when there is none.
	ArticleIDByHash(hash string) (string, error)
	// PutArticle inserts or replaces an article with its analysis (entity ids
	// in the analysis must already be global).
	PutArticle(a *Article) error

	// EntitiesByKeys returns the entities indexed under any of the keys.
	EntitiesByKeys(keys []string) ([]*Entity, error)
	// PutEntity inserts or replaces an entity and sets its index keys.
	PutEntity(e *Entity, keys []string) error
	// NewID returns a fresh id with the given prefix ("e", "v").
	NewID(prefix string) (string, error)

	// ArticlesByBands returns ids of articles sharing any fingerprint with
	// bands, at most limit of them (0: no limit), in the order the store
	// first saw the ids (PutBands, LinkShared, PutArticle or an event's
	// mention, whichever came first: for an ingest, the order the articles
	// were linked), so that a new article comes after every list it joins
	// and a list full at BandsKept takes no more writes. The limit
	// keeps the probe's cost bounded when a fingerprint is common to many
	// articles (boilerplate, templated text). The answer is exact for a
	// limit up to BandsKept; beyond it a store may return fewer.
	ArticlesByBands(bands []uint64, limit int) ([]string, error)
	// PutBands records an article's LSH bands and MinHash signature. A
	// store may skip a band whose stored list already holds BandsKept ids
	// that come before the article's.
	PutBands(articleID string, bands []uint64, sig []uint32) error
	// Signature returns a stored article's MinHash signature (nil if none).
	Signature(articleID string) ([]uint32, error)
	// LinkShared records that two articles carry the same passages.
	LinkShared(a, b string, duplicate bool) error
	// SharedWith returns the ids of articles linked to id by LinkShared.
	SharedWith(id string) ([]string, error)

	// EventsByKeys returns the events indexed under any of the keys.
	EventsByKeys(keys []string) ([]*Event, error)
	// PutEvent inserts or replaces an event (with all its mentions) and sets
	// its index keys.
	PutEvent(e *Event, keys []string) error
	// DeleteEvent removes an event (when merged into another).
	DeleteEvent(id string) error

	// Entity returns a stored entity (following merge redirects), or nil.
	Entity(id string) (*Entity, error)
	// ReplaceEntity rewrites every reference to entity from (articles,
	// quotes, event persons) to entity to, deletes from, and remembers the
	// redirect so that old ids keep resolving.
	ReplaceEntity(from, to string) error
	// PutCorrection records a person's merge or split decision;
	// Corrections returns those that concern an entity.
	PutCorrection(c Correction) error
	Corrections(entityID string) ([]Correction, error)

	Now() time.Time
}

// Correction is a person's decision about entities, which the resolver
// respects on every later ingest.
type Correction struct {
	Kind   string    `json:"kind"`            // "merge" or "split"
	Entity string    `json:"entity"`          // the entity kept (merge) or split from (split)
	Other  string    `json:"other"`           // the entity merged in, or created by the split
	Alias  string    `json:"alias,omitempty"` // split: the alias moved to Other
	At     time.Time `json:"at"`
}

// ArticleFilter selects articles. Zero values select everything.
type ArticleFilter struct {
	Lang    string
	Country string
	Entity  string
	Query   string // full-text
	From    string // published on or after, YYYY-MM-DD
	To      string
	Offset  int
	Limit   int // 0 means a default page
}

// EntityFilter selects entities.
type EntityFilter struct {
	Kind    string
	Country string
	Query   string // name or alias prefix, any script
	Offset  int
	Limit   int
}

// EventFilter selects events.
type EventFilter struct {
	Type    string
	Country string   // either side
	Dyad    []string // two codes: events between them, either direction
	Person  string   // entity id
	Article string
	Lang    string // events with a mention in this language
	Mode    *string
	From    string // YYYY-MM-DD, inclusive
	To      string
	Offset  int
	Limit   int
	// NoMentions leaves the events' mentions out (Mentions is empty): for
	// charts and rankings that read many events but show none of their
	// reports, at a fraction of the cost.
	NoMentions bool
	// FirstMention keeps only each event's first mention: for lists that
	// show one line of evidence per event, however many reports it has.
	FirstMention bool
}

// EventCount is the number of events of one type in one month.
type EventCount struct {
	Month  string `json:"month"` // YYYY-MM; "" for events not dated to the month
	Type   string `json:"type"`
	Events int    `json:"events"`
}

// PartnerCount is the number of events of one type shared with a partner.
type PartnerCount struct {
	Code   string `json:"code"`
	Type   string `json:"type"`
	Events int    `json:"events"`
}

// SpeakerQuote is a quote with the article it is in; the article carries
// only its id, title, outlet, language and publication date.
type SpeakerQuote struct {
	Quote   Quote    `json:"quote"`
	Article *Article `json:"article"`
}

// Hit is one full-text search result.
type Hit struct {
	Kind    string `json:"kind"` // article, event, entity, quote
	ID      string `json:"id"`
	Title   string `json:"title"`
	Snippet string `json:"snippet"` // matched terms between "[" and "]"
	// Marks are the byte ranges in Snippet of the matched terms, each
	// between its "[" and "]": exact where the text has brackets of its
	// own. Empty when the store does not know them.
	Marks [][2]int `json:"marks,omitempty"`
	Lang  string   `json:"lang,omitempty"`
}

// Stats summarizes a database.
type Stats struct {
	Articles  int            `json:"articles"`
	Entities  int            `json:"entities"`
	Events    int            `json:"events"`
	Mentions  int            `json:"mentions"`
	Quotes    int            `json:"quotes"`
	Languages map[string]int `json:"languages"`
	Outlets   map[string]int `json:"outlets"`
}
