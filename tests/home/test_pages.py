"""The public page types render with navigation, breadcrumbs, ownership date and feedback."""

import datetime
import json

import pytest
from django.contrib.auth.models import Group

from tests.factories import (
    ContentPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    SectionPageFactory,
)

pytestmark = pytest.mark.django_db

ALL_BLOCKS = json.dumps(
    [
        {"type": "heading", "value": {"text": "Zo vraagt u het aan", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Maak eerst een afspraak.</p>"},
        {
            "type": "accordion",
            "value": {
                "title": "Vragen",
                "items": [{"question": "Hoe lang duurt het?", "answer": "<p>Vijf werkdagen.</p>"}],
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "text": "Wilt u langskomen?",
                "link_label": "Maak een afspraak",
                "link_page": None,
                "link_url": "https://example.org/afspraak",
            },
        },
        {
            "type": "contact",
            "value": {"title": "Vragen?", "text": "Bel ons.", "phone": "", "email": ""},
        },
        {
            "type": "table",
            "value": {
                "caption": "Kosten",
                "table": {
                    "data": [["Product", "Prijs"], ["Paspoort", "€ 84,00"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            },
        },
    ]
)


def test_home_page_shows_news_and_main_navigation(client, home):
    section = SectionPageFactory(parent=home, title="Afval", slug="afval")
    news_index = NewsIndexPageFactory(parent=home, slug="nieuws")
    NewsPageFactory(
        parent=news_index, title="Nieuwe openingstijden", date=datetime.date(2026, 11, 1)
    )

    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="nl"' in html
    assert "Nieuwe openingstijden" in html
    assert f'href="{section.url}"' in html
    assert 'href="#main"' in html  # skip link


def test_section_page_lists_its_published_children(client, home):
    section = SectionPageFactory(parent=home, title="Afval", slug="afval")
    ContentPageFactory(parent=section, title="Grofvuil laten ophalen")
    draft = ContentPageFactory(parent=section, title="Nog niet klaar")
    draft.unpublish()

    html = client.get("/afval/").content.decode()

    assert "Grofvuil laten ophalen" in html
    assert "Nog niet klaar" not in html


def test_content_page_renders_every_block_type_and_breadcrumbs(client, home):
    section = SectionPageFactory(parent=home, title="Paspoort en ID-kaart", slug="paspoort")
    page = ContentPageFactory(parent=section, title="Paspoort aanvragen", slug="aanvragen")
    page.body = ALL_BLOCKS
    page.save_revision().publish()

    html = client.get("/paspoort/aanvragen/").content.decode()

    assert '<h2 class="utrecht-heading-2">Zo vraagt u het aan</h2>' in html
    assert "<details" in html and "Hoe lang duurt het?" in html
    assert "Maak een afspraak" in html
    assert "<caption" in html and "€ 84,00" in html
    assert 'scope="col"' in html
    assert 'aria-label="U bent hier"' in html
    assert 'aria-current="page">Paspoort aanvragen' in html


def test_every_page_shows_the_last_checked_date_from_the_review_date(client, home):
    team = Group.objects.create(name="Team Burgerzaken")
    page = ContentPageFactory(
        parent=home, slug="info", owning_team=team, last_reviewed_at=datetime.date(2026, 3, 14)
    )

    html = client.get(page.url).content.decode()

    assert "Laatst gecontroleerd op 14 maart 2026" in html


def test_unknown_url_gives_a_dutch_404_page(client, home):
    response = client.get("/bestaat-niet/")

    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_news_index_paginates_and_survives_a_bad_page_number(client, home):
    index = NewsIndexPageFactory(parent=home, slug="nieuws")
    for day in range(1, 13):
        NewsPageFactory(parent=index, title=f"Bericht {day}", date=datetime.date(2026, 10, day))

    first = client.get("/nieuws/").content.decode()
    last = client.get("/nieuws/?pagina=999").content.decode()
    bad = client.get("/nieuws/?pagina=abc")

    assert "Bericht 12" in first and "Bericht 1<" not in first
    assert "Bericht 1<" in last
    assert bad.status_code == 200
