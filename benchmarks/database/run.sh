#!/usr/bin/env bash
# The database profiles (HttpArena's async-db and fortunes) against MiniHttp's Arena sample and the Kestrel peer, both
# over Npgsql with the same pool size and the same queries, and a PostgreSQL cluster on this same machine
# (tests/database/cluster.sh: HttpArena's items and our fortune rows, unpinned and uncapped, sharing the cores).
#
# Each server is pinned to core 0 and capped at --server-quota percent of it (benchmarks/load/cgroups.sh), so the server,
# not PostgreSQL or wrk, is what runs out; wrk runs on core 1. Both servers are loaded unmeasured first (JIT warm-up),
# then measured in interleaved rounds, the servers' order alternating from round to round. The table gives each
# server's median req/s, the median of the per-round ratios MiniHttp / Kestrel and each server's CPU per request (from
# its cgroup's accounting), and is written with every round's runs to benchmarks/database/results/<UTC time>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=5 connections=64 rounds=5 warmup=10 server_quota=50 pool=32 markdown=
command_line="benchmarks/database/run.sh $*"
while [ $# -gt 0 ]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --server-quota) server_quota=$2; shift 2 ;;
    --pool) pool=$2; shift 2 ;;
    --markdown) markdown=$2; shift 2 ;;
    *)
      echo "Usage: benchmarks/database/run.sh [--duration S (5)] [--connections N (64)] [--rounds N (5)] [--warmup S (10)]" >&2
      echo "       [--server-quota PCT of core 0 (50)] [--pool DATABASE_MAX_CONN (32)] [--markdown PATH]" >&2
      exit 2 ;;
  esac
done
markdown=${markdown:-benchmarks/database/results/$(date -u +%Y-%m-%dT%H%M%SZ)-capped.md}

command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }
compgen -G '/usr/lib/postgresql/*/bin/initdb' > /dev/null || { apt-get update -qq && apt-get install -y -qq postgresql > /dev/null; }

out=$(mktemp -d)
# Outside $out, which only root may enter: PostgreSQL runs as the postgres user.
cluster=$(mktemp -u /tmp/minihttp-bench-pg.XXXXXX)
declare -A pids ports
# shellcheck source=../load/cgroups.sh
source benchmarks/load/cgroups.sh
stop_all() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
  bash tests/database/cluster.sh stop "$cluster" || true
}
trap 'stop_all; remove_cgroups; rm -rf "$out" "$cluster"' EXIT

detect_cgroups
create_cgroup minihttp "$server_quota"
create_cgroup kestrel "$server_quota"
create_cgroup wrk

url=$(bash tests/database/cluster.sh create "$cluster" | sed -n 's/^DATABASE_URL=//p')
dotnet publish samples/Arena/Arena.csproj -c Release -o "$out/minihttp" > "$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }
dotnet publish benchmarks/Peers/Kestrel/Kestrel.csproj -c Release -o "$out/kestrel" > "$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
start() { # server, command...
  local server=$1 launcher
  shift
  ports[$server]=$(free_port)
  cgroup_launcher "$server"
  DATABASE_URL=$url DATABASE_MAX_CONN=$pool taskset -c 0 "${launcher[@]}" "$@" --port "${ports[$server]}" > "$out/$server.log" 2>&1 &
  pids[$server]=$!
  for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:${ports[$server]}/fortunes" && return 0; sleep 0.2; done
  cat "$out/$server.log"
  echo "run.sh: $server did not answer /fortunes" >&2
  exit 1
}
start minihttp dotnet "$out/minihttp/Arena.dll" --address 127.0.0.1 --tls-port 0
start kestrel dotnet "$out/kestrel/KestrelPeer.dll"

profiles=("async-db|/async-db?min=10&max=50&limit=20" "fortunes|/fortunes")
load() { # server, path, seconds: prints "requests/s non-2xx cpu-us"
  local launcher before after report
  cgroup_launcher wrk
  before=$(cgroup_usage_us "$1")
  report=$(taskset -c 1 "${launcher[@]}" wrk -t1 -c"$connections" -d"$3"s "http://127.0.0.1:${ports[$1]}$2" 2>&1) || { echo "run.sh: wrk failed: $report" >&2; exit 1; }
  after=$(cgroup_usage_us "$1")
  awk -v cpu=$((after - before)) '
    /^Requests\/sec:/ { rate = $2 } /^ *[0-9]+ requests in/ { requests = $1 } /Non-2xx or 3xx responses:/ { errors = $NF }
    /Socket errors:/ { errors += 1 }
    END { printf "%s %d %.1f\n", rate, errors, (requests > 0 ? cpu / requests : 0) }' <<< "$report"
}

for profile in "${profiles[@]}"; do
  for server in minihttp kestrel; do load "$server" "${profile#*|}" "$warmup" > /dev/null; done
done
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "command=$command_line"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "postgresql=$("$(bash tests/database/cluster.sh bin)/postgres" --version | awk '{ print $3 }'), same machine, unpinned, uncapped"
} > "$out/context"
for round in $(seq "$rounds"); do
  order=(minihttp kestrel)
  [ $((round % 2)) -eq 1 ] || order=(kestrel minihttp)
  for profile in "${profiles[@]}"; do
    for server in "${order[@]}"; do
      echo "$round ${profile%%|*} $server $(load "$server" "${profile#*|}" "$duration")" | tee -a "$out/runs"
    done
  done
done

mkdir -p "$(dirname "$markdown")"
python3 - "$out/context" "$out/runs" "$markdown" "$duration" "$connections" "$server_quota" "$pool" <<'PY'
import statistics, sys
context, runs, markdown, duration, connections, quota, pool = sys.argv[1:]
rows = [line.split() for line in open(runs)]
table = {}
for round_, profile, server, rate, errors, cpu in rows:
    table.setdefault(profile, {}).setdefault(server, {})[round_] = (float(rate), int(errors), float(cpu))
lines = [f"Database profiles: wrk -t1 -c{connections}, {duration} s a run, each server on core 0 capped at {quota}% of it, "
         f"pool {pool} connections each, PostgreSQL on the same machine (unpinned, uncapped).", "",
         "| profile | MiniHttp req/s | Kestrel req/s | MiniHttp / Kestrel (median of rounds) | MiniHttp CPU µs/req | Kestrel CPU µs/req | non-2xx |",
         "|---|---:|---:|---:|---:|---:|---:|"]
for profile, servers in table.items():
    m, k = servers["minihttp"], servers["kestrel"]
    ratios = [m[r][0] / k[r][0] for r in m if r in k and k[r][0] > 0]
    lines.append(f"| {profile} | {statistics.median(v[0] for v in m.values()):,.0f} | {statistics.median(v[0] for v in k.values()):,.0f} | "
                 f"{statistics.median(ratios):.2f}x | {statistics.median(v[2] for v in m.values()):.0f} | {statistics.median(v[2] for v in k.values()):.0f} | "
                 f"{sum(v[1] for v in m.values()) + sum(v[1] for v in k.values())} |")
text = "\n".join(lines)
print(text)
with open(markdown, "w") as f:
    f.write("# Database profiles\n\n```\n" + open(context).read() + "```\n\n" + text + "\n\n## Runs (round profile server req/s non-2xx cpu-µs/req)\n\n```\n"
            + "".join(" ".join(r) + "\n" for r in rows) + "```\n")
PY
echo "written: $markdown"
