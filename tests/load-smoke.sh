#!/usr/bin/env bash
# Smoke run of the load benchmark, so it cannot rot: benchmarks/load/run.sh with one second per profile and a
# one-second warm-up, then the same in --scaling and --variants modes. Checks that every profile of every server answered at a
# nonzero rate with no non-2xx responses and no socket errors, and that the table, the summary and a well-formed
# SVG chart were written. wrk must be installed (CI installs it): without it this fails, it never skips.
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

bash benchmarks/load/run.sh --duration 1 --warmup 1 --markdown "$out/profiles.md" --svg "$out/profiles.svg" --json "$out/profiles.json"
profiles_status=$?
bash benchmarks/load/run.sh --scaling --duration 1 --warmup 1 --markdown "$out/scaling.md" --json "$out/scaling.json"
scaling_status=$?
bash benchmarks/load/run.sh --variants --duration 1 --warmup 1 --markdown "$out/variants.md" --json "$out/variants.json"
variants_status=$?

python3 - "$out" "$profiles_status" "$scaling_status" "$variants_status" << 'PY'
import json, os, sys
import xml.etree.ElementTree as ElementTree

out, statuses = sys.argv[1], {"profiles": int(sys.argv[2]), "scaling": int(sys.argv[3]), "variants": int(sys.argv[4])}
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

def check_runs(mode, expected):
    summary = load(mode)
    if summary is None:
        return
    runs = {(r["server"], r["config"], r["profile"]): r for r in summary["runs"]}
    check(f"{mode}: the summary lists the profiles run", len(summary["profiles"]) > 0)
    for key in expected(summary["profiles"]):
        run = runs.get(key)
        name = f"{mode}: {' '.join(key)}"
        if run is None:
            check(name, False, "no result")
            continue
        check(f"{name} answered", run["requests_per_second"] > 0, f"{run['requests_per_second']} req/s")
        check(f"{name} had no non-2xx responses", run["non_2xx"] == 0, str(run["non_2xx"]))
        check(f"{name} had no socket errors", run["socket_errors"] == 0, str(run["socket_errors"]))

for mode, status in statuses.items():
    check(f"run.sh {'' if mode == 'profiles' else '--' + mode + ' '}exits 0", status == 0, f"exit status {status}")
    check(f"{mode}: the markdown table was written", os.path.getsize(f"{out}/{mode}.md") > 0 if os.path.exists(f"{out}/{mode}.md") else False)

# The C server has no TLS, so it runs the plain-text profiles only.
check_runs("profiles", lambda profiles: [(server, "pinned", profile) for server in ("minihttp", "kestrel", "c")
                                         for profile in profiles if server != "c" or not profile.endswith("-tls")])
check_runs("scaling", lambda profiles: [(server, config, profile) for server in ("minihttp", "kestrel", "minihttp-x2")
                                        for config in ("1-core", "2-cores") for profile in profiles])
check_runs("variants", lambda profiles: [(server, "pinned", profile) for server in ("minihttp", "minihttp-pool", "minihttp-metrics", "minihttp-aot", "kestrel", "kestrel-inline")
                                         for profile in profiles])
try:
    root = ElementTree.parse(f"{out}/profiles.svg").getroot()
    check("the SVG chart is well-formed XML", root.tag == "{http://www.w3.org/2000/svg}svg", root.tag)
except (OSError, ElementTree.ParseError) as e:
    check("the SVG chart is well-formed XML", False, str(e))

print(f"load-smoke: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
