package bot_test

import (
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/internal/discordtest"
	"github.com/gapwatch/gapwatch/tracker"
)

// BenchmarkFanout measures alert delivery at scale: per iteration one new
// approved figure is fanned out to 1,000 subscribed channels and the
// outbox is drained through the Sender to the double, which enforces
// Discord's global limit of 50 requests per second. It reports the
// achieved rate (msgs/s), that rate as a share of the limit
// (share_of_limit; the bot's own limiter aims at 48.5/s, 0.97) and the 429s
// the double served. One iteration takes about 22 s: run it with
// -benchtime 1x.
func BenchmarkFanout(b *testing.B) {
	const channels, limit = 1000, 50
	ids := channelIDs(40000, channels)
	e := newEnv(b, ids, func(o *discordtest.Options) { o.GlobalPerSecond = limit })
	for _, ch := range ids {
		if err := e.store.SetAlerts(e.ctx, guildID, ch, metricID, true, "bench"); err != nil {
			b.Fatal(err)
		}
	}
	bt := e.startBot(nil)
	fo, d := e.fanout(), e.deliverer(bt)
	limitedBefore := e.srv.Stats().RateLimitedGlobal + e.srv.Stats().RateLimitedRoute

	var sent int
	var took time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		e.add(tracker.Confirmed, "Foro Penal", int64(56+i), "")
		b.StartTimer()
		start := time.Now()
		n, err := fo.Run(e.ctx)
		if err != nil {
			b.Fatal(err)
		}
		e.deliverAll(d, 5*time.Minute)
		took += time.Since(start)
		sent += n
	}
	b.StopTimer()
	st := e.srv.Stats()
	rate := float64(sent) / took.Seconds()
	b.ReportMetric(rate, "msgs/s")
	b.ReportMetric(rate/limit, "share_of_limit")
	b.ReportMetric(float64(st.RateLimitedGlobal+st.RateLimitedRoute-limitedBefore), "429s")
	b.ReportMetric(float64(sent)/float64(b.N), "alerts/op")
}
