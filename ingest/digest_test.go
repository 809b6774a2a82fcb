package ingest_test

import (
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/ingest"
	"github.com/gapwatch/gapwatch/scheduler"
	"github.com/gapwatch/gapwatch/tracker"
)

func (e *env) digester() *ingest.Digester {
	d := ingest.NewDigester(e.store, e.msgs, scheduler.NextTime)
	d.Now, d.ModChannel = e.clock.Now, "999"
	return d
}

func (e *env) digests() []tracker.OutboxItem {
	var out []tracker.OutboxItem
	for _, it := range e.pending() {
		if it.Kind == tracker.KindDigest {
			out = append(out, it)
		}
	}
	return out
}

func TestDigestScheduleGraceAndNoRepeat(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			tests := []struct {
				name     string
				downFor  time.Duration // service down from just before the due time
				wantSent bool
			}{
				{"on time", 0, true},
				{"late within the grace", 50 * time.Minute, true},
				{"late beyond the grace", 61 * time.Minute, false},
				{"missed days ago, today's within the grace", 72*time.Hour + 30*time.Minute, true},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					e := newEnv(t)
					// 09:00 in Caracas is 13:00 UTC; the clock starts at 10:00 UTC.
					next, _ := scheduler.NextTime("0 9 * * *", "America/Caracas", e.clock.Now())
					if err := e.store.SetDigest(e.ctx, "g1", "222", tracker.AllMetrics, "0 9 * * *", "America/Caracas", "ana", next); err != nil {
						t.Fatal(err)
					}
					d := e.digester()
					if n, _ := d.RunDue(e.ctx); n != 0 {
						t.Fatalf("digest sent before it was due")
					}
					e.clock.Add(next.Sub(e.clock.Now()) + tt.downFor)
					n, err := d.RunDue(e.ctx)
					if err != nil {
						t.Fatal(err)
					}
					if got := n == 1; got != tt.wantSent {
						t.Fatalf("sent = %v, want %v", got, tt.wantSent)
					}
					// Never repeated, however often the job runs.
					d.RunDue(e.ctx)
					d.RunDue(e.ctx)
					if got := len(e.digests()); got != n {
						t.Errorf("digests in outbox = %d, want %d", got, n)
					}
					st, _ := e.store.DigestState(e.ctx, "222")
					if !st.NextDue.After(e.clock.Now()) || st.NextDue.UTC().Hour() != 13 {
						t.Errorf("next due = %v, want tomorrow 13:00 UTC", st.NextDue)
					}
				})
			}
		})
	}
}

func TestDigestSaysWhatChanged(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			e := newEnv(t)
			conf := e.add(tracker.Confirmed, "Foro Penal", 56)
			e.add(tracker.Claimed, "gobierno", 400)
			d := e.digester()
			if _, err := d.SendNow(e.ctx, "g1", "999"); err != nil {
				t.Fatal(err)
			}
			first := e.digests()
			if len(first) != 1 {
				t.Fatalf("digests = %d", len(first))
			}
			text := fieldText(first[0].Message)
			for _, want := range []string{"Confirmed: **56 people** — Foro Penal", "Gap: claimed is 344 above confirmed", "Foro Penal confirmed **56 people**", "Waiting for review: 0 figures"} {
				if !strings.Contains(text, want) {
					t.Errorf("first digest lacks %q:\n%s", want, text)
				}
			}
			e.deliverAll()
			e.clock.Add(24 * time.Hour)
			if _, err := e.store.ApplyChange(e.ctx, tracker.Change{FigureID: conf.ID, Action: tracker.ActionCorrect, Value: 72, Reason: "recount", By: "ana"}); err != nil {
				t.Fatal(err)
			}
			if _, err := d.SendNow(e.ctx, "g1", "999"); err != nil {
				t.Fatal(err)
			}
			second := e.digests()
			if len(second) != 1 {
				t.Fatalf("digests = %d", len(second))
			}
			text = fieldText(second[0].Message)
			for _, want := range []string{"Since the last digest: confirmed 56 → 72, claimed 400 unchanged, gap 344 → 328", "figure: ~~56~~ → **72 people** (corrected)"} {
				if !strings.Contains(text, want) {
					t.Errorf("second digest lacks %q:\n%s", want, text)
				}
			}
			if strings.Contains(text, "confirmed **56 people** (") {
				t.Errorf("second digest repeats figures from the first:\n%s", text)
			}
		})
	}
}

func fieldText(m tracker.Message) string {
	var b strings.Builder
	b.WriteString(m.Title + "\n" + m.Description + "\n")
	for _, f := range m.Fields {
		b.WriteString(f.Name + ": " + f.Value + "\n")
	}
	return b.String()
}
