package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/scheduler"
	"github.com/gapwatch/gapwatch/sources"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
	"github.com/gapwatch/gapwatch/trackerfile"
)

// The defaults of the tracker file and database locations.
const (
	defaultConfig       = "gapwatch.yaml"
	fallbackConfig      = "examples/venezuela.yaml"
	defaultDB           = "gapwatch.db"
	defaultDiscordAPI   = "https://discord.com"
	defaultHTTPAddr     = "127.0.0.1:8080"
	defaultFetchWorkers = 8
	defaultNoticeAfter  = 5
	defaultMaxBackoff   = 6 * time.Hour
	defaultDigestGrace  = time.Hour
	defaultRetention    = 90 * 24 * time.Hour
	defaultLogFormat    = "text"
	defaultLogLevel     = "info"
	envConfig           = "GAPWATCH_CONFIG"
	envDB               = "GAPWATCH_DB"
	envDBFile           = "GAPWATCH_DB_FILE"
	envToken            = "DISCORD_TOKEN"
	envDiscordAPI       = "DISCORD_API_URL"
	envDevGuild         = "GAPWATCH_DEV_GUILD"
	envModGuilds        = "GAPWATCH_MOD_GUILDS"
	envModRole          = "GAPWATCH_MOD_ROLE"
	envModChannel       = "GAPWATCH_MOD_CHANNEL"
	envFetchWorkers     = "GAPWATCH_FETCH_WORKERS"
	envHostSpacing      = "GAPWATCH_HOST_SPACING"
	envFetchTimeout     = "GAPWATCH_FETCH_TIMEOUT"
	envNoticeAfter      = "GAPWATCH_FAILURE_NOTICE_AFTER"
	envMaxBackoff       = "GAPWATCH_MAX_BACKOFF"
	envDigestGrace      = "GAPWATCH_DIGEST_GRACE"
	envRetention        = "GAPWATCH_RETENTION"
	envSnapshotDays     = "GAPWATCH_SNAPSHOT_DAYS"
	envHTTPAddr         = "GAPWATCH_HTTP_ADDR"
	envPublicURL        = "GAPWATCH_PUBLIC_URL"
	envPublicName       = "GAPWATCH_PUBLIC_NAME"
	envLogFormat        = "GAPWATCH_LOG_FORMAT"
	envLogLevel         = "GAPWATCH_LOG_LEVEL"
	envShardCount       = "GAPWATCH_SHARD_COUNT"
	envShardIDs         = "GAPWATCH_SHARD_IDS"
	maxShardCount       = 1 << 14
)

