package tracker

import (
	"io"
	"strings"
)

// isStripped reports whether r is a terminal control character that
// output must not carry: C0 except newline and tab, DEL and C1 (ESC starts
// terminal escape sequences, BEL rings, CSI U+009B is a one-character ESC [).
func isStripped(r rune) bool {
	return (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f)
}

// StripControl removes terminal control characters (see isStripped) from
// s; text from sources goes through it before it is printed or posted.
func StripControl(s string) string {
	if strings.IndexFunc(s, isStripped) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isStripped(r) {
			return -1
		}
		return r
	}, s)
}

// controlFilter is an io.Writer that drops control characters from UTF-8
// text on its way to w, byte by byte (a C1 character is the two bytes
// C2 80–C2 9F, possibly split between writes).
type controlFilter struct {
	w         io.Writer
	pendingC2 bool
}

// NewControlFilter returns a writer that strips terminal control
// characters (as StripControl) from what is written through it.
func NewControlFilter(w io.Writer) io.Writer { return &controlFilter{w: w} }

// Write filters p and writes what is left; it reports len(p) on success.
func (f *controlFilter) Write(p []byte) (int, error) {
	out := make([]byte, 0, len(p)+1)
	for _, b := range p {
		if f.pendingC2 {
			f.pendingC2 = false
			if b >= 0x80 && b <= 0x9f {
				continue // a C1 control character
			}
			out = append(out, 0xC2)
		}
		switch {
		case b == 0xC2:
			f.pendingC2 = true
		case (b < 0x20 && b != '\n' && b != '\t') || b == 0x7f:
		default:
			out = append(out, b)
		}
	}
	if _, err := f.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
