"""One design for residents' contact details: declared per model, removed by one kind of rule."""

import pytest

from consultations.models import Participant
from core.retention import BLANK, SCRUB, Replace, rule_for
from neighbourhoods.models import Initiative
from neighbourhoods.models.initiatives import ANONYMISED_EMAIL
from youth.models import YouthContact


@pytest.mark.parametrize(
    ("model", "fields", "marker"),
    [
        (Participant, {"name": BLANK, "email": BLANK}, "anonymised_at"),
        (YouthContact, {"email": BLANK}, "anonymised_at"),
        (
            Initiative,
            {
                "contact_name": BLANK,
                "contact_email": Replace(ANONYMISED_EMAIL),
                "contact_phone": BLANK,
                "description": SCRUB,
                "helpers": SCRUB,
                "budget_explanation": SCRUB,
            },
            "contact_anonymised_at",
        ),
    ],
)
def test_each_kind_of_contact_details_has_its_retention_rule(model, fields, marker):
    rule = rule_for(model._meta.label)

    assert dict(rule.fields) == fields
    assert rule.marker_field() == marker
    assert set(model.contact_fields) <= set(rule.fields)


@pytest.mark.parametrize("model", [Participant, YouthContact, Initiative])
def test_removed_contact_details_are_recognised_the_same_way(model):
    item = model()
    assert not item.contact_removed

    setattr(item, model.contact_anonymised_field, "2026-01-01T00:00:00Z")

    assert item.contact_removed
