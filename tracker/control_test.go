package tracker_test

import (
	"bytes"
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

func TestStripControl(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text\nwith\ttab", "plain text\nwith\ttab"},
		{"\x1b[2J\x1b]0;pwned\x07title", "[2J]0;pwnedtitle"},
		{"bell\x07 del\x7f cr\r nul\x00", "bell del cr nul"},
		{"csi\u009b31m red \u0085next", "csi31m red next"},
		{"café ¡sí! ©", "café ¡sí! ©"},
	}
	for _, tc := range tests {
		if got := tracker.StripControl(tc.in); got != tc.want {
			t.Errorf("StripControl(%q) = %q, want %q", tc.in, got, tc.want)
		}
		var b bytes.Buffer
		w := tracker.NewControlFilter(&b)
		// Byte by byte: a C1 character split between writes is caught too.
		for i := range len(tc.in) {
			w.Write([]byte{tc.in[i]})
		}
		if got := b.String(); got != tc.want {
			t.Errorf("filtered writer on %q = %q, want %q", tc.in, got, tc.want)
		}
	}
}
