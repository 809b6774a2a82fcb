package extract

import (
	"slices"
	"strings"

	"github.com/gapwatch/gapwatch/tracker"
)

// Linking: which metric a number counts, from the keywords and event terms
// of its clause, or from the figure it answers ("a far higher figure of
// 400").

// figure is an extraction before it is turned into an Extraction.
type figure struct {
	num int // index into the sentence's numbers
	at  int // the rune offset of the number in the text
	// clause is the rune span of the number's clause in the text
	clause        [2]int
	metric, actor int
	value, high   int64
	qual          tracker.Qualifier
	fallback      bool
	// pendingFallback is, for a figure whose actor is pendingActor, the
	// actor it falls back on when its quotation names no speaker, or -1.
	pendingFallback int
}

// placed returns figure f with the place of its number in the text: the
// number's rune offset and its clause's span, which the checks on the
// whole text read.
func (s *sentence) placed(f figure) figure {
	t0 := s.nums[f.num].t0
	f.at, f.clause = s.toks[t0].start, s.clauseSpan(t0)
	return f
}

// clauseSpan returns the rune offsets of the start and end of the clause
// of token t.
func (s *sentence) clauseSpan(t int) [2]int {
	i, j := t, t
	for i > 0 && s.clause[i-1] == s.clause[t] {
		i--
	}
	for j+1 < len(s.toks) && s.clause[j+1] == s.clause[t] {
		j++
	}
	return [2]int{s.toks[i].start, s.toks[j].end}
}

// figures links every number to a metric and an actor.
func (s *sentence) figures() []figure {
	s.freePartsOfOtherMetric()
	for k := range s.nums {
		if m := &s.nums[k]; !m.trap && s.baseOfUntrackedWhole(m) {
			// "De los 202 mil 188 planteles del país, 20 mil 377 no
			// abrieron": the whole a part is taken from, no count of what
			// any metric tracks
			m.trap, m.dropReason = true, "no_metric"
		}
	}
	for k := range s.nums {
		m := &s.nums[k]
		if m.head == headBare && k > 0 && s.nums[k-1].head == headOther && !s.nums[k-1].trap && s.ofWhich(m.t1) {
			// "nine fatal accidents, seven of which occurred…": the part
			// counts what the whole counts
			m.head, m.headAt = headOther, s.nums[k-1].headAt
		}
		if m.head == headBare && k+1 < len(s.nums) && s.nums[k+1].head == headOther && s.partOfNumber(m) {
			// "only 111 of 279 WHO missions": the part counts what the
			// whole counts
			m.head, m.headAt = headOther, s.nums[k+1].headAt
		}
		if m.head == headOther && !m.trap && m.ranked == 0 {
			// (a rank's noun is what it ranks: "the death of a sixth
			// infant")
			// "1.444 accidentes por mordedura animal": a noun of records
			// of what the keyword after it names
			if mi := s.recordsOfKeyword(m); mi >= 0 {
				m.metric, m.byKeyword = mi, true
			} else if mi := s.splitKeywordMetric(m); mi >= 0 {
				m.metric, m.byKeyword = mi, true // "1,391 intensive-care beds were occupied" for "beds occupied"
			} else if mi := s.suchHeadMetric(m); mi >= 0 {
				m.metric, m.byKeyword = mi, true // "107 such attacks" for "acid attacks"
			} else if mi := s.bareReportsMetric(m); mi >= 0 {
				m.metric, m.byKeyword = mi, true // "the tally of sexual violence stands at 372 incidents"
			} else if mi := s.timesOfEvent(m); mi >= 0 {
				m.metric, m.byKeyword = mi, true // "have attacked Naftogaz sites 401 times"
			} else if mi := s.unlistedThingMetric(m); mi >= 0 {
				m.metric, m.byKeyword = mi, true // "9,751 mobiles were stolen" for a metric of phones
			}
			continue
		}
		if m.trap {
			continue
		}
		m.metric = s.keywordMetric(m)
		if m.metric >= 0 && (s.broaderThan(m, m.metric) || s.otherRole(m, m.metric) || s.siblingPopulation(k)) {
			// "attacks that have left 553 people dead", "la muerte de más
			// de 460 pacientes": not the health workers a metric counts;
			// "44 of its officers had been killed": not the protesters
			m.metric = -1
		}
		if m.metric >= 0 && s.listItemOfOwnPredicate(m) {
			// "siete fueron asesinados, ocho sufrieron atentados": the
			// item's own verb, no term of a metric, says what 8 counts
			m.metric = -1
		}
		m.byKeyword = m.metric >= 0
	}
	s.freeFurtherOfOtherMetric()
	s.copyGappedHeads()
	// "808 and then 895 releases", "56, 61 or 70 excarcelaciones": a bare
	// number shares the noun of the coordinated number after it
	for k := len(s.nums) - 2; k >= 0; k-- {
		m, o := &s.nums[k], &s.nums[k+1]
		if m.trap || m.head != headBare || m.byKeyword || o.trap || !o.byKeyword || o.head != headTerm && o.head != headPeople {
			continue // (not "the number of people killed has risen to 135, and eight others are still missing")
		}
		if s.coordinated(m.t1, o.qStart) {
			m.metric, m.byKeyword = o.metric, true
		}
	}
	// "cuatro vías nacionales y 29 departamentales": a number whose noun
	// is left out before its adjective counts what the number before it
	// counts, its noun and an adjective of the same ending
	for k := 1; k < len(s.nums); k++ {
		if m, o := &s.nums[k], &s.nums[k-1]; !m.trap && m.metric < 0 && o.byKeyword && s.elidedNounAfter(o, m) {
			m.metric, m.byKeyword = o.metric, true
		}
	}
	// "Data Cívica contabiliza 30 asesinatos y el Gobierno, 12": a bare
	// number after an actor in a clause whose verb is left out counts
	// what the number of the clause before counts
	for k := range s.nums {
		m := &s.nums[k]
		if m.trap || m.head != headBare || m.metric >= 0 {
			continue
		}
		if _, prev := s.gapBefore(m); prev >= 0 && s.nums[prev].byKeyword {
			m.metric, m.byKeyword = s.nums[prev].metric, true
		}
	}
	// "Four more children have been confirmed with wild poliovirus,
	// lifting the country's count to 63": the total an increment brings
	// counts what the increment counts
	for k := 1; k < len(s.nums); k++ {
		m := &s.nums[k]
		if m.trap || m.head != headBare || m.metric >= 0 || !s.bringsTotal(m) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if o := &s.nums[j]; o.trap && o.dropReason == "increment" {
				if mi := s.keywordMetric(o); mi >= 0 {
					m.metric, m.byKeyword = mi, true
				}
				break
			}
		}
	}
	// "8,342 extortion complaints in 2021, 9,791 in 2022 and 4,232 so far
	// this year": a bare number after a count and its period counts what
	// that count counts, for its own period
	for k := 1; k < len(s.nums); k++ {
		m := &s.nums[k]
		if m.trap || m.head != headBare || m.metric >= 0 {
			continue
		}
		if prev := s.periodListBefore(k); prev >= 0 {
			m.metric, m.byKeyword = s.nums[prev].metric, true
		}
	}
	s.elidedNounAfterAdjective()
	s.correctedNumbers()
	topic := s.topicTermMetric()
	for k := range s.nums {
		m := &s.nums[k]
		if m.trap || m.head == headOther || m.metric >= 0 || m.head == headTerm {
			continue
		}
		if topic >= 0 && m.head == headBare {
			m.metric, m.byKeyword = topic, true // "En cuanto a los lesionados, el gobierno contabiliza 60"
			continue
		}
		if m.partsFrom > 0 {
			if mi := s.keywordMetric(&s.nums[m.partsFrom-1]); mi >= 0 {
				m.metric, m.byKeyword = mi, true // "rescued 91 migrants off Lesvos and 111 off Samos, 202 people in all"
				continue
			}
		}
		m.metric = s.anaphoricMetric(k)
	}
	s.freeSharesOfOtherMetric()
	s.freeRoleShares()
	for k := range s.nums {
		if m := &s.nums[k]; !m.trap && m.metric >= 0 {
			m.metric = s.markedMetric(m)
			if s.e.countsPerDay {
				m.metric = s.periodMetric(m)
			}
		}
	}
	out := s.st.figs[:0] // (valid until the next sentence's figures)
	for k, m := range s.nums {
		if m.trap || m.metric < 0 {
			continue
		}
		if s.deniedBefore(&m) || s.eventNegated(&m) {
			s.nums[k].dropReason = "denied"
			continue
		}
		if s.earlierPeriod(&m) || s.supersededStatement(&m) {
			s.nums[k].dropReason = "earlier_period"
			continue
		}
		if s.anotherOfSame(k) || s.broughtToTotal(k) {
			s.nums[k].dropReason = "increment"
			continue
		}
		if s.placedPart(&m) || s.groupPart(&m) || s.shareAside(&m) || s.afterLeadingPartitive(&m) || s.addsUpLater(k) ||
			s.breakdownOpener() {
			s.nums[k].dropReason = "partial"
			continue
		}
		actor, fallback, ok := s.actorFor(&m)
		high := m.high
		if m.qual != tracker.Range {
			high = 0
		}
		if !ok {
			s.unlistedSpoke = s.unlistedSpoke || s.vetoed
			s.nums[k].dropReason = s.noActorReason()
			if s.nums[k].dropReason == "no_actor" {
				s.unattributed = append(s.unattributed, s.placed(figure{num: k, metric: m.metric, actor: -1, value: m.value,
					high: high, qual: m.qual, fallback: true}))
			}
			continue
		}
		out = append(out, s.placed(figure{num: k, metric: m.metric, actor: actor, value: m.value, high: high, qual: m.qual,
			fallback: fallback, pendingFallback: s.pendingFallback}))
		if other := s.jointSpeaker(actor); other >= 0 {
			// "the International Labour Organization (ILO) and UNICEF
			// said": a joint statement is each one's figure
			out = append(out, s.placed(figure{num: k, metric: m.metric, actor: other, value: m.value, high: high, qual: m.qual,
				fallback: fallback}))
		}
	}
	s.st.figs = out
	return s.pairRespectively(out)
}

