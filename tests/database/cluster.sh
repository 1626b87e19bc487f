#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the database tests and benchmarks: Debian's postgresql package, initdb in a folder
# of the caller's, one server on a free loopback port, seeded with HttpArena's `items` (100,000 rows, made by HttpArena's
# own scripts/generate-pgdb.py from ../shared/httparena, or $HTTPARENA_DIR) and this folder's fortune.sql.
#
#   cluster.sh create DIR     init DIR 0, then HttpArena's user, database and seed; prints DATABASE_URL=... and PID=...
#   cluster.sh init DIR PORT  initdb into DIR (which must not exist yet) and start on PORT, 0 for a free one; PID=...
#   cluster.sh start DIR      starts the server of DIR again, on the port it had; prints PID=...
#   cluster.sh stop DIR       stops the server of DIR by the pid it recorded (SIGINT, a fast shutdown), and waits
#   cluster.sh bin            prints the folder of the server's programs (psql, pg_isready)
#
# PostgreSQL refuses to run as root: as root, the server runs as the package's `postgres` user, which owns DIR/data.
# Nothing is skipped: a missing binary, user or file fails with a message.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
httparena=${HTTPARENA_DIR:-$here/../../../shared/httparena}

die() { echo "cluster.sh: $*" >&2; exit 1; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || die "no PostgreSQL server (apt-get install -y postgresql)"

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres > /dev/null 2>&1 || die "running as root needs the postgres user the Debian package makes"
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# The server in the background, its own session, listening on 127.0.0.1 and a socket in DIR only.
launch() { # dir port
  local dir=$1 port=$2
  as_owner "$bin/postgres" -D "$dir/data" -p "$port" -h 127.0.0.1 -k "$dir" -c max_connections=300 -c fsync=off \
    -c synchronous_commit=off -c full_page_writes=off > "$dir/server.log" 2>&1 < /dev/null &
  for _ in $(seq 300); do
    if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
      echo "PID=$(head -1 "$dir/data/postmaster.pid")"
      return 0
    fi
    sleep 0.1
  done
  cat "$dir/server.log" >&2
  die "the server in $dir did not start"
}

init() { # dir port
  local dir=$1 port=$2
  [ ! -e "$dir" ] || die "$dir exists"
  mkdir -p "$dir"
  [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  [ "$port" -ne 0 ] || port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  echo "$port" > "$dir/port"
  launch "$dir" "$port"
}

create() {
  local dir=$1
  [ -f "$httparena/scripts/generate-pgdb.py" ] && [ -f "$httparena/data/dataset.json" ] || die "no HttpArena scripts at $httparena (set HTTPARENA_DIR)"
  init "$dir" 0
  local port
  port=$(cat "$dir/port")

  # HttpArena's user, password and database; its items seed, made the way HttpArena makes it.
  python3 "$httparena/scripts/generate-pgdb.py" "$httparena/data/dataset.json" "$dir/pgdb-seed.sql" > /dev/null
  local psql=("$bin/psql" -h 127.0.0.1 -p "$port" -v ON_ERROR_STOP=1 -q)
  as_owner "${psql[@]}" -U postgres -d postgres -c "CREATE ROLE bench LOGIN PASSWORD 'bench'" -c "CREATE DATABASE benchmark OWNER bench" > /dev/null
  as_owner "${psql[@]}" -U bench -d benchmark -f "$dir/pgdb-seed.sql" > /dev/null
  as_owner "${psql[@]}" -U bench -d benchmark -f "$here/fortune.sql" > /dev/null
  as_owner "${psql[@]}" -U bench -d benchmark -c "VACUUM ANALYZE items, fortune" > /dev/null
  rm -f "$dir/pgdb-seed.sql"
  echo "DATABASE_URL=postgres://bench:bench@127.0.0.1:$port/benchmark"
}

stop() {
  local dir=$1 pid
  [ -f "$dir/data/postmaster.pid" ] || return 0
  pid=$(head -1 "$dir/data/postmaster.pid")
  kill -INT "$pid" 2> /dev/null || return 0
  for _ in $(seq 300); do
    kill -0 "$pid" 2> /dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2> /dev/null || true
}

case ${1:-} in
  create) create "${2:?DIR}" ;;
  init) init "${2:?DIR}" "${3:?PORT}" ;;
  bin) echo "$bin" ;;
  start) launch "${2:?DIR}" "$(cat "${2:?DIR}/port")" ;;
  stop) stop "${2:?DIR}" ;;
  *) die "usage: cluster.sh create|init|start|stop DIR, or cluster.sh bin" ;;
esac
