"""Two editors of one team and the B1 check publish a page together, in the real admin."""

import datetime

from home.demo import content
from tests.e2e.admin_session import log_in
from tests.e2e.test_editor_language_check import OFFICIALESE, PLAIN, page_id_for

BURGERZAKEN = next(s for s in content.SECTIONS if s["team"] == "Team Burgerzaken")
DUTCH_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def submit_with_summary(page, site, page_id, summary):
    page.goto(site.url(f"/admin/pages/{page_id}/edit/"))
    page.fill("#id_intro", summary)
    page.locator("[data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-submit']").click()
    page.wait_for_load_state("networkidle")


def approve(page, site, page_id):
    page.goto(site.url(f"/admin/pages/{page_id}/edit/"))
    page.locator("[data-w-dropdown-target='toggle']").last.click()
    page.locator("button[data-workflow-action-name='approve']").first.click()
    page.wait_for_load_state("networkidle")


def current_task(site, page_id):
    """Name of the workflow step the page waits in ("none" when no workflow runs)."""
    code = (
        f"from wagtail.models import Page; p = Page.objects.get(pk={page_id}); "
        "s = p.current_workflow_state; "
        "print(s.current_task_state.task.name if s else 'none')"
    )
    return site.manage("shell", "-c", code).strip().splitlines()[-1]


def test_team_approval_then_b1_check_blocks_officialese_and_publishes_plain_text(site, browser):
    pages = [p["slug"] for p in BURGERZAKEN["pages"]]
    blocked_id = page_id_for(site, f"/{BURGERZAKEN['slug']}/{pages[0]}/")
    clean_id = page_id_for(site, f"/{BURGERZAKEN['slug']}/{pages[1]}/")
    anna = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    bram = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(anna, site, "anna")
    log_in(bram, site, "bram")

    # Officialese: anna submits, bram approves, the B1 check holds it back.
    submit_with_summary(anna, site, blocked_id, OFFICIALESE)
    assert current_task(site, blocked_id).startswith("Goedkeuring door eigen team")
    approve(bram, site, blocked_id)
    assert current_task(site, blocked_id).startswith("B1-taalcheck")
    live_html = anna.goto(site.url(f"/{BURGERZAKEN['slug']}/{pages[0]}/")).text()
    assert "Teneinde" not in live_html

    # Plain text: bram submits, anna approves, the B1 check passes and the page is published.
    submit_with_summary(bram, site, clean_id, PLAIN)
    approve(anna, site, clean_id)
    assert current_task(site, clean_id).startswith("none")
    public = anna.goto(site.url(f"/{BURGERZAKEN['slug']}/{pages[1]}/")).text()
    today = datetime.date.today()
    assert PLAIN in public
    assert (
        f"Laatst gecontroleerd op {today.day} {DUTCH_MONTHS[today.month - 1]} {today.year}"
        in public
    )
