package news

import (
	"errors"
	"fmt"
)

// Error codes. They map to exit codes in cmd and to HTTP status in
// internal/web, each in exactly one place.
const (
	EInternal = "internal"  // infrastructure failure
	EInvalid  = "invalid"   // bad input: a file that cannot be read as an article
	ENotFound = "not_found" // no such article, entity or event
	ETooLarge = "too_large" // input over a size limit
	EConflict = "conflict"  // e.g. merging an entity into itself
	EAuth     = "unauthorized"
)

// Error is chancery's domain error: a code for programs, a message for people.
type Error struct {
	Code    string
	Op      string // what was being done, e.g. "read"
	Path    string // file (and line) concerned, if any
	Message string
	Err     error // underlying cause, if any
}

func (e *Error) Error() string {
	s := ""
	if e.Path != "" {
		s = e.Path + ": "
	}
	if e.Op != "" {
		s += e.Op + ": "
	}
	if e.Message != "" {
		s += e.Message
	} else if e.Err != nil {
		s += e.Err.Error()
	} else {
		s += e.Code
	}
	if e.Message != "" && e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EInternal
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the human message of err.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
