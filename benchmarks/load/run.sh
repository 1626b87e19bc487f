#!/usr/bin/env bash
# Load benchmark: the Arena sample, the Kestrel peer and the C epoll peer under wrk for HttpArena's engine profiles.
# The servers run side by side, each on its own port and pinned to core 0 (2-core machine), and wrk, pinned to
# core 1, loads one at a time; traffic goes to 127.0.0.1 only. The JIT servers are loaded unmeasured first, since a
# JIT server keeps getting faster for tens of seconds under load (tiered compilation, dynamic PGO). Then come the
# measured rounds: each round runs every profile against every server in turn, the servers' order rotated from round
# to round, so the machine's drift over minutes reaches all of them alike. The tables give each server's median over
# the rounds and the median of the per-round ratios.
#
# At full speed one wrk thread is the limit here, for MiniHttp and the C server alike. --server-quota PCT caps each
# server at PCT% of every core it runs on (a CFS quota in a cgroup of its own, v1 or v2), so that the server sets
# the pace and wrk keeps headroom; the server's CPU time per request then comes from its cgroup's accounting.
#
# Writes a markdown table (req/s per profile and server, the MiniHttp/Kestrel and MiniHttp/C ratios, each server's
# CPU microseconds per request, the CPU of each server and of wrk, errors, bytes allocated per request, peak RSS) with
# every round's runs under it, an SVG bar chart of it and a JSON summary, and prints the table. --scaling measures
# instead how MiniHttp and Kestrel go from one core to two; --variants MiniHttp's configurations against each other;
# --transports MiniHttp's two transports against each other and the C server.
set -euo pipefail
cd "$(dirname "$0")/../.."

usage() {
  cat << 'EOF'
Usage: benchmarks/load/run.sh [options]
  --duration S      seconds of each measured wrk run (default 5)
  --connections N   wrk connections (default 64)
  --warmup S        seconds of unmeasured load on each JIT server before measuring, spread over the profiles,
                    at least one each (default 30)
  --rounds N        measured rounds; each runs every profile against every server (default 3)
  --server-quota PCT
                    cap every server at PCT% (10-100) of each core it runs on, with a CFS quota over a 10 ms
                    period in a cgroup of its own (v1 or v2, detected; root needed), so that the server and not
                    wrk sets the pace; --scaling then compares 2 x PCT% on two cores with 1 x PCT% on one
  --scaling         measure 1 core against 2 cores (baseline GET, pipelined) instead of the profile table
  --variants        measure MiniHttp's configurations against each other and Kestrel instead (baseline GET,
                    pipelined, limited-conn): the default, --pool-completions, --metrics (every instrument on) and
                    the Native AOT build (clang and lld needed; installed if missing), and Kestrel with and without
                    inline socket completions
  --transports      measure MiniHttp's transports (the runtime's sockets and its own epoll loops) against each other
                    and the C server instead (baseline GET, POST, pipelined, limited-conn)
  --scaling-connections N
                    wrk connections in --scaling mode, where wrk shares the cores with the server (default 16)
  --markdown PATH   where to write the table (default benchmarks/load/results/<UTC time>[-capped][-scaling].md)
  --svg PATH        where to write the chart (default the same name, .svg; not written in --scaling mode)
  --json PATH       where to write the summary that tests/load-smoke.sh checks (default the same name, .json)
EOF
}

duration=5
connections=64
warmup=30
rounds=3
server_quota=
scaling=false
variants=false
transports=false
scaling_connections=16
markdown= svg= json=
command_line="benchmarks/load/run.sh $*"
while [ $# -gt 0 ]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --server-quota) server_quota=$2; shift 2 ;;
    --scaling) scaling=true; shift ;;
    --variants) variants=true; shift ;;
    --transports) transports=true; shift ;;
    --scaling-connections) scaling_connections=$2; shift 2 ;;
    --markdown) markdown=$2; shift 2 ;;
    --svg) svg=$2; shift 2 ;;
    --json) json=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "--rounds must be a positive number, not '$rounds'" >&2; exit 2; }
# The kernel refuses a CFS quota under 1 ms, a tenth of the period used here.
[ -z "$server_quota" ] || { [[ $server_quota =~ ^[0-9]+$ ]] && [ "$server_quota" -ge 10 ] && [ "$server_quota" -le 100 ]; } \
  || { echo "--server-quota must be a percentage from 10 to 100, not '$server_quota'" >&2; exit 2; }
mode=profiles
[ "$scaling" == false ] || mode=scaling
[ "$variants" == false ] || mode=variants
[ "$transports" == false ] || mode=transports
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
results=benchmarks/load/results/$stamp${server_quota:+-capped}$([ "$mode" == profiles ] || echo "-$mode")
markdown=${markdown:-$results.md}
svg=${svg:-$results.svg}
json=${json:-$results.json}

