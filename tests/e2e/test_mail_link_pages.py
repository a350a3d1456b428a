"""The pages behind the links in our e-mails, and the outage page, pass axe at 1280 and 375 px.

A resident follows a consultation, confirms from the e-mail with the button, and later stops the
e-mails with the button; a broken link and the one-click address with a bad token get a plain
Dutch page. The 503 page that residents see during a database outage is rendered by the same
code the middleware uses and served at the site's address, so its stylesheets load.
"""

import re

import pytest
from django.test import RequestFactory
from django.utils import translation

from core.database_outage import outage_response
from tests.e2e.conftest import DESKTOP, MOBILE, axe_violations, open_page, submit_and_wait

CONSULTATION = "/doe-mee/speeltuin-geertruidenberg/"
VIEWPORTS = {"1280px": DESKTOP, "375px": MOBILE}


def link_in(message: str, pattern: str) -> str:
    """The first address in an e-mail that matches ``pattern``."""
    match = re.search(rf"https?://\S*{pattern}\S*", message)
    assert match, f"no link matching {pattern!r} in:\n{message}"
    return match.group(0)


@pytest.mark.parametrize("width", VIEWPORTS)
def test_following_confirming_and_stopping_from_the_e_mail_pass_axe(site, browser, request, width):
    page = open_page(browser, request, VIEWPORTS[width])
    address = f"volger-{width}@example.org"
    page.goto(site.url(CONSULTATION))
    page.locator("#follow-email").fill(address)
    submit_and_wait(page, page.get_by_role("button", name="Volg dit onderwerp"))
    mail = next(mail for mail in reversed(site.sent_mail()) if address in mail)

    page.goto(link_in(mail, "bevestigen/\\?token="))
    assert axe_violations(page) == []
    submit_and_wait(page, page.get_by_role("button", name="Ja, ik wil dit onderwerp volgen"))
    assert axe_violations(page) == []

    page.goto(link_in(mail, "volgen/afmelden/\\?token="))
    assert axe_violations(page) == []
    submit_and_wait(page, page.get_by_role("button", name="Ja, stop de e-mails"))
    assert axe_violations(page) == []
    assert page.js_errors == []


@pytest.mark.parametrize("width", VIEWPORTS)
@pytest.mark.parametrize(
    "path",
    [f"{CONSULTATION}volgen/bevestigen/?token=kapot", "/e-mail/afmelden/volgen/?token=kapot"],
    ids=["follow-link", "one-click-link"],
)
def test_a_broken_link_from_an_e_mail_gets_a_plain_page_that_passes_axe(
    site, browser, request, width, path
):
    page = open_page(browser, request, VIEWPORTS[width])
    response = page.goto(site.url(path))

    assert response.status == 400
    assert page.get_by_role("heading", level=1).inner_text() == "Deze link werkt niet"
    assert axe_violations(page) == []


@pytest.mark.parametrize("width", VIEWPORTS)
def test_the_database_outage_page_passes_axe(site, browser, request, width):
    with translation.override("nl"):
        outage = outage_response(RequestFactory().get("/"))
    page = open_page(browser, request, VIEWPORTS[width])
    address = site.url("/storing-voorbeeld/")
    page.route(
        address,
        lambda route: route.fulfill(
            status=outage.status_code, body=outage.content, content_type=outage["Content-Type"]
        ),
    )

    response = page.goto(address)

    assert response.status == 503
    assert "even niet" in page.get_by_role("heading", level=1).inner_text()
    assert axe_violations(page) == []
