package bot

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/bwmarrin/discordgo"
)

// SetLibraryLogger sends discordgo's own log lines (it logs errors such as
// an event it could not decode) to l instead of the standard logger, with
// component=discordgo. discordgo's logger is global: call this once at
// startup, before any Bot opens (discordgo reads it without a lock). The bot keeps discordgo at its error
// level, where no line carries the token.
func SetLibraryLogger(l *slog.Logger) {
	if l == nil {
		return
	}
	l = l.With("component", "discordgo")
	discordgo.Logger = func(msgL, _ int, format string, a ...any) {
		level := slog.LevelDebug
		switch msgL {
		case discordgo.LogError:
			level = slog.LevelError
		case discordgo.LogWarning:
			level = slog.LevelWarn
		case discordgo.LogInformational:
			level = slog.LevelInfo
		}
		l.Log(context.Background(), level, "discordgo: "+oneLine(fmt.Sprintf(format, a...), 500))
	}
}
