"""After the retention run, a dump of the whole database holds no expired personal data.

Participation data is built with the apps' factories, some of it older than its retention period;
``apply_retention`` runs; then ``pg_dump --data-only`` of the test database must contain no e-mail
address of an expired row, no IP address and no vote or invitation code in clear text. The test
commits its data (``transaction=True``) so that ``pg_dump``, another process, can see it.
"""

import ipaddress
import os
import re
import shutil
import subprocess
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from tests.home.retention_scenario import build_scenario
from youth.vote_codes import normalise

ON_POSTGRESQL = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="greps a pg_dump of the database: run with DATABASE_URL=postgres://…",
)
WITH_PG_DUMP = pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs pg_dump on PATH")

IPV4_CANDIDATE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_CANDIDATE = re.compile(r"(?<![\w:.])[0-9A-Fa-f]*(?::[0-9A-Fa-f]*){2,7}(?:\.[\d.]+)?(?![\w:])")


def dump_database() -> str:
    """``pg_dump --data-only`` of the database the tests use."""
    database = connection.settings_dict
    command = ["pg_dump", "--data-only", "--no-owner", "--dbname", database["NAME"]]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            command += [option, str(database[key])]
    env = {**os.environ, "PGPASSWORD": database.get("PASSWORD") or ""}
    result = subprocess.run(  # noqa: S603 - fixed command, arguments from our own settings
        command, capture_output=True, text=True, check=True, env=env, timeout=300
    )
    return result.stdout


def ip_addresses(text: str) -> set[str]:
    """Valid IPv4 and IPv6 literals in ``text`` (version numbers and times are no addresses)."""
    found = set()
    for candidate in IPV4_CANDIDATE.findall(text) + IPV6_CANDIDATE.findall(text):
        if not re.search(r"[0-9A-Fa-f]", candidate):
            continue
        try:
            found.add(str(ipaddress.ip_address(candidate)))
        except ValueError:
            continue
    return found


@ON_POSTGRESQL
@WITH_PG_DUMP
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_database_dump_after_the_retention_run_holds_no_expired_personal_data(home):
    scenario = build_scenario(home)

    call_command("apply_retention", stdout=StringIO())
    dump = dump_database()

    assert "COPY public.consultations_participant" in dump
    assert [email for email in scenario.fresh_emails if email not in dump] == []
    assert [email for email in scenario.expired_emails if email in dump] == []
    assert ip_addresses(dump) == set()
    codes = scenario.vote_codes + scenario.invitation_codes
    assert len(scenario.vote_codes) == 4 and len(scenario.invitation_codes) == 6
    assert [code for code in codes if code in dump or normalise(code) in dump] == []


def test_the_ip_finder_finds_addresses_and_ignores_versions_and_times():
    text = "v1.2.3.4.5 om 10:00:00 vanaf 192.168.1.20 en 2001:db8::1, niet 999.1.1.1 of ::"

    assert ip_addresses(text) == {"192.168.1.20", "2001:db8::1"}
