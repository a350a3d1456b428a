"""The required pages of the demo site answer in Dutch and English at the addresses the footer
links to, show the contact details from the site settings and link to each other."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from core.contact_page_sections import CONTACT_PAGE_SECTIONS, register_contact_section
from home.models import ContactSettings
from legal.models import (
    AccessibilityStatementPage,
    ContactPage,
    CookieStatementPage,
    PrivacyStatementPage,
)

#: (Dutch address, English address, Dutch title, English title) of each required page.
REQUIRED_PAGES = [
    ("/contact/", "/en/contact/", "Contact", "Contact"),
    ("/privacy/", "/en/privacy/", "Privacyverklaring", "Privacy statement"),
    (
        "/toegankelijkheid/",
        "/en/toegankelijkheid/",
        "Toegankelijkheidsverklaring",
        "Accessibility statement",
    ),
    ("/cookies/", "/en/cookies/", "Cookies", "Cookies"),
]


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("dutch, english, dutch_title, english_title", REQUIRED_PAGES)
def test_each_required_page_answers_in_dutch_and_in_english(
    demo_site, client, dutch, english, dutch_title, english_title
):
    for path, language, title in ((dutch, "nl", dutch_title), (english, "en", english_title)):
        response = client.get(path)

        assert response.status_code == 200, path
        html = soup(response)
        assert html.html["lang"] == language
        assert html.h1.get_text(strip=True) == title


def test_the_contact_page_shows_every_channel_from_the_contact_details(demo_site, client):
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))

    html = soup(client.get("/contact/"))

    main = html.find("main")
    headings = [h2.get_text(strip=True) for h2 in main.find_all("h2")]
    assert {"Openingstijden", "Bel ons", "Stuur een e-mail", "Kom langs", "Stuur een brief"} <= set(
        headings
    )
    assert main.find("a", href=f"tel:{contact.phone.replace(' ', '')}")
    assert main.find("a", href=f"mailto:{contact.email}")
    text = main.get_text(" ", strip=True)
    for line in [*contact.visiting_address.splitlines(), *contact.postal_address.splitlines()]:
        assert line in text
    assert contact.opening_hours.splitlines()[0] in text
    for _name, url in contact.social_links():
        assert main.find("a", href=url)


def test_make_an_appointment_goes_where_the_editor_pointed_it(demo_site, client):
    page = ContactPage.objects.get(locale__language_code="nl")

    html = soup(client.get("/contact/"))

    button = html.find("a", string=lambda text: text and text.strip() == "Maak een afspraak")
    assert button["href"] == page.appointment_url


def test_the_english_contact_page_gives_a_number_that_works_from_abroad(demo_site, client):
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.international_phone = "+31 162 579 579"
    contact.save()

    english = soup(client.get("/en/contact/")).find("main")
    dutch = soup(client.get("/contact/")).find("main")

    assert english.find("a", href="tel:+31162579579")
    assert not english.find("a", href=f"tel:{contact.phone.replace(' ', '')}")
    assert dutch.find("a", href=f"tel:{contact.phone.replace(' ', '')}")
    assert dutch.find("a", href="tel:+31162579579")


@pytest.mark.parametrize("dutch, english, _dutch_title, _english_title", REQUIRED_PAGES)
def test_each_required_page_links_to_the_other_three_in_its_language(
    demo_site, client, dutch, english, _dutch_title, _english_title
):
    for path, prefix in ((dutch, ""), (english, "/en")):
        see_also = soup(client.get(path)).find("nav", attrs={"aria-labelledby": "see-also-heading"})

        links = {a["href"] for a in see_also.find_all("a")}
        assert links == {f"{prefix}{other}" for other, *_ in REQUIRED_PAGES if other != dutch}


def test_the_contact_page_shows_what_another_app_registers_in_its_place(demo_site, client):
    @register_contact_section("test-call-back", 10, "legal/includes/phone_link.html")
    def call_back(page, request):
        return {"number": "0162 123 456"} if page.locale.language_code == "nl" else None

    try:
        dutch = soup(client.get("/contact/")).find("main")
        english = soup(client.get("/en/contact/")).find("main")
    finally:
        CONTACT_PAGE_SECTIONS.unregister("test-call-back")

    assert dutch.find("a", href="tel:0162123456")
    assert not english.find("a", href="tel:0162123456")


def test_there_is_one_required_page_of_each_kind_per_home_page(demo_site):
    for model in (
        ContactPage,
        PrivacyStatementPage,
        AccessibilityStatementPage,
        CookieStatementPage,
    ):
        home = model.objects.get(locale__language_code="nl").get_parent()
        assert model.max_count_per_parent == 1
        assert not model.can_create_at(home)
        assert model.objects.count() == 2  # Dutch and English