if ! command -v wrk > /dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk > /dev/null
fi

out=$(mktemp -d)
# Every server that runs is a contestant, <server>.<configuration>, with its own port, processes and cgroup.
contestants=()
declare -A server_cpus wrk_cpus wrk_connections process_count quota_percent serves_tls reports_allocations warms_up ports tls_ports pids
# shellcheck source=cgroups.sh
source benchmarks/load/cgroups.sh
trap 'stop_contestants; remove_cgroups; rm -rf "$out"' EXIT

# --- the machine, the servers and the profiles ------------------------------------------------------------------

# When the servers are capped, wrk runs in a cgroup of its own too, for the weight that keeps its core for it.
if [ -n "$server_quota" ]; then
  detect_cgroups
  create_cgroup wrk
fi

# The machine's state when the run started, so a reader can tell a quiet machine from a shared one.
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "command=$command_line"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
  echo "loadavg=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "dotnet=$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')"
  echo "wrk=$(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"
  echo "duration=$duration"
  echo "connections=$([ "$mode" == scaling ] && echo "$scaling_connections" || echo "$connections")"
  echo "warmup=$warmup"
  echo "rounds=$rounds"
  echo "server_quota=$server_quota"
  echo "cgroup=$cgroup_version"
  echo "period_us=$cgroup_period_us"
} > "$out/context"

publish() { # project, output directory
  dotnet publish "$1" -c Release -o "$2" > "$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }
}
publish samples/Arena/Arena.csproj "$out/minihttp"
if [ "$mode" == variants ]; then
  command -v clang > /dev/null && command -v ld.lld > /dev/null || { apt-get update -qq && apt-get install -y -qq clang lld > /dev/null; }
  dotnet publish samples/Arena/Arena.csproj -c Release -r linux-x64 -p:NativeAot=true -o "$out/minihttp-aot" > "$out/publish.log" 2>&1 \
    || { cat "$out/publish.log"; exit 1; }
fi
publish benchmarks/Peers/Kestrel/Kestrel.csproj "$out/kestrel"
mkdir -p "$out/c"
gcc -O2 -o "$out/c/server" benchmarks/Peers/C/server.c

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
# A self-signed certificate for both .NET servers' HTTPS endpoints; wrk does not verify it.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout "$out/server.key" -out "$out/server.crt" 2> /dev/null
lua=benchmarks/load

# id|label|wrk arguments after the common ones, {http} and {https} standing for the contestant's own base URLs. The
# ids ending in -tls run only against the servers with an HTTPS endpoint.
profiles=(
  "get|baseline GET|{http}/baseline11?a=13&b=42"
  "post|baseline POST (Content-Length)|-s $lua/post.lua {http}/baseline11?a=13&b=42"
  "chunked|baseline POST (chunked)|-s $lua/post-chunked.lua {http}/baseline11?a=13&b=42"
  "pipelined|pipelined x16|-s $lua/pipeline.lua {http} -- /pipeline"
  "limited|limited-conn (10 per connection)|-s $lua/limited-conn.lua {http} -- /baseline11?a=13&b=42"
  "get-tls|baseline GET over TLS|{https}/baseline11?a=13&b=42"
  "pipelined-tls|pipelined x16 over TLS|-s $lua/pipeline.lua {https} -- /pipeline"
)
case $mode in
  scaling) profiles=("${profiles[0]}" "${profiles[3]}") ;;
  variants) profiles=("${profiles[0]}" "${profiles[3]}" "${profiles[4]}") ;;
  transports) profiles=("${profiles[0]}" "${profiles[1]}" "${profiles[3]}" "${profiles[4]}") ;;
esac
printf '%s\n' "${profiles[@]}" | cut -d'|' -f1,2 > "$out/profiles"

server_command() { # server, port, TLS port: sets the array `command`
  local arena=(--address 127.0.0.1 --port "$2")
  case $1 in
    minihttp) command=(dotnet "$out/minihttp/Arena.dll" "${arena[@]}") ;;
    minihttp-x2) command=(dotnet "$out/minihttp/Arena.dll" "${arena[@]}" --reuse-port) ;;
    minihttp-pool) command=(dotnet "$out/minihttp/Arena.dll" "${arena[@]}" --pool-completions) ;;
    minihttp-metrics) command=(dotnet "$out/minihttp/Arena.dll" "${arena[@]}" --metrics) ;;
    minihttp-aot) command=("$out/minihttp-aot/Arena" "${arena[@]}") ;;
    minihttp-sockets) command=(dotnet "$out/minihttp/Arena.dll" "${arena[@]}" --transport sockets) ;;
    minihttp-epoll) command=(dotnet "$out/minihttp/Arena.dll" "${arena[@]}" --transport epoll) ;;
    kestrel) command=(dotnet "$out/kestrel/KestrelPeer.dll" --port "$2") ;;
    kestrel-inline) command=(env DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 dotnet "$out/kestrel/KestrelPeer.dll" --port "$2") ;;
    c) command=("$out/c/server" "$2") ;;
  esac
  [ "${serves_tls[$1]:-false}" == false ] || command+=(--tls-port "$3" --cert "$out/server.crt" --key "$out/server.key")
  [ "${reports_allocations[$1]:-false}" == false ] || command+=(--report-allocations)
}

