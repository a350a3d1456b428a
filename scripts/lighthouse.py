"""Lighthouse on the demo site served as in production; scores into ``docs/lighthouse/``.

Usage: ``.venv/bin/python scripts/lighthouse.py [--runs N] [--out DIR]`` (or ``make
lighthouse``). Builds the demo in a throwaway database (as the browser tests do), collects the
static files with the production storage (whitenoise, compressed and hashed), serves the site
with gunicorn and the production settings (``DEBUG`` off; dummy secrets, plain HTTP on
127.0.0.1), and runs npm's ``lighthouse`` with Debian's Chromium (``CHROME_PATH``, default
``/usr/bin/chromium``) at its default mobile settings on home, a product, search results, a
consultation, the youth home and an area page. With ``--runs N`` each page is measured N times
and the run with the median performance score is kept, as Lighthouse's documentation advises.

Writes ``docs/lighthouse/<page>.json`` (the report without screenshots, and without the details
of audits that pass) and ``docs/lighthouse/README.md``: the scores per page against the targets
of issue 16 and the audits that cost points. Exits with status 1 when a target is missed.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
LIGHTHOUSE = PROJECT_DIR / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Issue 16: accessibility 100, best practices and SEO at least 95, performance at least 90.
TARGETS = {"performance": 90, "accessibility": 100, "best-practices": 95, "seo": 95}
# Bulky report parts a reader of the repository does not need.
DROPPED_AUDITS = {"screenshot-thumbnails", "final-screenshot", "full-page-screenshot"}
DROPPED_DETAIL_TYPES = {"screenshot", "filmstrip", "treemap-data", "debugdata"}


def production_like_server(workdir: Path):
    """A :class:`tests.e2e.server.SiteServer` that serves with gunicorn and production settings."""
    from tests.e2e.server import SiteServer

    class ProductionLikeServer(SiteServer):
        def __init__(self, workdir: Path):
            super().__init__(workdir)
            self.env.update(
                {
                    "DJANGO_SETTINGS_MODULE": "scripts.lighthouse_settings",
                    "LIGHTHOUSE_STATIC_ROOT": str(workdir / "static"),
                    "SECRET_KEY": "lighthouse-only-secret-key-not-for-any-real-site-0123456789",
                    "ALLOWED_HOSTS": "127.0.0.1",
                    "EMAIL_URL": "smtp://localhost:25",
                    # Lighthouse talks plain HTTP to 127.0.0.1, which browsers treat as secure.
                    "SECURE_SSL_REDIRECT": "0",
                    "SECURE_HSTS_SECONDS": "0",
                    "GUNICORN_WORKERS": "2",
                }
            )

        def start(self) -> "ProductionLikeServer":
            self.manage("migrate", "--noinput", "-v0")
            self.manage("createcachetable")
            self.manage("load_demo")
            self.manage("collectstatic", "--noinput", "-v0")
            gunicorn = Path(sys.executable).parent / "gunicorn"
            self.process = subprocess.Popen(  # noqa: S603
                [
                    str(gunicorn),
                    "--config",
                    "python:config.gunicorn",
                    "--bind",
                    f"127.0.0.1:{self.port}",
                    "config.wsgi:application",
                ],
                cwd=PROJECT_DIR,
                env=self.env,
                stdout=self.log,
                stderr=subprocess.STDOUT,
            )
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    with urllib.request.urlopen(self.url("/healthz"), timeout=10) as response:  # noqa: S310
                        if response.status == 200:
                            return self
                except OSError:  # refused, reset or timed out while the workers boot
                    time.sleep(0.3)
            self.stop()
            raise RuntimeError(f"gunicorn did not start; see {self.workdir / 'server.log'}")

    return ProductionLikeServer(workdir)


#: Attempts per run: Lighthouse now and then fails to record the trace (NO_NAVSTART) and asks to
#: be run again.
ATTEMPTS = 3


def run_lighthouse(url: str, workdir: Path) -> dict:
    """One Lighthouse run at its default (mobile) settings; the full JSON report. A run that
    Lighthouse itself could not record is tried again, up to ``ATTEMPTS`` times."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return lighthouse_once(url, workdir)
        except (subprocess.CalledProcessError, RuntimeError) as error:
            if attempt == ATTEMPTS:
                raise
            print(f"Lighthouse failed on {url} ({error}); trying again", file=sys.stderr)
    raise AssertionError("unreachable")


def lighthouse_once(url: str, workdir: Path) -> dict:
    report_path = workdir / "report.json"
    report_path.unlink(missing_ok=True)
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    subprocess.run(  # noqa: S603
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report_path}",
            "--chrome-flags=--headless=new --no-sandbox",
            f"--only-categories={','.join(CATEGORIES)}",
        ],
        env=env,
        check=True,
    )
    report = json.loads(report_path.read_text())
    if report.get("runtimeError"):
        raise RuntimeError(f"Lighthouse could not load {url}: {report['runtimeError']}")
    return report


def scores(report: dict) -> dict[str, int]:
    """Category scores from 0 to 100, as Lighthouse shows them."""
    return {key: round((report["categories"][key]["score"] or 0) * 100) for key in CATEGORIES}


