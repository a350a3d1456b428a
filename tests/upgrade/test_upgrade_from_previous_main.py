"""A database built by the previous main migrates to this layout without losing anything.

The previous main (the last commit before the floor plan) is exported from git into a temporary
folder; its own ``migrate`` and ``load_demo`` build a site, ``extra_content.py`` adds revisions,
English translations, a running workflow and a logged snippet edit, and ``inventory.py`` counts
every row. Then this tree's ``migrate`` runs on the same database and the inventory must be equal:
pages by content type (ids kept when a page model moved app), revisions, translations, snippets,
contributions, ballots and log entries. Only the tables for content types and permissions may
grow (new apps bring new models).
"""

import json
import os
import shutil
import subprocess
import sys
import tarfile
from io import BytesIO
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import psycopg
import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
PREVIOUS_MAIN = "38e55273e26ecdef4911fbc4f5f6c1d9d26f68b5"
MAY_GROW = {"auth.permission", "contenttypes.contenttype", "auth.group_permissions"}
HERE = Path(__file__).resolve().parent


def export_previous_main(target: Path) -> None:
    """The previous main's files, as ``git archive`` gives them (no work tree is touched)."""
    archive = subprocess.run(  # noqa: S603
        ["git", "archive", "--format=tar", PREVIOUS_MAIN],  # noqa: S607
        cwd=PROJECT_DIR,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")


def upgrade_database_url(workdir: Path) -> str:
    """An empty database of the kind the suite runs on (SQLite file or PostgreSQL database)."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return f"sqlite:///{workdir / 'upgrade.sqlite3'}"
    parsed = urlparse(url)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # own database per xdist worker
    name = "_".join(filter(None, [parsed.path.lstrip("/"), "upgrade", worker]))
    with psycopg.connect(urlunparse(parsed._replace(path="/postgres")), autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}"')
    return urlunparse(parsed._replace(path=f"/{name}"))


def run(code_dir: Path, env: dict, *args: str) -> str:
    result = subprocess.run(  # noqa: S603
        [sys.executable, *args], cwd=code_dir, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} in {code_dir} failed:\n{result.stderr[-4000:]}")
    return result.stdout


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory):
    """Inventories of the previous main's database before and after this tree's migrations."""
    if shutil.which("git") is None or not (PROJECT_DIR / ".git").exists():
        pytest.fail("the upgrade test needs git and a clone of the project (not an export)")
    workdir = tmp_path_factory.mktemp("upgrade")
    old_code = workdir / "previous-main"
    try:
        export_previous_main(old_code)
    except subprocess.CalledProcessError:
        pytest.fail(f"commit {PREVIOUS_MAIN[:7]} is missing: the upgrade test needs a full clone")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": upgrade_database_url(workdir),
        "MEDIA_ROOT": str(workdir / "media"),
        "EMAIL_FILE_PATH": str(workdir / "mail"),
        "DEMO_VOTE_CODES_FILE": str(workdir / "vote-codes.txt"),
        "DEMO_ADMIN_PASSWORD": "upgrade-Test-Wachtwoord-2026",
    }
    run(old_code, env, "manage.py", "migrate", "--noinput", "-v0")
    run(old_code, env, "manage.py", "load_demo")
    run(old_code, env, str(HERE / "extra_content.py"))
    before = json.loads(run(old_code, env, str(HERE / "inventory.py")))
    run(PROJECT_DIR, env, "manage.py", "migrate", "--noinput", "-v0")
    after = json.loads(run(PROJECT_DIR, env, str(HERE / "inventory.py")))
    return before, after


def test_the_previous_database_had_content_to_lose(upgraded):
    before, _ = upgraded
    assert before["rows"]["contentpage"] > 10
    assert before["rows"]["wagtailcore.revision"] > before["rows"]["contentpage"]
    assert before["rows"]["wagtail_localize.translation"] >= 5
    assert before["rows"]["ballot"] > 0
    assert before["rows"]["idea"] > 0
    assert before["rows"]["wagtailcore.taskstate"] > 0
    assert before["problems"] == []


def test_every_count_is_the_same_after_migrating(upgraded):
    before, after = upgraded
    changed = {
        table: (count, after["rows"].get(table))
        for table, count in before["rows"].items()
        if table not in MAY_GROW and after["rows"].get(table) != count
    }
    assert changed == {}
    for table in MAY_GROW:
        assert after["rows"][table] >= before["rows"][table]


def test_pages_keep_their_content_types_and_languages(upgraded):
    before, after = upgraded
    assert after["pages_by_content_type"] == before["pages_by_content_type"]
    assert after["pages_by_locale"] == before["pages_by_locale"]


def test_every_page_revision_task_and_log_entry_still_resolves(upgraded):
    _, after = upgraded
    assert after["problems"] == []
