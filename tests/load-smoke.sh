#!/usr/bin/env bash
# Smoke run of the load benchmark, so it cannot rot: benchmarks/load/run.sh with one second per profile, a one-second
# warm-up and one round, then the same in --variants and --transports modes, then capped (--server-quota) in the profile
# mode (two rounds) and in the --scaling mode (whose uncapped form differs only by the quota). Checks that every profile
# of every server answered at a nonzero rate with no non-2xx responses and no socket errors in every round, that its CPU
# time per request was measured, that a capped server stayed within its quota and its cgroups were removed, and that
# the tables, the summaries and well-formed SVG charts were written. wrk must be installed (CI installs it), and the
# capped runs need root and the cgroup cpu controller: without them this fails, it never skips.
# Prints "load-smoke: N passed, N failed" last; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk > /dev/null; then
  echo "FAIL wrk is not installed (apt-get install wrk)"
  echo "load-smoke: 0 passed, 1 failed"
  exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

declare -A arguments=(
  [profiles]=""
  [variants]="--variants"
  [transports]="--transports"
  [capped]="--server-quota 50 --rounds 2"
  [capped-scaling]="--scaling --server-quota 25"
)
statuses=()
for mode in profiles variants transports capped capped-scaling; do
  # shellcheck disable=SC2086
  bash benchmarks/load/run.sh --duration 1 --warmup 1 --rounds 1 ${arguments[$mode]} \
    --markdown "$out/$mode.md" --svg "$out/$mode.svg" --json "$out/$mode.json"
  statuses+=("$mode=$?")
done

python3 - "$out" "${statuses[@]}" << 'PY'
import json, os, sys
import xml.etree.ElementTree as ElementTree

out = sys.argv[1]
statuses = {mode: int(status) for mode, status in (argument.split("=") for argument in sys.argv[2:])}
passed = failed = 0

def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}{': ' + detail if detail else ''}")

def load(mode):
    try:
        return json.load(open(f"{out}/{mode}.json"))
    except (OSError, ValueError) as e:
        check(f"{mode}: the JSON summary was written", False, str(e))
        return None

def check_runs(mode, expected, rounds=1, quota=None):
    summary = load(mode)
    if summary is None:
        return
    runs = {(r["server"], r["config"], r["profile"], r["round"]): r for r in summary["runs"]}
    check(f"{mode}: the summary lists the profiles run", len(summary["profiles"]) > 0)
    check(f"{mode}: the summary has a result for every server and profile", len(summary["results"]) == len(expected(summary["profiles"])),
          f"{len(summary['results'])} results")
    for key in ((*k, n) for k in expected(summary["profiles"]) for n in range(1, rounds + 1)):
        run = runs.get(key)
        name = f"{mode}: {' '.join(key[:3])}, round {key[3]}"
        if run is None:
            check(name, False, "no result")
            continue
        check(f"{name} answered", run["requests_per_second"] > 0, f"{run['requests_per_second']} req/s")
        check(f"{name} had no non-2xx responses", run["non_2xx"] == 0, str(run["non_2xx"]))
        check(f"{name} had no socket errors", run["socket_errors"] == 0, str(run["socket_errors"]))
        check(f"{name} measured the server's CPU time per request", (run["server_cpu_us_per_request"] or 0) > 0,
              str(run["server_cpu_us_per_request"]))
        if quota is not None:
            # A cap is an upper bound whatever else the machine does: one 10 ms period over the quota at most, plus
            # the rounding of when the samples were taken.
            limit = quota * len(run["server_cpus"].split(","))
            check(f"{name} ran under a {limit}% quota", run["quota_percent"] == limit, str(run["quota_percent"]))
            check(f"{name} stayed within its quota", run["server_cpu_percent"] <= limit + 5, f"{run['server_cpu_percent']:.1f}%")
            check(f"{name} counted its cgroup's throttling", run["throttled_periods_percent"] is not None)
    if quota is not None:
        groups = summary["context"]["cgroups"].split()
        check(f"{mode}: every server and wrk had a cgroup", len(groups) >= len({k[:2] for k in runs}) + 1, " ".join(groups))
        check(f"{mode}: the cgroups were removed", not any(os.path.exists(g) for g in groups), " ".join(g for g in groups if os.path.exists(g)))

for mode, status in statuses.items():
    check(f"run.sh {mode} exits 0", status == 0, f"exit status {status}")
    check(f"{mode}: the markdown table was written", os.path.getsize(f"{out}/{mode}.md") > 0 if os.path.exists(f"{out}/{mode}.md") else False)

# The C server has no TLS, so it runs the plain-text profiles only.
profile_table = lambda profiles: [(server, "pinned", profile) for server in ("minihttp", "kestrel", "c")
                                  for profile in profiles if server != "c" or not profile.endswith("-tls")]
scaling_table = lambda profiles: [(server, config, profile) for server in ("minihttp", "minihttp-epoll", "kestrel", "minihttp-x2")
                                  for config in ("1-core", "2-cores") for profile in profiles]
check_runs("profiles", profile_table)
check_runs("variants", lambda profiles: [(server, "pinned", profile) for server in ("minihttp", "minihttp-pool", "minihttp-metrics", "minihttp-aot", "kestrel", "kestrel-inline")
                                         for profile in profiles])
check_runs("transports", lambda profiles: [(server, "pinned", profile) for server in ("minihttp-sockets", "minihttp-epoll", "c")
                                           for profile in profiles])
check_runs("capped", profile_table, rounds=2, quota=50)
check_runs("capped-scaling", scaling_table, quota=25)
for mode in ("profiles", "capped"):
    try:
        root = ElementTree.parse(f"{out}/{mode}.svg").getroot()
        check(f"{mode}: the SVG chart is well-formed XML", root.tag == "{http://www.w3.org/2000/svg}svg", root.tag)
    except (OSError, ElementTree.ParseError) as e:
        check(f"{mode}: the SVG chart is well-formed XML", False, str(e))

print(f"load-smoke: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
