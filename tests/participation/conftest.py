"""One item of each moderated kind: an idea, a reaction (consultations) and a youth proposal."""

import pytest
from django.contrib.auth.models import Group

from participation.models import ModerationStatus
from tests.consultations.factories import (
    ConsultationIndexPageFactory,
    IdeaFactory,
    ReactionFactory,
    make_consultation,
)
from tests.youth.factories import ProposalFactory, YouthHomePageFactory

#: The kind of item, the group whose members moderate it, and its admin URL namespace.
KINDS = {
    "idea": ("Participatiemedewerkers", "wagtailsnippets_consultations_idea"),
    "reaction": ("Participatiemedewerkers", "wagtailsnippets_consultations_reaction"),
    "proposal": ("Jongerenwerkers", "wagtailsnippets_youth_youthproposal"),
}


@pytest.fixture
def consultation(home):
    return make_consultation(ConsultationIndexPageFactory(parent=home))


@pytest.fixture
def youth_home(home):
    return YouthHomePageFactory(parent=home)


@pytest.fixture
def make_item(consultation, youth_home):
    """``make_item(kind, **fields)``: a waiting item of that kind."""

    def make(kind, **fields):
        fields.setdefault("status", ModerationStatus.PENDING)
        if kind == "idea":
            return IdeaFactory(consultation=consultation, **fields)
        if kind == "reaction":
            return ReactionFactory(consultation=consultation, **fields)
        return ProposalFactory(youth_home=youth_home, **fields)

    return make


@pytest.fixture
def moderator_of(django_user_model):
    """``moderator_of(kind)``: a member of the group that moderates that kind."""

    def make(kind):
        group_name = KINDS[kind][0]
        user = django_user_model.objects.create_user(username=f"mod-{kind}", password="pw")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def editor(django_user_model):
    """An editor: may use the admin, may not moderate."""
    user = django_user_model.objects.create_user(username="redacteur", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user
