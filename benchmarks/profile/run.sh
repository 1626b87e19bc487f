#!/usr/bin/env bash
# Where a pinned server's core goes under load: the Arena sample (JIT code named through the runtime's perf map) and
# the C epoll peer, each pinned to core 0 while wrk on core 1 runs one profile. With --server-quota PCT each server is
# also capped at PCT% of core 0 (a CFS quota, as benchmarks/load/run.sh --server-quota does), so that the server and
# not wrk sets the pace. For each server, one window after another under the same load:
#
#   1. plain: the rate and the server's CPU time per request (its cgroup's accounting when capped, else /proc/PID/stat);
#   2. strace -c -f: which system calls it makes and how many of them fail (strace slows the server several times over,
#      which changes how much each call finds to do, so its counts are only for the names and the failures);
#   3. perf stat: how many of each of those calls per request, counted by the kernel's tracepoints at nearly full speed;
#   4. perf record -g: the share of samples by where they ran (kernel, the runtime, JIT-compiled code, libc), the
#      hottest symbols, and the hottest outside the kernel.
#
# Then what its resident memory is made of at the end (anonymous memory, such as the GC heap and JIT-compiled code,
# against mapped files, such as the runtime's own libraries), and last a comparison of the two servers: CPU time per
# request split by where it ran, and system calls per request. Needs perf and strace (Debian's linux-perf and strace,
# installed if missing) and permission to profile; --server-quota needs root.
# --transport sockets|epoll runs the Arena sample on that transport (its --transport; the library's default otherwise).
# Usage: benchmarks/profile/run.sh [--profile get|pipelined|limited] [--seconds S] [--warmup S] [--top N] [--server-quota PCT]
#        [--transport sockets|epoll]
set -euo pipefail
cd "$(dirname "$0")/../.."

profile=get seconds=10 warmup=30 top=25 server_quota= transport=()
usage="Usage: $0 [--profile get|pipelined|limited] [--seconds S] [--warmup S] [--top N] [--server-quota PCT] [--transport sockets|epoll]"
while [ $# -gt 0 ]; do
  case $1 in
    --profile) profile=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --top) top=$2; shift 2 ;;
    --server-quota) server_quota=$2; shift 2 ;;
    --transport) transport=(--transport "$2"); shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
[ -z "$server_quota" ] || { [[ $server_quota =~ ^[0-9]+$ ]] && [ "$server_quota" -ge 10 ] && [ "$server_quota" -le 100 ]; } \
  || { echo "--server-quota must be a percentage from 10 to 100, not '$server_quota'" >&2; exit 2; }

command -v perf > /dev/null || { apt-get update -qq && apt-get install -y -qq linux-perf > /dev/null; }
command -v strace > /dev/null || { apt-get update -qq && apt-get install -y -qq strace > /dev/null; }
command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }

# shellcheck source=../load/cgroups.sh
source benchmarks/load/cgroups.sh
out=$(mktemp -d)
server_pid=
trap '[ -z "$server_pid" ] || { kill "$server_pid" 2> /dev/null; wait "$server_pid" 2> /dev/null; }; remove_cgroups; rm -rf "$out"' EXIT
if [ -n "$server_quota" ]; then
  detect_cgroups
  create_cgroup wrk
fi

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

# wrk on core 1 for the given seconds, in its own cgroup when capped; its output to the given file.
run_wrk() { # seconds, output file, command to run wrk under (optional)...
  local wrk_seconds=$1 output=$2 launcher
  shift 2
  cgroup_launcher wrk
  "${launcher[@]}" "$@" taskset -c 1 wrk -t1 -c64 -d"${wrk_seconds}s" "${args[@]}" > "$output"
}

requests_of() { awk '/requests in/ { print $1 }' "$1"; }

server_cpu_us() { # name
  if [ -n "$server_quota" ]; then
    cgroup_usage_us "$1"
  else
    echo $(($(awk '{ print $14 + $15 }' "/proc/$server_pid/stat") * 1000000 / $(getconf CLK_TCK)))
  fi
}

