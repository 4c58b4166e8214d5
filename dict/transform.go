package dict

import (
	"fmt"
	"strings"

	"github.com/annals-dev/annals/cameo"
)

// Transform rewrites an event about an event into one event: when a verb
// that reports or intends ("said", "wants") has as its complement a clause
// whose verb codes an event (the inner event), the two become the one event
// the transform names. "Gondor said it would attack Mordor" is a threat
// (Gondor → Mordor), not a statement and an attack.
//
// Roles are letters: "a" is always the outer verb's subject; any other
// letter stands for the actor the inner event has in that place; "." means
// the inner event has no actor there and "_" any actor or none.
type Transform struct {
	// Code is the code of the rewritten event, or InnerCode to keep the
	// inner event's own code.
	Code string
	// Outer lists the verbs, lemmas in capitals, that govern the inner event.
	Outer []string
	// InnerSource and InnerTarget are the roles of the inner event.
	InnerSource, InnerTarget string
	// Inner is the inner event's code; one ending in 0 stands for its
	// branch ("190" for 190 to 196 and their sub-codes), and InnerCode
	// for any code.
	Inner string
	// Source and Target are the letters of the rewritten event's actors.
	Source, Target string
	Src            Source
}

// InnerCode, as a Transform's Code, keeps the inner event's code, and, as
// its Inner, matches any inner event.
const InnerCode = "inner"

// MatchesInner reports whether an inner event coded code fits t.Inner.
func (t *Transform) MatchesInner(code string) bool {
	if t.Inner == InnerCode {
		return true
	}
	prefix := strings.TrimRight(t.Inner, "0")
	if len(prefix) < 2 {
		prefix = t.Inner[:min(2, len(t.Inner))]
	}
	return strings.HasPrefix(code, prefix)
}

// Transforms holds a dictionary's transforms, indexed for the coder. A
// dictionary without transforms has a nil *Transforms.
type Transforms struct {
	// List holds every transform, in file order: the first that fits wins.
	List []*Transform
	// ByForm maps a folded form of an outer verb ("said") to the indices
	// of the transforms it governs, in file order.
	ByForm map[string][]int
	// LoneCode maps a folded verb form to the code its verb has alone
	// (a pattern of the verb and nothing else), for an inner verb that a
	// longer pattern of the outer verb took in.
	LoneCode map[string]string
}

// AddTransform adds a transform; its fields are checked as the annals
// format checks them, problems becoming warnings and the transform skipped.
func (b *Builder) AddTransform(t *Transform) {
	if err := checkTransform(t); err != nil {
		b.Warn(t.Src, "transform: %v: skipped", err)
		return
	}
	b.b.transforms = append(b.b.transforms, t)
}

// roleOK reports whether r is a role letter, "." or "_".
func roleOK(r string, dotOK bool) bool {
	if r == "_" || r == "." && dotOK {
		return true
	}
	return len(r) == 1 && r[0] >= 'a' && r[0] <= 'z'
}

func checkTransform(t *Transform) error {
	if len(t.Outer) == 0 {
		return fmt.Errorf("no outer verb")
	}
	for _, l := range t.Outer {
		if !isLemma(l) {
			return fmt.Errorf("outer verb %q: want a lemma in capitals", l)
		}
	}
	if !roleOK(t.InnerSource, true) || !roleOK(t.InnerTarget, true) {
		return fmt.Errorf("inner roles %q %q: want letters, '.' or '_'", t.InnerSource, t.InnerTarget)
	}
	if t.Inner != InnerCode && cameo.RootOf(t.Inner) == "" {
		return fmt.Errorf("inner code %q: want a CAMEO event code or %s", t.Inner, InnerCode)
	}
	if t.Code != InnerCode && cameo.RootOf(t.Code) == "" {
		return fmt.Errorf("code %q: want a CAMEO event code or %s", t.Code, InnerCode)
	}
	bound := map[string]bool{"a": true, t.InnerSource: true, t.InnerTarget: true}
	for _, r := range []string{t.Source, t.Target} {
		if !roleOK(r, false) || r == "_" || !bound[r] {
			return fmt.Errorf("event role %q: want a or a letter of the inner event", r)
		}
	}
	if t.Source == t.Target {
		return fmt.Errorf("event roles %q %q: source and target are the same", t.Source, t.Target)
	}
	return nil
}

// addTransform reads a `transform CODE` entry.
func (b *builder) addTransform(code string, src Source, fields []field) {
	t := &Transform{Code: code, Src: src}
	for _, f := range fields {
		switch f.name {
		case "outer":
			t.Outer = append(t.Outer, phrases(f.value)...)
		case "inner":
			w := strings.Fields(f.value)
			if len(w) != 3 {
				b.fail(f.src, "transform inner %q: want SOURCE TARGET CODE", f.value)
				return
			}
			t.InnerSource, t.InnerTarget, t.Inner = w[0], w[1], w[2]
		case "event":
			w := strings.Fields(f.value)
			if len(w) != 2 {
				b.fail(f.src, "transform event %q: want SOURCE TARGET", f.value)
				return
			}
			t.Source, t.Target = w[0], w[1]
		default:
			b.fail(f.src, "transform field %q: want outer, inner or event", f.name)
			return
		}
	}
	if t.InnerSource == "" || t.Source == "" {
		b.fail(src, "transform %s: want the fields outer, inner and event", code)
		return
	}
	if err := checkTransform(t); err != nil {
		b.fail(src, "transform %s: %v", code, err)
		return
	}
	b.transforms = append(b.transforms, t)
}

// indexTransforms fills d.Transforms once the patterns are built: the forms
// of each outer verb (as the patterns spell them, or from a forms entry, or
// inflected) and the codes of verbs alone.
func (b *builder) indexTransforms() {
	if len(b.transforms) == 0 {
		return
	}
	d := b.d
	x := &Transforms{List: b.transforms, ByForm: map[string][]int{}, LoneCode: map[string]string{}}
	forms := map[string][]string{}
	for _, p := range d.Patterns {
		for ei, e := range p.Elems {
			if e.Kind != ElemWords {
				continue
			}
			for _, opt := range e.Options {
				for _, a := range opt {
					if a.Lemma == "" || a.Stem {
						continue
					}
					if _, ok := forms[a.Lemma]; !ok {
						forms[a.Lemma] = a.Forms
					}
					if ei == 0 && len(p.Elems) == 1 && len(opt) == 1 && !p.Null() && !p.Blocks() {
						for _, f := range a.Forms {
							if _, ok := x.LoneCode[f]; !ok {
								x.LoneCode[f] = p.Code
							}
						}
					}
				}
			}
		}
	}
	for i, t := range b.transforms {
		seen := map[string]bool{}
		for _, l := range t.Outer {
			fs, ok := forms[l]
			if !ok {
				if fs, ok = b.forms[l]; !ok {
					fs = Inflect(strings.ToLower(l))
				}
			}
			for _, f := range fs {
				if !seen[f] {
					seen[f] = true
					x.ByForm[f] = append(x.ByForm[f], i)
				}
			}
		}
	}
	d.Transforms = x
}

// writeTransforms writes the transforms as `transform` entries.
func (wr *writer) transforms(d *Dictionary) {
	if d.Transforms == nil {
		return
	}
	for _, t := range d.Transforms.List {
		wr.printf("transform %s\n", t.Code)
		wr.printf("    outer  %s\n", strings.Join(t.Outer, " | "))
		wr.printf("    inner  %s %s %s\n", t.InnerSource, t.InnerTarget, t.Inner)
		wr.printf("    event  %s %s\n\n", t.Source, t.Target)
	}
}
