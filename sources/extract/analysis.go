package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// figureReach is how far a figure noun may stand from the number it
	// gives: "una cifra que el Foro Penal eleva a 644", but not a comma
	// and a clause away ("en su registro, y entregará una lista de 232").
	figureReach = 12
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
	rs     []rune // the whole text
	toks   []token
	active []int
	st     *extractState
	es     bool  // written in Spanish
	cost   []int // cost[i] is the distance cost of toks[:i]
	clause []int // clause number of each token
	group  []int // clauses not separated by a contrast ("while", "pero") share a group
	aside  []int // the aside (relative clause, apposition) of each token, 0 for none
	// aside events: tokens of a phrase that names another event than the
	// clause's, "pese a las excarcelaciones", "after the releases"
	background []bool
	// leadEnd is the comma that ends an opening partitive phrase, or -1
	leadEnd int
	ents    []entMention
	entAt   []int // index into ents of the mention starting at each token, or -1
	nums    []numMention
	// quoteGoesOn is set when a quotation open in this sentence goes on
	// into the next: a figure with no actor waits for its speaker.
	quoteGoesOn bool
	// inferred is set when the governing cue names no actor and the one
	// taken is inferred ("según cifras oficiales": the government).
	inferred bool
	// pendingFallback is the actor a waiting figure falls back on.
	pendingFallback int
	// unattributed are the figures of the sentence with a metric and no
	// actor at all (not vetoed, not denied): the next sentence may name
	// who gave them ("El SNAI confirmó … la cantidad de fallecidos").
	unattributed []figure
	// condition is 2 when the sentence sets a condition ("si", "if",
	// "unless"), 1 when it does not, 0 before conditionedFuture looks
	condition int8
	// possessed is the person a possessive introduced as speaking for the
	// actor before it ("his spokeswoman Natalya Eismont"): the token of
	// the last name and the actor, or -1
	possessed, possessedActor int
	// partsOnly caches whether the sentence gives only parts of counts
	// (it opens on a place, it is a breakdown): 0 not yet known, 1 yes, 2 no
	partsOnly int8
	// listsParts caches whether the sentence pairs counts with places
	// ("respectively") or ranks them: 0 not yet known, 1 yes, 2 no
	listsParts int8
	// finalSource and sameCited cache sentenceFinalSource and
	// sameSourceCited, which read the whole sentence once: the actor plus
	// two (so that -1, none, is 1), or 0 when not yet known
	finalSource, sameCited int
	// vetoed is set by actorFor when it refused every actor because the
	// number has another, unconfigured source ("the opposition said"),
	// rather than because no actor was named
	vetoed bool
	// unlistedSpoke is set when a number of the sentence was vetoed so:
	// someone unlisted speaks in it ("Defence analysts estimate …")
	unlistedSpoke bool
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
	member      bool // one of the people counted: "…, Ales Bialiatski among them"
	byCue       int  // the first token of a participle cue before it ("claimed by"), or -1
	split       bool // the words after the object of a split term ("to death" of "put 853 people to death")
}

// shortReference returns the actor a capitalised word after an article
// refers back to: a head word of one of its aliases (aliasHeads), when the text has named it in full
// before and no other actor named so far has that word ("la Prefectura"
// after "la Prefectura Marítima de la Mancha", "the Fund" after "the
// National Law Enforcement Officers Memorial Fund"); else -1. A word
// that starts a longer name ("the Fund for Peace") refers to nothing.
func (s *sentence) shortReference(i int) int {
	t := s.toks[i]
	if i == 0 || !s.determinerAt(i-1) || t.caps || countryWord(t.text) || len([]rune(t.text)) < 4 {
		return -1
	}
	if i+1 < len(s.toks) {
		n := s.toks[i+1]
		switch {
		case n.kind == tokWord && n.upper, s.in(i+1, longerNameConnectors):
			return -1 // "the Center for Human Rights in Iran": a longer name
		case n.kind == tokWord && !n.preterite && !verbLike(n.text) && !s.in(i+1, functionWords) && !s.in(i+1, auxiliaries):
			if _, _, cue := cueVerbs.matchAt(s.toks, i+1); !cue {
				return -1 // "the Guangdong city of Dongguan": a modifier, not a reference
			}
		}
	}
	found := -1
	for ai := range s.e.actors {
		if !s.st.seen[ai] || !s.e.aliasHeads[ai][t.text] {
			continue
		}
		if found >= 0 {
			return -1 // two actors' names hold it
		}
		found = ai
	}
	return found
}

// portfolioReference returns the one actor whose ministry the capitalised
// word at token i names by its field after a preposition of source
// ("difundidos por Interior", "según Sanidad"), or -1.
func (s *sentence) portfolioReference(i int) int {
	cands := s.e.portfolios[s.text(i)]
	if len(cands) != 1 || s.toks[i].caps {
		return -1
	}
	switch s.text(i - 1) { // (folded: "según" reads "segun")
	case "segun", "por", "desde":
	default:
		return -1
	}
	if s.capitalisedWordAt(i-2) || s.capitalisedWordAt(i+1) || s.in(i+1, longerNameConnectors) {
		return -1 // part of a longer name: "la Oficina por Salud", "por Sanidad Exterior", "por Interior de Madrid"
	}
	return cands[0]
}

// capitalisedWordAt reports whether token i is a capitalised word.
func (s *sentence) capitalisedWordAt(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tokWord && s.toks[i].upper
}

// longerNameConnectors go on with a name after its head: "the Fund for
// Peace", "la Comisión de Búsqueda".
var longerNameConnectors = newWordSet("of", "for", "on", "de", "del", "para")

// newSentence analyses the tokens of one sentence: its actors, keywords
// and terms, its numbers with their qualifiers and traps, its clauses and
// the attribution cues of its actors. Buffers come from st and are reused
// by the next sentence.
func (e *Extractor) newSentence(toks []token, active []int, st *extractState, rs []rune) *sentence {
	st.buf.reset()
	// one sentence at a time: the state's own, overwritten
	s := &st.current
	*s = sentence{e: e, toks: toks, active: active, st: st, ents: st.ents[:0], nums: st.nums[:0], unattributed: st.unattributed[:0], possessed: -1, rs: rs}
	s.es = isSpanish(toks)
	s.cost = st.buf.ints(len(toks) + 1)
	dated := anyDayWord(toks) // (day words are rare: most sentences skip the tests below)
	aside := -1               // the last token of a qualifier set between commas after a number
	for i, t := range toks {
		c := 1
		if i <= aside {
			s.cost[i+1] = s.cost[i] // ", como mínimo,": the number's own qualifier stands for no distance
			continue
		}
		if t.text == "," && i > 0 && toks[i-1].kind == tokDigits {
			if _, n, ok := s.qualifierAside(i); ok {
				aside = i + n - 1
				s.cost[i+1] = s.cost[i]
				continue
			}
		}
		if t.text == "a" && s.es {
			_, q := hedgeBeforePersonalA(toks, i)
			v := i - 1 - q
			if dated {
				v = beforeDayWords(toks, i-q)
			}
			if v >= 0 && (toks[v].preterite || verbLike(toks[v].text) || gerund(toks[v].text)) {
				// the personal "a" of a verb's object ("mató a 20
				// manifestantes", "están liberando a 20") stands for no word
				// between them, nor does a hedge before it ("mataron al
				// menos a cuatro personas")
				c = 0
				for k := i - q; k < i; k++ {
					s.cost[k+1] = s.cost[i-q]
				}
			} else if p := adverbialBeforeObject(toks, i, dated); p >= 0 {
				// "habían detenido hasta el jueves por la tarde a 350
				// personas": where and when, then whom; the adverbial
				// stands for no word between the verb and its object
				for k := p; k <= i; k++ {
					s.cost[k+1] = s.cost[p]
				}
				continue
			}
		}
		if i+1 < len(toks) && toks[i+1].kind == tokDigits && numberArticles.hasToken(&toks[i]) && (i == 0 || toks[i-1].text != "of" && toks[i-1].text != "de") {
			// "liberaron a los 20 rehenes", "freed the 20 hostages": the
			// article belongs to the number (not "of the 20": a part)
			c = 0
		}
		if t.kind == tokWord && zeroCostAdverbs.hasToken(&toks[i]) {
			c = 0 // "los detenidos ya son 30", "56 were also freed"
		}
		if dated && dayWordAt(toks, i) && s.verbObjectAround(i) {
			c = 0 // "liberó el lunes a 12 rehenes", "freed on Monday 12 hostages": when, not what
		}
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
	s.convertDecimals()
	s.combineRanges()
	s.convertUnits()
	s.qualify()
	s.markTraps()
	s.findClauses()
	s.markChangeOrigins()
	s.bindCues()
	return s
}

// markChangeOrigins drops the value a change starts from when the value
// it reaches follows in the clause: "rising from 62,000 hectares in 2010
// to 64,000 in 2011", "redujo sus cultivos de 49.800 a 42.900 hectáreas",
// "pasó de 54.655 hectáreas en 2019 a 61.777". A change verb must stand
// before it, or the value fall (a range rises: "de 300 a 600 personas").
// The value it starts from may also follow the one it reaches, after a
// verb of change: "has jumped to 438 from 326".
func (s *sentence) markChangeOrigins() {
	for k := range s.nums {
		m := &s.nums[k]
		if m.trap || m.qStart < 1 {
			continue
		}
		switch s.text(m.qStart - 1) {
		case "from", "de", "desde", "del":
		default:
			continue
		}
		for j := k + 1; j < len(s.nums); j++ {
			o := &s.nums[j]
			if o.t0-m.t1 > 8 && (o.t0-m.t1 > 14 || !s.changeVerbBetween(m.t1, o.qStart)) || s.clause[o.t0] != s.clause[m.t0] {
				break // (farther, only past a verb of change: "de más de 5 millones de casos en la década de 1980 se pasó a 133.802")
			}
			if o.trap {
				continue // "en 2019 a …": a date between
			}
			switch s.text(o.qStart - 1) {
			case "to", "a", "al", "hasta":
				if o.value < m.value || s.changeVerbBefore(m.qStart-1) {
					m.trap, m.dropReason = true, "earlier_period"
				}
			}
			break
		}
		// "has jumped to 438 from 326": the value reached before it
		if k > 0 && !m.trap {
			o := &s.nums[k-1]
			if !o.trap && o.t1 < m.qStart && m.qStart-o.t1 <= 3 && s.clause[o.t0] == s.clause[m.t0] && o.qStart > 0 &&
				(s.text(o.qStart-1) == "to" || s.text(o.qStart-1) == "hasta") && s.changeVerbBefore(o.qStart-1) {
				m.trap, m.dropReason = true, "earlier_period"
			}
		}
	}
}

// changeVerbBetween reports whether a verb of change stands in tokens
// [i, j).
func (s *sentence) changeVerbBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if s.in(k, changeVerbs) {
			return true
		}
	}
	return false
}

// changeVerbBefore reports whether a verb of change stands within ten
// words before token i in its clause: "rose three percent from",
// "redujo un 14 % sus cultivos durante 2014, de".
func (s *sentence) changeVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10 && s.clause[k] == s.clause[i]; k-- {
		if s.in(k, changeVerbs) {
			return true
		}
	}
	return false
}

// isSpanish reports whether a sentence has more Spanish than English
// function words.
func isSpanish(toks []token) bool {
	es, en := 0, 0
	for i := range toks {
		t := &toks[i]
		if t.kind != tokWord {
			continue
		}
		lang := uint8(markerNone)
		switch {
		case !t.numbered():
			lang = markerLanguage[t.text]
		case t.id > 0 && int(t.id) < len(markerByNumber):
			lang = markerByNumber[t.id]
		}
		switch lang {
		case markerSpanish:
			es++
		case markerEnglish:
			en++
		}
	}
	return es > en
}

// The language a marker word is a sign of.
const (
	markerNone = iota
	markerSpanish
	markerEnglish
)

// markerLanguage maps each language marker to its language: one lookup
// per word instead of two.
var markerLanguage = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range spanishMarkers.words {
		m[w] = markerSpanish
	}
	for w := range englishMarkers.words {
		if m[w] == markerSpanish {
			panic("extract: " + w + " marks both languages")
		}
		m[w] = markerEnglish
	}
	return m
}()

