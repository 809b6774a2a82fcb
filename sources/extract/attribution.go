package extract

import (
	"slices"
	"strings"

	"github.com/gapwatch/gapwatch/tracker"
)

// Attribution: which actor stated a number. An actor is bound to an
// attribution cue ("according to X", "X said", "said X", "X's figure"); a
// source named right after a number ("444 según Foro Penal") or the nearest
// attribution before it governs it, and a negated or disputing verb ("could
// not verify", "cuestionó") leaves it unstated; otherwise the best actor of
// its clause, then of its clause group, wins; a sentence with no actor
// falls back on the sentences before it (see fallbackActor), or on the
// speaker named where its quotation closes.

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
		"said", "dijo", "according", "segun", "by", "por":
		return false
	}
	return true
}

// authorNouns name the people who make a body's count: "its researchers
// concluded", "the analysts found".
var authorNouns = newWordSet("researchers", "analysts", "experts", "investigators", "monitors", "authors",
	"investigadores", "analistas", "expertos", "autores")

// teamNouns name a study's authors as a team: "el equipo calcula que…".
var teamNouns = newWordSet("team", "equipo", "scientists", "científicos")

// cueWordAsNoun reports whether the reporting verb at token q is a noun
// after a possessive and up to two modifiers: "its mid-year report
// shows", "the group's latest count".
func (s *sentence) cueWordAsNoun(q int) bool {
	if s.pluralCueBeforeOf(q) {
		return true
	}
	for j := q - 1; j >= 0 && j >= q-3; j-- {
		if e := s.entAt[j]; e >= 0 {
			if em := s.ents[e]; em.ent >= 0 && em.actor < 0 && em.t1 > q {
				return true // "New asylum claims fell to 1.9 million": a word inside a metric's term
			}
			break
		}
	}
	if !s.in(q, nounCueWords) {
		return false // "the city's mayor said"
	}
	d := s.beforeModifiers(q)
	return d >= 0 && (s.in(d, possessives) || s.text(d) == "'s") // (not "the ministry reported")
}

// beforeModifiers returns the token before the lowercase modifiers (two
// at most; "mid-year" is three tokens) that stand before the noun at
// token i: "its mid-year report", "the group's latest count".
func (s *sentence) beforeModifiers(i int) int {
	d := i - 1
	for n := 0; n < 4 && d > 0 && (s.text(d) == "-" || s.toks[d].kind == tokWord && !s.toks[d].upper && s.entAt[d] < 0 &&
		!s.in(d, possessives) && !definiteAt(s.text(d)) && !s.in(d, functionWords) && !s.in(d, auxiliaries)); n++ {
		d--
	}
	return d
}

// nounCueWords are the reporting verbs that are nouns too: "its report".
var nounCueWords = newWordSet("report", "reports", "count", "counts", "estimate", "estimates", "tally", "tallies",
	"record", "records", "review", "reviews", "survey", "surveys", "update", "updates", "account", "accounts")

// authorReferredTo returns the actor last named, in this sentence or the
// two before, when the subject at token subj refers back to it
// without naming it: "its researchers", "the analysts", "the report",
// "sus investigadores"; else -1.
func (s *sentence) authorReferredTo(subj int) int {
	w := s.text(subj)
	if !authorNouns.has(w) && !reportNouns.has(w) {
		return -1
	}
	// past its modifiers: "its latest annual report", "the group's
	// mid-year report"
	d := s.beforeModifiers(subj)
	p := s.text(d)
	if p == "'s" && d >= 2 && s.in(d-1, organisationNouns) && definiteAt(s.text(d-2)) {
		p = "its" // "the group's report"
	}
	if !possessives.has(p) && !definiteAt(p) || s.actorInClause(s.clause[subj]) {
		return -1
	}
	if reportNouns.has(w) {
		// "El documento contabiliza…": the report named before, whoever
		// was named after it
		return s.reportOwnerOr(s.recentActor(2))
	}
	return s.recentActor(2)
}

// recentActor returns the actor last named (never a reporter), when the
// text named it in this sentence or the n before it; -1 otherwise.
func (s *sentence) recentActor(n int) int {
	if a := s.st.lastActor; a >= 0 && s.st.sent-s.st.actorSent <= n {
		return a
	}
	return -1
}

// recentOrSoleActor returns the actor named at most n sentences back, or
// else the only actor the text has named (its source, paragraphs back),
// or -1.
func (s *sentence) recentOrSoleActor(n int) int {
	if a := s.recentActor(n); a >= 0 {
		return a
	}
	return s.st.soleActor
}

// reportOwnerOr returns the actor whose report the text named in the last
// few sentences ("El documento contabiliza…" after "el último informe de
// la BINUH"), or else a.
func (s *sentence) reportOwnerOr(a int) int {
	if o := s.st.reportOwner; o >= 0 && s.st.sent-s.st.reportSent <= memoryReach {
		return o
	}
	return a
}

// countKeptAt reports whether the cue word at token q is the noun of a
// count that someone keeps: "the provisional count kept by the Aid Worker
// Security Database" (the count, "kept", "by", then its keeper).
func (s *sentence) countKeptAt(q int) bool {
	return s.cueNounAt(q) && s.keptBy(q+3)
}

// keptVerbs are the participles of keeping a count: "the tally kept by",
// "el registro elaborado por".
var keptVerbs = newWordSet("kept", "maintained", "compiled", "run", "collected", "gathered", "published", "updated",
	"elaborado", "elaborada", "mantenido", "mantenida", "llevado", "llevada", "recopilado", "recopilada",
	"realizado", "realizada", "actualizado", "actualizada", "publicado", "publicada")

// keptBy reports whether the actor mention starting at token j follows
// "by"/"por" after a count or a record that it keeps: "the provisional
// count kept by", "a database maintained by", "el conteo realizado por".
func (s *sentence) keptBy(j int) bool {
	if p := s.text(j - 1); p != "by" && p != "por" || !s.in(j-2, keptVerbs) {
		return false
	}
	for k := j - 3; k >= 0 && k >= j-4; k-- {
		if t := s.text(k); genericSubjects.has(t) || figureNouns.has(t) || reportNouns.has(t) || t == "database" || t == "tracker" {
			return true
		}
	}
	return false
}

// figuresShow reports whether actor mention a names whose figures show
// what the clause says: "Home Office figures show", "UN data showed",
// "Interior Ministry statistics suggest".
func (s *sentence) figuresShow(a *entMention) bool {
	j := a.t1
	if !s.in(j, tallyNouns) && !s.in(j, figureNouns) && s.text(j) != "statistics" {
		return false
	}
	return s.in(j+1, showVerbs)
}

// acronymAfterName reports whether mention a, starting at token j, stands
// in brackets right after a capitalised name: "la Confederación General
// del Trabajo (CGT)".
func (s *sentence) acronymAfterName(j int, a *entMention) bool {
	return j > 1 && s.text(j-1) == "(" && s.toks[j-2].kind == tokWord && s.toks[j-2].upper && s.text(a.t1) == ")"
}

// doerPrepositionBefore returns the token of the "by" or "por" that
// introduces a mention starting at token j as the doer, past a hedge
// ("by the army", "an ambush by suspected jihadists", "tendida por
// presuntos yihadistas"), or -1.
func (s *sentence) doerPrepositionBefore(j int) int {
	p := j - 1
	if s.in(p, allegedDoers) {
		p--
	}
	if t := s.text(p); t == "by" || t == "por" {
		return p
	}
	return -1
}

// allegedDoers hedge who did something: "by suspected jihadists", "por
// presuntos yihadistas".
var allegedDoers = newWordSet("suspected", "alleged", "presumed", "presuntos", "presuntas", "supuestos", "supuestas")

// showVerbs say what figures make known: "figures show".
var showVerbs = newWordSet("show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "indicate",
	"indicated", "reveal", "revealed")

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
		j := s.mentionStart(a.t0)
		bracketed := s.acronymAfterName(j, a)
		cueAt := j
		if bracketed {
			cueAt = j - 1 // "según la Confederación General del Trabajo (CGT)": the cue of the name the acronym stands after
		}
		if start, ok := s.prefixCueBefore(cueAt); ok {
			a.cueBound = true
			if s.in(start, byPrefixes) {
				a.byCue = start
			}
			// "El balance de la ONG Foro Penal confirma que …": also the
			// speaker of the verb that follows (not an acronym in brackets)
			a.speaker = !bracketed && s.verbFollows(a)
			continue
		}
		if s.memberNamed(a) || s.describesActorBefore(a) || s.ownerInCount(a) {
			a.member = true
			continue
		}
		if s.parentOfActorBefore(j) {
			a.object = true // "El organismo, dependiente de Sanidad, cifra…": the body before speaks
			continue
		}
		if s.keptBy(j) {
			a.cueBound = true // "the count kept by the Aid Worker Security Database": whose count it is
			continue
		}
		if s.doerPrepositionBefore(j) >= 0 {
			a.agent = true
		} else if p := s.text(j - 1); j > 0 && s.toks[j-1].kind == tokWord && (objectMarkers.has(p) || verbLike(p)) {
			a.object = true
		}
		if t := s.text(a.t1); t == "'s" || t == "'" {
			_, _, figVerb := figureVerbs.matchAt(toks, a.t1+1)
			numberNext := a.t1+1 < n && (toks[a.t1+1].kind == tokDigits || s.isNumberWordToken(a.t1+1))
			if s.in(a.t1+1, possessiveNouns) || s.in(a.t1+2, possessiveNouns) || figVerb || numberNext {
				a.cueBound = true
				continue
			}
		}
		if s.figuresShow(a) {
			// "…, Home Office figures show": the body whose figures they are
			a.cueBound, a.speaker = true, true
			continue
		}
		// "explicó a EFE el gobernador": EFE is told, the governor speaks
		if _, ok := s.addresseeAt(j); ok {
			a.object = true
			continue
		}
		// "…, said Foro Penal", "informó el gobierno", "informó este
		// miércoles la presidenta Claudia Sheinbaum"
		if s.invertedCue(j) || s.invertedCue(s.titleStart(j)) || s.invertedCue(s.titleOfStart(j)) {
			a.cueBound = true
			continue
		}
		// "informó la Dirección General de Epidemiología de la Secretaría
		// de Salud": the body a named unit belongs to speaks through it
		if u := s.unitStartBefore(j); u >= 0 && (s.invertedCue(u) || s.invertedCue(s.titleStart(u))) {
			a.cueBound = true
			continue
		}
		// "The rescue group, formally known as the Syria Civil Defence,
		// said": the actor in apposition to the subject speaks
		if s.appositionSpeaker(a) {
			a.cueBound, a.speaker = true, true
			continue
		}
		// "Foro Penal, a rights group, said"; an actor inside an aside only
		// binds to a verb of the aside.
		inAside := s.aside[a.t0]
		objectEnd := -1
		// "the United Nations Office for the Coordination of Humanitarian
		// Affairs said": the verb after the name the actor's own heads
		start := s.nameGoesOnTo(a)
		for q := start; q < n && s.clause[q] == s.clause[a.t0] && s.cost[q]-s.cost[start] <= cueReach+asideReach(inAside)+objectReach(objectEnd); q++ {
			if inAside != 0 && s.aside[q] != inAside {
				// "Yap Boum, a spokesman for Africa CDC, said": the person
				// whose role the aside gives speaks for the actor
				v := q
				if s.text(v) == "," {
					v++
				}
				if _, _, ok := cueVerbs.matchAt(toks, v); ok && !s.negatedAt(v) {
					if subj := s.subjectOf(v); subj >= a.t0 && subj < a.t1 {
						a.cueBound, a.speaker = true, true
					}
				}
				break
			}
			if inAside == 0 && s.aside[q] != 0 {
				if e := s.entAt[q]; e >= 0 && s.ents[e].actor >= 0 && s.asideHasCue(s.aside[q]) {
					break // "…, the Israel Defense Forces said, adding …": the aside's actor speaks
				}
				continue
			}
			if e := s.entAt[q]; e >= 0 && s.ents[e].actor >= 0 {
				if s.ents[e].actor == a.actor && s.text(q-1) == "(" {
					continue // "Médecins Sans Frontières (MSF) says": its own short name
				}
				if objectEnd < 0 && s.opensSentence(a) && s.verbObject(q) {
					// "The Red Cross accuses the government of hiding the
					// toll and says …": the object of the subject's verb
					objectEnd = s.ents[e].t1
					continue
				}
				break
			}
			if q < objectEnd {
				continue
			}
			if _, _, ok := cueVerbs.matchAt(toks, q); ok {
				if s.speakerAfterCue(q) {
					break // "…, informó la presidenta Claudia Sheinbaum": she speaks
				}
				if objectEnd >= 0 {
					// past an object, only a verb coordinated with the
					// subject's speaks for it: "and says", ", claiming"
					a.cueBound = !s.negatedAt(q) && s.in(q-1, coordinators)
					a.speaker = a.cueBound
					break
				}
				subj := s.subjectOf(q)
				a.cueBound = !s.negatedAt(q) && (subj < 0 || (subj >= a.t0 && subj < a.t1) || s.memberOf(subj, a) ||
					start > a.t1 && subj == start-1)
				a.speaker = a.cueBound
				break
			}
		}
		if objectEnd >= 0 && !a.cueBound {
			// "…accuses the government of hiding the toll and says …": the
			// verb coordinated after the object's clause has the subject's
			for q := objectEnd; q+1 < n && q < objectEnd+12; q++ {
				if s.clause[q] == s.clause[a.t0] {
					continue
				}
				if _, _, ok := cueVerbs.matchAt(toks, q+1); ok && s.in(q, coordinators) && !s.negatedAt(q+1) {
					a.cueBound, a.speaker = true, true
				}
				break
			}
		}
	}
}

// parentOfActorBefore reports whether the actor mention starting at token
// j names what an actor named just before belongs to: "El Instituto de
// Salud Carlos III … El organismo, dependiente de Sanidad, cifra", "the
// institute, part of the Health Ministry, said". The body before is the
// speaker (an unlisted body before lets its parent speak for it).
func (s *sentence) parentOfActorBefore(j int) bool {
	k := j - 1
	if !s.in(k, parentLinks) {
		return false
	}
	k--
	if !s.in(k, parentWords) {
		return false
	}
	k--
	if s.text(k) != "," {
		return false
	}
	for _, o := range s.ents {
		if o.actor >= 0 && o.t1 == k {
			return true
		}
	}
	return false
}

// parentWords and parentLinks say what a body belongs to: "dependiente
// de", "adscrita al", "part of", "attached to".
var (
	parentWords = newWordSet("dependiente", "dependientes", "adscrito", "adscrita", "adscritos", "adscritas",
		"perteneciente", "part", "attached")
	parentLinks = newWordSet("de", "del", "a", "al", "of", "to")
)

// objectReach lets a cue stand farther from its subject once the scan has
// passed the object of the subject's verb.
func objectReach(objectEnd int) int {
	if objectEnd < 0 {
		return 0
	}
	return cueReach
}

// coordinators join a second verb to the subject of the first: "and
// says", "y asegura", ", claiming".
var coordinators = newWordSet("and", "y", "e", ",")

// opensSentence reports whether actor mention a is the subject that opens
// its sentence: nothing but its article before it.
func (s *sentence) opensSentence(a *entMention) bool {
	return s.mentionStart(a.t0) == 0
}

// verbObject reports whether the actor mention starting at token q is the
// object of a verb: a lower-case word that is no preposition stands right
// before it, its article aside ("accuses the government", "acusa al
// Gobierno").
func (s *sentence) verbObject(q int) bool {
	k := s.mentionStart(q) - 1
	if s.text(k) == "al" || s.text(k) == "a" {
		k-- // "acusa al Gobierno", "acusó a la ONG"
		for k >= 0 && s.determinerAt(k) {
			k--
		}
	}
	if k < 0 || s.toks[k].kind != tokWord || s.toks[k].upper {
		return false
	}
	w := s.text(k)
	if functionWords.has(w) && w != "al" && w != "a" {
		return false
	}
	_, _, cue := cueVerbs.matchAt(s.toks, k)
	return !cue && s.entAt[k] < 0
}

// verbFollows reports whether an attribution verb whose subject is actor
// mention a follows it in its clause.
func (s *sentence) verbFollows(a *entMention) bool {
	for q := a.t1; q < len(s.toks) && s.clause[q] == s.clause[a.t0] && s.cost[q]-s.cost[a.t1] <= cueReach; q++ {
		if e := s.entAt[q]; e >= 0 && s.ents[e].actor >= 0 {
			return false
		}
		if _, _, ok := cueVerbs.matchAt(s.toks, q); ok {
			subj := s.subjectOf(q)
			return !s.negatedAt(q) && subj >= a.t0 && subj < a.t1
		}
	}
	return false
}

// prefixCueBefore reports whether "according to", "según" or a similar
// phrase ends just before token j, allowing a few descriptive words in
// between: "according to a tally by Venezuelan rights group Foro Penal".
func (s *sentence) prefixCueBefore(j int) (start int, ok bool) {
	for k, limit := j, j-11; k >= 0 && k >= limit; k-- {
		if _, n, ok := cuePrefixes.matchEndingAt(s.toks, k); ok {
			return k - n, true
		}
		if s.in(k, reportNouns) && k-4 < limit {
			// "according to the annual report on violence against
			// Indigenous peoples released on Monday by CIMI": a report's
			// long title between the cue and its author
			limit = k - 4
		}
		if k > 1 && s.text(k-1) == "," && s.in(k, titleWords) && s.toks[k-2].upper {
			k-- // "según el capitán Javier Gómez, comandante de la Policía": the title after a name
			continue
		}
		if k == 0 || s.toks[k-1].kind != tokWord || s.inActor(k-1) {
			return 0, false
		}
	}
	return 0, false
}

// byCueGoverns reports whether a participle cue ("claimed by X", "anunciado
// por X") starting at token by is about number m: the participle follows
// the number or the noun it counts ("400 releases claimed by the
// government"), not some other noun ("el proceso de liberaciones, anunciado
// por el Gobierno").
func (s *sentence) byCueGoverns(by int, m *numMention) bool {
	end := m.t1
	if m.headAt >= end {
		end = m.headAt + 1
	}
	if by < end || s.cost[by]-s.cost[end] > punctCost+1 {
		return false
	}
	for k := range s.nums {
		if o := &s.nums[k]; o.t0 >= end && o.t1 <= by && !o.trap {
			return false // "116 excarcelaciones contrastó con los 56 verificados por la Cruz Roja": the nearer number's
		}
	}
	return true
}

// asideReach lets the verb after an aside be farther from its subject.
func asideReach(inAside int) int {
	if inAside != 0 {
		return 0
	}
	return cueReach
}

// speakerAfterCue reports whether the reporting verb at q has its
// speaker after it, as an inverted cue: "…, informó este miércoles la
// presidenta Claudia Sheinbaum".
func (s *sentence) speakerAfterCue(q int) bool {
	for _, em := range s.ents {
		if em.actor < 0 || em.t0 <= q || em.t0 > q+8 {
			continue
		}
		j := s.mentionStart(em.t0)
		if s.invertedCue(j) || s.invertedCue(s.titleStart(j)) || s.invertedCue(s.titleOfStart(j)) {
			return true // "…, informó el secretario general de Naciones Unidas"
		}
		if u := s.unitStartBefore(j); u >= 0 && (s.invertedCue(u) || s.invertedCue(s.titleStart(u))) {
			return true // "dijeron a EFE fuentes de Protección Civil"
		}
	}
	return false
}

// titleStart returns where the title before the name at j begins, its
// article included ("la presidenta Claudia Sheinbaum", "the governor"),
// or j when no title stands there.
func (s *sentence) titleStart(j int) int {
	t := j
	for t > 0 && t > j-3 && (s.in(t-1, titleWords) || s.determinerAt(t-1)) {
		t--
	}
	return t
}

// titleOfStart returns where a title of the actor starting at token j
// begins when "de"/"of" joins them ("el secretario general de Naciones
// Unidas", "the spokesperson of the OHCHR"), or j when no title stands
// there.
func (s *sentence) titleOfStart(j int) int {
	k := j
	if k > 0 && s.determinerAt(k-1) {
		k--
	}
	if t := s.text(k - 1); t != "de" && t != "del" && t != "of" {
		return j
	}
	if t := s.titleStart(k - 1); t < k-1 && s.in(k-2, titleWords) {
		return t
	}
	// "el secretario de Salud del gobierno federal": the title's own
	// capitalised complement between
	if c := k - 2; c > 1 && s.toks[c].upper && s.toks[c].kind == tokWord && s.entAt[c] < 0 &&
		(s.text(c-1) == "de" || s.text(c-1) == "of") && s.in(c-2, titleWords) {
		return s.titleStart(c - 1)
	}
	return j
}

// unitStartBefore returns where the name of a unit of the actor starting
// at token j begins ("la Dirección General de Epidemiología de la
// Secretaría de Salud": the first word of "Dirección"), or -1 when no
// capitalised name joined by "de"/"of" stands just before the actor.
func (s *sentence) unitStartBefore(j int) int {
	k := j
	if k > 0 && s.determinerAt(k-1) {
		k--
	}
	if t := s.text(k - 1); t != "de" && t != "del" && t != "of" {
		return -1
	}
	k--
	if s.in(k-1, genericSources) {
		return k - 1 // "dijeron a EFE fuentes de Protección Civil": its sources speak for it
	}
	start := -1
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		t := s.toks[i]
		switch {
		case t.kind == tokWord && t.upper && s.entAt[i] < 0:
			start = i
			continue
		case start >= 0 && (t.text == "de" || t.text == "del" || t.text == "of" || t.text == "y" || t.text == "and"):
			continue
		}
		break
	}
	return start
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
			if p.kind == tokPunct || p.text == "segun" || p.text == "como" || p.text == "as" {
				return !s.negatedAt(start)
			}
			return false
		}
		if t := s.toks[v-1]; t.kind == tokPunct || (s.entAt[v-1] >= 0 && s.ents[s.entAt[v-1]].actor >= 0) {
			if k := s.entAt[v-1]; k >= 0 && v == j {
				// "explicó a EFE el gobernador": past the one told
				a := s.ents[k].t0
				for a > 0 && s.determinerAt(a-1) {
					a--
				}
				if cueEnd, ok := s.addresseeAt(a); ok {
					return s.invertedCue(cueEnd)
				}
			}
			return false
		}
	}
	return false
}

// speaksQuote reports whether actor mention em is the speaker of a
// reporting verb right after a quotation that holds number m: "«… 78
// muertos …, pero …», explicó a EFE el gobernador".
func (s *sentence) speaksQuote(em entMention, m *numMention) bool {
	if em.t0 < m.t1 {
		return false
	}
	closer := -1
	for q := em.t0 - 1; q >= m.t1 && q >= em.t0-8; q-- {
		if isCloserText(s.text(q)) && s.text(q) != ")" && s.text(q) != "]" {
			closer = q
			break
		}
	}
	if closer < 0 {
		return false
	}
	for q := m.t0 - 1; q >= 0; q-- {
		if t := s.text(q); isQuoteText(t) && t != "(" {
			return true
		}
	}
	return false
}

