"""System checks for the conventions every app follows.

Personal data: every field that looks like personal data has a retention rule (or a reason).

A field looks personal when it is an e-mail or IP address field, or when its name has a word for
a way to reach or find a person: e-mail, phone, telephone, mobile, address, street, ip, or it is
a name (``name``, ``first_name``, ``contact_name``…). Only text fields of concrete models in our
own apps count; Django's and Wagtail's models (staff accounts among them) are out of scope. A
field passes when the model's ``RetentionRule`` covers it, or when ``declare_not_personal`` says
why it is not personal data (a team's work address, the place of a meeting).

Pages: every page type of our apps mixes in ``PublicPageMixin`` (summary, owner, review date,
feedback question).
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import checks
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from wagtail.models import Page

from core.page_base import PublicPageMixin
from core.retention import not_personal_declarations, registered_rules, rule_for

PERSONAL_WORDS = frozenset({"email", "phone", "telephone", "mobile", "address", "street", "ip"})
TEXT_FIELDS = (models.CharField, models.TextField, models.GenericIPAddressField)


def looks_personal(model_field) -> bool:
    """True when ``model_field`` is a text field whose type or name suggests personal data."""
    if isinstance(model_field, models.EmailField | models.GenericIPAddressField):
        return True
    if not isinstance(model_field, TEXT_FIELDS):
        return False
    words = model_field.name.lower().split("_")
    pairs = {f"{first}{second}" for first, second in zip(words, words[1:], strict=False)}
    return bool(PERSONAL_WORDS & (set(words) | pairs)) or words[-1] in ("name", "surname")


def first_party_models() -> list[type[models.Model]]:
    """Concrete, managed models of the apps in this repository (not of installed packages)."""
    base = Path(settings.BASE_DIR).resolve()
    found = []
    for app_config in apps.get_app_configs():
        path = Path(app_config.path).resolve()
        if not path.is_relative_to(base) or "site-packages" in path.parts:
            continue
        found.extend(
            model
            for model in app_config.get_models()
            if model._meta.managed and not model._meta.proxy
        )
    return found


def personal_data_errors(candidates) -> list[checks.CheckMessage]:
    """An error for each field of ``candidates`` that looks personal and is not accounted for."""
    declared = not_personal_declarations()
    errors = []
    for model in candidates:
        label = model._meta.label
        rule = rule_for(label)
        for model_field in model._meta.local_fields:
            if not looks_personal(model_field):
                continue
            if (rule and rule.covers(model_field.name)) or model_field.name in declared.get(
                label.lower(), {}
            ):
                continue
            errors.append(
                checks.Error(
                    f"{label}.{model_field.name} looks like personal data but has no retention "
                    "rule.",
                    hint=(
                        f"Register a RetentionRule for {label} in "
                        f"{model._meta.app_label}/retention_rules.py, or call "
                        "declare_not_personal() there with the reason it is not personal data."
                    ),
                    obj=model,
                    id="retention.E001",
                )
            )
    return errors


def register_errors() -> list[checks.CheckMessage]:
    """Errors for rules and declarations that name a model or field that does not exist."""
    errors = []
    named = [(rule.model, list(rule.fields)) for rule in registered_rules()]
    named += [(label, list(fields)) for label, fields in not_personal_declarations().items()]
    for label, field_names in named:
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            errors.append(
                checks.Error(
                    f"The retention register names an unknown model {label}.", id="retention.E002"
                )
            )
            continue
        for name in field_names:
            try:
                model._meta.get_field(name)
            except FieldDoesNotExist:
                errors.append(
                    checks.Error(
                        f"The retention register names {label}.{name}, which does not exist.",
                        obj=model,
                        id="retention.E002",
                    )
                )
    return errors


@checks.register(checks.Tags.models)
def check_personal_data_has_retention_rule(app_configs=None, **kwargs):
    """Django system check: our models' personal data is registered for retention."""
    candidates = first_party_models()
    if app_configs is not None:
        chosen = {app_config.label for app_config in app_configs}
        candidates = [model for model in candidates if model._meta.app_label in chosen]
    return register_errors() + personal_data_errors(candidates)


def page_base_errors(page_models) -> list[checks.CheckMessage]:
    """An error for each of our page types that does not mix in the public page base."""
    return [
        checks.Error(
            f"{model._meta.label} is a page type without PublicPageMixin.",
            hint=(
                "Declare it as `class X(PublicPageMixin, Page)` (core.page_base): every public page "
                "has a summary, an owner, a review date and the feedback question."
            ),
            obj=model,
            id="core.E001",
        )
        for model in page_models
        if not issubclass(model, PublicPageMixin)
    ]


@checks.register(checks.Tags.models)
def check_pages_use_page_base(app_configs=None, **kwargs):
    """Django system check: every page type of our apps uses ``PublicPageMixin``."""
    page_models = [model for model in first_party_models() if issubclass(model, Page)]
    if app_configs is not None:
        chosen = {app_config.label for app_config in app_configs}
        page_models = [model for model in page_models if model._meta.app_label in chosen]
    return page_base_errors(page_models)
