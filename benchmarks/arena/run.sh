#!/usr/bin/env bash
# HttpArena's static-tls, async, latency-1m/latency-10k and 8gbit profiles, the Arena sample against the Kestrel peer
# in one run. The servers run side by side, each on its own ports and pinned to core 0 (2-core machine), and wrk,
# pinned to core 1, loads one at a time over 127.0.0.1, in interleaved rounds as benchmarks/load/run.sh does (after an
# unmeasured warm-up of each JIT server; the servers' order rotated from round to round), with the same optional CPU
# cap (--server-quota, benchmarks/load/cgroups.sh). The tables give each server's median over the rounds and the
# median of the per-round ratios MiniHttp / Kestrel.
#
#   static-tls    the profile's 20 files of mixed type and size over HTTPS, MiniHttp's static files (StaticFileMapping)
#                 against Kestrel's static files middleware (UseStaticFiles) on the same directory; once without
#                 Accept-Encoding, once with the profile's (MiniHttp then sends the precompressed .br siblings; the
#                 middleware has no precompressed variants and sends the files as they are)
#   async         GET /delay/10 over as many connections as the descriptor limit allows: the rate against the
#                 connections / delay ceiling, and the resident memory each held connection adds, measured over a
#                 window once every connection is open (benchmarks/arena/async.lua)
#   fixed-rate    GET /baseline11?a=1&b=2 at fixed request rates (wrk paced by benchmarks/arena/paced.lua): the server's
#                 CPU time per request, the rate held, the latency
#   echo          POST /echo over HTTPS: 10 KB bodies at a fixed rate (CPU per request), and 1 KB, 10 KB and 100 KB
#                 bodies unpaced (throughput)
#
# Writes a markdown table with every round's runs under it and a JSON summary, and prints the table.
set -euo pipefail
cd "$(dirname "$0")/../.."

usage() {
  cat << 'EOF'
Usage: benchmarks/arena/run.sh [options]
  --duration S          seconds of each measured wrk run (default 5; paced runs take twice that, async four times)
  --connections N       wrk connections of the static and unpaced echo runs (default 64)
  --async-connections N connections held in the async runs (default: the descriptor limit's hard value less 1000)
  --paced-connections N connections of the fixed-rate runs (default 512)
  --rates R1,R2         the fixed request rates of GET /baseline11, per second (default 5000,15000)
  --echo-rate R         the fixed rate of 10 KB echoes, per second (default 4000)
  --warmup S            seconds of unmeasured load on each server before measuring, spread over the profiles (default 30)
  --rounds N            measured rounds (default 3)
  --profiles LIST       only these profiles, by id or family, separated by commas (static, async, fixed, echo;
                        static-br, fixed-5000, echo-10k...; default all)
  --server-quota PCT    cap each server at PCT% (10-100) of its core, as benchmarks/load/run.sh does (root needed)
  --static DIR          the static files (default HttpArena's data/static in ../shared/httparena or $HTTPARENA_DIR)
  --markdown PATH       where to write the table (default benchmarks/arena/results/<UTC time>[-capped].md)
  --json PATH           where to write the summary (default the same name, .json)
EOF
}

duration=5
connections=64
async_connections=
paced_connections=512
rates=5000,15000
echo_rate=4000
warmup=30
rounds=3
only=
server_quota=
static_dir=${HTTPARENA_DIR:-../shared/httparena}/data/static
markdown= json=
command_line="benchmarks/arena/run.sh $*"
while [ $# -gt 0 ]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --async-connections) async_connections=$2; shift 2 ;;
    --paced-connections) paced_connections=$2; shift 2 ;;
    --rates) rates=$2; shift 2 ;;
    --echo-rate) echo_rate=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --profiles) only=$2; shift 2 ;;
    --server-quota) server_quota=$2; shift 2 ;;
    --static) static_dir=$2; shift 2 ;;
    --markdown) markdown=$2; shift 2 ;;
    --json) json=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "--rounds must be a positive number, not '$rounds'" >&2; exit 2; }
