package sqlite

// SetMaxWalk sets the walk bound of Events for a test; the returned func
// restores it.
func SetMaxWalk(n int) (restore func()) {
	old := maxWalk
	maxWalk = n
	return func() { maxWalk = old }
}
