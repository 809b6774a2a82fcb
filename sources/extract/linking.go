package extract

import "github.com/gapwatch/gapwatch/tracker"

// Linking: which metric a number counts, from the keywords and event terms
// of its clause, or from the figure it answers ("a far higher figure of
// 400").

// figure is an extraction before it is turned into an Extraction.
type figure struct {
	metric, actor int
	value, high   int64
	qual          tracker.Qualifier
	fallback      bool
}

// figures links every number to a metric and an actor.
func (s *sentence) figures() []figure {
	for k := range s.nums {
		m := &s.nums[k]
		if m.trap || m.head == headOther {
			continue
		}
		m.metric = s.keywordMetric(m)
		m.byKeyword = m.metric >= 0
	}
	for k := range s.nums {
		m := &s.nums[k]
		if m.trap || m.head == headOther || m.metric >= 0 || m.head == headTerm {
			continue
		}
		m.metric = s.anaphoricMetric(k)
	}
	var out []figure
	for _, m := range s.nums {
		if m.trap || m.metric < 0 {
			continue
		}
		actor, fallback, ok := s.actorFor(&m)
		if !ok {
			continue
		}
		high := m.high
		if m.qual != tracker.Range {
			high = 0
		}
		out = append(out, figure{metric: m.metric, actor: actor, value: m.value, high: high, qual: m.qual, fallback: fallback})
	}
	return out
}

// keywordMetric returns the metric whose keywords are bound to the number
// in its clause, or -1. For a metric with event terms, the nearest term of
// its own category must be nearer than any competing term ("863 political
// prisoners still in detention" is not a release count); a metric without
// event terms needs one of its keywords.
func (s *sentence) keywordMetric(m *numMention) int {
	c := s.clause[m.t0]
	best, bestScore := -1, noDistance
	partitive := s.partOfNumber(m)
	for _, mi := range s.active {
		owns := s.e.metrics[mi].owns
		own, neutral, competing := s.distances(m, c, mi, owns, partitive)
		score := noDistance
		switch {
		case owns != 0:
			if own <= maxLink && own < competing {
				score = own
			} else if owns&stateCategories != 0 && own == noDistance && competing == noDistance && s.headIsKeyword(m, mi) {
				// "Foro Penal counts 863 political prisoners": with no event
				// at all, a count of prisoners is the number held
				score = neutral + 20
			}
		case neutral <= maxLink:
			score = neutral + 50
		}
		if score < bestScore {
			best, bestScore = mi, score
		}
	}
	return best
}

// distances returns the distance from number m to the nearest own event
// term, neutral keyword and competing term of metric mi within clause c.
//
// Terms used as adjectives ("400 detained protesters were released") count
// only when the clause has no other term: the predicate says what happened.
//
// A part of another number ("5 of the 56 released prisoners had been
// rearrested") only takes predicate terms: the adjective belongs to the
// whole.
func (s *sentence) distances(m *numMention, c, mi int, owns category, partitive bool) (own, neutral, competing int) {
	own, neutral, competing = noDistance, noDistance, noDistance
	passes := 2
	if partitive {
		passes = 1
	}
	for pass := 0; pass < passes && own == noDistance && competing == noDistance; pass++ {
		for _, em := range s.ents {
			if em.ent < 0 || s.clause[em.t0] != c || em.attributive != (pass == 1) {
				continue
			}
			if em.partitive && (s.leadEnd < 0 || m.t0 > s.leadEnd) {
				continue // "Of those released, 14 were women"
			}
			if s.headOfOther(em.t0, m) {
				continue // "24 fallecidos y 2.000 detenidos": "fallecidos" counts the 24
			}
			ent := s.e.ents[em.ent]
			d := s.dist(em.t0, em.t1, m.t0, m.t1)
			switch {
			case ent.cat != 0 && owns != 0 && ent.cat&owns != 0:
				if em.irrealis {
					competing = min(competing, d)
				} else {
					own = min(own, d)
				}
			case ent.cat != 0 && owns != 0:
				competing = min(competing, d)
			}
			if ent.cat == 0 && containsInt(ent.metrics, mi) {
				neutral = min(neutral, d)
			}
		}
	}
	return own, neutral, competing
}