def lost_points(report: dict) -> dict[str, list[str]]:
    """Per category, the audits that cost points: ``id`` (score, shown value)."""
    found = {}
    for key in CATEGORIES:
        lines = []
        for ref in report["categories"][key]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            score = audit.get("score")
            if ref.get("weight", 0) == 0 or score is None or score >= 1:
                continue
            value = f", {audit['displayValue']}" if audit.get("displayValue") else ""
            lines.append(f"`{ref['id']}` ({score:.2f}{value})")
        found[key] = lines
    return found


def trimmed(report: dict) -> dict:
    """The report without screenshots, stack packs and the details of audits that pass."""
    audits = {}
    for audit_id, audit in report["audits"].items():
        if audit_id in DROPPED_AUDITS:
            continue
        audit = dict(audit)
        details = audit.get("details") or {}
        passed = audit.get("score") is None or audit.get("score") >= 1
        if passed or details.get("type") in DROPPED_DETAIL_TYPES:
            audit.pop("details", None)
        audits[audit_id] = audit
    keep = ("lighthouseVersion", "requestedUrl", "finalDisplayedUrl", "fetchTime", "userAgent")
    return {
        **{key: report.get(key) for key in keep},
        "environment": report.get("environment"),
        "configSettings": {
            key: report["configSettings"].get(key)
            for key in ("formFactor", "throttlingMethod", "throttling", "screenEmulation")
        },
        "categories": report["categories"],
        "audits": audits,
    }


def summary(results: dict[str, dict], runs: int) -> str:
    """The README of ``docs/lighthouse/``: scores against the targets and the lost points."""
    first = next(iter(results.values()))
    header = "| Page | Path | " + " | ".join(
        first["categories"][key]["title"] for key in CATEGORIES
    )
    lines = [
        "# Lighthouse on the demo site",
        "",
        "Made by `scripts/lighthouse.py` (`make lighthouse`): the demo site served as in "
        "production (gunicorn, whitenoise with compressed hashed static files, `DEBUG` off), "
        f"Lighthouse {first['lighthouseVersion']} with Debian's Chromium at its default mobile "
        "settings (simulated slow 4G and a 4× slower CPU, a 412 × 823 screen). "
        + (
            f"Each page ran {runs} times; the run with the median performance score is kept. "
            if runs > 1
            else ""
        )
        + f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on a machine with benchmark index "
        f"{round(first['environment']['benchmarkIndex'])}.",
        "",
        "Targets (issue 16): "
        + ", ".join(
            f"{key} {'=' if key == 'accessibility' else '≥'} {value}"
            for key, value in TARGETS.items()
        )
        + ". A score below its target is marked ✗.",
        "",
        header + " |",
        "|---|---|" + "---:|" * len(CATEGORIES),
    ]
    for name, report in results.items():
        cells = []
        for key, value in scores(report).items():
            cells.append(f"{value}" + ("" if value >= TARGETS[key] else " ✗"))
        path = report["requestedUrl"].split("127.0.0.1", 1)[-1].split("/", 1)[-1]
        lines.append(f"| {name} | `/{path}` | " + " | ".join(cells) + " |")
    lines += ["", "## Audits that cost points", ""]
    for name, report in results.items():
        lost = {key: value for key, value in lost_points(report).items() if value}
        if not lost:
            lines.append(f"- **{name}**: none")
            continue
        lines.append(f"- **{name}**")
        for key, audits in lost.items():
            lines.append(f"  - {report['categories'][key]['title']}: " + ", ".join(audits))
    lines += [
        "",
        "The JSON reports next to this file (`<page>.json`) are Lighthouse's own, without "
        "screenshots and without the details of passing audits; open one in "
        "https://googlechrome.github.io/lighthouse/viewer/ to read it.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="runs per page (median is kept)")
    parser.add_argument("--out", type=Path, default=PROJECT_DIR / "docs" / "lighthouse")
    args = parser.parse_args()
    sys.path.insert(0, str(PROJECT_DIR))
    if not LIGHTHOUSE.exists():
        sys.exit("node_modules/.bin/lighthouse is missing: run `make install`")

    from scripts.demo_pages import MUST_SHOW, demo_pages

    workdir = Path(tempfile.mkdtemp(prefix="lighthouse-"))
    print("Starting the demo site (migrate, load_demo, collectstatic, gunicorn) ...", flush=True)
    server = production_like_server(workdir).start()
    results = {}
    try:
        paths = demo_pages(server)
        for name in MUST_SHOW:
            reports = []
            for _ in range(args.runs):
                reports.append(run_lighthouse(server.url(paths[name]), workdir))
            median = statistics.median_low(scores(report)["performance"] for report in reports)
            results[name] = next(r for r in reports if scores(r)["performance"] == median)
            print(name, paths[name], scores(results[name]), flush=True)
    finally:
        server.stop()

    args.out.mkdir(parents=True, exist_ok=True)
    for name, report in results.items():
        (args.out / f"{name}.json").write_text(json.dumps(trimmed(report), indent=1) + "\n")
    (args.out / "README.md").write_text(summary(results, args.runs))
    missed = [
        f"{name} {key} {value}"
        for name, report in results.items()
        for key, value in scores(report).items()
        if value < TARGETS[key]
    ]
    print("Targets missed: " + ", ".join(missed) if missed else "All targets met.")
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main()
