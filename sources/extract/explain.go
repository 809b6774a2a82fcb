package extract

import (
	"slices"
	"strings"
)

// Why says why a figure was taken: the words that named its metric and its
// actor, and how each was found.
type Why struct {
	MetricCue string `json:"metric_cue"` // the keyword or term ("freed"), or "" when carried over
	MetricBy  string `json:"metric_by"`  // "keyword", "lexicon" (a synonym or inflection of one), "unit" (the noun counted is the metric's unit or a word of its keywords), "earlier sentence"
	ActorCue  string `json:"actor_cue"`  // the alias as written ("Foro Penal", "the ministry"), or ""
	ActorBy   string `json:"actor_by"`   // "named" (bound by a cue), "only actor named in the sentence", "dateline" (a wire agency's lead) or "earlier sentence" (a moderator must confirm all but the first)
}

// Dropped is a number the extractor saw and did not take, with the reason:
// date, money, percentage, age, duration, label, article, zero, rate,
// increment, partial, comparison, earlier_period, repeated, hypothetical,
// capacity, decimal (a decimal that counts nothing, "4.5 tons"),
// denied, other_source (an actor the tracker file does not list states
// it), no_metric, no_actor, other_metric (a metric not asked for),
// not_prose. A decimal's Value is its whole part; Text has it as written.
type Dropped struct {
	Dropped bool   `json:"dropped"` // always true: tells these lines from figures
	Value   int64  `json:"value"`
	Text    string `json:"text"` // the number as written (a repeated figure's value)
	Reason  string `json:"reason"`
	Quote   string `json:"quote"` // the sentence
	Start   int    `json:"start"` // rune offsets of the sentence in the text
	End     int    `json:"end"`
}

// Explained is a figure taken (Figure, with Why set) or a number dropped:
// Explain's output in text order.
type Explained struct {
	Figure  *Extraction
	Dropped *Dropped
}

// Explain is Extract that also says why: every figure carries Why, and
// every other number of the text is returned as Dropped with its reason,
// all in text order. It never fails.
func (e *Extractor) Explain(text string, metricIDs []string) []Explained {
	var out []Explained
	e.run(text, metricIDs, sinks{
		took:    func(x Extraction) { out = append(out, Explained{Figure: &x}) },
		dropped: func(d Dropped) { out = append(out, Explained{Dropped: &d}) },
	})
	slices.SortStableFunc(out, func(a, b Explained) int { return a.start() - b.start() })
	return out
}

// start returns where the sentence of an explained number starts.
func (x Explained) start() int {
	if x.Figure != nil {
		return x.Figure.Start
	}
	return x.Dropped.Start
}

// noActorReason is why a number with a metric found no actor: another,
// unconfigured source states it ("other_source"), its sentence denies or
// disputes it, or it names no configured actor.
func (s *sentence) noActorReason() string {
	if s.vetoed {
		return "other_source"
	}
	for i := range s.toks {
		if _, _, ok := disputeVerbs.matchAt(s.toks, i); ok {
			return "denied"
		}
	}
	return "no_actor"
}

// dropReason returns why number k of the sentence was not taken.
func (s *sentence) dropReason(k int) string {
	m := &s.nums[k]
	switch {
	case m.dropReason != "":
		return m.dropReason
	case m.trap:
		return "partial"
	case m.head == headOther:
		return "no_metric"
	case m.metric < 0:
		if s.otherMetricNear(m) {
			return "other_metric"
		}
		return "no_metric"
	}
	return "no_actor"
}

// otherMetricNear reports whether a keyword of a metric not asked for
// stands in the number's clause: the number may be that metric's.
func (s *sentence) otherMetricNear(m *numMention) bool {
	for _, em := range s.ents {
		if em.ent < 0 || s.clause[em.t0] != s.clause[m.t0] {
			continue
		}
		for _, mi := range s.e.ents[em.ent].metrics {
			if !s.isActive(mi) {
				return true
			}
		}
	}
	return false
}

// why explains figure f of the sentence.
func (s *sentence) why(f figure) *Why {
	w := &Why{MetricBy: "earlier sentence", ActorBy: "named"}
	m := &s.nums[f.num]
	best := noDistance
	for _, em := range s.ents {
		if em.ent < 0 {
			continue
		}
		ent := s.e.ents[em.ent]
		byKeyword := containsInt(ent.metrics, f.metric)
		if owns := s.e.metrics[f.metric].owns; !byKeyword && !s.termCategory(em, m, owns).overlaps(owns) {
			continue
		}
		if d := s.dist(em.t0, em.t1, m.t0, m.t1); d < best && d <= maxLink {
			best = d
			w.MetricCue = s.original(em.t0, em.t1)
			w.MetricBy = "lexicon"
			if byKeyword && s.exactKeyword(em) {
				w.MetricBy = "keyword"
			}
		}
	}
	if w.MetricCue == "" && m.t1 < len(s.toks) {
		// the thing the number counts is the metric's unit or a word of
		// its keywords: "700,000 signatures", "1.8 million hectares"
		if s.e.metrics[f.metric].countsNoun(s.text(m.t1)) {
			w.MetricCue, w.MetricBy = s.original(m.t1, m.t1+1), "unit"
		}
	}
	best = noDistance
	dateline := false
	for _, em := range s.ents {
		if em.actor != f.actor {
			continue
		}
		if d := s.dist(em.t0, em.t1, m.t0, m.t1); d < best {
			best, w.ActorCue, dateline = d, s.original(em.t0, em.t1), s.datelineAt(em)
		}
	}
	switch {
	case w.ActorCue == "":
		w.ActorBy = "earlier sentence"
	case f.fallback && dateline:
		w.ActorBy = "dateline"
	case f.fallback:
		w.ActorBy = "only actor named in the sentence"
	}
	return w
}

// exactKeyword reports whether the mention is written as a keyword of the
// tracker file (not only by its stem).
func (s *sentence) exactKeyword(em entMention) bool {
	id, n, ok := s.e.entities.matchAt(s.toks, em.t0)
	return ok && id == em.ent && n == em.t1-em.t0
}

// original returns the text of tokens [t0, t1) as written.
func (s *sentence) original(t0, t1 int) string {
	if t0 >= t1 || s.rs == nil {
		return ""
	}
	return strings.TrimSpace(string(s.rs[s.toks[t0].start:s.toks[t1-1].end]))
}
