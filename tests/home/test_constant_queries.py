"""Constant work per page: the queries of a public view do not grow with the site.

Each test builds a small site, counts the queries of a view, adds many more pages (children,
siblings, news, related items, translations) and counts again: the count must be the same, and
below a hard maximum. Counting is explained in ``tests/query_counts.py``; the area page has its
own test (``tests/neighbourhoods/test_area_page_queries.py``).
"""

import datetime

import pytest

from home.sitemap import MultilingualSitemap
from tests.factories import (
    ContentPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    SectionPageFactory,
)
from tests.kcc_content.kcc_factories import publish_answer, publish_product
from tests.query_counts import grown, queries_of, warm

pytestmark = pytest.mark.django_db

#: Children added to a section: more than ten pages of cards (``SECTION_CHILDREN_PER_PAGE``).
MANY_CHILDREN = 250

#: The most queries each view may make with nothing cached (header, menu, footer and
#: breadcrumbs included). What they make in these tests: home 28 (English 36), section 26,
#: content page 25, product 29 (English 35), a page of the sitemap 8, the sitemap index 4,
#: search 25.
MAX_QUERIES = {
    "home": 40,
    "section": 29,
    "content": 28,
    "product": 39,
    "sitemap": 10,
    "sitemap index": 6,
    "search": 28,
}


@pytest.fixture
def assert_costs_the_same(client, django_assert_max_num_queries):
    """``check(url, before, maximum)``: ``url`` makes as many queries as ``before`` (the queries
    counted on the smaller site), and at most ``maximum``."""

    def check(url: str, before: list[dict], maximum: int) -> None:
        warm(client, url)
        with django_assert_max_num_queries(maximum) as now:
            client.get(url)
        assert len(now) == len(before), f"{url}:\n{grown(before, now)}"

    return check


def translate(item, locale, **fields):
    """Publish the translation of a page (its parent translated) or an answer in ``locale``."""
    translation = item.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    translation.save_revision().publish()
    return translation


def add_pages(parent, count: int, title: str) -> list:
    """``count`` content pages under ``parent``."""
    return [ContentPageFactory(parent=parent, title=f"{title} {n}") for n in range(count)]


def test_a_section_page_costs_the_same_with_250_children(
    client, home, assert_costs_the_same, django_assert_max_num_queries
):
    section = SectionPageFactory(parent=home, title="Afval", slug="afval")
    add_pages(section, 3, "Afvalpagina")
    publish_product(section, title="Minicontainer aanvragen", slug="minicontainer")
    few = queries_of(client, "/afval/")

    add_pages(section, MANY_CHILDREN, "Nog een afvalpagina")
    for number in range(5):
        publish_product(section, title=f"Product {number}", slug=f"product-{number}")

    assert_costs_the_same("/afval/", few, MAX_QUERIES["section"])
    assert_costs_the_same("/afval/?pagina=999", few, MAX_QUERIES["section"])  # the last page
    # A page of content pages only costs one query less: no product cards to read.
    warm(client, "/afval/?pagina=5")
    with django_assert_max_num_queries(len(few)):
        client.get("/afval/?pagina=5")


def test_the_home_page_costs_the_same_with_many_more_pages_news_and_tiles(
    client, home, english_home, assert_costs_the_same
):
    section = SectionPageFactory(parent=home, title="Afval", slug="afval")
    translate(section, english_home.locale, title="Waste", slug="waste")
    tasks = add_pages(section, 8, "Taak")
    news = NewsIndexPageFactory(parent=home, slug="nieuws")
    NewsPageFactory(parent=news, title="Bericht", date=datetime.date(2026, 5, 1))
    translate(news, english_home.locale, title="News", slug="news")

    def choose_tiles(count: int) -> None:
        """The first ``count`` tasks as top tasks and life events of both home pages."""
        for pk in (home.pk, english_home.pk):
            page = type(home).objects.get(pk=pk)  # fresh: publishing writes the tree fields
            page.top_tasks = [("task", {"page": task, "title": ""}) for task in tasks[:count]]
            page.life_events = [
                ("life_event", {"page": task, "title": "Verhuizen", "text": "Wat u regelt."})
                for task in tasks[:count]
            ]
            page.save_revision().publish()

    choose_tiles(1)
    few = {url: queries_of(client, url) for url in ("/", "/en/")}

    choose_tiles(8)
    for task in tasks[:4]:
        translate(task, english_home.locale, title=f"Task {task.pk}", slug=f"task-{task.pk}")
    for number in range(5):
        item = NewsPageFactory(parent=news, title=f"Bericht {number}")
        if number % 2:
            translate(item, english_home.locale, title=f"News {number}", slug=f"news-{number}")
    for number in range(5):
        topic = SectionPageFactory(parent=home, title=f"Onderwerp {number}")
        add_pages(topic, 4, f"Pagina {number}")

    for url, before in few.items():
        assert_costs_the_same(url, before, MAX_QUERIES["home"])


