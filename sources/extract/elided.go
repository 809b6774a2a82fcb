package extract

// elidedListMetric returns the metric of the count before number m when m
// goes on a list of places that leaves out the noun the first count gave:
// "3,708 warheads in the US, 4,489 in Russia and 410 in China", "atribuye
// a Estados Unidos 3.708 ojivas nucleares y a Rusia 4.489", "29 drones
// were downed over the Ryazan region, 27 over Voronezh". Number m counts
// nothing by itself (no noun after it); a comma or a coordinator and the
// place it is given for stand between it and the earlier count, which
// took a metric by its own noun (a passive's verb may follow that noun).
// It returns -1 otherwise.
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
		// "29 of the drones were downed over the Ryazan region, 27 over
		// Voronezh": a passive's auxiliaries and participle
		k := j
		for k < m.qStart && k < j+2 && s.in(k, auxiliaries) {
			k++
		}
		if k > j && k < m.qStart && (participleLike(s.text(k)) || irregularParticiples.has(s.text(k))) {
			j = k + 1
		}
	}
	// the place the earlier count was given for
	placed := false
	if p := s.placeWithKindEnd(j); p > j {
		j, placed = p, true
	}
	// a comma or coordinator, then the place of number m before it
	// (Spanish "y a Rusia 4.489")
	if j >= m.qStart || !s.in(j, coordinators) && s.text(j) != "," {
		return -1
	}
	j++
	if p := s.placeWithKindEnd(j); p > j {
		j, placed = p, true
	}
	if j != m.qStart {
		return -1
	}
	// after number m: its place, then the end of the list or of the clause
	k := m.t1
	if p := s.placeWithKindEnd(k); p > k {
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

// placeWithKindEnd returns the token after a place phrase of
// listPrepositions at token i (placePhraseEnd), past a kind of place after
// the name ("over the Ryazan region"); i when none starts there.
func (s *sentence) placeWithKindEnd(i int) int {
	p := s.placePhraseEnd(i, listPrepositions)
	if p > i && s.in(p, placeKinds) {
		return p + 1
	}
	if p > i || !s.in(i, listPrepositions) {
		return p
	}
	// "sobre la región de Riazán", "in the province of Kherson": the kind
	// of place before its name
	j := i + 1
	if s.in(j, nameArticles) {
		j++
	}
	if !s.in(j, placeKinds) || s.text(j+1) != "de" && s.text(j+1) != "of" {
		return i
	}
	k := j + 2
	for k < len(s.toks) && s.toks[k].kind == tokWord && s.toks[k].upper {
		k++
	}
	if k == j+2 {
		return i
	}
	return k
}

// listPrepositions place each count of a list: "3,708 warheads in the US,
// 4,489 to Russia", "27 over Voronezh", "a Rusia 4.489".
var listPrepositions = lexSetWith(recipientPrepositions, "over", "across", "sobre")

// originPrepositions place a part of a count by where it comes from or
// happened: "693 of them from Pakistan", "en Cisjordania".
var originPrepositions = newWordSet("from", "in", "en", "de", "desde")

// recipientPrepositions place a count by where or whom it is given for:
// "3,708 warheads in the US", "4,489 to Russia", "a Rusia 4.489".
var recipientPrepositions = newWordSet("in", "to", "for", "en", "a", "para")
