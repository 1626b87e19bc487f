#!/usr/bin/env bash
# Runs MiniHttp.Database.Tests, the end-to-end tests against a real PostgreSQL (the fixture makes its own cluster with
# tests/database/cluster.sh). They are kept out of MiniHttp.sln so the README's test command needs no database; without
# PostgreSQL installed every test fails, none skips.
# Prints "database: N passed, N failed" last; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

exec bash tests/lib/test-assemblies.sh database tests/MiniHttp.Database.Tests
