package extract

import (
	_ "embed"
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The built-in lexicon of the kinds of counts people track
// (lexicon/concepts.txt), loaded on first use: commands that extract
// nothing never pay for it.

//go:embed lexicon/concepts.txt
var conceptsFile string

//go:embed lexicon/countries.txt
var countriesFile string

// category is a set of concepts (kinds of counts: release, detention,
// death, injury, …), one bit per concept in the order of the lexicon file.
// A metric owns the concepts its keywords belong to; terms of the other
// concepts compete with it ("still in detention" is not "released").
type category [2]uint64

// maxConcepts is how many concepts a category can hold.
const maxConcepts = 128

// conceptBit returns the category of the concept with index i alone.
func conceptBit(i int) category {
	var c category
	c[i/64] = 1 << (i % 64)
	return c
}

// or returns the concepts in c or in d.
func (c category) or(d category) category { return category{c[0] | d[0], c[1] | d[1]} }

// and returns the concepts in both c and d.
func (c category) and(d category) category { return category{c[0] & d[0], c[1] & d[1]} }

// without returns the concepts of c that are not in d.
func (c category) without(d category) category { return category{c[0] &^ d[0], c[1] &^ d[1]} }

// overlaps reports whether c and d share a concept.
func (c category) overlaps(d category) bool { return c[0]&d[0] != 0 || c[1]&d[1] != 0 }

// empty reports whether c holds no concept.
func (c category) empty() bool { return c[0] == 0 && c[1] == 0 }

// count returns how many concepts c holds.
func (c category) count() int { return bits.OnesCount64(c[0]) + bits.OnesCount64(c[1]) }

// concept is one block of the lexicon file.
type concept struct {
	name  string
	bit   category
	state bool // a lasting condition: a bare count of its people is a count of those in it
	weak  bool // its terms are terms only when a metric owns the concept
	// announced: acts announced before they happen ("Nissan will cut
	// 2,500 jobs"), so a future tense states the figure, not a forecast
	announced bool
	terms     []string
	people    []string
}

// conceptLexicon is the parsed lexicon with the matchers built from it.
type conceptLexicon struct {
	concepts []concept
	// all terms, payload the index of their concept
	terms *phraseSet
	// stems of single-word terms (English and Spanish stemmers) to their
	// categories: a keyword's inflection still names its concept
	stems map[string]category
	// state is the union of the state concepts
	state category
	// announced is the union of the concepts of acts announced before
	// they happen (layoffs, deployments)
	announced category
	// weak is the union of the weak concepts (hunger, malnutrition, …)
	weak category
	// detention, arrest and restricted are named by rules that describe
	// prison (a stay "in jail" is a duration, house arrest is not prison)
	detention, arrest, restricted category
	// death, injury and casualties (the two together) tell a count of
	// casualties from its parts of each kind
	death, injury, casualties category
	// intercepted downs drones and missiles; with a person as its object
	// ("abatieron a 40 guerrilleros") it kills
	intercepted category
	// evacuation and displacement both say that people left their homes:
	// a tracker that counts one and not the other counts both's terms
	evacuation, displacement category
	// population names who lives somewhere ("habitantes"): as a number's
	// own noun it competes with no event said of them
	population category
	// aboard says who travelled in a vessel or vehicle: "72 people on
	// board … died" counts the dead
	aboard category
	// statePeople are the nouns naming people in a state concept
	// ("prisoners", "hostages", "refugees"), with the concepts they name
	statePeople map[string]category
	// places are places and papers named with an event word ("detention
	// centres", "release orders"): not events
	places []string
	// placeSet matches the places
	placeSet *phraseSet
	// exact are the terms that match only as written: the stem of "lives"
	// is the stem of "living"
	exact wordSet
	// unrelated are the words that share a stem with a concept's terms
	// but do not name it: "close" contacts are no closure, "deportistas"
	// are athletes, not deportees
	unrelated wordSet
	// countries are the countries and territories (and "the country"): a
	// count placed in one is a national total
	countries *phraseSet
	// countryKeys are the placeKeys of the words of the countries' names,
	// but for the words many names share ("South", "Republic")
	countryKeys wordSet
	// countryWordsByKey holds, by placeKey, the words of the countries'
	// names that give that key ("colombia" for "colo")
	countryWordsByKey map[string][]string
}

// lexicon returns the built-in lexicon; it panics if the embedded file is
// malformed, which TestLexiconParses rules out.
var lexicon = sync.OnceValue(func() *conceptLexicon {
	lex, err := parseLexicon(conceptsFile)
	if err != nil {
		panic(err)
	}
	lex.countries, lex.countryKeys, lex.countryWordsByKey = newPhraseSet(), wordSet{}, map[string][]string{}
	for _, line := range strings.Split(countriesFile, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, name := range strings.Split(line, ",") {
			name = strings.TrimSpace(name)
			lex.countries.add(name, 1)
			if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
				continue // "the country", "nationwide": no country's name to key
			}
			for _, w := range strings.Fields(foldString(name)) {
				if len([]rune(w)) >= 4 && !countryNameWords.has(w) {
					k := placeKey(w)
					lex.countryKeys[k] = true
					lex.countryWordsByKey[k] = append(lex.countryWordsByKey[k], w)
				}
			}
		}
	}
	for _, k := range countryWordKeys {
		lex.countryKeys[k] = true
	}
	return lex
})

