"""The table editor (handsontable) gets a language it ships, so the page editor logs no error.

Wagtail's TableBlock passes the admin language to handsontable by default; the handsontable build
Wagtail ships knows only "en-US", so a Dutch admin ("nl") made the editor log a console error.
"""

import html
import json
import re
from pathlib import Path

import pytest
import wagtail.contrib.table_block
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from core.blocks import CaptionedTableBlock
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

LANGUAGE_OPTION = re.compile(r'"language":\s*"([^"]*)"')


def shipped_handsontable() -> str:
    """The handsontable bundle among Wagtail's static files."""
    vendor = Path(wagtail.contrib.table_block.__file__).parent / "static/table_block/js/vendor"
    (bundle,) = vendor.glob("handsontable-*.js")
    return bundle.read_text(encoding="utf-8")


def handsontable_knows(language: str) -> bool:
    """Whether the shipped handsontable has a dictionary registered for ``language``."""
    return f'languageCode:"{language}"' in shipped_handsontable()


def editor_table_languages(client, page) -> list[str]:
    """The ``language`` options of the table blocks in the page editor's block definitions."""
    soup = BeautifulSoup(
        client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content, "html.parser"
    )
    languages = []
    for element in soup.find_all(True):
        for value in element.attrs.values():
            if isinstance(value, str) and '"language"' in value:
                languages += LANGUAGE_OPTION.findall(html.unescape(value))
    return languages


@pytest.mark.parametrize("admin_language", ["nl", "en"])
def test_the_table_block_asks_handsontable_for_a_language_it_ships(admin_language):
    with translation.override(admin_language):
        table = CaptionedTableBlock().child_blocks["table"]

    assert handsontable_knows(table.table_options["language"])


def test_the_page_editor_gives_every_table_a_language_handsontable_ships(
    client, home, django_user_model
):
    page = ContentPageFactory(parent=home, slug="tarieven", title="Tarieven")
    client.force_login(
        django_user_model.objects.create_superuser("redacteur", "r@example.org", "x")
    )

    languages = editor_table_languages(client, page)

    assert languages, "the page editor defines a table block"
    assert all(handsontable_knows(language) for language in languages), languages


def test_the_table_options_keep_the_editors_context_menu():
    table = CaptionedTableBlock().child_blocks["table"]

    assert "remove_row" in table.table_options["contextMenu"]
    assert json.dumps(table.table_options)  # passed to the editor as JSON
