"""A young person votes in the open demo round with a vote code, in a real browser.

Staff create a fresh batch with ``create_vote_codes`` (the codes come from its CSV file). The
young person enters a code, picks proposals within the budget, checks the choice, confirms and
sees the thank-you page; the same code is then refused. axe finds no serious or critical
problem on any step.
"""

import csv

from tests.e2e.conftest import axe_violations

ROUND = "/jongeren/jongerenbudget/"
CHOSEN = ["Meer prullenbakken in het park", "Een moestuin bij school"]  # € 4.000 + € 6.000


def fresh_codes(site, tmp_path, count=2) -> list[str]:
    output = tmp_path / "codes.csv"
    site.manage(
        "create_vote_codes",
        "jongerenbudget",
        "--count",
        str(count),
        "--batch",
        f"E2E {tmp_path.name}",
        "--output",
        str(output),
    )
    with output.open(newline="", encoding="utf-8") as handle:
        return [row["code"] for row in csv.DictReader(handle)]


def test_a_young_person_votes_with_a_code_and_cannot_use_it_twice(site, desktop_page, tmp_path):
    code = fresh_codes(site, tmp_path)[0]
    page = desktop_page

    page.goto(site.url(ROUND))
    assert axe_violations(page) == []
    page.click(f"a[href='{ROUND}stemmen/']")

    # Step 1: the code and the choice; the running total helps but the server decides.
    page.fill("#ballot-code", code.lower())
    for title in CHOSEN:
        page.get_by_label(title).check()
    assert page.locator("#ballot-total").is_visible()
    assert "10.000" in page.locator("[data-ballot-total]").inner_text()
    assert not page.locator("[data-ballot-over]").is_visible()
    assert axe_violations(page) == []
    # The form posts to its own address: wait for the answer before looking at it.
    with page.expect_navigation():
        page.click("form.ballot-form button[type=submit]")

    # Step 2: the choice again; nothing is cast yet.
    for title in CHOSEN:
        assert page.get_by_text(title).first.is_visible()
    assert axe_violations(page) == []
    page.click("button[value=confirm]")

    page.wait_for_url(f"**{ROUND}stemmen/bedankt/")
    assert page.locator("h1").is_visible()
    assert axe_violations(page) == []

    # The same code again: refused with a clear message.
    page.goto(site.url(f"{ROUND}stemmen/"))
    page.fill("#ballot-code", code)
    page.get_by_label(CHOSEN[0]).check()
    with page.expect_navigation():
        page.click("form.ballot-form button[type=submit]")
    error = page.locator("#ballot-code_error")
    assert error.is_visible()
    assert "Deze stemcode is al gebruikt." in error.inner_text()
    assert axe_violations(page) == []
    assert page.js_errors == []
