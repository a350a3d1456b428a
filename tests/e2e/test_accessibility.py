"""Every page type of the demo site passes axe-core with no serious or critical violation."""

import pytest

from home.demo import content
from kcc_content.demo.content import PRODUCTS
from tests.e2e.conftest import DESKTOP, MOBILE, axe_violations, open_page

FIRST_SECTION = content.SECTIONS[0]
FIRST_PAGE = FIRST_SECTION["pages"][0]
FIRST_NEWS = content.NEWS[0]

PAGES = {
    "home": "/",
    "home-en": "/en/",
    "section": f"/{FIRST_SECTION['slug']}/",
    "content": f"/{FIRST_SECTION['slug']}/{FIRST_PAGE['slug']}/",
    "news-index": "/nieuws/",
    "news": f"/nieuws/{FIRST_NEWS['slug']}/",
    "product": f"/{PRODUCTS[0]['section']}/{PRODUCTS[0]['slug']}/",
    "search": "/zoeken/?q=paspoort",
    "search-no-results": "/zoeken/?q=xyzzyplugh",
    "not-found": "/bestaat-niet/",
}


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["1280px", "375px"])
@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_page_has_no_serious_accessibility_violations(site, browser, request, path, viewport):
    page = open_page(browser, request, viewport)
    page.goto(site.url(path))

    assert axe_violations(page) == []
    assert page.js_errors == []


@pytest.mark.parametrize("path", ["/", PAGES["content"], PAGES["search"]])
def test_page_fits_a_320px_screen_without_horizontal_scrolling(site, browser, request, path):
    page = open_page(browser, request, {"width": 320, "height": 640})
    page.goto(site.url(path))

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")

    assert overflow <= 0


def test_axe_harness_reports_real_violations(browser, request):
    """Guards the guard: a page with an unlabelled field and an image without alt text fails."""
    page = open_page(browser, request, DESKTOP)
    page.set_content(
        '<html><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<input type="text"></main></body></html>'
    )

    found = {violation["id"] for violation in axe_violations(page)}

    assert {"image-alt", "label"} <= found
