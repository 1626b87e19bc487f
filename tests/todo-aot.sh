#!/usr/bin/env bash
# Publishes the Todo sample as a Native AOT binary (clang and lld needed) and checks it: no trimming or AOT warning in the
# publish (configuration is bound by hand, services are created by generated code: nothing the trimmer cannot see), the
# binary's size, requests through the host (the API key filter, a validation problem, a todo created and read, the
# OpenAPI document as published), one line and exit code 1 on a port in use, exit code 0 on SIGTERM.
# Prints "todo-aot: N passed, N failed" last; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

out=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
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

if ! command -v clang > /dev/null || ! command -v ld.lld > /dev/null; then
  echo "todo-aot needs clang and lld (apt-get install -y clang lld)"
  echo "todo-aot: 0 passed, 1 failed"
  exit 1
fi

if ! dotnet publish samples/Todo/Todo.csproj -c Release -r linux-x64 -p:NativeAot=true -o "$out/app" > "$out/publish.log" 2>&1; then
  cat "$out/publish.log"
  echo "todo-aot: 0 passed, 1 failed"
  exit 1
fi
check "the Native AOT publish has no warnings" "0" "$(grep -c 'warning' "$out/publish.log")"
echo "todo-aot: the native binary is $(stat -c %s "$out/app/Todo") bytes"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
(cd "$out/app" && exec ./Todo --urls "http://127.0.0.1:$port" --Todo:ApiKey aot-key) > "$out/server.log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do
  curl -s -o /dev/null "$base/health" && break
  sleep 0.1
done

check "POST /todos without the API key is refused" "401" \
  "$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"title":"native"}' "$base/todos")"
check "POST /todos without a title is a validation problem" '400 application/problem+json' \
  "$(curl -s --max-time 10 -o /dev/null -w '%{http_code} %{content_type}' -H 'X-Api-Key: aot-key' -H 'Content-Type: application/json' -d '{}' "$base/todos")"
check "POST /todos creates a todo" "201" \
  "$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -H 'X-Api-Key: aot-key' -H 'Content-Type: application/json' -d '{"title":"native"}' "$base/todos")"
check "GET /todos pages what was created" '"title":"native"' "$(curl -s --max-time 10 "$base/todos?limit=1" | grep -o '"title":"native"')"
check "GET /health counts it" '{"status":"ok","todos":1}' "$(curl -s --max-time 10 "$base/health")"
check "GET /openapi.json serves the published document" "$(cat docs/openapi/todo.json)" "$(curl -s --max-time 10 "$base/openapi.json")"

busy_status=$(cd "$out/app" && timeout 20 ./Todo --urls "http://127.0.0.1:$port" > "$out/busy.log" 2>&1; echo $?)
check "a port in use exits 1" "1" "$busy_status"
check "a port in use is one line naming the endpoint, without a stack trace" "1 0" \
  "$(grep -c "Cannot listen on http://127.0.0.1:$port: the port is already in use" "$out/busy.log") $(grep -c '^   at ' "$out/busy.log")"

kill -TERM "$server_pid"
if wait "$server_pid"; then status=0; else status=$?; fi
server_pid=
check "SIGTERM stops the service with exit code 0" "0" "$status"

echo "todo-aot: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
