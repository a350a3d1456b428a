"""Static files with the production storage: collectstatic succeeds and /readyz notices when not.

Production serves static files through a manifest of hashed names (whitenoise's
CompressedManifestStaticFilesStorage, configured in config/settings/base.py). Without that
manifest every page is a 500, so /readyz must say so.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import override_settings

from config.settings.base import STORAGES as PRODUCTION_STORAGES
from core.static_packages import PackageFileFinder

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    """A STATIC_ROOT filled by collectstatic with the production storage, once for this module."""
    static_root = tmp_path_factory.mktemp("static")
    with override_settings(STATIC_ROOT=static_root, STORAGES=PRODUCTION_STORAGES):
        call_command("collectstatic", interactive=False, verbosity=0)
    return static_root


def use_production_storage(settings, static_root):
    """Serve static files as production does, from ``static_root``."""
    settings.STATIC_ROOT = static_root
    settings.STORAGES = {**settings.STORAGES, "staticfiles": PRODUCTION_STORAGES["staticfiles"]}


def test_collectstatic_with_the_production_storage_collects_the_design_system_css(
    collected_static,
):
    assert (collected_static / "staticfiles.json").is_file()
    assert (collected_static / "nlds" / "tokens" / "theme.css").is_file()
    assert (collected_static / "nlds" / "components" / "index.css").is_file()


def test_readyz_is_503_when_static_files_were_not_collected(client, settings, tmp_path):
    use_production_storage(settings, tmp_path)

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"]["static"] is False


def test_pages_render_and_readyz_is_ok_after_collectstatic(
    client, settings, home, collected_static
):
    use_production_storage(settings, collected_static)

    health = client.get("/readyz")
    page = client.get(home.url)

    assert health.status_code == 200
    assert health.json()["checks"]["static"] is True
    assert page.status_code == 200
    stylesheets = [
        link["href"]
        for link in BeautifulSoup(page.content, "html.parser").select("link[rel=stylesheet]")
    ]
    assert any(href.startswith("/static/nlds/tokens/theme.") for href in stylesheets)


def test_only_the_named_package_files_are_served_not_the_rest_of_the_package():
    assert finders.find("nlds/tokens/theme.css")
    assert finders.find("nlds/components/index.css")
    # This file refers to an icon the package does not ship: collecting it broke collectstatic.
    assert finders.find("nlds/tokens/background-image-icon.css") is None


def test_a_named_package_file_that_is_missing_is_a_system_check_warning(settings, tmp_path):
    settings.STATIC_PACKAGE_FILES = [("nlds/tokens", tmp_path / "theme.css")]

    warnings = PackageFileFinder().check()

    assert [warning.id for warning in warnings] == ["home.W101"]
