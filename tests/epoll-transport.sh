#!/usr/bin/env bash
# Runs the test assemblies that serve real sockets again on the epoll transport (MINIHTTP_TRANSPORT=epoll, which every
# ServerOptions the tests make then defaults to), so that every socket-facing test holds on both transports: the
# runtime's sockets (the plain `dotnet test` run) and MiniHttp's own epoll event loops.
# Prints "epoll-transport: N passed, N failed" last, summed over the assemblies; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

export MINIHTTP_TRANSPORT=epoll
exec bash tests/lib/test-assemblies.sh epoll-transport tests/MiniHttp.Tests tests/MiniHttp.EndToEnd.Tests tests/MiniHttp.Hooks.Tests tests/MiniHttp.Filters.Tests \
  tests/MiniHttp.Generators.Tests tests/MiniHttp.Hosting.Tests tests/MiniHttp.Todo.Tests tests/MiniHttp.OpenApi.Tests
