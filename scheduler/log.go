package scheduler

import (
	"context"
	"log/slog"

	"github.com/robfig/cron/v3"
)

// cronLogger adapts a *slog.Logger to cron.Logger. cron reports routine
// events through Info; they are logged at infoLevel. Messages cron is known to
// emit are reworded, and its "entry" key becomes "job_id" (the value is the
// job's ID).
type cronLogger struct {
	l         *slog.Logger
	infoLevel slog.Level
}

var _ cron.Logger = cronLogger{}

// cronMessages rewords the messages robfig/cron v3 logs.
var cronMessages = map[string]string{
	"panic":    "scheduler: job panicked",
	"skip":     "scheduler: run skipped, previous run still in progress",
	"delay":    "scheduler: run delayed, previous run still in progress",
	"start":    "scheduler: cron loop started",
	"stop":     "scheduler: cron loop stopped",
	"wake":     "scheduler: cron loop woke up",
	"schedule": "scheduler: job scheduled",
	"run":      "scheduler: job run started",
	"added":    "scheduler: job added",
	"removed":  "scheduler: job removed",
}

func (c cronLogger) Info(msg string, keysAndValues ...any) {
	c.log(c.infoLevel, msg, keysAndValues)
}

func (c cronLogger) Error(err error, msg string, keysAndValues ...any) {
	c.log(slog.LevelError, msg, append([]any{"error", err}, keysAndValues...))
}

func (c cronLogger) log(level slog.Level, msg string, kv []any) {
	ctx := context.Background()
	if !c.l.Enabled(ctx, level) {
		return
	}
	if m, ok := cronMessages[msg]; ok {
		msg = m
	} else {
		msg = "scheduler: cron: " + msg
	}
	args := make([]any, len(kv))
	copy(args, kv)
	for i := 0; i+1 < len(args); i += 2 {
		if args[i] == "entry" {
			args[i] = "job_id"
		}
	}
	c.l.Log(ctx, level, msg, args...)
}