// describesActorBefore reports whether actor mention a stands in an
// apposition that describes the actor named right before it: "UNRWA, the
// main U.N. agency working in the enclave, gave …" (the UN is no second
// source).
func (s *sentence) describesActorBefore(a *entMention) bool {
	start := -1
	for k := a.t0 - 1; k >= 0 && k >= a.t0-6; k-- {
		if s.text(k) == "," {
			start = k + 1
			break
		}
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	if start < 2 || !s.determinerAt(start) {
		return false
	}
	if s.commaAfterWords(a.t1, 8) < 0 {
		return false
	}
	for _, em := range s.ents {
		if em.t1 == start-1 && em.actor >= 0 && em.actor != a.actor {
			return true
		}
	}
	return false
}

// memberNamed reports whether actor mention a names one of the people a
// sentence counts, as the noun of a part ("including 90 police officers")
// or in a list that says so: "…, Nobel laureate Ales Bialiatski and
// journalist Andrzej Poczobut among them", "including opposition leader
// X", "entre ellos Tijanovski".
func (s *sentence) memberNamed(a *entMention) bool {
	for k := range s.nums {
		// the noun of a part: "including 90 police officers", "three of
		// them police officers"
		o := &s.nums[k]
		if !o.trap || o.dropReason != "partial" {
			continue
		}
		ofThem := o.t1+2 == a.t0 && (s.text(o.t1) == "of" || s.text(o.t1) == "de") && s.in(o.t1+1, objectPronouns)
		if o.t1 == a.t0 || ofThem {
			return true
		}
	}
	for q := a.t0 - 1; q >= 0 && q >= a.t0-6; q-- {
		t := s.text(q)
		if s.in(q, memberMarkers) || (t == "ellos" || t == "ellas" || t == "them" || t == "whom") && (s.text(q-1) == "entre" || s.text(q-1) == "among") {
			return true
		}
		if s.toks[q].kind == tokPunct {
			break
		}
	}
	for q := a.t1; q+1 < len(s.toks) && q < a.t1+10; q++ {
		if s.text(q) == "among" && (s.text(q+1) == "them" || s.text(q+1) == "whom") {
			return true
		}
		if s.toks[q].kind == tokPunct {
			break
		}
	}
	return false
}

// confirmingSpeaker returns the actor who, in this sentence, gives or
// confirms the figures of the sentence before that named nobody: a speaker
// bound to a reporting cue in a sentence that states no count of its own
// and refers back to them by a figure noun or a term of their metrics. "At
// least 15 inmates were killed and 14 injured. The SNAI confirmed the
// attack and the number of dead." It returns -1 otherwise.
func (s *sentence) confirmingSpeaker(metrics []int) int {
	for _, m := range s.nums {
		if !m.trap {
			return -1
		}
	}
	refers := false
	for i, t := range s.toks {
		if figureNouns.hasToken(&t) || confirmedNouns.hasToken(&t) {
			refers = true
		}
		if e := s.entAt[i]; e >= 0 && s.ents[e].ent >= 0 {
			ent := s.e.ents[s.ents[e].ent]
			for _, mi := range metrics {
				if containsInt(ent.metrics, mi) || ent.cat.overlaps(s.e.metrics[mi].owns) {
					refers = true
				}
			}
		}
	}
	if s.attributesBack() {
		// "«Ya hemos reconectado a 312.000 usuarios». Así lo afirmó la
		// directora general de la CFE": the one actor the sentence names
		keep := func(em entMention) bool { return !em.member && s.e.actors[em.actor].Role != tracker.Reporter }
		if a := s.onlyActor(keep); a >= 0 {
			return a
		}
		return s.postedSpeaker(keep)
	}
	if !refers {
		return -1
	}
	return s.onlyActor(func(em entMention) bool { return em.cueBound && !em.object && !em.agent || s.figureSource(em) })
}

// attributesBack reports whether the sentence opens by giving the source of
// what the sentence before said: "Así lo afirmó …", "Eso declaró …", "That
// was how … summed up", "The account came from …", "La afirmación la hizo
// …", "Con estas palabras describió …".
//
// It also takes the words themselves as subject or object: "The words
// came from the head of the Red Cross operation", "La declaración
// corresponde al coordinador del SENASA", "The minister made the remarks
// at a memorial", "…, who used those words".
func (s *sentence) attributesBack() bool {
	if _, _, ok := backAttributions.matchAt(s.toks, 0); ok {
		return true
	}
	if s.text(0) == "lo" {
		// "Lo dijo el ministro", "Lo denunció la secretaria general de
		// SATSE": the words before are the object of any verb of saying
		if _, _, ok := cueVerbs.matchAt(s.toks, 1); ok {
			return true
		}
	}
	if definiteAt(s.text(0)) || s.in(0, backDemonstratives) {
		if s.in(1, speechNouns) {
			_, _, ok := speechSourceVerbs.matchAt(s.toks, 2)
			return ok
		}
	}
	for j := 1; j+2 < len(s.toks) && j < 16; j++ {
		if s.in(j, speechMakingVerbs) && (definiteAt(s.text(j+1)) || s.in(j+1, backDemonstratives)) && s.in(j+2, speechNouns) {
			return true // "The Security Minister made the remarks at a memorial"
		}
	}
	return false
}

// speechNouns name what someone said: "the words", "la declaración".
var speechNouns = newWordSet("words", "remark", "remarks", "comment", "comments", "assessment", "account", "warning",
	"statement", "announcement", "claim", "quote", "palabras", "declaración", "declaraciones", "afirmación",
	"afirmaciones", "advertencia", "anuncio", "comentario", "comentarios", "valoración", "frase", "testimonio",
	"promise", "pledge", "promesa", "figure", "cifra")

// speechSourceVerbs after a speech noun name who said it: "the words came
// from", "la declaración corresponde al".
var speechSourceVerbs = phrasesOf(1, "came from", "come from", "was made by", "were made by", "was given by",
	"belonged to", "belongs to", "corresponde a", "corresponde al", "correspondió a", "correspondió al",
	"corresponden a", "corresponden al", "procede de", "procedió de", "vino de", "fue de", "fueron de",
	"es de", "son de", "la hizo", "las hizo", "la pronunció", "las pronunció", "la formuló", "las formuló")

// speechMakingVerbs take the words said as their object: "made the
// remarks", "pronunció esas palabras".
var speechMakingVerbs = newWordSet("made", "gave", "used", "delivered", "offered", "pronunció", "hizo", "formuló",
	"usó", "empleó", "dio", "realizó")

// backAttributions open a sentence that names who said what the sentence
// before quoted.
var backAttributions = phrasesOf(1, "así lo", "asi lo", "eso declaró", "eso dijo", "eso afirmó", "eso explicó",
	"son palabras de", "son palabras del", "fueron palabras de", "fueron palabras del", "it was issued by",
	"it was released by",
	"la afirmación la", "la declaración la", "con estas palabras", "con esas palabras", "that was how",
	"that was the assessment", "the account came from", "the remarks came from", "the comments came from",
	"those were the words", "these were the words", "so said", "the words were those", "the remarks were those",
	"that is how", "this is how", "así describió", "así resumió", "así explicó", "así lo explicó",
	"that was the verdict", "that was the view", "that was the message", "that was the warning",
	"that was the update", "that was the account", "the statement was read by", "the update came from",
	"the figure came from", "the figures came from", "el comunicado fue leído por", "la cifra la dio", "la cifra la ofreció",
	"esas fueron las palabras", "estas fueron las palabras", "esa fue la valoración", "ese fue el mensaje",
	// "…," the spokesman said. "He was speaking on behalf of Aena": who the
	// speaker spoke for
	"he was speaking on behalf of", "she was speaking on behalf of", "he spoke on behalf of", "she spoke on behalf of",
	"hablaba en nombre de", "habló en nombre de")

// figureSource reports whether actor mention em is the source a figure
// noun names: "the latest toll from the Red Cross", "the figure was given
// by the ministry", "la cifra de la Cruz Roja".
func (s *sentence) figureSource(em entMention) bool {
	j := s.mentionStart(em.t0) - 1
	switch s.text(j) {
	case "by", "from", "of", "por", "de", "del":
	default:
		return false
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if s.in(k, figureNouns) {
			return true
		}
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// onlyActor returns the one actor among the sentence's actor mentions that
// keep accepts (never a reporter, nor one of the people counted), or -1
// when there is none or there are several.
func (s *sentence) onlyActor(keep func(em entMention) bool) int {
	found := -1
	for _, em := range s.ents {
		if em.actor < 0 || em.member || s.e.actors[em.actor].Role == tracker.Reporter || !keep(em) {
			continue
		}
		if found >= 0 && found != em.actor {
			return -1
		}
		found = em.actor
	}
	return found
}

// postedSpeaker returns the actor a speaker speaks for when the sentence
// names it with the body where its speaker is posted right after: "el
// delegado de UGT en la EMT" and "the UGT delegate at the EMT" speak for
// UGT. It returns -1 when the sentence names other actors too, or names
// these two otherwise.
func (s *sentence) postedSpeaker(keep func(em entMention) bool) int {
	var first, second *entMention
	for k := range s.ents {
		em := &s.ents[k]
		if em.actor < 0 || em.member || !keep(*em) || first != nil && em.actor == first.actor {
			continue
		}
		switch {
		case first == nil:
			first = em
		case second == nil:
			second = em
		default:
			return -1
		}
	}
	if second == nil {
		return -1
	}
	j := first.t1
	for k := 0; k < 2 && j < second.t0 && s.toks[j].kind == tokWord && !s.toks[j].upper && !s.in(j, postPrepositions); k++ {
		j++ // "the UGT delegate at the EMT": the speaker's post between
	}
	if !s.in(j, postPrepositions) {
		return -1
	}
	for j++; j < second.t0 && s.determinerAt(j); j++ {
	}
	if j != second.t0 {
		return -1
	}
	return first.actor
}

// postPrepositions introduce where someone is posted: "el delegado de UGT
// en la EMT", "the union's representative at the hospital".
var postPrepositions = newWordSet("en", "at")

// genericSourceAt reports whether the words at j name a source by its
// kind, in lower case, that no tracker lists: "local media", "witnesses",
// "medios locales", "fuentes hospitalarias".
func (s *sentence) genericSourceAt(j int) bool {
	if j >= len(s.toks) || s.entAt[j] >= 0 || s.inActor(j) || j > 0 && s.in(j-1, sameWords) {
		return false // (not "la misma fuente": the source named before)
	}
	if s.in(j, genericSources) {
		return true
	}
	return j+1 < len(s.toks) && s.in(j, sourceModifiers) && s.in(j+1, genericSources) && s.entAt[j+1] < 0
}

// genericSources name sources by their kind: the press, witnesses,
// residents, unnamed sources.
var genericSources = newWordSet("media", "medios", "press", "prensa", "witnesses", "testigos", "residents", "vecinos",
	"sources", "fuentes", "fuente", "reports", "informes", "activists", "activistas", "journalists", "periodistas")

// sourceFollowers, right after a generic source that opens a sentence,
// show it is the sentence's subject: its adjective ("fuentes médicas",
// "testigos presenciales") or its verb of saying ("Witnesses said").
var sourceFollowers = newWordSet("médicas", "medicas", "hospitalarias", "sanitarias", "policiales", "oficiales",
	"locales", "presenciales", "militares", "judiciales", "cercanas", "anónimas", "anonimas", "said", "told", "say")

// sourceModifiers may come before a generic source: "local media", "some
// witnesses".
var sourceModifiers = newWordSet("local", "state", "independent", "some", "several", "unnamed", "anonymous",
	"hospital", "medical", "security", "news", "other", "otros", "otras", "algunos", "varios")

// gapBefore returns the actor named right before number m in a clause
// whose verb is left out, after "and", "y" or a comma, and the number of
// the clause before whose verb it repeats: "Data Cívica has registered 30
// killings and the consultancy Integralia 34", "Foro Penal cuenta 56 y el
// Gobierno, 400". It returns -1, -1 otherwise.
func (s *sentence) gapBefore(m *numMention) (actor, prev int) {
	j := m.qStart - 1
	if s.in(j, elidedVerbPrepositions) && s.text(j-1) == "," {
		j-- // "el sindicato cifró en 800.000 …; el Ministerio, en 300.000"
	}
	if s.text(j) == "," {
		j--
	}
	if j < 0 {
		return -1, -1
	}
	k := len(s.ents) - 1 // the mention that ends at j
	for k >= 0 && s.ents[k].t1 != j+1 {
		k--
	}
	if k < 0 {
		return -1, -1
	}
	em := s.ents[k]
	if em.actor < 0 || s.e.actors[em.actor].Role == tracker.Reporter {
		return -1, -1
	}
	// "and the consultancy Integralia", "y el Gobierno": a few words of
	// description between the conjunction and the name
	joined := false
	for k := em.t0 - 1; k >= 0 && k >= em.t0-4; k-- {
		t := s.text(k)
		if t == "and" || t == "y" || t == "e" || t == "," || t == ";" {
			joined = true
			break
		}
		if s.toks[k].kind != tokWord || s.toks[k].upper || verbLike(t) || s.entAt[k] >= 0 {
			break
		}
	}
	if !joined {
		return -1, -1
	}
	// the clause before has a number of its own: the gap repeats its verb
	for i := len(s.nums) - 1; i >= 0; i-- {
		if o := &s.nums[i]; o.t1 <= em.t0 && !o.trap && o.t0 >= em.t0-12 {
			return em.actor, i
		}
	}
	return -1, -1
}

// mentionStart returns where the actor mention starting at t0 begins with
// the institution noun that describes it and their articles: "la ONG
// Foro Penal" begins at "la".
func (s *sentence) mentionStart(t0 int) int {
	return s.skipDeterminersBack(s.descriptorStart(t0))
}

// descriptorStart returns where the words that describe the actor named
// at token t0 begin: "la ONG Iran Human Rights", "la organización opositora
// Hengaw", "the rights group Foro Penal" begin at the article. It returns
// t0 when no institution noun stands right before the name.
func (s *sentence) descriptorStart(t0 int) int {
	for k := t0 - 1; k >= 0 && k >= t0-4; k-- {
		t := s.toks[k]
		if t.kind != tokWord || t.upper && !institutionNouns.hasToken(&t) && !organisationNouns.hasToken(&t) {
			return t0
		}
		if s.determinerAt(k) {
			for q := k + 1; q < t0; q++ {
				if s.in(q, institutionNouns) || s.in(q, organisationNouns) {
					return k + 1
				}
			}
			return t0
		}
	}
	return t0
}

// unlistedAcronymAfter reports whether the subject after a reporting verb
// ending before token j is an organisation named by an acronym the
// tracker does not list: "denunció este miércoles la ONG saudí ALQST".
func (s *sentence) unlistedAcronymAfter(j int) bool {
	for k := j; k < len(s.toks) && k < j+7; k++ {
		t := s.toks[k]
		if t.kind != tokWord || s.entAt[k] >= 0 {
			return false
		}
		if t.caps && len(t.text) >= 3 {
			return true
		}
		if t.upper && !institutionNouns.hasToken(&t) && !organisationNouns.hasToken(&t) {
			return false
		}
	}
	return false
}

// officialFigures returns the government the text is about, when words
// in [j, end) call the figures official ("según cifras oficiales") and the
// tracker names that government; it marks the attribution inferred, for a
// moderator to confirm. It returns -1 otherwise.
func (s *sentence) officialFigures(j, end int) int {
	if !s.officialAfter(j, end) {
		return -1
	}
	g := s.officialGovernment()
	if g < 0 && s.e.anyGovernment >= 0 {
		// "según las cifras oficiales" for a tracker whose only
		// government names no country: whichever government the text is
		// about
		g = s.e.anyGovernment
	}
	if g >= 0 {
		s.inferred = true
	}
	return g
}

// officialAfter reports whether the words from token j to the first comma
// (or token end) call a source official: "cifras oficiales", "the
// official tally" (not "aid officials").
func (s *sentence) officialAfter(j, end int) bool {
	for k := j; k < end && k < j+5 && s.text(k) != ","; k++ {
		if s.in(k, governmentOfficialWords) && !s.in(k-1, otherOfficials) && !s.in(k+1, otherOfficials) {
			return true
		}
	}
	return false
}

// relativeBefore returns the relative pronoun that opens the clause of
// the verb at token q ("que a esa misma fecha contabilizaba"), or subj
// when none stands between the verb's subject and it.
func (s *sentence) relativeBefore(q, subj int) int {
	for k := q - 1; k >= 0 && k >= q-6; k-- {
		switch s.text(k) {
		case "que", "quien", "quienes", "which", "who":
			return k
		case ",", ";":
			return subj
		}
	}
	return subj
}

// nameSpanBefore returns the first and last tokens of the person's name
// that ends right before token end (see nameBefore), its hyphenated first
// names included ("Samuel-Roger Kamba"), or -1, -1.
func (s *sentence) nameSpanBefore(end int) (start, last int) {
	last = s.nameBefore(end)
	if last < 0 {
		return -1, -1
	}
	start = last
	for start > 0 && s.nameWord(start-1) {
		start--
	}
	for start > 1 && s.text(start-1) == "-" && s.nameWord(start-2) {
		start -= 2 // "Samuel-Roger"
		for start > 0 && s.nameWord(start-1) {
			start--
		}
	}
	return start, last
}

// actorBeforeApposedName returns the last token of the actor mention
// whose holder's name stands in apposition before the comma at token j
// ("el ministro de Salud congoleño, Samuel-Roger Kamba,"), an adjective
// between them, or -1.
func (s *sentence) actorBeforeApposedName(j int) int {
	if s.text(j) != "," {
		return -1
	}
	start, _ := s.nameSpanBefore(j)
	if start < 0 {
		return -1
	}
	a := start - 2
	if s.text(start-1) != "," || a < 0 {
		return -1
	}
	if !s.inActor(a) && a >= 1 && s.lowerWord(a) && !s.in(a, functionWords) && s.inActor(a-1) {
		a-- // "congoleño"
	}
	if !s.inActor(a) {
		return -1
	}
	return a
}

// relativeAntecedent returns the actor a relative pronoun at token k
// stands for, when an actor is named right before it ("el Ministerio de
// Salud (Minsa), que …", "Foro Penal, which …"), or -1.
func (s *sentence) relativeAntecedent(k int) int {
	switch s.text(k) {
	case "que", "quien", "quienes", "which", "who":
	default:
		return -1
	}
	j := k - 1
	if j >= 0 && s.text(j) == "," {
		j--
	}
	if j >= 0 && s.text(j) == ")" { // "(Minsa)"
		open := j
		for open >= 0 && s.text(open) != "(" {
			open--
		}
		if open < 0 {
			return -1
		}
		// the name before the brackets, else the acronym in them, or both
		// as one mention
		for _, em := range s.ents {
			if em.actor >= 0 && !em.member && (em.t1 == open || em.t0 > open && em.t1 <= j || em.t0 < open && em.t1 == j) {
				return em.actor
			}
		}
		return -1
	}
	for _, em := range s.ents {
		if em.actor >= 0 && em.t1 == j+1 && !em.member {
			return em.actor
		}
	}
	return -1
}

// addresseeAt reports whether the actor starting at token j (its
// determiners included) is the one a reporting verb is said to, in
// Spanish "explicó a EFE", "dijo a la prensa", in English "told AFP",
// "told the WHO", and returns the end of that verb (its "a" in Spanish).
func (s *sentence) addresseeAt(j int) (cueEnd int, ok bool) {
	if q := j - 1; !s.es && q > 0 {
		// "an army spokesman told AFP": the agency is told
		if s.text(q) == "the" {
			q--
		}
		if t := s.text(q); t == "told" || t == "tells" || t == "telling" {
			return q + 1, true
		}
		return 0, false
	}
	p := j - 1 // the "a" of "dijo a la prensa", "explicó a EFE"
	if t := s.text(p); t != "a" && t != "al" || p < 1 {
		return 0, false
	}
	if _, _, ok := cueVerbs.matchEndingAt(s.toks, p); !ok {
		return 0, false
	}
	return p, true
}

// negatedAt reports whether the cue at token q is negated: "could not
// verify", "no confirmó".
func (s *sentence) negatedAt(q int) bool {
	for k := q - 1; k >= 0 && k >= q-3; k-- {
		if s.in(k, negations) || strings.HasSuffix(s.text(k), "n't") {
			return true
		}
		if s.toks[k].kind == tokPunct {
			return false
		}
	}
	return false
}

// actorFor returns the actor who stated number m: the best actor of its
// clause, else of its sentence, preferring actors bound to an attribution
// cue and nearer ones; a reporter is a source only for its own tally
// (reporterCounts). With no actor in the sentence, the previous
// sentence's actor is used (fallback).
func (s *sentence) actorFor(m *numMention) (actor int, fallback, ok bool) {
	s.vetoed = false
	if p := s.listedCountBefore(m); p != nil && s.clause[p.t0] != s.clause[m.t0] {
		// "una fuente de seguridad maliense habló de seis soldados
		// muertos y 19 heridos": a list split into clauses at "y" has
		// the source of its first count
		return s.actorFor(p)
	}
	c := s.clause[m.t0]
	best, bestScore, bestBound, bestAgent := -1, noDistance, false, false
	bestAttacker := false // the best is who attacked: "an ambush by suspected jihadists"
	reporter, named := false, false
	dateline := -1 // the agency of a wire dateline the sentence opens with
	official := s.officialSource(c)
	switch a := s.relativeSource(m); {
	case a >= 0:
		return a, false, true // "los 325 que registra la CIDH", "the 144 deaths the military had reported"
	case a == unlistedSource:
		s.vetoed = true // "los 594 que documentan las organizaciones locales"
		return -1, false, false
	}
	s.inferred = false
	if a := s.citedSource(); a >= 0 {
		return a, false, true // "…, Human Rights Watch said, citing estimates by the Road Freight Association": the figures' own source
	}
	if a := s.registerOf(m); a >= 0 {
		return a, false, true // "328 people had been reported to the UN Mine Action Service": its register
	}
	if a, _ := s.gapBefore(m); a >= 0 {
		return a, false, true // "Data Cívica has registered 30 killings and the consultancy Integralia 34"
	}
	if a, decided := s.governingActor(m); decided {
		if a < 0 {
			// "La junta cifró en 3.408 los heridos, según el boletín de la
			// televisión estatal": the configured speaker of the clause
			// still states it, for a moderator to confirm
			if sp := s.clauseSpeaker(c, m); sp >= 0 && !s.clauseNegated(c) {
				return sp, true, true
			}
			// "Ucrania elevó a 19.540 el número de niños deportados …,
			// según el defensor del Pueblo ucraniano": the source the
			// clause ends on gives what its subject did
			if a := s.clauseFinalSource(c, m); a >= 0 && !s.clauseNegated(c) {
				return a, false, true
			}
			if a := s.domainOfficials(c); a >= 0 && !s.clauseNegated(c) {
				// "health officials said": the health ministry listed
				return a, true, true
			}
			if a := s.countryVoice(m); a >= 0 {
				// "Bolivia ha confirmado siete casos …, informó el
				// viceministro … del Ministerio de Salud": the country
				// speaks through the body the sentence names
				return a, false, true
			}
			if a := s.organisationSpeakerBefore(c, m.t0); a >= 0 {
				return a, true, true // "La organización humanitaria confirmó 22 muertos"
			}
			if a := s.sameSourceCited(); a >= 0 && !s.clauseNegated(c) {
				// "…el IG ha contabilizado 1.386 réplicas, añadió la misma
				// fuente": the source named before, whatever the subject
				s.inferred = true
				return a, true, true
			}
			if a := s.pronounSubjectActor(); a >= 0 && s.opensWithSubjectOf(m) {
				s.inferred = true
				return a, true, true // "…held a briefing. Officials there said 74 people had died"
			}
			s.vetoed = true
			return -1, false, false
		}
		return a, s.inferred, true
	}
	if a := s.sentenceFinalSource(); a >= 0 {
		// "El número de muertos por la rotura de la presa de la minera
		// Vale llegó a 157, mientras que otras 182 personas siguen
		// desaparecidas, según el último balance de la Defensa Civil":
		// the source the whole sentence ends on
		return a, false, true
	}
	if a := s.complementSpeaker(c); a >= 0 {
		// "Camboya sostiene que siete civiles han muerto y que hay 20
		// heridos": the second "que" goes on with the same verb's speaker
		return a, false, true
	}
	if a := s.organisationSpeaker(c); a >= 0 {
		// "Earlier the group had put at 350 the number of … released,
		// when the government launched the effort": the organisation
		// last named speaks, not an actor the sentence merely mentions
		return a, true, true
	}
	if a := s.elidedSubjectSpeaker(c); a >= 0 {
		// "La junta elevó a 1.644 los muertos, y cifró en 3.408 los
		// heridos, según la televisión estatal": the same speaker
		return a, false, true
	}
	for _, em := range s.ents {
		if em.actor < 0 {
			continue
		}
		if official && s.clause[em.t0] != c {
			continue // the clause names its own, unconfigured, source
		}
		if s.disputesAfter(em) {
			continue // "a figure … which Qatar's government has flatly rejected": not its source
		}
		if s.e.actors[em.actor].Role == tracker.Reporter {
			reporter = true
			if s.datelineAt(em) {
				dateline = em.actor
			}
			if !s.reporterCounts(em) {
				continue // a dateline, "told Reuters": media relay others' figures
			}
		}
		if em.member {
			continue // one of those counted, not who counts them
		}
		if s.targetOf(em) {
			continue // "las protestas contra el Gobierno de Daniel Ortega": its target, not its source
		}
		if s.countryAsPlace(em) {
			continue // "En Camboya, unas 20.000 personas fueron evacuadas": where, not who says
		}
		if s.group[em.t0] == s.group[m.t0] {
			named = true // an actor across "pero", "while" speaks for the other clause
		}
		score := s.dist(em.t0, em.t1, m.t0, m.t1)
		bound := em.cueBound
		if bound && em.byCue >= 0 && !s.byCueGoverns(em.byCue, m) {
			// "…, anunciado por el Gobierno" after another noun: the doer
			// of what that noun names, not the source of the number
			bound = false
			score += agentCost
		}
		if bound {
			score -= cueBonus
		}
		if em.agent {
			score += agentCost
		}
		if em.object && !em.cueBound {
			score += objectCost
		}
		if s.clause[em.t0] != c {
			// across "while", "pero": another party's statement, unless the
			// actor reports both ("Foro Penal informó que …, mientras que
			// 777 siguen detenidos")
			if s.group[em.t0] != s.group[m.t0] && !(em.speaker && em.t0 < m.t0 && !s.groupHasActor(s.group[m.t0])) &&
				!(em.cueBound && s.speaksQuote(em, m)) && !(s.opensAsSource(em) && !s.groupHasActor(s.group[m.t0])) {
				continue
			}
			score += otherClauseCost + cueBonus
		}
		if score < bestScore {
			best, bestScore, bestBound, bestAgent = em.actor, score, bound, em.agent && s.eventBeforeAgent(em)
			bestAttacker = (em.agent || em.byCue >= 0 && !bound) && s.attackBeforeAgent(em)
		}
	}
	if best >= 0 {
		if !bestBound && s.doerOfCount(best, m) {
			// "Police officers … killed 1,365 people in 2024, according to
			// Mapping Police Violence": the source a cue binds, not the
			// doer
			for _, em := range s.ents {
				if em.actor >= 0 && em.actor != best && em.cueBound && s.e.actors[em.actor].Role != tracker.Reporter {
					return em.actor, false, true
				}
			}
			if s.unlistedSourceAfter(m) {
				// "Police killed 6,252 people in 2023, according to the
				// Brazilian Forum on Public Security": a named source the
				// tracker does not list counts what the actor did
				s.vetoed = true
				return -1, false, false
			}
		}
		if bestAttacker && !bestBound && !s.saysWhoSays() {
			// "51 soldiers were killed in an ambush by suspected
			// jihadists": who attacked, and nobody states the toll
			return -1, false, false
		}
		if bestAgent && !bestBound && s.cueOfAnother(best) {
			// "air strikes by US-led coalition warplanes killed 56
			// civilians, a monitoring group said": who did it is not who
			// counts it
			s.vetoed = true
			return -1, false, false
		}
		if !bestBound && s.sourceByKindAfter(m) {
			// "At least four people died in a stampede at the league
			// final, according to rescuers": the source is named by its
			// kind, and the actor only by where it happened
			s.vetoed = true
			return -1, false, false
		}
		if !bestBound && s.otherSubjectCueBut(c, best) {
			// "The government released 24 Colombians, the Colombian
			// foreign ministry said": someone else is the source
			s.vetoed = true
			return -1, false, false
		}
		return best, false, true
	}
	if official && !reporter && !named && s.governmentWordIn(c) {
		// "the official death toll of 56", "officials said": the
		// government, when the tracker names one for this text
		if g := s.officialGovernment(); g >= 0 {
			return g, true, true
		}
		if g := s.e.anyGovernment; g >= 0 && s.officialFigureIn(c) {
			return g, true, true // "according to official figures" for a tracker's "Government" of no country
		}
	}
	if (official || s.fieldMinistryIn(c)) && !reporter && !named {
		if a := s.domainOfficials(c); a >= 0 {
			return a, true, true // "according to health authorities", "informó la cartera sanitaria"
		}
	}
	if dateline >= 0 && !named && !official && !s.unknownSource() && !s.otherSubjectCueBut(c, -1) && !s.cueAfterNumber(m) &&
		!s.namesNonReporter() {
		// "PORT SUDAN (Reuters) - Cholera deaths have risen to 1,013":
		// nobody else states what the agency's lead gives, for a
		// moderator to confirm
		return dateline, true, true
	}
	if a := s.sameSourceCited(); a >= 0 && !named {
		// "…, de acuerdo con la misma oficina" a paragraph after OCHA was
		// named; "according to the same official"
		s.inferred = true
		return a, true, true
	}
	if a := s.headOfficials(c); a >= 0 && (!named || s.onlyActor(func(entMention) bool { return true }) == a) {
		// "the figure had dropped to six, army officials said": the
		// officials of the body the text named by that noun
		return a, true, true
	}
	if reporter || named || official || s.unknownSource() {
		s.vetoed = true
		return -1, false, false
	}
	if a := s.st.announced; a >= 0 && s.st.sent-s.st.announcedSent == 1 && !s.quoteGoesOn && !s.saysWhoSays() {
		// "Panama's migration service released updated figures on
		// Monday. So far this year, 333,000 migrants have crossed": the
		// count it announced, for a moderator to confirm
		s.inferred = true
		return a, true, true
	}
	if a := s.pronounSubjectActor(); a >= 0 && !named {
		// "The Colombian Navy coordinated the search. By the afternoon,
		// its crews had brought 19 survivors to shore": the actor of the
		// sentence before did it, and tells it
		s.inferred = true
		return a, true, true
	}
	fb := s.fallbackActor()
	if fb >= 0 && !s.quoteGoesOn && !s.reportsFigure() && !s.shareOfThem(m) && s.subjectPeopleTerm(m) < 0 && !s.opensOnOthers(m) &&
		!s.countByCopula() && !(fb == s.st.prevActor && s.st.prevSaid && s.opensOnPassiveEvent(m)) {
		// "Militants also seized around 250 hostages.": narration, not a
		// statement of the source named before (but "Las personas
		// detenidas fueron 1.161" states a count)
		fb = -1
	}
	if s.quoteGoesOn {
		// the speaker of a quotation may be named when it closes
		s.pendingFallback = fb
		return pendingActor, true, true
	}
	if fb >= 0 {
		return fb, true, true
	}
	// "Las personas detenidas o investigadas fueron 1.161" paragraphs
	// after the lead named the ministry and nobody else: a count the text
	// states as fact comes from its only source, for a moderator to
	// confirm
	if a := s.st.soleActor; a >= 0 && !s.quoteGoesOn && s.subjectPeopleTerm(m) >= 0 {
		return a, true, true
	}
	// no cue and nothing before, but the sentence names one actor (not
	// bound to another number's cue): the likely source, for a moderator
	// to confirm
	if a, ok := s.soleActor(); ok && !s.otherSubjectCueBut(c, -1) && !s.cueAfterNumber(m) {
		return a, true, true
	}
	return -1, false, false
}

// opensOnPassiveEvent reports whether number m opens its sentence as the
// subject of a passive whose participle is a term: "Eight soldiers were
// wounded.", "Otros 12 resultaron heridos." after a sentence that gave its
// source's figures: the same account goes on.
func (s *sentence) opensOnPassiveEvent(m *numMention) bool {
	if m.qStart > 1 || m.qStart == 1 && !s.in(0, incrementWords) {
		return false
	}
	j := m.t1
	for n := 0; n < 2 && j < len(s.toks) && s.toks[j].kind == tokWord && (s.entAt[j] < 0 || s.ents[s.entAt[j]].actor < 0) &&
		!s.in(j, passiveAuxiliaries) && !s.in(j, auxiliaries) && !s.toks[j].upper && !verbLike(s.text(j)) && !participleLike(s.text(j)); n++ {
		j++ // "soldiers", "more people", "others"
	}
	if !s.in(j, passiveAuxiliaries) && s.text(j) != "resultaron" && s.text(j) != "quedaron" {
		return false
	}
	k := s.entAt[j+1]
	return k >= 0 && s.ents[k].ent >= 0 && s.ents[k].actor < 0 && len(s.e.ents[s.ents[k].ent].metrics) > 0
}

// countByCopula reports whether a number of the sentence follows a plural
// copula and comes before the term it counts, with its article: "Ya son
// 263 los muertos por hambre", "eran 40 las personas detenidas". The
// sentence states a count, as "suman 263" does, not a narrated event.
func (s *sentence) countByCopula() bool {
	for k := range s.nums {
		if s.copulaBeforeTerm(&s.nums[k]) {
			return true
		}
	}
	return false
}

// copulaBeforeTerm reports whether number m follows a plural copula and
// comes before the term it counts, with its article (see countByCopula).
func (s *sentence) copulaBeforeTerm(m *numMention) bool {
	if !s.es || !s.in(m.qStart-1, pluralCopulas) || !s.determinerAt(m.t1) {
		return false
	}
	// a term of an event ("los muertos", "las excarcelaciones"), a
	// metric's own, or people
	return s.eventTermAt(m.t1+1) || s.metricTermAt(m.t1+1) || s.in(m.t1+1, peopleNouns)
}

// doerOfCount reports whether a mention of actor a is the subject of the
// verb whose object number m is: "Police killed 6,252 people", "la
// policía mató a 6.252 personas", "Police have detained more than 200".
func (s *sentence) doerOfCount(a int, m *numMention) bool {
	for _, em := range s.ents {
		if em.actor == a && em.t1 < m.qStart && m.qStart-em.t1 <= 5 && s.onlyVerbBetween(em.t1, m.qStart) {
			return true
		}
	}
	return false
}

// onlyVerbBetween reports whether tokens [from, to) hold one verb (or a
// term of a metric), with nothing else but auxiliaries, adverbs of the
// predicate and, after a Spanish verb, its personal "a": "killed", "have
// detained", "mató a".
func (s *sentence) onlyVerbBetween(from, to int) bool {
	verb := false
	for k := from; k < to; k++ {
		t := s.toks[k]
		switch {
		case s.in(k, auxiliaries), s.in(k, predicateAdverbs), s.es && t.text == "a" && verb:
		case t.kind == tokWord && (t.preterite || verbLike(t.text) || s.metricTermAt(k)) && !verb:
			verb = true
		default:
			return false
		}
	}
	return verb
}

// unlistedSourceAfter reports whether a source cue after number m names
// a body the tracker does not list: "…, according to the Brazilian Forum
// on Public Security", "…, según el Foro Brasileño de Seguridad Pública".
func (s *sentence) unlistedSourceAfter(m *numMention) bool {
	for q := m.t1; q < len(s.toks); q++ {
		_, n, ok := cuePrefixes.matchAt(s.toks, q)
		if !ok {
			continue
		}
		j := q + n
		for j < len(s.toks) && s.determinerAt(j) {
			if possessives.has(s.text(j)) {
				return false // "según datos de su Conselleria": the doer's own department
			}
			j++
		}
		if j < len(s.toks) && s.toks[j].kind == tokWord && s.toks[j].upper && s.entAt[j] < 0 && !s.inActor(j) &&
			!pronouns.hasToken(&s.toks[j]) {
			return true
		}
	}
	return false
}

// sourceByKindAfter reports whether a strong cue after number m ("según",
// "according to") names its source by a kind of people or a generic
// source that no listed actor is: "according to rescuers", "según los
// socorristas", "según testigos".
func (s *sentence) sourceByKindAfter(m *numMention) bool {
	for q := m.t1; q < len(s.toks); q++ {
		_, n, ok := cuePrefixes.matchAt(s.toks, q)
		if !ok || !strongCuePrefixes.has(s.joined(q, q+n)) {
			continue
		}
		j := q + n
		for j < len(s.toks) && s.determinerAt(j) {
			j++
		}
		if s.in(j, sourceModifiers) {
			j++
		}
		return j < len(s.toks) && s.entAt[j] < 0 && !s.inActor(j) && (s.genericSourceAt(j) || s.in(j, peopleNouns))
	}
	return false
}

// namesNonReporter reports whether the sentence names a listed actor
// that is no news agency: "MEXICO CITY (AP) — Nicaragua revoked the
// citizenship of 94 …" tells of that actor's act, which the agency does
// not count.
func (s *sentence) namesNonReporter() bool {
	for _, em := range s.ents {
		if em.actor >= 0 && s.e.actors[em.actor].Role != tracker.Reporter {
			return true
		}
	}
	// a country whose claimant the tracker lists, as the subject of the
	// act ("Nicaragua revoked…"), not a place ("in Nicaragua")
	for i := range s.toks {
		if n, ok := s.upperCountryAt(i); ok && n > 0 && !s.in(i-1, placePrepositions) && (i == 0 || s.text(i-1) != ",") {
			if v := s.verbAfterSubject(i + n); len(s.e.placeActors[placeKey(s.text(i))]) > 0 && v >= i+n && v < len(s.toks) &&
				(s.toks[v].preterite || verbLike(s.text(v))) {
				return true
			}
		}
	}
	return false
}

// opensAsSource reports whether actor mention em is the source that
// opens the sentence, "According to WHO," or "Según la OMS,": it is the
// source of every clause after it ("…, while 202 deaths were reported in
// 2011") that names no other.
func (s *sentence) opensAsSource(em entMention) bool {
	if em.actor < 0 || s.text(em.t1) != "," {
		return false
	}
	start := s.mentionStart(em.t0)
	if t := s.titleOfStart(start); t < start {
		start = t // "Según el jefe de la OMS,"
	} else {
		start = s.titleStart(start) // "According to WHO chief Tedros,"
	}
	_, n, ok := cuePrefixes.matchEndingAt(s.toks, start)
	return ok && start-n == 0
}

// openingSourceOf returns the actor the sentence opens on as its source
// ("According to WHO,", "Según la OMS,") in clause c, when that clause
// names no other listed actor but one that did the counting ("Según la
// ONS, la policía registró 40.147 delitos"); -1 otherwise.
func (s *sentence) openingSourceOf(c int) int {
	for _, em := range s.ents {
		if !s.opensAsSource(em) {
			continue
		}
		if s.clause[em.t0] != c {
			return -1 // ("…; la cartera de Interior rebajó la asistencia a unos 90.000": another clause's own)
		}
		for _, o := range s.ents {
			if o.actor >= 0 && o.actor != em.actor && s.clause[o.t0] == c && s.e.actors[o.actor].Role != tracker.Reporter &&
				!s.agentOfAct(o) {
				return -1
			}
		}
		return em.actor
	}
	return -1
}

// finalSpeakerOver returns the listed actor, other than a, whom a verb of
// saying binds at the end of the sentence after number m ("…, the Office
// for National Statistics (ONS) said"), when the cue at q of n words that
// a is the subject of only counts: "Police recorded 46,265 offences …,
// the ONS said" is the ONS's figure. It returns -1 otherwise.
func (s *sentence) finalSpeakerOver(a, q, n int, m *numMention) int {
	if !countingVerbs.has(s.joined(q, q+n)) {
		return -1
	}
	for k := len(s.ents) - 1; k >= 0 && s.ents[k].t0 > m.t1; k-- {
		em := s.ents[k]
		if em.actor < 0 {
			continue
		}
		j := em.t1 // the verb after the name
		if s.text(j) == "(" && s.text(j+2) == ")" {
			j += 3 // "Office for National Statistics (ONS) said"
		} else if s.text(j) == ")" && s.text(em.t0-1) == "(" && k > 0 && s.ents[k-1].actor == em.actor {
			j++
			em = s.ents[k-1] // the name the bracketed alias follows
		}
		if em.actor == a || s.text(s.mentionStart(em.t0)-1) != "," {
			return -1
		}
		if _, vn, ok := cueVerbs.matchAt(s.toks, j); ok && !countingVerbs.has(s.joined(j, j+vn)) && !s.negatedAt(j) {
			return em.actor
		}
		return -1
	}
	return -1
}

// agentOfAct reports whether actor mention em is the subject of a verb
// that is no verb of saying, or of one of counting: "la policía registró
// 40.147 delitos", "the ministry recorded 900 deaths" did the counting,
// which the source the sentence opens on states.
func (s *sentence) agentOfAct(em entMention) bool {
	j := em.t1
	if j >= len(s.toks) || s.toks[j].kind != tokWord || s.toks[j].upper {
		return false
	}
	if _, n, ok := cueVerbs.matchAt(s.toks, j); ok {
		return countingVerbs.has(s.joined(j, j+n)) // (recording is counting: "registró", "recorded")
	}
	return s.toks[j].preterite || verbLike(s.text(j))
}

// opensOnOthers reports whether number m opens its sentence after
// "otros", "otras", "another" or "a further" and counts another kind than
// the figures of the sentence before: the sentence goes on with that
// statement ("…elevó a 209 el número de fallecidos. Otras 97 personas
// siguen desaparecidas"). More of the same kind are often set apart
// ("Another 47 deaths remain under investigation").
func (s *sentence) opensOnOthers(m *numMention) bool {
	j := m.t0 - 1
	if j >= 1 && s.text(j) == "further" && s.text(j-1) == "a" {
		j--
	}
	if j != 0 && !(j == 1 && isQuoteText(s.text(0))) {
		return false
	}
	switch s.text(j) {
	case "otros", "otras", "another":
	case "a":
		if s.text(j+1) != "further" {
			return false // (Spanish "A 97 personas se les negó…")
		}
	default:
		return false
	}
	if m.metric < 0 || len(s.st.prevLinked) == 0 {
		return false
	}
	for _, mi := range s.st.prevLinked {
		if mi == m.metric {
			return false
		}
	}
	return true
}

// sentenceFinalSource returns the listed actor that "según X", "according
// to X" names at the very end of a sentence with no other verb of saying
// and no other actor bound to a cue: the source of all its figures, across
// "mientras que", "while". It returns -1 otherwise.
func (s *sentence) sentenceFinalSource() int {
	if s.finalSource == 0 {
		s.finalSource = s.findSentenceFinalSource() + 2
	}
	return s.finalSource - 2
}

// findSentenceFinalSource computes sentenceFinalSource.
func (s *sentence) findSentenceFinalSource() int {
	end := len(s.toks)
	for end > 0 && s.toks[end-1].kind == tokPunct {
		end--
	}
	// "…, informó este miércoles la ministra de Salud, Mekdes Daba.": a
	// speaker's name in apposition may close the sentence
	// (or its acronym in brackets: "…, informó la Organización
	// Internacional para las Migraciones (OIM).")
	closing := -1 // the verb of "…, the CDC said in a report released Thursday."
	mentionEnd := func(em entMention) bool {
		if v := s.closingCueAfter(em, end); v >= 0 {
			closing = v
			return true
		}
		return em.t1 == end || s.text(em.t1) == "," && s.nameFrom(em.t1+1) == end-1 ||
			s.text(em.t1) == "(" && em.t1+2 == end && s.text(end) == ")"
	}
	found := -1
	for _, em := range s.ents {
		if em.actor < 0 || !em.cueBound {
			continue
		}
		if !mentionEnd(em) || found >= 0 && found != em.actor {
			return -1 // another source bound to a cue
		}
		found = em.actor
	}
	if found < 0 {
		return -1
	}
	start := -1
	for _, em := range s.ents {
		if em.actor == found && mentionEnd(em) {
			start = s.mentionStart(em.t0)
		}
	}
	prefix := false
	for q := max(start-8, 0); q < start; q++ {
		if id, n, ok := cuePrefixes.matchAt(s.toks, q); ok && id == cuePrefix && strongCuePrefixes.has(s.joined(q, q+n)) {
			prefix = true
		}
	}
	verbAt := -1 // the inverted verb of saying right before the speaker: "…, informó este miércoles la ministra"
	if closing >= 0 && !prefix {
		verbAt, prefix = closing, true
	}
	if !prefix {
		for _, j := range []int{start, s.titleStart(start), s.titleOfStart(start)} {
			if s.invertedCue(j) {
				for v := j - 1; v >= 0 && v >= j-4; v-- {
					if _, _, ok := cueVerbs.matchAt(s.toks, v); ok {
						verbAt = v
						break
					}
				}
			}
		}
		if verbAt < 0 {
			return -1
		}
	}
	for q := 0; q < start; q++ {
		if _, _, ok := cueVerbs.matchAt(s.toks, q); ok && q != verbAt && !(closing >= 0 && s.in(q-1, passiveAuxiliaries)) {
			// (but "62,000 cases were reported …, the CDC said": no one
			// speaks in the passive)
			return -1 // "Foro Penal dijo que …, según la ONU": the verb's subject speaks
		}
	}
	return found
}

// closingCueAfter returns the verb of saying right after actor mention
// em when the two close the sentence after a comma, with only words (no
// number, no punctuation) after the verb up to end: "…, the Centers for
// Disease Control and Prevention said in a report released Thursday". It
// returns -1 otherwise.
func (s *sentence) closingCueAfter(em entMention, end int) int {
	start := s.mentionStart(em.t0)
	j := start - 1
	for j >= 0 && s.determinerAt(j) {
		j--
	}
	if j < 0 || s.text(j) != "," {
		return -1
	}
	_, n, ok := cueVerbs.matchAt(s.toks, em.t1)
	if !ok {
		return -1
	}
	for k := em.t1 + n; k < end; k++ {
		if s.toks[k].kind != tokWord {
			return -1
		}
	}
	return em.t1
}

// complementSpeaker returns the speaker of the clause before clause c when
// c opens with "y que", "and that": a second complement of the same verb
// of saying ("Camboya sostiene que siete civiles han muerto y que hay 20
// heridos"). It returns -1 otherwise.
func (s *sentence) complementSpeaker(c int) int {
	start := -1
	for i := range s.toks {
		if s.clause[i] == c {
			start = i
			break
		}
	}
	if start < 1 || !s.in(start, coordinators) || s.text(start+1) != "que" && s.text(start+1) != "that" {
		return -1
	}
	speaker := -1
	for _, em := range s.ents {
		if em.actor >= 0 && em.speaker && em.t0 < start && s.clause[em.t0] == c-1 {
			speaker = em.actor
		}
	}
	return speaker
}

// opensWithSubjectOf reports whether the sentence's first verb of saying
// comes before number m: its opening subject speaks of m.
func (s *sentence) opensWithSubjectOf(m *numMention) bool {
	for q := 0; q < m.t0; q++ {
		if _, _, ok := cueVerbs.matchAt(s.toks, q); ok {
			return true
		}
	}
	return false
}

// pronounSubjectActor returns the actor of the sentence before when this
// sentence's subject refers to it by a pronoun or a possessive ("They had
// recovered nine bodies", "its crews had brought 19 survivors to shore",
// "Sus brigadas restablecieron…"), past an opening adverbial that ends in
// a comma. It returns -1 otherwise.
func (s *sentence) pronounSubjectActor() int {
	a := s.st.prevActor
	if a < 0 || s.st.sent-s.st.actorSent > 1 || s.e.actors[a].Role == tracker.Reporter {
		return -1
	}
	j := 0
	// (a sentence that opens on its subject, "Its crew rescued 214
	// people, including 22 women", has no adverbial before it)
	if !s.in(0, referringSubjects) && !s.forceMembersAt(0) {
		for k := 0; k < len(s.toks) && k < 8; k++ {
			if s.text(k) == "," {
				j = k + 1 // "By the afternoon, its crews …"
				break
			}
			if k > 0 && k <= 3 && s.in(0, openingPrepositions) && (s.text(k) == "its" || s.text(k) == "their") {
				j = k // "By noon its crews had treated 34": a short opening phrase without its comma
				break
			}
		}
	}
	if s.forceMembersAt(j) && s.e.aliasesNameField(a, forceStems) {
		return a // "La Guardia Civil … En esos seis meses, los agentes recuperaron a 56 personas fallecidas"
	}
	switch s.text(j) {
	case "officials", "staff", "funcionarios":
		if w := s.text(j + 1); w == "there" || w == "alli" {
			return a // "Officials there said 74 people had died"
		}
	case "they", "it":
		if w := s.text(j + 1); w == "is" || w == "was" || w == "has" || w == "had" && s.text(j+2) == "been" {
			return -1 // "It is the largest group to be freed since 2015": no doer
		}
		return a
	case "its", "their", "sus", "su":
		k := j + 1
		if s.countStartsAt(k) {
			k++ // "Its 62 trucks unloaded 1,320 tonnes"
		}
		if k < len(s.toks) && s.toks[k].kind == tokWord && !s.toks[k].upper {
			return a
		}
	}
	return -1
}

// forceMembersAt reports whether the members of a force open a subject at
// token j, with or without the article: "los agentes", "Officers", "the
// agents".
func (s *sentence) forceMembersAt(j int) bool {
	if s.determinerAt(j) {
		j++
	}
	return s.in(j, forceMembers)
}

// forceMembers are the members of a police, customs or armed force, who
// act for the body the text named: "los agentes", "officers".
var forceMembers = newWordSet("agentes", "agents", "officers", "efectivos", "uniformados", "troopers")

// forceStems begin the words that name a police, customs, border or armed
// force in an actor's name or aliases (see aliasesNameField; folded, so
// "ejerc" for "Ejército").
var forceStems = []string{"polic", "guard", "custo", "aduan", "borde", "genda", "carab", "marsh", "algua", "immig",
	"naval", "navy", "armad", "coast", "coste", "ejerc", "army", "milit", "patro", "sheri", "troop"}

// referringSubjects open a sentence whose subject refers to the actor of
// the one before (pronounSubjectActor).
var referringSubjects = newWordSet("officials", "staff", "funcionarios", "they", "it", "its", "their", "sus", "su")

// openingPrepositions open a short time phrase before a sentence's subject.
var openingPrepositions = newWordSet("by", "on", "in", "at", "since", "until", "after", "before", "during", "overnight")

// saysWhoSays reports whether the sentence has a verb of saying or
// finding of its own ("…, journalists found"): its source is its own.
func (s *sentence) saysWhoSays() bool {
	for q := range s.toks {
		if _, _, ok := cueVerbs.matchAt(s.toks, q); (ok || s.in(q, findingVerbs)) && !s.cueNounAt(q) {
			return true
		}
	}
	return false
}

// datelineAt reports whether actor mention em is the agency the text's
// wire dateline gives in brackets (extractState.dateline), in the first
// sentence: "PORT SUDAN, Sept 15 (Reuters) -".
func (s *sentence) datelineAt(em entMention) bool {
	if s.st.sent != 1 || em.actor < 0 || em.actor != s.st.dateline || s.text(em.t1) != ")" {
		return false
	}
	// the bracket opens before the alias, or inside the mention when the
	// place before it was read as the name the alias abbreviates
	// ("LEWISTON (Reuters)")
	for k := em.t1 - 1; k >= em.t0-1 && k >= 0; k-- {
		if s.text(k) == "(" {
			return true
		}
	}
	return false
}

// fallbackActor returns the actor of a sentence that names none, from the
// sentences before it, or -1.
func (s *sentence) fallbackActor() int {
	// "The group said…", "De acuerdo con la ONG, …": the organisation last
	// named, even a paragraph back, rather than a previous speaker who is
	// not one
	if conf := s.st.lastConf; conf >= 0 && s.st.sent-s.st.confSent <= memoryReach && (s.genericOrganisation() || s.impersonalCount()) &&
		(s.st.prevActor < 0 || s.e.actors[s.st.prevActor].Role != tracker.Confirmer) {
		return conf
	}
	if s.st.prevActor >= 0 {
		return s.st.prevActor
	}
	// "Desde que empezó la pausa, añadió, los milicianos han dejado en
	// libertad a 110 personas": a reporting verb with no subject, set
	// between commas, goes on with the last speaker
	if a := s.recentActor(2); a >= 0 && s.bareCueAside() {
		return a
	}
	// "…, the researchers estimated.", "…, the analysis found": the
	// authors of the count, or their report, named a few sentences back
	if a := s.recentOrSoleActor(3); a >= 0 && s.authorCueAside() {
		return s.reportOwnerOr(a)
	}
	// "Su último recuento eleva a más de 2.166…": its count, of the actor
	// last named
	if a := s.recentOrSoleActor(2); a >= 0 && s.possessiveReport() {
		return s.reportOwnerOr(a)
	}
	// "Se indica que … la cifra total de excarcelaciones ascendería a
	// 1.896": the statement last spoken of
	if a := s.recentOrSoleActor(memoryReach); a >= 0 && s.impersonalReport() {
		return a
	}
	// "Our lawyers verified 444 releases" in a statement: its author,
	// named in its heading or its first paragraphs
	if a := s.st.lastActor; a >= 0 && s.st.sent-s.st.actorSent <= authorReach && s.firstPerson() {
		return a
	}
	// «… ante nuestra organización», reza el mensaje: the organisation
	// last named speaks, even quoted
	if conf := s.st.lastConf; conf >= 0 && s.st.sent-s.st.confSent <= memoryReach && s.ourOrganisation() {
		return conf
	}
	return -1
}

// ourOrganisation reports whether the sentence names its speaker as "our
// organisation".
func (s *sentence) ourOrganisation() bool {
	for i := range s.toks {
		if _, _, ok := ourOrganisation.matchAt(s.toks, i); ok {
			return true
		}
	}
	return false
}

// quoteSpeaker returns the actor named after the closing quotation mark of
// the sentence with an attribution verb ("…», dijo en X el director del
// Foro Penal, Alfredo Romero"), or -1.
func (s *sentence) quoteSpeaker() int {
	closing := -1
	for i, t := range s.toks {
		if t.text == "»" || t.text == "”" || t.text == "\"" {
			closing = i
		}
	}
	if closing < 0 {
		return -1
	}
	verb := false
	for q := closing + 1; q < len(s.toks); q++ {
		if _, _, ok := cueVerbs.matchAt(s.toks, q); ok && !s.negatedAt(q) {
			verb = true
		}
		if e := s.entAt[q]; e >= 0 && s.ents[e].actor >= 0 {
			if a := s.ents[e].actor; s.e.actors[a].Role != tracker.Reporter {
				if verb || s.verbAfter(s.ents[e].t1) || s.titleThenCue(s.ents[e].t1) {
					return a
				}
				return -1
			}
		}
	}
	return -1
}

// titleThenCue reports whether a possessive and a title of a few words
// follow an actor ending at token j, then a verb of saying: "…,” the
// DFFE’s chief director for biodiversity told a committee".
func (s *sentence) titleThenCue(j int) bool {
	if t := s.text(j); t != "'s" && t != "’s" {
		return false
	}
	for q := j + 1; q < len(s.toks) && q <= j+6; q++ {
		if s.toks[q].kind != tokWord {
			return false
		}
		if _, _, ok := cueVerbs.matchAt(s.toks, q); ok {
			return q > j+1 && !s.negatedAt(q)
		}
	}
	return false
}

// genericOrganisation reports whether the sentence refers to an
// organisation without naming it: "the group", "la ONG", "la
// organización", "the rights group".
func (s *sentence) genericOrganisation() bool {
	for i, t := range s.toks {
		if !organisationNouns.hasToken(&t) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if definiteAt(s.text(k)) || s.text(k) == "this" || s.text(k) == "esta" || s.text(k) == "dicha" {
				return true
			}
			if s.toks[k].kind != tokWord {
				break
			}
		}
	}
	return false
}

// impersonalReport reports whether the sentence reports without a
// subject: "Se indica que…", "se informó que…".
func (s *sentence) impersonalReport() bool {
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].text == "se" && s.in(i+1, impersonalReportVerbs) {
			return true
		}
	}
	return false
}

