"""The "Onze servicenormen" page in a real browser: accessible with its charts, honest about misses."""

import pytest

from tests.e2e.conftest import DESKTOP, MOBILE, axe_violations, open_page

NORMS_PAGE = "/servicenormen/"


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["1280px", "375px"])
def test_the_norms_page_with_its_charts_passes_axe(site, browser, request, viewport):
    page = open_page(browser, request, viewport)
    page.goto(site.url(NORMS_PAGE))

    assert page.locator("svg.norm-chart__image[role=img]").count() >= 8
    # Open every data table too, so axe checks them as well.
    for summary in page.locator("details.norm__table > summary").all():
        summary.click()
    assert axe_violations(page) == []
    assert page.js_errors == []


def test_the_norms_page_shows_a_missed_norm_with_its_reason(site, desktop_page):
    page = desktop_page
    page.goto(site.url(NORMS_PAGE))

    missed = page.locator("section.norm").filter(has=page.locator(".norm-status--missed"))
    assert missed.count() >= 1
    first = missed.first
    assert first.locator(".norm-status--missed strong").inner_text().strip() in {
        "Norm niet gehaald",
        "Norm not met",
    }
    assert first.locator(".norm__explanation").is_visible()
    chart = first.locator("svg.norm-chart__image")
    labelled_by = chart.get_attribute("aria-labelledby").split()
    assert all(page.locator(f"#{ident}").count() == 1 for ident in labelled_by)


def test_the_figures_table_opens_without_javascript(site, browser, request):
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)
    request.addfinalizer(context.close)
    page = context.new_page()
    page.goto(site.url(NORMS_PAGE))

    page.locator("details.norm__table > summary").first.click()

    table = page.locator("details.norm__table table").first
    assert table.is_visible()
    assert table.locator("tbody tr").count() == 12
