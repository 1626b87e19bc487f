#!/usr/bin/env bash
# Start-up of the Arena sample, JIT and Native AOT: milliseconds from exec to the first answered request, and the
# resident memory right after it and after 10,000 more requests. Each build is started 5 times; the table shows the
# median. Only 127.0.0.1 is used.
# Usage: benchmarks/startup/run.sh   (installs clang, lld and wrk when missing)
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v clang > /dev/null || ! command -v ld.lld > /dev/null || ! command -v wrk > /dev/null; then
  apt-get update -qq && apt-get install -y -qq clang lld wrk > /dev/null
fi

out=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2> /dev/null; rm -rf "$out"; }
trap cleanup EXIT

dotnet publish samples/Arena/Arena.csproj -c Release -o "$out/jit" > "$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }
dotnet publish samples/Arena/Arena.csproj -c Release -r linux-x64 -p:NativeAot=true -o "$out/aot" > "$out/publish.log" 2>&1 \
  || { cat "$out/publish.log"; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
url="http://127.0.0.1:$port/baseline11?a=1&b=2"
rss_mib() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

measure() { # name, command...
  local name=$1; shift
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s%N)
    "$@" --port "$port" > /dev/null 2>&1 &
    server_pid=$!
    local tries=0
    until curl -s -o /dev/null "$url"; do
      tries=$((tries + 1)); [ "$tries" -lt 10000 ] || { echo "$name did not answer"; exit 1; }
      sleep 0.001
    done
    end=$(date +%s%N)
    local first_rss
    first_rss=$(rss_mib "$server_pid")
    wrk -t1 -c8 -d2s "$url" > /dev/null
    echo "$(( (end - start) / 1000000 )) $first_rss $(rss_mib "$server_pid")" >> "$out/$name.txt"
    kill "$server_pid"; wait "$server_pid" 2> /dev/null || true; server_pid=
  done
}

measure jit dotnet "$out/jit/Arena.dll"
measure aot "$out/aot/Arena"

python3 - "$out" <<'PY'
import statistics, sys
out = sys.argv[1]
print("| build | start-up to first response (ms) | RSS after it (MiB) | RSS after load (MiB) |")
print("|---|---:|---:|---:|")
for name in ("jit", "aot"):
    rows = [list(map(float, line.split())) for line in open(f"{out}/{name}.txt")]
    ms, rss, loaded = (statistics.median(column) for column in zip(*rows))
    print(f"| {name.upper()} | {ms:.0f} | {rss:.1f} | {loaded:.1f} |")
PY
