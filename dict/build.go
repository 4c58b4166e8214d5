package dict

import (
	"errors"
	"strings"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/text"
)

// Builder assembles a Dictionary from entries that readers of other
// formats (TABARI, PETRARCH, Phoenix) supply, alongside files in annals'
// own format. It checks less than Load: codes are taken as the other
// format wrote them.
type Builder struct {
	b     *builder
	files []File
	// codes interns the codes of entries and patterns: readers cut them
	// from the file's text, and one kept substring keeps the whole file.
	codes map[string]string
	elems []Elem // the chunk AddPattern copies elements into
}

// elemChunk is how many pattern elements a chunk holds.
const elemChunk = 4096

// code returns c as a string of its own, shared by every equal code.
func (b *Builder) code(c string) string {
	if c == "" {
		return ""
	}
	if s, ok := b.codes[c]; ok {
		return s
	}
	if b.codes == nil {
		b.codes = map[string]string{}
	}
	s := strings.Clone(c)
	b.codes[s] = s
	return s
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder { return &Builder{b: newBuilder()} }

// Word is one word of a phrase given to a Builder: its text as written
// (tokenized as text is) and whether it is a stem that matches any word
// beginning with it.
type Word struct {
	Text string
	Stem bool
}

// ReadFile adds a file in annals' own format.
func (b *Builder) ReadFile(f File) {
	b.b.readFile(f)
	b.files = append(b.files, f)
}

// Hash adds a file the entries come from to the dictionary's Version.
func (b *Builder) Hash(f File) { b.files = append(b.files, f) }

// Key returns the folded tokens of a phrase given as words, and which of
// them are stems: a word may make several tokens ("BARAD-DUR"), of which
// only the last can be a stem.
func Key(words []Word) ([]string, []bool) {
	var key []string
	var stem []bool
	for _, w := range words {
		if plainWord(w.Text) {
			// One token, its Norm the word in lower case: what Tokenize
			// makes of it, without tokenizing.
			key = append(key, strings.ToLower(w.Text))
			stem = append(stem, w.Stem)
			continue
		}
		toks := text.Tokenize(w.Text, annals.Span{Start: 0, End: len(w.Text)})
		for i, t := range toks {
			key = append(key, t.Norm)
			stem = append(stem, w.Stem && i == len(toks)-1 && isWordToken(t.Norm))
		}
	}
	if len(key) > 1 && key[0] == "the" && !stem[0] {
		key, stem = key[1:], stem[1:]
	}
	return key, stem
}

// plainWord reports whether s is ASCII letters and digits only, which
// Tokenize reads as one token.
func plainWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// isWordToken reports whether a token is a word or number (punctuation is
// never a stem).
func isWordToken(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 {
			return true
		}
	}
	return false
}

// AddActor adds an actor phrase. The entry's Phrase and Src should be set;
// a person entry should also be added with AddPerson once.
func (b *Builder) AddActor(words []Word, e *Entry) {
	key, stem := Key(words)
	if len(key) == 0 {
		b.Warn(e.Src, "empty phrase %q: skipped", e.Phrase)
		return
	}
	e.Code = b.code(e.Code)
	b.b.d.Actors.InsertStems(key, stem, e)
}

// AddGappedActor adds an actor phrase whose runs of words (parts) other
// words may separate in the text (TABARI's blank inside an actor phrase).
// A single part is AddActor.
func (b *Builder) AddGappedActor(parts [][]Word, e *Entry) {
	if len(parts) == 1 {
		b.AddActor(parts[0], e)
		return
	}
	g := GappedActor{Entry: e}
	for _, p := range parts {
		key, stem := Key(p)
		if len(key) == 0 {
			continue
		}
		for i := range key {
			if stem[i] {
				key[i] += "*"
			}
		}
		g.Parts = append(g.Parts, key)
	}
	if len(g.Parts) == 0 {
		b.Warn(e.Src, "empty phrase %q: skipped", e.Phrase)
		return
	}
	b.b.d.Gapped = append(b.b.d.Gapped, g)
}

