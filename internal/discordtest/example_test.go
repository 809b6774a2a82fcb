package discordtest_test

import (
	"context"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/gapwatch/gapwatch/internal/discordtest"
)

// Example wires a real discordgo session to the double, injects a slash
// command and reads the bot's answer.
func Example() {
	srv, err := discordtest.New(discordtest.Options{
		Token:         "test-token",
		ApplicationID: "555",
		Guilds: []discordtest.Guild{{
			ID: "100", OwnerID: "900",
			Members:  []discordtest.Member{{UserID: "901", Username: "alice"}},
			Channels: []discordtest.Channel{{ID: "300", Name: "general"}},
		}},
	})
	if err != nil {
		panic(err)
	}
	defer srv.Close()

	dg, _ := discordgo.New("Bot test-token")
	dg.Client = srv.HTTPClient()    // REST goes to the double
	dg.Dialer = &websocket.Dialer{} // never the package default
	dg.Identify.Intents = discordgo.IntentsGuilds
	dg.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) {
		_ = s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{
				Content:         "pong",
				AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
			},
		})
	})
	if err := dg.Open(); err != nil {
		panic(err)
	}
	defer func() {
		dg.Lock()
		dg.ShouldReconnectOnError = false
		dg.Unlock()
		_ = dg.Close()
	}()

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	in, err := srv.SlashCommand(ctx, "100", "300", "901", "ping")
	if err != nil {
		panic(err)
	}
	resp, err := in.WaitResponse(ctx)
	if err != nil {
		panic(err)
	}
	_ = resp.Content // "pong"
	_ = srv.Pings()  // empty: nothing would have notified anyone
}
