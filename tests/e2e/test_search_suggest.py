"""Search-as-you-type in the header (search-suggest.js): an ARIA combobox that the keyboard can
drive, that axe accepts while open, and a plain search form when JavaScript is off."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, MOBILE, WCAG22_AA, axe_violations, open_page

VIEWPORTS = pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["1280px", "375px"])


def type_in_search(page, text: str):
    field = page.locator("#site-search-q")
    field.click()
    field.press_sequentially(text, delay=40)
    return field


#: True once every suggestion shown contains the given word.
ALL_OPTIONS_CONTAIN = """(word) => {
    const options = [...document.querySelectorAll("[role=listbox] [role=option]")];
    return options.length > 0
        && options.every((option) => option.textContent.toLowerCase().includes(word));
}"""


@VIEWPORTS
def test_typing_suggests_tasks_and_the_keyboard_opens_one(site, browser, request, viewport):
    page = open_page(browser, request, viewport)
    page.goto(site.url("/"))

    field = type_in_search(page, "pasp")
    listbox = page.get_by_role("listbox")
    expect(listbox).to_be_visible()
    expect(field).to_have_attribute("role", "combobox")
    expect(field).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options.first).to_contain_text("Paspoort")
    # On a busy machine the list may first show the answer to "pas", typed before "pasp".
    page.wait_for_function(ALL_OPTIONS_CONTAIN, arg="paspoort")
    expect(page.locator("form[data-search-suggest] [role=status]")).to_have_text(re.compile(r"\d"))

    field.press("ArrowDown")
    first = options.first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(field).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    assert page.evaluate("document.activeElement.id") == "site-search-q"
    height = first.bounding_box()["height"]
    assert height >= 24  # WCAG 2.2 target size (we aim for 44 px)

    assert axe_violations(page, tags=WCAG22_AA) == []

    chosen = first.text_content()
    with page.expect_navigation():
        field.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text(chosen)
    assert page.js_errors == []


def test_escape_closes_the_list_and_a_second_escape_empties_the_field(site, browser, request):
    page = open_page(browser, request, DESKTOP)
    page.goto(site.url("/"))

    field = type_in_search(page, "verhuiz")
    expect(page.get_by_role("listbox")).to_be_visible()
    field.press("ArrowDown")
    field.press("Escape")

    expect(page.get_by_role("listbox")).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    assert field.get_attribute("aria-activedescendant") is None
    expect(field).to_have_value("verhuiz")

    field.press("Escape")
    expect(field).to_have_value("")


def test_enter_without_a_chosen_suggestion_searches_and_forgives_the_typo(site, browser, request):
    page = open_page(browser, request, DESKTOP)
    page.goto(site.url("/"))

    field = type_in_search(page, "paspoor")
    with page.expect_navigation():
        field.press("Enter")

    expect(page).to_have_url(re.compile(r"/zoeken/\?q=paspoor$"))
    expect(page.locator(".search-correction")).to_contain_text("paspoort")
    expect(page.locator("ol.search-results h2 a").first).to_have_text("Paspoort")


def test_without_javascript_the_header_search_is_a_plain_form(site, browser):
    context = browser.new_context(viewport=MOBILE, locale="nl-NL", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site.url("/"))
        field = page.locator("#site-search-q")
        assert field.get_attribute("role") is None
        field.fill("grofvuil")
        with page.expect_navigation():
            field.press("Enter")

        expect(page.locator("ol.search-results h2 a").first).to_contain_text("Grofvuil")
        assert page.get_by_role("listbox").count() == 0
    finally:
        context.close()
