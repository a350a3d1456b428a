"""One register of the personal data we hold and how long we keep it; one run applies it all.

Every model that holds personal data registers a ``RetentionRule`` in its app's
``retention_rules.py`` (imported when the site starts, see ``discover_rules``): which fields are
personal, which rows have passed their retention period (what starts the clock differs per model:
a consultation's retention date, an initiative's final status, the close of a youth voting
round), how many days we keep them (a setting with a default) and what "anonymised" means per
field: blanked, replaced by a fixed placeholder, scrubbed of e-mail addresses and phone numbers,
or the whole row deleted. Fields that only look personal (a team's work e-mail address, the
address of a meeting place) are declared with ``declare_not_personal`` and a reason; the system
check in ``core.checks`` refuses any other field that looks personal.

``apply_rules`` runs every rule in batches, each batch in its own transaction, and sets the
model's "anonymised at" field where it has one. It is idempotent: a second run changes nothing.
It logs counts per rule in English and never the data itself. The Wagtail audit log is not used:
one entry per anonymised row would bury the editors' own history, and most of these models have
no admin history to put them in.

A rule also says, through its ``PrivacyNotice``, what residents read about it in the privacy
statement: what the data are, why we keep them, on which legal basis and for how long. The
statement is built from this register, so it lists every rule there is.
"""

import datetime
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _

from core.personal_data_scrubbing import scrub_personal_data

logger = logging.getLogger(__name__)

#: Rows changed per transaction.
BATCH_SIZE = 500
#: The model field that records when a row was anonymised, used when a rule names none.
DEFAULT_MARKER = "anonymised_at"


class FieldAction:
    """What "anonymised" means for one field: the value that replaces the personal one."""

    #: True when the new value does not depend on the old one (one UPDATE per batch will do).
    constant = False

    def new_value(self, value: Any) -> Any:
        """The anonymised form of ``value``."""
        raise NotImplementedError


@dataclass(frozen=True)
class Replace(FieldAction):
    """Replace the value by a fixed one: empty, None or a placeholder such as an invalid address."""

    value: Any
    constant = True

    def new_value(self, value: Any) -> Any:
        return self.value


@dataclass(frozen=True)
class Scrub(FieldAction):
    """Keep the text but remove e-mail addresses, phone numbers, IBANs and BSNs typed into it.

    Works on plain text and on JSON (the strings inside lists and objects, e.g. survey answers).
    """

    def new_value(self, value: Any) -> Any:
        if isinstance(value, str):
            return scrub_personal_data(value) if value else value
        if isinstance(value, list):
            return [self.new_value(item) for item in value]
        if isinstance(value, dict):
            return {key: self.new_value(item) for key, item in value.items()}
        return value


BLANK = Replace("")
NULL = Replace(None)
SCRUB = Scrub()


class LegalBasis(models.TextChoices):
    """The grounds of article 6(1) GDPR (AVG) on which a municipality may process personal data.

    Legitimate interests (6(1)(f)) is left out: a public authority may not rely on it for its
    public tasks.
    """

    CONSENT = "consent", _("Your consent (article 6(1)(a) GDPR)")
    CONTRACT = "contract", _("An agreement with you (article 6(1)(b) GDPR)")
    LEGAL_OBLIGATION = "legal_obligation", _("A legal obligation (article 6(1)(c) GDPR)")
    PUBLIC_TASK = "public_task", _("A task in the public interest (article 6(1)(e) GDPR)")


@dataclass(frozen=True)
class PrivacyNotice:
    """What the privacy statement tells residents about one rule, in their words.

    The texts are translatable (``gettext_lazy``). ``term`` says how long the data are kept; it
    may hold ``%(days)s``, filled in with the rule's retention period from the settings, so the
    statement always shows the period the site really applies.
    """

    data: str  # what we keep, e.g. "Your e-mail address when you follow a consultation"
    purpose: str  # why we keep it
    legal_basis: LegalBasis
    term: str  # how long, e.g. "%(days)s days after you sent it"

    def term_text(self, days: int | None) -> str:
        """``term`` with the retention period filled in."""
        return str(self.term) % {"days": days} if "%(days)" in str(self.term) else str(self.term)


