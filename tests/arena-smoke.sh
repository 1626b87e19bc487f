#!/usr/bin/env bash
# Publishes the Arena sample from the repository's projects, starts the published build on a free loopback
# port, and checks the answers HttpArena's profiles expect, with curl. (tests/httparena-validate.sh builds the
# HttpArena entry itself, from the MiniHttp package, and runs HttpArena's own checks against it.)
# Usage: tests/arena-smoke.sh [jit (default) | aot]; aot publishes the Native AOT binary (clang and lld needed),
# as the entry's Dockerfile does. With ARENA_PUBLISH_DIR set (a folder tests/arena-publish.sh wrote), the build there
# is checked instead of publishing one.
# Prints "arena-smoke (jit|aot): N passed, N failed" last; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-jit}

out=$(mktemp -d)
server_pid=
second_pid=
cleanup() {
  for pid in $server_pid $second_pid; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  rm -rf "$out"
}
trap cleanup EXIT

passed=0
failed=0
check() { # name, expected, actual
  if [ "$2" == "$3" ]; then
    passed=$((passed + 1)); echo "ok   $1"
  else
    failed=$((failed + 1)); echo "FAIL $1: expected '$2', got '$3'"
  fi
}

# The build .ci/run published for every script (ARENA_PUBLISH_DIR, tests/arena-publish.sh), else one published here.
builds=${ARENA_PUBLISH_DIR:-$out/builds}
case $build in
  jit) server=(dotnet "$builds/jit/Arena.dll") ;;
  aot) server=("$builds/aot/Arena") ;;
  *) echo "usage: $0 [jit|aot]"; exit 2 ;;
esac
if { [ -z "${ARENA_PUBLISH_DIR:-}" ] && ! bash tests/arena-publish.sh "$builds" "$build"; } || [ ! -e "${server[-1]}" ]; then
  echo "arena-smoke ($build): no published build at $builds/$build"
  echo "arena-smoke ($build): 0 passed, 1 failed"
  exit 1
fi
# Trimming and AOT analysis warnings mean reflection the native binary may not have: they fail the check.
check "the publish has no warnings" "0" "$(grep -c 'warning' "$builds/$build.log")"

check "--routes lists the generated route table" "POST    /echo" \
  "$("${server[@]}" --routes | grep -o '^POST    /echo')"
check "a dataset that was named but is not there stops the start" "1" \
  "$(timeout 20 "${server[@]}" --port 0 --dataset "$out/missing.json" > "$out/missing.log" 2>&1; echo $?)"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
# A dataset of the json profile's shape; HttpArena mounts its own at /data/dataset.json.
python3 -c 'import json, sys; json.dump([{"id": i, "name": f"Item {i}", "category": "tools", "price": 10 * i, "quantity": 2,
  "active": True, "tags": ["a"], "rating": {"score": 4, "count": i}} for i in range(1, 51)], open(sys.argv[1], "w"))' "$out/dataset.json"
# The body limit is set by its environment variable, so the check below also shows the sample reads its environment.
MAX_BODY_SIZE=3000000 "${server[@]}" --port "$port" --dataset "$out/dataset.json" --reuse-port > "$out/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do
  curl -s -o /dev/null "$base/pipeline" && break
  sleep 0.1
done

curl_body() { curl -s --max-time 10 "$@"; }

check "GET /baseline11 sums the query" "55" "$(curl_body "$base/baseline11?a=13&b=42")"
check "POST /baseline11 adds a Content-Length body" "75" "$(curl_body -d 20 "$base/baseline11?a=13&b=42")"
check "POST /baseline11 adds a chunked body" "75" "$(curl_body -d 20 -H 'Transfer-Encoding: chunked' "$base/baseline11?a=13&b=42")"
check "GET /pipeline answers ok" "ok" "$(curl_body "$base/pipeline")"
check "Content-Type is text/plain" "text/plain; charset=utf-8" \
  "$(curl -s --max-time 10 -o /dev/null -w '%{content_type}' "$base/pipeline")"
check "an unknown path is 404" "404" "$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$base/missing")"
check "a known path with another method is 405" "405" \
  "$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -X DELETE "$base/baseline11")"
check "a bad argument is 400" "400" "$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$base/baseline11?a=x&b=1")"
json_totals() { python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["count"], *(i["total"] for i in d["items"]))'; }
check "GET /json/3?m=2 answers the first 3 items with their totals" "3 40 80 120" "$(curl_body "$base/json/3?m=2" | json_totals)"
check "GET /json answers application/json" "application/json; charset=utf-8" \
  "$(curl -s --max-time 10 -o /dev/null -w '%{content_type}' "$base/json/1?m=1")"
