#!/usr/bin/env bash
# Runs the test assemblies that serve real sockets again on the epoll transport (MINIHTTP_TRANSPORT=epoll, which every
# ServerOptions the tests make then defaults to), so that every socket-facing test holds on both transports: the
# runtime's sockets (the plain `dotnet test` run) and MiniHttp's own epoll event loops.
# Prints "epoll-transport: N passed, N failed" last, summed over the assemblies; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

export MINIHTTP_TRANSPORT=epoll
log=$(mktemp)
trap 'rm -f "$log"' EXIT

projects=(tests/MiniHttp.Tests tests/MiniHttp.EndToEnd.Tests tests/MiniHttp.Hooks.Tests tests/MiniHttp.Generators.Tests)
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

echo "epoll-transport: $passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
