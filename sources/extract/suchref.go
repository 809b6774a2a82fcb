package extract

import "github.com/gapwatch/gapwatch/tracker"

// addKeywordHeads registers the head nouns of the metrics' keywords of
// several words: the last word of a keyword whose first is not a
// preposition's object ("acid attacks"), and the first word of one that
// goes on with a preposition ("ataques con ácido").
func (e *Extractor) addKeywordHeads(metrics []tracker.Metric) {
	e.keywordHeads = map[string][]int{}
	add := func(w string, mi int) {
		if len([]rune(w)) >= 4 && !functionWords.has(w) && !containsInt(e.keywordHeads[w], mi) {
			e.keywordHeads[w] = append(e.keywordHeads[w], mi)
		}
	}
	for mi, m := range metrics {
		for _, kw := range m.Keywords {
			words := phraseTokens(kw)
			if len(words) < 2 {
				continue
			}
			if gapPrepositions.has(words[1]) || len(words) > 2 && gapPrepositions.has(words[len(words)-2]) {
				add(words[0], mi) // "ataques con ácido", "muertes por sobredosis"
				continue
			}
			add(words[len(words)-1], mi) // "acid attacks"
		}
	}
}

// suchHeadMetric returns the one metric whose keyword's head noun number
// m counts with a word that refers back to its kind ("107 such attacks",
// "34 similar cases", "12 ataques de este tipo"); -1 otherwise.
func (s *sentence) suchHeadMetric(m *numMention) int {
	j := m.t1
	switch s.text(j) {
	case "such", "similar":
		j++
	default:
		switch s.text(j+1) + " " + s.text(j+2) + " " + s.text(j+3) {
		case "de este tipo", "de ese tipo", "de esta clase", "de esa clase":
		default:
			if s.text(j+1) != "similares" {
				return -1
			}
		}
	}
	if j >= len(s.toks) || s.toks[j].kind != tokWord {
		return -1
	}
	cands := s.e.keywordHeads[s.text(j)]
	found := -1
	for _, mi := range cands {
		if !s.isActive(mi) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = mi
	}
	return found
}