// countryNameWords are the words of countries' names that name no
// country alone.
var countryNameWords = newWordSet("south", "north", "west", "east", "republic", "republica", "democratic",
	"democratica", "united", "unidos", "unido", "states", "estados", "kingdom", "reino", "nueva", "new", "strip",
	"franja", "coast", "costa", "central", "islands", "islas", "bajos", "paises", "norte", "sierra", "gran")

// parseLexicon parses the lexicon file format described at its top. It
// returns an error naming the line for an unknown directive, a directive
// outside a concept block, a concept defined twice, more than maxConcepts concepts,
// or an unknown flag.
func parseLexicon(src string) (*conceptLexicon, error) {
	lex := &conceptLexicon{terms: newPhraseSet(), stems: map[string]category{}, statePeople: map[string]category{}, exact: wordSet{},
		unrelated: wordSet{}}
	var cur *concept
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		where := fmt.Sprintf("extract: lexicon line %d", n+1)
		if name, ok := strings.CutPrefix(line, "concept "); ok {
			if len(lex.concepts) == maxConcepts {
				return nil, fmt.Errorf("%s: more than %d concepts", where, maxConcepts)
			}
			for _, c := range lex.concepts {
				if c.name == strings.TrimSpace(name) {
					return nil, fmt.Errorf("%s: concept %q is defined twice", where, c.name)
				}
			}
			lex.concepts = append(lex.concepts, concept{name: strings.TrimSpace(name), bit: conceptBit(len(lex.concepts))})
			cur = &lex.concepts[len(lex.concepts)-1]
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("%s: want \"concept NAME\" or \"KEY: values\", got %q", where, line)
		}
		var list []string
		for _, v := range strings.Split(value, ",") {
			if v = strings.TrimSpace(v); v != "" {
				list = append(list, v)
			}
		}
		if key == "places" {
			lex.places = append(lex.places, list...)
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("%s: %q outside a concept block", where, key)
		}
		switch key {
		case "terms":
			cur.terms = append(cur.terms, list...)
		case "exact":
			cur.terms = append(cur.terms, list...)
			for _, t := range list {
				lex.exact[foldString(t)] = true
			}
		case "not":
			for _, w := range list {
				lex.unrelated[foldString(w)] = true
			}
		case "people":
			cur.people = append(cur.people, list...)
		case "flags":
			for _, f := range strings.Fields(value) {
				switch f {
				case "state":
					cur.state = true
				case "weak":
					cur.weak = true
				case "announced":
					cur.announced = true
				default:
					return nil, fmt.Errorf("%s: unknown flag %q (want state, weak or announced)", where, f)
				}
			}
		default:
			return nil, fmt.Errorf("%s: unknown key %q (want terms, exact, not, people, flags or places)", where, key)
		}
	}
	named := lex.namedConcepts()
	for i, c := range lex.concepts {
		for _, t := range c.terms {
			lex.terms.add(t, i)
			if toks := phraseTokens(t); len(toks) == 1 && !lex.exact[toks[0]] {
				for _, st := range stemsOf(toks[0]) {
					lex.stems[st] = lex.stems[st].or(c.bit)
				}
			}
		}
		if c.announced {
			lex.announced = lex.announced.or(c.bit)
		}
		if c.weak {
			lex.weak = lex.weak.or(c.bit)
		}
		if c.state {
			lex.state = lex.state.or(c.bit)
			for _, p := range c.people {
				lex.statePeople[foldString(p)] = lex.statePeople[foldString(p)].or(c.bit)
			}
		}
		if bit := named[c.name]; bit != nil {
			*bit = c.bit
		}
	}
	lex.placeSet = newPhraseSet()
	for _, p := range lex.places {
		lex.placeSet.add(p, 1)
	}
	return lex, nil
}

