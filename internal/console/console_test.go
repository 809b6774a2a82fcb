package console

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// fakeMarks is the store's outbox as the console sees it: a struct of
// recorded calls.
type fakeMarks struct {
	marks     map[int64]string
	delivered []int64
	items     []tracker.OutboxItem // what LocallyMarked returns
}

func newFakeMarks() *fakeMarks { return &fakeMarks{marks: map[int64]string{}} }

func (f *fakeMarks) SetLocalMark(_ context.Context, id int64, mark string) error {
	f.marks[id] = mark
	return nil
}

func (f *fakeMarks) LocallyMarked(context.Context, tracker.OutboxScope) ([]tracker.OutboxItem, error) {
	return f.items, nil
}

func (f *fakeMarks) MarkDelivered(_ context.Context, id int64, _ string, _ time.Time) error {
	f.delivered = append(f.delivered, id)
	return nil
}

func item(id int64, key string) tracker.OutboxItem {
	return tracker.OutboxItem{ID: id, Key: key, Kind: tracker.KindAlert, ChannelID: tracker.ConsoleChannel, Op: tracker.OpPost,
		Message: tracker.Message{Title: "Confirmed: 56 — Releases", Description: "Foro Penal confirmed 56 people."}}
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestDeliverToAPipePrintsOneBlockInTheTransaction(t *testing.T) {
	var out bytes.Buffer
	marks := newFakeMarks()
	s := NewSender(&out, marks)
	if !s.Local() {
		t.Error("Local() = false for a buffer, want true: print inside the delivering transaction")
	}
	it := item(1, "alert:fig1:c1:console")
	if id, err := s.Deliver(context.Background(), it, nil); err != nil || id != "" {
		t.Fatalf("Deliver = %q, %v; want \"\", nil", id, err)
	}
	if got, want := out.String(), report.ConsoleBlock(it); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	if len(marks.marks) != 0 {
		t.Errorf("marks = %v, want none without an output file", marks.marks)
	}
}

func TestDeliverRefusesOtherChannelsAndSkipsEdits(t *testing.T) {
	var out bytes.Buffer
	s := NewSender(&out, newFakeMarks())
	other := item(1, "k")
	other.ChannelID = "123"
	if _, err := s.Deliver(context.Background(), other, nil); err == nil {
		t.Error("Deliver to a Discord channel = nil, want an error")
	}
	edit := item(2, "edit")
	edit.Op = tracker.OpEdit
	if _, err := s.Deliver(context.Background(), edit, nil); err != nil {
		t.Errorf("Deliver of an edit = %v, want nil", err)
	}
	if out.Len() != 0 {
		t.Errorf("printed %q, want nothing", out.String())
	}
}

// To a regular file, the offset of each block is recorded before it is
// written; after a crash, Reconcile marks delivered the blocks found at
// their offsets and releases the others to be printed again.
func TestFileMarksAndReconcile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	marks := newFakeMarks()
	s := NewSender(f, marks)
	if s.Local() {
		t.Skip("no output file is recognised on this system")
	}
	a, b := item(1, "alert:a"), item(2, "alert:b")
	for _, it := range []tracker.OutboxItem{a, b} {
		if _, err := s.Deliver(context.Background(), it, nil); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.Contains(marks.marks[1], "|0|") || !strings.Contains(marks.marks[2], "|"+strconv.Itoa(len(report.ConsoleBlock(a)))+"|") {
		t.Fatalf("marks = %v, want offsets 0 and %d", marks.marks, len(report.ConsoleBlock(a)))
	}

	// Item 3 was marked but never written (the crash came first); item 4's
	// mark is not one the console writes.
	c := item(3, "alert:c")
	c.LocalMark = strings.Replace(marks.marks[2], "|"+strconv.Itoa(len(report.ConsoleBlock(a)))+"|", "|"+strconv.Itoa(len(report.ConsoleBlock(a))+len(report.ConsoleBlock(b)))+"|", 1)
	d := item(4, "alert:d")
	d.LocalMark = "garbage"
	a.LocalMark, b.LocalMark = marks.marks[1], marks.marks[2]
	marks.items = []tracker.OutboxItem{a, b, c, d}
	if err := Reconcile(context.Background(), marks, time.Now(), quiet); err != nil {
		t.Fatal(err)
	}
	if got := marks.delivered; len(got) != 2 || got[0] != 1 || got[1] != 2 {
		t.Errorf("delivered = %v, want [1 2]", got)
	}
	if m, ok := marks.marks[3]; !ok || m != "" {
		t.Errorf("item 3's mark = %q (set %v), want cleared so it is printed again", m, ok)
	}
	if m, ok := marks.marks[4]; !ok || m != "" {
		t.Errorf("item 4's mark = %q (set %v), want cleared", m, ok)
	}
}

func TestPrintedAtNeedsTheSameFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	marks := newFakeMarks()
	s := NewSender(f, marks)
	if s.Local() {
		t.Skip("no output file is recognised on this system")
	}
	it := item(1, "alert:a")
	if _, err := s.Deliver(context.Background(), it, nil); err != nil {
		t.Fatal(err)
	}
	f.Close()
	it.LocalMark = marks.marks[1]
	if !printedAt(it) {
		t.Fatal("printedAt = false for the block just written")
	}
	// The file replaced by another with the same content: another inode.
	data, _ := os.ReadFile(path)
	if err := os.WriteFile(path+".new", data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+".new", path); err != nil {
		t.Fatal(err)
	}
	if printedAt(it) {
		t.Error("printedAt = true in a different file at the same path")
	}
}