// markerByNumber is markerLanguage by word number (lexVocab): a token's
// language, if any, without a lookup.
var markerByNumber = func() []uint8 {
	by := make([]uint8, len(lexVocab)+1) // (the markers are numbered by now: their sets are built)
	for w, lang := range markerLanguage {
		by[lexVocab[w]] = lang
	}
	return by
}()

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
	s.notePlaces()
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind == tokDigits || t.inURL {
			i++
			continue
		}
		if len(s.e.capitalShorts) > 0 && t.upper {
			if ai, ok := s.e.capitalShorts[t.text]; ok && !s.capitalisedBefore(i) && !s.in(i+1, internationalWords) {
				s.addActorMention(i, 1, ai)
				s.st.seen[ai], s.st.lastNamed[ai] = true, s.st.sent
				i++
				continue
			}
		}
		if id, n, ok := s.splitTermAt(i); ok {
			s.entAt[i] = len(s.ents)
			s.ents = append(s.ents, entMention{t0: i, t1: i + n, ent: id, actor: -1, byCue: -1, split: true})
			i += n
			continue
		}
		id, n, ok, started := s.e.entities.matchFrom(toks, i)
		if !ok && started {
			// (a gapped keyword starts with the word of its exact form)
			id, n, ok = s.gappedAt(i)
		}
		if !ok && started {
			id, n, ok = s.adverbGappedAt(i) // "han abandonado ya las prisiones"
		}
		if ok && s.subjectOfActiveKeyword(i, n, id) {
			// "militants killed three soldiers": the keyword "militants
			// killed" read as an active verb and its subject; its verb
			// alone is the term
			i++
			continue
		}
		if ok && s.looseStateAt(i, n, id) {
			i += n // "remain missing": no term of detention, nor by its stem
			continue
		}
		if ok && n > 1 && len(s.e.ents[id].metrics) == 0 && !s.e.ents[id].cat.overlaps(s.e.owned) {
			if j := s.keywordInside(i, n); j > i {
				i = j // "en prisión preventiva": the user's keyword, not the lexicon's term before it
				continue
			}
		}
		if ok && s.e.ents[id].short && i > 0 && toks[i-1].kind == tokWord && toks[i-1].upper &&
			!s.determinerAt(i-1) && !headDeterminers.hasToken(&toks[i-1]) {
			ok = false // the end of another name: "Kenya National Commission on Human Rights"
		}
		if ok && s.e.ents[id].short && s.otherPurposeAfter(i+n, s.e.ents[id].actor) {
			ok = false // "la agencia de la ONU para las migraciones" is not the one "para los refugiados" cut short
		}
		if ok && s.e.ents[id].short && i > 1 && (toks[i-1].text == "'s" || toks[i-1].text == "’s") && toks[i-2].upper &&
			s.e.lex.countryKeys[placeKey(toks[i-2].text)] && s.e.hasPlace(s.e.ents[id].actor) &&
			!containsInt(s.e.placeActors[placeKey(toks[i-2].text)], s.e.ents[id].actor) {
			ok = false // "Italy's Foreign Ministry" is not the "Spanish Foreign Ministry" cut short
		}
		if ok && s.e.ents[id].actor >= 0 {
			// "el Ministerio del Interior de Alemania" is not the short form
			// of the "Ministerio del Interior francés", nor "la Policía
			// Nacional de Ecuador" Colombia's "Policía Nacional"
			if k, named := s.countryEndingName(i); named && k >= i+n && s.e.hasPlace(s.e.ents[id].actor) &&
				!containsInt(s.e.placeActors[placeKey(s.text(k))], s.e.ents[id].actor) {
				ok = false // (not a country the alias itself names: "Guardia Costera de Estados Unidos")
			}
			// "fuentes del Ministerio de Sanidad ugandés" are not the
			// "Ministerio de Sanidad congoleño" cut short
			if a := s.e.ents[id].actor; ok && i+n < len(toks) && countryWord(toks[i+n].text) {
				key := placeKey(toks[i+n].text)
				if there := s.e.placeActors[key]; s.e.lex.countryKeys[key] && s.e.hasPlace(a) && len(there) > 0 && !containsInt(there, a) {
					ok = false // (only when that country has an actor of its own)
				}
			}
		}
		// (but "civil protection officials said": the body's own people)
		bare := ok && s.e.ents[id].proper && !s.anyUpper(i, i+n) && !s.determinedAt(i) && !s.in(i+n, officialNouns) && !s.in(i+n, bodyPeopleNouns)
		if bare && s.e.ents[id].cat.empty() && len(s.e.ents[id].metrics) == 0 {
			ok = false // "muertes en centros penales": common nouns, not the name "Centros Penales"
		}
		if ok && (!s.e.ents[id].acronym || t.caps || s.titleCaseAcronym(i)) {
			ent := s.e.ents[id]
			m := entMention{t0: i, t1: i + n, ent: id, actor: ent.actor, byCue: -1}
			if bare {
				m.actor = -1
			}
			if m.actor >= 0 && s.actorNamesSetting(m) {
				// "held at a police station": where, not who
				if ent.cat.empty() && len(ent.metrics) == 0 {
					i += n
					continue
				}
				m.actor = -1
			}
			if ent.actor >= 0 {
				// "la Oficina del Alto Comisionado de las Naciones Unidas
				// para los Derechos Humanos": another actor's long name
				// around an alias of the UN
				if b, start, end, ok := s.enclosingName(i, i+n, ent.actor); ok {
					m.actor, m.t0, m.t1, n = b, start, end, end-i
				}
			}
			if ent.actor >= 0 && m.actor == ent.actor && s.in(i, ministryNouns) {
				// "the Ministry of Agriculture and Rural Development": the
				// listed ministry under its full name
				if end := s.coordinatedNameEnd(i + n); end > i+n {
					m.t1, n = end, end-i
				}
			}
			if ent.actor >= 0 {
				// "the U.N. migration agency": a body of the UN that the
				// tracker lists by its own name
				if b, end, ok := s.subBody(i+n, ent.actor); ok {
					m.actor, m.t1, n = b, end, end-i
				}
			}
			if ent.actor >= 0 {
				// "los Centros para el Control y la Prevención de
				// Enfermedades de África (CDC de África)": the name goes
				// on and its bracketed short form is another actor's
				if b, end, ok := s.bracketedOther(i+n, ent.actor); ok {
					m.actor, m.t1, n = b, end, end-i
				}
			}
			if m.actor >= 0 {
				// "el Instituto Nacional de Estadística y Geografía
				// (INEGI)": the name the bracketed alias stands for
				if start := s.bracketedName(i, i+n); start < i {
					m.t0 = start
				}
			}
			if ent.actor >= 0 && n == 1 {
				// "la Fiscalía" is one actor's alias but the head of
				// another's ("Fiscalía de Chihuahua"): the one named last
				m.actor = s.recentHolder(toks[i].text, ent.actor)
			}
			if m.actor >= 0 {
				s.st.seen[m.actor] = true
				s.st.lastNamed[m.actor] = s.st.sent
				if d := s.introducingNoun(m.t0); d != "" {
					s.st.introduced[m.actor] = d
				} else if d := s.appositionNoun(m.t1); d != "" {
					s.st.introduced[m.actor] = d
				}
			}
			s.entAt[m.t0] = len(s.ents)
			s.ents = append(s.ents, m)
			i += n
			continue
		}
		if functionWords.hasToken(&t) && !countryOpeners.hasToken(&t) {
			// an article or preposition starts no actor, term or
			// description but a keyword or alias, tried above
			i++
			continue
		}
		if k, n, ok := s.e.sharedShorts.matchAt(toks, i); ok && !(i > 0 && toks[i-1].kind == tokWord && toks[i-1].upper &&
			!s.determinerAt(i-1) && !headDeterminers.hasToken(&toks[i-1])) {
			// "the Ministry of Health", a short form of two countries'
			// ministries: the one named last, or whose country the text names
			if ai := s.pickActor(s.e.sharedShortActors[k]); ai >= 0 {
				s.addActorMention(i, n, ai)
				i += n
				continue
			}
		}
		if k, ok := s.lifeTaken(i); ok {
			s.entAt[k] = len(s.ents)
			s.ents = append(s.ents, entMention{t0: k, t1: i + 1, ent: s.e.lifeTerm, actor: -1, byCue: -1})
			i++
			continue
		}
		if ai, ok := s.headActor(i); ok {
			s.addActorMention(i, 1, ai)
			if s.st.lastNamed[ai] > 0 {
				// "the office said" keeps the actor it refers to as
				// current as its name would: "the agency" two sentences on
				s.st.lastNamed[ai] = s.st.sent
			}
			i++
			continue
		}
		if ai, ok := s.officeHolderActor(i); ok {
			s.addActorMention(i, 1, ai)
			i++
			continue
		}
		if ai, n, ok := s.countryTallyActor(i); ok {
			s.addActorMention(i, n, ai)
			i += n
			continue
		}
		if ai, n, ok := s.countryActor(i); ok {
			s.addActorMention(i, n, ai)
			i += n
			continue
		}
		if ai, n, ok := s.stateBodyOfCountry(i); ok {
			s.addActorMention(i, n, ai)
			i += n
			continue
		}
		if ai, n, ok := s.describedActor(i); ok {
			s.addActorMention(i, n, ai)
			i += n
			continue
		}
		if ai, ok := s.adjectiveActor(i); ok {
			s.addActorMention(i, 1, ai)
			i++
			continue
		}
		if id, n, ok := s.stemPhraseEntity(i); ok {
			s.entAt[i] = len(s.ents)
			s.ents = append(s.ents, entMention{t0: i, t1: i + n, ent: id, actor: -1, byCue: -1})
			i += n
			continue
		}
		if id, ok := s.stemEntity(i); ok && (!stemFalseFriends.hasToken(&toks[i]) || toks[i].preterite) {
			// (a false friend written as a preterite is the verb: "vacunó", not "vacuno")
			if ent := s.e.ents[id]; ent.cat == s.e.lex.detention && len(ent.metrics) == 0 && s.otherConceptAt(i+1) {
				i++ // "quedaron heridos": an inflected "still", the state is the injury
				continue
			}
			s.entAt[i] = len(s.ents)
			s.ents = append(s.ents, entMention{t0: i, t1: i + 1, ent: id, actor: -1, byCue: -1})
			i++
			continue
		}
		if t.upper && t.kind == tokWord {
			if ai, n, ok := s.e.surnames.matchAt(toks, i); ok && s.st.seen[ai] {
				// "Rojas Alvarez said" after the alias "Diana Rojas
				// Alvarez": words of the alias before the last name (but
				// "Jorge Rodríguez" is not the alias "Delcy Rodríguez")
				if start := s.aliasNameStart(i, ai); start < i || !s.capitalisedBefore(i) {
					s.addActorMention(start, i+n-start, ai)
					i += n
					continue
				}
			}
			if ai, ok := s.personAt(i); ok {
				// "Bogner said", after "the head of the mission, Matilda
				// Bogner" ("Rojas Alvarez said", after "Diana Rojas Alvarez")
				start := s.personStart(i)
				s.addActorMention(start, i+1-start, ai)
				i++
				continue
			}
			if ai := s.portfolioReference(i); ai >= 0 {
				// "según los datos difundidos por Interior", "según
				// Sanidad": a ministry named by its field
				s.addActorMention(i, 1, ai)
				i++
				continue
			}
			if ai := s.shortReference(i); ai >= 0 {
				// "según la Prefectura", after "la Prefectura Marítima de
				// la Mancha"; "the Fund said"
				s.addActorMention(i, 1, ai)
				i++
				continue
			}
		}
		i++
	}
	s.addPossessedSpeaker()
	for k := range s.ents {
		m := &s.ents[k]
		if m.ent < 0 || s.e.ents[m.ent].cat.empty() {
			continue
		}
		if len(s.e.ents[m.ent].metrics) == 0 && s.insideName(m.t0, m.t1) {
			m.ent = -1 // "Batallón de Despliegue Rápido", "Operación Liberación": a name, no event
			continue
		}
		m.attributive = s.nounAt(m.t1) || s.reducedRelative(m) || s.relativeClauseTerm(m) || s.causeOfDeath(m) || s.listedAs(m) ||
			s.laterPredicateTerm(m) >= 0 // (the term only describes the people the later verb speaks of)
		m.irrealis = s.irrealisBefore(m.t0) || s.spanishInfinitive(m) || m.t1-m.t0 == 1 && s.in(m.t0, futureTerms) || s.savedLives(m) ||
			s.preventedTerm(m) ||
			!m.split && m.t1-m.t0 > 1 && s.in(m.t0, irrealisMarkers) && !s.ownPendingState(m) // "would free", "to free" (but "put 853 people to death")
		if s.e.ents[m.ent].cat.overlaps(s.e.lex.intercepted) && s.e.deathEnt >= 0 && s.personalObject(m.t1) {
			m.ent = s.e.deathEnt // "abatieron a 40 guerrilleros": downed people are killed
		}
		if m.irrealis && (s.e.ents[m.ent].cat.overlaps(s.e.lex.announced) || s.e.countsPlans(s.e.ents[m.ent])) && !s.possibilityIn(m.t0-4, m.t0) {
			// "Nissan will lay off 2,500 workers": an act announced before
			// it happens; "will close 49 branches" for a metric of
			// branches "closed or to be closed"
			m.irrealis = false
		}
		if s.e.ents[m.ent].cat.overlaps(s.e.lex.detention) && s.durationBefore(m.t0) {
			m.attributive = true // "spent 18 months in jail": how long, not who is held
		}
		// "5 of those released … and 2 are": the term names the whole that
		// the numbers are parts of
		if m.t0 >= 2 && s.in(m.t0-1, partitiveDeterminers) && !s.in(m.t0-1, objectPronouns) && !s.in(m.t0-3, figureNouns) {
			// (not "3,059 of them lost their lives": a pronoun takes no
			// modifier, what follows it is the part's predicate)
			// (not "the count of those killed": the figure's own noun)
			switch s.text(m.t0 - 2) {
			case "of", "de", "among", "entre":
				m.partitive = true
			}
		}
	}
}

// ownPendingState reports whether term m opens with a word of waiting
// ("pending", "pendientes") that a tracker's keyword holds itself:
// "pending cases" counts what waits, it is no plan.
func (s *sentence) ownPendingState(m *entMention) bool {
	return len(s.e.ents[m.ent].metrics) > 0 && s.in(m.t0, pendingWords)
}

// pendingWords say a thing waits for a decision.
var pendingWords = newWordSet("pending", "pendientes", "pendiente", "awaiting")

// countsPlans reports whether ent is a keyword only of metrics whose
// name counts acts announced before they happen (metricInfo.plans).
func (e *Extractor) countsPlans(ent entity) bool {
	if len(ent.metrics) == 0 {
		return false
	}
	for _, mi := range ent.metrics {
		if !e.metrics[mi].plans {
			return false
		}
	}
	return true
}

// insideName reports whether tokens t0 to t1 are capitalised words that
// continue a proper name begun before them ("Batallón de Despliegue
// Rápido", "Rapid Deployment Force"): the capitalised word before them, or
// before a "de", "of", "del", "for" or "and" joining them, does not open
// the sentence.
func (s *sentence) insideName(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if !s.toks[k].upper || s.toks[k].kind != tokWord {
			return false
		}
	}
	j := t0 - 1
	switch s.text(j) {
	case "de", "of", "del", "for", "and", "y":
		j--
	}
	return j > 0 && s.toks[j].upper && s.toks[j].kind == tokWord && s.toks[j-1].kind == tokWord
}

// savedLives reports whether the term m is "lives" or "vidas" that a
// verb of saving governs a few words before it: "saved an estimated
// 93,000 lives", "salvó 300 vidas" count deaths that did not happen.
func (s *sentence) savedLives(m *entMention) bool {
	if t := s.text(m.t0); m.t1-m.t0 != 1 || t != "lives" && t != "vidas" {
		return false
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-5; k-- {
		if saveVerbs.hasToken(&s.toks[k]) {
			return true
		}
	}
	return false
}

// preventedTerm reports whether the event of term m was prevented: a
// verb of prevention right after it ("12,000 arrivals had been
// prevented", "llegadas evitadas") or governing it ("evitó la llegada
// de", "prevented the departure of"), when no metric counts prevention.
func (s *sentence) preventedTerm(m *entMention) bool {
	prevented := func(k int) bool { return s.in(k, preventionWords) && s.entAt[k] < 0 }
	k := m.t1
	for k < len(s.toks) && k <= m.t1+3 && (s.in(k, auxiliaries) || s.text(k) == "been" || s.text(k) == "sido") {
		k++
	}
	if prevented(k) {
		return true
	}
	k = m.t0 - 1
	if s.determinerAt(k) {
		k--
	}
	return prevented(k)
}

// preventionWords say an event was kept from happening.
var preventionWords = newWordSet("prevented", "prevent", "prevents", "averted", "thwarted", "foiled", "evitado", "evitados",
	"evitada", "evitadas", "evitó", "evitaron", "evitar", "impedido", "impedidos", "impedida", "impedidas", "impidió",
	"impidieron", "frustrado", "frustrados", "frustrada", "frustradas", "frustró", "frustraron")

// dayAdverbs, weekdays and the words before a weekday say when, and stand
// between a verb and its number without parting them.
var dayAdverbs = newWordSet("ayer", "hoy", "anoche", "yesterday", "today", "overnight")

// weekdayDeterminers stand before a weekday: "el lunes", "on Monday".
var weekdayDeterminers = newWordSet("el", "este", "on", "last", "this")

// dayWordAt reports whether token i is a day adverb, a weekday, the
// word before a weekday, or a word of a phrase naming a part of a day:
// "ayer", "el lunes", "on Monday", "en la madrugada del domingo".
func dayWordAt(toks []token, i int) bool {
	t := &toks[i]
	if t.kind == tokWord && (weekdays.hasToken(t) || dayAdverbs.hasToken(t) ||
		weekdayDeterminers.hasToken(t) && i+1 < len(toks) && weekdays.hasToken(&toks[i+1])) {
		return true
	}
	if t.kind == tokWord && dayPartWords.hasToken(t) {
		return true
	}
	// the words that join a part of a day to the phrase: "en la madrugada",
	// "madrugada del domingo", "early on Sunday morning"
	if t.kind == tokWord && dayPartJoiners.hasToken(t) {
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if dayPartWords.hasToken(&toks[j]) || weekdays.hasToken(&toks[j]) {
				return dayPartIn(toks, i-3, i+4)
			}
			if !dayPartJoiners.hasToken(&toks[j]) {
				break
			}
		}
	}
	// "el 3 de abril": a date's article, day, "de" and month
	dayAt := func(j int) bool {
		return j >= 0 && j+2 < len(toks) && toks[j].kind == tokDigits && len(toks[j].text) <= 2 && toks[j+1].text == "de" &&
			monthNames.hasToken(&toks[j+2])
	}
	switch {
	case monthNames.hasToken(t):
		return i >= 2 && dayAt(i-2)
	case t.text == "de":
		return dayAt(i - 1)
	case t.kind == tokDigits:
		return dayAt(i)
	case t.text == "el":
		return dayAt(i + 1)
	}
	return false
}

// beforeDayWords returns the token before token i and the day words that
// end just before it (dayWordAt), or -1 at the sentence's start.
func beforeDayWords(toks []token, i int) int {
	j := i - 1
	for j >= 0 && dayWordAt(toks, j) {
		j--
	}
	return j
}

// verbObjectAround reports whether the day words around token i stand
// between a verb and its object: a verb before them, and after them the
// personal "a" or a number.
func (s *sentence) verbObjectAround(i int) bool {
	v := beforeDayWords(s.toks, i)
	j := i + 1
	for j < len(s.toks) && dayWordAt(s.toks, j) {
		j++
	}
	if v < 0 || j >= len(s.toks) {
		return false
	}
	if w := s.toks[v].text; !s.toks[v].preterite && !verbLike(w) {
		return false
	}
	return s.toks[j].kind == tokDigits || s.es && s.toks[j].text == "a"
}

// objectAdverbialPrepositions open an adverbial of place or time that
// Spanish sets between a verb and its object: "detuvo en la capital a 35
// personas", "liberó durante la noche a 20".
var objectAdverbialPrepositions = newWordSet("hasta", "desde", "durante", "en", "tras", "por")

// maxObjectAdverbial is the most words an adverbial between a verb and
// its object may hold, its preposition included.
const maxObjectAdverbial = 7

// adverbialBeforeObject returns where the adverbial phrase that ends
// right before the Spanish personal "a" at token i begins, when a verb
// stands before it and a number after the "a" ("detenido hasta el jueves
// por la tarde a 350 personas", "evacuó en las últimas horas a unas 500"):
// one or two phrases of words only, each opened by a preposition of
// objectAdverbialPrepositions, with no verb, number or punctuation. It
// returns -1 otherwise. dated says whether the sentence holds day words
// (which may stand between the verb and the adverbial).
func adverbialBeforeObject(toks []token, i int, dated bool) int {
	if !numberAfterPersonalA(toks, i) {
		return -1
	}
	p := -1
	for k := i - 1; k >= 0 && k >= i-maxObjectAdverbial; k-- {
		t := &toks[k]
		if t.kind != tokWord || t.preterite || verbLike(t.text) || gerund(t.text) || t.text == "que" || t.text == "a" {
			break
		}
		if objectAdverbialPrepositions.hasToken(t) {
			p = k
		}
	}
	if p < 1 {
		return -1
	}
	v := p - 1
	if dated {
		v = beforeDayWords(toks, p)
	}
	if v < 0 || !toks[v].preterite && !verbLike(toks[v].text) && !gerund(toks[v].text) {
		return -1
	}
	return p
}

// numberAfterPersonalA reports whether a number follows the "a" at token
// i within its qualifier ("a 350", "al menos a 20", "a unas 500", "a más
// de 40", "a tres"), before any punctuation.
func numberAfterPersonalA(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		t := &toks[j]
		if t.kind == tokDigits {
			return true
		}
		if t.kind != tokWord {
			return false
		}
		if _, ok := lookupNumberWord(t.text); ok {
			return true
		}
	}
	return false
}

