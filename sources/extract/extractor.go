package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/gapwatch/gapwatch/tracker"
)

// Extractor finds attributed figures in prose. It is built once from the
// tracker file's metrics and actors, with every keyword and alias matcher
// compiled, and is safe for concurrent use.
type Extractor struct {
	// deathEnt is an entity of a term of deaths, or -1: a verb of
	// downing that takes people ("abatieron a 40 guerrilleros") names
	// deaths
	deathEnt int
	metrics  []metricInfo
	// owned is the event categories some metric of the tracker owns
	owned    category
	actors   []tracker.Actor
	entities *phraseSet // payload: index into ents
	// gapped are the keywords of several words with a preposition inside,
	// by their first word: they also match with one more word after the
	// preposition ("deaths in state custody", "murieron por una
	// sobredosis")
	gapped   map[string][]gappedKeyword
	ents     []entity
	surnames *phraseSet // payload: actor index; a person's last name alone
	// personNameWords are, per actor, the folded words of its aliases that
	// name a person (personAlias): "rojas" of "Diana Rojas Alvarez"
	personNameWords []wordSet
	// heads are the institution nouns of actors' aliases ("ministry" of
	// "Interior Ministry", "gobierno" of "gobierno venezolano"), with the
	// actors they may refer back to: "the ministry said"
	heads map[string][]int
	// nameHeads are the words the aliases written as names are built on
	// ("zoo" of "Krefeld Zoo"), with their actors: "the zoo said" refers
	// back to one already named
	nameHeads map[string][]int
	// headWords are the words headActor may take as a reference to an
	// actor: the heads and the nouns an actor may be introduced by
	// (referringNouns); any other word is none, in one lookup
	headWords wordSet
	// adjActors are the actors an institution adjective refers to: those
	// with an alias naming its noun ("gubernamental": "gobierno")
	adjActors map[string][]int
	// aliasWords are, per actor, the folded words of four letters or more
	// of its aliases: "the national disaster agency" describes the actor
	// whose alias holds "national" and "disaster"
	aliasWords []wordSet
	// aliasHeads are, for each actor, the words a text refers back to it
	// by, capitalised after an article: the first and the last before
	// "of"/"de" of its aliases written as names ("la Prefectura")
	aliasHeads []wordSet
	// keywordHeads map the head noun of the metrics' keywords of several
	// words (the last word in English, "acid attacks"; the first in
	// Spanish, "ataques con ácido") to the metrics: "107 such attacks"
	// refers to one
	keywordHeads map[string][]int
	// portfolios map the field of a ministry alias ("interior" of
	// "Ministerio del Interior", "sanidad" of "Ministerio de Sanidad") to
	// its actors: Spanish news names the ministry by it ("según Sanidad")
	portfolios   map[string][]int
	anyAliasWord wordSet // the union of aliasWords
	lex          *conceptLexicon
	stemEnts     [2]map[string]int // single-word keywords and terms by English [0] and Spanish [1] stem: index into ents
	// stemStarts holds the first bytes (stemStartLen) of the stems of
	// stemEnts: a word that starts otherwise stems to none of them (a stem
	// keeps the start of its word), and is not stemmed
	stemStarts [2]hashFilter
	// stemPhrases are the metrics' keywords of several words by the key
	// (stemKeyOf) of their first word, per language, with the keys of the
	// rest: "reciben tratamiento" matches "recibieron tratamiento";
	// stemPhraseStarts holds the first bytes of those first keys
	stemPhrases      [2]map[string][]stemPhrase
	stemPhraseStarts [2]hashFilter
	// tracked holds the folded words of the metrics' keywords and names:
	// a group they name ("women") is what the tracker counts, not a part
	tracked wordSet
	// units holds the metrics' units and the longer words of their
	// keywords (as written, folded: a stem would make "prisons" a count
	// of "prisoners"): "12,000 hectares" counts what a metric of hectares
	// counts
	units wordSet
	// unitPhraseStarts are the first words of the units of several words
	// ("health" of "health centres", "centros" of "centros de salud")
	unitPhraseStarts wordSet
	// placeActors maps the first four letters of a country named in an
	// actor's alias ("Mexico's", "Mexican": "mexi") to those actors: an
	// institution noun several actors share goes to the one whose country
	// the text names
	placeActors map[string][]int
	// governments marks the actors with an alias naming a government
	// ("Israeli government", "gobierno israelí")
	governments []bool
	// anyGovernment is the tracker's only government (or only national
	// one) when it names no country ("Government", "Gobierno"): whichever
	// government the text is about is the one it means. It is -1
	// otherwise.
	anyGovernment int
	// capitalShorts are one-word short names of international
	// organisations, with their actor ("Amnistía" of "Amnistía
	// Internacional"): as common nouns ("la ley de amnistía") they name
	// no one, so they match only when capitalised
	capitalShorts map[string]int
	// wholeStates marks the claimants that stand for a whole state rather
	// than one of its bodies: an alias is a bare country's name ("Egypt"),
	// or names its government or its authorities
	wholeStates []bool
	// stateBodies marks the claimants with an alias naming a body of a
	// state ("Peru's Health Ministry", "National Police")
	stateBodies []bool
	// sharedShorts are the short forms of aliases that several actors
	// share ("Ministry of Health" of two countries' ministries), payload
	// an index into sharedShortActors
	sharedShorts      *phraseSet
	sharedShortActors [][]int
	// lifeTerm is the entity of the term "cobró la vida", or -1: a verb of
	// taking ("cobrar", "costar") and "la vida de" apart still name deaths
	lifeTerm int
	// splitTerms are the terms of a separable verb and what follows it
	// ("set free", "put to death"), by the first word after the verb
	splitTerms map[string][]splitTerm
	// countsPerDay is set when a metric counts per day (metricInfo.perDay).
	countsPerDay bool
	// countsCapacity is set when a metric's keywords name a capacity
	// ("capacity", "plazas"): "capacidad para 8.524" is then its figure,
	// not a trap.
	countsCapacity bool
	// conversions are the phrases of the larger units that the metrics'
	// units take (payload: index into unitConversions)
	conversions *phraseSet
	// stemActors index the actors by the first five letters of the longer
	// words of their names: "migration agency" points to the International
	// Organization for Migration.
	stemActors map[string][]int
}

// metricInfo is a metric as the extractor sees it.
type metricInfo struct {
	id string
	// owns is the set of event categories its keywords belong to. A metric
	// that owns a category needs one of that category's terms near a
	// number, and terms of other categories compete with it. A metric that
	// owns none is matched by its keywords alone.
	owns category
	// named is the set of concepts its name's terms belong to ("People
	// held in immigration detention": detention): of two metrics owning
	// the same concepts, the one whose name says the event wins a tie
	named category
	// deathSentences says a keyword names death sentences ("sentenced to
	// death", "condenados a muerte"): "sentenced 11 Muslims to death"
	// counts for it
	deathSentences bool
	// keywordCats holds the concepts of each keyword, in order: of two
	// metrics owning the same concept, the one more of whose keywords
	// name it wins a tie ("marched", "manifestantes" against a lone
	// "secundaron")
	keywordCats []category
	// causedEvent is the event its name says befell people of a
	// condition its keywords name ("Deaths from starvation" keyed on
	// "starvation", "hambre"): a term of that event counts for it when a
	// term of its own stands in the same clause ("263 muertes por
	// desnutrición"), and competes with it nowhere
	causedEvent category
	// splits are its keywords of a noun and a participle ("beds
	// occupied", "embarcaciones interceptadas") taken apart: the noun
	// (folded) and the stems of the participle, English and Spanish, so
	// that "1,391 beds were occupied" and "intercepted six dinghies" (a
	// noun of the metric's unit) count for it
	splits []splitKeyword
	// agents are its keywords of an event and its doer ("killed by
	// police") taken apart: "Police killed 6,393 people" counts for it
	agents []agentKeyword
	// diseases are the diseases its name and keywords name (ids of
	// diseaseGroups): a count of another disease's cases or deaths is
	// none of it
	diseases map[int]bool
	// marks are the words (folded, and their stems) of its keywords that
	// no other metric's keywords use and that name no concept: the
	// qualifier that sets it apart from a metric of the same kind ("heat"
	// of "heat deaths", "exceso" of "muertes en exceso")
	marks wordSet
	// perDay is set when its keywords name a count per day ("trucks a
	// day", "camiones diarios"): a rate is its figure, not a trap, and a
	// day's count belongs to it rather than to a total of the same thing.
	perDay bool
	// words are its keywords' words (folded, longer than three letters,
	// rate words left out): a metric sharing one counts the same things.
	words wordSet
	// who is the set of state concepts whose people its keywords name
	// before what befell them ("hostages killed"): those people, named,
	// are no competing event.
	who category
	// singles are its keywords of one word, folded, as written.
	singles wordSet
	// substances are the substances its keywords name, short words
	// included: "oro" of "kilos de oro", "gold" of "gold seized"
	substances wordSet
	// unit is its unit, folded ("trucks", "hectares").
	unit string
	// unitWords are the nouns that count its unit (unitGroups)
	unitWords wordSet
	// unitFamily is, for a metric counted in a unit that larger units
	// convert to (hectares, kilograms), that unit's family
	// (unitConversion.family), else 0
	unitFamily int
	// population are the nouns for people that its name and keywords
	// restrict it to ("aid workers", "health workers", "periodistas"), or
	// nil: a count of people at large is not a count of them
	population wordSet
	// ofKind is set when its name or keywords name the people it counts
	// by what they are or do ("Protesters killed", "migrantes
	// fallecidos"): a group by sex or age is then some of them
	ofKind bool
	// pupils is set when its name or keywords name pupils ("Students
	// abducted"), whom news calls children too: "1,680 children" is then
	// its count, not a part of it
	pupils bool
	// names are the capitalised words of its name after the first, folded:
	// the party it counts for ("Votes for candidate Marta Ríos")
	names wordSet
	// plans is set when its name counts acts announced before they happen
	// ("Bank branches closed or to be closed", "Tanks pledged or
	// delivered"): "will close 49 branches" is then one of its figures
	plans bool
}

// entity is what a matched phrase is: an actor's alias, a metric keyword,
// an event term, or several of these at once.
type entity struct {
	actor   int  // index into actors, or -1
	acronym bool // an actor's acronym: it matches only a word in capitals ("UN", not Spanish "un")
	short   bool // a short form of a long alias: not when it ends a longer name ("Kenya National Commission on…")
	// proper is an actor's alias written as a name of several capitalised
	// words ("Centros Penales"): all in lower case, the words are common
	// nouns ("la cifra de muertes en centros penales")
	proper  bool
	metrics []int // metrics whose keyword this is
	cat     category
}

