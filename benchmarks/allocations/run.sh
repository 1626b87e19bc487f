#!/usr/bin/env bash
# What a connection allocates: HttpArena's limited-conn profile (ten requests per connection, then a new one) run by wrk
# against benchmarks/ConnectionAllocations, a server with the baseline route, once per transport. Each server is loaded
# unmeasured first (tiered compilation settles), then measured: the bytes the process allocated per request and per
# connection, and which types they went to, from the runtime's allocation sampling (one sample per ~100 KB allocated,
# so a type's bytes are an estimate that grows closer with the run's length; the total is exact). Allocation does not
# depend on the machine's speed, so no CPU cap is needed. Traffic goes to 127.0.0.1 only; wrk must be installed.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=10 warmup=10 connections=16 top=15
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --top) top=$2; shift 2 ;;
    *) echo "usage: benchmarks/allocations/run.sh [--duration S] [--warmup S] [--connections N] [--top N]" >&2; exit 2 ;;
  esac
done
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"; [ -z "${server_pid:-}" ] || kill "$server_pid" 2> /dev/null || true' EXIT
dotnet publish benchmarks/ConnectionAllocations -c Release -o "$work/app" > "$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, .NET $(dotnet --version), wrk limited-conn, -c$connections, ${warmup} s warm-up, ${duration} s measured"
echo
echo "| transport | requests | bytes / request | bytes / connection (10 requests) |"
echo "|---|---:|---:|---:|"
for transport in sockets epoll; do
  mkfifo "$work/in.$transport"
  # The Arena's configuration: inline completions (ignored by the epoll transport, whose loops answer inline anyway).
  DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 "$work/app/ConnectionAllocations" "$transport" < "$work/in.$transport" > "$work/out.$transport" 2>&1 &
  server_pid=$!
  exec 3> "$work/in.$transport"
  for _ in $(seq 100); do grep -q '^listening' "$work/out.$transport" && break; sleep 0.1; done
  port=$(awk '/^listening/ { print $2 }' "$work/out.$transport")
  [ -n "$port" ] || { cat "$work/out.$transport"; exit 1; }
  url="http://127.0.0.1:$port/baseline11?a=13&b=42"
  wrk -t1 -c"$connections" -d"${warmup}s" -s benchmarks/load/limited-conn.lua "$url" > /dev/null
  echo start >&3
  wrk -t1 -c"$connections" -d"${duration}s" -s benchmarks/load/limited-conn.lua "$url" > "$work/wrk.$transport"
  echo stop >&3
  for _ in $(seq 100); do grep -q '^done' "$work/out.$transport" && break; sleep 0.1; done
  exec 3>&-
  wait "$server_pid" || true
  server_pid=
  grep -q '^done' "$work/out.$transport" || { cat "$work/out.$transport"; exit 1; }
  awk -v t="$transport" '/^requests/ { r = $2 } /^bytes-per-request/ { b = $2 }
    END { printf "| %s | %d | %.1f | %.0f |\n", t, r, b, b * 10 }' "$work/out.$transport"
done

for transport in sockets epoll; do
  echo
  echo "Sampled by type, $transport (bytes per connection, the top $top):"
  echo
  echo "| bytes / connection | type |"
  echo "|---:|---|"
  awk -v top="$top" '/^type/ && n < top { n++; bytes = $2; $1 = ""; $2 = ""; sub(/^  /, ""); printf "| %.0f | `%s` |\n", bytes * 10, $0 }' "$work/out.$transport"
done