#: ``expired(now, days)``: the rows whose retention period has ended at ``now``; ``days`` is the
#: rule's retention period (None for rules whose end date is stored on the data itself).
ExpiredRows = Callable[[datetime.datetime, int | None], models.QuerySet]


@dataclass(frozen=True)
class RetentionRule:
    """How long one model keeps its personal data, and what is left of it afterwards."""

    model: str  # "app_label.ModelName"
    expired: ExpiredRows
    clock: str  # what starts the retention period, in words (for the command's output and docs)
    fields: Mapping[str, FieldAction] = field(default_factory=dict)
    delete_rows: bool = False
    days_setting: str = ""  # the setting that holds the retention period in days
    default_days: int | None = None
    marker: str | None = None  # DateTimeField set when a row is anonymised; None: DEFAULT_MARKER
    notice: PrivacyNotice | None = None  # what the privacy statement tells residents

    def __post_init__(self):
        if self.delete_rows == bool(self.fields):
            raise ImproperlyConfigured(
                f"The retention rule for {self.model} must either delete rows or name fields."
            )

    @property
    def label(self) -> str:
        """The model label in lower case, as Django writes it in ``_meta.label_lower``."""
        return self.model.lower()

    def model_class(self) -> type[models.Model]:
        """The registered model."""
        return apps.get_model(self.model)

    def retention_days(self) -> int | None:
        """The retention period in days from the settings, or None when the data sets its date."""
        if not self.days_setting:
            return self.default_days
        return int(getattr(settings, self.days_setting, self.default_days))

    def marker_field(self) -> str | None:
        """The field that records the anonymisation, if the model has one."""
        if self.delete_rows:
            return None
        name = self.marker or DEFAULT_MARKER
        names = {model_field.name for model_field in self.model_class()._meta.concrete_fields}
        return name if name in names else None

    def covers(self, field_name: str) -> bool:
        """True when this rule removes the personal data in ``field_name``."""
        return self.delete_rows or field_name in self.fields

    def _still_personal(self, queryset: models.QuerySet) -> models.QuerySet:
        """``queryset`` without the rows this rule has already dealt with."""
        marker = self.marker_field()
        if marker:
            return queryset.filter(**{f"{marker}__isnull": True})
        if not self.delete_rows and all(action.constant for action in self.fields.values()):
            done = models.Q(**{name: action.value for name, action in self.fields.items()})
            return queryset.exclude(done)
        return queryset

    def pending(self, now: datetime.datetime) -> models.QuerySet:
        """Rows past their retention period that still hold personal data."""
        return self._still_personal(self.expired(now, self.retention_days()))

    def apply(self, now: datetime.datetime, dry_run: bool = False) -> int:
        """Anonymise or delete the pending rows in batches; how many rows changed (or would)."""
        pks = list(self.pending(now).order_by("pk").values_list("pk", flat=True).distinct())
        if self.delete_rows:
            return len(pks) if dry_run else self._delete(pks)
        if all(action.constant for action in self.fields.values()):
            return len(pks) if dry_run else self._update(pks, now)
        return self._rewrite(pks, now, dry_run)

    def _batches(self, pks: list) -> Iterable[list]:
        for start in range(0, len(pks), BATCH_SIZE):
            yield pks[start : start + BATCH_SIZE]

    def _delete(self, pks: list) -> int:
        model = self.model_class()
        count = 0
        for batch in self._batches(pks):
            with transaction.atomic():
                _total, per_model = model._default_manager.filter(pk__in=batch).delete()
            count += per_model.get(model._meta.label, 0)
        return count

    def _update(self, pks: list, now: datetime.datetime) -> int:
        model = self.model_class()
        values = {name: action.value for name, action in self.fields.items()}
        marker = self.marker_field()
        if marker:
            values[marker] = now
        count = 0
        for batch in self._batches(pks):
            with transaction.atomic():
                rows = self._still_personal(model._default_manager.filter(pk__in=batch))
                count += rows.update(**values)
        return count

    def _rewrite(self, pks: list, now: datetime.datetime, dry_run: bool) -> int:
        """Compute the new values row by row (for values that depend on the old ones)."""
        model = self.model_class()
        marker = self.marker_field()
        names = list(self.fields)
        count = 0
        for batch in self._batches(pks):
            with transaction.atomic():
                rows = self._still_personal(model._default_manager.filter(pk__in=batch))
                if not dry_run:
                    rows = rows.select_for_update()
                for pk, *old_values in rows.values_list("pk", *names):
                    changes = {
                        name: new
                        for name, old in zip(names, old_values, strict=True)
                        if (new := self.fields[name].new_value(old)) != old
                    }
                    if marker:
                        changes[marker] = now
                    if not changes:
                        continue
                    count += 1
                    if not dry_run:
                        model._default_manager.filter(pk=pk).update(**changes)
        return count


