package extract

import (
	"strings"
	"unicode"
)

// foldRune lower-cases r and strips the accent of Latin letters, mapping one
// rune to exactly one rune so that offsets in folded text are offsets in the
// original. Typographic apostrophes become ASCII ones.
func foldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã', 'å', 'Á', 'À', 'Â', 'Ä', 'Ã', 'Å':
		return 'a'
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
		return 'e'
	case 'í', 'ì', 'î', 'ï', 'Í', 'Ì', 'Î', 'Ï':
		return 'i'
	case 'ó', 'ò', 'ô', 'ö', 'õ', 'Ó', 'Ò', 'Ô', 'Ö', 'Õ':
		return 'o'
	case 'ú', 'ù', 'û', 'ü', 'Ú', 'Ù', 'Û', 'Ü':
		return 'u'
	case 'ñ', 'Ñ':
		return 'n'
	case 'ç', 'Ç':
		return 'c'
	case '\u2019', '\u2018', '\u02bc':
		return '\''
	}
	return unicode.ToLower(r)
}

// foldString returns s folded rune by rune (see foldRune).
func foldString(s string) string {
	folded := true // (most strings: ASCII with no capital, folded already)
	for i := 0; i < len(s) && folded; i++ {
		folded = s[i] < 0x80 && (s[i] < 'A' || s[i] > 'Z')
	}
	if folded {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// isASCII reports whether s holds only ASCII bytes, which folding leaves
// as they are.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
