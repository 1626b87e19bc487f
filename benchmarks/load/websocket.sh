#!/usr/bin/env bash
# WebSocket load benchmark: the Arena sample's /ws against Kestrel's WebSocket middleware (the Kestrel peer's /ws), for
# HttpArena's three WebSocket profiles, in echoes received per second: echo-ws (one message in flight per
# connection), echo-ws-pipeline (16) and echo-ws-limited (a new connection, with its handshake, every 10 messages). The
# load generator is benchmarks/WebSocketLoad, pinned to core 1 as wrk is in run.sh; the servers are pinned to core 0,
# loaded unmeasured first (the JIT keeps improving under load), then measured in rounds whose server order alternates,
# and the table gives each server's median and the median of the per-round ratios. --server-quota PCT caps each server
# at PCT% of its core with benchmarks/load/cgroups.sh, as run.sh does, so the server sets the pace.
# Writes the table to benchmarks/load/results/<UTC time>-websocket[-capped].md and prints it.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=5 connections=64 rounds=3 warmup=5 server_quota=
command_line="benchmarks/load/websocket.sh $*"
while [ $# -gt 0 ]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --server-quota) server_quota=$2; shift 2 ;;
    *) echo "usage: $0 [--duration S] [--connections N] [--rounds N] [--warmup S] [--server-quota PCT]" >&2; exit 2 ;;
  esac
done

out=$(mktemp -d)
declare -A pids
# shellcheck source=cgroups.sh
source benchmarks/load/cgroups.sh
stop_servers() { for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; done; }
trap 'stop_servers; remove_cgroups; rm -rf "$out"' EXIT

for project in samples/Arena benchmarks/Peers/Kestrel benchmarks/WebSocketLoad; do
  dotnet build -c Release "$project" > "$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
done
[ -z "$server_quota" ] || { detect_cgroups; create_cgroup load; }

declare -A port=([minihttp]=18580 [kestrel]=18581)
declare -A server=(
  [minihttp]="samples/Arena/bin/Release/net10.0/Arena.dll --port ${port[minihttp]}"
  [kestrel]="benchmarks/Peers/Kestrel/bin/Release/net10.0/KestrelPeer.dll --port ${port[kestrel]}")
declare -A profile=([echo-ws]="--pipeline 1" [echo-ws-pipeline]="--pipeline 16" [echo-ws-limited]="--pipeline 1 --messages 10")
profiles=(echo-ws echo-ws-pipeline echo-ws-limited)

for name in minihttp kestrel; do
  command=(dotnet ${server[$name]})
  if [ -n "$server_quota" ]; then
    create_cgroup "$name" "$server_quota"
    command=(env DOTNET_PROCESSOR_COUNT=1 "${command[@]}")
  fi
  cgroup_launcher "$name"
  "${launcher[@]}" taskset -c 0 "${command[@]}" > "$out/$name.log" 2>&1 &
  pids[$name]=$!
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:${port[$name]}/pipeline" && break; sleep 0.1; done
  curl -s -o /dev/null "http://127.0.0.1:${port[$name]}/pipeline" || { echo "$name did not start:"; cat "$out/$name.log"; exit 1; }
  [ -z "$server_quota" ] || check_in_cgroup "$name" "${pids[$name]}"
done

load() { # server, profile, seconds
  local launcher
  cgroup_launcher load
  "${launcher[@]}" taskset -c 1 dotnet benchmarks/WebSocketLoad/bin/Release/net10.0/WebSocketLoad.dll \
    --port "${port[$1]}" --connections "$connections" --duration "$3" ${profile[$2]} > "$out/run.txt"
  grep -q '^errors: 0$' "$out/run.txt" || { echo "$1 $2: $(cat "$out/run.txt")" >&2; exit 1; }
  awk '/^messages\/s:/ { print $2 }' "$out/run.txt"
}

for name in minihttp kestrel; do
  for p in "${profiles[@]}"; do load "$name" "$p" "$warmup" > /dev/null; done
done

declare -A results
for round in $(seq "$rounds"); do
  order=(minihttp kestrel)
  [ $((round % 2)) -eq 1 ] || order=(kestrel minihttp)
  for p in "${profiles[@]}"; do
    for name in "${order[@]}"; do
      results[$name.$p]+="$(load "$name" "$p" "$duration") "
    done
  done
done

stamp=$(date -u '+%Y-%m-%dT%H-%M-%SZ')
markdown=benchmarks/load/results/$stamp-websocket${server_quota:+-capped}.md
mkdir -p benchmarks/load/results
{
  echo "# WebSocket echo, MiniHttp against Kestrel's WebSocket middleware"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), \`$command_line\`: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs),"
  echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, .NET $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }');"
  echo "servers on core 0${server_quota:+ capped at $server_quota%}, the load generator on core 1, $connections connections, $rounds rounds of ${duration} s."
  echo
  echo "| profile | MiniHttp messages/s (median) | Kestrel messages/s (median) | MiniHttp / Kestrel (median of the rounds' ratios) | MiniHttp rounds | Kestrel rounds |"
  echo "|---|---:|---:|---:|---|---|"
  for p in "${profiles[@]}"; do
    python3 - "$p" "${results[minihttp.$p]}" "${results[kestrel.$p]}" << 'PY'
import statistics, sys
name, ours, theirs = sys.argv[1], [float(x) for x in sys.argv[2].split()], [float(x) for x in sys.argv[3].split()]
ratio = statistics.median(a / b for a, b in zip(ours, theirs))
print(f"| {name} | {statistics.median(ours):,.0f} | {statistics.median(theirs):,.0f} | {ratio:.2f} | "
      f"{', '.join(f'{x:,.0f}' for x in ours)} | {', '.join(f'{x:,.0f}' for x in theirs)} |")
PY
  done
} > "$markdown"
cat "$markdown"
echo "websocket: written to $markdown"
