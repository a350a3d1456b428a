"""Start the real site in a subprocess for browser tests: migrated, with the demo content.

The server gets its own database (a temporary SQLite file, or ``<name>_e2e`` on the PostgreSQL
server named by ``DATABASE_URL``, ``<name>_e2e_gw1`` on xdist worker gw1) so it never touches the
database pytest-django manages. Like the test databases, it is a copy of the migrated template
(tests/migrated_database.py).
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from tests import migrated_database

PROJECT_DIR = Path(__file__).resolve().parents[2]
ADMIN_PASSWORD = "e2e-Admin-Wachtwoord-2026"  # noqa: S105


def free_port() -> int:
    """A TCP port on the loopback interface that nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def e2e_database_url(workdir: Path) -> str:
    """A fresh, migrated database without content for the browser-test server."""
    url = migrated_database.database_url()
    if not url:
        path = workdir / "e2e.sqlite3"
        shutil.copyfile(migrated_database.ensure_template(), path)
        return f"sqlite:///{path}"
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    name = urlparse(url).path.lstrip("/") + "_e2e" + (f"_{worker}" if worker else "")
    migrated_database.create_postgresql_copy(url, name)
    return migrated_database.with_database(url, name)


class SiteServer:
    """A running ``manage.py runserver`` with demo content; ``url(path)`` builds addresses."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": e2e_database_url(workdir),
            "DEMO_ADMIN_PASSWORD": ADMIN_PASSWORD,
            "SERVE_MEDIA": "1",
            "SITE_URL": f"http://127.0.0.1:{self.port}",
            "MEDIA_ROOT": str(workdir / "media"),
            "EMAIL_FILE_PATH": str(workdir / "mail"),
            "DEMO_VOTE_CODES_FILE": str(workdir / "demo-vote-codes.txt"),
            "PYTHONUNBUFFERED": "1",
            # The API fuzz test sends hundreds of requests a minute from one address.
            "KCC_API_REQUESTS_PER_MINUTE": "100000",
        }
        self.process = None
        self.log = open(workdir / "server.log", "w")  # noqa: SIM115 - closed in stop()

    def manage(self, *args: str) -> str:
        """Run a management command against the server's database and return its output."""
        result = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=PROJECT_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def start(self) -> "SiteServer":
        self.manage("load_demo")
        self.process = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{self.port}"],
            cwd=PROJECT_DIR,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url("/healthz"), timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("The site did not start; see server.log")

    def sent_mail(self) -> list[str]:
        """Every e-mail the site sent so far, as raw message text, oldest first."""
        folder = self.workdir / "mail"
        if not folder.exists():
            return []
        return [
            path.read_text() for path in sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime)
        ]

    def url(self, path: str) -> str:
        return self.base_url + path

    def stop(self) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.log.close()
