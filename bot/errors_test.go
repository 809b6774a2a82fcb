package bot

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

func restError(status int, header http.Header, body string) *discordgo.RESTError {
	req, _ := http.NewRequest("POST", "https://discord.com/api/v9/channels/1/messages", nil)
	req.Header.Set("Authorization", "Bot secret")
	if header == nil {
		header = http.Header{}
	}
	resp := &http.Response{StatusCode: status, Status: fmt.Sprintf("%d %s", status, http.StatusText(status)), Header: header}
	re := &discordgo.RESTError{Request: req, Response: resp, ResponseBody: []byte(body)}
	var msg discordgo.APIErrorMessage
	if err := discordgo.Unmarshal([]byte(body), &msg); err == nil {
		re.Message = &msg
	}
	return re
}

func TestClassify(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name          string
		err           error
		wantRetry     bool
		wantAfter     time.Duration
		wantRefused   bool
		wantAPIStatus int
		wantAPICode   int
	}{
		{"401", restError(401, nil, `{"message":"401: Unauthorized","code":0}`), false, 0, true, 0, 0},
		{"close 4004", fmt.Errorf("open: %w", &websocket.CloseError{Code: 4004, Text: "Authentication failed."}), false, 0, true, 0, 0},
		{"429", &discordgo.RateLimitError{RateLimit: &discordgo.RateLimit{TooManyRequests: &discordgo.TooManyRequests{RetryAfter: 1500 * time.Millisecond}}}, true, 1500 * time.Millisecond, false, 429, 0},
		{"500", restError(500, nil, `{"message":"500: Internal Server Error","code":0}`), true, 0, false, 500, 0},
		{"503 with Retry-After", restError(503, http.Header{"Retry-After": {"7"}}, `oops`), true, 7 * time.Second, false, 503, 0},
		{"404 unknown channel", restError(404, nil, `{"message":"Unknown Channel","code":10003}`), false, 0, false, 404, 10003},
		{"network", errors.New("dial tcp 127.0.0.1:1: connect: connection refused"), true, 0, false, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := classify(ctx, tc.err)
			if got := errors.Is(err, ErrTokenRefused); got != tc.wantRefused {
				t.Errorf("refused = %v, want %v (%v)", got, tc.wantRefused, err)
			}
			var re *RetryableError
			if got := errors.As(err, &re); got != tc.wantRetry {
				t.Fatalf("retryable = %v, want %v (%v)", got, tc.wantRetry, err)
			}
			if re != nil && re.RetryAfter() != tc.wantAfter {
				t.Errorf("RetryAfter = %s, want %s", re.RetryAfter(), tc.wantAfter)
			}
			var api *APIError
			if errors.As(err, &api) != (tc.wantAPIStatus != 0) || api != nil && (api.Status != tc.wantAPIStatus || api.Code != tc.wantAPICode) {
				t.Errorf("APIError = %+v, want status %d code %d", api, tc.wantAPIStatus, tc.wantAPICode)
			}
			var leaked *discordgo.RESTError
			if errors.As(err, &leaked) || strings.Contains(fmt.Sprintf("%+v", err), "secret") {
				t.Errorf("the request (and its token) is reachable from %v", err)
			}
		})
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := classify(cctx, fmt.Errorf("post: %w", context.Canceled)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
