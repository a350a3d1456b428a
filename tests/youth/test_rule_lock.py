"""Once a voting round has opened, its rules and its ballot cannot change."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.test.utils.form_data import rich_text

from tests.youth.factories import ProposalFactory
from tests.youth.voting_helpers import budget_round, count_round
from youth.models import VotingRoundPage

pytestmark = pytest.mark.django_db


def fresh(voting_round) -> VotingRoundPage:
    return VotingRoundPage.objects.get(pk=voting_round.pk)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("max_choices", 1),
        ("rule", "budget"),
        ("budget", Decimal("99")),
        ("closes_at", timezone.now() + datetime.timedelta(days=30)),
        ("opens_at", timezone.now() + datetime.timedelta(days=1)),
    ],
)
def test_rules_of_an_opened_round_cannot_be_saved(youth_home, field, value):
    voting_round = fresh(count_round(youth_home, max_choices=2)[0])
    setattr(voting_round, field, value)

    with pytest.raises(ValidationError):
        voting_round.save(clean=False)

    assert getattr(fresh(voting_round), field) != value


def test_the_ballot_of_an_opened_round_cannot_change(youth_home):
    voting_round, proposals = count_round(youth_home)
    voting_round = fresh(voting_round)
    voting_round.proposals = [*proposals, ProposalFactory(youth_home=youth_home)]

    with pytest.raises(ValidationError):
        voting_round.save(clean=False)

    assert set(fresh(voting_round).proposals.all()) == set(proposals)


def test_an_opened_round_can_still_get_a_new_title_and_updates(youth_home):
    voting_round = fresh(count_round(youth_home)[0])
    voting_round.title = "Nieuwe titel"
    voting_round.updates = "<p>De winnaars gaan aan de slag.</p>"

    voting_round.save()

    assert fresh(voting_round).title == "Nieuwe titel"


def test_revision_bookkeeping_of_an_opened_round_is_allowed(youth_home):
    voting_round = fresh(count_round(youth_home)[0])
    voting_round.title = "Concept"

    revision = voting_round.save_revision()
    revision.publish()

    assert fresh(voting_round).title == "Concept"


def test_a_draft_that_changes_the_rules_of_an_opened_round_is_refused(youth_home):
    voting_round = fresh(count_round(youth_home, max_choices=2)[0])
    voting_round.max_choices = 1

    with pytest.raises(ValidationError) as refused:
        voting_round.save_revision()

    assert "max_choices" in refused.value.message_dict


def test_a_round_that_has_not_opened_can_change_everything(youth_home):
    voting_round, proposals = count_round(youth_home, opens_in=3, closes_in=10, max_choices=2)
    voting_round = fresh(voting_round)
    voting_round.max_choices = 3
    voting_round.proposals = [*proposals, ProposalFactory(youth_home=youth_home)]

    voting_round.save()

    assert fresh(voting_round).max_choices == 3
    assert fresh(voting_round).proposals.count() == 5


def test_moving_the_opening_into_the_future_does_not_unlock_an_opened_round(youth_home):
    voting_round = fresh(count_round(youth_home, max_choices=2)[0])
    voting_round.opens_at = timezone.now() + datetime.timedelta(days=1)
    voting_round.max_choices = 1

    with pytest.raises(ValidationError):
        voting_round.save(clean=False)


def test_count_rule_needs_at_least_as_many_proposals_as_choices(youth_home):
    voting_round = fresh(count_round(youth_home, opens_in=3, closes_in=10, size=2)[0])
    voting_round.max_choices = 3

    with pytest.raises(ValidationError) as refused:
        voting_round.full_clean()

    assert "proposals" in refused.value.message_dict


def test_budget_rule_needs_a_cost_estimate_for_every_proposal(youth_home):
    voting_round, proposals = budget_round(youth_home, opens_in=3, closes_in=10)
    voting_round = fresh(voting_round)
    voting_round.proposals = [*proposals, ProposalFactory(youth_home=youth_home, title="Gratis")]

    with pytest.raises(ValidationError) as refused:
        voting_round.full_clean()

    assert "Gratis" in str(refused.value.message_dict["proposals"])


def editor_client(client):
    admin = get_user_model().objects.create_superuser("redacteur", password="x")  # noqa: S106
    client.force_login(admin)
    return client


def edit_form_data(voting_round, **changes) -> dict:
    local = timezone.localtime
    data = {
        "title": voting_round.title,
        "slug": voting_round.slug,
        "intro": voting_round.intro or "",
        "opens_at": local(voting_round.opens_at).strftime("%Y-%m-%d %H:%M"),
        "closes_at": local(voting_round.closes_at).strftime("%Y-%m-%d %H:%M"),
        "rule": voting_round.rule,
        "max_choices": voting_round.max_choices,
        "budget": voting_round.budget or "",
        "who_may_vote": voting_round.who_may_vote,
        "proposals": [p.pk for p in voting_round.proposals.all()] if voting_round.pk else [],
        "updates": "",
    }
    data.update(changes)
    return data


def post_edit(client, voting_round, **changes):
    data = edit_form_data(voting_round, **changes)
    data["updates"] = rich_text(data["updates"] or "")
    return client.post(f"/admin/pages/{voting_round.pk}/edit/", data)


def test_the_editor_sees_why_the_rules_of_an_opened_round_cannot_change(client, youth_home):
    voting_round, proposals = count_round(youth_home, max_choices=2)
    extra = ProposalFactory(youth_home=youth_home)

    response = post_edit(
        editor_client(client),
        fresh(voting_round),
        max_choices=1,
        proposals=[*(p.pk for p in proposals), extra.pk],
    )

    assert response.status_code == 200  # the form again, with errors
    errors = response.context["form"].errors
    assert "max_choices" in errors
    assert "proposals" in errors
    assert fresh(voting_round).max_choices == 2


def test_the_editor_can_save_an_opened_round_without_rule_changes(client, youth_home):
    voting_round, _proposals = count_round(youth_home, max_choices=2)

    response = post_edit(editor_client(client), fresh(voting_round), title="Andere titel")

    assert response.status_code == 302, response.context["form"].errors
    assert fresh(voting_round).get_latest_revision_as_object().title == "Andere titel"


def test_the_editor_can_create_a_round_with_its_ballot(client, youth_home):
    proposals = [ProposalFactory(youth_home=youth_home) for _ in range(3)]
    now = timezone.now()
    template = VotingRoundPage(
        title="Nieuwe ronde",
        slug="nieuwe-ronde",
        opens_at=now + datetime.timedelta(days=2),
        closes_at=now + datetime.timedelta(days=9),
        rule="count",
        max_choices=3,
        who_may_vote="Iedereen met een code.",
    )
    data = edit_form_data(template, proposals=[p.pk for p in proposals])
    data["updates"] = rich_text("")

    response = editor_client(client).post(
        f"/admin/pages/add/youth/votingroundpage/{youth_home.pk}/", data
    )

    assert response.status_code == 302, response.context["form"].errors
    created = VotingRoundPage.objects.get(slug="nieuwe-ronde")
    assert set(created.proposals.all()) == set(proposals)


def test_the_editor_cannot_create_a_count_round_with_too_few_proposals(client, youth_home):
    proposals = [ProposalFactory(youth_home=youth_home) for _ in range(2)]
    now = timezone.now()
    template = VotingRoundPage(
        title="Te klein",
        slug="te-klein",
        opens_at=now + datetime.timedelta(days=2),
        closes_at=now + datetime.timedelta(days=9),
        rule="count",
        max_choices=3,
        who_may_vote="Iedereen met een code.",
    )
    data = edit_form_data(template, proposals=[p.pk for p in proposals])
    data["updates"] = rich_text("")

    response = editor_client(client).post(
        f"/admin/pages/add/youth/votingroundpage/{youth_home.pk}/", data
    )

    assert response.status_code == 200
    assert "proposals" in response.context["form"].errors
