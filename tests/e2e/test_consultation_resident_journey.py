"""A resident takes part in a consultation from start to finish, in a real browser.

Reads the rules, fills in the survey, shares an idea, follows the consultation (and confirms
from the e-mail), and later, after staff gave the idea a disposition and published the feedback
report, reads what was done with it. This test changes the demo consultation, so its file name
sorts it after the other consultation browser tests.
"""

import re

from tests.e2e.conftest import axe_violations, open_page, submit_and_wait

CONSULTATION = "/doe-mee/centrum-raamsdonksveer/"
IDEA_TITLE = "Een waterspeelplek op het Raadhuisplein"
RESIDENT_EMAIL = "inwoner-e2e@example.org"

STAFF_PUBLISHES_FEEDBACK = f"""
import datetime
from django.utils import timezone
from consultations.feedback import publish_feedback_report
from consultations.models import (
    ConsultationPage, ConsultationPhase, Disposition, Idea, ModerationStatus, PhaseKind, Reaction,
)

page = ConsultationPage.objects.get(slug="centrum-raamsdonksveer", locale__language_code="nl")
page.feedback_summary = "<p>Bedankt voor uw inbreng. We maken het ontwerp samen af.</p>"
page.save_revision().publish()
today = timezone.localdate()
ConsultationPhase.objects.filter(page=page, kind=PhaseKind.PROCESSING).update(
    starts_on=today - datetime.timedelta(days=1)
)
Idea.objects.filter(consultation=page, title="{IDEA_TITLE}").update(
    status=ModerationStatus.PUBLISHED,
    disposition=Disposition.PARTLY_ADOPTED,
    disposition_reason="Er komt een kleine waterspeelplek naast de fontein.",
)
for model in (Idea, Reaction):
    model.objects.filter(
        consultation=page, status=ModerationStatus.PUBLISHED, disposition=""
    ).update(disposition=Disposition.ADOPTED, disposition_reason="We nemen dit mee.")
page.survey_themes.filter(disposition="").update(
    disposition=Disposition.ADOPTED, disposition_reason="We nemen dit mee."
)
page = ConsultationPage.objects.get(pk=page.pk)
print(publish_feedback_report(page, user=None))
"""


def link_in(message: str, pattern: str) -> str:
    """The first address in an e-mail that matches ``pattern``."""
    match = re.search(rf"https?://\S*{pattern}\S*", message)
    assert match, f"no link matching {pattern!r} in:\n{message}"
    return match.group(0)


def test_a_resident_takes_part_and_later_reads_what_was_done_with_their_idea(site, desktop_page):
    page = desktop_page
    page.goto(site.url(CONSULTATION))

    # The rules of the game come first, with the promised feedback date.
    rules = page.locator("#consultation-rules-heading")
    assert rules.is_visible()
    assert page.get_by_text("Wat we met uw inbreng doen").first.is_visible()
    assert axe_violations(page) == []

    # The survey.
    page.get_by_role("link", name="Naar de vragenlijst").click()
    page.get_by_label("Elke week").check()
    page.locator("fieldset", has_text="Hoe prettig vindt u het centrum nu?").locator(
        "input[type=radio]"
    ).nth(3).check()
    page.get_by_label("Meer groen").check()
    assert axe_violations(page) == []
    submit_and_wait(page, page.get_by_role("button", name="Verstuur mijn antwoorden"))
    assert "Bedankt" in page.locator("main").inner_text()

    # An idea, with an e-mail address for the feedback.
    page.goto(site.url(CONSULTATION))
    page.get_by_role("link", name="Deel uw idee").click()
    page.locator("#idea-title").fill(IDEA_TITLE)
    page.locator("#idea-description").fill(
        "Kinderen kunnen hier in de zomer spelen met water. Dat is fijn als het warm is."
    )
    page.locator("#idea-email").fill(RESIDENT_EMAIL)
    assert axe_violations(page) == []
    submit_and_wait(page, page.get_by_role("button", name="Idee versturen"))
    assert "Een medewerker bekijkt het eerst" in page.locator("main").inner_text()

    # Following, with double opt-in from the e-mail.
    page.goto(site.url(CONSULTATION))
    page.locator("#follow-email").fill(RESIDENT_EMAIL)
    submit_and_wait(page, page.get_by_role("button", name="Volg dit onderwerp"))
    assert "Kijk in uw e-mail" in page.locator("main").inner_text()
    confirmation = next(mail for mail in reversed(site.sent_mail()) if "bevestig" in mail.lower())
    assert "spelregels" in confirmation.lower()
    page.goto(link_in(confirmation, "token="))
    assert axe_violations(page) == []

    # Later: staff moderated the idea, gave it a disposition and published the report.
    site.manage("shell", "-c", STAFF_PUBLISHES_FEEDBACK)
    page.goto(site.url(CONSULTATION))
    report = page.locator("main")
    assert "Wat hebben we met uw inbreng gedaan" in report.inner_text()
    item = page.locator("li, article, tr", has_text=IDEA_TITLE).last
    assert "Deels overgenomen" in item.inner_text()
    assert "kleine waterspeelplek" in item.inner_text()
    assert axe_violations(page) == []

    # The participant got the report by e-mail, once, with their own idea in it.
    reports = [mail for mail in site.sent_mail() if IDEA_TITLE in mail and RESIDENT_EMAIL in mail]
    assert any("Deels overgenomen" in mail for mail in reports)


def test_the_survey_results_fit_a_320px_screen_without_scrolling_the_page(site, browser, request):
    """Runs after the journey above, when the consultation shows its survey results."""
    page = open_page(browser, request, {"width": 320, "height": 640})
    page.goto(site.url(CONSULTATION))
    assert page.locator(".survey-results").count() == 1

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")

    assert overflow <= 0
    assert axe_violations(page) == []
