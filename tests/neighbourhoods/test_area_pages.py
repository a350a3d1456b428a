"""The area page of a village or neighbourhood: what residents see and where it comes from.

``village`` (Raamsdonksveer) has the neighbourhood ``neighbourhood`` (Centrum) under it;
``other_village`` (Raamsdonk) stands alone (see ``conftest.py``).
"""

import datetime
import json
import re
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from consultations.models import PhaseKind as Phase
from neighbourhoods.initiative_status import change_status
from neighbourhoods.models import AreaContact, AreaIndexPage, AreaPage, ContactRole
from participation.models import ModerationStatus
from tests.consultations.factories import ConsultationIndexPageFactory, make_consultation
from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.neighbourhoods.factories import (
    AreaIndexPageFactory,
    BudgetFactory,
    InitiativeFactory,
    MeetingFactory,
    RecurringOfficeHoursFactory,
)
from tests.youth.factories import ProposalFactory, YouthHomePageFactory

pytestmark = pytest.mark.django_db


def html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def section(content: str, section_id: str) -> str:
    """The HTML of the ``<section id="...">`` of the area page."""
    start = content.index(f'id="{section_id}"')
    return content[start : content.index("</section>", start)]


def dutch(message: str) -> str:
    """A message as the Dutch site shows it (also before the catalogue has the translation)."""
    with translation.override("nl"):
        return translation.gettext(message)


def add_contact(area, **fields) -> AreaContact:
    values = {
        "role": ContactRole.NEIGHBOURHOOD_MANAGER,
        "name": "Eva Kuipers",
        "description": "Voor vragen over uw buurt.",
        "phone": "14 0162",
        "email": "wijkteam@geertruidenberg.example",
        **fields,
    }
    return AreaContact.objects.create(page=area, **values)


def approved_initiative(area, title: str, amount: str = "500"):
    initiative = InitiativeFactory(area=area, title=title)
    change_status(initiative, "approved", user=None, amount=Decimal(amount), note="Goed plan.")
    return initiative


@pytest.fixture
def consultation_index(home):
    return ConsultationIndexPageFactory(parent=home)


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def youth_home(home):
    return YouthHomePageFactory(parent=home)


# Everything on one page -------------------------------------------------------------------------
@pytest.fixture
def full_village(village, consultation_index, news_index, youth_home):
    """Raamsdonksveer with something in every section of its page."""
    add_contact(village)
    add_contact(
        village,
        role=ContactRole.COMMUNITY_OFFICER,
        name="Mehmet Yilmaz",
        phone="0900 8844",
        email="",
        link="https://www.politie.nl/mijn-buurt",
    )
    MeetingFactory(area=village, topic="Het nieuwe plein")
    past = timezone.now() - datetime.timedelta(days=20)
    MeetingFactory(
        area=village,
        topic="Parkeren",
        starts_at=past,
        ends_at=past + datetime.timedelta(hours=2),
        report="Er kwamen twintig bewoners.",
    )
    BudgetFactory(area=village, amount=Decimal("10000"))
    approved_initiative(village, "Plantenbakken in de straat")
    make_consultation(consultation_index, title="Een groener centrum", area=village.area)
    make_consultation(
        consultation_index, current=Phase.CLOSED, title="De nieuwe speeltuin", area=village.area
    )
    NewsPageFactory(parent=news_index, title="Werk aan de weg", area=village.area)
    ProposalFactory(youth_home=youth_home, title="Een skatebaan", area=village.area)
    village.body = json.dumps(
        [{"type": "paragraph", "value": "<p>Het wijkteam kent de buurt goed.</p>"}]
    )
    village.save_revision().publish()
    return village


