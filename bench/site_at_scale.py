"""The whole site at 5,000 pages, as served in production, next to a bare Django view.

Usage: ``.venv/bin/python -m bench.site_at_scale [--pages 5000] [--database sqlite|postgresql]
[--reuse]``. Needs ``wrk`` for the figures at concurrency 16 (``apt-get install -y wrk``; without
it a Python client stands in) and, for ``--database postgresql`` and the ballots and bookings,
PostgreSQL on ``postgres://postgres@127.0.0.1:5432``. Uses Redis on 127.0.0.1:6379 (database 13,
emptied before each server starts) as the production cache when it answers, else the database
cache tables.

In one run it:

1. builds the site (``bench.scale_database``): a fresh database (a copy of the test suite's
   migrated template), ``load_demo`` (~115 pages), then ``bench.scale_pages`` up to N pages;
   both stages are kept, so ``--reuse`` skips all of it next time;
2. counts the queries of each view at the demo's size and at N pages (``bench.scale_queries``);
3. serves the site with gunicorn (2 workers, production settings, ``bench.settings``) twice:
   with the page cache off (``PAGE_CACHE_SECONDS=0``) and on (the default), and measures each
   address: requests per second at concurrency 16 (wrk) and the median and 95th percentile
   milliseconds at concurrency 1, after warming it; and the memory of the workers after 2,000
   requests to different pages;
4. on PostgreSQL, ballots and bookings per second (``bench.scale_throughput``);
5. prints every figure with its ratio to the bare Django view (``/bench-bare/``, same gunicorn,
   same middleware) and the machine's calibration, so that runs on other machines compare.
"""

import argparse
import datetime
import json
import os
import re
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from bench import load
from bench.scale_database import BenchDatabases, git_commit
from bench.scale_server import (
    REPO,
    WORKERS,
    base_environment,
    django_command,
    gunicorn,
    python_module,
    resident_mb,
    worker_pids,
)

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/13"
MEMORY_REQUESTS = 2_000
CONCURRENCY = 16
#: The longest wrk loads one address (slow views get longer than ``--seconds``).
MAX_LOAD_SECONDS = 20
#: Search words: common (many pages), rare (one page of the demo, never copied by the builder)
#: and a typo the search corrects ("Bedoelde u paspoort?").
SEARCHES = {"search common": "paspoort", "search rare": "toegankelijkheidsverklaring"}
SEARCH_TYPO = "paspoprt"
API_PATH = "/api/kcc/v1/products/"
B1_CHECK_PATH = "/admin/readability/check/"
REPORTS = {
    "report Leesbaarheid": "/admin/reports/readability/",
    "report Controle van inhoud": "/admin/reports/content-review/",
}


def calibrate() -> float:
    """Seconds this machine takes for a fixed piece of pure Python: compare runs with it."""
    started = time.perf_counter()
    sum(i * i for i in range(3 * 10**7))
    return time.perf_counter() - started


def redis_url(wanted: str) -> str | None:
    """``wanted`` if a Redis server answers there, else None (database cache tables)."""
    if wanted == "none":
        return None
    try:
        import redis

        redis.Redis.from_url(wanted, socket_connect_timeout=2).ping()
    except Exception:  # noqa: BLE001 - any failure means: no Redis for this run
        return None
    return wanted


def empty_cache(url: str | None) -> None:
    """Empty the benchmark's Redis database: every server run starts with a cold cache."""
    if url:
        import redis

        redis.Redis.from_url(url).flushdb()


@dataclass
class Row:
    """One measured address in one server run."""

    name: str
    path: str
    throughput: load.Throughput | None = None
    latency: load.Latency | None = None


@dataclass
class ServerRun:
    """What one gunicorn run measured."""

    label: str
    rows: list[Row] = field(default_factory=list)
    memory_start: list[float] = field(default_factory=list)
    memory_after: list[float] = field(default_factory=list)
    memory_statuses: dict = field(default_factory=dict)
    seconds: float = 0.0

    def bare(self) -> Row:
        """The bare view's row: always measured first."""
        return self.rows[0]