// namedConcepts are the concepts that rules name, by their name in the
// lexicon file, with where their bit is kept.
func (lex *conceptLexicon) namedConcepts() map[string]*category {
	return map[string]*category{
		"detention": &lex.detention, "arrest": &lex.arrest, "restricted": &lex.restricted,
		"population": &lex.population, "death": &lex.death, "injury": &lex.injury, "casualties": &lex.casualties,
		"evacuation": &lex.evacuation, "displacement": &lex.displacement, "intercepted": &lex.intercepted,
		"aboard": &lex.aboard,
	}
}

// categoriesIn returns the concepts of the terms found in s, a keyword:
// by phrase, else word by word by stem.
func (lex *conceptLexicon) categoriesIn(s string) category {
	var c category
	for _, t := range lex.termsIn(s) {
		c = c.or(t.cat)
	}
	return c
}

// keywordCategories returns the concepts a metric keyword counts: those of
// its terms, or, when its terms belong to several concepts, the concept of
// its first term that says more than "still" (English and Spanish put the
// event first): "died in custody" and "murieron en prisión" count deaths,
// not people held.
func (lex *conceptLexicon) keywordCategories(s string) category {
	terms := lex.termsIn(s)
	var all category
	for _, t := range terms {
		all = all.or(t.cat)
	}
	if len(terms) == 1 && looseStateTerms.has(terms[0].word) && !strings.Contains(strings.TrimSpace(s), " ") {
		return category{} // "remains": the user's noun (human remains), not "still held"
	}
	if all.count() <= 1 {
		return all // one concept or none
	}
	if len(terms) == 2 && coordinatedTerms(s) {
		return all // "died or went missing", "muertos o desaparecidos": both
	}
	for _, t := range terms {
		if looseStateTerms.has(t.word) {
			continue
		}
		if lex.peopleBeforeEvent(t, all) {
			continue // "hostages killed", "rehenes muertos": who they are, then what befell them
		}
		return t.cat
	}
	for _, t := range terms {
		if !looseStateTerms.has(t.word) {
			return t.cat
		}
	}
	return all
}

// coordinatedTerms reports whether keyword s joins its words with "or",
// "and", "o" or "y": two events it counts together.
func coordinatedTerms(s string) bool {
	for _, w := range strings.Fields(foldString(s)) {
		switch w {
		case "or", "and", "o", "y", "u", "e":
			return true
		}
	}
	return false
}

// keywordPeopleCategories returns the state concepts whose people a
// keyword of several concepts names before what befell them: the
// hostage concept of "hostages killed", "rehenes muertos". A metric keyed
// so counts those people; a mention of them is no competing event.
func (lex *conceptLexicon) keywordPeopleCategories(s string) category {
	terms := lex.termsIn(s)
	var all, who category
	for _, t := range terms {
		all = all.or(t.cat)
	}
	for _, t := range terms {
		if lex.peopleBeforeEvent(t, all) {
			who = who.or(t.cat)
		}
	}
	return who
}

