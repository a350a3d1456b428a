"""Site search: language, promotions, logging, pagination, empty results and hostile input."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.search_counts import flush_search_counts
from tests.factories import ContentPageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def passport_pages(home, english_home):
    section = SectionPageFactory(parent=home, title="Paspoort en ID-kaart", slug="paspoort")
    apply = ContentPageFactory(
        parent=section, title="Paspoort aanvragen", intro="Zo vraagt u een paspoort aan."
    )
    ContentPageFactory(parent=home, title="Grofvuil", intro="Wij halen grofvuil op.")
    return section, apply


def test_search_finds_dutch_pages_and_logs_the_query(client, passport_pages):
    response = client.get("/zoeken/", {"q": "paspoort"})
    flush_search_counts()

    html = response.content.decode()
    assert response.status_code == 200
    assert "Paspoort aanvragen" in html
    assert "Grofvuil" not in html
    assert Query.get("paspoort").hits == 1


def test_search_only_returns_pages_in_the_active_language(client, passport_pages, locales):
    english = passport_pages[1].copy_for_translation(locales[1], copy_parents=True)
    english.title = "Apply for a passport (paspoort)"
    english.save_revision().publish()

    dutch = client.get("/zoeken/", {"q": "paspoort"}).content.decode()
    english_results = client.get("/en/search/", {"q": "paspoort"}).content.decode()

    assert "Apply for a passport" not in dutch
    assert "Apply for a passport" in english_results
    assert 'lang="en"' in english_results


def test_promoted_result_comes_first(client, passport_pages):
    section, _ = passport_pages
    SearchPromotion.objects.create(
        query=Query.get("id-kaart"), page=section, sort_order=0, description="Alles over ID"
    )

    html = client.get("/zoeken/", {"q": "id-kaart"}).content.decode()

    assert "search-results__item--promoted" in html
    assert html.index("Alles over ID") < html.index("search-summary") + 10_000


def test_no_results_suggests_contact_options(client, passport_pages):
    html = client.get("/zoeken/", {"q": "xyzzyplugh"}).content.decode()

    assert "0 resultaten" in html
    assert "14 0162" in html
    assert "Niet gevonden wat u zoekt?" in html


def test_search_results_are_paginated(client, home):
    for number in range(15):
        ContentPageFactory(parent=home, title=f"Afvalwijzer {number}", intro="Over afval.")

    first = client.get("/zoeken/", {"q": "afvalwijzer"}).content.decode()
    second = client.get("/zoeken/", {"q": "afvalwijzer", "pagina": "2"}).content.decode()
    hostile = client.get("/zoeken/", {"q": "afvalwijzer", "pagina": "-1 OR 1=1"})

    assert "15 resultaten" in first
    assert first.count("search-results__item") == 10
    assert second.count("search-results__item") == 5
    assert "pagina=2" in first
    assert hostile.status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "a" * 5000,
        "paspoort" * 700,
        "'; DROP TABLE wagtailcore_page; --",
        '" OR 1=1 --',
        "🙂🏳️‍🌈 ‮ zalgo z̷̢a̸l̴g̶o̵",
        "\x00\x01\x02 nul",
        "<script>alert(1)</script>",
        "paspoort AND NOT OR (",
        "*?~^\\",
    ],
)
def test_hostile_or_odd_queries_return_a_normal_page(client, passport_pages, query):
    response = client.get("/zoeken/", {"q": query})

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_empty_query_shows_the_search_form(client, home):
    response = client.get("/zoeken/")

    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


@pytest.mark.skipif(
    "postgresql" not in __import__("django.conf").conf.settings.DATABASES["default"]["ENGINE"],
    reason="Dutch stemming in the database needs PostgreSQL (run with DATABASE_URL)",
)
def test_postgresql_search_uses_dutch_stemming(client, home):
    ContentPageFactory(parent=home, title="Paspoort aanvragen", intro="Een paspoort aanvragen.")

    html = client.get("/zoeken/", {"q": "paspoorten"}).content.decode()

    assert "Paspoort aanvragen" in html