profile_server() { # name, warm-up seconds, command...
  local name=$1 warm=$2 launcher before after syscall events
  shift 2
  [ -z "$server_quota" ] || create_cgroup "$name" "$server_quota"
  cgroup_launcher "$name"
  # The perf map names JIT-compiled methods; without W^X the code is not behind a double mapping perf cannot name.
  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 "${launcher[@]}" taskset -c 0 "$@" > "$out/$name.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do curl -s -o /dev/null "$base/pipeline" && break; sleep 0.1; done
  [ -z "$server_quota" ] || check_in_cgroup "$name" "$server_pid"
  [ "$warm" -eq 0 ] || run_wrk "$warm" /dev/null

  # 1. The rate and the CPU time per request, with nothing attached to the server.
  before=$(server_cpu_us "$name")
  run_wrk "$seconds" "$out/$name.plain.wrk"
  after=$(server_cpu_us "$name")
  echo "$((after - before))" > "$out/$name.plain.cpu-us"

  # 2. The names of the calls it makes, from strace attached to every thread.
  strace -c -f -p "$server_pid" -o "$out/$name.strace" 2> /dev/null &
  local strace_pid=$!
  sleep 1
  run_wrk "$seconds" "$out/$name.strace.wrk"
  kill -INT "$strace_pid"
  wait "$strace_pid" || true

  # 3. Those calls counted by the kernel while wrk runs: perf stat's counting costs the server far less than strace.
  events=raw_syscalls:sys_enter
  for syscall in $(awk '$NF ~ /^[a-z0-9_]+$/ && $NF != "total" && $1 ~ /^[0-9.]+$/ { print $NF }' "$out/$name.strace"); do
    [ ! -d "/sys/kernel/tracing/events/syscalls/sys_enter_$syscall" ] || events+=",syscalls:sys_enter_$syscall"
  done
  run_wrk "$seconds" "$out/$name.syscalls.wrk" perf stat -x, -o "$out/$name.syscalls" -e "$events" -p "$server_pid" --

  # 4. perf samples of the server while wrk runs.
  run_wrk "$((seconds + 2))" "$out/$name.perf.wrk" &
  local wrk_pid=$!
  sleep 1
  perf record -F 1999 -g -p "$server_pid" -o "$out/$name.data" -- sleep "$seconds" > /dev/null 2>&1
  wait "$wrk_pid"
  awk '/^(Rss|Anonymous):/ { print $1, $2 }' "/proc/$server_pid/smaps_rollup" > "$out/$name.memory"
  awk '/^[0-9a-f]+-[0-9a-f]+ / { name = $6 == "" ? "(anonymous)" : $6 } /^Rss:/ { rss[name] += $2 }
       END { for (n in rss) printf "%d %s\n", rss[n], n }' "/proc/$server_pid/smaps" | sort -rn | head -6 > "$out/$name.mappings"
  kill "$server_pid"; wait "$server_pid" 2> /dev/null || true; server_pid=

  perf report -i "$out/$name.data" --no-children --sort dso --stdio 2> /dev/null \
    | awk '/^ +[0-9.]+%/ { dso = $2; sub(/^\[/, "", dso); sub(/\]$/, "", dso); if (dso ~ /^perf-[0-9]+\.map$/) dso = "JIT-compiled .NET code"; printf "%s %s\n", $1, dso }' \
    > "$out/$name.dsos"
  perf report -i "$out/$name.data" --no-children --sort dso,sym --stdio 2> /dev/null \
    | awk -v top="$top" '/^ +[0-9.]+%/ && n < top { $2 = ""; sub(/^ +/, ""); print "- " $0; n++ }' > "$out/$name.symbols"
  perf report -i "$out/$name.data" --no-children --sort dso,sym --stdio 2> /dev/null \
    | awk -v top="$top" '/^ +[0-9.]+%/ && !/\[k\]/ && n < top { $2 = ""; sub(/^ +/, ""); print "- " $0; n++ }' > "$out/$name.user-symbols"

  local rate cpu_us requests
  rate=$(awk '/Requests\/sec/ { print $2 }' "$out/$name.plain.wrk")
  requests=$(requests_of "$out/$name.plain.wrk")
  cpu_us=$(cat "$out/$name.plain.cpu-us")
  echo "#### $name, $profile${server_quota:+, capped at $server_quota% of core 0}: $rate requests/s, $(awk -v c="$cpu_us" -v r="$requests" 'BEGIN { printf "%.2f", c / r }') µs of CPU per request"
  echo
  echo "System calls per request (perf stat, $(awk '/Requests\/sec/ { print $2 }' "$out/$name.syscalls.wrk") requests/s while counted; the names from strace -c -f):"
  echo
  awk -F, -v r="$(requests_of "$out/$name.syscalls.wrk")" '$3 ~ /sys_enter/ { n = $3; sub(/^.*sys_enter_?/, "", n); printf "%.2f %s\n", $1 / r, n == "" ? "(all)" : n }' \
    "$out/$name.syscalls" | sort -rn | awk '$1 >= 0.01 { print "- " $0 }'
  echo
  echo "The same calls under strace -c -f ($(awk '/Requests\/sec/ { print $2 }' "$out/$name.strace.wrk") requests/s, slowed by it), with how many failed (EAGAIN, mostly):"
  echo
  # The calls made at least a hundredth as often as the most frequent one; the rest is start-up and timers.
  awk 'NR == FNR { if ($1 ~ /^[0-9.]+$/ && $NF != "total" && $4 > most) most = $4; next }
       $1 ~ /^[0-9.]+$/ && $NF != "total" && $4 >= most / 100 { printf "- %s: %d calls, %d failed\n", $NF, $4, NF == 6 ? $5 : 0 }' \
    "$out/$name.strace" "$out/$name.strace"
  echo
  echo "Samples by where they ran (perf record, $(awk '/Requests\/sec/ { print $2 }' "$out/$name.perf.wrk") requests/s under perf):"
  echo
  awk '{ printf "- %s %s\n", $1, $2 }' "$out/$name.dsos" | head -8
  echo
  echo "Hottest symbols:"
  echo
  cat "$out/$name.symbols"
  echo
  echo "Hottest outside the kernel:"
  echo
  cat "$out/$name.user-symbols"
  echo
  echo "Resident memory at the end: $(awk '/^Rss:/ { r = $2 } /^Anonymous:/ { a = $2 } END { printf "%.1f MiB, of which %.1f MiB anonymous and %.1f MiB mapped files", r / 1024, a / 1024, (r - a) / 1024 }' "$out/$name.memory"); the largest mappings:"
  echo
  awk '{ printf "- %.1f MiB %s\n", $1 / 1024, $2 }' "$out/$name.mappings"
  echo
}

profile_server minihttp "$warmup" dotnet "$out/minihttp/Arena.dll" --address 127.0.0.1 --port "$port" "${transport[@]}"
profile_server c 0 "$out/c-server" "$port"
python3 benchmarks/profile/compare.py "$out" minihttp c
