#!/usr/bin/env python3
"""What a held request costs the Arena in resident memory, as HttpArena's async profile holds them.

Starts the server command given after "--" on a free loopback port, warms it up with a few hundred short requests,
reads its resident set (VmRSS), then opens CONNECTIONS connections that each send GET /delay/{ms} with a delay longer
than the measurement, and reads the resident set again. Prints the difference per connection, in KiB.

  python3 tests/held-connections.py 10000 -- dotnet samples/Arena/bin/Release/net10.0/Arena.dll
  python3 tests/held-connections.py 10000 --idle -- ./Arena      (connections that send nothing, for comparison)

The client and the server each need a descriptor per connection: the script raises its own soft limit to the hard one,
and the server is started with that limit too.
"""

import argparse
import resource
import socket
import subprocess
import sys
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def resident_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for process {pid}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("connections", type=int)
    parser.add_argument("--idle", action="store_true", help="connect and send nothing")
    parser.add_argument("--delay", type=int, default=60000, help="the delay each request asks for, in ms")
    if "--" not in sys.argv:
        parser.error("give the server command after --")
    split = sys.argv.index("--")
    args = parser.parse_args(sys.argv[1:split])
    command = sys.argv[split + 1:]

    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard < args.connections + 100:
        sys.exit(f"the descriptor limit ({hard}) is below {args.connections} connections")
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

    port = free_port()
    server = subprocess.Popen(command + ["--port", str(port), "--tls-port", "0"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    held = []
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/pipeline", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        # The paths a held request takes, run first, so what they allocate once is not counted per connection.
        for _ in range(200):
            urllib.request.urlopen(f"{base}/delay/1", timeout=10).read()
        time.sleep(2)
        before = resident_kib(server.pid)

        request = f"GET /delay/{args.delay} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode()
        for _ in range(args.connections):
            connection = socket.create_connection(("127.0.0.1", port))
            if not args.idle:
                connection.sendall(request)
            held.append(connection)
        time.sleep(5)
        after = resident_kib(server.pid)
        if server.poll() is not None:
            sys.exit("the server exited while the connections were held")

        kind = "idle connections" if args.idle else f"connections each holding GET /delay/{args.delay}"
        print(f"{args.connections} {kind}: resident {before} KiB before, {after} KiB held, "
              f"{(after - before) / args.connections:.2f} KiB per connection")
    finally:
        for connection in held:
            connection.close()
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