// anaphoricMetric links a number with no keyword of its own to the metric
// of the figure it answers: "…, while the government claimed 400" (the
// same metric as another number of the sentence), "a far higher figure of
// 400" (a figure noun), or the previous sentence's metric.
func (s *sentence) anaphoricMetric(k int) int {
	m := &s.nums[k]
	c := s.clause[m.t0]
	hasFigure, hasCue := false, false
	for i := range s.toks {
		if s.clause[i] != c {
			continue
		}
		if figureNouns[s.toks[i].text] && s.dist(i, i+1, m.t0, m.t1) <= maxLink {
			hasFigure = true
		}
		if _, n, ok := figureVerbs.matchAt(s.toks, i); ok && s.dist(i, i+n, m.t0, m.t1) <= 3 {
			hasFigure = true // "Foro Penal's stands at 56"
		}
		// the number is what the cue states: "claimed more than 400",
		// "habla de 400", "400 claimed by the government"
		if _, n, ok := cueVerbs.matchAt(s.toks, i); ok && !s.negatedAt(i) && s.closeTo(i, i+n, m) {
			hasCue = true
		}
		if _, n, ok := cuePrefixes.matchAt(s.toks, i); ok && s.closeTo(i, i+n, m) {
			hasCue = true
		}
	}
	// "the government claimed more than 400": an elliptical figure needs its
	// speaker in the same clause; a part of another number ("12 of the
	// 41") is never one.
	if m.t0 >= 2 && s.text(m.t0-1) == "'s" && s.inActor(m.t0-2) {
		hasFigure = true // "lower than Foro Penal's 133"
	}
	more := false
	switch s.text(m.t1) {
	case "more", "others", "additional", "más", "adicionales":
		more = true // "56 releases … and 31 more": the same noun, elided
	}
	switch s.text(m.qStart) {
	case "another", "otros", "otras":
		more = true
	}
	counted := hasCue && m.head == headBare && s.pronounCounts(c, m)
	if !hasFigure && !(hasCue && m.head == headBare && (s.actorInClause(c) || counted)) && !(more && m.head == headBare) {
		return -1
	}
	if s.partOfNumber(m) || (s.leadEnd >= 0 && m.t0 > s.leadEnd) {
		return -1 // "12 of the 41 were women"; "Of those released, 14 were women"
	}
	free := func(mi int) bool {
		owns := s.e.metrics[mi].owns
		_, _, competing := s.distances(m, c, mi, owns, false)
		return competing == noDistance && s.isActive(mi)
	}
	// another number of this sentence linked by keyword, nearest first
	best, bestDist := -1, noDistance
	for j, o := range s.nums {
		if j == k || !o.byKeyword || o.trap {
			continue
		}
		if d := s.dist(o.t0, o.t1, m.t0, m.t1); d < bestDist && free(o.metric) {
			best, bestDist = o.metric, d
		}
	}
	if best >= 0 {
		return best
	}
	if !hasFigure && !(hasCue && m.head == headBare) {
		return -1 // "31 more" refers only to a number of the same sentence
	}
	if hasFigure {
		for _, em := range s.ents {
			if em.ent < 0 || em.irrealis {
				continue
			}
			ent := s.e.ents[em.ent]
			for _, mi := range s.active {
				if ent.cat&s.e.metrics[mi].owns != 0 && free(mi) {
					if d := s.dist(em.t0, em.t1, m.t0, m.t1); d < bestDist {
						best, bestDist = mi, d
					}
				}
			}
		}
		if best >= 0 {
			return best
		}
	}
	if l := len(s.st.prevLinked); l > 0 && free(s.st.prevLinked[l-1]) {
		return s.st.prevLinked[l-1]
	}
	if l := len(s.st.prevEvent); (hasFigure || counted) && l > 0 && free(s.st.prevEvent[l-1]) {
		return s.st.prevEvent[l-1]
	}
	return -1
}

// isActive reports whether metric mi is one of those looked for.
func (s *sentence) isActive(mi int) bool {
	for _, a := range s.active {
		if a == mi {
			return true
		}
	}
	return false
}

