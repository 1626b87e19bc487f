#!/usr/bin/env bash
# Resource exhaustion: publishes the Arena sample (unless ARENA_PUBLISH_DIR holds a build of tests/arena-publish.sh) and
# the Kestrel peer, starts them on free loopback ports, and attacks them with the clients of tests/exhaustion.py:
#   (a) 12 connections each posting a 24 MiB Content-Length body to POST /baseline11 (a body the route buffers):
#       each answered 413 with Connection: close, and the server's peak RSS growth under 64 MiB;
#   (b) 2,000 idle keep-alive connections after one request each, plain and TLS: resident KiB per connection, MiniHttp's
#       at most Kestrel's, measured in the same run, each on a fresh process (both with the workstation GC, so the
#       comparison is of the servers, not of their GC modes: the Web SDK would give Kestrel the server GC);
#   (c) a client that pipelines requests as fast as it can and never reads: closed by MinResponseDataRate's defaults;
#   (d) then ordinary requests are still answered.
# Prints what it measured and "exhaustion: N passed, N failed" last; exits non-zero on any failure. A missing tool
# (python3, openssl) or too low a descriptor limit is a failure, never a skip.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
check() { # name, expected, actual
  if [ "$2" == "$3" ]; then pass "$1"; else fail "$1: expected '$2', got '$3'"; fi
}
check_at_most() { # name, limit, actual (numbers)
  if python3 -c 'import sys; sys.exit(0 if float(sys.argv[2]) <= float(sys.argv[1]) else 1)' "$2" "$3" 2> /dev/null; then
    pass "$1: $3 <= $2"
  else
    fail "$1: $3 is over $2"
  fi
}
finish() { echo "exhaustion: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit; }

for tool in python3 openssl; do
  command -v "$tool" > /dev/null || { fail "$tool is not installed"; finish; }
done
# Each server and the idle client hold 2,000 sockets and more at once.
ulimit -n 20000 2> /dev/null || ulimit -n "$(ulimit -Hn)"
[ "$(ulimit -n)" -ge 5000 ] || { fail "the descriptor limit is $(ulimit -n), 5000 are needed"; finish; }

out=$(mktemp -d)
server_pids=()
cleanup() {
  for pid in "${server_pids[@]}"; do kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null; done
  rm -rf "$out"
}
trap cleanup EXIT

started=$SECONDS
# The JIT build .ci/run published for every script (ARENA_PUBLISH_DIR, tests/arena-publish.sh), else one published here.
builds=${ARENA_PUBLISH_DIR:-$out/builds}
arena_publish=
if [ -z "${ARENA_PUBLISH_DIR:-}" ]; then
  bash tests/arena-publish.sh "$builds" jit > "$out/arena-publish.log" 2>&1 &
  arena_publish=$!
fi
dotnet publish benchmarks/Peers/Kestrel/Kestrel.csproj -c Release -o "$out/kestrel" > "$out/kestrel-publish.log" 2>&1 &
kestrel_publish=$!
[ -z "$arena_publish" ] || wait "$arena_publish" || { cat "$out/arena-publish.log"; fail "the Arena sample publishes"; finish; }
[ -f "$builds/jit/Arena.dll" ] || { fail "no published Arena sample at $builds/jit"; finish; }
wait "$kestrel_publish" || { cat "$out/kestrel-publish.log"; fail "the Kestrel peer publishes"; finish; }
echo "published in $((SECONDS - started)) s"

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=IP:127.0.0.1 -keyout "$out/server.key" -out "$out/server.crt" 2> /dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
export DOTNET_gcServer=0

start_server() { # name, port, command...; sets server_pid
  local name=$1 port=$2; shift 2
  "$@" > "$out/$name.log" 2>&1 &
  server_pid=$!
  server_pids+=("$server_pid")
  for _ in $(seq 150); do
    python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1).close()' "$port" 2> /dev/null && return 0
    sleep 0.1
  done
  cat "$out/$name.log"
  return 1
}
stop_server() { kill "$1" 2> /dev/null; wait "$1" 2> /dev/null; }
value() { grep "^$1=" "$2" | tail -1 | cut -d= -f2-; } # key, file

