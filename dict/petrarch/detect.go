package petrarch

import (
	"strings"

	"github.com/annals-dev/annals/dict/tabari"
)

// Format is a dictionary format, as Detect tells it from a file's content.
type Format uint8

// The formats Detect knows: TABARI's, PETRARCH's and the Phoenix set's.
const (
	Unknown         Format = iota // not a dictionary this package reads
	TabariProject                 // TABARI .project
	TabariVerbs                   // TABARI .verbs (also the first PETRARCH's validation verbs)
	TabariActors                  // TABARI .actors: ';' comments
	TabariAgents                  // TABARI .agents
	TabariOptions                 // TABARI .options
	Verbs1                        // PETRARCH-1 verbs: CAMEO.verbpatterns.*.txt
	Verbs2                        // PETRARCH-2 verbs: CAMEO.2.0.txt
	PhoenixActors                 // PETRARCH/Phoenix actors: TABARI's format, PETRARCH's comments
	PhoenixAgents                 // PETRARCH/Phoenix agents
	PhoenixDiscards               // discard list
	PhoenixIssues                 // issues: <ISSUE CATEGORY=...> sections
	WordList                      // a plain word list: Phoenix.prepositions.txt
	ConfigFile                    // PETR_config.ini
	OntologyFile                  // PETRARCH-2's internal coding ontology (PICO)
)

var formatNames = [...]string{
	"unknown", "tabari-project", "tabari-verbs", "tabari-actors", "tabari-agents",
	"tabari-options", "petrarch1-verbs", "petrarch2-verbs", "phoenix-actors",
	"phoenix-agents", "phoenix-discards", "phoenix-issues", "word-list",
	"petrarch-config", "petrarch-ontology",
}

// String names the format.
func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "format?"
}

// Detect tells the format of a dictionary file from its content (not its
// name, which is often misleading: TABARI-Code's "discards.txt" is a
// spreadsheet of events). It reads the whole file but decides on simple
// line shapes: tags, option commands, block headers, bracketed codes.
func Detect(data []byte) Format {
	var c struct {
		lines, hashAfter, xml, semi                 int
		ini, iniKeys, project, issue, option, pico  int
		header, pattern, paren, nounPhrase, tilde   int
		alt, coded, agentCode, subst, dateLine, tsv int
		synonym, plain, lowerWord, json             int
	}
	s := string(data)
	if t := strings.TrimSpace(s); strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[{") || strings.HasPrefix(t, "[\"") {
		return Unknown
	}
	for _, raw := range strings.Split(s, "\n") {
		raw = strings.TrimRight(raw, "\r")
		t := strings.TrimSpace(raw)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "<!") {
			c.xml++
			continue
		}
		if t[0] == '#' || strings.HasPrefix(t, "//") {
			continue
		}
		if hashComment(t) {
			c.hashAfter++
		}
		if strings.Contains(t, ";") {
			c.semi++
		}
		c.lines++
		if strings.Count(raw, "\t") >= 3 && !strings.Contains(t, "[") {
			c.tsv++
		}
		switch {
		case t[0] == '[' && strings.HasSuffix(t, "]") && !strings.ContainsAny(t[1:len(t)-1], " []") && !isUpperCode(t[1:len(t)-1]):
			c.ini++
		case strings.Contains(t, "=") && !strings.Contains(t, "[") && !strings.Contains(t, "!") && !strings.Contains(t, ":") && strings.Count(t, "=") == 1:
			c.iniKeys++
		}
		if t[0] == '<' {
			tag := strings.ToLower(strings.Trim(strings.Fields(t)[0], "<>"))
			switch {
			case strings.HasSuffix(tag, "file") || tag == "coder" || tag == "session":
				c.project++
			case tag == "issue":
				c.issue++
			}
			continue
		}
		if cmd, rest, ok := strings.Cut(t, ":"); ok {
			switch strings.ToUpper(strings.TrimSpace(cmd)) {
			case "COMPLEX", "SET", "LABEL", "OUTPUT", "FORWARD", "DEFAULT", "COMMA", "NONEVENTS":
				c.option++
				continue
			}
			if isDigits(cmd) && strings.HasPrefix(strings.ToLower(strings.TrimSpace(rest)), "0x") {
				c.pico++
				continue
			}
		}
		switch {
		case strings.HasPrefix(t, "---") && len(t) > 3 && t[3] != '-':
			c.header++
			continue
		case t[0] == '-' && strings.Contains(t, "["):
			c.pattern++
			body := t[1:strings.IndexByte(t, '[')]
			if strings.Contains(body, "(") {
				c.paren++
			}
			if strings.Contains(body, "{") {
				if strings.Contains(body, "|") {
					c.alt++
				} else {
					c.nounPhrase++
				}
			}
			continue
		case t[0] == '~' && strings.Contains(t, "="):
			c.tilde++
			continue
		case t[0] == '!' && strings.Contains(t, "="):
			c.subst++
			continue
		case t[0] == '+':
			c.synonym++
		}
		if i := strings.IndexByte(t, '['); i >= 0 {
			j := strings.IndexAny(t[i:], "]}")
			code := t[i+1:]
			if j > 0 {
				code = t[i+1 : i+j]
			}
			code = strings.TrimSpace(code)
			if i == 0 {
				c.dateLine++
			}
			c.coded++
			if strings.HasPrefix(code, "~") || strings.HasSuffix(strings.Fields(code + " x")[0], "~") {
				c.agentCode++
			}
			continue
		}
		c.plain++
		if f := strings.Fields(t); len(f) == 1 && strings.ToLower(f[0]) == f[0] {
			c.lowerWord++
		}
	}
	syntax := detectSyntax(c.xml, c.hashAfter, c.semi)
	switch {
	case c.lines == 0:
		return Unknown
	case c.ini > 0 && c.iniKeys >= c.lines/2:
		return ConfigFile
	case c.project > 0 && c.project*2 >= c.lines-1:
		return TabariProject
	case c.issue > 0:
		return PhoenixIssues
	case c.option > 0 && c.option*2 >= c.lines:
		return TabariOptions
	case c.pico > 0 && c.pico*2 >= c.lines:
		return OntologyFile
	case c.header > 0 && c.pattern+c.header > 0:
		if c.tilde > 0 || c.paren+c.nounPhrase > c.alt {
			return Verbs2
		}
		return Verbs1
	case c.pattern > 0 && c.pattern*5 >= c.lines:
		return TabariVerbs
	case c.tsv*2 >= c.lines:
		return Unknown
	case c.coded > 0 && (c.agentCode*2 >= c.coded || c.subst > 0):
		if syntax == tabari.PETRARCH {
			return PhoenixAgents
		}
		return TabariAgents
	case c.coded > 0 && c.coded*4 >= c.lines-c.synonym:
		if syntax == tabari.PETRARCH {
			return PhoenixActors
		}
		return TabariActors
	case c.plain > 0 && c.coded == 0:
		if c.lowerWord*10 >= c.plain*8 {
			return WordList
		}
		return PhoenixDiscards
	}
	return Unknown
}

// detectSyntax tells PETRARCH's comments ("<!--", " # after text") from
// TABARI's (';').
func detectSyntax(xml, hash, semi int) tabari.Syntax {
	if xml > 0 || hash > semi {
		return tabari.PETRARCH
	}
	return tabari.TABARI
}

// hashComment reports whether line t has a '#' comment after some text: a
// '#' after a blank and outside brackets.
func hashComment(t string) bool {
	depth := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if i > 0 && depth == 0 && (t[i-1] == ' ' || t[i-1] == '\t') {
				return true
			}
		}
	}
	return false
}

