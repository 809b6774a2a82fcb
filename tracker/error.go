package tracker

import (
	"errors"
	"fmt"
)

// Code classifies a domain error so callers can decide how to present it:
// the command line maps it to an exit status, Discord handlers to an
// ephemeral message, the web server to an HTTP status.
type Code string

// The error codes. Invalid, NotFound, Conflict and Unauthorized are caused by
// the user and their message is safe to show; Internal hides its detail.
const (
	Invalid      Code = "invalid"
	NotFound     Code = "not_found"
	Conflict     Code = "conflict"
	Unauthorized Code = "unauthorized"
	Internal     Code = "internal"
)

// Error is a domain error with a code and a message meant for the user.
// Err, when set, is the underlying cause (kept for logs, not shown).
type Error struct {
	Code    Code
	Message string
	Err     error
}

// Error returns the message, followed by the cause when there is one.
func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the cause, or nil.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, Internal for
// any other non-nil error, and "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// ErrorMessage returns the user-facing message of the first *Error in err's
// chain (without its cause), or "internal error" when err is not a domain
// error or is an Internal one, so that details never leak to users.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Code != Internal {
		return e.Message
	}
	return "internal error"
}
