#!/usr/bin/env bash
# Runs the tests that put a real nginx in front of MiniHttp (tests/MiniHttp.Tests/Forwarding, category Nginx),
# which a plain `dotnet test` leaves out. They fail, never skip, when nginx is missing: install it with
# `apt-get install -y nginx`. Works as root and as any other user (nginx runs from a temporary directory).
# Prints "nginx: N passed, N failed" last; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian installs nginx in /usr/sbin, which is not on every user's PATH.
export PATH="$PATH:/usr/sbin"

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test tests/MiniHttp.Tests --filter Category=Nginx 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# "Passed!  - Failed:     0, Passed:     9, ..." or "Failed!  - Failed:     1, Passed:     8, ..."
summary=$(grep -Eo '^(Passed|Failed)!\s+- Failed:\s+[0-9]+, Passed:\s+[0-9]+' "$log" | tail -1)
failed=$(sed -E 's/.*Failed:\s+([0-9]+),.*/\1/' <<< "$summary")
passed=$(sed -E 's/.*Passed:\s+([0-9]+)$/\1/' <<< "$summary")
if [ -z "$summary" ] || [ "$passed" -eq 0 ]; then
  # A build failure, or a filter that matched nothing, must not look like a pass.
  passed=${passed:-0}
  failed=$((${failed:-0} + 1))
fi

echo "nginx: $passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
