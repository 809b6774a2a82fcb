package extract

import "strings"

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
	// leadEnd is the comma that ends an opening partitive phrase, or -1
	leadEnd int
	ents    []entMention
	entAt   []int // index into ents of the mention starting at each token, or -1
	nums    []numMention
}

// entMention is an actor alias, keyword or event term found in a sentence.
type entMention struct {
	t0, t1      int
	ent         int // index into Extractor.ents, or -1 for a last name
	actor       int // actor index, or -1
	cueBound    bool
	speaker     bool // the subject of an attribution verb: "Foro Penal informó que"
	agent       bool // "by the government": the doer, not the source
	object      bool // "urged the government": the object of a verb or preposition
	attributive bool // "detained protesters": a term used as an adjective
	irrealis    bool // "promised to release": not something that happened
	partitive   bool // in an opening "Of those released," phrase
}

// newSentence analyses the tokens of one sentence: its actors, keywords
// and terms, its numbers with their qualifiers and traps, its clauses and
// the attribution cues of its actors. Buffers come from st and are reused
// by the next sentence.
func (e *Extractor) newSentence(toks []token, active []int, st *extractState) *sentence {
	st.buf.reset()
	s := &sentence{e: e, toks: toks, active: active, st: st, ents: st.ents[:0], nums: st.nums[:0]}
	s.es = isSpanish(toks)
	s.cost = st.buf.ints(len(toks) + 1)
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

// isSpanish reports whether a sentence has more Spanish than English
// function words.
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
	s.entAt = s.st.buf.ints(len(s.toks))
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
		m.attributive = s.nounAt(m.t1)
		m.irrealis = s.irrealisBefore(m.t0) || s.spanishInfinitive(m)
		// "5 of those released … and 2 are": the term names the whole that
		// the numbers are parts of
		if m.t0 >= 2 && partitiveDeterminers[s.text(m.t0-1)] {
			switch s.text(m.t0 - 2) {
			case "of", "de", "among", "entre":
				m.partitive = true
			}
		}
	}
}

// nounAt reports whether a noun for people or a metric keyword that is not
// an event term starts at token i: "released prisoners", "detained
// protesters".
func (s *sentence) nounAt(i int) bool {
	if id, _, ok := s.e.entities.matchAt(s.toks, i); ok {
		ent := s.e.ents[id]
		return ent.cat == 0 && ent.actor < 0
	}
	return peopleNouns[s.text(i)]
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
	s.clause = s.st.buf.ints(n)
	inNumber := s.st.buf.bools(n)
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
	s.group = s.st.buf.ints(n)
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
			// "said the releases were a first step but that 700 remain":
			// the same reported speech goes on
			if _, n, _ := contrastConjunctions.matchAt(s.toks, i); s.text(i+n) != "that" && s.text(i+n) != "que" {
				gr++
			}
		case (t.text == "and" || t.text == "y" || t.text == "e") && i > first && s.newSubjectAt(i+1):
			cl++
		}
		s.clause[i], s.group[i] = cl, gr
	}
	s.findAsides()
	s.findLeadingPartitive(first)
}

// findLeadingPartitive marks the terms of an opening partitive phrase, "Of
// those released, 14 were women": they describe the whole, and a number
// after the phrase is a part of it, not a count of the same event.
func (s *sentence) findLeadingPartitive(first int) {
	s.leadEnd = -1
	switch s.text(first) {
	case "of", "de", "among", "entre", "del":
	default:
		return
	}
	// "Of those", "De los", "Entre los 56": not "De acuerdo con"
	next := first + 1
	if next >= len(s.toks) || !(partitiveDeterminers[s.toks[next].text] || s.toks[next].kind == tokDigits || s.text(first) == "del") {
		return
	}
	for i := first + 1; i < len(s.toks); i++ {
		if s.toks[i].text == "," {
			s.leadEnd = i
			break
		}
	}
	for k := range s.ents {
		if s.ents[k].t0 < s.leadEnd {
			s.ents[k].partitive = true
		}
	}
}

// findAsides marks relative clauses and appositions set off by commas
// (", which Foro Penal disputes,", ", a rights group,"): an actor inside
// one is not the subject of the verb after it, and the actor before it is.
func (s *sentence) findAsides() {
	n := len(s.toks)
	s.aside = s.st.buf.ints(n)
	id := 0
	for i := 0; i+1 < n; i++ {
		if s.toks[i].text != "," {
			continue
		}
		if _, _, ok := asideStarters.matchAt(s.toks, i+1); !ok {
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

// contrastAt reports whether a contrasting conjunction that starts a new
// clause stands at token i.
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
	// ", sin embargo,", ", however,": a parenthesis, not a new clause
	if _, n, _ := contrastConjunctions.matchAt(s.toks, i); s.text(i-1) == "," && s.text(i+n) == "," {
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

// firstOfClause returns the first token of clause c.
func (s *sentence) firstOfClause(c int) int {
	for i, x := range s.clause {
		if x == c {
			return i
		}
	}
	return 0
}
