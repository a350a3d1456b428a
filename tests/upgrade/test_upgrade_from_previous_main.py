"""A database built by the previous main migrates to this layout without losing anything.

The previous main (the last commit before the floor plan) built a site with its own ``migrate``
and ``load_demo``; ``extra_content.py`` added revisions, English translations, a running workflow
and a logged snippet edit; ``inventory.py`` counted every row. That database is restored from
its snapshot (``snapshot.py``: built once by the previous main's code, not on every run), this
tree's ``migrate`` runs on it, and the inventory must be equal: pages by content type (ids kept
when a page model moved app), revisions, translations, snippets, contributions, ballots and log
entries. Only the tables for content types and permissions may grow (new apps bring new models).
"""

import json
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path
from urllib.parse import urlparse

import psycopg
import pytest

from tests.upgrade.snapshot import (
    HERE,
    PREVIOUS_MAIN,
    PROJECT_DIR,
    empty_postgresql_database,
    manifest,
    restore,
    run,
    site_environment,
)

MAY_GROW = {"auth.permission", "contenttypes.contenttype", "auth.group_permissions"}


def upgrade_database_url(workdir) -> str:
    """An empty database of the kind the suite runs on (SQLite file or PostgreSQL database)."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return f"sqlite:///{workdir / 'upgrade.sqlite3'}"
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # own database per xdist worker
    name = "_".join(filter(None, [urlparse(url).path.lstrip("/"), "upgrade", worker]))
    return empty_postgresql_database(url, name)


def applied_migrations(url: str) -> set[tuple[str, str]]:
    query = "SELECT app, name FROM django_migrations"
    if url.startswith("sqlite:"):
        with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as connection:
            return set(connection.execute(query).fetchall())
    with psycopg.connect(url) as connection:
        return set(connection.execute(query).fetchall())


def migration_files_of_previous_main() -> set[str]:
    """The migration modules in the previous main's tree, as ``<folder>/<name>``."""
    listing = subprocess.run(  # noqa: S603
        ["git", "ls-tree", "-r", "--name-only", PREVIOUS_MAIN],  # noqa: S607
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return {
        f"{Path(path).parent.parent.name}/{Path(path).stem}"
        for path in listing
        if "/migrations/" in path and path.endswith(".py") and not path.endswith("__init__.py")
    }


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory):
    """Inventories of the previous main's database before and after this tree's migrations,
    and the migrations it held before."""
    if shutil.which("git") is None or not (PROJECT_DIR / ".git").exists():
        pytest.fail("the upgrade test needs git and a clone of the project (not an export)")
    workdir = tmp_path_factory.mktemp("upgrade")
    url = upgrade_database_url(workdir)
    kind = "sqlite" if url.startswith("sqlite:") else "postgresql"
    restore(url)
    held = applied_migrations(url)
    before = manifest()["inventory"][kind]
    run(PROJECT_DIR, site_environment(workdir, url), "manage.py", "migrate", "--noinput", "-v0")
    after = json.loads(run(PROJECT_DIR, site_environment(workdir, url), str(HERE / "inventory.py")))
    return before, after, held


def test_the_snapshot_is_the_previous_mains_database():
    assert manifest()["commit"] == PREVIOUS_MAIN


def test_the_snapshot_holds_exactly_the_migrations_of_the_previous_mains_apps(upgraded):
    _, _, held = upgraded
    try:
        files = migration_files_of_previous_main()
    except subprocess.CalledProcessError:
        pytest.fail(f"commit {PREVIOUS_MAIN[:7]} is missing: the upgrade test needs a full clone")
    own_apps = {name.split("/")[0] for name in files}
    assert {f"{app}/{name}" for app, name in held if app in own_apps} == files


def test_the_previous_database_had_content_to_lose(upgraded):
    before, _, _ = upgraded
    assert before["rows"]["contentpage"] > 10
    assert before["rows"]["wagtailcore.revision"] > before["rows"]["contentpage"]
    assert before["rows"]["wagtail_localize.translation"] >= 5
    assert before["rows"]["ballot"] > 0
    assert before["rows"]["idea"] > 0
    assert before["rows"]["wagtailcore.taskstate"] > 0
    assert before["problems"] == []


def test_every_count_is_the_same_after_migrating(upgraded):
    before, after, _ = upgraded
    changed = {
        table: (count, after["rows"].get(table))
        for table, count in before["rows"].items()
        if table not in MAY_GROW and after["rows"].get(table) != count
    }
    assert changed == {}
    for table in MAY_GROW:
        assert after["rows"][table] >= before["rows"][table]


def test_pages_keep_their_content_types_and_languages(upgraded):
    before, after, _ = upgraded
    assert after["pages_by_content_type"] == before["pages_by_content_type"]
    assert after["pages_by_locale"] == before["pages_by_locale"]


def test_every_page_revision_task_and_log_entry_still_resolves(upgraded):
    _, after, _ = upgraded
    assert after["problems"] == []
