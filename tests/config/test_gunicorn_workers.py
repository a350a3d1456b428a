"""gunicorn replaces each worker after a bounded number of requests (``config/gunicorn.py``), so a
worker's memory cannot grow without end; ``GUNICORN_MAX_REQUESTS`` changes the bound."""

import importlib

import pytest
from gunicorn.config import Config

from config import gunicorn as gunicorn_settings


@pytest.fixture(autouse=True)
def settings_as_the_environment_says(monkeypatch):
    """Read ``config/gunicorn.py`` again after each test, with the environment put back."""
    yield
    monkeypatch.undo()
    importlib.reload(gunicorn_settings)


def loaded(monkeypatch, **environ) -> Config:
    """gunicorn's configuration as it reads ``config/gunicorn.py`` with ``environ`` set."""
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    module = importlib.reload(gunicorn_settings)
    config = Config()
    for name in ("workers", "max_requests", "max_requests_jitter"):
        config.set(name, getattr(module, name))
    return config


def test_a_worker_is_replaced_after_about_20000_requests(monkeypatch):
    monkeypatch.delenv("GUNICORN_MAX_REQUESTS", raising=False)

    config = loaded(monkeypatch)

    assert config.max_requests == 20000
    assert config.max_requests_jitter == 2000


def test_the_bound_can_be_changed_or_switched_off(monkeypatch):
    assert loaded(monkeypatch, GUNICORN_MAX_REQUESTS="500").max_requests == 500
    switched_off = loaded(monkeypatch, GUNICORN_MAX_REQUESTS="0")
    assert switched_off.max_requests == 0 and switched_off.max_requests_jitter == 0
