"""Turns the raw results run.sh collected (wrk's output, CPU, throttling and allocation samples, per round) into a
markdown table, a JSON summary and, for the profile table, an SVG bar chart. Every number it writes comes from those
files. A server's rate is its median over the rounds; a ratio is the median of the ratios within each round, so that
the machine's drift over minutes, which reaches every server of a round alike, cancels out of it.

Usage: report.py profiles RESULTS --markdown PATH --svg PATH --json PATH
       report.py scaling RESULTS --markdown PATH --json PATH
       report.py variants RESULTS --markdown PATH --json PATH
       report.py transports RESULTS --markdown PATH --json PATH
"""
import argparse
import glob
import json
import os
import re
import statistics
from xml.sax.saxutils import escape

NAMES = {
    "minihttp": "MiniHttp",
    "kestrel": "Kestrel",
    "c": "C epoll",
    "minihttp-x2": "MiniHttp, 2 processes (SO_REUSEPORT)",
    "minihttp-pool": "MiniHttp, thread-pool completions",
    "minihttp-metrics": "MiniHttp, meter on",
    "minihttp-aot": "MiniHttp, Native AOT",
    "kestrel-inline": "Kestrel, inline completions",
    "minihttp-sockets": "MiniHttp, sockets transport",
    "minihttp-epoll": "MiniHttp, epoll transport",
}
COLOURS = {"minihttp": "#2b6cb0", "kestrel": "#dd6b20", "c": "#718096"}
# wrk is one thread: from this share of its core on, it may be what sets the pace, and the server's rate says only
# that the server kept up with it.
WRK_BOUND_PERCENT = 90
WRK_BOUND_NOTE = (
    f"\\* wrk used {WRK_BOUND_PERCENT}% of its core or more in at least one round, so wrk may have set the pace: the rate "
    "is a lower bound on the server's capacity, and a ratio with such a side is not a ratio of capacities. A rate "
    "without a star is the server's capacity: the load generator had headroom."
)


def read_context(results):
    return dict(line.rstrip("\n").split("=", 1) for line in open(f"{results}/context"))


def read_run(prefix):
    """One wrk run: throughput, errors, the CPU wrk and the server used during it, throttling and allocation if sampled."""
    name, config, profile, round_ = os.path.basename(prefix).split(".")[1:]
    text = open(f"{prefix}.wrk").read()
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    user, system, elapsed = (float(x) for x in open(f"{prefix}.wrk-cpu").read().split()[-3:])
    server_before, server_after = (int(x) for x in open(f"{prefix}.server-cpu").read().split())
    wrk_cpu_percent = 100 * (user + system) / elapsed
    run = {
        "server": name,
        "config": config,
        "profile": profile,
        "round": int(round_),
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
        "requests": requests,
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": sum(int(x) for x in socket.groups()) if socket else 0,
        "socket_errors_by_kind": dict(zip(("connect", "read", "write", "timeout"), (int(x) for x in socket.groups()))) if socket else {},
        "wrk_cpu_percent": wrk_cpu_percent,
        "wrk_bound": wrk_cpu_percent >= WRK_BOUND_PERCENT,
        "server_cpu_percent": 100 * (server_after - server_before) / 1e6 / elapsed,
        "server_cpu_us_per_request": (server_after - server_before) / requests if requests else None,
        "throttled_periods_percent": None,
        "allocated_bytes_per_request": None,
    }
    if os.path.exists(f"{prefix}.throttling"):
        (periods_before, throttled_before), (periods_after, throttled_after) = (
            (int(x) for x in line.split()) for line in open(f"{prefix}.throttling").read().splitlines())
        periods = periods_after - periods_before
        run["throttled_periods_percent"] = 100 * (throttled_after - throttled_before) / periods if periods else 0.0
    if os.path.exists(f"{prefix}.allocated"):
        before, after = (int(x) for x in open(f"{prefix}.allocated").read().split())
        run["allocated_bytes_per_request"] = (after - before) / requests if requests else None
    return run


