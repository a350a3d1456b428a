"""The cookie statement lists every cookie the site sets for a resident, and says plainly that
there are no tracking cookies."""

import fnmatch
from dataclasses import dataclass

from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from wagtail.models import Page

from consultations.models import ConsultationPage
from consultations.survey_uniqueness import cookie_name
from legal.models import CookieStatementPage


@dataclass
class SurveyStandIn:
    """What ``cookie_name`` reads of a survey page."""

    pk: int


def listed_cookies(language: str = "nl") -> list[str]:
    """The cookie names on the demo's cookie statement, with … as a wildcard."""
    page = CookieStatementPage.objects.get(locale__language_code=language)
    return [cookie.cookie.replace("…", "*") for cookie in page.cookies.all()]


def is_listed(name: str, listed: list[str]) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in listed)


def test_the_cookie_statement_says_there_are_no_tracking_cookies(demo_site, client):
    for path, sentence in (
        ("/cookies/", "Wij gebruiken geen cookies om u te volgen."),
        ("/en/cookies/", "We do not use cookies to follow you."),
    ):
        main = BeautifulSoup(client.get(path).content, "html.parser").find("main")
        assert sentence in main.get_text(" ", strip=True)
        assert main.select("section.cookie h3 code")


def test_the_cookies_the_code_sets_are_listed_in_both_languages(demo_site):
    names = [
        settings.CSRF_COOKIE_NAME,
        settings.SESSION_COOKIE_NAME,
        CookieStorage.cookie_name,
        cookie_name(SurveyStandIn(pk=7)),
    ]

    for language in ("nl", "en"):
        listed = listed_cookies(language)
        assert [name for name in names if not is_listed(name, listed)] == []


def test_every_cookie_a_resident_gets_while_browsing_is_listed(demo_site, client):
    received = set()
    for page in Page.objects.live().filter(depth__gt=1).specific()[:30]:
        response = client.get(page.url)
        received |= set(response.cookies)
    # A page with a form residents fill in (most pages set no cookie at all).
    consultation = ConsultationPage.objects.live().first()
    received |= set(client.get(consultation.url).cookies)
    # A "no" to "was this page helpful?" leaves a message for the next page.
    home = Page.objects.get(depth=2, locale__language_code="nl")
    token = client.cookies.get(settings.CSRF_COOKIE_NAME)
    response = client.post(
        f"/feedback/{home.pk}/",
        {"helpful": "no", "csrfmiddlewaretoken": token.value if token else ""},
    )
    received |= set(response.cookies)

    listed = listed_cookies()
    assert settings.CSRF_COOKIE_NAME in received
    assert [name for name in sorted(received) if not is_listed(name, listed)] == []
    assert settings.LANGUAGE_COOKIE_NAME not in received
