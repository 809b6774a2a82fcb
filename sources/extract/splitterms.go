package extract

// Split terms: an English verb of several words takes its object between
// the verb and the rest of the term ("put 853 people to death", "set 56
// prisoners free", "pulled 11 miners alive from the pit"). The words after
// the object name the event beside the count, as the whole term would.

// splitTerm is a term of a separable verb: its verb, the words after the
// object, and the term's entity.
type splitTerm struct {
	verb string
	rest []string
	id   int
}

// separableVerbs are the verbs whose terms may take their object inside.
var separableVerbs = newWordSet("put", "set", "let", "sent", "took", "taken", "rushed", "brought", "carried", "flew", "flown", "got",
	"led", "pulled", "plucked", "moved", "shot")

// objectHedges may stand before the number of a split term's object: "set
// at least 56 prisoners free", "moved all 1,000 islanders off".
var objectHedges = newWordSet("at", "least", "about", "some", "around", "nearly", "almost", "more", "than", "over",
	"all", "another", "a", "further", "the", "roughly", "up", "to")

// splitTermAt returns the entity and length of a split term whose words
// after the object start at token i, when its verb stands before a count
// a few words back: "free" of "set 56 prisoners free".
func (s *sentence) splitTermAt(i int) (id, n int, ok bool) {
	if s.es || len(s.e.splitTerms) == 0 {
		return 0, 0, false
	}
	terms := s.e.splitTerms[s.text(i)]
	if len(terms) == 0 {
		return 0, 0, false
	}
	for _, st := range terms {
		if i+len(st.rest) > len(s.toks) {
			continue
		}
		match := true
		for k, w := range st.rest {
			match = match && s.text(i+k) == w
		}
		if match && s.objectCountBefore(i, st.verb) {
			return st.id, len(st.rest), true
		}
	}
	return 0, 0, false
}

// objectCountBefore reports whether the words before token i are verb,
// then a count and at most four words of it and its noun: "put | 853
// people |".
func (s *sentence) objectCountBefore(i int, verb string) bool {
	for v := i - 2; v >= 0 && v >= i-8; v-- {
		if s.toks[v].kind == tokPunct {
			return false
		}
		if s.text(v) != verb {
			continue
		}
		j := v + 1
		for j < i && s.in(j, objectHedges) {
			j++
		}
		if j >= i || s.toks[j].kind != tokDigits {
			if _, ok := s.numberWordAt(j); !ok || j >= i {
				return false
			}
		}
		// the rest of the count ("1.1 million") and its noun: four words at most
		for k := j + 1; k < i; k++ {
			if s.toks[k].kind != tokWord && s.toks[k].kind != tokDigits || verbLike(s.text(k)) {
				return false
			}
		}
		return i-j-1 <= 4
	}
	return false
}