// New returns an extractor for the given metrics and actors. Keywords and
// aliases are matched on word boundaries, ignoring case and accents; the
// keywords' categories (release, detention, arrest, death, …) extend them
// with the built-in English and Spanish terms of the same category. Empty
// keywords and aliases are ignored.
func New(metrics []tracker.Metric, actors []tracker.Actor) *Extractor {
	e := &Extractor{
		actors:      append([]tracker.Actor(nil), actors...),
		entities:    newPhraseSet(),
		surnames:    newPhraseSet(),
		lex:         lexicon(),
		stemEnts:    [2]map[string]int{{}, {}},
		stemPhrases: [2]map[string][]stemPhrase{{}, {}},
	}
	index := map[string]int{}
	entityFor := func(s string) (int, bool) {
		toks := phraseTokens(s)
		if len(toks) == 0 {
			return 0, false
		}
		key := phraseKey(toks)
		if i, ok := index[key]; ok {
			return i, true
		}
		e.ents = append(e.ents, entity{actor: -1})
		i := len(e.ents) - 1
		index[key] = i
		e.entities.add(s, i)
		return i, true
	}
	for ai, a := range e.actors {
		for _, name := range a.Names() {
			forms := []string{name}
			acronym := isAcronym(name)
			if acronym {
				forms = append(forms, dotted(name)) // "UN" is also written "U.N."
			} else if d := dottedWords(name); d != name {
				forms = append(forms, d) // "UN refugee agency", "U.N. refugee agency"
			}
			if abbr, ok := titleAbbreviations[foldString(name)]; ok {
				forms = append(forms, abbr) // "governor", "Gov. Don Carcieri"
			}
			forms = append(forms, unNameVariants(name)...) // "de la ONU", "de las Naciones Unidas"
			for _, f := range forms {
				forms = append(forms, spellingVariants(f)...) // "World Health Organisation"
			}
			for _, form := range forms {
				i, ok := entityFor(form)
				if ok && e.ents[i].actor < 0 {
					e.ents[i].actor = ai
					e.ents[i].acronym = acronym
					e.ents[i].proper = writtenAsName(form)
				}
			}
		}
	}
	shorts, shared := e.shortAliases(index)
	for key, ai := range shorts {
		if i, ok := entityFor(key); ok && e.ents[i].actor < 0 {
			e.ents[i].actor, e.ents[i].short = ai, true
		}
	}
	e.capitalShorts = e.internationalShorts(index)
	e.sharedShorts = newPhraseSet()
	for key, actors := range shared {
		e.sharedShorts.add(key, len(e.sharedShortActors))
		e.sharedShortActors = append(e.sharedShortActors, actors)
	}
	e.addPlaceActors()
	e.addSurnames()
	e.addHeads()
	e.anyGovernment = e.countrylessGovernment()
	e.tracked, e.units = wordSet{}, wordSet{}
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	for _, m := range metrics {
		for _, text := range append([]string{m.Name, m.Unit}, m.Keywords...) {
			for _, w := range strings.FieldsFunc(foldString(text), notLetter) {
				e.tracked[w] = true
			}
		}
		for _, text := range append([]string{m.Unit}, m.Keywords...) {
			for _, w := range strings.FieldsFunc(foldString(text), notLetter) {
				if len([]rune(w)) > 3 {
					e.units[w] = true
				}
			}
		}
	}
	// a group the tracker names in one language or word is tracked in all:
	// "minors" tracks "children", "niños" and "menores"
	for _, g := range demographicGroups {
		named := false
		for _, w := range g {
			named = named || e.tracked[foldString(w)]
		}
		if named {
			for _, w := range g {
				e.tracked[foldString(w)] = true
			}
		}
	}
	for mi, m := range metrics {
		info := metricInfo{id: m.ID, population: populationOf(m), ofKind: countsPeopleOfKind(m), pupils: namesPupils(m), names: capitalisedNameWords(m.Name), named: e.lex.categoriesIn(m.Name),
			diseases: diseasesNamed(append([]string{m.Name}, m.Keywords...)...), splits: splitKeywords(m.Keywords),
			agents: agentKeywords(e.lex, m.Keywords), plans: namesPlans(m.Name)}
		for k := range info.splits {
			info.splits[k].cat = e.lex.keywordCategories(info.splits[k].part)
		}
		for _, kw := range m.Keywords {
			for _, v := range keywordVariants(kw) {
				i, ok := entityFor(v)
				if !ok {
					continue
				}
				if !containsInt(e.ents[i].metrics, mi) {
					e.ents[i].metrics = append(e.ents[i].metrics, mi)
				}
				// "released political prisoners" is a release term too
				e.ents[i].cat = e.ents[i].cat.or(e.lex.keywordCategories(v))
				e.addGapped(v, i)
			}
			if deathSentenceKeywords.has(foldString(strings.TrimSpace(kw))) {
				info.deathSentences = true
			}
			kc := e.lex.keywordCategoriesOf(kw)
			info.owns = info.owns.or(kc)
			info.keywordCats = append(info.keywordCats, kc)
			info.who = info.who.or(e.lex.keywordPeopleCategories(kw))
		}
		info.who = info.who.without(info.owns)
		if info.owns.empty() {
			// "political prisoners", "presos políticos", "detenidos": keywords
			// that name only the people of a state own that state, so that
			// "800 people are behind bars" counts them
			for _, kw := range m.Keywords {
				for _, w := range strings.Fields(foldString(kw)) {
					info.owns = info.owns.or(e.lex.statePeople[w])
				}
			}
		}
		// "Prisoners freed in exchanges" with the keywords "prisoners",
		// "presos": keywords that name only people in a state, a name that
		// says what happened to them; the metric owns that event too
		if event := info.named.without(e.lex.state); !info.owns.empty() && info.owns.without(e.lex.state).empty() && event.count() == 1 {
			info.owns = info.owns.or(event)
		}
		if info.named.without(info.owns).without(e.lex.weak) == e.lex.death && !info.owns.empty() && info.owns.without(e.lex.weak).empty() {
			info.causedEvent = e.lex.death
		}
		e.metrics = append(e.metrics, info)
	}
	e.addKeywordHeads(metrics)
	e.ownPassiveEvents(metrics)
	e.ownSiblingConcepts()
	e.addMarks(metrics)
	e.addMetricWords(metrics)
	e.addConversions()
	e.unitPhraseStarts = wordSet{}
	for u := range e.units {
		if first, _, ok := strings.Cut(u, " "); ok {
			e.unitPhraseStarts[first] = true
		}
	}
	e.addStemActors()
	// Places named with an event word ("detention centres"): entities of
	// no category, so that the longest match hides the event word.
	for _, p := range e.lex.places {
		entityFor(p)
	}
	// Event terms: a keyword that is also a term keeps both roles. The
	// terms of a weak concept are terms only where a metric owns it.
	for _, m := range e.metrics {
		e.owned = e.owned.or(m.owns)
	}
	owned := e.owned
	for _, c := range e.lex.concepts {
		if c.weak && !owned.overlaps(c.bit) {
			continue
		}
		for _, t := range c.terms {
			if i, ok := entityFor(t); ok {
				e.ents[i].cat = e.ents[i].cat.or(c.bit)
			}
		}
	}
	// "put 853 people to death": terms whose verb its object splits
	e.splitTerms = map[string][]splitTerm{}
	for key, i := range index {
		words := strings.Fields(key)
		if len(words) < 2 || len(words) > 4 || !separableVerbs.has(words[0]) || e.ents[i].cat.empty() && len(e.ents[i].metrics) == 0 {
			continue
		}
		e.splitTerms[words[1]] = append(e.splitTerms[words[1]], splitTerm{verb: words[0], rest: words[1:], id: i})
	}
	for _, terms := range e.splitTerms {
		slices.SortFunc(terms, func(a, b splitTerm) int { return len(b.rest) - len(a.rest) }) // longest first
	}
	// "se cobró este año la vida de": the term of "cobró la vida"
	e.lifeTerm = -1
	if i, ok := index["cobro la vida"]; ok && !e.ents[i].cat.empty() {
		e.lifeTerm = i
	}
	// Inflections: a single-word keyword or term also matches the words
	// that share its stem ("excarceladas", "deportations").
	keys := make([]string, len(e.ents))
	for key, i := range index {
		keys[i] = key
	}
	for i, key := range keys {
		if key == "" || strings.Contains(key, " ") || e.ents[i].actor >= 0 || e.lex.exact[key] {
			continue
		}
		for lang, es := range []bool{false, true} {
			e.addStemEnt(lang, stemWord(key, es), i)
		}
	}
	// then, where no inflection took the stem, the verbs of the metrics'
	// Spanish action nouns: "devoluciones" also matches "devolvieron"
	for i, key := range keys {
		if key == "" || strings.Contains(key, " ") || len(e.ents[i].metrics) == 0 || e.lex.exact[key] {
			continue
		}
		for _, st := range verbStemsOfNoun(key) {
			e.addStemEnt(1, st, i)
		}
	}
	e.addStemPhrases(keys)
	e.deathEnt = -1
	for i, en := range e.ents {
		if en.actor < 0 && en.cat == e.lex.death && !e.lex.death.empty() {
			e.deathEnt = i // a term of deaths, for "abatieron a 40 guerrilleros"
			break
		}
	}
	return e
}

// addStemEnt makes stem st (of language lang: 0 English, 1 Spanish) match
// entity i, unless st is empty or another entity has it already.
func (e *Extractor) addStemEnt(lang int, st string, i int) {
	if _, taken := e.stemEnts[lang][st]; st != "" && !taken {
		e.stemEnts[lang][st] = i
		e.stemStarts[lang].add(textHash(st[:stemStartLen]))
	}
}

// stemPhrase is a keyword of several words, matched word by word on
// stemKeyOf: the keys of its words after the first, and its entity.
type stemPhrase struct {
	rest []string
	ent  int
}

// stemKeyOf returns what a folded word matches on in a keyword of several
// words: its stem, or the word itself when it is too short to stem.
func stemKeyOf(w string, es bool) string {
	if st := stemWord(w, es); st != "" {
		return st
	}
	return w
}

// addStemPhrases registers the metrics' keywords of several words (keys
// holds each entity's folded text) so that their inflections match:
// "personas que viven con VIH" also matches "personas que vivían con VIH".
// Actors' names and lexicon terms are matched as written.
func (e *Extractor) addStemPhrases(keys []string) {
	for i, key := range keys {
		if !strings.Contains(key, " ") || e.ents[i].actor >= 0 || len(e.ents[i].metrics) == 0 {
			continue
		}
		words := strings.Fields(key)
		for lang, es := range []bool{false, true} {
			first := stemKeyOf(words[0], es)
			if len(first) < stemStartLen {
				continue
			}
			rest := make([]string, len(words)-1)
			for k, w := range words[1:] {
				rest[k] = stemKeyOf(w, es)
			}
			e.stemPhrases[lang][first] = append(e.stemPhrases[lang][first], stemPhrase{rest: rest, ent: i})
			e.stemPhraseStarts[lang].add(textHash(first[:stemStartLen]))
		}
	}
}

