"""A resident works through a customer journey in a real browser: answers the questions, ticks
steps (kept in localStorage only), reloads, prints; every journey view passes axe."""

import pytest

from tests.e2e.conftest import DESKTOP, MOBILE, axe_violations, open_page

INDEX = "/wat-wilt-u-regelen/"
MOVING = "/wat-wilt-u-regelen/ik-ga-verhuizen/"
SCHOOL_STEP = "Meld uw kinderen aan bij een nieuwe school"
ABROAD_STEP = "Meld uw vertrek naar het buitenland"

JOURNEY_PAGES = {
    "index": INDEX,
    "journey": MOVING,
    "journey-answered": MOVING + "?verhuizing=binnen&kinderen=nee&huur=ja",
    "checklist": MOVING + "print/?kinderen=ja",
    "journey-en": "/en/what-do-you-want-to-arrange/i-am-moving-house/",
}


def step_titles(page) -> list[str]:
    return [title.strip() for title in page.locator(".journey-step__title").all_inner_texts()]


def test_resident_answers_the_questionnaire_and_sees_only_their_steps(site, desktop_page):
    page = desktop_page
    page.goto(site.url(MOVING))
    all_steps = step_titles(page)
    assert SCHOOL_STEP in all_steps and ABROAD_STEP in all_steps

    page.get_by_role("group", name="Verhuizen er kinderen mee die naar school gaan?").get_by_label(
        "Nee"
    ).check()
    page.get_by_role("group", name="Waar gaat u wonen?").get_by_label(
        "In de gemeente Geertruidenberg"
    ).check()
    page.locator(".journey-questions button[type=submit]").click()
    page.wait_for_load_state()

    assert "kinderen=nee" in page.url
    shown = step_titles(page)
    assert SCHOOL_STEP not in shown
    assert ABROAD_STEP not in shown
    assert "Geef uw verhuizing door aan de gemeente" in shown
    assert len(shown) < len(all_steps)
    assert page.get_by_role("radio", name="Nee").first.is_checked()
    assert page.js_errors == []


def test_ticks_survive_a_reload_and_never_leave_the_browser(site, desktop_page):
    page = desktop_page
    page.goto(site.url(MOVING))
    boxes = page.locator(".journey-step input[type=checkbox]")
    assert boxes.first.is_visible()  # revealed by the script
    page_id = page.locator("[data-journey-id]").get_attribute("data-journey-id")
    first_id = boxes.nth(0).get_attribute("data-step-id")
    third_id = boxes.nth(2).get_attribute("data-step-id")
    page.wait_for_load_state("networkidle")
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    boxes.nth(0).check()
    boxes.nth(2).check()
    page.wait_for_timeout(500)

    assert requests == []
    stored = page.evaluate("Object.assign({}, window.localStorage)")
    assert stored == {
        f"journey-checklist:{page_id}:{first_id}": "done",
        f"journey-checklist:{page_id}:{third_id}": "done",
    }

    page.reload()
    boxes = page.locator(".journey-step input[type=checkbox]")
    assert [boxes.nth(i).is_checked() for i in range(4)] == [True, False, True, False]
    assert "journey-step--done" in (page.locator(".journey-step").first.get_attribute("class"))

    boxes.nth(0).uncheck()
    page.reload()
    assert not page.locator(".journey-step input[type=checkbox]").first.is_checked()
    assert page.js_errors == []


def test_without_javascript_the_questionnaire_works_and_tick_boxes_stay_hidden(
    site, browser, request
):
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)
    request.addfinalizer(context.close)
    page = context.new_page()
    page.goto(site.url(MOVING))

    assert not page.locator(".journey-step input[type=checkbox]").first.is_visible()
    page.get_by_role("group", name="Verhuizen er kinderen mee die naar school gaan?").get_by_label(
        "Nee"
    ).check()
    page.locator(".journey-questions button[type=submit]").click()
    page.wait_for_load_state()

    assert SCHOOL_STEP not in step_titles(page)


def test_print_link_opens_the_checklist_for_the_same_answers(site, desktop_page):
    page = desktop_page
    page.goto(site.url(MOVING + "?kinderen=nee"))

    page.locator(".journey-steps__print a").click()
    page.wait_for_load_state()

    assert "/print/?kinderen=nee" in page.url
    assert page.locator(".journey-checklist__box").count() >= 5
    assert SCHOOL_STEP not in page.locator("main").inner_text()
    assert page.locator("[data-print-button]").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator("[data-print-button]").is_visible()


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["1280px", "375px"])
@pytest.mark.parametrize("path", JOURNEY_PAGES.values(), ids=JOURNEY_PAGES.keys())
def test_journey_pages_have_no_serious_accessibility_violations(
    site, browser, request, path, viewport
):
    page = open_page(browser, request, viewport)
    page.goto(site.url(path))

    assert axe_violations(page) == []
    assert page.js_errors == []


def test_journey_page_fits_a_320px_screen_without_horizontal_scrolling(site, browser, request):
    page = open_page(browser, request, {"width": 320, "height": 640})
    page.goto(site.url(MOVING))

    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
