package ingest

// SetMaxLine lowers the longest line ReadJSONL accepts, so that tests need
// not build 64 MiB lines, and returns a function that restores it.
func SetMaxLine(n int) (restore func()) {
	old := maxLine
	maxLine = n
	return func() { maxLine = old }
}

// SetMaxInput lowers the most bytes ReadFeed, ReadHTML and ReadWARC keep in
// memory for one input, and returns a function that restores it.
func SetMaxInput(n int) (restore func()) {
	old := maxInput
	maxInput = n
	return func() { maxInput = old }
}
