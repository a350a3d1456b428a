"""A KCC employee finds an answer, copies the phone script and tells the owner what is wrong."""

from tests.e2e.admin_session import log_in
from tests.e2e.conftest import submit_and_wait


def test_kcc_employee_searches_copies_the_phone_script_and_leaves_feedback(site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.base_url)
    page = context.new_page()
    log_in(page, site, "kcc")

    page.goto(site.url("/admin/kennisbank/"))
    page.get_by_label("Wat vraagt de inwoner?").fill("paspoort kwijt")
    submit_and_wait(page, page.get_by_role("button", name="Zoeken"))

    result = page.locator("[data-kb-answer]").first
    assert "kwijt" in result.locator("h2").inner_text().lower()
    phone_text = result.locator("[id$='-phone-text']").inner_text().strip()
    result.locator("[data-kb-channel='phone']").click()
    page.wait_for_function("document.querySelector('.kb-copied').textContent.length > 0")
    assert page.evaluate("navigator.clipboard.readText()").strip() == phone_text
    used = site.manage(
        "shell",
        "-c",
        "from kcc_content.models import AnswerUsage; "
        "print(AnswerUsage.objects.filter(channel='phone').count())",
    )
    assert used.strip().splitlines()[-1] == "1"

    result.locator("summary").click()
    result.locator("textarea").fill("De openingstijden in dit antwoord kloppen niet meer.")
    submit_and_wait(page, result.get_by_role("button", name="Stuur naar de eigenaar"))
    assert page.get_by_text("De eigenaar van dit antwoord heeft uw opmerking.").is_visible()
    context.close()