// configPath returns the tracker file to read: --config, then
// $GAPWATCH_CONFIG, then ./gapwatch.yaml when it exists, then the bundled
// example. It returns a usage error when none of them exists.
func (a *app) configPath() (string, error) {
	if a.configFlag != "" {
		return a.configFlag, nil
	}
	if p := a.getenv(envConfig); p != "" {
		return p, nil
	}
	for _, p := range []string{defaultConfig, fallbackConfig} {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", usagef("no tracker file: create ./%s (see %s), or pass --config FILE or set %s", defaultConfig, fallbackConfig, envConfig)
}

// dbSetting names where the database path came from, for messages.
func (a *app) dbSetting() string {
	switch {
	case a.dbFlag != "":
		return "--db"
	case a.getenv(envDB) != "":
		return envDB
	case a.getenv(envDBFile) != "":
		return envDBFile
	}
	return "the default database path"
}

// checkDBPath makes sure the database file can be created where it is
// asked for without creating directories: a directory that does not exist
// is a usage error naming it (the file's directory, or its first missing
// ancestor). It reports whether the file exists already.
func (a *app) checkDBPath() (exists bool, err error) {
	path := a.dbPath()
	if storage.IsPostgresURL(path) {
		return true, nil // PostgreSQL: the database exists or Open says why not
	}
	if st, err := os.Stat(path); err == nil {
		if st.IsDir() {
			return false, usagef("the database %s (%s) is a directory: give a file name such as %s", path, a.dbSetting(), filepath.Join(path, defaultDB))
		}
		return true, nil
	}
	dir := filepath.Dir(path)
	missing := ""
	for d := dir; ; d = filepath.Dir(d) {
		st, err := os.Stat(d)
		if err == nil {
			if !st.IsDir() {
				return false, usagef("cannot create the database %s (%s): %s is not a directory", path, a.dbSetting(), d)
			}
			break
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return false, usagef("cannot create the database %s (%s): %v", path, a.dbSetting(), err)
		}
		missing = d
		if filepath.Dir(d) == d {
			break
		}
	}
	if missing != "" {
		return false, usagef("directory %s does not exist, so the database %s (%s) cannot be created; create it (mkdir -p %s) or give another path",
			missing, path, a.dbSetting(), dir)
	}
	return false, nil
}

// openDB opens the database after checkDBPath; it reports whether the file
// was created by this call.
func (a *app) openDB(ctx context.Context) (*storage.Store, bool, error) {
	exists, err := a.checkDBPath()
	if err != nil {
		return nil, false, err
	}
	s, err := storage.Open(ctx, a.dbPath(), storage.WithClock(a.now))
	if err != nil {
		return nil, false, err
	}
	return s, !exists, nil
}

// dbPath returns --db, then $GAPWATCH_DB, then the content of the file
// $GAPWATCH_DB_FILE names (a secret mounted by an orchestrator), then
// ./gapwatch.db: an SQLite file or a postgres:// URL. It may hold a
// password: print dbName instead.
func (a *app) dbPath() string {
	if a.dbFlag != "" {
		return a.dbFlag
	}
	if p := a.getenv(envDB); p != "" {
		return p
	}
	if f := a.getenv(envDBFile); f != "" {
		if b, err := os.ReadFile(f); err == nil && strings.TrimSpace(string(b)) != "" {
			return strings.TrimSpace(string(b))
		}
	}
	return defaultDB
}

// dbName is the database for messages: its path, or its URL without the
// password.
func (a *app) dbName() string { return storage.Redact(a.dbPath()) }

// loadCatalog reads and checks the tracker file. A missing file is a
// usage error naming it; problems in it are a *trackerfile.Error.
func (a *app) loadCatalog() (tracker.Catalog, string, error) {
	path, err := a.configPath()
	if err != nil {
		return tracker.Catalog{}, "", err
	}
	c, err := loadTrackerFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return tracker.Catalog{}, path, usagef("tracker file %s does not exist", path)
	}
	return c, path, err
}

// loadTrackerFile reads and checks the tracker file at path, cron specs
// with the scheduler and figures: selectors with the sources' own code.
func loadTrackerFile(path string) (tracker.Catalog, error) {
	return trackerChecks().Load(path)
}

// parseTrackerFile checks the contents of the tracker file at path as
// loadTrackerFile does.
func parseTrackerFile(path string, data []byte) (tracker.Catalog, error) {
	return trackerChecks().Parse(path, data)
}

func trackerChecks() trackerfile.Checks {
	return trackerfile.Checks{Next: scheduler.NextTime, FieldRule: sources.ValidateFieldRule}
}

// openStore reads the tracker file, opens the database and brings it in
// line with the file (see trackerFile.sync). The caller closes the store.
func (a *app) openStore(ctx context.Context) (*storage.Store, error) {
	s, o, err := a.openSynced(ctx)
	if err == nil && o.created {
		fmt.Fprintf(a.stderr, "gapwatch: created a new, empty database %s\n", a.dbName())
	}
	return s, err
}

// opened says what openSynced did.
type opened struct {
	path    string              // the tracker file
	created bool                // the database file was created
	report  *tracker.SyncReport // nil: the store already held this file
}

// openSynced is openStore that also says which tracker file it read,
// whether it created the database and what the sync changed.
func (a *app) openSynced(ctx context.Context) (*storage.Store, opened, error) {
	tf, err := a.readTrackerFile()
	o := opened{path: tf.path}
	if err != nil {
		return nil, o, err
	}
	exists, err := a.checkDBPath()
	if err != nil {
		return nil, o, err
	}
	if !exists {
		// A new database holds no catalog: check the file before creating it.
		if err := tf.parse(); err != nil {
			return nil, o, err
		}
	}
	s, created, err := a.openDB(ctx)
	if err != nil {
		return nil, o, err
	}
	o.created = created
	if o.report, err = tf.sync(ctx, s); err != nil {
		s.Close()
		return nil, o, err
	}
	return s, o, nil
}

