// Package extract finds figures in text: numbers written in digits or in
// words (English and Spanish), the qualifiers around them, the metric they
// are about and the actor who stated them, with the quoted sentence as
// evidence.
package extract

import (
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// Extraction is one figure found in a source, structured or prose, before
// it becomes a tracker.Figure.
type Extraction struct {
	Metric    string            `json:"metric"`
	Value     int64             `json:"value"`
	ValueHigh int64             `json:"value_high"` // the high end of a range; 0 otherwise
	Qualifier tracker.Qualifier `json:"qualifier"`
	Stance    tracker.Stance    `json:"stance"`
	Actor     string            `json:"actor"` // canonical actor name
	Quote     string            `json:"quote"` // the sentence (prose) or selected text (structured)
	Start     int               `json:"start"` // character (rune) offset of Quote in the text
	End       int               `json:"end"`   // character offset just past Quote
	// Why is set by Explain: the metric and actor cues the figure was
	// taken on.
	Why *Why `json:"why,omitempty"`

	// ActorFromFallback is set when no actor was named in the sentence and
	// the previous sentence's actor was used: such figures always need a
	// moderator's review.
	ActorFromFallback bool `json:"-"`
	// Origin says whether the figure came from a structured field or prose.
	Origin tracker.Origin `json:"-"`
	// URL, ItemKey and AsOf are filled by the caller that knows the item.
	URL     string    `json:"-"`
	ItemKey string    `json:"-"`
	AsOf    time.Time `json:"-"`
}
