"""Shared fixtures: a Dutch home page as the default site's root, with an English locale."""

import pytest
from wagtail.models import Locale, Page, Site

from tests.factories import HomePageFactory


def pytest_collection_modifyitems(config, items):
    """Run the browser tests last: they are the slowest and start their own server."""
    items.sort(key=lambda item: "tests/e2e/" in str(item.path).replace("\\", "/"))


@pytest.fixture
def locales(db):
    """The Dutch (default) and English locales."""
    return Locale.objects.get(language_code="nl"), Locale.objects.get_or_create(language_code="en")[
        0
    ]


@pytest.fixture
def home(locales):
    """A published Dutch home page that is the root of the default site."""
    root = Page.get_first_root_node()
    for welcome in root.get_children():
        welcome.delete()
    home_page = HomePageFactory(parent=root, slug="home", locale=locales[0])
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home_page, is_default_site=True)
    return home_page


@pytest.fixture
def english_home(home, locales):
    """The English translation of the home page, published."""
    english = home.copy_for_translation(locales[1])
    english.title = "Municipality of Geertruidenberg"
    english.slug = "home-en"
    english.save_revision().publish()
    return english


@pytest.fixture(autouse=True)
def default_language():
    """A request to an English page leaves English active in the test thread (LocaleMiddleware
    activates it and nothing deactivates it); start and end every test in the default language."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and cached fragments must not leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
