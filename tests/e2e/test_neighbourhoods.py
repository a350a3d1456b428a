"""Neighbourhoods in a real browser: postcode → area page → next office hours → an initiative.

Runs on the demo site (postcodes from ``neighbourhoods/demo/postcodes.csv``: 4941 AA–KZ is the
neighbourhood Centrum in Raamsdonksveer). Every step is checked with axe-core; assertions use
ids, classes and demo data, not interface text.
"""

import datetime
import re

import pytest

from neighbourhoods.demo.content import INDEX
from tests.e2e.conftest import DESKTOP, MOBILE, axe_violations, open_page, submit_and_wait

AREAS = f"/{INDEX['slug']}/"
CENTRUM = f"{AREAS}raamsdonksveer/centrum/"
DOMBOSCH = f"{AREAS}raamsdonksveer/dombosch/"
VIEWPORTS = pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["1280px", "375px"])
RESIDENT_EMAIL = "buurtbewoner.e2e@example.org"


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0


def test_a_resident_finds_the_office_hours_and_starts_an_initiative(site, desktop_page):
    page = desktop_page

    # From the home page: "Wat speelt er in mijn buurt?" with a lower-case postcode.
    page.goto(site.url("/"))
    page.locator("#postcode").fill("4941 ab")
    submit_and_wait(page, page.locator("form.postcode-form button[type=submit]"))

    assert page.url == site.url(CENTRUM)
    assert page.locator("h1").inner_text() == "Centrum"
    assert axe_violations(page) == []

    # The next office hours: in the future, with a place and the way in.
    first = page.locator("#agenda .agenda-item").first
    starts = datetime.datetime.fromisoformat(first.locator("time").first.get_attribute("datetime"))
    assert starts.date() >= datetime.date.today()
    assert first.locator(".agenda-facts").inner_text().strip()
    feed = page.locator('#agenda a[href$="agenda.ics"]:not([href^="webcal"])').first
    feed = feed.get_attribute("href")
    calendar = page.request.get(site.url(feed) if feed.startswith("/") else feed)
    assert calendar.ok and calendar.headers["content-type"].startswith("text/calendar")
    assert "RRULE:" in calendar.text()

    # Start an initiative; first forget the required fields.
    submit_and_wait(page, page.locator(".area-page__action"))
    assert page.url == site.url(f"{CENTRUM}initiatief/")
    assert axe_violations(page) == []
    page.locator("#initiative-title").fill("Een buurtbibliotheek bij de speeltuin")
    submit_and_wait(page, page.locator("form.input-form button[type=submit]"))

    summary = page.locator(".input-form__summary")
    assert summary.is_visible()
    assert summary.locator('a[href="#initiative-contact_email"]').count() == 1
    assert (
        page.locator("#initiative-title").input_value() == "Een buurtbibliotheek bij de speeltuin"
    )
    assert page.locator("#initiative-description").get_attribute("aria-invalid") == "true"
    assert axe_violations(page) == []

    page.locator("#initiative-description").fill("Een kastje met boeken die buren ruilen.")
    page.locator("#initiative-location").fill("Bij de speeltuin aan de Parklaan")
    page.locator("#initiative-helpers").fill("Drie buren bouwen het kastje en houden het netjes.")
    page.locator("#initiative-budget_requested").fill("€ 250,50")
    page.locator("#initiative-budget_explanation").fill("Hout, verf en de eerste boeken.")
    page.locator("#initiative-contact_name").fill("Sam de Boer")
    page.locator("#initiative-contact_email").fill(RESIDENT_EMAIL)
    submit_and_wait(page, page.locator("form.input-form button[type=submit]"))

    assert page.url == site.url(f"{CENTRUM}initiatief/ontvangen/")
    assert axe_violations(page) == []
    confirmation = [mail for mail in site.sent_mail() if RESIDENT_EMAIL in mail]
    assert len(confirmation) == 1
    assert "Een buurtbibliotheek bij de speeltuin" in confirmation[0]

    # Not public while staff have not approved it, and the e-mail address never is.
    page.goto(site.url(CENTRUM))
    assert "Een buurtbibliotheek bij de speeltuin" not in page.content()
    assert RESIDENT_EMAIL not in page.content()


def test_a_malformed_postcode_gets_a_clear_message_and_keeps_the_input(site, desktop_page):
    page = desktop_page
    page.goto(site.url(AREAS))
    page.locator("#postcode").fill("49 41")
    submit_and_wait(page, page.locator("form.postcode-form button[type=submit]"))

    assert page.url.startswith(site.url(AREAS))
    assert page.locator("#postcode").input_value() == "49 41"
    assert page.locator("#postcode").get_attribute("aria-invalid") == "true"
    assert page.locator("#postcode-error").is_visible()
    assert axe_violations(page) == []


def test_a_split_postcode_without_letters_offers_both_neighbourhoods(site, desktop_page):
    page = desktop_page
    page.goto(site.url(f"{AREAS}?postcode=4941"))

    links = page.locator("main a[href]").evaluate_all("links => links.map(a => a.pathname)")
    assert CENTRUM in links and DOMBOSCH in links
    assert axe_violations(page) == []


@VIEWPORTS
@pytest.mark.parametrize(
    "path",
    [AREAS, f"{AREAS}agenda/", f"{AREAS}raamsdonksveer/", CENTRUM, f"/en{AREAS}"],
    ids=["overview", "agenda", "village", "neighbourhood", "english-overview"],
)
def test_neighbourhood_pages_have_no_serious_violations(site, browser, request, viewport, path):
    page = open_page(browser, request, viewport)
    response = page.goto(site.url(path))

    assert response.status == 200
    assert axe_violations(page) == []
    assert fits_the_screen(page)
    assert page.js_errors == []


@VIEWPORTS
def test_a_carried_out_initiative_shows_its_photo_without_contact_details(
    site, browser, request, viewport
):
    page = open_page(browser, request, viewport)
    page.goto(site.url(DOMBOSCH))
    link = page.locator('#initiatives a[href*="/initiatieven/"]').first
    title = link.inner_text().strip()
    submit_and_wait(page, link)

    assert re.search(r"/initiatieven/\d+/$", page.url)
    assert page.locator("h1").inner_text().strip() == title
    assert page.locator("main img").count() >= 1
    assert "@" not in page.locator("main").inner_text()
    assert axe_violations(page) == []
    assert fits_the_screen(page)
