"""A section page lists its children in pages of cards, each in the reader's language.

A section with hundreds of pages showed them all, and read every child's whole body to do it
(``core.page_cards``). Now it shows ``SECTION_CHILDREN_PER_PAGE`` cards per page with the
site's pagination. The English section used to look translations up in the first child's page
type only, so a translated product after a content page stayed in Dutch.
"""

import pytest
from bs4 import BeautifulSoup

from home.models.pages import SECTION_CHILDREN_PER_PAGE
from tests.factories import ContentPageFactory, SectionPageFactory
from tests.kcc_content.kcc_factories import publish_product

pytestmark = pytest.mark.django_db


def cards(client, url: str) -> list[str]:
    """The titles of the cards on ``url``, in order."""
    response = client.get(url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in page.select(".card__link")]


def pagination(client, url: str) -> list[str]:
    """The texts of the pagination's links and current page on ``url``."""
    page = BeautifulSoup(client.get(url).content, "html.parser")
    navigation = page.find("nav", class_="site-pagination")
    return [item.get_text(strip=True) for item in navigation.select("a, [aria-current]")]


@pytest.fixture
def large_section(home):
    """A section with one page of cards and five more children."""
    section = SectionPageFactory(parent=home, title="Afval", slug="afval")
    for number in range(SECTION_CHILDREN_PER_PAGE + 5):
        ContentPageFactory(parent=section, title=f"Pagina {number:02d}")
    return section


def test_a_large_section_shows_its_children_a_page_at_a_time(client, large_section):
    first = cards(client, "/afval/")
    second = cards(client, "/afval/?pagina=2")

    expected = [f"Pagina {number:02d}" for number in range(SECTION_CHILDREN_PER_PAGE + 5)]
    assert first + second == expected
    assert len(first) == SECTION_CHILDREN_PER_PAGE
    assert pagination(client, "/afval/") == ["Pagina 1", "Pagina 2", "Volgende"]


def test_a_bad_page_number_shows_the_first_or_the_last_page(client, large_section):
    assert cards(client, "/afval/?pagina=abc") == cards(client, "/afval/")
    assert cards(client, "/afval/?pagina=999") == cards(client, "/afval/?pagina=2")


def test_a_small_section_has_no_pagination(client, home):
    section = SectionPageFactory(parent=home, title="Afval", slug="afval")
    ContentPageFactory(parent=section, title="Grofvuil")

    page = BeautifulSoup(client.get("/afval/").content, "html.parser")

    assert [link.get_text(strip=True) for link in page.select(".card__link")] == ["Grofvuil"]
    assert page.find("nav", class_="site-pagination") is None


def test_the_english_section_shows_every_translated_child_in_english(
    client, home, english_home, locales
):
    section = SectionPageFactory(parent=home, title="Afval", slug="afval")
    english_section = section.copy_for_translation(locales[1])
    english_section.title, english_section.slug = "Waste", "waste"
    english_section.save_revision().publish()
    ContentPageFactory(parent=section, title="Milieustraat")
    product = publish_product(section, title="Minicontainer aanvragen", slug="minicontainer")
    translation = product.copy_for_translation(locales[1])
    translation.title, translation.slug = "Requesting a wheelie bin", "wheelie-bin"
    translation.save_revision().publish()

    page = BeautifulSoup(client.get("/en/waste/").content, "html.parser")
    links = [
        (link.get_text(strip=True), link.get("hreflang")) for link in page.select(".card__link")
    ]

    assert links == [("Milieustraat", "nl"), ("Requesting a wheelie bin", None)]