def read_placements(results):
    """Where each server ran: its cores, wrk's cores and connections, its process count and CPU quota (% of a core)."""
    placements = {}
    for line in open(f"{results}/contestants"):
        contestant, server_cpus, wrk_cpus, connections, processes, quota = line.rstrip("\n").split("|")
        placements[contestant] = {
            "server_cpus": server_cpus,
            "wrk_cpus": wrk_cpus,
            "connections": int(connections),
            "processes": int(processes),
            "quota_percent": int(quota) if quota else None,
        }
    return placements


def read_runs(results):
    """Every (server, configuration, profile)'s runs, in round order, each with where it ran."""
    placements = read_placements(results)
    prefixes = {path.rsplit(".", 1)[0] for path in glob.glob(f"{results}/run.*.wrk")}
    runs = {}
    for run in sorted(map(read_run, prefixes), key=lambda r: r["round"]):
        run.update(placements[f"{run['server']}.{run['config']}"])
        runs.setdefault((run["server"], run["config"], run["profile"]), []).append(run)
    return runs


def median_of(rounds, field):
    values = [r[field] for r in rounds if r[field] is not None]
    return statistics.median(values) if values else None


def summarise(rounds):
    """The medians over the rounds of one (server, configuration, profile), or None if it was not run."""
    if not rounds:
        return None
    first = rounds[0]
    return {
        "server": first["server"],
        "config": first["config"],
        "profile": first["profile"],
        "rounds": len(rounds),
        "requests_per_second": median_of(rounds, "requests_per_second"),
        "server_cpu_us_per_request": median_of(rounds, "server_cpu_us_per_request"),
        "server_cpu_percent": median_of(rounds, "server_cpu_percent"),
        "throttled_periods_percent": median_of(rounds, "throttled_periods_percent"),
        "wrk_cpu_percent_min": min(r["wrk_cpu_percent"] for r in rounds),
        "wrk_cpu_percent_max": max(r["wrk_cpu_percent"] for r in rounds),
        "wrk_bound": any(r["wrk_bound"] for r in rounds),
        "non_2xx": sum(r["non_2xx"] for r in rounds),
        "socket_errors": sum(r["socket_errors"] for r in rounds),
        "allocated_bytes_per_request": median_of(rounds, "allocated_bytes_per_request"),
    }


def round_ratios(a, b):
    """The median, lowest and highest of a's rate over b's in the rounds both ran, and whether wrk bound any side."""
    by_round = {r["round"]: r for r in b or []}
    pairs = [(r, by_round[r["round"]]) for r in a or [] if r["round"] in by_round]
    if not pairs:
        return None
    ratios = [x["requests_per_second"] / y["requests_per_second"] for x, y in pairs]
    return {
        "median": statistics.median(ratios),
        "min": min(ratios),
        "max": max(ratios),
        "rounds": len(ratios),
        "wrk_bound": any(x["wrk_bound"] or y["wrk_bound"] for x, y in pairs),
    }


def star(bound):
    return " \\*" if bound else ""


def ratio(a, b):
    r = round_ratios(a, b)
    if r is None:
        return "—"
    spread = f" ({r['min']:.2f}–{r['max']:.2f})" if r["rounds"] > 1 else ""
    return f"{r['median']:.2f}x{spread}{star(r['wrk_bound'])}"


def rps(rounds):
    s = summarise(rounds)
    return f"{s['requests_per_second']:,.0f}{star(s['wrk_bound'])}" if s else "—"


def us_per_request(rounds):
    s = summarise(rounds)
    return f"{s['server_cpu_us_per_request']:.2f}" if s and s["server_cpu_us_per_request"] is not None else "—"


def allocated(rounds):
    s = summarise(rounds)
    return f"{s['allocated_bytes_per_request']:.1f}" if s and s["allocated_bytes_per_request"] is not None else "—"


def wrk_range(s):
    low, high = s["wrk_cpu_percent_min"], s["wrk_cpu_percent_max"]
    return f"{low:.0f}" if round(low) == round(high) else f"{low:.0f}–{high:.0f}"


