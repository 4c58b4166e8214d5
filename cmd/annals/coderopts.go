package main

import (
	"github.com/annals-dev/annals/coder"
	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/geo"
)

// newCoder returns the coder every command uses: the dictionaries, and the
// built-in gazetteer for event locations.
func newCoder(d *dict.Dictionary) (*coder.Coder, error) {
	g, err := geo.Builtin()
	if err != nil {
		return nil, err
	}
	return coder.New(d).WithPlaces(g), nil
}
