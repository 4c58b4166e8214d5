#!/usr/bin/env bash
# The whole test suite: vet, every test (the gold suites in ../shared run when
# it is present and skip cleanly when it is not), and a short run of each
# fuzz target of the parsers of outside input.
set -euo pipefail
cd "$(dirname "$0")/.."

# A budget in executions, not seconds: a timed run can end while a worker is
# mid-input and then fails with "context deadline exceeded", a fuzzer
# artefact rather than a finding. Set FUZZTIME=60s (or more) to fuzz longer.
fuzztime=${FUZZTIME:-20000x}

echo "== go vet"
go vet ./...

echo "== go test"
log=$(mktemp)
if ! go test -count=1 ./... 2>&1 | tee "$log"; then
  echo "packages: $(grep -c '^ok ' "$log") passed, $(grep -c '^FAIL' "$log") failed"
  exit 1
fi
passed=$(grep -c '^ok ' "$log")

echo "== fuzz ($fuzztime each)"
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    echo "-- $pkg $target"
    # -fuzzminimizetime 0: no time spent shrinking new inputs in a short run;
    # a real crasher is still reported.
    go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime 0 >"$log.fuzz" 2>&1 || { cat "$log.fuzz"; exit 1; }
  done
done
echo "fuzz: all targets ran without failures"
echo "packages: $passed passed, 0 failed"