def test_a_content_page_costs_the_same_with_many_siblings_and_children(
    client, home, assert_costs_the_same
):
    section = SectionPageFactory(parent=home, title="Afval", slug="afval")
    page = ContentPageFactory(parent=section, title="Grofvuil", slug="grofvuil")
    few = queries_of(client, "/afval/grofvuil/")

    add_pages(section, 20, "Buurpagina")
    add_pages(page, 20, "Onderliggende pagina")

    assert_costs_the_same("/afval/grofvuil/", few, MAX_QUERIES["content"])


def test_a_search_costs_the_same_whether_it_finds_12_pages_or_150(
    client, home, assert_costs_the_same
):
    # Only the ten results shown are read as their own page types (one query per type); the
    # others are ordered as plain pages.
    section = SectionPageFactory(parent=home, title="Afval", slug="afval")
    add_pages(section, 12, "Afvalwijzer")
    few = queries_of(client, "/zoeken/?q=afvalwijzer")

    add_pages(section, 138, "Afvalwijzer extra")
    news = NewsIndexPageFactory(parent=home)
    for number in range(10):
        NewsPageFactory(parent=news, title=f"Afvalwijzer nieuws {number}")

    assert_costs_the_same("/zoeken/?q=afvalwijzer", few, MAX_QUERIES["search"])


def test_a_product_page_costs_the_same_with_more_related_answers_and_products(
    client, home, english_home, locales, assert_costs_the_same
):
    section = SectionPageFactory(parent=home, title="Paspoort en ID-kaart", slug="paspoort-en-id")
    translate(section, locales[1], title="Passport and ID card", slug="passport-and-id")
    product = publish_product(section, title="Paspoort", slug="paspoort")
    english_product = translate(product, locales[1], title="Passport", slug="passport")

    def relate(number: int) -> None:
        """One more related answer and related product (both translated) on both pages."""
        answer = publish_answer(locales[0], question=f"Vraag {number} over het paspoort?")
        translate(answer, locales[1], question=f"Question {number} about the passport?")
        other = publish_product(section, title=f"ID-kaart {number}", slug=f"id-kaart-{number}")
        translate(other, locales[1], title=f"ID card {number}", slug=f"id-card-{number}")
        for page in (product, english_product):
            page.related_answers.add(answer)
            page.related_products.add(other)
            page.save_revision().publish()

    relate(1)
    few = {url: queries_of(client, url) for url in (product.url, english_product.url)}

    for number in range(2, 6):
        relate(number)
    add_pages(section, 20, "Paspoortpagina")

    for url, before in few.items():
        assert_costs_the_same(url, before, MAX_QUERIES["product"])


@pytest.fixture
def ten_per_sitemap(monkeypatch):
    """Sitemap pages of ten addresses, so a small test site needs a sitemap index."""
    monkeypatch.setattr(MultilingualSitemap, "limit", 10)


def test_the_sitemap_index_and_its_pages_cost_the_same_on_a_larger_site(
    client, home, english_home, ten_per_sitemap, assert_costs_the_same
):
    section = SectionPageFactory(parent=home, title="Afval", slug="afval")
    for page in add_pages(section, 15, "Afvalpagina")[:3]:
        page.last_reviewed_at = datetime.date(2026, 3, 14)
        page.save()
    urls = ("/sitemap.xml", "/sitemap.xml?p=1", "/sitemap.xml?p=2")
    few = {url: queries_of(client, url) for url in urls}

    translate(section, english_home.locale, title="Waste", slug="waste")
    for number, page in enumerate(add_pages(section, 30, "Nog een afvalpagina")):
        if number % 3 == 0:
            translate(page, english_home.locale, title=f"Waste {number}", slug=f"waste-{number}")
    publish_product(section, title="Minicontainer aanvragen", slug="minicontainer")

    for url, before in few.items():
        maximum = MAX_QUERIES["sitemap index" if url == "/sitemap.xml" else "sitemap"]
        assert_costs_the_same(url, before, maximum)
