"""Shared fixtures: a Dutch home page as the default site's root, with an English locale, and
the demo site (``load_demo``) built once per test process for the tests that read it.

``make test`` runs the suite on two xdist workers in random order (pytest-randomly prints the
seed; ``--randomly-seed=N`` replays an order). The browser tests run on one worker, in file order,
as one unit (tests/worker_schedule.py); the demo tests run one after another, so each worker
builds the demo at most once.
"""

import itertools

import pytest
from pytest_django.fixtures import validate_django_db
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Locale, Page, Site

from tests import migrated_database
from tests.demo_site import DemoSite, DemoTransaction
from tests.factories import HomePageFactory
from tests.page_cache_fixtures import purged, visitor  # noqa: F401  (fixtures for every test)

#: The shared demo of this test process (an xdist worker has its own).
SHARED_DEMO = DemoTransaction()
#: Where a test was collected, before pytest-randomly shuffled the tests.
COLLECTED_AS = pytest.StashKey[int]()
COUNTER = itertools.count()


def is_browser_test(item) -> bool:
    return "tests/e2e/" in str(item.path).replace("\\", "/")


def uses_demo(item) -> bool:
    return "demo_site" in getattr(item, "fixturenames", ())


def is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker and any(validate_django_db(marker)[:2]):  # transaction or reset_sequences
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


def pytest_configure(config):
    if config.pluginmanager.hasplugin("xdist"):
        from tests.worker_schedule import WorkerSchedule  # imports xdist, which may be disabled

        config.pluginmanager.register(WorkerSchedule(), "worker-schedule")


def pytest_sessionstart(session):
    """``--create-db``: make the migrated template again, once, before any worker copies it."""
    if session.config.getvalue("create_db") and not hasattr(session.config, "workerinput"):
        migrated_database.ensure_template(rebuild=True)


def pytest_itemcollected(item):
    item.stash[COLLECTED_AS] = next(COUNTER)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """After pytest-randomly has shuffled and pytest-django has put the tests that commit after
    the others: run the demo tests one after another, where the last of them was, and the
    browser tests last, in file order (some read what an earlier one did on the server)."""
    for item in items:
        if uses_demo(item) and is_transactional(item):
            raise pytest.UsageError(f"{item.nodeid}: a transactional test cannot share the demo")
    demo_slot = max((index for index, item in enumerate(items) if uses_demo(item)), default=0)
    position = {}
    for index, item in enumerate(items):
        if is_browser_test(item):
            position[id(item)] = (True, item.stash[COLLECTED_AS])
        else:
            position[id(item)] = (False, demo_slot if uses_demo(item) else index)
    items.sort(key=lambda item: position[id(item)])


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    """Before pytest-django opens a test's transaction, build the shared demo for a test that
    asks for it, or roll it back for a test that uses the database without it."""
    if fixturedef.argname == "_django_db_helper":
        if uses_demo(request.node):
            request.getfixturevalue("_shared_demo_until_the_end")
            SHARED_DEMO.open(request.getfixturevalue("django_db_blocker"))
        elif SHARED_DEMO.is_open:
            SHARED_DEMO.close(request.getfixturevalue("django_db_blocker"))
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test with ``serialized_rollback``, put the rows the migrations made back at once.

    Django empties the database at the end of such a test and reloads the saved rows only when
    the next such test starts, counting on the tests that commit to run last. pytest-django
    orders them so, but xdist hands out the tests that open many connections as one group
    (tests/worker_schedule.py), in the middle of the run: without this, every test after them
    on that worker would miss the "Editors" group, the root page and the other data the
    migrations made.
    """
    result = yield
    ran = "_django_db_helper" in getattr(item, "funcargs", {})  # not skipped
    if nextitem is not None and ran and restores_serialized_data(item):
        from django.db import connection

        with item.config.stash[blocking_manager_key].unblock():
            connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    return result


def pytest_terminal_summary(terminalreporter):
    if SHARED_DEMO.builds:
        terminalreporter.write_line(f"shared demo site built {SHARED_DEMO.builds} time(s)")


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_modify_db_settings
):
    """pytest-django's test database, copied from the migrated template instead of migrated
    (tests/migrated_database.py)."""
    from django.conf import settings
    from django.db import connection

    with django_db_blocker.unblock():
        old_name = connection.settings_dict["NAME"]
        test_name = connection.creation._get_test_db_name()
        if connection.vendor == "postgresql":
            migrated_database.create_postgresql_copy(migrated_database.database_url(), test_name)
        connection.close()
        settings.DATABASES[connection.alias]["NAME"] = test_name
        connection.settings_dict["NAME"] = test_name
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            migrated_database.copy_sqlite_template(connection)
        if any(restores_serialized_data(item) for item in request.session.items):
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()
    yield
    with django_db_blocker.unblock():
        connection.creation.destroy_test_db(old_name, verbosity=0)


def restores_serialized_data(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and validate_django_db(marker)[3])


@pytest.fixture(scope="session")
def _shared_demo_until_the_end(django_db_setup, django_db_blocker):
    """Roll the shared demo back before pytest-django removes the test database."""
    yield
    SHARED_DEMO.close(django_db_blocker)


@pytest.fixture
def demo_site(db) -> DemoSite:
    """The demo site as ``load_demo`` builds it (built once, see ``tests.demo_site``)."""
    return SHARED_DEMO.site


@pytest.fixture(scope="session", autouse=True)
def demo_files(tmp_path_factory):
    """``load_demo`` keeps the demo's vote codes in a file: in tests, not the developer's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DEMO_VOTE_CODES_FILE", str(tmp_path_factory.mktemp("demo") / "codes.txt"))
        yield


@pytest.fixture
def locales(db):
    """The Dutch (default) and English locales."""
    return Locale.objects.get(language_code="nl"), Locale.objects.get_or_create(language_code="en")[
        0
    ]


@pytest.fixture
def home(locales):
    """A published Dutch home page that is the root of the default site (the test database has
    no welcome page, see tests/migrated_database.py)."""
    root = Page.get_first_root_node()
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