// hedgeBeforePersonalA returns the qualifier of two or more words that
// ends right before the Spanish personal "a" at token i, when a number
// follows the "a" ("mataron al menos a cuatro", "detuvo por lo menos a
// 30"), and how many words it holds; n is 0 when there is none.
func hedgeBeforePersonalA(toks []token, i int) (id, n int) {
	id, n, ok := qualifierBefore.matchEndingAt(toks, i)
	if !ok || n < 2 || !numberAfterPersonalA(toks, i) {
		return 0, 0
	}
	return id, n
}

// anyDayWord reports whether toks hold a word that dayWordAt needs: a
// weekday, a day adverb, a part of a day or a month. Without one, no token
// is a day word.
func anyDayWord(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if t.kind == tokWord && (weekdays.hasToken(t) || dayAdverbs.hasToken(t) || dayPartWords.hasToken(t) || monthNames.hasToken(t)) {
			return true
		}
	}
	return false
}

// dayPartIn reports whether a word naming a part of a day stands among
// tokens [i, j).
func dayPartIn(toks []token, i, j int) bool {
	for k := max(i, 0); k < j && k < len(toks); k++ {
		if dayPartWords.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// dayPartWords name a part of a day; dayPartJoiners join them to their day.
var (
	dayPartWords   = newWordSet("madrugada", "mañana", "tarde", "noche", "mediodía", "morning", "afternoon", "evening", "night")
	dayPartJoiners = newWordSet("en", "la", "el", "del", "de", "durante", "esta", "este", "on", "in", "the", "early", "late", "this", "last")
)

// zeroCostAdverbs stand between a term and its number without parting
// them.
var zeroCostAdverbs = newWordSet("still", "already", "also", "ya", "aún", "todavía", "también")

// saveVerbs save lives.
var saveVerbs = newWordSet("saved", "save", "saves", "saving", "salvó", "salvaron", "salvar", "salvado", "salva",
	"salvan", "salvando")

// addActorMention records that the n tokens from i name actor ai.
func (s *sentence) addActorMention(i, n, ai int) {
	s.entAt[i] = len(s.ents)
	s.ents = append(s.ents, entMention{t0: i, t1: i + n, ent: -1, actor: ai, byCue: -1})
}

// aliasNameStart returns where a person's name whose last name, an
// alias's, is at token i begins: at the words of actor ai's personal
// aliases (personAlias) that stand right before it, when the name speaks
// ("Rojas Alvarez said", "según Rojas Alvarez" for the alias "Diana Rojas
// Alvarez"; not "the Center for Human Rights" for "Iran Human Rights"),
// else at i.
func (s *sentence) aliasNameStart(i, ai int) int {
	if s.e.personNameWords == nil {
		return i
	}
	start := s.nameStartOver(i, func(w string) bool { return s.e.personNameWords[ai][w] })
	if start == i {
		return i
	}
	if _, _, ok := cueVerbs.matchAt(s.toks, i+1); ok {
		return start
	}
	if _, _, ok := cueVerbs.matchEndingAt(s.toks, start); ok {
		return start
	}
	if _, ok := s.prefixCueBefore(start); ok {
		return start
	}
	return i
}

// recentHolder returns, for a one-word alias of actor a that is also the
// institution noun of other actors' aliases, the one of them named most
// recently when that is not a; otherwise a.
func (s *sentence) recentHolder(word string, a int) int {
	best, bestSent := a, s.st.lastNamed[a]
	for _, o := range s.e.heads[word] {
		if !s.e.aliasWords[o][word] {
			continue // a synonym only ("junta" for an actor that is a "Thai army"): the alias names its own
		}
		if n := s.st.lastNamed[o]; n > bestSent {
			best, bestSent = o, n
		}
	}
	return best
}

// otherForces after "fuerza" name a body other than a police force:
// "la fuerza pública", "la fuerza aérea", "una fuerza multinacional".
var otherForces = newWordSet("pública", "publica", "aérea", "aerea", "armada", "naval", "militar", "militares",
	"especial", "conjunta", "multinacional", "internacional", "interina", "aeroespacial", "terrestre")

// headActor returns the actor an institution noun refers back to: "the
// ministry said" after "the Interior Ministry", "a junta spokesperson",
// "el Gobierno". The noun must follow a determiner and not begin another
// institution's name ("the ministry of health", "the Syrian government"
// stop at the adjective); among the actors it may name, the one named last
// wins, and an actor never named is taken only when it is the only one.
func (s *sentence) headActor(i int) (int, bool) {
	w := s.toks[i].text
	if !s.e.headWords[w] {
		return 0, false // no actor's noun, nor one an actor may have been introduced by
	}
	cands := s.e.heads[w]
	det := i > 0 && s.in(i-1, headDeterminers) ||
		// "the war monitor", "the rights group": one modifier between
		i > 1 && s.in(i-2, headDeterminers) && s.headModifier(i-1) && !s.in(i+1, figureNouns) && !s.in(i+1, tallyNouns) &&
			(descriptorNouns.has(w) || organisationNouns.has(w) ||
				definiteAt(s.text(i-2)) && (len(s.e.nameHeads[w]) > 0 || genericReferrers.has(w) && s.e.anyAliasWord[s.text(i-1)])) ||
		// "the Geneva-based office", "the London-based monitor": where it
		// sits, one modifier
		i > 1 && strings.HasSuffix(s.text(i-1), "-based") && definiteAt(s.text(i-2)) && s.in(i-2, headDeterminers) && !s.in(i+1, figureNouns) &&
			(descriptorNouns.has(w) || organisationNouns.has(w) || genericReferrers.has(w) || len(s.e.nameHeads[w]) > 0)
	bare := !det && (s.bareSourceOfFigures(i) || s.bareSpeaker(i))
	if det {
		cands = s.introducedAs(w, cands)
		cands = s.namedByHead(w, cands)
	}
	if len(cands) == 0 || !det && !bare {
		return 0, false
	}
	// "el Gobierno central" is no state government: a level of government
	// after "government" keeps the candidates whose aliases name that
	// level, or else those that name none, or else no candidate
	if lv := govLevels[s.text(i+1)]; lv != 0 && (w == "gobierno" || w == "government") {
		var of, unleveled []int
		for _, ai := range cands {
			switch levels := s.e.aliasLevels(ai); {
			case levels&lv != 0:
				of = append(of, ai)
			case levels == 0:
				unleveled = append(unleveled, ai)
			}
		}
		if len(of) == 0 {
			of = unleveled
		}
		if len(of) == 0 {
			return 0, false
		}
		cands = of
	}
	if w == "fuerza" && s.in(i+1, otherForces) {
		return 0, false // "la fuerza pública", "la fuerza aérea": another body than the police force
	}
	switch s.text(i + 1) {
	case "of", "de", "del", "for", "para", "on", "sobre", "to", "against", "contra":
		if (genericReferrers.has(w) || bodyNouns.has(w)) && s.ofTheUN(i+1) {
			break // "la agencia de la ONU", "the UN agency" told apart by recency below
		}
		// "the ministry of Health", "the Center for Human Rights in Iran",
		// "la Comisión de la Verdad": the start of another name
		if i+2 < len(s.toks) && s.toks[i+2].upper {
			return 0, false
		}
		if i+3 < len(s.toks) && s.in(i+2, nameArticles) && s.toks[i+3].upper {
			if cands = s.namedLike(cands, i+3); len(cands) == 0 {
				return 0, false
			}
		}
		// "las autoridades del estado": a lower-case noun after "de" says
		// whose, when a candidate's aliases hold it; authorities of what
		// no candidate names are another body's ("la policía del estado"
		// is still the police)
		if of := s.text(i + 2); i+2 < len(s.toks) && s.toks[i+2].kind == tokWord && !s.determinerAt(i+2) && len(of) > 3 {
			var like []int
			for _, ai := range cands {
				if s.e.aliasWords[ai][of] {
					like = append(like, ai)
				}
			}
			if len(like) == 0 && (w == "autoridades" || w == "authorities") {
				return 0, false
			}
			if len(like) > 0 {
				cands = like
			}
		}
	}
	// "la Comisión Interamericana de Derechos Humanos": a capitalised
	// word after a capitalised noun goes on with a name, the actor's only
	// if it shares the actor's words (unless it starts an alias, which the
	// loop below judges)
	if i+1 < len(s.toks) && s.toks[i].upper && s.toks[i+1].upper && s.toks[i+1].kind == tokWord {
		if id, _, ok := s.e.entities.matchAt(s.toks, i+1); !ok || s.e.ents[id].actor < 0 {
			if cands = s.namedLike(cands, i+1); len(cands) == 0 {
				return 0, false
			}
		}
	}
	// "la organización opositora Hengaw", "the rights group Foro Penal":
	// the name that follows says which
	for k := i + 1; k < len(s.toks) && k <= i+3 && !s.ofTheUN(i+1); k++ {
		if _, _, ok := cueVerbs.matchAt(s.toks, k); ok && !s.toks[k].upper {
			break // "an army spokesman told AFP": whom the body's speaker told
		}
		if s.toks[k].upper {
			if id, _, ok := s.e.entities.matchAt(s.toks, k); ok && s.e.ents[id].actor >= 0 {
				return 0, false
			}
			if s.toks[k].caps && len(s.toks[k].text) >= 3 {
				return 0, false // "la ONG saudí ALQST": an organisation the tracker does not list
			}
			break
		}
		if s.toks[k].kind != tokWord {
			break
		}
	}
	// "el Ministerio del Interior de Alemania" is no French ministry
	if key := s.countryOfName(i); key != "" {
		var of []int
		for _, ai := range cands {
			if containsInt(s.e.placeActors[key], ai) || !s.e.hasPlace(ai) {
				of = append(of, ai)
			}
		}
		if len(of) == 0 {
			return 0, false
		}
		cands = of
	}
	// "las autoridades iraníes" are not the Saudi authorities
	if i+1 < len(s.toks) {
		if w := s.text(i + 1); countryWord(w) && s.e.lex.countryKeys[placeKey(w)] {
			var of []int
			for _, ai := range cands {
				if containsInt(s.e.placeActors[placeKey(w)], ai) || !s.e.hasPlace(ai) {
					of = append(of, ai)
				}
			}
			if len(of) == 0 {
				return 0, false
			}
			cands = of
		}
	}
	best, bestSent := -1, 0
	for _, ai := range cands {
		if n := s.st.lastNamed[ai]; n > bestSent {
			best, bestSent = ai, n
		}
	}
	if best >= 0 && s.st.lastSpoke[best] == 0 && s.speakerNounAt(i) {
		// "the ministry said" after a ministry that gave a figure and
		// another that was only mentioned ("the forces of Russia's
		// defence ministry"): the one that spoke goes on speaking
		spoke, spokeSent := -1, 0
		for _, ai := range cands {
			if n := s.st.lastSpoke[ai]; n > spokeSent {
				spoke, spokeSent = ai, n
			}
		}
		if spoke >= 0 {
			best, bestSent = spoke, s.st.lastNamed[spoke]
		}
	}
	if genericReferrers.has(w) || companyReferrers.has(w) {
		// "el organismo" refers to an institution just named, never to
		// one named long before or not at all
		// (a noun of the actor's own name reaches further: "la agencia" for
		// the Agencia Europea de Medio Ambiente a paragraph later)
		reach := 2
		if best >= 0 && best == s.st.soleActor && !s.capitalisedWordAt(i+1) && s.text(i-2) != "a" && s.text(i-2) != "to" &&
			!s.unBodyNoun(i) {
			// "Según la cartera" a paragraph after the only actor the text
			// has named: no other body it could mean (but not "la agencia
			// Bloomberg", a name; nor "facilitado a la agencia", whom
			// someone told; nor "the UN agency", of its own kind)
			reach = 4
		}
		if best >= 0 && (s.e.aliasWords[best][w] || s.unBodyNoun(i) && s.e.actors[best].Role == tracker.Confirmer) {
			// (and "the UN agency" for the UN body the text named,
			// paragraphs before)
			reach = 6
		}
		if best < 0 || s.st.sent-bestSent > reach {
			return 0, false
		}
		return best, true
	}
	if best < 0 && bare && !(len(cands) == 1 && s.bareSpeaker(i) && s.placeNamedFor(cands[0])) {
		// "according to ministry data" speaks of a ministry named before
		// (but "police said" is the one police force the tracker lists,
		// of the country the text is about)
		return 0, false
	}
	if best < 0 && s.toks[i].upper && det && len(cands) == 1 && s.e.aliasHeads[cands[0]][w] && !stateInstitutionNouns.has(w) &&
		(i+1 >= len(s.toks) || !s.toks[i+1].upper && !s.in(i+1, nameJoiners)) {
		// "según el Observatorio" for the Observatorio Sirio de Derechos
		// Humanos: the capitalised noun its name is known by, alone
		best = cands[0]
	}
	if best < 0 && !stateInstitutionNouns.has(w) {
		return 0, false // "la organización" in a text that never named the one whose alias holds the word
	}
	if best < 0 {
		best = s.pickActor(cands)
	}
	return best, best >= 0
}

// unBodyNoun reports whether the institution noun at token i is said to
// be the United Nations': "the UN agency", "the U.N. agency", "la agencia
// de la ONU".
func (s *sentence) unBodyNoun(i int) bool {
	if s.ofTheUN(i + 1) {
		return true
	}
	switch s.text(i - 1) {
	case "un", "u.n.":
		return s.toks[i-1].caps || s.text(i-1) == "u.n."
	case "nations":
		return s.text(i-2) == "united"
	}
	return false
}

// speakerNounAt reports whether the institution noun at token i speaks:
// a verb of saying follows it ("the ministry said") or comes before it
// ("said the ministry", "según el ministerio", "informó el ministerio").
func (s *sentence) speakerNounAt(i int) bool {
	if s.in(i+1, countrySpeakVerbs) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if s.in(k, countrySpeakVerbs) || s.text(k) == "segun" {
			return true
		}
		if !s.in(k, headDeterminers) {
			break
		}
	}
	return false
}

// bareSourceOfFigures reports whether the institution noun at token i,
// with no determiner, says whose figures follow: "according to ministry
// data", "police figures show", "by agency estimates".
func (s *sentence) bareSourceOfFigures(i int) bool {
	if s.toks[i].upper && i > 0 || !s.in(i+1, tallyNouns) && !s.in(i+1, figureNouns) {
		return false
	}
	switch s.text(i - 1) {
	case "", "to", "by", "from", "on", "in", ",", "with":
		return true
	}
	return false
}

// placeNamedFor reports whether the text has named the country of actor
// ai, or ai names none.
func (s *sentence) placeNamedFor(ai int) bool {
	return !s.e.hasPlace(ai) || s.st.lastPlace[ai] > 0
}

// bareSpeaker reports whether the plural or mass noun at token i, with no
// determiner, is the subject of the reporting verb right after it:
// "police said Sunday", "prosecutors told lawmakers".
func (s *sentence) bareSpeaker(i int) bool {
	if s.toks[i].upper && i > 0 || !bareSpeakerNouns.hasToken(&s.toks[i]) {
		return false
	}
	_, _, ok := cueVerbs.matchAt(s.toks, i+1)
	return ok && !s.in(i-1, partitiveDeterminers)
}

// bareSpeakerNouns name a body that news lets speak without an article.
var bareSpeakerNouns = newWordSet("police", "prosecutors", "firefighters")

// headModifier reports whether token k may modify an institution noun
// after a determiner: a lower-case word that is no function word, verb,
// number, country or actor ("war" of "the war monitor", "rights" of "the
// rights group").
func (s *sentence) headModifier(k int) bool {
	t := s.toks[k]
	if t.kind != tokWord || t.upper || s.entAt[k] >= 0 || functionWords.hasToken(&t) || verbLike(t.text) || countryWord(t.text) ||
		recencyModifiers.hasToken(&t) {
		return false
	}
	_, isNumber := s.numberWordAt(k)
	return !isNumber
}

// referringNouns may refer back to an actor without being a word of its
// aliases: descriptors ("the consultancy"), generic referrers ("el
// organismo"), company referrers and the synonyms of institution nouns.
var referringNouns = func() wordSet {
	out := wordSet{}
	for _, set := range []*lexSet{descriptorNouns, genericReferrers, companyReferrers} {
		for w := range set.words {
			out[w] = true
		}
	}
	for w := range institutionSynonyms {
		out[w] = true
	}
	return out
}()

// recencyModifiers date a noun rather than tell which body it is: "the
// latest government figures", "el nuevo gobierno".
var recencyModifiers = newWordSet("latest", "last", "new", "recent", "previous", "former", "current", "último",
	"última", "nuevo", "nueva", "anterior", "actual")

// addPossessedSpeaker names, as its actor, the person a possessive
// introduces after an actor of the sentence: "Lukashenko pardoned all 14,
// his spokeswoman Natalya Eismont said". The mention goes in text order.
func (s *sentence) addPossessedSpeaker() {
	last, a := s.personAfterPronoun()
	s.possessed, s.possessedActor = last, a
	if last < 0 || s.entAt[last] >= 0 {
		return
	}
	k := len(s.ents)
	for k > 0 && s.ents[k-1].t0 > last {
		k--
	}
	s.ents = slices.Insert(s.ents, k, entMention{t0: last, t1: last + 1, ent: -1, actor: a, byCue: -1})
	for i := range s.entAt {
		s.entAt[i] = -1
	}
	for i, em := range s.ents {
		s.entAt[em.t0] = i
	}
}

// introducingNoun returns the descriptive noun that introduces the name
// at token t0 in the few lower-case words before it ("the consultancy
// Integralia", "la organización sin fines de lucro Gun Violence
// Archive", "la ONG Cristosal"), or "" when none does.
func (s *sentence) introducingNoun(t0 int) string {
	for k := t0 - 1; k >= 0 && k >= t0-6; k-- {
		t := s.toks[k]
		if t.kind != tokWord || coordinators.has(t.text) || len(s.ents) > 0 && k < s.ents[len(s.ents)-1].t1 {
			// (not "the National Fallen Firefighters Foundation and the
			// NFPA": the noun of another name, before the conjunction)
			return ""
		}
		if descriptorNouns.hasToken(&t) {
			return t.text
		}
		if t.upper {
			return ""
		}
	}
	return ""
}

// appositionNoun returns the descriptive noun of an apposition right
// after a name that ends at token t1, an article and at most three
// lower-case words before it ("CrocAttack, an online database of …",
// "Cristosal, una ONG salvadoreña", "the ICRC, the organisation's head of
// delegation"), or "" when none follows.
func (s *sentence) appositionNoun(t1 int) string {
	if s.text(t1) != "," || !s.in(t1+1, indefiniteArticles) && s.text(t1+1) != "the" {
		return ""
	}
	for k := t1 + 2; k < len(s.toks) && k <= t1+5; k++ {
		t := s.toks[k]
		if t.kind != tokWord {
			return ""
		}
		if descriptorNouns.hasToken(&t) {
			return t.text
		}
		if t.upper || s.entAt[k] >= 0 {
			return ""
		}
	}
	return ""
}

// introducedAs returns cands with the actors the text introduced by noun
// w, by a synonym of it, or by any noun when w is a word that refers back
// to any institution or firm ("la entidad", "the firm").
func (s *sentence) introducedAs(w string, cands []int) []int {
	generic := genericReferrers.has(w) || companyReferrers.has(w)
	out := cands
	for ai, d := range s.st.introduced {
		if d == "" || containsInt(cands, ai) {
			continue
		}
		if d == w || generic || containsString(institutionSynonyms[w], d) {
			if len(out) == len(cands) {
				// never write into e.heads: a copy from the sentence's
				// scratch, room for every actor the text introduced
				out = append(s.st.buf.ints(len(cands) + len(s.st.introduced))[:0], cands...)
			}
			out = append(out, ai)
		}
	}
	return out
}

// namedByHead returns cands with the actors already named in the text
// whose names are built on the noun w ("the zoo said" after "Krefeld
// Zoo"): a name's noun refers back to a body named before, never to one
// the text has not named.
func (s *sentence) namedByHead(w string, cands []int) []int {
	out := cands
	for _, ai := range s.e.nameHeads[w] {
		if s.st.lastNamed[ai] == 0 || containsInt(out, ai) {
			continue
		}
		if len(out) == len(cands) {
			// never write into e.heads (see introducedAs)
			out = append(s.st.buf.ints(len(cands) + len(s.e.nameHeads[w]))[:0], out...)
		}
		out = append(out, ai)
	}
	return out
}

// ofTheUN reports whether tokens from j say "of the UN": "de la ONU", "de
// las Naciones Unidas", "of the United Nations", "de Naciones Unidas".
func (s *sentence) ofTheUN(j int) bool {
	return s.ofTheUNEnd(j) >= 0
}

// ofTheUNEnd returns the token after the "of the UN" that tokens from j
// say (see ofTheUN), or -1.
func (s *sentence) ofTheUNEnd(j int) int {
	k := j + 1
	for k < len(s.toks) && s.determinerAt(k) {
		k++
	}
	end := -1
	switch s.text(k) {
	case "onu", "un", "u.n.":
		if s.toks[k].caps || s.text(k) == "u.n." {
			end = k + 1
		}
	case "naciones", "united":
		if s.text(k+1) == "unidas" || s.text(k+1) == "nations" {
			end = k + 2
		}
	}
	if end < 0 {
		return -1
	}
	switch s.text(end) {
	case "para", "for", "de", "del", "on", "sobre":
		return -1 // "la agencia de Naciones Unidas para la infancia": a body of its own
	}
	return end
}

// govLevel is a level of government, as a bit: national, state (or
// region, province), local.
type govLevel uint8

const (
	nationalLevel govLevel = 1 << iota
	stateLevel
	localLevel
)

// govLevels map the words for a level of government to the level:
// "central", "federal" and "nacional" are national; "estatal", "state",
// "regional", "provincial" the level below; "local", "municipal" the
// lowest.
var govLevels = map[string]govLevel{
	"central": nationalLevel, "federal": nationalLevel, "national": nationalLevel, "nacional": nationalLevel,
	"state": stateLevel, "estatal": stateLevel, "regional": stateLevel, "provincial": stateLevel, "autonomico": stateLevel,
	"local": localLevel, "municipal": localLevel, "city": localLevel,
}

// aliasLevels returns the levels of government actor ai's name and
// aliases name ("state government", "gobierno estatal": state), 0 for
// none.
func (e *Extractor) aliasLevels(ai int) govLevel {
	var levels govLevel
	for w := range e.aliasWords[ai] {
		levels |= govLevels[w]
	}
	return levels
}

// namedLike returns the actors among cands whose aliases share a word
// with the name that goes on at token k ("Secretaría Nacional de Gestión
// de Riesgos" for the actor "Secretaría de Gestión de Riesgos"): its
// capitalised words and the words between them, up to the name's end.
func (s *sentence) namedLike(cands []int, k int) []int {
	var like []int
	words := s.nameWordsFrom(k)
	for _, ai := range cands {
		for _, w := range words {
			if s.e.aliasWords[ai][w] {
				like = append(like, ai)
				break
			}
		}
	}
	return like
}

// officeHolderActor returns the actor whose institution the title at
// token i heads: "el fiscal de Jalisco" speaks for the "Fiscalía de
// Jalisco", "la ministra de Justicia" for the "Ministerio de Justicia",
// "el secretario de Salud" for the "Secretaría de Salud": the words after
// "de" must name one listed institution of that kind.
func (s *sentence) officeHolderActor(i int) (int, bool) {
	if n := len(s.toks[i].text); n < 5 || n > 13 {
		return 0, false // (no title is shorter or longer: a cheap test first)
	}
	// "Interior Minister Hanif Atmar said", "the health minister": the
	// ministry its word names
	if w := s.toks[i].text; (w == "minister" || w == "ministers") && i > 0 && s.toks[i-1].kind == tokWord && s.entAt[i-1] < 0 {
		field := s.text(i - 1)
		var found []int
		for _, ai := range s.e.heads["ministry"] {
			if s.e.aliasWords[ai][field] && !containsInt(found, ai) {
				found = append(found, ai)
			}
		}
		if len(found) > 1 {
			found = s.holdingInstitution(found, ministryWords, []string{field})
		}
		if len(found) == 1 && !functionWords.has(field) {
			return found[0], true
		}
		return 0, false
	}
	insts, ok := titleInstitutions[s.toks[i].text]
	if !ok || i == 0 || !s.in(i-1, headDeterminers) {
		return 0, false
	}
	var cands []int
	for _, inst := range insts {
		for _, ai := range s.e.heads[inst] {
			if !containsInt(cands, ai) {
				cands = append(cands, ai) // (a ministry may be listed under both heads)
			}
		}
	}
	if len(cands) == 0 {
		return 0, false
	}
	// "el fiscal general (de Ucrania)" heads the one "Fiscalía General"
	// listed: a word of its name right after the title
	if w := s.text(i + 1); (w == "general" || w == "nacional") && generalTitles.hasToken(&s.toks[i]) {
		fit := -1
		for _, ai := range cands {
			if s.e.aliasWords[ai][w] {
				if fit >= 0 {
					return 0, false
				}
				fit = ai
			}
		}
		if fit >= 0 {
			return fit, true
		}
	}
	// the institution's own words must follow: "de Jalisco", "de
	// Justicia" (not "el secretario general", "the minister said")
	if t := s.text(i + 1); t != "de" && t != "del" {
		return 0, false
	}
	k := i + 2
	if s.in(k, nameArticles) {
		k++
	}
	if k >= len(s.toks) || s.toks[k].kind != tokWord {
		return 0, false
	}
	if !s.toks[k].upper {
		// "el defensor del pueblo", in lower case: the one institution whose
		// name holds the word
		fit := -1
		for _, ai := range cands {
			if s.e.aliasWords[ai][s.text(k)] {
				if fit >= 0 {
					return 0, false
				}
				fit = ai
			}
		}
		return fit, fit >= 0
	}
	if cands = s.namedLike(cands, k); len(cands) > 1 && !containsString(insts, s.text(k)) {
		// (not "el titular del Ministerio de Salud del Perú": the name
		// itself, which its aliases tell apart)
		cands = s.holdingInstitution(cands, insts, s.nameWordsFrom(k))
	}
	if len(cands) != 1 {
		return 0, false
	}
	return cands[0], true
}

// ministryWords name a ministry itself, not one of its synonyms.
var ministryWords = []string{"ministry", "ministerio"}

// holdingInstitution returns the actors of cands named by an alias made
// of one of the institution nouns insts and words of fields, besides
// function words: "la ministra de Salud" heads the "Ministerio de Salud",
// not a "Departamento de Salud" that only a synonym makes a ministry, nor
// the "Ministerio del Interior turco" of a plain "el ministro del
// Interior". It returns cands when no actor has such an alias.
func (s *sentence) holdingInstitution(cands []int, insts, fields []string) []int {
	var held []int
	for _, ai := range cands {
		for _, name := range s.e.actors[ai].Names() {
			if institutionAlias(phraseTokens(name), insts, fields) {
				held = append(held, ai)
				break
			}
		}
	}
	if len(held) == 0 {
		return cands
	}
	return held
}

// institutionAlias reports whether the alias words hold one of the
// institution nouns insts and, besides it, only function words and words
// of fields.
func institutionAlias(words, insts, fields []string) bool {
	inst := false
	for _, w := range words {
		switch {
		case !inst && containsString(insts, w):
			inst = true
		case functionWords.has(w) || containsString(fields, w):
		default:
			return false
		}
	}
	return inst
}

// nameWordsFrom returns the words of the name that starts at token k:
// capitalised words and the joiners between them ("Salud", "Interior",
// "Seguridad Pública").
func (s *sentence) nameWordsFrom(k int) []string {
	var words []string
	for j := k; j < len(s.toks) && j < k+8 && s.toks[j].kind == tokWord; j++ {
		if !s.toks[j].upper && !s.in(j, nameJoiners) {
			break
		}
		words = append(words, s.text(j))
	}
	return words
}

// generalTitles head an institution named "General" after them: "el
// fiscal general" for the "Fiscalía General" (not "el secretario general
// de la Cruz Roja", a post of another body).
var generalTitles = newWordSet("fiscal", "fiscala", "procurador", "procuradora", "contralor", "contralora")

// titleInstitutions map the title of who heads an institution to the head
// nouns of its name: "la titular de Salud" heads a ministry or a
// secretariat, whichever the tracker file lists.
var titleInstitutions = map[string][]string{
	"fiscal": {"fiscalia"}, "ministro": {"ministerio"}, "ministra": {"ministerio"}, "secretario": {"secretaria"},
	"procurador": {"procuraduria"}, "procuradora": {"procuraduria"},
	"defensor": {"defensoria"}, "defensora": {"defensoria"}, "comisionado": {"comision"}, "comisionada": {"comision"},
	"titular":       {"ministerio", "secretaria"},
	"subsecretario": {"ministerio", "secretaria", "subsecretaria"}, "subsecretaria": {"ministerio", "secretaria", "subsecretaria"},
	"viceministro": {"ministerio"}, "viceministra": {"ministerio"},
}

// lifeTaken reports whether token i is "vida" of "la vida de" after a
// verb of taking a few words before ("se han cobrado ya la vida de", "se
// cobró este año la vida de"): a death term from the verb at k to i.
func (s *sentence) lifeTaken(i int) (k int, ok bool) {
	if s.e.lifeTerm < 0 || s.text(i) != "vida" && s.text(i) != "vidas" || s.text(i+1) != "de" {
		return 0, false
	}
	if p := s.text(i - 1); p != "la" && p != "las" {
		return 0, false
	}
	for k = i - 2; k >= 0 && k >= i-8 && s.toks[k].kind != tokPunct; k-- {
		if t := s.text(k); strings.HasPrefix(t, "cobr") || strings.HasPrefix(t, "cost") {
			return k, s.entAt[k] < 0 // (also past a period: "se cobraron entre enero y octubre la vida de")
		}
	}
	return 0, false
}

// pickActor returns the one of several actors a shared name refers to:
// the one named last; when none was named, the only one, or the one whose
// country the text named last ("Mexico's government has conceded… the
// Ministry of Health"). It returns -1 when nothing tells them apart.
func (s *sentence) pickActor(cands []int) int {
	best, bestSent, tie := -1, 0, false
	for _, ai := range cands {
		switch n := s.st.lastNamed[ai]; {
		case n > bestSent:
			best, bestSent, tie = ai, n, false
		case n == bestSent && n > 0:
			tie = true
		}
	}
	if best >= 0 && !tie {
		return best
	}
	if len(cands) == 1 {
		if s.otherPlaceNamed(cands[0]) {
			return -1 // "la policía" of a text about Spain is not Germany's BKA
		}
		return cands[0]
	}
	best, bestSent, tie = -1, 0, false
	for _, ai := range cands {
		switch n := s.st.lastPlace[ai]; {
		case n > bestSent:
			best, bestSent, tie = ai, n, false
		case n == bestSent && n > 0:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// otherPlaceNamed reports whether actor a belongs to a country the text
// has not named while it named another actor's country.
func (s *sentence) otherPlaceNamed(a int) bool {
	if !s.e.hasPlace(a) || s.st.lastPlace[a] > 0 {
		return false
	}
	for b := range s.e.actors {
		if b != a && s.st.lastPlace[b] > 0 {
			return true
		}
	}
	return false
}

// countryActor returns the actor a country stands for when it is the
// subject of a reporting verb ("Israel has said 136 hostages remain",
// "Mexico had officially reported 29,189 deaths"): the claimant whose
// aliases name that country, its government when one of them is, the one
// named last when there are several.
// n is the length of the country's name.
func (s *sentence) countryActor(i int) (actor, n int, ok bool) {
	t := s.toks[i]
	if t.kind != tokWord || len(s.e.placeActors) == 0 {
		return 0, 0, false
	}
	if a, n, ok := s.countryInstitution(i); ok {
		return a, n, true
	}
	if i > 0 && !clauseOpeners.has(s.toks[i-1].text) && !s.determinerAt(i-1) || i > 1 && s.in(i-2, placePrepositions) {
		return 0, 0, false // "el Comité de Investigación de Rusia", "officials in the Gaza Strip"
	}
	key, officials := "", true
	switch cn, isCountry := s.upperCountryAt(i); {
	case isCountry:
		key, n, officials = placeKey(t.text), cn, false
	case t.upper && s.e.lex.countryKeys[placeKey(t.text)] && s.in(i+1, countryOfficials):
		// "Iranian officials said", "An Iranian general said"
		if s.secondOfPair(i) {
			return 0, 0, false // "Ukrainian and Russian officials": both
		}
		key, n = placeKey(t.text), 2
	case countryOfficials.hasToken(&t) && i+1 < len(s.toks) &&
		s.toks[i+1].kind == tokWord && s.e.lex.countryKeys[placeKey(s.text(i+1))]:
		// "las autoridades francesas contabilizaron"
		key, n = placeKey(s.text(i+1)), 2
	default:
		return 0, 0, false
	}
	j := s.verbAfterSubject(i + n)
	if _, _, cue := cueVerbs.matchAt(s.toks, j); !s.in(j, countrySpeakVerbs) && !(officials && cue) {
		return 0, 0, false // "Mexico counts only cases…": the country, not its government
	}
	if actor = s.claimantOfPlace(key); actor < 0 {
		return 0, 0, false
	}
	return actor, n, true
}

// clauseOpeners end what comes before a clause's subject: a comma, or the
// dash after a wire dateline ("LIMA (EFE).- Perú reportó …").
var clauseOpeners = newWordSet(",", "-", "—", "–")

// nationalBodyNouns name the bodies of a national state that news names
// by their country's adjective: "the Saudi Civil Defence", "la policía
// egipcia", "el Ministerio del Interior saudí". (A governor, a mayor or a
// county is a region's, not the country's.)
var nationalBodyNouns = newWordSet("government", "gobierno", "ministry", "ministerio", "police", "policía",
	"army", "ejército", "military", "authorities", "autoridades", "presidency", "presidencia", "junta",
	"cabinet", "prosecutor", "prosecutors", "fiscalía", "navy", "armada", "coastguard", "guard", "guardia",
	"defence", "defense", "defensa", "protección", "embassy", "embajada", "consulate", "consulado",
	"cancillería", "officials", "funcionarios",
	// and the holders of its offices (titleNouns)
	"minister", "president", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson",
	"ministro", "ministra", "presidente", "presidenta", "canciller", "portavoz", "vocero", "vocera")

// authorityNouns name a state's authorities as a whole.
var authorityNouns = newWordSet("authorities", "autoridades")

// stateBodyOfCountry returns the claimant a state body named by its
// country's adjective stands for, and the phrase's length: "the Saudi
// Civil Defence", "Egyptian police", "la policía egipcia", "la Defensa
// Civil saudí", "el Ministerio de Salud egipcio". The claimant is the one
// whose aliases name that country, its government when there are several.
// ok is false when the words name no state body, no country's adjective,
// or a country no claimant names.
func (s *sentence) stateBodyOfCountry(i int) (actor, n int, ok bool) {
	t := s.toks[i]
	if t.kind != tokWord || len(s.e.placeActors) == 0 || i > 0 && s.toks[i-1].upper && !s.determinerAt(i-1) {
		return 0, 0, false
	}
	key, noun, end := "", "", -1
	var field []string // the stems of a field named with authorities ("health authorities"), if any
	if s.es {
		// the body's noun, its name's words, then the adjective
		if !nationalBodyNouns.hasToken(&t) {
			return 0, 0, false
		}
		for j := i + 1; j < len(s.toks) && j <= i+5; j++ {
			w := s.text(j)
			if s.toks[j].kind != tokWord {
				break
			}
			if !s.toks[j].upper && countryWord(w) && s.e.lex.countryKeys[placeKey(w)] {
				key, noun, end = placeKey(w), t.text, j+1
				break
			}
			if d, ok := officialsDomains[w]; ok && j == i+1 && authorityNouns.hasToken(&t) {
				field = d // "las autoridades sanitarias ugandesas"
				continue
			}
			if !s.toks[j].upper && !nameJoiners.has(w) {
				break
			}
		}
	} else {
		// the adjective, the body's name, ending in its noun
		if !t.upper || !s.e.lex.countryKeys[placeKey(t.text)] {
			return 0, 0, false
		}
		if _, isCountry := s.upperCountryAt(i); isCountry {
			return 0, 0, false // "Egypt", the country itself
		}
		if s.secondOfPair(i) {
			return 0, 0, false // "Ukrainian and Russian officials": both
		}
		for j := i + 1; j < len(s.toks) && j <= i+3 && s.toks[j].kind == tokWord; j++ {
			if w := s.text(j); w == "and" || w == "or" {
				return 0, 0, false
			}
			if s.in(j, nationalBodyNouns) {
				for j+1 < len(s.toks) && j+1 <= i+4 && s.in(j+1, nationalBodyNouns) {
					j++ // "Defence Minister", "Interior Ministry": the last noun names the body
				}
				key, noun, end = placeKey(t.text), s.text(j), j+1
				if j == i+2 {
					field = officialsDomains[s.text(i+1)] // "Ugandan health authorities"
				}
				break
			}
		}
	}
	if end < 0 {
		return 0, 0, false
	}
	placed := false
	if titleNouns.has(noun) {
		// "Turkish Justice Minister Bekir Bozdag said", "el ministro turco
		// de Justicia, Bekir Bozdag, dijo": the office's holder
		end = s.pastTitleHolder(end)
		placed = s.text(end) == "," && s.sourcePlace(i, end+1)
	}
	if !placed && !s.sourcePlace(i, end) {
		return 0, 0, false
	}
	if field != nil {
		actor = s.fieldBodyActor(key, field)
	} else {
		actor = s.stateBodyActor(key, noun)
	}
	if actor < 0 {
		return 0, 0, false
	}
	return actor, end - i, true
}

// titleNouns name the holders of a national office, who speak for its
// state: "the Turkish interior minister", "el presidente colombiano".
var titleNouns = newWordSet("minister", "president", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson",
	"ministro", "ministra", "presidente", "presidenta", "canciller", "portavoz", "vocero", "vocera")

// pastTitleHolder returns the token after the name of an office's
// holder that follows the office at token j: its complement of capitalised
// words ("de Justicia"), then the holder's name, bare ("Bekir Bozdag") or
// between commas (", Bekir Bozdag,", up to the closing comma). It returns
// j when no name follows.
func (s *sentence) pastTitleHolder(j int) int {
	upperRun := func(k int) int {
		for k < len(s.toks) && s.toks[k].kind == tokWord && (s.toks[k].upper || s.in(k, nameJoiners) && k+1 < len(s.toks) && s.toks[k+1].upper) {
			k++
		}
		return k
	}
	if t := s.text(j); (t == "de" || t == "del") && j+1 < len(s.toks) && s.toks[j+1].upper {
		j = upperRun(j + 1) // "de Justicia"
		if j < len(s.toks) && !s.toks[j].upper && countryWord(s.text(j)) && s.e.lex.countryKeys[placeKey(s.text(j))] {
			j++ // "el ministro turco de Justicia" or "de Justicia turco"
		}
	}
	if j < len(s.toks) && s.toks[j].upper {
		return upperRun(j)
	}
	if s.text(j) == "," && j+1 < len(s.toks) && s.toks[j+1].upper {
		if k := upperRun(j + 1); k > j+2 && s.text(k) == "," {
			return k // (the comma that closes the name is the caller's)
		}
	}
	return j
}

// sourcePlace reports whether the words at [i, end) stand where a source
// stands: after "según", "according to", or as the subject of a verb of
// saying ("la policía egipcia informó"). Elsewhere a state body is more
// often the agent of what is counted ("las fuerzas israelíes mataron").
func (s *sentence) sourcePlace(i, end int) bool {
	if _, ok := s.prefixCueBefore(i); ok {
		return true
	}
	j := s.verbAfterSubject(end)
	_, _, cue := cueVerbs.matchAt(s.toks, j)
	return cue || s.in(j, countrySpeakVerbs)
}

// verbAfterSubject returns the token where the verb of a subject ending
// before token j stands, past the words that may come between ("has
// also", "on Monday", "officially").
func (s *sentence) verbAfterSubject(j int) int {
	for j < len(s.toks) && (subjectSkips.hasToken(&s.toks[j]) || timeWords.hasToken(&s.toks[j]) || weekdays.hasToken(&s.toks[j]) ||
		s.toks[j].text == "officially" || s.toks[j].text == "oficialmente") {
		j++
	}
	return j
}

// secondOfPair reports whether the word at token i follows "and" or "or":
// "Ukrainian and Russian officials" are both countries', not the second's.
func (s *sentence) secondOfPair(i int) bool {
	c := s.text(i - 1)
	return c == "and" || c == "or"
}

// fieldBodyActor returns the one claimant of the country with place key
// whose aliases name the field of stems: "Ugandan health authorities" for
// "Uganda's Ministry of Health". It returns -1 when none or several do.
func (s *sentence) fieldBodyActor(key string, stems []string) int {
	var fits []int
	for _, ai := range s.e.placeActors[key] {
		if s.e.actors[ai].Role == tracker.Claimant && s.e.aliasesNameField(ai, stems) {
			fits = append(fits, ai)
		}
	}
	if len(fits) != 1 {
		return -1
	}
	return fits[0]
}

// stateBodyActor returns the claimant a state body of the country with
// place key stands for: the one whose aliases hold the body's noun ("la
// policía egipcia" for "Egyptian police"), else the one that stands for
// the whole state ("Egypt", "Saudi authorities"), never another of its
// bodies (the "Ukrainian Air Force" is not "las autoridades ucranianas").
// It returns -1 when there is none.
func (s *sentence) stateBodyActor(key, noun string) int {
	var own, whole []int
	for _, ai := range s.e.placeActors[key] {
		switch {
		case s.e.actors[ai].Role != tracker.Claimant:
		case s.e.aliasWords[ai][noun] || containsInt(s.e.heads[noun], ai): // (or another word for it: "Israeli army")
			own = append(own, ai)
		case s.e.wholeStates[ai]:
			whole = append(whole, ai)
		}
	}
	if len(own) > 0 {
		return s.pickActor(own)
	}
	return s.pickActor(whole)
}

// countryInstitution returns the actor an institution named with its
// country stands for, "Mexico's government", "el Gobierno de Israel":
// the one whose aliases hold that institution noun and that country. n
// is the length of the phrase.
func (s *sentence) countryInstitution(i int) (actor, n int, ok bool) {
	noun, key := "", ""
	var modifiers []string
	if cn, isCountry := s.upperCountryAt(i); isCountry && s.text(i+cn) == "'s" {
		j := i + cn + 1
		modifiers = s.aliasModifiers(j)
		j += len(modifiers)
		noun, key, n = s.text(j), placeKey(s.text(i)), j+1-i
		if len(modifiers) > 0 && !s.e.headWords[noun] && !descriptorNouns.has(noun) {
			return 0, 0, false
		}
	} else if p := s.text(i + 1); (p == "of" || p == "de" || p == "del" || p == "in") && len(s.e.heads[s.text(i)]) > 0 {
		// ("police in Ghana": the country's police)
		j := i + 2
		if s.determinerAt(j) {
			j++
		}
		_, cn, isCountry := s.e.lex.countries.matchAt(s.toks, j)
		if !isCountry || !s.toks[j].upper {
			// "el Ministerio del Interior de Francia" for the "Ministerio
			// del Interior francés": the name, then its country
			return s.namedInstitutionOf(i)
		}
		noun, key, n = s.text(i), placeKey(s.text(j)), j+cn-i
	} else {
		return 0, 0, false
	}
	var cands []int
	if len(modifiers) > 0 {
		// "Kenya's national human rights watchdog": the one actor of that
		// country whose name holds the modifiers, whatever noun ends them
		cands = s.actorsNamedBy(modifiers, s.e.placeActors[key])
	} else {
		for _, ai := range s.e.heads[noun] {
			if containsInt(s.e.placeActors[key], ai) {
				cands = append(cands, ai)
			}
		}
	}
	if actor = s.pickActor(cands); actor < 0 && len(modifiers) == 0 && nationalBodyNouns.has(noun) {
		// "Peru's authorities", "Nigeria's police": a state body no alias
		// names, for the claimant that stands for that state
		actor = s.stateBodyActor(key, noun)
	}
	if actor < 0 {
		return 0, 0, false
	}
	return actor, n, true
}

// aliasModifiers returns the lower-case words from token j on, three at
// most and up to an institution noun, that some actor's alias holds and
// that one more word follows: the modifiers of that noun ("national human
// rights" in "Kenya's national human rights watchdog"). It returns nil
// when there are none.
func (s *sentence) aliasModifiers(j int) []string {
	var out []string
	for k := j; k < j+3 && k+1 < len(s.toks); k++ {
		t := s.toks[k]
		if t.kind != tokWord || t.upper || !s.e.anyAliasWord[t.text] || s.e.headWords[t.text] || descriptorNouns.has(t.text) {
			break // (the noun itself: "commission")
		}
		out = append(out, t.text)
	}
	if len(out) > 0 && (s.toks[j+len(out)].kind != tokWord || s.toks[j+len(out)].upper) {
		return nil
	}
	return out
}

// actorsNamedBy returns those of cands whose aliases hold every word of
// words, when one of the words is specific (not "national", "general").
func (s *sentence) actorsNamedBy(words []string, cands []int) []int {
	specific := false
	for _, w := range words {
		specific = specific || !genericNameWords.has(w)
	}
	if !specific {
		return nil
	}
	var out []int
	for _, ai := range cands {
		all := true
		for _, w := range words {
			all = all && s.e.aliasWords[ai][w]
		}
		if all {
			out = append(out, ai)
		}
	}
	return out
}

// genericNameWords are words of many institutions' names: alone they
// single none out.
var genericNameWords = newWordSet("national", "nacional", "general", "federal", "state", "public", "pública",
	"público", "central", "supreme", "suprema", "supremo", "high", "alto", "alta", "office", "oficina")

// countryOfName returns the place key of the country that ends the name
// an institution noun at token i begins ("Ministerio del Interior de
// Alemania", "Ministry of Health of Peru"), or "".
func (s *sentence) countryOfName(i int) string {
	if k, ok := s.countryEndingName(i); ok {
		return placeKey(s.text(k))
	}
	return ""
}

// nameEndingInCountry reads the name an institution noun at token i
// begins up to "de/of" and a country: it returns the country's token and
// length, and the name's words of four letters or more between
// ("interior" of "Ministerio del Interior de Francia"); ok is false when
// the name does not end in a country within a few words.
func (s *sentence) nameEndingInCountry(i int) (k, cn int, words []string, ok bool) {
	return s.readNameToCountry(i, true)
}

// countryEndingName returns the token of the country that ends the name
// an institution noun at token i begins, like nameEndingInCountry but
// without collecting the name's words.
func (s *sentence) countryEndingName(i int) (k int, ok bool) {
	k, _, _, ok = s.readNameToCountry(i, false)
	return k, ok
}

// readNameToCountry is nameEndingInCountry, collecting the name's words
// only when collect is set.
func (s *sentence) readNameToCountry(i int, collect bool) (k, cn int, words []string, ok bool) {
	for j := i + 1; j < len(s.toks) && j <= i+6; j++ {
		t := s.text(j)
		if t == "de" || t == "of" || t == "del" {
			k = j + 1
			if s.determinerAt(k) {
				k++
			}
			if _, n, isCountry := s.e.lex.countries.matchAt(s.toks, k); isCountry && k < len(s.toks) && s.toks[k].upper {
				return k, n, words, true
			}
			continue
		}
		if s.determinerAt(j) {
			continue
		}
		if !s.toks[j].upper || s.toks[j].kind != tokWord {
			return 0, 0, nil, false
		}
		if collect && len([]rune(t)) >= 4 {
			words = append(words, t)
		}
	}
	return 0, 0, nil, false
}

// namedInstitutionOf returns the actor an institution's name followed by
// its country stands for: "el Ministerio del Interior de Francia", "the
// Ministry of Defence of Russia" for an actor whose aliases hold the
// institution noun, the name's words and that country ("Ministerio del
// Interior francés", "Russian Defence Ministry"); and the phrase's length.
func (s *sentence) namedInstitutionOf(i int) (actor, n int, ok bool) {
	k, cn, words, ok := s.nameEndingInCountry(i)
	if !ok || len(words) == 0 {
		return 0, 0, false
	}
	key := placeKey(s.text(k))
	found := -1
	for _, ai := range s.e.heads[s.text(i)] {
		if !containsInt(s.e.placeActors[key], ai) {
			continue
		}
		all := true
		for _, w := range words {
			all = all && s.e.aliasWords[ai][w]
		}
		if !all {
			continue
		}
		if found >= 0 && found != ai {
			return 0, 0, false
		}
		found = ai
	}
	return found, k + cn - i, found >= 0
}

// notePlaces records, for the actors whose aliases name a country, that
// this sentence names it ("Mexico", "mexicano").
func (s *sentence) notePlaces() {
	if len(s.e.placeActors) == 0 {
		return
	}
	for _, t := range s.toks {
		if t.kind != tokWord || len(t.text) < 4 {
			continue
		}
		actors := s.e.placeActors[placeKey(t.text)]
		if len(actors) == 0 || !t.upper && !countryWord(t.text) {
			continue
		}
		for _, ai := range actors {
			s.st.lastPlace[ai] = s.st.sent
		}
	}
}

// stemEntity returns the keyword or term whose stem the word at token i
// has, in the sentence's language: "excarceladas" for "excarcelados".
func (s *sentence) stemEntity(i int) (int, bool) {
	t := s.toks[i]
	if t.kind != tokWord || len(t.text) < minStemWord {
		return 0, false
	}
	lang := 0
	if s.es {
		lang = 1
	}
	if !s.e.stemStarts[lang].mayHoldHash(textHash(t.text[:stemStartLen])) {
		return 0, false
	}
	st := s.stemAt(i)
	if st == "" {
		return 0, false
	}
	id, ok := s.e.stemEnts[lang][st]
	return id, ok
}

// stemAt returns the stem of word token i in the sentence's language. A
// Spanish preterite is stemmed with its accent, which folding took away:
// "atendió" stems as "atendidos" does, where "atendio" would not.
func (s *sentence) stemAt(i int) string {
	t := s.toks[i].text
	if s.es && s.toks[i].preterite && strings.HasSuffix(t, "o") {
		return stemPreterite(t)
	}
	return stemWord(t, s.es)
}

// stemFalseFriends share their stem with a term of another meaning:
// "hospitals" and "hospitalizations" both stem to "hospit" in English, but
// "three of the seven hospitals" counts no one hospitalised; "vacunos"
// (cattle) and "vacunados" both stem to "vacun".
var stemFalseFriends = newWordSet("hospital", "hospitals", "hospitales", "vacunos", "vacuno", "executive", "executives",
	"ejecutivo", "ejecutiva", "ejecutivos", "ejecutivas")

// stemPhraseEntity returns the metric keyword of several words whose
// words' stems the words from token i have, in the sentence's language,
// and how many tokens it takes: "recibieron tratamiento" for "reciben
// tratamiento". Of several, the longest wins.
func (s *sentence) stemPhraseEntity(i int) (id, n int, ok bool) {
	t := s.toks[i]
	lang := 0
	if s.es {
		lang = 1
	}
	if t.kind != tokWord || len(t.text) < stemStartLen || !s.e.stemPhraseStarts[lang].mayHoldHash(textHash(t.text[:stemStartLen])) {
		return 0, 0, false
	}
	for _, p := range s.e.stemPhrases[lang][stemKeyOf(t.text, s.es)] {
		if len(p.rest)+1 <= n || i+len(p.rest) >= len(s.toks) {
			continue
		}
		match := true
		for k, key := range p.rest {
			u := s.toks[i+1+k]
			if u.kind != tokWord || stemKeyOf(u.text, s.es) != key {
				match = false
				break
			}
		}
		if match {
			id, n, ok = p.ent, len(p.rest)+1, true
		}
	}
	return id, n, ok
}

// subjectOfActiveKeyword reports whether the keyword of n words at token i
// ("militants killed") is a plural noun and a past verb that a count of
// other people follows as its object: "militants killed three soldiers"
// tells what the militants did, not how many of them were killed.
func (s *sentence) subjectOfActiveKeyword(i, n, id int) bool {
	if n != 2 || len(s.e.ents[id].metrics) == 0 || !strings.HasSuffix(s.text(i), "s") || s.es {
		return false
	}
	if v := s.text(i + 1); !strings.HasSuffix(v, "ed") && !s.in(i+1, irregularParticiples) {
		return false
	}
	j := i + n // past the count right after it ("three", "12")
	for j < len(s.toks) && (s.toks[j].kind == tokDigits || s.isNumberWordToken(j)) {
		j++
	}
	return j > i+n && j < len(s.toks) && s.in(j, peopleNouns) && s.text(j) != s.text(i)
}

// looseStateAt reports whether the phrase of n tokens at i is a loose
// state term that a complement turns into something else than being in
// prison: "siguen con régimen de presentación", "remain under house
// arrest", "permanecen en libertad condicional". It is then no term.
func (s *sentence) looseStateAt(i, n, id int) bool {
	ent := s.e.ents[id]
	if ent.cat != s.e.lex.detention || ent.actor >= 0 || len(ent.metrics) > 0 || n > 2 {
		return false
	}
	if n == 1 && !s.in(i, looseStateTerms) || n == 2 && !(s.text(i) == "se" && s.in(i+1, looseStateTerms)) {
		return false
	}
	for n < 4 && s.in(i+n, zeroCostAdverbs) {
		n++ // "siguen todavía bajo las ruinas", "remain still unaccounted for"
	}
	next := s.text(i + n)
	// "remained unaccounted for", "siguen desaparecidos": the state is
	// another concept's
	if s.otherConceptAt(i + n) {
		return true
	}
	if (strings.HasSuffix(next, "ndo") || strings.HasSuffix(next, "ing")) && next != "siendo" && next != "being" {
		return true // "continúan viendo que…", "remain waiting": not in prison
	}
	if participleLike(next) && s.toks[i+n].kind == tokWord {
		if _, _, ok := s.e.entities.matchAt(s.toks, i+n); !ok {
			return true // "21 carreteras permanecen cortadas", "roads remain closed": another state
		}
	}
	if next == "en" || next == "in" {
		// "siguen en libertad", "remain in hiding", "siguen en arresto
		// domiciliario": not "en prisión"
		if id, _, ok := s.e.entities.matchAt(s.toks, i+n+1); ok && s.e.ents[id].cat.overlaps(s.e.lex.restricted) {
			return true
		}
		if _, _, ok := s.e.entities.matchAt(s.toks, i+n); ok {
			return false
		}
		switch s.text(i + n + 1) {
		case "libertad", "hiding", "exile", "el", "la", "los", "las", "the", "su", "sus", "their", "his", "her",
			// "los casos siguen en aumento": a trend, no one held
			"aumento", "alza", "ascenso", "descenso", "crecimiento", "pie", "marcha", "vigor":
			return true
		}
		return false
	}
	return notInPrisonAfter.has(next)
}

// otherConceptAt reports whether a term of another concept than detention
// stands at token j: "siguen desaparecidos", "quedaron heridos".
func (s *sentence) otherConceptAt(j int) bool {
	if j >= len(s.toks) {
		return false // "… siguen" ends the text
	}
	id, _, ok := s.e.entities.matchAt(s.toks, j)
	if !ok {
		id, ok = s.stemEntity(j)
	}
	return ok && !s.e.ents[id].cat.empty() && !s.e.ents[id].cat.overlaps(s.e.lex.detention)
}

// durationBefore reports whether a span of time ends just before token
// i: "18 months in jail", "3 años en prisión", "tras 2 años de cárcel".
func (s *sentence) durationBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if s.in(k, timeUnits) {
			return true
		}
		if t := s.text(k); t != "de" && t != "of" {
			return false
		}
	}
	return false
}

// reducedRelative reports whether a participle term of detention describes
// the noun before it: "179 people held in prisons had walked free", "presos
// encarcelados desde 2024 fueron excarcelados". The predicate, if the
// clause has one, says what happened.
func (s *sentence) reducedRelative(m *entMention) bool {
	if m.t0 == 0 || m.t1-m.t0 != 1 || !s.e.ents[m.ent].cat.overlaps(s.e.lex.detention.or(s.e.lex.arrest)) ||
		!verbLike(s.text(m.t0)) && !s.in(m.t0, participleTerms) {
		return false // "350 presos políticos excarcelados desde enero": the event itself
	}
	if !s.in(m.t0-1, peopleNouns) && !s.e.lex.isStatePerson(s.text(m.t0-1)) && !s.keywordEndsAt(m.t0) &&
		!(s.toks[m.t0-1].upper && s.e.lex.namesCountry(s.text(m.t0-1))) {
		return false // (people of a country: "six Palestinians held by Israel")
	}
	switch s.text(m.t1) {
	case "in", "at", "since", "for", "on", "en", "desde", "por", "durante", "tras", "after", "by", "without", "sin", "under":
		return true
	}
	return false
}

// listedAs reports whether term m says how the people counted had been
// listed, or what they were, before what the sentence tells of them:
// "16,681 people listed as missing had been located alive", "personas
// reportadas como no localizadas", "1.500 personas desaparecidas fueron
// encontradas vivas". The term describes them; the predicate gives the
// event.
func (s *sentence) listedAs(m *entMention) bool {
	if m.t1-m.t0 == 1 && (s.in(m.t0-1, peopleNouns) || s.in(m.t0-1, genericPeople)) && m.t0 >= 2 &&
		s.toks[m.t0-2].kind == tokDigits && (s.in(m.t1, auxiliaries) || s.in(m.t1, relativeAuxiliaries)) {
		// "1.500 personas desaparecidas fueron encontradas vivas": the
		// adjective says who they are, the predicate what happened
		return true
	}
	p, listing := s.text(m.t0-1), m.t0-1
	if p == "as" || p == "como" || p == "por" {
		listing--
	}
	if !s.in(listing, listingWords) || listing == m.t0-1 && p != "reported" && p != "reportadas" && p != "reportados" {
		return false
	}
	if !s.in(listing-1, peopleNouns) && !s.in(listing-1, genericPeople) {
		return false // "166 people have been recorded as dead": the predicate itself
	}
	// the predicate comes after: "had been located alive" (not "the number
	// of women registered as victims rose to 176,380")
	for j := m.t1; j < len(s.toks) && j <= m.t1+2; j++ {
		if s.in(j, auxiliaries) || s.in(j, relativeAuxiliaries) {
			return true
		}
	}
	return false
}

// laterPredicateTerm returns the index into s.ents of the term of another
// concept that the main verb brings after term m, when m stands right
// after the people a count opens on and only describes them: "344
// estudiantes secuestrados seis días antes en un internado de Kankara, en
// el estado de Katsina, fueron liberados", "56 prisoners detained for
// political reasons in 2024 have been freed". It returns -1 otherwise.
func (s *sentence) laterPredicateTerm(m *entMention) int {
	if m.ent < 0 || m.t1-m.t0 != 1 || m.t0 < 2 || !s.in(m.t0-1, peopleNouns) && !s.in(m.t0-1, genericPeople) {
		return -1
	}
	if c := s.toks[m.t0-2]; c.kind != tokDigits && !s.isNumberWordToken(m.t0-2) {
		return -1
	}
	if w := s.text(m.t0); !participleLike(w) && !s.in(m.t0, participleTerms) {
		return -1
	}
	own := s.e.ents[m.ent].cat
	for j := m.t1; j < len(s.toks) && j < m.t1+20; j++ {
		t := s.toks[j]
		if t.kind == tokDigits || t.kind == tokPunct && t.text != "," || t.preterite {
			return -1
		}
		if !s.in(j, perfectAuxiliaries) {
			continue
		}
		for k := j + 1; k < len(s.toks) && k <= j+3; k++ {
			if e := s.termStartingAt(k); e >= 0 {
				if cat := s.e.ents[s.ents[e].ent].cat; !cat.empty() && !own.empty() && !cat.overlaps(own) {
					return e
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// listingWords list people under a state: "listed as", "reportadas como",
// "dadas por".
var listingWords = newWordSet("listed", "reported", "registered", "classified", "considered", "recorded",
	"reportadas", "reportados", "registradas", "registrados", "dadas", "dados", "listadas", "listados",
	"consideradas", "considerados", "catalogadas", "catalogados", "declared", "declaradas", "declarados")

// causeOfDeath reports whether term m is the cause of a death just named:
// "han muerto por desnutrición", "died of cholera", "deaths from
// starvation". The death is what is counted; the cause only says of what.
func (s *sentence) causeOfDeath(m *entMention) bool {
	death := s.e.lex.death
	if death.empty() || s.e.ents[m.ent].cat.overlaps(death) {
		return false
	}
	j := m.t0 - 1
	for j >= 0 && s.determinerAt(j) {
		j--
	}
	switch s.text(j) {
	case "of", "from", "por", "de":
	default:
		return false
	}
	for _, em := range s.ents {
		if em.t1 == j && em.ent >= 0 && s.e.ents[em.ent].cat.overlaps(death) {
			return true
		}
	}
	return false
}

// personalObject reports whether Spanish "a" at token j marks a person as
// the object of the verb before it, a count or people following: "abatieron
// a 40 guerrilleros", "derribaron a unos 12 insurgentes" (drones are
// downed without it: "abatieron 20 drones").
func (s *sentence) personalObject(j int) bool {
	if s.text(j) != "a" || !s.es {
		return false
	}
	k := j + 1
	for k < len(s.toks) && s.determinerAt(k) {
		k++
	}
	if _, n, ok := qualifierBefore.matchAt(s.toks, k); ok {
		k += n
	}
	if k >= len(s.toks) {
		return false
	}
	if s.countStartsAt(k) {
		return true
	}
	return s.in(k, peopleNouns)
}

// relativeClauseTerm reports whether a term stands in a relative clause
// right after a noun for people: "11 personas que salieron de prisión
// siguen en arresto domiciliario", "the 56 prisoners who were freed on
// Sunday". It describes the people; the predicate says what is counted.
func (s *sentence) relativeClauseTerm(m *entMention) bool {
	j := m.t0 - 1
	for j >= 0 && (s.in(j, relativeAuxiliaries) || s.in(j, listedAs) || s.text(j) == "as" || s.text(j) == "como") {
		j-- // (also "who had been reported missing", "que habían sido reportados como desaparecidos")
	}
	if j < 1 {
		return false
	}
	if j == m.t0-1 && s.countStartsAt(m.t1) {
		return false // "Gunmen who killed 11 people": the verb of the relative clause has the count as its object
	}
	switch s.text(j) {
	case "que", "who", "which", "quienes", "quien":
	default:
		// "56 prisoners it said were detained for political reasons": a
		// relative clause without its pronoun, with the speaker inside
		if j >= 2 && s.in(j, relativeSayings) && s.in(j-1, pronouns) {
			j--
			break
		}
		return false
	}
	return s.in(j-1, peopleNouns) || s.e.lex.isStatePerson(s.text(j-1)) || s.keywordEndsAt(j)
}

// listedAs are the participles by which a report or a register lists
// people as what a metric counts: "who had been reported missing",
// "people registered as unemployed", "personas inscritas como
// desaparecidas". Between a relative pronoun and its state they may stand
// with "as"/"como" (relativeClauseTerm); after a people noun, before
// "as"/"como", they say what the people are (predicateKeyword).
var listedAs = newWordSet("reported", "listed", "declared", "registered", "recorded", "classified", "reportados",
	"reportadas", "registrados", "registradas", "declarados", "declaradas", "inscritos", "inscritas", "catalogados",
	"catalogadas", "clasificados", "clasificadas", "censados", "censadas", "empadronados", "empadronadas", "recognised",
	"recognized", "designated", "reconocidos", "reconocidas", "considered", "considerados", "consideradas")

// relativeSayings introduce a relative clause without its pronoun: "the
// 56 people it says were detained", "those he considers held".
var relativeSayings = newWordSet("said", "says", "considers", "considered", "believes", "believed", "deems",
	"described", "describes", "calls", "called")

// keywordEndsAt reports whether a metric keyword that is not an event term
// ends just before token i: "political prisoners held in …".
func (s *sentence) keywordEndsAt(i int) bool {
	for _, em := range s.ents {
		if em.t1 == i && em.ent >= 0 && em.actor < 0 && s.e.ents[em.ent].cat.empty() {
			return true
		}
	}
	return false
}

// nounAt reports whether a noun for people or a metric keyword that is not
// an event term starts at token i: "released prisoners", "detained
// protesters".
func (s *sentence) nounAt(i int) bool {
	if id, _, ok := s.e.entities.matchAt(s.toks, i); ok {
		ent := s.e.ents[id]
		return ent.cat.empty() && ent.actor < 0
	}
	return s.in(i, peopleNouns)
}

// irrealisBefore reports whether a term at t0 is a plan, a promise or a
// demand: "to release", "will be freed", "pidió liberar".
func (s *sentence) irrealisBefore(t0 int) bool {
	if (s.text(t0-1) == "of" || s.text(t0-1) == "de") && (s.text(t0-2) == "risk" || s.text(t0-2) == "riesgo") {
		return true // "30 million head of livestock are at risk of dying", "en riesgo de morir"
	}
	article := false
	for k := t0 - 1; k >= 0 && k >= t0-3; k-- {
		t := s.toks[k]
		if t.kind != tokWord {
			return false
		}
		if irrealisMarkers.hasToken(&t) {
			// "spoken to the released prisoner": "to" before an article is
			// a preposition; "believed to be missing" is what is known
			return !(article && t.text == "to") && !(t.text == "to" && k > 0 && epistemicBeforeTo.hasToken(&s.toks[k-1])) &&
				!(t.text == "to" && s.compelledBefore(k))
		}
		switch t.text {
		case "a", "the", "la", "las", "los", "el":
			article = true
			continue
		case "be", "been", "being", "get", "ser", "sean", "sea", "more", "mas", "also", "tambien", "que":
			continue // (and "se espera que regresen": what is expected)
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
	if s.in(m.t0-1, achievedBefore) || s.text(m.t0-1) == "de" && s.in(m.t0-2, justDone) {
		return false // "lograron neutralizar", "acaba de liberar": it happened
	}
	if (s.text(m.t0-1) == "a" || s.text(m.t0-1) == "que") && s.compelledBefore(m.t0-1) {
		return false // "obligó a evacuar a 276 personas": it had to happen, and did
	}
	return len(w) > 5 && infinitiveLike(w)
}

// compelledBefore reports whether the "to", "a" or "que" at k that opens
// an infinitive follows a past act of being made or able to do it, so the
// infinitive tells what happened: "forced 276 people to evacuate", "had to
// be hospitalised", "managed to rescue", "obligó a desalojar", "tuvieron
// que evacuar". Up to three words of object may stand between ("forced
// the authorities to evacuate", "obligó a la población a evacuar").
func (s *sentence) compelledBefore(k int) bool {
	switch {
	case s.in(k-1, achievedBeforeTo):
		return true // "had to", "managed to", "were able to", "tuvieron que"
	case s.text(k) == "que":
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if s.toks[j].kind != tokWord && s.toks[j].kind != tokDigits {
			return false // (the count compelled may stand between: "forced 5,000 people to flee")
		}
		if s.in(j, compelledVerbs) {
			// (or a time or place between: "ha ayudado en las últimas
			// semanas a vacunar")
			return j == k-1 || s.text(k) == "to" || s.text(j+1) == "a" || s.in(j+1, adverbialOpeners)
		}
	}
	return false
}

// adverbialOpeners open a phrase of time or place, not an object: "en
// las últimas semanas", "durante el fin de semana", "ayer".
var adverbialOpeners = newWordSet("en", "durante", "desde", "ayer", "hoy", "este", "esta", "in", "during", "over",
	"since", "yesterday", "today", "this")

// infinitiveLike reports whether folded word w ends like a Spanish
// infinitive: "neutralizar", "ver", "reducir".
func infinitiveLike(w string) bool {
	return strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir")
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
		case (t.text == "and" || t.text == "y" || t.text == "e") && i > first && s.newSubjectAt(i+1) && !s.actorEndsAt(i):
			cl++
		case (t.text == "and" || t.text == "y" || t.text == "e") && i > first && s.numberAfter(i+1) && s.predicateSince(i):
			cl++ // "48 officers were injured and one soldier died": a new subject
		case t.text == "and" && i > first && s.text(i-1) == "," && s.in(i+1, possessiveDeterminers):
			cl++ // "…had been evacuated, and its latest update gave the death toll as three": another subject's statement
		case (t.text == "and" || t.text == "y") && i > first && s.verbAfter(i+1):
			cl++ // "elevó las solicitudes a 1.557 y aseguró que…": another statement
		case (t.text == "and" || t.text == "y") && i > first && (s.text(i+1) == "that" || s.text(i+1) == "que"):
			cl++ // "said it had verified 91 releases, and that 600 remain": a second reported clause
		case t.text == "," && i > first && s.speakerRelativeAt(i):
			cl++ // "…era ya de 63, informó la DGT, que pidió evitar desplazamientos": what the speaker did besides
		}
		s.clause[i], s.group[i] = cl, gr
	}
	s.findAsides()
	s.findBackground()
	s.findLeadingPartitive(first)
}

// findBackground marks the phrases that set another event as background,
// up to the next comma: "aún hay 687 presos políticos pese a las
// excarcelaciones", "687 presos políticos tras las excarcelaciones". Their
// terms do not say what the clause's numbers count.
func (s *sentence) findBackground() {
	n := len(s.toks)
	s.background = s.st.buf.bools(n)
	for i := 0; i < n; i++ {
		if s.toks[i].kind != tokWord {
			continue
		}
		id, k, ok := backgroundStarters.matchAt(s.toks, i)
		if !ok || id == temporal && !s.eventAfter(i+k) {
			continue
		}
		if s.text(i+k) == "que" {
			continue // "pese a que": a contrast
		}
		j := i
		for ; j < n && s.toks[j].text != "," && s.toks[j].text != ";"; j++ {
			s.background[j] = true
		}
		i = j
	}
}

// eventAfter reports whether an event term follows token i, past
// determiners: "after the releases", "tras las excarcelaciones".
func (s *sentence) eventAfter(i int) bool {
	isEvent := func(i int) bool {
		k := s.entAt[i]
		return k >= 0 && s.ents[k].ent >= 0 && !s.e.ents[s.ents[k].ent].cat.empty()
	}
	for i < len(s.toks) && (s.determinerAt(i) || partitiveDeterminers.hasToken(&s.toks[i]) || s.text(i) == "un" || s.text(i) == "una") {
		i++
	}
	if i >= len(s.toks) {
		return false
	}
	if isEvent(i) {
		return true
	}
	// "tras un proceso de excarcelaciones", "after a wave of releases"
	for j := i + 1; j < len(s.toks) && j <= i+2; j++ {
		if t := s.text(j); (t == "de" || t == "of") && s.toks[j-1].kind == tokWord && s.entAt[j-1] < 0 {
			return j+1 < len(s.toks) && isEvent(j+1)
		}
	}
	return false
}

// otherPurposeAfter reports whether "para", "for" and a word of four
// letters or more that no alias of actor a holds follow token j: a body
// named for another purpose than the one the short form of a's alias cuts
// off ("agencia de la ONU para las migraciones" against "… para los
// refugiados").
func (s *sentence) otherPurposeAfter(j, a int) bool {
	if t := s.text(j); t != "para" && t != "for" {
		return false
	}
	for k := j + 1; k < len(s.toks) && k <= j+3; k++ {
		if w := s.text(k); len(w) >= 4 && s.toks[k].kind == tokWord {
			return !s.e.aliasWords[a][w]
		}
	}
	return false
}

// bracketedName returns where the capitalised name begins that the alias
// at tokens [i, end) abbreviates in brackets after it ("Ministerio de
// Agricultura, Pesca y Alimentación (MAPA)", "National Institute for
// Space Research (Inpe)"), or i when none does or the name's words were
// already taken for something else.
func (s *sentence) bracketedName(i, end int) int {
	if i < 2 || s.text(i-1) != "(" || s.text(end) != ")" || !s.toks[i-2].upper {
		return i
	}
	start := i - 2
	for k := i - 3; k >= 0 && k >= i-14; k-- {
		t := s.toks[k]
		switch {
		case t.upper && t.kind == tokWord:
			start = k
		case nameJoiners.hasToken(&t) || t.text == "," && s.toks[k+1].upper:
			continue
		default:
			k = -1 // stop
		}
	}
	for start < i && (!s.toks[start].upper || s.determinerAt(start)) {
		start++ // (the name starts after "El", "the")
	}
	if start >= i-1 {
		return i
	}
	for k := start; k < i; k++ {
		if s.entAt[k] >= 0 {
			return i // "la Oficina del Alto Comisionado (ACNUDH)" already named
		}
	}
	return start
}

// bracketedOther returns the actor that a name goes on to be, from token
// j where an alias of actor a ended: a continuation of the name ("de
// África", "of the Americas") followed by a short form in brackets that
// is another actor's alias ("(CDC de África)"); and where the name ends.
// An "and" before an article ends the name: it joins a second one.
func (s *sentence) bracketedOther(j, a int) (actor, end int, ok bool) {
	k := j
	for k < len(s.toks) && k < j+6 && s.toks[k].kind == tokWord && (s.toks[k].upper || s.in(k, nameJoiners)) {
		if s.joinsTwoNames(k) {
			return 0, 0, false // "Singapore Customs and the National Parks Board (NParks)": two names
		}
		k++
	}
	if k == j || k+1 >= len(s.toks) || s.text(k) != "(" || !s.toks[k-1].upper {
		return 0, 0, false
	}
	id, n, ok := s.e.entities.matchAt(s.toks, k+1)
	if !ok || k+1+n >= len(s.toks) || s.text(k+1+n) != ")" {
		return 0, 0, false
	}
	b := s.e.ents[id].actor
	if b < 0 || b == a || s.e.actors[b].Role == tracker.Reporter {
		return 0, 0, false
	}
	return b, k, true
}

// subBody returns the actor a body of actor a is, when the words from
// token j name one ("[U.N.] migration agency", "[ONU] agencia para los
// refugiados"): one or two words then an institution noun, one of which
// begins like a word of another actor's name ("International
// Organization for Migration"). It returns that actor and the end of the
// institution noun, or false when no one other actor fits.
func (s *sentence) subBody(j, a int) (actor, end int, ok bool) {
	if j >= len(s.toks) {
		return 0, 0, false
	}
	noun := -1
	for k := j; k < len(s.toks) && k <= j+2; k++ {
		if s.in(k, bodyNouns) {
			noun = k
			break
		}
		if s.toks[k].kind != tokWord || s.toks[k].upper {
			return 0, 0, false
		}
	}
	if noun < 0 {
		return 0, 0, false
	}
	found := -1
	for k := j; k <= noun+3 && k < len(s.toks); k++ {
		if k == noun || s.toks[k].kind != tokWord {
			continue
		}
		if k > noun && !(s.text(noun+1) == "for" || s.text(noun+1) == "para" || s.text(noun+1) == "de") {
			break // "agency for refugees", "agencia para los refugiados"
		}
		if s.e.aliasWords[a][s.text(k)] {
			return 0, 0, false // "the SNAI prison agency" for an actor also named "Ecuador prison agency": its own
		}
		for _, b := range s.e.stemActors[nameStem(s.text(k))] {
			if b == a || s.e.actors[b].Role == tracker.Reporter {
				continue
			}
			if found >= 0 && found != b {
				return 0, 0, false
			}
			found = b
		}
	}
	if found < 0 {
		return 0, 0, false
	}
	return found, noun + 1, true
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
	// "De ese total,", "Of that number,": a singular demonstrative before
	// a noun for a whole (not "De este modo,")
	whole := s.in(next, singularDemonstratives) && s.in(next+1, wholeNouns)
	for j := next; j < len(s.toks) && j <= next+3 && !whole; j++ {
		// "Of last year's total,": a possessive before the whole
		whole = s.text(j) == "'s" && s.in(j+1, wholeNouns) && s.text(j+2) == ","
	}
	if next >= len(s.toks) || !(partitiveDeterminers.hasToken(&s.toks[next]) || s.toks[next].kind == tokDigits || s.text(first) == "del" || whole) {
		return
	}
	for i := first + 1; i < len(s.toks); i++ {
		if s.toks[i].text == "," {
			s.leadEnd = i
			break
		}
		if (s.text(first) == "entre" || s.text(first) == "among") && i <= next+4 && s.in(i, existentialVerbs) {
			if s.termBetween(next, i) {
				s.leadEnd = i // "Entre los desaparecidos hay siete franceses", "Among the dead were 12 children"
			}
			break // (not "Entre los invitados hay 33 muertos": the dead among the guests)
		}
	}
	for k := range s.ents {
		if s.ents[k].t0 < s.leadEnd {
			s.ents[k].partitive = true
		}
	}
}

// termBetween reports whether a term of a concept or a metric's keyword
// stands in tokens [i, j).
func (s *sentence) termBetween(i, j int) bool {
	for _, em := range s.ents {
		if em.t0 >= i && em.t1 <= j && em.ent >= 0 && em.actor < 0 &&
			(!s.e.ents[em.ent].cat.empty() || len(s.e.ents[em.ent].metrics) > 0) {
			return true
		}
	}
	return false
}

// existentialVerbs end a leading "entre los …"/"among the …" with no
// comma: "Entre los desaparecidos hay siete franceses", "Among the dead
// were 12 children".
var existentialVerbs = newWordSet("hay", "había", "figuran", "figuraban", "están", "estaban", "se", "are", "were",
	"is", "was", "included", "include")

// singularDemonstratives and wholeNouns open a partitive phrase on a whole
// just given: "De ese total,", "Of that number,".
var (
	singularDemonstratives = newWordSet("ese", "esa", "este", "esta", "dicho", "dicha", "that", "this")
	wholeNouns             = newWordSet("total", "numero", "número", "cifra", "grupo", "balance", "number", "figure",
		"group", "tally")
)

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
		apposition := false
		if _, _, ok := asideStarters.matchAt(s.toks, i+1); !ok {
			// ", a deputy incident manager at the agency," after a name
			indefinite := i > 0 && s.toks[i-1].upper && s.toks[i-1].kind == tokWord && s.in(i+1, indefiniteArticles)
			if apposition = s.participleAt(i+1) || definiteAt(s.text(i+1)) || indefinite; !apposition {
				continue
			}
		}
		j := i + 1
		for j < n && s.toks[j].text != "," && s.toks[j].text != ";" && s.clause[j] == s.clause[i] {
			j++
		}
		if apposition && (j >= n || s.toks[j].text != "," || !s.verbAfter(j+1)) {
			// ", released on Sunday." ends the sentence; ", el número
			// asciende a 143, …" is the main clause: not asides
			continue
		}
		id++
		for k := i + 1; k < j; k++ {
			s.aside[k] = id
		}
		i = j - 1
	}
}

// predicateSince reports whether a verb stands between the last number
// before token i and i: "48 officers were injured and one soldier died"
// coordinates two clauses, "including 12 women and two foreigners" lists
// two items of one.
func (s *sentence) predicateSince(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if s.toks[k].kind == tokDigits || s.isNumberWordToken(k) {
			return false
		}
		t := s.text(k)
		if auxiliaries.has(t) || s.toks[k].kind == tokWord && verbLike(t) {
			return true
		}
		if e := s.entAt[k]; e >= 0 && s.ents[e].ent >= 0 && !s.e.ents[s.ents[e].ent].cat.empty() {
			return true
		}
	}
	return false
}

// numberAfter reports whether a number (with its qualifier) starts at
// token i.
func (s *sentence) numberAfter(i int) bool {
	if _, n, ok := qualifierBefore.matchAt(s.toks, i); ok {
		i += n
	}
	for _, m := range s.nums {
		if m.t0 == i {
			return true
		}
	}
	return false
}

// indefiniteArticles open an apposition after a name: "Yap Boum II, a
// deputy incident manager at the agency, told reporters".
var indefiniteArticles = newWordSet("a", "an", "un", "una")

// definiteAt reports whether t is a definite article, which opens an
// apposition such as ", la organización que lleva el registro,".
func definiteAt(t string) bool {
	switch t {
	case "the", "el", "la", "los", "las":
		return true
	}
	return false
}

// verbAfter reports whether an attribution verb (or a verb form) starts at
// token i, past auxiliaries and time words: the verb of the subject that an
// apposition describes.
func (s *sentence) verbAfter(i int) bool {
	for i < len(s.toks) && (subjectSkips.hasToken(&s.toks[i]) || timeWords.hasToken(&s.toks[i]) || weekdays.hasToken(&s.toks[i])) {
		i++
	}
	if i >= len(s.toks) || s.toks[i].kind != tokWord {
		return false
	}
	if _, _, ok := cueVerbs.matchAt(s.toks, i); ok {
		return true
	}
	_, _, ok := figureVerbs.matchAt(s.toks, i)
	return ok
}

// participleAt reports whether a past participle that opens an apposition
// stands at token i: ", dedicada a la defensa de los presos políticos,",
// ", founded in 2002,".
func (s *sentence) participleAt(i int) bool {
	t := s.text(i)
	if len(t) < 6 || s.toks[i].kind != tokWord || s.entAt[i] >= 0 {
		return false
	}
	for _, suf := range []string{"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"} {
		if strings.HasSuffix(t, suf) {
			return true
		}
	}
	if strings.HasSuffix(t, "ed") {
		switch s.text(i + 1) {
		case "in", "by", "to", "for", "with", "on", "at", "as", "from":
			return true
		}
	}
	return false
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
	if s.text(i) == "yet" && (s.in(i-1, auxiliaries) || s.text(i-1) == "not" || s.text(i+1) == "to") {
		return false // "had yet to be found", "not yet": an adverb
	}
	// ", sin embargo,", ", however,": a parenthesis, not a new clause
	if _, n, _ := contrastConjunctions.matchAt(s.toks, i); s.text(i-1) == "," && s.text(i+n) == "," {
		return false
	}
	// "frente a la sede socialista": in front of a place, no comparison
	// (one compares counts: "frente a los 326 del balance anterior")
	if s.text(i) == "frente" && s.text(i+1) == "a" && !s.countWithin(i+2, 4) {
		return false
	}
	return true
}

// countWithin reports whether a numeral, or a figure noun, stands within
// n tokens from token i.
func (s *sentence) countWithin(i, n int) bool {
	for j := i; j < len(s.toks) && j < i+n; j++ {
		if _, word := numberWords[s.text(j)]; s.toks[j].kind == tokDigits || s.in(j, figureNouns) || word {
			return true
		}
	}
	return false
}

// newSubjectAt reports whether a new subject starts at token i: an actor,
// possibly after a determiner.
func (s *sentence) newSubjectAt(i int) bool {
	for i < len(s.toks) && s.determinerAt(i) {
		i++
	}
	if i >= len(s.toks) {
		return false
	}
	k := s.entAt[i]
	return k >= 0 && s.ents[k].actor >= 0
}

// actorEndsAt reports whether an actor's mention ends just before token
// i: "la Cruz Roja y la Media Luna Roja" joins two names in one phrase.
func (s *sentence) actorEndsAt(i int) bool { return s.actorEndingAt(i) >= 0 }

// speakerRelativeAt reports whether the comma at token i opens a relative
// clause on a speaker that a verb of saying introduced after the
// sentence's statement: "…, informó la DGT, que pidió evitar
// desplazamientos", "…, the ministry said, which also reported…".
func (s *sentence) speakerRelativeAt(i int) bool {
	if w := s.text(i + 1); w != "que" && w != "quien" && w != "which" && w != "who" {
		return false
	}
	for _, em := range s.ents {
		if em.actor < 0 {
			continue
		}
		start := s.mentionStart(em.t0)
		if em.t1 == i {
			// ", informó la DGT, que…"
			if _, n, ok := cueVerbs.matchEndingAt(s.toks, start); ok && s.text(start-n-1) == "," {
				return true
			}
		}
		if s.text(start-1) == "," {
			// ", the ministry said, which…"
			if _, n, ok := cueVerbs.matchAt(s.toks, em.t1); ok && em.t1+n == i {
				return true
			}
		}
	}
	return false
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

// describedActor returns the actor that a lower-case description starting
// at token i names by the words of its alias, and the description's
// length: "the national disaster agency" for the "National Disaster Risk
// Reduction and Management Council", "la comisión nacional de búsqueda".
// The description follows an article and is an institution noun with its
// modifiers before it (English) or after it (Spanish, "de" allowed); it
// needs two modifiers, or one and the noun itself in the alias, all of
// them in the aliases of one actor only.
func (s *sentence) describedActor(i int) (actor, n int, ok bool) {
	if i == 0 || !s.lowerWord(i) {
		return 0, 0, false
	}
	if d := i - 1; !s.in(d, headDeterminers) && !s.theCountrys(d) {
		// "the U.N. health agency", "the UN refugee agency", "the UN's
		// migration agency": a name of place or body before the description
		if d >= 2 && s.text(d) == "'s" {
			d--
		}
		if d == 0 || !s.toks[d].upper || !s.in(d-1, headDeterminers) {
			return 0, 0, false
		}
	}
	var buf [3]string // the modifiers, without allocating
	mods := buf[:0]
	noun, end := "", i
	if s.in(i, institutionNouns) || s.in(i, bodyNouns) {
		// "la comisión nacional de búsqueda"
		noun, end = s.text(i), i+1
		for k := i + 1; k < len(s.toks) && k <= i+4 && s.lowerWord(k) && len(mods) < len(buf); k++ {
			t := s.text(k)
			if t == "de" || t == "del" || t == "para" || t == "la" || t == "el" {
				continue
			}
			if len([]rune(t)) < 4 || s.toks[k].preterite || verbLike(t) {
				break // (not "la organización humanitaria confirmó": its verb)
			}
			mods = append(mods, t)
			end = k + 1
		}
	} else {
		// "the national disaster agency"
		k := i
		for ; k <= i+4 && s.lowerWord(k) && !s.in(k, institutionNouns) && !s.in(k, bodyNouns); k++ {
			if s.text(k) == "'s" {
				continue // "the UN children's agency"
			}
			if len(mods) == len(buf) {
				return 0, 0, false
			}
			mods = append(mods, s.text(k))
		}
		if !s.lowerWord(k) || !s.in(k, institutionNouns) && !s.in(k, bodyNouns) {
			return 0, 0, false
		}
		noun, end = s.text(k), k+1
	}
	if len(mods) == 0 || !s.e.anyAliasWord[mods[0]] {
		return 0, 0, false
	}
	if end < len(s.toks) && s.toks[end].upper && s.toks[end].kind == tokWord {
		return 0, 0, false // "the human rights group Cristosal": what the name after it is
	}
	var fits []int
	for ai, words := range s.e.aliasWords {
		all := true
		for _, w := range mods {
			all = all && words[w]
		}
		if !all || len(mods) < 2 && !words[noun] && !hasOrgSynonym(words, noun) && !s.bodyOf(i-1, ai) {
			continue
		}
		fits = append(fits, ai)
	}
	if len(fits) == 1 {
		return fits[0], end - i, true
	}
	// "the U.N. health agency" after "the World Health Organization said",
	// in a tracker that also lists the Pan American Health Organization:
	// the one of them named in the last two sentences, if only one was
	if a, ok := s.lastNamedOf(fits, 2); ok {
		return a, end - i, true
	}
	return 0, 0, false
}

// lastNamedOf returns the one actor among cands named in the current
// sentence or the within sentences before it; false when none or several
// were.
func (s *sentence) lastNamedOf(cands []int, within int) (int, bool) {
	found := -1
	for _, ai := range cands {
		if n := s.st.lastNamed[ai]; n > 0 && s.st.sent-n <= within {
			if found >= 0 {
				return 0, false
			}
			found = ai
		}
	}
	return found, found >= 0
}

// bodyOf reports whether token d is an acronym that starts the initials
// of one of actor a's aliases: "UN" before "children's agency" for "United
// Nations Children's Fund".
func (s *sentence) bodyOf(d, a int) bool {
	if d < 0 || !s.toks[d].caps {
		return false
	}
	acr := strings.ReplaceAll(s.text(d), ".", "")
	for _, name := range s.e.actors[a].Names() {
		var initials strings.Builder
		for _, w := range strings.Fields(name) {
			if r := []rune(w); unicode.IsUpper(r[0]) {
				initials.WriteRune(unicode.ToLower(r[0]))
			}
		}
		if len(acr) >= 2 && strings.HasPrefix(initials.String(), acr) && initials.Len() > len(acr) {
			return true
		}
	}
	return false
}

// countryTallyActor returns the government (a claimant) of the country
// whose adjective qualifies a count after an attribution: "according to
// an Israeli tally", "per Ukrainian figures", "según un recuento
// israelí", "según cifras oficiales ucranianas"; and the mention's length.
func (s *sentence) countryTallyActor(i int) (actor, n int, ok bool) {
	if len(s.e.placeActors) == 0 || s.toks[i].kind != tokWord {
		return 0, 0, false
	}
	if !(s.toks[i].upper && s.in(i+1, tallyNouns)) && !(s.es && s.in(i, tallyNouns)) {
		return 0, 0, false // (one lookup for most words: they are lowercase)
	}
	start := i
	for start > 0 && (s.determinerAt(start-1) || s.in(start-1, headDeterminers)) {
		start--
	}
	if _, _, cue := cuePrefixes.matchEndingAt(s.toks, start); !cue {
		return 0, 0, false
	}
	key := ""
	switch w := s.text(i); {
	case s.toks[i].upper && s.e.lex.countryKeys[placeKey(w)] && s.in(i+1, tallyNouns):
		key, n = placeKey(w), 2 // "an Israeli tally"
	case tallyNouns.has(w):
		// "un recuento israelí", "cifras oficiales ucranianas"
		j := i + 1
		if s.in(j, governmentOfficialWords) {
			j++
		}
		if a := s.text(j); s.es && j < len(s.toks) && !s.toks[j].upper && countryWord(a) && s.e.lex.countryKeys[placeKey(a)] {
			key, n = placeKey(a), j+1-i
		}
	}
	if key == "" {
		return 0, 0, false
	}
	if actor = s.claimantOfPlace(key); actor < 0 {
		return 0, 0, false
	}
	return actor, n, true
}

// claimantOfPlace returns the claimant the tracker lists for the place
// key, its government rather than its army, or the one named last; -1
// when none or several tie.
func (s *sentence) claimantOfPlace(key string) int {
	var cands, govs []int
	for _, ai := range s.e.placeActors[key] {
		if s.e.actors[ai].Role == tracker.Claimant {
			cands = append(cands, ai)
			if s.e.governments[ai] {
				govs = append(govs, ai)
			}
		}
	}
	if len(govs) > 0 {
		cands = govs
	}
	return s.pickActor(cands)
}

// tallyNouns name a count someone compiled.
var tallyNouns = newWordSet("tally", "count", "figures", "data", "estimate", "estimates", "toll", "records",
	"recuento", "conteo", "cifras", "datos", "balance", "registros", "estimaciones", "cálculos")

// hasOrgSynonym reports whether an actor's alias words hold a noun that
// names the same kind of body as noun: "the U.N. health agency" for the
// World Health Organization.
func hasOrgSynonym(words wordSet, noun string) bool {
	if !orgSynonyms.has(noun) {
		return false
	}
	for w := range orgSynonyms.words {
		if words[w] {
			return true
		}
	}
	return false
}

// orgSynonyms name an organisation of any kind.
var orgSynonyms = newWordSet("agency", "organization", "organisation", "body", "authority", "agencia",
	"organización", "organismo", "autoridad")

// theCountrys reports whether token d is the possessive of "the country"
// or "the nation", the one the text is about: "the country's disaster
// agency" (not "Jamaica's disaster agency", which may be another
// country's).
func (s *sentence) theCountrys(d int) bool {
	if p := s.text(d); p != "'s" && p != "’s" {
		return false
	}
	w := s.text(d - 1)
	return (w == "country" || w == "nation") && s.text(d-2) == "the"
}

// determinedAt reports whether the words from token i have an article or
// a possessive before them: "the attorney general", "the country's
// ombudsman's office" (names, even in lower case).
func (s *sentence) determinedAt(i int) bool {
	if i == 0 {
		return false
	}
	p := s.text(i - 1)
	return s.determinerAt(i-1) || headDeterminers.has(p) || p == "'s" || p == "’s"
}

// gappedAt returns the keyword that starts at token i with one more word
// after its preposition ("deaths in state custody"), and its length in
// tokens.
func (s *sentence) gappedAt(i int) (ent, n int, ok bool) {
	for _, g := range s.e.gapped[s.toks[i].text] {
		n = len(g.words) + 1
		if i+n > len(s.toks) {
			continue
		}
		extra := s.toks[i+g.gap+1]
		if extra.kind != tokWord || extra.text == g.words[g.gap+1] {
			continue
		}
		if id, _, ok := s.e.entities.matchAt(s.toks, i+g.gap+1); ok && s.e.ents[id].actor >= 0 {
			continue // "in CBP custody": the actor is named there
		}
		match := true
		for k, w := range g.words {
			at := i + k
			if k > g.gap {
				at++
			}
			if s.toks[at].text != w {
				match = false
				break
			}
		}
		if match {
			return g.ent, n, true
		}
	}
	return 0, 0, false
}

// adverbGappedAt returns the term of several words that starts at token i
// with an adverb set inside it ("han abandonado ya las prisiones",
// "were also taken hostage"), and its length in tokens with the adverb;
// ok is false when no term of the entities goes on past the adverb.
func (s *sentence) adverbGappedAt(i int) (ent, n int, ok bool) {
	for k := 1; k <= 2 && i+k+1 < len(s.toks); k++ {
		if !s.in(i+k, innerAdverbs) {
			continue
		}
		end := min(i+k+7, len(s.toks))
		var buf [8]token // (on the stack: the phrase without its adverb)
		toks := append(append(buf[:0], s.toks[i:i+k]...), s.toks[i+k+1:end]...)
		if id, m, found := s.e.entities.matchAt(toks, 0); found && m > k && s.e.ents[id].actor < 0 {
			return id, m + 1, true
		}
	}
	return 0, 0, false
}

// innerAdverbs may stand inside a verb phrase a term names: "han
// abandonado ya las prisiones", "were already taken hostage".
var innerAdverbs = newWordSet("ya", "already", "also", "también", "still", "todavía", "aún", "now", "ahora",
	"reportedly", "recently", "finally", "finalmente", "recién", "just")

// upperCountryAt returns the length of the country's name that starts at
// token i, capitalised or "the country", if one does (other lowercase
// words are never tried: most of a text's words are lowercase).
func (s *sentence) upperCountryAt(i int) (n int, ok bool) {
	if !s.toks[i].upper && !countryOpeners.hasToken(&s.toks[i]) {
		return 0, false
	}
	_, n, ok = s.e.lex.countries.matchAt(s.toks, i)
	return n, ok
}

// countryOpeners start the lowercase names of the countries list: "the
// country", "el país", "todo el país", "nationwide", "all the country".
var countryOpeners = newWordSet("the", "el", "todo", "nationwide", "all")

// enclosingName returns another actor whose long name encloses the alias
// of actor a at tokens [i, j): a run of capitalised words joined by "de",
// "of", "para" and articles ("la Oficina del Alto Comisionado de las
// Naciones Unidas para los Derechos Humanos" around "Naciones Unidas"),
// whose other words are two or more of that actor's alias words, and more
// of them than a's. It returns the actor and the name's span.
func (s *sentence) enclosingName(i, j, a int) (actor, start, end int, ok bool) {
	start, end = i, j
	for k := i - 1; k >= 0 && s.entAt[k] < 0; k-- {
		t := s.toks[k]
		if t.kind != tokWord && t.text != "'s" && t.text != "’s" {
			break
		}
		if _, _, cue := cuePrefixes.matchAt(s.toks, k); cue && t.upper {
			break // "Según la Oficina … de Naciones Unidas,": the sentence's first word, no name's
		}
		if t.upper {
			start = k
		} else if !nameJoiners.hasToken(&t) || s.joinsTwoNames(k) {
			break
		}
	}
	for k := j; k < len(s.toks) && (s.toks[k].kind == tokWord || s.text(k) == "'s" || s.text(k) == "’s"); k++ {
		if s.toks[k].upper {
			end = k + 1
		} else if !s.in(k, nameJoiners) || s.joinsTwoNames(k) {
			break
		}
	}
	if start == i && end == j || start == i && s.onlyOfTheUN(j, end) {
		// (nor "la Oficina de Coordinación de Asuntos Humanitarios de
		// Naciones Unidas": the alias said whose body of the UN it is)
		return 0, 0, 0, false
	}
	if id, _, ok := s.e.entities.matchAt(s.toks, end+1); ok && end == j && s.text(end) == "(" && s.e.ents[id].actor == a {
		// (nor "el Observatorio de Derechos Humanos … del Instituto de
		// Estudios para el Desarrollo y la Paz (Indepaz)": the name ends on
		// the alias, and its bracketed short form says whose it is)
		return 0, 0, 0, false
	}
	best, bestN, ownN := -1, 0, 0
	count := func(b int) int {
		n := 0
		for k := start; k < end; k++ {
			if (k < i || k >= j) && s.e.aliasWords[b][s.text(k)] {
				n++
			}
		}
		return n
	}
	ownN = count(a)
	for b := range s.e.actors {
		if b == a || s.e.actors[b].Role == tracker.Reporter {
			continue
		}
		if n := count(b); n > bestN {
			best, bestN = b, n
		}
	}
	if best < 0 || bestN < 2 || bestN <= ownN {
		return 0, 0, 0, false
	}
	return best, start, end, true
}

// coordinatedNameEnd returns where a name that an alias ending at token
// j goes on with "and" or "y" and capitalised words ends ("Ministry of
// Agriculture and Rural Development", "Ministerio de Agricultura y
// Desarrollo Rural"), or j when it does not go on so.
func (s *sentence) coordinatedNameEnd(j int) int {
	if j+1 >= len(s.toks) || s.joinsTwoNames(j) {
		return j
	}
	switch s.text(j) {
	case "and", "y", "e":
	default:
		return j
	}
	end := j
	for k := j + 1; k < len(s.toks) && s.toks[k].kind == tokWord; k++ {
		if _, _, ok := s.e.entities.matchAt(s.toks, k); ok {
			return j // "the World Health Organization and UNICEF": two names
		}
		if s.toks[k].upper {
			end = k + 1
		} else if !s.in(k, nameJoiners) || s.text(k) == "and" || s.text(k) == "y" {
			break
		}
	}
	return end
}

// joinsTwoNames reports whether token k is "and" or "y" before an
// article, which coordinates two names ("the National Fallen
// Firefighters Foundation and the National Fire Protection Association")
// rather than joining the words of one ("Justicia y Paz").
func (s *sentence) joinsTwoNames(k int) bool {
	if t := s.text(k); t != "and" && t != "y" && t != "e" {
		return false
	}
	switch s.text(k + 1) {
	case "the", "el", "la", "los", "las":
		return true
	}
	return false
}

// nameJoiners join the words of an institution's name.
var nameJoiners = newWordSet("de", "del", "la", "las", "los", "el", "of", "the", "for", "para", "and", "y", "on", "sobre",
	"'s", "’s")

// titleCaseAcronym reports whether token i writes an acronym of four
// letters or more in title case, as Spanish and British style do
// ("Unicef", "Acnur", "Dane", "Nato"); not at the start of an English
// sentence, where a capitalised word may be any word.
func (s *sentence) titleCaseAcronym(i int) bool {
	t := s.toks[i]
	return t.upper && utf8.RuneCountInString(t.text) >= 4 && (s.es || i > 0)
}

// anyUpper reports whether a token in [i, j) is capitalised.
func (s *sentence) anyUpper(i, j int) bool {
	for k := i; k < j && k < len(s.toks); k++ {
		if s.toks[k].upper {
			return true
		}
	}
	return false
}

// lowerWord reports whether token k is a lower-case word that is no
// mention yet.
func (s *sentence) lowerWord(k int) bool {
	return k < len(s.toks) && s.toks[k].kind == tokWord && !s.toks[k].upper && s.entAt[k] < 0
}

// adjectiveActor returns the actor an institution adjective refers to
// ("un anuncio gubernamental", "a presidential decree"): the only actor
// whose alias names that institution, or the one of them named last.
func (s *sentence) adjectiveActor(i int) (int, bool) {
	cands := s.e.adjActors[s.toks[i].text]
	if len(cands) == 0 {
		return 0, false
	}
	if p := s.text(i - 1); p == "no" || p == "non" || p == "-" && s.text(i-2) == "non" {
		return 0, false // "organización no gubernamental", "non-governmental": no part of the government
	}
	best, bestSent := -1, 0
	for _, ai := range cands {
		if n := s.st.lastNamed[ai]; n > bestSent {
			best, bestSent = ai, n
		}
	}
	if best < 0 {
		best = s.pickActor(cands)
	}
	return best, best >= 0
}

// numberArticles are the definite articles that may open a number's noun
// phrase: "the 20 hostages", "los 20 rehenes".
var numberArticles = newWordSet("the", "los", "las")

// gerund reports whether folded word w is a Spanish gerund ("liberando",
// "deteniendo"), not a noun or adverb that merely ends like one.
func gerund(w string) bool {
	return len(w) >= 7 && (strings.HasSuffix(w, "ando") || strings.HasSuffix(w, "iendo")) && !nonGerunds.has(w)
}

// nonGerunds end like a gerund but are none.
var nonGerunds = newWordSet("comando", "comandos", "mientras", "fernando", "orlando", "rolando", "armando", "hernando", "estipendio")

// keywordInside returns where a metric's own keyword starts inside the
// lexicon term of n tokens at i, of a concept no metric owns, and runs
// past its end ("en prisión" in "en prisión preventiva", when "prisión
// preventiva" is the keyword), so that the tracker's wording wins over
// the general term it overlaps; -1 when no keyword does.
func (s *sentence) keywordInside(i, n int) int {
	for j := i + 1; j < i+n; j++ {
		if id, m, ok, _ := s.e.entities.matchFrom(s.toks, j); ok && j+m > i+n && len(s.e.ents[id].metrics) > 0 {
			return j
		}
	}
	return -1
}

// onlyOfTheUN reports whether tokens [j, end) say "of the UN" and nothing
// more: "de Naciones Unidas", "of the United Nations", "de la ONU".
func (s *sentence) onlyOfTheUN(j, end int) bool {
	return s.ofTheUNEnd(j) == end
}
