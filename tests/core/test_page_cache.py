"""Anonymous pages are kept and served from the page cache, purged when what they show changes,
and nothing personal (a form's CSRF token, a message, an editor's view) is ever kept."""

import os
import uuid

import pytest
import redis
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core import page_cache
from home.models.site_settings import MainMenuItem, NavigationSettings
from tests.factories import ContentPageFactory, SectionPageFactory, feedback_answer
from tests.kcc_content.kcc_factories import publish_answer, publish_product
from tests.page_cache_fixtures import SITE_HOST, switch_on

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home):
    return SectionPageFactory(parent=home, slug="afval", title="Afval", show_in_menus=False)


@pytest.fixture
def page(section):
    return ContentPageFactory(parent=section, slug="grofvuil", title="Grofvuil")


def publish(page, captured, **changes):
    """Publish a new revision of ``page`` and run what waits for the commit (the purge)."""
    for name, value in changes.items():
        setattr(page, name, value)
    with captured(execute=True):
        page.save_revision().publish()


def test_an_anonymous_page_is_public_for_shared_caches_and_sets_no_cookie(visitor, page):
    response = visitor.get("/afval/grofvuil/")

    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=600"
    assert "cookie" not in response.get("Vary", "").lower()
    assert not response.cookies


def test_the_second_visit_is_served_from_the_cache_without_a_query(
    purged, visitor, page, django_assert_num_queries
):
    first = visitor.get("/afval/grofvuil/")
    with django_assert_num_queries(0):
        second = visitor.get("/afval/grofvuil/")

    assert first[page_cache.STATUS_HEADER] == "MISS"
    assert second[page_cache.STATUS_HEADER] == "HIT"
    assert second.content == first.content
    assert second["Cache-Control"] == first["Cache-Control"]


def test_publishing_a_page_purges_exactly_the_addresses_that_show_it(
    purged, visitor, home, section, page, django_capture_on_commit_callbacks
):
    elsewhere = SectionPageFactory(parent=home, slug="werk", title="Werk", show_in_menus=False)
    purged.clear()

    publish(page, django_capture_on_commit_callbacks, title="Grofvuil ophalen")

    assert sorted(set(purged)) == [
        "http://localhost/",  # the home page lists the sections
        "http://localhost/afval/",  # the section lists its pages
        "http://localhost/afval/grofvuil/",
        "http://localhost/sitemap.xml",
    ]
    assert elsewhere.url not in {url.removeprefix("http://localhost") for url in purged}


def test_after_publishing_residents_see_the_new_title_at_once(
    purged, visitor, page, django_capture_on_commit_callbacks
):
    visitor.get("/afval/grofvuil/")
    visitor.get("/afval/")

    publish(page, django_capture_on_commit_callbacks, title="Grofvuil ophalen")

    for path in ("/afval/grofvuil/", "/afval/"):
        response = visitor.get(path)
        assert response[page_cache.STATUS_HEADER] == "MISS"
        assert "Grofvuil ophalen" in response.content.decode()


def test_a_purge_forgets_every_query_string_of_an_address(
    purged, visitor, section, page, django_capture_on_commit_callbacks
):
    visitor.get("/afval/?pagina=2")
    assert visitor.get("/afval/?pagina=2")[page_cache.STATUS_HEADER] == "HIT"

    publish(page, django_capture_on_commit_callbacks)

    assert visitor.get("/afval/?pagina=2")[page_cache.STATUS_HEADER] == "MISS"


def test_unpublishing_purges_the_page_and_its_section(
    purged, visitor, page, django_capture_on_commit_callbacks
):
    visitor.get("/afval/grofvuil/")

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    assert "http://localhost/afval/grofvuil/" in purged
    assert "http://localhost/afval/" in purged
    assert visitor.get("/afval/grofvuil/").status_code == 404


def test_moving_a_page_purges_its_old_and_new_addresses(
    purged, visitor, home, page, django_capture_on_commit_callbacks
):
    target = SectionPageFactory(parent=home, slug="wonen", title="Wonen", show_in_menus=False)
    visitor.get("/afval/grofvuil/")
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        page.move(target, pos="last-child")

    assert {"http://localhost/afval/grofvuil/", "http://localhost/wonen/grofvuil/"} <= set(purged)
    assert {"http://localhost/afval/", "http://localhost/wonen/"} <= set(purged)
    moved = visitor.get("/afval/grofvuil/")  # Wagtail's redirect to the new address
    assert (moved.status_code, moved["Location"]) == (301, "/wonen/grofvuil/")


def test_deleting_a_page_purges_it_and_its_section(
    purged, visitor, page, django_capture_on_commit_callbacks
):
    visitor.get("/afval/grofvuil/")

    with django_capture_on_commit_callbacks(execute=True):
        page.delete()

    assert {"http://localhost/afval/grofvuil/", "http://localhost/afval/"} <= set(purged)
    assert visitor.get("/afval/grofvuil/").status_code == 404


