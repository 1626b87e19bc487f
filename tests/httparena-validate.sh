#!/usr/bin/env bash
# Runs HttpArena's own validation suite (validate.sh, with validate-frag.py and the TLS probes) against MiniHttp's entry,
# for every profile its meta.json enters, with the entry built and started natively: tests/httparena/docker stands in
# for the docker commands validate.sh runs. HttpArena's scripts and dataset are read from ../shared/httparena beside the
# repository (or $HTTPARENA_DIR), never changed: they are copied into a scratch HttpArena tree with the entry that
# deploy/httparena/make-entry.sh writes and a certificate pair made now with openssl.
#
# validate.sh talks to ports 8080 and 8081 on localhost, so it runs in a network namespace of its own (unshare --net):
# nothing else on the machine is on those ports there, and nothing there can reach the network. The image is therefore
# built first, outside it (restoring packages needs the network), with the command validate.sh would run, and
# validate.sh is told to reuse it (VALIDATE_SKIP_BUILD=1). With ARENA_PUBLISH_DIR set (.ci/run), the stand-in compiles
# the entry and takes the Native AOT binary linked there (tests/arena-publish.sh) rather than linking it again.
#
# Prints "httparena-validate: N passed, N failed" last: validate.sh's own count, plus one failure for a check it
# skipped or a run that ended without its count. Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
httparena=${HTTPARENA_DIR:-$root/../shared/httparena}
framework=minihttp

fail() {
  echo "httparena-validate: $1" >&2
  echo "httparena-validate: 0 passed, 1 failed"
  exit 1
}

# validate.sh's tools and the entry's build: each missing one fails the run rather than skipping a check.
for tool in dotnet python3 curl openssl clang ld.lld unshare ip timeout cmp sha256sum awk runuser; do
  command -v "$tool" > /dev/null || fail "$tool is missing (.ci/run installs the Debian packages)"
done
echo | grep -qP '^$' || fail "grep has no -P (PCRE), which validate.sh uses"
[ -f "$httparena/scripts/validate.sh" ] || fail "no HttpArena rules at $httparena (set HTTPARENA_DIR)"
bash tests/database/cluster.sh bin > /dev/null || fail "no PostgreSQL server for the async-db and fortunes checks"

scratch=$(mktemp -d)
export DOCKER_STANDIN_STATE="$scratch/docker"
standin="$root/tests/httparena"
cleanup() {
  # Any "container" validate.sh left running, if it was stopped before its own cleanup.
  for pid_file in "$DOCKER_STANDIN_STATE"/containers/*.pid; do
    [ -e "$pid_file" ] && kill -KILL "$(cat "$pid_file")" 2> /dev/null
  done
  for data_file in "$DOCKER_STANDIN_STATE"/containers/*.pgdata; do
    [ -e "$data_file" ] && rm -rf "$(cat "$data_file")"
  done
  rm -rf "$scratch"
}
trap cleanup EXIT

# A scratch HttpArena tree: its scripts and dataset as they are, the entry, and certificates of the kind it mounts.
tree="$scratch/HttpArena"
mkdir -p "$tree/scripts/lib" "$tree/data" "$tree/certs" "$tree/frameworks"
cp "$httparena/scripts/validate.sh" "$httparena/scripts/validate-frag.py" "$httparena/scripts/validate-ws.py" "$tree/scripts/"
cp "$httparena/scripts/lib/profiles.sh" "$tree/scripts/lib/"
cp "$httparena/data/dataset.json" "$tree/data/"
# The Postgres sidecar's seed, which HttpArena generates: its items table, made by its own script, and a fortune table of
# ours of the same shape (its 200 rows are not in the rules beside the repository).
python3 "$httparena/scripts/generate-pgdb.py" "$tree/data/dataset.json" "$tree/data/pgdb-seed.sql" > /dev/null \
  || fail "generate-pgdb.py could not make the Postgres seed"
cat tests/database/fortune.sql >> "$tree/data/pgdb-seed.sql"
cp -r "$httparena/data/static" "$tree/data/"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tree/certs/server.key" -out "$tree/certs/server.crt" -days 30 \
  -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" > "$scratch/openssl.log" 2>&1 \
  || { cat "$scratch/openssl.log"; fail "openssl could not make a certificate"; }
bash deploy/httparena/make-entry.sh "$tree/frameworks/$framework" || fail "the entry could not be made"

echo "[httparena-validate] docker build --no-cache -t httparena-$framework frameworks/$framework (the stand-in)"
(cd "$tree" && PATH="$standin:$PATH" docker build --no-cache -t "httparena-$framework" "frameworks/$framework") \
  || fail "the entry did not build"

# In the namespaces: loopback up, then validate.sh as HttpArena runs it, from its tree's root. Its own process-ID
# namespace too, so that everything started there ends with it: validate.sh's watchdog leaves a long sleep behind, which
# would otherwise hold the output pipe open for the watchdog's whole timeout.
log="$scratch/validate.log"
unshare --net --pid --fork bash -c '
  ip link set lo up || exit 1
  cd "$1" && PATH="$2:$PATH" VALIDATE_SKIP_BUILD=1 bash scripts/validate.sh "$3"
' unshare "$tree" "$standin" "$framework" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

results=$(grep -E '^=== Results: [0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
[ -n "$results" ] || fail "validate.sh ended (exit code $status) without its results line"
passed=$(sed -E 's/^=== Results: ([0-9]+) passed.*/\1/' <<< "$results")
failed=$(sed -E 's/^=== Results: [0-9]+ passed, ([0-9]+) failed.*/\1/' <<< "$results")
skipped=$(grep -c '^  SKIP \[' "$log")
if [ "$skipped" -gt 0 ]; then
  echo "httparena-validate: $skipped check(s) skipped, each counted as failed:"
  grep '^  SKIP \[' "$log"
  failed=$((failed + skipped))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi

echo "httparena-validate: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
