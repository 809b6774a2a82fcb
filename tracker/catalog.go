package tracker

// Catalog is what the operator declares in the tracker file: the metrics,
// the actors, the sources and the console subscriptions. The store is
// brought in line with it on start and on reload.
type Catalog struct {
	Metrics       []Metric
	Actors        []Actor
	Sources       []Source
	Subscriptions []Subscription
}

// SyncReport says what bringing the store in line with a catalog changed.
type SyncReport struct {
	Added, Updated, Disabled []string // "metric foo", "source bar", …
}

// Changed reports whether the sync changed anything.
func (r SyncReport) Changed() bool {
	return len(r.Added)+len(r.Updated)+len(r.Disabled) > 0
}