def test_a_page_in_the_menu_purges_every_page(
    purged, visitor, home, section, page, django_capture_on_commit_callbacks
):
    settings_ = NavigationSettings.for_site(home.get_site())
    with django_capture_on_commit_callbacks(execute=True):
        settings_.main_menu_items.create(page=section)
        settings_.save()
    purged.clear()

    publish(section, django_capture_on_commit_callbacks, title="Afval en milieu")

    assert "http://localhost/afval/grofvuil/" in purged
    menu = visitor.get("/afval/grofvuil/")
    assert menu[page_cache.STATUS_HEADER] == "MISS"
    assert "Afval en milieu" in menu.content.decode()


def test_saving_a_setting_purges_every_page(
    purged, visitor, home, page, django_capture_on_commit_callbacks
):
    visitor.get("/afval/grofvuil/")

    with django_capture_on_commit_callbacks(execute=True):
        NavigationSettings.for_site(home.get_site()).save()

    assert {"http://localhost/", "http://localhost/afval/", "http://localhost/afval/grofvuil/"} <= (
        set(purged)
    )
    assert visitor.get("/afval/grofvuil/")[page_cache.STATUS_HEADER] == "MISS"


def test_an_editor_is_never_served_a_kept_page_and_their_page_is_never_kept(purged, page):
    Client(HTTP_HOST=SITE_HOST).get("/afval/grofvuil/")
    editor = get_user_model().objects.create_superuser("redacteur", "r@example.org", "geheim-123")
    client = Client(HTTP_HOST=SITE_HOST)
    client.force_login(editor)

    response = client.get("/afval/grofvuil/")

    assert page_cache.STATUS_HEADER not in response
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_the_thank_you_message_is_shown_and_never_kept(purged, page):
    resident = Client(HTTP_HOST=SITE_HOST)
    resident.get("/afval/grofvuil/")  # now kept, without a message

    answered = resident.post(f"/feedback/{page.pk}/", feedback_answer(page, "yes"), follow=True)

    assert "Bedankt voor uw antwoord." in answered.content.decode()
    assert "no-store" in answered["Cache-Control"]
    assert answered.get(page_cache.STATUS_HEADER) != "HIT"
    kept = Client(HTTP_HOST=SITE_HOST).get("/afval/grofvuil/")
    assert kept[page_cache.STATUS_HEADER] == "HIT"
    assert "Bedankt voor uw antwoord." not in kept.content.decode()


def test_the_comment_form_after_no_is_never_kept(purged, page):
    resident = Client(HTTP_HOST=SITE_HOST)

    comment_form = resident.post(f"/feedback/{page.pk}/", feedback_answer(page, "no"), follow=True)

    assert "csrfmiddlewaretoken" in comment_form.content.decode()
    assert comment_form["Cache-Control"] == "private, no-store"
    assert comment_form.get(page_cache.STATUS_HEADER) is None


def test_an_address_with_a_secret_in_its_path_is_never_public(purged, visitor, home):
    response = visitor.get("/afspraak/AF-7KQ2M9/Zx8kQ2pLm4Nw7RtY9vB3/")

    assert "private" in response["Cache-Control"]


def test_a_response_for_a_host_the_site_does_not_serve_is_not_kept(purged, page, settings):
    settings.ALLOWED_HOSTS = [SITE_HOST]
    response = Client(HTTP_HOST="evil.example").get("/afval/grofvuil/")

    assert response.status_code == 400
    assert page_cache.STATUS_HEADER not in response


def test_a_page_asked_for_on_another_name_of_the_site_is_not_kept_and_the_log_says_why(
    purged, page, settings, caplog, monkeypatch
):
    monkeypatch.setattr(page_cache, "_reported_sites", set())  # said once per process
    # "www.localhost" is allowed and gets the default site, whose address is "localhost": a
    # purge names "localhost", so a copy kept under "www.localhost" could never be purged.
    settings.ALLOWED_HOSTS = [SITE_HOST, f"www.{SITE_HOST}"]
    other_name = Client(HTTP_HOST=f"www.{SITE_HOST}")

    with caplog.at_level("WARNING", logger="core.page_cache"):
        first = other_name.get("/afval/grofvuil/")
        second = other_name.get("/afval/grofvuil/")
    on_its_address = Client(HTTP_HOST=SITE_HOST).get("/afval/grofvuil/")

    assert first.status_code == second.status_code == 200
    assert page_cache.STATUS_HEADER not in first and page_cache.STATUS_HEADER not in second
    assert "Grofvuil" in second.content.decode()
    assert on_its_address[page_cache.STATUS_HEADER] == "MISS"
    assert [record.getMessage() for record in caplog.records] == [
        f"Page cache: not keeping responses for host www.{SITE_HOST}, because its Wagtail "
        f"site's address is {SITE_HOST} and purges name that address. Set the site's hostname "
        "and port (Settings > Sites) to the address residents use."
    ]


