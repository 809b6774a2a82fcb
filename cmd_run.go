package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime/debug"

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
	tf, err := a.readTrackerFile()
	if err != nil {
		return err
	}
	if exists, err := a.checkDBPath(); err != nil {
		return err
	} else if !exists {
		// A new database holds no catalog: check the file before creating it.
		if err := tf.parse(); err != nil {
			return err
		}
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
	rep, err := tf.sync(ctx, store)
	if err != nil {
		return stoppedDuringStart(ctx, err)
	}
	path := tf.path
	instance := instanceID(store)
	attrs := []any{"version", version(), "tracker_file", path, "database", a.dbName(), "dialect", store.Dialect()}
	if instance != "" { // several instances share PostgreSQL; SQLite serves one
		attrs = append(attrs, "instance", instance)
	}
	if rep == nil {
		attrs = append(attrs, "catalog", "unchanged")
	} else {
		attrs = append(attrs, "metrics", len(tf.catalog.Metrics), "sources", len(tf.catalog.Sources),
			"catalog_changes", len(rep.Added)+len(rep.Updated)+len(rep.Disabled))
	}
	log.Info("gapwatch starting", attrs...)
	if tf.catalog != nil {
		// The parsed file (hundreds of MB for 100,000 sources) is garbage
		// now: give its memory back instead of keeping it for the whole run.
		debug.FreeOSMemory()
	}

	// One wake-up channel per sender (console, Discord), made before anything can call wake.
	s := &service{cfg: cfg, catalogPath: path, store: store, log: log, now: a.now, instance: instance,
		pokes: []chan struct{}{make(chan struct{}, 1), make(chan struct{}, 1)}}
	return stoppedDuringStart(ctx, s.run(ctx, a))
}

// stoppedDuringStart returns nil for an error that only says the service
// was asked to stop (SIGINT, SIGTERM) while it was still starting or
// working: a stop is a clean exit, whenever it comes. Any other error is
// returned as it is.
func stoppedDuringStart(ctx context.Context, err error) error {
	if err != nil && ctx.Err() != nil && errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// instanceID names this process among the instances sharing a PostgreSQL
// database (host, process id and a random suffix, so a restarted process
// never inherits the leases of the one before); on SQLite, one instance,
// it is empty and no leases are taken.
func instanceID(store *storage.Store) string {
	if store.Dialect() != storage.Postgres {
		return ""
	}
	host, _ := os.Hostname()
	return fmt.Sprintf("%s-%d-%04x", host, os.Getpid(), rand.IntN(1<<16))
}
