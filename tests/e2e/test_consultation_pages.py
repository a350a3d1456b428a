"""The "Doe mee" overview and the three demo consultations pass axe-core on desktop and mobile."""

import pytest

from consultations.demo.content import CONSULTATIONS, INDEX
from tests.e2e.conftest import DESKTOP, MOBILE, axe_violations, open_page, submit_and_wait

OVERVIEW = f"/{INDEX['slug']}/"
PAGES = {
    "overview": OVERVIEW,
    "overview-filtered": f"{OVERVIEW}?status=input",
    **{data["slug"]: f"{OVERVIEW}{data['slug']}/" for data in CONSULTATIONS},
}


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["1280px", "375px"])
@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_consultation_page_has_no_serious_accessibility_violations(
    site, browser, request, path, viewport
):
    page = open_page(browser, request, viewport)
    page.goto(site.url(path))

    assert axe_violations(page) == []
    assert page.js_errors == []


@pytest.mark.parametrize("path", [OVERVIEW, PAGES[CONSULTATIONS[0]["slug"]]])
def test_consultation_pages_fit_a_320px_screen(site, browser, request, path):
    page = open_page(browser, request, {"width": 320, "height": 640})
    page.goto(site.url(path))

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")

    assert overflow <= 0


def test_a_resident_reads_the_rules_first_and_sees_the_current_phase(site, browser, request):
    page = open_page(browser, request, DESKTOP)
    page.goto(site.url(OVERVIEW))

    submit_and_wait(page, page.get_by_role("link", name=CONSULTATIONS[0]["title"]))

    headings = page.locator("main h2").all_inner_texts()
    current = page.locator('.consultation-timeline [aria-current="step"]')
    assert page.locator(".consultation-rules").is_visible()
    assert headings[0] == page.locator("#consultation-rules-heading").inner_text()
    assert current.count() == 1
    assert current.locator(".consultation-timeline__marker").is_visible()


def test_the_overview_filter_works_without_javascript(site, browser, request):
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site.url(OVERVIEW))
        page.select_option("#filter-status", "processing")
        submit_and_wait(page, page.locator(".consultation-filter button[type=submit]"))

        titles = page.locator(".consultation-card .card__link").all_inner_texts()
        assert titles == [CONSULTATIONS[1]["title"]]
        assert "status=processing" in page.url
    finally:
        context.close()
