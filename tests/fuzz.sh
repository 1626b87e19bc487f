#!/usr/bin/env bash
# Fuzzes the request reader (or the WebSocket frame parser) with afl++ through SharpFuzz: every input must be read without
# an exception and read the same whatever its split into receives (tests/MiniHttp.Fuzz/SegmentationCheck.cs,
# FrameSegmentationCheck.cs).
# Usage: tests/fuzz.sh [seconds, default 600] [findings directory, default (or "") a temporary one] [requests|frames]
# Installs afl++ (Debian) and the sharpfuzz tool when missing. Prints "fuzz: N crashes, N hangs, N paths" last and
# exits non-zero if afl found a crash or a hang; each finding is then left in the findings directory, to be turned
# into a regression input under tests/MiniHttp.Fuzz/regressions.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
work=$(mktemp -d)
findings=${2:-$work/findings}
target=${3:-requests}
case "$target" in
  requests) corpus=tests/MiniHttp.Fuzz/corpus ;;
  frames) corpus=tests/MiniHttp.Fuzz/frames-corpus ;;
  *) echo "fuzz: unknown target $target (requests or frames)" >&2; exit 2 ;;
esac
trap 'rm -rf "$work"' EXIT

if ! command -v afl-fuzz > /dev/null; then
  apt-get update -qq && apt-get install -y -qq afl++ > /dev/null
fi
dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" > /dev/null

dotnet publish tests/MiniHttp.Fuzz/MiniHttp.Fuzz.csproj -c Release -o "$work/harness" > "$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; exit 1; }
# Only the runtime is instrumented: coverage of the harness and the framework would only add noise.
"$work/tools/sharpfuzz" "$work/harness/MiniHttp.dll"

# The target is the dotnet host, not an afl-compiled binary, and containers rarely allow tuning the CPU governor
# or the core pattern: those checks are for native targets.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
mkdir -p "$findings"
afl-fuzz -V "$seconds" -i "$corpus" -o "$findings" -t 10000 -m none \
  -- dotnet "$work/harness/MiniHttp.Fuzz.dll" "$target" > "$work/afl.log" 2>&1 || { tail -30 "$work/afl.log"; exit 1; }

stats=$findings/default/fuzzer_stats
stat() { awk -v key="$1" '$1 == key { print $3 }' "$stats"; }
crashes=$(stat saved_crashes)
hangs=$(stat saved_hangs)
echo "fuzz: execs $(stat execs_done), run time $(stat run_time) s, stability $(stat stability)"
echo "fuzz: $crashes crashes, $hangs hangs, $(stat corpus_count) paths"
[ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ]
