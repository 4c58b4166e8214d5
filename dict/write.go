package dict

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Write writes a compiled dictionary in annals' own format (FORMAT.md), so
// that dictionaries read from TABARI, PETRARCH or Phoenix files can be kept
// and edited as annals files. Reading the output back codes as d does,
// with two differences: people are written with `name` and so are also
// learned by surname, and comments and file:line sources are not kept.
func Write(w io.Writer, d *Dictionary) error {
	bw := bufio.NewWriter(w)
	wr := &writer{w: bw, lemmas: map[string]string{}, used: map[string]bool{}}
	wr.rules(d.Rules)
	wr.actors(d)
	wr.verbs(d)
	wr.transforms(d)
	wr.discards(d)
	return bw.Flush()
}

type writer struct {
	w      *bufio.Writer
	lemmas map[string]string // forms key → lemma name
	used   map[string]bool   // lemma names given out
	forms  []string          // forms entries, written after the verbs
}

func (wr *writer) printf(format string, args ...any) { fmt.Fprintf(wr.w, format, args...) }

func (wr *writer) rules(r Rules) {
	if r == (Rules{}) {
		return
	}
	wr.printf("rules\n")
	for _, sw := range r.switches() {
		if *sw.on {
			wr.printf("    %-22s yes\n", sw.name)
		}
	}
	if r.LoneAgent != "" {
		wr.printf("    lone-agent             %s\n", r.LoneAgent)
	}
	if r.DefaultSource != "" {
		wr.printf("    default-source         %s\n", r.DefaultSource)
	}
	if r.DefaultTarget != "" {
		wr.printf("    default-target         %s\n", r.DefaultTarget)
	}
	if r.MissingTarget != "" {
		wr.printf("    missing-target         %s\n", r.MissingTarget)
	}
	if r.ComplexConj > 0 {
		wr.printf("    complex-conj           %d\n", r.ComplexConj)
	}
	if r.MinWords > 0 {
		wr.printf("    min-words              %d\n", r.MinWords)
	}
	if c := r.Comma; c != (CommaRule{}) {
		wr.printf("    comma-clauses          %d %d %d %d %d %d\n", c.Min, c.Max, c.EndMin, c.EndMax, c.BeginMin, c.BeginMax)
	}
	wr.printf("\n")
}

// phrase writes a trie key back as a phrase: stems keep their '*'.
func phraseOf(key []string) string { return strings.Join(key, " ") }

type group struct {
	head   string
	fields map[string][]string
	order  []string
}

func (g *group) add(field, phrase string) {
	if g.fields == nil {
		g.fields = map[string][]string{}
	}
	if _, ok := g.fields[field]; !ok {
		g.order = append(g.order, field)
	}
	g.fields[field] = append(g.fields[field], phrase)
}

func (wr *writer) actors(d *Dictionary) {
	groups := map[string]*group{}
	persons := map[*Person]*group{}
	var heads []string
	get := func(head string) *group {
		g := groups[head]
		if g == nil {
			g = &group{head: head}
			groups[head] = g
			heads = append(heads, head)
		}
		return g
	}
	add := func(p string, e *Entry) {
		switch e.Kind {
		case KindCountry, KindAdjective, KindCapital, KindSeat, KindCity:
			field := map[Kind]string{KindCountry: "name", KindAdjective: "adjective", KindCapital: "capital", KindSeat: "seat", KindCity: "city"}[e.Kind]
			if len(e.Code) == 3 && validActorCode(e.Code) {
				get("country "+e.Code).add(field, p)
			} else {
				get("actor "+e.Code).add("name", p)
			}
		case KindOrg:
			get("organisation "+e.Code).add("name", p)
		case KindAgent:
			head := "agent " + e.Code
			if e.AgentFirst {
				head += "\x00first"
			}
			get(head).add("noun", p)
		case KindPerson:
			g := persons[e.Person]
			if g == nil {
				g = &group{head: "person"}
				persons[e.Person] = g
			}
			g.add("name", p)
		}
	}
	d.Actors.Walk(func(key []string, e *Entry) { add(phraseOf(key), e) })
	for _, g := range d.Gapped {
		parts := make([]string, len(g.Parts))
		for i, p := range g.Parts {
			parts[i] = phraseOf(p)
		}
		add(strings.Join(parts, " ... "), g.Entry)
	}
	sort.Strings(heads)
	for _, h := range heads {
		g := groups[h]
		head, first := strings.CutSuffix(h, "\x00first")
		wr.printf("%s\n", head)
		if first {
			wr.printf("    order  first\n")
		}
		for _, f := range g.order {
			ps := g.fields[f]
			sort.Strings(ps)
			for _, p := range ps {
				wr.printf("    %-9s %s\n", f, p)
			}
		}
		wr.printf("\n")
	}
	for _, p := range d.Persons {
		g := persons[p]
		if g == nil {
			continue
		}
		delete(persons, p)
		wr.person(p, g)
	}
	// People reached only through the trie (not listed in Persons).
	var rest []*Person
	for p := range persons {
		rest = append(rest, p)
	}
	sort.Slice(rest, func(a, b int) bool { return rest[a].Name < rest[b].Name })
	for _, p := range rest {
		wr.person(p, persons[p])
	}
}