def cpu(rounds):
    s = summarise(rounds)
    return f"{s['server_cpu_percent']:.0f} / {wrk_range(s)}" if s else "—"


def errors(rounds):
    s = summarise(rounds)
    return f"{s['non_2xx']} / {s['socket_errors']}" if s else "—"


def header(context):
    quota = context.get("server_quota")
    cap = (
        f"; every server capped at {quota}% of each core it runs on (CFS quota {int(quota) * int(context['period_us']) // 100} µs "
        f"per {context['period_us']} µs period, cgroup v{context['cgroup']})" if quota else ""
    )
    return (
        f"{context['date']}, {context['cpu']}, .NET {context['dotnet']}, wrk {context['wrk']}, "
        f"load average {context['loadavg']} at the start; `{context['command']}` "
        f"(wrk -t1 -c{context['connections']} -d{context['duration']}s, {context['warmup']} s warm-up, "
        f"{context['rounds']} round{'s' if context['rounds'] != '1' else ''}{cap})"
    )


def columns_note(context):
    return (
        "Rates and CPU are medians over the rounds; a ratio is the median of the per-round ratios (lowest–highest in "
        "brackets); CPU % is the server's median / wrk's lowest–highest over the rounds; µs / request is the server's "
        "CPU time (" + ("its cgroup's accounting" if context.get("server_quota") else "/proc/PID/stat") + ") per request answered."
    )


def in_round(rounds, number):
    return [r for r in rounds or [] if r["round"] == number]


def rounds_table(profiles, columns, ratios, runs):
    """Every round's runs: each column's rate with the server's and wrk's CPU %, and the ratios of that round."""
    lines = [
        "| profile | round | " + " | ".join(f"{label} req/s (CPU % server / wrk)" for label, _ in columns)
        + "".join(f" | {label}" for label, _, _ in ratios) + " |",
        "|---|---:|" + "---:|" * (len(columns) + len(ratios)),
    ]
    for profile, label in profiles:
        present = [runs.get(key + (profile,), []) for _, key in columns]
        for number in sorted({r["round"] for rounds in present for r in rounds}):
            cells = []
            for rounds in present:
                run = next((r for r in rounds if r["round"] == number), None)
                cells.append(
                    f"{run['requests_per_second']:,.0f}{star(run['wrk_bound'])} ({run['server_cpu_percent']:.0f} / {run['wrk_cpu_percent']:.0f})"
                    if run else "—")
            for _, a, b in ratios:
                cells.append(ratio(in_round(runs.get(a + (profile,)), number), in_round(runs.get(b + (profile,)), number)))
            lines.append(f"| {label} | {number} | " + " | ".join(cells) + " |")
    return lines


def profiles_markdown(context, profiles, runs, resources):
    servers = ("minihttp", "kestrel", "c")
    lines = [
        header(context),
        "",
        "| profile | MiniHttp req/s | Kestrel req/s | C epoll req/s | MiniHttp / Kestrel | MiniHttp / C "
        "| MiniHttp µs / request | Kestrel µs / request | C epoll µs / request "
        "| MiniHttp CPU % (server / wrk) | Kestrel CPU % (server / wrk) | C epoll CPU % (server / wrk) "
        "| MiniHttp errors (non-2xx / socket) | Kestrel errors (non-2xx / socket) | C epoll errors (non-2xx / socket) "
        "| MiniHttp bytes allocated / request |",
        "|---|" + "---:|" * 15,
    ]
    for profile, label in profiles:
        m, k, c = (runs.get((server, "pinned", profile)) for server in servers)
        s = summarise(m)
        allocated = f"{s['allocated_bytes_per_request']:.1f}" if s and s["allocated_bytes_per_request"] is not None else "—"
        lines.append(
            f"| {label} | {rps(m)} | {rps(k)} | {rps(c)} | {ratio(m, k)} | {ratio(m, c)} "
            f"| {us_per_request(m)} | {us_per_request(k)} | {us_per_request(c)} "
            f"| {cpu(m)} | {cpu(k)} | {cpu(c)} | {errors(m)} | {errors(k)} | {errors(c)} | {allocated} |"
        )
    lines += ["", columns_note(context), "", WRK_BOUND_NOTE, "", resources_line(servers, resources), "", "Every round:", ""]
    lines += rounds_table(
        profiles,
        [(NAMES[s], (s, "pinned")) for s in servers],
        [("MiniHttp / Kestrel", ("minihttp", "pinned"), ("kestrel", "pinned")), ("MiniHttp / C", ("minihttp", "pinned"), ("c", "pinned"))],
        runs,
    )
    return "\n".join(lines) + "\n"


