#!/usr/bin/env python3
"""The tables of benchmarks/arena/run.sh: reads the run's directory of wrk outputs and counters, writes the markdown
table (printed too) and the JSON summary."""

import argparse
import json
import os
import re
import statistics
import sys

SERVERS = ("minihttp", "kestrel")
NAMES = {"minihttp": "MiniHttp", "kestrel": "Kestrel"}
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3, "h": 3600e3}


def milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text).groups()
    return float(value) * UNITS[unit]


def read_lines(path):
    with open(path) as f:
        return f.read().split("\n")


def read_context(root):
    return dict(line.split("=", 1) for line in read_lines(f"{root}/context") if "=" in line)


def read_profiles(root):
    profiles = []
    for line in read_lines(f"{root}/profiles"):
        if line:
            pid, label, offered = line.split("|")
            profiles.append({"id": pid, "label": label, "offered_per_second": int(offered) if offered else None})
    return profiles


def cpu_at(samples, time):
    """The server's CPU time at a moment, interpolated between the samples (time, CPU µs) taken around it."""
    before = max((s for s in samples if s[0] <= time), default=samples[0])
    after = min((s for s in samples if s[0] >= time), default=samples[-1])
    if after[0] == before[0]:
        return before[1]
    return before[1] + (after[1] - before[1]) * (time - before[0]) / (after[0] - before[0])


