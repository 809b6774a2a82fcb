package bot

import (
	"encoding/json"
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

func TestNonceIsStableShortAndDistinct(t *testing.T) {
	keys := []string{"alert:fig1:c1:111", "alert:fig1:c1:112", "edit:5:c9", "", "flags:" + string(make([]byte, 500))}
	seen := map[string]string{}
	for _, k := range keys {
		n := Nonce(k)
		if len(n) == 0 || len(n) > maxNonce {
			t.Errorf("Nonce(%q) = %q: %d characters", k, n, len(n))
		}
		if n != Nonce(k) {
			t.Errorf("Nonce(%q) is not stable", k)
		}
		if other, dup := seen[n]; dup {
			t.Errorf("keys %q and %q share nonce %s", k, other, n)
		}
		seen[n] = k
	}
}

// TestPayloadShape checks the JSON every post carries: the nonce with
// enforce_nonce, allowed_mentions with an empty parse list, and a reply's
// message_reference that does not fail when the message is gone.
func TestPayloadShape(t *testing.T) {
	p := &messagePayload{
		Embeds: embedsOf(tracker.Message{Kind: tracker.KindCorrection, Title: "Correction: 56 → 72"}), AllowedMentions: noMentions(),
		Nonce: Nonce("correction:1:c2"), EnforceNonce: true,
		MessageReference: &messageReference{MessageID: "42", ChannelID: "301"},
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"allowed_mentions":  `{"parse":[]}`,
		"enforce_nonce":     `true`,
		"nonce":             `"` + Nonce("correction:1:c2") + `"`,
		"message_reference": `{"message_id":"42","channel_id":"301","fail_if_not_exists":false}`,
	}
	for k, v := range want {
		if string(got[k]) != v {
			t.Errorf("%s = %s, want %s", k, got[k], v)
		}
	}
	if _, ok := got["content"]; ok {
		t.Errorf("content sent: %s", got["content"])
	}
}
