package extract

import "sync"

// The words of the lexicon sets and phrase sets built at package
// initialisation are numbered, and every token of a text carries the
// number of its word (tokenizeInto): membership and phrase matching then
// test bits and compare numbers instead of hashing strings into maps.

// lexVocab numbers the words of every lexSet and phraseSet built during
// package initialisation, from 1. It is only written then, and only read
// after.
var lexVocab = map[string]int32{}

// lexVocabClosed is set once package initialisation is over: no word is
// numbered after it (a set built later answers from its maps).
var lexVocabClosed bool

func init() { lexVocabClosed = true }

// tokenNumber returns the lexVocab number of a token's folded word w,
// whose textHash is h, or 0 for a word of no set built at initialisation:
// from a small table probed by that hash instead of hashing the word
// again.
func tokenNumber(w string, h uint32) int32 {
	if !lexVocabClosed {
		return lexVocab[w] // (the table waits for the whole vocabulary)
	}
	tab := vocabTable()
	mask := uint32(len(tab.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := tab.slots[i]
		if sl.id == 0 {
			return 0
		}
		if sl.hash == h && tab.words[sl.id] == w {
			return sl.id
		}
	}
}

// vocabIndex is lexVocab as an open-addressed table by textHash, at most
// half full, with the words by number: eight bytes a slot, so that the
// table stays in a near cache.
type vocabIndex struct {
	slots []vocabSlot
	words []string // words[id] is the word of number id
}

type vocabSlot struct {
	hash uint32
	id   int32
}

// vocabTable returns the vocabIndex, built on first use after
// initialisation, once the vocabulary is closed.
var vocabTable = sync.OnceValue(func() *vocabIndex {
	n := 1
	for n < 2*len(lexVocab)+2 {
		n *= 2
	}
	tab := &vocabIndex{slots: make([]vocabSlot, n), words: make([]string, len(lexVocab)+1)}
	mask := uint32(n - 1)
	for w, id := range lexVocab {
		tab.words[id] = w
		h := textHash(w)
		i := h & mask
		for tab.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		tab.slots[i] = vocabSlot{hash: h, id: id}
	}
	return tab
})

// numberedWord returns the number of the folded word w, numbering it if it
// has none; it must only be called while the vocabulary is open.
func numberedWord(w string) int32 {
	id, ok := lexVocab[w]
	if !ok {
		id = int32(len(lexVocab) + 1)
		lexVocab[w] = id
	}
	return id
}

// numberBits is a set of word numbers: a bit per number from lo (a
// multiple of 64) on.
type numberBits struct {
	lo   int32
	bits []uint64
}

// add puts number id in the set, widening it as needed.
func (b *numberBits) add(id int32) {
	lo := id &^ 63
	switch {
	case len(b.bits) == 0:
		b.lo, b.bits = lo, make([]uint64, 1)
	case lo < b.lo:
		b.bits = append(make([]uint64, (b.lo-lo)/64), b.bits...)
		b.lo = lo
	}
	i := id - b.lo
	for int(i/64) >= len(b.bits) {
		b.bits = append(b.bits, 0)
	}
	b.bits[i/64] |= 1 << (i % 64)
}

// has reports whether number id is in the set (number 0, no word's, never
// is: bits start at a multiple of 64 and bit 0 of number 0 is never set).
func (b *numberBits) has(id int32) bool {
	i := uint32(id - b.lo)
	return i < uint32(len(b.bits))*64 && b.bits[i/64]&(1<<(i%64)) != 0
}

// numbered reports whether token t carries its word's number: tokens a
// text's tokenizer made do, tokens built from a bare word (hash 0) do not.
func (t *token) numbered() bool { return t.hash != 0 }
