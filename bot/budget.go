package bot

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// pace is the bot's global REST limiter with a gate: while closed (paused)
// no request leaves. Several instances share the bot token's global limit
// through SetGlobalRate (see ShareBudget).
type pace struct {
	lim    *rate.Limiter
	mu     sync.Mutex
	paused chan struct{} // non-nil while paused; closed when reopened
}

func newPace(perSecond float64, burst int, paused bool) *pace {
	p := &pace{lim: rate.NewLimiter(rate.Limit(perSecond), burst)}
	if paused {
		p.paused = make(chan struct{})
	}
	return p
}

// wait blocks until a request may go.
func (p *pace) wait(ctx context.Context) error {
	for {
		p.mu.Lock()
		ch := p.paused
		p.mu.Unlock()
		if ch == nil {
			return p.lim.Wait(ctx)
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// set changes the rate; perSecond <= 0 pauses.
func (p *pace) set(perSecond float64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if perSecond <= 0 {
		if p.paused == nil {
			p.paused = make(chan struct{})
		}
		return
	}
	p.lim.SetLimit(rate.Limit(perSecond))
	p.lim.SetBurst(1)
	if p.paused != nil {
		close(p.paused)
		p.paused = nil
	}
}

// SetGlobalRate changes the bot's global REST rate (requests per second,
// burst 1); zero or less pauses every REST request but interaction answers
// until a positive rate is set again.
func (b *Bot) SetGlobalRate(perSecond float64) { b.pace.set(perSecond) }

// SharedRate is one instance's part of a global rate of global requests
// per second (a burst of 1 each) when n instances share it: the n parts
// and their bursts together stay within what one instance alone may send
// in a second (global plus its burst of 1). One instance keeps global.
func SharedRate(global float64, n int) float64 {
	if n <= 1 {
		return global
	}
	return max((global+1-float64(n))/float64(n), 0.05)
}

// Roster records live instances in the shared store (storage.Store).
type Roster interface {
	Heartbeat(ctx context.Context, id string, now time.Time, ttl time.Duration) (int, error)
	LeaveInstances(ctx context.Context, id string, now time.Time) error
}

// Budget timing: an instance beats every BudgetBeat; one not seen for
// BudgetTTL is dead and its share goes to the others; a share read from
// the roster is used for at most budgetValid, after which the instance
// pauses until a beat succeeds; a newcomer (or an instance that was taken
// for dead) waits budgetValid before sending, by which time every other
// instance has counted it.
const (
	BudgetBeat  = time.Second
	BudgetTTL   = 4 * time.Second
	budgetValid = BudgetBeat + BudgetBeat/2
)

// ShareBudget keeps this instance's part of the bot token's global rate
// (global requests per second) up to date until ctx ends: it records id
// in roster every BudgetBeat and calls set with SharedRate(global, live
// instances), or 0 (pause) while the count is not known to be current.
// At the end it pauses, then leaves the roster. set is usually
// (*Bot).SetGlobalRate of a bot created with Options.Paused; onCount, when
// not nil, receives each count (for /healthz).
func ShareBudget(ctx context.Context, roster Roster, id string, global float64, set func(float64), onCount func(int)) {
	var (
		lastOK  time.Time // last successful beat
		joined  time.Time // when the current membership began
		pausing bool
	)
	defer func() {
		set(0)
		lctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		roster.LeaveInstances(lctx, id, time.Now())
	}()
	t := time.NewTicker(BudgetBeat / 4)
	defer t.Stop()
	var nextBeat time.Time
	for {
		now := time.Now()
		if !now.Before(nextBeat) {
			nextBeat = now.Add(BudgetBeat)
			bctx, cancel := context.WithTimeout(ctx, BudgetBeat)
			n, err := roster.Heartbeat(bctx, id, now, BudgetTTL)
			cancel()
			done := time.Now()
			if err == nil {
				if lastOK.IsZero() || done.Sub(lastOK) > BudgetTTL-BudgetBeat/2 {
					joined = now // the others may not have counted us: wait
				}
				lastOK = now
				if onCount != nil {
					onCount(n)
				}
				if now.Sub(joined) >= budgetValid {
					set(SharedRate(global, n))
					pausing = false
				} else {
					set(0)
					pausing = true
				}
			}
		}
		if !pausing && (lastOK.IsZero() || time.Since(lastOK) > budgetValid) {
			set(0)
			pausing = true
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
