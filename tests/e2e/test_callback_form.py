"""A resident asks to be called back from the contact page, without JavaScript, on a phone."""

import re

from tests.e2e.conftest import MOBILE, axe_violations, submit_and_wait

SETUP = """
from django.contrib.auth.models import Group
from front_office.models import HandlingTeam
group, _ = Group.objects.get_or_create(name="KCC-medewerkers")
HandlingTeam.objects.get_or_create(group=group, defaults={"email": "kcc@geertruidenberg.example"})
"""


def test_callback_form_without_javascript_gives_a_reference(site, browser):
    site.manage("shell", "-c", SETUP)
    context = browser.new_context(
        viewport=MOBILE, locale="nl-NL", java_script_enabled=False, bypass_csp=True
    )
    try:
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(site.url("/contact/"))
        form = page.locator("#callback-form")
        form.get_by_label("Onderwerp").fill("Paspoort kwijt")
        form.get_by_label("Uw vraag").fill("Wat moet ik doen nu mijn paspoort kwijt is?")
        form.get_by_label("Uw telefoonnummer").fill("0162 123 456")
        form.get_by_label("In de ochtend").check()
        submit_and_wait(page, form.get_by_role("button", name="Bel mij terug"))
        assert "/contact/verzoek-ontvangen/" in page.url
        assert re.search(r"TB-\d{4}-\d{5}", page.locator("main").inner_text())
    finally:
        context.close()
    # axe needs JavaScript: check the form and the thanks page in a normal tab at the same width.
    context = browser.new_context(viewport=MOBILE, locale="nl-NL", bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(site.url("/contact/terugbellen/"))
        assert axe_violations(page) == []
        page.goto(site.url("/contact/"))
        assert axe_violations(page) == []
    finally:
        context.close()
