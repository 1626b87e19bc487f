#!/usr/bin/env bash
# Runs the test assemblies that serve real sockets again with the runtime's inline socket completions
# (DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1, the Arena sample's default), where every connection's continuations
# run on the socket event threads instead of the thread pool, so nothing in the server may depend on which.
# Prints "inline-completions: N passed, N failed" last, summed over the assemblies; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# MiniHttp.Database.Tests is left out: with inline completions Npgsql's socket continuations run on the event threads
# too, where its synchronous cancel requests can stall them (docs/handlers.md, "Using a database"), which is why the
# Arena serves a database with thread-pool completions.
projects=(tests/MiniHttp.Tests tests/MiniHttp.EndToEnd.Tests tests/MiniHttp.Hooks.Tests tests/MiniHttp.Generators.Tests tests/MiniHttp.Hosting.Tests tests/MiniHttp.Todo.Tests)
status=0
for project in "${projects[@]}"; do
  dotnet test "$project" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

# One line per assembly: "Passed!  - Failed:     0, Passed:    37, ..." or "Failed!  - Failed:     1, Passed:    36, ..."
read -r passed failed reported < <(grep -Eo '^(Passed|Failed)!\s+- Failed:\s+[0-9]+, Passed:\s+[0-9]+' "$log" \
  | awk '{ gsub(/,/, ""); failed += $4; passed += $6; n++ } END { print passed + 0, failed + 0, n + 0 }')
if [ "$reported" -lt "${#projects[@]}" ]; then
  # An assembly that did not report (a build or host crash) must not look like a pass.
  failed=$((failed + ${#projects[@]} - reported))
fi

echo "inline-completions: $passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
