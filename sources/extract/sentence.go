package extract

import (
	"strings"

	"github.com/gapwatch/gapwatch/tracker"
)

// Distances between words are counted in tokens; a comma, colon, bracket or
// dash counts as several words, so that a keyword across an aside is
// "farther" than one in the same phrase.
const (
	punctCost = 5
	// maxLink is the largest distance between a number and the keyword
	// that says what it counts.
	maxLink = 24
	// cueReach is how far after an actor its attribution verb may stand
	// ("Foro Penal, a Venezuelan human rights group, said").
	cueReach = 22
	// cueBonus makes an actor bound to an attribution cue win over a
	// nearer actor that is not ("released by the government").
	cueBonus        = 40
	agentCost       = 30
	objectCost      = 15
	otherClauseCost = 20
	noDistance      = 1 << 30
)

// sentence is the analysis of one sentence.
type sentence struct {
	e      *Extractor
	toks   []token
	active []int
	st     *extractState
	es     bool  // written in Spanish
	cost   []int // cost[i] is the distance cost of toks[:i]
	clause []int // clause number of each token
	group  []int // clauses not separated by a contrast ("while", "pero") share a group
	aside  []int // the aside (relative clause, apposition) of each token, 0 for none
	ents   []entMention
	entAt  []int // index into ents of the mention starting at each token, or -1
	nums   []numMention
}

// entMention is an actor alias, keyword or event term found in a sentence.
type entMention struct {
	t0, t1      int
	ent         int // index into Extractor.ents, or -1 for a last name
	actor       int // actor index, or -1
	cueBound    bool
	agent       bool // "by the government": the doer, not the source
	object      bool // "urged the government": the object of a verb or preposition
	attributive bool // "detained protesters": a term used as an adjective
	irrealis    bool // "promised to release": not something that happened
}

func (e *Extractor) newSentence(rs []rune, toks []token, active []int, st *extractState) *sentence {
	s := &sentence{e: e, toks: toks, active: active, st: st}
	s.es = isSpanish(toks)
	s.cost = make([]int, len(toks)+1)
	for i, t := range toks {
		c := 1
		if t.kind == tokPunct {
			switch t.text {
			case ",", ";", ":", "(", ")", "—", "–", "[", "]":
				c = punctCost
			case "-":
				c = 1
			default:
				c = 0
			}
		}
		s.cost[i+1] = s.cost[i] + c
	}
	s.findEntities()
	s.findNumbers()
	s.combineRanges()
	s.qualify()
	s.markTraps()
	s.findClauses()
	s.bindCues()
	return s
}

func isSpanish(toks []token) bool {
	es, en := 0, 0
	for _, t := range toks {
		if spanishMarkers[t.text] {
			es++
		}
		if englishMarkers[t.text] {
			en++
		}
	}
	return es > en
}

// dist is the distance between token spans [a0,a1) and [b0,b1).
func (s *sentence) dist(a0, a1, b0, b1 int) int {
	switch {
	case a1 <= b0:
		return s.cost[b0] - s.cost[a1] + 1
	case b1 <= a0:
		return s.cost[a0] - s.cost[b1] + 1
	}
	return 0
}

// findEntities finds actor aliases (and last names of actors already named
// in full), metric keywords and event terms, longest first.
func (s *sentence) findEntities() {
	s.entAt = make([]int, len(s.toks))
	for i := range s.entAt {
		s.entAt[i] = -1
	}
	toks := s.toks
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind == tokDigits || t.inURL {
			i++
			continue
		}
		if id, n, ok := s.e.entities.matchAt(toks, i); ok {
			ent := s.e.ents[id]
			m := entMention{t0: i, t1: i + n, ent: id, actor: ent.actor}
			if ent.actor >= 0 {
				s.st.seen[ent.actor] = true
			}
			s.entAt[i] = len(s.ents)
			s.ents = append(s.ents, m)
			i += n
			continue
		}
		if t.upper && t.kind == tokWord {
			if ai, n, ok := s.e.surnames.matchAt(toks, i); ok && s.st.seen[ai] && !s.capitalisedBefore(i) {
				s.entAt[i] = len(s.ents)
				s.ents = append(s.ents, entMention{t0: i, t1: i + n, ent: -1, actor: ai})
				i += n
				continue
			}
		}
		i++
	}
	for k := range s.ents {
		m := &s.ents[k]
		if m.ent < 0 || s.e.ents[m.ent].cat == 0 {
			continue
		}
		m.attributive = peopleNouns[s.text(m.t1)] && !s.e.isTermAt(toks, m.t1)
		m.irrealis = s.irrealisBefore(m.t0) || s.spanishInfinitive(m)
	}
}

