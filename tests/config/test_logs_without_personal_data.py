"""Logs hold no personal data: no console e-mail in production, a gunicorn log without residents."""

import datetime
import json
import logging
import re
import secrets
import shlex
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core import signing
from django.core.exceptions import ImproperlyConfigured
from gunicorn.config import Config
from gunicorn.glogging import Logger

from config import gunicorn as gunicorn_settings
from config.settings import base as base_settings
from config.settings.environment import email_config
from core.secret_paths import RedactSecretPaths
from tests.config.test_environment import load_production_settings

PROJECT_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_SECRETS = {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "example.org"}


def test_production_refuses_to_start_without_an_email_url():
    result = load_production_settings(**PRODUCTION_SECRETS)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "EMAIL_URL must be set" in result.stderr


def test_production_starts_with_an_email_url_and_sends_by_smtp():
    result = load_production_settings(**PRODUCTION_SECRETS, EMAIL_URL="smtp://localhost:25")

    assert result.returncode == 0, result.stderr


def test_the_console_backend_is_refused_when_mail_is_required():
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        email_config(environ={}, required=True)

    smtp = email_config(environ={"EMAIL_URL": "smtp://localhost:25"}, required=True)
    assert smtp["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"


def dockerfile_command() -> list[str]:
    """The arguments of the Dockerfile's CMD (JSON form)."""
    text = (PROJECT_DIR / "Dockerfile").read_text()
    [command] = re.findall(r"^CMD\s+(\[.*\])\s*$", text, flags=re.MULTILINE)
    return json.loads(command)


def test_the_docker_image_runs_gunicorn_with_the_settings_module():
    command = dockerfile_command()

    assert command[0] == "gunicorn"
    assert "python:config.gunicorn" in command
    # No command-line option that would override the log format or add another log.
    flat = " ".join(shlex.quote(part) for part in command)
    assert "--access-logformat" not in flat
    assert "--access-logfile" not in flat


def rendered_access_log_line(path: str = "/zoeken/") -> str:
    """One access-log line for a request with a query string, client address and proxy header."""
    config = Config()
    config.set("access_log_format", gunicorn_settings.access_log_format)
    logger = gunicorn_settings.logger_class(config)
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"{path}?q=jan%40example.org+0612345678",
        "PATH_INFO": path,
        "QUERY_STRING": "q=jan%40example.org+0612345678",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "203.0.113.7",
        "HTTP_REFERER": "https://example.org/?postcode=4931AB",
        "HTTP_USER_AGENT": "Mozilla/5.0 (resident)",
    }
    request = SimpleNamespace(headers=[("X-FORWARDED-FOR", "198.51.100.23")])
    response = SimpleNamespace(status="200 OK", sent=1234, headers=[])
    atoms = logger.atoms(response, request, environ, datetime.timedelta(microseconds=1500))
    return gunicorn_settings.access_log_format % atoms


def test_the_access_log_has_no_query_string_and_no_client_address():
    line = rendered_access_log_line()

    assert "/zoeken/" in line and " 200 " in line
    for personal in ("example.org", "0612345678", "203.0.113.7", "198.51.100.23", "4931AB"):
        assert personal not in line
    for atom in ("%(q)s", "%(r)s", "%(h)s", "%(f)s", "%(a)s", "%({x-forwarded-for}i)s"):
        assert atom not in gunicorn_settings.access_log_format


#: The kinds of appointment link that carry a secret (xdist needs the same ids on every worker,
#: so the tokens are made inside the tests).
LINK_KINDS = ["manage", "cancel", "details"]


def appointment_link(kind: str) -> str:
    """An appointment link of ``kind`` with a real token, as the site makes it."""
    if kind == "details":
        return f"/afspraak/gegevens/{signing.dumps(12345, salt='appointments.hold')}/"
    suffix = "annuleren/" if kind == "cancel" else ""
    return f"/afspraak/AF-7KQ2M9/{secrets.token_urlsafe(24)}/{suffix}"


@pytest.mark.parametrize("kind", LINK_KINDS)
def test_the_token_of_an_appointment_link_is_not_in_the_access_log(kind):
    path = appointment_link(kind)
    line = rendered_access_log_line(path)
    token = [part for part in path.split("/") if len(part) >= 16][0]

    assert token not in line
    assert "/afspraak/" in line and "[token]" in line
    assert issubclass(gunicorn_settings.logger_class, Logger)


@pytest.mark.parametrize(
    "path",
    [
        "/afspraak/AF-7KQ2M9/",
        "/producten/huwelijk-en-partnerschap-melden-2027/",
        "/en/appointment/",
    ],
)
def test_ordinary_paths_stay_readable_in_the_access_log(path):
    assert path in rendered_access_log_line(path)


@pytest.mark.parametrize("kind", LINK_KINDS)
def test_django_warnings_about_an_appointment_link_hide_its_token(kind):
    path = appointment_link(kind)
    console = base_settings.LOGGING["handlers"]["console"]
    redacting = base_settings.LOGGING["filters"][console["filters"][0]]["()"]
    assert redacting == "core.secret_paths.RedactSecretPaths"
    logger = logging.getLogger("django.request")
    record = logger.makeRecord(
        logger.name, logging.WARNING, __file__, 1, "Not Found: %s", (path,), None
    )

    RedactSecretPaths().filter(record)

    assert record.getMessage().startswith("Not Found: /afspraak/")
    assert "[token]" in record.getMessage()
    assert path not in record.getMessage()
