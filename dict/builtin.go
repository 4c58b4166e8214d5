package dict

import (
	"embed"
	"io/fs"
	"os"
	"path"
	"sort"
	"sync"
)

//go:embed builtin/*.txt
var builtinFS embed.FS

// BuiltinFiles returns the embedded dictionary files, sorted by name.
func BuiltinFiles() []File {
	names, _ := fs.Glob(builtinFS, "builtin/*.txt")
	sort.Strings(names)
	files := make([]File, 0, len(names))
	for _, n := range names {
		data, _ := builtinFS.ReadFile(n)
		files = append(files, File{Name: "builtin/" + path.Base(n), Data: data})
	}
	return files
}

var (
	builtinOnce sync.Once
	builtin     *Dictionary
	builtinErr  error
)

// Builtin returns the dictionaries embedded in the binary, compiled once.
func Builtin() (*Dictionary, error) {
	builtinOnce.Do(func() { builtin, builtinErr = Load(BuiltinFiles()...) })
	return builtin, builtinErr
}

// ReadFiles reads dictionary files from disk.
func ReadFiles(paths ...string) ([]File, error) {
	files := make([]File, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		files = append(files, File{Name: p, Data: data})
	}
	return files, nil
}
