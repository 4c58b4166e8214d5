package tabari

import "strings"

// Options is a TABARI .options file: coder settings, code labels and,
// since TABARI 0.8, synsets.
type Options struct {
	File string
	// Commands are the "NAME: ..." lines other than LABEL, in order:
	// COMPLEX, SET, DEFAULT, COMMA, FORWARD, OUTPUT, NONEVENTS, ...
	Commands []Command
	// Labels are the "LABEL: CODE=TEXT" lines.
	Labels  []Label
	Synsets []SynsetDef
	Tail    string
	Faults  []Fault
}

// Command is one option line.
type Command struct {
	Pos  Pos
	Name string // upper case, without the ':'
	Args string // the rest of the line as written
	// Items are the settings in Args: "VERBS[5] CONJ[4] EXPLAIN" gives
	// VERBS=5, CONJ=4, EXPLAIN; "ACTOR USAGE = TRUE" gives ACTOR USAGE=TRUE.
	Items   []Setting
	Comment string
}

// Setting is one name, with its value if it has one.
type Setting struct {
	Name, Value string
}

// Label names a code for TABARI's output: "LABEL: 041= Discuss by telephone".
type Label struct {
	Pos        Pos
	Code, Text string
}

// Get returns the value of the last SET (or other command's) setting name.
func (o *Options) Get(command, name string) (string, bool) {
	val, ok := "", false
	for _, c := range o.Commands {
		if !strings.EqualFold(c.Name, command) {
			continue
		}
		for _, it := range c.Items {
			if strings.EqualFold(it.Name, name) {
				val, ok = it.Value, true
			}
		}
	}
	return val, ok
}

// ParseOptions reads a TABARI .options file. Lines starting with "//" are
// comments; so is anything after ';'.
func ParseOptions(name string, data []byte) *Options {
	o := &Options{File: name}
	fs := &faults{file: name}
	lines, tail := splitLines(data, TABARI, fs, false)
	o.Tail = tail
	var syn *SynsetDef
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		pos := Pos{name, l.n}
		if strings.HasPrefix(t, "//") {
			continue
		}
		switch t[0] {
		case '&':
			first := strings.Fields(t)[0]
			s := SynsetDef{Pos: pos, Name: strings.TrimRight(first[1:], "_"), NoPlural: strings.HasSuffix(first, "_"), Comment: l.comment}
			o.Synsets = append(o.Synsets, s)
			syn = &o.Synsets[len(o.Synsets)-1]
			continue
		case '+':
			if syn == nil {
				fs.add(l.n, FaultOrphan, "synset member %q outside a synset: skipped", clip(t))
				continue
			}
			text := strings.TrimSpace(t[1:])
			el, _ := parsePattern(text, l.n, fs)
			syn.Members = append(syn.Members, Entry{Pos: pos, Phrase: Phrase{Text: text, Elems: el}, Comment: l.comment})
			continue
		}
		syn = nil
		cmd, args, ok := strings.Cut(t, ":")
		cmd = strings.ToUpper(strings.TrimSpace(cmd))
		if !ok || cmd == "" || strings.ContainsAny(cmd, "[]=") {
			fs.add(l.n, FaultSyntax, "%q is not NAME: ARGS: skipped", clip(t))
			continue
		}
		args = strings.TrimSpace(args)
		if cmd == "LABEL" {
			code, text, ok := strings.Cut(args, "=")
			if !ok {
				fs.add(l.n, FaultSyntax, "label %q is not CODE=TEXT: skipped", clip(args))
				continue
			}
			o.Labels = append(o.Labels, Label{Pos: pos, Code: strings.TrimSpace(code), Text: strings.TrimSpace(text)})
			continue
		}
		o.Commands = append(o.Commands, Command{Pos: pos, Name: cmd, Args: args, Items: settings(cmd, args), Comment: l.comment})
	}
	o.Faults = fs.list
	return o
}

// settings reads "NAME = VALUE", a SET flag ("CODE BY CLAUSE"), or a list
// of "NAME[VALUE]" and "NAME" items.
func settings(cmd, args string) []Setting {
	if name, val, ok := strings.Cut(args, "="); ok {
		return []Setting{{Name: strings.Join(strings.Fields(name), " "), Value: strings.TrimSpace(val)}}
	}
	if cmd == "SET" {
		return []Setting{{Name: strings.Join(strings.Fields(args), " ")}}
	}
	var out []Setting
	for _, f := range strings.Fields(args) {
		s := Setting{Name: f}
		if i := strings.IndexByte(f, '['); i > 0 && strings.HasSuffix(f, "]") {
			s.Name, s.Value = f[:i], f[i+1:len(f)-1]
		}
		out = append(out, s)
	}
	return out
}