def test_any_number_of_host_names_are_reported_once_per_site(
    purged, page, settings, caplog, monkeypatch
):
    monkeypatch.setattr(page_cache, "_reported_sites", set())
    # A wildcard in ALLOWED_HOSTS admits any subdomain: the log (and the memory of what it said)
    # must not grow with the host names a client makes up.
    settings.ALLOWED_HOSTS = [SITE_HOST, f".{SITE_HOST}"]

    with caplog.at_level("WARNING", logger="core.page_cache"):
        responses = [
            Client(HTTP_HOST=f"x{n}.{SITE_HOST}").get("/afval/grofvuil/") for n in range(20)
        ]

    assert {response.status_code for response in responses} == {200}
    assert not any(page_cache.STATUS_HEADER in response for response in responses)
    assert len(caplog.records) == 1
    assert page_cache._reported_sites == {SITE_HOST}


def test_the_cache_can_be_switched_off(purged, visitor, page, settings):
    settings.PAGE_CACHE_SERVER = False
    visitor.get("/afval/grofvuil/")

    response = visitor.get("/afval/grofvuil/")

    assert page_cache.STATUS_HEADER not in response
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=600"


def test_a_browser_that_prefers_english_gets_its_own_copy_of_a_dutch_page(purged, visitor, page):
    visitor.get("/afval/grofvuil/", HTTP_ACCEPT_LANGUAGE="nl-NL,nl;q=0.9")

    english_browser = visitor.get("/afval/grofvuil/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")

    assert english_browser[page_cache.STATUS_HEADER] == "MISS"
    assert "Accept-Language" in english_browser["Vary"]


def test_not_found_is_not_kept(purged, visitor, home):
    visitor.get("/bestaat-niet/")

    response = visitor.get("/bestaat-niet/")

    assert response.status_code == 404
    assert page_cache.STATUS_HEADER not in response
    assert "no-cache" in response["Cache-Control"]


def test_pages_are_purged_for_every_live_page_when_the_menu_changes(
    purged, home, section, page, django_capture_on_commit_callbacks
):
    urls = {Page.objects.get(pk=p.pk).get_full_url() for p in (home, section, page)}

    with django_capture_on_commit_callbacks(execute=True):
        NavigationSettings.for_site(home.get_site()).save()

    assert urls <= set(purged)


def test_the_menu_fragment_is_kept_and_shows_a_renamed_menu_page_at_once(
    purged, settings, visitor, home, section, page, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SERVER = False  # only the fragments
    MainMenuItem.objects.create(setting=NavigationSettings.for_site(home.get_site()), page=section)
    visitor.get("/afval/grofvuil/")

    publish(section, django_capture_on_commit_callbacks, title="Afval en milieu")
    html = visitor.get("/afval/grofvuil/").content.decode()

    soup = BeautifulSoup(html, "html.parser")
    menu = [link.get_text(strip=True) for link in soup.select("#site-nav a")]
    crumbs = [link.get_text(strip=True) for link in soup.select(".site-breadcrumbs a")]
    assert menu == ["Afval en milieu"]
    assert "Afval en milieu" in crumbs


def test_kept_fragments_save_queries_on_a_page_that_is_not_kept(purged, settings, visitor, page):
    settings.PAGE_CACHE_SERVER = False

    with CaptureQueriesContext(connection) as first:
        visitor.get("/afval/grofvuil/")
    with CaptureQueriesContext(connection) as second:
        visitor.get("/afval/grofvuil/")

    assert len(second) < len(first)


def test_publishing_an_answer_purges_the_product_pages_that_show_it(
    purged, home, locales, django_capture_on_commit_callbacks
):
    answer = publish_answer(locales[0])
    product = publish_product(home, slug="paspoort")
    product.related_answers.add(answer)
    product.save_revision().publish()
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        answer.question = "Paspoort kwijt: wat nu?"
        answer.save_revision().publish()

    assert "http://localhost/paspoort/" in purged


@pytest.fixture
def purged_on_redis(settings):
    """The page cache on Redis, as production runs it (keys of this test only)."""
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip(f"Redis does not answer at {url} (CI starts it: .ci/run)")
    prefix = f"test-pages-{uuid.uuid4().hex}"
    purged = switch_on(
        settings,
        {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        },
    )
    yield purged
    client = redis.Redis.from_url(url)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def test_on_redis_a_page_is_kept_and_purged_on_publish(
    purged_on_redis, visitor, page, django_capture_on_commit_callbacks
):
    visitor.get("/afval/grofvuil/")
    assert visitor.get("/afval/grofvuil/")[page_cache.STATUS_HEADER] == "HIT"

    publish(page, django_capture_on_commit_callbacks, title="Grofvuil ophalen")

    fresh = visitor.get("/afval/grofvuil/")
    assert fresh[page_cache.STATUS_HEADER] == "MISS"
    assert "Grofvuil ophalen" in fresh.content.decode()
    assert "http://localhost/afval/grofvuil/" in purged_on_redis


def test_search_results_are_never_kept(purged, visitor, page):
    visitor.get("/zoeken/?q=grofvuil")

    response = visitor.get("/zoeken/?q=grofvuil")

    assert page_cache.STATUS_HEADER not in response
    assert response["Cache-Control"] == "no-cache, max-age=0"