def resources_line(servers, resources):
    return (
        "Peak RSS and CPU seconds over the whole run, warm-up included: "
        + "; ".join(f"{NAMES[s]} {resources[s]['peak_rss_kib'] / 1024:.0f} MiB, {resources[s]['cpu_seconds']:.1f} s" for s in servers)
        + "."
    )


SCALING_SERVERS = ("minihttp", "minihttp-epoll", "kestrel", "minihttp-x2")


def scaling_markdown(context, profiles, runs):
    servers = SCALING_SERVERS
    lines = [
        header(context),
        "",
        "| server | profile | 1 core req/s | 2 cores req/s | 2 cores / 1 core | µs / request, 1 core | µs / request, 2 cores "
        "| CPU % (server / wrk), 1 core | CPU % (server / wrk), 2 cores "
        "| errors (non-2xx / socket), 1 core | errors (non-2xx / socket), 2 cores |",
        "|---|---|" + "---:|" * 9,
    ]
    for server in servers:
        for profile, label in profiles:
            one, two = runs.get((server, "1-core", profile)), runs.get((server, "2-cores", profile))
            if one or two:
                lines.append(
                    f"| {NAMES[server]} | {label} | {rps(one)} | {rps(two)} | {ratio(two, one)} "
                    f"| {us_per_request(one)} | {us_per_request(two)} "
                    f"| {cpu(one)} | {cpu(two)} | {errors(one)} | {errors(two)} |"
                )
    lines += ["", columns_note(context), "", WRK_BOUND_NOTE, "", "Every round:", ""]
    lines += rounds_table(
        profiles,
        [(f"{NAMES[s]}, {config.replace('-', ' ')}", (s, config)) for s in servers for config in ("1-core", "2-cores")],
        [(f"{NAMES[s]} 2 / 1", (s, "2-cores"), (s, "1-core")) for s in servers],
        runs,
    )
    return "\n".join(lines) + "\n"


def variants_markdown(context, profiles, runs, resources):
    servers = ("minihttp", "minihttp-pool", "minihttp-metrics", "minihttp-aot", "kestrel", "kestrel-inline")
    lines = [
        header(context),
        "",
        "| profile | " + " | ".join(f"{NAMES[s]} req/s" for s in servers)
        + " | thread-pool / default | meter on / default | AOT / default | Kestrel inline / Kestrel "
        "| default / Kestrel | default / Kestrel inline | AOT / Kestrel "
        "| µs / request: " + " · ".join(NAMES[s] for s in servers)
        + " | CPU % (server / wrk): " + " · ".join(NAMES[s] for s in servers)
        + " | errors (non-2xx / socket): " + " · ".join(NAMES[s] for s in servers) + " |",
        "|---|" + "---:|" * (len(servers) + 10),
    ]
    for profile, label in profiles:
        measured = tuple(runs.get((s, "pinned", profile)) for s in servers)
        default, pool, metered, aot, kestrel, kestrel_inline = measured
        lines.append(
            f"| {label} | " + " | ".join(rps(r) for r in measured)
            + f" | {ratio(pool, default)} | {ratio(metered, default)} | {ratio(aot, default)} | {ratio(kestrel_inline, kestrel)} "
            + f"| {ratio(default, kestrel)} | {ratio(default, kestrel_inline)} | {ratio(aot, kestrel)} "
            + "| " + " · ".join(us_per_request(r) for r in measured)
            + " | " + " · ".join(cpu(r) for r in measured)
            + " | " + " · ".join(errors(r) for r in measured) + " |"
        )
    lines += ["", columns_note(context), "", WRK_BOUND_NOTE, "", resources_line(servers, resources)]
    return "\n".join(lines) + "\n"


