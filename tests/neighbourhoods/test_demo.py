"""The demo of "In uw buurt": complete, current, plain Dutch, and safe to build twice.

Most tests read the shared demo site (``demo_site``, built once per test process); the test of
the e-mails builds the neighbourhoods demo alone, because only there its after-commit callbacks
run (the shared demo's transaction never commits).
"""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.db.models import Sum
from django.utils import timezone

from home.demo.builder import DemoSiteBuilder
from neighbourhoods import postcodes
from neighbourhoods.demo import content
from neighbourhoods.demo.areas import demo_area
from neighbourhoods.demo.builder import build_neighbourhoods_demo
from neighbourhoods.models import (
    AreaIndexPage,
    AreaPage,
    Initiative,
    InitiativeStatus,
    InitiativeStatusChange,
    Meeting,
    NeighbourhoodBudget,
    OfficeHoursCancellation,
    PostcodeArea,
    RecurringOfficeHours,
)
from readability import analyse

pytestmark = pytest.mark.django_db

MODELS = (
    AreaPage,
    Meeting,
    RecurringOfficeHours,
    OfficeHoursCancellation,
    NeighbourhoodBudget,
    Initiative,
    InitiativeStatusChange,
    PostcodeArea,
)


@pytest.fixture
def demo(demo_site):
    """A builder, the teams and the area overview of the shared demo site, to build again."""
    builder = DemoSiteBuilder()
    index = AreaIndexPage.objects.get(locale__language_code="nl")
    return builder, builder.ensure_teams(), index


@pytest.fixture
def demo_alone(home, english_home, django_capture_on_commit_callbacks):
    """The neighbourhoods demo built on an empty site, with its after-commit callbacks run."""
    builder = DemoSiteBuilder()
    teams = {"Team Communicatie": Group.objects.create(name="Team Communicatie")}
    with django_capture_on_commit_callbacks(execute=True):
        build_neighbourhoods_demo(builder, home, teams)


def counts() -> dict:
    return {model.__name__: model.objects.count() for model in MODELS}


def test_the_demo_builds_the_overview_with_three_villages_and_their_neighbourhoods(demo):
    *_, index = demo

    assert index.slug == "wijken" and index.show_in_menus and index.live
    villages = [page.title for page in index.villages()]
    assert villages == ["Geertruidenberg", "Raamsdonksveer", "Raamsdonk"]
    raamsdonksveer = AreaPage.objects.get(slug="raamsdonksveer", locale__language_code="nl")
    assert [page.title for page in raamsdonksveer.neighbourhoods()] == ["Centrum", "Dombosch"]
    assert all(page.team_contacts() for page in AreaPage.objects.all())
    english = AreaIndexPage.objects.get(locale__language_code="en")
    assert english.title == "In your neighbourhood"
    assert AreaPage.objects.filter(locale__language_code="en").count() == 7


def test_building_the_demo_twice_duplicates_nothing(demo):
    builder, teams, index = demo
    before = counts()
    builder.created = 0

    again = build_neighbourhoods_demo(builder, index.get_parent(), teams)

    assert again.pk == index.pk
    assert counts() == before
    assert builder.created == 0


def test_the_demo_keeps_an_edited_postcode_mapping(demo):
    builder, teams, index = demo
    PostcodeArea.objects.exclude(digits="4944").delete()

    build_neighbourhoods_demo(builder, index.get_parent(), teams)

    assert list(PostcodeArea.objects.values_list("digits", flat=True)) == ["4944"]


def test_the_demo_agenda_has_office_hours_a_cancelled_date_and_meetings_around_today(demo):
    now = timezone.now()

    assert RecurringOfficeHours.objects.count() == len(content.OFFICE_HOURS)
    cancelled = OfficeHoursCancellation.objects.get()
    assert cancelled.date >= timezone.localdate()
    assert cancelled.schedule.area.title == "Geertruidenberg"
    assert Meeting.objects.filter(starts_at__gt=now).exists()
    assert Meeting.objects.filter(ends_at__lt=now).exclude(report="").exists()