arena_port=$(free_port)
start_server arena "$arena_port" dotnet "$builds/jit/Arena.dll" --address 127.0.0.1 --port "$arena_port" --tls-port 0 \
  || { fail "the Arena sample starts"; finish; }
arena_pid=$server_pid

# (a) Buffered bodies far over what a handler may make the server hold.
python3 tests/exhaustion.py bodies "$arena_port" "$arena_pid" 12 $((24 * 1024 * 1024)) > "$out/bodies.txt" \
  || { cat "$out/bodies.txt"; fail "(a) the big-body client ran"; }
echo "(a) statuses $(value statuses "$out/bodies.txt"), peak RSS growth $(value peak-rss-growth-kib "$out/bodies.txt") KiB"
check "(a) each 24 MiB body is answered 413" "413,413,413,413,413,413,413,413,413,413,413,413" "$(value statuses "$out/bodies.txt")"
check "(a) each 413 says Connection: close" "12" "$(value connection-close "$out/bodies.txt")"
check "(a) each connection is closed after its 413" "12" "$(value closed "$out/bodies.txt")"
check_at_most "(a) peak RSS growth, KiB" $((64 * 1024)) "$(value peak-rss-growth-kib "$out/bodies.txt")"

# (c) The default limits only: the client pipelines until the server stops reading, then waits to be cut off; in the
# background, since most of it is waiting, while (b) is measured on other processes.
python3 tests/exhaustion.py non-reader "$arena_port" 120 > "$out/non-reader.txt" &
non_reader=$!

# (b) Each server and mode on a fresh process, measured the same way, so neither carries another attack's garbage.
idle_connections() { # server name, mode, command with --port and --tls-port at its end
  local name=$1 mode=$2 port tls_port; shift 2
  port=$(free_port)
  tls_port=$(free_port)
  if ! start_server "$name-idle-$mode" "$port" "$@" --port "$port" --tls-port "$tls_port" --cert "$out/server.crt" --key "$out/server.key"; then
    fail "(b) $name starts"
    return
  fi
  python3 tests/exhaustion.py idle "$([ "$mode" == tls ] && echo "$tls_port" || echo "$port")" "$server_pid" 2000 "$mode" \
    > "$out/idle-$name-$mode.txt" || { cat "$out/idle-$name-$mode.txt"; fail "(b) 2,000 idle $mode connections to $name"; }
  stop_server "$server_pid"
}
for mode in plain tls; do
  idle_connections minihttp "$mode" dotnet "$builds/jit/Arena.dll" --address 127.0.0.1
  idle_connections kestrel "$mode" dotnet "$out/kestrel/KestrelPeer.dll"
  minihttp=$(value kib-per-connection "$out/idle-minihttp-$mode.txt")
  kestrel=$(value kib-per-connection "$out/idle-kestrel-$mode.txt")
  echo "(b) $mode: resident KiB per idle connection: MiniHttp ${minihttp:-?}, Kestrel ${kestrel:-?}"
  check_at_most "(b) MiniHttp's KiB per idle $mode connection, at most Kestrel's" "${kestrel:-0}" "${minihttp:-unmeasured}"
done

wait "$non_reader" || { cat "$out/non-reader.txt"; fail "(c) the non-reading client ran"; }
echo "(c) the non-reading client sent $(value requests-sent "$out/non-reader.txt") requests and was kept" \
  "$(value kept-seconds "$out/non-reader.txt") s ($(value after-last-send-seconds "$out/non-reader.txt") s after its last send went through)"
check "(c) the non-reading client is reset by the server" "ConnectionResetError" "$(value closed-by "$out/non-reader.txt")"

# (d) After all of it, the server still answers as usual.
python3 tests/exhaustion.py normal "$arena_port" > "$out/normal.txt" 2>&1 || cat "$out/normal.txt"
check "(d) GET /baseline11 still answers" "55" "$(value get "$out/normal.txt")"
check "(d) 16 pipelined GET /pipeline still answer ok" "16" "$(value pipelined-ok "$out/normal.txt")"
check "(d) POST /baseline11 still answers" "75" "$(value post "$out/normal.txt")"
echo "took $((SECONDS - started)) s"
finish