class SiteAtScale:
    """One run of the benchmark (see the module docstring)."""

    def __init__(self, args):
        self.args = args
        self.started = time.perf_counter()
        self.workdir = Path(tempfile.mkdtemp(prefix="bench-scale-"))
        self.dbs = BenchDatabases(args.database, args.pages, self.workdir)
        self.redis = redis_url(args.redis_url)
        self.editor_password = secrets.token_urlsafe(16)
        self.secret_key = secrets.token_urlsafe(50)
        self.timings: dict[str, float] = {}
        self.build_note: dict = {}
        self.reused = False

    # Environment -----------------------------------------------------------------------------
    def environment(self, database_url: str, page_cache: bool = False) -> dict:
        """The production environment of every Django process of the run."""
        env = base_environment()
        env.update(
            DJANGO_SETTINGS_MODULE="bench.settings",
            SECRET_KEY=self.secret_key,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            EMAIL_URL="smtp://localhost:25",
            DATABASE_URL=database_url,
            MEDIA_ROOT=str(self.workdir / "media"),
            BENCH_STATIC_ROOT=str(self.workdir / "static"),
            # No TLS proxy in front of gunicorn here (bench/settings.py).
            SECURE_SSL_REDIRECT="0",
            # One client sends thousands of API requests: the per-client limit would answer 429.
            KCC_API_REQUESTS_PER_MINUTE="1000000000",
            DEMO_ADMIN_PASSWORD=self.editor_password,
            DEMO_VOTE_CODES_FILE=str(self.workdir / "demo-vote-codes.txt"),
            GUNICORN_WORKERS=str(WORKERS),
        )
        if self.redis:
            env["REDIS_URL"] = self.redis
        if not page_cache:
            env["PAGE_CACHE_SECONDS"] = "0"
        return env

    def timed(self, name: str, function, *args):
        """Call ``function`` and note how long it took as step ``name`` of the run."""
        started = time.perf_counter()
        result = function(*args)
        self.timings[name] = time.perf_counter() - started
        return result

    # 1. Build ----------------------------------------------------------------------------------
    def build(self) -> None:
        """The demo and the grown site, kept for ``--reuse`` (or taken from the kept build)."""
        media = self.workdir / "media"
        if self.args.reuse and self.dbs.has_build():
            self.build_note = self.dbs.load_build(media)
            self.reused = True
            return
        media.mkdir(parents=True, exist_ok=True)
        env = self.environment(self.dbs.url())
        # The demo runs its background work (search index, e-mail) at once, as `make demo` does.
        env["TASKS_BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
        empty_cache(self.redis)
        seconds = {}
        started = time.perf_counter()
        self.dbs.create_migrated(env)
        seconds["migrated database"] = time.perf_counter() - started
        for name, args in (
            ("createcachetable", ("createcachetable",)),
            ("load_demo", ("load_demo",)),
        ):
            started = time.perf_counter()
            django_command(env, *args)
            seconds[name] = time.perf_counter() - started
        started = time.perf_counter()
        self.dbs.snapshot("demo")
        seconds["keep demo copy"] = time.perf_counter() - started
        started = time.perf_counter()
        output = python_module(env, "bench.scale_pages", "--pages", str(self.args.pages))
        seconds["scale_pages"] = time.perf_counter() - started
        started = time.perf_counter()
        self.dbs.snapshot("site")
        seconds["keep site copy"] = time.perf_counter() - started
        self.build_note = {
            "built_at": datetime.datetime.now().isoformat(timespec="seconds"),
            "commit": git_commit(REPO),
            "pages": self.args.pages,
            "database": self.args.database,
            "seconds": seconds,
            "scale_pages": output.strip().splitlines()[-1] if output.strip() else "",
        }
        self.dbs.save_build(self.build_note, media)

    def collectstatic(self) -> None:
        """The production static files (manifest storage) in the run's temporary folder."""
        env = self.environment(self.dbs.url())
        django_command(env, "collectstatic", "--no-input", "-v0")

    # 2. Queries --------------------------------------------------------------------------------
    def queries(self, stage: str, editor: bool = False) -> dict:
        """Restore ``stage`` as the run's database and count queries per view on it."""
        url = self.dbs.restore(stage)
        empty_cache(self.redis)
        args = ("--editor-password", self.editor_password) if editor else ()
        output = python_module(self.environment(url), "bench.scale_queries", *args)
        return json.loads(output.strip().splitlines()[-1])

    # 3. Serve and measure ----------------------------------------------------------------------
    def anonymous_targets(self, site: dict) -> list[load.Target]:
        """Every address measured without logging in, the bare view first."""
        paths = site["paths"]
        searches = {name: f"/zoeken/?{urlencode({'q': word})}" for name, word in SEARCHES.items()}
        searches["search typo"] = f"/zoeken/?{urlencode({'q': SEARCH_TYPO})}"
        named = [
            ("bare Django view", "/bench-bare/"),
            *((name, paths[name]) for name in ("home", "section", "content", "product", "area")),
            *searches.items(),
            ("API products", API_PATH),
            ("sitemap.xml", paths["sitemap"]),
        ]
        if paths["sitemap page"] != paths["sitemap"]:
            named.append(("sitemap page 1", paths["sitemap page"]))
        return [load.Target(name, path) for name, path in named]

    def editor_targets(self, base_url: str, site: dict) -> list[load.Target]:
        """The B1 check and the two reports, as the logged-in editor ``bench``."""
        import requests

        from bench.scale_queries import EDITOR_USERNAME

        session = requests.Session()
        session.get(f"{base_url}/admin/login/", timeout=60)
        response = session.post(
            f"{base_url}/admin/login/",
            data={
                "username": EDITOR_USERNAME,
                "password": self.editor_password,
                "csrfmiddlewaretoken": session.cookies["csrftoken"],
                "next": "/admin/",
            },
            timeout=60,
        )
        if "sessionid" not in session.cookies:
            raise RuntimeError(f"logging in failed: {response.status_code} {response.url}")
        token = session.cookies["csrftoken"]
        cookie = "; ".join(f"{name}={value}" for name, value in session.cookies.items())
        long_page = site["long_page"]
        body = urlencode(
            {
                "csrfmiddlewaretoken": token,
                "_readability_model": "home.contentpage",
                "_readability_object_id": long_page["id"],
                "_readability_parent_id": "",
                "title": long_page["title"],
            }
        ).encode()
        check = load.Target(
            "B1 check, 2,000 words",
            B1_CHECK_PATH,
            method="POST",
            body=body,
            headers={
                "Cookie": cookie,
                "X-CSRFToken": token,
                "X-Requested-With": "XMLHttpRequest",
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        reports = [
            load.Target(name, path, headers={"Cookie": cookie}) for name, path in REPORTS.items()
        ]
        return [check, *reports]

    def serve(self, site: dict, cached: bool) -> ServerRun:
        """One gunicorn run: every address warmed, then timed at concurrency 1 and 16."""
        label = "cached (PAGE_CACHE_SECONDS unset)" if cached else "uncached (PAGE_CACHE_SECONDS=0)"
        run = ServerRun(label)
        started = time.perf_counter()
        empty_cache(self.redis)
        env = self.environment(self.dbs.url(), page_cache=cached)
        log_path = self.workdir / f"gunicorn-{'cached' if cached else 'uncached'}.log"
        with gunicorn(env, log_path) as (base_url, master):
            targets = self.anonymous_targets(site)
            if not cached:
                # Both workers past their first request (Django fully loaded), for the baseline.
                load.spread(base_url, ["/bench-bare/"], 50, threads=4)
                run.memory_start = [resident_mb(pid) for pid in worker_pids(master)]
                run.memory_statuses = load.spread(
                    base_url, site["page_paths"], MEMORY_REQUESTS, threads=4
                )
                run.memory_after = [resident_mb(pid) for pid in worker_pids(master)]
                targets += self.editor_targets(base_url, site)
            for target in targets:
                print(f"  {target.name:<28} {target.path}", flush=True)
                load.warm(base_url, target)
                row = Row(target.name, target.path)
                row.latency = load.latency(
                    base_url, target, self.args.requests, self.args.latency_seconds
                )
                row.throughput = load.throughput(
                    base_url, target, CONCURRENCY, self.load_seconds(row.latency)
                )
                load.drain(base_url)
                run.rows.append(row)
        run.seconds = time.perf_counter() - started
        return run

    def load_seconds(self, latency: load.Latency) -> float:
        """How long wrk loads an address: ``--seconds``, longer for a slow one.

        16 connections on 2 workers queue 8 requests per worker: a view of one second answers
        its first request under load after 8 s. Twice that, at most ``MAX_LOAD_SECONDS``, so
        that a slow view still completes enough requests to count.
        """
        queued = 2 * CONCURRENCY / WORKERS * latency.median_ms / 1000
        return min(max(self.args.seconds, queued), MAX_LOAD_SECONDS)

    # 4. Ballots and bookings -------------------------------------------------------------------
    def writes(self) -> dict[str, dict]:
        """Ballots and bookings per second, each on a fresh migrated database, as the two
        benchmarks make for themselves (PostgreSQL only); a failure is reported, not raised."""
        if self.args.database != "postgresql":
            return {}
        results = {}
        for bench in ("ballots", "bookings"):
            name = f"bench_scale_{bench}"
            try:
                url = self.dbs.create_migrated(self.environment(self.dbs.url()), name)
                output = python_module(self.environment(url), "bench.scale_throughput", bench)
            except RuntimeError as error:
                results[bench] = {"error": str(error).strip().splitlines()[-1]}
                continue
            finally:
                self.dbs.drop(name)
            results[bench] = {
                match.group(1): float(match.group(2))
                for match in re.finditer(
                    rf"^(sequential|parallel):.*?(\d+) {bench}/s", output, re.MULTILINE
                )
            }
        return results

    # The run -------------------------------------------------------------------------------------
    def run(self) -> None:
        """Every step of the benchmark in order, then the report."""
        print(f"Benchmark at {self.args.pages:,} pages on {self.args.database}", flush=True)
        calibration = calibrate()
        if not load.wrk_available():
            print(f"wrk not found: a Python client stands in. Install: {load.WRK_INSTALL_HINT}")
        print("building the site (or reusing the kept build)...", flush=True)
        self.timed("build", self.build)
        print("collecting static files...", flush=True)
        self.timed("collectstatic", self.collectstatic)
        print("counting queries per view...", flush=True)
        demo = self.timed("queries at demo size", self.queries, "demo")
        site = self.timed("queries at full size", self.queries, "site", True)
        print("serving, page cache off:", flush=True)
        uncached = self.serve(site, cached=False)
        print("serving, page cache on:", flush=True)
        cached = self.serve(site, cached=True)
        self.timings["serve uncached"] = uncached.seconds
        self.timings["serve cached"] = cached.seconds
        writes = {}
        if self.args.database == "postgresql":
            print("ballots and bookings...", flush=True)
            writes = self.timed("ballots and bookings", self.writes)
        self.timings["whole run"] = time.perf_counter() - self.started
        Report(self, calibration, demo, site, uncached, cached, writes).print()

    def clean_up(self) -> None:
        """Remove the run's database and temporary folder (the kept build stays)."""
        if self.args.keep:
            print(f"kept: {self.workdir} and the database {self.dbs.url()}")
            return
        self.dbs.drop("bench_scale")
        shutil.rmtree(self.workdir, ignore_errors=True)


def percent(part: float, whole: float) -> str:
    """``part`` as a percentage of ``whole``, one decimal below 10 %."""
    if not whole:
        return "-"
    value = 100 * part / whole
    return f"{value:.1f} %" if value < 10 else f"{value:.0f} %"


class Report:
    """The printed result: one table per server run, then queries, memory, writes, timings."""

    def __init__(self, bench, calibration, demo, site, uncached, cached, writes):
        self.bench = bench
        self.calibration = calibration
        self.demo = demo
        self.site = site
        self.uncached = uncached
        self.cached = cached
        self.writes = writes

    def print(self) -> None:
        """The whole report."""
        args = self.bench.args
        tool = self.uncached.bare().throughput.tool
        print()
        print(f"=== Site at scale: {self.site['pages']:,} pages, {args.database} ===")
        print(
            f"machine: calibration {self.calibration:.2f} s (sum(i*i for i in range(3*10**7)); "
            f"lower is faster), {os.cpu_count()} cores; gunicorn {WORKERS} sync workers, "
            f"production settings; cache: {'Redis' if self.bench.redis else 'database tables'}"
        )
        print(
            f"req/s: {tool}, {CONCURRENCY} connections, {args.seconds:g} s per address (slow ones "
            f"longer: 2 × their queue, at most {MAX_LOAD_SECONDS} s); ms: one client, "
            f"requests one after another (up to {args.requests} or {args.latency_seconds:g} s); "
            "'% bare': the figure as a share of the bare Django view's with the page cache off "
            "(the ceiling: Django and every middleware, no page; for ms: bare ms / ms)"
        )
        for run in (self.uncached, self.cached):
            self.print_run(run)
        self.print_queries()
        self.print_memory()
        self.print_writes()
        self.print_timings()

    def print_run(self, run: ServerRun) -> None:
        """One table per server run: req/s, ms and their ratios to the bare view."""
        bare = self.uncached.bare()
        print()
        print(f"--- {run.label} ---")
        print(
            f"{'view':<28}{'req/s':>9}{'% bare':>9}{'median ms':>11}{'p95 ms':>9}{'% bare':>9}"
            f"  {'status':<14}{'X-Cache':<16}path"
        )
        for row in run.rows:
            statuses = ",".join(
                f"{code}×{count}" for code, count in sorted(row.latency.statuses.items())
            )
            if row.throughput.failures:
                statuses += f" ({row.throughput.failures} failed at c16)"
            cache = ",".join(
                f"{value}×{count}" for value, count in sorted(row.latency.cache.items())
            )
            print(
                f"{row.name:<28}{row.throughput.per_second:>9.1f}"
                f"{percent(row.throughput.per_second, bare.throughput.per_second):>9}"
                f"{row.latency.median_ms:>11.1f}{row.latency.p95_ms:>9.1f}"
                f"{percent(bare.latency.median_ms, row.latency.median_ms):>9}"
                f"  {statuses:<14}{cache or '-':<16}{row.path}"
            )

    def print_queries(self) -> None:
        """Queries per view at the demo's size and at N pages."""
        print()
        print("--- queries per view (anonymous, second request, django.test.Client) ---")
        demo_pages, site_pages = self.demo["pages"], self.site["pages"]
        print(f"{'view':<12}{f'{demo_pages} pages':>12}{f'{site_pages:,} pages':>14}  path")
        for name, path in self.site["paths"].items():
            before = self.demo["queries"][name]
            after = self.site["queries"][name]
            marks = (
                ""
                if before["status"] == after["status"] == 200
                else (f"  (status {before['status']} / {after['status']})")
            )
            print(f"{name:<12}{before['queries']:>12}{after['queries']:>14}  {path}{marks}")

    def print_memory(self) -> None:
        """The workers' resident memory after start and after the 2,000 requests."""
        run = self.uncached
        print()
        print(f"--- memory of the {WORKERS} gunicorn workers (VmRSS) ---")
        start = ", ".join(f"{mb:.0f} MB" for mb in run.memory_start)
        after = ", ".join(
            f"{mb:.0f} MB ({percent(mb, before)} of its start)"
            for mb, before in zip(run.memory_after, run.memory_start, strict=False)
        )
        statuses = ", ".join(
            f"{code}×{count}" for code, count in sorted(run.memory_statuses.items())
        )
        print(f"after start (bare view):   {start}")
        print(
            f"after {MEMORY_REQUESTS:,} requests:      {after}\n"
            f"  ({MEMORY_REQUESTS:,} requests to {min(MEMORY_REQUESTS, len(self.site['page_paths'])):,} "
            f"different pages, page cache off, 4 clients; statuses {statuses})"
        )

    def print_writes(self) -> None:
        """Ballots and bookings per second (PostgreSQL)."""
        print()
        if not self.writes:
            print(
                "--- ballots and bookings per second: PostgreSQL only (--database postgresql) ---"
            )
            return
        bare = self.uncached.bare().throughput.per_second
        print(
            "--- writes per second (PostgreSQL, bench.ballot_throughput / booking_throughput) ---"
        )
        print(f"{'':<12}{'one by one':>14}{'% bare':>9}{'in parallel':>14}{'% bare':>9}")
        for bench, figures in self.writes.items():
            if "error" in figures:
                print(f"{bench + '/s':<12}failed: {figures['error']}")
                continue
            one, many = figures.get("sequential", 0), figures.get("parallel", 0)
            print(
                f"{bench + '/s':<12}{one:>14.0f}{percent(one, bare):>9}"
                f"{many:>14.0f}{percent(many, bare):>9}"
            )
        print("  ('% bare': of the bare view's req/s at c16; the writes run without HTTP)")

    def print_timings(self) -> None:
        """How long the build and each step of this run took."""
        print()
        note = self.bench.build_note
        if self.bench.reused:
            print(
                f"build: reused the build of {note.get('built_at')} (commit {note.get('commit')}); "
                f"it took {sum(note['seconds'].values()):.0f} s then"
            )
        build = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in note["seconds"].items())
        print(f"build steps: {build}")
        if note.get("scale_pages"):
            print(f"  {note['scale_pages']}")
        steps = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in self.bench.timings.items())
        print(f"this run: {steps}")


def main() -> None:
    """Parse the options, run the benchmark, clean up (also after a failure)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000, help="pages in the site (default 5000)")
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument(
        "--reuse", action="store_true", help="start from the kept build of these pages, if any"
    )
    parser.add_argument(
        "--seconds", type=float, default=4, help="seconds of load per address at concurrency 16"
    )
    parser.add_argument(
        "--requests", type=int, default=200, help="most requests per address at concurrency 1"
    )
    parser.add_argument(
        "--latency-seconds",
        type=float,
        default=5,
        help="most seconds per address at concurrency 1 (at least 10 requests)",
    )
    parser.add_argument(
        "--redis-url",
        default=DEFAULT_REDIS_URL,
        help="Redis database for the production cache, emptied before each server run "
        "('none': the database cache tables)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the run's temporary folder and database"
    )
    args = parser.parse_args()
    bench = SiteAtScale(args)
    try:
        bench.run()
    finally:
        bench.clean_up()


if __name__ == "__main__":
    main()
