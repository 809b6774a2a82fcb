package extract

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/spanish"
)

// Morphology: a keyword matches its inflections through Snowball stems
// ("excarceladas" and "excarcelados", "deportations" and "deported").
// Words are stemmed in their folded form (lower case, no accents) on both
// sides, so the stems agree; a Spanish preterite in the text is stemmed
// with the accent folding took away ("atendió" as "atendidos" is, where
// "atendio" would stem otherwise).

// minStemWord and minStem keep short words out of stem matching: their
// stems collide ("casos" and "casas" both stem to "cas").
const (
	minStemWord = 5
	minStem     = 4
)

// stemStartLen is how many bytes of a word its stem always keeps.
const stemStartLen = 3

// stemsOf returns the English and Spanish stems of a folded word (one when
// they agree), or none for a short word.
func stemsOf(w string) []string {
	en, es := stemWord(w, false), stemWord(w, true)
	switch {
	case en == "" && es == "":
		return nil
	case en == "" || en == es:
		return []string{es}
	case es == "":
		return []string{en}
	}
	return []string{en, es}
}

// stemWord returns the stem of a folded word in one language, or "" when
// the word or its stem is too short to match on.
func stemWord(w string, es bool) string {
	return stemOfKey(stemKey{word: w, es: es})
}

// stemPreterite returns the Spanish stem of folded word w, a preterite
// whose final "o" was a stressed "ó" ("atendio" from "atendió"), or ""
// as stemWord does.
func stemPreterite(w string) string {
	return stemOfKey(stemKey{word: w, es: true, preterite: true})
}

// stemOfKey returns the stem key asks for, from the cache when it holds it.
func stemOfKey(key stemKey) string {
	w := key.word
	if utf8.RuneCountInString(w) < minStemWord {
		return ""
	}
	if v, ok := stemCache.Load(key); ok {
		return v.(string)
	}
	var st string
	switch {
	case key.preterite:
		st = spanish.Stem(strings.TrimSuffix(w, "o")+"ó", false)
	case key.es:
		st = spanish.Stem(w, false)
	default:
		st = english.Stem(w, false)
	}
	if utf8.RuneCountInString(st) < minStem {
		st = ""
	}
	if stemCached.Load() < maxStemCache {
		if _, loaded := stemCache.LoadOrStore(key, st); !loaded {
			stemCached.Add(1)
		}
	}
	return st
}

type stemKey struct {
	word      string
	es        bool
	preterite bool // a Spanish preterite, stemmed with its final "ó"
}

// The stems of words seen so far: news reuses its vocabulary, and a stem
// costs far more than a lookup. The cache stops growing at maxStemCache
// words.
var (
	stemCache  sync.Map
	stemCached atomic.Int64
)

const maxStemCache = 200_000

// nounVerbEndings turn a Spanish action noun in -ción or -sión (folded,
// singular) into the stems of its verb: the noun's ending, and what the
// verb's stem ends in instead ("devolución", "devolvieron"; "extradición",
// "extraditados"; "expulsión", "expulsaron"; "detención", "detenidos";
// "desaparición", "desaparecidos"; "destrucción", "destruidas";
// "agresión", "agredidos"; "vacunación", "vacunados"). Snowball leaves
// these nouns whole, or cuts them short of their verb's stem.
var nounVerbEndings = []struct {
	noun  string
	verbs []string
}{
	{"acion", []string{""}},
	{"uccion", []string{"u", "uc"}},
	{"ucion", []string{"v", "u"}},
	{"icion", []string{"", "it", "ec"}},
	{"ncion", []string{"n"}},
	{"sion", []string{"s", "t", "d"}},
}

// verbStemsOfNoun returns the stems of the verb of a folded Spanish action
// noun, singular or plural (see nounVerbEndings), none of them shorter
// than five letters; nil for any other word.
func verbStemsOfNoun(w string) []string {
	if base, ok := strings.CutSuffix(w, "ones"); ok {
		w = base + "on" // "devoluciones": "devolucion"
	}
	for _, d := range nounVerbEndings {
		base, ok := strings.CutSuffix(w, d.noun)
		if !ok {
			continue
		}
		var out []string
		for _, v := range d.verbs {
			if st := base + v; utf8.RuneCountInString(st) >= 5 {
				out = append(out, st)
			}
		}
		return out
	}
	return nil
}