// updateState records what the next sentence may refer back to.
func (s *sentence) updateState(st *extractState, figs []figure) {
	st.prevActor = -1
	for i := len(figs) - 1; i >= 0; i-- {
		if !figs[i].fallback {
			st.prevActor = figs[i].actor
			break
		}
	}
	if st.prevActor < 0 {
		distinct := -1
		many := false
		for _, em := range s.ents {
			if em.actor < 0 || s.e.actors[em.actor].Role == tracker.Reporter {
				continue
			}
			if em.cueBound {
				st.prevActor = em.actor
			}
			if distinct >= 0 && distinct != em.actor {
				many = true
			}
			distinct = em.actor
		}
		if st.prevActor < 0 && distinct >= 0 && !many {
			st.prevActor = distinct
		}
	}
	st.prevLinked = st.prevLinked[:0]
	for _, m := range s.nums {
		if m.byKeyword && !m.trap {
			st.prevLinked = append(st.prevLinked, m.metric)
		}
	}
	st.prevEvent = st.prevEvent[:0]
	for _, em := range s.ents {
		if em.ent < 0 || em.irrealis {
			continue
		}
		cat := s.e.ents[em.ent].cat
		for _, mi := range s.active {
			if cat&s.e.metrics[mi].owns != 0 {
				st.prevEvent = append(st.prevEvent, mi)
			}
		}
	}
}

// partOfNumber reports whether m is followed by "of the N" / "de los N":
// a part of another count.
func (s *sentence) partOfNumber(m *numMention) bool {
	j := m.t1
	if t := s.text(j); t != "of" && t != "de" && t != "out" {
		return false
	}
	for j++; j < len(s.toks) && j <= m.t1+3; j++ {
		if s.toks[j].kind == tokDigits {
			return true
		}
		if _, ok := s.numberWordAt(j); ok {
			return true
		}
	}
	return false
}

// headIsKeyword reports whether the noun that number m counts is a keyword
// of metric mi: "863 political prisoners".
func (s *sentence) headIsKeyword(m *numMention, mi int) bool {
	if m.headAt < 0 {
		return false
	}
	k := s.entAt[m.headAt]
	return k >= 0 && s.ents[k].ent >= 0 && containsInt(s.e.ents[s.ents[k].ent].metrics, mi)
}

// closeTo reports whether tokens [i, j) stand right before number m (and
// its qualifier) or right after it: the cue governs the number itself.
func (s *sentence) closeTo(i, j int, m *numMention) bool {
	start := m.t0
	if _, n, ok := qualifierBefore.matchEndingAt(s.toks, start); ok {
		start -= n
	}
	if j <= start {
		return s.cost[start]-s.cost[j] <= 2 // "claimed more than 400", "habla de 400"
	}
	return i >= m.t1 && s.cost[i]-s.cost[m.t1] <= 2 // "400 claimed by"
}

// isNumberWordToken reports whether token i is a number word.
func (s *sentence) isNumberWordToken(i int) bool {
	_, ok := s.numberWordAt(i)
	return ok
}

// pronounCounts reports whether a pronoun subject states number m with a
// counting verb, "It has verified 159 so far", in a sentence that names no
// actor: its actor is the previous sentence's.
func (s *sentence) pronounCounts(c int, m *numMention) bool {
	if s.st.prevActor < 0 {
		return false
	}
	for _, em := range s.ents {
		if em.actor >= 0 {
			return false
		}
	}
	for i := range s.toks {
		if s.clause[i] != c || i >= m.t0 {
			continue
		}
		if _, n, ok := cueVerbs.matchAt(s.toks, i); ok && countingVerbs[s.joined(i, i+n)] && s.closeTo(i, i+n, m) &&
			s.subjectOf(i) < 0 && !s.negatedAt(i) {
			return true
		}
	}
	return false
}

// headOfOther reports whether token t is the noun counted by a number
// other than m.
func (s *sentence) headOfOther(t int, m *numMention) bool {
	for k := range s.nums {
		o := &s.nums[k]
		if o.t0 != m.t0 && o.headAt == t && !o.trap {
			return true
		}
	}
	return false
}
