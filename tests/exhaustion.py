"""The hostile clients of tests/exhaustion.sh, one subcommand each, all against 127.0.0.1.

Each prints what it measured as key=value lines for the script to check, and exits non-zero only when it could not
run at all (the script then fails that check loudly).

  idle PORT PID COUNT plain|tls      COUNT keep-alive connections, one request each, left idle: resident KiB each
  bodies PORT PID CONNECTIONS BYTES  CONNECTIONS posts of a BYTES Content-Length body at once: statuses, closes, RSS growth
  non-reader PORT MAX_SECONDS        pipelines requests as fast as it can and never reads: how long it was kept
  normal PORT                        ordinary requests: the answers
"""

import re
import socket
import ssl
import sys
import threading
import time

HOST = "127.0.0.1"


def rss_kib(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} for process {pid}")


def response_length(data):
    """The length of the first whole response in data (Content-Length or chunked), or -1 if it has not all arrived."""
    head_end = data.find(b"\r\n\r\n")
    if head_end < 0:
        return -1
    head, body_start = data[:head_end], head_end + 4
    length = re.search(rb"(?im)^content-length:\s*(\d+)\s*$", head)
    if length:
        end = body_start + int(length.group(1))
        return end if len(data) >= end else -1
    if re.search(rb"(?im)^transfer-encoding:\s*chunked\s*$", head):
        end = data.find(b"\r\n0\r\n\r\n", body_start - 2)
        return end + 7 if end >= 0 else -1
    return body_start


def body_of(response):
    head, _, body = response.partition(b"\r\n\r\n")
    if re.search(rb"(?im)^transfer-encoding:\s*chunked\s*$", head):
        decoded = b""
        while True:
            size_line, _, body = body.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            if size == 0:
                return decoded
            decoded, body = decoded + body[:size], body[size + 2:]
    return body


def receive_responses(sock, count):
    data, responses = b"", []
    while len(responses) < count:
        length = response_length(data)
        if length >= 0:
            responses.append(data[:length])
            data = data[length:]
            continue
        chunk = sock.recv(65536)
        if not chunk:
            raise RuntimeError(f"closed after {len(responses)} responses")
        data += chunk
    return responses


def idle(port, pid, count, mode):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE

    def connect():
        sock = socket.create_connection((HOST, port), timeout=30)
        if mode == "tls":
            sock = context.wrap_socket(sock)
        sock.sendall(b"GET /pipeline HTTP/1.1\r\nHost: a\r\n\r\n")
        receive_responses(sock, 1)
        return sock

    # Connections made and closed first, so the code paths are compiled and the pools warm before the baseline.
    for sock in [connect() for _ in range(300)]:
        sock.close()
    time.sleep(2)
    before = rss_kib(pid)
    held = [connect() for _ in range(count)]
    time.sleep(3)
    after = rss_kib(pid)
    print(f"rss-before-kib={before}")
    print(f"rss-after-kib={after}")
    print(f"kib-per-connection={(after - before) / count:.2f}")
    for sock in held:
        sock.close()


def bodies(port, pid, connections, size):
    baseline = rss_kib(pid)
    try:
        # Resets the peak resident size to the current one, so VmHWM afterwards is this attack's peak.
        with open(f"/proc/{pid}/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
        hwm_reset = True
    except OSError:
        hwm_reset = False
    peak = [baseline]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_kib(pid))
            time.sleep(0.02)

    results = [None] * connections

    def attack(index):
        head = f"POST /baseline11?a=1&b=2 HTTP/1.1\r\nHost: a\r\nContent-Length: {size}\r\n\r\n".encode()
        chunk = memoryview(b"1" * 65536)
        sent, received, closed, answered_at = 0, b"", False, None
        deadline = time.monotonic() + 30
        sock = socket.create_connection((HOST, port), timeout=10)
        sock.sendall(head)
        sock.setblocking(False)
        while time.monotonic() < deadline and not closed:
            if answered_at and sent >= size and time.monotonic() - answered_at > 3:
                break
            try:
                data = sock.recv(65536)
                if data:
                    received += data
                    if answered_at is None and response_length(received) >= 0:
                        answered_at = time.monotonic()
                else:
                    closed = True
                continue
            except BlockingIOError:
                pass
            except OSError:
                closed = True
                continue
            if sent < size:
                try:
                    sent += sock.send(chunk[:min(len(chunk), size - sent)])
                except BlockingIOError:
                    time.sleep(0.001)
                except OSError:
                    # The server closed; what it answered is read on the next round.
                    sent = size
            else:
                time.sleep(0.01)
        sock.close()
        status_line = received.split(b"\r\n", 1)[0].decode("latin-1")
        head = received[:received.find(b"\r\n\r\n") + 1]
        says_close = re.search(rb"(?im)^connection:\s*close\s*$", head) is not None
        results[index] = (status_line.split(" ")[1] if " " in status_line else "none", says_close, closed, sent)

    sampler = threading.Thread(target=sample)
    sampler.start()
    threads = [threading.Thread(target=attack, args=(i,)) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    sampler.join()
    if hwm_reset:
        peak[0] = max(peak[0], rss_kib(pid, "VmHWM"))
    print("statuses=" + ",".join(result[0] for result in results))
    print(f"connection-close={sum(1 for result in results if result[1])}")
    print(f"closed={sum(1 for result in results if result[2])}")
    print(f"body-bytes-sent={sum(result[3] for result in results)}")
    print(f"peak-rss-growth-kib={peak[0] - baseline}")


def non_reader(port, max_seconds):
    request = b"GET /pipeline HTTP/1.1\r\nHost: a\r\n\r\n"
    batch = request * 512
    sock = socket.create_connection((HOST, port), timeout=10)
    sock.settimeout(1)
    start = last_sent = time.monotonic()
    pending, sent, closed_by = memoryview(batch), 0, "nothing"
    while time.monotonic() - start < max_seconds:
        try:
            written = sock.send(pending)
        except socket.timeout:
            continue
        except OSError as error:
            closed_by = type(error).__name__
            break
        sent += written
        last_sent = time.monotonic()
        pending = pending[written:] if written < len(pending) else memoryview(batch)
    end = time.monotonic()
    sock.close()
    print(f"closed-by={closed_by}")
    print(f"requests-sent={sent // len(request)}")
    print(f"kept-seconds={end - start:.1f}")
    print(f"after-last-send-seconds={end - last_sent:.1f}")


def normal(port):
    with socket.create_connection((HOST, port), timeout=10) as sock:
        sock.sendall(b"GET /baseline11?a=13&b=42 HTTP/1.1\r\nHost: a\r\n\r\n")
        print("get=" + body_of(receive_responses(sock, 1)[0]).decode())
        sock.sendall(b"GET /pipeline HTTP/1.1\r\nHost: a\r\n\r\n" * 16)
        print(f"pipelined-ok={sum(1 for r in receive_responses(sock, 16) if body_of(r) == b'ok')}")
        sock.sendall(b"POST /baseline11?a=13&b=42 HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n20")
        print("post=" + body_of(receive_responses(sock, 1)[0]).decode())


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "idle":
        idle(int(args[0]), int(args[1]), int(args[2]), args[3])
    elif command == "bodies":
        bodies(int(args[0]), int(args[1]), int(args[2]), int(args[3]))
    elif command == "non-reader":
        non_reader(int(args[0]), float(args[1]))
    elif command == "normal":
        normal(int(args[0]))
    else:
        sys.exit(f"unknown command {command}")
