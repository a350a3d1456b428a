"""Build the demo consultations ("Doe mee") from the YAML data in ``consultations/demo/data/``.

Idempotent, like the rest of the demo: the overview, each consultation and its survey are only
created when missing (same parent, same slug), and contributions are only added to a
consultation that has none yet. Phase dates are relative to the day the demo is built.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page

from consultations.demo import content
from consultations.models import (
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationPhase,
    ConsultationSurveyPage,
    Idea,
    ModerationStatus,
    Participant,
    Reaction,
    Source,
    SurveyField,
    SurveyTheme,
)
from core.demo.calendar_text import demo_days, fill_dates
from core.demo.drawings import demo_image
from core.demo.page_setup import body_stream, grant_page_permissions
from places.demo import demo_area

PARTICIPATION_GROUP = "Participatiemedewerkers"
PARTICIPATION_USERNAME = "participatie"
#: What participation staff may do with the pages under "Doe mee"; publishing goes via the workflow.
PAGE_PERMISSIONS = ("add_page", "change_page")


class ConsultationDemoBuilder:
    """Creates the missing parts of the consultation demo with the site builder's helpers."""

    def __init__(self, builder, home: Page, teams: dict[str, Group]):
        self.builder = builder
        self.home = home
        self.today = builder.today
        self.team = Group.objects.filter(name=PARTICIPATION_GROUP).first() or teams.get(
            "Team Communicatie"
        )
        self.staff_member = get_user_model().objects.filter(username=PARTICIPATION_USERNAME).first()

    def day(self, offset: int | None) -> datetime.date | None:
        return None if offset is None else self.today + datetime.timedelta(days=offset)

    def build(self) -> ConsultationIndexPage:
        index = self.builder.child(
            self.home,
            ConsultationIndexPage,
            content.INDEX["slug"],
            title=content.INDEX["title"],
            intro=content.INDEX["intro"],
            show_in_menus=True,
            **self.builder.ownership(self.team),
        )
        grant_page_permissions(
            Group.objects.filter(name=PARTICIPATION_GROUP).first(), index, PAGE_PERMISSIONS
        )
        for data in content.CONSULTATIONS:
            page = self.consultation(index, data)
            if "survey" in data:
                self.survey(page, data["survey"])
            if not page.ideas.exists() and not page.reactions.exists():
                self.contributions(page, data)
            if "themes" in data and not page.survey_themes.exists():
                self.themes(page, data["themes"])
        return index

    def consultation(self, index: ConsultationIndexPage, data: dict) -> ConsultationPage:
        rules = dict(data["rules"])
        feedback_date = self.day(rules.pop("feedback_days"))
        retention_date = self.day(rules.pop("retention_days"))
        decision = demo_days(self.today, {"decision": (rules.pop("decision_days"), None)})
        rules["decision_moment"] = fill_dates(rules["decision_moment"], decision, "nl")
        announced_on = self.day(min(start for _kind, start, _end, _text in data["phases"]))
        fields = {
            "title": data["title"],
            "intro": data["intro"],
            "topic": data["topic"],
            "area": demo_area(data["area"]),
            "image": demo_image(data["image"]) if "image" in data else None,
            "body": body_stream(data["body"]),
            **content.CONTACT,
            **rules,
            "feedback_date": feedback_date,
            "retention_date": retention_date,
            "budget": data["budget"],
            "accepts_ideas": data["accepts_ideas"],
            "accepts_reactions": data["accepts_reactions"],
            "moderation": data["moderation"],
            "phases": [
                ConsultationPhase(
                    kind=kind,
                    starts_on=self.day(start),
                    ends_on=self.day(end),
                    description=description,
                    sort_order=position,
                )
                for position, (kind, start, end, description) in enumerate(data["phases"])
            ],
            **self.builder.ownership(self.team),
        }
        if "feedback_summary" in data:
            published = timezone.now() + datetime.timedelta(days=data["feedback_published_days"])
            fields.update(
                feedback_summary=data["feedback_summary"], feedback_published_at=published
            )
        return self.builder.child(
            index, ConsultationPage, data["slug"], published_on=announced_on, **fields
        )

    def survey(self, page: ConsultationPage, data: dict) -> ConsultationSurveyPage:
        return self.builder.child(
            page,
            ConsultationSurveyPage,
            data["slug"],
            title=data["title"],
            intro=data["intro"],
            thank_you_text=data["thank_you_text"],
            form_fields=[
                SurveyField(
                    label=field["label"],
                    field_type=field["field_type"],
                    required=field["required"],
                    choices=field.get("choices", ""),
                    help_text=field.get("help_text", ""),
                    sort_order=position,
                )
                for position, field in enumerate(data["fields"])
            ],
        )

    def during_input(self, data: dict, number: int) -> datetime.datetime:
        """A moment in the input phase (never in the future) for the ``number``-th contribution."""
        start = next(phase[1] for phase in data["phases"] if phase[0] == "input")
        moment = timezone.now() + datetime.timedelta(days=start + 1 + 2 * number, hours=-number)
        return min(moment, timezone.now())

    def contributions(self, page: ConsultationPage, data: dict) -> None:
        """Published ideas (online and staff-entered) and reactions, with dispositions if given."""
        now = timezone.now()
        participants = {}
        created = []

        def participant(key):
            if key is None:
                return None
            if key not in participants:
                name, email = content.PARTICIPANTS[key]
                participants[key] = Participant.objects.create(
                    consultation=page, name=name, email=email
                )
            return participants[key]

        def outcome(item) -> dict:
            return {
                "disposition": item.get("disposition", ""),
                "disposition_reason": item.get("reason", ""),
            }

        ideas = []
        for item in data.get("ideas", []):
            ideas.append(
                Idea.objects.create(
                    consultation=page,
                    title=item["title"],
                    description=item["description"],
                    neighbourhood=item["neighbourhood"],
                    participant=participant(item["participant"]),
                    status=ModerationStatus.PUBLISHED,
                    moderated_at=now,
                    **outcome(item),
                )
            )
        for item in data.get("staff_ideas", []):
            ideas.append(
                Idea.objects.create(
                    consultation=page,
                    title=item["title"],
                    description=item["description"],
                    neighbourhood=item["neighbourhood"],
                    source=Source(item["source"]),
                    entered_by=self.staff_member,
                    status=ModerationStatus.PUBLISHED,
                    moderated_at=now,
                    **outcome(item),
                )
            )
        created += ideas
        for item in data.get("reactions", []):
            created.append(
                Reaction.objects.create(
                    consultation=page,
                    idea=None if item["idea"] is None else ideas[item["idea"]],
                    text=item["text"],
                    participant=participant(item["participant"]),
                    status=ModerationStatus.PUBLISHED,
                    moderated_at=now,
                    **outcome(item),
                )
            )
        # Spread the contributions over the input phase instead of "all today".
        for number, contribution in enumerate(created):
            moment = self.during_input(data, number)
            type(contribution).objects.filter(pk=contribution.pk).update(
                created_at=moment, moderated_at=moment
            )

    def themes(self, page: ConsultationPage, themes: list[dict]) -> None:
        for position, item in enumerate(themes):
            SurveyTheme.objects.create(
                consultation=page,
                title=item["title"],
                summary=item["summary"],
                disposition=item["disposition"],
                disposition_reason=item["reason"],
                sort_order=position,
            )


def build_consultations_demo(builder, home: Page, teams: dict[str, Group]) -> ConsultationIndexPage:
    """The "Doe mee" overview with three consultations: open, processing and with feedback."""
    return ConsultationDemoBuilder(builder, home, teams).build()