// syntaxOf tells the comment convention of a whole file.
func syntaxOf(data []byte) tabari.Syntax {
	xml, hash, semi := 0, 0, 0
	for _, raw := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(raw)
		switch {
		case strings.HasPrefix(t, "<!"):
			xml++
		case strings.HasPrefix(t, "#"):
		case hashComment(t):
			hash++
		case strings.Contains(t, ";"):
			semi++
		}
	}
	return detectSyntax(xml, hash, semi)
}

func isDigits(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isUpperCode reports whether s looks like a dictionary code (all capitals,
// digits and code punctuation) rather than an ini section name.
func isUpperCode(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// File is a dictionary file of any format Detect knows, parsed. Exactly one
// of the pointers is set, except for Unknown.
type File struct {
	Format   Format
	Project  *tabari.Project
	Verbs    *tabari.Verbs // TabariVerbs
	Actors   *tabari.Actors
	Agents   *tabari.Agents
	Options  *tabari.Options
	PVerbs   *Verbs // Verbs1, Verbs2
	Discards *Discards
	Issues   *Issues
	Words    *Words
	Config   *Config
	Ontology *Ontology
}

// Parse detects the format of data and reads it with the matching reader.
// A file whose format is Unknown is returned with no parse.
func Parse(name string, data []byte) *File {
	f := &File{Format: Detect(data)}
	switch f.Format {
	case TabariProject:
		f.Project = tabari.ParseProject(name, data)
	case TabariVerbs:
		f.Verbs = tabari.ParseVerbsAs(name, data, syntaxOf(data))
	case TabariActors:
		f.Actors = tabari.ParseActors(name, data)
	case PhoenixActors:
		f.Actors = ParseActors(name, data)
	case TabariAgents:
		f.Agents = tabari.ParseAgents(name, data)
	case PhoenixAgents:
		f.Agents = ParseAgents(name, data)
	case TabariOptions:
		f.Options = tabari.ParseOptions(name, data)
	case Verbs1:
		f.PVerbs = ParseVerbs1(name, data)
	case Verbs2:
		f.PVerbs = ParseVerbs2(name, data)
	case PhoenixDiscards:
		f.Discards = ParseDiscards(name, data)
	case PhoenixIssues:
		f.Issues = ParseIssues(name, data)
	case WordList:
		f.Words = ParseWords(name, data)
	case ConfigFile:
		f.Config = ParseConfig(name, data)
	case OntologyFile:
		f.Ontology = ParseOntology(name, data)
	}
	return f
}

// Faults returns the faults found in the file.
func (f *File) Faults() []tabari.Fault {
	switch {
	case f.Project != nil:
		return f.Project.Faults
	case f.Verbs != nil:
		return f.Verbs.Faults
	case f.Actors != nil:
		return f.Actors.Faults
	case f.Agents != nil:
		return f.Agents.Faults
	case f.Options != nil:
		return f.Options.Faults
	case f.PVerbs != nil:
		return f.PVerbs.Faults
	case f.Discards != nil:
		return f.Discards.Faults
	case f.Issues != nil:
		return f.Issues.Faults
	case f.Words != nil:
		return f.Words.Faults
	case f.Config != nil:
		return f.Config.Faults
	case f.Ontology != nil:
		return f.Ontology.Faults
	}
	return nil
}

// SyntaxOf tells the comment convention of a whole file: TABARI's ';' or
// PETRARCH's '#' and XML comments. Files in TABARI's syntax read words
// without a final '_' as stems.
func SyntaxOf(data []byte) tabari.Syntax { return syntaxOf(data) }
