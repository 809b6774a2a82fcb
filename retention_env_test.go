package main

import (
	"testing"
	"time"
)

func TestRetentionSetting(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Duration
		wantErr bool
	}{
		{"", 90 * 24 * time.Hour, false},
		{"90d", 90 * 24 * time.Hour, false},
		{"30", 30 * 24 * time.Hour, false},
		{"2160h", 2160 * time.Hour, false},
		{"0d", 0, true},
		{"-5", 0, true},
		{"10m", 0, true},
		{"forever", 0, true},
	}
	for _, tc := range tests {
		got, err := envRetentionValue(tc.in)
		if (err != nil) != tc.wantErr || got != tc.want {
			t.Errorf("GAPWATCH_RETENTION=%q: %s, %v; want %s (error %v)", tc.in, got, err, tc.want, tc.wantErr)
		}
	}
}
