"""Participation data on both sides of every retention period, built with the apps' factories.

``build_scenario(home)`` creates, for every registered retention rule, rows whose retention
period has ended ("expired") and rows that must stay as they are ("fresh"), with known e-mail
addresses, plus vote codes, ballots and survey invitation codes. Dates are offsets from now, so
the scenario gives the same result on every day of the year.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.models import Group
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from appointments.models import AppointmentLocation, Booking
from consultations.models import Follower, PhaseKind, SurveyResponse
from consultations.survey_uniqueness import create_invitation_codes
from front_office.models import ContactMoment, ContactRequest, HandlingTeam, RequestNote
from home.models import PageFeedback
from neighbourhoods.models import InitiativeStatus
from tests.consultations.factories import (
    ConsultationIndexPageFactory,
    IdeaFactory,
    ParticipantFactory,
    ReactionFactory,
    days_from_today,
    make_consultation,
)
from tests.consultations.survey_factories import field_names, make_survey
from tests.neighbourhoods.factories import (
    AreaIndexPageFactory,
    AreaPageFactory,
    InitiativeFactory,
)
from tests.youth.factories import ProposalFactory, YouthHomePageFactory, make_round
from tests.youth.voting_helpers import count_round, new_codes
from youth.ballots import cast_ballot
from youth.models import YouthContact

#: Longer ago than every default retention period (365 days).
LONG_AGO = 400
#: Well within every retention period.
RECENTLY = 10


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@dataclass
class Scenario:
    """What was built: the addresses that must disappear and those that must stay."""

    expired_emails: list[str] = field(default_factory=list)
    fresh_emails: list[str] = field(default_factory=list)
    vote_codes: list[str] = field(default_factory=list)  # as printed, e.g. K7RM-XQ4P-DA
    invitation_codes: list[str] = field(default_factory=list)
    objects: dict = field(default_factory=dict)


def _consultation_with_input(index, scenario, key, retention_date, prefix):
    consultation = make_consultation(
        index,
        current=PhaseKind.CLOSED,
        feedback_date=retention_date - datetime.timedelta(days=30),
        retention_date=retention_date,
    )
    participant = ParticipantFactory(
        consultation=consultation, name="Jan de Vries", email=f"{prefix}-deelnemer@example.org"
    )
    idea = IdeaFactory(
        consultation=consultation,
        participant=participant,
        description=f"Meer bankjes. Mail mij: {prefix}-idee@example.org",
    )
    reaction = ReactionFactory(
        consultation=consultation,
        participant=participant,
        text=f"Goed plan, mail {prefix}-reactie@example.org",
    )
    follower = Follower.objects.create(
        consultation=consultation,
        email=f"{prefix}-volger@example.org",
        confirmed_at=timezone.now(),
    )
    survey = make_survey(consultation, uniqueness="invitation")
    names = field_names(survey)
    response = SurveyResponse.objects.create(
        page=survey,
        respondent_key=f"{prefix}-key".ljust(64, "k"),
        participant=participant,
        form_data={
            names["radio"]: "Soms",
            names["multiline"]: f"Mail me op {prefix}-antwoord@example.org over het plein.",
        },
    )
    scenario.invitation_codes += create_invitation_codes(survey, 3)
    emails = [
        f"{prefix}-{kind}@example.org"
        for kind in ("deelnemer", "idee", "reactie", "volger", "antwoord")
    ]
    scenario.objects[key] = {
        "consultation": consultation,
        "participant": participant,
        "idea": idea,
        "reaction": reaction,
        "follower": follower,
        "response": response,
    }
    return emails


def _youth(home, scenario):
    youth_home = YouthHomePageFactory(parent=home)

    def proposal_with_contact(prefix, created_days_ago):
        contact = YouthContact.objects.create(email=f"{prefix}-jongere@example.org")
        proposal = ProposalFactory(
            youth_home=youth_home,
            why=f"Stuur me nieuws op {prefix}-voorstel@example.org",
            contact=contact,
        )
        YouthContact.objects.filter(pk=contact.pk).update(created_at=days_ago(created_days_ago))
        type(proposal).objects.filter(pk=proposal.pk).update(created_at=days_ago(created_days_ago))
        return proposal, [f"{prefix}-jongere@example.org", f"{prefix}-voorstel@example.org"]

    expired, expired_emails = proposal_with_contact("jong-oud", LONG_AGO)
    recent, recent_emails = proposal_with_contact("jong-nieuw", RECENTLY)
    # Sent long ago, but on the ballot of a round that closed recently: the clock starts then.
    on_ballot, ballot_emails = proposal_with_contact("jong-stemronde", LONG_AGO)
    make_round(
        youth_home,
        opens_in=-(RECENTLY + 7),
        closes_in=-RECENTLY,
        proposals=[on_ballot],
        max_choices=1,
    )
    scenario.expired_emails += expired_emails
    scenario.fresh_emails += recent_emails + ballot_emails
    scenario.objects["youth"] = {"expired": expired, "recent": recent, "on_ballot": on_ballot}

    voting_round, proposals = count_round(youth_home, max_choices=2)
    _batch, codes = new_codes(voting_round, count=4)
    for code in codes[:2]:
        cast_ballot(voting_round, code, [proposals[0].pk])
    scenario.vote_codes += codes


def _initiatives(home, scenario):
    village = AreaPageFactory(parent=AreaIndexPageFactory(parent=home), slug="raamsdonksveer")

    def initiative(prefix, final_days_ago):
        return InitiativeFactory(
            area=village,
            status=InitiativeStatus.NOT_APPROVED,
            status_changed_at=days_ago(final_days_ago),
            contact_name="Fatima de Vries",
            contact_phone="06 12345678",
            contact_email=f"{prefix}-initiatief@example.org",
            helpers=f"De buren; vragen aan {prefix}-helpers@example.org",
            budget_requested=Decimal("750.00"),
        )

    scenario.objects["initiatives"] = {
        "expired": initiative("wijk-oud", LONG_AGO),
        "recent": initiative("wijk-nieuw", RECENTLY),
    }
    scenario.expired_emails += ["wijk-oud-initiatief@example.org", "wijk-oud-helpers@example.org"]
    scenario.fresh_emails += ["wijk-nieuw-initiatief@example.org"]


def _page_feedback(home, scenario):
    old = PageFeedback.objects.create(page=home, helpful=False, comment="Groet, Jan de Vries")
    recent = PageFeedback.objects.create(page=home, helpful=False, comment="Geen openingstijden")
    PageFeedback.objects.filter(pk=old.pk).update(created_at=days_ago(LONG_AGO))
    scenario.objects["feedback"] = {"expired": old, "recent": recent}


def _front_office(scenario):
    """A callback request closed long ago (with a note) and one closed recently; a contact
    registered long ago with a note and one registered recently."""
    team = HandlingTeam.objects.create(group=Group.objects.get_or_create(name="Team Zorg")[0])

    def request(prefix: str, days: int) -> ContactRequest:
        closed = days_ago(days)
        made = ContactRequest.objects.create(
            reference=f"TB-2025-{days:05d}",
            kind="callback",
            source="website",
            subject="Terugbellen over mijn paspoort",
            question=f"Bel mij op 06 12345678 of mail {prefix}-vraag@example.org",
            name="Jan de Vries",
            phone="06 12345678",
            email=f"{prefix}-verzoek@example.org",
            team=team,
            status="closed",
            created_at=closed - datetime.timedelta(days=2),
            due_at=closed,
            closed_at=closed,
            outcome="answered",
        )
        RequestNote.objects.create(request=made, text=f"Teruggebeld, {prefix}-notitie@example.org")
        return made

    scenario.objects["front_office"] = {
        "expired": request("balie-oud", LONG_AGO),
        "recent": request("balie-nieuw", RECENTLY),
        "old_contact": ContactMoment.objects.create(
            registered_at=days_ago(LONG_AGO),
            channel="phone",
            outcome="answered",
            note="06 12345678",
        ),
        "recent_contact": ContactMoment.objects.create(
            registered_at=days_ago(RECENTLY),
            channel="phone",
            outcome="answered",
            note="Geen nummer",
        ),
    }
    scenario.expired_emails += [
        "balie-oud-verzoek@example.org",
        "balie-oud-vraag@example.org",
        "balie-oud-notitie@example.org",
    ]
    scenario.fresh_emails += ["balie-nieuw-verzoek@example.org"]


def _appointments(scenario):
    """An appointment that took place long ago and one that is still to come."""
    counter = AppointmentLocation.objects.create(name="Gemeentewinkel")

    def appointment(prefix: str, start: datetime.datetime) -> Booking:
        return Booking.objects.create(
            reference=f"AF-{prefix[:6].upper()}",
            location=counter,
            starts_at=start,
            ends_at=start + datetime.timedelta(minutes=20),
            status="confirmed",
            name="Fatima de Vries",
            email=f"{prefix}-afspraak@example.org",
            phone="06 12345678",
            address="Markt 1, Geertruidenberg",
            remarks=f"Bel mij op 06 12345678 of mail {prefix}-opmerking@example.org",
        )

    scenario.objects["appointments"] = {
        "expired": appointment("oud", days_ago(LONG_AGO)),
        "coming": appointment("komend", days_ago(-RECENTLY)),
    }
    scenario.expired_emails += ["oud-afspraak@example.org", "oud-opmerking@example.org"]
    scenario.fresh_emails += ["komend-afspraak@example.org"]


def _task_results(scenario):
    """A queued e-mail sent long ago (its task result still holds the message) and one that
    waits for the worker."""

    def queued_email(prefix: str, finished_at: datetime.datetime | None) -> DBTaskResult:
        return DBTaskResult.objects.create(
            status="SUCCESSFUL" if finished_at else "READY",
            finished_at=finished_at,
            args_kwargs={"args": [{"to": [f"{prefix}-taak@example.org"]}], "kwargs": {}},
            task_path="core.task_email.send_queued_email",
            backend_name="default",
            run_after=days_ago(LONG_AGO),
            exception_class_path="",
            traceback="",
        )

    scenario.objects["task_results"] = {
        "sent": queued_email("oud", days_ago(LONG_AGO)),
        "waiting": queued_email("wachtend", None),
    }
    scenario.expired_emails += ["oud-taak@example.org"]
    scenario.fresh_emails += ["wachtend-taak@example.org"]


def build_scenario(home) -> Scenario:
    """Expired and fresh personal data for every retention rule under ``home``."""
    scenario = Scenario()
    index = ConsultationIndexPageFactory(parent=home)
    scenario.expired_emails += _consultation_with_input(
        index, scenario, "expired_consultation", days_from_today(-1), "oud"
    )
    scenario.fresh_emails += _consultation_with_input(
        index, scenario, "fresh_consultation", days_from_today(30), "nieuw"
    )
    fresh = scenario.objects["fresh_consultation"]["consultation"]
    unconfirmed = Follower.objects.create(consultation=fresh, email="onbevestigd@example.org")
    Follower.objects.filter(pk=unconfirmed.pk).update(created_at=days_ago(40))
    scenario.expired_emails.append("onbevestigd@example.org")
    _youth(home, scenario)
    _initiatives(home, scenario)
    _page_feedback(home, scenario)
    _front_office(scenario)
    _appointments(scenario)
    _task_results(scenario)
    return scenario
