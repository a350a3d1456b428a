"""The contact page lists every channel with what it is for and the service norms that apply to
it, in the page's language."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale, Site

from home.models import ContactSettings
from service_norms.models import ServiceNorm, ServiceNormsPage

EMAIL_PROMISE = "U krijgt binnen 3 werkdagen antwoord op uw testmail."
ENGLISH_PROMISE = "You get an answer to your test e-mail within 3 working days."

#: (the channel's section, the first words of its purpose in Dutch).
CHANNELS = [
    ("contact-phone", "Bel ons als u snel antwoord"),
    ("contact-email", "Mail ons als uw vraag"),
    ("contact-counter", "Kom naar het gemeentehuis"),
    ("contact-social", "Volg ons nieuws"),
    ("contact-post", "Stuur een brief voor een bezwaar"),
    ("contact-forms", "Stel hieronder uw vraag."),
    ("contact-whatsapp", "Stuur ons een WhatsApp-bericht"),
]


def main(client, path: str) -> BeautifulSoup:
    return BeautifulSoup(client.get(path).content, "html.parser").find("main")


def channel(page: BeautifulSoup, heading_id: str):
    return page.find("section", attrs={"aria-labelledby": heading_id})


@pytest.fixture
def contact(demo_site) -> ContactSettings:
    settings = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    settings.email = "info@example.org"
    settings.facebook_url = "https://www.facebook.com/example"
    settings.whatsapp_url = "https://wa.me/31162579579"
    settings.save()
    return settings


@pytest.fixture
def email_norm(demo_site) -> ServiceNorm:
    return ServiceNorm.objects.create(
        locale=Locale.objects.get(language_code="nl"),
        code="test-mail-antwoord",
        promise=EMAIL_PROMISE,
        channel="email",
        target_value=Decimal(3),
        target_unit="working_days",
        target_share=95,
        measurement_source="zaaksysteem",
    )


def test_each_channel_says_what_it_is_for(contact, client):
    page = main(client, "/contact/")

    for heading_id, purpose in CHANNELS:
        section = channel(page, heading_id)
        assert section is not None, heading_id
        assert purpose in section.find(class_="contact-channel__purpose").get_text(), heading_id


def test_an_email_norm_shows_under_email_and_not_under_phone(contact, email_norm, client):
    page = main(client, "/contact/")

    email = channel(page, "contact-email").get_text(" ", strip=True)
    assert EMAIL_PROMISE in email
    assert "95\u00a0% binnen 3 werkdagen" in email
    assert EMAIL_PROMISE not in channel(page, "contact-phone").get_text(" ", strip=True)


def test_the_norms_link_to_the_service_norms_page(contact, email_norm, client):
    norms_page = ServiceNormsPage.objects.live().get(locale__language_code="nl")

    email = channel(main(client, "/contact/"), "contact-email")

    assert email.find("a", href=norms_page.url)


def test_the_english_contact_page_shows_the_english_norms(contact, email_norm, client):
    english = email_norm.copy_for_translation(Locale.objects.get(language_code="en"))
    english.promise = ENGLISH_PROMISE
    english.save()

    email = channel(main(client, "/en/contact/"), "contact-email").get_text(" ", strip=True)

    assert ENGLISH_PROMISE in email
    assert EMAIL_PROMISE not in email


def test_whatsapp_is_hidden_when_it_is_not_configured(contact, client):
    contact.whatsapp_url = ""
    contact.save()

    page = main(client, "/contact/")

    assert channel(page, "contact-whatsapp") is None
    assert "WhatsApp" not in page.get_text()
