"""A resident books, moves and cancels an appointment on a phone (375 px), with JavaScript and
without it; every page of the way has no serious or critical axe violation, on the phone and at
1280 px, and the calendar file parses."""

import re

import icalendar
import pytest

from tests.e2e.conftest import DESKTOP, MOBILE, WCAG22_AA, axe_violations, submit_and_wait


def check_accessible(page, javascript: bool) -> None:
    """axe at 1280 px and at 375 px, back on the phone afterwards (axe needs JavaScript; without
    it the same pages are checked in the other run)."""
    if not javascript:
        return
    for viewport in (DESKTOP, MOBILE):
        page.set_viewport_size(viewport)
        violations = axe_violations(page, tags=WCAG22_AA)
        assert violations == [], f"{page.url} at {viewport['width']} px"


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_resident_books_moves_and_cancels_an_appointment_on_a_phone(site, browser, javascript):
    context = browser.new_context(
        viewport=MOBILE, locale="nl-NL", java_script_enabled=javascript, bypass_csp=True
    )
    try:
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(site.url("/afspraak/"))
        check_accessible(page, javascript)
        page.get_by_label("Paspoort aanvragen").check()
        page.get_by_label("Gemeentewinkel").check()
        submit_and_wait(page, page.get_by_role("button", name="Kies een dag en tijd"))
        check_accessible(page, javascript)

        times = page.locator("input[name=tijd]")
        first_time = times.first.get_attribute("value")
        times.first.check()
        submit_and_wait(page, page.get_by_role("button", name="Kies deze tijd"))
        assert "/afspraak/gegevens/" in page.url
        check_accessible(page, javascript)
        page.get_by_label("Uw naam").fill("Sanne Jansen")
        page.get_by_label("Uw e-mailadres").fill("sanne@example.org")
        submit_and_wait(page, page.get_by_role("button", name="Afspraak bevestigen"))
        main = page.locator("main").inner_text()
        reference = re.search(r"AF-[A-Z0-9]{6}", main).group(0)
        assert "Uw afspraak is gemaakt" in main
        check_accessible(page, javascript)
        manage_url = page.url

        calendar = page.request.get(manage_url + "afspraak.ics")
        event = icalendar.Calendar.from_ical(calendar.body()).walk("VEVENT")[0]
        assert str(event["uid"]).startswith(reference)

        submit_and_wait(page, page.get_by_role("link", name="Afspraak verplaatsen"))
        check_accessible(page, javascript)
        other = page.locator(f"input[name=tijd]:not([value='{first_time}'])").first
        other.check()
        submit_and_wait(page, page.get_by_role("button", name="Verplaats naar deze tijd"))
        assert page.url == manage_url

        submit_and_wait(page, page.get_by_role("link", name="Afspraak annuleren"))
        check_accessible(page, javascript)
        submit_and_wait(page, page.get_by_role("button", name="Ja, annuleer de afspraak"))
        assert "Deze afspraak is geannuleerd" in page.locator("main").inner_text()
        check_accessible(page, javascript)
    finally:
        context.close()