cores_in() { tr ',' '\n' <<< "$1" | wc -l; }

add_contestant() { # server, configuration, server cores, wrk cores, wrk connections, process count
  local id=$1.$2
  contestants+=("$id")
  server_cpus[$id]=$3 wrk_cpus[$id]=$4 wrk_connections[$id]=$5 process_count[$id]=$6
  [ -z "$server_quota" ] || quota_percent[$id]=$((server_quota * $(cores_in "$3")))
  # The C server has nothing to compile at run time.
  warms_up[$id]=$([ "$1" == c ] && echo false || echo true)
  ports[$id]=$(free_port) tls_ports[$id]=$(free_port)
  echo "$id|$3|$4|$5|$6|${quota_percent[$id]:-}" >> "$out/contestants"
}

case $mode in
  profiles)
    serves_tls=([minihttp]=true [kestrel]=true)
    for name in minihttp kestrel c; do add_contestant "$name" pinned 0 1 "$connections" 1; done
    reports_allocations=([minihttp]=true)
    ;;
  variants)
    # Each MiniHttp configuration and Kestrel, pinned as in the profile table, so the ratios between them come from
    # one run: what inline completions are worth (to MiniHttp and to Kestrel), what a listener on every instrument
    # costs, and what the Native AOT build gives up in throughput for its memory.
    for name in minihttp minihttp-pool minihttp-metrics minihttp-aot kestrel kestrel-inline; do
      add_contestant "$name" pinned 0 1 "$connections" 1
    done
    reports_allocations=([minihttp]=true)
    ;;
  transports)
    for name in minihttp-sockets minihttp-epoll c; do add_contestant "$name" pinned 0 1 "$connections" 1; done
    reports_allocations=([minihttp-sockets]=true [minihttp-epoll]=true)
    ;;
  scaling)
    # One core: the server alone on core 0, wrk alone on core 1. Two cores: the server and wrk unpinned, sharing both.
    # minihttp-x2 is two Arena processes on one port (SO_REUSEPORT), the kernel spreading connections between them.
    # minihttp-epoll: one process on the epoll transport, an event loop per core it is given.
    for name in minihttp minihttp-epoll kestrel minihttp-x2; do
      count=$([ "$name" == minihttp-x2 ] && echo 2 || echo 1)
      add_contestant "$name" 1-core 0 1 "$scaling_connections" "$count"
      add_contestant "$name" 2-cores 0,1 0,1 "$scaling_connections" "$count"
    done
    ;;
esac

# --- running the contestants ----------------------------------------------------------------------------------

start_contestant() { # contestant
  local id=$1 name=${1%%.*} pid i launcher
  server_command "$name" "${ports[$id]}" "${tls_ports[$id]}"
  if [ -n "$server_quota" ]; then
    create_cgroup "$id" "${quota_percent[$id]}"
    # .NET sizes its thread pool and socket engines by the CPU quota (2 x 50% counts as one processor); the cap
    # stands for slower cores, not fewer, so the runtime is told how many cores it runs on.
    command=(env "DOTNET_PROCESSOR_COUNT=$(cores_in "${server_cpus[$id]}")" "${command[@]}")
  fi
  cgroup_launcher "$id"
  for i in $(seq "${process_count[$id]}"); do
    "${launcher[@]}" taskset -c "${server_cpus[$id]}" "${command[@]}" > "$out/$id.$i.log" 2>&1 &
    pids[$id]+="$! "
  done
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:${ports[$id]}/pipeline" && break; sleep 0.1; done
  curl -s -o /dev/null "http://127.0.0.1:${ports[$id]}/pipeline" || { echo "$id did not start:"; cat "$out/$id.1.log"; exit 1; }
  if [ -n "$server_quota" ]; then
    for pid in ${pids[$id]}; do check_in_cgroup "$id" "$pid"; done
  fi
}

stop_contestants() {
  local id pid
  for id in "${!pids[@]}"; do
    for pid in ${pids[$id]}; do kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null || true; done
  done
  pids=()
}

