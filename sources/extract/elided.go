package extract

// elidedListMetric returns the metric of the count before number m when m
// goes on a list of places that leaves out the noun the first count gave:
// "3,708 warheads in the US, 4,489 in Russia and 410 in China", "atribuye
// a Estados Unidos 3.708 ojivas nucleares y a Rusia 4.489". Number m
// counts nothing by itself (no noun after it); a comma or a coordinator
// and the place it is given for stand between it and the earlier count,
// which took a metric by its own noun. It returns -1 otherwise.
func (s *sentence) elidedListMetric(m *numMention) int {
	if m.head != headBare || m.trap {
		return -1
	}
	var prev *numMention
	for k := range s.nums {
		if o := &s.nums[k]; o.t1 <= m.qStart && o.t0 < m.t0 {
			prev = o
		}
	}
	if prev == nil || prev.trap {
		return -1
	}
	// the metric the earlier count took (numbers link in text order): by
	// its own noun, or by the list it goes on ("…, 4,489 in Russia and 410
	// in China")
	mi, j := prev.metric, prev.t1
	if mi < 0 || prev.head != headTerm && prev.head != headBare {
		return -1
	}
	if prev.head == headTerm && prev.headAt >= 0 {
		if k := s.entAt[prev.headAt]; k >= 0 && s.ents[k].t1 > j {
			j = s.ents[k].t1 // past the earlier count's term
		}
		for n := 0; n < 2 && j < m.qStart && s.toks[j].kind == tokWord && !s.toks[j].upper && !functionWords.hasToken(&s.toks[j]) &&
			!s.in(j, recipientPrepositions) && !s.in(j, coordinators); n++ {
			j++ // "3.708 ojivas nucleares a Estados Unidos": an adjective after the noun
		}
	}
	// the place the earlier count was given for
	placed := false
	if p := s.placePhraseEnd(j, recipientPrepositions); p > j {
		j, placed = p, true
	}
	// a comma or coordinator, then the place of number m before it
	// (Spanish "y a Rusia 4.489")
	if j >= m.qStart || !s.in(j, coordinators) && s.text(j) != "," {
		return -1
	}
	j++
	if p := s.placePhraseEnd(j, recipientPrepositions); p > j {
		j, placed = p, true
	}
	if j != m.qStart {
		return -1
	}
	// after number m: its place, then the end of the list or of the clause
	k := m.t1
	if p := s.placePhraseEnd(k, recipientPrepositions); p > k {
		k, placed = p, true
	}
	if !placed || k < len(s.toks) && s.toks[k].kind != tokPunct && !s.in(k, coordinators) {
		return -1
	}
	return mi
}

// placePhraseEnd returns the token after a phrase at token i that says
// where or whom a count is given for: a preposition of preps ("in",
// "from", "to", "a"), an optional article, then capitalised words ("in the
// US", "from Pakistan", "a Estados Unidos"). It returns i when no such
// phrase starts there.
func (s *sentence) placePhraseEnd(i int, preps *lexSet) int {
	if !s.in(i, preps) {
		return i
	}
	j := i + 1
	if s.in(j, nameArticles) {
		j++
	}
	k := j
	for k < len(s.toks) && s.toks[k].kind == tokWord && s.toks[k].upper {
		k++
	}
	if k == j {
		return i
	}
	return k
}

// originPrepositions place a part of a count by where it comes from or
// happened: "693 of them from Pakistan", "en Cisjordania".
var originPrepositions = newWordSet("from", "in", "en", "de", "desde")

// recipientPrepositions place a count by where or whom it is given for:
// "3,708 warheads in the US", "4,489 to Russia", "a Rusia 4.489".
var recipientPrepositions = newWordSet("in", "to", "for", "en", "a", "para")
