"""The scale benchmark's page builder (``bench/scale_pages.py``) makes pages the site serves.

The builder writes pages without Wagtail's ``add_child`` and ``publish`` (for speed), so this
checks what those would have guaranteed: a consistent tree, live pages with a live revision,
spread over the section pages, served at their address, in the search index, with a review
schedule and a B1 verdict. One build for all of it keeps the test fast.
"""

import datetime

import pytest
from wagtail.models import Page

from bench.scale_pages import LONG_PAGE_SLUG, build_pages
from governance.models import ReviewSchedule
from home.models import ContentPage, NewsPage, SectionPage
from home.site_search import SiteSearch
from kcc_content.models import ProductPage
from readability.models import ReadabilityResult

BUILD_DAY = datetime.date(2026, 3, 2)


@pytest.mark.django_db
def test_the_builder_makes_live_pages_in_twenty_sections_that_search_finds(client, home, locales):
    built = build_pages(60, today=BUILD_DAY)

    assert Page.objects.count() == 60
    assert len(built.created) == 58
    assert Page.find_problems() == ([], [], [], [], [])
    pages = Page.objects.filter(pk__in=[page.pk for page in built.created])
    assert pages.live().count() == len(built.created)
    assert not pages.filter(has_unpublished_changes=True).exists()
    assert all(page.live_revision_id == page.latest_revision_id is not None for page in pages)

    sections = SectionPage.objects.child_of(home)
    assert sections.count() == 20
    assert all(section.get_children().exists() for section in sections)
    assert ContentPage.objects.count() > ProductPage.objects.count() > 0
    assert NewsPage.objects.exists()
    assert ContentPage.objects.filter(slug=LONG_PAGE_SLUG).exists()

    content = ContentPage.objects.exclude(slug=LONG_PAGE_SLUG).order_by("path").first()
    product = ProductPage.objects.order_by("path").first()
    for page in (content, product):
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.content.decode()
        found = SiteSearch(locales[0]).run(page.title).results
        assert page.pk in [result.pk for result in found]
        assert ReviewSchedule.objects.for_object(page).exists()
        assert ReadabilityResult.objects.for_object(page).exists()


@pytest.mark.django_db
def test_the_benchmarks_bare_view_is_not_part_of_the_site(client, home):
    assert client.get("/bench-bare/").status_code == 404