// isTermAt reports whether token i starts an entity.
func (e *Extractor) isTermAt(toks []token, i int) bool {
	_, _, ok := e.entities.matchAt(toks, i)
	return ok
}

// capitalisedBefore reports whether the word before i is a capitalised
// word that belongs to the same name ("Delcy Rodríguez" is not "Jorge
// Rodríguez"), not counting the first word of the sentence.
func (s *sentence) capitalisedBefore(i int) bool {
	if i == 0 {
		return false
	}
	p := s.toks[i-1]
	if p.kind != tokWord || !p.upper {
		return false
	}
	switch p.text {
	case "mr", "mrs", "ms", "dr", "sr", "sra", "president", "minister", "presidente", "ministro", "ministra",
		"said", "dijo", "according", "según", "segun", "by", "por":
		return false
	}
	return true
}

// irrealisBefore reports whether a term at t0 is a plan, a promise or a
// demand: "to release", "will be freed", "pidió liberar".
func (s *sentence) irrealisBefore(t0 int) bool {
	for k := t0 - 1; k >= 0 && k >= t0-3; k-- {
		t := s.toks[k]
		if t.kind != tokWord {
			return false
		}
		if irrealisMarkers[t.text] {
			return true
		}
		switch t.text {
		case "be", "been", "being", "get", "ser", "a", "the", "la", "las", "los", "el", "more", "más", "also", "también":
			continue
		}
		return false
	}
	return false
}

