"""No response with a form (its CSRF token), a message or a cookie is ever kept by the page cache:
a page of every page type of the demo site in both languages and every address they link
to (the booking, idea, proposal, survey and initiative forms among them), visited with the page
cache on."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Page, Site

from core import page_cache

pytestmark = pytest.mark.django_db


def own_paths(html: str) -> set[str]:
    """The site's own addresses a page links to (no files, feeds or admin)."""
    paths = set()
    for link in BeautifulSoup(html, "html.parser").select("a[href]"):
        parts = urlsplit(link["href"])
        if parts.scheme or parts.netloc or not parts.path.startswith("/"):
            continue
        if parts.path.startswith(("/admin/", "/documents/", "/media/", "/static/")):
            continue
        if parts.path.endswith((".ics", ".xml", ".csv", ".pdf", ".json")):
            continue
        paths.add(parts.path)  # a query string shows the same form
    return paths


def sample_page_urls(per_type: int = 1) -> list[str]:
    """The address of a live page of every page type in every language."""
    seen: dict[tuple[int, int], int] = {}
    urls = []
    for page in Page.objects.live().public().filter(depth__gt=1).order_by("path"):
        key = (page.content_type_id, page.locale_id)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= per_type:
            urls.append(page.url)
    return urls


def shows_something_personal(response) -> bool:
    html = response.content.decode(errors="replace")
    soup = BeautifulSoup(html, "html.parser")
    return bool(
        response.cookies
        or soup.select("input[name=csrfmiddlewaretoken]")
        or soup.select(".page-feedback__messages .utrecht-alert")
    )


def test_no_page_with_a_form_a_message_or_a_cookie_is_ever_kept(demo_site, purged):
    # The site's own address (with its port): only responses on it are kept (purges name it).
    visitor = Client(HTTP_HOST=urlsplit(Site.objects.get(is_default_site=True).root_url).netloc)
    pages = {url for url in sample_page_urls() if url}
    linked = set()
    kept, personal = set(), set()

    def visit(path):
        response = visitor.get(path)
        if shows_something_personal(response):
            personal.add(path)
            assert "no-store" in response["Cache-Control"], path
            assert response.get(page_cache.STATUS_HEADER) != "MISS", path
        elif response.get(page_cache.STATUS_HEADER) == "MISS":
            kept.add(path)
        return response

    for path in sorted(pages):
        response = visit(path)
        if response.status_code == 200:
            linked |= own_paths(response.content.decode(errors="replace"))
    for path in sorted(linked - pages):
        visit(path)

    # The forms residents fill in are among the addresses visited, and none was kept.
    assert {"/doe-mee/centrum-raamsdonksveer/idee/", "/jongeren/voorstel-doen/"} <= personal
    assert any(path.endswith("/initiatief/") for path in personal)
    # Product pages (with the embedded question form) and the contact page are kept.
    assert {"/paspoort-en-id-kaart/paspoort/", "/contact/"} <= kept
