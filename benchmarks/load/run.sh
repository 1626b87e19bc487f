#!/usr/bin/env bash
# Load benchmark: the Arena sample against the Kestrel peer, one after the other, in the same run.
# Each server is pinned to core 0 and wrk to core 1 (2-core machine); traffic goes to 127.0.0.1 only.
# Usage: benchmarks/load/run.sh [seconds per run, default 5] [connections, default 64]
# Prints one markdown table: requests/s per profile and server, MiniHttp/Kestrel ratio, errors,
# peak RSS and CPU seconds of each server.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-5}
connections=${2:-64}

if ! command -v wrk > /dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk > /dev/null
fi

out=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2> /dev/null; rm -rf "$out"; }
trap cleanup EXIT

dotnet publish samples/Arena/Arena.csproj -c Release -o "$out/minihttp" > "$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }
dotnet publish benchmarks/Peers/Kestrel/Kestrel.csproj -c Release -o "$out/kestrel" > "$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
port=$(free_port)
tls_port=$(free_port)
base="http://127.0.0.1:$port"
tls_base="https://127.0.0.1:$tls_port"
# A self-signed certificate for both servers' HTTPS endpoints; wrk does not verify it.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout "$out/server.key" -out "$out/server.crt" 2> /dev/null
tls=(--tls-port "$tls_port" --cert "$out/server.crt" --key "$out/server.key")
lua=benchmarks/load

# name|wrk arguments after the common ones
profiles=(
  "baseline GET|$base/baseline11?a=13&b=42"
  "baseline POST (Content-Length)|-s $lua/post.lua $base/baseline11?a=13&b=42"
  "baseline POST (chunked)|-s $lua/post-chunked.lua $base/baseline11?a=13&b=42"
  "pipelined x16|-s $lua/pipeline.lua $base -- /pipeline"
  "limited-conn (10 per connection)|-s $lua/limited-conn.lua $base -- /baseline11?a=13&b=42"
  "baseline GET over TLS|$tls_base/baseline11?a=13&b=42"
  "pipelined x16 over TLS|-s $lua/pipeline.lua $tls_base -- /pipeline"
)

cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }

# The Arena sample prints its process-wide allocated bytes on SIGUSR1 (--report-allocations); the peer does not.
allocated_bytes() { # name
  [ "$1" == minihttp ] || { echo 0; return; }
  local before
  before=$(grep -c '^allocated-bytes' "$out/$1.log" || true)
  kill -USR1 "$server_pid"
  for _ in $(seq 50); do
    [ "$(grep -c '^allocated-bytes' "$out/$1.log" || true)" -gt "$before" ] && break
    sleep 0.02
  done
  grep '^allocated-bytes' "$out/$1.log" | tail -1 | cut -d' ' -f2
}

run_server() { # name, command...
  local name=$1; shift
  taskset -c 0 "$@" --port "$port" "${tls[@]}" > "$out/$name.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do curl -sk -o /dev/null "$tls_base/pipeline" && curl -s -o /dev/null "$base/pipeline" && break; sleep 0.1; done
  # Warm up the JIT (tiered compilation, PGO) before measuring.
  taskset -c 1 wrk -t1 -c"$connections" -d3s "$base/baseline11?a=1&b=2" > /dev/null
  taskset -c 1 wrk -t1 -c"$connections" -d2s -s "$lua/pipeline.lua" "$base" -- /pipeline > /dev/null
  for profile in "${profiles[@]}"; do
    local label=${profile%%|*} args=${profile#*|}
    allocated_bytes "$name" > "$out/$name.$label.allocated"
    # shellcheck disable=SC2086
    taskset -c 1 wrk -t1 -c"$connections" -d"${duration}s" $args > "$out/$name.$label.txt"
    allocated_bytes "$name" >> "$out/$name.$label.allocated"
  done
  echo "$(awk '/VmHWM/ { print $2 }' "/proc/$server_pid/status") $(cpu_seconds "$server_pid")" > "$out/$name.resources"
  kill "$server_pid"; wait "$server_pid" 2> /dev/null || true; server_pid=
}

run_server minihttp dotnet "$out/minihttp/Arena.dll" --report-allocations
run_server kestrel dotnet "$out/kestrel/KestrelPeer.dll"

python3 - "$out" "${profiles[@]}" <<'PY'
import re, sys
out, profiles = sys.argv[1], [p.split("|")[0] for p in sys.argv[2:]]
def read(name, label):
    text = open(f"{out}/{name}.{label}.txt").read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    before, after = (int(line) for line in open(f"{out}/{name}.{label}.allocated").read().split())
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket = re.search(r"Socket errors: (.*)", text)
    return rps, int(non2xx.group(1)) if non2xx else 0, socket.group(1) if socket else "none", (after - before) / requests
print("| profile | MiniHttp req/s | Kestrel req/s | ratio | MiniHttp non-2xx / socket errors | Kestrel non-2xx / socket errors | MiniHttp bytes allocated / request |")
print("|---|---:|---:|---:|---|---|---:|")
for label in profiles:
    m, k = read("minihttp", label), read("kestrel", label)
    print(f"| {label} | {m[0]:,.0f} | {k[0]:,.0f} | {m[0] / k[0]:.2f}x | {m[1]} / {m[2]} | {k[1]} / {k[2]} | {m[3]:.1f} |")
for name in ("minihttp", "kestrel"):
    rss, cpu = open(f"{out}/{name}.resources").read().split()
    print(f"\n{name}: peak RSS {int(rss) / 1024:.0f} MiB, CPU {cpu} s over the whole run")
PY
