package extract

import (
	"strconv"
	"strings"
)

// Ordinal counts: news gives a running total as the rank of the latest
// case, "the fourth political prisoner to die behind bars", "the 67th
// attack on health centres this year", "confirmó una segunda muerte",
// "el séptimo opositor que fallece entre rejas". The rank is the count so
// far. An ordinal is read as a number only there: right after an article
// or a possessive, before the term of a metric or a people noun whose
// event follows ("to die", "killed", "que muere"). Every other ordinal
// ("the second floor", "la tercera misión", "on its fifth day") is no
// number at all.

// ordinalWords are the folded ordinal words from two to twenty, with
// their value; "first" is left out: the first case is the event itself,
// seldom stated as a count.
var ordinalWords = map[string]int64{
	"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
	"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4,
	"quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6, "septimo": 7, "septima": 7, "octavo": 8, "octava": 8,
	"noveno": 9, "novena": 9, "decimo": 10, "decima": 10, "undecimo": 11, "undecima": 11,
	"duodecimo": 12, "duodecima": 12, "vigesimo": 20, "vigesima": 20,
}

// ordinalDeterminers may open a phrase whose rank counts: "the fourth",
// "a sixth", "its 20th", "la tercera", "un décimo", "su segundo".
var ordinalDeterminers = newWordSet("the", "a", "an", "its", "their", "el", "la", "un", "una", "su")

// ordinalValue returns the value of the ordinal at token i ("fourth",
// "séptimo", "67th", "20º"), or 0 when it is none.
func (s *sentence) ordinalValue(i int) int64 {
	t := s.toks[i]
	switch t.kind {
	case tokWord:
		return ordinalWords[t.text]
	case tokAlnum:
		digits := strings.TrimRight(t.text, "abcdefghijklmnopqrstuvwxyzºª")
		suffix := t.text[len(digits):]
		switch suffix {
		case "st", "nd", "rd", "th", "º", "ª":
		default:
			return 0
		}
		v, err := strconv.ParseInt(digits, 10, 64)
		if err != nil || v < 2 || v > 100000 {
			return 0
		}
		return v
	}
	return 0
}

// ordinalCountAt returns the count that the ordinal at token i gives, as
// a number mention, when its phrase ranks a case of a metric: after an
// article or possessive, before a term of a metric ("the 67th attack",
// "una segunda muerte") or a people noun whose event follows within a few
// words ("the fourth political prisoner to die", "el séptimo opositor que
// fallece", "the fifth candidate killed").
func (s *sentence) ordinalCountAt(i int) (numMention, bool) {
	if i == 0 || i+1 >= len(s.toks) || !s.in(i-1, ordinalDeterminers) {
		return numMention{}, false // (checked first: most words follow none)
	}
	v := s.ordinalValue(i)
	if v < 2 {
		return numMention{}, false
	}
	// rank is the count the ordinal gives; of metric mi when an event
	// decides it, or -1 for the metric the term after it names
	rank := func(mi int) (numMention, bool) {
		return numMention{t0: i, t1: i + 1, value: v, mult: 1, ranked: mi + 1, rank: true}, true
	}
	// past the words that describe the people ranked ("Belarusian
	// political prisoner", "candidate", "opositor"), the event that ranks
	// them: "to die", "que fallece", "to be killed", "killed"
	for j := i + 1; j < len(s.toks) && j <= i+4 && s.toks[j].kind == tokWord; j++ {
		if j > i+1 && s.in(j-1, peopleNouns) {
			if mi := s.metricOfTerm(j); mi >= 0 {
				return rank(mi) // "the fifth candidate killed"
			}
		}
		if k := s.pastRelativeAuxiliaries(j); k > j {
			if mi := s.metricOfTerm(k); mi >= 0 {
				return rank(mi)
			}
			return numMention{}, false // a relative clause of another event: no rank of the metric
		}
	}
	// the ordinal of a metric's own term, stated as what was confirmed or
	// what something is: "confirmó una segunda muerte", "registró su
	// segundo contagio", "the strike was the 67th attack" (not "a second
	// strike hit…", "en el quinto canje", "hacia un tercer envío")
	if s.metricTermAt(i+1) && s.statedRank(i-1) {
		return rank(-1)
	}
	// the ordinal of those a metric's event befell, after its term and
	// "of a": "confirmed the death of a sixth infant", "the killing of a
	// fourth journalist", "la muerte de un tercer periodista" (not in a
	// clause of time: "tras la muerte de un tercer paciente, …")
	if d := s.text(i - 1); i >= 3 && (s.text(i-2) == "of" || s.text(i-2) == "de") && !definiteAt(d) && d != "its" && d != "su" &&
		s.metricTermAt(i-3) && s.toks[i+1].kind == tokWord && !s.in(i+1, functionWords) && !s.afterTimePreposition(i-3) {
		return rank(s.metricOfTerm(i - 3))
	}
	return numMention{}, false
}

