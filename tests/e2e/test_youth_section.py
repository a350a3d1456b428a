"""The youth section in a real browser: its home page, the proposal form and a proposal page.

Checks with axe-core on desktop and mobile, and a young person who first forgets fields, sees
the errors, and then sends a proposal that waits for a youth worker. Assertions use ids and
classes, not Dutch text, so they also hold before the translations are compiled.
"""

import pytest

from tests.e2e.conftest import DESKTOP, MOBILE, axe_violations, open_page, submit_and_wait
from youth.demo.content import PROPOSALS, YOUTH_HOME

YOUTH = f"/{YOUTH_HOME['slug']}/"
FORM = f"{YOUTH}voorstel-doen/"
VIEWPORTS = pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["1280px", "375px"])


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0


@VIEWPORTS
def test_youth_home_page_has_its_own_look_and_no_serious_violations(
    site, browser, request, viewport
):
    page = open_page(browser, request, viewport)
    page.goto(site.url(YOUTH))

    assert "youth" in page.locator("body").get_attribute("class").split()
    assert page.locator(".youth-card").count() == len(PROPOSALS)
    assert page.locator(".youth-cta").get_attribute("href") == FORM
    assert axe_violations(page) == []
    assert fits_the_screen(page)
    assert page.js_errors == []


@VIEWPORTS
def test_proposal_page_has_no_serious_violations(site, browser, request, viewport):
    page = open_page(browser, request, viewport)
    page.goto(site.url(YOUTH))

    with_photo = page.locator(".youth-card", has=page.locator("img")).first
    title = with_photo.locator(".youth-card__link").inner_text()
    submit_and_wait(page, with_photo.locator(".youth-card__link"))

    assert page.locator("h1").inner_text() == title
    assert page.locator(".youth-proposal__photo").get_attribute("alt").endswith(title)
    assert axe_violations(page) == []
    assert fits_the_screen(page)


def test_a_young_person_fixes_the_errors_and_sends_a_proposal(site, desktop_page):
    page = desktop_page
    page.goto(site.url(FORM))
    assert axe_violations(page) == []

    page.locator("#proposal-title").fill("Een basketbalveld in Raamsdonk")
    submit_and_wait(page, page.locator("form.input-form button[type=submit]"))

    summary = page.locator(".input-form__summary")
    assert summary.is_visible()
    assert summary.locator('a[href="#proposal-what"]').count() == 1
    assert summary.locator('a[href="#proposal-age_band"]').count() == 1
    assert page.locator("#proposal-title").input_value() == "Een basketbalveld in Raamsdonk"
    assert page.locator("#proposal-what").get_attribute("aria-invalid") == "true"
    assert axe_violations(page) == []

    summary.locator('a[href="#proposal-what"]').click()
    page.locator("#proposal-what").fill("Een veld met twee baskets en lijnen op de grond.")
    page.locator("#proposal-why").fill("Nu spelen we op straat. Dat is niet veilig.")
    page.locator("#proposal-area").select_option(label="Raamsdonk")
    page.locator("#proposal-proposer_cost").fill("8.000")
    page.locator("#proposal-age_band_1").check()
    submit_and_wait(page, page.locator("form.input-form button[type=submit]"))

    assert page.url == site.url(YOUTH)
    assert page.locator(".utrecht-alert--ok").is_visible()
    assert "Een basketbalveld in Raamsdonk" not in page.locator("main").inner_text()
    assert axe_violations(page) == []
