"""A finished look (issue 16): pictures in AVIF/WebP with a fallback, cards of equal height
without empty image boxes, top tasks with icons, a youth look that passes axe, the area page on
its grid, feedback buttons that stay away once a comment is sent, and print without the frame."""

import pytest

from kcc_content.demo.content import PRODUCTS
from tests.e2e.conftest import DESKTOP, MOBILE, WCAG22_AA, axe_violations, open_page

VIEWPORTS = pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["1280px", "375px"])
HOME = "/"
NEWS_INDEX = "/nieuws/"
YOUTH = "/jongeren/"
AREA = "/wijken/raamsdonksveer/"
CONSULTATION = "/doe-mee/centrum-raamsdonksveer/"
PRODUCT = f"/{PRODUCTS[0]['section']}/{PRODUCTS[0]['slug']}/"
JOURNEY = "/wat-wilt-u-regelen/ik-ga-verhuizen/"
THANK_YOU = "Bedankt. Met uw opmerking maken we deze pagina beter."

#: Per card of a list: its box, whether it holds an image, and whether that image has loaded.
CARD_BOXES = """(selector) => Array.from(document.querySelectorAll(selector)).map((card) => {
    const box = card.getBoundingClientRect();
    const img = card.querySelector('img');
    return {top: Math.round(box.top + window.scrollY), height: box.height,
            hasImage: img !== null, imageLoaded: img === null || (img.complete && img.naturalWidth > 0),
            imageHeight: img === null ? 0 : img.getBoundingClientRect().height};
})"""


def visit(page, site, path: str) -> None:
    """Open ``path``; the first visit makes the AVIF and WebP renditions, which takes a while."""
    page.goto(site.url(path), timeout=90_000)


def scroll_through(page) -> None:
    """Scroll to the end and back so that every lazy image loads."""
    page.evaluate(
        """async () => {
            for (let y = 0; y < document.body.scrollHeight; y += 400) {
                window.scrollTo(0, y);
                await new Promise((resolve) => setTimeout(resolve, 30));
            }
            window.scrollTo(0, 0);
        }"""
    )
    page.wait_for_load_state("networkidle")


def cards(page, selector: str) -> list[dict]:
    scroll_through(page)
    found = page.evaluate(CARD_BOXES, selector)
    assert found, f"no {selector} on {page.url}"
    return found


def assert_rows_of_equal_height(found: list[dict]) -> None:
    rows: dict[int, list[float]] = {}
    for card in found:
        rows.setdefault(card["top"], []).append(card["height"])
    for top, heights in rows.items():
        assert max(heights) - min(heights) <= 1, f"cards at {top}px differ in height: {heights}"


@VIEWPORTS
@pytest.mark.parametrize(
    ("path", "selector"),
    [(HOME, ".card-grid > .card"), (YOUTH, ".youth-card"), (AREA, ".card-grid > .card")],
    ids=["home", "youth", "area"],
)
def test_cards_in_a_row_are_equally_tall_and_show_no_empty_image_box(
    site, browser, request, viewport, path, selector
):
    page = open_page(browser, request, viewport)
    visit(page, site, path)

    found = cards(page, selector)

    assert_rows_of_equal_height(found)
    assert all(card["imageLoaded"] for card in found)
    assert all(card["imageHeight"] > 0 for card in found if card["hasImage"])
    # A card without an image has no picture element or placeholder either.
    assert page.locator(f"{selector}:not(:has(img)) picture").count() == 0


@VIEWPORTS
def test_youth_cards_without_photo_have_no_photo_box(site, browser, request, viewport):
    page = open_page(browser, request, viewport)
    visit(page, site, YOUTH)

    without = page.locator(".youth-card--no-photo")
    assert without.count() > 0
    assert (
        page.locator(".youth-card--no-photo img, .youth-card--no-photo .youth-card__photo").count()
        == 0
    )


