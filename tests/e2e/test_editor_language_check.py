"""An editor sees the "Taalcheck (B1)" panel react while typing in the Wagtail editor."""

from home.demo import content
from tests.e2e.admin_session import log_in

OFFICIALESE = (
    "Teneinde uw aanvraag conform de geldende regels in behandeling te kunnen nemen, dient u "
    "het formulier volledig ingevuld en ondertekend alsmede voorzien van de benodigde bijlagen "
    "te retourneren."
)
PLAIN = "Stuur het formulier terug. Doe de bijlagen erbij. Dan kunnen wij uw aanvraag behandelen."


def page_id_for(site, path):
    """The id of the page at a public path, read from the Wagtail admin search."""
    slug = path.strip("/").split("/")[-1]
    output = site.manage(
        "shell",
        "-c",
        f"from wagtail.models import Page; print(Page.objects.get(slug='{slug}', locale__language_code='nl').pk)",
    )
    return int(output.strip().splitlines()[-1])


def test_editor_types_officialese_sees_red_then_fixes_it_and_sees_green(site, desktop_page):
    page = desktop_page
    section = content.SECTIONS[0]
    page_id = page_id_for(site, f"/{section['slug']}/{section['pages'][0]['slug']}/")
    log_in(page, site)
    page.goto(site.url(f"/admin/pages/{page_id}/edit/"))
    verdict = page.locator("[data-readability-verdict]")
    assert verdict.get_attribute("data-readability-verdict") == "b1"

    summary = page.locator("#id_intro")
    summary.fill("")
    summary.press_sequentially(OFFICIALESE[:40])
    summary.fill(OFFICIALESE)
    page.wait_for_selector("[data-readability-verdict='not-b1']", timeout=15_000)

    problems = page.locator("[data-readability-sentence]")
    assert "Teneinde uw aanvraag" in problems.first.inner_text()
    findings = page.locator("[data-readability-report]").inner_text()
    assert "om" in findings and "terugsturen" in findings

    summary.fill(PLAIN)
    summary.press("End")
    page.wait_for_selector("[data-readability-verdict='b1']", timeout=15_000)
    assert page.locator("[data-readability-sentence]").count() == 0


def test_the_panel_follows_rich_text_in_the_streamfield(site, desktop_page):
    page = desktop_page
    section = content.SECTIONS[1]
    page_id = page_id_for(site, f"/{section['slug']}/{section['pages'][0]['slug']}/")
    log_in(page, site)
    page.goto(site.url(f"/admin/pages/{page_id}/edit/"))
    assert (
        page.locator("[data-readability-verdict]").get_attribute("data-readability-verdict") == "b1"
    )

    editor = page.locator(".Draftail-Editor [contenteditable='true']").first
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" " + OFFICIALESE)

    page.wait_for_selector("[data-readability-verdict='not-b1']", timeout=15_000)
    assert "Teneinde" in page.locator("[data-readability-report]").inner_text()
