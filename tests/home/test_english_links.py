"""Links in English content say when they lead to a page that exists only in Dutch.

A rich-text link to a Dutch-only page gets ``hreflang="nl"``, the visible mark "(in Dutch)" and
the fragment that opens the page's notice "This page is only available in Dutch"; a link to a
translated page goes to the English page without a mark (``core.rich_text_links``,
``core.templatetags.language_marks``).
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from core.templatetags.language_marks import mark_other_language_links, notice_fragment
from tests.factories import ContentPageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


def paragraph_linking_to(page, text: str) -> str:
    html = f'<p>Read <a linktype="page" id="{page.pk}">{text}</a> first.</p>'
    return json.dumps([{"type": "paragraph", "value": html}])


def body_links(client, page) -> list:
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select(".page-body a, .rich-text a")


def mark_after(link) -> str | None:
    mark = link.find_next_sibling("span", class_="language-mark")
    return mark.get_text(strip=True) if mark else None


@pytest.fixture
def english_section(home, english_home, locales):
    section = SectionPageFactory(parent=home, title="Afval", slug="afval")
    english = section.copy_for_translation(locales[1])
    english.title, english.slug = "Waste", "waste"
    english.save_revision().publish()
    return section, english


def english_page_linking_to(target, section, locales, text="the form"):
    dutch = ContentPageFactory(
        parent=section, slug="uitleg", body=paragraph_linking_to(target, text)
    )
    english = dutch.copy_for_translation(locales[1])
    english.title, english.slug = "Explanation", "explanation"
    english.save_revision().publish()
    english.refresh_from_db()
    return dutch, english


def test_a_rich_text_link_to_a_dutch_only_page_is_marked_on_the_english_page(
    client, english_section, locales
):
    section, _ = english_section
    dutch_only = ContentPageFactory(parent=section, title="Formulier", slug="formulier")
    dutch, english = english_page_linking_to(dutch_only, section, locales)

    [link] = [link for link in body_links(client, english) if link.get_text() == "the form"]

    assert link["href"] == f"{dutch_only.url}#only-in-dutch"
    assert link["hreflang"] == "nl"
    assert mark_after(link) == "(in Dutch)"
    assert link.find_next_sibling("span", class_="language-mark")["lang"] == "en"
    [dutch_link] = [link for link in body_links(client, dutch) if link.get_text() == "the form"]
    assert dutch_link["href"] == dutch_only.url
    assert not dutch_link.has_attr("hreflang")
    assert mark_after(dutch_link) is None


def test_a_rich_text_link_to_a_translated_page_goes_to_the_english_page_unmarked(
    client, english_section, locales
):
    section, _ = english_section
    target = ContentPageFactory(parent=section, title="Formulier", slug="formulier")
    english_target = target.copy_for_translation(locales[1])
    english_target.title, english_target.slug = "Form", "form"
    english_target.save_revision().publish()
    english_target.refresh_from_db()
    _, english = english_page_linking_to(target, section, locales)

    [link] = [link for link in body_links(client, english) if link.get_text() == "the form"]

    assert link["href"] == english_target.url
    assert not link.has_attr("hreflang")
    assert mark_after(link) is None


def test_the_mark_is_added_only_for_links_in_another_language_than_the_readers():
    html = '<p><a href="/a/" hreflang="nl">A</a> and <a href="/b/" hreflang="en">B</a></p>'

    with translation.override("en"):
        marked = str(mark_other_language_links(html))
        fragment = notice_fragment("nl")

    soup = BeautifulSoup(marked, "html.parser")
    first, second = soup.find_all("a")
    assert mark_after(first) == "(in Dutch)"
    assert mark_after(second) is None
    assert fragment == "#only-in-dutch"
    with translation.override("nl"):
        assert notice_fragment("nl") == ""
