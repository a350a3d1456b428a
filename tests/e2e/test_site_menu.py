"""The site shell in a real browser at 375 × 740: the menu button opens and closes with the
keyboard, without JavaScript it leads to the menu in the footer, the page heading is in view
without scrolling on every page type, and axe finds nothing serious at 375 and 1280 px."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, MOBILE, WCAG22_AA, axe_violations, open_page

#: One page of every type residents land on (a merged content page answers with its product).
PAGE_TYPES = {
    "home": "/",
    "home-en": "/en/",
    "section": "/afval/",
    "content": "/afval/afvalkalender-en-containers/",
    "product": "/afval/minicontainer-aanvragen/",
    "news": "/nieuws/nieuwe-openingstijden-gemeentewinkel/",
    "search": "/zoeken/?q=paspoort",
    "consultation": "/doe-mee/centrum-raamsdonksveer/",
    "youth-home": "/jongeren/",
    "area": "/wijken/geertruidenberg/",
    "journey": "/wat-wilt-u-regelen/ik-ga-verhuizen/",
}


def menu_button(page):
    return page.locator("button[aria-controls='site-nav']")


def test_resident_opens_the_menu_with_the_keyboard_and_closes_it_with_escape(site, mobile_page):
    page = mobile_page
    page.goto(site.url("/"))
    button = menu_button(page)
    menu = page.locator("#site-nav")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()

    for _ in range(10):
        page.keyboard.press("Tab")
        if button.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the menu button")
    page.keyboard.press("Enter")

    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    expect(menu.get_by_role("link").first).to_be_focused()
    assert menu.get_by_role("link").count() <= 7
    assert axe_violations(page, tags=WCAG22_AA) == []

    page.keyboard.press("Escape")

    expect(button).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()
    expect(button).to_be_focused()
    assert page.js_errors == []


def test_without_javascript_the_menu_link_leads_to_the_menu_in_the_footer(site, browser):
    context = browser.new_context(viewport=MOBILE, locale="nl-NL", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site.url("/"))
        expect(page.locator("#site-nav")).to_be_hidden()

        page.get_by_role("link", name="Menu", exact=True).click()

        assert page.url.endswith("#menu")
        footer_menu = page.locator("footer #menu")
        expect(footer_menu).to_be_in_viewport()
        assert footer_menu.get_by_role("link").count() >= 1
    finally:
        context.close()


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_the_page_heading_is_in_view_without_scrolling_on_a_phone(site, mobile_page, name):
    page = mobile_page
    page.goto(site.url(PAGE_TYPES[name]))

    heading = page.locator("h1").first
    box = heading.bounding_box()
    assert box is not None, f"{name}: no h1"
    assert box["y"] >= 0 and box["y"] + box["height"] <= MOBILE["height"], (name, box)


@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["375", "1280"])
@pytest.mark.parametrize("name", ["home", "home-en", "section", "product", "search"])
def test_the_site_shell_passes_axe(site, browser, request, viewport, name):
    page = open_page(browser, request, viewport)
    page.goto(site.url(PAGE_TYPES[name]))

    assert axe_violations(page, tags=WCAG22_AA) == []


def test_a_dutch_only_page_shows_the_english_notice_when_reached_from_the_english_menu(
    site, mobile_page
):
    page = mobile_page
    page.goto(site.url("/en/"))
    menu_button(page).click()
    dutch_only = page.locator("#site-nav a[hreflang='nl']").first
    expect(dutch_only).to_contain_text("(in Dutch)")

    dutch_only.click()
    page.wait_for_load_state()

    notice = page.locator("#only-in-dutch")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("This page is only available in Dutch.")
    assert notice.get_attribute("lang") == "en"
    assert axe_violations(page, tags=WCAG22_AA) == []
    notice.get_by_role("link", name="Go to the English home page").click()
    expect(page).to_have_url(site.url("/en/"))
