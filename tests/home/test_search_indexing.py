"""Search engines may crawl the search pages; only results for plain words of the site are
indexed, everything else says ``noindex`` (search spam, empty results, corrections, later pages)."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from wagtail.models import Page

from tests.factories import ContentPageFactory, SectionPageFactory
from tests.kcc_content.kcc_factories import publish_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_pages(home):
    cache.clear()
    section = SectionPageFactory(parent=home, title="Paspoort en ID-kaart", slug="paspoort-id")
    publish_product(section, title="Paspoort", slug="paspoort")
    ContentPageFactory(parent=home, title="Afval melden", slug="afval-melden", intro="Meld het.")
    yield
    cache.clear()


def robots_and_canonical(client, query: str, **extra) -> tuple[str | None, str | None]:
    """The robots meta content and the canonical address of the results page for ``query``."""
    response = client.get("/zoeken/", {"q": query, **extra})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    robots = soup.select_one('meta[name="robots"]')
    canonical = soup.select_one('link[rel="canonical"]')
    return (robots["content"] if robots else None, canonical["href"] if canonical else None)


def test_robots_txt_lets_search_engines_crawl_search_but_not_the_suggestions(client):
    rules = client.get("/robots.txt").content.decode().splitlines()

    assert "Disallow: /admin/" in rules
    assert "Disallow: /zoeken/suggesties/" in rules
    assert "Disallow: /en/search/suggestions/" in rules
    assert not [rule for rule in rules if rule in ("Disallow: /zoeken/", "Disallow: /en/search/")]


@pytest.mark.parametrize("query", ["paspoort", "Paspoort ", "afval melden"])
def test_results_for_words_of_the_site_are_indexed_under_one_address(client, site_pages, query):
    robots, canonical = robots_and_canonical(client, query)

    assert robots is None
    assert canonical in (
        "http://localhost/zoeken/?q=paspoort",
        "http://localhost/zoeken/?q=afval+melden",
    )
    assert canonical.endswith(query.strip().lower().replace(" ", "+"))


@pytest.mark.parametrize(
    "query",
    [
        "koop goedkope pillen online",  # words the site does not have: search spam
        "paspoort goedkope pillen",  # one unknown word is enough
        "paspoort afval melden nu",  # too long
        "paspoor",  # corrected to "paspoort"
        "xyzzy",  # no results
    ],
)
def test_other_results_are_not_indexed(client, site_pages, query):
    robots, canonical = robots_and_canonical(client, query)

    assert robots == "noindex, follow"
    assert canonical is None


def test_a_later_page_of_results_is_not_indexed(client, site_pages):
    section = Page.objects.get(slug="paspoort-id")
    for number in range(30):
        ContentPageFactory(parent=section, title=f"Paspoort vraag {number}", slug=f"p{number}")

    robots, _ = robots_and_canonical(client, "paspoort", pagina=2)

    assert robots == "noindex, follow"


def test_the_search_page_without_a_query_is_indexed(client, site_pages):
    robots, canonical = robots_and_canonical(client, "")

    assert robots is None
    assert canonical == "http://localhost/zoeken/"