// AddPerson records a person (a phrase with date-bounded codes) for
// listing; its phrases are added with AddActor. People added here are not
// learned by surname.
func (b *Builder) AddPerson(p *Person) {
	p.Default = b.code(p.Default)
	for i := range p.Roles {
		p.Roles[i].Code = b.code(p.Roles[i].Code)
	}
	b.b.d.Persons = append(b.b.d.Persons, p)
}

// AddAgent adds an agent noun phrase with its code.
func (b *Builder) AddAgent(words []Word, e *Entry) {
	b.AddActor(words, e)
	if e.Kind == KindAgent {
		b.b.d.Agents[e.Code] = append(b.b.d.Agents[e.Code], e.Phrase)
	}
}

// AddPattern adds a compiled verb pattern. Atoms of verb lemmas may carry
// their forms; those without are inflected at Build. Weight, HasSource and
// HasTarget are computed here.
func (b *Builder) AddPattern(p *Pattern) {
	// Converters build Elems by appending: big sets hold tens of
	// thousands of patterns, whose elements are copied, without the spare
	// room, into shared chunks.
	if n := len(p.Elems); n > 0 {
		if cap(b.elems)-len(b.elems) < n {
			b.elems = make([]Elem, 0, max(elemChunk, n))
		}
		k := len(b.elems)
		b.elems = append(b.elems, p.Elems...)
		p.Elems = b.elems[k : k+n : k+n]
	}
	p.Code, p.Paired = b.code(p.Code), b.code(p.Paired)
	p.weigh()
	b.b.d.Patterns = append(b.b.d.Patterns, p)
}

// AddDiscard adds a phrase whose presence means the sentence is not coded.
func (b *Builder) AddDiscard(words []Word, src Source) {
	key, stem := Key(words)
	if len(key) == 0 {
		return
	}
	b.b.d.Discards.InsertStems(key, stem, src)
}

// Warn records a problem that did not stop loading.
func (b *Builder) Warn(src Source, format string, args ...any) { b.b.warn(src, format, args...) }

// SetRules sets the coding rules the dictionary asks for.
func (b *Builder) SetRules(r Rules) { b.b.d.Rules = r }

// Rules returns the coding rules set so far.
func (b *Builder) Rules() Rules { return b.b.d.Rules }

// Build compiles what was added. Errors from files in annals' format are
// returned together, as Load returns them.
func (b *Builder) Build() (*Dictionary, error) {
	if len(b.b.problems) > 0 {
		errs := make([]error, len(b.b.problems))
		for i, p := range b.b.problems {
			errs[i] = p
		}
		return nil, annals.Errorf(annals.EINVALID, "%s", errors.Join(errs...).Error())
	}
	d := b.b.build()
	d.Version = hashFiles(b.files)
	return d, nil
}

// Problems returns the errors and warnings found so far.
func (b *Builder) Problems() []Problem {
	return append(append([]Problem(nil), b.b.problems...), b.b.d.Warnings...)
}

// Fold folds a word as the tokenizer folds text: lower case, accents and
// quotes folded.
func Fold(s string) string { return strings.TrimSpace(text.Fold(s)) }

// IsOwnFormat reports whether data reads as a dictionary in annals' own
// format: entry heads with known keywords at column 0 and indented fields
// with known names, and nothing else but comments.
func IsOwnFormat(data []byte) bool {
	heads, fields, other := 0, 0, 0
	for _, raw := range strings.Split(string(data), "\n") {
		line := stripComment(raw)
		if strings.TrimSpace(line) == "" {
			continue
		}
		word, _, _ := strings.Cut(strings.TrimSpace(line), " ")
		word, _, _ = strings.Cut(word, "\t")
		if line[0] == ' ' || line[0] == '\t' {
			if ownFields[word] {
				fields++
			} else {
				other++
			}
			continue
		}
		if ownHeads[word] {
			heads++
		} else {
			other++
		}
	}
	return heads > 0 && other*10 <= heads+fields
}

var ownHeads = map[string]bool{"country": true, "organisation": true, "organization": true, "person": true, "agent": true, "verb": true, "forms": true, "discard": true, "transform": true}

var ownFields = map[string]bool{"name": true, "adjective": true, "capital": true, "seat": true, "city": true, "alias": true, "role": true, "code": true, "noun": true, "pattern": true, "is": true, "phrase": true, "outer": true, "inner": true, "event": true}