// spanishInfinitive reports whether a one-word Spanish term is an
// infinitive ("liberar"): what someone will or should do.
func (s *sentence) spanishInfinitive(m *entMention) bool {
	if m.t1-m.t0 != 1 {
		return false
	}
	w := s.toks[m.t0].text
	return len(w) > 5 && (strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir"))
}

// findClauses numbers the clauses of the sentence: a new clause starts at
// a semicolon, a contrasting conjunction ("while", "mientras", "but"), an
// "and"/"y" before a new subject, and after the first comma of a sentence
// that opens with a subordinator ("While the government claims 400, …").
func (s *sentence) findClauses() {
	n := len(s.toks)
	s.clause = make([]int, n)
	inNumber := make([]bool, n)
	for _, m := range s.nums {
		for k := m.t0; k < m.t1 && k < n; k++ {
			inNumber[k] = true
		}
	}
	first := 0
	for first < n && isQuoteText(s.toks[first].text) {
		first++
	}
	_, _, leading := leadingSubordinators.matchAt(s.toks, first)
	s.group = make([]int, n)
	cl, gr := 0, 0
	for i := 0; i < n; i++ {
		t := s.toks[i]
		switch {
		case inNumber[i]:
		case t.text == ";":
			s.clause[i], s.group[i] = cl, gr
			cl++
			continue
		case leading && t.text == ",":
			s.clause[i], s.group[i] = cl, gr
			cl++
			gr++
			leading = false
			continue
		case i > first && s.contrastAt(i):
			cl++
			gr++
		case (t.text == "and" || t.text == "y" || t.text == "e") && i > first && s.newSubjectAt(i+1):
			cl++
		}
		s.clause[i], s.group[i] = cl, gr
	}
	s.findAsides()
}

// findAsides marks relative clauses and appositions set off by commas
// (", which Foro Penal disputes,", ", a rights group,"): an actor inside
// one is not the subject of the verb after it, and the actor before it is.
func (s *sentence) findAsides() {
	n := len(s.toks)
	s.aside = make([]int, n)
	id := 0
	for i := 0; i+1 < n; i++ {
		if s.toks[i].text != "," || !asideStarters[s.toks[i+1].text] {
			continue
		}
		id++
		j := i + 1
		for ; j < n && s.toks[j].text != "," && s.toks[j].text != ";" && s.clause[j] == s.clause[i]; j++ {
			s.aside[j] = id
		}
		i = j - 1
	}
}

func (s *sentence) contrastAt(i int) bool {
	_, _, ok := contrastConjunctions.matchAt(s.toks, i)
	if !ok {
		return false
	}
	// "but also", "aunque sea": not a new clause
	switch s.text(i + 1) {
	case "also", "only", "not":
		return false
	}
	return true
}

// newSubjectAt reports whether a new subject starts at token i: an actor,
// possibly after a determiner.
func (s *sentence) newSubjectAt(i int) bool {
	for i < len(s.toks) && determiners[s.toks[i].text] {
		i++
	}
	if i >= len(s.toks) {
		return false
	}
	k := s.entAt[i]
	return k >= 0 && s.ents[k].actor >= 0
}

// bindCues marks the actors that an attribution cue names as the source of
// what the clause says: "according to X", "según X", "X said", "said X",
// "X's figures"; and the actors that are only the doers ("by X").
func (s *sentence) bindCues() {
	toks := s.toks
	n := len(toks)
	for k := range s.ents {
		a := &s.ents[k]
		if a.actor < 0 {
			continue
		}
		j := a.t0
		for j > 0 && determiners[toks[j-1].text] {
			j--
		}
		if _, _, ok := cuePrefixes.matchEndingAt(toks, j); ok {
			a.cueBound = true
			continue
		}
		if p := s.text(j - 1); p == "by" || p == "por" {
			a.agent = true
		} else if j > 0 && s.toks[j-1].kind == tokWord && (objectMarkers[p] || verbLike(p)) {
			a.object = true
		}
		if t := s.text(a.t1); t == "'s" || t == "'" {
			if possessiveNouns[s.text(a.t1+1)] || possessiveNouns[s.text(a.t1+2)] {
				a.cueBound = true
				continue
			}
		}
		// "…, said Foro Penal", "informó el gobierno"
		if s.invertedCue(j) {
			a.cueBound = true
			continue
		}
		// "Foro Penal, a rights group, said"; an actor inside an aside only
		// binds to a verb of the aside.
		inAside := s.aside[a.t0]
		for q := a.t1; q < n && s.clause[q] == s.clause[a.t0] && s.cost[q]-s.cost[a.t1] <= cueReach+asideReach(inAside); q++ {
			if inAside != 0 && s.aside[q] != inAside {
				break
			}
			if inAside == 0 && s.aside[q] != 0 {
				continue
			}
			if e := s.entAt[q]; e >= 0 && s.ents[e].actor >= 0 {
				break
			}
			if _, _, ok := cueVerbs.matchAt(toks, q); ok {
				a.cueBound = !s.negatedAt(q)
				break
			}
		}
	}
}

// asideReach lets the verb after an aside be farther from its subject.
func asideReach(inAside int) int {
	if inAside != 0 {
		return 0
	}
	return cueReach
}

// invertedCue reports whether an attribution verb stands just before the
// actor starting at j, after a comma, a quote or at the start: "…,' said
// Foro Penal"; "informó este lunes el Foro Penal".
func (s *sentence) invertedCue(j int) bool {
	for v := j; v > 0 && v >= j-3; v-- {
		if _, n, ok := cueVerbs.matchEndingAt(s.toks, v); ok {
			start := v - n
			if start == 0 {
				return true
			}
			p := s.toks[start-1]
			if p.kind == tokPunct || p.text == "según" || p.text == "segun" || p.text == "como" || p.text == "as" {
				return !s.negatedAt(start)
			}
			return false
		}
		if t := s.toks[v-1]; t.kind == tokPunct || (s.entAt[v-1] >= 0 && s.ents[s.entAt[v-1]].actor >= 0) {
			return false
		}
	}
	return false
}

// negatedAt reports whether the cue at token q is negated: "could not
// verify", "no confirmó".
func (s *sentence) negatedAt(q int) bool {
	for k := q - 1; k >= 0 && k >= q-3; k-- {
		t := s.text(k)
		if negations[t] || strings.HasSuffix(t, "n't") {
			return true
		}
		if s.toks[k].kind == tokPunct {
			return false
		}
	}
	return false
}

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
	for _, mi := range s.active {
		owns := s.e.metrics[mi].owns
		own, neutral, competing := s.distances(m, c, mi, owns)
		score := noDistance
		switch {
		case owns != 0:
			if own <= maxLink && own < competing {
				score = own
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
func (s *sentence) distances(m *numMention, c, mi int, owns category) (own, neutral, competing int) {
	own, neutral, competing = noDistance, noDistance, noDistance
	for pass := 0; pass < 2 && own == noDistance && competing == noDistance; pass++ {
		for _, em := range s.ents {
			if em.ent < 0 || s.clause[em.t0] != c || em.attributive != (pass == 1) {
				continue
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
		if _, _, ok := cueVerbs.matchAt(s.toks, i); ok && !s.negatedAt(i) {
			hasCue = true
		}
		if _, _, ok := cuePrefixes.matchAt(s.toks, i); ok {
			hasCue = true
		}
	}
	// "the government claimed more than 400": an elliptical figure needs its
	// speaker in the same clause; a part of another number ("12 of the
	// 41") is never one.
	if !hasFigure && !(hasCue && m.head == headBare && s.actorInClause(c)) {
		return -1
	}
	if s.partOfNumber(m) {
		return -1
	}
	free := func(mi int) bool {
		owns := s.e.metrics[mi].owns
		_, _, competing := s.distances(m, c, mi, owns)
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
	if l := len(s.st.prevEvent); hasFigure && l > 0 && free(s.st.prevEvent[l-1]) {
		return s.st.prevEvent[l-1]
	}
	return -1
}

func (s *sentence) isActive(mi int) bool {
	for _, a := range s.active {
		if a == mi {
			return true
		}
	}
	return false
}

// actorFor returns the actor who stated number m: the best actor of its
// clause, else of its sentence, preferring actors bound to an attribution
// cue and nearer ones; reporters are never sources. With no actor in the
// sentence, the previous sentence's actor is used (fallback).
func (s *sentence) actorFor(m *numMention) (actor int, fallback, ok bool) {
	c := s.clause[m.t0]
	best, bestScore := -1, noDistance
	reporter, named := false, false
	for _, em := range s.ents {
		if em.actor < 0 {
			continue
		}
		if s.e.actors[em.actor].Role == tracker.Reporter {
			reporter = true
			continue
		}
		named = true
		score := s.dist(em.t0, em.t1, m.t0, m.t1)
		if em.cueBound {
			score -= cueBonus
		}
		if em.agent {
			score += agentCost
		}
		if em.object && !em.cueBound {
			score += objectCost
		}
		if s.clause[em.t0] != c {
			if s.group[em.t0] != s.group[m.t0] {
				continue // across "while", "pero": another party's statement
			}
			score += otherClauseCost + cueBonus
		}
		if score < bestScore {
			best, bestScore = em.actor, score
		}
	}
	if best >= 0 {
		return best, false, true
	}
	if reporter || named || s.unknownSource() {
		return -1, false, false
	}
	if s.st.prevActor >= 0 {
		return s.st.prevActor, true, true
	}
	return -1, false, false
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

// unknownSource reports whether the sentence attributes what it says to a
// named source that is not a configured actor ("Delcy Rodríguez said",
// "according to Human Rights Watch"): then the previous sentence's actor
// is not the source.
func (s *sentence) unknownSource() bool {
	for q := range s.toks {
		if _, n, ok := cuePrefixes.matchAt(s.toks, q); ok {
			j := q + n
			for j < len(s.toks) && determiners[s.toks[j].text] {
				j++
			}
			if j < len(s.toks) && s.toks[j].kind == tokWord && s.toks[j].upper && s.entAt[j] < 0 && !pronouns[s.toks[j].text] {
				return true
			}
			continue
		}
		if _, _, ok := cueVerbs.matchAt(s.toks, q); ok && q > 0 {
			p := s.toks[q-1]
			if p.kind == tokWord && p.upper && s.entAt[q-1] < 0 && !pronouns[p.text] && !(q-1 == 0 && determiners[p.text]) {
				return true
			}
		}
	}
	return false
}

// actorInClause reports whether clause c names an actor that can be a
// source (not a reporter).
func (s *sentence) actorInClause(c int) bool {
	for _, em := range s.ents {
		if em.actor >= 0 && s.clause[em.t0] == c && s.e.actors[em.actor].Role != tracker.Reporter {
			return true
		}
	}
	return false
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