// pairRespectively gives each figure of a sentence that pairs its sources
// with its counts "respectively" ("The ministry and the Red Cross put the
// number killed at 45 and 120, respectively") the source in the same
// place of the list: the first count the first source's, and so on. Other
// sentences' figures are returned as they are.
func (s *sentence) pairRespectively(figs []figure) []figure {
	if len(figs) < 2 || !s.hasWord(respectiveWords) {
		return figs
	}
	var actors []int
	for _, em := range s.ents {
		if em.actor >= 0 && !containsInt(actors, em.actor) && s.e.actors[em.actor].Role != tracker.Reporter {
			actors = append(actors, em.actor)
		}
	}
	var nums []int
	for _, f := range figs {
		if !containsInt(nums, f.num) {
			nums = append(nums, f.num)
		}
	}
	if len(actors) < 2 || len(actors) != len(nums) {
		return figs
	}
	// one figure per number, with its paired source (a joint speaker's
	// copy of the same number goes)
	out := make([]figure, 0, len(nums))
	for i, k := range nums {
		for _, f := range figs {
			if f.num == k {
				f.actor = actors[i]
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// ofWhich reports whether the words at token i make the number before
// them a part of the noun just named: "of which", "of whom", "de los
// cuales", "de las cuales".
func (s *sentence) ofWhich(i int) bool {
	switch s.text(i) {
	case "of":
		t := s.text(i + 1)
		return t == "which" || t == "whom" || t == "them"
	case "de":
		t := s.text(i + 2)
		return (s.text(i+1) == "los" || s.text(i+1) == "las") && (t == "cuales" || t == "que")
	}
	return false
}

// freePartsOfOtherMetric takes back the partial mark of a part ("of which
// 74", "de los cuales 79.146", "46 of them") whose own clause counts
// another metric of the tracker than the whole it is taken from: "189
// casos confirmados, de los cuales 74 fueron mortales" counts deaths,
// "502,264 cases, of which 293,929 suspected" counts suspected cases.
func (s *sentence) freePartsOfOtherMetric() {
	for k := 1; k < len(s.nums); k++ {
		m := &s.nums[k]
		if !m.trap || m.dropReason != "partial" {
			continue // (a ratio's base, "one in five of them", is dropped as a percentage)
		}
		// "of which 208,335 were confirmed and 293,929 suspected": a part
		// coordinated with the first takes the same reading
		whole := -1
		for j := k - 1; j >= 0; j-- {
			if o := &s.nums[j]; o.head != headOther && !o.trap {
				whole = j
				break
			}
		}
		if whole < 0 {
			continue
		}
		wholeMetric := s.keywordMetric(&s.nums[whole])
		if named := s.copulaKeywordMetric(m); named >= 0 && named != wholeMetric {
			// "263 muertos por hambre, de los cuales 112 eran menores",
			// "112 of whom were children" for a metric keyed on
			// "menores": what the part's people were names its metric
			m.trap, m.dropReason, m.named = false, "", named+1
			continue
		}
		prev := &s.nums[k-1]
		joined := s.in(m.qStart-1, coordinators) && m.qStart-prev.t1 <= 4
		// "331 cases …, including 10 deaths": after a subset marker, a part
		// whose own noun counts another tracked metric than its whole's
		including := wholeMetric >= 0 && s.afterSubsetMarker(m)
		if !m.ofThem && !including && !s.partAfterOfWhich(m) && !((prev.ofThem || s.partAfterOfWhich(prev)) && joined) {
			continue
		}
		part := s.keywordMetric(m)
		if part < 0 || !s.metricTermAfter(m, part) {
			if ep := s.elidedNounMetric(m, &s.nums[whole]); ep >= 0 && ep != wholeMetric {
				// "502,264 cases …, of which 293,929 suspected" for
				// "suspected cases": the whole's noun left out
				m.trap, m.dropReason, m.elided = false, "", ep+1
			}
			continue
		}
		if part == wholeMetric {
			continue // ("8,941 victims exhumed from mass graves, … only 70 of them returned": no count of graves)
		}
		if including && s.earlierCountOf(k, part) {
			continue // ("4,471 cases and 99 deaths, including 37 new infections": a part of the cases)
		}
		m.trap, m.dropReason = false, ""
	}
	// "Some 4,120 of those warheads were deployed": a part that names the
	// whole's noun after "of those", and whose own predicate counts
	// another metric than that noun does
	for k := range s.nums {
		m := &s.nums[k]
		if !m.trap || m.dropReason != "partial" {
			continue
		}
		whole, end := s.partitiveNounMetric(m)
		if whole < 0 {
			continue
		}
		// the part's own passive predicate says what befell it: "were
		// deployed", "fueron asesinados" (not "Two of the dead had
		// confirmed infections", what they were)
		j := end
		for j < len(s.toks) && j < end+3 && (s.in(j, passiveAuxiliaries) || s.in(j, statePassives) ||
			s.in(j, auxiliaries) && s.in(j+1, passiveAuxiliaries)) {
			j++
		}
		if j == end {
			continue
		}
		if part := s.metricOfTerm(j); part >= 0 && part != whole {
			m.trap, m.dropReason = false, ""
		}
	}
}

// earlierCountOf reports whether a count before number k of the sentence,
// not itself a part, is of metric mi by its keyword.
func (s *sentence) earlierCountOf(k, mi int) bool {
	for j := 0; j < k; j++ {
		if o := &s.nums[j]; !o.trap && o.head != headOther && s.keywordMetric(o) == mi {
			return true
		}
	}
	return false
}

// afterSubsetMarker reports whether a subset marker ("including",
// "entre ellos") ends right before number m's qualifier.
func (s *sentence) afterSubsetMarker(m *numMention) bool {
	_, _, ok := subsetMarkers.matchEndingAt(s.toks, m.qStart)
	return ok
}

// statePassives give a participle as the state its subject is in: "están
// desplegadas", "quedaron destruidas".
var statePassives = newWordSet("está", "están", "estaba", "estaban", "quedó", "quedaron", "remain", "remained")

// partitiveNounMetric returns the one metric of the term that follows
// number m after "of" and a determiner that points back ("4,120 of those
// warheads", "1.200 de esas ojivas", "of the cases"), and the token after
// that term; -1 when no such term of one metric follows.
func (s *sentence) partitiveNounMetric(m *numMention) (metric, end int) {
	if t := s.text(m.t1); t != "of" && t != "de" {
		return -1, 0
	}
	j := m.t1 + 1
	if !s.in(j, partitiveDeterminers) && !s.in(j, demonstratives) {
		return -1, 0
	}
	e := s.entAt[j+1]
	if e < 0 {
		return -1, 0
	}
	return s.metricOfTerm(j + 1), s.ents[e].t1
}

// elidedNounMetric returns the one metric whose keyword of two words the
// word right after part m makes with the noun of the whole it is taken
// from, left out after m: "502,264 chikungunya cases …, of which 293,929
// suspected" for "suspected cases", "… casos, de los cuales 1.200
// sospechosos" for "casos sospechosos". It returns -1 otherwise.
func (s *sentence) elidedNounMetric(m, whole *numMention) int {
	if whole.headAt < 0 || m.t1 >= len(s.toks) || s.toks[m.t1].kind != tokWord {
		return -1
	}
	first, last := whole.headAt, whole.headAt
	if k := s.entAt[first]; k >= 0 {
		first, last = s.ents[k].t0, s.ents[k].t1-1 // "chikungunya cases", "casos de chikungunya": the term's noun
	}
	w := s.text(m.t1)
	for _, pair := range [2][2]string{{w, s.text(last)}, {s.text(first), w}} {
		phrase := [2]token{{text: pair[0], kind: tokWord}, {text: pair[1], kind: tokWord}}
		if id, l, ok := s.e.entities.matchAt(phrase[:], 0); ok && l == 2 && s.e.ents[id].actor < 0 && len(s.e.ents[id].metrics) == 1 {
			return s.e.ents[id].metrics[0]
		}
	}
	return -1
}

// metricTermAfter reports whether a keyword or term of metric mi follows
// number m within its predicate: "74 fueron mortales", "293,929 suspected".
func (s *sentence) metricTermAfter(m *numMention, mi int) bool {
	for j := m.t1; j < len(s.toks) && j < m.t1+8; j++ {
		if t := s.toks[j]; t.kind == tokPunct && t.text != "," {
			return false
		}
		if k := s.entAt[j]; k >= 0 && s.ents[k].ent >= 0 && s.ents[k].actor < 0 && containsInt(s.e.ents[s.ents[k].ent].metrics, mi) {
			return true
		}
	}
	return false
}

// copulaKeywordMetric returns the metric of the keyword that a copula
// right after part m ("of them" between) gives as what its people were:
// "de los cuales 112 eran menores", "780 of whom were drivers", "36 of
// them were children". It returns -1 when no copula follows, or the noun
// after it (past an article or an adjective) is no keyword of one metric.
func (s *sentence) copulaKeywordMetric(m *numMention) int {
	j := m.t1
	if (s.text(j) == "of" || s.text(j) == "de") && (s.in(j+1, objectPronouns) || s.text(j+1) == "whom" || s.text(j+1) == "quienes") {
		j += 2
	}
	switch s.text(j) {
	case "were", "was", "are", "eran", "fueron", "son", "era":
	default:
		return -1
	}
	for k := j + 1; k < len(s.toks) && k <= j+3; k++ {
		if e := s.entAt[k]; e >= 0 && s.ents[e].ent >= 0 && s.ents[e].actor < 0 {
			if ms := s.e.ents[s.ents[e].ent].metrics; len(ms) == 1 && containsInt(s.active, ms[0]) {
				return ms[0]
			}
			return -1
		}
		if s.toks[k].kind != tokWord {
			return -1
		}
	}
	return -1
}

// partAfterOfWhich reports whether number m follows "of which", "of
// whom", "de los cuales", "de las que" (ofWhich).
func (s *sentence) partAfterOfWhich(m *numMention) bool {
	return s.ofWhich(m.qStart-2) || s.ofWhich(m.qStart-3)
}

// keywordMetric returns the metric whose keywords are bound to the number
// in its clause, or -1. For a metric with event terms, the nearest term of
// its own category must be nearer than any competing term ("863 political
// prisoners still in detention" is not a release count); a metric without
// event terms needs one of its keywords.
func (s *sentence) keywordMetric(m *numMention) int {
	if m.elided > 0 {
		return m.elided - 1 // (see elidedNounMetric)
	}
	if m.ranked > 0 {
		return m.ranked - 1 // (see ordinalCountAt)
	}
	if m.named > 0 {
		return m.named - 1 // (see freePartsOfOtherMetric)
	}
	if s.countsInhabitants(m) {
		return -1 // "una localidad de unos 10.000 habitantes": who lives there, no event
	}
	if s.headOfUntrackedKind(m) {
		return -1 // "atendieron a 113 sobrevivientes": survivors, which no metric counts
	}
	if s.agentOfCountedAct(m) {
		return -1 // "200 soldiers killed 40 militants": who did it, not whom it befell
	}
	if mi := s.agentKeywordMetric(m); mi >= 0 {
		return mi // "Police killed 6,393 people" for "killed by police"
	}
	if mi := s.ellipticFigureOf(m); mi >= 0 {
		// "elevó a 1.200 la cifra de fallecidos y a 300 la de
		// desaparecidos": the noun left out is the figure noun before
		return mi
	}
	if mi := s.comparedFigureMetric(m); mi >= 0 {
		return mi // "…, which does not acknowledge holding political prisoners, reported a far higher figure of 400"
	}
	if mi := s.figureOfMetric(m); mi >= 0 {
		return mi // "put the number of political prisoners at 687 and the number of releases at 350"
	}
	if mi := s.putTermMetric(m); mi >= 0 {
		return mi // "puts Russia's combat losses at about 332,810"
	}
	if mi := s.relativeCountOf(m); mi >= 0 {
		return mi // "los presos políticos del país, que a día de hoy son 1.177"
	}
	if mi, ok := s.casesOfKeyword(m); ok {
		return mi // "1,638 cases of microcephaly" where another metric counts cases
	}
	if mi := s.verbOverNounOf(m); mi >= 0 {
		return mi // "commuting the death sentences of 2,747 prisoners"
	}
	if mi := s.sentencedToDeathMetric(m); mi >= 0 {
		return mi // "sentenced 11 Muslims to death", "condenó a muerte a 683 islamistas"
	}
	if mi := s.eventOfUnitAfter(m); mi >= 0 {
		return mi // "151 deaths of Sri Lankan elephants" for trackers of human and elephant deaths
	}
	if mi := s.weighedSubstanceMetric(m); mi >= 0 {
		return mi // "hallaron 1.669 kilos de cocaína" for the one metric of cocaine weighed
	}
	if mi := s.eventNounOf(m); mi >= 0 {
		if u := s.unitNounMetric(m); u >= 0 && u != mi && (s.e.metrics[u].owns.overlaps(s.e.metrics[mi].owns) || s.unitClash(m, mi)) {
			// "la muerte de 49 elefantes" for trackers of human and
			// elephant deaths: the one measured in elephants ("la muerte de
			// 3.262 reses" for a metric of livestock keyed on nouns alone)
			return u
		}
		return mi // "la liberación el sábado de 14 encarcelados"
	}
	if mi := s.governingKeywordVerb(m); mi >= 0 {
		return mi // "se erradicaron en Colombia 137 mil hectáreas de coca"
	}
	if mi := s.carriedByVessel(m); mi >= 0 {
		return mi // "intercepted a boat carrying 160 passengers"
	}
	if mi := s.subjectPeopleTerm(m); mi >= 0 {
		return mi // "Las personas fallecidas bajo custodia … llegan ya a 191"
	}
	if mi := s.subjectTollMetric(m); mi >= 0 {
		return mi // "NARATHIWAT — The death toll from Saturday's explosion … has risen to 12"
	}
	if mi := s.affectingEventMetric(m); mi >= 0 {
		return mi // "el desplazamiento afectó a casi 500 personas": the people the event befell
	}
	if m.wholeTerm > 0 {
		// "21 of the 28 attack drones Russia launched": what the whole's
		// own words count, its participle or else its noun
		if mi := s.metricOfTerm(m.wholeTerm); mi >= 0 {
			return mi
		}
		if m.headAt >= 0 {
			if mi := s.metricOfTerm(m.headAt); mi >= 0 {
				return mi
			}
		}
		if e := s.entAt[m.wholeTerm]; e >= 0 && s.ents[e].ent >= 0 && s.untrackedEvent(s.e.ents[s.ents[e].ent]) {
			// "115 of the 400 people arrested have been charged": the whole
			// counts what its own event says, which no metric tracks, not
			// what befell the part
			return -1
		}
	}
	c := s.clause[m.t0]
	partitive := s.partOfNumber(m)
	if partitive {
		if mi := s.verbOfPart(m); mi >= 0 {
			return mi // "lograron neutralizar 128 de los 154 drones": what the verb did to 128 of them
		}
		if mi := s.predicateAfterWhole(m); mi >= 0 {
			return mi // "Two of the 27 soldiers wounded on Tuesday died": what befell the two
		}
	} else if s.wholeAfterHead(m) >= 0 {
		if mi := s.predicateAfterWhole(m); mi >= 0 {
			return mi // "Al menos 107 presos políticos de los 1.848 detenidos … salieron de prisión"
		}
	} else if s.wholeAfterPartHead(m) && m.head == headTerm {
		if mi := s.metricOfTerm(m.headAt); mi >= 0 {
			return mi // the 1.848 of "107 presos políticos de los 1.848 detenidos": its own noun, not the part's predicate
		}
	}
	best, bestScore := -1, noDistance
	if lr := s.leadRoleShare(m); lr >= 0 {
		return lr
	}
	if qk := s.qualifyingKeyword(m); qk >= 0 {
		// "174.349 votos en blanco" for trackers of null and blank votes:
		// the keyword that qualifies the number's own noun names its kind
		best, bestScore = qk, 0
	} else if hk := s.conceptFreeHeadKeyword(m); hk >= 0 {
		// "143 detenidos durante la jornada de protestas": the number's
		// own noun, a keyword of one metric, says what it counts
		best, bestScore = hk, 0
	} else if mk := s.markAfterBare(m); mk >= 0 {
		// "520,050 signatures valid and 195,783 invalid": the word that
		// sets one metric apart, standing for the noun left out
		best, bestScore = mk, 0
	} else if el := s.elidedListMetric(m); el >= 0 {
		// "29 of the drones were downed over the Ryazan region, 27 over
		// Voronezh": the list goes on counting what its first count did
		best, bestScore = el, 0
	}
	for _, mi := range s.active {
		if best >= 0 && bestScore == 0 {
			break // the number's own noun decided
		}
		if s.unitClash(m, mi) {
			continue // "fired 400 ballistic missiles" is no count of a metric measured in drones
		}
		owns := s.e.metrics[mi].owns
		own, neutral, competing := s.distances(m, c, mi, owns, partitive)
		score := noDistance
		switch {
		case !owns.empty():
			if owns.overlaps(s.e.lex.detention) && s.existentialCount(m) {
				// "son más de 300 presos políticos y la liberación de unos
				// pocos…": there are that many in prison
				score = 0
			} else if own <= maxLink && (own < competing || own == competing && (s.ownTermLeads(m, c, owns, own) || s.headIsOwnEvent(m, owns))) {
				score = own
				// two metrics of one kind ("votes cast", "null votes"): the
				// one whose own keyword stands there wins the tie
				if neutral <= own || s.keywordDistance(m, c, mi) <= own {
					score = own - 1
				}
			} else if owns.overlaps(s.e.lex.state) && own == noDistance && competing > maxLink && s.headIsKeyword(m, mi) &&
				!s.predicateAfter(m) {
				// "Foro Penal counts 863 political prisoners": with no event
				// at all, a count of prisoners is the number held
				score = min(neutral, s.dist(m.headAt, m.headAt+1, m.t0, m.t1)) + 20
			} else if own == noDistance && competing == noDistance && s.keywordComplement(m, mi) {
				// "atendió a 23 personas por inhalación de humo": the
				// metric's own phrase says what befell those counted
				score = neutral + 10
			}
		case neutral <= maxLink:
			score = neutral + 50
		}
		// "un exceso de mortalidad de 699 mil": a keyword of the metric
		// itself, with no concept of its own, right at the number
		if d := s.adjacentKeyword(m, c, mi); d < competing && d < score &&
			!(owns.overlaps(s.e.lex.state) && competing <= maxLink && s.predicateAfter(m)) {
			// (not "80 political prisoners were released" for a count of
			// those held: what the predicate says happened to them)
			score = d
		}
		// "los detenidos, acusados de terrorismo, son 2.229", "six murders":
		// a keyword of the metric that is the number's own noun, or the
		// subject of the copula that gives it, with no competing event
		if score == noDistance && !owns.empty() && competing == noDistance && neutral <= maxLink &&
			(s.copulaValue(m) && s.eventKeywordNear(m, mi) || s.headIsEventKeyword(m, mi) || s.keywordPredicate(m, mi)) {
			score = neutral + 30
		}
		if score == noDistance && competing == noDistance && neutral <= 3 && s.verbKeywordGoverns(m, mi) {
			// "La policía ha detenido a más de 100 personas": the verb
			// before the count is the metric's own keyword, and nothing
			// competes
			score = neutral + 30
		}
		if score == noDistance && !owns.empty() && owns.without(s.e.lex.state).empty() && own == noDistance && competing == noDistance &&
			s.keywordBefore(m, mi) {
			// "El INPEC trasladó a 312 reclusos" for a metric keyed on
			// "inmates transferred", which owns detention only by its
			// people noun: no term of that state stands there, and its own
			// keyword does
			score = neutral + 50
		}
		if ev := s.e.metrics[mi].causedEvent; !ev.empty() && score < noDistance && !s.termOfNear(m, c, ev) {
			continue // "900,000 children are going hungry" is no count of deaths from hunger
		}
		if score < bestScore || score == bestScore && score < noDistance && (s.narrowerOwner(mi, best) || s.namesTermBetter(m, c, mi, best) ||
			s.broaderThan(m, best) && !s.broaderThan(m, mi) || s.keyedOnTermMore(m, c, mi, best)) {
			// (of "Students killed" and "People killed", tied on "were
			// killed", "650 people" counts the latter: the former's
			// population is narrower than the count)
			best, bestScore = mi, score
		}
	}
	if best < 0 {
		best = s.uniqueHeadKeyword(m)
	}
	if best < 0 {
		best = s.postmodifierKeyword(m)
	}
	if best < 0 {
		best = s.predicateKeyword(m)
	}
	if best < 0 {
		best = s.splitKeywordMetric(m) // "1,391 beds were occupied" for "beds occupied"
	}
	if best < 0 {
		best = s.grantedToMetric(m) // "granted citizenship to 164,635 people"
	}
	if best < 0 {
		best = s.suchHeadMetric(m) // "107 such attacks" for "acid attacks"
	}
	if best < 0 {
		best = s.elidedListMetric(m) // "3,708 warheads in the US, 4,489 in Russia"
	}
	if best < 0 {
		best = s.unitMetric(m)
	}
	if best < 0 {
		best = s.convertedMetric(m)
	}
	if best >= 0 && m.conversion > 0 && s.e.metrics[best].unitFamily != unitConversions[m.conversion-1].family {
		return -1 // "9.001 km²" is no count of hotspots
	}
	if best >= 0 && s.unitClash(m, best) {
		// "ya se aplicaron 55.000 vacunas": a keyword's stem ("vacunados")
		// on a noun of another unit; the metric measured in that unit
		best = s.headUnitMetric(m)
	}
	if best >= 0 && s.bodiesOf(m) && s.e.metrics[best].owns.overlaps(s.e.lex.state) && !s.e.metrics[best].owns.overlaps(s.e.lex.death) {
		return -1 // "recovered the bodies of three hostages": the dead, no longer held
	}
	if best >= 0 && s.materialClash(m, best) {
		return -1 // "seized 480 kilograms of fentanyl" is no count of cocaine seized
	}
	if best >= 0 && s.otherDiseaseCause(m, best) {
		return -1 // "14 muertes por sarampión" is no count of Ebola deaths
	}
	return best
}

// conceptFreeHeadKeyword returns the metric whose keyword, outside every
// concept and of that metric alone, is number m's own noun right after it
// ("143 detenidos"), when uniqueHeadKeyword accepts it; -1 otherwise.
func (s *sentence) conceptFreeHeadKeyword(m *numMention) int {
	if m.head != headTerm || m.headAt != m.t1 {
		return -1
	}
	k := s.entAt[m.headAt]
	if k < 0 || s.ents[k].ent < 0 || s.ents[k].actor >= 0 || !s.e.ents[s.ents[k].ent].cat.empty() || s.predicateAfter(m) {
		return -1 // (not "406 political prisoners had been freed": the predicate says)
	}
	headEnd := s.ents[k].t1
	for _, em := range s.ents {
		if em.ent < 0 || em.actor >= 0 || s.clause[em.t0] != s.clause[m.t0] || s.e.ents[em.ent].cat.empty() ||
			s.dist(em.t0, em.t1, m.t0, m.t1) > maxLink || em.t0 >= m.t0 && em.t0 < headEnd {
			continue
		}
		vm := s.onlyMetric(func(mi int) bool { return s.e.metrics[mi].owns.overlaps(s.e.ents[em.ent].cat) })
		if vm < 0 {
			continue
		}
		if em.t1 <= m.t0 {
			if s.thingNotCountedBy(m, headEnd, vm) {
				// "guards seized 1,078 phones" where the verb's metric
				// counts drug finds: the noun's own metric, which the verb's
				// does not count in
				continue
			}
			if s.countBetween(em.t1, m.qStart) {
				continue // "4.500 sufrieron heridas en un total de 5.444 incursiones": the term of another count
			}
			if s.verbBetween(em.t1, m.t0) {
				// "ha incautado 42.000 piezas en la operación, que se
				// cerró con ocho detenidos": another verb governs the number
				continue
			}
			return -1 // (not "lograron neutralizar 38 drones": the verb before says what happened to them)
		}
		if s.countBetween(headEnd, em.t0) {
			continue // "5.550 ojivas, de las que 1.800 estaban desplegadas": the term of another count
		}
		if s.verbBetween(headEnd, em.t0) {
			return -1 // (not "777 political prisoners who remain in detention": a clause on them says)
		}
	}
	return s.uniqueHeadKeyword(m)
}

// thingNotCountedBy reports whether number m's own noun, a keyword that
// ends at headEnd, names things (no people, no cases or incidents) that
// metric mi does not count in, by its unit or its keywords: neither the
// noun ("phones") nor the noun right after it ("Shahed drones").
func (s *sentence) thingNotCountedBy(m *numMention, headEnd, mi int) bool {
	info := &s.e.metrics[mi]
	w := s.text(m.headAt)
	if info.unit == "" || s.in(m.headAt, peopleNouns) || s.in(m.headAt, genericPeople) || s.in(m.headAt, eventReportNouns) {
		return false
	}
	return !info.countsNoun(w) && !info.countsNoun(s.text(headEnd))
}

// governsOtherCount reports whether term em stands right before another
// count that comes between it and number m, as that count's verb or
// noun: "murieron cerca de 4.000 civiles … en un total de 5.444
// incursiones" gives "murieron" to the 4.000.
func (s *sentence) governsOtherCount(em entMention, m *numMention) bool {
	if em.t1 > m.qStart {
		return false
	}
	for k := range s.nums {
		o := &s.nums[k]
		if o.t0 < em.t1 || o.t1 > m.qStart || !o.countsSomething() {
			continue
		}
		if o.qStart != em.t1 && !(o.qStart == em.t1+1 && s.text(em.t1) == "a") {
			continue // (not "killed in 134,583 operations at 5,526": no object of the verb)
		}
		// (not "claimed the lives of 360 elephants and 100 people", nor
		// "displaced 79,602 households, or roughly 345,183 people": one
		// verb for a list or a restatement)
		return !s.conjoinedNumbers(o, m) && !s.restatedAs(o, m)
	}
	return false
}

// governsLaterCount reports whether term em, after number m, stands
// right before another count as its verb ("… and arrested 101 people",
// "y detuvo a 12"): the term says what befell that count, not m.
func (s *sentence) governsLaterCount(em entMention, m *numMention) bool {
	if em.t0 < m.t1 {
		return false
	}
	for k := range s.nums {
		o := &s.nums[k]
		if o.t0 <= m.t0 || !o.countsSomething() || o.head == headOther {
			continue // (not "had blood lead levels above 65 micrograms": a measure)
		}
		if o.qStart == em.t1 || o.qStart == em.t1+1 && s.text(em.t1) == "a" {
			return !s.conjoinedNumbers(m, o) && !s.restatedAs(m, o)
		}
	}
	return false
}

// restatedAs reports whether number b restates number a in other terms
// right after it: "79,602 households, or roughly 345,183 people", "es
// decir, 1.581".
func (s *sentence) restatedAs(a, b *numMention) bool {
	if b.qStart-a.t1 > 6 {
		return false
	}
	for k := a.t1; k < b.qStart; k++ {
		switch s.text(k) {
		case "or", "o", "decir", "namely":
			return true
		}
	}
	return false
}

// countsSomething reports whether number m counts something, taken or
// not: no date, amount or other trap but a part or an increment.
func (m *numMention) countsSomething() bool {
	return !m.trap || m.dropReason == "partial" || m.dropReason == "increment"
}

// countBetween reports whether a number that counts something stands
// among tokens [from, to).
func (s *sentence) countBetween(from, to int) bool {
	for k := range s.nums {
		if o := &s.nums[k]; o.t0 >= from && o.t1 <= to && o.countsSomething() {
			return true
		}
	}
	return false
}

// verbBetween reports whether a relative word or a verb of its own
// (an auxiliary, a preterite, a participle in -ed) stands among tokens
// [from, to): the word before them governs nothing after it.
func (s *sentence) verbBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if w := s.text(j); s.in(j, relativeWords) || s.toks[j].preterite || s.in(j, auxiliaries) ||
			s.in(j, relativeAuxiliaries) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ron") {
			return true
		}
	}
	return false
}

// headOfUntrackedKind reports whether number m's own noun is a term of a
// kind of count that no metric looked for owns, nor names among its
// keywords: "113 sobrevivientes" for a tracker of children crossing
// counts survivors.
func (s *sentence) headOfUntrackedKind(m *numMention) bool {
	if m.head != headTerm || m.headAt < 0 || m.headAt != m.t1 {
		return false
	}
	e := s.entAt[m.headAt]
	if e < 0 || s.ents[e].ent < 0 {
		return false
	}
	ent := s.e.ents[s.ents[e].ent]
	if ent.cat.empty() || len(ent.metrics) > 0 || ent.cat.overlaps(s.e.lex.population.or(s.e.lex.state)) {
		return false // (who lives there or is held: "asesinaron a 53 habitantes", "105 hostages have been freed")
	}
	if _, _, exact := s.e.lex.terms.matchAt(s.toks, m.headAt); !exact {
		return false // a stem's accident: "deportistas" is no deportation
	}
	for _, mi := range s.active {
		if s.e.metrics[mi].owns.or(s.e.metrics[mi].causedEvent).overlaps(ent.cat) {
			return false
		}
	}
	return true
}

// materialClash reports whether number m weighs a substance that metric
// mi, counted in kilograms or tonnes, does not name: "480 kilograms of fentanyl",
// "2.200 kilos de metanfetamina" for a metric of cocaine seized. Drugs at
// large ("4.5 tons of drugs") are no clash.
func (s *sentence) materialClash(m *numMention, mi int) bool {
	info := &s.e.metrics[mi]
	if !info.weighed() {
		return false // (a weight: kilograms or tonnes)
	}
	j := s.materialAfter(m, func(w string) bool { return s.e.units[w] })
	if j < 0 || j >= len(s.toks) || s.toks[j].kind != tokWord {
		return false
	}
	y := s.text(j)
	if !substances.has(y) || info.substances[y] || info.words[s.text(j+1)] {
		return false
	}
	// the metric names a substance, and not this one; "seized", with no
	// substance named, takes any
	return len(info.substances) > 0
}

// materialAfter returns the token after "of"/"de" and its determiners
// that follows number m and its unit, a unit isUnit names or one a
// conversion reads ("5,842 kg of ivory", "3.3 tons of cocaine"): what the
// number measures. It returns -1 when no unit and "of" follow the number,
// and may return len(s.toks) when the sentence ends there.
func (s *sentence) materialAfter(m *numMention, isUnit func(string) bool) int {
	j := m.t1
	if _, n, ok := s.conversionAt(j); ok {
		j += n
	} else if isUnit(s.text(j)) {
		j++
	} else {
		return -1
	}
	if t := s.text(j); t != "of" && t != "de" {
		return -1
	}
	j++
	for j < len(s.toks) && s.determinerAt(j) {
		j++
	}
	return j
}

// weighedSubstanceMetric returns the one metric counted in a weight that
// names the substance number m weighs ("1.669 kilos de cocaína", "250
// kilograms of cocaine" for "Cocaine seized"), whatever verb found it, or
// -1 when none or several do.
func (s *sentence) weighedSubstanceMetric(m *numMention) int {
	j := s.materialAfter(m, weightWords.has) // (not "259 piezas de marfil": pieces, no weight)
	if j < 0 || j >= len(s.toks) || !substances.has(s.text(j)) {
		return -1
	}
	y := s.text(j)
	return s.onlyMetric(func(mi int) bool {
		info := &s.e.metrics[mi]
		return info.weighed() && info.substances[y]
	})
}

// weightWords name a weight: a number before one weighs what follows
// (the names of the metric units of weight, and the other weights).
var weightWords = func() *lexSet {
	words := []string{"kgs", "pounds", "lbs", "libras", "grams", "gramos", "g"}
	for _, set := range []*lexSet{kilogramUnits, tonneUnits} {
		for w := range set.words {
			words = append(words, w)
		}
	}
	return newWordSet(words...)
}()

// substances are what news weighs when it reports a seizure or a
// delivery: a weight of one is no count of a metric that names another.
var substances = newWordSet("cocaine", "cocaína", "heroin", "heroína", "fentanyl", "fentanilo", "methamphetamine",
	"metanfetamina", "meth", "marijuana", "marihuana", "cannabis", "hashish", "hachís", "opium", "opio", "crack",
	"ketamine", "ketamina", "captagon", "precursors", "precursores", "ivory", "marfil", "pangolin", "pangolín",
	"scales", "escamas", "gold", "oro", "mercury", "mercurio", "silver", "plata", "copper", "cobre", "timber",
	"madera", "fuel", "combustible", "gasoline", "gasolina", "food", "alimentos", "flour", "harina", "explosives",
	"explosivos", "dynamite", "dinamita", "weapons", "armas", "ammunition", "municiones")

// sameSubstance maps each substance word (folded) to the other words,
// English and Spanish, for the same substance.
var sameSubstance = func() map[string][]string {
	groups := [][]string{{"cocaine", "cocaína"}, {"heroin", "heroína"}, {"fentanyl", "fentanilo"},
		{"methamphetamine", "metanfetamina", "meth"}, {"marijuana", "marihuana", "cannabis"}, {"hashish", "hachís"},
		{"opium", "opio"}, {"ketamine", "ketamina"}, {"precursors", "precursores"}, {"ivory", "marfil"},
		{"pangolin", "pangolín"}, {"scales", "escamas"}, {"gold", "oro"}, {"mercury", "mercurio"}, {"silver", "plata"},
		{"copper", "cobre"}, {"timber", "madera"}, {"fuel", "combustible"}, {"gasoline", "gasolina"},
		{"food", "alimentos"}, {"flour", "harina"}, {"explosives", "explosivos"}, {"dynamite", "dinamita"},
		{"weapons", "armas"}, {"ammunition", "municiones"}}
	return synonymMap(groups)
}()

// countsInhabitants reports whether number m describes a place by its
// inhabitants ("una localidad de unos 10.000 habitantes", "a town of 8,000
// inhabitants") in a tracker none of whose metrics counts them.
func (s *sentence) countsInhabitants(m *numMention) bool {
	pop := s.e.lex.population
	if pop.empty() || m.head != headTerm || m.headAt < 0 {
		return false
	}
	switch s.text(m.qStart - 1) {
	case "de", "of", "con", "with":
		// "una localidad de unos 10.000 habitantes" (not "un millón de
		// habitantes de la costa fueron evacuados")
	case "los", "las", "the":
		// "los cerca de 115.000 habitantes de Huejutla": a place's people
		if p := s.text(m.headAt + 1); (p != "de" && p != "of") || m.headAt+2 >= len(s.toks) || !s.toks[m.headAt+2].upper {
			return false
		}
	default:
		return false
	}
	k := s.entAt[m.headAt]
	if k < 0 || s.ents[k].ent < 0 || !s.e.ents[s.ents[k].ent].cat.overlaps(pop) {
		return false
	}
	for _, mi := range s.active {
		if s.e.metrics[mi].owns.overlaps(pop) {
			return false
		}
	}
	return true
}

// predicateKeyword returns the metric whose keyword, outside every
// concept, is what the sentence says of the number's noun, right after it
// and its auxiliaries: "649 children were transferred", "400 personas
// han sido localizadas". It returns -1 otherwise.
func (s *sentence) predicateKeyword(m *numMention) int {
	j := s.afterHead(m)
	if m.head == headPeople && s.in(j, listedAs) && (s.text(j+1) == "como" || s.text(j+1) == "as") {
		j++ // "2.560.718 personas inscritas como desempleadas", "people listed as missing"
	}
	if t := s.text(j); (t == "como" || t == "as") && (m.head == headBare || m.head == headPeople && j > s.afterHead(m)) &&
		j+1 < len(s.toks) {
		// "125 figuran como secuestrados y 45 como detenidos": what the
		// bare number, or the people a register lists, are listed as
		if e := s.entAt[j+1]; e >= 0 && s.ents[e].t0 == j+1 && s.ents[e].ent >= 0 && s.ents[e].actor < 0 {
			return s.termMetric(s.e.ents[s.ents[e].ent])
		}
	}
	k := s.predicateEnt(j)
	if k < 0 && m.head == headPeople && j < len(s.toks) {
		// "officers lost their lives": the event right after the noun
		if e := s.entAt[j]; e >= 0 && s.ents[e].t0 == j && s.ents[e].ent >= 0 && !s.e.ents[s.ents[e].ent].cat.empty() {
			k = e
		}
	}
	if k < 0 || s.clause[s.ents[k].t0] != s.clause[m.t0] {
		return -1
	}
	ent := s.e.ents[s.ents[k].ent]
	if !ent.cat.empty() && m.head == headPeople && !s.ents[k].irrealis {
		// "52 federal, state, county, municipal, military and campus
		// officers lost their lives": the one metric of that event
		return s.onlyMetric(func(mi int) bool { return s.e.metrics[mi].owns.overlaps(ent.cat) })
	}
	return s.conceptFreeMetric(ent)
}

// termMetric returns the one metric looked for that term ent names: the
// metric that owns its concept, or, for a keyword of the tracker file's
// own with no concept, the metric it is a keyword of; -1 when none or
// several.
func (s *sentence) termMetric(ent entity) int {
	if ent.cat.empty() {
		return s.onlyMetric(func(mi int) bool { return containsInt(ent.metrics, mi) })
	}
	return s.onlyMetric(func(mi int) bool { return s.e.metrics[mi].owns.overlaps(ent.cat) })
}

// eventMetric returns the one metric looked for whose concept term ent
// names, or for a keyword of no concept the one metric it belongs to
// alone (conceptFreeMetric); -1 otherwise.
func (s *sentence) eventMetric(ent entity) int {
	if ent.cat.empty() {
		return s.conceptFreeMetric(ent)
	}
	return s.onlyMetric(func(mi int) bool { return s.e.metrics[mi].owns.overlaps(ent.cat) })
}

// conceptFreeMetric returns the one metric looked for whose keyword ent
// is, when ent belongs to no concept and to that metric only, or -1.
func (s *sentence) conceptFreeMetric(ent entity) int {
	if !ent.cat.empty() || len(ent.metrics) != 1 || !s.isActive(ent.metrics[0]) {
		return -1
	}
	return ent.metrics[0]
}

// freeSharesOfOtherMetric takes back the part mark of a number "of them"
// whose own words link it to another metric than the count it is a share
// of: "Spain has exhumed 8,941 victims …, but only 70 of them have been
// identified", "82,656 prisoners had been pardoned, and 22,628 of them had
// been detained during the protests". It is a count of that metric.
func (s *sentence) freeSharesOfOtherMetric() {
	for k := range s.nums {
		m := &s.nums[k]
		if !m.trap || !m.ofThem && !m.subset || m.dropReason != "partial" {
			continue
		}
		whole := -1
		for j := s.countBefore(k); j >= 0 && whole < 0; j = s.countBefore(j) {
			whole = s.nums[j].metric // the nearest count linked to a metric
		}
		if whole < 0 {
			if l := len(s.st.prevLinked); l > 0 {
				whole = s.st.prevLinked[l-1]
			}
		}
		if whole < 0 {
			// "contamos 56 afectados; por desgracia, 21 de ellos
			// fallecieron": a share, with its own metric's event, of a
			// count no metric takes (affected, casualties)
			if j := s.countBefore(k); j < 0 || s.nums[j].head == headOther {
				continue
			}
			whole = untrackedWhole
		}
		mi := s.predicateMetric(m.t1 + 2)
		if mi < 0 && (s.in(m.t1+2, fatalAdjectives) || s.in(m.t1, shareCopulas) && s.in(m.t1+1, fatalAdjectives)) {
			// "684 suspected cases, four of them fatal": the deaths among them
			// (of people, where another metric counts dead animals)
			mi = s.onlyMetric(func(mi int) bool {
				return s.e.metrics[mi].owns.overlaps(s.e.lex.death) && !thingUnits[s.e.metrics[mi].unit]
			})
		}
		if mi < 0 {
			mi = s.verbBeforeShare(m)
		}
		if mi < 0 && m.ofThem {
			mi = s.shareVerbFurther(m)
		}
		if mi < 0 && m.headAt >= 0 {
			// "227 muertos …, 103 de ellos niños", "including 103
			// children": the part's own noun, the keyword of a metric of its
			// own (children who died) beside the whole's
			if e := s.entAt[m.headAt]; e >= 0 && s.ents[e].ent >= 0 && s.ents[e].actor < 0 {
				mi = s.conceptFreeMetric(s.e.ents[s.ents[e].ent])
			}
		} else if mi >= 0 && m.subset && !m.ofThem && !s.partAfterOfWhich(m) {
			mi = -1 // (a part after "including" takes only its own noun's metric; "de los cuales 74 fueron mortales" is a share)
		}
		if mi < 0 || mi == whole {
			continue
		}
		if j := s.countBefore(k); j >= 0 && s.thingsAmongPeople(&s.nums[j], mi) {
			continue // "infected around 950 people … and killed roughly 460 of them" is no count of birds culled
		}
		m.trap, m.dropReason, m.metric, m.byKeyword = false, "", mi, true
	}
}

// shareVerbFurther returns the metric of the event term that is the verb
// of share m past its noun, an aside of a percentage and auxiliaries:
// "14,984 of those patients, or 60 percent, had to be hospitalized". It
// returns -1 when another word comes first.
func (s *sentence) shareVerbFurther(m *numMention) int {
	for j := m.t1; j < len(s.toks) && j < m.t1+14; j++ {
		t := &s.toks[j]
		if k := s.termStartingAt(j); k >= 0 && t.kind == tokWord {
			if s.ents[k].irrealis || !t.preterite && !verbLike(t.text) {
				return -1
			}
			return s.eventMetric(s.e.ents[s.ents[k].ent])
		}
		switch {
		case t.kind == tokDigits, t.text == ",", t.text == "%", s.in(j, shareFillers), s.in(j, auxiliaries), s.in(j, predicateAdverbs),
			s.determinerAt(j), s.in(j, peopleNouns), s.in(j, genericPeople):
			continue
		}
		return -1
	}
	return -1
}

// shareFillers stand between a share and its verb: "of those patients,
// or 60 percent, had to be", "de ellos, un 20 %, tuvieron que ser".
var shareFillers = newWordSet("of", "de", "those", "these", "them", "ellos", "ellas", "or", "o", "percent", "per", "cent",
	"por", "ciento", "un", "to", "be", "been", "ser", "sido", "que", "tuvieron", "tuvo", "needed", "necesitaron")

// thingsAmongPeople reports whether metric mi counts things ("birds")
// while the whole count a share is taken of counts people or their cases:
// a share of them is no count of that metric.
func (s *sentence) thingsAmongPeople(whole *numMention, mi int) bool {
	if !thingUnits[s.e.metrics[mi].unit] {
		return false
	}
	w := s.headWord(whole)
	return peopleNouns.has(w) || genericPeople.has(w) || eventReportNouns.has(w)
}

// fatalAdjectives say that the share before them died: "four of them
// fatal", "14 de ellos mortales".
var fatalAdjectives = newWordSet("fatal", "mortal", "mortales", "fatales")

// shareCopulas join a share to what it was: "de los cuales 74 fueron
// mortales", "of which four were fatal".
var shareCopulas = newWordSet("were", "was", "proved", "fueron", "resultaron", "eran", "son")

// verbBeforeShare returns the metric of the event a verb right before
// share m "of them" names, "sickened 46 people and killed two of them",
// or -1 when no verb of one metric's event stands there.
func (s *sentence) verbBeforeShare(m *numMention) int {
	j := m.qStart - 1
	if j < 0 {
		return -1
	}
	k := s.entAt[j]
	if k < 0 || s.ents[k].t1 != j+1 || s.ents[k].ent < 0 || s.ents[k].actor >= 0 || s.ents[k].irrealis ||
		!(verbLike(s.text(j)) || s.toks[j].preterite) {
		return -1
	}
	return s.eventMetric(s.e.ents[s.ents[k].ent])
}

// untrackedWhole stands for a whole that no metric counts ("56
// afectados"): no metric's index.
const untrackedWhole = -2

// countBefore returns the count of the sentence nearest before number k,
// or -1.
func (s *sentence) countBefore(k int) int {
	for j := k - 1; j >= 0; j-- {
		if !s.nums[j].trap {
			return j
		}
	}
	return -1
}

// freeRoleShares takes back the part mark of a number that counts the
// people one metric is restricted to, among a count of people at large
// that no metric took: "attacks that have left 553 people dead, among
// them 22 health workers" is a count of health workers killed.
func (s *sentence) freeRoleShares() {
	for k := range s.nums {
		m := &s.nums[k]
		if !m.trap || m.dropReason != "partial" {
			continue
		}
		at := m.headAt // "22 health workers", "cuatro de ellas trabajadores sanitarios"
		if t := s.text(m.t1); (t == "of" || t == "de") && s.in(m.t1+1, objectPronouns) {
			at = m.t1 + 2
		} else if m.head == headBare && m.t1 < len(s.toks) && s.entAt[m.t1] >= 0 && s.ents[s.entAt[m.t1]].member {
			at = m.t1 // "including 90 police officers": a name of those counted
		} else if m.head != headPeople || at < 0 {
			continue
		}
		w := s.text(at)
		whole := s.countBefore(k)
		if whole < 0 {
			continue
		}
		wm := s.nums[whole].metric
		if wm >= 0 {
			// "187 injured, including 90 police officers": the share
			// another metric of the whole's kind restricts to those people
			mi := s.onlyMetric(func(mi int) bool {
				pop := s.e.metrics[mi].population
				return mi != wm && len(pop) > 0 && s.e.metrics[mi].owns.overlaps(s.e.metrics[wm].owns) &&
					(inPopulation(pop, w) || inPopulation(pop, s.text(at+1)))
			})
			if mi >= 0 && !inPopulation(s.e.metrics[wm].population, w) {
				m.trap, m.dropReason, m.metric, m.byKeyword = false, "", mi, true
			}
			continue
		}
		if s.nums[whole].head != headPeople || !s.in(s.nums[whole].headAt, broadPopulation) {
			continue
		}
		mi := s.onlyMetric(func(mi int) bool {
			pop := s.e.metrics[mi].population
			return len(pop) > 0 && (inPopulation(pop, w) || inPopulation(pop, s.text(at+1)))
		})
		if mi < 0 || !s.eventBetween(s.nums[whole].t0-6, m.t1+12, s.e.metrics[mi].owns) {
			continue // (not "553 people injured, among them 22 health workers" for a count of those killed)
		}
		m.trap, m.dropReason, m.metric, m.byKeyword = false, "", mi, true
	}
}

// eventBetween reports whether a term of the concepts owns stands in
// tokens [i, j).
func (s *sentence) eventBetween(i, j int, owns category) bool {
	for _, em := range s.ents {
		if em.ent >= 0 && em.t0 >= i && em.t0 < j && s.e.ents[em.ent].cat.overlaps(owns) {
			return true
		}
	}
	return false
}

// existentialBefore reports whether "there are" or "hay", perhaps with
// "now" or "still", ends right before token q.
func (s *sentence) existentialBefore(q int) bool {
	k := q - 1
	for k >= 0 && (s.in(k, predicateAdverbs) || s.in(k, timeWords)) {
		k--
	}
	switch s.text(k) {
	case "hay", "habia", "quedan", "quedaban":
		return true
	case "are", "were", "remain":
		return s.text(k-1) == "there"
	}
	return false
}

// predicateMetric returns the one metric looked for whose keyword or term
// is the predicate starting at token j, after its auxiliaries ("have been
// identified", "had been detained"), or -1.
func (s *sentence) predicateMetric(j int) int {
	k := s.predicateEnt(j)
	if k < 0 && j < len(s.toks) && s.in(j-1, objectPronouns) {
		// "21 de ellos fallecieron": the verb right after the share
		// ("of them die", "three of them dead": any term of an event)
		if e := s.entAt[j]; e >= 0 && s.ents[e].t0 == j && s.ents[e].ent >= 0 && !s.ents[e].irrealis && s.toks[j].kind == tokWord &&
			(verbLike(s.text(j)) || s.toks[j].preterite || !s.e.ents[s.ents[e].ent].cat.empty()) {
			k = e
		}
	}
	if k < 0 {
		return -1
	}
	return s.eventMetric(s.e.ents[s.ents[k].ent])
}

// jointSpeaker returns the other configured actor that makes the same
// statement with actor a, named beside it as one subject ("the ILO and
// UNICEF said", "Human Rights Watch y Cristosal denunciaron"), or -1.
func (s *sentence) jointSpeaker(a int) int {
	if a < 0 {
		return -1
	}
	for i, em := range s.ents {
		if em.actor != a {
			continue
		}
		for j, o := range s.ents {
			if j == i || o.actor < 0 || o.actor == a || s.e.actors[o.actor].Role == tracker.Reporter {
				continue
			}
			first, second := em, o
			if o.t0 < em.t0 {
				first, second = o, em
			}
			if !(first.speaker || second.speaker || first.cueBound || second.cueBound) {
				continue
			}
			if s.joinedNames(first.t1, second.t0) {
				return o.actor
			}
		}
	}
	return -1
}

// joinedNames reports whether tokens [i, j) join two names as one subject:
// "and", "y", "e" and nothing else but an acronym in brackets ("(ILO)").
func (s *sentence) joinedNames(i, j int) bool {
	joined := false
	for k := i; k < j; k++ {
		switch t := s.text(k); {
		case t == "and" || t == "y" || t == "e":
			if joined {
				return false
			}
			joined = true
		case t == "(" || t == ")":
		case s.toks[k].caps && s.text(k-1) == "(":
		case joined && s.determinerAt(k) && k == j-1:
			// "the health ministry in Damascus and the rescue service"
		default:
			return false
		}
	}
	return joined
}

// headIsOwnEvent reports whether the noun of number m is a term of the
// concepts owns, other than a lasting state: "graves holding 4,974
// bodies" counts bodies, whatever the verb before says.
func (s *sentence) headIsOwnEvent(m *numMention, owns category) bool {
	if m.headAt < 0 || s.entAt[m.headAt] < 0 {
		return false
	}
	em := s.ents[s.entAt[m.headAt]]
	if em.ent < 0 {
		return false
	}
	cat := s.e.ents[em.ent].cat
	return cat.overlaps(owns) && !cat.overlaps(s.e.lex.state)
}

// predicateEnt returns the keyword or term that a noun ending before token
// j is said to be or to have undergone, after an auxiliary and adverbs
// ("were transferred", "ya han vuelto"), or -1. A term right after the
// noun, with no auxiliary, is the noun's modifier ("452 menores
// tutelados"), not what happened to them.
func (s *sentence) predicateEnt(j int) int {
	aux := false
	for n := 0; j < len(s.toks) && n < 6; n++ {
		if k := s.entAt[j]; k >= 0 && s.ents[k].t0 == j && s.ents[k].ent >= 0 && (aux || n > 0 || s.in(j, relativeAuxiliaries)) {
			if s.ents[k].irrealis {
				return -1
			}
			return k
		}
		w := s.text(j)
		if !relativeAuxiliaries.has(w) && !predicateAdverbs.has(w) && !(n > 0 && mannerAdverb(w)) && !(n == 0 && countryWord(w)) {
			return -1 // (a nationality may stand between: "refugiados sirios volvieron"; an adverb: "were sexually abused")
		}
		aux = aux || relativeAuxiliaries.has(w)
		j++
	}
	return -1
}

// countsVictims reports whether the sentence gives a count and names
// victims or casualties of every kind ("6,897 people killed or injured",
// "Civilian casualties … reached 25,671").
func (s *sentence) countsVictims() bool {
	counts := false
	for _, m := range s.nums {
		counts = counts || !m.trap
	}
	if !counts {
		return false
	}
	for _, em := range s.ents {
		if em.ent >= 0 && s.e.ents[em.ent].cat.overlaps(s.e.lex.casualties) {
			return true
		}
	}
	// "695 victims", "the number of victims at 695": by the counts
	for _, m := range s.nums {
		if m.trap {
			continue
		}
		if m.headAt >= 0 && s.in(m.headAt, victimNouns) || s.victimsBefore(m.qStart) {
			return true
		}
	}
	return false
}

// countAt reports whether token j is part of a number that may be a
// count (not a date, an age or another trap).
func (s *sentence) countAt(j int) bool {
	for _, o := range s.nums {
		if j >= o.t0 && j < o.t1 {
			return !o.trap
		}
	}
	return false
}

// stateTermWithEvent returns the token of the term of a lasting state
// that names the people number m counts, its noun ("200,000 Syrian
// refugees have gone back", "400 detenidos fueron liberados") or the
// participle after a noun for people ("153 people held under the
// emergency powers … have died"), when the sentence then says, after an
// auxiliary, an event of another kind that a metric looked for owns: what
// happened to them, not what they were. It returns -1 otherwise.
func (s *sentence) stateTermWithEvent(m *numMention) int {
	if m.headAt < 0 {
		return -1
	}
	at, participle := m.headAt, false
	if h := s.entAt[at]; (h < 0 || s.ents[h].ent < 0) && s.in(at, genericPeople) {
		at, participle = at+1, true
	}
	if at >= len(s.toks) {
		return -1
	}
	h := s.entAt[at]
	if h < 0 || s.ents[h].ent < 0 || s.ents[h].t0 != at {
		return -1
	}
	state := s.e.ents[s.ents[h].ent].cat
	if state.empty() || !state.without(s.e.lex.state).empty() {
		return -1
	}
	k := s.predicateEnt(s.ents[h].t1)
	if j := s.ents[h].t1; k < 0 && j < len(s.toks) && s.pastVerbAt(j) {
		// "300.000 desplazados regresaron", "refugees returned": a verb in
		// the past right after the people says what happened to them
		if e := s.entAt[j]; e >= 0 && s.ents[e].t0 == j && s.ents[e].ent >= 0 && !s.ents[e].irrealis {
			k = e
		}
	}
	for j := s.ents[h].t1; k < 0 && participle && j < len(s.toks) && j < s.ents[h].t1+20; j++ {
		// past the participle's own phrase to the main verb
		if t := s.text(j); t == "," || t == ";" || s.countAt(j) {
			break
		}
		if s.in(j, perfectAuxiliaries) {
			k = s.predicateEnt(j)
			break
		}
	}
	if k < 0 {
		return -1
	}
	event := s.e.ents[s.ents[k].ent].cat
	if event.empty() || event.overlaps(s.e.lex.state) {
		return -1
	}
	for _, mi := range s.active {
		if s.e.metrics[mi].owns.overlaps(event) {
			return at
		}
	}
	return -1
}

// pastVerbAt reports whether token j reads as a verb in the past: a
// Spanish preterite ("regresó", "regresaron", "volvieron") or an English
// form in -ed ("returned").
func (s *sentence) pastVerbAt(j int) bool {
	t := &s.toks[j]
	if t.kind != tokWord {
		return false
	}
	if s.es {
		return t.preterite || pluralPreterite(t.text)
	}
	return len(t.text) > 4 && strings.HasSuffix(t.text, "ed")
}

// otherEventAfter reports whether the predicate after the people noun em
// is a term of another concept than em's: "23 protesters were injured".
func (s *sentence) otherEventAfter(em entMention) bool {
	k := s.predicateEnt(em.t1)
	if k < 0 {
		return false
	}
	cat := s.e.ents[s.ents[k].ent].cat
	return !cat.empty() && !cat.overlaps(s.e.ents[em.ent].cat) && !cat.overlaps(s.e.lex.state) // (not "129 hostages were still held")
}

// namedEventAfter reports whether metric mi, keyed only on who the people
// counted are, names in its own name the event the predicate after people
// noun em says befell them ("Firefighters deployed": "300 firefighters
// were deployed").
func (s *sentence) namedEventAfter(em entMention, mi int) bool {
	info := &s.e.metrics[mi]
	if !info.owns.empty() || info.named.empty() {
		return false
	}
	k := s.predicateEnt(em.t1)
	return k >= 0 && s.e.ents[s.ents[k].ent].cat.overlaps(info.named)
}

// broaderThan reports whether number m counts people at large ("people",
// "personas", "civilians", "patients") while metric mi counts only
// some people ("aid workers killed", "periodistas asesinados").
func (s *sentence) broaderThan(m *numMention, mi int) bool {
	pop := s.e.metrics[mi].population
	if len(pop) == 0 || m.headAt < 0 {
		return false
	}
	if m.head == headTerm {
		// "dejan al menos 31 muertos": the dead at large, when no word of
		// the metric's people stands in the sentence and the term is no
		// metric's keyword
		e := s.entAt[m.headAt]
		if e < 0 || s.ents[e].ent < 0 || len(s.e.ents[s.ents[e].ent].metrics) > 0 {
			return false
		}
		lex := s.e.lex
		if m.headAt > m.t1 && s.toks[m.t1].kind == tokWord && !broadPopulation.has(s.text(m.t1)) &&
			!s.e.ents[s.ents[e].ent].cat.overlaps(lex.death.or(lex.injury).or(lex.casualties)) {
			return false // (not "87 compañeras agredidas": a noun of its own for the people assaulted)
		}
		return !s.populationNamed(pop)
	}
	if m.head != headPeople {
		return false
	}
	w := s.text(m.headAt)
	if pop[w] || inPopulation(pop, s.text(m.headAt+1)) {
		return false // (not "196 personas defensoras" for defenders: people by that role)
	}
	if s.describedAsPopulation(m, pop) {
		return false // "177 people who defended land", "212 people defending their land"
	}
	return broadPopulation.has(w)
}

// populationNamed reports whether a word of the sentence names people of
// population pop: one of its words, one of the same role ("agentes" for
// "policías") or of the same first five letters ("policía", "sanitarios"
// for "sanitario").
func (s *sentence) populationNamed(pop wordSet) bool {
	for i, t := range s.toks {
		if t.kind != tokWord {
			continue
		}
		w := s.text(i)
		if inPopulation(pop, w) {
			return true
		}
		for p := range pop {
			if sameRoleGroup(w, p) || len(w) >= 5 && len(p) >= 5 && w[:5] == p[:5] {
				return true
			}
		}
	}
	return false
}

// describedAsPopulation reports whether the words right after number m's
// noun for people ("who defended land", "defending their land") hold a
// word of the same stem as a word of population pop ("defenders").
func (s *sentence) describedAsPopulation(m *numMention, pop wordSet) bool {
	for k := m.headAt + 1; k < len(s.toks) && k <= m.headAt+6 && s.toks[k].kind == tokWord; k++ {
		st := stemWord(s.text(k), s.es)
		if st == "" {
			continue
		}
		for p := range pop {
			if ps := stemWord(p, s.es); ps == st || len(ps) >= 4 && len(st) >= 4 && ps[:4] == st[:4] {
				return true // (and "people suspected of illegal gold mining" for miners)
			}
		}
	}
	return false
}

// otherRole reports whether number m counts people of a particular role
// ("44 of its officers", "two teachers") that metric mi, restricted to
// people of other roles, does not count.
func (s *sentence) otherRole(m *numMention, mi int) bool {
	pop := s.e.metrics[mi].population
	if len(pop) == 0 {
		return false
	}
	at := m.headAt
	if t := s.text(m.t1); (t == "of" || t == "de") && s.in(m.t1+1, possessives) {
		at = m.t1 + 2 // "44 of its officers", "107 de sus integrantes"
	} else if m.head != headPeople || at < 0 {
		return false
	}
	g, ok := roleGroups[s.text(at)]
	if !ok || inPopulation(pop, s.text(at+1)) {
		return false
	}
	for w := range pop {
		if pg, ok := roleGroups[w]; ok && pg == g || !ok && w == s.text(at) {
			return false
		}
	}
	return true
}

// roleGroups sort the occupations news counts apart into groups of
// synonyms: a metric of one group's people does not count another's.
var roleGroups = func() map[string]int {
	groups := [][]string{
		{"officers", "officer", "police", "policemen", "policías", "policias", "policía", "agentes", "uniformados",
			"soldiers", "soldier", "troops", "militares", "soldados", "efectivos", "servicemen", "guards", "guardias"},
		{"journalists", "journalist", "periodistas", "periodista", "reporters", "reporteros", "comunicadores"},
		{"medics", "doctors", "nurses", "paramedics", "sanitarios", "médicos", "medicos", "enfermeras", "enfermeros",
			"paramédicos"},
		{"teachers", "docentes", "maestros", "maestras", "profesores", "profesoras"},
		{"firefighters", "firefighter", "bomberos", "bombero", "brigadistas", "brigadista", "smokejumpers"},
		// armed groups and criminals, whom a count of soldiers or police
		// killed does not hold
		{"militants", "insurgents", "insurgentes", "terrorists", "terroristas", "rebels", "rebeldes", "guerrilleros",
			"guerrilleras", "gunmen", "fighters", "combatants", "combatientes", "militantes", "jihadists", "yihadistas",
			"paramilitaries", "paramilitares", "criminals", "criminales", "delincuentes", "sicarios", "agresores",
			"attackers", "atacantes", "assailants", "asaltantes", "mercenaries", "mercenarios", "pandilleros",
			"gangsters", "narcos", "narcotraficantes", "kidnappers", "secuestradores", "extremists", "extremistas",
			"separatists", "separatistas"},
	}
	m := map[string]int{}
	for g, ws := range groups {
		for _, w := range ws {
			m[foldString(w)] = g + 1
		}
	}
	return m
}()

// inPopulation reports whether word w is one of the role nouns pop, in
// any gender or number ("defensoras" for "defensores").
func inPopulation(pop wordSet, w string) bool {
	if pop[w] {
		return true
	}
	if len(w) < 6 || !roleNouns.has(w) {
		return false
	}
	for p := range pop {
		if len(p) >= 6 && p[:6] == w[:6] {
			return true
		}
	}
	return false
}

// onlyMetric returns the one metric looked for that keep accepts, or -1
// when none or several do.
func (s *sentence) onlyMetric(keep func(mi int) bool) int {
	found := -1
	for _, mi := range s.active {
		if !keep(mi) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = mi
	}
	return found
}

// headUnitMetric returns the one metric measured in the unit that number
// m's noun names ("55.000 vacunas" for a metric of doses), or -1.
func (s *sentence) headUnitMetric(m *numMention) int { return s.unitWordMetric(s.headWord(m)) }

// carriedByVessel returns the metric of the verb whose object is a boat
// that carries the people number m counts: what was done to the boat
// befell them ("the coast guard had intercepted a boat carrying 160
// passengers", "rescued a dinghy with 47 migrants on board", "interceptó
// una patera con 52 personas"). It returns -1 otherwise.
func (s *sentence) carriedByVessel(m *numMention) int {
	if m.head != headPeople {
		return -1
	}
	j := m.qStart - 1
	if !s.in(j, carryingWords) {
		return -1
	}
	j--
	if !s.in(j, vesselNouns) {
		return -1
	}
	k := j - 1
	if s.lowerWord(k) && !s.determinerAt(k) && !s.in(k, indefiniteArticles) && !verbLike(s.text(k)) && !s.toks[k].preterite {
		k-- // "a small dinghy"
	}
	if !s.determinerAt(k) && !s.in(k, indefiniteArticles) {
		return -1
	}
	k-- // the verb right before the boat's article (not "drowned when a boat carrying 278 passengers overturned")
	e := s.termStartingAt(k)
	if e < 0 || s.ents[e].irrealis || !s.toks[k].preterite && !verbLike(s.text(k)) {
		return -1
	}
	return s.metricOfTerm(k)
}

// carryingWords join a boat to the people aboard it.
var carryingWords = newWordSet("carrying", "with", "transporting", "holding", "con", "llevando", "transportando")

// vesselNouns name the boats people cross the sea in: the vessels unit
// group, in the singular too, and the small boats migrants take.
var vesselNouns = newWordSet(append(unitGroupOf("vessels"), "boat", "vessel", "ship", "dinghy", "dinghies", "raft",
	"canoe", "barco", "embarcación", "patera", "pateras", "cayuco", "cayucos", "lancha", "bote", "botes", "neumática", "balsa",
	"balsas", "barcaza", "trawler", "pesquero")...)

// unitGroupOf returns the words of the unit group whose first word is
// first ("vessels"), or nil.
func unitGroupOf(first string) []string {
	for _, g := range unitGroups {
		if g[0] == first {
			return slices.Clone(g)
		}
	}
	return nil
}

// eventOfUnitAfter returns the metric measured in the noun that "of"/"de"
// brings after number m's own event term, past a few modifiers, when that
// metric owns the event: "151 deaths of Sri Lankan elephants", "40
// muertes de elefantes". The event befell those, not the people another
// metric counts. It returns -1 otherwise.
func (s *sentence) eventOfUnitAfter(m *numMention) int {
	if m.head != headTerm || m.headAt != m.t1 {
		return -1
	}
	k := s.termStartingAt(m.headAt)
	if k < 0 {
		return -1
	}
	cat := s.e.ents[s.ents[k].ent].cat
	j := s.ents[k].t1
	if cat.empty() || s.text(j) != "of" && s.text(j) != "de" {
		return -1
	}
	for n := 0; n < 4 && j+1 < len(s.toks) && s.toks[j+1].kind == tokWord; n++ {
		j++
		w := s.text(j)
		if mi := s.unitWordMetric(w); mi >= 0 {
			if info := &s.e.metrics[mi]; !info.owns.overlaps(cat) || peopleNouns.has(info.unit) || genericPeople.has(info.unit) {
				return -1
			}
			return mi
		}
		if functionWords.hasToken(&s.toks[j]) && !s.determinerAt(j) {
			return -1
		}
	}
	return -1
}

// unitWordMetric returns the one metric looked for whose unit word w is,
// or -1 (also for no word).
func (s *sentence) unitWordMetric(w string) int {
	if w == "" {
		return -1
	}
	return s.onlyMetric(func(mi int) bool { return s.e.metrics[mi].unitWords[w] })
}

// headWord returns the last word of the noun number m counts ("missiles"
// of "400 ballistic missiles"), or "" when it counts no noun.
func (s *sentence) headWord(m *numMention) string {
	if m.headAt < 0 {
		return ""
	}
	end := m.headAt
	if e := s.entAt[end]; e >= 0 {
		end = s.ents[e].t1 - 1
	}
	return s.text(end)
}

// bodiesOf reports whether number m counts whose bodies or remains they
// are: "the bodies of three hostages", "los restos de 12 migrantes".
func (s *sentence) bodiesOf(m *numMention) bool {
	q := m.qStart - 1
	if t := s.text(q); t != "of" && t != "de" {
		return false
	}
	if q > 0 && s.determinerAt(q-1) {
		q-- // "the bodies of the three hostages"
	}
	return q > 0 && s.in(q-1, remainsNouns)
}

// remainsNouns name what is left of the dead.
var remainsNouns = newWordSet("bodies", "remains", "corpses", "cuerpos", "restos", "cadáveres", "cadaveres")

// unitClash reports whether number m counts another unit than metric mi
// is measured in: a noun of things for a metric of people ("55.000
// vacunas" for people vaccinated), a noun of another unit group for a
// metric of things ("400 ballistic missiles" for drones), or people for a
// metric of things ("91.8 crore people" for doses).
func (s *sentence) unitClash(m *numMention, mi int) bool {
	w, info := s.headWord(m), &s.e.metrics[mi]
	if m.conversion > 0 && unitConversions[m.conversion-1].family == info.unitFamily {
		return false // "3.3 tons of cocaine" for a metric in kilograms: its unit, converted
	}
	if info.unitFamily != 0 && m.head == headPeople {
		return true // "the deaths of two people" is no count of hectares or tonnes
	}
	if w == "" {
		w = s.unitAfter(m) // "5,9 millones de aves" where a metric counts birds
	}
	if w == "" || info.unit == "" || info.unitWords[w] || s.in(m.headAt, bareFollowers) && !genericPeople.has(w) {
		return false // (a term that opens on a preposition, "12,000 from their homes", counts no noun)
	}
	if m.headAt >= 0 && info.unitWords[s.text(m.headAt)] {
		return false // "143.000 hectáreas de coca": the term opens on the metric's unit
	}
	if info.splitNoun(w) && s.splitKeywordMetric(m) == mi {
		// "suspendieron 1.405 operaciones" for a metric in "operations"
		// keyed on "operaciones suspendidas": its own keyword's noun, in
		// the other language, and what befell them
		return false
	}
	if k := s.entAt[max(m.headAt, 0)]; m.headAt >= 0 && k >= 0 && s.ents[k].ent >= 0 && s.ents[k].t1-s.ents[k].t0 > 1 &&
		s.onlyKeywordMetric(s.ents[k].ent) == mi {
		return false // "72 mob attacks" for a metric of incidents whose keyword of several words it is
	}
	if k := s.entAt[max(m.headAt, 0)]; m.headAt >= 0 && k >= 0 && s.ents[k].ent >= 0 && eventReportNouns.has(info.unit) &&
		s.onlyKeywordMetric(s.ents[k].ent) == mi {
		return false // "178 attacks" for a metric of incidents keyed on "attacks"
	}
	if eventReportNouns.has(info.unit) && eventReportNouns.has(w) {
		return false // "372 incidents" for a metric counted in cases: reports of events either way
	}
	if peopleNouns.has(info.unit) || genericPeople.has(info.unit) {
		// "55.000 vacunas" is no count of people vaccinated (but "1.6
		// million households" may count people); nor "74.476 aves
		// infectadas", the noun before the term
		// (and "500 dead cattle": the noun after the term)
		// ("5,842 kg of ivory": an amount, no people)
		return thingUnits[w] || m.headAt > m.t1 && (thingUnits[s.text(m.t1)] || amountUnits.has(s.text(m.t1))) || familyNouns.has(w) ||
			m.head == headTerm && s.thingAfterTerm(m) || amountUnits.has(w)
	}
	if eventUnits.has(info.unit) && m.head == headPeople && s.in(m.headAt, peopleNouns) && !s.casesOfMetric(m, mi) {
		// (but "43 casos de ataques a personas": cases of the events)
		return true // "the killing of 120 human rights defenders" is no count of massacres
	}
	if amountUnits.has(info.unit) && m.head == headTerm && !amountUnits.has(w) {
		return true // "two spills" for a metric of barrels: events, not an amount
	}
	if s.casesOfMetric(m, mi) {
		return false // "207 cases of acid attack" for a metric of attacks
	}
	// "400 ballistic missiles" for a metric of drones; "91.8 crore people"
	// for a metric of doses
	return groupedUnits[w] || thingUnits[info.unit] && m.head == headPeople && s.in(m.headAt, peopleNouns)
}

// eventUnits are units that count events, never the people they befell:
// a metric of massacres counted in "events", of outbreaks in "outbreaks",
// of wildfires in "fires".
var eventUnits = newWordSet("events", "outbreaks", "massacres", "shootings", "bombings", "explosions", "fires",
	"wildfires", "blazes", "attacks", "accidents", "crashes", "protests", "raids", "earthquakes", "floods",
	"eventos", "brotes", "masacres", "tiroteos", "atentados", "explosiones", "incendios", "ataques", "accidentes",
	"protestas", "redadas", "sismos", "terremotos", "inundaciones")

// bareReportsMetric returns the metric of a count of cases or incidents
// that says not of what: the figure noun's whose value number m gives
// ("the tally of sexual violence stands at 372 incidents", "la cifra de
// linchamientos llegó a 53 casos"), or, for incidents given by a figure's
// verb, what its subject names, as a bare count would take it ("las
// violaciones de la tregua sumaron en total 2.935 incidentes"). It returns
// -1 otherwise.
func (s *sentence) bareReportsMetric(m *numMention) int {
	if m.headAt < 0 || !s.in(m.headAt, eventReportNouns) || s.ofFollows(m.headAt+1) {
		return -1
	}
	if mi := s.figureOfMetric(m); mi >= 0 {
		return mi
	}
	if !s.in(m.headAt, incidentNouns) {
		return -1
	}
	switch s.text(m.headAt + 1) {
	case "in", "en", "por", "que", "that", "which", "for", "with", "con", "involving":
		return -1 // "99 incidents in which bears hurt people": the clause says of what
	}
	j := m.qStart
	if _, n, ok := qualifierBefore.matchEndingAt(s.toks, j); ok {
		j -= n
	}
	if s.text(j-1) == "total" && (s.text(j-2) == "en" || s.text(j-2) == "in") {
		j -= 2 // "sumaron en total 2.935 incidentes"
	}
	if _, _, ok := figureVerbs.matchEndingAt(s.toks, j); !ok {
		return -1 // (not "attended 17,050 incidents and rescued 1,769 people": only a figure's verb gives its subject's count)
	}
	bare := *m
	bare.head, bare.headAt = headBare, -1
	return s.keywordMetric(&bare)
}

// unlistedThingMetric returns the metric of things whose keyword says
// what befell the noun number m counts, when no unit group knows that
// noun: "9,751 mobiles were stolen", "incautaron 4.194 teléfonos" for a
// metric of phones keyed on "stolen" and "incautados". A tracker names its
// unit in one word and the news in another; the keyword right at the
// noun, as its passive predicate or the verb that governs it, says the
// noun is what the metric counts. It returns -1 for a noun of people, a
// unit some group knows (another metric's, or none of this one's), or a
// metric of people.
func (s *sentence) unlistedThingMetric(m *numMention) int {
	if m.headAt < 0 {
		return -1
	}
	w := s.headWord(m)
	if w == "" || groupedUnits[w] || s.in(m.headAt, peopleNouns) || genericPeople.has(w) || familyNouns.has(w) ||
		amountUnits.has(w) || timeUnitModifier(w) || placeNounsPlural.has(w) {
		return -1 // ("in 103 countries have recovered": where, not what)
	}
	mi := -1
	j := s.afterHead(m)
	passive := false
	for j < len(s.toks) && (s.in(j, perfectAuxiliaries) || s.in(j, predicateAdverbs) || passiveAuxiliaries.has(s.text(j))) {
		passive = passive || passiveAuxiliaries.has(s.text(j)) // (not "the four fires have destroyed": they did it)
		j++
	}
	if k := s.termStartingAt(j); passive && k >= 0 && !s.ents[k].irrealis {
		mi = s.metricOfTerm(j) // "9,751 mobiles were stolen"
	} else {
		for _, em := range s.ents {
			if em.t1 == m.qStart && em.ent >= 0 && em.actor < 0 && !em.irrealis {
				if t := s.toks[em.t1-1]; t.preterite || verbLike(t.text) {
					mi = s.metricOfTerm(em.t0) // "seized more than 65 million bottles", "se incautaron 4.194 teléfonos"
				}
				break // (one term ends there)
			}
		}
	}
	if mi < 0 {
		return -1
	}
	info := &s.e.metrics[mi]
	if info.unit == "" || peopleNouns.has(info.unit) || genericPeople.has(info.unit) || amountUnits.has(info.unit) ||
		s.unitWordMetric(w) >= 0 {
		return -1
	}
	return mi
}

// timesOfEvent returns the metric of the event a verb names when number m
// counts the times it happened: "Russian forces have attacked Naftogaz
// sites 401 times", "han atacado las instalaciones 401 veces". The verb is
// a term of one metric that counts events, not people, and stands a few
// words before in the clause; -1 otherwise.
func (s *sentence) timesOfEvent(m *numMention) int {
	if m.headAt != m.t1 || !s.in(m.headAt, timesNouns) {
		return -1
	}
	for k := m.qStart - 1; k >= 0 && k >= m.qStart-8 && s.clause[k] == s.clause[m.t0]; k-- {
		if s.toks[k].kind == tokDigits || s.toks[k].kind == tokPunct || s.in(k, coordinators) {
			return -1 // (not "were blocked and the review panel met 53 times": another clause's verb)
		}
		e := s.entAt[k]
		if e < 0 || s.ents[e].ent < 0 || s.ents[e].actor >= 0 || s.ents[e].irrealis {
			if t := s.toks[k]; t.kind == tokWord && (t.preterite || verbLike(t.text)) {
				return -1 // another verb's
			}
			continue
		}
		if t := s.toks[s.ents[e].t1-1]; !t.preterite && !verbLike(t.text) && !participleLike(t.text) {
			return -1
		}
		mi := s.eventMetric(s.e.ents[s.ents[e].ent])
		if mi < 0 || peopleNouns.has(s.e.metrics[mi].unit) || genericPeople.has(s.e.metrics[mi].unit) {
			return -1
		}
		return mi
	}
	return -1
}

// timesNouns count how often something happened.
var timesNouns = newWordSet("times", "veces")

// incidentNouns count events of whatever kind the sentence names.
var incidentNouns = newWordSet("incidents", "incidentes", "cases", "casos", "episodes", "episodios")

// eventReportNouns count reports of events rather than things: their
// complement says what they count ("207 cases of acid attack").
var eventReportNouns = newWordSet("cases", "case", "casos", "caso", "incidents", "incidentes", "complaints", "denuncias",
	"reports", "reportes", "episodes", "episodios")

// casesOfMetric reports whether number m counts cases, incidents or
// complaints of what metric mi counts: the noun after the number is one
// of eventReportNouns, and its complement ("of", "de", "por") is a
// keyword or the unit of mi ("207 cases of acid attack").
func (s *sentence) casesOfMetric(m *numMention, mi int) bool {
	j := m.t1
	if !s.in(j, eventReportNouns) {
		return false
	}
	if t := s.text(j + 1); t != "of" && t != "de" && t != "por" {
		return false
	}
	k := j + 2
	if k >= len(s.toks) {
		return false
	}
	if s.e.metrics[mi].unitWords[s.text(k)] {
		return true
	}
	return s.keywordOf(s.entAt[k], mi)
}

// casesOfKeyword returns the metric whose keyword is the complement of
// number m's noun when that noun counts cases, incidents or complaints
// ("1,638 confirmed cases of microcephaly", "207 casos de ataques con
// ácido"): what the cases are of decides, not the word "cases" another
// metric's keywords hold. ok is false when the complement is no keyword
// of exactly one active metric, or a keyword that is not the event its
// metric counts ("7.569 casos de neumonía" where a metric counts deaths
// from pneumonia).
func (s *sentence) casesOfKeyword(m *numMention) (metric int, ok bool) {
	j := m.t1
	for ; j < len(s.toks) && j < m.t1+3 && !s.in(j, eventReportNouns); j++ {
		if t := s.toks[j]; t.kind != tokWord || t.upper || functionWords.hasToken(&t) {
			return -1, false // (an adjective may come between: "3,061 suspected cases of")
		}
	}
	if !s.in(j, eventReportNouns) {
		return -1, false
	}
	if t := s.text(j + 1); t != "of" && t != "de" && t != "por" {
		return -1, false
	}
	k := j + 2
	if k >= len(s.toks) || s.entAt[k] < 0 || s.ents[s.entAt[k]].ent < 0 || s.ents[s.entAt[k]].t0 != k {
		return -1, false
	}
	em := s.ents[s.entAt[k]]
	for after := em.t1; after < len(s.toks) && after <= em.t1+1; after++ {
		if w := s.text(after); w == "being" || w == "who" || w == "that" || w == "que" || w == "siendo" {
			return -1, false // "15 cases of released prisoners being rearrested": what happened to them next
		}
	}
	ent := em.ent
	mi := s.onlyKeywordMetric(ent)
	if mi < 0 {
		return -1, false
	}
	if owns := s.e.metrics[mi].owns; !owns.empty() && !s.e.ents[ent].cat.overlaps(owns) {
		return -1, false
	}
	return mi, true
}

// keywordOf reports whether mention ek (an index into s.ents, or -1) is a
// keyword of metric mi.
func (s *sentence) keywordOf(ek, mi int) bool {
	return ek >= 0 && s.ents[ek].ent >= 0 && containsInt(s.e.ents[s.ents[ek].ent].metrics, mi)
}

// familyNouns count families or households: no count of people ("left
// 60 families homeless", "1.500 familias afectadas").
var familyNouns = newWordSet("families", "familias", "households", "hogares", "family", "familia")

// amountUnits measure an amount of something rather than count things or
// events: a metric in one of them takes no count of events ("two spills",
// "three fires").
var amountUnits = newWordSet("barrels", "barriles", "hectares", "hectáreas", "acres", "tonnes", "tons", "toneladas",
	"kilograms", "kilogramos", "kilos", "kg", "litres", "liters", "litros", "gallons", "galones", "square kilometres",
	"square kilometers", "km2", "km²", "megawatts", "mw")

// unitAfter returns the unit of one of the tracker's metrics that number
// m is written with ("12,000 hectares", "5,9 millones de aves"), or "".
func (s *sentence) unitAfter(m *numMention) string {
	j := m.t1
	if t := s.text(j); t == "de" || t == "of" {
		j++
	}
	if w := s.text(j); s.e.units[w] {
		return w
	}
	return ""
}

// metricOfTerm returns the one metric that the term at token k counts:
// by its concept or as a keyword. It returns -1 for none or several.
func (s *sentence) metricOfTerm(k int) int {
	if k < 0 || k >= len(s.toks) {
		return -1
	}
	e := s.entAt[k]
	if e < 0 || s.ents[e].ent < 0 {
		return -1
	}
	ent := s.e.ents[s.ents[e].ent]
	return s.onlyMetric(func(mi int) bool { return ent.cat.overlaps(s.e.metrics[mi].owns) || containsInt(ent.metrics, mi) })
}

// relativeCountOf returns the metric of the term that a relative clause
// gives number m as the count of: "todos los presos políticos del país,
// que a día de hoy son 1.177", "political prisoners, who now number
// 1,177". The term ends right before the comma that opens the clause, or a
// few words before it ("del país"). It returns -1 when no such clause
// gives the number, or its term is of no one metric.
func (s *sentence) relativeCountOf(m *numMention) int {
	if m.t1 < len(s.toks) && s.toks[m.t1].kind == tokWord && !s.in(m.t1, peopleNouns) {
		return -1 // "122 apagones, que sumaron 18.225 horas": a count of its own noun
	}
	q := m.qStart
	if _, n, ok := copulaBefore.matchEndingAt(s.toks, q); ok {
		q -= n
	} else if _, n, ok := figureVerbs.matchEndingAt(s.toks, q); ok {
		q -= n
	} else if s.in(q-1, numberVerbs) {
		q--
	} else {
		return -1
	}
	// adverbials between the pronoun and its verb: "ya", "now", "a día de hoy"
	for k := 0; k < 4 && q > 0 && !s.in(q-1, relativePronouns) && s.toks[q-1].kind == tokWord; k++ {
		q--
	}
	if !s.in(q-1, relativePronouns) || s.text(q-2) != "," {
		return -1
	}
	comma := q - 2
	for k := comma - 1; k >= 0 && k >= comma-5 && s.toks[k].kind == tokWord; k-- {
		if e := s.entAt[k]; e >= 0 && s.ents[e].ent >= 0 {
			if s.ents[e].t1 != comma && !s.in(s.ents[e].t1, termComplements) {
				return -1 // "the political prisoners on its list, which stood at 863": the list's
			}
			return s.metricOfTerm(k)
		}
	}
	return -1
}

// termComplements open a complement that a term may carry before a
// relative clause on it: "los presos políticos del país, que…".
var termComplements = newWordSet("de", "del", "of", "in", "en")

// relativePronouns open a relative clause on the noun before them.
var relativePronouns = newWordSet("que", "quienes", "who", "which")

// numberVerbs give the count of their subject: "who now number 1,177".
var numberVerbs = newWordSet("number", "numbered", "total", "totalled", "totaled")

// verbOfPart returns the metric of the verb whose object is number m, a
// part of another number ("neutralizar durante la noche 128 de los 154
// drones", "destroyed 41 of the 48 drones"): the verb says what happened
// to the part, the noun after the whole only what they are. It returns -1
// when no verb of one metric stands right before the number, past time
// words.
func (s *sentence) verbOfPart(m *numMention) int {
	j := m.qStart - 1
	for skipped := 0; j >= 0 && skipped < 4 && (s.in(j, timeWords) || s.in(j, weekdays) || s.determinerAt(j) ||
		s.in(j, nightWords)); j-- {
		skipped++
	}
	if j < 0 {
		return -1
	}
	k := s.entAt[j]
	if k < 0 || s.ents[k].ent < 0 || s.ents[k].t1 != j+1 || s.ents[k].irrealis {
		return -1
	}
	w := s.text(j)
	if !verbLike(w) && !s.toks[j].preterite && !infinitiveLike(w) {
		return -1
	}
	return s.metricOfTerm(j)
}

// inRelativeClause reports whether a relative pronoun stands in the three
// words before token j: "que tiene registrados el Foro Penal", "that the
// ministry recorded".
func (s *sentence) inRelativeClause(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if relativeWords.has(s.text(k)) {
			return true
		}
	}
	return false
}

