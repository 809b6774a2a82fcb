package main

import (
	"context"
	"errors"
	"io"
	"sync"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// consoleSender prints outbox items for the console channel on standard
// output, one block each (see report.ConsoleBlock). Standard output carries
// nothing else. Edits cannot be shown on a terminal: they are acknowledged
// without output; the correction that caused them is printed as its own
// block.
type consoleSender struct {
	mu  sync.Mutex
	out io.Writer
}

// Local makes the deliverer print inside the transaction that marks the
// item delivered (see ingest.LocalSender).
func (c *consoleSender) Local() bool { return true }

// syncer is what *os.File has to flush to the terminal or pipe.
type syncer interface{ Sync() error }

// Deliver writes the item's block and flushes it; it returns "" (there is
// no message id on a console) or the write error.
func (c *consoleSender) Deliver(_ context.Context, it tracker.OutboxItem, _ *tracker.OutboxItem) (string, error) {
	if it.ChannelID != tracker.ConsoleChannel {
		return "", errors.New("console: item is not for the console channel")
	}
	if it.Op == tracker.OpEdit {
		return "", nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := io.WriteString(c.out, report.ConsoleBlock(it)); err != nil {
		return "", err
	}
	if s, ok := c.out.(syncer); ok {
		_ = s.Sync() // pipes and terminals do not support fsync; the write itself is unbuffered
	}
	return "", nil
}