// numberedRankAt returns the count that the rank "número N" at token i
// gives ("el funcionario número 200 capturado", "el ataque número 26 de
// los hutíes", "el líder social número 100 asesinado este año"): after an
// article and the words of what is ranked, either a term of a metric
// ("ataque") or a noun whose event follows the number, as an ordinal's
// does. Any other "número N" ("el pabellón número 3", "el
// juzgado número 4") is a label, which trapReason gives it.
func (s *sentence) numberedRankAt(i int) (numMention, bool) {
	t := s.toks[i]
	if i < 3 || t.kind != tokDigits || t.text[0] == '0' || len(t.text) > 6 || strings.Trim(t.text, "0123456789") != "" {
		return numMention{}, false
	}
	if w := s.text(i - 1); w != "numero" && w != "number" {
		return numMention{}, false
	}
	v, err := strconv.ParseInt(t.text, 10, 64)
	if err != nil || v < 2 {
		return numMention{}, false
	}
	rank := func(mi int) (numMention, bool) {
		return numMention{t0: i, t1: i + 1, value: v, mult: 1, ranked: mi + 1, rank: true}, true
	}
	// the words ranked, between an article and "número": one to three
	// words, no actor's name among them
	term, person := false, false
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if s.toks[k].kind != tokWord || s.entAt[k] >= 0 && s.ents[s.entAt[k]].actor >= 0 {
			return numMention{}, false
		}
		if s.determinerAt(k) {
			if k == i-2 {
				return numMention{}, false // "el número 50": no noun ranked
			}
			if term {
				return rank(-1) // "el ataque número 26": of the metric its term names
			}
			if !person {
				return numMention{}, false
			}
			// the event that befell those ranked: "número 200
			// capturado", "número 5 que muere", "number 12 to be killed"
			j := s.pastRelativeAuxiliaries(i + 1)
			if mi := s.metricOfTerm(j); mi >= 0 {
				return rank(mi)
			}
			if s.metricTermAt(j) {
				return rank(-1) // a term of several metrics: linking decides
			}
			return numMention{}, false
		}
		if s.metricTermAt(k) {
			term = true
		}
		if k == i-2 && !s.in(k, labelNouns) && !s.in(k, functionWords) {
			person = true // "el funcionario", "el líder social" (not "el pabellón número 3")
		}
	}
	return numMention{}, false
}

// pastRelativeAuxiliaries returns the token of the verb of a relative or
// an infinitive that opens at token j ("to", "que", "who"), past up to two
// auxiliaries: the "killed" of "to be killed", the "muerto" of "que ha
// muerto". It returns j when no such clause opens there.
func (s *sentence) pastRelativeAuxiliaries(j int) int {
	switch s.text(j) {
	case "to", "que", "who":
	default:
		return j
	}
	k := j + 1
	for k < len(s.toks) && k <= j+3 && (s.in(k, auxiliaries) || s.text(k) == "be" || s.text(k) == "been" || s.text(k) == "se") {
		k++ // "to be killed", "who was released", "que ha muerto"
	}
	return k
}

// afterTimePreposition reports whether the phrase of the term at token k
// opens with a preposition of time ("after", "tras", "following"), past
// an article: a clause of when, not of what is stated.
func (s *sentence) afterTimePreposition(k int) bool {
	if s.determinerAt(k - 1) {
		k--
	}
	switch s.text(k - 1) {
	case "after", "following", "since", "before", "tras", "despues", "desde", "antes":
		return true
	}
	return s.text(k-1) == "de" && (s.text(k-2) == "despues" || s.text(k-2) == "antes")
}

// statedRank reports whether the determiner at token d follows a copula
// or a verb of reporting, confirming or recording, past up to three words
// of time or adverbs: "was the", "confirmó una", "registró esta semana su".
func (s *sentence) statedRank(d int) bool {
	for k := d; k >= 0 && k >= d-3; k-- {
		if _, _, ok := copulaBefore.matchEndingAt(s.toks, k); ok {
			return true
		}
		if _, _, ok := cueVerbs.matchEndingAt(s.toks, k); ok {
			return true
		}
		if k < d && !s.in(k, timeWords) && !s.in(k, predicateAdverbs) && !s.in(k, weekdays) {
			return false // (past "el martes", "on Tuesday")
		}
	}
	return false
}

// metricTermAt reports whether a term or keyword of a configured metric
// starts at token j.
func (s *sentence) metricTermAt(j int) bool {
	if j < 0 || j >= len(s.toks) {
		return false
	}
	e := s.entAt[j]
	if e < 0 || s.ents[e].ent < 0 || s.ents[e].actor >= 0 {
		return false
	}
	ent := s.e.ents[s.ents[e].ent]
	return len(ent.metrics) > 0 || ent.cat.overlaps(s.e.owned)
}