// wholeAfterPartHead reports whether number m is the whole that follows
// another number's own noun: the 1.848 of "107 presos políticos de los
// 1.848 detenidos".
func (s *sentence) wholeAfterPartHead(m *numMention) bool {
	for k := range s.nums {
		if p := &s.nums[k]; p.t1 <= m.t0 && s.wholeAfterHead(p) == m.t0 {
			return true
		}
	}
	return false
}

// pastAdjectives returns the token after up to two lower-case adjectives
// that start at token j ("políticos" of "presos políticos"): words that
// are no function word, verb, number or term.
func (s *sentence) pastAdjectives(j int) int {
	for n := 0; n < 2 && j < len(s.toks); n++ {
		t := &s.toks[j]
		if t.kind != tokWord || t.upper || s.entAt[j] >= 0 || functionWords.hasToken(t) || verbLike(t.text) || t.preterite ||
			s.isNumberWordToken(j) {
			break
		}
		j++
	}
	return j
}

// wholeAfterHead returns the first token of the whole that number m's own
// noun is followed by, as its part ("107 presos políticos de los 1.848",
// "12 children of the 40"), or -1.
func (s *sentence) wholeAfterHead(m *numMention) int {
	j := s.afterHead(m)
	if j == m.t1 {
		return -1
	}
	j = s.pastAdjectives(j)
	if _, n, ok := baseMarkers.matchAt(s.toks, j); ok && j+n < len(s.toks) && (s.toks[j+n].kind == tokDigits || s.isNumberWordToken(j+n)) {
		return j + n
	}
	return -1
}

// predicateAfterWhole returns the metric of the verb that is the
// predicate of part m ("Two of the 27 soldiers wounded on Tuesday died",
// "Dos de los 27 soldados heridos el martes fallecieron"): an event term,
// as a verb, past the whole, its own term and any aside, of another
// metric than the whole's. It returns -1 when there is none.
func (s *sentence) predicateAfterWhole(m *numMention) int {
	var whole *numMention
	end := s.pastAdjectives(s.afterHead(m)) // (past the part's own noun: "107 presos políticos de los 1.848 detenidos")
	for k := range s.nums {
		if o := &s.nums[k]; o.t0 > m.t1 && o.t0 <= end+3 {
			whole = o
			break
		}
	}
	if whole == nil {
		return -1
	}
	wt := whole.wholeTerm
	if wt <= 0 && whole.head == headTerm {
		wt = whole.headAt // a whole after the part's noun: "de los 1.848 detenidos"
	}
	if wt <= 0 {
		return -1
	}
	wm := s.metricOfTerm(wt)
	from := wt + 1
	if e := s.entAt[wt]; e >= 0 {
		from = s.ents[e].t1
	}
	g := s.group[m.t0]
	for j := from; j < len(s.toks) && j <= from+40 && s.group[j] == g; j++ {
		if s.aside[j] != 0 && s.aside[j] != s.aside[m.t0] {
			continue // "…, en el departamento colombiano de Arauca, …"
		}
		if _, _, cue := cueVerbs.matchAt(s.toks, j); cue && !s.inRelativeClause(j) || s.toks[j].kind == tokDigits {
			return -1
		}
		k := s.entAt[j]
		if k < 0 || s.ents[k].ent < 0 || s.ents[k].actor >= 0 || s.ents[k].irrealis {
			continue
		}
		if w := s.text(j); !s.toks[j].preterite && !verbLike(w) {
			return -1 // a noun term: no predicate of the part
		}
		if mi := s.metricOfTerm(j); mi >= 0 && mi != wm {
			return mi
		}
		return -1
	}
	return -1
}

// correctedNumbers handles a number a sentence denies to give the right
// one: "los reos asesinados no fueron 68, como se informó en un
// principio, sino 62", "the dead were not 68 but 62". The denied number
// is dropped, and the one after "sino"/"but" counts what it would have.
func (s *sentence) correctedNumbers() {
	for k := range s.nums {
		m := &s.nums[k]
		if m.trap || m.metric < 0 || !s.negatedCopulaBefore(m.qStart) {
			continue
		}
		for j := k + 1; j < len(s.nums); j++ {
			n := &s.nums[j]
			b := n.qStart - 1
			if s.text(b) != "sino" && s.text(b) != "but" {
				continue
			}
			if n.trap || n.metric >= 0 && n.metric != m.metric {
				break
			}
			n.metric, n.byKeyword = m.metric, true
			m.trap, m.dropReason = true, "denied"
			break
		}
	}
}

// eventNegated reports whether the term of number m's metric nearest to
// it in its clause is negated: "56 prisoners were not released", "have
// never been released", "no fueron excarcelados 56 presos" say the event
// did not happen to them.
func (s *sentence) eventNegated(m *numMention) bool {
	c, owns := s.clause[m.t0], s.e.metrics[m.metric].owns
	// the event term of its kind, else its keyword; never the number's
	// own noun ("56 prisoners")
	best, bestD, bestEvent := -1, noDistance, false
	for _, em := range s.ents {
		if em.ent < 0 || em.actor >= 0 || s.clause[em.t0] != c || em.t0 == m.headAt {
			continue
		}
		ent := s.e.ents[em.ent]
		event := ent.cat.overlaps(owns)
		if !event && !containsInt(ent.metrics, m.metric) {
			continue
		}
		if d := s.dist(em.t0, em.t1, m.t0, m.t1); event && !bestEvent || event == bestEvent && d < bestD {
			best, bestD, bestEvent = em.t0, d, event
		}
	}
	return best >= 0 && ((bestD <= maxNegatedEventDistance || s.predicateOfCount(m, best)) && s.verbGroupNegated(best) || s.withoutBefore(best))
}

// predicateOfCount reports whether the term at token i, after number m,
// is in the predicate of the count's own noun phrase: nothing between them
// starts another clause, number or subordinate ("1,400 children separated
// at the border have not been reunited").
func (s *sentence) predicateOfCount(m *numMention, i int) bool {
	if i <= m.t1 || i-m.t1 > maxLink/2 {
		return false
	}
	for k := m.t1; k < i; k++ {
		t := &s.toks[k]
		if t.kind == tokDigits || t.kind == tokPunct || s.isNumberWordToken(k) || predicateBreaks.hasToken(t) {
			return false
		}
	}
	return true
}

// predicateBreaks start a clause of their own between a count and a later
// verb: what follows them is not the count's predicate.
var predicateBreaks = newWordSet("que", "that", "which", "who", "whom", "quienes", "cuales", "para", "to", "when", "cuando",
	"while", "mientras", "and", "y", "or", "o", "but", "pero", "because", "porque", "if", "si")

// withoutBefore reports whether "sin" or "without" governs the term at
// token i, right before it or past one verb or determiner: "fueron
// evacuados sin sufrir lesiones", "escaped without injury", "without
// being hurt". However far from the number, the term says what did not
// happen.
func (s *sentence) withoutBefore(i int) bool {
	switch s.text(i - 1) {
	case "sin", "without":
		return true
	}
	switch s.text(i - 2) {
	case "sin", "without":
		switch s.text(i - 1) {
		case "sufrir", "resultar", "haber", "ser", "being", "suffering", "any", "ningun", "ninguna", "serious", "mayores":
			return true
		}
	}
	return false
}

// maxNegatedEventDistance is how far from its number a negated event term
// may stand to deny it: a negation further away belongs to another
// predicate ("… ha acabado con 2 millones de cabezas de ganado …, y
// reclamó apoyo para que no mueran más animales").
const maxNegatedEventDistance = 5

// verbGroupNegated reports whether a negation opens the verb group that
// ends with the word at token i: "were not", "have never been", "no han
// sido", "aún no".
func (s *sentence) verbGroupNegated(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := s.text(k)
		switch {
		case t == "not" || t == "never" || t == "nunca" || strings.HasSuffix(t, "n't"):
			return true
		case t == "no":
			// "no fueron", "no han sido liberados" (not "no fewer than")
			return k+1 < len(s.toks) && (k+1 == i || s.in(k+1, auxiliaries) || s.toks[k+1].preterite)
		case s.in(k, auxiliaries), t == "been", t == "be", t == "being", t == "sido", t == "yet", t == "still",
			t == "ever", t == "aun", t == "todavia", t == "ya":
			continue
		}
		return false
	}
	return false
}

// negatedCopulaBefore reports whether a negated copula ends just before
// token q: "no fueron", "no son", "were not", "was not", "are not".
func (s *sentence) negatedCopulaBefore(q int) bool {
	a, b := s.text(q-2), s.text(q-1)
	switch {
	case a == "no" && (b == "fueron" || b == "son" || b == "eran" || b == "fue" || b == "es" || b == "serian"):
		return true
	case b == "not" && (a == "were" || a == "was" || a == "are" || a == "is"):
		return true
	}
	return false
}

// topicMarkers open a sentence on the topic its numbers count: "En
// cuanto a los lesionados, …", "As for the injured, …".
var topicMarkers = phrasesOf(1, "en cuanto a", "respecto a", "respecto de", "con respecto a", "en lo que respecta a",
	"as for", "as to", "regarding", "with regard to", "as regards")

// topicTermMetric returns the metric of the term a sentence-opening topic
// phrase names ("En cuanto a los lesionados, el gobierno contabiliza 60"),
// or -1.
func (s *sentence) topicTermMetric() int {
	_, n, ok := topicMarkers.matchAt(s.toks, 0)
	if !ok {
		return -1
	}
	j := n
	for j < len(s.toks) && s.determinerAt(j) {
		j++
	}
	if j >= len(s.toks) || s.entAt[j] < 0 {
		return -1
	}
	if e := s.ents[s.entAt[j]].t1; e >= len(s.toks) || s.text(e) != "," {
		return -1 // the topic is the term alone, then a comma
	}
	return s.metricOfTerm(j)
}

