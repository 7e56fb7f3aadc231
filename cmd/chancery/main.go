// Command chancery turns news articles into a database of political and
// diplomatic events. main only handles signals and the exit code; Main does
// the work and is what the end-to-end tests call.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	os.Exit(m.Run(ctx, os.Args[1:]))
}
