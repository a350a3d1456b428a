"""The required pages (contact, privacy, accessibility and cookie statements) in a real browser:
no serious or critical axe violation on a phone (375 px) and a laptop (1280 px), in Dutch and in
English, and no sideways scrolling on the phone."""

import pytest

from tests.e2e.conftest import DESKTOP, MOBILE, axe_violations, open_page

REQUIRED_PAGES = ["contact", "privacy", "toegankelijkheid", "cookies"]
PATHS = [f"{prefix}/{slug}/" for slug in REQUIRED_PAGES for prefix in ("", "/en")]


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["1280px", "375px"])
@pytest.mark.parametrize("path", PATHS)
def test_the_required_page_has_no_serious_accessibility_violations(
    site, browser, request, path, viewport
):
    page = open_page(browser, request, viewport)
    page.goto(site.url(path))

    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert page.js_errors == []


def test_the_contact_page_makes_an_appointment_and_calls_with_the_keyboard(site, mobile_page):
    page = mobile_page
    page.goto(site.url("/contact/"))

    call = page.locator("main a[href^='tel:']").first
    call.focus()
    assert call.evaluate("element => element === document.activeElement")
    appointment = page.get_by_role("link", name="Maak een afspraak")
    assert appointment.is_visible()
    assert appointment.get_attribute("href").startswith("https://")


def test_the_accessibility_statement_shows_its_status_and_known_problems(site, desktop_page):
    page = desktop_page
    page.goto(site.url("/toegankelijkheid/"))

    assert page.locator(".accessibility-status").inner_text().strip() == "B – voldoet gedeeltelijk"
    problems = page.locator("section.known-problem")
    assert problems.count() >= 1
    assert problems.first.locator("time").count() == 1