// addMarks sets each metric's marks: the longer words of its keywords
// that are no concept term and appear in no other metric's keywords nor
// in every other metric's name ("dengue" of "severe dengue" is no mark
// when the other metrics are "Dengue cases" and "Deaths from dengue": the
// tracker's subject).
func (e *Extractor) addMarks(metrics []tracker.Metric) {
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	wordsOf := make([]wordSet, len(metrics))
	namesOf := make([]wordSet, len(metrics))
	users := map[string]int{}     // how many metrics use a word or stem
	nameUsers := map[string]int{} // how many metrics' names hold a word or stem
	for mi, m := range metrics {
		namesOf[mi] = wordSet{}
		for _, w := range strings.FieldsFunc(foldString(m.Name), notLetter) {
			if len([]rune(w)) > 3 {
				namesOf[mi][w] = true
				for _, st := range langStems(w) {
					namesOf[mi][st] = true
				}
			}
		}
		for k := range namesOf[mi] {
			nameUsers[k]++
		}
	}
	inOtherName := func(mi int, k string) bool {
		// (every other metric's name: the tracker's subject, not a word
		// that sets some metrics apart, as "police" in "Police officers
		// killed" and "Police stations attacked" beside "Attackers
		// killed")
		n := nameUsers[k]
		if namesOf[mi][k] {
			n--
		}
		return len(metrics) > 1 && n == len(metrics)-1
	}
	for mi, m := range metrics {
		wordsOf[mi] = wordSet{}
		keys := wordSet{}
		for _, kw := range m.Keywords {
			for _, w := range strings.FieldsFunc(foldString(kw), notLetter) {
				if len([]rune(w)) > 3 {
					wordsOf[mi][w] = true
					keys[w] = true
					for _, st := range langStems(w) {
						keys[st] = true
					}
				}
			}
		}
		for k := range keys {
			users[k]++
		}
	}
	for mi := range e.metrics {
		marks := wordSet{}
		for w := range wordsOf[mi] {
			shared := users[w] > 1 || inOtherName(mi, w)
			for _, st := range langStems(w) {
				shared = shared || users[st] > 1 || inOtherName(mi, st)
			}
			if !shared && e.categoriesIn(w).empty() {
				marks[w] = true
			}
		}
		e.metrics[mi].marks = marks
	}
}

// langStems returns the English and the Spanish stem of folded word w,
// each keyed by its language: a stem of one language does not meet the
// same letters in the other ("medical" and "médicos" both stem to
// "medic").
func langStems(w string) []string {
	var out []string
	if st := stemWord(w, false); st != "" {
		out = append(out, "en:"+st)
	}
	if st := stemWord(w, true); st != "" {
		out = append(out, "es:"+st)
	}
	return out
}

// nameStem is the key under which a word of an actor's name is indexed:
// its first five letters ("migra" of "Migration" and "migración").
func nameStem(folded string) string { return firstRunes(folded, 5) }

// firstRunes returns the first n runes of s, or s when it is shorter.
func firstRunes(s string, n int) string {
	k := 0
	for i := range s {
		if k == n {
			return s[:i]
		}
		k++
	}
	return s
}

// addStemActors indexes the actors by the words of their names of five
// letters or more (institution and function words left out).
func (e *Extractor) addStemActors() {
	e.stemActors = map[string][]int{}
	for ai, a := range e.actors {
		for _, name := range a.Names() {
			for _, w := range phraseTokens(name) {
				if len([]rune(w)) < 5 || institutionNouns.has(w) || bodyNouns.has(w) || functionWords.has(w) || organisationNouns.has(w) {
					continue
				}
				k := nameStem(w)
				if !containsInt(e.stemActors[k], ai) {
					e.stemActors[k] = append(e.stemActors[k], ai)
				}
			}
		}
	}
}

// hasPlace reports whether actor a's names name a country.
func (e *Extractor) hasPlace(a int) bool {
	for _, actors := range e.placeActors {
		if containsInt(actors, a) {
			return true
		}
	}
	return false
}

// addMetricWords sets, for every metric, the words of its keywords, its
// unit and the nouns that count it, and whether it counts per day.
func (e *Extractor) addMetricWords(metrics []tracker.Metric) {
	for mi, m := range metrics {
		info := &e.metrics[mi]
		info.words, info.singles, info.substances, info.unit = wordSet{}, wordSet{}, wordSet{}, foldString(strings.TrimSpace(m.Unit))
		info.unitWords = unitWordsOf(info.unit)
		for w := range info.unitWords {
			e.units[w] = true // "1.6 million homes" counts the metric's customers
		}
		for _, kw := range m.Keywords {
			toks := make([]token, 0, 4)
			for _, w := range phraseTokens(kw) {
				toks = append(toks, token{text: w})
			}
			rate := make([]bool, len(toks))
			for i := range toks {
				if _, n, ok := rateAfter.matchAt(toks, i); ok {
					info.perDay = info.perDay || dayRates.has(joinTokens(toks[i:i+n]))
					for j := i; j < i+n; j++ {
						rate[j] = true
					}
				}
			}
			if len(toks) == 1 {
				info.singles[toks[0].text] = true
			}
			for i, t := range toks {
				if !rate[i] && len([]rune(t.text)) > 3 {
					info.words[t.text] = true
				}
				if substances.has(t.text) {
					info.substances[t.text] = true
					for _, w := range sameSubstance[t.text] {
						info.substances[w] = true // "food aid" names "alimentos" too
					}
				}
			}
		}
		e.countsPerDay = e.countsPerDay || info.perDay
		for w := range info.words {
			e.countsCapacity = e.countsCapacity || capacityNouns.has(w)
		}
	}
}

// countsNoun reports whether folded noun w names what the metric counts:
// its unit ("hectares") or a word of its keywords ("signatures").
func (info *metricInfo) countsNoun(w string) bool { return info.unitWords[w] || info.words[w] }

// unitWordsOf returns the folded nouns that count unit: unit itself and
// the other nouns of its unitGroups.
func unitWordsOf(unit string) wordSet {
	words := wordSet{}
	if unit == "" {
		return words
	}
	words[unit] = true
	for _, g := range unitGroups {
		in := false
		for _, w := range g {
			in = in || foldString(w) == unit
		}
		if in || weaponUnits.has(unit) && slices.ContainsFunc(g, weaponKinds.has) {
			for _, w := range g {
				words[foldString(w)] = true
			}
		}
	}
	return words
}

// weaponUnits are the units that name weapons of every kind, and
// weaponKinds the first words of the unit groups of a kind of weapon: a
// metric of "weapons launched" counts "52 drones" and "41 misiles".
var (
	weaponUnits = newWordSet("weapons", "armas", "arms", "munitions", "weaponry", "armamento")
	weaponKinds = newWordSet("drones", "missiles")
)

