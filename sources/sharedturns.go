package sources

import (
	"context"
	"log/slog"
	"time"
)

// SharedTurns hands out turns at a key to every fetcher that shares it,
// whatever process it runs in (storage.Store implements it on the
// instances' database). The fetcher's keys are "host:" and the host name.
type SharedTurns interface {
	// Turn reserves the next turn at key, gap after the one before, and
	// returns how long to wait for it; when key is cooling down it takes
	// no turn and returns how long the cool-down still lasts.
	Turn(ctx context.Context, key string, gap time.Duration) (wait, cooling time.Duration, err error)
	// CoolDown holds back every turn at key for d.
	CoolDown(ctx context.Context, key string, d time.Duration) error
}

// hostTurnKey is the SharedTurns key of a host.
func hostTurnKey(host string) string { return "host:" + host }

// waitTurn waits for host's turn. It returns how long the host still asked
// to be left alone (Retry-After, here or in another instance), with no
// turn taken, or the context's error when it ended first. With shared
// turns that fail, it falls back to this process's spacing.
func (f *Fetcher) waitTurn(ctx context.Context, host string) (cooling time.Duration, err error) {
	if wait := f.spacer.coolingFor(host); wait > 0 {
		return wait, nil
	}
	if f.shared == nil || f.opts.HostSpacing <= 0 {
		return 0, f.spacer.wait(ctx, host)
	}
	wait, cooling, err := f.shared.Turn(ctx, hostTurnKey(host), f.opts.HostSpacing)
	if err != nil {
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		f.log.LogAttrs(ctx, slog.LevelWarn, "shared host turns unavailable; spacing this host in this process only",
			slog.String("host", host), slog.String("error", err.Error()))
		return 0, f.spacer.wait(ctx, host)
	}
	if cooling > 0 {
		return cooling, nil
	}
	return 0, sleepCtx(ctx, wait)
}

// touch counts a request to host that did not wait for its turn (a
// redirect hop), so the next request there waits.
func (f *Fetcher) touch(ctx context.Context, host string) {
	f.spacer.touch(host)
	if f.shared != nil && f.opts.HostSpacing > 0 {
		if _, _, err := f.shared.Turn(ctx, hostTurnKey(host), f.opts.HostSpacing); err != nil && ctx.Err() == nil {
			f.log.LogAttrs(ctx, slog.LevelWarn, "shared host turns unavailable", slog.String("host", host), slog.String("error", err.Error()))
		}
	}
}

// coolDown leaves host alone for d (its Retry-After), in this process and,
// with shared turns, in every instance.
func (f *Fetcher) coolDown(ctx context.Context, host string, d time.Duration) {
	f.spacer.coolDown(host, d)
	if f.shared != nil {
		if err := f.shared.CoolDown(context.WithoutCancel(ctx), hostTurnKey(host), d); err != nil {
			f.log.LogAttrs(ctx, slog.LevelWarn, "shared host turns unavailable; Retry-After kept in this process only",
				slog.String("host", host), slog.String("error", err.Error()))
		}
	}
}

// sleepCtx waits d, or until ctx ends (its error); it returns nil at once
// for d <= 0.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
