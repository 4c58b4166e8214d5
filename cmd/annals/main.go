// Command annals codes news text into CAMEO political events.
//
//	annals code [flags] [FILE|-]...     code documents, print events
//	annals eval GOLD.jsonl [flags]      score against a gold file
//	annals bench [flags] FILE...        measure coding speed and memory
//	annals dict stats|check [FILE...]   inspect dictionaries
//	annals ingest [--db F] PATH|URL...  read, code and store documents
//	annals recode | query | stats | export   work with the stored events
//
// Run "annals COMMAND -h" for the flags of each command.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"

	"github.com/annals-dev/annals"
)

// Exit statuses.
const (
	exitOK       = 0
	exitFailed   = 1 // the run did not complete cleanly (bad input skipped, an error)
	exitUsage    = 2
	exitInternal = 3
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	// ANNALS_CPUPROFILE=FILE profiles the whole run, whatever the command.
	if path := os.Getenv("ANNALS_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				defer f.Close()
				defer pprof.StopCPUProfile()
			}
		}
	}
	err := m.Run(ctx, os.Args[1:])
	stop()
	code := m.exitCode(err)
	pprof.StopCPUProfile()
	os.Exit(code)
}

// Main is the program: its standard streams and its subcommands. Tests run it
// in-process with buffers for streams.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// errUsage marks a usage error already explained to the user.
var errUsage = errors.New("usage")

// errIncomplete marks a run that finished but skipped bad input.
var errIncomplete = errors.New("some input was skipped")

// Run runs the subcommand named by args[0].
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		m.usage()
		return errUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "code":
		return (&CodeCommand{Main: m}).Run(ctx, rest)
	case "eval":
		return (&EvalCommand{Main: m}).Run(ctx, rest)
	case "bench":
		return (&BenchCommand{Main: m}).Run(ctx, rest)
	case "dict":
		return (&DictCommand{Main: m}).Run(ctx, rest)
	case "ingest":
		return (&IngestCommand{Main: m}).Run(ctx, rest)
	case "recode":
		return (&RecodeCommand{Main: m}).Run(ctx, rest)
	case "query":
		return (&QueryCommand{Main: m}).Run(ctx, rest)
	case "stats":
		return (&StatsCommand{Main: m}).Run(ctx, rest)
	case "export":
		return (&ExportCommand{Main: m}).Run(ctx, rest)
	case "geo":
		return (&GeoCommand{Main: m}).Run(ctx, rest)
	case "help", "-h", "-help", "--help":
		m.usage()
		return nil
	default:
		fmt.Fprintf(m.Stderr, "annals: unknown command %q\n\n", cmd)
		m.usage()
		return errUsage
	}
}

func (m *Main) usage() {
	fmt.Fprint(m.Stderr, `annals codes news text into CAMEO political events.

Usage:
  annals code [flags] [FILE|-]...     code documents (.jsonl or plain text), print events
  annals eval GOLD.jsonl [flags]      score coding against a gold file
  annals bench [flags] FILE...        measure coding speed and peak memory
  annals dict stats|check [FILE...]   count or check dictionaries (built-in when no FILE)

  annals ingest [--db F] PATH|URL...  read, code and store documents (text, JSONL, feeds, HTML, WARC, .gz, dirs)
  annals recode [--db F] [--dict F]   code the stored documents again after a dictionary change
  annals query [--db F] [filters]     print stored events (--format table|jsonl|csv)
  annals stats [--db F]               counts by month, CAMEO root and dyad
  annals export --format F [-o FILE]  gdelt, csv, jsonl, plover or parquet
  annals geo import|lookup [--db F]   load GeoNames places into the store; resolve a place name

The database is --db, else $ANNALS_DB, else ./annals.db.

Run "annals COMMAND -h" for the flags of a command.
`)
}

// exitCode maps an error to the process exit status and reports it.
func (m *Main) exitCode(err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errUsage), errors.Is(err, flag.ErrHelp):
		return exitUsage
	case errors.Is(err, errIncomplete):
		fmt.Fprintf(m.Stderr, "annals: %v\n", err)
		return exitFailed
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(m.Stderr, "annals: interrupted")
		return exitFailed
	}
	if annals.ErrorCode(err) == annals.EINTERNAL {
		fmt.Fprintf(m.Stderr, "annals: internal error: %v\n", err)
		return exitInternal
	}
	fmt.Fprintf(m.Stderr, "annals: %v\n", err)
	return exitFailed
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return fmt.Sprint(*s) }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }
