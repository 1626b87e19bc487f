"""Turns the raw results run.sh collected (wrk's output, CPU and allocation samples) into a markdown table, a JSON
summary and, for the profile table, an SVG bar chart. Every number it writes comes from those files.

Usage: report.py profiles RESULTS --markdown PATH --svg PATH --json PATH
       report.py scaling RESULTS --markdown PATH --json PATH
       report.py variants RESULTS --markdown PATH --json PATH
"""
import argparse
import glob
import json
import os
import re
from xml.sax.saxutils import escape

NAMES = {
    "minihttp": "MiniHttp",
    "kestrel": "Kestrel",
    "c": "C limit",
    "minihttp-x2": "MiniHttp, 2 processes (SO_REUSEPORT)",
    "minihttp-pool": "MiniHttp, thread-pool completions",
    "minihttp-metrics": "MiniHttp, meter on",
    "minihttp-aot": "MiniHttp, Native AOT",
    "kestrel-inline": "Kestrel, inline completions",
}
COLOURS = {"minihttp": "#2b6cb0", "kestrel": "#dd6b20", "c": "#718096"}
TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


def read_context(results):
    return dict(line.rstrip("\n").split("=", 1) for line in open(f"{results}/context"))


def read_run(prefix):
    """One wrk run: throughput, errors, the CPU wrk and the server used during it, and allocation if sampled."""
    name, config, profile = os.path.basename(prefix).split(".")[1:]
    text = open(f"{prefix}.wrk").read()
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    user, system, elapsed = (float(x) for x in open(f"{prefix}.wrk-cpu").read().split()[-3:])
    server_before, server_after = (int(x) for x in open(f"{prefix}.server-cpu").read().split())
    run = {
        "server": name,
        "config": config,
        "profile": profile,
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
        "requests": requests,
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": sum(int(x) for x in socket.groups()) if socket else 0,
        "socket_errors_by_kind": dict(zip(("connect", "read", "write", "timeout"), (int(x) for x in socket.groups()))) if socket else {},
        "wrk_cpu_percent": 100 * (user + system) / elapsed,
        "server_cpu_percent": 100 * (server_after - server_before) / TICKS_PER_SECOND / elapsed,
        "allocated_bytes_per_request": None,
    }
    if os.path.exists(f"{prefix}.allocated"):
        before, after = (int(x) for x in open(f"{prefix}.allocated").read().split())
        run["allocated_bytes_per_request"] = (after - before) / requests
    return run


def read_runs(results):
    prefixes = {path.rsplit(".", 1)[0] for path in glob.glob(f"{results}/run.*.wrk")}
    return {(r["server"], r["config"], r["profile"]): r for r in map(read_run, sorted(prefixes))}


def header(context):
    return (
        f"{context['date']}, {context['cpu']}, .NET {context['dotnet']}, wrk {context['wrk']}, "
        f"load average {context['loadavg']} at the start; `{context['command']}` "
        f"(wrk -t1 -c{context['connections']} -d{context['duration']}s, {context['warmup']} s warm-up)"
    )


def ratio(a, b):
    return f"{a['requests_per_second'] / b['requests_per_second']:.2f}x" if a and b else "—"


def rps(run):
    return f"{run['requests_per_second']:,.0f}" if run else "—"


def cpu(run):
    return f"{run['server_cpu_percent']:.0f} / {run['wrk_cpu_percent']:.0f}" if run else "—"


def errors(run):
    return f"{run['non_2xx']} / {run['socket_errors']}" if run else "—"


def profiles_markdown(context, profiles, runs, resources):
    servers = ("minihttp", "kestrel", "c")
    lines = [
        header(context),
        "",
        "| profile | MiniHttp req/s | Kestrel req/s | C limit req/s | MiniHttp / Kestrel | MiniHttp / C "
        "| MiniHttp CPU % (server / wrk) | Kestrel CPU % (server / wrk) | C CPU % (server / wrk) "
        "| MiniHttp errors (non-2xx / socket) | Kestrel errors (non-2xx / socket) | C errors (non-2xx / socket) "
        "| MiniHttp bytes allocated / request |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for profile, label in profiles:
        m, k, c = (runs.get((server, "pinned", profile)) for server in servers)
        allocated = f"{m['allocated_bytes_per_request']:.1f}" if m and m["allocated_bytes_per_request"] is not None else "—"
        lines.append(
            f"| {label} | {rps(m)} | {rps(k)} | {rps(c)} | {ratio(m, k)} | {ratio(m, c)} "
            f"| {cpu(m)} | {cpu(k)} | {cpu(c)} | {errors(m)} | {errors(k)} | {errors(c)} | {allocated} |"
        )
    lines.append("")
    lines.append(resources_line(servers, resources))
    return "\n".join(lines) + "\n"


def resources_line(servers, resources):
    return (
        "Peak RSS and CPU seconds over the whole run, warm-up included: "
        + "; ".join(f"{NAMES[s]} {resources[s]['peak_rss_kib'] / 1024:.0f} MiB, {resources[s]['cpu_seconds']:.1f} s" for s in servers)
        + "."
    )


def scaling_markdown(context, profiles, runs):
    lines = [
        header(context),
        "",
        "| server | profile | 1 core req/s | 2 cores req/s | 2 cores / 1 core "
        "| CPU % (server / wrk), 1 core | CPU % (server / wrk), 2 cores "
        "| errors (non-2xx / socket), 1 core | errors (non-2xx / socket), 2 cores |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for server in ("minihttp", "kestrel", "minihttp-x2"):
        for profile, label in profiles:
            one, two = runs.get((server, "1-core", profile)), runs.get((server, "2-cores", profile))
            if one or two:
                lines.append(
                    f"| {NAMES[server]} | {label} | {rps(one)} | {rps(two)} | {ratio(two, one)} "
                    f"| {cpu(one)} | {cpu(two)} | {errors(one)} | {errors(two)} |"
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
        "| CPU % (server / wrk): " + " · ".join(NAMES[s] for s in servers)
        + " | errors (non-2xx / socket): " + " · ".join(NAMES[s] for s in servers) + " |",
        "|---|" + "---:|" * (len(servers) + 9),
    ]
    for profile, label in profiles:
        measured = tuple(runs.get((s, "pinned", profile)) for s in servers)
        default, pool, metered, aot, kestrel, kestrel_inline = measured
        lines.append(
            f"| {label} | " + " | ".join(rps(r) for r in measured)
            + f" | {ratio(pool, default)} | {ratio(metered, default)} | {ratio(aot, default)} | {ratio(kestrel_inline, kestrel)} "
            + f"| {ratio(default, kestrel)} | {ratio(default, kestrel_inline)} | {ratio(aot, kestrel)} "
            + "| " + " · ".join(cpu(r) for r in measured)
            + " | " + " · ".join(errors(r) for r in measured) + " |"
        )
    lines.append("")
    lines.append(resources_line(servers, resources))
    return "\n".join(lines) + "\n"


def svg_chart(context, profiles, runs):
    """Grouped horizontal bars, one group per profile; each group is scaled to its fastest server, since the
    pipelined profile runs ten times the others' rates and one scale would flatten them."""
    servers = ("minihttp", "kestrel", "c")
    width, label_width, bar_height, gap, group_gap, top = 820, 250, 16, 4, 18, 88
    bar_space = width - label_width - 240
    groups = [(label, [(s, runs.get((s, "pinned", p))) for s in servers]) for p, label in profiles]
    height = top + len(groups) * (len(servers) * (bar_height + gap) + group_gap + 16) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="10" y="20" font-size="15" font-weight="bold">Requests per second, {escape(context["date"])}</text>',
        f'<text x="10" y="38" fill="#4a5568">Server on core 0, wrk -t1 -c{escape(context["connections"])} '
        f'-d{escape(context["duration"])}s on core 1; load average {escape(context["loadavg"])} at the start.</text>',
        '<text x="10" y="54" fill="#4a5568">Each profile\'s bars are scaled to its fastest server.</text>',
    ]
    for i, server in enumerate(servers):
        parts.append(f'<rect x="{10 + i * 120}" y="64" width="12" height="12" fill="{COLOURS[server]}"/>')
        parts.append(f'<text x="{26 + i * 120}" y="74">{NAMES[server]}</text>')
    y = top
    for label, bars in groups:
        parts.append(f'<text x="10" y="{y + 12}" font-weight="bold">{escape(label)}</text>')
        y += 16
        fastest = max((run["requests_per_second"] for _, run in bars if run), default=1)
        for server, run in bars:
            parts.append(f'<text x="{label_width - 8}" y="{y + bar_height - 4}" text-anchor="end">{NAMES[server]}</text>')
            if run:
                length = max(1.0, bar_space * run["requests_per_second"] / fastest)
                parts.append(f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height}" fill="{COLOURS[server]}"/>')
                ratios = [f"{ratio(run, peer)} {NAMES[name].split()[0]}" for name, peer in bars[1:] if peer]
                note = f" ({', '.join(ratios)})" if server == "minihttp" and ratios else ""
                parts.append(f'<text x="{label_width + length + 6:.1f}" y="{y + bar_height - 4}">{rps(run)}{escape(note)}</text>')
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
    parser.add_argument("mode", choices=("profiles", "scaling", "variants"))
    parser.add_argument("results")
    parser.add_argument("--markdown", required=True)
    parser.add_argument("--svg")
    parser.add_argument("--json", required=True)
    args = parser.parse_args()

    context = read_context(args.results)
    runs = read_runs(args.results)
    profiles = [tuple(line.rstrip("\n").split("|")) for line in open(f"{args.results}/profiles")]
    resources = {}
    if args.mode == "scaling":
        markdown = scaling_markdown(context, profiles, runs)
    else:
        for path in glob.glob(f"{args.results}/resources.*"):
            rss, ticks = open(path).read().split()
            resources[path.rsplit(".", 1)[1]] = {"peak_rss_kib": int(rss), "cpu_seconds": int(ticks) / TICKS_PER_SECOND}
    if args.mode == "variants":
        markdown = variants_markdown(context, profiles, runs, resources)
    elif args.mode == "profiles":
        markdown = profiles_markdown(context, profiles, runs, resources)
        write(args.svg, svg_chart(context, profiles, runs))
    write(args.markdown, markdown)
    summary = {"mode": args.mode, "context": context, "profiles": [p[0] for p in profiles], "runs": list(runs.values()), "resources": resources}
    write(args.json, json.dumps(summary, indent=2) + "\n")
    print(markdown, end="")
    print(f"\nWritten: {args.markdown}, {args.json}" + (f", {args.svg}" if args.mode == "profiles" else ""))


if __name__ == "__main__":
    main()