def test_a_neighbourhood_page_of_the_demo_shows_its_villages_office_hours(client, demo):
    dombosch = AreaPage.objects.get(slug="dombosch", locale__language_code="nl")

    response = client.get(dombosch.url)

    assert response.status_code == 200
    assert "Bibliotheek Raamsdonksveer" in response.content.decode()


def test_the_demo_initiatives_went_through_the_status_service_without_e_mail(demo_alone):
    statuses = set(Initiative.objects.values_list("status", flat=True))

    assert statuses == set(InitiativeStatus.values)
    for initiative in Initiative.objects.all():
        steps = list(initiative.status_changes.values_list("to_status", flat=True))
        assert steps[0] == InitiativeStatus.RECEIVED
        assert steps[-1] == initiative.status
    assert mail.outbox == []


def test_the_demo_budgets_hold_exactly_the_approved_amounts(demo):
    year = timezone.localdate().year

    for budget in NeighbourhoodBudget.objects.filter(year=year):
        approved = budget.initiatives.aggregate(total=Sum("approved_amount"))["total"]
        assert budget.allocated == (approved or Decimal("0"))
        assert budget.remaining > 0
    assert NeighbourhoodBudget.objects.filter(allocated__gt=0).exists()


def test_the_finished_demo_initiative_has_a_photo_with_a_description(demo):
    finished = Initiative.objects.get(status=InitiativeStatus.CARRIED_OUT)

    photo = finished.photos.get()
    assert photo.image.description
    assert finished.result


@pytest.mark.parametrize(
    ("postcode", "area"),
    [
        ("4931 AB", "Vesting"),
        ("4931 XY", "Geertruidenberg-Noord"),
        ("4941 LB", "Dombosch"),
        ("4942 AA", "Raamsdonksveer"),
        ("4944 CD", "Raamsdonk"),
    ],
)
def test_the_demo_postcodes_lead_to_an_area(demo, postcode, area):
    result = postcodes.lookup(postcode)

    assert result.found
    assert result.area.title == area


def test_demo_news_items_and_consultations_link_to_demo_areas(demo):
    assert demo_area("Centrum").slug == "centrum"
    assert demo_area("Hele gemeente") is None
    assert all(demo_area(title) for title in content.NEWS_AREAS.values())


def test_the_neighbourhood_staff_demo_user_is_in_the_wijkteams_group(home):
    builder = DemoSiteBuilder()

    people = builder.ensure_demo_people(builder.ensure_teams(), "demo-wachtwoord")

    assert "wijk" in people
    assert Group.objects.get(name="Wijkteams").user_set.filter(username="wijk").exists()


def demo_texts() -> list[str]:
    """Every Dutch text of the demo that residents read."""
    texts = [content.INDEX["title"], content.INDEX["intro"]]
    for village in content.AREAS:
        for area in [village, *village["neighbourhoods"]]:
            texts += [area["intro"]]
            texts += [contact["description"] for contact in area.get("contacts", [])]
    for data in [*content.OFFICE_HOURS, *content.MEETINGS]:
        texts += [data["accessibility_note"], data["hosts"], data.get("cancel_next", "")]
        texts += [data.get("description", ""), data.get("report", "")]
    for data in content.INITIATIVES:
        texts += [data["title"], data["description"], data["helpers"], data.get("result", "")]
        texts += [note for _status, _amount, note in data["steps"]]
    return [text for text in texts if text]


def test_the_demo_texts_are_plain_dutch():
    problems = []
    for text in demo_texts():
        report = analyse(text)
        codes = {f.code for f in report.findings if f.severity in {"red", "orange"}}
        if not report.meets_b1 or codes:
            problems.append((text, sorted(codes)))

    assert problems == []
