"""The front office end to end: a KCC employee registers a callback from the Kennisbank in three
actions; a member of Team Burgerzaken finds it in the team queue, claims it and closes it."""

from tests.e2e.admin_session import log_in
from tests.e2e.conftest import DESKTOP, axe_violations, submit_and_wait

RESIDENT = "inwoner.terugbellen@example.org"
SETUP = """
from django.contrib.auth.models import Group, Permission
from front_office.models import HandlingTeam
team, _ = HandlingTeam.objects.get_or_create(
    group=Group.objects.get(name="Team Burgerzaken"),
    defaults={"email": "burgerzaken@geertruidenberg.example"},
)
Group.objects.get(name="KCC-medewerkers").permissions.add(
    Permission.objects.get(codename="add_contactmoment")
)
print(team.pk)
"""
LATEST_REFERENCE = (
    "from front_office.models import ContactRequest; "
    "print(ContactRequest.objects.filter(source='kcc').latest('pk').reference)"
)


def assert_accessible(page):
    """No serious or critical axe violation, checked once Wagtail's message has faded in."""
    if page.locator(".messages li").count():
        page.wait_for_timeout(300)  # Wagtail shows the message after 100 ms, then fades it in
        # Only the message's own animations: the rest of the admin may animate for much longer
        # (waiting for every animation of the page took 25 s).
        page.wait_for_function(
            "document.querySelector('.messages').getAnimations({subtree: true})"
            ".every(animation => animation.playState !== 'running')"
        )
    violations = axe_violations(page)
    assert violations == [], violations


def test_a_callback_goes_from_the_kennisbank_to_the_team_and_is_closed(site, browser):
    team_pk = site.manage("shell", "-c", SETUP).strip().splitlines()[-1]

    kcc = browser.new_context(viewport=DESKTOP, locale="nl-NL", bypass_csp=True)
    page = kcc.new_page()
    log_in(page, site, "kcc")
    page.goto(site.url("/admin/kennisbank/?q=paspoort+kwijt"))
    result = page.locator("[data-kb-answer]").first
    assert "kwijt" in result.locator("h2").inner_text().lower()
    assert_accessible(page)

    # Action 1: "Register contact" on the search result.
    submit_and_wait(page, result.locator("[data-fo-register]"))
    assert page.locator("input[name=channel][value=phone]").is_checked()
    assert_accessible(page)
    # Action 2: choose "callback request" (and fill in what the team needs).
    page.check("input[name=outcome][value=callback]")
    page.select_option("select[name=team]", team_pk)
    page.fill("textarea[name=question]", "Mijn paspoort is kwijt. Wat moet ik nu doen?")
    page.fill("input[name=phone]", "0612345678")
    page.fill("input[name=email]", RESIDENT)
    # Action 3: submit.
    submit_and_wait(page, page.locator("form[data-fo-registration] button[type=submit]"))
    assert "/admin/kennisbank/" in page.url
    reference = site.manage("shell", "-c", LATEST_REFERENCE).strip().splitlines()[-1]
    assert reference in page.locator(".messages").inner_text()
    kcc.close()

    team = browser.new_context(viewport=DESKTOP, locale="nl-NL", bypass_csp=True)
    page = team.new_page()
    log_in(page, site, "anna")
    page.goto(site.url("/admin/front-office/requests/?tab=team"))
    row = page.locator(f"[data-fo-request='{reference}']")
    assert row.count() == 1
    assert_accessible(page)

    submit_and_wait(page, row.get_by_role("link", name=reference))
    assert_accessible(page)
    submit_and_wait(page, page.locator("[data-fo-step=claim]"))
    assert page.locator("[data-fo-status=in_progress]").count() == 1
    page.check("input[name=outcome][value=answered]")
    page.fill("textarea[name=note]", "Teruggebeld en uitgelegd hoe een nieuw paspoort werkt.")
    submit_and_wait(page, page.locator("[data-fo-step=close]"))
    assert page.locator("[data-fo-status=closed]").count() == 1
    assert page.locator("[data-fo-log='front_office.request.close']").count() == 1
    assert_accessible(page)
    team.close()

    to_resident = [
        message for message in site.sent_mail() if RESIDENT in message and reference in message
    ]
    assert len(to_resident) == 2
