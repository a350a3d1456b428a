"""The front office's demo: handling teams, two months of contacts and a queue of requests.

Everything is generated from ``data/front_office.yaml`` with a seeded random generator and day
offsets from the build day, so each build gives the same kind of queue relative to today: closed
requests in the past (most in time, some late), requests in progress, open ones not yet due and a
few overdue. The measured norms are computed at the end, so the norms page shows real figures.
"""

import datetime
import random
from pathlib import Path

import yaml
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from core.working_time import add_working_days, is_working_day
from front_office.intake import reference_for
from front_office.models import (
    ContactMoment,
    ContactOutcome,
    ContactRequest,
    HandlingTeam,
    RequestKind,
)
from front_office.models.requests import ClosingOutcome, RequestSource, RequestStatus
from kcc_content.models import QuestionAnswer
from service_norms.measuring import measure_norms

DATA = yaml.safe_load((Path(__file__).parent / "data" / "front_office.yaml").read_text("utf-8"))
SEED = 17
KCC_PERMISSIONS = ("add_contactmoment", "view_contact_report")


class FrontOfficeDemo:
    def __init__(self, site):
        self.site = site
        self.random = random.Random(SEED)  # noqa: S311  (a repeatable demo, not a secret)
        self.now = timezone.now()

    def build(self) -> None:
        teams = self.build_teams()
        if ContactMoment.objects.exists():
            return  # already built: the generated history is not added twice
        kcc = get_user_model().objects.filter(username="kcc").first()
        contacts = self.build_contacts(teams, kcc)
        requests = self.build_requests(teams, contacts)
        measured = measure_norms(now=self.now)
        self.site.log(
            f"Front office: {len(contacts)} contacts, {requests} requests; norms: "
            f"{measured.summary()}."
        )

    def build_teams(self) -> dict[str, HandlingTeam]:
        teams = {}
        for entry in DATA["teams"]:
            group = Group.objects.filter(name=entry["group"]).first()
            if group is None:
                continue
            team, _ = HandlingTeam.objects.get_or_create(
                group=group, defaults={"email": entry["email"]}
            )
            teams[group.name] = team
        kcc_group = Group.objects.filter(name="KCC-medewerkers").first()
        if kcc_group is not None:
            kcc_group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="front_office", codename__in=KCC_PERMISSIONS
                )
            )
        return teams

    def working_moments(self, per_day: list[int]):
        """Random moments in office hours on each working day of the demo period, oldest first."""
        for offset in range(DATA["days"], 0, -1):
            day = timezone.localdate(self.now) - datetime.timedelta(days=offset)
            if not is_working_day(day):
                continue
            for _ in range(self.random.randint(*per_day)):
                minute = self.random.randint(0, 8 * 60 - 1)
                local = datetime.datetime.combine(day, datetime.time(8, 30))
                moment = timezone.make_aware(local) + datetime.timedelta(minutes=minute)
                yield moment

    def pick(self, shares: dict[str, int]) -> str:
        return self.random.choices(list(shares), weights=list(shares.values()))[0]

    def build_contacts(self, teams, user) -> list[ContactMoment]:
        answers = list(QuestionAnswer.objects.filter(live=True, locale=self.site.nl)[:40])
        contacts = []
        for moment in self.working_moments(DATA["contacts_per_working_day"]):
            outcome = self.pick(DATA["outcomes"])
            team = None
            if outcome != ContactOutcome.ANSWERED:
                team = teams.get("Team Burgerzaken") or next(iter(teams.values()), None)
            contacts.append(
                ContactMoment(
                    registered_at=moment,
                    registered_by=user,
                    channel=self.pick(DATA["channels"]),
                    outcome=outcome if team or outcome == ContactOutcome.ANSWERED else "answered",
                    team=team,
                )
            )
        contacts = ContactMoment.objects.bulk_create(contacts)
        if answers:
            links = ContactMoment.answers.through
            links.objects.bulk_create(
                links(contactmoment_id=contact.pk, questionanswer_id=self.random.choice(answers).pk)
                for contact in contacts
            )
        return contacts

    def build_requests(self, teams, contacts) -> int:
        if not teams:
            return 0
        website_team = teams.get("KCC-medewerkers") or next(iter(teams.values()))
        callbacks = [
            (contact.registered_at, RequestKind.CALLBACK, contact)
            for contact in contacts
            if contact.outcome == ContactOutcome.CALLBACK
        ]
        questions = [
            (moment, RequestKind.QUESTION, None)
            for moment in self.working_moments(DATA["questions_per_working_day"])
        ]
        numbers = {}
        requests = []
        for received, kind, contact in sorted(callbacks + questions, key=lambda item: item[0]):
            year = timezone.localtime(received).year
            numbers[(kind, year)] = numbers.get((kind, year), 0) + 1
            text = self.random.choice(DATA["requests"])
            due = add_working_days(received, 2 if kind == RequestKind.CALLBACK else 5)
            request = ContactRequest(
                reference=reference_for(kind, year, numbers[(kind, year)]),
                kind=kind,
                source=RequestSource.CONTACT_CENTRE if contact else RequestSource.WEBSITE,
                contact=contact,
                subject=text["subject"],
                question=text["question"],
                phone="0162 000 000" if kind == RequestKind.CALLBACK else "",
                email="" if kind == RequestKind.CALLBACK else "inwoner@example.org",
                team=contact.team if contact and contact.team else website_team,
                created_at=received,
                due_at=due,
            )
            self.settle(request)
            requests.append(request)
        ContactRequest.objects.bulk_create(requests)
        return len(requests)

    def settle(self, request: ContactRequest) -> None:
        """Close most requests that are due, some late; leave the recent ones open or in progress,
        and a few past their due time open (overdue)."""
        due_passed = request.due_at < self.now
        roll = self.random.randint(1, 100)
        if due_passed and roll <= 3:
            return  # overdue: still open
        if not due_passed:
            if roll <= 40:
                request.status = RequestStatus.IN_PROGRESS
            return
        late = roll <= 3 + DATA["handled_late"]
        span = request.due_at - request.created_at
        closed = request.due_at + span / 3 if late else request.created_at + span * 0.6
        request.status = RequestStatus.CLOSED
        request.closed_at = min(closed, self.now)
        request.outcome = ClosingOutcome.ANSWERED if roll % 10 else ClosingOutcome.NOT_REACHED