// unitMetric returns the metric whose unit, or a word of whose keywords,
// is the thing number m counts, when that is not people ("237 trucks"
// for a metric of aid trucks): one such metric, or the one of them that
// does not count per day, or the one of them whose own keyword words
// stand in the number's clause ("had collected 700,000 signatures" for
// "signatures collected" beside "valid signatures"). It returns -1
// otherwise.
func (s *sentence) unitMetric(m *numMention) int {
	if m.head != headBare || m.t1 >= len(s.toks) {
		return -1
	}
	w, after := s.text(m.t1), m.t1+1
	if s.ownersAfter(m.t1) {
		w, after = s.text(m.t1+2), m.t1+3 // "312 of our trucks"
	}
	if end, ok := s.unitPhraseAt(m.t1); ok {
		w, after = s.joined(m.t1, end), end // "1.160 centros de evacuación"
	} else if next := s.text(m.t1 + 1); groupedUnits[next] && !groupedUnits[w] {
		w, after = next, after+1 // "30,000 food trucks" counts trucks, not food
	}
	if peopleNouns.has(w) || genericPeople.has(w) || len([]rune(w)) <= 3 {
		return -1
	}
	// "5.205 viviendas dañadas" is no count of "viviendas destruidas": the
	// term right after the noun says what happened to the things counted
	counts := func(info *metricInfo) bool { return info.countsNoun(w) && !s.otherEventAt(after, info) }
	if mi := s.oneMetricOrTotal(counts); mi >= 0 {
		return mi
	}
	c := s.clause[m.t0]
	return s.oneMetricOrTotal(func(info *metricInfo) bool { return counts(info) && s.clauseHasMark(c, info.marks, m) })
}

// aboardModifier reports whether aboard term em stands right after number
// m's noun for people ("72 people on board", "personas a bordo") and a
// term of the concepts owns follows it in clause c: it says who they
// were, and the later term what befell them.
func (s *sentence) aboardModifier(em entMention, m *numMention, c int, owns category) bool {
	if m.head != headPeople || em.t0 != m.headAt+1 {
		return false
	}
	for _, o := range s.ents {
		if o.t0 >= em.t1 && s.clause[o.t0] == c && o.ent >= 0 && s.e.ents[o.ent].cat.overlaps(owns) {
			return true
		}
	}
	return false
}

// aboardPredicate reports whether aboard term em is an aboardModifier
// whose later term is the count's own predicate: the first term of owns
// after it in clause c, with no count in digits between ("aboard died",
// "aboard the CV-22 Osprey that plunged into the sea … are believed to
// have died"; not "170 personas a bordo en el embalse …, que deja además
// 13 desaparecidos").
func (s *sentence) aboardPredicate(em entMention, m *numMention, c int, owns category) bool {
	if !s.aboardModifier(em, m, c, owns) {
		return false
	}
	for j := em.t1; j < len(s.toks) && s.clause[j] == c; j++ {
		if k := s.entAt[j]; k >= 0 && s.ents[k].ent >= 0 && s.e.ents[s.ents[k].ent].cat.overlaps(owns) {
			return true
		}
		if s.toks[j].kind == tokDigits && s.toks[j].spaceBefore {
			return false
		}
	}
	return false
}

// activeOwns returns the concepts that the metrics looked for in the
// sentence own, together.
func (s *sentence) activeOwns() category {
	var all category
	for _, mi := range s.active {
		all = all.or(s.e.metrics[mi].owns)
	}
	return all
}

// otherEventAt reports whether the word at token i is a term of concepts
// the metric does not own, when it owns some: "dañadas" after "viviendas"
// for a metric of homes destroyed.
func (s *sentence) otherEventAt(i int, info *metricInfo) bool {
	if i >= len(s.toks) || info.owns.empty() {
		return false
	}
	cat := s.e.categoriesIn(s.text(i))
	if cat.empty() && s.in(i, auxiliaries) {
		// "25,000 businesses were forced to close" for a metric of shops
		// looted: the passive's participle, past its auxiliaries
		j := i
		for j < len(s.toks) && j < i+3 && s.in(j, auxiliaries) {
			j++
		}
		if end := min(j+3, len(s.toks)); j < end && s.clause[j] == s.clause[i] {
			cat = s.e.categoriesIn(joinTokens(s.toks[j:end]))
		}
	}
	return !cat.empty() && !cat.overlaps(info.owns)
}

// oneMetricOrTotal returns the one metric looked for that keep accepts, or
// of several the one that does not count per day; -1 otherwise.
func (s *sentence) oneMetricOrTotal(keep func(info *metricInfo) bool) int {
	var all, totals []int
	for _, mi := range s.active {
		info := &s.e.metrics[mi]
		if !keep(info) {
			continue
		}
		all = append(all, mi)
		if !info.perDay {
			totals = append(totals, mi)
		}
	}
	switch {
	case len(all) == 1:
		return all[0]
	case len(totals) == 1:
		return totals[0]
	}
	return -1
}

// uniqueHeadKeyword returns the metric whose keyword is the noun number m
// counts, when that keyword belongs to exactly one of the metrics looked
// for and no event term of another metric stands in its clause: "El
// saldo: 76 muertos, 868 heridos y 438 detenidos" with "detenidos" a
// keyword of arrests alone. It returns -1 otherwise.
func (s *sentence) uniqueHeadKeyword(m *numMention) int {
	if m.headAt < 0 || m.head == headOther {
		return -1
	}
	k := s.entAt[m.headAt]
	if k < 0 || s.ents[k].ent < 0 {
		return -1
	}
	metrics := s.e.ents[s.ents[k].ent].metrics
	if len(metrics) != 1 || !s.isActive(metrics[0]) {
		return -1 // no keyword, or one shared by several metrics
	}
	found := metrics[0]
	owns := s.e.metrics[found].owns
	if !s.e.lex.statePeople[s.text(m.headAt)].without(owns).empty() && !owns.overlaps(s.e.lex.state) && !(s.typedKeyword(k, found) && !s.predicateAfter(m)) {
		return -1 // "863 political prisoners": people in prison, not a count of releases
	}
	// the predicate starts after the noun a term qualifies: "6,000
	// displaced people had returned"
	pred := s.ents[k].t1
	if pred < len(s.toks) && (s.in(pred, peopleNouns) || s.in(pred, genericPeople)) && s.entAt[pred] < 0 {
		pred++
	}
	for _, em := range s.ents {
		if em.ent < 0 || s.clause[em.t0] != s.clause[m.t0] || em.t0 == m.headAt {
			continue
		}
		if m.head == headTerm && em.t1 <= m.t0 && !s.in(m.headAt, peopleNouns) && !s.e.lex.isStatePerson(s.text(m.headAt)) {
			// "se ejecutaron 1.383 lanzamientos": the verb carries out the
			// event its noun names (but "freed 60 hostages" frees people)
			continue
		}
		if cat := s.e.ents[em.ent].cat; !cat.empty() && !cat.overlaps(owns) && !s.headOfOther(em.t0, m) &&
			(s.dist(em.t0, em.t1, m.t0, m.t1) < s.dist(m.headAt, m.headAt+1, m.t0, m.t1)+3 || em.t0 == s.predicateAt(pred)) {
			// another event said of them: "400 detenidos fueron liberados",
			// "80 political prisoners were released"
			return -1
		}
	}
	return found
}

// typedKeyword reports whether entity mention k is one word that metric mi
// lists, as written, among its keywords, and no metric looked for counts
// the people the word also names as held: a tracker of arrests keyed on
// "detenidos" counts "ocho detenidos" as arrests.
func (s *sentence) typedKeyword(k, mi int) bool {
	em := s.ents[k]
	if em.t1-em.t0 != 1 || !s.e.metrics[mi].singles[s.text(em.t0)] {
		return false
	}
	held := s.e.lex.statePeople[s.text(em.t0)]
	for _, other := range s.active {
		if s.e.metrics[other].owns.overlaps(held) {
			return false // (a tracker that also counts those held reads "73 detenidos" as neither)
		}
	}
	return true
}

// termCategory returns the kind of count that term em tells of for number
// m and a metric owning owns: its concept's, or an arrest where a
// detention term tells of one ("Officers detained 62 people", "the raid
// ended with 27 men in custody").
func (s *sentence) termCategory(em entMention, m *numMention, owns category) category {
	if s.activeDetention(em, m) || s.custodyAsArrest(em, owns) {
		return s.e.lex.arrest
	}
	return s.e.ents[em.ent].cat
}

// custodyAsArrest reports whether detention term em, for metric owning
// owns that counts arrests while no metric of the tracker counts people
// held, tells of the arrests: "the raid ended with 27 men in custody".
func (s *sentence) custodyAsArrest(em entMention, owns category) bool {
	if s.e.ents[em.ent].cat != s.e.lex.detention || !owns.overlaps(s.e.lex.arrest) {
		return false
	}
	custody := false
	for j := em.t0; j < em.t1; j++ {
		custody = custody || s.in(j, custodyWords)
	}
	if !custody {
		return false // "remain", "held": what the people are, not what was done to them
	}
	for j := em.t0 - 1; j >= 0 && j >= em.t0-3; j-- {
		if s.in(j, stillInCustody) {
			return false // "551 inmates were currently in custody": a state
		}
	}
	for _, mi := range s.active {
		if s.e.metrics[mi].owns.overlaps(s.e.lex.detention) {
			return false
		}
	}
	return true
}

// custodyWords in a detention term name the custody an arrest puts people
// in.
var custodyWords = newWordSet("custody", "custodia", "arrest", "arresto", "detained", "detenidos", "detenidas")

// stillInCustody before a custody term make it a lasting state.
var stillInCustody = newWordSet("still", "currently", "remain", "remains", "remained", "now", "siguen", "seguían",
	"permanecen", "permanecían", "continúan", "aún", "todavía", "actualmente")

// activeDetention reports whether detention term em is the English verb
// "detained" in the active voice right before number m: "Officers
// detained 62 people" arrested them ("62 people were detained" may say
// either, "remain detained" says they are held).
func (s *sentence) activeDetention(em entMention, m *numMention) bool {
	if em.t0 == 0 || em.t1-em.t0 != 1 || s.text(em.t0) != "detained" || em.t1 != m.qStart ||
		s.e.ents[em.ent].cat != s.e.lex.detention {
		return false
	}
	p := s.text(em.t0 - 1)
	return !s.in(em.t0-1, auxiliaries) && p != "remain" && p != "remained" && p != "still" && p != "being"
}

// reportAnnouncer returns the one actor (not a reporter) of a sentence
// that gives no number and says that actor released, published or
// presented a report or a count ("Panama's National Migration Service
// released updated figures on Monday", "La OEA presentó su informe
// preliminar"), or -1: the figures of the next sentence are its.
func (s *sentence) reportAnnouncer() int {
	for _, m := range s.nums {
		if !m.trap {
			return -1
		}
	}
	actor := -1
	for _, em := range s.ents {
		if em.actor < 0 || s.e.actors[em.actor].Role == tracker.Reporter || em.member {
			continue
		}
		if actor >= 0 && actor != em.actor {
			return -1
		}
		if s.figuresShow(&em) {
			actor = em.actor // "…, the latest Ministry of Justice figures show."
			continue
		}
		verb := -1
		for j := em.t1; j < len(s.toks) && j <= em.t1+3; j++ {
			if announceVerbs.hasToken(&s.toks[j]) {
				verb = j
				break
			}
		}
		if verb < 0 {
			continue
		}
		for j := verb + 1; j < len(s.toks) && j <= verb+7 && s.toks[j].kind != tokPunct; j++ {
			// (past a time: "difundió a las 20.00 horas su balance")
			if s.in(j, reportNouns) || s.in(j, figureNouns) || announcedNouns.hasToken(&s.toks[j]) {
				actor = em.actor
				break
			}
		}
	}
	return actor
}

// announceVerbs release a report or a count: "published", "presentó".
var announceVerbs = newWordSet("published", "released", "issued", "presented", "unveiled", "updated", "completed",
	"closed", "publicó", "publico", "difundió", "difundio", "emitió", "emitio", "presentó", "presento", "divulgó",
	"divulgo", "actualizó", "actualizo", "cerró", "cerro", "completó", "completo", "posted", "shared", "compartió",
	"announced", "anunció", "anuncio", "gave", "dio", "ofreció", "ofrecio", "held", "celebró", "celebro")

// announcedNouns are what an actor announces besides a report or a
// figure (reportNouns, figureNouns): its statement, its map, its roll.
var announcedNouns = newWordSet("statement", "communique", "map", "period", "roll", "comunicado", "datos", "parte",
	"escrutinio", "estimates", "census", "results", "statistics", "dashboard", "briefing", "details", "resultados",
	"estadísticas", "estadisticas", "detalles", "conference", "conferencia", "rueda", "summary", "resumen", "list",
	"lista", "avance", "tally", "recuento")

// persistenceTerm reports whether detention term em only says that
// people are still somewhere or held ("remain", "siguen", "there are
// still", "todavía hay", "is holding"): for a metric of another state
// (hostages, the displaced) it says theirs goes on, and competes with none.
func (s *sentence) persistenceTerm(em entMention) bool {
	if s.e.ents[em.ent].cat != s.e.lex.detention {
		return false
	}
	for j := em.t0; j < em.t1; j++ {
		if !s.in(j, looseStateTerms) && !persistenceWords.hasToken(&s.toks[j]) {
			return false
		}
	}
	return true
}

// persistenceWords make up the detention terms that only say "still":
// "there are still", "aún hay", "is holding".
var persistenceWords = newWordSet("there", "are", "is", "still", "hay", "aun", "todavia", "holding", "holds", "hold",
	"son", "mantiene", "number", "numbered")

// predicateAt returns the token of the verb of a predicate that starts at
// token j, past its auxiliaries and adverbs ("were released", "have now
// been freed"), or -1 when no auxiliary stands there.
func (s *sentence) predicateAt(j int) int {
	aux := false
	for j < len(s.toks) && (s.in(j, auxiliaries) || s.in(j, predicateAdverbs)) {
		aux = aux || s.in(j, auxiliaries)
		j++
	}
	if !aux || j >= len(s.toks) {
		return -1
	}
	return j
}

// postmodifierKeyword returns the metric one of whose keywords, a phrase
// naming no kind of count of its own, stands right after number m's
// noun for people, or right after a number with no noun: "1,200
// prisoners on death row", "137 people awaiting execution". It returns
// -1 when no such keyword stands there or several metrics share it.
func (s *sentence) postmodifierKeyword(m *numMention) int {
	at := m.t1
	switch m.head {
	case headPeople:
		if m.headAt > m.t1+1 {
			return -1 // "12 prisons hold people on death row": the noun is not the number's
		}
		at = m.headAt + 1
	case headBare:
	default:
		return -1
	}
	if at >= len(s.toks) {
		return -1
	}
	if m.head == headPeople && s.es && at+1 < len(s.toks) && s.entAt[at] < 0 && s.toks[at].kind == tokWord && !s.toks[at].upper &&
		!s.in(at, functionWords) && !s.in(at, auxiliaries) && !verbLike(s.text(at)) && !s.toks[at].preterite {
		at++ // "47 estudiantes universitarios detenidos": an adjective, then the keyword
	}
	k := s.entAt[at]
	if k < 0 || s.ents[k].ent < 0 || s.ents[k].actor >= 0 {
		return -1
	}
	return s.conceptFreeMetric(s.e.ents[s.ents[k].ent])
}

// keywordBefore reports whether a keyword of metric mi alone, a word the
// lexicon gives no concept, stands before number m in its clause within
// reach: the verb whose object m is ("trasladó esta semana a 312").
func (s *sentence) keywordBefore(m *numMention, mi int) bool {
	for _, em := range s.ents {
		if em.ent < 0 || em.actor >= 0 || em.t1 > m.qStart || s.clause[em.t0] != s.clause[m.t0] {
			continue
		}
		if ent := s.e.ents[em.ent]; ent.cat.empty() && len(ent.metrics) == 1 && ent.metrics[0] == mi &&
			s.dist(em.t0, em.t1, m.t0, m.t1) <= maxLink {
			return true
		}
	}
	return false
}

// verbKeywordGoverns reports whether a keyword of metric mi, as a verb
// (a participle or a past form), stands right before number m and its
// hedge, past the personal "a": "ha detenido a más de 100".
func (s *sentence) verbKeywordGoverns(m *numMention, mi int) bool {
	q := m.qStart
	if s.text(q-1) == "a" || s.text(q-1) == "al" {
		q--
	}
	for _, em := range s.ents {
		if em.t1 != q || em.ent < 0 || em.actor >= 0 || em.irrealis || !slices.Contains(s.e.ents[em.ent].metrics, mi) {
			continue
		}
		w := s.text(q - 1)
		return s.toks[q-1].preterite || participleLike(w) || verbLike(w)
	}
	return false
}

// thingAfterTerm reports whether the noun right after the term that number
// m's own noun is ("500 dead cattle", "12 burned vehicles") names things
// or animals, not people.
func (s *sentence) thingAfterTerm(m *numMention) bool {
	if m.headAt < 0 {
		return false
	}
	k := s.entAt[m.headAt]
	if k < 0 || s.ents[k].t1 >= len(s.toks) {
		return false
	}
	return thingUnits[s.text(s.ents[k].t1)]
}

// unitNounMetric returns the one metric whose unit the noun right after
// number m names ("49 elefantes" for a metric measured in elephants, "3.262
// cabezas de ganado" for one in animals), or -1.
func (s *sentence) unitNounMetric(m *numMention) int {
	return s.unitWordMetric(s.text(s.afterHeadOf(m.t1)))
}

// qualifyingKeyword returns the metric whose keyword, of no concept and
// of that metric alone, qualifies number m's own noun right after it
// ("174.349 votos en blanco", "63 blank ballots" has it before), when the
// noun is a term of some concept ("votos") that another metric owns only
// through a keyword the sentence does not hold ("votos nulos"); -1
// otherwise.
func (s *sentence) qualifyingKeyword(m *numMention) int {
	if m.head != headTerm || m.headAt != m.t1 || m.headAt+1 >= len(s.toks) {
		return -1
	}
	k := s.entAt[m.headAt]
	if k < 0 || s.ents[k].ent < 0 || s.ents[k].actor >= 0 || s.e.ents[s.ents[k].ent].cat.empty() {
		return -1
	}
	if s.ents[k].t1 >= len(s.toks) {
		return -1
	}
	q := s.entAt[s.ents[k].t1]
	if q < 0 || s.ents[q].t0 != s.ents[k].t1 || s.ents[q].ent < 0 || s.ents[q].actor >= 0 {
		return -1
	}
	return s.conceptFreeMetric(s.e.ents[s.ents[q].ent])
}

// markAfterBare returns the one metric looked for whose mark (a word of
// its keywords no other metric's uses) follows number m right after it,
// with no noun, before a comma, a coordinator or the end: "195,783
// invalid," for "invalid signatures". It returns -1 otherwise.
func (s *sentence) markAfterBare(m *numMention) int {
	j := m.t1
	if m.head != headBare || j >= len(s.toks) || s.toks[j].kind != tokWord || s.toks[j].upper {
		return -1
	}
	if n := j + 1; n < len(s.toks) && s.toks[n].kind != tokPunct && !s.in(n, coordinators) {
		return -1
	}
	if s.in(j, peopleNouns) {
		return -1 // "244 menores": a noun of its own
	}
	w := s.text(j)
	return s.onlyMetric(func(mi int) bool {
		info := &s.e.metrics[mi]
		if !info.marks[w] {
			return false
		}
		// the noun left out stands before: "signatures" of "520,050
		// signatures valid and 195,783 invalid"
		for q := 0; q < m.t0; q++ {
			if t := s.text(q); t != w && info.words[t] && !info.marks[t] {
				return true
			}
		}
		return false
	})
}

// termStartingAt returns the index of the mention of a keyword or term
// (no actor) that starts at token j, or -1.
func (s *sentence) termStartingAt(j int) int {
	if j < 0 || j >= len(s.toks) {
		return -1
	}
	if k := s.entAt[j]; k >= 0 && s.ents[k].t0 == j && s.ents[k].ent >= 0 && s.ents[k].actor < 0 {
		return k
	}
	return -1
}

// coordinatedWithOwn reports whether term em is coordinated with a term
// of a concept in owns right after it: "intercepted and detained",
// "rescatados y detenidos".
func (s *sentence) coordinatedWithOwn(em entMention, owns category) bool {
	if !s.in(em.t1, coordinators) {
		return false
	}
	k := s.termStartingAt(em.t1 + 1)
	return k >= 0 && s.e.ents[s.ents[k].ent].cat.overlaps(owns)
}

// termOfNear reports whether a term of a concept in cat stands in clause c
// within maxLink of number m.
func (s *sentence) termOfNear(m *numMention, c int, cat category) bool {
	for _, em := range s.ents {
		if em.ent >= 0 && s.clause[em.t0] == c && s.e.ents[em.ent].cat.overlaps(cat) && s.termDist(em, m) <= maxLink {
			return true
		}
	}
	return false
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
	stateAt := s.stateTermWithEvent(m)
	// "one injured person": the term before the number's own noun says
	// what happened to the people counted, when nothing after says more
	ownAdjective := -1
	if m.head == headTerm && m.headAt == m.t1 && m.t1+1 < len(s.toks) && s.in(m.t1+1, peopleNouns) {
		// (not "400 detained protesters were released": the verb says it)
		if k := m.t1 + 2; k >= len(s.toks) || !s.in(k, auxiliaries) && !s.in(k, relativeAuxiliaries) &&
			!verbLike(s.text(k)) && !s.toks[k].preterite {
			ownAdjective = m.t1
		}
	}
	for pass := 0; pass < passes && own == noDistance && competing == noDistance; pass++ {
		for _, em := range s.ents {
			if em.ent < 0 || s.clause[em.t0] != c || em.attributive != (pass == 1) && em.t0 != ownAdjective {
				continue
			}
			if s.background[em.t0] && !s.background[m.t0] {
				continue // "pese a las excarcelaciones, aún hay 687 presos políticos"
			}
			if s.aside[em.t0] != 0 && s.aside[em.t0] != s.aside[m.t0] && s.relativeAside(em.t0) {
				continue // "Venezuela's government, which does not acknowledge holding political prisoners, reported … 400"
			}
			if em.partitive && (s.leadEnd < 0 || m.t0 > s.leadEnd) {
				continue // "Of those released, 14 were women"
			}
			if s.leadEnd >= 0 && m.t0 < s.leadEnd && em.t0 > s.leadEnd {
				continue // "Of the 42 people hit, 12 were killed": what the parts suffered
			}
			if s.headOfOther(em.t0, m) {
				continue // "24 fallecidos y 2.000 detenidos": "fallecidos" counts the 24
			}
			if s.governsOtherCount(em, m) || s.governsLaterCount(em, m) {
				// "murieron cerca de 4.000 civiles y … 5.444 incursiones": the
				// verb of the other count; "recovered 19,000 artefacts and
				// arrested 101 people": the verb of the count after
				continue
			}
			if em.t0 == stateAt {
				continue // "200,000 Syrian refugees have gone back": what happened to them, not what they were
			}
			if em.t0 == m.headAt && s.e.ents[em.ent].cat == s.e.lex.population && !s.e.lex.population.empty() && em.t1-em.t0 == 1 && s.in(em.t0, peopleNouns) {
				continue // "un millón de habitantes … fueron evacuados": who they are, not what happened
			}
			if em.t0 == m.headAt && em.t1-em.t0 == 1 && s.in(em.t0, peopleNouns) && s.otherEventAfter(em) && !s.namedEventAfter(em, mi) {
				// (but "300 forest firefighters were deployed" for "Firefighters
				// deployed", keyed on who they are: what its name says happened)
				continue // "23 protesters were injured": who they are, not what happened to them
			}
			if s.e.ents[em.ent].cat == s.e.lex.aboard && s.aboardPredicate(em, m, c, s.activeOwns().without(s.e.lex.aboard)) {
				continue // "All six people aboard died" for "people on board": who they were, then what befell them
			}
			ent := s.e.ents[em.ent]
			ent.cat = s.termCategory(em, m, owns)
			d := s.termDist(em, m)
			switch {
			case !ent.cat.empty() && !owns.empty() && ent.cat.overlaps(owns):
				if em.irrealis {
					competing = min(competing, d)
				} else {
					own = min(own, d)
				}
			case !ent.cat.empty() && !owns.empty():
				if ent.cat.overlaps(s.e.metrics[mi].who) && em.t1-em.t0 == 1 && s.e.lex.statePeople[s.text(em.t0)].overlaps(ent.cat) {
					break // "nueve rehenes murieron" for "hostages killed": who they were
				}
				if s.coordinatedWithOwn(em, owns) {
					break // "612 migrants intercepted and detained": the own term goes with it
				}
				if ent.cat == s.e.lex.aboard && s.aboardModifier(em, m, c, owns) {
					break // "All 72 people on board the plane died": who they were, then what befell them
				}
				if ent.cat.overlaps(s.e.metrics[mi].causedEvent) {
					break // "263 muertes por desnutrición" for "Deaths from starvation": the event its cause led to
				}
				if owns.overlaps(s.e.lex.state) && s.persistenceTerm(em) {
					break // "Hamas is holding 199 hostages", "todavía hay 109 secuestrados": still, of the metric's own state
				}
				competing = min(competing, d)
			}
			if ent.cat.empty() && containsInt(ent.metrics, mi) {
				neutral = min(neutral, d)
				if !s.e.metrics[mi].causedEvent.empty() {
					own = min(own, d) // "died of hunger-related causes": a cause it names
				}
			}
		}
	}
	if own > maxLink && m.head == headPeople {
		// "More than 300 children in Gambia, Indonesia and Uzbekistan, most
		// of them under the age of 5, died of acute kidney injury": the
		// verb after the subject's places and asides says what befell them
		if k := s.subjectPredicateTerm(m); k >= 0 && !s.ents[k].irrealis && s.e.ents[s.ents[k].ent].cat.overlaps(owns) {
			own = s.dist(m.headAt, m.headAt+1, m.t0, m.t1) + 1
		}
	}
	if own > maxLink && m.headAt >= 0 {
		// "344 estudiantes secuestrados seis días antes en un internado de
		// Kankara, en el estado de Katsina, fueron liberados": however
		// long the description of the people counted, the main verb says
		// what happened to them
		if k := s.termStartingAt(m.headAt + 1); k >= 0 && s.ents[k].attributive {
			if p := s.laterPredicateTerm(&s.ents[k]); p >= 0 && !s.ents[p].irrealis && s.clause[s.ents[p].t0] == c &&
				s.e.ents[s.ents[p].ent].cat.overlaps(owns) {
				own = s.termDist(s.ents[k], m)
			}
		}
	}
	if own == noDistance && competing < noDistance && !partitive {
		// "92 firefighters who died in the line of duty…, held at the
		// memorial": the relative clause on the people counted says what
		// befell them, before a term farther off
		if d := s.ownRelativeTerm(m, c, owns); d < competing {
			own = d
		}
	}
	return own, neutral, competing
}

// subjectPredicateTerm returns the index into s.ents of the term that is
// the verb of the people number m counts, past the places, lists of
// places and asides that follow them ("300 children in Gambia, Indonesia
// and Uzbekistan, most of them under the age of 5, died"), or -1 when
// another word, number or verb comes first.
func (s *sentence) subjectPredicateTerm(m *numMention) int {
	c := s.clause[m.t0]
	for j, n := s.afterHead(m), 0; j < len(s.toks) && n < 30 && s.clause[j] == c; j, n = j+1, n+1 {
		if s.aside[j] != 0 && s.aside[j] != s.aside[m.t0] {
			continue
		}
		t := &s.toks[j]
		if t.text == "," {
			continue
		}
		if t.kind != tokWord {
			return -1
		}
		if k := s.termStartingAt(j); k >= 0 {
			if s.ents[k].attributive {
				j = s.ents[k].t1 - 1 // "344 estudiantes secuestrados … fueron liberados": a description
				continue
			}
			if t.preterite || verbLike(t.text) {
				return k
			}
			return -1
		}
		if s.in(j, auxiliaries) || s.in(j, passiveAuxiliaries) || s.in(j, predicateAdverbs) || t.upper && s.entAt[j] < 0 || s.determinerAt(j) ||
			s.in(j, placePrepositions) || s.in(j, coordinators) {
			continue // ("… have been arrested", "han sido arrestadas")
		}
		if end := s.partitiveAsideEnd(j); end > j {
			j = end - 1 // "…, most of them under the age of 5, died"
			continue
		}
		if end := s.subsetAsideEnd(j); end > j {
			j = end - 1 // "45 personas, entre ellas médicos, enfermeros e intermediarios, han sido arrestadas"
			continue
		}
		return -1
	}
	return -1
}

// subsetAsideEnd returns the comma that closes an aside opening at token
// j after a comma with a subset marker and going on with a list of those
// counted ("including doctors, nurses and brokers,", "entre ellas
// profesores de medicina, médicos, enfermeros e intermediarios,"), or -1.
func (s *sentence) subsetAsideEnd(j int) int {
	if s.text(j-1) != "," {
		return -1
	}
	_, n, ok := subsetMarkers.matchAt(s.toks, j)
	if !ok {
		return -1
	}
	if k, _ := s.verblessItemEnd(j + n); k >= 0 {
		return s.listAsideEnd(k)
	}
	return -1
}

// partitiveAsideEnd returns the comma that closes a partitive aside
// opening at token j after a comma ("most of them under the age of 5,",
// "la mayoría de ellos menores,"), or -1.
func (s *sentence) partitiveAsideEnd(j int) int {
	if s.text(j-1) != "," {
		return -1
	}
	them := false
	for k := j; k < len(s.toks) && k < j+12; k++ {
		switch s.text(k) {
		case "them", "whom", "ellos", "ellas":
			them = them || k <= j+3
		case ",":
			if them {
				return s.listAsideEnd(k)
			}
			return -1
		case ".", ";":
			return -1
		}
		if s.toks[k].kind == tokWord && (s.toks[k].preterite || s.in(k, auxiliaries)) {
			return -1
		}
	}
	return -1
}

// listAsideEnd returns the comma that closes a list an aside goes on with
// after the comma at k, "entre ellas profesores de medicina, médicos,
// enfermeros e intermediarios,": the comma after the item joined by a
// coordinator, when only verbless items stand between. It returns k
// otherwise.
func (s *sentence) listAsideEnd(k int) int {
	start := k + 1
	for items := 0; items < 6; items++ {
		j, joined := s.verblessItemEnd(start)
		if j < 0 || j == start {
			return k
		}
		if joined {
			return j
		}
		start = j + 1
	}
	return k
}

// verblessItemEnd returns the comma that ends the words from token start,
// at most eight, when none of them is a verb or a non-word ("médicos,",
// "enfermeros e intermediarios,"), and whether a coordinator stands among
// them; end is -1 when no such comma ends them.
func (s *sentence) verblessItemEnd(start int) (end int, joined bool) {
	j := start
	for ; j < len(s.toks) && j < start+8 && s.text(j) != ","; j++ {
		t := &s.toks[j]
		if t.kind != tokWord || t.preterite || s.in(j, auxiliaries) || verbLike(t.text) {
			return -1, false
		}
		joined = joined || s.in(j, coordinators)
	}
	if s.text(j) != "," {
		return -1, false
	}
	return j, joined
}

// ownRelativeTerm returns the distance to number m of a term of the
// concepts owns that opens the relative clause right after m's noun ("92
// firefighters who died", "20 personas que murieron"), or noDistance.
func (s *sentence) ownRelativeTerm(m *numMention, c int, owns category) int {
	if m.headAt < 0 || owns.empty() {
		return noDistance
	}
	k := m.headAt + 1
	if t := s.text(k); t != "who" && t != "que" && t != "quienes" {
		return noDistance
	}
	if s.in(k+1, pastStateAuxiliaries) {
		return noDistance // "11 personas que permanecían encarceladas", "five people who had been admitted": what they were before
	}
	for _, em := range s.ents {
		if em.ent >= 0 && em.actor < 0 && em.attributive && s.clause[em.t0] == c && em.t0 > k && em.t0 <= k+3 &&
			s.e.ents[em.ent].cat.overlaps(owns) && !s.e.ents[em.ent].cat.overlaps(s.e.lex.state) && !em.irrealis {
			// the relative clause must be all that is said of them: no
			// main predicate after it ("11 personas que salieron de
			// prisión siguen en arresto domiciliario", "the 13 miners who
			// remained trapped were rescued")
			for j := em.t1; j < len(s.toks) && s.toks[j].kind != tokPunct; j++ {
				if s.in(j, auxiliaries) || s.in(j, looseStateTerms) || s.toks[j].preterite {
					return noDistance
				}
			}
			return s.termDist(em, m)
		}
	}
	return noDistance
}

// pastStateAuxiliaries open a relative clause on what the people counted
// were or had done before the event the sentence reports: "who had
// crossed", "que estaban desplazadas", "que permanecían encarceladas".
var pastStateAuxiliaries = newWordSet("had", "estaban", "estaba", "permanecían", "seguían", "habían", "había")

// termDist returns the distance from term mention em to number m; a term
// right before the number's qualifier (or its personal "a") is measured to
// the qualifier, which belongs to the number and parts it from no term:
// "freed more than 200 hostages" frees them as "freed 200 hostages" does.
func (s *sentence) termDist(em entMention, m *numMention) int {
	if em.t1 <= m.qStart && m.qStart < m.t0 && (em.t1 == m.qStart || s.text(m.qStart-1) == "a" && em.t1 == m.qStart-1) {
		return s.dist(em.t0, em.t1, m.qStart, m.t1)
	}
	return s.dist(em.t0, em.t1, m.t0, m.t1)
}

// subjectOfOtherKind reports whether the subject of the verb that gives
// number m is a term of a kind of count metric mi does not own: "y los
// muertos ascienden a más de una decena" counts deaths, not the attacks
// the sentence counted before.
func (s *sentence) subjectOfOtherKind(m *numMention, mi int) bool {
	_, n, ok := figureVerbs.matchEndingAt(s.toks, m.qStart)
	if !ok {
		if _, n, ok = copulaBefore.matchEndingAt(s.toks, m.qStart); !ok {
			return false
		}
	}
	v := m.qStart - n
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		e := s.entAt[k]
		if e < 0 || s.ents[e].ent < 0 || s.ents[e].actor >= 0 {
			continue
		}
		cat := s.e.ents[s.ents[e].ent].cat
		return !cat.empty() && !cat.overlaps(s.e.metrics[mi].owns) && !containsInt(s.e.ents[s.ents[e].ent].metrics, mi)
	}
	return false
}