def test_the_area_page_shows_every_section_with_its_data(client, full_village):
    content = html(client, full_village)

    assert "Het nieuwe plein" in section(content, "agenda")
    assert "Mehmet Yilmaz" in section(content, "team")
    initiatives = section(content, "initiatives")
    assert "Plantenbakken in de straat" in initiatives
    assert 'class="budget-summary' in initiatives
    say = section(content, "have-your-say")
    assert "Een groener centrum" in say and "De nieuwe speeltuin" in say
    assert "Een skatebaan" in section(content, "youth-proposals")
    assert "Werk aan de weg" in section(content, "news")
    reports = section(content, "reports")
    assert "Parkeren" in reports and "Er kwamen twintig bewoners." in reports
    assert "Het wijkteam kent de buurt goed." in content


def test_the_sections_answer_residents_questions_first(client, full_village):
    content = html(client, full_village)

    order = ["agenda", "team", "initiatives", "have-your-say", "youth-proposals", "news", "reports"]
    positions = [content.index(f'id="{name}"') for name in order]

    assert positions == sorted(positions)


def test_headings_go_down_one_level_at_a_time(client, full_village):
    content = html(client, full_village).split('<main id="main"')[1].split("</main>")[0]
    levels = [int(level) for level in re.findall(r"<h([1-6])\b", content)]

    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later <= earlier + 1 for earlier, later in zip(levels, levels[1:], strict=False))


def test_contact_details_are_links_to_call_mail_or_visit(client, full_village):
    team = section(html(client, full_village), "team")

    assert 'href="tel:140162"' in team
    assert 'href="mailto:wijkteam@geertruidenberg.example"' in team
    assert 'href="https://www.politie.nl/mijn-buurt"' in team
    assert "Mehmet Yilmaz" in team and "Eva Kuipers" in team


def test_the_initiators_contact_details_are_never_on_the_area_page(client, full_village):
    initiative = full_village.initiatives.get()

    content = html(client, full_village)

    assert initiative.contact_email not in content
    assert initiative.contact_name not in content


def test_the_consultation_open_for_input_is_a_card_and_a_finished_one_a_link(client, full_village):
    say = section(html(client, full_village), "have-your-say")
    cards, rest = say.split("</ul>", 1)

    assert "Een groener centrum" in cards and 'class="card consultation-card"' in cards
    assert "De nieuwe speeltuin" in rest


def test_youth_proposals_link_to_their_own_page(client, full_village, youth_home):
    proposal = youth_home.proposals.get(title="Een skatebaan")

    proposals = section(html(client, full_village), "youth-proposals")

    assert f'href="{youth_home.url}voorstel/{proposal.pk}/"' in proposals


# Villages and neighbourhoods ------------------------------------------------------------------
def test_a_neighbourhood_page_shows_the_office_hours_of_its_village(client, village, neighbourhood):
    RecurringOfficeHoursFactory(area=village, location_name="Bibliotheek Raamsdonksveer")

    response = client.get(neighbourhood.url)

    assert [item.area.pk for item in response.context["upcoming_meetings"]] == [village.pk]
    assert "Bibliotheek Raamsdonksveer" in section(response.content.decode(), "agenda")


def test_a_neighbourhood_without_its_own_team_shows_its_villages_team(
    client, village, neighbourhood, other_village
):
    add_contact(village, name="Eva Kuipers")
    add_contact(other_village, name="Sem Jansen")

    assert "Eva Kuipers" in section(html(client, neighbourhood), "team")

    add_contact(neighbourhood, name="Noor Bakker")
    team = section(html(client, neighbourhood), "team")
    assert "Noor Bakker" in team and "Eva Kuipers" not in team
    assert "Eva Kuipers" not in html(client, other_village)


def test_the_village_page_shows_the_initiatives_of_its_neighbourhoods(
    client, village, neighbourhood
):
    BudgetFactory(area=village)
    approved_initiative(neighbourhood, "Een bankje bij de speeltuin")

    initiatives = section(html(client, village), "initiatives")

    assert "Een bankje bij de speeltuin" in initiatives


def test_the_village_page_lists_its_neighbourhoods_and_a_neighbourhood_links_to_its_village(
    client, village, neighbourhood
):
    village_page = html(client, village)
    neighbourhood_page = html(client, neighbourhood)

    assert f'href="{neighbourhood.url}"' in section(village_page, "neighbourhoods")
    header = neighbourhood_page.split('class="area-page__header"')[1].split("</header>")[0]
    assert f'href="{village.url}">Raamsdonksveer</a>' in header
    assert 'id="neighbourhoods"' not in neighbourhood_page


