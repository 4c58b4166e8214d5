package annals

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to an exit status in cmd/annals and, later, an HTTP status.
const (
	EINVALID  = "invalid"  // the input is malformed
	ENOTFOUND = "notfound" // a named thing does not exist
	EINTERNAL = "internal" // a bug or an unexpected failure
)

// Error is a domain error: a code a program can act on and a message a person can read.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}