def read_run(prefix, profile, context):
    text = open(f"{prefix}.wrk").read()
    requests = int(re.search(r"(\d+) requests in ([\d.]+)(\w+)", text).group(1))
    seconds = int(open(f"{prefix}.seconds").read())
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    transfer = re.search(r"Transfer/sec:\s+([\d.]+)(\w+)", text)
    scale = {"B": 1, "KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30}
    cpu_before, cpu_after = (int(v) for v in read_lines(f"{prefix}.server-cpu")[:2])
    wrk_user, wrk_system, wrk_wall = (float(v) for v in open(f"{prefix}.wrk-cpu").read().split())
    # Read before the run, then at the start and at the end of the window (from 40% to 90% of the run).
    rss_before, _, rss_during = (int(v) for v in read_lines(f"{prefix}.rss")[:3])
    established_start, established = (int(v) for v in read_lines(f"{prefix}.established")[:2])
    run = {
        "requests": requests,
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
        "megabytes_per_second": float(transfer.group(1)) * scale[transfer.group(2)] / (1 << 20) if transfer else None,
        "latency_mean_ms": milliseconds(re.search(r"Latency\s+([\d.]+\w+)", text).group(1)),
        "latency_p50_ms": milliseconds(re.search(r"^\s+50%\s+([\d.]+\w+)", text, re.M).group(1)),
        "latency_p99_ms": milliseconds(re.search(r"^\s+99%\s+([\d.]+\w+)", text, re.M).group(1)),
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": sum(int(v) for v in socket.groups()) if socket else 0,
        "server_cpu_us": cpu_after - cpu_before,
        "server_cpu_us_per_request": (cpu_after - cpu_before) / requests if requests else None,
        "server_cpu_percent": 100 * (cpu_after - cpu_before) / 1e6 / wrk_wall,
        "wrk_cpu_percent": 100 * (wrk_user + wrk_system) / wrk_wall,
        "seconds": seconds,
        "rss_before_kib": rss_before,
        "rss_during_kib": rss_during,
        "established_connections": established,
    }
    run["established_at_window_start"] = established_start
    if os.path.exists(f"{prefix}.window"):
        # async.lua's window: the rate and the CPU time once every connection is open, not over the connect storm.
        start_time, start_count, end_time, end_count = (float(v) for v in open(f"{prefix}.window").read().split())
        samples = [tuple(float(v) for v in line.split()) for line in read_lines(f"{prefix}.cpu-samples") if line]
        answered = end_count - start_count
        run["wrk_requests_per_second"] = run["requests_per_second"]
        run["window_seconds"] = end_time - start_time
        # The window opens at the first response after 40% of the run. Opened after half of its planned time (the
        # connects were still going on), it measured no steady state: the run counts for nothing rather than for a rate
        # over a sliver of time.
        run["window_valid"] = answered > 0 and end_time - start_time >= 0.25 * seconds
        for field in ("requests_per_second", "server_cpu_us", "server_cpu_us_per_request", "server_cpu_percent"):
            run[field] = None
        if run["window_valid"]:
            run["requests_per_second"] = answered / (end_time - start_time)
            run["server_cpu_us"] = cpu_at(samples, end_time) - cpu_at(samples, start_time)
            run["server_cpu_us_per_request"] = run["server_cpu_us"] / answered
            run["server_cpu_percent"] = 100 * run["server_cpu_us"] / 1e6 / (end_time - start_time)
    if profile["offered_per_second"]:
        run["rate_ratio"] = run["requests_per_second"] / profile["offered_per_second"]
    if profile["id"] == "async":
        connections = int(context["async_connections"])
        run["ceiling_per_second"] = connections * 1000 / int(context["async_delay_ms"])
        run["of_ceiling"] = run["requests_per_second"] / run["ceiling_per_second"] if run["requests_per_second"] else None
        run["rss_kib_per_connection"] = (rss_during - rss_before) / established if established and run["window_valid"] else None
    if os.path.exists(f"{prefix}.throttling"):
        (p0, t0), (p1, t1) = (map(int, line.split()) for line in read_lines(f"{prefix}.throttling")[:2])
        run["throttled_periods_percent"] = 100 * (t1 - t0) / (p1 - p0) if p1 > p0 else 0.0
    return run


def read_runs(root, profiles, context):
    runs = []
    rounds = int(context["rounds"])
    for profile in profiles:
        for server in SERVERS:
            for number in range(1, rounds + 1):
                prefix = f"{root}/run.{server}.{profile['id']}.{number}"
                runs.append({"server": server, "profile": profile["id"], "round": number, **read_run(prefix, profile, context)})
    return runs


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def summarise(profiles, runs, rounds):
    results = []
    for profile in profiles:
        mine = {s: [r for r in runs if r["server"] == s and r["profile"] == profile["id"]] for s in SERVERS}
        entry = {"profile": profile["id"], "label": profile["label"], "offered_per_second": profile["offered_per_second"]}
        for server in SERVERS:
            for field in ("requests_per_second", "server_cpu_us_per_request", "megabytes_per_second", "latency_mean_ms",
                          "latency_p99_ms", "server_cpu_percent", "rate_ratio", "of_ceiling", "rss_kib_per_connection",
                          "established_connections", "established_at_window_start"):
                entry[f"{server}_{field}"] = median(r.get(field) for r in mine[server])
            entry[f"{server}_wrk_cpu_percent_max"] = max(r["wrk_cpu_percent"] for r in mine[server])
            entry[f"{server}_errors"] = sum(r["non_2xx"] + r["socket_errors"] for r in mine[server])
        per_round = lambda field, a, b: [x[field] / y[field] for x, y in zip(mine[a], mine[b]) if x.get(field) and y.get(field)]
        entry["valid_rounds"] = sum(1 for m, k in zip(mine["minihttp"], mine["kestrel"])
                                    if m["requests_per_second"] and k["requests_per_second"])
        # Rates: MiniHttp / Kestrel, higher is better for MiniHttp. CPU per request: Kestrel / MiniHttp, the same way up.
        for key, field, a, b in (("rps_ratio", "requests_per_second", "minihttp", "kestrel"),
                                 ("cpu_ratio", "server_cpu_us_per_request", "kestrel", "minihttp"),
                                 ("memory_ratio", "rss_kib_per_connection", "kestrel", "minihttp")):
            ratios = per_round(field, a, b)
            entry[key] = {"median": median(ratios), "min": min(ratios), "max": max(ratios)} if ratios else None
        results.append(entry)
    return results


def number(value, digits=0):
    return "–" if value is None else f"{value:,.{digits}f}"


def percent(fraction):
    return "–" if fraction is None else f"{100 * fraction:.1f}%"


def ratio(value):
    return "–" if value is None else f"{value['median']:.2f}x [{value['min']:.2f}–{value['max']:.2f}]"


def header(context):
    quota = context.get("server_quota")
    cap = (f"each server capped at {quota}% of core 0 (CFS quota, cgroup v{context['cgroup']})" if quota
           else "uncapped (each server has core 0, shared with the other idle server)")
    return (f"{context['date']}, {context['cpu']}, .NET {context['dotnet']}, wrk {context['wrk']}, load average "
            f"{context['loadavg']} at the start; `{context['command']}` (wrk -t1 on core 1, servers on core 0; "
            f"{context['duration']} s runs, paced {2 * int(context['duration'])} s, async {4 * int(context['duration'])} s; "
            f"{context['warmup']} s warm-up; {context['rounds']} rounds; {cap})")


def markdown(context, profiles, results, runs, resources):
    lines = [header(context), ""]
    lines += ["| profile | MiniHttp req/s | Kestrel req/s | MiniHttp / Kestrel req/s | MiniHttp µs / request | "
              "Kestrel µs / request | Kestrel / MiniHttp µs per request | MiniHttp latency mean / p99 ms | "
              "Kestrel latency mean / p99 ms | MiniHttp MB/s | Kestrel MB/s | CPU % MiniHttp / Kestrel (wrk max) | "
              "errors MiniHttp / Kestrel |",
              "|---|" + "---:|" * 12]
    for e in results:
        rate = lambda s: number(e[f"{s}_requests_per_second"]) + (
            f" ({100 * e[f'{s}_rate_ratio']:.1f}% of {e['offered_per_second']:,})" if e["offered_per_second"] else "")
        latency = lambda s: f"{number(e[f'{s}_latency_mean_ms'], 2)} / {number(e[f'{s}_latency_p99_ms'], 2)}"
        cpu = (f"{number(e['minihttp_server_cpu_percent'])} / {number(e['kestrel_server_cpu_percent'])} "
               f"({number(max(e['minihttp_wrk_cpu_percent_max'], e['kestrel_wrk_cpu_percent_max']))})")
        lines.append(f"| {e['label']} | {rate('minihttp')} | {rate('kestrel')} | {ratio(e['rps_ratio'])} | "
                     f"{number(e['minihttp_server_cpu_us_per_request'], 2)} | {number(e['kestrel_server_cpu_us_per_request'], 2)} | "
                     f"{ratio(e['cpu_ratio'])} | {latency('minihttp')} | {latency('kestrel')} | "
                     f"{number(e['minihttp_megabytes_per_second'], 1)} | {number(e['kestrel_megabytes_per_second'], 1)} | {cpu} | "
                     f"{e['minihttp_errors']} / {e['kestrel_errors']} |")
    for e in (e for e in results if e["profile"] == "async"):
        lines += ["", f"async: {int(context['async_connections']):,} connections of GET /delay/{context['async_delay_ms']}, "
                  f"ceiling {int(context['async_connections']) * 1000 // int(context['async_delay_ms']):,} req/s; the rate, the CPU "
                  "time and the memory over the window from 40% to 90% of each run, once the connections are open; "
                  f"{e['valid_rounds']} of {context['rounds']} rounds measured both servers in that steady state (in the others "
                  "the first response after 40% came after half the window: the connects were still going on)",
                  "", "| server | connections held (window start / end) | req/s | of the ceiling | µs / request | resident KiB per held connection |",
                  "|---|---:|---:|---:|---:|---:|"]
        for s in SERVERS:
            lines.append(f"| {NAMES[s]} | {number(e[f'{s}_established_at_window_start'])} / {number(e[f'{s}_established_connections'])} | "
                         f"{number(e[f'{s}_requests_per_second'])} | {percent(e[f'{s}_of_ceiling'])} | "
                         f"{number(e[f'{s}_server_cpu_us_per_request'], 2)} | {number(e[f'{s}_rss_kib_per_connection'], 2)} |")
        lines.append(f"| MiniHttp / Kestrel | | {ratio(e['rps_ratio'])} | | {ratio(e['cpu_ratio'])} (Kestrel / MiniHttp) | "
                     f"{ratio(e['memory_ratio'])} (Kestrel / MiniHttp) |")
    lines += ["", "Peak RSS and CPU time over the whole run (warm-up included): " + "; ".join(
        f"{NAMES[s]} {resources[s][0] / 1024:.0f} MiB, {resources[s][1] / 1e6:.1f} s" for s in SERVERS), "",
        "Every round (req/s, server µs / request, server CPU %):", "",
        "| profile | round | MiniHttp | Kestrel | MiniHttp / Kestrel req/s | Kestrel / MiniHttp µs |", "|---|---:|---:|---:|---:|---:|"]
    for profile in profiles:
        for number_ in range(1, int(context["rounds"]) + 1):
            pair = {r["server"]: r for r in runs if r["profile"] == profile["id"] and r["round"] == number_}
            cell = lambda r: f"{number(r['requests_per_second'])}, {number(r['server_cpu_us_per_request'], 2)} µs, {number(r['server_cpu_percent'])}%"
            quotient = lambda a, b: f"{a / b:.2f}x" if a and b else "–"
            m, k = pair["minihttp"], pair["kestrel"]
            lines.append(f"| {profile['id']} | {number_} | {cell(m)} | {cell(k)} | "
                         f"{quotient(m['requests_per_second'], k['requests_per_second'])} | "
                         f"{quotient(k['server_cpu_us_per_request'], m['server_cpu_us_per_request'])} |")
    return "\n".join(lines) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--markdown", required=True)
    parser.add_argument("--json", required=True)
    args = parser.parse_args()
    context = read_context(args.results)
    profiles = read_profiles(args.results)
    runs = read_runs(args.results, profiles, context)
    results = summarise(profiles, runs, int(context["rounds"]))
    resources = {s: [int(v) for v in open(f"{args.results}/resources.{s}").read().split()] for s in SERVERS}
    table = markdown(context, profiles, results, runs, resources)
    write(args.markdown, table)
    write(args.json, json.dumps({"context": context, "profiles": profiles, "results": results, "runs": runs,
                                 "resources": {s: {"peak_rss_kib": v[0], "cpu_us": v[1]} for s, v in resources.items()}},
                                indent=2) + "\n")
    sys.stdout.write(table)


if __name__ == "__main__":
    main()