// trackerFile is the tracker file's content hash and, once parsed, the
// catalog it holds.
type trackerFile struct {
	path    string
	hash    string
	catalog *tracker.Catalog
}

// readTrackerFile hashes the tracker file without parsing it. A missing
// file is a usage error naming it.
func (a *app) readTrackerFile() (trackerFile, error) {
	path, err := a.configPath()
	if err != nil {
		return trackerFile{}, err
	}
	return readTrackerFileAt(path)
}

// readTrackerFileAt hashes the tracker file at path, streaming it (a file
// of 100,000 sources is 25 MB: it is not held in memory unless it must be
// parsed). A missing file is a usage error naming it.
func readTrackerFileAt(path string) (trackerFile, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return trackerFile{path: path}, usagef("tracker file %s does not exist", path)
	}
	if err != nil {
		return trackerFile{path: path}, fmt.Errorf("tracker file %s: %w", path, err)
	}
	defer f.Close()
	h := newTrackerHash()
	if _, err := io.Copy(h, f); err != nil {
		return trackerFile{path: path}, fmt.Errorf("tracker file %s: %w", path, err)
	}
	return trackerFile{path: path, hash: hex.EncodeToString(h.Sum(nil))}, nil
}

// newTrackerHash starts a tracker file's hash; it covers the program's
// version too, so a new version with new checks reads an unchanged file
// again once.
func newTrackerHash() hash.Hash {
	h := sha256.New()
	h.Write([]byte(version() + "\x00"))
	return h
}

// parse reads and checks the file and keeps its catalog; it returns a
// *trackerfile.Error listing every problem. The hash becomes that of the
// bytes parsed, should the file have changed since it was hashed.
func (tf *trackerFile) parse() error {
	if tf.catalog != nil {
		return nil
	}
	data, err := os.ReadFile(tf.path)
	if errors.Is(err, fs.ErrNotExist) {
		return usagef("tracker file %s does not exist", tf.path)
	}
	if err != nil {
		return fmt.Errorf("tracker file %s: %w", tf.path, err)
	}
	h := newTrackerHash()
	h.Write(data)
	c, err := parseTrackerFile(tf.path, data)
	if err != nil {
		return err
	}
	tf.hash, tf.catalog = hex.EncodeToString(h.Sum(nil)), &c
	return nil
}

// sync brings the store in line with the file. When the store already
// holds this very file (same content hash) it neither parses nor syncs
// and returns a nil report: a start or a command with an unchanged file
// costs one query, however many sources it lists. Otherwise it parses the
// file (a broken file is returned as a *trackerfile.Error and the store is
// left as it was) and syncs it, recording the hash.
func (tf *trackerFile) sync(ctx context.Context, s *storage.Store) (*tracker.SyncReport, error) {
	stored, err := s.CatalogHash(ctx)
	if err != nil {
		return nil, err
	}
	if stored == tf.hash {
		return nil, nil
	}
	if err := tf.parse(); err != nil {
		return nil, err
	}
	rep, err := s.SyncCatalogHash(ctx, *tf.catalog, tf.hash)
	if err != nil {
		return nil, err
	}
	return &rep, nil
}

// serviceConfig is the environment of `gapwatch run`.
type serviceConfig struct {
	Token        string // never logged or printed
	DiscordAPI   string
	DevGuild     string
	ModGuilds    []string
	ModRole      string
	ModChannel   string
	FetchWorkers int
	HostSpacing  time.Duration
	FetchTimeout time.Duration
	NoticeAfter  int
	MaxBackoff   time.Duration
	DigestGrace  time.Duration
	Retention    time.Duration
	// SnapshotDays: unreferenced snapshots older than this many days are
	// removed; 0 keeps every snapshot forever.
	SnapshotDays int
	HTTPAddr     string
	PublicURL    string
	PublicName   string // the publisher named in ClaimReview markup; "" is web.DefaultPublicName
	LogFormat    string
	LogLevel     string
	// ShardCount is the gateway's number of shards (1: unsharded) and
	// ShardIDs the ones this instance opens (default all). With
	// ShardAuto (GAPWATCH_SHARD_COUNT=auto) both are settled at start from
	// Discord's recommendation (resolveShards), ShardIDsSpec being
	// GAPWATCH_SHARD_IDS as given.
	ShardCount   int
	ShardIDs     []int
	ShardAuto    bool
	ShardIDsSpec string
}

