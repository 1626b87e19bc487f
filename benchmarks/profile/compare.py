"""Compares two servers profiled by benchmarks/profile/run.sh: their CPU time per request, split by where perf saw it
run, and their system calls per request. Every number comes from the files run.sh wrote.

Usage: compare.py RESULTS NAME OTHER
"""
import re
import sys

LABELS = {"minihttp": "MiniHttp", "c": "C epoll"}
# perf's DSOs, grouped by what they are.
PLACES = (
    ("kernel", lambda dso: dso == "kernel.kallsyms"),
    ("JIT-compiled .NET code", lambda dso: dso in ("JIT", "JIT-compiled .NET code")),
    ("precompiled .NET code (the framework's ReadyToRun images)", lambda dso: dso.endswith(".dll")),
    (".NET runtime (native)", lambda dso: dso.startswith(("libcoreclr", "libclrjit", "libSystem.", "libclrgc"))),
    ("libc", lambda dso: dso.startswith(("libc.so", "ld-linux", "libpthread")) or dso == "vdso"),
    ("the server's own binary", lambda dso: dso == "c-server"),
)


def requests(path):
    return int(re.search(r"(\d+) requests in", open(path).read()).group(1))


def rate(path):
    return float(re.search(r"Requests/sec:\s+([\d.]+)", open(path).read()).group(1))


def read(results, name):
    cpu_us = int(open(f"{results}/{name}.plain.cpu-us").read())
    us_per_request = cpu_us / requests(f"{results}/{name}.plain.wrk")
    shares = {}
    for line in open(f"{results}/{name}.dsos"):
        percent, dso = line.split(maxsplit=1)
        place = next((label for label, matches in PLACES if matches(dso.strip())), "other")
        shares[place] = shares.get(place, 0.0) + float(percent.rstrip("%"))
    counted = requests(f"{results}/{name}.syscalls.wrk")
    syscalls = {}
    for line in open(f"{results}/{name}.syscalls"):
        fields = line.split(",")
        if len(fields) > 2 and "sys_enter" in fields[2] and fields[0].isdigit():
            call = re.sub(r"^.*sys_enter_?", "", fields[2]) or "(all)"
            syscalls[call] = int(fields[0]) / counted
    return {"rate": rate(f"{results}/{name}.plain.wrk"), "us": us_per_request, "shares": shares, "syscalls": syscalls}


def main():
    results, name, other = sys.argv[1:4]
    a, b = read(results, name), read(results, other)
    la, lb = LABELS.get(name, name), LABELS.get(other, other)
    print(f"#### {la} against {lb}")
    print()
    print(f"| | {la} | {lb} | {la} − {lb} |")
    print("|---|---:|---:|---:|")
    print(f"| requests/s | {a['rate']:,.0f} | {b['rate']:,.0f} | |")
    print(f"| CPU µs per request | {a['us']:.2f} | {b['us']:.2f} | {a['us'] - b['us']:+.2f} |")
    places = [label for label, _ in PLACES] + ["other"]
    for place in places:
        x, y = (s["us"] * s["shares"].get(place, 0.0) / 100 for s in (a, b))
        if max(x, y) >= 0.005:
            print(f"| … in {place} | {x:.2f} | {y:.2f} | {x - y:+.2f} |")
    calls = sorted(set(a["syscalls"]) | set(b["syscalls"]), key=lambda c: -max(a["syscalls"].get(c, 0), b["syscalls"].get(c, 0)))
    for call in calls:
        x, y = a["syscalls"].get(call, 0.0), b["syscalls"].get(call, 0.0)
        if max(x, y) < 0.01:
            continue
        label = "system calls per request" if call == "(all)" else f"… {call}"
        print(f"| {label} | {x:.2f} | {y:.2f} | {x - y:+.2f} |")
    print()
    print("The µs by place are the CPU time per request (measured with nothing attached) times each place's share of "
          "perf's samples (taken in a later window, under perf); calls made less than once per hundred requests are left out.")


if __name__ == "__main__":
    main()