def transports_markdown(context, profiles, runs, resources):
    servers = ("minihttp-sockets", "minihttp-epoll", "c")
    lines = [
        header(context),
        "",
        "| profile | " + " | ".join(f"{NAMES[s]} req/s" for s in servers)
        + " | epoll / sockets | sockets / C | epoll / C "
        + "| µs / request: " + " · ".join(NAMES[s] for s in servers)
        + " | bytes allocated / request: " + " · ".join(NAMES[s] for s in servers[:2])
        + " | CPU % (server / wrk): " + " · ".join(NAMES[s] for s in servers)
        + " | errors (non-2xx / socket): " + " · ".join(NAMES[s] for s in servers) + " |",
        "|---|" + "---:|" * (len(servers) + 7),
    ]
    for profile, label in profiles:
        measured = tuple(runs.get((s, "pinned", profile)) for s in servers)
        sockets, epoll, c = measured
        lines.append(
            f"| {label} | " + " | ".join(rps(r) for r in measured)
            + f" | {ratio(epoll, sockets)} | {ratio(sockets, c)} | {ratio(epoll, c)} "
            + "| " + " · ".join(us_per_request(r) for r in measured)
            + " | " + " · ".join(allocated(r) for r in measured[:2])
            + " | " + " · ".join(cpu(r) for r in measured)
            + " | " + " · ".join(errors(r) for r in measured) + " |"
        )
    lines += ["", columns_note(context), "", WRK_BOUND_NOTE, "", resources_line(servers, resources), "", "Every round:", ""]
    lines += rounds_table(
        profiles,
        [(NAMES[s], (s, "pinned")) for s in servers],
        [("epoll / sockets", ("minihttp-epoll", "pinned"), ("minihttp-sockets", "pinned")),
         ("epoll / C", ("minihttp-epoll", "pinned"), ("c", "pinned"))],
        runs)
    return "\n".join(lines) + "\n"


