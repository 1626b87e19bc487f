#!/usr/bin/env bash
# Load benchmark: the Arena sample, the Kestrel peer and the C epoll peer (the measurable limit), one after the
# other in the same run, under wrk for HttpArena's engine profiles. Each server is pinned to core 0 and wrk to
# core 1 (2-core machine); traffic goes to 127.0.0.1 only. The JIT servers are loaded unmeasured first, since a
# JIT server keeps getting faster for tens of seconds under load (tiered compilation, dynamic PGO).
#
# Writes a markdown table (req/s per profile and server, the MiniHttp/Kestrel and MiniHttp/C ratios, the CPU of
# each server and of wrk during each run, errors, bytes allocated per request, peak RSS), an SVG bar chart of it
# and a JSON summary, and prints the table. --scaling measures instead how MiniHttp and Kestrel go from one
# core to two.
set -euo pipefail
cd "$(dirname "$0")/../.."

usage() {
  cat << 'EOF'
Usage: benchmarks/load/run.sh [options]
  --duration S      seconds of each measured wrk run (default 5)
  --connections N   wrk connections (default 64)
  --warmup S        seconds of unmeasured load on each JIT server before measuring (default 30)
  --scaling         measure 1 core against 2 cores (baseline GET, pipelined) instead of the profile table
  --variants        measure MiniHttp's configurations against each other and Kestrel instead (baseline GET,
                    pipelined, limited-conn): the default, --pool-completions, --metrics (every instrument on) and
                    the Native AOT build (clang and lld needed; installed if missing), and Kestrel with and without
                    inline socket completions
  --scaling-connections N
                    wrk connections in --scaling mode, where wrk shares the cores with the server (default 16)
  --markdown PATH   where to write the table (default benchmarks/load/results/<UTC time>[-scaling].md)
  --svg PATH        where to write the chart (default the same name, .svg; not written in --scaling mode)
  --json PATH       where to write the summary that tests/load-smoke.sh checks (default the same name, .json)
EOF
}

duration=5
connections=64
warmup=30
scaling=false
variants=false
scaling_connections=16
markdown= svg= json=
command_line="benchmarks/load/run.sh $*"
while [ $# -gt 0 ]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --scaling) scaling=true; shift ;;
    --variants) variants=true; shift ;;
    --scaling-connections) scaling_connections=$2; shift 2 ;;
    --markdown) markdown=$2; shift 2 ;;
    --svg) svg=$2; shift 2 ;;
    --json) json=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
results=benchmarks/load/results/$stamp$([ "$scaling" == true ] && echo -scaling || true)$([ "$variants" == true ] && echo -variants || true)
markdown=${markdown:-$results.md}
svg=${svg:-$results.svg}
json=${json:-$results.json}

if ! command -v wrk > /dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk > /dev/null
fi

out=$(mktemp -d)
server_pids=()
stop_servers() {
  for pid in "${server_pids[@]}"; do kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null || true; done
  server_pids=()
}
trap 'stop_servers; rm -rf "$out"' EXIT

# The machine's state when the run started, so a reader can tell a quiet machine from a shared one.
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "command=$command_line"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
  echo "loadavg=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "dotnet=$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')"
  echo "wrk=$(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"
  echo "duration=$duration"
  echo "connections=$([ "$scaling" == true ] && echo "$scaling_connections" || echo "$connections")"
  echo "warmup=$warmup"
} > "$out/context"

publish() { # project, output directory
  dotnet publish "$1" -c Release -o "$2" > "$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }
}
publish samples/Arena/Arena.csproj "$out/minihttp"
if [ "$variants" == true ]; then
  command -v clang > /dev/null && command -v ld.lld > /dev/null || { apt-get update -qq && apt-get install -y -qq clang lld > /dev/null; }
  dotnet publish samples/Arena/Arena.csproj -c Release -r linux-x64 -p:NativeAot=true -o "$out/minihttp-aot" > "$out/publish.log" 2>&1 \
    || { cat "$out/publish.log"; exit 1; }
fi
publish benchmarks/Peers/Kestrel/Kestrel.csproj "$out/kestrel"
mkdir -p "$out/c"
gcc -O2 -o "$out/c/server" benchmarks/Peers/C/server.c

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
port=$(free_port)
tls_port=$(free_port)
base="http://127.0.0.1:$port"
tls_base="https://127.0.0.1:$tls_port"
# A self-signed certificate for both .NET servers' HTTPS endpoints; wrk does not verify it.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout "$out/server.key" -out "$out/server.crt" 2> /dev/null
tls=(--tls-port "$tls_port" --cert "$out/server.crt" --key "$out/server.key")
lua=benchmarks/load