// impersonalCount reports whether the sentence counts without a subject:
// "Se documentaron 459 excarcelaciones", "se han verificado 144". In a
// report's summary the counter is the organisation last named.
func (s *sentence) impersonalCount() bool {
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].text != "se" {
			continue
		}
		j := i + 1
		if s.text(j) == "han" || s.text(j) == "habian" || s.text(j) == "ha" {
			j++
		}
		if s.in(j, impersonalCountVerbs) {
			return true
		}
	}
	return false
}

// firstPerson reports whether the sentence speaks in the first person
// plural: "our lawyers", "hemos documentado", "según nuestros registros".
func (s *sentence) firstPerson() bool {
	found := false
	for _, t := range s.toks {
		if isQuoteText(t.text) || isCloserText(t.text) && t.text != ")" {
			return false // someone quoted, not the author
		}
		if firstPersonWords.hasToken(&t) {
			found = true
		}
	}
	return found
}

// unknownSource reports whether the sentence attributes what it says to a
// named source that is not a configured actor ("Delcy Rodríguez said",
// "according to Human Rights Watch"): then the previous sentence's actor
// is not the source.
// agentAfter returns the token of the "by"/"por" that follows token i
// within a few words, before any punctuation, or -1: the verb before is a
// participle and its agent the source ("the Coca Crop Monitoring Report
// released on Friday by Devida").
func (s *sentence) agentAfter(i int) int {
	for k := i; k < len(s.toks) && k < i+4; k++ {
		switch s.text(k) {
		case "by", "por":
			return k
		case ",", ".", ";":
			return -1
		}
	}
	return -1
}

