package news

// PLOVER event types chancery extracts.
const (
	Agree     = "AGREE"
	Consult   = "CONSULT"
	Support   = "SUPPORT"
	Concede   = "CONCEDE"
	Cooperate = "COOPERATE"
	Aid       = "AID"
	Retreat   = "RETREAT"
	Request   = "REQUEST"
	Accuse    = "ACCUSE"
	Reject    = "REJECT"
	Threaten  = "THREATEN"
	Protest   = "PROTEST"
	Sanction  = "SANCTION"
	Mobilize  = "MOBILIZE"
	Coerce    = "COERCE"
	Assault   = "ASSAULT"
)

// EventTypes lists the PLOVER types in ontology order.
var EventTypes = []string{Agree, Consult, Support, Concede, Cooperate, Aid, Retreat,
	Request, Accuse, Reject, Threaten, Protest, Sanction, Mobilize, Coerce, Assault}

// Cooperative reports whether a PLOVER type is on the cooperation side of the
// ontology (the rest are conflictual).
func Cooperative(typ string) bool {
	switch typ {
	case Agree, Consult, Support, Concede, Cooperate, Aid, Retreat:
		return true
	}
	return false
}

// Symmetric reports whether the sides of an event type may be split either way.
func Symmetric(typ string) bool {
	return typ == Consult || typ == Agree || typ == Cooperate
}

// Event modes.
const (
	ModeFactual = ""
	ModeIntend  = "intend"
	ModeFuture  = "future"
	ModeNegated = "negated"
)

// Event is one real-world happening, with every report of it.
type Event struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Source  []string `json:"source"`  // actor codes
	Target  []string `json:"target"`  // actor codes
	Persons []string `json:"persons"` // entity ids
	Date    string   `json:"date,omitempty"`
	Place   string   `json:"place,omitempty"`
	Mode    string   `json:"mode"`
	// Mentions are the reports of this event, one per sentence that states it.
	Mentions []Mention `json:"mentions"`

	// Counts over Mentions, kept by the clusterer.
	Articles    int  `json:"articles,omitempty"`
	Outlets     int  `json:"outlets,omitempty"`
	Languages   int  `json:"languages,omitempty"`
	Independent bool `json:"independent,omitempty"` // false when all reports share text
}

// Mention is one sentence of one article that states an event.
type Mention struct {
	Article string `json:"article"` // article id; "" until stored
	Text    string `json:"text"`    // the sentence
	Span           // of the sentence in the article's body
	Lang    string `json:"lang,omitempty"`
	// Date and Place as this report states them (the event's own may be
	// refined by other reports).
	Date  string `json:"date,omitempty"`
	Place string `json:"place,omitempty"`
	// Trigger is the word or phrase that typed the event ("held talks").
	Trigger string `json:"trigger,omitempty"`
	// Outlet is the publisher of the mention's article (outlet, URL host or
	// source folder), set by the linker so that an event counts its
	// outlets without reading every article.
	Outlet string `json:"outlet,omitempty"`
}