# id|label|wrk arguments after the common ones. The ids ending in -tls are not run against the C server.
profiles=(
  "get|baseline GET|$base/baseline11?a=13&b=42"
  "post|baseline POST (Content-Length)|-s $lua/post.lua $base/baseline11?a=13&b=42"
  "chunked|baseline POST (chunked)|-s $lua/post-chunked.lua $base/baseline11?a=13&b=42"
  "pipelined|pipelined x16|-s $lua/pipeline.lua $base -- /pipeline"
  "limited|limited-conn (10 per connection)|-s $lua/limited-conn.lua $base -- /baseline11?a=13&b=42"
  "get-tls|baseline GET over TLS|$tls_base/baseline11?a=13&b=42"
  "pipelined-tls|pipelined x16 over TLS|-s $lua/pipeline.lua $tls_base -- /pipeline"
)
scaling_profiles=("${profiles[0]}" "${profiles[3]}")
variant_profiles=("${profiles[0]}" "${profiles[3]}" "${profiles[4]}")

# utime + stime of a process, in clock ticks: every thread of it, as /proc/PID/stat counts them.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
servers_cpu_ticks() { local total=0; for pid in "${server_pids[@]}"; do total=$((total + $(cpu_ticks "$pid"))); done; echo "$total"; }

# The Arena sample prints its process-wide allocated bytes on SIGUSR1 (--report-allocations).
allocated_bytes() { # log file
  local before
  before=$(grep -c '^allocated-bytes' "$1" || true)
  kill -USR1 "${server_pids[0]}"
  for _ in $(seq 50); do
    [ "$(grep -c '^allocated-bytes' "$1" || true)" -gt "$before" ] && break
    sleep 0.02
  done
  grep '^allocated-bytes' "$1" | tail -1 | cut -d' ' -f2
}

start_servers() { # name, cpu list for taskset, process count, command...
  local name=$1 cpus=$2 count=$3; shift 3
  for i in $(seq "$count"); do
    taskset -c "$cpus" "$@" > "$out/$name.$i.log" 2>&1 &
    server_pids+=($!)
  done
  for _ in $(seq 100); do curl -s -o /dev/null "$base/pipeline" && return; sleep 0.1; done
  echo "$name did not start:"; cat "$out/$name.1.log"; exit 1
}

run_wrk() { # result file prefix, wrk cpu list, connections, seconds, wrk arguments after the common ones
  local prefix=$1 cpus=$2 wrk_connections=$3 seconds=$4 args=$5
  local TIMEFORMAT='%3U %3S %3R'
  # shellcheck disable=SC2086
  { time taskset -c "$cpus" wrk -t1 -c"$wrk_connections" -d"${seconds}s" $args > "$prefix.wrk"; } 2> "$prefix.wrk-cpu"
}

