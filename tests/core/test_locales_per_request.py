"""Locales are read once per request (``core.locales_per_request``), and always the right one.

``page.localized`` asked the database for the active locale on every call: twenty queries on a
page that lists twenty items. Within a request the locales are now read once; the answer still
follows the active language (``translation.override``), a locale added during the request, and
nothing is kept after the request.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

from core.locales_per_request import RememberLocalesPerRequestMiddleware, locale_of
from tests import in_a_request
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def during_a_request(view):
    return in_a_request.during_a_request(RememberLocalesPerRequestMiddleware, view)


def test_a_request_reads_the_locales_once_however_often_it_asks(locales):
    def ask_twenty_times():
        with CaptureQueriesContext(connection) as queries:
            active = [Locale.get_active() for _ in range(20)]
            default = Locale.get_default()
        return active, default, len(queries)

    active, default, query_count = during_a_request(ask_twenty_times)

    assert {locale.language_code for locale in active} == {"nl"}
    assert default.language_code == "nl"
    assert query_count == 1


def test_switching_language_in_a_request_gives_that_languages_locale(locales):
    def ask_in_both_languages():
        with translation.override("en"):
            english = Locale.get_active()
        dutch = Locale.get_active()
        with translation.override("en"):
            english_again = Locale.get_active()
        return english, dutch, english_again

    english, dutch, english_again = during_a_request(ask_in_both_languages)

    assert (english, dutch, english_again) == (locales[1], locales[0], locales[1])


def test_a_locale_added_during_a_request_is_found(locales):
    locales[1].delete()

    def add_english_and_ask():
        with translation.override("en"):
            before = Locale.get_active()  # no English locale: the default one
            added = Locale.objects.create(language_code="en")
            after = Locale.get_active()
        return before, added, after

    before, added, after = during_a_request(add_english_and_ask)

    assert before.language_code == "nl"
    assert after == added


def test_nothing_is_remembered_outside_a_request(locales):
    during_a_request(Locale.get_active)

    with CaptureQueriesContext(connection) as queries:
        Locale.get_active()
        Locale.get_active()

    assert len(queries) == 2  # Wagtail's own behaviour: one query per call


def test_locale_of_a_page_costs_no_query_in_a_request_and_is_kept_on_the_page(home):
    pages = [ContentPageFactory(parent=home) for _ in range(5)]
    fresh = [type(page).objects.get(pk=page.pk) for page in pages]

    def read_their_locales():
        with CaptureQueriesContext(connection) as queries:
            codes = [locale_of(page).language_code for page in fresh]
            again = [page.locale.language_code for page in fresh]
        return codes, again, len(queries)

    codes, again, query_count = during_a_request(read_their_locales)

    assert codes == again == ["nl"] * 5
    assert query_count == 1  # the request's one read of the locales
