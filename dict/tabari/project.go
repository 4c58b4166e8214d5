package tabari

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Project is a TABARI .project file: the dictionaries a coding run uses.
// Paths are relative to the project file's directory, as TABARI opened them
// from its working directory, and are joined to it here.
type Project struct {
	Path string
	// Title is the first line, which TABARI ignored.
	Title   string
	Actors  []string // <actorsfile>, in order
	Agents  []string // <agentsfile>
	Verbs   []string // <verbsfile>
	Options string   // <optionsfile> (the last one given)
	Issues  []string // <issuesfile>
	// Discards are <discardsfile> entries: not a TABARI tag (TABARI kept
	// discards in the actors and verbs files as "[###]"); read for
	// projects that borrow PETRARCH's discard lists.
	Discards []string
	Faults   []Fault
}

// ReadProject reads a TABARI .project file.
func ReadProject(path string) (*Project, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read project: %w", err)
	}
	return ParseProject(path, data), nil
}

// ParseProject reads the contents of a .project file found at path.
//
// Like TABARI, it reads only lines beginning with '<'; the tag is told by
// its first letters (<actorsfile>, <agentsfile>, <verbsfile>,
// <optionsfile>, <issuesfile>) and its value runs from '>' to the next '<'
// or the end of the line. Other tags (<textfile>, <eventfile>, <coder>,
// <session ...>, ...) are ignored.
func ParseProject(path string, data []byte) *Project {
	p := &Project{Path: path}
	fs := &faults{file: path}
	dir := filepath.Dir(path)
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	for i, raw := range strings.Split(text, "\n") {
		n := i + 1
		t := strings.TrimSpace(raw)
		if i == 0 {
			p.Title = t
		}
		if t == "" || t[0] != '<' {
			continue
		}
		end := strings.IndexByte(t, '>')
		if end < 0 {
			fs.add(n, FaultSyntax, "tag %q has no closing '>': skipped, as TABARI skipped it", clip(t))
			continue
		}
		tag := strings.ToLower(strings.TrimSpace(t[1:end]))
		val := t[end+1:]
		if j := strings.IndexByte(val, '<'); j >= 0 {
			val = val[:j]
		}
		val = strings.TrimSpace(val)
		if strings.HasPrefix(tag, "se") || strings.HasPrefix(tag, "/") {
			continue // <session ...> and closing tags
		}
		file := func() (string, bool) {
			if val == "" {
				fs.add(n, FaultSyntax, "no file name after <%s>: skipped, as TABARI skipped it", tag)
				return "", false
			}
			if filepath.IsAbs(val) {
				return val, true
			}
			return filepath.Join(dir, val), true
		}
		switch {
		case strings.HasPrefix(tag, "ac"):
			if f, ok := file(); ok {
				p.Actors = append(p.Actors, f)
			}
		case strings.HasPrefix(tag, "ag"):
			if f, ok := file(); ok {
				p.Agents = append(p.Agents, f)
			}
		case strings.HasPrefix(tag, "v"):
			if f, ok := file(); ok {
				p.Verbs = append(p.Verbs, f)
			}
		case strings.HasPrefix(tag, "op"):
			if f, ok := file(); ok {
				p.Options = f
			}
		case strings.HasPrefix(tag, "i"):
			if f, ok := file(); ok {
				p.Issues = append(p.Issues, f)
			}
		case strings.HasPrefix(tag, "discard"):
			if f, ok := file(); ok {
				p.Discards = append(p.Discards, f)
			}
		}
	}
	p.Faults = fs.list
	return p
}

// Set is everything a project names, parsed.
type Set struct {
	Project *Project
	Actors  []*Actors
	Agents  []*Agents
	Verbs   []*Verbs
	Options *Options // nil when the project names none
}

// Load reads a project file and every actors, agents, verbs and options
// file it names. It fails only when a file cannot be read; faults in the
// files are in each parsed file (and in Set.Faults).
func Load(projectPath string) (*Set, error) {
	p, err := ReadProject(projectPath)
	if err != nil {
		return nil, err
	}
	s := &Set{Project: p}
	read := func(path string) ([]byte, error) {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("project %s: %w", projectPath, err)
		}
		return data, nil
	}
	for _, f := range p.Actors {
		data, err := read(f)
		if err != nil {
			return nil, err
		}
		s.Actors = append(s.Actors, ParseActors(f, data))
	}
	for _, f := range p.Agents {
		data, err := read(f)
		if err != nil {
			return nil, err
		}
		s.Agents = append(s.Agents, ParseAgents(f, data))
	}
	for _, f := range p.Verbs {
		data, err := read(f)
		if err != nil {
			return nil, err
		}
		s.Verbs = append(s.Verbs, ParseVerbs(f, data))
	}
	if p.Options != "" {
		data, err := read(p.Options)
		if err != nil {
			return nil, err
		}
		s.Options = ParseOptions(p.Options, data)
	}
	return s, nil
}

// Faults returns the faults of the project and of every file in it.
func (s *Set) Faults() []Fault {
	out := append([]Fault(nil), s.Project.Faults...)
	for _, a := range s.Actors {
		out = append(out, a.Faults...)
	}
	for _, a := range s.Agents {
		out = append(out, a.Faults...)
	}
	for _, v := range s.Verbs {
		out = append(out, v.Faults...)
	}
	if s.Options != nil {
		out = append(out, s.Options.Faults...)
	}
	return out
}
