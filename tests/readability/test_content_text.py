"""Pages are read in reading order: title, summary, headings, paragraphs, questions, answers."""

import json

import pytest

from readability.content_text import content_blocks, rich_text_blocks
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def test_rich_text_becomes_paragraphs_list_items_and_headings():
    html = "<h2>Kosten</h2><p>U betaalt <b>€ 10</b>.</p><ul><li>Pin</li><li>Contant</li></ul>"

    assert rich_text_blocks(html) == [
        ("heading", "Kosten"),
        ("paragraph", "U betaalt € 10."),
        ("list_item", "Pin"),
        ("list_item", "Contant"),
    ]


def test_a_content_page_is_read_in_order_and_skips_links_and_tables(home):
    page = ContentPageFactory(parent=home, title="Grofvuil", intro="Wij halen grofvuil op.")
    page.body = json.dumps(
        [
            {"type": "heading", "value": {"text": "Zo werkt het", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Maak een afspraak.</p>"},
            {
                "type": "accordion",
                "value": {
                    "title": "Vragen",
                    "items": [{"question": "Wat kost het?", "answer": "<p>Het is gratis.</p>"}],
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "text": "Meld het online.",
                    "link_label": "Melden",
                    "link_page": None,
                    "link_url": "https://example.org",
                },
            },
            {"type": "table", "value": {"caption": "Tijden", "table": {"data": [["Ma", "9.00"]]}}},
        ]
    )

    assert content_blocks(page) == [
        ("heading", "Grofvuil"),
        ("paragraph", "Wij halen grofvuil op."),
        ("heading", "Zo werkt het"),
        ("paragraph", "Maak een afspraak."),
        ("heading", "Vragen"),
        ("heading", "Wat kost het?"),
        ("paragraph", "Het is gratis."),
        ("paragraph", "Meld het online."),
    ]