// joinTokens returns the texts of toks joined by spaces.
func joinTokens(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// categoriesIn returns the concepts of the event terms found in s.
func (e *Extractor) categoriesIn(s string) category { return e.lex.categoriesIn(s) }

// addSurnames registers the last word of two- or three-word personal
// aliases written with capitals ("Jorge Rodríguez"): news text names a
// person in full once and by the last name afterwards. A last name shared by
// two actors is not registered.
func (e *Extractor) addSurnames() {
	owner := map[string]int{}
	for ai, a := range e.actors {
		for _, name := range a.Names() {
			words := strings.Fields(name)
			if len(words) < 2 || len(words) > 3 {
				continue
			}
			capitalised := true
			for _, w := range words {
				r := []rune(w)[0]
				if !unicode.IsUpper(r) {
					capitalised = false
				}
			}
			last := words[len(words)-1]
			if !capitalised || len([]rune(last)) < 3 {
				continue
			}
			key := foldString(last)
			if e.personAlias(words, a.Names()) {
				e.addPersonNameWords(ai, words)
			}
			if prev, ok := owner[key]; ok && prev != ai {
				owner[key] = -1
				continue
			}
			owner[key] = ai
		}
	}
	for key, ai := range owner {
		if ai >= 0 {
			e.surnames.add(key, ai)
		}
	}
}

// addPersonNameWords records words, a personal alias of actor ai, in
// personNameWords (allocated for the first such alias: most trackers have
// none, and aliasNameStart then returns at once).
func (e *Extractor) addPersonNameWords(ai int, words []string) {
	if e.personNameWords == nil {
		e.personNameWords = make([]wordSet, len(e.actors))
	}
	if e.personNameWords[ai] == nil {
		e.personNameWords[ai] = wordSet{}
	}
	for _, w := range words {
		e.personNameWords[ai][foldString(w)] = true
	}
}

// personAlias reports whether the capitalised words of an alias name a
// person rather than a body: none is an institution's or organisation's
// noun or a country's name, and their initials are not another of the
// actor's names ("Iran Human Rights" for IHR is a body).
func (e *Extractor) personAlias(words, names []string) bool {
	initials := ""
	for _, w := range words {
		f := foldString(w)
		if institutionNouns.has(f) || organisationNouns.has(f) || bodyNouns.has(f) || e.lex.namesCountry(f) {
			return false
		}
		initials += string([]rune(f)[0])
	}
	for _, n := range names {
		if foldString(n) == initials {
			return false
		}
	}
	return true
}

// titleAbbreviations are the abbreviations news writes an office's title
// in before a name ("Gov. Don Carcieri", "Sen. …"): an alias that is the
// title alone matches them too.
var titleAbbreviations = map[string]string{
	"governor": "Gov.", "senator": "Sen.", "president": "Pres.", "general": "Gen.", "secretary": "Sec.",
	"representative": "Rep.", "lieutenant": "Lt.", "colonel": "Col.", "gobernador": "Gob.",
}

// shortAliases returns the shorter forms news gives a long institutional
// alias, with their actor: "Ministerio del Interior" for "Ministerio del
// Interior francés", "Interior Ministry" for "French Interior Ministry".
// A short form is two words or more of the alias, holds an institution
// noun, neither starts nor ends with a function word, and is not already a
// name. taken holds the names already registered. A short form of several
// actors' aliases is returned in shared, with those actors.
func (e *Extractor) shortAliases(taken map[string]int) (shorts map[string]int, shared map[string][]int) {
	owners := map[string][]int{}
	for ai, a := range e.actors {
		for _, name := range a.Names() {
			// "Health Ministry", "Ministerio de Salud" for "Ministry of
			// Health": the other names of a body, its own unless another
			// actor's name or variant is the same
			for _, v := range append(institutionVariants(name), nationalityVariants(name)...) {
				key := phraseKey(phraseTokens(v))
				if _, ok := taken[key]; !ok && !containsInt(owners[key], ai) {
					owners[key] = append(owners[key], ai)
				}
			}
			words := phraseTokens(name)
			for i := 0; i < len(words); i++ {
				for j := i + 2; j <= len(words); j++ {
					if j-i == len(words) || functionWords.has(words[i]) || functionWords.has(words[j-1]) {
						continue
					}
					inst := false
					for _, w := range words[i:j] {
						inst = inst || institutionNouns.has(w)
					}
					key := phraseKey(words[i:j])
					if _, ok := taken[key]; ok || !inst || containsInt(owners[key], ai) {
						continue
					}
					owners[key] = append(owners[key], ai)
				}
			}
		}
	}
	shorts, shared = map[string]int{}, map[string][]int{}
	for key, actors := range owners {
		if len(actors) == 1 {
			shorts[key] = actors[0]
		} else {
			shared[key] = actors
		}
	}
	return shorts, shared
}

// ownSiblingConcepts gives a metric of evacuees the terms of displacement
// ("forced from their homes", "tuvieron que abandonar sus hogares"), and a
// metric of the displaced those of evacuation, when no metric of the
// tracker owns the other: both say that people left their homes.
func (e *Extractor) ownSiblingConcepts() {
	var owned category
	for _, info := range e.metrics {
		owned = owned.or(info.owns)
	}
	for _, pair := range [][2]category{{e.lex.evacuation, e.lex.displacement}, {e.lex.displacement, e.lex.evacuation}} {
		if pair[0].empty() || pair[1].empty() || owned.overlaps(pair[1]) {
			continue
		}
		for mi := range e.metrics {
			if e.metrics[mi].owns.overlaps(pair[0]) {
				e.metrics[mi].owns = e.metrics[mi].owns.or(pair[1])
			}
		}
	}
}

// ownPassiveEvents gives a metric whose one-word keyword names a state
// ("detained", "detenidos") the event whose passive is that keyword ("were
// detained", "fueron detenidos"), when no metric of the tracker owns that
// event and no keyword names the people held ("political prisoners",
// "detainees", a count of those still held): a user who tracks the
// detained means those the text says were detained.
func (e *Extractor) ownPassiveEvents(metrics []tracker.Metric) {
	var owned category
	for _, info := range e.metrics {
		owned = owned.or(info.owns)
	}
	for mi, m := range metrics {
		info := &e.metrics[mi]
		if !info.owns.overlaps(e.lex.state) || e.namesPeopleHeld(m.Keywords) {
			continue // "political prisoners", "detainees": a count of those held
		}
		for _, kw := range m.Keywords {
			if e.lex.keywordCategories(kw).overlaps(e.lex.state) {
				info.owns = info.owns.or(e.lex.passiveCategories(foldString(strings.TrimSpace(kw))).without(owned).without(e.lex.state))
			}
		}
	}
}

// namesPeopleHeld reports whether a keyword holds a noun of the people of
// a state that is no participle ("prisoners", "detainees"; not
// "detenidos", also the passive "fueron detenidos").
func (e *Extractor) namesPeopleHeld(keywords []string) bool {
	for _, kw := range keywords {
		for _, w := range strings.Fields(foldString(kw)) {
			if !e.lex.statePeople[w].empty() && e.lex.passiveCategories(w).empty() {
				return true
			}
		}
	}
	return false
}

// addPlaceActors fills placeActors from the words of the aliases that
// name a country or its people ("Colombia", "Colombian", "peruana"; not
// "Armed" of "Armed forces", which only begins like Armenia), and
// governments.
func (e *Extractor) addPlaceActors() {
	e.placeActors = map[string][]int{}
	e.governments, e.wholeStates = make([]bool, len(e.actors)), make([]bool, len(e.actors))
	e.stateBodies = make([]bool, len(e.actors))
	for ai, a := range e.actors {
		if a.Role == tracker.Reporter {
			continue
		}
		for _, name := range a.Names() {
			rs := []rune(name)
			toks := tokenize(rs, newFoldedText(rs))
			for _, t := range toks {
				e.governments[ai] = e.governments[ai] || governmentNouns.hasToken(&t)
				e.wholeStates[ai] = e.wholeStates[ai] || governmentNouns.hasToken(&t) || authorityNouns.hasToken(&t)
				e.stateBodies[ai] = e.stateBodies[ai] || a.Role == tracker.Claimant && stateInstitutionNouns.hasToken(&t)
			}
			if _, n, ok := e.lex.countries.matchAt(toks, 0); ok && n == len(toks) {
				e.wholeStates[ai] = true
			}
			for _, w := range strings.Fields(name) {
				if r := []rune(w); len(r) < 4 || !unicode.IsUpper(r[0]) && !countryWord(foldString(w)) {
					continue
				}
				folded := strings.TrimSuffix(foldString(w), "'s") // "Mexico's public security system" (folding makes "’" "'")
				key := placeKey(folded)
				if e.lex.namesCountry(folded) && !containsInt(e.placeActors[key], ai) {
					e.placeActors[key] = append(e.placeActors[key], ai)
				}
			}
		}
	}
}

// countrylessGovernment returns the one claimant government of no country the
// tracker lists, for "official figures" in a text that names none; a
// provincial or local government beside a national one is no rival
// ("government" and "provincial government": the first). It returns -1
// when there is none, or several of one level.
func (e *Extractor) countrylessGovernment() int {
	var govs, national []int
	for ai, g := range e.governments {
		if g && e.actors[ai].Role == tracker.Claimant {
			govs = append(govs, ai)
			if e.aliasLevels(ai)&(stateLevel|localLevel) == 0 {
				national = append(national, ai)
			}
		}
	}
	if len(govs) > 1 {
		govs = national
	}
	if len(govs) == 1 && !e.hasPlace(govs[0]) {
		return govs[0]
	}
	return -1
}

// placeKey is the key a country's name and its adjectives share: their
// first four letters ("mexi" of "Mexico" and "mexicano"), or the key an
// irregular name or adjective is given ("French", "Alemania").
func placeKey(folded string) string {
	if k, ok := irregularPlaceKey(folded); ok {
		return k
	}
	return firstRunes(folded, 4)
}

// irregularPlaceKey returns the key of an irregular country name or
// adjective in any of its Spanish inflections: the table lists "egipcio",
// the text says "egipcias", "alemán" or "alemanes". ok is false for a word
// the table does not know.
func irregularPlaceKey(w string) (string, bool) {
	if len(w) < 3 || !irregularStarts.has(w) && isASCII(w[:3]) {
		return "", false // (most words: no irregular name starts like them)
	}
	if k, ok := countryWordKeys[w]; ok {
		return k, true
	}
	if !isASCII(w) {
		w = foldString(w)
		if k, ok := countryWordKeys[w]; ok {
			return k, true
		}
	}
	stem := w
	switch {
	case strings.HasSuffix(w, "es") && len(w) > 5:
		stem = w[:len(w)-2] // "alemanes", "japoneses"
	case strings.HasSuffix(w, "s") && len(w) > 4:
		stem = w[:len(w)-1]
	}
	if k, ok := countryWordKeys[stem]; ok {
		return k, true
	}
	if strings.HasSuffix(stem, "a") {
		k, ok := countryWordKeys[stem[:len(stem)-1]+"o"] // "egipcia(s)" of "egipcio"
		return k, ok
	}
	return "", false
}

// irregularStarts are the first three bytes of the irregular country
// words: a word that starts otherwise is none of their inflections.
var irregularStarts = func() *startSet {
	out := &startSet{}
	for w := range countryWordKeys {
		if len(w) >= 3 {
			out.add(w)
		}
	}
	return out
}()

// startSet is a set of three-byte word starts as one bit per start of three
// ASCII letters, and a map for the others (accented letters).
type startSet struct {
	letters [(26*26*26 + 63) / 64]uint64
	other   map[string]bool
}

// letterStart returns the index of w's first three bytes when they are
// all ASCII lower-case letters.
func letterStart(w string) (int, bool) {
	a, b, c := w[0]-'a', w[1]-'a', w[2]-'a'
	if a >= 26 || b >= 26 || c >= 26 {
		return 0, false
	}
	return (int(a)*26+int(b))*26 + int(c), true
}

func (ss *startSet) add(w string) {
	if i, ok := letterStart(w); ok {
		ss.letters[i/64] |= 1 << (i % 64)
		return
	}
	if ss.other == nil {
		ss.other = map[string]bool{}
	}
	ss.other[w[:3]] = true
}

// has reports whether w, of three bytes or more, starts like a word of the
// set.
func (ss *startSet) has(w string) bool {
	if i, ok := letterStart(w); ok {
		return ss.letters[i/64]&(1<<(i%64)) != 0
	}
	return ss.other[w[:3]]
}

// countryWord reports whether a folded word may name a country in lower
// case: a Spanish adjective of nationality ("francés", "israelí") or an
// irregular one.
func countryWord(folded string) bool {
	if _, ok := irregularPlaceKey(folded); ok {
		return true
	}
	if strings.HasPrefix(folded, "indigen") {
		return false
	}
	for _, suf := range demonymEndings {
		if strings.HasSuffix(folded, suf) {
			return true
		}
	}
	return false
}

// addHeads registers the institution nouns of the actors' aliases of two
// words or more: news names an institution in full once and then as "the
// ministry", "the group", "el Gobierno".
func (e *Extractor) addHeads() {
	e.heads, e.nameHeads, e.adjActors = map[string][]int{}, map[string][]int{}, map[string][]int{}
	e.aliasWords, e.anyAliasWord = make([]wordSet, len(e.actors)), wordSet{}
	e.aliasHeads = make([]wordSet, len(e.actors))
	e.portfolios = map[string][]int{}
	for ai, a := range e.actors {
		e.aliasWords[ai], e.aliasHeads[ai] = wordSet{}, wordSet{}
		if a.Role == tracker.Reporter {
			continue
		}
		for _, name := range a.Names() {
			if words := phraseTokens(name); len(words) >= 3 && ministryNouns.has(words[0]) &&
				(words[1] == "de" || words[1] == "del") && !(len(words) == 4 && words[2] == "la") && len(words) <= 4 {
				f := words[len(words)-1]
				if len([]rune(f)) >= 5 && !containsInt(e.portfolios[f], ai) {
					e.portfolios[f] = append(e.portfolios[f], ai)
				}
			}
			if words := strings.Fields(name); len(words) >= 2 && writtenAsName(name) {
				// the first word, and the last before "of"/"de": "la
				// Prefectura" (Prefectura Marítima del Canal de la Mancha),
				// "the Fund" (National Law Enforcement Officers Memorial Fund)
				last := len(words) - 1
				for k, w := range words {
					if k > 0 && longerNameConnectors.has(foldString(w)) {
						last = k - 1
						break
					}
				}
				for _, w := range []string{words[0], words[last]} {
					if f := foldString(w); len([]rune(f)) >= 4 {
						e.aliasHeads[ai][f] = true
					}
				}
			}
			for _, w := range phraseTokens(name) {
				if len([]rune(w)) >= 4 {
					e.aliasWords[ai][w] = true
					e.anyAliasWord[w] = true
				}
				for adj, nouns := range institutionAdjectives {
					if containsString(nouns, w) && !containsInt(e.adjActors[adj], ai) {
						e.adjActors[adj] = append(e.adjActors[adj], ai)
					}
				}
			}
		}
	}
	for ai, a := range e.actors {
		institution := false
		for _, name := range a.Names() {
			words := phraseTokens(name)
			asName := len(words) >= 2 && writtenAsName(name)
			if asName {
				// "the zoo" for Krefeld Zoo, "el zoológico" for Zoológico
				// de Mendoza: a noun a name may be built on
				if h := e.nameHeadNoun(words); h != "" && !containsInt(e.nameHeads[h], ai) {
					e.nameHeads[h] = append(e.nameHeads[h], ai)
				}
			}
			for _, w := range words {
				if asName && organisationHeads.has(w) && !containsInt(e.heads[w], ai) {
					// "the file" for the International Shark Attack File,
					// "the unit" for the UK Football Policing Unit: the
					// noun that says what kind of body the name is
					e.heads[w] = append(e.heads[w], ai)
				}
				if !institutionNouns.has(w) && !bodyNouns.has(w) {
					continue // (a fund or programme is one too: "UN Children's Fund", "World Food Programme")
				}
				institution = true
				// the noun and its synonyms in both languages: "army",
				// "military", "ejército", "militares"; an alias of one word
				// already names the actor by that word ("ministry" alone
				// lets "el ministro" refer to it)
				heads := institutionSynonyms[w]
				if len(words) >= 2 {
					heads = append([]string{w}, heads...)
				}
				for _, h := range heads {
					if !containsInt(e.heads[h], ai) {
						e.heads[h] = append(e.heads[h], ai)
					}
				}
			}
		}
		// "el organismo", "la cartera", "the agency": any institution,
		// the one named last
		if institution && a.Role != tracker.Reporter {
			for w := range genericReferrers.words {
				if !containsInt(e.heads[w], ai) {
					e.heads[w] = append(e.heads[w], ai)
				}
			}
		}
		// "the company", "la eléctrica": an interested party named by its
		// own name alone (a utility, a firm), the one named last
		if !institution && a.Role == tracker.Claimant {
			for w := range companyReferrers.words {
				if !containsInt(e.heads[w], ai) {
					e.heads[w] = append(e.heads[w], ai)
				}
			}
		}
	}
	e.headWords = wordSet{}
	for w := range e.heads {
		e.headWords[w] = true
	}
	for w := range e.nameHeads {
		e.headWords[w] = true
	}
	for w := range referringNouns {
		e.headWords[w] = true
	}
}

// organisationHeads name the kind of body an actor's name is, and refer
// back to it ("the file said", "the unit counted"), beside the
// institution and body nouns that already do ("the foundation", "el
// centro", "the bureau").
var organisationHeads = newWordSet("file", "database", "register", "unit", "trust", "society", "project",
	"proyecto", "league", "liga", "club")

// nameHeadNoun returns the word a name of several words is built on, by
// which a text may refer back to it: the first before a Spanish connector
// ("Zoológico de Mendoza", "Buró Federal de Investigaciones"), the last
// before an English one ("Federal Bureau of Investigation"), or else the
// last ("Krefeld Zoo"); "" when that word is short, no word or a place.
func (e *Extractor) nameHeadNoun(words []string) string {
	h := words[len(words)-1]
	for k := 1; k < len(words); k++ {
		if w := words[k]; w == "de" || w == "del" || w == "para" {
			h = words[0]
			break
		} else if longerNameConnectors.has(w) {
			h = words[k-1]
			break
		}
	}
	if len([]rune(h)) < 3 || strings.IndexFunc(h, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 || e.lex.namesCountry(h) {
		return ""
	}
	return h
}

// writtenAsName reports whether an alias of several words capitalises
// every word of four letters or more: "Centros Penales", "Foro Penal" (not
// "health ministry", nor "Ministry of health").
func writtenAsName(alias string) bool {
	words := strings.Fields(alias)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) >= 4 && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// internationalShorts returns the names that international
// organisations go by without their last word, with their actor:
// "Amnesty" and "Amnistía" for "Amnesty International" and "Amnistía
// Internacional", "Oxfam" for "Oxfam International". taken holds the
// names already registered; a name two actors would share is left out.
func (e *Extractor) internationalShorts(taken map[string]int) map[string]int {
	out, seen := map[string]int{}, map[string]bool{}
	for ai, a := range e.actors {
		for _, name := range a.Names() {
			words := strings.Fields(name)
			if len(words) != 2 || !internationalWords.has(foldString(strings.ToLower(words[1]))) || !writtenAsName(name) {
				continue
			}
			toks := phraseTokens(words[0])
			if len(toks) != 1 || len([]rune(toks[0])) < 5 || functionWords.has(toks[0]) || institutionNouns.has(toks[0]) {
				continue
			}
			key := toks[0]
			if _, ok := taken[key]; ok {
				continue
			}
			if prev, ok := out[key]; ok && prev != ai || seen[key] && !ok {
				delete(out, key)
				seen[key] = true
				continue
			}
			out[key], seen[key] = ai, true
		}
	}
	return out
}

// internationalWords end the names of international organisations.
var internationalWords = newWordSet("international", "internacional", "internationale")

// isAcronym reports whether an alias is an acronym: one word of two to
// five letters, all capitals ("UN", "AP", "SNAI").
func isAcronym(name string) bool {
	rs := []rune(strings.TrimSpace(name))
	if len(rs) < 2 || len(rs) > 5 {
		return false
	}
	for _, r := range rs {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// dotted returns an acronym with a full stop after each letter: "U.N.".
func dotted(acronym string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(acronym) {
		b.WriteRune(r)
		b.WriteByte('.')
	}
	return b.String()
}

// namesPlans reports whether a metric's name counts acts announced or
// promised before they happen: "closed or to be closed", "pledged or
// delivered", "announced", "previstos".
func namesPlans(name string) bool {
	words := " " + foldString(name) + " "
	for _, w := range planWords {
		if strings.Contains(words, " "+w+" ") {
			return true
		}
	}
	return false
}

// planWords in a metric's name say it counts plans and pledges too.
var planWords = []string{"to be", "pledged", "announced", "planned", "promised", "previstos", "previstas",
	"anunciados", "anunciadas", "prometidos", "prometidas", "comprometidos", "comprometidas"}

// unNameVariants returns the other ways a name of several words that
// names the United Nations is written: "Alto Comisionado de las Naciones
// Unidas para los Derechos Humanos" for "Alto Comisionado de la ONU para
// los Derechos Humanos", "United Nations human rights office" for "UN
// human rights office", and back. It returns nil for any other name.
func unNameVariants(name string) []string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return nil
	}
	var out []string
	for _, r := range unNameForms {
		if strings.Contains(" "+name+" ", " "+r[0]+" ") {
			v := strings.TrimSpace(strings.Replace(" "+name+" ", " "+r[0]+" ", " "+r[1]+" ", 1))
			if len(strings.Fields(v)) > 1 {
				out = append(out, v) // (never a bare "UN", which Spanish writes as an article)
			}
		}
	}
	return out
}

// unNameForms pair the ways names write the United Nations.
var unNameForms = [][2]string{
	{"de la ONU", "de las Naciones Unidas"}, {"de la ONU", "de Naciones Unidas"},
	{"de las Naciones Unidas", "de la ONU"}, {"de Naciones Unidas", "de la ONU"},
	{"UN", "United Nations"}, {"U.N.", "United Nations"}, {"United Nations", "UN"},
}

// dottedWords returns a name of several words with its acronyms dotted:
// "U.N. refugee agency" for "UN refugee agency".
func dottedWords(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return name
	}
	for i, w := range words {
		if isAcronym(w) {
			words[i] = dotted(w)
		}
	}
	return strings.Join(words, " ")
}

// populationOf returns the nouns for people by role that a metric's
// keywords restrict it to ("aid workers", "periodistas", "children"), or
// nil. People in a state (prisoners, hostages, migrants) are not a
// restriction: "800 personas" may be the prisoners counted. The metric's
// name is not read: a user who names a metric "Illegal miners arrested"
// and keys it on "arrested" counts the people arrested in a mining raid,
// however the text calls them.
func populationOf(m tracker.Metric) wordSet {
	// a role another keyword names as the doer ("killed by police") is no
	// population in any keyword ("police killings")
	doers := wordSet{}
	for _, text := range m.Keywords {
		words := phraseTokens(text)
		for i, w := range words {
			if roleNouns.has(w) && agentAt(words, i) {
				doers[w] = true
			}
		}
	}
	var ws wordSet
	for _, text := range m.Keywords {
		words := phraseTokens(text)
		for i, w := range words {
			if !roleNouns.has(w) {
				continue
			}
			// plain "workers" are everyone at a workplace ("Workers
			// trapped"); "aid workers", "trabajadores sanitarios" are not
			if genericRoles.has(w) && !(i > 0 && !functionWords.has(words[i-1])) && !(i+1 < len(words) && roleModifiers.has(words[i+1])) {
				continue
			}
			if i+1 < len(words) && settingNouns.has(words[i+1]) {
				continue // "police custody", "police station": where, not whom
			}
			if i > 0 && postposedSettingNouns.has(words[i-1]) {
				continue // "tribunales militares", "cárceles militares": an adjective of a setting, not whom
			}
			if agentAt(words, i) || doers[w] {
				continue // "People injured by police": who did it, not whom
			}
			if ws == nil {
				ws = wordSet{}
			}
			ws[w] = true
		}
	}
	return ws
}

// agentAt reports whether words[i] is the agent of a passive ("injured
// by police", "heridos por la policía", "killed by security forces").
func agentAt(words []string, i int) bool {
	j := i - 1
	for j >= 0 && words[j] != "por" && (functionWords.has(words[j]) || roleModifiers.has(words[j])) {
		j-- // past "the", "la", "security"
	}
	return j >= 0 && (words[j] == "by" || words[j] == "por")
}

// settingNouns after a role noun make it the modifier of a place or a
// state, not the people a metric counts: "deaths in police custody".
var settingNouns = newWordSet("custody", "station", "stations", "cells", "cell", "premises", "headquarters", "vehicle",
	"vehicles", "van", "vans", "operation", "operations", "raid", "raids", "checkpoint", "checkpoints")

// postposedSettingNouns before a Spanish role noun make it an adjective
// of that setting, not the people a metric counts: "tribunales
// militares", "operaciones policiales".
var postposedSettingNouns = newWordSet("tribunales", "tribunal", "cortes", "corte", "juzgados", "juicios", "carceles",
	"prisiones", "cuarteles", "bases", "operaciones", "operativos", "vehiculos", "aviones", "hospitales",
	"instalaciones", "custodia", "comisarias", "centros")

// namesPupils reports whether metric m's name or keywords name pupils
// (schoolNouns).
func namesPupils(m tracker.Metric) bool { return metricNamesWord(m, schoolNouns.has) }

// metricNamesWord reports whether a folded word of metric m's name or
// keywords is one that is reports true of.
func metricNamesWord(m tracker.Metric, is func(string) bool) bool {
	for _, text := range append([]string{m.Name}, m.Keywords...) {
		if slices.ContainsFunc(phraseTokens(text), is) {
			return true
		}
	}
	return false
}

// capitalisedNameWords returns the folded words of name, after its first,
// that are written with a capital: "marta", "rios" of "Votes for
// candidate Marta Ríos"; nil for none.
func capitalisedNameWords(name string) wordSet {
	var ws wordSet
	for i, w := range strings.Fields(name) {
		if r := []rune(w); i > 0 && len(r) > 1 && unicode.IsUpper(r[0]) {
			if ws == nil {
				ws = wordSet{}
			}
			ws[foldString(strings.Trim(w, ".,;:()\"'"))] = true
		}
	}
	return ws
}

// countsPeopleOfKind reports whether a metric's name or keywords name
// people by what they are or do ("Protesters killed", "migrantes
// fallecidos"), not people at large nor a group by sex or age, nor the
// doers of what it counts ("People killed by vigilantes").
func countsPeopleOfKind(m tracker.Metric) bool {
	for _, text := range append([]string{m.Name}, m.Keywords...) {
		words := phraseTokens(text)
		for i, w := range words {
			if peopleNouns.has(w) && !broadPopulation.has(w) && !genericPeople.has(w) && !demographicNouns.has(w) && !agentAt(words, i) {
				return true
			}
		}
	}
	return false
}

// gappedKeyword is a keyword of several words that may take one more word
// right after the preposition at gap.
type gappedKeyword struct {
	words []string
	gap   int
	ent   int
}

// gapPrepositions may take a modifier or an article before their noun
// inside a keyword: "in (state) custody", "por (una) sobredosis".
var gapPrepositions = newWordSet("in", "under", "of", "by", "from", "en", "bajo", "por", "de", "del", "sin", "without")

// addGapped registers keyword kw, entity ent, for matching with one word
// more after its first inner preposition.
func (e *Extractor) addGapped(kw string, ent int) {
	words := phraseTokens(kw)
	for p := 0; p < len(words)-1; p++ {
		if gapPrepositions.has(words[p]) {
			if e.gapped == nil {
				e.gapped = map[string][]gappedKeyword{}
			}
			e.gapped[words[0]] = append(e.gapped[words[0]], gappedKeyword{words: words, gap: p, ent: ent})
			return
		}
	}
}

// keywordVariants returns kw with its last word in singular and plural
// ("hate crime", "hate crimes"), and, for a keyword of several words, with
// its first word so ("robo de carga", "robos de carga": a Spanish noun
// leads its phrase) and with every word but the short ones so, for
// adjectives that agree ("caso humano", "casos humanos").
func keywordVariants(kw string) []string {
	kw = strings.TrimSpace(kw)
	if kw == "" {
		return nil
	}
	out := []string{kw}
	words := strings.Fields(kw)
	if g := otherGender(words); g != "" {
		out = append(out, g) // "privados de libertad", "privadas de libertad"
	}
	add := func(ws []string) {
		v := strings.Join(ws, " ")
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	for _, v := range spellingVariants(kw) {
		add(strings.Fields(v)) // "hospitalisations", "hospitalizations"
	}
	last := len(words) - 1
	if n, ok := otherNumber(words[last]); ok {
		add(append(slices.Clone(words[:last]), n))
	}
	if last == 0 {
		if !strings.Contains(kw, "-") {
			// "hunger-related causes", "malnutrition-linked deaths"
			add([]string{kw + "-related"})
			add([]string{kw + "-linked"})
		}
		return out
	}
	if n, ok := otherNumber(words[0]); ok {
		add(append([]string{n}, words[1:]...))
		all := slices.Clone(words)
		for i, w := range words {
			if n, ok := otherNumber(w); ok {
				all[i] = n
			}
		}
		add(all)
	}
	// "grants of asylum", "job creation", "creación de empleos": the act a
	// keyword's participle names, as a noun
	if len(words) == 2 {
		for _, n := range nominalVariants(words[0], words[1]) {
			add(strings.Fields(n))
		}
	}
	// "illegal taps", "illicit taps"; "tomas ilegales", "tomas ilícitas":
	// the same kind under an adjective of the same meaning
	for _, v := range slices.Clone(out) {
		vw := strings.Fields(v)
		for i, w := range vw {
			for _, syn := range adjectiveSynonyms[foldString(w)] {
				add(append(append(slices.Clone(vw[:i]), syn), vw[i+1:]...))
			}
		}
	}
	return out
}

// nominalVariants returns, for a keyword of a noun and a regular
// participle ("jobs created", "asylum granted", "empleos creados"), the
// phrases that name the act as a noun: "creation of jobs", "job
// creation", "grants of asylum", "asylum grants", "creación de empleos".
// The noun of the act is guessed from the participle's stem and the usual
// suffixes; a guess that is no word never matches a text.
func nominalVariants(noun, participle string) []string {
	var out []string
	lower := strings.ToLower(participle)
	single := noun
	if n, ok := otherNumber(noun); ok && len(n) < len(noun) {
		single = n // "job creation"
	}
	if base, ok := strings.CutSuffix(lower, "ed"); ok && len(base) >= 4 && !strings.Contains(noun, "-") {
		for _, suf := range englishActSuffixes {
			act := base + suf
			out = append(out, act+" of "+noun, single+" "+act)
		}
		return out
	}
	for _, end := range []string{"ados", "adas", "ado", "ada"} {
		if base, ok := strings.CutSuffix(lower, end); ok && len(base) >= 3 {
			for _, suf := range []string{"ación", "aciones"} {
				out = append(out, base+suf+" de "+noun)
			}
			break
		}
	}
	return out
}

// englishActSuffixes turn the stem of a participle in "-ed" into the noun
// of its act: "grant|s", "creat|ion", "kill|ings", "seiz|ure",
// "displac|ement", "cancell|ation".
var englishActSuffixes = []string{"s", "ion", "ions", "ation", "ations", "ings", "ure", "ures", "ement", "ements", "es"}

// adjectiveSynonyms give, for an adjective a keyword may hold, the others
// news writes for the same kind ("illegal", "illicit", "unlawful").
var adjectiveSynonyms = func() map[string][]string {
	groups := [][]string{
		{"illegal", "illicit", "unlawful", "clandestine"},
		{"ilegales", "ilícitas", "ilícitos", "clandestinas", "clandestinos"},
		{"ilegal", "ilícita", "ilícito", "clandestina", "clandestino"},
	}
	m := map[string][]string{}
	for _, g := range groups {
		for _, w := range g {
			for _, o := range g {
				if o != w {
					m[foldString(w)] = append(m[foldString(w)], o)
				}
			}
		}
	}
	return m
}()

// otherNumber returns word w in the other grammatical number, singular
// for plural and plural for singular, by its ending; false for a word
// shorter than four letters (articles, prepositions: "de", "the").
func otherNumber(w string) (string, bool) {
	if len([]rune(w)) < 4 {
		return "", false
	}
	wf := foldString(w)
	switch {
	case strings.HasSuffix(wf, "ones"): // excarcelaciones → excarcelación
		return strings.TrimSuffix(w, "es"), true
	case strings.HasSuffix(wf, "s"):
		return strings.TrimSuffix(w, "s"), true
	case strings.HasSuffix(wf, "on"): // excarcelación → excarcelaciones
		r := []rune(w)
		return string(r[:len(r)-2]) + "ones", true
	}
	return w + "s", true
}

// otherGender returns a Spanish keyword of several words with its plural
// adjectives and participles in the other gender ("presos políticos",
// "presas políticas"), or "" when it has none.
func otherGender(words []string) string {
	if len(words) < 2 {
		return ""
	}
	out := make([]string, len(words))
	changed := false
	for i, w := range words {
		out[i] = w
		if len([]rune(w)) < 5 {
			continue
		}
		switch {
		case strings.HasSuffix(w, "os"):
			out[i], changed = strings.TrimSuffix(w, "os")+"as", true
		case strings.HasSuffix(w, "as"):
			out[i], changed = strings.TrimSuffix(w, "as")+"os", true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(out, " ")
}

// containsInt reports whether v is in list.
func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// sharesInt reports whether lists a and b have an element in common.
func sharesInt(a, b []int) bool {
	for _, v := range a {
		if containsInt(b, v) {
			return true
		}
	}
	return false
}

// Extract returns the attributed figures found in text for the metrics
// named in metricIDs (nil or empty: all metrics; unknown ids are ignored),
// in text order. A figure needs a number that is not a date, time,
// duration, age, amount of money, percentage, ordinal, label, phone number
// or a part of another count; a metric, from a keyword bound to it or from
// the figure it refers to ("the number had climbed to 808"); and an actor
// named in its sentence or, failing that (ActorFromFallback), the speaker
// named where its quotation closes, the previous sentence's actor in the
// same paragraph, the organisation last named for "the group" or "la ONG"
// a few sentences back, or the author named in a statement written in the
// first person. Start and End are rune offsets of the quoted sentence.
// Extract returns nil when nothing is found; it never fails.
func (e *Extractor) Extract(text string, metricIDs []string) []Extraction {
	var out []Extraction
	e.run(text, metricIDs, sinks{took: func(x Extraction) { out = append(out, x) }})
	// (a figure whose source a later sentence named comes after that
	// sentence's figures: back in text order)
	slices.SortStableFunc(out, func(a, b Extraction) int { return a.Start - b.Start })
	return out
}

// tokenBuffers hold token slices for reuse by later runs: a long text's
// tokens are its largest allocation.
var tokenBuffers = sync.Pool{New: func() any { return new([]token) }}

// runeBuffers hold the runes of a text for reuse by later runs.
var runeBuffers = sync.Pool{New: func() any { return new([]rune) }}

// appendRunes appends the runes of text to rs, as []rune(text) would make
// them, and returns the extended slice.
func appendRunes(rs []rune, text string) []rune {
	for _, r := range text {
		rs = append(rs, r)
	}
	return rs
}

// offsetBuffers hold the rune offsets of a folded text for reuse by later
// runs: the tokenizer needs them only while it reads the text.
var offsetBuffers = sync.Pool{New: func() any { return new([]int32) }}

// heldBuffers hold the slices of figures and dropped numbers a run keeps
// until its text is read, for reuse by later runs.
var heldBuffers = sync.Pool{New: func() any { return new([]heldNumber) }}

// sinks receive what run finds: the figures taken and, when not nil, the
// numbers dropped with their reasons (which also makes figures carry Why).
type sinks struct {
	took    func(Extraction)
	dropped func(Dropped)
}

// run extracts the figures of text, handing each to out.took in the
// order found (Extract and Explain sort them into text order); when
// out.dropped is not nil, it also explains: figures carry Why, and every
// other number is handed to out.dropped with its reason.
func (e *Extractor) run(text string, metricIDs []string, out sinks) {
	active := e.activeMetrics(metricIDs)
	if len(active) == 0 || text == "" {
		return
	}
	// Figures and dropped numbers are held until the whole text is read:
	// settleFigures then hands them on, after the checks that need the
	// whole text.
	heldBuf := heldBuffers.Get().(*[]heldNumber)
	held := (*heldBuf)[:0]
	defer func() {
		clear(held) // drop the texts' strings
		*heldBuf = held[:0]
		heldBuffers.Put(heldBuf)
	}()
	explain := out.dropped != nil
	dropped := func(d Dropped) { held = append(held, heldNumber{dropped: d}) }
	runeBuf := runeBuffers.Get().(*[]rune)
	rs := appendRunes((*runeBuf)[:0], text)
	defer func() {
		*runeBuf = rs[:0] // (every string a run keeps is copied out of rs)
		runeBuffers.Put(runeBuf)
	}()
	masked := maskDiscordMarkup(rs) // Discord markup carries ids, not counts
	tokBuf := tokenBuffers.Get().(*[]token)
	offBuf := offsetBuffers.Get().(*[]int32)
	folded := foldTextInto(masked, *offBuf)
	toks := tokenizeInto((*tokBuf)[:0], masked, folded)
	*offBuf = folded.off[:0] // (the offsets serve the tokenizer alone)
	offsetBuffers.Put(offBuf)
	defer func() {
		clear(toks) // drop the texts' strings
		*tokBuf = toks[:0]
		tokenBuffers.Put(tokBuf)
	}()
	spans := splitSentences(rs)
	st := e.newState(toks)
	quoteSpan, quote := Span{-1, -1}, ""
	offsets := runeOffsets{text: text}
	quoteOf := func(sp Span) string {
		if sp != quoteSpan {
			quoteSpan, quote = sp, offsets.slice(sp.Start, sp.End)
			if !utf8.ValidString(quote) {
				quote = string(rs[sp.Start:sp.End]) // (bytes that are no UTF-8 read as U+FFFD)
			}
		}
		return quote
	}
	drop := func(value int64, t0, t1 int, reason string, sp Span) {
		dropped(Dropped{Dropped: true, Value: value, Text: strings.TrimSpace(string(rs[toks[t0].start:toks[t1-1].end])),
			Reason: reason, Quote: quoteOf(sp), Start: sp.Start, End: sp.End})
	}
	emit := func(f figure, actor int, fallback bool, sp Span, why *Why, numText string) {
		quote := quoteOf(sp)
		a := e.actors[actor]
		held = append(held, heldNumber{figure: true, text: numText, numAt: f.at, clause: f.clause, Extraction: Extraction{
			Metric:            e.metrics[f.metric].id,
			Value:             f.value,
			ValueHigh:         f.high,
			Qualifier:         f.qual,
			Stance:            a.DefaultStance(),
			Actor:             a.Name,
			Quote:             quote,
			Start:             sp.Start,
			End:               sp.End,
			ActorFromFallback: fallback,
			Origin:            tracker.OriginProse,
			Why:               why,
		}})
	}
	// Figures of a quotation that goes on into later sentences wait for
	// the sentence that closes it: "«Diecisiete excarcelaciones
	// verificadas. Esperamos más», dijo Alfredo Romero."
	var pending []pendingFigure
	flush := func(speaker int) {
		for _, p := range pending {
			a := speaker
			if a < 0 {
				a = p.fallbackActor
			}
			switch {
			case a >= 0:
				if p.why != nil {
					p.why.ActorBy, p.why.ActorCue = "speaker of the quotation", e.actors[a].Name
				}
				emit(p.f, a, true, p.sp, p.why, p.dropped.Text)
			case explain:
				dropped(p.dropped)
			}
		}
		pending = pending[:0]
	}
	// Figures of the sentence before that named nobody, waiting for a
	// speaker who gives or confirms them in this one.
	var unattributed []pendingFigure
	settle := func(speaker int, sp Span) {
		for _, p := range unattributed {
			switch {
			case speaker >= 0:
				if p.why != nil {
					p.why.ActorBy, p.why.ActorCue = "speaker of the next sentence", e.actors[speaker].Name
				}
				emit(p.f, speaker, true, Span{p.sp.Start, sp.End}, p.why, p.dropped.Text)
			case p.lead && st.dateline >= 0:
				// "PORT SUDAN (Reuters) - The outbreak is spreading.
				// Cholera deaths have risen to 1,013": the agency states
				// what its lead gives unsourced
				if p.why != nil {
					p.why.ActorBy, p.why.ActorCue = "dateline", e.actors[st.dateline].Name
				}
				emit(p.f, st.dateline, true, p.sp, p.why, p.dropped.Text)
			case explain:
				dropped(p.dropped)
			}
		}
		unattributed = unattributed[:0]
	}
	// Figures whose source the text only described ("according to an
	// independent commission"), waiting for the sentence that names it.
	var described []pendingFigure
	introduce := func(s *sentence, sp Span) {
		kept := described[:0]
		for _, p := range described {
			if a := s.introducedActor(p.descriptor); a >= 0 {
				if p.why != nil {
					p.why.ActorBy, p.why.ActorCue = "actor a later sentence names", e.actors[a].Name
				}
				emit(p.f, a, true, Span{p.sp.Start, sp.End}, p.why, p.dropped.Text)
				continue
			}
			if p.waited++; p.waited < describedReach {
				kept = append(kept, p)
			} else if explain {
				dropped(p.dropped)
			}
		}
		described = kept
	}
	inQuote := false
	lead := true // still in the first paragraph
	ti := 0
	prevEnd := -1
	for _, sp := range spans {
		for ti < len(toks) && toks[ti].start < sp.Start {
			ti++
		}
		tj := ti
		for tj < len(toks) && toks[tj].start < sp.End {
			tj++
		}
		if prevEnd >= 0 && paragraphBreak(rs, prevEnd, sp.Start) {
			lead = false
			st.prevActor, st.announced = -1, -1
			st.prevLinked = st.prevLinked[:0]
			st.prevEvent = st.prevEvent[:0]
			flush(-1)
			settle(-1, sp)
			inQuote = false
		}
		if tj-ti > maxSentenceTokens {
			// not prose: a table or a list run together; its quote would
			// be useless as evidence
			if explain {
				for k := ti; k < tj; k++ {
					if toks[k].kind == tokDigits {
						if v, err := parseNumber(toks[k].text); err == nil {
							drop(v, k, k+1, "not_prose", sp)
						}
					}
				}
			}
			st.prevActor = -1
			st.prevLinked, st.prevEvent = st.prevLinked[:0], st.prevEvent[:0]
			flush(-1)
			settle(-1, sp)
			inQuote = false
			ti, prevEnd = tj, sp.End
			continue
		}
		st.sent++
		s := e.newSentence(toks[ti:tj], active, &st, rs)
		wasOpen := inQuote
		inQuote = quoteOpenAfter(s.toks, inQuote)
		s.quoteGoesOn = inQuote
		figs := s.figures()
		if len(described) > 0 {
			introduce(s, sp)
		}
		if len(unattributed) > 0 {
			speaker := -1
			if len(figs) == 0 && !wasOpen {
				metrics := make([]int, 0, len(unattributed))
				for _, p := range unattributed {
					metrics = append(metrics, p.f.metric)
				}
				speaker = s.confirmingSpeaker(metrics)
			}
			settle(speaker, sp)
		}
		if len(pending) > 0 && !inQuote {
			speaker := -1
			if wasOpen {
				speaker = s.quoteSpeaker()
			}
			flush(speaker)
		}
		var taken []bool
		if explain {
			taken = make([]bool, len(s.nums))
		}
		for _, f := range figs {
			var why *Why
			numText := ""
			if explain {
				taken[f.num] = true
				why = s.why(f)
				numText = s.original(s.nums[f.num].t0, s.nums[f.num].t1)
			}
			if f.actor == pendingActor {
				p := pendingFigure{f: f, sp: sp, fallbackActor: f.pendingFallback, why: why}
				if explain {
					m := s.nums[f.num]
					p.dropped = Dropped{Dropped: true, Value: m.value, Text: s.original(m.t0, m.t1), Reason: "no_actor",
						Quote: quoteOf(sp), Start: sp.Start, End: sp.End}
				}
				pending = append(pending, p)
				continue
			}
			emit(f, f.actor, f.fallback, sp, why, numText)
		}
		if !inQuote && !wasOpen && len(s.unattributed) > 0 {
			descriptor := s.describedSource()
			for _, f := range s.unattributed {
				p := pendingFigure{f: f, sp: sp, descriptor: descriptor}
				if explain {
					taken[f.num] = true
					p.why = s.why(f)
					m := s.nums[f.num]
					p.dropped = Dropped{Dropped: true, Value: m.value, Text: s.original(m.t0, m.t1), Reason: "no_actor",
						Quote: quoteOf(sp), Start: sp.Start, End: sp.End}
				}
				if descriptor != "" {
					described = append(described, p)
					continue
				}
				p.lead = lead
				unattributed = append(unattributed, p)
			}
		}
		if explain {
			for k, m := range s.nums {
				if !taken[k] && m.pending == "" {
					drop(m.value, ti+m.t0, ti+m.t1, s.dropReason(k), sp)
				}
			}
		}
		s.updateState(&st, figs)
		st.ents, st.nums, st.unattributed = s.ents[:0], s.nums[:0], s.unattributed[:0]
		ti = tj
		prevEnd = sp.End
	}
	flush(-1)
	settle(-1, Span{})
	if explain {
		for _, p := range described {
			dropped(p.dropped)
		}
	}
	settleFigures(held, toks, out)
}

// datelineReporter returns the reporter actor whose name a wire dateline
// at the start of the text gives in brackets ("PORT SUDAN, Sept 15
// (Reuters) -", "Maputo, 14 feb (EFE).-"), or -1.
func (e *Extractor) datelineReporter(toks []token) int {
	for i := 0; i < len(toks) && i <= datelineReach; i++ {
		if toks[i].text != "(" {
			continue
		}
		id, n, ok := e.entities.matchAt(toks, i+1)
		if !ok && bracketedNameAt(toks, i) && datelinePlace(toks, i) {
			i += 2
			continue // "Cancún (México), 18 jul (EFE).-": the place's country in brackets
		}
		if !ok || i+1+n >= len(toks) || toks[i+1+n].text != ")" || !datelinePlace(toks, i) {
			return -1
		}
		if a := e.ents[id].actor; a >= 0 && e.actors[a].Role == tracker.Reporter {
			return a
		}
		return -1
	}
	return -1
}

// datelineReach is the last token a dateline's opening bracket may stand
// at.
const datelineReach = 11

// datelinePlace reports whether tokens [0, open) are the place and date of
// a dateline, before its bracketed agency: capitalised words, month names,
// numbers, commas and periods ("PORT SUDAN, Sept 15", "Maputo, 14 feb").
func datelinePlace(toks []token, open int) bool {
	for i := 0; i < open; i++ {
		t := &toks[i]
		if i > 0 && i+1 < open && placeConnectors.hasToken(t) && (toks[i-1].upper || placeConnectors.hasToken(&toks[i-1])) &&
			(toks[i+1].upper || placeConnectors.hasToken(&toks[i+1])) {
			continue // "Ciudad de México", "Río de Janeiro", "Santa Cruz de la Sierra"
		}
		if i+2 < open && bracketedNameAt(toks, i) {
			i += 2 // "Cancún (México), 18 jul"
			continue
		}
		if !(t.kind == tokWord && (t.upper || monthNames.hasToken(t)) || t.kind == tokDigits || t.text == "," || t.text == ".") {
			return false
		}
	}
	return true
}

// bracketedNameAt reports whether token i opens a capitalised word in
// brackets: the "(México)" of "Cancún (México)".
func bracketedNameAt(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i].text == "(" && toks[i+1].upper && toks[i+2].text == ")"
}

// placeConnectors join the capitalised words of a place's name.
var placeConnectors = newWordSet("de", "del", "la", "las", "los", "el", "y", "of", "the")

// describedReach is how many sentences after it a figure whose source was
// only described waits for that source to be named.
const describedReach = 2

// latestYear returns the latest year (four digits, 1900–2100) among the
// tokens, or 0.
func latestYear(toks []token) int {
	latest := 0
	for i, t := range toks {
		if t.kind != tokDigits || len(t.text) != 4 && len(t.text) != 7 && len(t.text) != 9 {
			continue // (the cheap test first: most tokens are no year)
		}
		if i > 0 && monthNames.hasToken(&toks[i-1]) || i > 1 && toks[i-1].text == "de" && monthNames.hasToken(&toks[i-2]) ||
			i > 1 && toks[i-1].text == "," && i > 2 && monthNames.hasToken(&toks[i-3]) {
			continue // a full date ("on 3 January 2024", "el 28 de julio de 2024"): a day, not the period reported on
		}
		if i > 1 && (toks[i-1].text == "de" || toks[i-1].text == "of") && partYearWords.hasToken(&toks[i-2]) {
			continue // "el primer trimestre de 2023": a part of a year, beside the years counted in full
		}
		if forecastYear(toks, i) {
			continue // "could drown by 2050": the year a forecast reaches, not one reported on
		}
		if titleYear(toks, i) {
			continue // "Education under Attack 2024", "Global Status Report on Road Safety 2023": a title's year
		}
		if y, ok := yearOfToken(t.text); ok && y >= 1900 && y <= 2100 && y > latest {
			latest = y // (a span of years, "2019-20", by its first)
		}
	}
	return latest
}

// titleYear reports whether the year at token i ends a title: a
// capitalised word that is no month and no word a sentence opens on
// before it ("Education under Attack 2024", "Informe Mundial 2022").
func titleYear(toks []token, i int) bool {
	if i < 2 {
		return false
	}
	p := toks[i-1]
	return p.kind == tokWord && p.upper && !p.caps && !monthNames.hasToken(&p) && !functionWords.hasToken(&p) &&
		toks[i-2].kind == tokWord
}

// forecastYear reports whether the year at token i is the horizon of a
// forecast: after "by", "para" or "hacia", with a modal or a forecast
// verb a few words before ("could drown by 2050", "se prevé que
// lleguen a 3 millones para 2030").
func forecastYear(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].text {
	case "by", "para", "hacia":
	default:
		return false
	}
	for j := i - 2; j >= 0 && j >= i-8; j-- {
		if toks[j].kind == tokPunct && toks[j].text != "," {
			return false
		}
		if forecastWords.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// forecastWords before "by" and a year make it a forecast's horizon.
var forecastWords = newWordSet("will", "would", "could", "might", "may", "projected", "expected", "forecast",
	"podría", "podrían", "podrá", "podrán", "será", "serán", "sería", "serían", "habrá", "habría", "prevé",
	"proyecta", "llegarán", "alcanzarán", "alcanzaría", "alcanzará", "target", "targets", "goal", "goals", "aim",
	"aims", "pledge", "pledged", "planned", "meta", "metas", "objetivo", "objetivos", "prevista", "previsto",
	"previstas", "previstos", "planeado", "planeada")

// namesCurrentPeriod reports whether the tokens name the current period:
// "this year", "so far this year", "este año", "en lo que va del año".
func namesCurrentPeriod(toks []token) bool {
	for i := range toks {
		if _, n, ok := currentPeriodWords.matchAt(toks, i); ok {
			if n == 3 && toks[i].text == "so" && i+3 < len(toks) {
				// "so far in 2024", not "so far in so short a time"
				if next := toks[i+3]; !(next.kind == tokDigits || monthNames.has(next.text) || next.text == "the") {
					continue
				}
			}
			return true
		}
	}
	return false
}

// pendingActor is the actor of a figure in a quotation whose speaker is
// named in a later sentence.
const pendingActor = -2

// pendingFigure is a figure waiting for the end of its quotation, with the
// actor it falls back on if no speaker is named there (or -1).
type pendingFigure struct {
	f             figure
	sp            Span
	fallbackActor int
	why           *Why    // when explaining
	dropped       Dropped // when explaining: what to say if no speaker is found
	// descriptor is, for a figure whose source its sentence only
	// described ("a monitoring group said"), the noun that described it:
	// the figure waits, across a paragraph break, for the actor a later
	// sentence introduces
	descriptor string
	// waited counts the sentences a described source has been waited for
	waited int
	// lead is set for a figure of the text's first paragraph, which a
	// wire dateline's agency states when no one else does
	lead bool
}

// quoteOpenAfter returns whether a quotation is still open after the
// tokens of a sentence, given whether one was open before it.
func quoteOpenAfter(toks []token, open bool) bool {
	for _, t := range toks {
		if t.kind != tokPunct {
			continue
		}
		switch t.text {
		case "«", "“":
			open = true
		case "»", "”":
			open = false
		case "\"":
			open = !open
		}
	}
	return open
}

// activeMetrics returns the indexes of the metrics named in ids, or of all
// metrics when ids is empty.
func (e *Extractor) activeMetrics(ids []string) []int {
	var out []int
	for i, m := range e.metrics {
		if len(ids) == 0 {
			out = append(out, i)
			continue
		}
		for _, id := range ids {
			if id == m.id {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// maxSentenceTokens is the longest sentence analysed: a longer one is a
// table or list without punctuation, not prose.
const maxSentenceTokens = 400

// newState returns the state of a text with tokens toks before its
// first sentence: no actor named yet, no topic, no last source.
func (e *Extractor) newState(toks []token) extractState {
	return extractState{
		latestYear:    latestYear(toks),
		currentPeriod: namesCurrentPeriod(toks),
		seen:          make([]bool, len(e.actors)),
		lastNamed:     make([]int, len(e.actors)),
		lastSpoke:     make([]int, len(e.actors)),
		lastPlace:     make([]int, len(e.actors)),
		introduced:    make([]string, len(e.actors)),
		prevActor:     -1,
		topic:         -1,
		lastActor:     -1,
		announced:     -1,
		lastConf:      -1,
		soleActor:     -1,
		reportOwner:   -1,
		dateline:      e.datelineReporter(toks),
	}
}

// extractState carries what one sentence leaves to the next, and buffers
// reused from sentence to sentence.
type extractState struct {
	buf          scratch
	current      sentence // the sentence being read (newSentence overwrites it)
	ents         []entMention
	nums         []numMention
	unattributed []figure
	// figs backs the figures of the sentence being read (sentence.figures)
	figs       []figure
	latestYear int // the latest year the text names, 0 for none
	// currentPeriod is whether the text counts "this year" or "so far this
	// year": only then is "last year" an earlier period than the one
	// reported on (an annual report's "last year" is its own)
	currentPeriod bool
	// counted is whether an earlier sentence gave a figure: "last year"
	// after it is the year before the one it counts
	counted      bool
	seen         []bool // actors named in full so far (for last names)
	lastNamed    []int  // the sentence (1-based) each actor was last named in, 0 for never
	lastSpoke    []int  // the sentence (1-based) each actor last stated a figure in, 0 for never
	lastPlace    []int  // the sentence (1-based) each actor's country was last named in, 0 for never
	prevActor    int    // the actor of the previous sentence, or -1
	prevSaid     bool   // whether the previous sentence holds a reporting verb ("…, the military said")
	prevLinked   []int  // metrics linked by keyword in the previous sentence, in order
	prevUnlinked bool   // whether the previous sentence gave a count that no metric took
	// prevIncrement is whether the previous sentence gave an increment
	// ("Six more people have died …"): "another" goes on adding
	prevIncrement bool
	prevEvent     []int // metrics whose event terms the previous sentence holds
	prevParts     []int // metrics of the parts of a count the previous sentence gave ("Bloomington (46 cases)")

	// What a text is about, remembered across paragraphs for a few
	// sentences: "The number had since climbed to 808" after a paragraph
	// about releases; "La ONG contabiliza…" after a paragraph naming Foro
	// Penal.
	sent      int // the number of the current sentence
	topic     int // the metric last linked or named by an event term, or -1
	topicSent int
	lastActor int // the last actor named (not a reporter), or -1
	actorSent int
	// lastAlone is whether lastActor was the only actor its sentence named:
	// "la misma fuente" then refers to it without doubt
	lastAlone bool
	lastConf  int // the last confirmer named, or -1
	// soleActor is the one actor (not a reporter) the text has named so
	// far, -1 for none, -2 for several
	soleActor int
	// announced is the actor the sentence before said released a report
	// or a count ("Panama's migration service released updated figures on
	// Monday."), or -1; announcedSent is that sentence
	announced, announcedSent int
	// reportOwner is the actor whose report the text last named ("el
	// último informe trimestral de la BINUH", "Amnesty released a report"),
	// -1 for none: "El documento contabiliza…" later is its
	reportOwner, reportSent int
	confSent                int
	// dateline is the reporter a wire dateline at the start of the text
	// names in brackets ("PORT SUDAN (Reuters) -"), or -1
	dateline int
	// largest is the largest count the sentences before gave (not a date,
	// money, a percentage): a place "worst hit" with fewer is a part of it
	largest int64
	// largestOf is, by metric, the largest count linked to it the
	// sentences before gave; largestUnlinked the largest linked to none
	largestOf       map[int]int64
	largestUnlinked int64
	// partCountry is the country the last sentence that opened on one gave
	// a part of a larger count for ("Nigeria is the worst affected, with
	// 35,255 cases"), in partCountrySent; "" for none
	partCountry     string
	partCountrySent int
	// monthPartSent is the last sentence that gave a month's part of a
	// longer period's count, 0 for none
	monthPartSent int
	// victimsSent is the last sentence that counted victims or casualties
	// of every kind, 0 for none: "Of those, 226 were killed" after it
	victimsSent int
	// persons are the last names of the people the text introduced as
	// speaking for an actor (persons.go), with that actor (-1 for two)
	persons map[string]int
	// givenNames holds, for each of those last names, the other words of
	// the name the person was introduced with ("diana", "rojas" of "Diana
	// Rojas Alvarez"): they may come back with it ("Rojas Alvarez said")
	givenNames map[string][]string
	// introduced holds the noun the text introduced each actor with ("the
	// consultancy Integralia", "la organización sin fines de lucro Gun
	// Violence Archive"), "" for none: that noun and its synonyms refer
	// back to it later ("the firm", "la entidad")
	introduced []string
}

// memoryReach is how many sentences back a text's topic and its last
// named actors are remembered.
const memoryReach = 4

// authorReach is how many sentences back the author of a text in the first
// person ("our lawyers verified…") may have been named.
const authorReach = 12

// scratch hands out zeroed slices from buffers that are reused for every
// sentence of a text.
type scratch struct {
	intBuf  []int
	boolBuf []bool
	nInt    int
	nBool   int
}

func (b *scratch) reset() { b.nInt, b.nBool = 0, 0 }

// ints returns a zeroed slice of n ints, valid until the next reset.
func (b *scratch) ints(n int) []int {
	if b.nInt+n > len(b.intBuf) {
		// a new backing array: slices handed out earlier keep the old one
		b.intBuf = make([]int, max(2*len(b.intBuf), b.nInt+n, 256))
		b.nInt = 0
	}
	out := b.intBuf[b.nInt : b.nInt+n : b.nInt+n]
	clear(out)
	b.nInt += n
	return out
}

// bools returns a zeroed slice of n bools, valid until the next reset.
func (b *scratch) bools(n int) []bool {
	if b.nBool+n > len(b.boolBuf) {
		b.boolBuf = make([]bool, max(2*len(b.boolBuf), b.nBool+n, 256))
		b.nBool = 0
	}
	out := b.boolBuf[b.nBool : b.nBool+n : b.nBool+n]
	clear(out)
	b.nBool += n
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
