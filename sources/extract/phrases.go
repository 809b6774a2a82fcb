package extract

import (
	"sort"
	"strings"
)

// phrase is a sequence of folded tokens with a payload id.
type phrase struct {
	toks []string
	// nums are the numbers of toks (vocab.go) in a numbered set
	nums []int32
	id   int
	// preterite is set for a phrase that ends in a Spanish preterite whose
	// unaccented spelling is also a common noun or adjective ("anunció",
	// "anuncio"): only a token written with the accent matches it
	preterite bool
}

// nounLikePreterites are Spanish preterites that fold to a noun or an
// adjective: "registró" and "el registro", "publicó" and "el Ministerio
// Público", "anunció" and "un anuncio", "calculó" and "un cálculo",
// "precisó" and "el número preciso".
var nounLikePreterites = map[string]bool{"registro": true, "publico": true, "anuncio": true, "calculo": true,
	"preciso": true}

// phraseSet finds phrases in a token stream, longest first. It is built once
// and read concurrently.
type phraseSet struct {
	byFirst map[string][]phrase
	byLast  map[string][]phrase
	// firstBits and lastBits hold a bit per hash bucket of the first and
	// last words (hashFilter): a token whose bucket is clear starts or
	// ends no phrase, and its map lookup is skipped
	firstBits, lastBits hashFilter
	// A set built at package initialisation numbers its words (vocab.go)
	// and finds a numbered token's phrases by number: the numbers of the
	// first and last words, and the phrases by them
	numbered              bool
	firstNums, lastNums   numberBits
	byFirstNum, byLastNum map[int32][]phrase
}

// hashFilterBits is the number of buckets of a hashFilter.
const hashFilterBits = 1 << 12

// hashFilter is a set of hash buckets: a word whose bucket is clear is
// certainly not in the set.
type hashFilter [hashFilterBits / 64]uint64

func (f *hashFilter) add(h uint32) { f[h%hashFilterBits/64] |= 1 << (h % 64) }

// mayHoldHash reports whether the word of hash h may be in the set.
func (f *hashFilter) mayHoldHash(h uint32) bool { return f[h%hashFilterBits/64]&(1<<(h%64)) != 0 }

// mayHold reports whether a token may be in the set; a token without a
// hash may always be.
func (f *hashFilter) mayHold(t *token) bool { return t.hash == 0 || f.mayHoldHash(t.hash) }

func newPhraseSet() *phraseSet {
	ps := &phraseSet{byFirst: map[string][]phrase{}, byLast: map[string][]phrase{}, numbered: !lexVocabClosed}
	if ps.numbered {
		ps.byFirstNum, ps.byLastNum = map[int32][]phrase{}, map[int32][]phrase{}
	}
	return ps
}

// phraseTokens returns the folded tokens of s as the text tokenizer would
// cut them.
func phraseTokens(s string) []string {
	rs := []rune(s)
	toks := tokenize(rs, newFoldedText(rs))
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

// phraseKey joins the folded tokens of a phrase back into a text that
// tokenizes to them again: with spaces, but none before a possessive
// ("ukraine's border guards", not "ukraine 's …", which splits the "'s").
func phraseKey(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 && !strings.HasPrefix(w, "'") && !strings.HasPrefix(w, "’") {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// phraseTokenSlice returns the folded tokens of s as tokens carrying only
// their text: a phrase set matches them as it matches a text's.
func phraseTokenSlice(s string) []token {
	words := phraseTokens(s)
	toks := make([]token, len(words))
	for i, w := range words {
		toks[i] = token{text: w}
	}
	return toks
}

// add registers s with the payload id; empty phrases are ignored. It
// returns false when the same token sequence was already registered (the
// first payload is kept).
func (ps *phraseSet) add(s string, id int) bool {
	toks := phraseTokens(s)
	if len(toks) == 0 {
		return false
	}
	key := strings.Join(toks, " ")
	for _, p := range ps.byFirst[toks[0]] {
		if strings.Join(p.toks, " ") == key {
			return false
		}
	}
	p := phrase{toks: toks, id: id}
	if last := toks[len(toks)-1]; nounLikePreterites[last] && strings.HasSuffix(s, "ó") {
		p.preterite = true
	}
	if ps.numbered && lexVocabClosed {
		// a phrase added after initialisation: the set answers from its
		// maps of words from now on
		ps.numbered, ps.byFirstNum, ps.byLastNum = false, nil, nil
	}
	if ps.numbered {
		p.nums = make([]int32, len(toks))
		for k, w := range toks {
			p.nums[k] = numberedWord(w)
		}
		first, last := p.nums[0], p.nums[len(p.nums)-1]
		ps.firstNums.add(first)
		ps.lastNums.add(last)
		ps.byFirstNum[first] = insertLongestFirst(ps.byFirstNum[first], p)
		ps.byLastNum[last] = insertLongestFirst(ps.byLastNum[last], p)
	}
	ps.byFirst[toks[0]] = insertLongestFirst(ps.byFirst[toks[0]], p)
	ps.firstBits.add(textHash(toks[0]))
	last := toks[len(toks)-1]
	ps.lastBits.add(textHash(last))
	ps.byLast[last] = insertLongestFirst(ps.byLast[last], p)
	return true
}

// sameWord reports whether token t holds word k of phrase p.
func (p *phrase) sameWord(t *token, k int) bool {
	if p.nums != nil && t.numbered() {
		return t.id == p.nums[k]
	}
	return t.text == p.toks[k]
}

func insertLongestFirst(list []phrase, p phrase) []phrase {
	list = append(list, p)
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].toks) > len(list[j].toks) })
	return list
}

