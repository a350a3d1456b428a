"""The disposition screen works for any number of contributions: a page at a time, with a filter
for the ones without a decision; and reactions in moderation open like ideas."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from consultations.feedback_views import PAGE_SIZE
from consultations.models import Disposition, Idea, ModerationStatus, PhaseKind, Reaction
from tests.consultations.factories import ReactionFactory, make_consultation

pytestmark = pytest.mark.django_db

IDEAS = 600
REACTIONS = 400


@pytest.fixture
def staff_client(django_user_model):
    user = django_user_model.objects.create_user("participatie", "p@example.org", "x")
    user.groups.add(Group.objects.get(name="Participatiemedewerkers"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def consultation(consultation_index):
    return make_consultation(consultation_index, current=PhaseKind.PROCESSING)


@pytest.fixture
def thousand_contributions(consultation):
    """600 ideas and 400 reactions, published, without a decision."""
    published = {"consultation": consultation, "status": ModerationStatus.PUBLISHED}
    Idea.objects.bulk_create(
        Idea(title=f"Idee {n}", description=f"Beschrijving {n}", **published) for n in range(IDEAS)
    )
    Reaction.objects.bulk_create(
        Reaction(text=f"Reactie {n}", **published) for n in range(REACTIONS)
    )
    return consultation


def screen_url(consultation, **query):
    url = reverse("consultations_feedback_edit", args=[consultation.pk])
    return url + ("?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "")


def disposition_form(response):
    """The disposition form of the screen as {field name: value}, as a browser would send it."""
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("input", attrs={"name": "ideas-TOTAL_FORMS"}).find_parent("form")
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in {"submit", "checkbox"}:
            continue
        if field.name == "select":
            selected = field.find("option", selected=True)
            data[name] = selected["value"] if selected else ""
        elif field.name == "textarea":
            data[name] = field.get_text().strip()
        else:
            data[name] = field.get("value", "")
    return data


def shown_contributions(data):
    return [name for name in data if name.endswith("-disposition") and "themes" not in name]


def test_every_page_of_the_disposition_screen_loads_with_1000_contributions(
    staff_client, thousand_contributions
):
    pages = -(-(IDEAS + REACTIONS) // PAGE_SIZE)
    seen = 0
    for number in range(1, pages + 1):
        response = staff_client.get(screen_url(thousand_contributions, p=number))
        assert response.status_code == 200
        data = disposition_form(response)
        assert len(shown_contributions(data)) <= PAGE_SIZE
        assert len(data) < settings.DATA_UPLOAD_MAX_NUMBER_FIELDS / 4
        seen += len(shown_contributions(data))
    assert seen == IDEAS + REACTIONS


def test_saving_one_page_gives_exactly_its_contributions_a_decision(
    staff_client, thousand_contributions
):
    data = disposition_form(staff_client.get(screen_url(thousand_contributions, p=12)))
    for name in shown_contributions(data):
        data[name] = Disposition.ADOPTED
        data[name.replace("-disposition", "-disposition_reason")] = "We doen het."

    response = staff_client.post(screen_url(thousand_contributions, p=12), data)

    assert response.status_code == 302
    decided = Idea.objects.exclude(disposition="").count()
    decided += Reaction.objects.exclude(disposition="").count()
    assert decided == PAGE_SIZE
    # page 12 holds contributions 551 to 600: the last ideas, no reaction
    assert Reaction.objects.exclude(disposition="").count() == 0
    assert Idea.objects.filter(title="Idee 599").exclude(disposition="").exists()


def test_the_filter_without_decision_shows_only_contributions_without_one(
    staff_client, consultation
):
    decided = ReactionFactory(
        consultation=consultation,
        status=ModerationStatus.PUBLISHED,
        text="Al besloten",
        disposition=Disposition.NOT_ADOPTED,
        disposition_reason="Past niet.",
    )
    open_reaction = ReactionFactory(
        consultation=consultation, status=ModerationStatus.PUBLISHED, text="Nog open"
    )

    everything = disposition_form(staff_client.get(screen_url(consultation)))
    filtered = disposition_form(staff_client.get(screen_url(consultation, zonder_besluit=1)))

    ids = {value for name, value in everything.items() if name.endswith("-id")}
    filtered_ids = {value for name, value in filtered.items() if name.endswith("-id")}
    assert {str(decided.pk), str(open_reaction.pk)} <= ids
    assert str(open_reaction.pk) in filtered_ids
    assert str(decided.pk) not in filtered_ids


def test_a_contribution_of_another_consultation_cannot_be_changed_here(
    staff_client, consultation, consultation_index
):
    other = ReactionFactory(
        consultation=make_consultation(consultation_index), status=ModerationStatus.PUBLISHED
    )
    data = disposition_form(staff_client.get(screen_url(consultation)))
    data.update(
        {
            "reactions-TOTAL_FORMS": "1",
            "reactions-INITIAL_FORMS": "1",
            "reactions-0-id": str(other.pk),
            "reactions-0-disposition": Disposition.ADOPTED,
            "reactions-0-disposition_reason": "Ja.",
        }
    )

    response = staff_client.post(screen_url(consultation), data)

    assert response.status_code == 200
    other.refresh_from_db()
    assert other.disposition == ""


# Reactions in moderation


def test_a_reaction_in_moderation_opens_from_its_row_with_approve_and_reject(
    client, django_user_model, consultation
):
    user = django_user_model.objects.create_user("moderator", password="pw")
    user.groups.add(Group.objects.get(name="Participatiemedewerkers"))
    client.force_login(user)
    reaction = ReactionFactory(
        consultation=consultation, status=ModerationStatus.PENDING, text="Graag meer bomen"
    )
    edit_url = reverse("wagtailsnippets_consultations_reaction:edit", args=[reaction.pk])
    approve_url = reverse("wagtailsnippets_consultations_reaction:approve", args=[reaction.pk])
    reject_url = reverse("wagtailsnippets_consultations_reaction:reject", args=[reaction.pk])

    listing = BeautifulSoup(
        client.get(reverse("wagtailsnippets_consultations_reaction:list")).content, "html.parser"
    )
    row = listing.find("a", href=edit_url).find_parent("tr")
    row_links = [link["href"].split("?")[0] for link in row.find_all("a", href=True)]
    edit_page = client.get(edit_url)

    assert "Graag meer bomen" in row.get_text()
    assert approve_url in row_links
    assert reject_url in row_links
    assert edit_page.status_code == 200
    header_links = [
        link["href"].split("?")[0]
        for link in BeautifulSoup(edit_page.content, "html.parser").find_all("a", href=True)
    ]
    assert approve_url in header_links
