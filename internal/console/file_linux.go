//go:build linux

package console

import (
	"fmt"
	"io"
	"os"
	"syscall"
)

// regularOutput describes f when it is a regular file whose path can be
// found again after a crash; nil otherwise.
func regularOutput(f *os.File) *outputFile {
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	path, err := os.Readlink(fmt.Sprintf("/proc/self/fd/%d", f.Fd()))
	if err != nil {
		return nil
	}
	dev, ino, ok := fileID(f)
	if !ok {
		return nil
	}
	flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, f.Fd(), syscall.F_GETFL, 0)
	if errno != 0 {
		return nil
	}
	return &outputFile{f: f, path: path, dev: dev, ino: ino, appendOnly: flags&syscall.O_APPEND != 0}
}

// offset is where the next write to the file will land.
func (o *outputFile) offset() (int64, bool) {
	if o.appendOnly {
		fi, err := o.f.Stat()
		if err != nil {
			return 0, false
		}
		return fi.Size(), true
	}
	off, err := o.f.Seek(0, io.SeekCurrent)
	return off, err == nil
}

// fileID returns the device and inode of an open file.
func fileID(f *os.File) (dev, ino uint64, ok bool) {
	fi, err := f.Stat()
	if err != nil {
		return 0, 0, false
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, false
	}
	return uint64(st.Dev), uint64(st.Ino), true
}