# Unmeasured load over the given profiles, each for an equal share of --warmup seconds (at least one).
warm_up() { # wrk cpu list, connections, profiles...
  local cpus=$1 wrk_connections=$2; shift 2
  local share=$((warmup / $#)) spent=0
  [ "$share" -gt 0 ] || share=1
  for profile in "$@"; do
    [ "$spent" -lt "$warmup" ] || break
    run_wrk "$out/warm-up" "$cpus" "$wrk_connections" "$share" "${profile##*|}"
    spent=$((spent + share))
  done
}

measure() { # server name, configuration, wrk cpu list, connections, profile
  local name=$1 config=$2 cpus=$3 wrk_connections=$4 profile=$5
  local id=${profile%%|*} args=${profile##*|}
  local prefix="$out/run.$name.$config.$id" log="$out/$name.1.log"
  # Only the profile table's Arena runs with --report-allocations.
  [ "$name.$config" != minihttp.pinned ] || allocated_bytes "$log" > "$prefix.allocated"
  servers_cpu_ticks > "$prefix.server-cpu"
  run_wrk "$prefix" "$cpus" "$wrk_connections" "$duration" "$args"
  servers_cpu_ticks >> "$prefix.server-cpu"
  [ ! -f "$prefix.allocated" ] || allocated_bytes "$log" >> "$prefix.allocated"
}

# Peak RSS of the (first) server process and CPU seconds of all of them over the whole run, warm-up included.
record_resources() { # server name
  echo "$(awk '/VmHWM/ { print $2 }' "/proc/${server_pids[0]}/status") $(servers_cpu_ticks)" > "$out/resources.$1"
}

declare -A commands=(
  [minihttp]="dotnet $out/minihttp/Arena.dll --address 127.0.0.1 --port $port"
  [minihttp-pool]="dotnet $out/minihttp/Arena.dll --address 127.0.0.1 --port $port --pool-completions"
  [minihttp-metrics]="dotnet $out/minihttp/Arena.dll --address 127.0.0.1 --port $port --metrics"
  [minihttp-aot]="$out/minihttp-aot/Arena --address 127.0.0.1 --port $port"
  [kestrel]="dotnet $out/kestrel/KestrelPeer.dll --port $port"
  [kestrel-inline]="env DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 dotnet $out/kestrel/KestrelPeer.dll --port $port"
  [c]="$out/c/server $port"
)

if [ "$variants" == true ]; then
  printf '%s\n' "${variant_profiles[@]}" | cut -d'|' -f1,2 > "$out/profiles"
  # Each MiniHttp configuration and Kestrel in turn, pinned as in the profile table, so the ratios between them
  # come from one run: what inline completions are worth (to MiniHttp and to Kestrel), what a listener on every
  # instrument costs, and what the Native AOT build gives up in throughput for its memory.
  for name in minihttp minihttp-pool minihttp-metrics minihttp-aot kestrel kestrel-inline; do
    # shellcheck disable=SC2206
    command=(${commands[$name]})
    # The default configuration is sampled for allocations, as in the profile table.
    [ "$name" != minihttp ] || command+=(--report-allocations)
    start_servers "$name" 0 1 "${command[@]}"
    warm_up 1 "$connections" "${variant_profiles[@]}"
    for profile in "${variant_profiles[@]}"; do
      measure "$name" pinned 1 "$connections" "$profile"
    done
    record_resources "$name"
    stop_servers
  done
  python3 benchmarks/load/report.py variants "$out" --markdown "$markdown" --json "$json"
elif [ "$scaling" == false ]; then
  printf '%s\n' "${profiles[@]}" | cut -d'|' -f1,2 > "$out/profiles"
  for name in minihttp kestrel c; do
    # shellcheck disable=SC2206
    command=(${commands[$name]})
    case $name in
      minihttp) command+=("${tls[@]}" --report-allocations) ;;
      kestrel) command+=("${tls[@]}") ;;
    esac
    start_servers "$name" 0 1 "${command[@]}"
    # The C server has nothing to compile at run time, and no TLS.
    [ "$name" == c ] || warm_up 1 "$connections" "${profiles[@]}"
    for profile in "${profiles[@]}"; do
      [ "$name" != c ] || [[ $profile != *-tls\|* ]] || continue
      measure "$name" pinned 1 "$connections" "$profile"
    done
    record_resources "$name"
    stop_servers
  done
  python3 benchmarks/load/report.py profiles "$out" --markdown "$markdown" --svg "$svg" --json "$json"
else
  printf '%s\n' "${scaling_profiles[@]}" | cut -d'|' -f1,2 > "$out/profiles"
  # One core: the server alone on core 0, wrk alone on core 1. Two cores: the server and wrk unpinned, sharing both.
  # minihttp-x2 is two Arena processes on one port (SO_REUSEPORT), the kernel spreading connections between them.
  for name in minihttp kestrel minihttp-x2; do
    # shellcheck disable=SC2206
    command=(${commands[${name%-x2}]})
    count=1
    [ "$name" != minihttp-x2 ] || { count=2; command+=(--reuse-port); }
    for config in 1-core 2-cores; do
      server_cpus=0 wrk_cpus=1
      [ "$config" == 1-core ] || server_cpus=0,1 wrk_cpus=0,1
      start_servers "$name" "$server_cpus" "$count" "${command[@]}"
      warm_up "$wrk_cpus" "$scaling_connections" "${scaling_profiles[@]}"
      for profile in "${scaling_profiles[@]}"; do
        measure "$name" "$config" "$wrk_cpus" "$scaling_connections" "$profile"
      done
      stop_servers
    done
  done
  python3 benchmarks/load/report.py scaling "$out" --markdown "$markdown" --json "$json"
fi
