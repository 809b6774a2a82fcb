package main

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// TestStoppedDuringStart: a stop asked for while the service starts is a
// clean exit; the same error without a stop, or another error, is not.
func TestStoppedDuringStart(t *testing.T) {
	stopped, cancel := context.WithCancel(context.Background())
	cancel()
	canceled := fmt.Errorf("storage: outbox: %w", context.Canceled)
	other := errors.New("storage: disk full")
	tests := []struct {
		name    string
		ctx     context.Context
		err     error
		wantNil bool
	}{
		{"stopped while starting", stopped, canceled, true},
		{"canceled without a stop", context.Background(), canceled, false},
		{"another error after a stop", stopped, other, false},
		{"no error", context.Background(), nil, true},
	}
	for _, tt := range tests {
		if got := stoppedDuringStart(tt.ctx, tt.err); (got == nil) != tt.wantNil {
			t.Errorf("%s: stoppedDuringStart = %v, want nil: %v", tt.name, got, tt.wantNil)
		}
	}
}
