"""Load on the web application, measured against the in-process batch rate (not part of the tests).

Run:  python benchmarks/web_load.py [--requests 400] [--long 10000] [--clients 1,8,32]

Starts `agreements serve` on a free local port, then for 1, 8 and 32 concurrent clients (threads
with their own keep-alive connection) posts, in turn, generate requests (the bundled kommune
example as JSON to /api/generate) and check requests (a generated agreement to /api/check), and
prints throughput, p50 and p99 latency per endpoint and client count, and the CPU time each request
costs in the server process, in its workers and in the clients. The baseline is the batch rate on
this machine: the same library work (`agreements.web.jobs`) in a loop in one warmed process per
core at once, per core (a lone process would be faster per core than the machine is when all cores
work); the ratio is the server's throughput per core over it. Finally
`--long` generate requests at 8 clients, with the memory of the server's whole process tree
(server and workers, resident set) before and after, and after every tenth of them.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agreements import inputfile, resources  # noqa: E402
from agreements.web import jobs  # noqa: E402


def example_data() -> dict:
    return inputfile.from_bytes(resources.example("kommune-fast.yaml").read_bytes(), "kommune-fast.yaml").data


def json_body(data: dict) -> bytes:
    return json.dumps(data, default=str, ensure_ascii=False).encode("utf-8")


def multipart(name: str, content: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n"
            ).encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", "import cli; cli.main()", "serve", "--port", str(port)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/about")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            with open(f"/proc/{current}/status") as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
        except (OSError, StopIteration):
            pass
    return total / 1024


def cpu_seconds(pid: int) -> dict[str, float]:
    """CPU time (user + system) used so far by the server process itself and by its descendants
    (the worker processes), in seconds."""
    tick = os.sysconf("SC_CLK_TCK")
    out = {"server": 0.0, "workers": 0.0}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        used = (int(fields[11]) + int(fields[12])) / tick
        if int(entry) == pid:
            out["server"] += used
        elif int(fields[1]) == pid:
            out["workers"] += used
    return out


def run_clients(port: int, clients: int, total: int, request) -> tuple[float, list[float]]:
    """``total`` requests spread over ``clients`` threads; (seconds, latencies in ms)."""
    latencies: list[float] = []
    lock = threading.Lock()
    left = [total]

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while True:
            with lock:
                if left[0] <= 0:
                    return
                left[0] -= 1
            method, path, body, headers = request()
            start = time.perf_counter()
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            elapsed = (time.perf_counter() - start) * 1000
            if response.status != 200:
                raise SystemExit(f"{path}: HTTP {response.status}")
            with lock:
                latencies.append(elapsed)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start, latencies


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


_WORK: dict = {}


def _prepare_worker(generate_body: bytes, docx: bytes) -> None:
    from agreements import generate

    generate._warm()
    _WORK["generate"] = lambda: jobs.agreement_from_file(generate_body, "request.json")
    _WORK["check"] = lambda: jobs.check(docx, "avtale.docx")


def _count(name: str, seconds: float) -> int:
    work = _WORK[name]
    work()
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        work()
        count += 1
    return count


def batch_rate(pool, name: str, processes: int, seconds: float = 2.0) -> float:
    """Documents per second per core of the batch path: the same library work, in a loop, in one
    warmed process per core at once (as `generate --batch --jobs N` runs), with no server between."""
    counts = [f.result() for f in [pool.submit(_count, name, seconds) for _ in range(processes)]]
    return sum(counts) / seconds / processes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400, help="requests per endpoint and client count")
    parser.add_argument("--long", type=int, default=10_000, help="generate requests for the memory run")
    parser.add_argument("--clients", default="1,8,32")
    args = parser.parse_args()
    data = example_data()
    docx = jobs.agreement(data).docx
    generate_body = json_body(data)
    check_body, check_type = multipart("avtale.docx", docx)

    def generate_request():
        return "POST", "/api/generate", generate_body, {"Content-Type": "application/json"}

    def check_request():
        return "POST", "/api/check", check_body, {"Content-Type": check_type}

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    cores = os.cpu_count() or 1
    # the batch path on every core, measured just before and just after each run against the
    # server, so that a busy spell of a shared machine falls on both sides alike
    batch = ProcessPoolExecutor(cores, mp_context=multiprocessing.get_context("spawn"),
                                initializer=_prepare_worker, initargs=(generate_body, docx))
    print(f"machine: {cores} cores; baseline: the batch path (the same library work in a loop in {cores} "
          "warmed processes at once), per core, measured before and after each run")
    port = free_port()
    server = start_server(port)
    try:
        run_clients(port, 2, 20, generate_request)  # warm the workers
        run_clients(port, 2, 10, check_request)
        print(f"{'endpoint':10} {'clients':>7} {'req/s':>8} {'per core':>9} {'baseline':>9} {'ratio':>6} "
              f"{'p50 ms':>8} {'p99 ms':>8}   CPU ms per request: server, workers, clients")
        for clients in [int(c) for c in args.clients.split(",")]:
            for name, request in (("generate", generate_request), ("check", check_request)):
                before = batch_rate(batch, name, cores)
                used, mine = cpu_seconds(server.pid), time.process_time()
                seconds, latencies = run_clients(port, clients, args.requests, request)
                after, mine = cpu_seconds(server.pid), time.process_time() - mine
                per = {k: (after[k] - used[k]) * 1000 / args.requests for k in after}
                baseline = (before + batch_rate(batch, name, cores)) / 2
                rate = len(latencies) / seconds
                print(f"{name:10} {clients:7d} {rate:8.1f} {rate / cores:9.1f} {baseline:9.1f} "
                      f"{rate / cores / baseline:6.2f} {percentile(latencies, 50):8.1f} "
                      f"{percentile(latencies, 99):8.1f}   {per['server']:.1f}, {per['workers']:.1f}, "
                      f"{mine * 1000 / args.requests:.1f}")
        before = tree_rss_mb(server.pid)
        marks = []
        step = max(1, args.long // 10)
        for _ in range(0, args.long, step):
            run_clients(port, 8, step, generate_request)
            marks.append(tree_rss_mb(server.pid))
        print(f"memory of server and workers: {before:.0f} MB before {args.long} generate requests at 8 clients, "
              f"{marks[-1]:.0f} MB after; by tenths: " + ", ".join(f"{m:.0f}" for m in marks))
    finally:
        batch.shutdown()
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
