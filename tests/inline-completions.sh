#!/usr/bin/env bash
# Runs the test assemblies that serve real sockets again with the runtime's inline socket completions
# (DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1, the Arena sample's default), where every connection's continuations
# run on the socket event threads instead of the thread pool, so nothing in the server may depend on which.
# Prints "inline-completions: N passed, N failed" last, summed over the assemblies; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1
# MiniHttp.Database.Tests is left out: with inline completions Npgsql's socket continuations run on the event threads
# too, where its synchronous cancel requests can stall them (docs/handlers.md, "Using a database"), which is why the
# Arena serves a database with thread-pool completions.
exec bash tests/lib/test-assemblies.sh inline-completions tests/MiniHttp.Tests tests/MiniHttp.EndToEnd.Tests tests/MiniHttp.Hooks.Tests \
  tests/MiniHttp.Filters.Tests tests/MiniHttp.Generators.Tests tests/MiniHttp.Hosting.Tests tests/MiniHttp.Todo.Tests tests/MiniHttp.OpenApi.Tests
