package tracker

import "time"

// Kind is what a delivered message is.
type Kind string

// The kinds of messages, as the console prints them in block headers.
const (
	KindAlert      Kind = "alert"      // a figure approved, corrected or retracted; a flag raised or cleared
	KindDigest     Kind = "digest"     // a scheduled or on-demand summary
	KindNotice     Kind = "notice"     // for moderators: a failing source, an empty selector, a recovery
	KindCorrection Kind = "correction" // a short reply under an alert whose figure was corrected
)

// Field is a name/value pair of a message (an embed field on Discord, a
// "name: value" line on the console).
type Field struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Inline bool   `json:"inline,omitempty"`
}

// Message is a presentation-neutral message: the bot turns it into an
// embed, the console sender into plain text. Text from sources is kept raw
// here; each sender escapes it for its medium.
type Message struct {
	Kind        Kind      `json:"kind"`
	Title       string    `json:"title"`
	Description string    `json:"description,omitempty"`
	URL         string    `json:"url,omitempty"`
	Fields      []Field   `json:"fields,omitempty"`
	Links       []string  `json:"links,omitempty"` // evidence and permalinks
	Footer      string    `json:"footer,omitempty"`
	Color       int       `json:"color,omitempty"`
	Timestamp   time.Time `json:"timestamp,omitzero"`
	// ChartMetric, when set, asks the sender to attach that metric's chart.
	ChartMetric string `json:"chart_metric,omitempty"`
}

// Operation is what delivering an outbox item does on Discord.
type Operation string

// The outbox operations.
const (
	OpPost Operation = "post" // create a new message (a reply when ReplyTo is set)
	OpEdit Operation = "edit" // edit the message that item EditOf posted
)

// OutboxItem is one message waiting for, or past, delivery. Items are
// written in the same transaction as the change that caused them and
// delivered at least once; the unique Key and the Discord nonce derived
// from it keep a retry from posting twice.
type OutboxItem struct {
	ID            int64
	Key           string // idempotency key, unique
	Kind          Kind
	ChannelID     string
	Op            Operation
	EditOf        int64 // OpEdit: the outbox item whose posted message is edited
	ReplyTo       int64 // OpPost: the outbox item whose posted message this replies to
	FigureID      int64 // the figure an alert shows, so corrections can find it
	MetricID      string
	Message       Message
	CreatedAt     time.Time
	Attempts      int
	NextAttemptAt time.Time
	LastError     string
	DeliveredAt   time.Time // zero until delivered
	MessageID     string    // the posted Discord message id
	// LocalMark is where a local sender was about to write the item (the
	// console's output file and offset), recorded before the write.
	LocalMark string
	// Status is pending, delivered or failed (a dead letter: refused for
	// good, or failing for too long; never retried).
	Status   OutboxStatus
	FailedAt time.Time // zero unless Status is OutboxFailed
}

// OutboxStatus is where an outbox item stands.
type OutboxStatus string

// The outbox statuses, as stored in outbox.status.
const (
	OutboxPending   OutboxStatus = "pending"
	OutboxDelivered OutboxStatus = "delivered"
	OutboxFailed    OutboxStatus = "failed"
)

// DeadLetter is an outbox item given up on: Discord refused it for good,
// or it kept failing for longer than the deliverer retries. Stores mark it
// failed with the reason, drop the edits and replies waiting on it, and,
// in the same transaction:
//   - with PauseChannel (the channel is gone or forbidden), pause the
//     channel's subscriptions with the reason and drop its other pending
//     items;
//   - with Notice, enqueue that notice for the moderators unless the
//     channel is already in a failure episode (one notice per channel and
//     episode; the next delivery to the channel, or /alerts on, ends it).
type DeadLetter struct {
	ID           int64
	ChannelID    string
	Reason       string
	At           time.Time
	PauseChannel bool
	Notice       *OutboxItem
}

// DeadLetterNotice tells the moderators that messages to a channel are
// refused for good.
type DeadLetterNotice struct {
	ChannelID string
	Kind      Kind   // the kind of the failed item
	Reason    string // Discord's refusal, or why retries stopped
	Paused    bool   // the channel's subscriptions were paused
}

// OutboxStats summarises the outbox for health checks and metrics.
type OutboxStats struct {
	Pending       int
	OldestPending time.Time // zero when nothing is pending
	Delivered     int
	Failing       int // pending items with at least one failed attempt
	Failed        int // dead letters: items marked failed, never retried
}

// OutboxScope selects the channels a sender delivers to: the console
// sender takes the console channel, the Discord sender every other one.
type OutboxScope int

// The outbox scopes.
const (
	AnyChannel OutboxScope = iota
	ConsoleOnly
	DiscordOnly
)

// FanoutBatch is one batch of work of the alert fan-out: the outbox items
// it produced, the new position in the corrections stream and the flag
// states it announced. Stores commit it atomically.
type FanoutBatch struct {
	Cursor     string
	Position   int64
	FlagStates []FlagState
	Items      []OutboxItem
}
