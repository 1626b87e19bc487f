#!/usr/bin/env bash
# Publishes the Arena sample from the repository's projects into DIR/jit (the JIT build) and DIR/aot (the Native AOT
# build, as the entry's Dockerfile makes it; clang and lld needed), each with its publish output in DIR/<build>.log.
# The scripts that run the published sample (tests/arena-smoke.sh, tests/exhaustion.sh, tests/httparena-validate.sh,
# benchmarks/arena/run.sh) publish with this on their own; .ci/run publishes once and hands them the folder in
# ARENA_PUBLISH_DIR, so the sample is compiled and linked once per CI run rather than once per script.
# Usage: tests/arena-publish.sh DIR jit|aot...; exits non-zero, with the publish's output, if a build fails.
set -uo pipefail
cd "$(dirname "$0")/.."
dir=${1:?"usage: $0 DIR jit|aot..."}
shift
[ $# -gt 0 ] || { echo "usage: $0 DIR jit|aot..." >&2; exit 2; }

status=0
for build in "$@"; do
  case $build in
    jit) options=(-c Release) ;;
    aot) options=(-c Release -r linux-x64 -p:NativeAot=true) ;;
    *) echo "usage: $0 DIR jit|aot..." >&2; exit 2 ;;
  esac
  mkdir -p "$dir"
  if ! dotnet publish samples/Arena/Arena.csproj "${options[@]}" -o "$dir/$build" > "$dir/$build.log" 2>&1; then
    cat "$dir/$build.log"
    echo "arena-publish: the $build build failed" >&2
    status=1
  fi
done
exit "$status"
