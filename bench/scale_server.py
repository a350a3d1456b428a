"""The scale benchmark's server: the site under gunicorn, as in production, on 127.0.0.1.

gunicorn runs with the production image's configuration (``config/gunicorn.py``, access log and
all) and 2 sync workers, with ``bench.settings`` (production settings plus the bare view). This
module starts and stops it, and reads the resident memory of its workers from ``/proc``.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORKERS = 2


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(base_url: str, seconds: float = 90) -> None:
    """Wait until the bare view answers (the workers have loaded Django)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base_url + "/bench-bare/", timeout=5) as response:  # noqa: S310 - our own server
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"gunicorn did not answer on {base_url} within {seconds:.0f} s")


@contextmanager
def gunicorn(env: dict, log_path: Path):
    """gunicorn with ``env`` on a free port; yields (base URL, master process id).

    The access log (one line per request, as in production) goes to ``log_path``.
    """
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    # The site's record says this server's address, as a deployment's does: purges name that
    # address, and the page cache keeps only responses asked for on it.
    django_command(
        env,
        "shell",
        "-c",
        "from wagtail.models import Site; "
        f"Site.objects.filter(is_default_site=True).update(hostname='127.0.0.1', port={port})",
    )
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "-c",
        "python:config.gunicorn",
        "--workers",
        str(WORKERS),
        "--bind",
        f"127.0.0.1:{port}",
        # gunicorn's control socket is one path per user: leave it to the servers of others.
        "--no-control-socket",
        "config.wsgi",
    ]
    with log_path.open("ab") as log:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=log)  # noqa: S603
        try:
            wait_until_up(base_url)
            yield base_url, process.pid
        except Exception:
            sys.stderr.write(log_tail(log_path))
            raise
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def log_tail(path: Path, lines: int = 40) -> str:
    """The last lines of the server log, to show with an error."""
    text = path.read_text(errors="replace").splitlines()
    return "\n".join(["--- gunicorn log (last lines) ---", *text[-lines:], ""])


def worker_pids(master_pid: int) -> list[int]:
    """The process ids of the gunicorn master's children (its workers)."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children")
    if children.exists():
        return [int(pid) for pid in children.read_text().split()]
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line
            )
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(master_pid):
            found.append(int(status.parent.name))
    return sorted(found)


def resident_mb(pid: int) -> float:
    """VmRSS of a process in MB (from ``/proc/<pid>/status``)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def django_command(env: dict, *args: str, quiet: bool = True) -> str:
    """Run ``manage.py <args>`` with ``env``; its output (stops the benchmark if it fails)."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"manage.py {' '.join(args)} failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )
    return "" if quiet else result.stdout


def python_module(env: dict, module: str, *args: str) -> str:
    """Run ``python -m <module> <args>`` with ``env``; its standard output."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", module, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{module} failed:\n{result.stdout[-3000:]}{result.stderr[-5000:]}")
    return result.stdout


def base_environment() -> dict:
    """This process's environment without the variables the benchmark sets itself."""
    env = dict(os.environ)
    for name in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "PAGE_CACHE_SECONDS", "REDIS_URL"):
        env.pop(name, None)
    return env
