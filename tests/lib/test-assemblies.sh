#!/usr/bin/env bash
# Usage: test-assemblies.sh NAME PROJECT...
# Runs `dotnet test` on each project in the environment it is given and prints "NAME: N passed, N failed" last, summed
# over the assemblies; an assembly that does not report (a build or host crash) counts as a failure. Exits non-zero on
# any failure. The scripts in tests/ that run assemblies in another configuration call it.
set -uo pipefail
cd "$(dirname "$0")/../.."

name=$1
shift
log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
for project in "$@"; do
  dotnet test "$project" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

# One line per assembly: "Passed!  - Failed:     0, Passed:    37, ..." or "Failed!  - Failed:     1, Passed:    36, ..."
read -r passed failed reported < <(grep -Eo '^(Passed|Failed)!\s+- Failed:\s+[0-9]+, Passed:\s+[0-9]+' "$log" \
  | awk '{ gsub(/,/, ""); failed += $4; passed += $6; n++ } END { print passed + 0, failed + 0, n + 0 }')
if [ "$reported" -lt "$#" ]; then
  failed=$((failed + $# - reported))
fi

echo "$name: $passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