@dataclass(frozen=True)
class RuleOutcome:
    """What one rule did (or would do) in one run."""

    rule: RetentionRule
    rows: int

    @property
    def action(self) -> str:
        """What happened to the rows: "deleted" or "anonymised"."""
        return "deleted" if self.rule.delete_rows else "anonymised"


_rules: dict[str, RetentionRule] = {}
_not_personal: dict[str, dict[str, str]] = {}


def register(rule: RetentionRule, notice: PrivacyNotice | None = None) -> RetentionRule:
    """Add ``rule`` to the register; one rule per model.

    ``notice`` describes the rule to residents in the privacy statement (for rules built by a
    helper such as ``ContactDetails.contact_retention_rule``, which does not take one).
    """
    if notice is not None:
        rule = replace(rule, notice=notice)
    existing = _rules.get(rule.label)
    if existing is not None and existing != rule:
        raise ImproperlyConfigured(f"{rule.model} already has a retention rule.")
    _rules[rule.label] = rule
    return rule


def declare_not_personal(model: str, fields: Iterable[str], reason: str) -> None:
    """Record that ``fields`` of ``model`` look personal but are not, and why."""
    if not reason.strip():
        raise ImproperlyConfigured(f"Say why the fields of {model} are not personal data.")
    declared = _not_personal.setdefault(model.lower(), {})
    for name in fields:
        declared[name] = reason


def registered_rules() -> list[RetentionRule]:
    """Every registered rule, in the order of registration."""
    return list(_rules.values())


def rule_for(model_label: str) -> RetentionRule | None:
    """The rule of one model (``"app_label.ModelName"``), if it has one."""
    return _rules.get(model_label.lower())


def not_personal_declarations() -> dict[str, dict[str, str]]:
    """Model label (lower case) -> field name -> why it is not personal data."""
    return {label: dict(fields) for label, fields in _not_personal.items()}


def discover_rules() -> None:
    """Import ``retention_rules`` from every installed app, which registers their rules."""
    autodiscover_modules("retention_rules")


def end_of_day(day: datetime.date) -> datetime.datetime:
    """The last moment of ``day`` in the site's time zone (for "pretend today is ``day``")."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.max))


def apply_rules(
    now: datetime.datetime | None = None, dry_run: bool = False, app_label: str | None = None
) -> list[RuleOutcome]:
    """Apply every registered rule (or those of one app); returns what each did.

    Logs one line per rule and a total, with counts only.
    """
    now = now or timezone.now()
    selected = [
        rule
        for rule in registered_rules()
        if app_label is None or rule.label.startswith(f"{app_label}.")
    ]
    outcomes = [RuleOutcome(rule, rule.apply(now, dry_run=dry_run)) for rule in selected]
    mode = "dry run" if dry_run else "run"
    for outcome in outcomes:
        logger.info(
            "Retention %s at %s: %s, %d rows %s",
            mode,
            now.isoformat(timespec="seconds"),
            outcome.rule.model,
            outcome.rows,
            outcome.action,
        )
    logger.info(
        "Retention %s at %s: %d rules, %d rows in total",
        mode,
        now.isoformat(timespec="seconds"),
        len(outcomes),
        sum(outcome.rows for outcome in outcomes),
    )
    return outcomes