// serviceEnv reads the service's environment; it returns a usage error
// naming the first variable whose value is wrong.
func (a *app) serviceEnv() (serviceConfig, error) {
	c := serviceConfig{
		Token:      strings.TrimSpace(a.getenv(envToken)),
		DiscordAPI: strings.TrimRight(envOr(a.getenv, envDiscordAPI, defaultDiscordAPI), "/"),
		DevGuild:   strings.TrimSpace(a.getenv(envDevGuild)),
		ModRole:    strings.TrimSpace(a.getenv(envModRole)),
		ModChannel: strings.TrimSpace(a.getenv(envModChannel)),
		PublicURL:  strings.TrimRight(strings.TrimSpace(a.getenv(envPublicURL)), "/"),
		PublicName: strings.TrimSpace(a.getenv(envPublicName)),
		LogFormat:  envOr(a.getenv, envLogFormat, defaultLogFormat),
		LogLevel:   envOr(a.getenv, envLogLevel, defaultLogLevel),
	}
	if strings.HasPrefix(c.Token, "Bot ") {
		c.Token = strings.TrimSpace(strings.TrimPrefix(c.Token, "Bot "))
	}
	for _, g := range strings.Split(a.getenv(envModGuilds), ",") {
		if g = strings.TrimSpace(g); g != "" {
			c.ModGuilds = append(c.ModGuilds, g)
		}
	}
	c.HTTPAddr = defaultHTTPAddr
	if addr, set := a.lookupEnv(envHTTPAddr); set {
		c.HTTPAddr = strings.TrimSpace(addr) // empty disables the web server
	}
	var err error
	if c.FetchWorkers, err = envInt(a.getenv, envFetchWorkers, defaultFetchWorkers); err != nil {
		return c, err
	}
	if c.HostSpacing, err = envDuration(a.getenv, envHostSpacing, sources.DefaultHostSpacing); err != nil {
		return c, err
	}
	if c.FetchTimeout, err = envDuration(a.getenv, envFetchTimeout, sources.DefaultTimeout); err != nil {
		return c, err
	}
	if c.NoticeAfter, err = envInt(a.getenv, envNoticeAfter, defaultNoticeAfter); err != nil {
		return c, err
	}
	if c.MaxBackoff, err = envDuration(a.getenv, envMaxBackoff, defaultMaxBackoff); err != nil {
		return c, err
	}
	if c.DigestGrace, err = envDuration(a.getenv, envDigestGrace, defaultDigestGrace); err != nil {
		return c, err
	}
	if c.Retention, err = envRetentionValue(a.getenv(envRetention)); err != nil {
		return c, err
	}
	if c.SnapshotDays, err = envSnapshotDaysValue(a.getenv(envSnapshotDays)); err != nil {
		return c, err
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		return c, usagef("%s=%q: use text or json", envLogFormat, c.LogFormat)
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return c, usagef("%s=%q: use debug, info, warn or error", envLogLevel, c.LogLevel)
	}
	if !strings.HasPrefix(c.DiscordAPI, "http://") && !strings.HasPrefix(c.DiscordAPI, "https://") {
		return c, usagef("%s=%q: give an origin such as https://discord.com", envDiscordAPI, c.DiscordAPI)
	}
	c.ShardIDsSpec = strings.TrimSpace(a.getenv(envShardIDs))
	if strings.EqualFold(strings.TrimSpace(a.getenv(envShardCount)), shardCountAuto) {
		// The count comes from Discord at start; the ids are checked
		// against it then, their form now.
		c.ShardAuto = true
		if _, _, err := parseShards(strconv.Itoa(maxShardCount), c.ShardIDsSpec); err != nil {
			return c, err
		}
		return c, nil
	}
	if c.ShardCount, c.ShardIDs, err = parseShards(a.getenv(envShardCount), c.ShardIDsSpec); err != nil {
		return c, err
	}
	return c, nil
}

// shardCountAuto, as GAPWATCH_SHARD_COUNT, takes Discord's recommended
// shard count from GET /gateway/bot.
const shardCountAuto = "auto"

