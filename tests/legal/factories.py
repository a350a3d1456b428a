"""Factories for the required pages, hung under the test home page."""

import datetime

import factory
import wagtail_factories

from legal.models import (
    AccessibilityStatementPage,
    ContactPage,
    CookieStatementPage,
    PrivacyStatementPage,
)

#: A fixed day for the statements' dates: no test depends on today.
STATEMENT_DAY = datetime.date(2026, 3, 2)


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact"
    slug = "contact"
    intro = "Bel, mail of kom langs."

    class Meta:
        model = ContactPage


class PrivacyStatementPageFactory(wagtail_factories.PageFactory):
    title = "Privacyverklaring"
    slug = "privacy"
    controller = "Het college van burgemeester en wethouders."
    dpo_email = "privacy@example.org"
    rights = "<p>U mag uw gegevens inzien.</p>"
    complaint = "<p>Zeg het ons eerst.</p>"

    class Meta:
        model = PrivacyStatementPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Toegankelijkheidsverklaring"
    slug = "toegankelijkheid"
    scope_url = "https://www.example.org"
    status = "A"
    statement_date = STATEMENT_DAY
    evaluated_on = factory.LazyAttribute(lambda page: page.statement_date - datetime.timedelta(14))
    evaluated_by = "Team Communicatie"
    evaluation_sample = "Twintig pagina's van elke soort."

    class Meta:
        model = AccessibilityStatementPage


class CookieStatementPageFactory(wagtail_factories.PageFactory):
    title = "Cookies"
    slug = "cookies"
    body = "<p>Wij volgen u niet.</p>"

    class Meta:
        model = CookieStatementPage
