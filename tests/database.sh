#!/usr/bin/env bash
# Runs MiniHttp.Database.Tests, the end-to-end tests against a real PostgreSQL (the fixture makes its own cluster with
# tests/database/cluster.sh). They are kept out of MiniHttp.sln so the README's test command needs no database; without
# PostgreSQL installed every test fails, none skips.
# Prints "database: N passed, N failed" last; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test tests/MiniHttp.Database.Tests 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# "Passed!  - Failed:     0, Passed:    37, ..." or "Failed!  - Failed:     1, Passed:    36, ..."
read -r passed failed reported < <(grep -Eo '^(Passed|Failed)!\s+- Failed:\s+[0-9]+, Passed:\s+[0-9]+' "$log" \
  | awk '{ gsub(/,/, ""); failed += $4; passed += $6; n++ } END { print passed + 0, failed + 0, n + 0 }')
# An assembly that did not report (a build or host crash) must not look like a pass.
[ "$reported" -ge 1 ] || failed=$((failed + 1))

echo "database: $passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