[[ $rates =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || { echo "--rates must be rates per second separated by commas, not '$rates'" >&2; exit 2; }
[ -z "$server_quota" ] || { [[ $server_quota =~ ^[0-9]+$ ]] && [ "$server_quota" -ge 10 ] && [ "$server_quota" -le 100 ]; } \
  || { echo "--server-quota must be a percentage from 10 to 100, not '$server_quota'" >&2; exit 2; }
[ -f "$static_dir/reset.css" ] || { echo "no HttpArena static files at $static_dir (--static DIR or HTTPARENA_DIR)" >&2; exit 1; }
static_dir=$(cd "$static_dir" && pwd)

# Every held connection is a descriptor in wrk and one in the server.
ulimit -n "$(ulimit -Hn)"
async_connections=${async_connections:-$(($(ulimit -n) - 1000))}
[ "$async_connections" -ge 1000 ] || { echo "the descriptor limit ($(ulimit -n)) holds too few connections for the async profile" >&2; exit 1; }
async_delay_ms=10

stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
results=benchmarks/arena/results/$stamp${server_quota:+-capped}
markdown=${markdown:-$results.md}
json=${json:-$results.json}

if ! command -v wrk > /dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk > /dev/null
fi

out=$(mktemp -d)
servers=(minihttp kestrel)
declare -A ports tls_ports pids
# shellcheck source=../load/cgroups.sh
source benchmarks/load/cgroups.sh
stop_servers() {
  local name
  for name in "${!pids[@]}"; do kill "${pids[$name]}" 2> /dev/null && wait "${pids[$name]}" 2> /dev/null || true; done
  pids=()
}
trap 'stop_servers; remove_cgroups; rm -rf "$out"' EXIT

if [ -n "$server_quota" ]; then
  detect_cgroups
  create_cgroup wrk
fi

{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "command=$command_line"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
  echo "loadavg=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "dotnet=$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')"
  echo "wrk=$(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"
  echo "duration=$duration"
  echo "connections=$connections"
  echo "async_connections=$async_connections"
  echo "async_delay_ms=$async_delay_ms"
  echo "paced_connections=$paced_connections"
  echo "warmup=$warmup"
  echo "rounds=$rounds"
  echo "server_quota=$server_quota"
  echo "cgroup=$cgroup_version"
  echo "period_us=$cgroup_period_us"
} > "$out/context"

# The JIT build in ARENA_PUBLISH_DIR when it is set (a folder tests/arena-publish.sh wrote), else one published here.
builds=${ARENA_PUBLISH_DIR:-$out/builds}
[ -n "${ARENA_PUBLISH_DIR:-}" ] || bash tests/arena-publish.sh "$builds" jit
[ -f "$builds/jit/Arena.dll" ] || { echo "no published Arena sample at $builds/jit" >&2; exit 1; }
arena_dir=$builds/jit
dotnet publish benchmarks/Peers/Kestrel/Kestrel.csproj -c Release -o "$out/kestrel" > "$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout "$out/server.key" -out "$out/server.crt" 2> /dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# id|label|wrk arguments after the common ones, {http} and {https} standing for the server's base URLs; the first
# field of an id, before any '-', is the profile's family (the report groups the tables by it).
lua=benchmarks/arena
profiles=(
  "static-identity|static-tls: 20 files, no Accept-Encoding|-c $connections -s $lua/static.lua {https}"
  "static-br|static-tls: 20 files, Accept-Encoding: br;q=1, gzip;q=0.8|-c $connections -s $lua/static.lua {https} -- br"
  "async|async: GET /delay/$async_delay_ms, $async_connections connections|-c $async_connections --timeout 30s -d{x4} -s $lua/async.lua {http}/delay/$async_delay_ms -- {window}"
)
for rate in ${rates//,/ }; do
  # The mean wait of each connection between its requests, for the connections together to offer the rate.
  mean_ms=$(python3 -c "print(round($paced_connections * 1000 / $rate, 3))")
  profiles+=("fixed-$rate|fixed rate: GET /baseline11 at $rate/s, $paced_connections connections|-c $paced_connections -d{x2} -s $lua/paced.lua {http}/baseline11?a=1&b=2 -- $mean_ms")
done
mean_ms=$(python3 -c "print(round($paced_connections * 1000 / $echo_rate, 3))")
profiles+=(
  "echo-paced|8gbit: POST /echo 10 KB at $echo_rate/s, $paced_connections connections|-c $paced_connections -d{x2} -s $lua/paced.lua {https}/echo -- $mean_ms 10240"
  "echo-1k|8gbit: POST /echo 1 KB, unpaced|-c $connections -s $lua/echo.lua {https}/echo -- 1024"
  "echo-10k|8gbit: POST /echo 10 KB, unpaced|-c $connections -s $lua/echo.lua {https}/echo -- 10240"
  "echo-100k|8gbit: POST /echo 100 KB, unpaced|-c $connections -s $lua/echo.lua {https}/echo -- 102400"
)
if [ -n "$only" ]; then
  chosen=()
  for profile in "${profiles[@]}"; do
    id=${profile%%|*}
    [[ ,$only, != *",$id,"* && ,$only, != *",${id%%-*},"* ]] || chosen+=("$profile")
  done
  [ ${#chosen[@]} -gt 0 ] || { echo "--profiles $only names no profile" >&2; exit 2; }
  profiles=("${chosen[@]}")
fi
for profile in "${profiles[@]}"; do
  IFS='|' read -r id label args <<< "$profile"
  offered=
  case $id in
    fixed-*) offered=${id#fixed-} ;;
    echo-paced) offered=$echo_rate ;;
  esac
  echo "$id|$label|$offered" >> "$out/profiles"
done

server_command() { # server, port, TLS port: sets the array `command`
  case $1 in
    minihttp) command=(dotnet "$arena_dir/Arena.dll" --address 127.0.0.1 --port "$2") ;;
    kestrel) command=(dotnet "$out/kestrel/KestrelPeer.dll" --port "$2") ;;
  esac
  command+=(--tls-port "$3" --cert "$out/server.crt" --key "$out/server.key" --static "$static_dir")
}

start_server() { # server
  local name=$1 launcher
  ports[$name]=$(free_port) tls_ports[$name]=$(free_port)
  server_command "$name" "${ports[$name]}" "${tls_ports[$name]}"
  if [ -n "$server_quota" ]; then
    create_cgroup "$name" "$server_quota"
    # The cap stands for a slower core, not fewer: the runtime is told it has one.
    command=(env DOTNET_PROCESSOR_COUNT=1 "${command[@]}")
  fi
  cgroup_launcher "$name"
  "${launcher[@]}" taskset -c 0 "${command[@]}" > "$out/$name.log" 2>&1 &
  pids[$name]=$!
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:${ports[$name]}/pipeline" && break; sleep 0.1; done
  curl -s -o /dev/null "http://127.0.0.1:${ports[$name]}/pipeline" || { echo "$name did not start:"; cat "$out/$name.log"; exit 1; }
  [ -z "$server_quota" ] || check_in_cgroup "$name" "${pids[$name]}"
}

ticks_per_second=$(getconf CLK_TCK)
server_cpu_us() { # server
  if [ -n "$server_quota" ]; then
    cgroup_usage_us "$1"
  else
    echo $(($(awk '{ print $14 + $15 }' "/proc/${pids[$1]}/stat") * 1000000 / ticks_per_second))
  fi
}
resident_kib() { awk '/VmRSS/ { print $2 }' "/proc/${pids[$1]}/status"; } # server
established() { ss -Htn state established "( sport = :$1 )" | wc -l; } # port

wrk_arguments() { # server, profile, seconds: prints wrk's arguments
  local args=${2##*|}
  args=${args//'{http}'/http://127.0.0.1:${ports[$1]}}
  args=${args//'{https}'/https://127.0.0.1:${tls_ports[$1]}}
  # The paced runs last twice as long, the async ones four times: their connections are opened (and, paced, spread
  # out) first; tens of thousands of connects take seconds.
  if [[ $args =~ -d\{x([0-9])\} ]]; then
    echo "${args//"-d{x${BASH_REMATCH[1]}}"/-d$(($3 * BASH_REMATCH[1]))s}"
  else
    echo "-d${3}s $args"
  fi
}

run_wrk() { # result file prefix, wrk arguments
  local TIMEFORMAT='%3U %3S %3R' launcher
  cgroup_launcher wrk
  # shellcheck disable=SC2086
  { time "${launcher[@]}" taskset -c 1 wrk -t1 --latency $2 > "$1.wrk"; } 2> "$1.wrk-cpu"
}

warm_up() { # server
  local profile args share=$((warmup / ${#profiles[@]}))
  [ "$share" -gt 0 ] || share=1
  for profile in "${profiles[@]}"; do
    args=$(wrk_arguments "$1" "$profile" "$share")
    run_wrk "$out/warm-up" "${args//'{window}'/0 0 /dev/null}"
  done
}

sleep_until() { sleep "$(python3 -c "import time; print(max(0, $1 - time.time()))")"; } # seconds since the epoch

# The server's resident set and the connections it holds, added to PREFIX.rss and PREFIX.established.
sample() { # server, prefix
  resident_kib "$1" >> "$2.rss"
  echo $(($(established "${ports[$1]}") + $(established "${tls_ports[$1]}"))) >> "$2.established"
}

measure() { # server, profile, round
  local name=$1 profile=$2 round=$3 seconds start window_start window_end
  local prefix="$out/run.$name.${profile%%|*}.$round" args
  args=$(wrk_arguments "$name" "$profile" "$duration")
  seconds=$(grep -o -- '-d[0-9]*s' <<< "$args" | tr -dc 0-9)
  # The samples: from 40% to 90% of the run, when every connection is open; async.lua counts the responses between.
  start=$(date +%s.%N)
  window_start=$(python3 -c "print(f'{$start + $seconds * 0.4:.3f}')")
  window_end=$(python3 -c "print(f'{$start + $seconds * 0.9:.3f}')")
  args=${args//'{window}'/$window_start $window_end $prefix.window}
  [ -z "$server_quota" ] || cgroup_throttling "$name" > "$prefix.throttling"
  resident_kib "$name" > "$prefix.rss"
  server_cpu_us "$name" > "$prefix.server-cpu"
  run_wrk "$prefix" "$args" &
  local wrk_job=$!
  if [[ $args == *"$prefix.window"* ]]; then
    # The server's CPU time ten times a second, so that it is known at the moments async.lua's window opens and
    # closes, whenever its first response after each end arrives.
    while kill -0 "$wrk_job" 2> /dev/null; do
      echo "$(date +%s.%N) $(server_cpu_us "$name")" >> "$prefix.cpu-samples"
      sleep 0.1
    done &
  fi
  sleep_until "$window_start"
  sample "$name" "$prefix"
  sleep_until "$window_end"
  sample "$name" "$prefix"
  wait "$wrk_job"
  server_cpu_us "$name" >> "$prefix.server-cpu"
  [ -z "$server_quota" ] || cgroup_throttling "$name" >> "$prefix.throttling"
  echo "$seconds" > "$prefix.seconds"
}

for name in "${servers[@]}"; do start_server "$name"; done
for name in "${servers[@]}"; do warm_up "$name"; done
for round in $(seq "$rounds"); do
  for profile in "${profiles[@]}"; do
    for i in "${!servers[@]}"; do
      name=${servers[$(((i + round - 1) % ${#servers[@]}))]}
      measure "$name" "$profile" "$round"
    done
  done
done
for name in "${servers[@]}"; do
  echo "$(awk '/VmHWM/ { print $2 }' "/proc/${pids[$name]}/status") $(server_cpu_us "$name")" > "$out/resources.$name"
done
echo "cgroups=${cgroup_dirs[*]}" >> "$out/context"
stop_servers
remove_cgroups

python3 benchmarks/arena/report.py "$out" --markdown "$markdown" --json "$json"
