package discordtest_test

import (
	"fmt"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestChannelMessagesList reads a channel's messages with discordgo's own
// ChannelMessages: newest first, limited, paged with before, 404 for an unknown channel.
func TestChannelMessagesList(t *testing.T) {
	srv := newDouble(t, nil)
	dg := newSession(t, srv, srv.Options().Token)
	var ids []string
	for i := range 5 {
		m, err := dg.ChannelMessageSendComplex(alerts, &discordgo.MessageSend{Content: fmt.Sprint("m", i), AllowedMentions: noMentions()})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, m.ID)
	}
	got, err := dg.ChannelMessages(alerts, 3, "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].ID != ids[4] || got[2].ID != ids[2] {
		t.Fatalf("newest 3 = %v; want %v newest first", idsOf(got), ids[2:])
	}
	older, err := dg.ChannelMessages(alerts, 50, ids[2], "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(older) != 2 || older[0].ID != ids[1] || older[1].ID != ids[0] {
		t.Errorf("before %s = %v; want %v", ids[2], idsOf(older), []string{ids[1], ids[0]})
	}
	_, err = dg.ChannelMessages("999999", 10, "", "", "")
	if status, code := restCode(err); status != 404 || code != 10003 {
		t.Errorf("unknown channel: %d %d (%v); want 404 10003", status, code, err)
	}
}

func idsOf(ms []*discordgo.Message) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.ID)
	}
	return out
}
