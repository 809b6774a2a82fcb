package storage

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// ErrInUse says that another process holds the SQLite database.
var ErrInUse = errors.New("storage: the database is in use by another gapwatch run")

// LockFile takes an exclusive operating-system lock (flock) on the SQLite
// file at path, for as long as the returned file stays open: the kernel
// releases it when the process ends, however it ends. A second holder is
// refused at once with an error wrapping ErrInUse that says why. The
// file must stay open while the store is open (closing another
// descriptor of the file would drop SQLite's own POSIX locks), so close it
// after the store.
func LockFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, fmt.Errorf("storage: lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: another `gapwatch run` is using %s; SQLite serves one instance (stop the other one, or use a PostgreSQL database in GAPWATCH_DB for several instances)", ErrInUse, path)
		}
		return nil, fmt.Errorf("storage: lock %s: %w", path, err)
	}
	return f, nil
}