# json-comp: the same answers in br or gzip, as Accept-Encoding asks, with Vary; none without Accept-Encoding.
response_header() { curl -s --max-time 10 -D- -o /dev/null "${@:2}" | grep -i "^$1:" | tr -d '\r' | cut -d' ' -f2- | tr 'A-Z' 'a-z'; }
check "json-comp: gzip, br is answered br" "br" "$(response_header content-encoding -H 'Accept-Encoding: gzip, br' "$base/json/50?m=1")"
check "json-comp: gzip alone is answered gzip" "gzip" "$(response_header content-encoding -H 'Accept-Encoding: gzip' "$base/json/50?m=1")"
check "json-comp: no Accept-Encoding, no Content-Encoding" "" "$(response_header content-encoding "$base/json/50?m=1")"
check "json-comp: Vary: Accept-Encoding" "accept-encoding" "$(response_header vary "$base/json/50?m=1")"
check "json-comp: br decodes to the first 25 items with their totals (curl --compressed)" "25 60 120 180" \
  "$(curl_body --compressed -H 'Accept-Encoding: br' "$base/json/25?m=3" | json_totals | cut -d' ' -f1-4)"
check "json-comp: gzip decodes to the first 40 items with their totals (python gzip)" "40 140 280 420" \
  "$(curl_body -H 'Accept-Encoding: gzip' "$base/json/40?m=7" | python3 -c 'import gzip, sys; sys.stdout.write(gzip.decompress(sys.stdin.buffer.read()).decode())' | json_totals | cut -d' ' -f1-4)"
check "json-comp: Content-Length is the compressed length" "ok" \
  "$(curl -s --max-time 10 -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download} %header{content-length}' "$base/json/50?m=1" | awk '$1 == $2 && $1 > 0 { print "ok" }')"
check "GET /delay/30 answers 30" "30" "$(curl_body "$base/delay/30")"
check "GET /delay/0 answers 0" "0" "$(curl_body "$base/delay/0")"
check "a delay past a minute is a bad request" "400" "$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$base/delay/60001")"
head -c 102400 /dev/urandom > "$out/echo.bin"
curl -s --max-time 10 --data-binary "@$out/echo.bin" -o "$out/echoed.bin" "$base/echo"
check "POST /echo answers a 100 KB Content-Length body byte for byte" "same" "$(cmp -s "$out/echo.bin" "$out/echoed.bin" && echo same)"
curl -s --max-time 10 --data-binary "@$out/echo.bin" -H 'Transfer-Encoding: chunked' -o "$out/echoed.bin" "$base/echo"
check "POST /echo answers a 100 KB chunked body byte for byte" "same" "$(cmp -s "$out/echo.bin" "$out/echoed.bin" && echo same)"
check "POST /echo answers an empty body with an empty 200" "200 0" \
  "$(curl -s --max-time 10 -X POST --data-binary '' -o /dev/null -w '%{http_code} %{size_download}' "$base/echo")"
head -c 4000000 /dev/zero > "$out/too-large.bin"
check "an echo over MAX_BODY_SIZE is refused with 413" "413" \
  "$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' --data-binary "@$out/too-large.bin" "$base/echo")"
check "without a database, /async-db and /fortunes are 503" "503 503" \
  "$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$base/async-db") $(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$base/fortunes")"
check "curl reuses one connection for several requests" "ok55" \
  "$(curl_body "$base/pipeline" "$base/baseline11?a=13&b=42")"

# A second process on the same port (SO_REUSEPORT): once the first one is gone, the second still answers there.
"${server[@]}" --port "$port" --tls-port 0 --reuse-port > "$out/second.log" 2>&1 &
second_pid=$!
for _ in $(seq 100); do grep -q "listening" "$out/second.log" && break; sleep 0.1; done

# A port already taken (without --reuse-port) stops the start with one line and exit code 1, not a stack trace.
busy_status=$(timeout 20 "${server[@]}" --port "$port" --tls-port 0 > "$out/busy.log" 2>&1; echo $?)
check "a port in use exits 1" "1" "$busy_status"
check "a port in use is one line naming the endpoint, without a stack trace" "1 0" \
  "$(grep -c "^Cannot listen on http://0.0.0.0:$port: the port is already in use" "$out/busy.log") $(grep -c '^   at ' "$out/busy.log")"

kill -TERM "$server_pid"
if wait "$server_pid"; then status=0; else status=$?; fi
server_pid=
check "SIGTERM stops the server cleanly" "0" "$status"
check "a second process sharing the port (--reuse-port) serves it on its own" "ok" "$(curl_body "$base/pipeline")"
# The second process was started as the README starts the sample, with no dataset mounted or named.
check "without a dataset the sample says it serves generated items" "1" \
  "$(grep -c "^No dataset at /data/dataset.json: /json/{count} serves 50 generated items" "$out/second.log")"
check "without a dataset /json/50 answers 50 generated items" "50" \
  "$(curl_body "$base/json/50?m=1" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["items"]))')"
kill -TERM "$second_pid"; wait "$second_pid" 2> /dev/null; second_pid=

echo "arena-smoke ($build): $passed passed, $failed failed"
[ "$failed" -eq 0 ]