@pytest.mark.parametrize(
    "path", [NEWS_INDEX, HOME, CONSULTATION, AREA], ids=["news", "home", "consultation", "area"]
)
def test_images_are_pictures_with_avif_and_webp_sources_and_a_sized_fallback(
    site, desktop_page, path
):
    page = desktop_page
    visit(page, site, path)
    scroll_through(page)

    pictures = page.locator("main picture")
    assert pictures.count() > 0
    for index in range(pictures.count()):
        picture = pictures.nth(index)
        assert picture.locator("source[type='image/avif']").get_attribute("srcset")
        assert picture.locator("source[type='image/webp']").get_attribute("sizes")
        img = picture.locator("img")
        assert img.get_attribute("alt").strip()
        assert int(img.get_attribute("width")) > 0 and int(img.get_attribute("height")) > 0
        assert img.get_attribute("srcset")
        # The browser chose one of the modern formats.
        assert img.evaluate("(img) => img.currentSrc").rsplit(".", 1)[-1] in {"avif", "webp"}
    card_images = page.locator("main .card picture img")
    for index in range(card_images.count()):
        assert card_images.nth(index).get_attribute("loading") == "lazy"


def test_top_tasks_have_decorative_icons(site, mobile_page):
    page = mobile_page
    visit(page, site, HOME)

    links = page.locator(".top-tasks__link")
    assert links.count() > 0
    for index in range(links.count()):
        icon = links.nth(index).locator("svg")
        assert icon.get_attribute("aria-hidden") == "true"
        assert icon.bounding_box()["width"] >= 24
    # The icon adds nothing to the link's name.
    assert page.get_by_role("link", name="Paspoort aanvragen", exact=True).count() == 1


@VIEWPORTS
def test_the_area_page_keeps_its_blocks_on_the_grid(site, browser, request, viewport):
    page = open_page(browser, request, viewport)
    visit(page, site, AREA)

    left = page.locator("h1").bounding_box()["x"]
    for selector in (".area-page__body", ".area-toc", ".area-section", ".page-image"):
        blocks = page.locator(f"main {selector}")
        for index in range(blocks.count()):
            assert abs(blocks.nth(index).bounding_box()["x"] - left) <= 1, selector


@VIEWPORTS
@pytest.mark.parametrize(
    "path", [YOUTH, AREA, HOME, NEWS_INDEX], ids=["youth", "area", "home", "news"]
)
def test_the_new_look_passes_axe_for_wcag_2_2_aa(site, browser, request, viewport, path):
    page = open_page(browser, request, viewport)
    visit(page, site, path)
    scroll_through(page)

    assert axe_violations(page, tags=WCAG22_AA) == []


def send_no_and_a_comment(page) -> None:
    page.locator("#feedback").get_by_role("button", name="Nee").click()
    page.get_by_label("Wat miste u op deze pagina?").fill("De kosten voor een kind.")
    page.get_by_role("button", name="Opmerking versturen").click()
    page.get_by_text(THANK_YOU).wait_for()


def test_the_feedback_buttons_stay_away_after_a_comment(site, mobile_page):
    page = mobile_page
    visit(page, site, PRODUCT)

    send_no_and_a_comment(page)

    feedback = page.locator("#feedback")
    assert feedback.get_by_role("button").count() == 0
    assert page.js_errors == []


def test_the_feedback_buttons_stay_away_after_a_comment_without_javascript(site, browser, request):
    context = browser.new_context(java_script_enabled=False, viewport=MOBILE)
    request.addfinalizer(context.close)
    page = context.new_page()
    visit(page, site, PRODUCT)

    send_no_and_a_comment(page)

    assert page.locator("#feedback").get_by_role("button").count() == 0


def test_after_yes_the_question_is_answered(site, desktop_page):
    page = desktop_page
    visit(page, site, NEWS_INDEX)

    page.locator("#feedback").get_by_role("button", name="Ja").click()
    page.locator("#feedback").get_by_text("Bedankt voor uw antwoord.").wait_for()

    assert page.locator("#feedback").get_by_role("button").count() == 0


@pytest.mark.parametrize("path", [PRODUCT, JOURNEY], ids=["product", "journey"])
def test_print_shows_the_content_without_the_frame_and_with_link_addresses(
    site, desktop_page, path
):
    page = desktop_page
    visit(page, site, path)
    page.emulate_media(media="print")

    for selector in ("body > header", "nav", "body > footer", "#feedback"):
        hidden = page.locator(selector)
        for index in range(hidden.count()):
            assert not hidden.nth(index).is_visible(), selector
    assert page.locator("main h1").is_visible()
    links = page.locator("main a[href^='/'], main a[href^='http']")
    assert links.count() > 0
    printed = links.first.evaluate("(link) => getComputedStyle(link, '::after').content")
    assert links.first.get_attribute("href") in printed
    if path == PRODUCT:
        assert page.locator(".product__print-source").is_visible()