// agentIsActor reports whether the agent phrase after token i (agentAfter)
// ends in an actor's mention before the clause goes on: "by the National
// Commission for Development and Life without Drugs (Devida)".
func (s *sentence) agentIsActor(i int) bool {
	k := s.agentAfter(i)
	if k < 0 {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+12; j++ {
		if s.inActor(j) {
			return true
		}
		if t := s.toks[j]; t.kind == tokPunct && t.text != "(" && t.text != "'s" {
			return false
		}
		if _, _, ok := cueVerbs.matchAt(s.toks, j); ok {
			return false
		}
	}
	return false
}

// unknownSource reports whether the sentence names a source the tracker
// does not list: an unlisted name after "according to", "según", a
// source named by its kind ("hospital sources said", "Fuentes médicas …
// elevaban el balance"), an unlisted body's possessive or acronym. Its
// figures then have no actor carried from elsewhere.
func (s *sentence) unknownSource() bool {
	j := 0
	for j < len(s.toks) && s.determinerAt(j) {
		j++
	}
	if s.genericSourceAt(j) && j+1 < len(s.toks) && (s.in(j+1, genericSources) || s.in(j+1, sourceFollowers)) {
		return true // "Fuentes médicas citadas por la prensa local elevaban el balance a 15 muertos"
	}
	for q := range s.toks {
		if _, n, ok := cuePrefixes.matchAt(s.toks, q); ok {
			j := q + n
			for j < len(s.toks) && s.determinerAt(j) {
				j++
			}
			if j < len(s.toks) && s.toks[j].kind == tokWord && s.toks[j].upper && s.entAt[j] < 0 && !s.inActor(j) && !pronouns.hasToken(&s.toks[j]) {
				return true // (not "published by the Guardian", an alias with its article)
			}
			if s.genericSourceAt(j) {
				return true // "according to hospital sources", "según testigos"
			}

			// "según un informe divulgado por la Asociación Nicaragüense …"
			if j < len(s.toks) && s.in(j, reportNouns) && s.in(j+1, keptVerbs) && (s.text(j+2) == "por" || s.text(j+2) == "by") {
				k := j + 3
				for k < len(s.toks) && s.determinerAt(k) {
					k++
				}
				if k < len(s.toks) && s.toks[k].kind == tokWord && s.toks[k].upper && s.entAt[k] < 0 && !s.inActor(k) {
					return true
				}
			}
			continue
		}
		if s.unlistedPossessor(q) {
			return true // "The World Health Organization's latest toll": an unlisted body's figure
		}
		_, n, ok := cueVerbs.matchAt(s.toks, q)
		if !ok || s.inCountryName(q) {
			continue // (not "the United States")
		}
		if s.unlistedAcronymAfter(q + n) {
			return true // "…, denunció este miércoles la ONG saudí ALQST"
		}
		if q == 0 {
			continue
		}
		if s.sourceByKindAtCue(q, n) {
			return true // "…, dijeron fuentes hospitalarias", "…, hospital sources said"
		}
		if s.unlistedApposedSpeaker(q) {
			return true // "Un residente de Granma, Yoandris Montoya, asegura que…"
		}
		p := s.toks[q-1]
		if p.kind == tokWord && p.upper && s.entAt[q-1] < 0 && !pronouns.has(p.text) && !(q-1 == 0 && s.determinerAt(q-1)) &&
			!(q-1 == 0 && stateInstitutionNouns.has(p.text)) && // "Officials said", "Authorities said": no name
			!s.namedAfterActor(q-1) && s.agentAfter(q+n) < 0 && !s.placeOfSpeakerBefore(q) {
			return true
		}
	}
	return false
}

// placeOfSpeakerBefore reports whether the capitalised words before the
// reporting verb at token q are a place after "in"/"en", where the speaker
// is posted: "Its representative in Mexico said", "su portavoz en Santa
// Cruz dijo", "Police in Nigeria's restive southern Niger Delta said"
// (not a name of someone unlisted). The place may hold a country's
// possessive and a few lower-case adjectives; the word before "in" is a
// lower-case noun or a listed actor's name.
func (s *sentence) placeOfSpeakerBefore(q int) bool {
	j := s.placeBeforeCue(q)
	if j < 0 {
		return false
	}
	return s.actorEndingAt(j) >= 0 || !s.toks[j-1].upper
}

// placeBeforeCue returns the index of the "in"/"en" that opens the place
// right before the reporting verb at token q (see placeOfSpeakerBefore),
// with a word before it, or -1.
func (s *sentence) placeBeforeCue(q int) int {
	j := q - 1
	for j > 0 && j >= q-3 && s.capitalisedWordAt(j) {
		j--
	}
	if j == q-1 {
		return -1
	}
	adjectives := 0
	for j > 0 && adjectives < 3 && s.toks[j].kind == tokWord && !s.toks[j].upper && !functionWords.hasToken(&s.toks[j]) &&
		!verbLike(s.text(j)) && !s.toks[j].preterite {
		j, adjectives = j-1, adjectives+1
	}
	if t := s.text(j); (t == "'s" || t == "’s") && s.capitalisedWordAt(j-1) {
		j -= 2 // "Nigeria's restive southern Niger Delta"
		for j > 0 && s.capitalisedWordAt(j) {
			j--
		}
	} else if adjectives > 0 {
		return -1
	}
	if j <= 0 || !s.in(j, inPlacePrepositions) || s.toks[j-1].kind != tokWord {
		return -1
	}
	return j
}

// actorEndingAt returns the actor whose mention ends right before token
// j, or -1.
func (s *sentence) actorEndingAt(j int) int {
	for _, em := range s.ents {
		if em.actor >= 0 && em.t1 == j {
			return em.actor
		}
	}
	return -1
}

// unlistedApposedSpeaker reports whether the reporting verb at token q
// follows a name set between commas after a description that names no
// listed actor: "Un residente de la provincia de Granma, Yoandris Montoya,
// asegura que…", "La compañía, Mayfield Consumer Products, sostuvo". The
// text has not introduced that person for an actor.
func (s *sentence) unlistedApposedSpeaker(q int) bool {
	if q < 4 || s.text(q-1) != "," {
		return false
	}
	start, last := s.nameSpanBefore(q - 1)
	if start < 0 {
		return false
	}
	if _, known := s.personAt(last); known || start < 2 || s.text(start-1) != "," {
		return false
	}
	for k := 0; k < start-1; k++ {
		if s.entAt[k] >= 0 && s.ents[s.entAt[k]].actor >= 0 {
			return false // ("el director de Foro Penal, Alfredo Romero, dijo": its own)
		}
		if s.in(k, titleWords) && s.text(k+1) != "de" && s.text(k+1) != "del" && s.text(k+1) != "of" {
			// "El primer ministro, Binali Yildirim, afirmó", "Su director
			// médico, Heraldo Donnewald, informó": an office of a body the
			// text has named (but "el portavoz de los equipos de rescate")
			return false
		}
	}
	return true
}

// sourceByKindAtCue reports whether a source named only by its kind is the
// subject of the reporting verb of n tokens at q: right before it ("…,
// hospital sources said", "…, witnesses said") or, when the verb follows
// punctuation, right after it past an article ("…, dijeron fuentes
// hospitalarias", "…, precisó una fuente hospitalaria").
func (s *sentence) sourceByKindAtCue(q, n int) bool {
	if s.genericSourceAt(q - 1) {
		return true
	}
	if s.toks[q-1].kind != tokPunct {
		return false
	}
	j := q + n
	for j < len(s.toks) && (s.determinerAt(j) || s.in(j, indefiniteArticles)) {
		j++
	}
	return s.genericSourceAt(j)
}

// unlistedPossessor reports whether token q is the "'s" of a name in
// capitals that no tracker lists and whose figure follows: "The World
// Health Organization's latest toll", "Human Rights Watch's count".
func (s *sentence) unlistedPossessor(q int) bool {
	if t := s.text(q); t != "'s" && t != "'" || q == 0 {
		return false
	}
	p := s.toks[q-1]
	if p.kind != tokWord || !p.upper || s.inActor(q-1) || s.entAt[q-1] >= 0 || countryWord(p.text) {
		return false // (not "Mexico's figures": a country's, which its government states)
	}
	// a name of two capitalised words or more, or an acronym ("the
	// Organization's count" refers back)
	if !p.caps && (q < 2 || !s.toks[q-2].upper || s.toks[q-2].kind != tokWord || s.determinerAt(q-2)) {
		return false
	}
	j := q + 1
	for j < len(s.toks) && j <= q+3 && (s.in(j, reportAdjectives) || s.toks[j].kind == tokWord && !s.in(j, possessiveNouns) && !s.in(j, figureNouns) && j == q+1 && !s.toks[j].upper) {
		j++
	}
	return s.in(j, possessiveNouns) || s.in(j, figureNouns)
}

// eventBeforeAgent reports whether the "by"/"por" before agent mention a
// follows an event or a count's term: "air strikes by the coalition",
// "killed by", "asesinados por" (not "the figure given by").
func (s *sentence) eventBeforeAgent(a entMention) bool {
	j := s.mentionStart(a.t0)
	for k := j - 2; k >= 0 && k >= j-3; k-- {
		if s.in(k, attackNouns) {
			return true
		}
		if e := s.entAt[k]; e >= 0 && s.ents[e].ent >= 0 && s.ents[e].actor < 0 {
			ent := s.e.ents[s.ents[e].ent]
			return !ent.cat.empty() || len(ent.metrics) > 0
		}
	}
	return false
}

// attackBeforeAgent reports whether the doer mention a ("by X", "por X")
// follows an attack it names, a hedge or a participle between: "an
// ambush by suspected jihadists", "una emboscada tendida por presuntos
// yihadistas".
func (s *sentence) attackBeforeAgent(a entMention) bool {
	by := s.doerPrepositionBefore(s.mentionStart(a.t0))
	if by < 0 {
		return false
	}
	k := by - 1
	if k >= 1 && participleLike(s.text(k)) {
		k--
	}
	return k >= 0 && s.in(k, attackNouns)
}

// cueOfAnother reports whether a reporting verb of the sentence, not
// negated, has a subject other than actor ai, or none it names: "…, a
// monitoring group said".
func (s *sentence) cueOfAnother(ai int) bool {
	for q := 1; q < len(s.toks); q++ {
		if _, _, ok := cueVerbs.matchAt(s.toks, q); !ok || s.negatedAt(q) || s.in(q-1, passiveAuxiliaries) {
			continue
		}
		if k := s.subjectOf(q); k < 0 || s.actorAt(k) != ai {
			return true
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

// otherSubjectCueBut reports whether an attribution verb in clause c (or
// in a clause of its group) has a subject that is not a configured actor:
// "the Colombian foreign ministry said", "rights groups say". Bare
// officials ("officials said") are no other subject when agent, the state
// body the clause names as the doer, is one: "South African police
// detained more than 30 people, officials said" is the police's count.
func (s *sentence) otherSubjectCueBut(c, agent int) bool {
	state := agent >= 0 && (s.e.stateBodies[agent] || s.e.governments[agent])
	for q := 1; q < len(s.toks); q++ {
		if s.group[q] != s.group[s.firstOfClause(c)] {
			continue
		}
		_, n, ok := cueVerbs.matchAt(s.toks, q)
		if !ok || s.negatedAt(q) || s.in(q-1, passiveAuxiliaries) || s.cueNounAt(q) {
			continue // (not "ten more victims were added": what was counted; nor "their latest joint estimates")
		}
		if s.text(q-1) == "'s" || s.text(q-2) == "'s" {
			continue // "the agency's (annual) report": a noun after a possessive
		}
		if s.withParticipleAt(q) {
			continue // "With 91% of tally sheets counted, …": how far the count went, no one's statement
		}
		if n == 1 && (s.determinerAt(q-1) || s.in(q-1, placePrepositions)) && s.toks[min(q+1, len(s.toks)-1)].kind == tokWord &&
			!s.in(q+1, functionWords) {
			continue // "in reported road collisions": a participle before its noun, no one's statement
		}
		if by := s.text(q + n); (by == "by" || by == "por") && (s.inActor(q+n+1) || s.determinerAt(q+n+1) && s.inActor(q+n+2)) {
			continue // "an investigation published by the Guardian": its agent is named
		}
		if s.agentIsActor(q + n) {
			continue // "the Coca Crop Monitoring Report released on Friday by … (Devida)": a participle, its agent the actor
		}
		if k := s.subjectOf(q); k >= 0 && !s.inActor(k) && !s.namedAfterActor(k) && s.jointActor(k) < 0 && !s.titleOfActorBefore(k) &&
			s.describedActorOf(k) < 0 && s.headOfficialAt(k) < 0 && !s.reportAuthoredBack(k) && !(state && s.plainOfficials(k)) &&
			!s.actorModifies(k) {
			return true
		}
	}
	return false
}

// actorModifies reports whether an actor's name stands before the subject
// noun at token k, with at most two words in lower case between, as its
// modifier: "the OAS electoral mission said" is the OAS's mission.
func (s *sentence) actorModifies(k int) bool {
	j := k - 1
	for j >= 0 && j >= k-2 && s.toks[j].kind == tokWord && !s.toks[j].upper && !s.in(j, functionWords) {
		j--
	}
	return j >= 0 && s.toks[j].upper && s.inActor(j)
}

// reportAuthoredBack reports whether subject k, a common noun after its
// article, is the author of a report the sentence cites in a relative
// clause ("según el informe que las autoridades del país publicaron",
// "según el informe de cumplimiento que la aplicación difundió"): a
// description that refers back to the actor the sentence named, not
// another source.
func (s *sentence) reportAuthoredBack(k int) bool {
	if k < 2 || s.toks[k].upper || s.toks[k].kind != tokWord {
		return false
	}
	// back over the subject's words ("las autoridades del país") to the
	// relative pronoun
	rel := -1
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if t := s.text(j); t == "que" || t == "that" || t == "which" {
			rel = j
			break
		}
		if s.toks[j].kind != tokWord || s.toks[j].upper {
			return false
		}
	}
	if rel < 0 || !s.determinerAt(rel+1) {
		return false
	}
	for j := rel - 1; j >= 0 && j >= rel-4; j-- {
		if s.in(j, reportNouns) || s.in(j, figureNouns) {
			return true
		}
		if s.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// withParticipleAt reports whether the verb at token q is the participle
// of an absolute phrase opened by "with" or "con" a few words before it:
// "With 91% of tally sheets counted", "con el 95 % de las actas
// escrutadas".
func (s *sentence) withParticipleAt(q int) bool {
	if !verbLike(s.text(q)) {
		return false
	}
	for j := q - 1; j >= 0 && j >= q-8; j-- {
		switch t := s.text(j); {
		case t == "with" || t == "con":
			return j+1 < q
		case s.toks[j].kind == tokPunct && t != "%":
			return false
		}
	}
	return false
}

// genericOrganisationAt reports whether token k is a Spanish adjective
// after a definite organisation noun that names no actor: "la
// organización estudiantil", "la ONG humanitaria". Such a subject refers
// back, as the noun alone does.
func (s *sentence) genericOrganisationAt(k int) bool {
	return s.es && k >= 2 && s.in(k-1, organisationNouns) && !s.inActor(k-1) && definiteAt(s.text(k-2)) &&
		!s.in(k, organisationNouns) && s.postnominalAdjective(k)
}

// describedActorOf returns the actor named right before subject word k, a
// few lower-case words between, when k is a noun of that actor's own name:
// "the RACE motoring club said" is the Real Automóvil Club's statement.
// It returns -1 otherwise.
func (s *sentence) describedActorOf(k int) int {
	w := s.text(k)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if e := s.entAt[j]; e >= 0 {
			if em := s.ents[e]; em.actor >= 0 && em.t1 <= k && s.e.aliasWords[em.actor][w] {
				return em.actor
			}
			return -1
		}
		if !s.lowerWord(j) || s.in(j, functionWords) {
			return -1
		}
	}
	return -1
}

// headOfficials returns the actor whose kind of body a noun before
// "officials" or "spokesman" names, in clause c, when the text has named
// that actor and no other of the kind: "army officials said", "an army
// spokesman told AFP". It returns -1 otherwise.
func (s *sentence) headOfficials(c int) int {
	for i := 1; i < len(s.toks); i++ {
		if s.clause[i] == c {
			if a := s.headOfficialAt(i); a >= 0 {
				return a
			}
		}
	}
	return -1
}

// headOfficialAt is headOfficials for the official noun at token i.
func (s *sentence) headOfficialAt(i int) int {
	if i < 1 || !s.in(i, officialNouns) || s.toks[i-1].upper || s.entAt[i-1] >= 0 {
		return -1
	}
	found := -1
	for _, ai := range s.e.heads[s.text(i-1)] {
		if s.st.lastNamed[ai] > 0 && s.e.actors[ai].Role != tracker.Reporter {
			if found >= 0 {
				return -1
			}
			found = ai
		}
	}
	return found
}

// officialNouns are the people who speak for a body: "army officials",
// "a police spokesman".
var officialNouns = newWordSet("officials", "official", "spokesman", "spokeswoman", "spokesperson", "sources", "source")

// livesClaimed reports whether the words from token j, after a verb such
// as "claimed", count lives ("27 lives", "at least 27 lives", "the lives
// of 27"): the verb names deaths, it states nothing.
func (s *sentence) livesClaimed(j int) bool {
	if s.text(j) == "the" && (s.text(j+1) == "lives" || s.text(j+1) == "life") {
		return true
	}
	for k := j; k < len(s.toks) && k <= j+4; k++ {
		if w := s.text(k); w == "lives" || w == "life" {
			return k > j
		}
		if s.toks[k].kind == tokPunct || verbLike(s.text(k)) {
			return false
		}
	}
	return false
}

// titleOfActorBefore reports whether subject word k ends the complement of
// a title that an actor names: "the MSF doctor in charge of the measles
// unit", "the head of PAHO's malaria programme". Such a person speaks for
// the actor; the complement's noun is no other source.
func (s *sentence) titleOfActorBefore(k int) bool {
	for j := k - 1; j >= 1 && j >= k-7; j-- {
		t := s.toks[j]
		if t.kind != tokWord && t.text != "'s" {
			return false
		}
		if !titleWords.hasToken(&t) && !doctorWords.hasToken(&t) {
			continue
		}
		if !s.in(j+1, titleComplementStarts) {
			return false
		}
		if e := s.entAt[j-1]; e >= 0 && s.ents[e].actor >= 0 && s.ents[e].t1 == j {
			return true // "the MSF doctor in charge of the measles unit"
		}
		for i := j + 1; i <= k; i++ {
			if e := s.entAt[i]; e >= 0 && s.ents[e].actor >= 0 {
				return true // "the head of PAHO's malaria programme"
			}
		}
		return false
	}
	return false
}

// possessedTitleOf returns the actor whose possessive opens the title
// before the name that ends at subject k ("DOC's Golden Bay conservation
// services manager Andrew Lamason", "UNICEF's regional director Catherine
// Russell"), or -1.
func (s *sentence) possessedTitleOf(k int) int {
	j := k
	for s.capitalisedWordAt(j) && s.entAt[j] < 0 {
		j-- // the name
	}
	if j == k {
		return -1
	}
	title := false
	for n := 0; j >= 1 && n < 6; j, n = j-1, n+1 {
		if s.text(j) == "'s" {
			if !title {
				return -1 // "DOC's friend Andrew Lamason": no official
			}
			// the actor's mention ends at the possessive: "DOC's",
			// "the World Health Organization's"
			for i := j - 1; i >= 0 && i >= j-4; i-- {
				if e := s.entAt[i]; e >= 0 && s.ents[e].actor >= 0 && s.ents[e].t1 == j {
					return s.ents[e].actor
				}
			}
			return -1
		}
		if s.toks[j].kind != tokWord {
			return -1
		}
		if s.in(j, titleWords) {
			title = true
		}
	}
	return -1
}

// titleComplementStarts open the complement after a title: "in charge of",
// "of", "at", "for".
var titleComplementStarts = newWordSet("in", "of", "at", "for", "de", "del", "en")

// doctorWords name a physician, who may speak for the body employing them.
var doctorWords = newWordSet("doctor", "physician", "médico", "médica")

// jointActor returns the configured actor named just before the
// capitalised name ending at token i and joined to it by "and"/"y", the
// two the subject of one verb ("Mediazona y Meduza estimaron …" is
// Mediazona's statement too), or -1.
func (s *sentence) jointActor(i int) int {
	k := i
	for k >= 0 && s.toks[k].kind == tokWord && s.toks[k].upper && s.entAt[k] < 0 {
		k--
	}
	if k == i || k < 1 {
		return -1
	}
	switch s.text(k) {
	case "and", "y", "e":
	default:
		return -1
	}
	if e := s.entAt[k-1]; e >= 0 && s.ents[e].actor >= 0 && s.ents[e].t1 == k {
		return s.ents[e].actor
	}
	return -1
}

// countryVoice returns the actor that the sentence names, after number m,
// as the speaker of a verb of saying ("…, informó el viceministro … del
// Ministerio de Salud", "…, the health ministry said") when the verb that
// governs m has a country as its subject ("Bolivia ha confirmado siete
// casos"): a country states its figures through its bodies, which a
// tracker lists as claimants (an independent monitor or a news agency that
// tells them only relays them). It returns -1 otherwise, or when several
// actors are so named.
func (s *sentence) countryVoice(m *numMention) int {
	c := s.clause[m.t0]
	subj := -1
	for q := m.t0 - 1; q >= 0 && s.clause[q] == c; q-- {
		if _, _, ok := cueVerbs.matchAt(s.toks, q); ok {
			subj = s.subjectOf(q)
			break
		}
	}
	if subj < 0 || s.entAt[subj] >= 0 {
		return -1
	}
	start := subj
	for start > 0 && s.toks[start-1].upper && s.toks[start-1].kind == tokWord {
		start--
	}
	if n, ok := s.upperCountryAt(start); !ok || start+n != subj+1 {
		return -1
	}
	if p := s.text(start - 1); p == "de" || p == "del" || p == "of" || p == "en" || p == "in" {
		return -1 // "Las autoridades de la Ciudad de México informaron": the country is no subject
	}
	found := -1
	for _, em := range s.ents {
		if em.actor < 0 || !em.cueBound || em.t0 < m.t1 || em.byCue >= 0 || s.group[em.t0] != s.group[m.t0] ||
			s.e.actors[em.actor].Role != tracker.Claimant {
			continue // (not "…, mientras que el NIS calcula": another party across a contrast)
		}
		if found >= 0 && found != em.actor {
			return -1
		}
		found = em.actor
	}
	return found
}

// sceneNouns and scenePrepositions say where speakers are: "at the
// scene", "on the ground", "en el lugar".
var (
	sceneNouns        = newWordSet("scene", "ground", "site", "spot", "lugar", "terreno", "sitio", "zona", "area")
	scenePrepositions = newWordSet("at", "on", "in", "en")
)

// subjectOf returns the token just before the attribution verb at q that
// is its subject, skipping auxiliaries and time words ("the government
// has also said", "Foro Penal on Monday said"): -1 when punctuation, a
// pronoun or nothing stands there (an aside or an inverted sentence), the
// actor's token when it is an actor ("Foro Penal's lawyers said" is Foro
// Penal), or the token of another noun ("the foreign ministry said").
func (s *sentence) subjectOf(q int) int {
	if s.impersonalSe(q) {
		return -1 // "a las 12:00 se contabilizaban 131": no subject
	}
	k := s.skipToSubject(q - 1)
	// "Foro Penal, a rights group, said": the subject stands before the aside
	if k >= 1 && s.toks[k].text == "," && s.aside[k-1] != 0 {
		id := s.aside[k-1]
		j := k - 1
		for j >= 0 && s.aside[j] == id {
			j--
		}
		k = j - 1 // before the comma that opens the aside
		for k >= 0 && (subjectSkips.hasToken(&s.toks[k]) || timeWords.hasToken(&s.toks[k])) {
			k--
		}
		// "Yap Boum II, a deputy incident manager at the agency, told": a
		// person the aside gives a role of an actor speaks for it
		for _, em := range s.ents {
			if em.actor >= 0 && s.aside[em.t0] == id && (s.personBeforeRole(em) == k || s.personBeforeModifiedTitle(em) == k) {
				return em.t1 - 1
			}
		}
		// "Otra organización, la Agencia de Noticias … (HRANA), sitúa en
		// 145": the aside names the organisation the noun only announced
		if k >= 0 && (s.in(k, organisationNouns) || s.in(k, genericSubjects)) {
			n := j + 1
			for n < len(s.toks) && s.aside[n] == id && s.determinerAt(n) {
				n++
			}
			if n < len(s.toks) && s.aside[n] == id && s.toks[n].kind == tokWord && s.toks[n].upper {
				k = n
				if e := s.entAt[n]; e >= 0 {
					k = s.ents[e].t1 - 1
				}
			}
		}
	}
	// "informó que en Venezuela registra 687": a place before the verb is
	// not its subject
	placed := false
	for k >= 2 && s.toks[k].upper && (s.text(k-1) == "en" || s.text(k-1) == "in") {
		k = s.skipToSubject(k - 2)
		placed = true
	}
	// "Red Cross teams at the scene reported", "los equipos de la Cruz Roja
	// en el lugar informaron": where the speakers are, not who speaks
	if k >= 3 && sceneNouns.hasToken(&s.toks[k]) && s.determinerAt(k-1) && s.in(k-2, scenePrepositions) &&
		s.toks[k-3].kind == tokWord && !s.in(k-3, auxiliaries) && !s.in(k-3, passiveAuxiliaries) && !verbLike(s.text(k-3)) {
		// (not "sources who were at the scene say": a predicate of theirs)
		k = s.skipToSubject(k - 3)
	}
	// "Home Office statistics released in October recorded": the noun the
	// participle and its date modify
	if placed && k >= 1 && verbLike(s.text(k)) && s.toks[k-1].kind == tokWord && !s.in(k-1, auxiliaries) &&
		!s.in(k-1, passiveAuxiliaries) {
		k--
	}
	if k < 0 {
		return -1
	}
	// "la Plataforma Unitaria Democrática (PUD) elevó": past the bracket
	if k >= 2 && s.toks[k].text == ")" {
		j := k - 1
		for j >= 0 && j >= k-6 && s.toks[j].text != "(" {
			j--
		}
		if j >= 1 && s.toks[j].text == "(" {
			k = j - 1
			// "el Ministerio de Salud Pública y Población (MSPP)": an
			// actor's acronym in the bracket says whose the name is
			if e := s.entAt[j+1]; e >= 0 && s.ents[e].actor >= 0 && s.text(s.ents[e].t1) == ")" && !s.inActor(k) {
				k = s.ents[e].t1 - 1
			}
		}
	}
	if k < 0 {
		return -1
	}
	// "Jorge Rodríguez, quien aseguró que…", "Foro Penal, which said": the
	// antecedent of a relative pronoun after a comma
	switch s.toks[k].text {
	case "quien", "quienes", "who", "which", "que", "cual":
		j := k - 1
		if s.text(j) == "el" || s.text(j) == "la" || s.text(j) == "los" || s.text(j) == "las" {
			j--
		}
		if s.text(j) == "," && j >= 1 && s.inActor(j-1) {
			return j - 1
		}
		if a := s.actorBeforeApposedName(j); a >= 0 {
			return a // "el ministro de Salud congoleño, Samuel-Roger Kamba, quien cifró además en 15.664…"
		}
	}
	// "Foro Penal informó el martes que verificó 431", "the group said that
	// it had verified 56": the subject of a reported verb is the subject of
	// the reporting verb before "que"/"that".
	if t := s.toks[k].text; (t == "que" || t == "that") && k >= 1 {
		j := k - 1
		for j >= 0 && (subjectSkips.hasToken(&s.toks[j]) || weekdays.hasToken(&s.toks[j]) || timeWords.hasToken(&s.toks[j])) {
			j--
		}
		if _, n, ok := cueVerbs.matchEndingAt(s.toks, j+1); ok && !s.negatedAt(j+1-n) {
			return s.subjectOf(j + 1 - n)
		}
		// "Foro Penal confirmó 20 excarcelaciones, con lo que elevó a 297
		// su cifra": the subject of the clause that "lo que" sums up
		if t == "que" && s.text(k-1) == "lo" {
			for p := k - 2; p >= 0; p-- {
				if _, _, ok := cueVerbs.matchAt(s.toks, p); ok && !s.negatedAt(p) {
					return s.subjectOf(p)
				}
			}
		}
	}
	if s.toks[k].text == "'s" && k >= 1 && s.inActor(k-1) {
		return k - 1 // "the government's claim"
	}
	t := s.toks[k]
	if s.inActor(k) {
		return k
	}
	if k >= 2 && s.text(k-1) == "'s" && s.inActor(k-2) {
		return k - 2
	}
	if t.kind != tokWord || pronouns.hasToken(&t) || bareFollowers.hasToken(&t) || s.determinerAt(k) || monthNames.hasToken(&t) ||
		titleWords.hasToken(&t) || genericSubjects.hasToken(&t) || organisationNouns.hasToken(&t) {
		return -1
	}
	// "the government of Venezuela said", "las autoridades interinas de
	// Venezuela afirmaron": the head of the subject stands before "of"
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		if p := s.text(j); p == "of" || p == "de" || p == "del" || p == "in" || p == "en" {
			if s.inActor(j - 1) {
				return j - 1
			}
			if s.text(j-1) == ")" && j >= 2 && s.inActor(j-2) {
				return j - 2 // "el Servicio Nacional … (SNAI) de Ecuador informó"
			}
			if s.in(j-1, organisationNouns) {
				return -1 // "esta organización de derechos humanos ha registrado": named before
			}
			// "las autoridades interinas de Venezuela": an adjective between
			if j >= 2 && s.inActor(j-2) && s.toks[j-1].kind == tokWord && !s.toks[j-1].upper {
				return j - 2
			}
			break
		}
		if s.toks[j].kind != tokWord {
			break
		}
	}
	if _, ok := s.numberWordAt(k); ok {
		return -1
	}
	// "Foro Penal's vice president Gonzalo Himiob said", "Foro Penal
	// director Gonzalo Himiob said": a member speaks for the actor
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s.inActor(j) {
			return j
		}
		t := s.toks[j]
		if !(t.kind == tokWord && (t.upper || titleWords.hasToken(&t) || t.text == "'s")) {
			break
		}
	}
	return k
}

// inActor reports whether token k is inside an actor mention.
func (s *sentence) inActor(k int) bool {
	for _, em := range s.ents {
		if em.actor >= 0 && k >= em.t0 && k < em.t1 {
			return true
		}
	}
	return false
}

// officialSource reports whether clause c refers to officials or
// authorities that are not a configured actor.
func (s *sentence) officialSource(c int) bool {
	for i, t := range s.toks {
		if s.clause[i] == c && officialWords.hasToken(&t) && !s.inActor(i) && !s.inCountedNoun(i) && !s.officialsDoOther(i) &&
			!s.officialsAsObject(i) && !s.officialInPlaceName(i) {
			return true
		}
	}
	return false
}

// officialsDoOther reports whether the official word at token i is the
// subject of a verb in the past that gives no figure: "as authorities
// urged residents to stay indoors" (not "authorities said", "officials
// reported", "las autoridades informaron").
func (s *sentence) officialsDoOther(i int) bool {
	j := i + 1
	if j >= len(s.toks) || s.toks[j].kind != tokWord || !s.toks[j].preterite && !strings.HasSuffix(s.toks[j].text, "ed") {
		return false
	}
	_, _, cue := cueVerbs.matchAt(s.toks, j)
	_, _, fig := figureVerbs.matchAt(s.toks, j)
	return !cue && !fig
}

// officialsAsObject reports whether the official word at token i is the
// object of a preposition or of a verb in "-ing", which names no source:
// "for resisting police", "clashes with police", "enfrentamientos con la
// policía", "protests against the army".
func (s *sentence) officialsAsObject(i int) bool {
	j := i - 1
	for j >= 0 && s.determinerAt(j) {
		j--
	}
	if j < 0 || s.toks[j].kind != tokWord {
		return false
	}
	w := s.text(j)
	if objectPrepositions.has(w) {
		return true
	}
	_, _, cue := cueVerbs.matchAt(s.toks, j)
	return !s.es && len(w) > 5 && strings.HasSuffix(w, "ing") && !cue && !ingPrepositions.has(w)
}

// officialInPlaceName reports whether the official word at token i is
// capitalised inside the name of a place that is no body: "treated at the
// Central Police Hospital" (but "the National Police Service said").
func (s *sentence) officialInPlaceName(i int) bool {
	if !s.toks[i].upper || i+1 >= len(s.toks) {
		return false
	}
	n := s.toks[i+1]
	return n.kind == tokWord && n.upper && !institutionNouns.has(n.text) && !bodyNouns.has(n.text) && !officialWords.has(n.text)
}

// objectPrepositions govern a body as the object of what is told, never
// as its teller: "clashes with police", "contra el ejército".
var objectPrepositions = newWordSet("with", "against", "con", "contra", "ante")

// ingPrepositions end in "-ing" but are no verb whose object a body is
// ("during police operations"), or cite it as a source ("citing police").
var ingPrepositions = newWordSet("during", "including", "following", "regarding", "concerning", "excluding", "pending",
	"citing", "quoting", "according")

// actOnCount reports whether number m, right after a verb ending at token
// j, is its object with a noun of its own: "we rejected 50,470
// applications", "denegó 70.120 peticiones" do what the count counts; they
// dispute no figure ("rejected the figure of 5,000" does).
func (s *sentence) actOnCount(j int, m *numMention) bool {
	for j < m.qStart && (s.determinerAt(j) || s.text(j) == "a") {
		j++
	}
	h := m.headAt
	if h < 0 {
		h = m.t1 // "50,470 applications" for a metric measured in applications
	}
	return j == m.qStart && h < len(s.toks) && s.toks[h].kind == tokWord && !s.toks[h].upper && !s.in(h, figureNouns) &&
		!s.in(h, functionWords) && !s.in(h, reportNouns)
}

// inCountedNoun reports whether token i is a word of the noun phrase a
// number counts: "police" of "41 injured police officers" is whom the
// count is of, not who gives it.
func (s *sentence) inCountedNoun(i int) bool {
	for k := range s.nums {
		n := &s.nums[k]
		if n.headAt < 0 || i < n.t1 {
			continue
		}
		end := s.afterHead(n)
		for j := end; j < len(s.toks) && j < end+3 && s.toks[j].kind == tokWord; j++ {
			if s.in(j, peopleNouns) {
				end = j + 1 // "41 injured police officers": the people after the term
				break
			}
		}
		if i < end {
			return true
		}
	}
	return false
}

// governingActor finds the attribution that governs number m: "según X"
// right after it, or the nearest attribution verb or "according to" before
// it in its clause. When that verb's subject is a configured actor (or a
// member of one), that actor stated the number; when it is some other noun
// ("the opposition said", "según cifras oficiales"), or the verb is negated
// or disputes the number ("could not verify", "cuestionó la cifra de 116"),
// nobody configured did (actor -1). decided is false when no attribution
// governs the number or its subject cannot be told (an inverted or elided
// subject, "the group", "según el mismo balance").
func (s *sentence) governingActor(m *numMention) (actor int, decided bool) {
	if a, ok := s.trailingSource(m); ok {
		return a, true
	}
	if a := s.claimsBy(m); a >= 0 {
		return s.sourceActor(a) // "far below claims by Robinson's supporters that three million people had turned out"
	}
	c := s.clause[m.t0]
	if a := s.openingSourceOf(c); a >= 0 {
		// "Según la OMS, las autoridades han registrado a más de 900
		// contactos": whoever did the counting, the sentence reports it
		// on the source it opens on
		return s.sourceActor(a)
	}
	for q := m.t0 - 1; q >= 0 && s.clause[q] == c && s.cost[m.t0]-s.cost[q] <= maxLink; q-- {
		if s.aside[q] != 0 && s.aside[q] != s.aside[m.t0] || s.background[q] && !s.background[m.t0] {
			continue
		}
		if a := s.possessedFigureOf(q); a >= 0 {
			return s.sourceActor(a) // "the government's figure of 45", "the ministry's count of 300"
		}
		if id, n, ok := cuePrefixes.matchEndingAt(s.toks, q+1); ok && id == cuePrefix {
			if s.prefixAfterNumber(q + 1 - n) {
				continue // "444 según Foro Penal, más de 800": the source of the 444
			}
			// the actor may follow a few descriptive words: "según un
			// recuento de la ONG Foro Penal", "de acuerdo con la
			// información preliminar de la central de comunicaciones de
			// la Cruz Roja"
			for j := q + 1; j < m.t0 && j <= q+11 && s.toks[j].kind == tokWord; j++ {
				if k := s.entAt[j]; k >= 0 && s.ents[k].actor >= 0 {
					return s.sourceActor(s.ents[k].actor)
				}
			}
			j := q + 1
			for j < m.t0 && s.determinerAt(j) {
				j++
			}
			if !strongCuePrefixes.has(s.joined(q+1-n, q+1)) {
				continue // "la cifra de excarcelados": a noun, not an attribution
			}
			if s.genericSourceAt(j) {
				if g := s.officialFigures(j, m.t0); g >= 0 {
					return g, true // "según los informes oficiales", "según fuentes oficiales": the government's
				}
				// "Según fuentes hospitalarias citadas por ese mismo
				// periódico": sources no tracker lists, whatever relays them
				return -1, true
			}
			if s.backReference(q+1, m.t0) {
				// "según el mismo balance", "de acuerdo con el recuento": the
				// source named before
				if a := s.referredOrganisation(q+1, m.t0); a >= 0 && !s.actorInClause(s.clause[m.t0]) {
					// "Según la organización, …" after a sentence that
					// named the country it reports on: the organisation
					s.inferred = true
					return a, true
				}
				if a := s.recentActor(2); a >= 0 && !s.actorInClause(s.clause[m.t0]) {
					s.inferred = true
					return a, true
				}
				// "Según el documento, …" paragraphs after the lead: the
				// text's only source
				if a := s.st.soleActor; a >= 0 && !s.actorInClause(s.clause[m.t0]) {
					s.inferred = true
					return a, true
				}
				return 0, false
			}
			for k := q + 1; k <= j && k < m.t0; k++ {
				if a := s.possessorBefore(k, q); a >= 0 {
					return s.sourceActor(a) // "La oposición aseguró que, según sus actas, …"
				}
				if a := s.recentActor(2); s.in(k, possessives) && a >= 0 && !s.actorInClause(s.clause[m.t0]) {
					// "Según sus datos, en 2020 perdieron la vida 50
					// trabajadores": the data of the actor last named
					s.inferred = true
					return a, true
				}
			}
			if _, n, ok := availableInformation.matchAt(s.toks, j); ok && j+n <= m.t0 {
				continue // "recordó que, según la información disponible, más de sesenta…": a hedge, the speaker's
			}
			if j < m.t0 && s.toks[j].kind == tokWord && !pronouns.hasToken(&s.toks[j]) {
				// "según cifras oficiales", "de acuerdo con el balance
				// oficial": the government the text is about, when the
				// tracker names it; someone unlisted otherwise
				if g := s.officialFigures(j, m.t0); g >= 0 {
					return g, true
				}
				if a := s.roleReferredTo(j); a >= 0 {
					s.inferred = true // "Según la funcionaria, …" after "Una portavoz del Ministerio del Interior": hers
					return a, true
				}
				return -1, true
			}
			return 0, false
		}
		if _, n, ok := disputeVerbs.matchAt(s.toks, q); ok && !s.negatedAt(q) && !s.actorBetween(q, m.t0) &&
			!s.actOnCount(q+n, m) {
			// "Romero cuestionó la cifra de 116 excarcelaciones": the
			// subject disputes the number, it does not state it
			return -1, true
		}
		if _, _, ok := cueVerbs.matchAt(s.toks, q); ok && s.negatedAt(q) {
			// "We do not count as released the 11 people…", "no pudo
			// confirmar las 400 excarcelaciones": nobody states the number,
			// unless someone else's claim stands between ("no pudo
			// verificar la afirmación del gobierno de que 400…")
			if !s.actorBetween(q, m.t0) {
				return -1, true
			}
			return 0, false
		}
		if _, n, ok := cueVerbs.matchAt(s.toks, q); ok && !s.in(q-1, passiveAuxiliaries) && !s.countKeptAt(q) && !s.cueWordAsNoun(q) &&
			!s.votesGathered(q, m) && !s.inCountryName(q) && !s.livesClaimed(q+n) && !s.withParticipleAt(q) {
			if a := s.passiveAgent(q, m); a >= 0 {
				return s.sourceActor(a) // "The figure was later put at 530 by the PNH"
			}
			if a := s.disputerGoesOn(q); a >= 0 {
				// "The front denied claims that it held 120 hostages,
				// saying it held only 35": what the disputer states instead
				return s.sourceActor(a)
			}
			if t := s.text(q - 1); t == "'s" || t == "'" {
				return 0, false // "Hurricane Irma's confirmed death toll": a word of the possessed noun, no verb
			}
			subj := s.subjectOf(q)
			if subj < 0 || s.genericOrganisationAt(subj) {
				return 0, false // (and "la organización estudiantil eleva a 47": the organisation named before)
			}
			if subj > 0 && s.in(subj-1, sameWords) {
				if a := s.sameSourceAgain(subj-1, subj+1); a >= 0 {
					s.inferred = true // "En agosto, la misma fuente elevó esa cifra a 15.300"
					return a, true
				}
			}
			if a := s.relativeAntecedent(s.relativeBefore(q, subj)); a >= 0 {
				// "el Ministerio de Salud (Minsa), que a esa fecha
				// contabilizaba 67.807": the relative pronoun stands for it
				return s.sourceActor(a)
			}
			for _, em := range s.ents {
				if em.actor >= 0 && subj >= em.t0 && subj < em.t1 {
					if b := s.finalSpeakerOver(em.actor, q, n, m); b >= 0 {
						return s.sourceActor(b) // "Police recorded 46,265 offences …, the ONS said"
					}
					return s.sourceActor(em.actor)
				}
				// "the count kept by the Aid Worker Security Database
				// showed": the keeper of the subject
				if em.actor >= 0 && em.t0 > subj && em.t0 <= subj+4 && em.t0 < q && s.keptBy(s.mentionStart(em.t0)) {
					return s.sourceActor(em.actor)
				}
			}
			for k := subj; k >= 0 && k >= subj-5 && s.toks[k].kind != tokPunct; k-- {
				if a := s.possessorBefore(k, k); a >= 0 {
					return s.sourceActor(a) // "saying its own tally … showed"
				}
			}
			if a := s.authorReferredTo(subj); a >= 0 {
				s.inferred = true // "Its researchers concluded that …", "the report found": the author just named
				return a, true
			}
			if a := s.speakerOfCountry(subj, q); a >= 0 {
				return s.sourceActor(a)
			}
			if a := s.jointActor(subj); a >= 0 {
				return s.sourceActor(a)
			}
			if s.bareOfficials(subj) {
				// "Officials also said 60 were injured", "las autoridades
				// añadieron": the one government the text named, to confirm
				if g := s.soleGovernment(); g >= 0 {
					s.inferred = true
					return g, true
				}
			}
			if a := s.actorHeadingName(subj); a >= 0 {
				return s.sourceActor(a)
			}
			if a := s.possessedTitleOf(subj); a >= 0 {
				return s.sourceActor(a) // "DOC's operations manager Andrew Lamason said": the body's own official
			}
			if a := s.reportAuthorOfSubject(subj); a >= 0 {
				return s.sourceActor(a)
			}
			if a := s.describedActorOf(subj); a >= 0 {
				return s.sourceActor(a) // "the RACE motoring club said"
			}
			if s.in(subj, evidenceNouns) {
				// "Laboratory tests have confirmed 717 infections…, the
				// agency said": evidence is no source; the speaker decides
				return 0, false
			}
			if j := s.placeBeforeCue(q); j >= 0 && subj >= j {
				if a := s.actorEndingAt(j); a >= 0 {
					return s.sourceActor(a) // "Police in Nigeria's restive southern Niger Delta said": where the police speak
				}
			}
			return -1, true
		}
	}
	return 0, false
}

// listedCountBefore returns the count that number m follows in a list
// with no verb between them ("seis soldados chadianos muertos y 19
// heridos", "12 dead, 40 injured"), or nil.
func (s *sentence) listedCountBefore(m *numMention) *numMention {
	var p *numMention
	for k := range s.nums {
		if s.nums[k].t1 <= m.qStart {
			p = &s.nums[k]
		}
	}
	if p == nil || m.qStart-p.t1 > 5 || !s.in(m.qStart-1, coordinators) && s.text(m.qStart-1) != "," {
		return nil
	}
	for k := p.t1; k < m.qStart-1; k++ {
		if t := s.toks[k]; t.kind != tokWord || t.upper || t.preterite || s.in(k, auxiliaries) ||
			s.entAt[k] >= 0 && s.ents[s.entAt[k]].actor >= 0 {
			return nil
		}
		if _, _, ok := cueVerbs.matchAt(s.toks, k); ok {
			return nil
		}
	}
	return p
}

// inCountryName reports whether token q is a word of a country's name of
// several words after its first: "States" of "the United States" is no
// verb of saying.
func (s *sentence) inCountryName(q int) bool {
	if s.countedCueNoun(q) {
		return true // "in the five Darfur states": places counted, no verb
	}
	if q == 0 || !s.toks[q].upper {
		return false
	}
	for k := q - 1; k >= 0 && k >= q-3; k-- {
		if _, n, ok := s.e.lex.countries.matchAt(s.toks, k); ok && k+n > q {
			return true
		}
	}
	return false
}

// countedCueNoun reports whether the cue word at token q ("states",
// "reports", "counts") is a plural noun: a number counts it ("the five
// Darfur states", "three reports"), or it ends a coordinated noun phrase
// ("in Edo and Ondo states").
func (s *sentence) countedCueNoun(q int) bool {
	if !strings.HasSuffix(s.text(q), "s") {
		return false
	}
	for k := q - 1; k >= 0 && k >= q-3; k-- {
		if s.countStartsAt(k) {
			return true
		}
		if t := s.text(k); t == "and" || t == "y" {
			// "in Edo and Ondo states", "unofficial counts and media
			// reports": a verb in "-s" takes no subject of two
			return true
		}
		if t := s.toks[k]; t.kind != tokWord || !t.upper && !s.lowerWord(k) || s.in(k, functionWords) || s.entAt[k] >= 0 {
			return false
		}
	}
	return false
}

// passiveAgent returns the actor that the cue verb at token q, in the
// passive, names as its agent after number m: "The figure was later put at
// 530 by the PNH", "la cifra fue elevada a 40 por la Fiscalía". It returns
// -1 when the verb is active or no listed actor is its agent.
func (s *sentence) passiveAgent(q int, m *numMention) int {
	passive := false
	for j := q - 1; j >= 0 && j >= q-2; j-- {
		if s.in(j, passiveAuxiliaries) {
			passive = true
			break
		}
	}
	if !passive {
		return -1
	}
	for _, em := range s.ents {
		if em.actor >= 0 && em.agent && em.t0 > m.t1 && s.clause[em.t0] == s.clause[m.t0] && em.t0-m.t1 <= 8 {
			return em.actor
		}
	}
	return -1
}

// evidenceNouns confirm or show a count without being anyone's statement
// of it: "tests have confirmed", "los análisis confirmaron".
var evidenceNouns = newWordSet("tests", "test", "analyses", "analysis", "results", "autopsies", "samples",
	"pruebas", "análisis", "resultados", "autopsias", "muestras", "exámenes")

// votesGathered reports whether the cue verb at token q gathers the votes
// number m counts rather than states them: "Ríos sumó 3.200.000 votos"
// is what the candidate got; who says so is the source.
func (s *sentence) votesGathered(q int, m *numMention) bool {
	switch s.text(q) {
	case "sumo", "suma", "sumaba", "sumaron", "sumaria", "added", "adds", "tallied":
	default:
		return false
	}
	w := s.headWord(m)
	return w == "votes" || w == "votos" || w == "ballots" || w == "sufragios" || w == "papeletas"
}

// disputerGoesOn returns the actor that opens the sentence as the subject
// of a dispute verb, when the cue at q goes on with that subject left out:
// a participle after a comma ("…, saying it held only 35", "…,
// asegurando que") or a verb after "and" / "y" ("desmintió que … y afirmó
// que fueron 1.200"). It returns -1 otherwise.
func (s *sentence) disputerGoesOn(q int) int {
	w := s.text(q)
	switch p := s.text(q - 1); {
	case p == "," && (strings.HasSuffix(w, "ing") || gerund(w)):
	case (p == "and" || p == "y") && (s.toks[q].preterite || strings.HasSuffix(w, "ed")):
	default:
		return -1
	}
	i := 0
	for i < q && s.determinerAt(i) {
		i++
	}
	k := s.entAt[i]
	if i >= q || k < 0 || s.ents[k].actor < 0 {
		return -1
	}
	for j := s.ents[k].t1; j < q && j <= s.ents[k].t1+3; j++ {
		if _, _, ok := disputeVerbs.matchAt(s.toks, j); ok {
			return s.ents[k].actor
		}
	}
	return -1
}

// roleReferredTo returns the actor that a definite title noun at token j
// refers back to ("según la funcionaria", "according to the official"):
// the actor the previous sentence named, when the clause names none; -1
// otherwise.
func (s *sentence) roleReferredTo(j int) int {
	if j == 0 || !s.in(j, titleWords) || j+1 < len(s.toks) && s.toks[j+1].kind == tokWord && s.toks[j+1].upper {
		return -1 // (not "según el ministro Pérez": a name follows)
	}
	switch s.text(j - 1) {
	case "el", "la", "the":
	default:
		return -1
	}
	if s.actorInClause(s.clause[j]) {
		return -1
	}
	return s.recentActor(1)
}

// possessedFigureOf returns the actor whose figure the words ending at
// token q name, "X's figure of", "X's count of", or -1.
func (s *sentence) possessedFigureOf(q int) int {
	if t := s.text(q); t != "of" && t != "at" || !s.in(q-1, possessiveNouns) {
		return -1
	}
	k := q - 2
	if t := s.text(k); t != "'s" && t != "'" {
		return -1
	}
	if e := s.entAt[s.mentionStartBefore(k)]; e >= 0 && s.ents[e].actor >= 0 && s.ents[e].t1 == k {
		return s.ents[e].actor
	}
	return -1
}

// mentionStartBefore returns the first token of the mention ending at
// token end-1, or end-1 when none ends there.
func (s *sentence) mentionStartBefore(end int) int {
	for k := range s.ents {
		if s.ents[k].t1 == end {
			return s.ents[k].t0
		}
	}
	return max(end-1, 0)
}

// possessorBefore returns, when token j is a possessive ("its", "sus"),
// the configured actor that speaks in the sentence, or opens it, before
// token q, the one
// it stands for: "The opposition disputed the figure, saying its own
// tally … showed", "La oposición aseguró que, según sus actas". It returns
// -1 otherwise.
func (s *sentence) possessorBefore(j, q int) int {
	if !s.in(j, possessives) {
		return -1
	}
	found := -1
	for _, em := range s.ents {
		if em.actor >= 0 && em.t1 <= q && (em.speaker || s.mentionStart(em.t0) == 0) && !em.member && s.e.actors[em.actor].Role != tracker.Reporter {
			found = em.actor
		}
	}
	return found
}

// actorBetween reports whether an actor is named between tokens i and j.
func (s *sentence) actorBetween(i, j int) bool {
	for _, em := range s.ents {
		if em.actor >= 0 && em.t0 > i && em.t0 < j {
			return true
		}
	}
	return false
}

// backReference reports whether tokens [j, end) start with a noun phrase
// that refers back to a source already named: "el mismo balance", "ese
// informe", "dicho conteo", "the same report", "its latest tally".
func (s *sentence) backReference(j, end int) bool {
	for k := j; k < end && k <= j+7; k++ {
		switch t := s.text(k); {
		case backReferenceWords.has(t):
			return true
		case organisationNouns.has(t):
			// "según las cifras de la organización" (but not "según la
			// organización Human Rights Watch")
			return !s.capitalisedWordAt(k + 1)
		case (genericSubjects.has(t) || figureNouns.has(t)) && k > j && (s.text(k-1) == "its" || s.text(k-1) == "su" || s.text(k-1) == "sus"):
			return true
		case (genericSubjects.has(t) || figureNouns.has(t)) && (s.text(k+1) == "que" || s.text(k+1) == "it"):
			return true // "según los datos que maneja": the data of the source named before
		case (genericSubjects.has(t) || figureNouns.has(t) || reportNouns.has(t)) && k > j && definiteAt(s.text(k-1)) && s.text(k+1) == ",":
			return true // "De acuerdo con el recuento, en el condado viven…": the count just named
		case s.toks[k].kind != tokWord || s.toks[k].upper:
			return false
		}
	}
	return false
}

// referredOrganisation returns the confirmer named last, at most
// memoryReach sentences back, when the words from token j to end refer to
// an organisation by its kind alone ("según la organización", "according
// to the group's figures"): a government or a country named since is no
// organisation. It returns -1 otherwise.
func (s *sentence) referredOrganisation(j, end int) int {
	conf := s.st.lastConf
	if conf < 0 || s.st.sent-s.st.confSent > memoryReach {
		return -1
	}
	for k := j; k < end && k <= j+7; k++ {
		switch {
		case organisationNouns.has(s.text(k)):
			if s.capitalisedWordAt(k + 1) {
				return -1 // "según la organización Human Rights Watch": a name follows
			}
			return conf
		case s.toks[k].kind != tokWord || s.toks[k].upper:
			return -1
		}
	}
	return -1
}

// citedSource returns the tracker actor whose figures the sentence's
// speaker cites ("citing estimates by the Road Freight Association",
// "Citing figures from the Federal Attorney General's Office, the rights
// group said", "citando datos del Ministerio"), or -1.
func (s *sentence) citedSource() int {
	for q := range s.toks {
		if t := s.text(q); t != "citing" && t != "citando" {
			continue
		}
		if e, _ := s.actorAfterCue(q+1, nil); e >= 0 && s.e.actors[s.ents[e].actor].Role != tracker.Reporter {
			return s.ents[e].actor
		}
	}
	return -1
}

// registerOf returns the tracker actor to whom the people or events that
// number m counts were reported ("328 people had been reported to the UN
// Mine Action Service as killed or injured", "casos notificados al
// Ministerio de Salud"): the count is that actor's register. It returns
// -1 otherwise.
func (s *sentence) registerOf(m *numMention) int {
	c := s.clause[m.t0]
	for q := m.t1; q < len(s.toks) && q <= m.t1+8 && s.clause[q] == c; q++ {
		_, n, ok := registerPhrases.matchAt(s.toks, q)
		if !ok {
			continue
		}
		if e, _ := s.actorAfterCue(q+n, nil); e >= 0 && s.e.actors[s.ents[e].actor].Role != tracker.Reporter {
			return s.ents[e].actor
		}
		return -1
	}
	return -1
}

// registerPhrases say to whom what a count counts was reported: "reported
// to", "notificados a".
var registerPhrases = phrasesOf(1, "reported to", "notified to", "registered with", "reportados a", "reportadas a",
	"notificados a", "notificadas a", "notificados al", "notificadas al", "reportados al", "reportadas al")

// sameSourceCited returns the actor last named when the sentence gives
// its source as the same one ("según la misma fuente", "according to the
// same official", "añadió la misma fuente"), or -1.
func (s *sentence) sameSourceCited() int {
	if s.sameCited == 0 {
		s.sameCited = s.findSameSourceCited() + 2
	}
	return s.sameCited - 2
}

// findSameSourceCited computes sameSourceCited.
func (s *sentence) findSameSourceCited() int {
	for q := range s.toks {
		if s.in(q, sameWords) && (s.in(q+1, genericSources) || s.in(q+1, genericReferrers) || s.in(q+1, bodyNouns) ||
			s.in(q+1, organisationNouns)) {
			return s.sameSourceAgain(q, q+1) // "En agosto, la misma fuente elevó esa cifra a 15.300"
		}
		if _, n, ok := cuePrefixes.matchAt(s.toks, q); ok {
			if a := s.sameSourceAgain(q+n, len(s.toks)); a >= 0 {
				return a
			}
			continue
		}
		if _, n, ok := cueVerbs.matchAt(s.toks, q); ok {
			if a := s.sameSourceAgain(q+n, len(s.toks)); a >= 0 {
				return a
			}
		}
	}
	return -1
}

// sameSourceAgain returns the actor last named when the words of tokens
// [j, end) call the source the same one ("la misma oficina", "the same
// official", "dicha fuente") and it was named, alone in its sentence, at
// most memoryReach sentences back, even across a paragraph; -1 otherwise.
func (s *sentence) sameSourceAgain(j, end int) int {
	for k := j; k < end && k <= j+3; k++ {
		if s.in(k, sameWords) {
			if s.in(k+1, figureNouns) || s.in(k+1, reportNouns) || s.in(k+1, dataNouns) || s.in(k+2, dataNouns) {
				return -1 // "según el mismo recuento", "the same figures": a dataset, not who speaks
			}
			if s.in(k+1, mediaNouns) {
				return -1 // "citadas por ese mismo periódico": the paper that relays, not the source
			}
			if a := s.st.lastActor; a >= 0 && s.st.lastAlone && s.st.sent-s.st.actorSent <= memoryReach {
				return a
			}
			return -1
		}
	}
	return -1
}

// mediaNouns name the press: "the same newspaper", "ese mismo periódico".
var mediaNouns = newWordSet("newspaper", "paper", "daily", "outlet", "broadcaster", "channel", "periódico", "diario",
	"medio", "rotativo", "cadena", "emisora", "canal", "televisión", "radio")

// dataNouns name a set of data: "the same data", "el mismo archivo".
var dataNouns = newWordSet("data", "datos", "figures", "cifras", "records", "registros", "archive", "archivo",
	"database", "statistics", "estadísticas", "estadisticas", "count", "recuento", "conteo", "tally", "balance")

// sameWords call something the same one as before: "la misma fuente",
// "the same official", "dicho organismo".
var sameWords = newWordSet("mismo", "misma", "same", "dicho", "dicha", "citado", "citada")

// trailingSpeaker reports whether a verb of saying and a configured actor
// follow number m's count after a comma and end the sentence's say: "Ahora
// es de 75, precisó la Secretaría"; "now stands at 19, the agency said".
func (s *sentence) trailingSpeaker(m *numMention) bool {
	j := s.afterCount(m.t1)
	if s.text(j) != "," {
		return false
	}
	j++
	if _, n, ok := cueVerbs.matchAt(s.toks, j); ok {
		e, _ := s.actorAfterCue(j+n, nil)
		return e >= 0 && s.e.actors[s.ents[e].actor].Role != tracker.Reporter
	}
	e, k := s.actorAfterCue(j, nil)
	if e < 0 || s.e.actors[s.ents[e].actor].Role == tracker.Reporter {
		return false
	}
	_, _, ok := cueVerbs.matchAt(s.toks, s.ents[e].t1)
	return ok && k-j <= 2
}

// openingSource reports whether the sentence opens on "según X" or
// "according to X" and a comma, X a configured actor that is no reporter,
// and number m follows within three words and ends the sentence: "Según
// el Ejército sudanés, ya son 38".
func (s *sentence) openingSource(m *numMention) bool {
	id, n, ok := cuePrefixes.matchAt(s.toks, 0)
	if !ok || id != cuePrefix || !strongCuePrefixes.has(s.joined(0, n)) {
		return false
	}
	e, _ := s.actorAfterCue(n, nil)
	if e < 0 || s.e.actors[s.ents[e].actor].Role == tracker.Reporter {
		return false
	}
	end := s.ents[e].t1
	for end < len(s.toks) && s.toks[end].kind == tokWord && end < s.ents[e].t1+3 {
		end++ // "según el Ejército sudanés": a word or two more of the name
	}
	after := s.afterCount(m.t1)
	last := after >= len(s.toks) || s.toks[after].kind == tokPunct && s.text(after) != ","
	return s.text(end) == "," && m.qStart > end && m.qStart-end <= 3 && last
}

// trailingSource returns the configured actor named by "según X" or
// "according to X" right after number m and the noun it counts: "444
// según Foro Penal, más de 800 según el Gobierno"; "Between 600 and 700,
// according to Foro Penal". ok is false when no such phrase follows or it
// names no configured actor.
func (s *sentence) trailingSource(m *numMention) (actor int, ok bool) {
	j := s.afterCount(m.t1)
	if a := s.paraSourceAt(j); a >= 0 {
		return s.sourceActor(a) // "7.000 médicos en huelga para el sindicato y solo 2.000 para la Administración"
	}
	comma := s.text(j) == ","
	if comma {
		j++
		// "63.037 desahucios, un 6,4 % menos que el año anterior, según
		// el CGPJ": past an aside about the count
		if j < len(s.aside) && s.aside[j] != 0 && s.aside[j-1] != s.aside[j] {
			id := s.aside[j]
			k := j
			for k < len(s.toks) && s.aside[k] == id {
				k++
			}
			if s.text(k) == "," {
				j = k + 1
			}
		}
	}
	id, n, found := cuePrefixes.matchAt(s.toks, j)
	if !found || id != cuePrefix {
		return 0, false
	}
	// "según X", "according to X"; or, right after the number, a
	// participle and its agent: "the 100 reported by local media"
	if cue := s.joined(j, j+n); !strongCuePrefixes.has(cue) && (comma || !strings.HasSuffix(cue, " by") && !strings.HasSuffix(cue, " por")) {
		return 0, false
	}
	e, k := s.actorAfterCue(j+n, nil)
	if e >= 0 {
		return s.sourceActor(s.ents[e].actor)
	}
	// "…, según la última evaluación de la inteligencia militar británica":
	// a source the tracker does not list, unless the words refer back
	// ("según el mismo balance", "según sus datos") or name the
	// government's figures ("según cifras oficiales")
	start := j + n
	if s.backReference(start, k) {
		if a := s.sameSourceAgain(start, k); a >= 0 {
			s.inferred = true
			return a, true // "…, de acuerdo con la misma oficina" a paragraph after OCHA was named
		}
		return 0, false
	}
	for q := start; q < k; q++ {
		if s.in(q, possessives) || s.in(q, pronouns) {
			return 0, false // "según los datos recopilados junto con su Departamento de Epidemiología"
		}
	}
	if g := s.officialFigures(start, k); g >= 0 {
		return g, true
	}
	if k > start+1 || s.genericSourceAt(start) {
		return -1, true // (one word is a source only by its kind: "según testigos")
	}
	return 0, false
}

// paraSourceAt returns the actor that Spanish "para" names as the source
// of the count right before token j: "7.000 médicos en huelga para el
// sindicato y solo 2.000 para la Administración" gives each count its
// own. The actor follows "para" and a determiner; -1 otherwise.
func (s *sentence) paraSourceAt(j int) int {
	if !s.es {
		return -1
	}
	if w := s.text(j); (w == "en" || w == "de") && s.text(j+2) == "para" && s.toks[j+1].kind == tokWord {
		j += 2 // "7.000 médicos en huelga para el sindicato"
	}
	if s.text(j) != "para" || !s.determinerAt(j+1) {
		return -1
	}
	k := j + 1
	for k < len(s.toks) && s.determinerAt(k) {
		k++
	}
	if k < len(s.toks) {
		if e := s.entAt[k]; e >= 0 && s.ents[e].actor >= 0 {
			return s.ents[e].actor
		}
	}
	return -1
}

// afterCount returns the token after number or count phrase ending at t1:
// past the noun it counts ("444 excarcelaciones", "56 political
// prisoners") and closing quotes.
func (s *sentence) afterCount(t1 int) int {
	j := t1
	for j < len(s.toks) && isCloserText(s.text(j)) {
		j++
	}
	if h, at := s.head(t1); (h == headTerm || h == headPeople) && at >= j {
		j = at + 1
		if e := s.entAt[at]; e >= 0 {
			j = s.ents[e].t1
		}
	}
	for j < len(s.toks) && isCloserText(s.text(j)) {
		j++
	}
	return j
}

// prefixAfterNumber reports whether the cue prefix starting at token p
// directly follows a number (and the noun it counts): it names that
// number's source.
func (s *sentence) prefixAfterNumber(p int) bool {
	for k := range s.nums {
		o := &s.nums[k]
		if o.t1 > p || o.trap {
			continue
		}
		j := s.afterCount(o.t1)
		if s.text(j) == "," {
			j++
		}
		if j == p {
			return true
		}
	}
	return false
}

// sourceActor returns actor a as the decided source, or no decision when a
// is a reporter (media relay others' figures).
func (s *sentence) sourceActor(a int) (int, bool) {
	if s.e.actors[a].Role == tracker.Reporter {
		return 0, false
	}
	return a, true
}

// reporterCounts reports whether reporter mention em gives a count of its
// own: "according to an AFP tally", "según un recuento de la Agence
// France-Presse", "according to Reuters" (not "Reuters reported that …",
// which relays someone's figure, nor a dateline).
func (s *sentence) reporterCounts(em entMention) bool {
	if s.in(em.t1, ownCountVerbs) || s.in(em.t1+1, ownCountVerbs) && s.in(em.t1, predicateAdverbs) {
		return true // "the Guardian put the toll at 6,500", "la AFP contabilizó": its own count
	}
	j := s.mentionStart(em.t0)
	if _, told := s.addresseeAt(j); told {
		return false // "según contaron a Reuters dos de los piratas": told to it, someone else's count
	}
	start, ok := s.prefixCueBefore(j)
	if !ok {
		return false
	}
	_, n, _ := cuePrefixes.matchAt(s.toks, start)
	for k := 1; k <= n; k++ {
		if p := s.joined(start, start+k); strongCuePrefixes.has(p) || tallyPrefixes.has(p) {
			return true // "according to", "a tally by", "recuento de"
		}
	}
	return false
}

// groupHasActor reports whether clause group g names an actor.
func (s *sentence) groupHasActor(g int) bool {
	for _, em := range s.ents {
		if em.actor >= 0 && s.group[em.t0] == g {
			return true
		}
	}
	return false
}

// appositionSpeaker reports whether actor mention a stands in an
// apposition to the subject of an attribution verb that follows the
// apposition: "The organiser, the Civil Human Rights Front, said", "La
// organización, conocida como Cascos Blancos, informó". The subject before
// it is a short noun phrase that names no actor and no number.
func (s *sentence) appositionSpeaker(a *entMention) bool {
	id := s.aside[a.t0]
	if id == 0 {
		return false
	}
	start := a.t0
	for start > 0 && s.aside[start-1] == id {
		start--
	}
	end := a.t1
	for end < len(s.toks) && s.aside[end] == id {
		end++
	}
	if start < 2 || s.text(start-1) != "," || end >= len(s.toks) || s.text(end) != "," {
		return false
	}
	// the subject: from the clause start to the comma, a few words
	first := s.firstOfClause(s.clause[start-1])
	if start-1-first < 1 || start-1-first > 4 {
		return false
	}
	for k := first; k < start-1; k++ {
		if s.toks[k].kind != tokWord || s.inActor(k) {
			return false
		}
	}
	q := end + 1
	for q < len(s.toks) && q <= end+4 && (s.in(q, subjectSkips) || s.in(q, timeWords)) {
		q++
	}
	_, _, ok := cueVerbs.matchAt(s.toks, q)
	return ok && !s.negatedAt(q)
}

// cueAfterNumber reports whether an attribution verb follows number m in
// its clause with no configured actor as its subject: "los más de 600
// liberados que reporta el Ejecutivo" names an unconfigured source.
func (s *sentence) cueAfterNumber(m *numMention) bool {
	c := s.clause[m.t0]
	for q := m.t1; q < len(s.toks) && s.clause[q] == c; q++ {
		if _, _, ok := cueVerbs.matchAt(s.toks, q); ok {
			subj := s.subjectOf(q)
			return subj < 0 || !s.inActor(subj)
		}
	}
	return false
}

// clauseSpeaker returns the configured actor (not a reporter) that is the
// subject of an attribution verb in clause c, when there is exactly one and
// it does not follow number m to state a number of its own ("…, a figure
// Foro Penal put at 863"), or -1.
func (s *sentence) clauseSpeaker(c int, m *numMention) int {
	items := s.crossClauseItems(m)
	return s.onlyActor(func(em entMention) bool {
		// (a list's items share their speaker: "reported a combined
		// 239,754 cases and more than 5,274 deaths, X of the agency told")
		if !em.speaker || s.clause[em.t0] != c && s.itemInClause(items, s.clause[em.t0]) == nil {
			return false
		}
		for k := range s.nums {
			o := &s.nums[k]
			if o.t0 == m.t0 || o.trap || em.t0 <= m.t1 || s.clause[o.t0] != c && s.clause[o.t0] != s.clause[em.t0] ||
				s.listItems(m, o) {
				continue
			}
			if o.t0 > em.t1 {
				return false // "…, a figure Foro Penal put at 863": its own number
			}
			// "un exceso de 699 mil, más del doble de los 327 mil que la
			// Secretaría reportó": the speaker of the nearer number
			if o.t0 >= m.t1 && o.t1 <= em.t0 && !s.asideApart(o, m, em) {
				return false
			}
		}
		return true
	})
}

// asideApart reports whether number o stands in an aside that holds
// neither number m nor the speaker mention em: "Countries reported 208,619
// new cases …, a slight decline from the 211,009 cases notified a year
// earlier, the agency said": the comparison between commas does not stop
// the speaker after it from speaking for the number before it.
func (s *sentence) asideApart(o, m *numMention, em entMention) bool {
	a := s.aside[o.t0]
	return a != 0 && a != s.aside[m.t0] && a != s.aside[em.t0]
}

// strongCueSourceAfter returns the actor that a strong cue after number m
// in clause c names within a few words ("según los datos del Consejo
// General del Poder Judicial", "according to statistics published by the
// Department for Transport"), or -1.
func (s *sentence) strongCueSourceAfter(c int, m *numMention) int {
	// (past a list's later item, whose clause goes on to the cue: "483
	// deaths in custody and 120 arrest-related deaths …, according to …")
	items := s.crossClauseItems(m)
	inScope := func(q int) bool { return s.clause[q] == c || s.itemInClause(items, s.clause[q]) != nil }
	for q := m.t1; q < len(s.toks) && inScope(q); q++ {
		id, n, ok := cuePrefixes.matchAt(s.toks, q)
		if !ok || id != cuePrefix || !strongCuePrefixes.has(s.joined(q, q+n)) {
			continue
		}
		// (a news agency so named only relays: "según recoge la agencia
		// Reuters")
		if e, _ := s.actorAfterCue(q+n, inScope); e >= 0 {
			if a, decided := s.sourceActor(s.ents[e].actor); decided {
				return a
			}
		}
		return -1
	}
	return -1
}

// actorAfterCue returns the first actor mention among the words that
// follow a cue from token start (eight at most, all within scope when
// inScope is given), or -1, and the token where the scan stopped.
func (s *sentence) actorAfterCue(start int, inScope func(int) bool) (mention, stop int) {
	k := start
	for ; k < len(s.toks) && k <= start+10 && (inScope == nil || inScope(k)) && s.toks[k].kind == tokWord; k++ {
		if e := s.entAt[k]; e >= 0 && s.ents[e].actor >= 0 {
			return e, k
		}
	}
	return -1, k
}

// clauseFinalSource returns the one configured actor, not a reporter,
// that a strong cue ("según", "according to") binds after number m in
// clause c, or -1.
func (s *sentence) clauseFinalSource(c int, m *numMention) int {
	if a := s.strongCueSourceAfter(c, m); a >= 0 {
		return a // "España contabilizó 63.037 desahucios …, según los datos del CGPJ"
	}
	return s.onlyActor(func(em entMention) bool {
		if s.clause[em.t0] != c || em.t0 < m.t1 {
			return false
		}
		j := em.t0
		for j > m.t1 && s.determinerAt(j-1) {
			j--
		}
		_, n, ok := cuePrefixes.matchEndingAt(s.toks, j)
		return ok && strongCuePrefixes.has(s.joined(j-n, j))
	})
}

// clauseNegated reports whether clause c holds a negation or a dispute:
// "does not count", "questioned".
func (s *sentence) clauseNegated(c int) bool {
	for i, t := range s.toks {
		if s.clause[i] != c {
			continue
		}
		if negations.hasToken(&t) {
			return true
		}
		if _, _, ok := disputeVerbs.matchAt(s.toks, i); ok {
			return true
		}
	}
	return false
}

// relativeSource returns the configured actor that states number m in a
// relative clause right after it: Spanish "los 325 que registra la CIDH"
// (the subject after its verb), English "the 144 deaths the military had
// reported" (the subject before it); unlistedSource when that subject is
// no configured actor ("los 594 que documentan las organizaciones"); or
// -1.
func (s *sentence) relativeSource(m *numMention) int {
	j := s.afterHead(m)
	if j >= len(s.toks) {
		return -1
	}
	// "los 327 mil 261 fallecimientos por COVID-19 que …": past a short
	// complement of the noun
	if s.in(j, relativeComplements) {
		for k := j + 1; k < len(s.toks) && k <= j+4 && s.toks[k].kind != tokPunct; k++ {
			if t := s.text(k); t == "que" || t == "which" || t == "that" {
				j = k
				break
			}
		}
	}
	if t := s.text(j); t == "que" || t == "which" || t == "that" {
		// Spanish: "que registra la CIDH", "que contó la CGT"
		if _, n, ok := cueVerbs.matchAt(s.toks, j+1); ok && !s.negatedAt(j+1) {
			k := j + 1 + n
			for k < len(s.toks) && (mannerAdverb(s.text(k)) || s.in(k, predicateAdverbs)) {
				k++ // "que reconoce oficialmente el gobierno"
			}
			if a := s.actorAt(k); a >= 0 {
				return a
			}
			if k < len(s.toks) && (s.determinerAt(k) || s.toks[k].upper) && s.toks[k].kind == tokWord {
				if s.determinerAt(k) && s.in(k+1, governmentNouns) {
					// "los 56 que reconoce el gobierno militar": the one
					// government the text is about
					if g := s.soleGovernment(); g >= 0 {
						return g
					}
				}
				return unlistedSource
			}
		}
		// "que la Secretaría de Salud reportó", "that the ministry had
		// reported": the actor, then its verb
		if a := s.actorAt(j + 1); a >= 0 {
			k := j + 1
			for k < len(s.toks) && s.determinerAt(k) {
				k++
			}
			if e := s.entAt[k]; e >= 0 {
				q := s.ents[e].t1
				for q < len(s.toks) && s.in(q, perfectAuxiliaries) {
					q++
				}
				if _, _, ok := cueVerbs.matchAt(s.toks, q); ok && !s.negatedAt(q) {
					return a
				}
			}
		}
		return -1
	}
	// English: "the 144 deaths the military had reported"
	if s.text(m.qStart-1) != "the" {
		return -1
	}
	for k := j; k < len(s.toks) && k <= j+2; k++ {
		if e := s.entAt[k]; e >= 0 && s.ents[e].actor >= 0 {
			q := s.ents[e].t1
			for q < len(s.toks) && (s.text(q) == "had" || s.text(q) == "has" || s.text(q) == "have") {
				q++
			}
			if _, _, ok := cueVerbs.matchAt(s.toks, q); ok && !s.negatedAt(q) {
				return s.ents[e].actor
			}
			return -1
		}
		if !s.determinerAt(k) {
			break
		}
	}
	return -1
}

// placeCountVerbs say what a place went through rather than what someone
// stated: "México registró un exceso de mortalidad de …", "Brazil
// recorded 278,229 fires".
var placeCountVerbs = newWordSet("registered", "recorded", "has recorded", "has registered", "registró", "registra",
	"registraron", "registran", "ha registrado", "han registrado", "registraba")

// relativeComplements open a short complement between a counted noun and
// the relative clause that names its source: "por COVID-19", "from
// overdoses".
var relativeComplements = newWordSet("por", "de", "from", "of", "due", "en", "in")

// unlistedSource is relativeSource's answer for a source the tracker file
// does not list.
const unlistedSource = -3

// actorAt returns the configured actor (not a reporter) named at token i,
// after determiners, or -1.
func (s *sentence) actorAt(i int) int {
	for i < len(s.toks) && s.determinerAt(i) {
		i++
	}
	if i < len(s.toks) {
		if e := s.entAt[i]; e >= 0 && s.ents[e].actor >= 0 && s.e.actors[s.ents[e].actor].Role != tracker.Reporter {
			return s.ents[e].actor
		}
	}
	return -1
}

// memberOf reports whether token subj ends a name or title that follows
// actor mention a directly: "UN High Commissioner for Human Rights Volker
// Türk", "Police in Nigeria's Zamfara State".
func (s *sentence) memberOf(subj int, a *entMention) bool {
	if subj < a.t1 || subj > a.t1+8 {
		return false
	}
	return s.titleRun(a.t1, subj) || s.modifiersOnly(a.t1, subj)
}

// modifiersOnly reports whether tokens [i, j] only qualify the name before
// them: a bracketed acronym and an adjective or two, "(Ssa) federal",
// "congoleño".
func (s *sentence) modifiersOnly(i, j int) bool {
	if j-i > 4 {
		return false
	}
	inBrackets := false
	for k := i; k <= j; k++ {
		t := s.toks[k]
		switch {
		case t.text == "(":
			inBrackets = true
		case t.text == ")":
			inBrackets = false
		case inBrackets:
		case t.kind == tokWord && !t.upper && !verbLike(t.text) && !s.determinerAt(k) && s.entAt[k] < 0:
		default:
			return false
		}
	}
	return true
}

// namedAfterActor reports whether the capitalised name ending at token i
// belongs to a configured actor named just before it.
func (s *sentence) namedAfterActor(i int) bool {
	for k := i; k >= 0 && k >= i-8; k-- {
		if e := s.entAt[k]; e >= 0 && s.ents[e].actor >= 0 {
			return s.titleRun(s.ents[e].t1, i)
		}
	}
	return false
}

// titleRun reports whether tokens [i, j] are capitalised words, titles
// and the small words names are made of ("for", "of", "in", "de").
func (s *sentence) titleRun(i, j int) bool {
	for k := i; k <= j; k++ {
		t := s.toks[k]
		switch {
		case t.kind == tokWord && (t.upper || titleWords.hasToken(&t) || placeKinds.hasToken(&t) || countryWord(t.text)):
			// ("la Defensa Civil del estado brasileño de Minas Gerais")
		case t.text == "for" || t.text == "of" || t.text == "in" || t.text == "de" || t.text == "del" || t.text == "'s":
		case t.text == "." && k > i && s.toks[k-1].upper && s.in(k-1, honorifics):
			// "Press Secretary Brig. Gen. Pat Ryder": a rank's abbreviation
		case t.text == "." && k > i && s.initialAt(k-1):
			// "Fisheries Minister D. Jayakumar": a first name's initial
		case t.text == "(" && k == i && k+2 <= j && s.text(k+2) == ")":
			// "Nigerian Correctional Service (NCoS) spokesperson Francis
			// Enobore": the body's short name in brackets
			k += 2
		default:
			return false
		}
	}
	return true
}

// initialAt reports whether token k is an initial of a name: one capital
// letter with a period right after it ("D." of "D. Jayakumar").
func (s *sentence) initialAt(k int) bool {
	if k < 0 || k+1 >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	return t.kind == tokWord && t.upper && len(t.text) == 1 && s.toks[k+1].text == "." && !s.toks[k+1].spaceBefore
}

// reportsFigure reports whether the sentence states a count as someone's
// report rather than narrating: an attribution verb ("he said", "it
// added", "detalló"), or a noun of a figure ("the toll rose to 46", "el
// saldo: 76 muertos"), a verb that gives one ("rose to", "suma"), or
// quotation marks (a speaker's words).
func (s *sentence) reportsFigure() bool {
	if s.leadEnd >= 0 && s.st.prevActor >= 0 {
		return true // "Of those, 1,983 died": a share of the count just reported
	}
	if s.authorCueAside() {
		return true // "…, the analysis found."
	}
	if s.possessiveReport() {
		return true // "El informe … consigna además 405 víctimas": the report just spoken of
	}

	for q, t := range s.toks {
		if figureNouns.hasToken(&t) || quoteMarks.hasToken(&t) {
			return true // "…: «Hasta ahora van 464 excarcelaciones»": quoted
		}
		if _, _, ok := cueVerbs.matchAt(s.toks, q); ok && !s.negatedAt(q) {
			return true
		}
		if _, _, ok := cuePrefixes.matchAt(s.toks, q); ok {
			return true
		}
		if _, _, ok := figureVerbs.matchAt(s.toks, q); ok {
			return true
		}
	}
	return false
}

// quoteMarks open or close a quotation.
var quoteMarks = newWordSet("\"", "«", "»", "“", "”")

// elidedSubjectSpeaker returns the configured speaker of an earlier clause
// when clause c opens on "and" and an attribution verb with no subject of
// its own ("…, y cifró en 3.408 los heridos", "and put the injured at 82"),
// or -1.
func (s *sentence) elidedSubjectSpeaker(c int) int {
	q := s.firstOfClause(c)
	if q == 0 {
		return -1
	}
	for q < len(s.toks) && (s.text(q) == "," || s.text(q) == "y" || s.text(q) == "e" || s.text(q) == "and") {
		q++
	}
	if q == s.firstOfClause(c) || q >= len(s.toks) {
		return -1 // no conjunction: a clause of its own
	}
	_, _, cue := cueVerbs.matchAt(s.toks, q)
	if !cue || s.negatedAt(q) {
		return -1
	}
	speaker := -1
	for _, em := range s.ents {
		if em.actor >= 0 && em.speaker && em.t1 <= s.firstOfClause(c) && s.e.actors[em.actor].Role != tracker.Reporter {
			speaker = em.actor // the nearest speaker before the clause
		}
	}
	return speaker
}

// organisationSpeaker returns the organisation last named (a confirmer,
// a few sentences back at most) when the subject of an attribution verb in
// clause c is a definite organisation noun that names no actor: "the group
// had put at 350", "la ONG informó"; or the previous sentence's actor when
// the subject is a pronoun opening the sentence ("It has tallied 431").
// It returns -1 otherwise.
func (s *sentence) organisationSpeaker(c int) int {
	return s.organisationSpeakerBefore(c, len(s.toks))
}

// organisationSpeakerBefore is organisationSpeaker for a verb of saying
// before token end: the organisation that states a number after it ("La
// organización humanitaria confirmó 22 muertos"), not one that says so
// after the number ("…, the group said").
func (s *sentence) organisationSpeakerBefore(c, end int) int {
	conf := s.st.lastConf
	if s.st.sent-s.st.confSent > memoryReach {
		conf = -1
	}
	for q := 1; q < end; q++ {
		if s.clause[q] != c {
			continue
		}
		_, n, ok := cueVerbs.matchAt(s.toks, q)
		if !ok || s.negatedAt(q) {
			continue
		}
		if j := q + n; conf >= 0 && s.es && definiteAt(s.text(j)) && s.in(j+1, organisationNouns) && !s.inActor(j+1) &&
			s.clause[j+1] == c && s.unnamedAfter(j+2) {
			return conf // ", alertó la ONG": the subject after the verb (not "la ONG saudí ALQST")
		}
		k := s.skipToSubject(q - 1) // subjectOf says -1 for a generic subject: find it here
		if k == 0 || k >= 1 && s.text(k-1) == "," {
			// "It has tallied 431 releases since the government
			// promised…": the speaker of the sentence before
			if p := s.st.prevActor; p >= 0 && s.in(k, speakerPronouns) && s.e.actors[p].Role != tracker.Reporter {
				return p
			}
		}
		if s.genericOrganisationAt(k) {
			k-- // "la organización humanitaria confirmó"
		}
		if k >= 2 && (s.text(k-1) == "de" || s.text(k-1) == "of") && s.in(k-2, organisationNouns) && !s.toks[k].upper {
			k -= 2 // "Esa coalición de organizaciones cifró": the noun before "de" is the head
		}
		if k >= 2 && s.text(k) == "tank" && s.text(k-1) == "think" {
			k-- // "the Sweden-based think tank estimated"
		} else if k < 1 || !s.in(k, organisationNouns) || s.inActor(k) {
			continue
		}
		if j := k - 1; conf >= 0 && (referringDeterminerAt(s.text(j)) || j >= 1 && s.toks[j].kind == tokWord && referringDeterminerAt(s.text(j-1))) {
			return conf // "the group", "the rights group", "la ONG", "esa coalición"
		}
	}
	return -1
}

// referringDeterminerAt reports whether word t, before a noun, points
// back to something already named: a definite article or a demonstrative
// ("the", "la", "this", "esa", "dicha").
func referringDeterminerAt(t string) bool {
	return definiteAt(t) || demonstratives.has(t)
}

// unnamedAfter reports whether the words from token k, at most two
// lowercase ones, end the clause without a name: "la ONG." or "la ONG
// en su informe," but not "la ONG saudí ALQST".
func (s *sentence) unnamedAfter(k int) bool {
	for n := 0; k < len(s.toks) && s.toks[k].kind == tokWord; k, n = k+1, n+1 {
		if s.toks[k].upper || n == 2 {
			return false
		}
	}
	return k >= len(s.toks) || s.toks[k].kind == tokPunct
}

// speakerPronouns stand for the previous sentence's speaker as the subject
// of an attribution verb.
var speakerPronouns = newWordSet("it", "they", "he", "she")

// asideHasCue reports whether aside id holds an attribution verb: ", the
// Israel Defense Forces said on Monday,".
func (s *sentence) asideHasCue(id int) bool {
	for q := range s.toks {
		if s.aside[q] != id {
			continue
		}
		if _, _, ok := cueVerbs.matchAt(s.toks, q); ok {
			return true
		}
	}
	return false
}

// skipToSubject returns the first token at or before k that is not an
// auxiliary, adverb, weekday or time word standing between a subject and
// its verb ("the government has also said on Monday"), or -1.
func (s *sentence) skipToSubject(k int) int {
	for {
		for k >= 0 && (subjectSkips.hasToken(&s.toks[k]) || weekdays.hasToken(&s.toks[k]) || timeWords.hasToken(&s.toks[k])) {
			k--
		}
		// "Police, however, put the number at 30", "La policía, por su
		// parte, cifró": a connective between commas
		if k < 2 || s.toks[k].text != "," || s.aside[k-1] != 0 {
			return k // (an aside is subjectOf's to pass)
		}
		j := k - 1
		for j >= 0 && connectiveWords.hasToken(&s.toks[j]) {
			j--
		}
		if j == k-1 || j < 1 || s.toks[j].text != "," || s.toks[j-1].kind != tokWord {
			return k // (a name in brackets before it, "… (OCHA), por su parte,", is subjectOf's to read)
		}
		k = j - 1
	}
}

// connectiveWords make up the connectives a text sets between commas after
// a subject: "however", "for its part", "sin embargo", "por su parte", "a
// su vez".
var connectiveWords = newWordSet("however", "though", "meanwhile", "moreover", "instead", "also", "too",
	"nonetheless", "nevertheless", "for", "its", "their", "part", "in", "turn", "sin", "embargo", "por", "su",
	"sus", "parte", "a", "vez", "no", "obstante", "en", "cambio", "tanto", "además", "también", "asimismo")

// impersonalSe reports whether the verb at q has an impersonal or passive
// "se" before it, past auxiliaries only: "se contabilizaban", "se han
// reportado".
func (s *sentence) impersonalSe(q int) bool {
	for k := q - 1; k >= 0 && k >= q-3; k-- {
		switch t := s.toks[k].text; {
		case t == "se":
			return true
		case !subjectSkips.has(t):
			return false
		}
	}
	return false
}

// possessiveReport reports whether the sentence opens on its speaker's
// report named by a possessive or just spoken of: "Su último recuento",
// "Its latest count", "El informe cifra en…".
func (s *sentence) possessiveReport() bool {
	i := 0
	if i < len(s.toks) && (s.toks[i].text == "y" || s.toks[i].text == "and" || s.toks[i].text == "but" || s.toks[i].text == "pero") {
		i++
	}
	switch s.text(i) {
	case "su", "sus", "its", "their":
	case "el", "la", "the":
		// "El informe cifra en…", "The analysis found": a report just
		// spoken of
		return s.in(i+1, reportNouns)
	default:
		return false
	}
	for j := i + 1; j < len(s.toks) && j <= i+3; j++ {
		if s.in(j, genericSubjects) {
			return true
		}
		if s.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// bareCueAside reports whether a reporting verb stands alone between
// commas, or between a comma and the full stop: ", añadió,", ", precisó.".
// authorCueAside reports whether the sentence ends on, or sets between
// commas, a reporting verb whose subject is the authors of a count or
// their report: "…, the researchers estimated.", "…, the analysis found,
// …", "…, señala el informe."
func (s *sentence) authorCueAside() bool {
	for q := 3; q < len(s.toks); q++ {
		_, n, ok := cueVerbs.matchAt(s.toks, q)
		if !ok && s.in(q, findingVerbs) {
			n, ok = 1, true // "…, the analysis found." (a finding only after its authors or report)
		}
		if !ok || s.negatedAt(q) {
			continue
		}
		// English: ", the researchers estimated"
		if t := s.text(q + n); t == "," || t == "." || t == "" {
			if w := s.text(q - 1); (authorNouns.has(w) || reportNouns.has(w)) && (s.in(q-2, possessives) || definiteAt(s.text(q-2))) &&
				s.text(q-3) == "," {
				return true
			}
			if s.text(q-1) == "it" && s.text(q-2) == "," && s.in(q, findingVerbs) {
				return true // ", it showed": the report just named
			}
		}
		// "En conjunto, el equipo calcula que…", "The researchers estimate
		// that…": the authors as the subject of a clause that opens the
		// sentence or follows a comma
		if w := s.text(q - 1); (authorNouns.has(w) || reportNouns.has(w) || teamNouns.has(w)) && (s.in(q-2, possessives) || definiteAt(s.text(q-2))) &&
			(q == 2 || s.text(q-3) == ",") && (s.text(q+n) == "que" || s.text(q+n) == "that") {
			return true
		}
		// Spanish: ", señala el informe", ", estimaron sus investigadores"
		if s.text(q-1) == "," && q+n+1 < len(s.toks) && (s.in(q+n, possessives) || definiteAt(s.text(q+n))) {
			if w := s.text(q + n + 1); authorNouns.has(w) || reportNouns.has(w) {
				if t := s.text(q + n + 2); t == "," || t == "." || t == "" {
					return true
				}
			}
		}
	}
	return false
}

// findingVerbs state what authors or a report found: cues only after
// them ("the researchers found", "the analysis shows"), for "found" alone
// is as often "bodies were found".
var findingVerbs = newWordSet("found", "finds", "shows", "showed", "concluded", "concludes", "revealed",
	"reveals", "encontró", "halló", "concluyó", "revela", "reveló", "muestra", "mostró")

func (s *sentence) bareCueAside() bool {
	for q := 1; q < len(s.toks); q++ {
		if s.toks[q-1].text != "," {
			continue
		}
		if _, n, ok := cueVerbs.matchAt(s.toks, q); ok && !s.negatedAt(q) {
			if t := s.text(q + n); t == "," || t == "." || t == "" {
				return true
			}
		}
	}
	return false
}

// officialGovernment returns the government claimant that "officials" or
// "the official count" of the text stand for: the government actor named
// last, or the one whose country the text names; -1 when the tracker names
// none or nothing tells several apart.
func (s *sentence) officialGovernment() int {
	var govs []int
	for ai, g := range s.e.governments {
		// named, or its country named: not a government of elsewhere
		if g && s.e.actors[ai].Role == tracker.Claimant && (s.st.lastNamed[ai] > 0 || s.st.lastPlace[ai] > 0) {
			govs = append(govs, ai)
		}
	}
	return s.pickActor(govs)
}

// soleStateBody returns, for a text that names no government, the one body
// of a state it has named ("Peru's Health Ministry gave an update.
// Officials said …"), or -1 when it named none or several.
func (s *sentence) soleStateBody() int {
	found := -1
	for ai, b := range s.e.stateBodies {
		if b && s.st.lastNamed[ai] > 0 {
			if found >= 0 {
				return -1
			}
			found = ai
		}
	}
	return found
}

// bareOfficials reports whether token k is "officials", "authorities" or
// "autoridades" with nothing that makes them someone else's: no name or
// country before ("United Nations officials", "Ukrainian and Russian
// officials"), no "aid officials", "autoridades locales".
func (s *sentence) bareOfficials(k int) bool {
	if !s.in(k, governmentOfficialWords) || s.in(k-1, otherOfficials) || s.in(k+1, otherOfficials) {
		return false
	}
	if k > 0 && (s.toks[k-1].upper && !s.determinerAt(k-1) || countryWord(s.text(k-1))) {
		return false
	}
	return !countryWord(s.text(k + 1)) // "las autoridades egipcias"
}

// plainOfficials reports whether token k is bare officials (bareOfficials)
// with nothing before them but an article or punctuation: "officials
// said", "informaron las autoridades" (not "hospital officials").
func (s *sentence) plainOfficials(k int) bool {
	return s.bareOfficials(k) && (k == 0 || s.determinerAt(k-1) || s.toks[k-1].kind == tokPunct || s.in(k-1, countrySpeakVerbs))
}

// soleGovernment returns the one government the text has named (or named
// the country of), or -1 when it named none or several.
func (s *sentence) soleGovernment() int {
	found := -1
	for ai, g := range s.e.governments {
		if g && s.e.actors[ai].Role == tracker.Claimant && (s.st.lastNamed[ai] > 0 || s.st.lastPlace[ai] > 0) {
			if found >= 0 {
				return -1
			}
			found = ai
		}
	}
	if found < 0 {
		return s.soleStateBody()
	}
	return found
}

// governmentWordIn reports whether clause c names its source only as
// "officials", "the authorities" or an "official" figure, the words that
// stand for a government (not "the police", "prosecutors").
func (s *sentence) governmentWordIn(c int) bool {
	gov := false
	for i, t := range s.toks {
		if s.clause[i] != c || !officialWords.hasToken(&t) || s.inActor(i) {
			continue
		}
		if !governmentOfficialWords.hasToken(&t) || s.in(i-1, otherOfficials) || s.in(i+1, otherOfficials) {
			return false // "aid officials", "autoridades locales": not the government's
		}
		gov = true
	}
	return gov
}

// officialFigureIn reports whether clause c calls a figure official:
// "official figures", "las cifras oficiales", "the official toll", "the
// official death toll" (a noun of what is counted between).
func (s *sentence) officialFigureIn(c int) bool {
	for i := range s.toks {
		if s.clause[i] != c || !s.in(i, governmentOfficialWords) {
			continue
		}
		if s.in(i-1, figureNouns) || s.in(i+1, figureNouns) || s.in(i+2, figureNouns) && s.countedModifierAt(i+1) {
			return true
		}
	}
	return false
}

// countedModifierAt reports whether token k is a lower-case noun that
// says what a figure noun after it counts: "death" of "death toll",
// "casualty" of "casualty figures".
func (s *sentence) countedModifierAt(k int) bool {
	t := s.toks[k]
	return t.kind == tokWord && !t.upper && !functionWords.hasToken(&t) && !verbLike(t.text) && s.entAt[k] >= 0
}

// shareOfThem reports whether number m opens its sentence as a share of
// the count just reported: "At least 3,059 of them lost their lives".
func (s *sentence) shareOfThem(m *numMention) bool {
	t1, t2 := s.text(m.t1), s.text(m.t1+1)
	if (t1 != "of" && t1 != "de") || !objectPronouns.has(t2) {
		return false
	}
	for k := range s.nums {
		if s.nums[k].t0 < m.t0 && !s.nums[k].trap {
			return false
		}
	}
	return true
}

// disputesAfter reports whether the actor mention em is the subject of a
// dispute verb right after it: "which Qatar's government has flatly
// rejected", "que el Gobierno niega".
func (s *sentence) disputesAfter(em entMention) bool {
	if s.revisesFigure(em) {
		return true
	}
	for j := em.t1; j < len(s.toks) && j <= em.t1+3; j++ {
		if _, _, ok := disputeVerbs.matchAt(s.toks, j); ok {
			return !s.negatedAt(j)
		}
		if w := s.text(j); !relativeAuxiliaries.has(w) && !predicateAdverbs.has(w) && !mannerAdverb(w) {
			return false
		}
	}
	return false
}

// targetOf reports whether actor mention em is what something is
// against ("las protestas contra el Gobierno", "attacks against the
// army") or one of the parties something is between ("los combates entre
// Tailandia y Camboya"): a party to an event, not a source, unless a cue
// binds it.
func (s *sentence) targetOf(em entMention) bool {
	if em.cueBound {
		return false
	}
	start := s.mentionStart(em.t0)
	switch s.text(start - 1) {
	case "contra", "against", "entre", "between":
		return true
	case "de", "del", "of":
		// "el asalto contra el campamento de la Misión de la ONU": whose
		// camp was attacked
		for k := start - 2; k >= 0 && k >= start-4; k-- {
			if t := s.text(k); t == "contra" || t == "against" {
				return true
			}
			if s.toks[k].kind != tokWord || s.toks[k].upper || !s.determinerAt(k) && !s.lowerWord(k) {
				break
			}
		}
	case "y", "e", "and":
		// "los combates entre Tailandia y Camboya": the second party
		for _, o := range s.ents {
			if o.t1 == start-1 {
				p := s.text(s.mentionStart(o.t0) - 1)
				return p == "entre" || p == "between"
			}
		}
	}
	return false
}

// countryAsPlace reports whether actor mention em is an alias that names
// a country, used as the place something happens in: "En Camboya, unas
// 20.000 personas fueron evacuadas", "in India". A cue binding it makes it
// a source again.
func (s *sentence) countryAsPlace(em entMention) bool {
	if em.cueBound || em.t0 == 0 || !s.in(em.t0-1, inPlacePrepositions) {
		return false
	}
	n, ok := s.upperCountryAt(em.t0)
	return ok && em.t0+n == em.t1
}

// inPlacePrepositions put what follows them as the place of an event.
var inPlacePrepositions = newWordSet("in", "en", "inside", "within", "across", "throughout")

// revisesFigure reports whether actor mention em is the subject of a
// relative clause that revises a figure just given: "una cifra que la
// Confederación General del Trabajo (CGT) eleva hasta el millón y medio".
// Such an actor gives another figure, not that one.
func (s *sentence) revisesFigure(em entMention) bool {
	start := s.mentionStart(em.t0)
	if s.text(start-1) != "que" || !s.in(start-2, figureNouns) && !s.in(start-3, figureNouns) {
		return false
	}
	for j := em.t1; j < len(s.toks) && j <= em.t1+2; j++ {
		if s.in(j, reviseVerbs) {
			return true
		}
		if s.text(j) != ")" {
			return false
		}
	}
	return false
}

// reviseVerbs, said of someone else's figure, give another one: "una
// cifra que la CGT eleva hasta el millón y medio".
var reviseVerbs = newWordSet("eleva", "elevan", "elevó", "elevaron", "rebaja", "rebajan", "rebajó", "rebajaron",
	"multiplica", "multiplican", "triplica", "duplica", "reduce", "reducen", "raises", "lowers", "doubles", "triples")

// mannerAdverb reports whether w is an English adverb in -ly or a Spanish
// one in -mente: "flatly", "rotundamente".
func mannerAdverb(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "mente"))
}

// cueNounAt reports whether the attribution word at token q is a noun
// there: "in their latest joint estimates", "its own records", "the
// report" (not "the ministry reports 50 deaths").
func (s *sentence) cueNounAt(q int) bool {
	if !s.in(q, nounCues) {
		return false
	}
	if s.pluralCueBeforeOf(q) {
		return true
	}
	for k := q - 1; k >= 0 && k >= q-5; k-- {
		w := s.text(k)
		if s.determinerAt(k) || possessives.has(w) || headDeterminers.has(w) {
			return true
		}
		// (and the body whose estimates they are: "the annual U.S.
		// government estimates")
		if !reportAdjectives.has(w) && !(s.toks[k].upper && s.toks[k].kind != tokPunct) && !institutionNouns.has(w) {
			return false
		}
	}
	return false
}

// pluralCueBeforeOf reports whether the English verb of saying at token q
// is a plural noun before "of": "the citizenship claims of more than
// 106,000 stateless Bidun", "reports of 40 deaths".
func (s *sentence) pluralCueBeforeOf(q int) bool {
	return !s.es && s.text(q+1) == "of" && strings.HasSuffix(s.text(q), "s") && s.in(q, nounCues)
}

// nounCues are attribution words that are also nouns.
var nounCues = newWordSet("estimates", "estimate", "reports", "report", "records", "counts", "count", "claims",
	"claim", "lists", "notes", "documents", "tallies", "figures", "cuenta", "cifra", "registra", "registro")

// reportAdjectives qualify a report or a count: "their latest joint
// estimates", "its own records", "el último registro".
var reportAdjectives = newWordSet("latest", "last", "new", "own", "joint", "annual", "monthly", "weekly", "daily",
	"final", "official", "preliminary", "previous", "recent", "first", "updated", "provisional", "último",
	"ultimo", "nuevo", "propio", "anual", "mensual", "semanal", "diario", "oficial", "preliminar", "reciente")

// ownerInCount reports whether the actor mention a is an adjective inside
// the noun phrase of a count, naming whose the counted things or people
// are, not who counts them: "abatieron 28 drones de ataque hutíes", "28
// Houthi drones".
func (s *sentence) ownerInCount(a *entMention) bool {
	if a.t1-a.t0 != 1 || s.toks[a.t0].kind != tokWord {
		return false
	}
	for _, n := range s.nums {
		if n.trap || n.t1 > a.t0 || a.t0-n.t1 > 4 {
			continue
		}
		if a.t0 == n.t1 && !s.toks[a.t0].upper && !s.cueAt(a.t0+1) {
			return true // "79 police officers were injured", "79 policías": the people counted
		}
		if a.t0 == n.t1 {
			// "28 Houthi drones": an adjective before the counted noun
			next := s.text(a.t0 + 1)
			return s.toks[a.t0].upper && a.t0+1 < len(s.toks) && s.toks[a.t0+1].kind == tokWord && !s.toks[a.t0+1].upper &&
				!s.cueAt(a.t0+1) && !peopleNouns.has(next) && !genericPeople.has(next)
		}
		if s.toks[a.t0].upper {
			continue // a name after the count: "28 drones, Kyiv said"
		}
		inside := true
		for k := n.t1; k < a.t0; k++ {
			if t := s.toks[k]; t.kind != tokWord || t.upper || s.cueAt(k) {
				inside = false
				break
			}
		}
		if inside {
			return true // "28 drones de ataque hutíes"
		}
	}
	return false
}

// cueAt reports whether an attribution verb starts at token k.
func (s *sentence) cueAt(k int) bool {
	_, _, ok := cueVerbs.matchAt(s.toks, k)
	return ok
}

// claimsBy returns the configured actor named after "by" or "de" in a
// statement noun whose "that" clause holds number m: "claims by
// Robinson's supporters that three million people had turned out",
// "las afirmaciones del Gobierno de que 400 presos…". It returns -1
// otherwise.
func (s *sentence) claimsBy(m *numMention) int {
	for q := m.qStart - 1; q >= 1 && q >= m.qStart-12; q-- {
		if t := s.text(q); t == "." || t == ";" {
			return -1
		}
		if s.text(q) != "that" && !(s.text(q) == "que" && s.text(q-1) == "de") {
			continue
		}
		end := q
		if s.text(q) == "que" {
			end = q - 1
		}
		for _, em := range s.ents {
			if em.actor < 0 || em.t1 != end {
				continue
			}
			by := s.mentionStart(em.t0) - 1
			if w := s.text(by); w != "by" && w != "de" && w != "del" && w != "from" {
				continue
			}
			if s.in(by-1, statementNouns) {
				return em.actor
			}
		}
		return -1
	}
	return -1
}

// statementNouns name a statement whose author follows: "claims by",
// "las afirmaciones del Gobierno".
var statementNouns = newWordSet("claims", "claim", "reports", "report", "estimates", "estimate", "assertions",
	"statements", "figures", "afirmaciones", "declaraciones", "estimaciones", "cálculos", "calculos", "cifras",
	"denuncias", "versión", "version")

// speakerOfCountry returns, when token subj starts a country's name that
// is the subject of a counting verb in what an actor reports ("El INEGI
// informó que México registró un exceso de mortalidad de …"), the actor
// that reports it, or -1: the country is where the count was made, not
// its source.
func (s *sentence) speakerOfCountry(subj, q int) int {
	if _, n, _ := cueVerbs.matchAt(s.toks, q); subj < 0 || !placeCountVerbs.has(s.joined(q, q+n)) {
		return -1 // "Jordania informó de que …": the country speaks
	}
	if _, ok := s.upperCountryAt(subj); !ok {
		return -1
	}
	// the speaker before ("El INEGI informó que México registró…") or
	// after ("Brazil has recorded 2,045,277 dengue cases, the Health
	// Ministry said")
	for _, em := range s.ents {
		if em.actor >= 0 && (em.speaker || em.cueBound && em.t0 > subj) && !em.member && s.e.actors[em.actor].Role != tracker.Reporter {
			return em.actor
		}
	}
	return -1
}

// describedSource returns the noun by which the sentence describes the
// source of what it reports, when it names none and describes one with an
// indefinite article: "a monitoring group said" ("group"), "according to
// the estimate of an independent commission" ("commission"), "según una
// ONG local" ("ong"). It returns "" otherwise.
func (s *sentence) describedSource() string {
	if s.hasSourceActor() || !s.reportsFigure() {
		return ""
	}
	for i, t := range s.toks {
		switch t.text {
		case "a", "an", "un", "una":
		default:
			continue
		}
		for j := i + 1; j < len(s.toks) && j <= i+4; j++ {
			w := s.toks[j]
			if w.kind != tokWord || s.entAt[j] >= 0 {
				break
			}
			if describedNouns.hasToken(&w) {
				return w.text
			}
			if w.upper || functionWords.hasToken(&w) {
				break
			}
		}
	}
	return ""
}

// hasSourceActor reports whether the sentence names an actor that is not
// a reporter.
func (s *sentence) hasSourceActor() bool {
	for _, em := range s.ents {
		if em.actor >= 0 && s.e.actors[em.actor].Role != tracker.Reporter {
			return true
		}
	}
	return false
}

// describedNouns describe a source before a text names it: the nouns of
// organisations, and "a monitoring group", "an independent commission".
var describedNouns = lexSetWith(organisationNouns, "grupo", "monitor", "observatory", "observatorio", "commission",
	"comisión", "coalition", "coalición", "network", "red", "foundation", "fundación", "nonprofit")

// introducedActor returns the actor this sentence names as a speaker, or
// as the body a person speaks for ("The commission's president, Jean-Marc
// Sauvé, said"), that the noun describing an earlier source fits: one of
// its aliases holds the noun, or it is an independent verifier, the kind
// of body such nouns describe. It returns -1 when none or several fit.
func (s *sentence) introducedActor(noun string) int {
	found := -1
	for _, em := range s.ents {
		if em.actor < 0 || em.member || em.object || em.agent {
			continue
		}
		a := s.e.actors[em.actor]
		if a.Role == tracker.Reporter || !em.cueBound && !em.speaker && s.text(em.t1) != "'s" {
			continue
		}
		if a.Role != tracker.Confirmer && !s.e.aliasWords[em.actor][noun] {
			continue
		}
		if found >= 0 && found != em.actor {
			return -1
		}
		found = em.actor
	}
	return found
}

// officialsDomains name the field of officials or authorities ("health
// officials", "autoridades sanitarias") and the first letters (nameStem)
// of the words that name an actor of that field ("Ministry of Health",
// "Secretaría de Salud", "Emergency Services").
var officialsDomains = map[string][]string{
	"health": {"healt", "salud", "sanit"}, "sanitarias": {"healt", "salud", "sanit"},
	"sanitarios": {"healt", "salud", "sanit"}, "sanitaria": {"healt", "salud", "sanit"},
	"emergency": {"emerg"}, "emergencias": {"emerg"}, "disaster": {"disas", "desas"},
	"immigration": {"immig", "migra"}, "migratorias": {"immig", "migra"}, "migration": {"immig", "migra"},
	"prison": {"priso", "penit"}, "penitenciarias": {"priso", "penit"},
	"electoral": {"elect"}, "electorales": {"elect"}, "education": {"educa"}, "educativas": {"educa"},
	"salud": {"healt", "salud", "sanit"}, "sanidad": {"healt", "salud", "sanit"},
}

// fieldMinistryIn reports whether clause c names a ministry by its field
// alone ("la cartera sanitaria") in a text that has named no listed actor
// before: the first mention of the body, not a word for one named.
func (s *sentence) fieldMinistryIn(c int) bool {
	for ai, seen := range s.st.seen {
		if seen && s.e.actors[ai].Role != tracker.Reporter {
			return false
		}
	}
	for i := range s.toks {
		if s.clause[i] == c && s.fieldMinistryAt(i) {
			return true
		}
	}
	return false
}

// fieldMinistryAt reports whether token i is "cartera" and the word after
// it a field of officials: "cartera sanitaria".
func (s *sentence) fieldMinistryAt(i int) bool {
	_, ok := officialsDomains[s.text(i+1)]
	return ok && s.text(i) == "cartera"
}

// ministryStems begin the words that name a ministry.
var ministryStems = []string{"minis", "depar", "secre"}

// domainOfficials returns the one listed actor that officials,
// authorities or sources of a named field speak for in clause c ("health
// officials said", "informaron las autoridades sanitarias", "las
// autoridades de salud informaron"): the only actor the text has named, or
// else the only state body, with a word of that field in its name or
// aliases; when the text has named none, the only actor of the tracker
// with such a word, or of several the one whose country the text named
// last (see pickActor). It returns -1 when the clause names no such
// officials or no single actor fits.
func (s *sentence) domainOfficials(c int) int {
	var stems []string
	ministry := false // the field's ministry: "health ministry officials"
	place := ""       // the country named with it: "la cartera sanitaria paraguaya"
	for i := range s.toks {
		if s.es && s.clause[i] == c && s.fieldMinistryAt(i) && s.determinerAt(i-1) {
			// "informó la cartera sanitaria (paraguaya)": the field's ministry
			stems, ministry = officialsDomains[s.text(i+1)], true
			if w := s.text(i + 2); (countryWord(w) || s.e.lex.demonymOfName(w)) && s.e.lex.countryKeys[placeKey(w)] {
				place = placeKey(w)
			} else if !s.bareField(i+2) && w != "nacional" {
				stems = nil
			}
			continue
		}
		if s.clause[i] != c || !s.in(i, governmentOfficialWords) && s.text(i) != "sources" && s.text(i) != "fuentes" {
			continue
		}
		if d, ok := officialsDomains[s.text(i-1)]; ok && !s.es && s.in(i+1, countrySpeakVerbs) && s.bareField(i-2) {
			stems = d // "health officials said"
		} else if d, ok := officialsDomains[s.text(i-2)]; ok && !s.es && (s.text(i-1) == "ministry" || s.text(i-1) == "department") &&
			s.in(i+1, countrySpeakVerbs) && s.bareField(i-3) {
			stems, ministry = d, true // "health ministry officials said"
		} else if d, ok := officialsDomains[s.text(i+1)]; ok && s.es && s.bareField(i+2) &&
			(s.in(i-2, countrySpeakVerbs) || s.text(i-2) == "segun" || s.text(i-1) == "segun" || s.determinerAt(i-1) && s.in(i+2, countrySpeakVerbs)) {
			stems = d // "informaron las autoridades sanitarias", "según fuentes sanitarias", "las autoridades sanitarias informaron"
		} else if d, ok := officialsDomains[s.text(i+2)]; ok && s.es && s.text(i+1) == "de" && s.bareField(i+3) &&
			(s.in(i-2, countrySpeakVerbs) || s.text(i-2) == "segun" || s.text(i-1) == "segun" || s.determinerAt(i-1) && s.in(i+3, countrySpeakVerbs)) {
			stems = d // "las autoridades de salud informaron", "según las autoridades de salud"
		}
	}
	if stems == nil {
		return -1
	}
	var fits, bodies []int
	for ai, a := range s.e.actors {
		if ministry && !s.e.aliasesNameField(ai, ministryStems) || place != "" && !containsInt(s.e.placeActors[place], ai) {
			continue
		}
		if a.Role == tracker.Reporter || s.st.lastNamed[ai] == 0 || !s.e.aliasesNameField(ai, stems) {
			continue // (officials of the field of an actor the text has not named may be another country's)
		}
		fits = append(fits, ai)
		if s.e.stateBodies[ai] {
			bodies = append(bodies, ai)
		}
	}
	switch {
	case len(fits) == 1:
		return fits[0]
	case len(bodies) == 1:
		return bodies[0]
	case len(fits) == 0:
		var cands []int
		for ai, a := range s.e.actors {
			if a.Role == tracker.Reporter || !s.e.aliasesNameField(ai, stems) || ministry && !s.e.aliasesNameField(ai, ministryStems) ||
				place != "" && !containsInt(s.e.placeActors[place], ai) {
				continue
			}
			cands = append(cands, ai)
		}
		switch len(cands) {
		case 0:
			return -1
		case 1:
			return cands[0]
		}
		// "ha matado a 11 personas en Kenia, según las autoridades
		// sanitarias" for trackers of several countries' health
		// ministries: the one whose country the text named last
		return s.pickActor(cands)
	}
	return -1
}

// bareField reports whether token k, beside officials and their field,
// leaves them unplaced: no country, capitalised name or level of
// government ("Egyptian health officials", "fuentes sanitarias
// egipcias", "federal health officials", "autoridades sanitarias del
// país").
func (s *sentence) bareField(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != tokWord {
		return true
	}
	w := s.text(k)
	return !countryWord(w) && !(s.toks[k].upper && !s.determinerAt(k)) && !otherOfficials.has(w) && w != "federal" &&
		w != "federales" && w != "del" && w != "de" && w != "in" && w != "y" && w != "and"
}

// aliasesNameField reports whether a word of actor ai's name or aliases
// (aliasWords) begins with one of stems (see nameStem).
func (e *Extractor) aliasesNameField(ai int, stems []string) bool {
	for w := range e.aliasWords[ai] {
		if slices.Contains(stems, nameStem(w)) {
			return true
		}
	}
	return false
}

// nameGoesOnTo returns where the longer name that actor mention a heads
// ends ("the United Nations Office for the Coordination of Humanitarian
// Affairs", "Protección Civil de la Secretaría de Gobernación"), or a.t1
// when no such name goes on after it (see actorHeadingName).
func (s *sentence) nameGoesOnTo(a *entMention) int {
	if a.actor < 0 || a.t1 >= len(s.toks) {
		return a.t1
	}
	from := a.t1
	if s.text(from) == "(" && from+2 < len(s.toks) && s.text(from+2) == ")" {
		from += 3 // "el Centro Sismológico Nacional (CSN) de la Universidad de Chile"
	}
	state := s.e.governments[a.actor] || s.e.stateBodies[a.actor]
	if t := s.text(from); (t == "'s" || t == "’s") && state && from+1 < len(s.toks) && s.toks[from+1].upper &&
		institutionNouns.hasToken(&s.toks[from+1]) {
		from++ // "Jordan's Ministry of Foreign and Expatriate Affairs": a body of the state
	} else if from >= len(s.toks) {
		return a.t1
	} else if first := s.toks[from]; first.text != "de" && first.text != "del" && first.text != "of" &&
		!(first.upper && bodyNouns.hasToken(&first)) {
		return a.t1
	}
	end := a.t1
	named, prefixed := false, false // an institution of its own, a country's long name, before any country
	for j := from; j < len(s.toks) && j < from+10 && !s.inEntity(j); j++ {
		t := s.toks[j]
		if t.kind != tokWord || !t.upper && !nameConnectors.hasToken(&t) {
			break
		}
		if _, country := s.upperCountryAt(j); country && t.upper && !named &&
			(prefixed || !containsInt(s.e.placeActors[placeKey(t.text)], a.actor)) {
			// "the Health Ministry of the Republic of Congo": another
			// country's body (not "el Gobierno de Cuba" for Cuba's)
			return a.t1
		}
		if t.upper {
			end = j + 1
			prefixed = prefixed || countryPrefixes.hasToken(&t)
			named = named || !countryPrefixes.hasToken(&t)
		}
	}
	return end
}

// countryPrefixes open a country's long name: "the Republic of Congo",
// "la República Democrática del Congo".
var countryPrefixes = newWordSet("republic", "república", "democratic", "democrática", "federal", "islamic",
	"islámica", "kingdom", "reino", "united", "unidos", "state", "estado", "people's", "popular")

// nameConnectors join the capitalised words of an institution's name:
// "Secretaría de Gobernación", "Office for the Coordination of
// Humanitarian Affairs".
var nameConnectors = newWordSet("de", "del", "la", "las", "los", "el", "y", "of", "the", "for", "on", "and")

// actorHeadingName returns the actor whose name heads the longer name that
// ends at token k, the subject of a verb: its own body or its part of
// another one ("Protección Civil de la Secretaría de Gobernación (Segob)",
// "the United Nations Office for the Coordination of Humanitarian
// Affairs", "el Centro Sismológico Nacional de la Universidad de Chile");
// -1 when the name is no listed actor's.
func (s *sentence) actorHeadingName(k int) int {
	if k < 0 || k >= len(s.toks) || !s.toks[k].upper || s.inEntity(k) {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		t := s.toks[j]
		if t.text == ")" {
			// "el Centro Sismológico Nacional (CSN) de la Universidad de
			// Chile": past a short name in brackets
			for j > 0 && j >= k-12 && s.text(j) != "(" {
				j--
			}
			continue
		}
		if i := s.mentionCovering(j); i >= 0 {
			if em := &s.ents[i]; em.actor >= 0 && em.t1 == j+1 && s.nameGoesOnTo(em) > em.t1 {
				return em.actor
			}
			return -1
		}
		if t.text == "'s" || t.text == "’s" {
			continue // "Jordan's Ministry of …", if Jordan's state has bodies (see nameGoesOnTo)
		}
		if t.kind != tokWord || !t.upper && !nameConnectors.hasToken(&t) {
			return -1
		}
	}
	return -1
}

// inEntity reports whether token k belongs to any actor alias, keyword or
// term found in the sentence.
func (s *sentence) inEntity(k int) bool { return s.mentionCovering(k) >= 0 }

// mentionCovering returns the index into s.ents of the first mention
// whose tokens include token k, or -1 (s.entAt indexes mentions by their
// first token only).
func (s *sentence) mentionCovering(k int) int {
	for i, em := range s.ents {
		if k >= em.t0 && k < em.t1 {
			return i
		}
	}
	return -1
}

// authoredNouns name a piece of work whose author counts what it says:
// "the report by", "la auditoría del despacho".
var authoredNouns = newWordSet("report", "analysis", "study", "survey", "assessment", "review", "audit", "census",
	"investigation", "inquiry", "informe", "análisis", "estudio", "reporte", "evaluación", "auditoría", "censo",
	"investigación", "encuesta", "tally", "count", "recuento", "conteo", "balance")

// reportAuthorOfSubject returns the one actor that wrote the work the
// subject ending at token k names: the subject opens its clause on a
// determiner and a noun for a work ("La auditoría del despacho Cremades &
// Calvo-Sotelo sobre los abusos en la Iglesia … contabiliza"), the actor
// follows "de"/"del"/"of"/"by" within four words, and no other actor,
// verb or punctuation stands in the subject; -1 otherwise.
func (s *sentence) reportAuthorOfSubject(k int) int {
	if k < 0 || k >= len(s.toks) {
		return -1
	}
	c := s.clause[k]
	start := k
	// back to the clause's start, past the "&" of a firm's name
	for start > 0 && s.clause[start-1] == c && (s.toks[start-1].kind != tokPunct || s.text(start-1) == "&") {
		start--
	}
	// the work opens the clause, perhaps after one word: "MADRID, 21 Dic.
	// — La auditoría", "But the report by …"
	work := -1
	for j := start; j <= k && j <= start+1; j++ {
		if s.determinerAt(j) && s.in(j+1, authoredNouns) {
			work = j + 1
			break
		}
	}
	if work < 0 {
		return -1
	}
	author := -1
	for _, em := range s.ents {
		if em.actor < 0 || em.t0 <= work || em.t0 > k {
			continue
		}
		if author >= 0 {
			return -1 // two actors: whose work is it
		}
		if em.t0 > work+5 {
			return -1
		}
		by := false
		for j := work + 1; j < em.t0; j++ {
			switch s.text(j) {
			case "de", "del", "of", "by", "por":
				by = true
			}
		}
		if !by {
			return -1
		}
		author = em.actor
	}
	for j := work + 1; j <= k; j++ {
		if t := s.toks[j]; t.preterite || verbLike(t.text) && !t.upper {
			return -1 // "the report that the ministry published": a clause of its own
		}
	}
	return author
}

// availableInformation after "según" or "according to" hedges a figure
// without naming a source: "según la información disponible", "according
// to available data".
var availableInformation = phrasesOf(1, "información disponible", "informaciones disponibles", "datos disponibles",
	"available information", "available data", "lo que se sabe", "what is known")
