package news

// Entity kinds.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
)

// Actor kinds of an ActorMention.
const (
	ActorState   = "state"   // "Russia", "Russland", "Россия"
	ActorDemonym = "demonym" // "Russian", "russischen", "российский"
	ActorCapital = "capital" // "Moscow" used for its government
	ActorOrg     = "org"     // "the UN", "NATO", "the Russian Foreign Ministry"
	ActorBloc    = "bloc"    // "the West"
	ActorPerson  = "person"
	// ActorPlace is a city or region named as a place ("in Geneva"), not as
	// an actor; Place holds its English exonym and Code its country.
	ActorPlace = "place"
)

// Entity is a person or an organization. Within one article's Analysis its
// ID is local ("p1", "o1"); once resolved across the database it is global.
type Entity struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"` // KindPerson or KindOrganization
	Name    string   `json:"name"` // canonical display name
	Aliases []string `json:"aliases"`
	Country string   `json:"country,omitempty"` // alpha-3 of the state it belongs to or serves
	Roles   []string `json:"roles"`             // normalized to English: "foreign minister"
	// Code is the actor code an organization acts as ("UN", "EU", or the
	// state's alpha-3 for a state body such as a foreign ministry).
	Code string `json:"code,omitempty"`
	// Locked is set when a person corrected this entity by hand (merge or
	// split); the resolver never undoes a locked decision.
	Locked bool `json:"locked,omitempty"`
}

// ActorMention is one place in a body where an actor is named.
type ActorMention struct {
	Span
	Text string `json:"text"`
	Kind string `json:"kind"` // ActorState, ActorDemonym, ActorCapital, ActorOrg, ActorBloc, ActorPerson
	// Code is the actor code the mention stands for: alpha-3 for states,
	// demonyms and capitals, an organization code, "WEST"; for a person the
	// code of the state the person serves ("" when unknown).
	Code string `json:"code"`
	// Entity is the local entity id for persons and organizations.
	Entity string `json:"entity,omitempty"`
	// Place is set for capitals and cities: the English exonym, so that
	// "in Moskau" can give an event's place.
	Place string `json:"place,omitempty"`
}

// Quote is a direct quotation with its speaker.
type Quote struct {
	Span
	Text    string `json:"text"`              // the quoted words, without the marks
	Speaker string `json:"speaker,omitempty"` // entity id; "" when unattributed
	// SpeakerCode is the actor code of the speaker when it is a state or an
	// organization without an entity ("the Russian Foreign Ministry said").
	SpeakerCode string `json:"speaker_code,omitempty"`
}

// Analysis is what the analysis stages found in one article.
type Analysis struct {
	Sentences []Sentence     `json:"sentences,omitempty"`
	Countries []string       `json:"countries"` // alpha-3, sorted, unique
	Entities  []Entity       `json:"entities"`  // local ids until resolved
	Actors    []ActorMention `json:"actors,omitempty"`
	Quotes    []Quote        `json:"quotes"`
	// Events holds the event mentions found in this article, one Mention
	// each; clustering merges them into database events.
	Events []Event   `json:"events"`
	Dates  []DateRef `json:"dates,omitempty"` // resolved time expressions, for display
}

// DateRef is a time expression resolved against the article's reference time.
type DateRef struct {
	Span
	Text  string `json:"text"`
	Value string `json:"value"` // YYYY, YYYY-MM or YYYY-MM-DD
}
