"""The scale benchmark's databases: the one it serves, and the built copies it keeps for reuse.

A build starts from a copy of the test suite's migrated template (``create_migrated``). Building
5,000 pages still takes minutes, so the build is kept per (database, pages) and ``--reuse``
starts from it:

* SQLite: ``demo.sqlite3`` (migrated, demo loaded) and ``site.sqlite3`` (grown to N pages) in
  the cache folder, copied into the run's temporary folder.
* PostgreSQL: the template databases ``bench_scale_c<N>_demo`` and ``bench_scale_c<N>_site`` on
  the server; the run's database ``bench_scale`` is dropped and created from one of them
  (``CREATE DATABASE … TEMPLATE``, a copy inside the server).

The cache folder (``~/.cache/geertruidenberg-bench/<database>-<N>/``) also keeps the demo's
uploaded images and a note of when and from which commit the build was made.
"""

import json
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse, urlunparse

from bench.scale_server import python_module

POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432"
RUN_DATABASE = "bench_scale"


def cache_root() -> Path:
    """Where kept builds live: ``$XDG_CACHE_HOME`` or ``~/.cache``, then ``geertruidenberg-bench``."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "geertruidenberg-bench"


def git_commit(repo: Path) -> str:
    """The commit the working tree is on (the build may include uncommitted changes)."""
    result = subprocess.run(  # noqa: S603
        ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
        cwd=repo,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip() or "unknown"


@dataclass
class BenchDatabases:
    """Where the run's database and the kept copies of one (database, pages) build live."""

    vendor: str  # "sqlite" or "postgresql"
    pages: int
    workdir: Path
    server: str = POSTGRES_SERVER

    @property
    def cache_dir(self) -> Path:
        """The folder of this (database, pages) build."""
        return cache_root() / f"{self.vendor}-{self.pages}"

    @property
    def meta_path(self) -> Path:
        """The note of this build (when, which commit, how long each step took)."""
        return self.cache_dir / "build.json"

    def url(self, name: str = RUN_DATABASE) -> str:
        """The URL of the run's database (or of another database on the same server)."""
        if self.vendor == "sqlite":
            return f"sqlite:///{self.workdir / f'{name}.sqlite3'}"
        return urlunparse(urlparse(self.server)._replace(path=f"/{name}"))

    def snapshot_name(self, stage: str) -> str:
        """``demo`` (migrated, demo loaded) or ``site`` (grown to N pages)."""
        return f"bench_scale_c{self.pages}_{stage}"

    # Fresh, snapshot, restore ---------------------------------------------------------------
    def create_migrated(self, env: dict, name: str = RUN_DATABASE) -> str:
        """A fresh, migrated database ``name``; its URL.

        Migrating takes 1–2.5 minutes on a busy 2-core machine, so the database is a copy of the
        test suite's migrated template (``tests/migrated_database.py``: made once per version of
        the migrations and packages, the same schema ``migrate`` makes, without Wagtail's welcome
        page, which ``load_demo`` replaces anyway).
        """
        template_env = dict(env)
        template_env.pop("DATABASE_URL", None)
        if self.vendor == "postgresql":
            # The template is named after this database: one template for every copy of the run.
            template_env["DATABASE_URL"] = self.url(RUN_DATABASE)
        template = python_module(template_env, "tests.migrated_database").strip().splitlines()[-1]
        if self.vendor == "sqlite":
            shutil.copyfile(template, self.workdir / f"{name}.sqlite3")
            return self.url(name)
        self.admin("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)
        for attempt in range(30):
            try:
                self.admin("CREATE DATABASE {} TEMPLATE {}", name, template)
                break
            except Exception as error:  # noqa: BLE001 - a test run copying it at this moment
                if attempt == 29 or "being accessed by other users" not in str(error):
                    raise
                time.sleep(1)
        return self.url(name)

    def drop(self, name: str) -> None:
        """Remove database ``name`` (a file in the run's folder, or on the server)."""
        if self.vendor == "sqlite":
            (self.workdir / f"{name}.sqlite3").unlink(missing_ok=True)
        else:
            self.admin("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)

    def snapshot(self, stage: str) -> None:
        """Keep the run's database as the ``stage`` copy of this build."""
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        if self.vendor == "sqlite":
            shutil.copyfile(
                self.workdir / f"{RUN_DATABASE}.sqlite3", self.cache_dir / f"{stage}.sqlite3"
            )
            return
        import psycopg

        # Planner statistics, as autovacuum keeps them on a live server; the copy takes them
        # along. Without them PostgreSQL guesses a handful of pages per locale and searches
        # with a nested loop (seven times slower at 5,000 pages).
        with psycopg.connect(self.url(RUN_DATABASE), autocommit=True) as connection:
            connection.execute("ANALYZE")
        name = self.snapshot_name(stage)
        self.admin("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)
        # No session may stay connected to the source of a copy.
        self.admin("CREATE DATABASE {} TEMPLATE {}", name, RUN_DATABASE, force_source=True)

    def restore(self, stage: str, name: str = RUN_DATABASE) -> str:
        """Database ``name`` as a fresh copy of this build's ``stage``; its URL."""
        if self.vendor == "sqlite":
            shutil.copyfile(self.cache_dir / f"{stage}.sqlite3", self.workdir / f"{name}.sqlite3")
            return self.url(name)
        self.admin("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)
        self.admin("CREATE DATABASE {} TEMPLATE {}", name, self.snapshot_name(stage))
        return self.url(name)

    def has_build(self) -> bool:
        """Whether both copies of this build exist (and its note says the build finished)."""
        if not self.meta_path.exists():
            return False
        if self.vendor == "sqlite":
            return all((self.cache_dir / f"{stage}.sqlite3").exists() for stage in ("demo", "site"))
        names = [self.snapshot_name(stage) for stage in ("demo", "site")]
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as connection:
            found = connection.execute(
                "SELECT count(*) FROM pg_database WHERE datname = ANY(%s)", [names]
            ).fetchone()[0]
        return found == len(names)

    def admin(self, statement: str, *names: str, force_source: bool = False) -> None:
        """Run a statement on the PostgreSQL server's ``postgres`` database; ``names`` are
        quoted into the ``{}`` of ``statement`` as identifiers."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.url("postgres"), autocommit=True) as connection:
            if force_source:
                # End the sessions still connected to the source database of a copy.
                connection.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()",
                    [names[-1]],
                )
            connection.execute(sql.SQL(statement).format(*(sql.Identifier(name) for name in names)))

    # The build's note and uploaded files ----------------------------------------------------
    def save_build(self, note: dict, media: Path) -> None:
        """Keep the note of a finished build and the uploads the demo made."""
        kept_media = self.cache_dir / "media"
        shutil.rmtree(kept_media, ignore_errors=True)
        if media.exists():
            shutil.copytree(media, kept_media)
        self.meta_path.write_text(json.dumps(note, indent=2))

    def load_build(self, media: Path) -> dict:
        """The note of the kept build; its uploads copied to ``media``."""
        kept_media = self.cache_dir / "media"
        shutil.rmtree(media, ignore_errors=True)
        if kept_media.exists():
            shutil.copytree(kept_media, media)
        else:
            media.mkdir(parents=True)
        return json.loads(self.meta_path.read_text())
