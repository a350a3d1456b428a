"""The system check refuses a model with personal-looking fields that has no retention rule."""

import pytest
from django.core.management import call_command
from django.db import models
from django.test.utils import isolate_apps

from core.checks import check_personal_data_has_retention_rule, looks_personal, personal_data_errors
from core.retention import BLANK, RetentionRule, declare_not_personal, register


@pytest.fixture
def unregistered_model():
    with isolate_apps("home"):

        class Subscriber(models.Model):
            title = models.CharField(max_length=50)
            contact_name = models.CharField(max_length=50)
            e_mail = models.CharField(max_length=100)
            sent_to_email_at = models.DateTimeField(null=True)

            class Meta:
                app_label = "home"

            def __str__(self):
                return self.title

        yield Subscriber


def test_a_model_with_unregistered_personal_fields_fails_the_check(unregistered_model):
    errors = personal_data_errors([unregistered_model])

    assert [error.id for error in errors] == ["retention.E001", "retention.E001"]
    assert "home.Subscriber.contact_name" in errors[0].msg
    assert "home.Subscriber.e_mail" in errors[1].msg
    assert "retention_rules.py" in errors[0].hint


def test_registered_and_declared_fields_pass(unregistered_model, monkeypatch):
    from core import retention

    monkeypatch.setattr(retention, "_rules", dict(retention._rules))
    monkeypatch.setattr(retention, "_not_personal", dict(retention._not_personal))
    register(
        RetentionRule(
            model="home.Subscriber",
            expired=lambda now, days: unregistered_model.objects.all(),
            clock="never",
            fields={"e_mail": BLANK},
        )
    )
    declare_not_personal("home.Subscriber", ["contact_name"], "a team mailbox")

    assert personal_data_errors([unregistered_model]) == []


@pytest.mark.parametrize(
    ("field", "personal"),
    [
        (models.EmailField(name="work"), True),
        (models.GenericIPAddressField(name="client"), True),
        (models.CharField(name="phone_number"), True),
        (models.CharField(name="telephone"), True),
        (models.TextField(name="postal_address"), True),
        (models.CharField(name="street"), True),
        (models.CharField(name="ip"), True),
        (models.CharField(name="name"), True),
        (models.CharField(name="last_name"), True),
        (models.CharField(name="title"), False),
        (models.CharField(name="username"), False),
        (models.CharField(name="description"), False),
        (models.DateTimeField(name="email_sent_at"), False),
        (models.CharField(name="shipping"), False),
    ],
)
def test_which_fields_look_personal(field, personal):
    assert looks_personal(field) is personal


@pytest.mark.django_db
def test_the_project_passes_the_check():
    assert check_personal_data_has_retention_rule() == []
    call_command("check")
