package main

import (
	"github.com/annals-dev/annals/dict"
)

// loadDict returns the dictionaries named by --dict, or the built-in ones when none is named.
func loadDict(paths []string) (*dict.Dictionary, error) {
	if len(paths) == 0 {
		return dict.Builtin()
	}
	files, err := dict.ReadFiles(paths...)
	if err != nil {
		return nil, err
	}
	return dict.Load(files...)
}
