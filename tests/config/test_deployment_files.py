"""The compose file and the image run the site, a worker and a scheduler, and check readiness."""

import re
from pathlib import Path

import yaml

PROJECT_DIR = Path(__file__).resolve().parents[2]


def compose() -> dict:
    return yaml.safe_load((PROJECT_DIR / "docker-compose.yml").read_text())


def test_the_web_service_is_healthy_only_when_ready():
    check = " ".join(compose()["services"]["web"]["healthcheck"]["test"])

    assert "/readyz" in check


def test_the_image_checks_readiness():
    dockerfile = (PROJECT_DIR / "Dockerfile").read_text()

    [healthcheck] = re.findall(r"HEALTHCHECK[^\n]*\n\s*CMD ([^\n]+)", dockerfile)
    assert "/readyz" in healthcheck


def test_a_worker_and_a_scheduler_run_the_background_work():
    services = compose()["services"]

    assert services["worker"]["command"] == ["python", "manage.py", "db_worker"]
    assert services["scheduler"]["command"] == ["python", "manage.py", "run_scheduler"]
    assert (
        services["worker"]["environment"]["DATABASE_URL"]
        == (services["web"]["environment"]["DATABASE_URL"])
    )
    for service in services.values():  # no hand-made loop of commands any more
        assert "while true" not in " ".join(service.get("command", []))