// matchAt returns the longest phrase starting at token i, its payload and
// its length in tokens.
func (ps *phraseSet) matchAt(toks []token, i int) (id, n int, ok bool) {
	id, n, ok, _ = ps.matchFrom(toks, i)
	return id, n, ok
}

// matchFrom is matchAt that also reports whether some phrase starts with
// token i's word, matched or not: a caller may skip its own lookups for
// the words that start none.
func (ps *phraseSet) matchFrom(toks []token, i int) (id, n int, ok, started bool) {
	if i < 0 || i >= len(toks) {
		return 0, 0, false, false
	}
	var list []phrase
	switch t := &toks[i]; {
	case ps.numbered && t.numbered():
		if !ps.firstNums.has(t.id) {
			return 0, 0, false, false
		}
		list = ps.byFirstNum[t.id]
	case !ps.firstBits.mayHold(t):
		return 0, 0, false, false
	default:
		list = ps.byFirst[t.text]
	}
	for pi := range list {
		p := &list[pi]
		if i+len(p.toks) > len(toks) {
			continue
		}
		match := true
		for k := 1; k < len(p.toks); k++ {
			if !p.sameWord(&toks[i+k], k) {
				match = false
				break
			}
		}
		if match && p.preterite && !toks[i+len(p.toks)-1].preterite {
			match = false // "el registro", not "registró"
		}
		if match {
			return p.id, len(p.toks), true, true
		}
	}
	return 0, 0, false, len(list) > 0
}

// matchEndingAt returns the longest phrase whose last token is toks[end-1].
func (ps *phraseSet) matchEndingAt(toks []token, end int) (id, n int, ok bool) {
	if end <= 0 || end > len(toks) {
		return 0, 0, false
	}
	var list []phrase
	switch t := &toks[end-1]; {
	case ps.numbered && t.numbered():
		if !ps.lastNums.has(t.id) {
			return 0, 0, false
		}
		list = ps.byLastNum[t.id]
	case !ps.lastBits.mayHold(t):
		return 0, 0, false
	default:
		list = ps.byLast[t.text]
	}
	for pi := range list {
		p := &list[pi]
		start := end - len(p.toks)
		if start < 0 {
			continue
		}
		match := true
		for k := 0; k < len(p.toks)-1; k++ {
			if !p.sameWord(&toks[start+k], k) {
				match = false
				break
			}
		}
		if match && p.preterite && !toks[end-1].preterite {
			match = false
		}
		if match {
			return p.id, len(p.toks), true
		}
	}
	return 0, 0, false
}

// wordSet is a set of folded single words that grows as it is built.
type wordSet map[string]bool

// lexSet is a fixed set of folded single words of the built-in lexicon,
// built once (at package initialisation) and read concurrently. Its words
// are numbered (vocab.go), so that a token's membership is one bit rather
// than a map lookup.
type lexSet struct {
	words wordSet
	// nums holds the numbers of the words; it is empty for a set built
	// after initialisation (or of no word), which its map answers
	nums numberBits
}

func newWordSet(words ...string) *lexSet {
	ls := &lexSet{words: make(wordSet, len(words))}
	for _, w := range words {
		w = foldString(w)
		ls.words[w] = true
		if !lexVocabClosed {
			ls.nums.add(numberedWord(w))
		}
	}
	return ls
}

// lexSetWith returns a new set of the words of base and words.
func lexSetWith(base *lexSet, words ...string) *lexSet {
	for w := range base.words {
		words = append(words, w)
	}
	return newWordSet(words...)
}

// has reports whether the folded word w is in the set.
func (ls *lexSet) has(w string) bool { return ls.words[w] }

// hasToken reports whether token t's word is in the set: by the bit of its
// word's number, or by the map for a token without one or a set built
// late.
func (ls *lexSet) hasToken(t *token) bool {
	b := &ls.nums
	if !t.numbered() || b.bits == nil {
		return ls.words[t.text] // (a token or a set without numbers)
	}
	// b.has(t.id), written out: the compiler then inlines hasToken, and
	// sentence.in with it, into their many callers
	i := uint32(t.id - b.lo)
	return i < uint32(len(b.bits))*64 && b.bits[i/64]&(1<<(i%64)) != 0
}

// phrasesOf builds a phrase set whose payloads are all id.
func phrasesOf(id int, phrases ...string) *phraseSet {
	ps := newPhraseSet()
	for _, p := range phrases {
		ps.add(p, id)
	}
	return ps
}

// phrasesByID returns a set of phrases whose id is their group's position
// in groups, counted from 1.
func phrasesByID(groups ...[]string) *phraseSet {
	ps := newPhraseSet()
	for i, g := range groups {
		for _, p := range g {
			ps.add(p, i+1)
		}
	}
	return ps
}