func (wr *writer) person(p *Person, g *group) {
	wr.printf("person\n")
	ps := g.fields["name"]
	sort.Strings(ps)
	for _, n := range ps {
		wr.printf("    name  %s\n", n)
	}
	for _, r := range p.Roles {
		code := r.Code
		if code == "" {
			code = "---"
		} else if code == DiscardCode {
			code = "discard" // '#' opens a comment
		}
		from := r.From
		if from < 10101 {
			from = 10101 // "before": from the first day
		}
		wr.printf("    role  %s %s %s\n", code, from, r.To)
	}
	if p.Default == DiscardCode {
		wr.printf("    code  discard\n")
	} else if p.Default != "" {
		wr.printf("    code  %s\n", p.Default)
	}
	wr.printf("\n")
}

func (wr *writer) verbs(d *Dictionary) {
	code := ""
	var odd []string
	for _, p := range d.Patterns {
		c := p.Code
		if p.Paired != "" {
			c += ":" + p.Paired
		}
		if !ValidVerbCode(c) {
			if !oddCode(c) {
				odd = append(odd, fmt.Sprintf("# %s %s (%s): code %q cannot be written; left out", p.Src, p.Text, wr.pattern(p), c))
				continue
			}
			c = "=" + c
		}
		if c != code {
			if code != "" {
				wr.printf("\n")
			}
			if c == DiscardCode {
				wr.printf("verb discard\n")
			} else {
				wr.printf("verb %s\n", c)
			}
			code = c
		}
		wr.printf("    pattern  %s\n", wr.pattern(p))
	}
	if len(odd) > 0 {
		wr.printf("\n%s\n", strings.Join(odd, "\n"))
	}
	if len(d.Patterns) > 0 {
		wr.printf("\n")
	}
	for _, f := range wr.forms {
		wr.printf("%s\n", f)
	}
}

func (wr *writer) pattern(p *Pattern) string {
	var parts []string
	compound := p.Compound
	for _, e := range p.Elems {
		switch e.Kind {
		case ElemGap:
			if e.Max > MaxGap {
				parts = append(parts, "...")
			} else {
				parts = append(parts, "*")
			}
		case ElemTarget:
			parts = append(parts, "+")
		case ElemSkip:
			parts = append(parts, "^")
		case ElemSource:
			if compound {
				parts = append(parts, "%")
				compound = false
			} else {
				parts = append(parts, "$")
			}
		case ElemWords:
			var alts []string
			for _, opt := range e.Options {
				var ws []string
				for _, a := range opt {
					ws = append(ws, wr.atom(a))
				}
				alts = append(alts, strings.Join(ws, " "))
			}
			switch {
			case e.Optional:
				parts = append(parts, "["+strings.Join(alts, "|")+"]")
			case len(alts) == 1 && len(e.Options[0]) == 1:
				parts = append(parts, alts[0])
			default:
				parts = append(parts, "("+strings.Join(alts, "|")+")")
			}
		}
	}
	return strings.Join(parts, " ")
}

// atom writes one atom: a literal word (with '*' for a stem), or a verb
// lemma whose forms go into a forms entry of its own.
func (wr *writer) atom(a Atom) string {
	if a.Lemma == "" {
		if len(a.Forms) == 0 {
			return ""
		}
		if a.Stem {
			return a.Forms[0] + "*"
		}
		return a.Forms[0]
	}
	key := strings.Join(a.Forms, "|")
	if a.Stem {
		key += "*"
	}
	if name, ok := wr.lemmas[key]; ok {
		return name
	}
	name := a.Lemma
	for n := 0; wr.used[name]; n++ {
		name = a.Lemma + suffix(n)
	}
	wr.used[name] = true
	wr.lemmas[key] = name
	forms := append([]string(nil), a.Forms...)
	if a.Stem {
		for i := range forms {
			forms[i] += "*"
		}
	}
	wr.forms = append(wr.forms, fmt.Sprintf("forms %s\n    is  %s\n", name, strings.Join(forms, " | ")))
	return name
}

// suffix names the n-th variant of a lemma: A, B, … Z, AA, AB, …
func suffix(n int) string {
	s := ""
	for {
		s = string(rune('A'+n%26)) + s
		n = n/26 - 1
		if n < 0 {
			return s
		}
	}
}

func (wr *writer) discards(d *Dictionary) {
	var ps []string
	d.Discards.Walk(func(key []string, _ Source) { ps = append(ps, phraseOf(key)) })
	if len(ps) == 0 {
		return
	}
	sort.Strings(ps)
	wr.printf("discard\n")
	for _, p := range ps {
		wr.printf("    phrase  %s\n", p)
	}
}