// resolveShards settles the shards of GAPWATCH_SHARD_COUNT=auto once
// Discord recommended count shards: every shard, or those of
// GAPWATCH_SHARD_IDS, which must then lie within 0..count-1 (a usage
// error naming both otherwise).
func resolveShards(count int, idsSpec string) (int, []int, error) {
	n, ids, err := parseShards(strconv.Itoa(count), idsSpec)
	if err != nil {
		return 0, nil, usagef("%s=auto: Discord recommends %d shards: %v", envShardCount, count, err)
	}
	return n, ids, nil
}

// parseShards reads GAPWATCH_SHARD_COUNT (default 1) and GAPWATCH_SHARD_IDS
// (a list of ids and ranges such as "0,1" or "0-3,6"; default all).
func parseShards(countVal, idsVal string) (int, []int, error) {
	countVal, idsVal = strings.TrimSpace(countVal), strings.TrimSpace(idsVal)
	count := 1
	if countVal != "" {
		n, err := strconv.Atoi(countVal)
		if err != nil || n < 1 || n > maxShardCount {
			return 0, nil, usagef("%s=%q: give the number of gateway shards, a whole number from 1 to %d, or auto (Discord's recommendation)", envShardCount, countVal, maxShardCount)
		}
		count = n
	}
	if idsVal == "" {
		ids := make([]int, count)
		for i := range ids {
			ids[i] = i
		}
		return count, ids, nil
	}
	if countVal == "" {
		return 0, nil, usagef("%s=%q needs %s (the total number of shards of the bot)", envShardIDs, idsVal, envShardCount)
	}
	seen := map[int]bool{}
	var ids []int
	for _, part := range strings.Split(idsVal, ",") {
		part = strings.TrimSpace(part)
		lo, hi, isRange := strings.Cut(part, "-")
		if !isRange {
			hi = lo
		}
		a, errA := strconv.Atoi(strings.TrimSpace(lo))
		b, errB := strconv.Atoi(strings.TrimSpace(hi))
		if part == "" || errA != nil || errB != nil || a > b {
			return 0, nil, usagef("%s=%q: %q is not a shard id or range; give ids and ranges such as 0,1 or 0-3", envShardIDs, idsVal, part)
		}
		if a < 0 || b >= count {
			return 0, nil, usagef("%s=%q: shard %q is outside 0..%d (%s=%d)", envShardIDs, idsVal, part, count-1, envShardCount, count)
		}
		for i := a; i <= b; i++ {
			if seen[i] {
				return 0, nil, usagef("%s=%q: shard %d is listed twice", envShardIDs, idsVal, i)
			}
			seen[i] = true
			ids = append(ids, i)
		}
	}
	slices.Sort(ids)
	return count, ids, nil
}

func envOr(getenv func(string) string, name, def string) string {
	if v := strings.TrimSpace(getenv(name)); v != "" {
		return v
	}
	return def
}

func envInt(getenv func(string) string, name string, def int) (int, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, usagef("%s=%q: give a whole number of at least 1", name, v)
	}
	return n, nil
}

func envDuration(getenv func(string) string, name string, def time.Duration) (time.Duration, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, usagef("%s=%q: give a positive duration such as 6h or 90m", name, v)
	}
	return d, nil
}

// envRetentionValue reads GAPWATCH_RETENTION: a number of days ("90",
// "90d") or a Go duration ("2160h"); empty means 90 days.
func envRetentionValue(v string) (time.Duration, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return defaultRetention, nil
	}
	if n, err := strconv.Atoi(strings.TrimSuffix(v, "d")); err == nil {
		if n < 1 {
			return 0, usagef("%s=%q: give a number of days (90d) or a duration (2160h) of at least a day", envRetention, v)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < time.Hour {
		return 0, usagef("%s=%q: give a number of days (90d) or a duration (2160h) of at least an hour", envRetention, v)
	}
	return d, nil
}

// envSnapshotDaysValue reads GAPWATCH_SNAPSHOT_DAYS: empty keeps snapshots
// forever (0); otherwise a positive whole number of days. Anything else is
// a usage error naming the variable.
func envSnapshotDaysValue(v string) (int, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, usagef("%s=%q: give a positive whole number of days (e.g. 365), or leave it empty to keep snapshots forever", envSnapshotDays, v)
	}
	return n, nil
}

// currentUser is the default author of changes made from the command line.
func currentUser(getenv func(string) string) string {
	if u := getenv("USER"); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "cli"
}
