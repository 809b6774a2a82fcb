package bot

import (
	"context"
	"errors"
	"net"
	"net/url"
	"strings"
	"testing"
)

// TestTokensNeverInErrors feeds classify and scrub the errors a webhook or
// interaction call can fail with: the text never holds the token, and a
// timeout is still recognisable.
func TestTokensNeverInErrors(t *testing.T) {
	const token = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5OnNlY3JldA"
	timeout := &net.OpError{Op: "dial", Net: "tcp", Err: context.DeadlineExceeded}
	tests := []struct {
		name string
		err  error
	}{
		{"url error on a webhook", &url.Error{Op: "Post", URL: "https://discord.com/api/v9/webhooks/555/" + token, Err: timeout}},
		{"url error on a callback", &url.Error{Op: "Post", URL: "https://discord.com/api/v9/interactions/1/" + token + "/callback?x=1", Err: errors.New("connection reset by peer")}},
		{"wrapped url error", errors.Join(errors.New("discordgo"), &url.Error{Op: "Patch", URL: "https://discord.com/api/v9/webhooks/555/" + token + "/messages/@original", Err: timeout})},
		{"plain text", errors.New(`Post "https://discord.com/api/v9/webhooks/555/` + token + `": EOF`)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, err := range []error{classify(context.Background(), tc.err), scrub(tc.err, "follow-up")} {
				if strings.Contains(err.Error(), token) {
					t.Errorf("error text shows the token: %v", err)
				}
				var ue *url.Error
				if errors.As(err, &ue) {
					t.Errorf("a *url.Error (holding the URL) is still reachable: %v", ue)
				}
			}
		})
	}
	if err := classify(context.Background(), tests[0].err); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("classify(timeout) = %v; want it still to be a deadline error", err)
	}
}
