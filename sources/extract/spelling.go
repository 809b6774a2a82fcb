package extract

import (
	"strings"
	"unicode"
)

// spellingPairs are the British and American spellings of words that
// appear in the names of bodies: "World Health Organisation" is the
// "World Health Organization", the "Ministry of Defence" the "Ministry of
// Defense".
var spellingPairs = [][2]string{
	{"defence", "defense"}, {"centre", "center"}, {"centres", "centers"}, {"programme", "program"},
	{"programmes", "programs"}, {"labour", "labor"}, {"offence", "offense"}, {"offences", "offenses"},
}

// spellingVariants returns name written with the other spelling of each of
// its words that has one (see spellingPairs, and words ending in -isation
// or -ization), keeping each word's capital; nil when it has none.
func spellingVariants(name string) []string {
	words := strings.Fields(name)
	changed := false
	for i, w := range words {
		if v, ok := otherSpelling(w); ok {
			words[i], changed = v, true
		}
	}
	if !changed {
		return nil
	}
	return []string{strings.Join(words, " ")}
}

// otherSpelling returns word w in its other spelling, with w's first
// letter's case; ok is false when it has none.
func otherSpelling(w string) (string, bool) {
	lower := strings.ToLower(w)
	other := ""
	for _, p := range spellingPairs {
		switch lower {
		case p[0]:
			other = p[1]
		case p[1]:
			other = p[0]
		}
	}
	if other == "" {
		for _, suf := range [][2]string{{"isation", "ization"}, {"isations", "izations"}} {
			switch {
			case strings.HasSuffix(lower, suf[0]) && len(lower) > len(suf[0])+2:
				other = strings.TrimSuffix(lower, suf[0]) + suf[1]
			case strings.HasSuffix(lower, suf[1]) && len(lower) > len(suf[1])+2:
				other = strings.TrimSuffix(lower, suf[1]) + suf[0]
			}
		}
	}
	if other == "" {
		return "", false
	}
	if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
		or := []rune(other)
		or[0] = unicode.ToUpper(or[0])
		other = string(or)
	}
	return other, true
}
