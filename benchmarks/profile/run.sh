#!/usr/bin/env bash
# Where a pinned server's core goes under load: perf samples of the Arena sample (JIT code named through the
# runtime's perf map) and of the C epoll peer, each pinned to core 0 while wrk on core 1 runs one profile.
# Prints, per server, the share of samples by where they ran (kernel, the runtime, JIT-compiled code, libc), the
# hottest symbols, and what its resident memory is made of at the end of the run (anonymous memory, such as the GC
# heap and JIT-compiled code, against mapped files, such as the runtime's own libraries). Needs perf (Debian's linux-perf, installed if missing) and permission to profile.
# Usage: benchmarks/profile/run.sh [--profile get|pipelined|limited] [--seconds S] [--warmup S] [--top N]
set -euo pipefail
cd "$(dirname "$0")/../.."

profile=get seconds=10 warmup=30 top=25
while [ $# -gt 0 ]; do
  case $1 in
    --profile) profile=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --top) top=$2; shift 2 ;;
    *) echo "Usage: $0 [--profile get|pipelined|limited] [--seconds S] [--warmup S] [--top N]" >&2; exit 2 ;;
  esac
done

command -v perf > /dev/null || { apt-get update -qq && apt-get install -y -qq linux-perf > /dev/null; }
command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }

out=$(mktemp -d)
server_pid=
trap '[ -z "$server_pid" ] || kill "$server_pid" 2> /dev/null; rm -rf "$out"' EXIT

dotnet publish samples/Arena/Arena.csproj -c Release -o "$out/minihttp" > "$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }
gcc -O2 -g -o "$out/c-server" benchmarks/Peers/C/server.c

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
case $profile in
  get) args=("$base/baseline11?a=13&b=42") ;;
  pipelined) args=(-s benchmarks/load/pipeline.lua "$base" -- /pipeline) ;;
  limited) args=(-s benchmarks/load/limited-conn.lua "$base" -- "/baseline11?a=13&b=42") ;;
  *) echo "Unknown profile '$profile'" >&2; exit 2 ;;
esac

profile_server() { # name, warm-up seconds, command...
  local name=$1 warm=$2; shift 2
  # The perf map names JIT-compiled methods; without W^X the code is not behind a double mapping perf cannot name.
  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 taskset -c 0 "$@" > "$out/$name.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do curl -s -o /dev/null "$base/pipeline" && break; sleep 0.1; done
  [ "$warm" -eq 0 ] || taskset -c 1 wrk -t1 -c64 -d"${warm}s" "${args[@]}" > /dev/null
  taskset -c 1 wrk -t1 -c64 -d"$((seconds + 2))s" "${args[@]}" > "$out/$name.wrk" &
  local wrk_pid=$!
  sleep 1
  perf record -F 1999 -g -p "$server_pid" -o "$out/$name.data" -- sleep "$seconds" > /dev/null 2>&1
  wait "$wrk_pid"
  awk '/^(Rss|Anonymous):/ { print $1, $2 }' "/proc/$server_pid/smaps_rollup" > "$out/$name.memory"
  awk '/^[0-9a-f]+-[0-9a-f]+ / { name = $6 == "" ? "(anonymous)" : $6 } /^Rss:/ { rss[name] += $2 }
       END { for (n in rss) printf "%d %s\n", rss[n], n }' "/proc/$server_pid/smaps" | sort -rn | head -6 > "$out/$name.mappings"
  kill "$server_pid"; wait "$server_pid" 2> /dev/null || true; server_pid=

  echo "#### $name, $profile: $(awk '/Requests\/sec/ { print $2 }' "$out/$name.wrk") requests/s under perf"
  echo
  echo "Samples by where they ran:"
  echo
  perf report -i "$out/$name.data" --no-children --sort dso --stdio 2> /dev/null \
    | awk '/^ +[0-9.]+%/ { dso = $2; sub(/^\[/, "", dso); sub(/\]$/, "", dso); if (dso ~ /^perf-[0-9]+\.map$/) dso = "JIT-compiled .NET code"; printf "- %s %s\n", $1, dso }' | head -8
  echo
  echo "Hottest symbols:"
  echo
  perf report -i "$out/$name.data" --no-children --sort dso,sym --stdio 2> /dev/null \
    | awk -v top="$top" '/^ +[0-9.]+%/ && n < top { $2 = ""; sub(/^ +/, ""); print "- " $0; n++ }'
  echo
  echo "Resident memory at the end: $(awk '/^Rss:/ { r = $2 } /^Anonymous:/ { a = $2 } END { printf "%.1f MiB, of which %.1f MiB anonymous and %.1f MiB mapped files", r / 1024, a / 1024, (r - a) / 1024 }' "$out/$name.memory"); the largest mappings:"
  echo
  awk '{ printf "- %.1f MiB %s\n", $1 / 1024, $2 }' "$out/$name.mappings"
  echo
}

profile_server minihttp "$warmup" dotnet "$out/minihttp/Arena.dll" --address 127.0.0.1 --port "$port"
profile_server c 0 "$out/c-server" "$port"
