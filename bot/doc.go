// Package bot is gapwatch's Discord side: one discordgo session
// (github.com/bwmarrin/discordgo v0.29.0) on the gateway with the guilds
// intent only, the one bulk overwrite of the slash commands, the
// interaction router (type checked first, panics recovered), and the
// outbox Sender that posts and edits alerts, digests and notices.
//
// REST calls go to Options.APIURL (https://discord.com, a REST proxy or a
// test double) through the session's HTTP client; the gateway address is
// what that origin's /api/v9/gateway answers. The bot reconnects by itself
// and watches close codes: a refused token (HTTP 401, close 4004) is
// reported as ErrTokenRefused, from Open or later on Fatal, instead of
// being retried forever.
//
// Deliveries keep discordgo's per-route rate limiter and add a global one
// (48.5 requests per second by default, under Discord's 50); every post
// carries a nonce derived from the outbox key with enforce_nonce, so a
// retry never posts twice, and allowed_mentions with an empty parse list,
// so nothing the bot sends can ping.
package bot