ticks_per_second=$(getconf CLK_TCK)
# The CPU time the contestant used so far, in microseconds: its cgroup's when capped, else utime + stime of every
# thread of its processes, as /proc/PID/stat counts them (in clock ticks).
server_cpu_us() { # contestant
  if [ -n "$server_quota" ]; then
    cgroup_usage_us "$1"
  else
    local ticks=0 pid
    for pid in ${pids[$1]}; do ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat"))); done
    echo $((ticks * 1000000 / ticks_per_second))
  fi
}

# The Arena sample prints its process-wide allocated bytes on SIGUSR1 (--report-allocations).
allocated_bytes() { # contestant
  local log="$out/$1.1.log" before
  before=$(grep -c '^allocated-bytes' "$log" || true)
  kill -USR1 "${pids[$1]%% *}"
  for _ in $(seq 50); do
    [ "$(grep -c '^allocated-bytes' "$log" || true)" -gt "$before" ] && break
    sleep 0.02
  done
  grep '^allocated-bytes' "$log" | tail -1 | cut -d' ' -f2
}

wrk_arguments() { # contestant, profile: prints wrk's arguments after the common ones
  local args=${2##*|}
  args=${args//'{http}'/http://127.0.0.1:${ports[$1]}}
  echo "${args//'{https}'/https://127.0.0.1:${tls_ports[$1]}}"
}

runs_profile() { [ "${serves_tls[${1%%.*}]:-false}" == true ] || [[ ${2%%|*} != *-tls ]]; } # contestant, profile

run_wrk() { # result file prefix, contestant, seconds, wrk arguments after the common ones
  local prefix=$1 id=$2 seconds=$3 args=$4
  local TIMEFORMAT='%3U %3S %3R' launcher
  cgroup_launcher wrk
  # shellcheck disable=SC2086
  { time "${launcher[@]}" taskset -c "${wrk_cpus[$id]}" wrk -t1 -c"${wrk_connections[$id]}" -d"${seconds}s" $args > "$prefix.wrk"; } 2> "$prefix.wrk-cpu"
}

# Unmeasured load over the contestant's profiles, each for an equal share of --warmup seconds and at least one, so
# that no measured run is the first to reach a code path (a TLS handshake compiles much on its first use).
warm_up() { # contestant
  local id=$1 profile share count=0
  for profile in "${profiles[@]}"; do ! runs_profile "$id" "$profile" || count=$((count + 1)); done
  share=$((warmup / count))
  [ "$share" -gt 0 ] || share=1
  for profile in "${profiles[@]}"; do
    ! runs_profile "$id" "$profile" || run_wrk "$out/warm-up" "$id" "$share" "$(wrk_arguments "$id" "$profile")"
  done
}

measure() { # contestant, profile, round
  local id=$1 profile=$2 round=$3
  local prefix="$out/run.$id.${profile%%|*}.$round"
  [ "${reports_allocations[${id%%.*}]:-false}" == false ] || allocated_bytes "$id" > "$prefix.allocated"
  [ -z "$server_quota" ] || cgroup_throttling "$id" > "$prefix.throttling"
  server_cpu_us "$id" > "$prefix.server-cpu"
  run_wrk "$prefix" "$id" "$duration" "$(wrk_arguments "$id" "$profile")"
  server_cpu_us "$id" >> "$prefix.server-cpu"
  [ -z "$server_quota" ] || cgroup_throttling "$id" >> "$prefix.throttling"
  [ ! -f "$prefix.allocated" ] || allocated_bytes "$id" >> "$prefix.allocated"
}

for id in "${contestants[@]}"; do start_contestant "$id"; done
for id in "${contestants[@]}"; do [ "${warms_up[$id]}" == false ] || warm_up "$id"; done
# Round r starts with the r-th contestant, so none is always measured first or right after the same neighbour; a
# profile's runs against the different servers follow each other within seconds.
for round in $(seq "$rounds"); do
  for profile in "${profiles[@]}"; do
    for i in "${!contestants[@]}"; do
      id=${contestants[$(((i + round - 1) % ${#contestants[@]}))]}
      runs_profile "$id" "$profile" || continue
      measure "$id" "$profile" "$round"
    done
  done
done
# Peak RSS of the (first) server process and CPU time of all of them over the whole run, warm-ups included.
if [ "$mode" != scaling ]; then
  for id in "${contestants[@]}"; do
    echo "$(awk '/VmHWM/ { print $2 }' "/proc/${pids[$id]%% *}/status") $(server_cpu_us "$id")" > "$out/resources.${id%%.*}"
  done
fi
echo "cgroups=${cgroup_dirs[*]}" >> "$out/context"
stop_contestants
remove_cgroups

python3 benchmarks/load/report.py "$mode" "$out" --markdown "$markdown" --svg "$svg" --json "$json"
