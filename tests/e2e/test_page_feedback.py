"""A resident says a page did not help and tells what was missing, with and without JavaScript."""

from tests.e2e.conftest import axe_violations, submit_and_wait
from tests.e2e.test_accessibility import PAGES

THANK_YOU = "Bedankt. Met uw opmerking maken we deze pagina beter."


def test_resident_says_no_and_sends_a_comment_without_a_reload(site, desktop_page):
    page = desktop_page
    page.goto(site.url(PAGES["content"]))
    page.evaluate("window.notReloaded = true")

    page.locator("#feedback").get_by_role("button", name="Nee").click()
    comment = page.get_by_label("Wat miste u op deze pagina?")
    comment.wait_for()

    assert page.get_by_text("Bedankt voor uw antwoord.").is_visible()
    assert page.get_by_text("Zet geen persoonlijke gegevens in uw opmerking.").is_visible()
    assert axe_violations(page) == []

    comment.fill("Ik miste de kosten. Mail mij op jan@example.nl")
    assert page.get_by_text("U kunt nog 954 tekens typen.").is_visible()
    page.get_by_role("button", name="Opmerking versturen").click()

    page.get_by_text(THANK_YOU).wait_for()
    assert page.evaluate("window.notReloaded") is True
    assert page.get_by_label("Wat miste u op deze pagina?").count() == 0
    assert page.js_errors == []


def test_resident_says_no_and_sends_a_comment_without_javascript(site, browser, request):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 740})
    request.addfinalizer(context.close)
    page = context.new_page()
    page.goto(site.url(PAGES["content"]))

    submit_and_wait(page, page.locator("#feedback").get_by_role("button", name="Nee"))
    assert "?feedback=" in page.url
    page.get_by_label("Wat miste u op deze pagina?").fill("De openingstijden op zaterdag.")
    submit_and_wait(page, page.get_by_role("button", name="Opmerking versturen"))

    assert page.get_by_text(THANK_YOU).is_visible()
    assert "?feedback=" not in page.url


def test_the_comment_form_passes_axe_on_a_small_screen(site, mobile_page):
    page = mobile_page
    page.goto(site.url(PAGES["product"]))

    page.locator("#feedback").get_by_role("button", name="Nee").click()
    page.get_by_label("Wat miste u op deze pagina?").wait_for()

    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