def svg_chart(context, profiles, runs):
    """Grouped horizontal bars, one group per profile; each group is scaled to its fastest server, since the
    pipelined profile runs ten times the others' rates and one scale would flatten them."""
    servers = ("minihttp", "kestrel", "c")
    width, label_width, bar_height, gap, group_gap, top = 880, 250, 16, 4, 18, 120
    bar_space = width - label_width - 330
    groups = [(label, [(s, runs.get((s, "pinned", p))) for s in servers]) for p, label in profiles]
    height = top + len(groups) * (len(servers) * (bar_height + gap) + group_gap + 16) + 10
    quota = context.get("server_quota")
    placement = (f"Each server on core 0, capped at {quota}% of it by a CFS quota" if quota else "Each server on core 0")
    rounds = f"{context['rounds']} interleaved round{'s' if context['rounds'] != '1' else ''}"
    notes = [
        f"{placement}; wrk -t1 -c{context['connections']} -d{context['duration']}s on core 1.",
        f"Median of {rounds}; load average {context['loadavg']} at the start.",
        "Each profile's bars are scaled to its fastest server; µs: the server's CPU time per request;",
        "ratios: median of the per-round ratios. * wrk at "
        f"{WRK_BOUND_PERCENT}% of its core or more: a lower bound on the server's capacity.",
    ]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="10" y="20" font-size="15" font-weight="bold">Requests per second{", capped servers" if quota else ""}, '
        f'{escape(context["date"])}</text>',
    ]
    parts += [f'<text x="10" y="{38 + 16 * i}" fill="#4a5568">{escape(note)}</text>' for i, note in enumerate(notes)]
    for i, server in enumerate(servers):
        parts.append(f'<rect x="{10 + i * 120}" y="96" width="12" height="12" fill="{COLOURS[server]}"/>')
        parts.append(f'<text x="{26 + i * 120}" y="106">{NAMES[server]}</text>')
    y = top
    for label, bars in groups:
        parts.append(f'<text x="10" y="{y + 12}" font-weight="bold">{escape(label)}</text>')
        y += 16
        fastest = max((summarise(rounds)["requests_per_second"] for _, rounds in bars if rounds), default=1)
        for server, rounds in bars:
            parts.append(f'<text x="{label_width - 8}" y="{y + bar_height - 4}" text-anchor="end">{NAMES[server]}</text>')
            if rounds:
                s = summarise(rounds)
                length = max(1.0, bar_space * s["requests_per_second"] / fastest)
                parts.append(f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height}" fill="{COLOURS[server]}"/>')
                ratios = [f"{round_ratios(rounds, peer)['median']:.2f}x {NAMES[name].split()[0]}" for name, peer in bars[1:] if peer]
                note = f" ({', '.join(ratios)})" if server == "minihttp" and ratios else ""
                value = f"{s['requests_per_second']:,.0f}{' *' if s['wrk_bound'] else ''}, {us_per_request(rounds)} µs"
                parts.append(f'<text x="{label_width + length + 6:.1f}" y="{y + bar_height - 4}">{escape(value + note)}</text>')
            else:
                parts.append(f'<text x="{label_width}" y="{y + bar_height - 4}" fill="#718096">not measured (no TLS)</text>')
            y += bar_height + gap
        y += group_gap
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as file:
        file.write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("profiles", "scaling", "variants", "transports"))
    parser.add_argument("results")
    parser.add_argument("--markdown", required=True)
    parser.add_argument("--svg")
    parser.add_argument("--json", required=True)
    args = parser.parse_args()

    context = read_context(args.results)
    runs = read_runs(args.results)
    profiles = [tuple(line.rstrip("\n").split("|")) for line in open(f"{args.results}/profiles")]
    resources = {}
    for path in glob.glob(f"{args.results}/resources.*"):
        rss, cpu_us = open(path).read().split()
        resources[path.rsplit(".", 1)[1]] = {"peak_rss_kib": int(rss), "cpu_seconds": int(cpu_us) / 1e6}
    if args.mode == "scaling":
        markdown = scaling_markdown(context, profiles, runs)
        pairs = [((s, "2-cores"), (s, "1-core")) for s in SCALING_SERVERS]
    elif args.mode == "variants":
        markdown = variants_markdown(context, profiles, runs, resources)
        pairs = [((s, "pinned"), ("minihttp", "pinned")) for s in ("minihttp-pool", "minihttp-metrics", "minihttp-aot")]
        pairs += [((s, "pinned"), ("kestrel", "pinned")) for s in ("minihttp", "minihttp-aot", "kestrel-inline")]
    elif args.mode == "transports":
        markdown = transports_markdown(context, profiles, runs, resources)
        pairs = [(("minihttp-epoll", "pinned"), (s, "pinned")) for s in ("minihttp-sockets", "c")]
        pairs += [(("minihttp-sockets", "pinned"), ("c", "pinned"))]
    else:
        markdown = profiles_markdown(context, profiles, runs, resources)
        pairs = [(("minihttp", "pinned"), (s, "pinned")) for s in ("kestrel", "c")]
        write(args.svg, svg_chart(context, profiles, runs))
    write(args.markdown, markdown)
    summary = {
        "mode": args.mode,
        "context": context,
        "profiles": [p[0] for p in profiles],
        "runs": [run for rounds in runs.values() for run in rounds],
        "results": [summarise(rounds) for rounds in runs.values()],
        "ratios": [
            {"profile": p, "numerator": list(a), "denominator": list(b), **r}
            for p, _ in profiles for a, b in pairs
            if (r := round_ratios(runs.get(a + (p,)), runs.get(b + (p,)))) is not None
        ],
        "resources": resources,
    }
    write(args.json, json.dumps(summary, indent=2) + "\n")
    print(markdown, end="")
    print(f"\nWritten: {args.markdown}, {args.json}" + (f", {args.svg}" if args.mode == "profiles" else ""))


if __name__ == "__main__":
    main()
