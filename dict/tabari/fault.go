package tabari

import "fmt"

// Pos is the place in a dictionary file a piece of the tree comes from.
type Pos struct {
	File string
	Line int // 1-based
}

// String returns "file:line".
func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// FaultKind classifies a fault found while reading a dictionary. Every kind
// has one documented handling, chosen to match what the coder the file was
// written for did with it; see the constants.
type FaultKind uint8

// The faults a reader reports. Each is reported once, at the line it is on.
const (
	// FaultSyntax: a line the reader cannot make sense of. It is skipped;
	// its text is in the message. No file of the reference set has one.
	FaultSyntax FaultKind = iota + 1
	// FaultEncoding: bytes that are not UTF-8 (old Mac Roman or Latin-1
	// punctuation). TABARI read bytes, so the bytes are kept as written.
	FaultEncoding
	// FaultLongLine: a line longer than TABARI's 255-byte input buffer.
	// TABARI stopped with LINE_LONG; the line is read in full here.
	FaultLongLine
	// FaultBracket: a '[' without its ']' or a '{' without its '}' (or a
	// '}' closing a '['). The message says how the rest of the line was read.
	FaultBracket
	// FaultStray: text outside the brackets where only a comment may
	// stand, such as the "---" glued to the block code in "[110]---" (the
	// stray "]--" PETRARCH-2 read into its code) or a quote before "[".
	// It is ignored, as TABARI and PETRARCH-1 ignored it.
	FaultStray
	// FaultCode: a missing, empty or malformed code. The message says what
	// the coder made of it: TABARI stored the null code "---" for an entry
	// whose code it could not read.
	FaultCode
	// FaultOddCode: an event code that is not three or four digits nor one
	// of the special codes (---, ###, +++), such as a letter O typed for a zero.
	// It is kept as written: TABARI did not check codes against a codebook.
	FaultOddCode
	// FaultDate: a date restriction that cannot be read (a month out of
	// range, a letter in the date). Both TABARI (DATE_INVLD, MONTH_OOR) and
	// PETRARCH (DateError) refused it; the restriction is left out.
	FaultDate
	// FaultCalendar: a day past the end of its month ("080631", June 31).
	// TABARI checked days only against 31 and accepted it; it is kept as
	// written (Date.Normal rolls it over the way day arithmetic would).
	// PETRARCH-1 refused such a line.
	FaultCalendar
	// FaultDateOrder: an interval that ends before it starts. PETRARCH-1
	// refused it; it is kept as written, so it never applies.
	FaultDateOrder
	// FaultSynset: a word beginning with '&' that names no synset: a bare
	// "&" inside an actor phrase ("A_&_B_") or a synset that
	// is used but never defined. TABARI read any word beginning with '&'
	// as a synset name and refused the entry (MISS_SYN); the entry is kept
	// and marked Ignored with the reason.
	FaultSynset
	// FaultDuplicate: the same phrase (or pattern) given twice in a file.
	// TABARI only warned (DUP_ROOT, silenced by "SET: DUP WARNING =
	// FALSE"); both entries are kept, the later marked DuplicateOf. Which
	// one codes is the matcher's choice: PETRARCH-1 took the first,
	// PETRARCH-2 the last (its tree overwrote the first).
	FaultDuplicate
	// FaultOrphan: a line that belongs to an entry when there is none: a
	// pattern before any verb (TABARI PAT_ORPHAN), a date line or synonym
	// before any actor, a synset member outside a synset. It is skipped.
	FaultOrphan
	// FaultPattern: a pattern the coder would not store: no verb marker
	// '*' (TABARI MISS_VERBM), a '{' group PETRARCH-1 does not read. The
	// pattern is kept and marked Ignored with the reason.
	FaultPattern
	// FaultPhrase: an empty word in a phrase (a doubled '_', "_ " or " _").
	// Both coders dropped empty words; so does the reader.
	FaultPhrase
	// FaultEmpty: an entry line with no phrase, such as an indented
	// "  ; source.txt" where a generator lost a name. It is skipped;
	// TABARI read indented lines as more date lines of the actor before,
	// so the dates that follow join that actor, as they do here.
	FaultEmpty
	// FaultComment: a comment the coder read differently from its
	// evident intent: '#' inside "[###]" in a PETRARCH file (PETRARCH cut
	// the line there), ';' in a PETRARCH-2 verb line (PETRARCH-2 read the
	// comment as more verb forms). The message says what is kept.
	FaultComment
)

var faultNames = [...]string{
	"", "syntax", "encoding", "long line", "bracket", "stray text", "code",
	"odd code", "date", "calendar date", "date order", "synset", "duplicate",
	"orphan", "pattern", "phrase", "empty", "comment",
}

// String names the kind, as the tests and `annals dict check` print it.
func (k FaultKind) String() string {
	if int(k) < len(faultNames) && k != 0 {
		return faultNames[k]
	}
	return fmt.Sprintf("fault(%d)", k)
}

// Fault is one problem in a dictionary file: where, what kind, and a
// message that says what was wrong and how it was handled.
type Fault struct {
	Pos
	Kind FaultKind
	Msg  string
}

// Error returns "file:line: kind: message".
func (f Fault) Error() string { return f.Pos.String() + ": " + f.Kind.String() + ": " + f.Msg }

// faults collects the faults of one file, one per kind and line at most.
type faults struct {
	file string
	list []Fault
	seen map[uint64]bool
}

func (fs *faults) add(line int, k FaultKind, format string, args ...any) {
	key := uint64(line)<<8 | uint64(k)
	if fs.seen == nil {
		fs.seen = map[uint64]bool{}
	}
	if fs.seen[key] {
		return
	}
	fs.seen[key] = true
	fs.list = append(fs.list, Fault{Pos: Pos{fs.file, line}, Kind: k, Msg: fmt.Sprintf(format, args...)})
}
