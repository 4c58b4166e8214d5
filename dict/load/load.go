// Package load reads dictionaries of every format annals knows into one
// compiled dict.Dictionary: annals' own format (dict/FORMAT.md), TABARI's
// .project, .verbs, .actors, .agents and .options files, PETRARCH-1 verb
// patterns and the Phoenix actors, agents and discards. The format of each
// file is told from its content; several files combine.
//
// The TABARI and PETRARCH trees come from packages dict/tabari and
// dict/petrarch; tabari.Converter maps them onto the engine, and
// dict/FORMAT.md lists what it cannot honour.
package load

import (
	"fmt"
	"os"
	"sort"

	"github.com/annals-dev/annals/dict"
	"github.com/annals-dev/annals/dict/petrarch"
	"github.com/annals-dev/annals/dict/tabari"
)

// Format names a file's format as Detect tells it: "annals" for annals'
// own, else one of petrarch.Format's names.
func Format(data []byte) string {
	if dict.IsOwnFormat(data) {
		return "annals"
	}
	return petrarch.Detect(data).String()
}

// Files reads the dictionary files at paths and compiles them together.
// Problems are what the readers found and worked around (faults of the
// TABARI and PETRARCH files, each once with file:line, and files of kinds
// that code nothing, such as issues); err is set when a file cannot be read
// or a file in annals' format has errors.
func Files(paths ...string) (*dict.Dictionary, []dict.Problem, error) {
	var files []dict.File
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, fmt.Errorf("read dictionary: %w", err)
		}
		files = append(files, dict.File{Name: p, Data: data})
	}
	return Data(files...)
}

// job is one file to convert: its name, its contents (read from disk when
// nil) and what it holds.
type job struct {
	name   string
	data   []byte
	format petrarch.Format
	tabari bool // TABARI's syntax: words are stems
}

// rank orders the jobs so that synsets and rules come before the patterns
// that use them.
func (j job) rank() int {
	switch j.format {
	case petrarch.TabariOptions:
		return 0
	case petrarch.TabariActors, petrarch.PhoenixActors:
		return 1
	case petrarch.TabariAgents, petrarch.PhoenixAgents:
		return 2
	case petrarch.TabariVerbs, petrarch.Verbs1, petrarch.Verbs2:
		return 3
	}
	return 4
}

// Data compiles files given with their contents. A .project names its
// files relative to itself; they are read from disk. Each file is parsed
// and converted in turn, so that only one file's tree is held at a time.
func Data(files ...dict.File) (*dict.Dictionary, []dict.Problem, error) {
	b := dict.NewBuilder()
	var probs []dict.Problem
	fault := func(fs []tabari.Fault) {
		for _, f := range fs {
			probs = append(probs, dict.Problem{Src: dict.Source{File: f.Pos.File, Line: f.Pos.Line}, Message: f.Kind.String() + ": " + f.Msg})
		}
	}
	var jobs []job
	for _, f := range files {
		if dict.IsOwnFormat(f.Data) {
			b.ReadFile(f)
			continue
		}
		format := petrarch.Detect(f.Data)
		switch format {
		case petrarch.TabariProject:
			b.Hash(f)
			p := tabari.ParseProject(f.Name, f.Data)
			fault(p.Faults)
			if p.Options != "" {
				jobs = append(jobs, job{name: p.Options, format: petrarch.TabariOptions, tabari: true})
			}
			for _, n := range p.Actors {
				jobs = append(jobs, job{name: n, format: petrarch.TabariActors, tabari: true})
			}
			for _, n := range p.Agents {
				jobs = append(jobs, job{name: n, format: petrarch.TabariAgents, tabari: true})
			}
			for _, n := range p.Verbs {
				jobs = append(jobs, job{name: n, format: petrarch.TabariVerbs, tabari: true})
			}
			for _, n := range p.Discards {
				jobs = append(jobs, job{name: n, format: petrarch.PhoenixDiscards})
			}
		case petrarch.Unknown:
			return nil, probs, fmt.Errorf("%s: not a dictionary annals can read (neither annals' format nor a TABARI, PETRARCH or Phoenix file)", f.Name)
		default:
			jobs = append(jobs, job{name: f.Name, data: f.Data, format: format, tabari: petrarch.SyntaxOf(f.Data) == tabari.TABARI})
		}
	}
	if len(jobs) > 0 {
		r := b.Rules()
		r.CapitalNotVerb = true
		r.OneEventPerClause = true
		for _, j := range jobs {
			if j.format == petrarch.TabariActors || j.format == petrarch.TabariAgents || j.format == petrarch.TabariVerbs && j.tabari {
				r.LoneAgent = "none" // TABARI's CONVERT AGENT is off unless an options file turns it on
			}
			if j.format == petrarch.TabariVerbs && j.tabari {
				// TABARI's sparse parse: negation lives in the patterns, the
				// source is the clause's first actor, the target the first
				// actor after the verb.
				r.NegationInPatterns, r.TargetAfterVerb, r.SourceFirstInClause = true, true, true
				r.Pronouns, r.TargetBeforeVerb, r.AlternativesWeighLess = true, true, true
				r.Comma = dict.TabariComma
				r.AgentsAdjacent = true
			}
			if j.format == petrarch.Verbs2 {
				// PETRARCH-2 reads a parse too: the target is the verb
				// phrase's first actor, and a reported verb after a comma
				// is coded. It has no negation patterns of PETRARCH-1's
				// kind, so the engine's own negation rule stays on.
				r.TargetAfterVerb, r.CommaOpensClause = true, true
			}
			if j.format == petrarch.Verbs1 {
				// PETRARCH-1 reads a parse: negation is written into the
				// patterns, the target is the verb phrase's first actor, and
				// every verb phrase is coded, a reported one after a comma too.
				r.NegationInPatterns, r.TargetAfterVerb, r.CommaOpensClause = true, true, true
			}
		}
		b.SetRules(r)
	}
	sort.SliceStable(jobs, func(a, c int) bool { return jobs[a].rank() < jobs[c].rank() })
	tc := tabari.NewConverter(b, true)
	pc := tabari.NewConverter(b, false)
	for i := range jobs {
		j := &jobs[i]
		if j.data == nil {
			data, err := os.ReadFile(j.name)
			if err != nil {
				return nil, probs, fmt.Errorf("read dictionary: %w", err)
			}
			if j.format == petrarch.PhoenixDiscards && petrarch.Detect(data) != petrarch.PhoenixDiscards {
				continue // a project's <discardfile> that is no discard list
			}
			j.data = data
		}
		b.Hash(dict.File{Name: j.name, Data: j.data})
		probs = append(probs, convert(j, tc, pc, fault)...)
		j.data = nil
	}
	d, err := b.Build()
	if err != nil {
		return nil, probs, err
	}
	probs = append(probs, d.Warnings...)
	return d, probs, nil
}