// anaphoricMetric links a number with no keyword of its own to the metric
// of the figure it answers: "…, while the government claimed 400" (the
// same metric as another number of the sentence), "a far higher figure of
// 400" (a figure noun), or the previous sentence's metric.
func (s *sentence) anaphoricMetric(k int) int {
	m := &s.nums[k]
	c := s.clause[m.t0]
	hasFigure, hasCue := false, false
	// "La cifra anterior, publicada el martes, era de 97": a figure noun
	// that is the subject of the verb giving the number may stand farther
	reach, direct := figureReach, false
	if _, _, ok := copulaBefore.matchEndingAt(s.toks, m.qStart); ok {
		reach = maxLink
	} else if _, _, ok := figureVerbs.matchEndingAt(s.toks, m.qStart); ok {
		reach, direct = maxLink, true
	}
	for i := range s.toks {
		if s.clause[i] != c {
			continue
		}
		if figureNouns.hasToken(&s.toks[i]) && s.dist(i, i+1, m.t0, m.t1) <= reach && !s.figureOfOther(i) {
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
	spoken := false
	if _, ok := s.trailingSource(m); ok {
		hasCue = true // "Between 600 and 700, according to Foro Penal"
	} else if m.head == headBare && (s.trailingSpeaker(m) || s.openingSource(m)) {
		hasCue, spoken = true, true // "Ahora es de 75, precisó la Secretaría de Gestión de Riesgos"
	}
	// "the government claimed more than 400": an elliptical figure needs its
	// speaker in the same clause; a part of another number ("12 of the
	// 41") is never one.
	if m.t0 >= 2 && s.text(m.t0-1) == "'s" && s.inActor(m.t0-2) {
		hasFigure = true // "lower than Foro Penal's 133"
	}
	if m.head == headBare && s.existentialBefore(m.qStart) {
		hasFigure = true // "ICE had around 37,000 people in detention; there are now fewer than 34,000"
	}
	if m.head == headBare && s.pronounSetsFigure(m) {
		hasFigure = true // "El número de pasajeros secuestrados … Amnistía lo situó en 42", "the agency put it at 42"
	}
	if m.head == headBare && s.periodSeriesItem(m) {
		hasFigure = true // "en 2018 murieron 115 personas; en 2019 fueron 99 y en 2020, 87"
	}
	more := false
	switch s.text(m.t1) {
	case "more", "others", "additional", "mas", "adicionales":
		more = true // "56 releases … and 31 more": the same noun, elided
	}
	switch s.text(m.qStart) {
	case "another", "otros", "otras":
		more = true
	}
	// "the group added 31 cases", "elevó a 297 los casos verificados": a
	// count of cases is a count of what the metric counts
	bare := m.head == headBare || (m.head == headPeople && s.in(m.headAt, caseNouns) && !s.ofFollows(m.headAt+1))
	// "El Gobierno habla de 897 personas, pero…": people with nothing said
	// of them but the number
	if m.head == headPeople && s.in(m.headAt, genericPeople) && !s.predicateAfter(m) && !s.ofFollows(m.headAt+1) {
		bare = true
	}
	counted := hasCue && bare && s.pronounCounts(c, m)
	if !hasFigure && !(hasCue && bare && (s.actorInClause(c) || counted || spoken)) && !(more && m.head == headBare) {
		return -1
	}
	if m.head == headPeople && s.in(m.headAt, subgroupNouns) && !(direct && hasFigure) {
		return -1 // "176 militares", "87 women": a part of some count (but "la cifra asciende a 22.810 menores")
	}
	if s.partOfNumber(m) || (s.leadEnd >= 0 && m.t0 > s.leadEnd) {
		return -1 // "12 of the 41 were women"; "Of those released, 14 were women"
	}
	free := func(mi int) bool {
		owns := s.e.metrics[mi].owns
		_, _, competing := s.distances(m, c, mi, owns, false)
		// (and not "5,842 kg of ivory …, and 123 suspects" for the metric of
		// people the other number counts)
		return competing == noDistance && s.isActive(mi) && !s.subjectOfOtherKind(m, mi) && !s.unitClash(m, mi)
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
	if !hasFigure && !(hasCue && bare) {
		return -1 // "31 more" refers only to a number of the same sentence
	}
	if hasFigure {
		for _, em := range s.ents {
			if em.ent < 0 || em.irrealis || s.background[em.t0] && !s.background[m.t0] {
				continue
			}
			ent := s.e.ents[em.ent]
			for _, mi := range s.active {
				if (ent.cat.overlaps(s.e.metrics[mi].owns) || ent.cat.empty() && s.onlyKeywordMetric(em.ent) == mi && !s.namesStatePeople(em)) && free(mi) {
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
	if !hasFigure && s.otherPredicate(m) {
		return -1 // "more than a million were living in shelters": what they did is no event of a metric
	}
	if l := len(s.st.prevLinked); l > 0 && free(s.st.prevLinked[l-1]) {
		return s.st.prevLinked[l-1]
	}
	// "…cuestionó las cifras del Gobierno sobre las excarcelaciones. «El
	// Gobierno habla de 897 personas»": the event of the sentence before
	stated := hasCue && bare && (s.actorInClause(c) || spoken)
	if l := len(s.st.prevEvent); (hasFigure || counted || stated) && l > 0 && free(s.st.prevEvent[l-1]) {
		return s.st.prevEvent[l-1]
	}
	// "its own list of political prisoners, a list that stood at 687": a
	// figure of prisoners with no event at all is the number held
	if sm := s.stateMetric(m); hasFigure && sm >= 0 {
		return sm
	}
	// "Foro Penal's count now stands at 350" under a headline about
	// releases; "the number had since climbed to 808" a paragraph later
	if t := s.topicMetric(); (hasFigure || counted || stated) && t >= 0 && free(t) {
		return t
	}
	return -1
}

// figureOfMetric returns the metric of the figure noun whose value number
// m gives, when that noun says what it counts: "the number of political
// prisoners at 687" (people held: no event), "el número de presos políticos
// excarcelados asciende a 400" (releases). It returns -1 when no such noun
// stands a few words before the number.
func (s *sentence) figureOfMetric(m *numMention) int {
	if m.head == headTerm {
		return -1 // "El balance … queda lejos de los 266 fallecidos": the number's own noun says
	}
	q := -1
	for k := m.qStart - 1; k >= 0 && k >= m.qStart-8; k-- {
		t := s.toks[k]
		if t.kind == tokDigits || t.text == "," || t.text == ";" || s.valueWordAt(k) {
			break // (not "llega a 900": "a" is no number there)
		}
		if figureNouns.hasToken(&t) {
			q = k
			break
		}
	}
	if q < 0 {
		q = s.putFigureNoun(m)
	}
	if q < 0 {
		q = s.subjectFigureNoun(m)
	}
	if q < 0 {
		q = s.changedFigureNoun(m)
	}
	if q < 0 {
		return -1
	}
	return s.figureNounMetric(q, m.qStart)
}

// changedFigureNoun returns the figure noun that opens the sentence as the
// subject of a verb of change whose end value number m gives: "El número de
// laboratorios ilegales desmantelados bajó un 18 %, de 5.750 en 2021 a
// 4.707 en 2022", "the number of … fell from 5,750 to 4,707". Only the
// change's own values (its origin, a percentage, dates) may stand between;
// it returns -1 otherwise.
func (s *sentence) changedFigureNoun(m *numMention) int {
	switch s.text(m.qStart - 1) {
	case "a", "to", "hasta":
	default:
		return -1
	}
	q := s.figureNounFrom(0, m.qStart)
	for j := 1; q < 0 && j < m.qStart && j < 12; j++ {
		if s.in(j-1, openingSeparators) {
			q = s.figureNounFrom(j, m.qStart) // after a dateline or an opening phrase
		}
	}
	if q < 0 || !s.changeVerbBetween(q, m.qStart) {
		return -1
	}
	for _, o := range s.nums {
		if !o.trap && o.t0 > q && o.t0 < m.t0 {
			return -1
		}
	}
	return q
}

// comparedFigureMetric returns the metric of the count the sentence
// before linked, when number m is the value of a figure compared with it:
// "reported a far higher figure of 400", "una cifra muy inferior, de 12".
// Such a figure counts what the figure it is compared with counts. It
// returns -1 otherwise.
func (s *sentence) comparedFigureMetric(m *numMention) int {
	j := m.qStart - 1
	if t := s.text(j); t != "of" && t != "de" {
		return -1
	}
	k := j - 1
	if s.text(k) == "," {
		k--
	}
	compared := false
	if s.in(k, comparatives) {
		// "una cifra muy superior, de 400": the adjective after the noun
		compared = true
		k--
		if s.in(k, degreeAdverbs) {
			k--
		}
	}
	if !s.in(k, figureNouns) || !compared && !s.in(k-1, comparatives) {
		return -1 // ("a far higher figure of 400": the adjective before it)
	}
	if l := len(s.st.prevLinked); l > 0 && allSame(s.st.prevLinked) && s.isActive(s.st.prevLinked[l-1]) {
		return s.st.prevLinked[l-1]
	}
	return -1
}

// degreeAdverbs strengthen a comparative: "far higher", "muy inferior".
var degreeAdverbs = newWordSet("far", "much", "muy", "mucho", "bastante")

// pronounSetsFigure reports whether number m is the value a verb of
// setting gives a figure named by a pronoun: "lo situó el miércoles en
// 42", "la elevó a 6.000", "put it at 42", "raised it to 6,000". The
// pronoun stands for a figure the text has named before.
func (s *sentence) pronounSetsFigure(m *numMention) bool {
	p := s.text(m.qStart - 1)
	if p != "en" && p != "a" && p != "at" && p != "to" {
		return false
	}
	for v := m.qStart - 2; v >= 1 && v >= m.qStart-6; v-- {
		t := &s.toks[v]
		if t.kind != tokWord {
			return false
		}
		if pronounSettingVerbs.hasToken(t) {
			if s.es {
				c := s.text(v - 1)
				return (c == "lo" || c == "la") && (p == "en" || p == "a")
			}
			return s.text(v+1) == "it" && (p == "at" || p == "to")
		}
		if !s.timeAdverbialAt(v) && !dayWordAt(s.toks, v) && s.text(v) != "it" {
			return false
		}
	}
	return false
}

// pronounSettingVerbs set a figure a pronoun names at a value: "lo situó
// en 42", "put it at 42".
var pronounSettingVerbs = newWordSet(append(putVerbWords, "sitúan", "situaron", "cifran", "cifraron", "fijan", "elevó",
	"eleva", "elevan", "elevaron", "estimó", "estima", "estiman", "calculó", "calcula", "calculan", "rebajó", "rebaja",
	"redujo", "reduce", "actualizó", "actualiza", "dejó", "deja", "raised", "raises", "revised", "revises", "lowered",
	"lowers", "updated")...)

// putVerbs set a figure at a value: "put the number of … at 879", "cifró
// en 229 los lesionados", "situó la cifra de … en 40".
var putVerbs = newWordSet(putVerbWords...)

// putVerbWords are the words of putVerbs.
var putVerbWords = []string{"put", "puts", "placed", "places", "set", "sets", "cifró", "cifra", "situó", "sitúa", "fijó",
	"fija", "estimated", "estimates"}

// putFigureNoun returns the figure noun that a verb of setting opens when
// number m ends its phrase after "at"/"en", however long the figure's noun
// phrase ("put the number of inmates who fled the … Centre in Kuje, Abuja,
// after gunmen stormed it on Tuesday night at 879"); -1 otherwise.
func (s *sentence) putFigureNoun(m *numMention) int {
	if p := s.text(m.qStart - 1); p != "at" && p != "en" {
		return -1
	}
	for k := m.qStart - 2; k >= 1 && k >= m.qStart-32; k-- {
		if s.toks[k].kind == tokDigits || s.text(k) == ";" {
			return -1
		}
		if !s.in(k, figureNouns) {
			continue
		}
		j := k - 1
		for j >= 0 && s.determinerAt(j) {
			j--
		}
		if j >= 0 && s.in(j, putVerbs) {
			return k
		}
		return -1
	}
	return -1
}

// putTermMetric returns the metric of the term that a verb of setting
// takes as its object when number m ends the phrase after "at"/"en": "puts
// Russia's overall combat losses … at about 332,810", "cifró las pérdidas
// en 300". The term must be the first one after the verb, with no other
// number between; -1 otherwise.
func (s *sentence) putTermMetric(m *numMention) int {
	if m.head != headBare && m.head != headPeople {
		return -1
	}
	if p := s.text(m.qStart - 1); p != "at" && p != "en" {
		return -1
	}
	for k := m.qStart - 2; k >= 1 && k >= m.qStart-20; k-- {
		if s.toks[k].kind == tokDigits && !s.dateTokenAt(k) || s.text(k) == ";" || s.text(k) == "." {
			return -1
		}
		if !s.in(k, putVerbs) {
			continue
		}
		for j := k + 1; j < m.qStart-1; j++ {
			e := s.entAt[j]
			if e < 0 || s.ents[e].ent < 0 || s.ents[e].actor >= 0 || s.ents[e].irrealis {
				continue
			}
			return s.metricOfTerm(j)
		}
		return -1
	}
	return -1
}

// ellipticFigureOf returns the metric of the term after "la de", "los
// de" right after number m, the figure noun left out because the sentence
// just named it ("y a 300 la de desaparecidos"), or -1.
func (s *sentence) ellipticFigureOf(m *numMention) int {
	switch s.text(m.t1) {
	case "la", "el", "los", "las":
	default:
		return -1
	}
	if s.text(m.t1+1) != "de" {
		return -1
	}
	if mi := s.metricOfTerm(m.t1 + 2); mi >= 0 {
		return mi
	}
	return s.keywordOwner(m.t1 + 2) // (several own "heridos": the one that lists it)
}

// keywordOwner returns the one metric looked for that lists the term at
// token k among its own keywords, or -1.
func (s *sentence) keywordOwner(k int) int {
	if k >= len(s.toks) {
		return -1
	}
	e := s.entAt[k]
	if e < 0 || s.ents[e].ent < 0 {
		return -1
	}
	ms := s.e.ents[s.ents[e].ent].metrics
	return s.onlyMetric(func(mi int) bool { return containsInt(ms, mi) })
}

// verbOverNounOf returns the metric of the verb whose object is the noun
// that number m's "of" phrase follows, when the noun is a keyword or term
// of another metric: "commuting the death sentences of 2,747 prisoners"
// commutes them, "conmutó las penas de muerte de 37 presos" too. It
// returns -1 when no such verb stands before the noun and its article.
func (s *sentence) verbOverNounOf(m *numMention) int {
	p := m.qStart - 1
	if t := s.text(p); t != "de" && t != "of" {
		return -1
	}
	// the noun's mention ends right before "of"
	noun := -1
	for k := range s.ents {
		if em := s.ents[k]; em.t1 == p && em.ent >= 0 && em.actor < 0 {
			noun = k
		}
	}
	if noun < 0 {
		return -1
	}
	nm := s.metricOfTerm(s.ents[noun].t0)
	j := s.ents[noun].t0 - 1
	if j < 0 || !s.determinerAt(j) {
		return -1 // (no article: not the object of a verb)
	}
	for j >= 0 && s.determinerAt(j) {
		j--
	}
	if j < 0 {
		return -1
	}
	w := s.text(j)
	if !verbLike(w) && !s.toks[j].preterite && !gerund(w) && !strings.HasSuffix(w, "ing") {
		return -1
	}
	if e := s.entAt[j]; e < 0 || s.ents[e].t1 != j+1 || s.ents[e].irrealis {
		return -1
	}
	if v := s.metricOfTerm(j); v >= 0 && v != nm {
		return v
	}
	return -1
}

// eventNounOf returns the metric of the event noun whose "of"/"de" phrase
// number m opens, when the number counts people: "la liberación el sábado
// de 14 encarcelados", "the release of 30 political prisoners" (what
// happened to them, not what they were). It returns -1 otherwise.
func (s *sentence) eventNounOf(m *numMention) int {
	if m.head != headPeople && m.head != headTerm && m.head != headBare {
		return -1
	}
	p := m.qStart - 1
	if prev := s.listItemBefore(m); prev != nil {
		if s.ownEventNoun(m) {
			return -1 // "la muerte de 637 personas y 5.943 contagios": its own noun names what it counts
		}
		return s.eventNounOf(prev) // "the release of 39 Palestinian prisoners and 24 hostages"
	}
	if t := s.text(p); t != "de" && t != "of" {
		return -1
	}
	adjective := false
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		if e := s.entAt[k]; e >= 0 {
			em := s.ents[e]
			if em.ent < 0 || em.irrealis || em.actor >= 0 {
				return -1
			}
			if s.causeOfDeath(&em) {
				// "la muerte por insuficiencia renal de al menos 70 niños":
				// the cause only says of what; the death is the event
				k = em.t0 - 1
				continue
			}
			cat := s.e.ents[em.ent].cat
			if cat.empty() && !s.keywordNamesPeople(em) {
				// "la erradicación manual de 130.000 hectáreas": a keyword
				// of one metric, no concept, named as an act
				return s.onlyKeywordMetric(em.ent)
			}
			if cat.empty() || cat.overlaps(s.e.lex.state) {
				return -1
			}
			for _, mi := range s.active {
				if cat.overlaps(s.e.metrics[mi].owns) && !s.unitClash(m, mi) {
					return mi
				}
			}
			return -1
		}
		t := s.toks[k]
		if s.determinerAt(k) || timeWords.hasToken(&t) || weekdays.hasToken(&t) || monthNames.hasToken(&t) {
			continue
		}
		if !adjective && k == p-1 && s.es && s.postnominalAdjective(k) {
			adjective = true // "la erradicación manual de 130.000 hectáreas"
			continue
		}
		return -1
	}
	return -1
}

// ownEventNoun reports whether the noun right after number m is a
// keyword of a tracked metric that names no people ("5.943 contagios",
// "12 infections"): the number counts that, not what a noun before a list
// it ends says befell the list's people.
func (s *sentence) ownEventNoun(m *numMention) bool {
	if m.t1 >= len(s.toks) || s.entAt[m.t1] < 0 {
		return false
	}
	em := s.ents[s.entAt[m.t1]]
	return em.t0 == m.t1 && em.ent >= 0 && em.actor < 0 && s.metricOfTerm(m.t1) >= 0 && !s.keywordNamesPeople(em)
}

// addsUpLater reports whether number k is one of two or more counts of
// one metric whose sum the sentence then gives, called a total, as a count
// of that metric: "30 on Saturday and 45 on Sunday, for a total of 75"
// lists parts of the 75.
func (s *sentence) addsUpLater(k int) bool {
	mi := s.nums[k].metric
	var sum int64
	n := 0
	for j := range s.nums {
		o := &s.nums[j]
		if o.trap || o.metric != mi || o.qual == tracker.Range {
			continue
		}
		if j > k && n >= 2 && o.value == sum && s.calledTotal(o) {
			return true
		}
		sum += o.value
		n++
	}
	return false
}

// calledTotal reports whether a word of totalling stands right before
// number m ("a total of 75", "un total de 75", "totalling 75", "suman 75")
// or right after it ("75 in all", "75 en total").
func (s *sentence) calledTotal(m *numMention) bool {
	for j := m.t0 - 1; j >= 0 && j >= m.t0-3; j-- {
		switch s.text(j) {
		case "total", "totalling", "totaling", "altogether", "overall", "suman", "sumando", "sumaron":
			return true
		}
	}
	switch s.text(m.t1) + " " + s.text(m.t1+1) {
	case "in all", "in total", "en total", "en conjunto", "all told":
		return true
	}
	return false
}

// narrowerOwner reports whether metric a owns only states (being held,
// in custody) while metric b owns a state and an event too: of two metrics
// tied on a term, "Fishermen in custody" counts "are being held", not
// "Fishermen detained", which also lists "held".
func (s *sentence) narrowerOwner(a, b int) bool {
	oa, ob := s.e.metrics[a].owns, s.e.metrics[b].owns
	state := s.e.lex.state
	return !oa.empty() && oa.without(state).empty() && ob.overlaps(state) && !ob.without(state).empty()
}

// namesTermBetter reports whether metric a's name, and not metric b's,
// names the concept of the event term nearest number m in clause c:
// "seguían detenidos" is a count of "People held in immigration
// detention", not of "People arrested in immigration raids", when both
// list "detenidos".
func (s *sentence) namesTermBetter(m *numMention, c, a, b int) bool {
	na, nb := s.e.metrics[a].named, s.e.metrics[b].named
	if na.empty() || na == nb {
		return false
	}
	cat := s.nearestTermConcepts(m, c, s.e.metrics[a].owns.or(s.e.metrics[b].owns))
	return !cat.empty() && na.overlaps(cat) && !nb.overlaps(cat)
}

// nearestTermConcepts returns the concepts of owns that the term nearest
// number m in clause c belongs to, or none.
func (s *sentence) nearestTermConcepts(m *numMention, c int, owns category) category {
	best, cat := noDistance, category(category{})
	for _, em := range s.ents {
		if em.ent < 0 || em.actor >= 0 || s.clause[em.t0] != c {
			continue
		}
		ec := s.e.ents[em.ent].cat.and(owns)
		if ec.empty() {
			continue
		}
		if d := s.dist(em.t0, em.t1, m.t0, m.t1); d < best {
			best, cat = d, ec
		}
	}
	return cat
}

// keyedOnTermMore reports whether two or more of metric a's keywords
// belong to the concept of the term nearest number m in clause c, and only
// one of metric b's, whose other keywords name other concepts: "se
// manifestaron" counts protesters keyed on "marched", "manifestantes",
// "protesters", not strikers keyed on "huelguistas" and a lone
// "secundaron". It reports false when the concept is as much b's own.
func (s *sentence) keyedOnTermMore(m *numMention, c, a, b int) bool {
	cat := s.nearestTermConcepts(m, c, s.e.metrics[a].owns.and(s.e.metrics[b].owns))
	if cat.empty() {
		return false
	}
	count := func(mi int) int {
		n := 0
		for _, kc := range s.e.metrics[mi].keywordCats {
			if kc.overlaps(cat) {
				n++
			}
		}
		return n
	}
	return count(b) == 1 && count(a) >= 2 && !s.e.metrics[b].owns.without(cat).empty()
}

// listItemBefore returns the number whose noun phrase number m follows
// in a list, joined by "and"/"y" or a comma ("39 Palestinian prisoners
// and 24 hostages"), the words between being that phrase's alone; nil
// otherwise.
func (s *sentence) listItemBefore(m *numMention) *numMention {
	p := m.qStart - 1
	switch s.text(p) {
	case "and", "y", "e", ",":
	default:
		return nil
	}
	for k := len(s.nums) - 1; k >= 0; k-- {
		prev := &s.nums[k]
		if prev.t1 > p {
			continue
		}
		if prev.trap || p-prev.t1 > 4 {
			return nil
		}
		for j := prev.t1; j < p; j++ {
			t := s.toks[j]
			if t.kind != tokWord || t.preterite || verbLike(t.text) && !s.in(j, peopleNouns) || functionWords.hasToken(&t) {
				return nil
			}
		}
		return prev
	}
	return nil
}

// siblingPopulation reports whether number k counts people that a list
// sets apart from the people a metric's keyword names: in "the release of
// 39 Palestinian prisoners and 24 hostages" the prisoners are not the
// hostages the tracker counts, whatever happened to both.
func (s *sentence) siblingPopulation(k int) bool {
	m := &s.nums[k]
	if m.head != headPeople || m.headAt < 0 {
		return false
	}
	if j := m.headAt + 1; j < len(s.toks) && s.entAt[j] >= 0 && s.ents[s.entAt[j]].ent >= 0 && s.ents[s.entAt[j]].actor < 0 {
		return false // "1.039 detenidos y 387 mujeres liberadas": its own term says what befell them
	}
	for j := range s.nums {
		o := &s.nums[j]
		if j == k || o.head != headTerm || o.headAt < 0 || s.text(o.headAt) == s.text(m.headAt) {
			continue
		}
		if s.listItemBefore(o) != m && s.listItemBefore(m) != o {
			continue
		}
		if e := s.entAt[o.headAt]; e >= 0 && s.ents[e].ent >= 0 && len(s.e.ents[s.ents[e].ent].metrics) > 0 && s.keywordNamesPeople(s.ents[e]) {
			return true
		}
	}
	return false
}

// governingKeywordVerb returns the metric of the verb that takes number m
// as its object, when that verb is a keyword of one metric alone, of no
// concept, and the noun the number counts is a keyword of another metric
// that names no event: "se erradicaron en Colombia 137 mil hectáreas de
// coca" counts hectares eradicated, not the area planted. Only a place
// phrase ("en Colombia") or an adverb may stand between. It returns -1
// otherwise.
func (s *sentence) governingKeywordVerb(m *numMention) int {
	if m.head != headTerm || m.headAt < 0 {
		return -1
	}
	headEnt := s.entAt[m.headAt]
	if headEnt < 0 || s.ents[headEnt].ent < 0 {
		return -1
	}
	noun := s.onlyKeywordMetric(s.ents[headEnt].ent)
	if noun < 0 || !s.e.metrics[noun].owns.empty() {
		return -1
	}
	for k := m.qStart - 1; k >= 0 && k >= m.qStart-6 && s.clause[k] == s.clause[m.t0]; k-- {
		if e := s.entAt[k]; e >= 0 {
			em := s.ents[e]
			if em.ent < 0 || em.actor >= 0 || em.irrealis || em.t1 != k+1 || !s.e.ents[em.ent].cat.empty() {
				return -1 // (a term of a concept is weighed with its concept: "killed 3,187 animals")
			}
			t := s.toks[em.t1-1]
			if !t.preterite && !verbLike(t.text) {
				return -1
			}
			if mi := s.onlyKeywordMetric(em.ent); mi >= 0 && mi != noun {
				return mi
			}
			return -1
		}
		t := s.toks[k]
		if t.kind != tokWord || !(t.upper || s.in(k, predicateAdverbs) || t.text == "en" || t.text == "in" || s.timeAdverbialAt(k)) {
			return -1
		}
	}
	return -1
}

// timeAdverbialWords may make up a time adverbial between a verb and its
// object: "han erradicado desde enero 224.478 hectáreas", "liberó este
// domingo a 14 presos".
var timeAdverbialWords = newWordSet("desde", "since", "este", "esta", "this", "last", "pasado", "pasada", "año",
	"mes", "semana", "year", "month", "week", "el", "la")

// timeAdverbialAt reports whether token k is a word of a time adverbial:
// a month, a weekday, "yesterday"/"ayer" or one of timeAdverbialWords.
func (s *sentence) timeAdverbialAt(k int) bool {
	return s.in(k, timeAdverbialWords) || s.in(k, monthNames) || s.in(k, weekdays) || s.in(k, dayWords)
}

// bringsTotal reports whether number m is the total a marker of bringing
// ("lifting", "bringing", "elevando", "con lo que") leads to, within a
// dozen words, through "to"/"a"/"hasta": "lifting the country's count for
// 2024 to 63", "elevando a 63 el total".
func (s *sentence) bringsTotal(m *numMention) bool {
	if p := s.text(m.qStart - 1); p != "to" && p != "a" && p != "hasta" {
		return false
	}
	for j := m.qStart - 2; j >= 0 && j >= m.qStart-12; j-- {
		if _, _, ok := bringingMarkers.matchAt(s.toks, j); ok {
			return true
		}
		if t := s.toks[j]; t.kind == tokPunct && t.text != "'s" {
			return false
		}
	}
	return false
}

// periodListBefore returns the count linked by keyword that number k
// follows in a list of counts by period, with nothing between them but
// the period of that count and a separator ("… in 2021, 9,791", "… en
// 2022 y 4.232"), and a period of k's own after it; -1 otherwise.
func (s *sentence) periodListBefore(k int) int {
	m := &s.nums[k]
	p := -1
	for j := k - 1; j >= 0; j-- {
		if o := &s.nums[j]; !o.trap || o.dropReason == "earlier_period" {
			p = j
			break
		}
		if s.nums[j].dropReason != "date" {
			return -1
		}
	}
	if p < 0 || !s.nums[p].byKeyword || s.nums[p].metric < 0 || s.clause[s.nums[p].t0] != s.clause[m.t0] {
		return -1
	}
	dated, sep := false, false
	for i := s.afterHead(&s.nums[p]); i < m.qStart; i++ {
		t := s.toks[i]
		switch {
		case t.kind == tokDigits && s.dateTokenAt(i):
			dated = true
		case t.text == "," || t.text == "and" || t.text == "y" || t.text == ";":
			sep = true
		case t.text == "in" || t.text == "en" || t.text == "during" || t.text == "durante" || monthNames.hasToken(&t):
		default:
			return -1
		}
	}
	if !dated || !sep || !s.periodAfter(m) {
		return -1
	}
	return p
}

// dateTokenAt reports whether token i is a number dropped as a date.
func (s *sentence) dateTokenAt(i int) bool {
	for _, o := range s.nums {
		if o.t0 <= i && i < o.t1 {
			return o.dropReason == "date"
		}
	}
	return false
}

// periodAfter reports whether a period follows number m: a year or a
// month after "in"/"en", or the current period ("so far this year", "en
// lo que va de este año").
func (s *sentence) periodAfter(m *numMention) bool {
	j := m.t1
	if _, _, ok := currentPeriodWords.matchAt(s.toks, j); ok {
		return true
	}
	if t := s.text(j); t == "in" || t == "en" || t == "during" || t == "durante" {
		return s.dateTokenAt(j+1) || monthNames.hasToken(&s.toks[min(j+1, len(s.toks)-1)])
	}
	return false
}

// keywordNamesPeople reports whether a word of mention em is a noun for
// people ("political prisoners"): a keyword that says who, not what
// happened.
func (s *sentence) keywordNamesPeople(em entMention) bool {
	for j := em.t0; j < em.t1; j++ {
		if s.in(j, peopleNouns) || s.e.lex.isStatePerson(s.text(j)) {
			return true
		}
	}
	return false
}

// namesStatePeople reports whether mention em names people by a state
// they are in ("political prisoners", "presos"): a count of them is no
// event.
func (s *sentence) namesStatePeople(em entMention) bool {
	for j := em.t0; j < em.t1; j++ {
		if s.e.lex.isStatePerson(s.text(j)) {
			return true
		}
	}
	return false
}

// onlyKeywordMetric returns the one active metric that entity ent is a
// keyword of, or -1.
func (s *sentence) onlyKeywordMetric(ent int) int {
	return s.onlyMetric(func(mi int) bool { return containsInt(s.e.ents[ent].metrics, mi) })
}

// postnominalAdjective reports whether token k, right after a noun in
// Spanish, may be an adjective of it: a lowercase word that is no
// function word, verb form, number or name.
func (s *sentence) postnominalAdjective(k int) bool {
	t := s.toks[k]
	return t.kind == tokWord && !t.upper && !t.preterite && !functionWords.hasToken(&t) && !verbLike(t.text) &&
		s.entAt[k] < 0 && !infinitiveLike(t.text)
}

// subjectFigureNoun returns the figure noun that opens the sentence and is
// the subject of the figure verb right before number m, with no other
// count between them: "El número de fallecidos por el hundimiento …,
// ocurrido el pasado 26 de enero, ascendió a 52". It returns -1 otherwise.
func (s *sentence) subjectFigureNoun(m *numMention) int {
	_, n, ok := figureVerbs.matchEndingAt(s.toks, m.qStart)
	if !ok {
		return -1
	}
	v := m.qStart - n
	if s.in(v-1, relativePronouns) {
		return -1 // "…al de denuncias por desaparición, que ascienden a 43": the relative's noun is the subject
	}
	q := s.figureNounFrom(0, v)
	if q < 0 {
		// "Con esta actualización, la cifra … asciende a 685": after an
		// opening phrase
		if c := s.openingComma(v); c >= 0 {
			q = s.figureNounFrom(c+1, v)
		}
	}
	for j := 1; q < 0 && j < v; j++ {
		// "BEIRUT (DPA).— El número de muertos … se ha elevado a 137":
		// after a dateline
		if s.in(j-1, openingSeparators) && s.text(j-1) != "," {
			q = s.figureNounFrom(j, v)
		} else if t := s.text(j - 1); t == "that" || t == "que" {
			// "the minister said that the number of children who have died
			// … had climbed to 133": the subject of a reported clause
			q = s.figureNounFrom(j, v)
		}
	}
	if q < 0 {
		return -1
	}
	for _, o := range s.nums {
		if !o.trap && o.t0 > q && o.t0 < v {
			return -1
		}
	}
	return q
}

// subjectPeopleTerm returns the metric of the term that describes the
// people who open the sentence as the subject of the figure verb right
// before number m: "Las personas fallecidas bajo custodia estatal desde
// 2022 … llegan ya a 191", "People killed in the floods number 52". It
// returns -1 otherwise, or when another count stands between.
func (s *sentence) subjectPeopleTerm(m *numMention) int {
	_, n, ok := figureVerbs.matchEndingAt(s.toks, m.qStart)
	if !ok {
		// "Las personas detenidas o investigadas fueron 1.161", "Los
		// heridos son 66": a plural copula, the count its subject's
		if n = 1; !s.in(m.qStart-1, pluralCopulas) {
			return -1
		}
	}
	v := m.qStart - n
	for v > 0 && s.in(v-1, predicateAdverbs) {
		v-- // "los detenidos ya son 30"
	}
	start := -1
	for j := 0; j < v && start < 0; j++ {
		// at the start, or after a dateline or an opening phrase
		if j > 0 && !s.in(j-1, openingSeparators) {
			continue
		}
		k := j
		for k < v && (s.determinerAt(k) || isQuoteText(s.text(k))) {
			k++
		}
		if k+1 < v && s.in(k, genericPeople) {
			start = k
		} else if k < v && k > j && s.entAt[k] >= 0 && s.ents[s.entAt[k]].ent >= 0 && s.ents[s.entAt[k]].t1 == v {
			start = k - 1 // "Los heridos sumaron 66": the term is the subject
		}
	}
	if start < 0 {
		return -1
	}
	k := s.entAt[start+1]
	if k < 0 || s.ents[k].ent < 0 || s.ents[k].irrealis {
		return -1
	}
	ent := s.e.ents[s.ents[k].ent]
	for j := start; j < v; j++ {
		if s.countAt(j) {
			return -1
		}
	}
	return s.termMetric(ent)
}

// pluralCopulas link a plural subject to the number that counts it.
var pluralCopulas = newWordSet("fueron", "son", "eran", "were", "are")

// subjectTollMetric returns the metric of the keyword that ends on a
// figure noun ("death toll", "casualty count") and opens the sentence, or
// follows its dateline, as the subject of the figure verb right before
// number m: "NARATHIWAT — The death toll from Saturday's explosion at a
// fireworks warehouse has risen to 12, with 121 people injured". It
// returns -1 otherwise, or when another count stands between.
func (s *sentence) subjectTollMetric(m *numMention) int {
	_, n, ok := figureVerbs.matchEndingAt(s.toks, m.qStart)
	if !ok {
		return -1
	}
	v := m.qStart - n
	for j := 0; j < v; j++ {
		if j > 0 && !s.in(j-1, openingSeparators) {
			continue
		}
		k := j
		for k < v && s.determinerAt(k) {
			k++
		}
		e := s.entAt[k]
		if k >= v || e < 0 || s.ents[e].ent < 0 || s.ents[e].actor >= 0 ||
			!s.in(s.ents[e].t1-1, figureNouns) && len(s.e.ents[s.ents[e].ent].metrics) == 0 {
			continue // (a metric's own keyword may be the subject: "Los suicidios de militares … se elevaron a 349")
		}
		for _, o := range s.nums {
			if !o.trap && o.t0 > k && o.t0 < v {
				return -1
			}
		}
		return s.termMetric(s.e.ents[s.ents[e].ent])
	}
	return -1
}

// affectingEventMetric returns the metric of the event term that is the
// subject of a verb of affecting right before number m, a count of people:
// "el desplazamiento afectó a casi 500 personas", "the displacement has
// affected nearly 500 people" count the displaced. Only auxiliaries and
// determiners may stand between; it returns -1 otherwise.
func (s *sentence) affectingEventMetric(m *numMention) int {
	if m.head != headPeople {
		return -1
	}
	v := m.qStart - 1
	if s.es && s.text(v) == "a" {
		v--
	}
	if v < 1 || !affectingVerbs.hasToken(&s.toks[v]) {
		return -1
	}
	k := v - 1
	if s.text(k) == "," && (s.text(v) == "affecting" || s.text(v) == "afectando") {
		// "34 pushbacks in November, affecting 1,289 people": the events
		// the count before the comma counts befell them
		for q := k - 1; q >= 0 && q >= k-6; q-- {
			if s.toks[q].kind == tokPunct {
				return -1
			}
			if e := s.entAt[q]; e >= 0 && s.ents[e].ent >= 0 && s.ents[e].actor < 0 && s.countedBy(s.ents[e].t0) {
				return s.metricOfTerm(q)
			}
		}
		return -1
	}
	for k > 0 && (s.in(k, auxiliaries) || s.in(k, predicateAdverbs)) {
		k--
	}
	e := s.entAt[k]
	if e < 0 || s.ents[e].ent < 0 || s.ents[e].actor >= 0 || s.ents[e].t1 != k+1 {
		return -1
	}
	return s.metricOfTerm(k)
}

// countedBy reports whether a number counts the term at token t: right
// before it ("34 pushbacks") or before a noun of records of it ("34
// testimonies of pushbacks").
func (s *sentence) countedBy(t int) bool {
	for k := range s.nums {
		switch e := s.nums[k].t1; {
		case e == t:
			return true
		case e+2 == t && (s.text(e+1) == "of" || s.text(e+1) == "de") && s.toks[e].kind == tokWord:
			return true
		}
	}
	return false
}

// affectingVerbs say that an event befell people: "afectó a 500 personas",
// "has affected 500 people".
var affectingVerbs = newWordSet("afecto", "afectaron", "afecta", "afectan", "afectado", "afectaba", "afectaban",
	"affected", "affects", "affect", "affecting", "afectando")

// openingSeparators close a dateline or an opening phrase before a
// sentence's subject.
var openingSeparators = newWordSet(",", "—", "–", "-", ":")

// figureNounFrom returns the figure noun that opens the words from token
// start, after determiners and quotation marks, before token v, or -1.
func (s *sentence) figureNounFrom(start, v int) int {
	for k := start; k < v && k < start+3; k++ {
		if s.in(k, figureNouns) {
			return k
		}
		if !s.determinerAt(k) && !isQuoteText(s.text(k)) {
			return -1
		}
	}
	return -1
}

// openingComma returns the comma that closes the sentence's opening phrase
// before token v, when that phrase holds no number, or -1.
func (s *sentence) openingComma(v int) int {
	for k := 0; k < v; k++ {
		if s.toks[k].kind == tokDigits || s.isNumberWordToken(k) {
			return -1
		}
		if s.text(k) == "," {
			return k
		}
	}
	return -1
}

// figureNounMetric returns the metric that the figure noun at token q
// counts, by the words after its "of"/"de" and before token end: an event
// term owned by a metric, or people in prison when a single metric counts
// a state. It returns -1 when the noun counts another thing or nothing
// said.
func (s *sentence) figureNounMetric(q, end int) int {
	of := s.figureOfAt(q)
	if of < 0 {
		return -1
	}
	prisoners := false
	for j := of + 1; j < end && j <= of+5; j++ {
		if k := s.entAt[j]; k >= 0 && s.ents[k].ent >= 0 && !s.ents[k].irrealis {
			if mi := s.participleAfterNoun(k, end); mi >= 0 {
				return mi // "the number of political prisoners released", "el número de rehenes liberados"
			}
			if mi := s.conceptFreeMetric(s.e.ents[s.ents[k].ent]); mi >= 0 && (j == of+1 || s.peopleNounBefore(of+1, j) ||
				j == of+2 && !s.es && s.lowerWord(of+1) && !functionWords.hasToken(&s.toks[of+1])) {
				// ("the number of illegal labs": an adjective before it)
				// "la cifra de detenidos": a keyword of no concept, right
				// after "de" or after the people it describes ("the number
				// of prisoners on death row")
				return mi
			}
			if cat := s.e.ents[s.ents[k].ent].cat; !cat.empty() {
				for _, mi := range s.active {
					if cat.overlaps(s.e.metrics[mi].owns) {
						return mi
					}
				}
				return -1 // another event: "the number of arrests"
			}
		}
		if s.e.lex.isStatePerson(s.text(j)) {
			prisoners = true
		}
	}
	if !prisoners {
		return -1
	}
	return s.onlyMetric(func(mi int) bool { return s.e.metrics[mi].owns.overlaps(s.e.lex.state) })
}

// participleAfterNoun returns, for the keyword or term mention k of a
// figure's noun ("political prisoners", "rehenes"), the metric of the
// event term right after it that says what happened to them ("released",
// "liberados"), when one active metric owns that event; -1 otherwise.
func (s *sentence) participleAfterNoun(k, end int) int {
	j := s.ents[k].t1
	if j >= end || !verbLike(s.text(j)) && !s.in(j, participleTerms) {
		return -1
	}
	n := s.entAt[j]
	if n < 0 || s.ents[n].ent < 0 || s.ents[n].actor >= 0 || s.ents[n].irrealis {
		return -1
	}
	cat := s.e.ents[s.ents[n].ent].cat
	if cat.empty() || cat == s.e.ents[s.ents[k].ent].cat {
		return -1
	}
	return s.onlyMetric(func(mi int) bool { return s.e.metrics[mi].owns.overlaps(cat) })
}

// peopleNounBefore reports whether tokens [i, j) are a noun for people
// and the preposition or article that joins it to what follows: "prisoners
// on", "personas en el".
func (s *sentence) peopleNounBefore(i, j int) bool {
	if i >= j || !s.in(i, peopleNouns) && !s.e.lex.isStatePerson(s.text(i)) {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !s.in(k, placePrepositions) && s.text(k) != "on" && !s.determinerAt(k) {
			return false
		}
	}
	return true
}

// figureOfAt returns the token of the "of"/"de" that says what the figure
// noun at token q counts, right after it or after one qualifier ("la cifra
// oficial de civiles fallecidos", "el balance provisional de muertos"), or
// -1.
func (s *sentence) figureOfAt(q int) int {
	for j := q + 1; j < len(s.toks) && j <= q+2; j++ {
		switch s.text(j) {
		case "of", "de", "del":
			return j
		}
		if !s.in(j, figureQualifiers) {
			return -1
		}
	}
	return -1
}

// figureQualifiers stand between a figure noun and what it counts.
var figureQualifiers = newWordSet("oficial", "oficiales", "total", "final", "provisional", "actualizado", "actualizada",
	"definitivo", "definitiva", "global", "acumulado", "acumulada", "preliminar", "real", "exacto", "exacta")

// inTerm reports whether token k is inside a keyword or term mention.
func (s *sentence) inTerm(k int) bool {
	for _, em := range s.ents {
		if em.ent >= 0 && em.actor < 0 && k >= em.t0 && k < em.t1 {
			return true
		}
	}
	return false
}

// figureOfOther reports whether the figure noun at token i says what it
// counts, and that is not the metric's: "el número de solicitudes", "the
// number of applications" (but not "la cifra de excarcelados", "the count
// of verified releases", "la cifra de 400").
func (s *sentence) figureOfOther(i int) bool {
	switch s.text(i + 1) {
	case "of", "de", "del":
	default:
		return false
	}
	if s.inTerm(i) {
		return false // "la cifra de fallecidos es de 6": a term of its own, the toll
	}
	for j := i + 2; j < len(s.toks) && j <= i+6; j++ {
		t := s.toks[j]
		if s.determinerAt(j) || partitiveDeterminers.hasToken(&t) || isQuoteText(t.text) {
			continue
		}
		if _, n, ok := qualifierBefore.matchAt(s.toks, j); ok {
			j += n - 1 // "the government's figure of "more than 400""
			continue
		}
		if subgroupNouns.hasToken(&t) && !s.e.tracked[t.text] {
			return true // "the number of women still held": a part of the count
		}
		if t.kind == tokDigits || s.entAt[j] >= 0 || s.e.lex.isStatePerson(t.text) {
			return false
		}
		if peopleNouns.hasToken(&t) && (genericPeople.hasToken(&t) || caseNouns.hasToken(&t) || s.e.tracked[t.text]) {
			// "the number of people", or of the people a metric names (other
			// people, "the number of operators", are another noun unless a
			// term after them says what befell them: see below)
			return false
		}
		if organisationNouns.hasToken(&t) || officialWords.hasToken(&t) || t.upper {
			return false // "las cifras de la organización": whose figure, not what it counts
		}
		if _, ok := s.numberWordAt(j); ok || t.kind != tokWord {
			return false
		}
		for k := j + 1; k < len(s.toks) && k <= j+2; k++ {
			if e := s.entAt[k]; e >= 0 && s.ents[e].t0 == k && s.ents[e].ent >= 0 && s.ents[e].actor < 0 {
				return false // "the number of peacekeepers killed": what befell them is a term
			}
			if s.toks[k].kind != tokWord || !s.lowerWord(k) {
				break
			}
		}
		return true // another noun: "solicitudes", "applications"
	}
	return false
}

// elidedNounAfter reports whether Spanish number m, coordinated with the
// number o before it, counts o's noun left out: o is followed by a noun
// and an adjective, m by an adjective alone of the same plural ending
// ("cuatro vías nacionales y 29 departamentales").
func (s *sentence) elidedNounAfter(o, m *numMention) bool {
	if !s.es || m.head != headOther || m.headAt != m.t1 || o.t1+2 > m.qStart || !s.coordinated(o.t1+2, m.qStart) {
		return false
	}
	noun, adj, own := s.text(o.t1), s.text(o.t1+1), s.text(m.headAt)
	if len(noun) < 3 || len(adj) < 5 || len(own) < 5 || !s.lowerWord(o.t1) || !s.lowerWord(o.t1+1) || !s.lowerWord(m.headAt) {
		return false
	}
	plural := strings.HasSuffix(adj, "es") || strings.HasSuffix(adj, "os") || strings.HasSuffix(adj, "as")
	return strings.HasSuffix(noun, "s") && plural && adj[len(adj)-2:] == own[len(own)-2:]
}

// laterOtherMetric reports whether a number after m in the sentence
// counts another metric than m's.
func (s *sentence) laterOtherMetric(m *numMention) bool {
	for k := range s.nums {
		if o := &s.nums[k]; o.t0 > m.t0 && o.metric >= 0 && o.metric != m.metric {
			return true
		}
	}
	return false
}

// coordinated reports whether tokens [i, j) only coordinate two numbers:
// "and then", "y luego", ",", "or".
func (s *sentence) coordinated(i, j int) bool {
	if j <= i || j-i > 3 {
		return false
	}
	conj := false
	for k := i; k < j; k++ {
		switch s.text(k) {
		case "and", "y", "or", "o", ",", "then", "luego", "despues", "later", "finally", "finalmente":
			conj = true
		default:
			return false
		}
	}
	return conj
}

// ofFollows reports whether "of"/"de" and a word follow at token i: "31
// cases of torture" count something else.
func (s *sentence) ofFollows(i int) bool {
	switch s.text(i) {
	case "of", "de", "del":
		return i+1 < len(s.toks) && s.toks[i+1].kind == tokWord
	}
	return false
}

// relativeAside reports whether token i stands in an aside set off by
// commas that opens on a relative pronoun ("which", "who", "que", "quien"):
// a description of what it follows, no term of the number outside it.
func (s *sentence) relativeAside(i int) bool {
	a := s.aside[i]
	k := i
	for k > 0 && s.aside[k-1] == a {
		k--
	}
	for k < i && (s.toks[k].kind == tokPunct || s.determinerAt(k)) {
		k++
	}
	switch s.text(k) {
	case "which", "who", "whom", "whose", "que", "quien", "quienes", "cual", "cuales":
		return true
	}
	return false
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
	s.notePersons()
	st.counted = st.counted || len(figs) > 0
	for _, m := range s.nums {
		if !m.trap && m.value > st.largest {
			st.largest = m.value
		}
		switch {
		case m.trap || m.head == headOther:
		case m.metric >= 0:
			if st.largestOf == nil {
				st.largestOf = map[int]int64{}
			}
			if m.value > st.largestOf[m.metric] {
				st.largestOf[m.metric] = m.value
			}
		case m.value > st.largestUnlinked:
			st.largestUnlinked = m.value
		}
	}
	// a country's or a month's part, for the breakdown the next sentence
	// may go on with (countryBreakdown, monthBreakdown)
	partial, monthPart := false, false
	for k := range s.nums {
		if m := &s.nums[k]; m.dropReason == "partial" {
			partial = true
			monthPart = monthPart || s.monthBeforeIn(m) != ""
		}
	}
	if partial {
		if c := s.openingCountry(); c != "" {
			st.partCountry, st.partCountrySent = c, st.sent
		}
	}
	if monthPart {
		st.monthPartSent = st.sent
	}
	if s.countsVictims() {
		st.victimsSent = st.sent
	}
	if a := s.reportAnnouncer(); a >= 0 && len(figs) == 0 {
		st.announced, st.announcedSent = a, st.sent
	}
	// "El informe, que abarca del 27 de enero al 27 de marzo, detalla que
	// …": a sentence that speaks through the last actor's report names
	// that actor for the sentences after it, even when it gives no figure
	referred := -1
	if !s.namesActor() && (s.possessiveReport() || s.authorCueAside() || s.impersonalReport()) {
		referred = s.fallbackActor()
	}
	st.prevActor, st.prevSaid = -1, s.saysWhoSays()
	for i := len(figs) - 1; i >= 0; i-- {
		if !figs[i].fallback {
			st.prevActor = figs[i].actor
			break
		}
	}
	// "La ONG ha verificado 431 liberaciones. Al menos 600 personas
	// continúan detenidas, añadió": a source referred to, not inherited,
	// goes on
	if l := len(figs); st.prevActor < 0 && l > 0 && figs[l-1].actor >= 0 && (s.genericOrganisation() || s.firstPerson()) {
		st.prevActor = figs[l-1].actor
	}
	if st.prevActor < 0 {
		distinct := -1
		many := false
		for _, em := range s.ents {
			if em.actor < 0 || s.e.actors[em.actor].Role == tracker.Reporter || em.member {
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
		if st.prevActor < 0 && distinct >= 0 && !many && !s.unlistedSpoke {
			// (an actor merely mentioned where someone unlisted spoke,
			// "analysts estimate that the forces of Russia's defence
			// ministry lost …", does not go on speaking)
			st.prevActor = distinct
		}
	}
	if st.prevActor < 0 {
		st.prevActor = referred
	}
	st.prevLinked = st.prevLinked[:0]
	st.prevParts = st.prevParts[:0]
	st.prevUnlinked, st.prevIncrement = false, false
	for _, m := range s.nums {
		if m.byKeyword && !m.trap {
			st.prevLinked = append(st.prevLinked, m.metric)
		}
		if m.dropReason == "increment" {
			st.prevIncrement = true
		}
		if m.trap && m.dropReason == "partial" && m.head == headTerm && !m.subset && !m.ofThem {
			if mi := s.metricOfTerm(m.headAt); mi >= 0 {
				st.prevParts = append(st.prevParts, mi) // "… Bloomington (46 cases), …. Another 20 cases"
			}
		}
		if !m.trap && m.metric < 0 && m.head != headOther {
			st.prevUnlinked = true // "25,671 civilian casualties" where no metric counts casualties
		}
	}
	st.prevEvent = st.prevEvent[:0]
	for _, em := range s.ents {
		if em.ent < 0 || em.irrealis {
			continue
		}
		cat := s.e.ents[em.ent].cat
		for _, mi := range s.active {
			if cat.overlaps(s.e.metrics[mi].owns) {
				st.prevEvent = append(st.prevEvent, mi)
			}
		}
		if mi := s.conceptFreeMetric(s.e.ents[em.ent]); mi >= 0 && em.actor < 0 {
			// "un nuevo balance de detenidos. El número asciende a 1.906":
			// a keyword of one metric only names its count too
			st.prevEvent = append(st.prevEvent, mi)
		}
	}
	// "asked how many accounts had been frozen. The FIU replied that the
	// total stood at 73": a split keyword names its metric's event too
	st.prevEvent = s.appendSplitKeywordMetrics(st.prevEvent)
	if len(st.prevEvent) == 0 {
		// "Los bancos comenzaron a inmovilizar cuentas… La cifra asciende
		// ya a 260": the things only one metric counts name its count
		for i := range s.toks {
			if w := s.text(i); thingUnits[w] && s.entAt[i] < 0 {
				if mi := s.unitWordMetric(w); mi >= 0 {
					st.prevEvent = append(st.prevEvent, mi)
					break
				}
			}
		}
	}
	switch {
	case len(figs) > 0:
		st.topic, st.topicSent = figs[len(figs)-1].metric, st.sent
	case len(st.prevLinked) > 0:
		st.topic, st.topicSent = st.prevLinked[len(st.prevLinked)-1], st.sent
	case len(st.prevEvent) > 0 && allSame(st.prevEvent):
		// events of two metrics ("19 de las liberaciones tuvieron lugar
		// en la cárcel") leave the topic as it was
		st.topic, st.topicSent = st.prevEvent[0], st.sent
	}
	remember := func(a int) {
		switch s.e.actors[a].Role {
		case tracker.Reporter:
			return
		case tracker.Confirmer:
			st.lastConf, st.confSent = a, st.sent
		}
		st.lastActor, st.actorSent = a, st.sent
		switch st.soleActor {
		case -1:
			st.soleActor = a
		case a:
		default:
			st.soleActor = -2
		}
	}
	named := -1
	for _, em := range s.ents {
		if em.actor >= 0 && !em.member {
			remember(em.actor)
			if s.e.actors[em.actor].Role != tracker.Reporter {
				switch named {
				case -1:
					named = em.actor
				case em.actor:
				default:
					named = -2
				}
			}
		}
	}
	if named != -1 {
		st.lastAlone = named >= 0
	}
	if a := s.reportOwnerNamed(); a >= 0 {
		st.reportOwner, st.reportSent = a, st.sent
	}
	// an actor a figure was attributed to without being named ("the
	// group", "our lawyers") is still the one spoken of
	if len(figs) > 0 && figs[len(figs)-1].fallback && figs[len(figs)-1].actor >= 0 {
		remember(figs[len(figs)-1].actor)
	}
	for _, f := range figs {
		if f.actor >= 0 {
			st.lastSpoke[f.actor] = st.sent
		}
	}
}

// stateMetric returns the metric of a lasting state (people held) when
// the clause of number m names prisoners near it and no event at all, or
// -1. There must be exactly one such metric among those looked for.
func (s *sentence) stateMetric(m *numMention) int {
	c := s.clause[m.t0]
	for _, em := range s.ents {
		if em.ent >= 0 && s.clause[em.t0] == c && !s.e.ents[em.ent].cat.empty() && !em.attributive {
			return -1
		}
	}
	prisoners := false
	for j, t := range s.toks {
		if s.clause[j] == c && s.e.lex.isStatePerson(t.text) && s.dist(j, j+1, m.t0, m.t1) <= maxLink {
			prisoners = true // "el número de personas detenidas por motivaciones políticas ha ascendido a 866"
		}
	}
	if !prisoners {
		return -1
	}
	return s.onlyMetric(func(mi int) bool { return s.e.metrics[mi].owns.overlaps(s.e.lex.state) })
}

// allSame reports whether every element of list is the same.
func allSame(list []int) bool {
	for _, x := range list {
		if x != list[0] {
			return false
		}
	}
	return true
}

// topicMetric returns the metric the text was last about, within
// memoryReach sentences, or -1.
func (s *sentence) topicMetric() int {
	if s.st.topic < 0 || s.st.sent-s.st.topicSent > memoryReach {
		return -1
	}
	return s.st.topic
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

// untrackedEvent reports whether ent is a term of a kind of count that no
// metric of the tracker owns or lists: "arrested" for a tracker of
// charges and convictions.
func (s *sentence) untrackedEvent(ent entity) bool {
	if ent.cat.empty() || len(ent.metrics) > 0 {
		return false
	}
	for _, mi := range s.active {
		if s.e.metrics[mi].owns.overlaps(ent.cat) {
			return false
		}
	}
	return true
}

// wholeAfter returns the number that part m is taken from, right after
// it ("115 of the 400 suspects", "115 de los 400 detenidos"), or nil.
func (s *sentence) wholeAfter(m *numMention) *numMention {
	for k := range s.nums {
		if o := &s.nums[k]; o.t0 > m.t1 && o.t0 <= m.t1+4 {
			return o
		}
	}
	return nil
}

// headIsKeyword reports whether the noun that number m counts is a keyword
// of metric mi ("863 political prisoners"), or a noun for prisoners when
// the sentence has no event term at all ("un registro de 687 presos
// políticos" with "presos políticos" a keyword of the releases only), and
// a counting verb or a figure noun states it: a count of prisoners is a
// count of people in prison.
func (s *sentence) headIsKeyword(m *numMention, mi int) bool {
	if m.headAt < 0 {
		return false
	}
	if s.keywordOf(s.entAt[m.headAt], mi) {
		return s.statedCount(m)
	}
	if s.prisonerHead(m) {
		// (people in prison are held, not displaced)
		return s.e.metrics[mi].owns.overlaps(s.e.lex.detention) && s.statedCount(m)
	}
	return false
}

// prisonerHead reports whether number m counts people in prison: "687
// presos políticos", "1.067 personas privadas de libertad", "902 personas
// detenidas por motivos políticos".
func (s *sentence) prisonerHead(m *numMention) bool {
	if m.headAt < 0 {
		return false
	}
	end := m.headAt + 1
	if k := s.entAt[m.headAt]; k >= 0 {
		end = s.ents[k].t1
	}
	for j := m.headAt; j < end; j++ {
		if s.e.lex.isStatePerson(s.text(j)) {
			return true
		}
	}
	// people followed by what holds them
	if !s.in(m.headAt, genericPeople) || end >= len(s.toks) {
		return false
	}
	if s.e.lex.isStatePerson(s.text(end)) || s.in(end, participleTerms) {
		return true
	}
	k := s.entAt[end]
	return k >= 0 && s.ents[k].ent >= 0 && s.e.ents[s.ents[k].ent].cat.overlaps(s.e.lex.state)
}

// existentialCount reports whether number m counts prisoners that there
// are: "hay 368 presos políticos", "son más de 300 presos políticos",
// "there are 800 political prisoners".
func (s *sentence) existentialCount(m *numMention) bool {
	if _, _, ok := existentials.matchEndingAt(s.toks, m.qStart); !ok || m.headAt < 0 {
		return false
	}
	return s.prisonerHead(m) && !s.predicateAfter(m) && !s.eventTermAfterHead(m)
}

// eventTermAfterHead reports whether the noun number m counts is followed
// by a term of an event, not of a state: "son 207 los presos políticos
// excarcelados" counts releases.
func (s *sentence) eventTermAfterHead(m *numMention) bool {
	j := s.afterHead(m)
	if j >= len(s.toks) {
		return false
	}
	k := s.entAt[j]
	if k < 0 || s.ents[k].ent < 0 {
		return false
	}
	cat := s.e.ents[s.ents[k].ent].cat
	return !cat.empty() && !cat.overlaps(s.e.lex.state)
}

// copulaValue reports whether a copula gives number m its value: "…son
// 2.229", "the toll was 24".
func (s *sentence) copulaValue(m *numMention) bool {
	_, _, ok := copulaBefore.matchEndingAt(s.toks, m.qStart)
	return ok
}

// eventKeywordNear reports whether the clause of number m holds a keyword
// of metric mi that is not a noun for people ("the death toll was 24"):
// people ("political prisoners", "detenidos") may be held or freed.
func (s *sentence) eventKeywordNear(m *numMention, mi int) bool {
	for _, em := range s.ents {
		if em.ent < 0 || s.clause[em.t0] != s.clause[m.t0] || !containsInt(s.e.ents[em.ent].metrics, mi) {
			continue
		}
		if !s.keywordNamesPeople(em) && s.dist(em.t0, em.t1, m.t0, m.t1) <= maxLink {
			return true
		}
	}
	return false
}

// headIsEventKeyword reports whether the noun number m counts is a keyword
// of metric mi that is not a noun for people: "six murders" (but not "2.000
// detenidos", which may be people still held or people arrested).
func (s *sentence) headIsEventKeyword(m *numMention, mi int) bool {
	if m.headAt < 0 {
		return false
	}
	k := s.entAt[m.headAt]
	if !s.keywordOf(k, mi) {
		return false
	}
	if w := s.text(m.headAt); s.ents[k].t1-s.ents[k].t0 == 1 && s.e.lex.isStatePerson(w) {
		// "73 detenidos" in a tracker that counts arrests and no one
		// held: the people of a state its keyword names, the event that
		// put them there
		state := s.e.lex.statePeople[w]
		for _, mj := range s.active {
			if s.e.metrics[mj].owns.overlaps(state) {
				return false // "863 presos políticos": the number held
			}
		}
		return true
	}
	return !s.keywordNamesPeople(s.ents[k])
}

// keywordPredicate reports whether a keyword of metric mi, of no concept,
// is what the clause says of the people number m counts, after its verb:
// "Six Palestinians held by Israel are on hunger strike", "130 presos
// cumplen seis semanas en huelga de hambre".
func (s *sentence) keywordPredicate(m *numMention, mi int) bool {
	start := -1
	switch {
	case m.head == headPeople:
		start = s.afterHead(m)
	case s.partOfNumber(m):
		// "115 de los 400 detenidos ya fueron acusados": the part's
		// predicate comes after the whole and its people
		if w := s.wholeAfter(m); w != nil && w.head == headPeople {
			start = s.afterHead(w)
		}
	}
	if start < 0 {
		return false
	}
	c := s.clause[m.t0]
	verb := false
	for j := start; j < len(s.toks) && s.clause[j] == c; j++ {
		if k := s.termStartingAt(j); k >= 0 {
			ent := s.e.ents[s.ents[k].ent]
			if ent.cat.empty() && containsInt(ent.metrics, mi) {
				// (or a keyword that is itself the verb: "94 militares
				// en activo se suicidaron", "6,392 veterans died by suicide")
				// ("57.314 personas recibieron tratamiento": a plural
				// preterite)
				own := s.in(j, relativeAuxiliaries) || s.toks[j].preterite || !s.es && verbLike(s.text(j)) ||
					s.es && len(s.text(j)) > 5 && strings.HasSuffix(s.text(j), "ron")
				return (verb || own) && !s.ents[k].irrealis
			}
		}
		if s.in(j, auxiliaries) || s.in(j, relativeAuxiliaries) || s.toks[j].preterite ||
			s.es && len(s.text(j)) > 5 && strings.HasSuffix(s.text(j), "ron") {
			verb = true // ("1.712 enfermeras sufrieron una agresión": a plural preterite)
		}
		if verb && (s.in(j, irrealisMarkers) || s.text(j) == "risk" || s.text(j) == "riesgo") {
			return false // "están en riesgo de contraer neumonía": what may happen
		}
	}
	return false
}

// afterHead returns the token after number m and the noun (or term) it
// counts.
func (s *sentence) afterHead(m *numMention) int {
	j := m.t1
	if m.headAt >= j {
		j = m.headAt + 1
		if k := s.entAt[m.headAt]; k >= 0 {
			j = s.ents[k].t1
		}
	}
	return j
}

// agentOfCountedAct reports whether number m counts the subject of an
// active verb that a metric's term names and whose object is another count:
// "Some 200 soldiers killed 40 militants", "Its 40 divers had recovered 19
// survivors", "Unos 200 soldados abatieron a 40 guerrilleros". They did
// it; the count after the verb is whom it befell.
func (s *sentence) agentOfCountedAct(m *numMention) bool {
	if m.head != headPeople && m.head != headOther {
		return false
	}
	j := s.afterHead(m)
	for j < len(s.toks) && (s.in(j, perfectOnly) || s.in(j, predicateAdverbs)) {
		j++ // "had", "have already"
	}
	if j >= len(s.toks) || s.in(j, passiveParticiples) {
		return false // "had been killed"
	}
	k := s.entAt[j]
	if k < 0 || s.ents[k].t0 != j || s.ents[k].ent < 0 || s.ents[k].actor >= 0 || s.ents[k].attributive {
		return false
	}
	o := s.ents[k].t1
	if s.text(o) == "a" || s.text(o) == "to" {
		o++ // "abatieron a 40"
	}
	for o < len(s.toks) && s.determinerAt(o) {
		o++
	}
	if _, n, ok := qualifierBefore.matchAt(s.toks, o); ok {
		o += n // "killed at least 40"
	}
	for _, n := range s.nums {
		if n.t0 == o && !n.trap {
			return true // (not "secuestrados seis días antes", "raptados el 7 de marzo")
		}
	}
	return false
}

// predicateAfter reports whether a verb follows the noun that number m
// counts: "11 presos políticos se encuentran en esa condición", "400
// prisoners had already gone home". What they did or are is then said by
// that verb, not by the noun alone.
func (s *sentence) predicateAfter(m *numMention) bool {
	j := s.afterHead(m)
	if m.headAt >= 0 && s.in(m.headAt, genericPeople) && (s.e.lex.isStatePerson(s.text(j)) || s.in(j, participleTerms)) {
		j++ // "875 personas detenidas": what holds them, not a predicate
	}
	for j < len(s.toks) && s.in(j, predicateAdverbs) {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tokWord {
		return false
	}
	return s.in(j, auxiliaries) || verbLike(s.text(j)) && s.entAt[j] < 0
}

// statedCount reports whether number m is what an attribution verb or a
// figure noun before it in its clause states: "contabilizaba cerca de 800
// presos políticos", "un registro de 687 presos políticos" (but not "pide
// amnistía para 379 detenidos").
func (s *sentence) statedCount(m *numMention) bool {
	c := s.clause[m.t0]
	for q := m.qStart - 1; q >= 0 && s.clause[q] == c && s.cost[m.qStart]-s.cost[q] <= maxLink; q-- {
		if s.in(q, figureNouns) {
			return true
		}
		if _, n, ok := cueVerbs.matchEndingAt(s.toks, q+1); ok && !s.negatedAt(q+1-n) {
			return true // "ha reportado un total de 1,953 presos"
		}
		if _, _, ok := figureVerbs.matchEndingAt(s.toks, q+1); ok {
			return true
		}
		// only place, time and function words may stand between: not
		// another verb ("calcula que la ley deja fuera a 400 presos")
		t := s.toks[q]
		if !(t.kind == tokDigits || statedFillers.hasToken(&t) || s.determinerAt(q) || subjectSkips.hasToken(&t) ||
			timeWords.hasToken(&t) || weekdays.hasToken(&t) || monthNames.hasToken(&t) || t.kind == tokWord && t.upper) {
			return false
		}
	}
	return false
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
// valueWordAt reports whether token i is a number word with a value of
// its own: not an article ("a") nor "and".
func (s *sentence) valueWordAt(i int) bool {
	nw, ok := s.numberWordAt(i)
	return ok && nw.kind != kindArticle && nw.kind != kindAnd
}

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
		if _, n, ok := cueVerbs.matchAt(s.toks, i); ok && countingVerbs.has(s.joined(i, i+n)) && s.closeTo(i, i+n, m) &&
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
		// a base counts its own noun too: "15 of the 56 freed were women"
		if o.t0 != m.t0 && o.headAt == t && (!o.trap || o.t0 > m.t0 && s.partOfNumber(m)) {
			return true
		}
	}
	return false
}

// deniedBefore reports whether number m stands in what someone denies:
// "the government denied reports that 5,000 people had died", "negó que
// hubiera 300 detenidos". A denied number is nobody's figure. (Disputing
// another's figure, "questioned the government's 400", leaves it the
// government's: only a denied proposition counts here.)
func (s *sentence) deniedBefore(m *numMention) bool {
	if s.text(m.qStart-1) == "not" && s.text(m.qStart-2) == "," && s.countBeforeComma(m.qStart-2) {
		return true // "56 prisoners were released, not 40": the number set right
	}
	for q := m.qStart - 1; q >= 0 && q >= m.qStart-12; q-- {
		switch s.text(q) {
		case ";", ":":
			return false
		}
		if s.cueAt(q) && !s.cueNounAt(q) && !s.in(q, deniedObjects) && !s.cueOfDeniedFigure(q) {
			return false // "disputed the figure, saying its own tally showed 10 million": its own claim
		}
		if _, n, ok := disputeVerbs.matchAt(s.toks, q); ok {
			for j := q + n; j < q+n+4 && j < m.qStart; j++ { // "dismissed as false a report that"
				if s.in(j, deniedObjects) {
					return true
				}
			}
		}
	}
	return false
}

// countBeforeComma reports whether a number of the sentence ends a few
// words before the comma at token c: what a ", not N" corrects.
func (s *sentence) countBeforeComma(c int) bool {
	for k := range s.nums {
		if o := &s.nums[k]; !o.trap && o.t1 <= c && c-o.t1 <= 6 {
			return true
		}
	}
	return false
}

// cueOfDeniedFigure reports whether the cue at q opens a relative clause
// on a denied statement: "rechazó las cifras que hablan de 5.000".
func (s *sentence) cueOfDeniedFigure(q int) bool {
	rel := s.text(q - 1)
	return (rel == "que" || rel == "that" || rel == "which") && s.in(q-2, deniedObjects)
}

// soleActor returns the one configured actor (not a reporter) named in the
// sentence, if exactly one is.
func (s *sentence) soleActor() (int, bool) {
	// (not one that revises the figure: "una cifra que la CGT eleva hasta
	// el millón y medio")
	a := s.onlyActor(func(em entMention) bool { return !s.revisesFigure(em) && !s.targetOf(em) && !s.countryAsPlace(em) })
	return a, a >= 0
}

// actorNamesSetting reports whether actor mention em only names a place
// or a vehicle of the actor's: "held at a police station", "en una
// comisaría de la Policía", "en el cuartel de la Guardia Civil". Such a
// mention says where, not who states a count: it names no actor.
func (s *sentence) actorNamesSetting(em entMention) bool {
	if em.t1 < len(s.toks) && s.in(em.t1, actorSettingNouns) {
		return !s.actsAt(em.t1 + 1) // (but "since the police station was set up, it has registered…")
	}
	j := em.t0 - 1
	if s.determinerAt(j) {
		j--
	}
	return (s.text(j) == "de" || s.text(j) == "del") && s.in(j-1, actorSettingNouns) && !s.actsAt(em.t1)
}

// actsAt reports whether token k is a verb or an auxiliary: the noun
// phrase before it is its subject ("the police station was set up", "la
// comisaría de la Policía registró").
func (s *sentence) actsAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tokWord {
		return false
	}
	return s.in(k, auxiliaries) || s.toks[k].preterite || verbLike(s.text(k))
}

// actorSettingNouns name an institution's premises or vehicles: after an
// English alias ("police station"), before "de" and a Spanish one
// ("comisaría de la Policía").
var actorSettingNouns = newWordSet("station", "stations", "premises", "car", "cars", "van",
	"vans", "vehicle", "vehicles", "checkpoint", "checkpoints", "barracks", "estación", "estaciones", "comisaría",
	"comisarías", "cuartel", "cuarteles", "dependencias", "patrulla", "patrullas", "vehículo",
	"vehículos", "retén")

// placedPart reports whether number m counts a part of what a tracker
// counts, by where or when it is placed: a sentence that opens on a place
// that is not a country ("In Paris, the ministry counted 119,000"; "En
// Nantes salieron…"), that says it gives a breakdown ("its provincial
// breakdown listed…", "según su desglose"), a share ("80,000 of them",
// "de ese total, 93.000"), a list of places ("250 dead in Hatay, 200 in
// Gaziantep"), or a recent period ("in the past 24 hours", "en las
// últimas 48 horas": an increment, not the running total).
func (s *sentence) placedPart(m *numMention) bool {
	if s.partsOnly == 0 { // once a sentence: it is all parts, or not
		s.partsOnly = 2
		if s.opensOnPlace() || s.breaksDown() {
			s.partsOnly = 1
		}
	}
	if s.partsOnly == 1 {
		return true
	}
	if w := s.text(m.t1 + 1); (w == "them" && s.text(m.t1) == "of" || (w == "ellos" || w == "ellas") && s.text(m.t1) == "de") &&
		(s.text(m.t1+2) == "in" || s.text(m.t1+2) == "en") && m.t1+3 < len(s.toks) && s.toks[m.t1+3].upper {
		return true // "80,000 of them in Paris" (but "only 41 of them" is a count)
	}
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-5; j-- {
		if _, _, ok := shareOpeners.matchEndingAt(s.toks, j+1); ok {
			if t := s.text(j + 1); j+2 == m.qStart && (t == "de" || t == "of") && !s.laterOtherMetric(m) {
				// "Del total de 8.900 coches dañados, 2.100…": the total
				// itself (but not "Del total de 806 presos políticos…, 104
				// han recuperado su libertad": the base of another count)
				break
			}
			// (not "Of these, 9,287 were killed" after casualties: a count
			// of its own kind)
			return s.leadEnd < 0 || !s.shareOfOtherKind(m)
		}
	}
	if s.placedInList(m) || s.countryBreakdown(m) || s.monthBreakdown(m) ||
		(s.inPlaceOfKind(m) || s.singleSpanAfter(m) || s.opensOnCountryPart()) && s.largerCountBeside(m) ||
		s.shareOfSomeone(m) || s.originInList(m) {
		return true
	}
	if s.listsParts == 0 { // once a sentence
		s.listsParts = 2
		// "38 y 427, respectivamente": each place's count; "Guanajuato
		// encabezó la lista con 3 mil 96, seguido de Baja California, con 2
		// mil 322": a ranking of parts
		if s.hasWord(respectiveWords) && !s.actorsListed() || s.ranking() {
			s.listsParts = 1
		}
	}
	if s.listsParts == 1 {
		// (but the total a ranking follows: "se registraron 827
		// feminicidios; el Estado de México encabezó la lista con 125")
		return !s.totalBeforeRanking(m)
	}
	switch s.text(m.t1) + " " + s.text(m.t1+1) + " " + s.text(m.t1+2) {
	case "de los cuales", "de las cuales", "of whom were", "of which were":
		// "110 de los cuales podrían…": a part of the count before (not
		// "112 of whom were children": the figure of the metric the
		// copula names)
		return m.named == 0
	}
	// "…, donde el ministerio contabiliza 1.684": the count of a place
	for j := m.qStart - 1; j >= 0 && s.clause[j] == s.clause[m.t0]; j-- {
		if t := s.text(j); t == "donde" || t == "where" {
			// (not "en la Argentina, donde ya hay 32 casos": a country's
			// count is the national one; nor "en la zona de Tawila, donde
			// destruyó 50 refugios" where no larger count is known: the
			// place of the one event)
			return j > 0 && s.text(j-1) == "," && !s.countryEndsAt(j-1) && s.largerCountBeside(m)
		}
	}
	c := s.clause[m.t0]
	items := s.crossClauseItems(m)
	for j := range s.toks {
		if s.clause[j] != c {
			// "In the past 24 hours, 446 cases and 23 deaths were added":
			// the list's item in the clause of the marker stands for m
			if o := s.itemInClause(items, s.clause[j]); o != nil {
				if n, ok := s.recentPeriodAt(j); ok && s.nearestNumberIs(j, j+n, o) && !s.runningTotal(o) &&
					!s.changeTarget(o) {
					return true
				}
				if s.alonePartMarker(j) && s.partMarkerOf(j, o) {
					return true // "Uganda alone logged 1,157 confirmed cases and 10 deaths"
				}
			}
			continue
		}
		if n, ok := s.recentPeriodAt(j); ok && s.nearestNumberIs(j, j+n, m) && !s.runningTotal(m) &&
			!s.changeTarget(m) {
			return true // (in "300 so far this year, 20 of them in the past 24 hours" only the 20)
		}
		// "River Nile state alone has reported 4,471", "solo en la jornada
		// de ayer recuperaron 32": the clause is about a part
		if s.alonePartMarker(j) && s.partMarkerOf(j, m) {
			return true
		}
	}
	return false
}

// listItems reports whether numbers a and b, in either order, are items
// of one list.
func (s *sentence) listItems(a, b *numMention) bool {
	if b.t0 < a.t0 {
		a, b = b, a
	}
	return s.conjoinedNumbers(a, b)
}

// crossClauseItems returns the items of number m's list that stand in
// another clause than m ("446 cases and 23 deaths were added" cuts a
// clause before "23 deaths were added"): usually none.
func (s *sentence) crossClauseItems(m *numMention) []*numMention {
	var out []*numMention
	for k := range s.nums {
		if o := &s.nums[k]; o != m && s.clause[o.t0] != s.clause[m.t0] && s.listItems(m, o) {
			out = append(out, o)
		}
	}
	return out
}

// itemInClause returns the number of items that stands in clause c, or
// nil.
func (s *sentence) itemInClause(items []*numMention, c int) *numMention {
	for _, o := range items {
		if s.clause[o.t0] == c {
			return o
		}
	}
	return nil
}

// countryEndsAt reports whether a country's name ends just before token
// j: "en la Argentina", "in Mexico".
func (s *sentence) countryEndsAt(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if _, n, ok := s.e.lex.countries.matchAt(s.toks, k); ok && k+n == j {
			return true
		}
	}
	return false
}

// hasWord reports whether the sentence holds a word of set.
func (s *sentence) hasWord(set *lexSet) bool {
	for i := range s.toks {
		if set.hasToken(&s.toks[i]) {
			return true
		}
	}
	return false
}

// hasPhrase reports whether the sentence holds a phrase of set.
func (s *sentence) hasPhrase(set *phraseSet) bool {
	for i := range s.toks {
		if _, _, ok := set.matchAt(s.toks, i); ok {
			return true
		}
	}
	return false
}

// breaksDown reports whether the sentence says it breaks a count down:
// "desglosó", "the ministry's breakdown", "the breakdown by province" (not
// "a breakdown in safety": a failure).
func (s *sentence) breaksDown() bool {
	for j := range s.toks {
		if !s.in(j, breakdownWords) {
			continue
		}
		if s.text(j) != "breakdown" {
			return true
		}
		if p, n := s.text(j-1), s.text(j+1); p != "a" && p != "an" && n != "in" {
			return true
		}
	}
	return false
}

// opensOnPlace reports whether the sentence opens on "In"/"En" and a
// capitalised place that is not a country: "In Paris,", "En Toulouse la
// cifra oficial…".
func (s *sentence) opensOnPlace() bool {
	i := 0
	for i < len(s.toks) && s.toks[i].kind == tokPunct {
		i++
	}
	if i+1 >= len(s.toks) || (s.text(i) != "in" && s.text(i) != "en") || !s.toks[i+1].upper ||
		s.toks[i+1].kind != tokWord {
		return false
	}
	_, _, country := s.e.lex.countries.matchAt(s.toks, i+1)
	return !country && !s.in(i+1, monthNames)
}

// wholeCountryPhrases place a count in the whole country.
var wholeCountryPhrases = phrasesOf(1, "en el país", "in the country", "nationwide", "en todo el país",
	"across the country", "a nivel nacional", "countrywide", "throughout the country", "en todo el territorio")

// opensOnCountryPart reports whether the sentence opens on a part of the
// country by a common noun ("En la capital,", "In the province of Çorum,")
// and places no count in the whole country ("y en el país se
// contabilizaron 54 muertes").
func (s *sentence) opensOnCountryPart() bool {
	i := 0
	for i < len(s.toks) && s.toks[i].kind == tokPunct {
		i++
	}
	_, _, ok := placePartMarkers.matchAt(s.toks, i)
	return ok && !s.hasPhrase(wholeCountryPhrases)
}

// openingCountry returns the name of the country the sentence opens on as
// its subject ("Niger has reported…", "Nigeria is the worst affected"),
// or "".
func (s *sentence) openingCountry() string {
	i := 0
	for i < len(s.toks) && (s.toks[i].kind == tokPunct || s.determinerAt(i)) {
		i++
	}
	if i >= len(s.toks) {
		return ""
	}
	n, ok := s.upperCountryAt(i)
	if !ok || !s.toks[i].upper {
		return ""
	}
	switch s.text(i + n) {
	case ",", "'s", "’s", "de", "of":
		return "" // "Niger's health ministry", "Nigeria, which…": no subject
	}
	return s.joined(i, i+n)
}

// originInList reports whether number m is one of two or more counts of
// the sentence each given with the place it came from: "170.000 volvieron
// desde Jordania, unos 379.000 desde el Líbano", "120 from Iran and 80
// from Pakistan". Each is a part of a total by origin.
func (s *sentence) originInList(m *numMention) bool {
	from := func(n *numMention) bool {
		for j := s.afterHead(n); j < len(s.toks) && j <= n.t1+4; j++ {
			t := s.text(j)
			if t == "," || t == ";" || s.toks[j].kind == tokDigits {
				return false
			}
			if t == "from" || t == "desde" || t == "procedentes" {
				k := j + 1
				for k < len(s.toks) && (s.determinerAt(k) || s.text(k) == "de") {
					k++
				}
				return k < len(s.toks) && s.toks[k].upper && s.toks[k].kind == tokWord
			}
		}
		return false
	}
	return s.oneOfSeveral(m, from)
}

// singleSpanAfter reports whether the clause of number m puts it in a
// single day or week after it: "Seven former fighters were killed in the
// single week between April 14 and 21", "en un solo día". Beside a larger
// count it is a part of that count.
func (s *sentence) singleSpanAfter(m *numMention) bool {
	for j := m.t1; j+2 < len(s.toks) && j <= m.t1+10 && s.clause[j] == s.clause[m.t0]; j++ {
		switch s.text(j) {
		case "single", "solo", "sola":
			if s.in(j+1, periodSpanWords) && (s.text(j-1) == "a" || s.text(j-1) == "the" || s.text(j-1) == "un" || s.text(j-1) == "una") {
				return true
			}
		}
	}
	return false
}

// placedInList reports whether number m is one of several numbers each
// placed in a named place that is not a country: "250 dead in Hatay, 200
// in Gaziantep and 191 in Kahramanmaras".
func (s *sentence) placedInList(m *numMention) bool {
	placed := func(n *numMention) bool {
		for j := n.t1; j < len(s.toks) && j <= n.t1+8; j++ {
			t := s.text(j)
			if t == "," || t == ";" || s.toks[j].kind == tokDigits {
				return false
			}
			if (t == "in" || t == "en") && j+1 < len(s.toks) && s.toks[j+1].upper && s.toks[j+1].kind == tokWord {
				_, _, country := s.e.lex.countries.matchAt(s.toks, j+1)
				return !country
			}
			if t == "at" && s.text(j+1) == "the" && j+2 < len(s.toks) && s.toks[j+2].upper && s.toks[j+2].kind == tokWord {
				return true // "60 pupils were poisoned at the Naswan-e-Kabod Aab school and 17 at the Naswan-e-Faizabad school"
			}
		}
		return false
	}
	return s.oneOfSeveral(m, placed)
}

// countryBeforeIn returns the country named by "in"/"en" a few words
// before number m, after any number before it ("En México murieron al
// menos 18 defensores y en Brasil, como mínimo, 12"), or "".
func (s *sentence) countryBeforeIn(m *numMention) string {
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-6; j-- {
		if s.toks[j].kind == tokDigits || s.text(j) == ";" {
			return ""
		}
		if t := s.text(j); (t == "in" || t == "en") && j+1 < m.qStart && s.toks[j+1].upper {
			if _, n, ok := s.e.lex.countries.matchAt(s.toks, j+1); ok {
				return s.joined(j+1, j+1+n)
			}
			return ""
		}
	}
	return ""
}

// countryBreakdown reports whether number m is one of two or more counts
// of the sentence each placed in a different country, after the text gave
// a larger count: a breakdown of a wider total by country. A sentence that
// opens on another country right after one that gave a country's part
// goes on with the breakdown ("Nigeria is the worst affected, with 35,255
// cases. Niger has reported 8,292 cases").
func (s *sentence) countryBreakdown(m *numMention) bool {
	if m.value < s.st.largest && s.st.partCountry != "" && s.st.partCountrySent == s.st.sent-1 {
		if c := s.openingCountry(); c != "" && c != s.st.partCountry {
			return true
		}
	}
	own := s.countryBeforeIn(m)
	if own == "" || m.value >= s.st.largest {
		return false
	}
	for k := range s.nums {
		o := &s.nums[k]
		if o.t0 == m.t0 || o.trap {
			continue
		}
		if c := s.countryBeforeIn(o); c != "" && c != own {
			return true
		}
	}
	return false
}

// monthBreakdown reports whether number m is one of two or more counts of
// the sentence each placed in a different month, after the text gave a
// larger count: a breakdown of a longer period's total by month ("…
// entre junio y agosto 1.043 atenciones. En junio se registraron 16
// picaduras; en julio, 321, y en agosto la cifra se disparó hasta 701").
// A count placed in a month right after such a breakdown goes on with it.
func (s *sentence) monthBreakdown(m *numMention) bool {
	own := s.monthBeforeIn(m)
	if own == "" || m.value >= s.st.largest {
		return false
	}
	if s.st.monthPartSent > 0 && s.st.monthPartSent == s.st.sent-1 {
		return true // "… y en mayo solo se contabilizaron cinco" right after the breakdown
	}
	for k := range s.nums {
		o := &s.nums[k]
		if o.t0 == m.t0 || o.trap && o.dropReason != "partial" {
			continue
		}
		if c := s.monthBeforeIn(o); c != "" && c != own {
			return true
		}
	}
	return false
}

// monthBeforeIn returns the month "in"/"en" places number m in, a few
// words before it in its clause ("En junio se registraron 16", "en julio,
// 321"), or "".
func (s *sentence) monthBeforeIn(m *numMention) string {
	for j := m.qStart - 1; j >= 1 && j >= m.qStart-8; j-- {
		if s.toks[j].kind == tokDigits || s.text(j) == ";" || s.text(j) == "." {
			return ""
		}
		if p := s.text(j - 1); (p == "in" || p == "en" || p == "durante" || p == "during") && s.monthAt(j) &&
			s.toks[j+1].kind != tokDigits {
			return s.text(j) // (not "en junio 16": a date)
		}
	}
	return ""
}

// oneOfSeveral reports whether number m and at least one other count of
// the sentence satisfy is: a list of parts.
func (s *sentence) oneOfSeveral(m *numMention, is func(n *numMention) bool) bool {
	if !is(m) {
		return false
	}
	n := 0
	for k := range s.nums {
		if !s.nums[k].trap && is(&s.nums[k]) {
			n++
		}
	}
	return n >= 2
}

// otherPredicate reports whether a verb that is no term follows number m
// (or the noun it counts): "more than a million were living in temporary
// shelters". The number then says what some people did, not a count the
// text was about.
func (s *sentence) otherPredicate(m *numMention) bool {
	if !s.predicateAfter(m) {
		return false
	}
	j := s.afterHead(m)
	for k := j; k < len(s.toks) && k <= j+3; k++ {
		if e := s.entAt[k]; e >= 0 && s.ents[e].ent >= 0 && (!s.e.ents[s.ents[e].ent].cat.empty() || len(s.e.ents[s.ents[e].ent].metrics) > 0) {
			return false
		}
		if t := s.toks[k]; t.kind == tokWord && (strings.HasSuffix(t.text, "ing") || strings.HasSuffix(t.text, "ando") ||
			strings.HasSuffix(t.text, "iendo") || verbLike(t.text) && !auxiliaries.hasToken(&t)) {
			return true
		}
	}
	return false
}

// keywordDistance returns the distance from number m to the nearest
// keyword of metric mi itself (not only a term of its kind) in clause c.
func (s *sentence) keywordDistance(m *numMention, c, mi int) int {
	best := noDistance
	for _, em := range s.ents {
		if em.ent < 0 || s.clause[em.t0] != c || em.irrealis || !containsInt(s.e.ents[em.ent].metrics, mi) {
			continue
		}
		best = min(best, s.dist(em.t0, em.t1, m.t0, m.t1))
	}
	return best
}

// keywordComplement reports whether a keyword of several words that no
// concept owns, of metric mi alone, follows number m's noun after "por",
// "for", "with", "con": "23 personas por inhalación de humo", "treated 52
// people for smoke inhalation"; or victims' noun after "of", "de": "346
// víctimas de (los llamados) crímenes de honor".
func (s *sentence) keywordComplement(m *numMention, mi int) bool {
	if m.headAt < 0 || m.head != headPeople {
		return false
	}
	j := m.headAt + 1
	switch s.text(j) {
	case "por", "for", "with", "con":
	case "of", "de":
		if !s.in(m.headAt, victimNouns) {
			return false // (but "346 víctimas de crímenes de honor": what befell them)
		}
	default:
		return false
	}
	j++
	if s.determinerAt(j) {
		j++
	}
	if j < len(s.toks) && (s.text(j) == "llamados" || s.text(j) == "so-called") {
		j++ // "víctimas de los llamados crímenes de honor"
	}
	if j >= len(s.toks) {
		return false
	}
	k := s.entAt[j]
	if k < 0 || s.ents[k].t0 != j || s.ents[k].ent < 0 || s.ents[k].t1-s.ents[k].t0 < 2 {
		return false
	}
	ent := s.e.ents[s.ents[k].ent]
	return ent.cat.empty() && s.onlyKeywordMetric(s.ents[k].ent) == mi
}

// inPlaceOfKind reports whether number m is placed, a few words after it,
// in a part of a country named by its kind: "en la provincia costera de
// Guayas", "in the capital", "in the state of Kaduna".
func (s *sentence) inPlaceOfKind(m *numMention) bool {
	for j := m.t1; j < len(s.toks) && j <= m.t1+8; j++ {
		t := s.text(j)
		if t == "," || t == ";" || s.toks[j].kind == tokDigits {
			return false
		}
		if t != "in" && t != "en" && t != "at" {
			continue
		}
		for k := j + 1; k < len(s.toks) && k <= j+3; k++ {
			if s.in(k, placeKinds) {
				return true
			}
		}
	}
	return false
}

// shareOfSomeone reports whether number m is what one named party got out
// of a count: "6.27 million votes for Edmundo Gonzalez", "obtuvo 7.119.768
// votos", "credited Maduro with 5.15 million votes".
func (s *sentence) shareOfSomeone(m *numMention) bool {
	j := s.afterHead(m)
	switch s.text(j) {
	case "for", "para":
		if j+1 < len(s.toks) && s.toks[j+1].upper && s.entAt[j+1] < 0 {
			return true
		}
	case "a":
		if s.text(j+1) == "favor" {
			return true
		}
	}
	for q := m.qStart - 1; q >= 0 && q >= m.qStart-4; q-- {
		if s.in(q, shareVerbs) {
			// (not "Ferrer won 10,684,117 votes" where a metric counts
			// Ferrer's votes, by a keyword or by its name: the share is
			// what it tracks)
			return !s.keywordEndsBefore(q) && !s.metricNamesBefore(q)
		}
		if s.text(q) == "with" && q >= 2 && (s.text(q-2) == "credited" || s.text(q-3) == "credited") {
			return true
		}
	}
	return false
}

// metricNamesBefore reports whether the capitalised word right before
// token q (past a title) is one a metric's name gives the party it counts
// for: "Marta Ríos won" for "Votes for candidate Marta Ríos".
func (s *sentence) metricNamesBefore(q int) bool {
	for k := q - 1; k >= 0 && k >= q-2; k-- {
		if !s.toks[k].upper {
			return false
		}
		for _, mi := range s.active {
			if s.e.metrics[mi].names[s.text(k)] {
				return true
			}
		}
	}
	return false
}

// keywordEndsBefore reports whether a metric keyword with no concept of
// its own, naming someone ("Ferrer" of "votes for Ferrer"), ends within
// two tokens before token q.
func (s *sentence) keywordEndsBefore(q int) bool {
	for _, em := range s.ents {
		if em.ent >= 0 && em.actor < 0 && em.t1 <= q && em.t1 >= q-2 && s.e.ents[em.ent].cat.empty() &&
			len(s.e.ents[em.ent].metrics) > 0 && s.toks[em.t0].upper {
			return true
		}
	}
	return false
}

// adjacent is the distance of a keyword that touches its number, with at
// most a preposition between: "excess deaths of 699,271".
const adjacent = 2

// adjacentKeyword returns the distance of a keyword of metric mi alone,
// outside every concept, that stands just before number m ("un exceso de
// mortalidad de 699 mil", "excess deaths: 4.7 million"), or noDistance.
func (s *sentence) adjacentKeyword(m *numMention, c, mi int) int {
	best := noDistance
	for _, em := range s.ents {
		if em.ent < 0 || s.clause[em.t0] != c {
			continue
		}
		ent := s.e.ents[em.ent]
		if !ent.cat.empty() || len(ent.metrics) != 1 || ent.metrics[0] != mi {
			continue
		}
		if em.t1 > m.t0 {
			continue // the number's own noun ("1.900 presos políticos"): see uniqueHeadKeyword
		}
		d := s.dist(em.t0, em.t1, m.t0, m.t1)
		if em.t1+1 == m.qStart && s.text(em.t1) == "," && (em.t0 == 0 || s.determinerAt(em.t0-1)) {
			d = 1 // "los heridos 45 y los detenidos, 300": the noun the elided copula gives
		}
		if d <= adjacent && d < best {
			best = d
		}
	}
	return best
}

// ownTermLeads reports whether the term of category owns at distance d
// from number m stands before it, where a verb governs its object, while
// the competing term as near stands after it: "killing at least 14
// workers and injuring 28" counts the 14 killed.
func (s *sentence) ownTermLeads(m *numMention, c int, owns category, d int) bool {
	leads := false
	for _, em := range s.ents {
		if em.ent < 0 || s.clause[em.t0] != c {
			continue
		}
		cat := s.e.ents[em.ent].cat
		if cat.empty() || s.termDist(em, m) != d {
			continue
		}
		before := em.t1 <= m.t0
		switch {
		case cat.overlaps(owns) && before:
			leads = true
		case !cat.overlaps(owns) && before:
			return false
		}
	}
	return leads
}

// groupPart reports whether number m counts a group of people by age, sex
// or nationality ("23 children were killed", "12 mujeres") that no metric
// of the tracker file names: a part of the count the tracker follows.
func (s *sentence) groupPart(m *numMention) bool {
	if m.head != headPeople || m.headAt < 0 {
		return false
	}
	w := s.text(m.headAt)
	if s.nationalityNoun(m.headAt) && !s.e.tracked[w] {
		// "seis personas, cinco colombianos y un ecuatoriano": the
		// nationalities of a count just given
		return s.breaksDownCountBefore(m)
	}
	if !demographicNouns.has(w) || s.e.tracked[w] {
		return false
	}
	if m.metric >= 0 && childNouns.has(w) && s.e.metrics[m.metric].pupils {
		return false // "1,680 children had been abducted" for a metric of students: the same people
	}
	if m.headAt > m.t1 && s.lowerWord(m.headAt-1) && s.e.tracked[s.text(m.headAt-1)] {
		return false // "9,000 foreign nationals" where a metric counts foreign workers: the kind tracked
	}
	// "At least 41 women died when a riot tore through a women's
	// prison": with no larger count before it or beside it, the group is
	// everyone the text counts, unless the metric counts people of a kind
	// ("Protesters killed": 23 children are some of them)
	return m.metric >= 0 && (len(s.e.metrics[m.metric].population) > 0 || s.e.metrics[m.metric].ofKind) || s.largerCountKnown(m)
}

// schoolNouns name pupils, whom news calls children too (childNouns): a
// count of one is a count of the other, not a part of it.
var schoolNouns = newWordSet("students", "pupils", "schoolchildren", "schoolgirls", "schoolboys", "estudiantes", "alumnos",
	"alumnas", "escolares")

// breakdownOpener reports whether the sentence opens on the dimension its
// counts break a total down by: "By service, the Army recorded 111
// deaths, the Royal Navy 29…", "Por provincias, Córdoba acumula 18".
func (s *sentence) breakdownOpener() bool {
	if len(s.toks) < 3 || s.text(0) != "by" && s.text(0) != "por" {
		return false
	}
	return s.in(1, breakdownDimensions) && s.text(2) == ","
}

// breakdownDimensions are what a total is broken down by.
var breakdownDimensions = newWordSet("service", "services", "region", "regions", "province", "provinces", "state", "states",
	"country", "countries", "governorate", "governorates", "department", "departments", "district", "districts", "age",
	"ages", "gender", "sex", "nationality", "nationalities", "sector", "sectors", "type", "types", "category",
	"categories", "branch", "branches", "month", "cause", "causes",
	"provincia", "provincias", "región", "regiones", "estado", "estados", "país", "países", "departamento",
	"departamentos", "municipio", "municipios", "edad", "edades", "sexo", "género", "nacionalidad", "nacionalidades",
	"oficina", "oficinas", "dependencia", "sector", "sectores", "comunidad", "comunidades", "tipo", "tipos", "motivo",
	"motivos", "causa", "causas", "meses", "rama", "ramas", "delegación", "delegaciones", "entidad", "entidades",
	"force", "forces", "agency", "agencies", "cuerpo", "cuerpos", "fuerza", "fuerzas", "institución", "instituciones")

// nationalityNoun reports whether token j names people by their country:
// "five Colombians", "cinco colombianos", "un ecuatoriano".
func (s *sentence) nationalityNoun(j int) bool {
	if j < 0 || j >= len(s.toks) || s.toks[j].kind != tokWord || s.entAt[j] >= 0 {
		return false
	}
	w := s.text(j)
	english := s.toks[j].upper && (strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ese")) // "Colombians", "Chinese"
	return (countryWord(w) || english) && s.e.lex.countryKeys[placeKey(w)]
}

// breaksDownCountBefore reports whether number m opens a breakdown of a
// larger count of people that ends right before it, past a comma, colon,
// dash or parenthesis: "six people, five Colombians and …", "14
// fallecidos —13 civiles y un soldado—".
func (s *sentence) breaksDownCountBefore(m *numMention) bool {
	for k := range s.nums {
		o := &s.nums[k]
		if o.t0 >= m.t0 || o.value <= m.value || o.head == headOther || o.trap && o.dropReason != "increment" {
			continue
		}
		end := o.t1
		if o.headAt >= end {
			end = o.headAt + 1
		}
		for n := 0; n < 2 && end < m.qStart && s.toks[end].kind == tokWord && !s.toks[end].upper && !functionWords.hasToken(&s.toks[end]); n++ {
			end++ // "six people detained, five …"
		}
		if end < m.qStart && m.qStart-end <= 2 {
			ok := true
			for j := end; j < m.qStart; j++ {
				if t := s.text(j); t != "," && t != ":" && t != "(" && t != "—" && t != "-" && t != "–" {
					ok = false
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// largerCountKnown reports whether the text has given, before number m or
// beside it in its sentence, a larger count (not a date, an amount of
// money, a percentage): a whole that m may be a part of.
func (s *sentence) largerCountKnown(m *numMention) bool {
	if m.metric >= 0 && s.st.largestOf[m.metric] > m.value || s.st.largestUnlinked > m.value {
		return true
	}
	for _, o := range s.nums {
		if !o.trap && o.value > m.value && o.head != headOther && (o.metric < 0 || m.metric < 0 || o.metric == m.metric) {
			return true
		}
	}
	return false
}

// largerCountBeside is largerCountKnown for a count placed somewhere: a
// larger count of another kind in the same list is no total it is a part
// of ("2.314 casos confirmados, nueve defunciones y 187 hospitalizaciones
// en el estado de Chihuahua" places all three).
func (s *sentence) largerCountBeside(m *numMention) bool {
	if m.metric >= 0 && s.st.largestOf[m.metric] > m.value || s.st.largestUnlinked > m.value {
		return true
	}
	for k := range s.nums {
		o := &s.nums[k]
		if o.trap || o.value <= m.value || o.head == headOther {
			continue
		}
		if o.head == headTerm && m.head == headTerm && !s.sameKindTerms(o.headAt, m.headAt) {
			continue
		}
		return true
	}
	return false
}

// sameKindTerms reports whether the term mentions at tokens i and j count
// the same kind of thing: terms of the same concepts, or keywords of no
// concept of the same metrics ("víctimas mortales" and "fallecidos" do,
// "casos" and "hospitalizaciones" do not). Tokens without a term are of
// one kind.
func (s *sentence) sameKindTerms(i, j int) bool {
	a, b := s.termEntity(i), s.termEntity(j)
	if a < 0 || b < 0 {
		return true
	}
	ea, eb := s.e.ents[a], s.e.ents[b]
	if !ea.cat.empty() || !eb.cat.empty() {
		return ea.cat.overlaps(eb.cat)
	}
	return slices.Equal(ea.metrics, eb.metrics)
}

// termEntity returns the entity of the term mention starting at token i,
// or -1.
func (s *sentence) termEntity(i int) int {
	if i < 0 || i >= len(s.toks) {
		return -1
	}
	if k := s.entAt[i]; k >= 0 && s.ents[k].actor < 0 {
		return s.ents[k].ent
	}
	return -1
}

// shareAside reports whether number m is followed by its share of a total
// in an aside: "otros 26.090 registros, el 24 por ciento, …", "12.377 (11
// %)". A number given with its percentage is a part of that total.
func (s *sentence) shareAside(m *numMention) bool {
	j := s.afterHead(m)
	if j+1 < len(s.toks) && s.toks[j].kind == tokWord && (s.text(j+1) == "," || s.text(j+1) == "(") {
		j++ // "26.090 registros, el 24 por ciento"
	}
	if j >= len(s.toks) || (s.text(j) != "," && s.text(j) != "(") {
		return false
	}
	open := s.text(j)
	j++
	if d := s.text(j); d == "el" || d == "un" || d == "the" || d == "about" || d == "some" || d == "cerca" || d == "casi" {
		j++
		if s.text(j) == "del" || s.text(j) == "de" {
			j++
		}
	}
	if j >= len(s.toks) || s.toks[j].kind != tokDigits {
		return false
	}
	_, n, ok := percentAfter.matchAt(s.toks, j+1)
	if !ok {
		return false
	}
	k := j + 1 + n
	end := s.text(k)
	if end == "of" || end == "de" || end == "del" {
		// "21.2 million people, 45 percent of the population": a share of
		// everyone, so the whole count, not a part of another
		for q := k + 1; q < len(s.toks) && q <= k+3; q++ {
			if s.in(q, populationNouns) {
				return false
			}
		}
		// "3.4 million people, 45 percent of them children": a share of
		// this count, which is the whole
		if s.in(k+1, themPronouns) || s.text(k+1) == "whom" {
			return false
		}
	}
	switch {
	case open == "(":
		return end == ")"
	case end == "," || end == "." || end == ";" || end == "del" || end == "of" || end == "de":
		return true
	}
	return false
}

// changeTarget reports whether number m is what a count changed to, the
// number before it what it changed from: "ha pasado de 373 a 429", "rose
// from 40 to 52". In the last hours the count became m: a total, not what
// those hours added.
func (s *sentence) changeTarget(m *numMention) bool {
	if t := s.text(m.qStart - 1); t != "a" && t != "to" {
		return false
	}
	for _, o := range s.nums {
		if o.t1 < m.qStart && o.t1 >= m.qStart-3 {
			if p := s.text(o.qStart - 1); p == "de" || p == "from" {
				return true
			}
		}
	}
	return false
}

// runningTotal reports whether number m is given as the total a recent
// count brings the tally to: "con lo que el total asciende a 300",
// "bringing the total to 300".
func (s *sentence) runningTotal(m *numMention) bool {
	for k := m.qStart - 1; k >= 0 && k >= m.qStart-5; k-- {
		if s.in(k, totalNouns) {
			return true
		}
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// totalNouns name a running total.
var totalNouns = newWordSet("total", "acumulado", "tally", "overall")

// respectiveWords pair a list of counts with a list of places or groups.
var respectiveWords = newWordSet("respectively", "respectivamente")

// actorsListed reports whether the sentence names two actors or more: then
// "respectively" pairs counts with their sources, each one's figure.
func (s *sentence) actorsListed() bool {
	first := -1
	for _, em := range s.ents {
		if em.actor >= 0 {
			if first >= 0 && em.actor != first {
				return true
			}
			first = em.actor
		}
	}
	return false
}

// ranking reports whether the sentence ranks parts of a count: "topped
// the list", "followed by", "seguida de", "encabezó la lista", "the
// hardest-hit" (not "ahead of Sunday's elections", "la firma que encabeza
// Ugalde").
// Its numbers are the parts' counts (on the tuning split, 195 numbers of
// such sentences were parts and 7 figures).
func (s *sentence) ranking() bool {
	return s.rankingAt() >= 0
}

// rankingAt returns the token where the sentence's first marker of a
// ranking starts (see ranking), or -1.
func (s *sentence) rankingAt() int {
	for j := range s.toks {
		if _, _, ok := rankingMarkers.matchAt(s.toks, j); ok {
			return j
		}
		// "with 3,746 homicides, ahead of the State of Mexico with 2,849"
		// (not "killed ahead of Sunday's elections": a time)
		if s.text(j) == "ahead" && s.text(j+1) == "of" && s.text(j-1) == "," {
			return j
		}
	}
	return -1
}

// totalBeforeRanking reports whether number m stands before the sentence's
// ranking marker, in a clause of its own, and is larger than every count
// after it: the total the ranked parts are taken from.
func (s *sentence) totalBeforeRanking(m *numMention) bool {
	r := s.rankingAt()
	if r < 0 || m.t1 > r || s.clause[m.t0] == s.clause[r] {
		return false
	}
	for k := range s.nums {
		o := &s.nums[k]
		if o.t0 > m.t0 && o.countsSomething() && o.value >= m.value {
			return false
		}
	}
	return true
}

// rankingMarkers rank places or groups by their counts.
var rankingMarkers = phrasesOf(1, "followed by", "seguida de", "seguido de", "seguidas de", "seguidos de",
	"seguida por", "seguido por", "por delante de", "topped the list", "tops the list", "encabezó la lista",
	"encabeza la lista", "encabezan la lista", "encabezaron la lista", "lidera la lista", "lideró la lista",
	"la entidad con más", "el estado con más", "the state with the most", "the hardest-hit", "the hardest hit")

// nearestNumberIs reports whether the marker at tokens [j0, j1) marks
// number m: all the numbers of its clause when it comes before them ("en
// las últimas horas emplearon 98 drones, dos misiles…"), else the one it
// stands nearest to (a tie goes to the one before).
func (s *sentence) nearestNumberIs(j0, j1 int, m *numMention) bool {
	c := s.clause[j0]
	first := true // a marker before every number of its clause scopes them all
	for k := range s.nums {
		if o := &s.nums[k]; s.clause[o.t0] == c && o.t0 < j0 {
			first = false
		}
	}
	if first {
		return true
	}
	best, bestD := -1, 1<<30
	for k := range s.nums {
		o := &s.nums[k]
		if s.clause[o.t0] != c || o.trap && o.dropReason != "partial" && o.dropReason != "increment" && o.dropReason != "" {
			continue // (but "85 más … en las últimas 24 horas": the period's count is the one added)
		}
		if d := s.dist(j0, j1, o.t0, o.t1); d < bestD || d == bestD && o.t0 < j0 {
			best, bestD = o.t0, d
		}
	}
	return best < 0 || best == m.t0 || s.listedWith(best, m)
}

// listedWith reports whether the number starting at token t0 and number m
// are items of one list ("446 new cases and 23 deaths", "15 mil 576 casos
// nuevos y diez decesos"): what scopes one scopes both.
func (s *sentence) listedWith(t0 int, m *numMention) bool {
	for k := range s.nums {
		if o := &s.nums[k]; o.t0 == t0 {
			return o != m && s.listItems(o, m)
		}
	}
	return false
}

// conjoinedNumbers reports whether number b follows number a as the next
// item of a list: a coordinator and at most three words, none a verb
// or an auxiliary, stand between them.
func (s *sentence) conjoinedNumbers(a, b *numMention) bool {
	if b.qStart-a.t1 > 5 {
		return false
	}
	coord := false
	for k := a.t1; k < b.qStart; k++ {
		t := &s.toks[k]
		switch {
		case t.text == "and" || t.text == "y" || t.text == "e":
			coord = true
		case t.text == ",":
		case t.kind != tokWord || s.in(k, auxiliaries) || s.in(k, perfectAuxiliaries) || t.preterite:
			return false
		}
	}
	return coord
}

// recentPeriodAt returns the length of the recent-period marker at token j
// ("in the past 24 hours", "en la última semana"), unless the words after
// it tie it to the calendar: "en la última semana de marzo", "in the last
// week of March" is that week, not the days before the report.
func (s *sentence) recentPeriodAt(j int) (n int, ok bool) {
	_, n, ok = recentPeriodMarkers.matchAt(s.toks, j)
	if !ok {
		return 0, false
	}
	i := j + n
	if t := s.text(i); (t == "de" || t == "of" || t == "del") && (s.monthAt(i+1) || s.periodAt(i+1) || s.text(i+1) == "the" && s.periodAt(i+2)) {
		return 0, false
	}
	return n, true
}

// alonePartMarker reports whether token j says that its clause is about a
// part: "alone", "solo en", "únicamente en".
func (s *sentence) alonePartMarker(j int) bool {
	t := s.text(j)
	if t == "alone" {
		// (not "this year alone", "in 2023 alone": a whole year counted;
		// "in January of this year alone" is a month, a part)
		return !s.periodAt(j-1) || s.monthAt(j-3) || s.monthAt(j-4)
	}
	return (t == "solo" || t == "solamente" || t == "unicamente") && s.text(j+1) == "en" && !s.periodAt(j+2)
}

// periodSeriesItem reports whether bare number m goes on a series of
// counts by period after a count of the sentence linked by its keyword: a
// year opens its clause and only a copula or a comma stands between, "en
// 2019 fueron 99", "y en 2020, 87", "in 2019 it was 99".
func (s *sentence) periodSeriesItem(m *numMention) bool {
	j := m.qStart - 1
	if j >= 0 && s.text(j) == "," {
		j--
	} else if _, n, ok := copulaBefore.matchEndingAt(s.toks, m.qStart); ok {
		j = m.qStart - n - 1
		if j >= 0 && (s.text(j) == "it" || s.text(j) == "there") {
			j-- // "in 2019 it was 99"
		}
	} else {
		return false
	}
	if !s.periodAt(j) || j < 1 || s.text(j-1) != "en" && s.text(j-1) != "in" {
		return false
	}
	for k := range s.nums {
		if o := &s.nums[k]; o.t1 <= j-1 && o.byKeyword && !o.trap {
			return true
		}
	}
	return false
}

// periodAt reports whether token i names a year: "year", "año", "2023".
func (s *sentence) periodAt(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if t.text == "year" || t.text == "ano" {
		return true
	}
	if t.kind != tokDigits {
		return false
	}
	_, ok := yearOfToken(t.text) // (or a span of two, "2019-20")
	return ok
}

// partMarkerOf reports whether the "alone" or "solo en" at token j speaks
// of number m: it stands before m in its clause, or just after m's noun
// ("1.300 detenidos solo en la capital"); in "48 muertos, … y 1.300
// detenidos solo en la capital" it speaks of the 1.300 only.
func (s *sentence) partMarkerOf(j int, m *numMention) bool {
	if s.bringsTotal(m) {
		return false // "In January alone 2,386 inmates were let out…, taking the total … to 18,583": the whole
	}
	if j < m.t0 {
		for k := range s.nums {
			o := &s.nums[k]
			if o.t1 > j || o.trap && o.dropReason != "partial" || s.clause[o.t0] != s.clause[j] {
				continue
			}
			// "98 deaths on Monday alone, bringing the toll to 1,050", "45,000
			// people were displaced in the first week alone, bringing the
			// total to 310,000": the nearest number before it is the part
			if j-s.afterHead(o) <= 3 || j-o.t1 <= 8 && (k+1 == len(s.nums) || s.nums[k+1].t0 > j) {
				return false
			}
		}
		return true // "River Nile state alone has reported 4,471 cases and 99 deaths": all it says
	}
	if j-s.afterHead(m) > 3 && !s.timeBeforeAlone(j) {
		return false
	}
	for _, o := range s.nums {
		if o.t0 != m.t0 && o.t0 >= m.t1 && o.t0 < j && !s.dateDayAt(o) {
			return false
		}
	}
	return true
}

// timeBeforeAlone reports whether the "alone" at token j closes a span of
// time shorter than a month: "49,000 patients were admitted … last week
// alone", "… in the week ending Feb. 1 alone", "… on Monday alone". A
// count of that span is a part of a larger one.
func (s *sentence) timeBeforeAlone(j int) bool {
	k := j - 1
	if k >= 1 && s.toks[k].kind == tokDigits && len(s.text(k)) <= 2 {
		return s.monthRightBefore(k) // a day: "Feb. 1"
	}
	// (not "in November alone": a month is often the span a report covers)
	return k >= 0 && (s.in(k, periodSpanWords) || s.in(k, weekdays) || s.in(k, dayWords))
}

// dateDayAt reports whether number o is the day of a date after its month:
// "Feb. 1", "March 3".
func (s *sentence) dateDayAt(o numMention) bool {
	return o.t1-o.t0 == 1 && o.value <= 31 && s.monthRightBefore(o.t0)
}

// markedMetric returns the metric of the same kind as m's whose mark
// stands in m's clause when m's own metric has none there ("Las olas de
// calor se asocian con 62.775 muertes": deaths from heat, not deaths in
// fires), or m's metric (always when m's noun is a thing its metric is
// counted in).
func (s *sentence) markedMetric(m *numMention) int {
	cur := s.e.metrics[m.metric]
	c := s.clause[m.t0]
	if cur.owns.empty() || s.clauseHasMark(c, cur.marks, m) {
		return m.metric
	}
	if w := s.headWord(m); thingUnits[w] && cur.unitWords[w] {
		return m.metric // "arrasó casi 800 refugios" counts the metric's own things, not people a mark names
	}
	// (two qualified metrics: nothing to choose by)
	found := s.onlyMetric(func(mi int) bool {
		return mi != m.metric && s.e.metrics[mi].owns.overlaps(cur.owns) && s.clauseHasMark(c, s.e.metrics[mi].marks, m)
	})
	if found < 0 {
		return m.metric
	}
	return found
}

// clauseHasMark reports whether a word of clause c is one of marks, or
// its plural, and m is the number nearest to it: "de los 7.936.515
// ciudadanos habilitados acudieron a votar 6.771.811" marks the first.
func (s *sentence) clauseHasMark(c int, marks wordSet, m *numMention) bool {
	if len(marks) == 0 {
		return false
	}
	for i, t := range s.toks {
		if s.clause[i] != c || t.kind != tokWord && t.kind != tokAlnum {
			continue
		}
		w, _, _ := strings.Cut(t.text, "-") // "covid" of "covid-19"
		if !marks[w] && !marks[strings.TrimSuffix(w, "s")] && !marks[strings.TrimSuffix(w, "es")] {
			continue
		}
		if s.markIsAgent(i, m) || s.markIsSource(i) {
			continue
		}
		d := s.dist(i, i+1, m.t0, m.t1)
		nearest := true
		for k := range s.nums {
			// (a part counts whom its own noun names: "187 injured,
			// including 90 police officers")
			if o := &s.nums[k]; o != m && (!o.trap || o.dropReason == "partial") && s.dist(i, i+1, o.t0, o.t1) < d {
				nearest = false
			}
		}
		if nearest {
			return true
		}
	}
	return false
}

// markIsSource reports whether the mark at token i names a source
// that states the figure, not the people counted: "187 injured, police
// said" is no count of police injured.
func (s *sentence) markIsSource(i int) bool {
	k := s.mentionCovering(i)
	if k < 0 {
		return false
	}
	em := s.ents[k]
	return em.actor >= 0 && !em.member && (em.cueBound || em.speaker)
}

// markIsAgent reports whether the mark at token i names the institution
// that acted on the people number m counts rather than who they are: a
// state institution's noun before an event term that stands before the
// number, and the number counts people at large ("Myanmar's military has
// detained 10,000 people" counts no soldiers).
func (s *sentence) markIsAgent(i int, m *numMention) bool {
	if i >= m.t0 || m.head != headPeople || !s.in(m.headAt, genericPeople) || !s.in(i, stateInstitutionNouns) {
		return false // ("Heat killed 61,000 people": a cause, which qualifies)
	}
	for _, em := range s.ents {
		if em.t0 > i && em.t1 <= m.t0 && em.ent >= 0 && (!s.e.ents[em.ent].cat.empty() || len(s.e.ents[em.ent].metrics) > 0) {
			return true
		}
	}
	return false
}

// periodMetric returns, for number m linked to a metric of some things,
// the metric of the same things that fits its period: the one counting per
// day for a rate or a single day's count ("237 trucks had entered Gaza on
// Monday", "una media de 30 camiones al día"), the other for a count over
// a longer time. Metrics count the same things when their keywords share a
// word. It returns m's metric when no other one fits better.
func (s *sentence) periodMetric(m *numMention) int {
	cur := s.e.metrics[m.metric]
	day := m.perDay || s.dayScoped(m)
	if cur.perDay == day {
		return m.metric
	}
	found := s.onlyMetric(func(mi int) bool {
		other := s.e.metrics[mi]
		return mi != m.metric && other.perDay == day && sharesWord(cur.words, other.words)
	})
	if found < 0 {
		return m.metric
	}
	return found
}

// dayScoped reports whether the clause of number m sets it in a single day
// or gives it per day: a weekday, "yesterday", "la víspera", "a day".
func (s *sentence) dayScoped(m *numMention) bool {
	c := s.clause[m.t0]
	for j := range s.toks {
		if s.clause[j] != c {
			continue
		}
		if t := s.text(j); weekdays.has(t) || dayWords.has(t) {
			return true
		}
		if _, n, ok := rateAfter.matchAt(s.toks, j); ok && dayRates.has(s.joined(j, j+n)) {
			return true
		}
	}
	return false
}

// sharesWord reports whether two word sets have a word in common.
func sharesWord(a, b wordSet) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// anotherOfSame reports whether number k is "another N" of a metric
// counted earlier in the sentence, or in the previous one when the
// sentence counts nothing before it: "se registraron 394 heridos, y… se
// han reportado otros 274" adds to a count. "Another N" of another metric
// is a count of its own: "15 reos fueron asesinados y otros 14 quedaron
// heridos".
func (s *sentence) anotherOfSame(k int) bool {
	m := &s.nums[k]
	switch s.text(m.qStart) {
	case "another", "otros", "otras":
	default:
		return false
	}
	other, adding := false, s.st.prevIncrement
	for j := 0; j < k; j++ {
		if o := &s.nums[j]; !o.trap && o.metric >= 0 {
			if o.metric == m.metric {
				return true
			}
			other = true
		} else if o.dropReason == "increment" {
			adding = true
		}
	}
	if other {
		return false
	}
	if s.countedBefore(m.metric) || adding {
		// ("Six more people have died … Another 14 people have been
		// infected": increments one after another)
		return true
	}
	// "Otras doce personas murieron, lo que eleva el número de fallecidos
	// a 347": the total it adds to comes after it
	for j := k + 1; j < len(s.nums); j++ {
		if o := &s.nums[j]; !o.trap && o.metric == m.metric {
			return true
		}
	}
	return false
}

// commaAfterWords returns the comma that closes the words from token i,
// within reach tokens, or -1 when something else than a word comes first.
func (s *sentence) commaAfterWords(i, reach int) int {
	for j := i; j < len(s.toks) && j <= i+reach; j++ {
		if s.text(j) == "," {
			return j
		}
		if s.toks[j].kind != tokWord {
			return -1
		}
	}
	return -1
}

// baseOfUntrackedWhole reports whether number m opens a partitive phrase,
// at the start of the sentence or of a clause ("De los 202 mil 188
// planteles del país, 20 mil 377 no abrieron", "…: de los 31,8 millones de
// pasajeros registrados, 8.240.000 sufrieron …"), whose words name no term
// of an active metric, with the number of the part right after its comma:
// a whole the part is taken from, not a count of what a metric tracks.
func (s *sentence) baseOfUntrackedWhole(m *numMention) bool {
	q := m.qStart
	if !s.in(q-1, partitiveDeterminers) || s.text(q-2) != "de" && s.text(q-2) != "of" {
		return false
	}
	if o := q - 3; o >= 0 && s.toks[o].kind != tokPunct && s.text(o) != "que" && s.text(o) != "that" {
		return false
	}
	comma := s.commaAfterWords(m.t1, 10)
	if comma < 0 {
		return false
	}
	part := false
	for k := range s.nums {
		if o := &s.nums[k]; o.t0 > comma && o.t0 <= comma+3 && o.value < m.value {
			part = true
		}
	}
	if !part {
		return false
	}
	for _, em := range s.ents {
		if em.ent < 0 || em.t0 < m.t1 || em.t0 >= comma {
			continue
		}
		ent := s.e.ents[em.ent]
		for _, mi := range s.active {
			if ent.cat.overlaps(s.e.metrics[mi].owns) || containsInt(ent.metrics, mi) {
				return false // "Of the 863 held, 56 have been freed": a count of its own
			}
		}
	}
	return true
}

// afterLeadingPartitive reports whether number m follows an opening
// partitive phrase in its part of the sentence: "De ellas, 40 murieron
// por disparos y 45 por el fuego" breaks a total down ("…, mientras que
// los heridos suman 182" is another part of the sentence).
func (s *sentence) afterLeadingPartitive(m *numMention) bool {
	if s.leadEnd < 0 || m.t0 <= s.leadEnd || s.leadEnd+1 >= len(s.toks) || s.group[m.t0] != s.group[s.leadEnd+1] || s.verifiedPart(m) {
		return false
	}
	for j := s.leadEnd; j < m.t0; j++ {
		if s.toks[j].text == ";" {
			return false // "…; otras 22 siguen en poder de sus captores"
		}
	}
	if m.metric >= 0 && s.leadRoleShare(m) == m.metric {
		return false // "Among the dead are 382 children" for a metric of children killed
	}
	// "De ellas,", "Of those released,", "Del total de víctimas," (not
	// "Del lado turco,": a side, not a part; nor "Of the 863 held, 56
	// have been freed": a count of another event among a number given)
	for k := range s.nums {
		if w := &s.nums[k]; w.t0 < s.leadEnd {
			// (but "Of the 19 deaths, 14 involved horses fatally injured":
			// the same metric's count among its own whole is a part)
			return w.metric >= 0 && w.metric == m.metric && !w.trap
		}
	}
	for j := 0; j < s.leadEnd; j++ {
		if t := s.text(j); partitiveDeterminers.has(t) || wholeNouns.has(t) {
			return !s.shareOfOtherKind(m)
		}
	}
	return false
}

// leadRoleShare returns the metric restricted to the people number m
// counts among the whole an opening partitive names, when that metric owns
// what the phrase's terms say befell them and the phrase does not name
// those people itself: "Among the dead are 382 children", "Entre los
// fallecidos, 40 eran niños" count children killed. It returns -1
// otherwise.
func (s *sentence) leadRoleShare(m *numMention) int {
	if s.leadEnd < 0 || m.t0 <= s.leadEnd {
		return -1
	}
	at := -1
	switch {
	case m.head == headPeople && m.headAt >= 0:
		at = m.headAt
	case m.head == headBare && s.in(m.t1, shareCopulas):
		at = m.t1 + 1 // "40 eran niños", "382 were children"
	}
	if at < 0 || at >= len(s.toks) {
		return -1
	}
	var lead category
	for _, em := range s.ents {
		if em.ent >= 0 && em.t0 < s.leadEnd {
			lead = lead.or(s.e.ents[em.ent].cat)
		}
	}
	if lead.empty() {
		return -1
	}
	w := s.text(at)
	return s.onlyMetric(func(mi int) bool {
		info := &s.e.metrics[mi]
		if len(info.population) == 0 || !inPopulation(info.population, w) || !info.owns.overlaps(lead) {
			return false
		}
		for j := 0; j < s.leadEnd; j++ {
			if inPopulation(info.population, s.text(j)) {
				return false // "Among the children who died, 40 were girls": a part of them
			}
		}
		return true
	})
}

// shareOfOtherKind reports whether number m, after an opening partitive
// ("Of those, 1,983 died"; "De esas víctimas, 1.945 perdieron la vida"),
// counts by its own term a kind that neither the opening phrase nor the
// sentence before counted: the deaths among casualties are a count of
// deaths, not a part of one ("De esos fallecidos, 62 …" stays a part).
func (s *sentence) shareOfOtherKind(m *numMention) bool {
	if !m.byKeyword || m.metric < 0 {
		return false
	}
	owns := s.e.metrics[m.metric].owns
	if owns.empty() {
		return false
	}
	for _, em := range s.ents {
		if em.ent >= 0 && em.t0 < s.leadEnd && s.e.ents[em.ent].cat.overlaps(owns) {
			return false
		}
	}
	return s.prevCountsOtherKind(owns)
}

// prevCountsOtherKind reports whether the sentence before linked counts
// by keyword and none of them to a metric that owns the concepts cat:
// the whole a share is taken from ("Of those, …") was of another kind.
func (s *sentence) prevCountsOtherKind(cat category) bool {
	if len(s.st.prevLinked) == 0 {
		// "… 25,671 civilian casualties. Of these, 9,287 were killed": a
		// whole that no metric counts
		return s.st.prevUnlinked
	}
	for _, mi := range s.st.prevLinked {
		if s.e.metrics[mi].owns.overlaps(cat) {
			return false
		}
	}
	return true
}

// namesActor reports whether the sentence names a tracker actor.
func (s *sentence) namesActor() bool {
	for _, em := range s.ents {
		if em.actor >= 0 {
			return true
		}
	}
	return false
}

// copyGappedHeads gives a bare number that repeats the pattern of a
// counted noun before it, verb left out, what that noun counts: in
// "23.097 horas correspondieron a apagones completos, 134 a
// ralentizaciones y 26.865 a bloqueos", the 134 and the 26.865 are hours
// too, not the outages named beside them.
func (s *sentence) copyGappedHeads() {
	for k := 1; k < len(s.nums); k++ {
		m := &s.nums[k]
		if m.trap || m.head != headBare || !s.in(m.t1, elidedVerbPrepositions) {
			continue
		}
		switch s.text(m.qStart - 1) {
		case ",", "y", "e", "and", "o", "or":
		default:
			continue
		}
		o := &s.nums[k-1]
		if o.trap || o.headAt < 0 || o.head == headBare {
			continue
		}
		for q := o.headAt + 2; q <= o.headAt+3 && q < m.qStart; q++ {
			if s.text(q) == s.text(m.t1) && s.toks[q-1].kind == tokWord && verbLike(s.text(q-1)) {
				m.head, m.headAt, m.metric, m.byKeyword = o.head, o.headAt, o.metric, o.byKeyword
				break
			}
		}
	}
}

// elidedVerbPrepositions follow both the verb of a clause and the numbers of the
// clauses that leave that verb out: "… correspondieron a …, 134 a …".
var elidedVerbPrepositions = newWordSet("a", "to", "en", "in", "on", "for", "por", "para", "at")

// broughtToTotal reports whether number k is what brought a larger count
// of the same metric, given after it in the sentence, to its level: "65
// homicidios ayer; con esa cifra, el acumulado asciende a 18 mil 613",
// "320 people were evacuated over the previous 24 hours, bringing the
// number displaced to more than 2,500". It is an increment, not the count.
func (s *sentence) broughtToTotal(k int) bool {
	m := &s.nums[k]
	for j := k + 1; j < len(s.nums); j++ {
		o := &s.nums[j]
		if o.trap || o.value <= m.value || o.metric >= 0 && o.metric != m.metric {
			continue
		}
		for q := m.t1; q < o.qStart; q++ {
			if _, _, ok := bringingMarkers.matchAt(s.toks, q); ok {
				return true
			}
		}
		return false
	}
	return false
}

// bringingMarkers join an increment to the running total it brings: "bringing
// the total to", "con lo que", "con esa cifra".
var bringingMarkers = phrasesOf(1, "bringing", "bring the", "brings the", "brought the", "taking the", "pushing the", "raising the", "lifting", "con lo que",
	"con lo cual", "con esa cifra", "con esta cifra", "con ello", "elevando", "lo que eleva", "lo que lleva",
	"lo que sitúa", "with which")

// reportOwnerNamed returns the actor whose report the sentence names: the
// actor a few words after a report noun and "de"/"of" ("el último informe
// trimestral de la Oficina Integrada de las Naciones Unidas en Haití
// (BINUH)", "a report by Amnesty"), or the speaker of a sentence that
// names a report ("Amnesty released its annual report"); -1 for none.
func (s *sentence) reportOwnerNamed() int {
	if !s.namesActor() {
		return -1 // (most sentences: no need to look for a report noun)
	}
	for i, t := range s.toks {
		if !reportNouns.hasToken(&t) {
			continue
		}
		for j := i + 1; j < len(s.toks) && j <= i+6; j++ {
			if s.toks[j].kind == tokPunct {
				break
			}
			if e := s.entAt[j]; e >= 0 && s.ents[e].actor >= 0 {
				if p := s.text(s.mentionStart(j) - 1); p == "de" || p == "del" || p == "of" || p == "by" || p == "por" {
					return s.ents[e].actor
				}
				break
			}
		}
		for _, em := range s.ents {
			if em.actor >= 0 && em.speaker && !em.member && s.e.actors[em.actor].Role != tracker.Reporter {
				return em.actor
			}
		}
	}
	return -1
}

// countedBefore reports whether the sentence before counted metric mi: a
// figure of it, or parts of one of its counts ("… Bloomington (46 cases),
// Purdue (13). Another 20 cases…").
func (s *sentence) countedBefore(mi int) bool {
	return slices.Contains(s.st.prevLinked, mi) || slices.Contains(s.st.prevParts, mi)
}

// freeFurtherOfOtherMetric takes back the increment mark of a number after
// "a further", "otros" whose own words count another metric than every
// count before it, in this sentence or the one before: "had lost nine
// officers, and another 37 had been injured", "269 bodies have been
// recovered, and a further 10,100 people are missing". It is a count of its
// own.
func (s *sentence) freeFurtherOfOtherMetric() {
	for k := range s.nums {
		m := &s.nums[k]
		if !m.further || m.dropReason != "increment" {
			continue
		}
		mi := s.keywordMetric(m)
		if mi < 0 {
			continue
		}
		same, adding := false, s.st.prevIncrement
		for j := 0; j < k; j++ {
			if o := &s.nums[j]; !o.trap && o.metric == mi {
				same = true
			} else if o.dropReason == "increment" {
				adding = true
			}
		}
		if adding {
			// "Six more people have died … Another 14 people have been
			// infected": increments of several kinds, one after another
			continue
		}
		if !same && !s.countedBefore(mi) {
			m.trap, m.dropReason, m.metric, m.byKeyword = false, "", mi, true
		}
	}
}

// listItemOfOwnPredicate reports whether bare number m opens an item of a
// list, after a comma or "y"/"and", and has a verb of its own right after
// it with no term of any metric before the item ends: "…, ocho sufrieron
// atentados, …". What an earlier item's term says does not reach it.
func (s *sentence) listItemOfOwnPredicate(m *numMention) bool {
	if m.head != headBare || m.qStart == 0 {
		return false
	}
	switch s.text(m.qStart - 1) {
	case ",", "y", "and", ";":
	default:
		return false
	}
	j := s.afterHead(m)
	if j >= len(s.toks) || !s.in(j, auxiliaries) && !s.toks[j].preterite && !(s.es && strings.HasSuffix(s.text(j), "ron")) {
		return false // (not "15,637 prohibited weapons", "1.866 confirmados": no verb of its own)
	}
	for j := m.t1; j < len(s.toks) && s.clause[j] == s.clause[m.t0]; j++ {
		if t := s.text(j); t == "," || t == ";" || t == "y" || t == "and" {
			break
		}
		if k := s.entAt[j]; k >= 0 && s.ents[k].ent >= 0 && s.ents[k].actor < 0 {
			return false
		}
	}
	return true
}

// recordsOfKeyword returns the metric whose keyword follows number m's
// noun of records or events ("accidents", "incidents", "causas",
// "alegaciones") after "of", "for", "de" or "por": "1.444 accidentes por
// mordedura animal", "9.000 causas penales por evasión", "43 alegaciones
// de homicidios de líderes sociales". It returns -1 when no keyword stands
// there, or its concept is owned by several metrics.
func (s *sentence) recordsOfKeyword(m *numMention) int {
	if m.headAt < 0 || !s.in(m.headAt, registerNouns) {
		return -1
	}
	j := m.headAt + 1
	if j < len(s.toks) && s.toks[j].kind == tokWord && !s.in(j, recordLinks) && !s.toks[j].upper && s.entAt[j] < 0 {
		j++ // "causas penales por", "reports filed for"
	}
	if !s.in(j, recordLinks) {
		return -1
	}
	j++
	for j < len(s.toks) && s.determinerAt(j) {
		j++
	}
	if j+1 < len(s.toks) && s.entAt[j] < 0 && (s.in(j, genericPeople) || s.in(j, peopleNouns)) {
		j++ // "110.964 registros de personas desaparecidas": the people, then what befell them
	}
	if j >= len(s.toks) {
		return -1
	}
	k := s.entAt[j]
	if k < 0 || s.ents[k].ent < 0 || s.ents[k].actor >= 0 || s.ents[k].irrealis {
		return -1
	}
	return s.termMetric(s.e.ents[s.ents[k].ent])
}

// registerNouns count records or events of a kind another word names,
// complaints of an offence among them ("926 denuncias por agresiones con
// ácido"; not "500 reports of deaths", "129 notificaciones de desalojo": a
// report or a notice is not what it tells of)
var registerNouns = newWordSet("accidents", "incidents", "proceedings", "allegations", "events", "episodes", "accidentes",
	"incidentes", "procesos", "causas", "alegaciones", "eventos", "episodios", "expedientes", "carpetas", "hechos", "sucesos",
	"denuncias", "complaints", "registros", "records")

// recordLinks join a noun of records to what they record.
var recordLinks = newWordSet("of", "for", "over", "de", "del", "por")

// elidedNounAfterAdjective gives a number whose only word is an adjective
// the metric of the coordinated count before it, whose noun that
// adjective's counterpart modifies: "1.063 muertes confirmadas y 1.606
// probables", "1,063 confirmed deaths and 1,606 probable".
func (s *sentence) elidedNounAfterAdjective() {
	for k := 1; k < len(s.nums); k++ {
		m, o := &s.nums[k], &s.nums[k-1]
		if m.trap || m.head != headOther || m.metric >= 0 || m.headAt != m.t1 || o.trap || o.metric < 0 ||
			o.head != headTerm && o.head != headPeople || o.headAt < 0 {
			continue
		}
		switch s.text(m.qStart - 1) {
		case ",", "y", "e", "and", "o", "or":
		default:
			continue
		}
		if n := m.t1 + 1; n < len(s.toks) && s.toks[n].kind != tokPunct && !s.in(n, coordinators) {
			continue // "1.606 personas …": a noun of its own
		}
		adjective := func(i int) bool {
			t := s.toks[i]
			return t.kind == tokWord && !t.upper && s.entAt[i] < 0 && !functionWords.hasToken(&t)
		}
		after := o.headAt == o.t1 && o.headAt+1 < m.qStart-1 && adjective(o.headAt+1)
		before := o.headAt > o.t1 && adjective(o.t1)
		if !after && !before || !s.in(m.t1, statusAdjectives) {
			continue
		}
		m.head, m.metric, m.byKeyword = o.head, o.metric, true
	}
}

// statusAdjectives tell counts of one noun apart by how sure or how grave
// they are: "confirmadas y 1.606 probables".
var statusAdjectives = newWordSet("probable", "probables", "possible", "posibles", "suspected", "sospechosos", "sospechosas",
	"confirmed", "confirmados", "confirmadas", "presumed", "presuntos", "presuntas", "serious", "severe", "graves", "leves",
	"minor", "critical", "críticos", "críticas", "new", "nuevos", "nuevas")

// sentencingVerbs hand down a sentence.
var sentencingVerbs = newWordSet("sentenced", "condemned", "sentences", "condenó", "condenaron", "condena", "condenan",
	"condenado", "sentenció", "sentenciaron", "sentencia", "sentenciado")

// toDeathPhrases say a sentence is death: "to death", "a muerte", "a la
// pena capital".
var toDeathPhrases = phrasesOf(1, "to death", "a muerte", "a la pena de muerte", "a la pena capital", "a pena de muerte",
	"to hang", "a la horca")

// deathSentenceKeywords are the keywords a metric of death sentences is
// known by.
var deathSentenceKeywords = newWordSet("sentenced to death", "condemned to death", "death sentence", "death sentences",
	"condenados a muerte", "condenadas a muerte", "condena a muerte", "condenas a muerte", "pena de muerte",
	"penas de muerte", "pena capital", "sentenciados a muerte", "condenado a muerte", "condenada a muerte")

// sentencedToDeathMetric returns the one metric looked for that a death
// sentence keys ("sentenced to death", "condenados a muerte") when number
// m is whom a verb of sentencing sends to death, the verb before it and
// the death before or after it in its clause: "sentenced 11 Muslims to
// death", "condenó a 13 soldados a muerte", "condenó a muerte a 683
// islamistas". It returns -1 otherwise.
func (s *sentence) sentencedToDeathMetric(m *numMention) int {
	v := -1
	for k := m.qStart - 1; k >= 0 && k >= m.qStart-6; k-- {
		if s.toks[k].kind == tokPunct || s.toks[k].kind == tokDigits {
			break
		}
		if s.in(k, sentencingVerbs) {
			v = k
			break
		}
	}
	if v < 0 {
		return -1
	}
	toDeath := false
	for k := v + 1; k < m.qStart && !toDeath; k++ {
		_, _, toDeath = toDeathPhrases.matchAt(s.toks, k)
	}
	for k := m.t1; k < len(s.toks) && k <= m.t1+6 && !toDeath && s.toks[k].kind != tokPunct && s.toks[k].kind != tokDigits; k++ {
		_, _, toDeath = toDeathPhrases.matchAt(s.toks, k)
	}
	if !toDeath {
		return -1
	}
	return s.onlyMetric(func(mi int) bool { return s.e.metrics[mi].deathSentences })
}
