package extract

import "strings"

// agentKeyword is a metric keyword that names an event and its doer
// ("killed by police", "muertos por la policía") taken apart, so that the
// active sentence counts for it: "Police killed 6,393 people", "la policía
// mató a 6.393 personas".
type agentKeyword struct {
	cat   category // the event's concepts ("killed": death)
	agent []string // the doer's words, folded ("police"; "security", "forces")
}

// agentKeywords returns the keywords of an event's participle, "by" or
// "por" (an article after it), and one or two words of its doer. A
// keyword whose first words name no concept is left out.
func agentKeywords(lex *conceptLexicon, keywords []string) []agentKeyword {
	var out []agentKeyword
	for _, kw := range keywords {
		words := phraseTokens(kw)
		b := -1
		for i, w := range words {
			if w == "by" || w == "por" {
				b = i
				break
			}
		}
		if b < 1 || b > 2 {
			continue
		}
		agent := words[b+1:]
		if len(agent) > 0 && definiteAt(agent[0]) {
			agent = agent[1:]
		}
		if len(agent) == 0 || len(agent) > 2 {
			continue
		}
		cat := lex.keywordCategories(strings.Join(words[:b], " "))
		if cat.empty() {
			continue
		}
		out = append(out, agentKeyword{cat: cat, agent: agent})
	}
	return out
}

// agentKeywordMetric returns the one metric with an agent keyword whose
// event is the verb that takes number m as its object ("killed 6,393
// people", "mató a 6.393 personas", "shot and killed 1,164") and whose
// doer is that verb's subject, a few words before it ("Police in Brazil
// killed", "La policía brasileña mató"); -1 otherwise.
func (s *sentence) agentKeywordMetric(m *numMention) int {
	v := m.qStart - 1
	if s.es && s.text(v) == "a" {
		v-- // the personal "a": "mató a 6.393"
	}
	if v < 1 {
		return -1
	}
	e := s.entAt[v]
	if e < 0 || s.ents[e].ent < 0 || s.ents[e].actor >= 0 || s.ents[e].t1 != v+1 {
		return -1
	}
	cat := s.e.ents[s.ents[e].ent].cat
	start := s.ents[e].t0
	found := -1
	for _, mi := range s.active {
		for _, ak := range s.e.metrics[mi].agents {
			if !cat.overlaps(ak.cat) || !s.agentBefore(start, ak.agent) {
				continue
			}
			if found >= 0 && found != mi {
				return -1
			}
			found = mi
		}
	}
	return found
}

// agentBefore reports whether the doer's words end within a few words
// before the verb that starts at token v, in its clause: "Police in Brazil
// killed", "police shot and killed", "la policía brasileña mató".
func (s *sentence) agentBefore(v int, agent []string) bool {
	n := len(agent)
	for k := v - 1; k >= n-1 && k >= v-6 && s.clause[k] == s.clause[v]; k-- {
		if s.toks[k].kind == tokPunct {
			return false
		}
		match := true
		for i := 0; i < n; i++ {
			w := s.text(k - n + 1 + i)
			if other, _ := otherNumber(agent[i]); w != agent[i] && w != other {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}