// convert parses one file and adds it with the converter of its syntax.
func convert(j *job, tc, pc *tabari.Converter, fault func([]tabari.Fault)) []dict.Problem {
	c := pc
	if j.tabari {
		c = tc
	}
	switch j.format {
	case petrarch.TabariOptions:
		o := tabari.ParseOptions(j.name, j.data)
		fault(o.Faults)
		tc.AddOptions(o)
		pc.AddSynsets(o.Synsets)
	case petrarch.TabariActors:
		a := tabari.ParseActors(j.name, j.data)
		fault(a.Faults)
		tc.AddActors(a)
	case petrarch.PhoenixActors:
		a := petrarch.ParseActors(j.name, j.data)
		fault(a.Faults)
		pc.AddActors(a)
	case petrarch.TabariAgents:
		a := tabari.ParseAgents(j.name, j.data)
		fault(a.Faults)
		tc.AddAgents(a, false)
	case petrarch.PhoenixAgents:
		a := petrarch.ParseAgents(j.name, j.data)
		fault(a.Faults)
		pc.AddAgents(a, true)
	case petrarch.TabariVerbs:
		syn := tabari.PETRARCH
		if j.tabari {
			syn = tabari.TABARI
		}
		v := tabari.ParseVerbsAs(j.name, j.data, syn)
		fault(v.Faults)
		c.AddVerbs(v)
	case petrarch.Verbs1:
		v := petrarch.ParseVerbs1(j.name, j.data)
		fault(v.Faults)
		petrarch.AddVerbs1(pc, v)
	case petrarch.Verbs2:
		v := petrarch.ParseVerbs2(j.name, j.data)
		fault(v.Faults)
		petrarch.AddVerbs2(pc, v)
		if n := len(v.Transformations) - len(petrarch.Transforms2(v)); n > 0 {
			return []dict.Problem{{Src: dict.Source{File: j.name, Line: v.Transformations[0].Pos.Line},
				Message: fmt.Sprintf("%d transformations (events about events) name verbs the file lacks or nest events twice: not used for coding", n)}}
		}
	case petrarch.PhoenixDiscards:
		d := petrarch.ParseDiscards(j.name, j.data)
		fault(d.Faults)
		petrarch.AddDiscards(pc, d)
	default:
		pf := petrarch.Parse(j.name, j.data)
		fault(pf.Faults())
		return []dict.Problem{{Src: dict.Source{File: j.name, Line: 1}, Message: fmt.Sprintf("%s file: read, but not used for coding", j.format)}}
	}
	return nil
}
