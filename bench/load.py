"""HTTP load for the scale benchmark: throughput at concurrency 16 and latency at concurrency 1.

Throughput comes from ``wrk`` (Debian: ``apt-get install -y wrk``), which is written in C and
never the bottleneck; without it a Python client with 16 threads stands in (and says so in the
report: on a 2-core machine it takes CPU from the server, so its figures are lower). Latency is
always measured by one Python client sending requests one after another over plain
``http.client``, the cheapest client the standard library has.
"""

import http.client
import re
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

WRK_INSTALL_HINT = "apt-get install -y wrk  (Debian/Ubuntu; brew install wrk on macOS)"


@dataclass(frozen=True)
class Target:
    """One request to measure: a path, and for the editor endpoints a method, body and headers."""

    name: str
    path: str
    method: str = "GET"
    body: bytes = b""
    headers: dict = field(default_factory=dict)


@dataclass
class Latency:
    """Milliseconds per request at concurrency 1."""

    median_ms: float
    p95_ms: float
    requests: int
    #: Responses by status code, e.g. ``{200: 198, 429: 2}``.
    statuses: dict
    #: ``X-Cache`` header values seen (the site's own page cache: HIT or MISS), by value.
    cache: dict


@dataclass
class Throughput:
    """Requests per second at a given concurrency."""

    per_second: float
    requests: int
    #: Responses that were not 2xx or 3xx, plus connection errors and time-outs.
    failures: int
    tool: str


def wrk_available() -> bool:
    """Whether ``wrk`` is on the PATH."""
    return shutil.which("wrk") is not None


def request_once(connection: http.client.HTTPConnection, target: Target):
    """Send ``target`` on ``connection`` and read the whole answer; (status, X-Cache header)."""
    connection.request(target.method, target.path, body=target.body or None, headers=target.headers)
    response = connection.getresponse()
    response.read()
    if response.will_close:
        # gunicorn's sync workers close every connection; the next request opens a new one.
        connection.close()
    return response.status, response.getheader("X-Cache")


def latency(
    base_url: str, target: Target, max_requests: int = 200, max_seconds: float = 6.0
) -> Latency:
    """Time ``target`` one request at a time: up to ``max_requests``, or as many as fit in
    ``max_seconds`` (at least 10), so that slow views do not stretch the run."""
    address = urlsplit(base_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=120)
    timings, statuses, cache = [], {}, {}
    started = time.perf_counter()
    while len(timings) < max_requests and (
        len(timings) < 10 or time.perf_counter() - started < max_seconds
    ):
        begin = time.perf_counter()
        status, cache_status = request_once(connection, target)
        timings.append((time.perf_counter() - begin) * 1000)
        statuses[status] = statuses.get(status, 0) + 1
        if cache_status:
            cache[cache_status] = cache.get(cache_status, 0) + 1
    connection.close()
    timings.sort()
    p95 = timings[max(int(len(timings) * 0.95 + 0.5) - 1, 0)]
    return Latency(statistics.median(timings), p95, len(timings), statuses, cache)


def warm(base_url: str, target: Target, times: int = 4) -> None:
    """A few requests first: caches filled, both workers past their first request."""
    address = urlsplit(base_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=120)
    for _ in range(times):
        request_once(connection, target)
    connection.close()


def drain(base_url: str, probe: str = "/bench-bare/", quick_ms: float = 100, seconds: float = 300):
    """Wait until the server has worked through every request wrk left behind.

    When wrk stops, the requests of its 16 connections still wait in gunicorn's queue and are
    answered anyway (16 searches of a second each keep two workers busy for 8 s). A request to
    the bare view waits behind them; once it is answered quickly, the queue is empty and the
    next address is measured on an idle server.
    """
    address = urlsplit(base_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=seconds)
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        begin = time.perf_counter()
        request_once(connection, Target("probe", probe))
        if (time.perf_counter() - begin) * 1000 < quick_ms:
            break
    connection.close()


def throughput(
    base_url: str, target: Target, concurrency: int = 16, seconds: float = 5.0
) -> Throughput:
    """Requests per second with ``concurrency`` clients for ``seconds``: wrk if installed."""
    if wrk_available():
        return wrk_throughput(base_url, target, concurrency, seconds)
    return threaded_throughput(base_url, target, concurrency, seconds)


def lua_string(value: str) -> str:
    """``value`` as a Lua long-bracket string literal (no escaping needed inside)."""
    level = 0
    while f"]{'=' * level}]" in value:
        level += 1
    return f"[{'=' * level}[{value}]{'=' * level}]"


def wrk_throughput(base_url: str, target: Target, concurrency: int, seconds: float) -> Throughput:
    """Run wrk (2 threads, ``concurrency`` connections) and read its summary."""
    command = [
        "wrk",
        "-t2",
        f"-c{concurrency}",
        f"-d{max(round(seconds), 1)}s",  # wrk takes whole seconds only
        "--timeout",
        "60s",
    ]
    for name, value in target.headers.items():
        command += ["-H", f"{name}: {value}"]
    with tempfile.TemporaryDirectory(prefix="bench-wrk-") as folder:
        if target.method != "GET" or target.body:
            script = Path(folder) / "request.lua"
            script.write_text(
                f"wrk.method = {lua_string(target.method)}\n"
                f"wrk.body = {lua_string(target.body.decode())}\n"
            )
            command += ["-s", str(script)]
        command.append(base_url.rstrip("/") + target.path)
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    return parse_wrk(output)


def parse_wrk(output: str) -> Throughput:
    """Requests per second, request count and failures from wrk's summary."""
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    count = re.search(r"(\d+) requests in", output)
    if not rate or not count:
        raise RuntimeError(f"wrk printed no summary:\n{output}")
    failures = 0
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    if non_2xx:
        failures += int(non_2xx.group(1))
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if errors:
        # A read error is how wrk counts gunicorn closing the connection after each response.
        failures += int(errors.group(1)) + int(errors.group(3)) + int(errors.group(4))
    return Throughput(float(rate.group(1)), int(count.group(1)), failures, "wrk")


def threaded_throughput(
    base_url: str, target: Target, concurrency: int, seconds: float
) -> Throughput:
    """The stand-in for wrk: ``concurrency`` threads, each sending requests back to back."""
    address = urlsplit(base_url)
    counts, failures = [0] * concurrency, [0] * concurrency
    deadline = time.perf_counter() + seconds
    start = threading.Barrier(concurrency + 1)

    def client(index: int) -> None:
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=120)
        start.wait()
        while time.perf_counter() < deadline:
            try:
                status, _cache = request_once(connection, target)
            except OSError:
                connection.close()
                failures[index] += 1
                continue
            counts[index] += 1
            if status >= 400:
                failures[index] += 1
        connection.close()

    threads = [threading.Thread(target=client, args=(index,)) for index in range(concurrency)]
    for thread in threads:
        thread.start()
    start.wait()
    begin = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - begin
    return Throughput(sum(counts) / elapsed, sum(counts), sum(failures), "python threads")


def spread(base_url: str, paths: list[str], total: int, threads: int = 4) -> dict:
    """``total`` GET requests over ``paths`` (in turn), from ``threads`` clients at once;
    responses by status code. Used to load the workers before their memory is read."""
    address = urlsplit(base_url)
    statuses: dict = {}
    lock = threading.Lock()
    counter = iter(range(total))

    def client() -> None:
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=120)
        for number in counter:
            status, _cache = request_once(connection, Target("", paths[number % len(paths)]))
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
        connection.close()

    workers = [threading.Thread(target=client) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return statuses