def test_what_is_linked_to_one_area_shows_there_and_not_on_another(
    client, village, neighbourhood, other_village, consultation_index, news_index, youth_home
):
    make_consultation(consultation_index, title="Plan voor de markt", area=neighbourhood.area)
    NewsPageFactory(parent=news_index, title="Nieuwe bomen op de markt", area=neighbourhood.area)
    ProposalFactory(youth_home=youth_home, title="Een pannaveld", area=neighbourhood.area)
    titles = ["Plan voor de markt", "Nieuwe bomen op de markt", "Een pannaveld"]

    own = html(client, neighbourhood)
    above = html(client, village)
    other = html(client, other_village)

    assert all(title in own for title in titles)
    assert all(title in above for title in titles)  # a village shows its neighbourhoods' news
    assert not any(title in other for title in titles)


def test_unpublished_and_unmoderated_items_do_not_show(
    client, village, consultation_index, news_index, youth_home
):
    draft = make_consultation(consultation_index, title="Geheim plan", area=village.area)
    draft.unpublish()
    news = NewsPageFactory(parent=news_index, title="Nog geen nieuws", area=village.area)
    news.unpublish()
    ProposalFactory(
        youth_home=youth_home,
        title="Nog niet bekeken",
        area=village.area,
        status=ModerationStatus.PENDING,
    )
    InitiativeFactory(area=village, title="Net binnen")

    content = html(client, village)

    for title in ("Geheim plan", "Nog geen nieuws", "Nog niet bekeken", "Net binnen"):
        assert title not in content


def test_the_english_translation_shows_the_same_meetings_and_initiatives(
    client, english_home, area_index, village, locales
):
    MeetingFactory(area=village, topic="Wijktafel over het plein")
    BudgetFactory(area=village)
    approved_initiative(village, "Plantenbakken")
    english_index = area_index.copy_for_translation(locales[1])
    english_index.save_revision().publish()
    english = village.copy_for_translation(locales[1])
    english.save_revision().publish()

    content = html(client, english)

    assert "Wijktafel over het plein" in section(content, "agenda")
    assert "Plantenbakken" in section(content, "initiatives")


# Empty states and the initiative form ----------------------------------------------------------
def test_an_area_without_anything_says_so_in_plain_words(client, other_village):
    content = html(client, other_village)

    assert (
        dutch(
            "There are no contacts for this area on the website yet. "
            "Call the municipality on 14 0162."
        )
        in content
    )
    assert dutch("There is no news about this area yet.") in content
    assert (
        dutch("There are no plans for this area at the moment that you can give your opinion on.")
        in content
    )


def test_the_page_invites_residents_to_start_an_initiative_only_when_it_accepts_them(
    client, village, other_village
):
    other_village.accepts_initiatives = False
    other_village.save_revision().publish()
    form_url = village.url + village.reverse_subpage("initiative_form")

    open_page = section(html(client, village), "initiatives")
    closed_page = section(html(client, other_village), "initiatives")

    assert f'href="{form_url}"' in open_page
    assert other_village.url + other_village.reverse_subpage("initiative_form") not in closed_page


# Page types -----------------------------------------------------------------------------------
def test_area_pages_live_only_under_the_area_overview_or_another_area(
    home, area_index, village, news_index
):
    news = NewsPageFactory(parent=news_index)

    assert AreaPage.can_create_at(area_index)
    assert AreaPage.can_create_at(village)
    assert not AreaPage.can_create_at(home)
    assert not AreaPage.can_create_at(news)


def test_the_area_overview_sits_once_under_the_home_page(home):
    assert AreaIndexPage.can_create_at(home)

    AreaIndexPageFactory(parent=home)

    assert not AreaIndexPage.can_create_at(home)
    assert AreaIndexPage.allowed_subpage_models() == [AreaPage]