// peopleBeforeEvent reports whether term t of a keyword whose terms hold
// the concepts all names the people of its state concept, and another
// concept of the keyword says what befell them ("hostages" of "hostages
// killed").
func (lex *conceptLexicon) peopleBeforeEvent(t termOfKeyword, all category) bool {
	return lex.statePeople[t.word].overlaps(t.cat) && !all.without(t.cat).empty()
}

// participleAuxiliaries make a passive or perfect of the participle after
// them: "were detained", "fueron detenidas", "han sido detenidos".
var participleAuxiliaries = newWordSet("were", "was", "been", "be", "being", "had", "have", "has",
	"fueron", "fue", "sido", "han", "ha", "habian", "habia", "son", "es", "ser")

// passiveCategories returns the concepts other than the keyword's own
// that hold a term made of auxiliaries before the one-word keyword kw
// (folded): the keyword "detained", of the state of being held, is also
// the participle of the event "were detained". It returns 0 for a keyword
// of several words or when no such term exists.
func (lex *conceptLexicon) passiveCategories(kw string) category {
	if strings.Contains(kw, " ") || kw == "" {
		return category{}
	}
	var cats category
	for _, c := range lex.concepts {
		for _, term := range c.terms {
			words := strings.Fields(foldString(term))
			if len(words) < 2 || words[len(words)-1] != kw {
				continue
			}
			aux := true
			for _, w := range words[:len(words)-1] {
				aux = aux && participleAuxiliaries.has(w)
			}
			if aux {
				cats = cats.or(c.bit)
				break
			}
		}
	}
	return cats
}

// keywordCategoriesOf returns the concepts a metric owns by keyword kw:
// keywordCategories, but not the concept of a term a negation goes before
// ("niños no vacunados"), and a keyword that names things ("casas calcinadas",
// "houses burned") owns no concept of what befalls the living (death,
// injury) by its participle: burned houses are destroyed, not dead (dead
// birds are dead).
func (lex *conceptLexicon) keywordCategoriesOf(kw string) category {
	cats := lex.keywordCategories(kw)
	words := strings.Fields(foldString(kw))
	for _, term := range lex.termsIn(kw) {
		for i := 1; i < len(words); i++ {
			if words[i] == term.word && keywordNegations.has(words[i-1]) {
				// "niños no vacunados", "not attending school": those it did
				// not happen to (but "sin hogar" is a term of its own)
				cats = cats.without(term.cat)
			}
		}
	}
	if !cats.overlaps(lex.death.or(lex.injury).or(lex.casualties)) {
		return cats
	}
	for _, w := range strings.Fields(foldString(kw)) {
		if thingUnits[w] && !animalUnits[w] {
			return cats.without(lex.death.or(lex.injury).or(lex.casualties))
		}
	}
	return cats
}

// keywordNegations in a keyword say that what the term after them names
// did not happen to those it counts: "niños no vacunados".
var keywordNegations = newWordSet("no", "sin", "not", "non", "never", "nunca")

// termOfKeyword is a term found in a keyword: its first word and concepts.
type termOfKeyword struct {
	word string
	cat  category
}

// termsIn returns the terms found in s in order: by phrase, else word by
// word by stem. Words of no concept are left out.
func (lex *conceptLexicon) termsIn(s string) []termOfKeyword {
	toks := phraseTokenSlice(s)
	var terms []termOfKeyword
	for i := 0; i < len(toks); i++ {
		if lex.placeSet != nil {
			if _, n, ok := lex.placeSet.matchAt(toks, i); ok {
				i += n - 1 // "sentenced to death" names no death
				continue
			}
		}
		if id, n, ok := lex.terms.matchAt(toks, i); ok {
			terms = append(terms, termOfKeyword{toks[i].text, conceptBit(id)})
			i += n - 1
			continue
		}
		var c category
		if !lex.unrelated[toks[i].text] {
			for _, st := range stemsOf(toks[i].text) {
				c = c.or(lex.stems[st])
			}
		}
		if !c.empty() {
			terms = append(terms, termOfKeyword{toks[i].text, c})
		}
	}
	return terms
}

// isStatePerson reports whether the folded word names people in a state
// concept ("prisoners", "rehenes").
func (lex *conceptLexicon) isStatePerson(w string) bool { return !lex.statePeople[w].empty() }
