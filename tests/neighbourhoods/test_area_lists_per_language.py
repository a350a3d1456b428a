"""An area page in English lists the same items as the Dutch page of the area.

Each item shows in English where it has an English translation, and otherwise in Dutch, marked
with ``lang="nl"``, ``hreflang="nl"`` and "(in Dutch)" (``core.translated_lists``,
``core.templatetags.language_marks``). The issue: the English page said "no plans" where the
Dutch one showed an open consultation.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db.models import QuerySet
from django.test import RequestFactory
from wagtail.models import Locale, Page

from core.sections import AREA_PAGE_SECTIONS
from neighbourhoods.models import AreaPage
from tests.consultations.factories import ConsultationIndexPageFactory, make_consultation
from tests.factories import NewsIndexPageFactory, NewsPageFactory, publish_translation
from tests.neighbourhoods.factories import neighbourhood_page

pytestmark = pytest.mark.django_db


def soup(client, page) -> BeautifulSoup:
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section_links(document: BeautifulSoup, section_id: str) -> dict[str, dict]:
    """The links in a section of the page, by their text: href, lang, hreflang and whether the
    mark "(in Dutch)" follows."""
    links = {}
    for link in document.find("section", id=section_id).find_all("a"):
        mark = link.find_next_sibling("span", class_="language-mark")
        links[link.get_text(" ", strip=True)] = {
            "href": link["href"],
            "lang": link.get("lang"),
            "hreflang": link.get("hreflang"),
            "mark": mark.get_text(strip=True) if mark else None,
        }
    return links


@pytest.fixture
def english_area(english_home, area_index, village, locales):
    publish_translation(
        area_index, locales[1], title="In your neighbourhood", slug="in-your-neighbourhood"
    )
    return publish_translation(village, locales[1])


def test_the_english_area_page_shows_an_untranslated_open_consultation_marked_as_dutch(
    client, home, english_area, village
):
    index = ConsultationIndexPageFactory(parent=home)
    consultation = make_consultation(index, title="Het nieuwe plein", area=village.area)

    dutch = section_links(soup(client, village), "have-your-say")
    english_page = soup(client, english_area)
    english = section_links(english_page, "have-your-say")

    assert list(dutch) == list(english) == ["Het nieuwe plein"]
    assert english["Het nieuwe plein"] == {
        "href": f"{consultation.url}#only-in-dutch",
        "lang": "nl",
        "hreflang": "nl",
        "mark": "(in Dutch)",
    }
    assert dutch["Het nieuwe plein"]["mark"] is None
    assert dutch["Het nieuwe plein"]["hreflang"] is None
    text = english_page.find("section", id="have-your-say").get_text(" ", strip=True)
    assert "no plans" not in text


def test_a_translated_consultation_shows_in_english_without_a_mark(
    client, home, english_home, english_area, village, locales
):
    index = ConsultationIndexPageFactory(parent=home)
    consultation = make_consultation(index, title="Het nieuwe plein", area=village.area)
    publish_translation(index, locales[1], title="Have your say", slug="have-your-say")
    english_consultation = publish_translation(consultation, locales[1], title="The new square")

    english = section_links(soup(client, english_area), "have-your-say")

    assert english == {
        "The new square": {
            "href": english_consultation.url,
            "lang": None,
            "hreflang": None,
            "mark": None,
        }
    }


def test_the_english_area_page_lists_the_dutch_news_each_in_english_where_translated(
    client, home, english_home, english_area, village, locales
):
    news_index = NewsIndexPageFactory(parent=home)
    roadworks = NewsPageFactory(
        parent=news_index,
        title="Werk aan de weg",
        area=village.area,
        date=datetime.date(2026, 3, 2),
    )
    NewsPageFactory(
        parent=news_index,
        title="Nieuwe bankjes",
        area=village.area,
        date=datetime.date(2026, 3, 1),
    )
    publish_translation(news_index, locales[1], title="News", slug="news")
    publish_translation(roadworks, locales[1], title="Road works")

    english = section_links(soup(client, english_area), "news")

    assert list(english) == ["Road works", "Nieuwe bankjes"]
    assert english["Road works"]["mark"] is None
    assert english["Nieuwe bankjes"]["lang"] == "nl"
    assert english["Nieuwe bankjes"]["mark"] == "(in Dutch)"
    assert list(section_links(soup(client, village), "news")) == [
        "Werk aan de weg",
        "Nieuwe bankjes",
    ]


def test_a_neighbourhood_without_an_english_page_is_still_listed_on_the_english_village(
    client, english_area, village
):
    neighbourhood_page(village, "Centrum", "centrum")

    english = section_links(soup(client, english_area), "neighbourhoods")

    assert english["Centrum"]["lang"] == "nl"
    assert english["Centrum"]["hreflang"] == "nl"
    assert english["Centrum"]["mark"] == "(in Dutch)"


# The demo --------------------------------------------------------------------------------------


def listed_items(value) -> list:
    """What a section lists, comparable between languages: pages by translation key, other
    records (meetings, initiatives, proposals) by their own identity."""
    if isinstance(value, Page):
        return [("page", value.translation_key)]
    if isinstance(value, list | tuple | QuerySet):
        return [item for element in value for item in listed_items(element)]
    if hasattr(value, "uid"):  # an agenda item: one date of a meeting or of office hours
        return [("agenda", value.uid)]
    if isinstance(getattr(value, "page", None), Page):  # a contact: a row of its area page
        return [(value._meta.label, value.page.translation_key, value.sort_order)]
    if hasattr(value, "_meta"):
        return [(value._meta.label, value.pk)]
    return []


def section_items(page) -> dict[str, list]:
    request = RequestFactory().get(page.url)
    return {
        shown.name: [item for value in shown.context.values() for item in listed_items(value)]
        for shown in AREA_PAGE_SECTIONS.shown(page, request)
    }


def test_every_english_demo_area_page_lists_the_same_items_as_the_dutch_one(demo_site):
    english_pages = AreaPage.objects.live().filter(locale__language_code="en")
    assert english_pages.count() == 7
    open_consultations = 0
    for english in english_pages:
        dutch = english.get_translation(Locale.get_default())
        dutch_items = section_items(dutch)
        open_consultations += len(dutch_items.get("have-your-say", []))

        assert section_items(english) == dutch_items, english.url
        assert [page.translation_key for page in english.neighbourhoods()] == [
            page.translation_key for page in dutch.neighbourhoods()
        ]
    assert open_consultations, "the demo has consultations about areas"
