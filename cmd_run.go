package main

import (
	"context"

	"github.com/gapwatch/gapwatch/storage"
)

// cmdRun is the long-running service.
func (a *app) cmdRun(ctx context.Context, args []string) error {
	fs := a.newFlags("run")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs("run", pos, 0, 0); err != nil {
		return err
	}
	cfg, err := a.serviceEnv()
	if err != nil {
		return err
	}
	log := newLogger(a.stderr, cfg.LogFormat, cfg.LogLevel)
	catalog, path, err := a.loadCatalog()
	if err != nil {
		return err
	}
	store, created, err := a.openDB(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if store.Dialect() == storage.SQLite {
		// SQLite serves one instance: hold the file until the process ends
		// (the kernel drops the lock when it dies, so a restart after a
		// crash starts at once). CLI commands do not take it.
		lock, err := storage.LockFile(a.dbPath())
		if err != nil {
			return err
		}
		defer lock.Close()
	}
	if created {
		log.Info("created a new, empty database", "database", a.dbName())
	}
	rep, err := store.SyncCatalog(ctx, catalog)
	if err != nil {
		return err
	}
	log.Info("gapwatch starting", "version", version(), "tracker_file", path, "database", a.dbName(), "dialect", store.Dialect(),
		"metrics", len(catalog.Metrics), "sources", len(catalog.Sources), "catalog_changes", len(rep.Added)+len(rep.Updated)+len(rep.Disabled))

	// One wake-up channel per sender (console, Discord), made before anything can call wake.
	s := &service{cfg: cfg, catalogPath: path, store: store, log: log, now: a.now,
		pokes: []chan struct{}{make(chan struct{}, 1), make(chan struct{}, 1)}}
	return s.run(ctx, a)
}
