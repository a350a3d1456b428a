"""Factories for consultation surveys: a survey page with one question of every type."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from consultations.models import ConsultationSurveyPage, SurveyField

QUESTIONS = (
    # label, field type, choices, required
    ("Hoe vaak komt u in het centrum?", "radio", "Elke dag\nElke week\nSoms\nNooit", True),
    ("Wat mist u op het plein?", "checkboxes", "Bankjes\nGroen\nSpeelplek", True),
    ("Hoe tevreden bent u over het plein?", "scale", "", True),
    ("Uw idee in het kort", "singleline", "", False),
    ("Wilt u nog iets zeggen?", "multiline", "", False),
    ("Postcode", "postcode_area", "", True),
    ("Leeftijd", "age_band", "", True),
)
STAFF_GROUP = "Participatiemedewerkers"


class SurveyPageFactory(wagtail_factories.PageFactory):
    # One page per task (core.page_base): every survey of a test has a title of its own.
    title = factory.Sequence(lambda n: f"Vragenlijst over het centrum {n}")
    slug = "vragenlijst"
    intro = "Vul de vragenlijst in. Het kost 5 minuten."

    class Meta:
        model = ConsultationSurveyPage


def make_survey(consultation, uniqueness="cookie", questions=QUESTIONS) -> ConsultationSurveyPage:
    """A live survey under ``consultation`` with ``questions``."""
    survey = SurveyPageFactory(parent=consultation, uniqueness=uniqueness)
    for position, (label, field_type, choices, required) in enumerate(questions):
        SurveyField.objects.create(
            page=survey,
            sort_order=position,
            label=label,
            field_type=field_type,
            choices=choices,
            required=required,
        )
    return survey


def field_names(survey) -> dict[str, str]:
    """Question type -> form field name (the question's clean_name)."""
    return {field.field_type: field.clean_name for field in survey.get_form_fields()}


def valid_answers(survey, **overrides) -> dict:
    """POST data that answers every question correctly; override per question type."""
    names = field_names(survey)
    answers = {
        "radio": "Elke week",
        "checkboxes": ["Bankjes", "Groen"],
        "scale": "4",
        "singleline": "Meer bomen",
        "multiline": "Het plein is te stenig.",
        "postcode_area": "4931",
        "age_band": "30_44",
    }
    answers.update(overrides)
    return {names[kind]: value for kind, value in answers.items() if kind in names}


def participation_staff(username="medewerker"):
    """A member of the participation staff group (sees personal data, may export)."""
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x")
    user.groups.add(Group.objects.get(name=STAFF_GROUP))
    return user
