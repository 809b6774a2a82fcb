// Package console delivers outbox items for the console channel on standard
// output, one block each, and settles after a crash what was printed.
package console

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// Sender prints outbox items for the console channel on standard
// output, one block each (see report.ConsoleBlock). Standard output carries
// nothing else. Edits cannot be shown on a terminal: they are acknowledged
// without output; the correction that caused them is printed as its own
// block.
//
// So that a crash (kill -9) neither loses nor repeats a message: when
// standard output is a regular file, the file and offset of each block are
// recorded in the store before it is written, and on start the blocks
// found there are marked delivered (Reconcile); otherwise (a pipe, a
// terminal) each block is written inside the transaction that marks it
// delivered (Local), which leaves only the instant of the commit.
type Sender struct {
	mu    sync.Mutex
	out   io.Writer
	file  *outputFile // nil unless out is a regular file
	marks Marker
}

// Marker records where a block is about to be written (the store's outbox).
type Marker interface {
	SetLocalMark(ctx context.Context, id int64, mark string) error
}

// outputFile identifies the regular file standard output writes to.
type outputFile struct {
	f          *os.File
	path       string
	dev, ino   uint64
	appendOnly bool
}

// NewSender returns a sender that writes to out (standard output in the
// service) and records its marks with marks.
func NewSender(out io.Writer, marks Marker) *Sender {
	c := &Sender{out: out, marks: marks}
	if f, ok := out.(*os.File); ok {
		c.file = regularOutput(f)
	}
	return c
}

// Local makes the deliverer print inside the transaction that marks the
// item delivered when the output is not a file it can check after a crash.
func (c *Sender) Local() bool { return c.file == nil }

// Deliver writes the item's block; it returns "" (there is no message id
// on a console) or the error that kept it from being written.
func (c *Sender) Deliver(ctx context.Context, it tracker.OutboxItem, _ *tracker.OutboxItem) (string, error) {
	if it.ChannelID != tracker.ConsoleChannel {
		return "", errors.New("console: item is not for the console channel")
	}
	if it.Op == tracker.OpEdit {
		return "", nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.file != nil {
		if off, ok := c.file.offset(); ok {
			mark := fmt.Sprintf("file|%d|%d|%d|%s", c.file.dev, c.file.ino, off, c.file.path)
			if err := c.marks.SetLocalMark(context.WithoutCancel(ctx), it.ID, mark); err != nil {
				return "", err
			}
		}
	}
	if _, err := io.WriteString(c.out, report.ConsoleBlock(it)); err != nil {
		return "", err
	}
	return "", nil
}

// Marks is what reconciling needs from the store.
type Marks interface {
	LocallyMarked(ctx context.Context, scope tracker.OutboxScope) ([]tracker.OutboxItem, error)
	SetLocalMark(ctx context.Context, id int64, mark string) error
	MarkDelivered(ctx context.Context, id int64, messageID string, at time.Time) error
}

// Reconcile settles the console items whose write was recorded but
// not confirmed before a crash: an item whose block is found in the output
// file at the recorded offset was printed and is marked delivered; any
// other is printed again.
func Reconcile(ctx context.Context, s Marks, now time.Time, log *slog.Logger) error {
	items, err := s.LocallyMarked(ctx, tracker.ConsoleOnly)
	if err != nil {
		return err
	}
	for _, it := range items {
		if printedAt(it) {
			log.Info("console message was printed before a crash; not printing it again", "key", it.Key)
			if err := s.MarkDelivered(ctx, it.ID, "", now); err != nil {
				return err
			}
			continue
		}
		if err := s.SetLocalMark(ctx, it.ID, ""); err != nil {
			return err
		}
	}
	return nil
}

// printedAt reports whether the item's block header stands at the offset
// of the file its mark names (the same file: same device and inode).
func printedAt(it tracker.OutboxItem) bool {
	parts := strings.SplitN(it.LocalMark, "|", 5)
	if len(parts) != 5 || parts[0] != "file" {
		return false
	}
	dev, err1 := strconv.ParseUint(parts[1], 10, 64)
	ino, err2 := strconv.ParseUint(parts[2], 10, 64)
	off, err3 := strconv.ParseInt(parts[3], 10, 64)
	if err1 != nil || err2 != nil || err3 != nil {
		return false
	}
	f, err := os.Open(parts[4])
	if err != nil {
		return false
	}
	defer f.Close()
	if d, i, ok := fileID(f); !ok || d != dev || i != ino {
		return false
	}
	block := report.ConsoleBlock(it)
	head := block[:strings.IndexByte(block, '\n')+1]
	buf := make([]byte, len(head))
	if _, err := f.ReadAt(buf, off); err != nil {
		return false
	}
	return string(buf) == head
}
