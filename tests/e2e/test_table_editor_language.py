"""Opening a page with a table in the editor logs no handsontable language error.

Wagtail's table editor (handsontable) used the admin language "nl", which the handsontable build
Wagtail ships does not have: the browser console showed an error on every such page.
"""

from home.demo import content
from tests.e2e.admin_session import log_in
from tests.e2e.test_editor_language_check import page_id_for


def test_the_editor_of_a_page_with_a_table_logs_no_console_error(site, desktop_page):
    page = desktop_page
    console_errors = []
    page.on(
        "console",
        lambda message: console_errors.append(message.text) if message.type == "error" else None,
    )
    section = content.SECTIONS[0]
    page_id = page_id_for(site, f"/{section['slug']}/{section['pages'][0]['slug']}/")
    log_in(page, site)

    page.goto(site.url(f"/admin/pages/{page_id}/edit/"))
    page.wait_for_selector(".handsontable", state="attached")

    assert not [error for error in console_errors if "language" in error.lower()], console_errors
    assert not page.js_errors
