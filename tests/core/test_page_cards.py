"""Pages for a list of cards are read with only what a card shows (``core.page_cards``)."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core.page_cards import for_cards
from tests.factories import ContentPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed_pages(home):
    """A content page, a news item with an image and another content page, in that order."""
    news_index = NewsIndexPageFactory(parent=home)
    image = wagtail_factories.ImageFactory(title="Plein", description="Het plein met bomen.")
    return [
        ContentPageFactory(parent=home, title="Grofvuil", intro="Zo laat u grofvuil ophalen."),
        NewsPageFactory(parent=news_index, title="Nieuw plein", image=image),
        ContentPageFactory(parent=home, title="Milieustraat"),
    ]


def test_cards_are_the_specific_pages_in_their_order(mixed_pages):
    generic = [Page.objects.get(pk=page.pk) for page in mixed_pages]

    cards = for_cards(generic)

    assert [type(card).__name__ for card in cards] == ["ContentPage", "NewsPage", "ContentPage"]
    assert [card.pk for card in cards] == [page.pk for page in mixed_pages]


def test_cards_leave_the_bodies_unread_and_show_without_more_queries(mixed_pages):
    pks = [page.pk for page in mixed_pages]
    cards = for_cards(Page.objects.filter(pk__in=pks).order_by("pk"))

    with CaptureQueriesContext(connection) as queries:
        shown = [
            (card.title, card.intro, getattr(card, "image", None), card.locale.language_code)
            for card in cards
        ]

    assert len(queries) == 0
    assert shown[0] == ("Grofvuil", "Zo laat u grofvuil ophalen.", None, "nl")
    assert shown[1][2].title == "Plein"
    assert all("body" in card.get_deferred_fields() for card in cards)


def test_a_list_of_cards_costs_one_query_per_page_type(home, mixed_pages):
    more = [ContentPageFactory(parent=home, title=f"Pagina {number}") for number in range(10)]
    generic = [Page.objects.get(pk=page.pk) for page in [*mixed_pages, *more]]

    with CaptureQueriesContext(connection) as queries:
        for_cards(generic)

    # Content pages; news items; the news items' image renditions.
    assert len(queries) == 3
