"""What a resident does with a keyboard and a mouse: skip link, search, language, feedback."""

from tests.e2e.conftest import submit_and_wait
from tests.e2e.test_accessibility import PAGES


def test_first_tab_reaches_the_skip_link_which_moves_focus_to_main(site, desktop_page):
    page = desktop_page
    page.goto(site.url("/"))

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Direct naar de inhoud"
    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.id") == "main"


def test_resident_searches_from_the_header_and_opens_a_result(site, mobile_page):
    page = mobile_page
    page.goto(site.url("/"))

    page.get_by_label("Zoeken op de website").fill("paspoort")
    submit_and_wait(page, page.get_by_role("button", name="Zoeken").first)

    assert "/zoeken/" in page.url
    results = page.locator(".search-results__item a")
    assert results.count() >= 2
    submit_and_wait(page, results.first)
    assert page.locator("h1").inner_text()


def test_language_switcher_only_offers_existing_translations(site, desktop_page):
    page = desktop_page
    page.goto(site.url(PAGES["content"]))
    submit_and_wait(page, page.get_by_role("link", name="English"))

    assert page.url.startswith(site.url("/en/"))
    assert page.locator("html").get_attribute("lang") == "en"

    untranslated = site.url("/ondernemen/")
    page.goto(untranslated)
    assert page.get_by_role("link", name="English").count() == 0


def test_resident_answers_was_this_page_helpful_without_javascript(site, browser, request):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    request.addfinalizer(context.close)
    page = context.new_page()
    page.goto(site.url(PAGES["content"]))

    submit_and_wait(page, page.get_by_role("button", name="Ja"))

    assert page.get_by_text("Bedankt voor uw antwoord.").is_visible()
