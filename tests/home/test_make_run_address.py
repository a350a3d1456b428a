"""`make run PORT=...` gives the server the address it serves on for its own links.

It used to pass SITE_URL to load_demo only: the running server (runserver) linked to :8000 in
its e-mails and admin links, whatever the port.
"""

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from django.conf import settings as django_settings

PROJECT = Path(django_settings.BASE_DIR)

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def run_target_environment(tmp_path, *arguments, **environment) -> list[dict[str, str]]:
    """What each `python manage.py ...` of `make run` sees: its arguments and link settings.

    A stand-in python records the calls; `-o setup` skips installing.
    """
    log = tmp_path / "calls.log"
    python = tmp_path / "python"
    python.write_text(
        f'#!/bin/sh\necho "$* | SITE_URL=$SITE_URL | ADMIN=$WAGTAILADMIN_BASE_URL" >> {log}\n'
    )
    python.chmod(python.stat().st_mode | stat.S_IXUSR)
    env = {key: value for key, value in os.environ.items() if "BASE_URL" not in key}
    env.pop("SITE_URL", None)
    env.update(environment)
    subprocess.run(  # noqa: S603 - our own Makefile with fixed arguments
        [
            shutil.which("make"),
            "--no-print-directory",
            "-o",
            "setup",
            "run",
            f"BIN={tmp_path}",
            *arguments,
        ],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
    )
    calls = []
    for line in log.read_text().splitlines():
        command, site, admin = line.split(" | ")
        calls.append(
            {
                "command": command,
                "SITE_URL": site.removeprefix("SITE_URL="),
                "ADMIN": admin.removeprefix("ADMIN="),
            }
        )
    return calls


def test_make_run_on_another_port_gives_the_server_that_address(tmp_path):
    calls = run_target_environment(tmp_path, "PORT=8123")

    assert [call["command"] for call in calls] == [
        "manage.py migrate --noinput",
        "manage.py load_demo",
        "manage.py runserver 127.0.0.1:8123",
    ]
    assert {(call["SITE_URL"], call["ADMIN"]) for call in calls} == {
        ("http://127.0.0.1:8123", "http://127.0.0.1:8123")
    }


def test_make_run_keeps_an_address_that_was_set(tmp_path):
    calls = run_target_environment(tmp_path, "PORT=8123", SITE_URL="https://demo.example.org")

    assert {(call["SITE_URL"], call["ADMIN"]) for call in calls} == {
        ("https://demo.example.org", "https://demo.example.org")
    }
